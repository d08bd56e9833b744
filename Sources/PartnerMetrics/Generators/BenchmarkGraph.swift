import PartnerCore

/// The benchmark graphs of issue 9, by name.
public enum BenchmarkGraph: String, CaseIterable, Sendable {
    /// Barabási–Albert, 10,000 nodes, m = 5 (49,975 ties).
    case ba10k = "ba-10k"
    /// Watts–Strogatz, 10,000 nodes, k = 10, p = 0.1 (50,000 ties).
    case ws10k = "ws-10k"
    /// Barabási–Albert, 100,000 nodes, m = 5 (499,975 ties).
    case ba100k = "ba-100k"
    /// 12 regions of 25 organizations, dense inside a region, sparse across (like the sample).
    case block300 = "block-300"

    /// The seed every benchmark graph is drawn with.
    public static let seed: UInt64 = 42

    public var nodeCount: Int {
        switch self {
        case .ba10k, .ws10k: 10_000
        case .ba100k: 100_000
        case .block300: 300
        }
    }

    /// Regions organizations fall in (by node index): the blocks of the block model, else 10.
    public var regionCount: Int { self == .block300 ? 12 : 10 }

    public var edges: [(Int32, Int32)] {
        switch self {
        case .ba10k: RandomGraphs.barabasiAlbert(nodes: 10_000, attachments: 5, seed: Self.seed)
        case .ws10k: RandomGraphs.wattsStrogatz(nodes: 10_000, neighbors: 10, rewiring: 0.1, seed: Self.seed)
        case .ba100k: RandomGraphs.barabasiAlbert(nodes: 100_000, attachments: 5, seed: Self.seed)
        case .block300:
            // ≈ 900 ties inside regions and ≈ 300 across, as in the Quebec sample's 2022 round.
            RandomGraphs.blockModel(blocks: 12, blockSize: 25, inside: 0.25, between: 300 / 41_250, seed: Self.seed)
        }
    }
}

extension BenchmarkGraph {
    /// Sectors the organizations of a generated network are drawn from.
    public static let sectors = ["health", "social services", "community", "education", "municipal",
                                 "employment", "housing", "justice", "research", "philanthropy"]

    /// The graph as a partnership network: organization `v` has id `org000v` (zero-padded, so ids
    /// sort like node indices), a sector drawn with the graph's seed and a region — its block in
    /// the block model, `v mod 10` otherwise. One undirected tie of strength 1 per edge, no years.
    public var network: PartnershipNetwork {
        let n = nodeCount
        let width = String(n - 1).count
        var random = SplitMix64(seed: Self.seed &+ 1)
        let organizations = (0..<n).map { v in
            let digits = String(v)
            let region = self == .block300 ? v / 25 : v % regionCount
            return Organization(id: "org" + String(repeating: "0", count: width - digits.count) + digits,
                                name: "Organization \(v)",
                                sector: Sector(Self.sectors[random.next(below: Self.sectors.count)]),
                                region: Region("Region \(region + 1)"))
        }
        let links = edges.map { Link(source: organizations[Int($0.0)].id, target: organizations[Int($0.1)].id) }
        return PartnershipNetwork(organizations: organizations, links: links)
    }
}
