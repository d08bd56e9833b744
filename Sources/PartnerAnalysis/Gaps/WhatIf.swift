import PartnerCore
import PartnerMetrics

/// How connected a network is: the figures `partnermap whatif` compares before and after removals.
public struct NetworkReach: Codable, Sendable, Hashable {
    public var organizations: Int
    public var ties: Int
    /// Connected components, isolated organizations included.
    public var components: Int
    /// Organizations in the largest component.
    public var largestComponent: Int
    /// Unordered pairs of organizations joined by some path, Σ c(c−1)/2 over component sizes c.
    public var reachablePairs: Int
    /// Global efficiency (Latora & Marchiori 2001): the mean of 1/d(u, v) over ordered pairs u ≠ v,
    /// 1/∞ = 0; 0 for fewer than two organizations. Equal to networkx `global_efficiency`.
    public var globalEfficiency: Double

    public init(organizations: Int, ties: Int, components: Int, largestComponent: Int, reachablePairs: Int,
                globalEfficiency: Double) {
        self.organizations = organizations
        self.ties = ties
        self.components = components
        self.largestComponent = largestComponent
        self.reachablePairs = reachablePairs
        self.globalEfficiency = globalEfficiency
    }

    /// The figures of `graph` read as undirected, without the organizations flagged in `removed`.
    ///
    /// Components come from ``PartnerMetrics/Components``; the efficiency from one breadth-first
    /// search per organization.
    ///
    /// - Complexity: O(n·(n + m)) time, O(n) scratch memory reused across sources.
    public init(graph: Graph, removed: [Bool]? = nil) {
        let remaining = RemainingGraph(graph: graph, removed: removed)
        let kept = remaining.graph
        let n = kept.nodeCount
        var distance = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        var inverseDistanceSum = 0.0
        for source in 0..<n {
            var head = 0, tail = 1
            queue[0] = Int32(source)
            distance[source] = 0
            while head < tail {
                let u = Int(queue[head])
                head += 1
                let next = distance[u] + 1
                for v in kept.neighbors(of: u) where distance[Int(v)] < 0 {
                    distance[Int(v)] = next
                    inverseDistanceSum += 1 / Double(next)
                    queue[tail] = v
                    tail += 1
                }
            }
            for i in 0..<tail { distance[Int(queue[i])] = -1 }
        }
        let components = Components.connected(kept)
        organizations = n
        ties = kept.edgeCount
        self.components = components.count
        largestComponent = components.largestSize
        reachablePairs = components.sizes.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        globalEfficiency = n < 2 ? 0 : inverseDistanceSum / Double(n * (n - 1))
    }
}

/// The undirected graph of the organizations not removed, renumbered 0..<kept, with the original
/// position of each.
struct RemainingGraph {
    let graph: Graph
    /// Original position of each kept organization.
    let original: [Int]

    init(graph: Graph, removed: [Bool]?) {
        let undirected = graph.undirectedView()
        let isRemoved = removed ?? [Bool](repeating: false, count: graph.nodeCount)
        var index = [Int32](repeating: -1, count: graph.nodeCount)
        var original: [Int] = []
        for v in 0..<graph.nodeCount where !isRemoved[v] {
            index[v] = Int32(original.count)
            original.append(v)
        }
        var edges: [(Int32, Int32)] = []
        for u in original {
            for v in undirected.neighbors(of: u) where Int(v) > u && index[Int(v)] >= 0 {
                edges.append((index[u], index[Int(v)]))
            }
        }
        self.graph = Graph(nodeCount: original.count, edges: edges, isDirected: false)
        self.original = original
    }

    /// Original positions of the organizations in the largest component (lowest component number on
    /// a tie), flagged.
    func largestComponentMask(count: Int) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        let components = Components.connected(graph)
        guard let size = components.sizes.max(), let largest = components.sizes.firstIndex(of: size) else { return mask }
        for (i, label) in components.membership.enumerated() where Int(label) == largest { mask[original[i]] = true }
        return mask
    }
}

/// What happens to a network if some organizations close: `partnermap whatif`.
public struct WhatIfResult: Codable, Sendable, Hashable {
    public var region: String?
    public var year: Int?
    /// Ids of the organizations removed, sorted.
    public var removed: [String]
    public var before: NetworkReach
    public var after: NetworkReach
    /// Ids of organizations that were in the largest component and no longer are, sorted.
    public var cutOff: [String]
    /// Sector pairs (each in matching-key order) tied before and with no tie left after, sorted.
    public var lostSectorPairs: [[String]]
    /// Sectors left with no organization, sorted.
    public var lostSectors: [String]
    /// The findings as sentences for a planner.
    public var explanation: [String]

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encode(year, forKey: .year)
        try container.encode(removed, forKey: .removed)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
        try container.encode(cutOff, forKey: .cutOff)
        try container.encode(lostSectorPairs, forKey: .lostSectorPairs)
        try container.encode(lostSectors, forKey: .lostSectors)
        try container.encode(explanation, forKey: .explanation)
    }
}

/// Organizations asked for by id that the snapshot does not have, with the ids they may have meant.
public struct UnknownOrganizationError: Error, Sendable, CustomStringConvertible {
    public struct Miss: Sendable, Hashable {
        public var id: String
        /// Close ids (by edit distance or name), best first, at most five.
        public var suggestions: [String]
        /// Why the id is not usable even though it exists (another region, inactive that year).
        public var note: String?
    }

    public var misses: [Miss]

