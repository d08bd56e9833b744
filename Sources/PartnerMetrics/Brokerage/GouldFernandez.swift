import PartnerCore

/// How often a node brokers between two others, by the groups of the three (Gould & Fernandez 1989).
///
/// A node j *brokers* the ordered pair (i, k) when i → j → k, i ≠ k and there is no arc i → k.
/// By the groups of sender i, broker j and receiver k:
/// - coordinator (w_I): all three in one group;
/// - itinerant, or consultant (w_O): i and k in one group, j in another;
/// - representative (b_IO): j in i's group, k in another — j speaks for its group outward;
/// - gatekeeper (b_OI): j in k's group, i in another — j controls what enters its group;
/// - liaison (b_O): three different groups.
/// Counts equal R sna's `brokerage(g, cl)$raw.nli`. An undirected tie is read as two arcs, so every
/// brokered unordered pair counts twice (once per direction), and representative = gatekeeper.
public struct BrokerageRoles: Hashable, Sendable {
    public var coordinator = 0
    public var itinerant = 0
    public var representative = 0
    public var gatekeeper = 0
    public var liaison = 0

    public init(coordinator: Int = 0, itinerant: Int = 0, representative: Int = 0, gatekeeper: Int = 0,
                liaison: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.representative = representative
        self.gatekeeper = gatekeeper
        self.liaison = liaison
    }

    /// All brokered pairs, whatever the role.
    public var total: Int { coordinator + itinerant + representative + gatekeeper + liaison }
}

/// Brokerage measures: Gould–Fernandez roles (``BrokerageRoles``) and Burt's ``StructuralHoles``.
public enum Brokerage {
    /// The Gould–Fernandez brokerage roles of every node, with `groups` (e.g. sectors) as the
    /// group of each node.
    ///
    /// - Complexity: O(Σ_j Σ_{i→j} (outdeg i + outdeg j)) time — for each broker j and each sender
    ///   i, i's out-arcs are stamped, then j's out-arcs are checked against them — and O(n) memory.
    public static func gouldFernandez(graph: Graph, groups: [Int32]) -> [BrokerageRoles] {
        precondition(groups.count == graph.nodeCount, "one group per node")
        let n = graph.nodeCount
        var roles = [BrokerageRoles](repeating: BrokerageRoles(), count: n)
        // senderReaches[k] == i + 1 marks the arcs i → k. A sender's marks are always the same set,
        // so they never need clearing: a later sender overwrites with its own stamp.
        var senderReaches = [Int32](repeating: 0, count: n)
        for j in 0..<n {
            let gj = groups[j]
            for i32 in graph.inNeighbors(of: j) {
                let i = Int(i32)
                let stamp = Int32(i + 1)
                for k in graph.neighbors(of: i) { senderReaches[Int(k)] = stamp }
                let gi = groups[i]
                for k32 in graph.neighbors(of: j) {
                    let k = Int(k32)
                    guard k != i, senderReaches[k] != stamp else { continue }
                    let gk = groups[k]
                    if gi == gj {
                        if gj == gk { roles[j].coordinator += 1 } else { roles[j].representative += 1 }
                    } else if gj == gk {
                        roles[j].gatekeeper += 1
                    } else if gi == gk {
                        roles[j].itinerant += 1
                    } else {
                        roles[j].liaison += 1
                    }
                }
            }
        }
        return roles
    }
}
