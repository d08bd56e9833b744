import PartnerCore
import PartnerMetrics

/// An organization whose closure would split its region's network: an articulation point.
public struct ArticulationOrganization: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var sector: String
    /// Ids of the organizations that would lose every route to the rest of the network (all
    /// components of the network without this organization except the largest), sorted.
    public var cutOff: [String]
    public var explanation: String
}

/// A tie whose loss would split its region's network: a bridge.
public struct BridgeTie: Codable, Sendable, Hashable {
    /// Ids of the two organizations, smaller id first.
    public var source: String
    public var target: String
    public var sourceName: String
    public var targetName: String
    /// Ids of the organizations on the smaller side of the bridge, sorted.
    public var cutOff: [String]
    public var explanation: String
}

/// Single points of failure of a region's network (DESIGN §5, "fragility").
///
/// Articulation points and bridges are those of ``PartnerMetrics/Biconnectivity`` (Hopcroft & Tarjan
/// 1973), on the undirected view of the ties; each is reported with who would be cut off (everyone
/// outside the largest remaining part), most first.
public struct Fragility: Sendable {
    public var articulationPoints: [ArticulationOrganization]
    public var bridges: [BridgeTie]
    /// The same findings as positions, for the suggestion score's "second route" reason.
    public var separators: [SuggestionContext.Separator]

    /// - Complexity: O(n + m) for the cut structure, plus O(n) per separator for the cut-off sets.
    public init(snapshot: Snapshot, graph: Graph) {
        let organizations = snapshot.organizations
        let structure = Biconnectivity(graph: graph)
        var separators: [SuggestionContext.Separator] = []
        var points: [ArticulationOrganization] = []
        for point in structure.articulationPoints {
            let w = Int(point)
            let cut = structure.cutOff(byRemoving: w).map(Int.init)
            let names = cut.map { organizations[$0].name }.sorted()
            points.append(ArticulationOrganization(
                id: organizations[w].id, name: organizations[w].name, sector: organizations[w].sector.name,
                cutOff: cut.map { organizations[$0].id }.sorted(),
                explanation: "If \(organizations[w].name) closes, \(Phrase.loseRoute(names.count)) "
                    + "to the rest of the network: \(Phrase.list(names, limit: 10))."))
            separators.append(.init(kind: .organization(point), cutOff: Self.mask(cut, graph.nodeCount)))
        }
        var bridges: [BridgeTie] = []
        for bridge in structure.bridges {
            var (a, b) = (Int(bridge.u), Int(bridge.v))
            if organizations[b].id < organizations[a].id { swap(&a, &b) }
            let cut = structure.cutOff(byRemoving: bridge).map(Int.init)
            let names = cut.map { organizations[$0].name }.sorted()
            bridges.append(BridgeTie(
                source: organizations[a].id, target: organizations[b].id,
                sourceName: organizations[a].name, targetName: organizations[b].name,
                cutOff: cut.map { organizations[$0].id }.sorted(),
                explanation: "The tie \(organizations[a].name) – \(organizations[b].name) is the only route "
                    + "to the rest of the network for \(Phrase.list(names, limit: 10))."))
            separators.append(.init(kind: .tie(Int32(a), Int32(b)), cutOff: Self.mask(cut, graph.nodeCount)))
        }
        articulationPoints = points.sorted { ($1.cutOff.count, $0.id) < ($0.cutOff.count, $1.id) }
        self.bridges = bridges.sorted { ($1.cutOff.count, $0.source, $0.target) < ($0.cutOff.count, $1.source, $1.target) }
        self.separators = separators
    }

    private static func mask(_ members: [Int], _ count: Int) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        for i in members { mask[i] = true }
        return mask
    }
}