    public var description: String {
        misses.map { miss in
            var line = "unknown organization id \"\(miss.id)\""
            if let note = miss.note { line += ": \(note)" }
            if !miss.suggestions.isEmpty {
                line += "; did you mean \(miss.suggestions.map { "\"\($0)\"" }.joined(separator: ", "))?"
            }
            return line
        }.joined(separator: "\n")
    }
}

/// Removes organizations from a snapshot and compares reach before and after.
public enum WhatIf {
    /// The effect of closing the organizations `ids` in `snapshot` (ties read as undirected).
    ///
    /// - Throws: ``UnknownOrganizationError`` for ids the snapshot lacks, with close matches from
    ///   `network` (ids and names).
    /// - Complexity: O(n·(n + m)) for the two reach computations.
    public static func remove(_ ids: [String], from snapshot: Snapshot, in network: PartnershipNetwork) throws
        -> WhatIfResult
    {
        var misses: [UnknownOrganizationError.Miss] = []
        var indices: [Int] = []
        for id in ids {
            if let index = snapshot.index(of: id), !snapshot.isBoundary[Int(index)] {
                indices.append(Int(index))
            } else {
                misses.append(miss(id, snapshot: snapshot, network: network))
            }
        }
        guard misses.isEmpty else { throw UnknownOrganizationError(misses: misses) }

        let graph = snapshot.graph()
        var removed = Array(repeating: false, count: graph.nodeCount)
        for i in indices { removed[i] = true }
        for i in snapshot.isBoundary.indices where snapshot.isBoundary[i] { removed[i] = true }
        let membersOnly = snapshot.isBoundary
        let before = NetworkReach(graph: graph, removed: membersOnly)
        let after = NetworkReach(graph: graph, removed: removed)

        let organizations = snapshot.organizations
        let largestBefore = RemainingGraph(graph: graph, removed: membersOnly).largestComponentMask(count: graph.nodeCount)
        let largestAfter = RemainingGraph(graph: graph, removed: removed).largestComponentMask(count: graph.nodeCount)
        let cutOff = (0..<graph.nodeCount)
            .filter { largestBefore[$0] && !largestAfter[$0] && !removed[$0] }

        let pairsBefore = sectorPairs(snapshot, removed: membersOnly)
        let pairsAfter = sectorPairs(snapshot, removed: removed)
        let lostPairs = pairsBefore.filter { !pairsAfter.contains($0) }
            .sorted()
            .map { [$0.first.name, $0.second.name] }
        let sectorsBefore = Set(organizations.indices.filter { !membersOnly[$0] }.map { organizations[$0].sector })
        let sectorsAfter = Set(organizations.indices.filter { !removed[$0] }.map { organizations[$0].sector })
        let lostSectors = sectorsBefore.subtracting(sectorsAfter).sorted().map(\.name)

        let removedNames = Phrase.list(indices.map { organizations[$0].name }.sorted())
        var explanation: [String] = []
        if cutOff.isEmpty {
            explanation.append("Without \(removedNames), every other organization of the main network can still reach the others.")
        } else {
            let names = cutOff.map { organizations[$0].name }.sorted()
            explanation.append("Without \(removedNames), \(Phrase.loseRoute(names.count)) to the main network: \(Phrase.list(names, limit: 10)).")
        }
        explanation.append("Pairs that can reach each other: \(before.reachablePairs) → \(after.reachablePairs); "
            + "global efficiency \(Phrase.decimal(before.globalEfficiency)) → \(Phrase.decimal(after.globalEfficiency)).")
        if !lostPairs.isEmpty {
            explanation.append("Sector pairs left without any tie: "
                + Phrase.list(lostPairs.map { $0.joined(separator: "–") }, limit: 12) + ".")
        }
        for sector in lostSectors {
            explanation.append("No \(sector) organization would be left.")
        }
        return WhatIfResult(
            region: snapshot.region?.name, year: snapshot.year,
            removed: indices.map { organizations[$0].id }.sorted(),
            before: before, after: after,
            cutOff: cutOff.map { organizations[$0].id }.sorted(),
            lostSectorPairs: lostPairs, lostSectors: lostSectors, explanation: explanation)
    }

    /// The sector pairs (a < b, distinct) joined by at least one tie among the organizations kept.
    private static func sectorPairs(_ snapshot: Snapshot, removed: [Bool]) -> Set<SectorPair> {
        var pairs = Set<SectorPair>()
        for tie in snapshot.ties where !removed[Int(tie.source)] && !removed[Int(tie.target)] {
            let a = snapshot.organizations[Int(tie.source)].sector
            let b = snapshot.organizations[Int(tie.target)].sector
            guard a != b else { continue }
            pairs.insert(SectorPair(a, b))
        }
        return pairs
    }

    private static func miss(_ id: String, snapshot: Snapshot, network: PartnershipNetwork)
        -> UnknownOrganizationError.Miss
    {
        if let organization = network.organization(id: id) {
            var where_: [String] = []
            if let region = snapshot.region, organization.region != region {
                where_.append("it is in \(organization.region.name), not \(region.name)")
            }
            if let year = snapshot.year, !organization.isActive(in: year) {
                where_.append("it is not active in \(year)")
            }
            return .init(id: id, suggestions: [], note: where_.isEmpty ? "not in this selection" : where_.joined(separator: " and "))
        }
        let candidates = snapshot.organizations.indices.filter { !snapshot.isBoundary[$0] }
            .map { snapshot.organizations[$0] }
        return .init(id: id, suggestions: CloseMatches.best(for: id, among: candidates), note: nil)
    }
}
