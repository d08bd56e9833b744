import PartnerCore

/// The communities of a snapshot with their organizations and sectors, for `partnermap communities`:
/// ``Communities/louvain(_:weighted:resolution:seed:threshold:)`` beside the modularity the sectors
/// would have as communities — how far the collaboration structure follows sector lines.
///
/// Communities are listed largest first (equal sizes: the one with the earliest organization in the
/// data first) and numbered from 1; organizations within one by name, then id; sectors within one
/// by number of organizations, then name.
///
/// JSON: `{"communities":[{"community","organizations":[{"id","name","region","sector"}],
/// "sectors":[{"organizations","sector"}],"size"}],"directed","modularity","region","sectorModularity",
/// "seed","weighted","year"}`, `null` where undefined.
public struct CommunityReport: Encodable, Sendable, Equatable {
    public struct Member: Encodable, Sendable, Equatable {
        public let id: String
        public let name: String
        public let sector: String
        public let region: String
    }

    public struct SectorCount: Encodable, Sendable, Equatable {
        public let sector: String
        public let organizations: Int
    }

    public struct Community: Encodable, Sendable, Equatable {
        /// 1-based position in the report.
        public let community: Int
        public let size: Int
        public let organizations: [Member]
        public let sectors: [SectorCount]
    }

    public let year: Int?
    public let region: String?
    public let isDirected: Bool
    public let isWeighted: Bool
    public let seed: UInt64
    /// Modularity of the communities found; `nil` without ties.
    public let modularity: Double?
    /// Modularity of the sector partition on the same graph.
    public let sectorModularity: Double?
    public let communities: [Community]

    /// - Complexity: that of Louvain, plus O(n log n) to sort the lists.
    public init(snapshot: Snapshot, seed: UInt64 = 1, weighted: Bool = false) {
        let (graph, useWeights) = Communities.louvainInput(snapshot.graph(weighted: weighted), weighted: weighted)
        let partition = Communities.louvain(graph, weighted: useWeights, seed: seed)
        let organizations = snapshot.organizations
        let ordered = partition.members().sorted { ($1.count, $0.first ?? 0) < ($0.count, $1.first ?? 0) }
        communities = ordered.enumerated().map { position, nodes in
            // Sort keys computed once per organization, not once per comparison.
            let members = nodes.map { (key: organizations[Int($0)].name.lowercased(), organization: organizations[Int($0)]) }
                .sorted { ($0.key, $0.organization.id) < ($1.key, $1.organization.id) }
                .map(\.organization)
            var counts: [Sector: Int] = [:]
            for member in members { counts[member.sector, default: 0] += 1 }
            let sectors = counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
                .map { SectorCount(sector: $0.key.name, organizations: $0.value) }
            return Community(community: position + 1, size: members.count,
                             organizations: members.map {
                                 Member(id: $0.id, name: $0.name, sector: $0.sector.name, region: $0.region.name)
                             },
                             sectors: sectors)
        }
        year = snapshot.year
        region = snapshot.region?.name
        isDirected = snapshot.isDirected
        isWeighted = weighted
        self.seed = seed
        modularity = partition.modularity
        sectorModularity = Communities.modularity(of: snapshot.sectorPartition.membership, in: graph,
                                                  weighted: useWeights)
    }

    enum CodingKeys: String, CodingKey {
        case year, region, isDirected = "directed", isWeighted = "weighted", seed, modularity, sectorModularity,
             communities
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(region, forKey: .region)
        try container.encode(isDirected, forKey: .isDirected)
        try container.encode(isWeighted, forKey: .isWeighted)
        try container.encode(seed, forKey: .seed)
        try container.encode(modularity, forKey: .modularity)
        try container.encode(sectorModularity, forKey: .sectorModularity)
        try container.encode(communities, forKey: .communities)
    }
}
