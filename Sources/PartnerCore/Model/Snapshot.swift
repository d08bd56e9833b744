/// A partnership network restricted to one survey year and/or one region.
///
/// - Year: organizations active that year (``Organization/isActive(in:)``) and the ties reported
///   that year between them. Without a year, every organization and every tie ever reported, each
///   tie with the values of the latest year it was reported in.
/// - Region: organizations of that region and the ties among them. With `includeBoundary`,
///   organizations of other regions tied to the region's organizations are added, flagged in
///   ``isBoundary``, with only their ties into the region.
///
/// Ties are merged per pair (in either order when undirected): see ``Tie``.
public struct Snapshot: Sendable {
    public let year: Int?
    public let region: Region?
    public let isDirected: Bool
    /// Organizations in the snapshot, in network order; a ``Tie`` refers to them by position.
    public let organizations: [Organization]
    /// `isBoundary[i]` is `true` when organization `i` is a boundary partner from another region.
    public let isBoundary: [Bool]
    /// Merged ties, sorted by (source, target).
    public let ties: [Tie]
    private let indexByID: [String: Int32]

    /// Builds the snapshot in O(n + m log m) for n organizations and m link rows.
    public init(network: PartnershipNetwork, year: Int? = nil, region: Region? = nil,
                includeBoundary: Bool = false) {
        self.year = year
        self.region = region
        self.isDirected = network.isDirected

        let active = network.organizations.map { organization in
            year.map { organization.isActive(in: $0) } ?? true
        }
        let inRegion = network.organizations.map { organization in
            region.map { organization.region == $0 } ?? true
        }
        let rows = network.links.filter { link in year.map { link.year == $0 } ?? true }

        var included = zip(active, inRegion).map { $0 && $1 }
        var boundary = Array(repeating: false, count: network.organizations.count)
        if includeBoundary, region != nil {
            for link in rows {
                guard let s = network.index(ofOrganization: link.source),
                      let t = network.index(ofOrganization: link.target),
                      active[s], active[t] else { continue }
                if inRegion[s], !inRegion[t] { boundary[t] = true }
                if inRegion[t], !inRegion[s] { boundary[s] = true }
            }
            for i in boundary.indices where boundary[i] { included[i] = true }
        }

        var organizations: [Organization] = []
        var isBoundary: [Bool] = []
        var localIndex = Array(repeating: Int32(-1), count: network.organizations.count)
        var indexByID: [String: Int32] = [:]
        for (i, organization) in network.organizations.enumerated() where included[i] {
            localIndex[i] = Int32(organizations.count)
            indexByID[organization.id] = Int32(organizations.count)
            organizations.append(organization)
            isBoundary.append(boundary[i])
        }

        // Merge rows per pair: the latest year wins; within it, all kinds, the highest strength and stage.
        struct PairKey: Hashable { let a: Int32, b: Int32 }
        var merged: [PairKey: Tie] = [:]
        for link in rows {
            guard let s = network.index(ofOrganization: link.source),
                  let t = network.index(ofOrganization: link.target) else { continue }
            var a = localIndex[s], b = localIndex[t]
            guard a >= 0, b >= 0, a != b else { continue }
            if boundary[s] && boundary[t] { continue }
            if !network.isDirected, b < a { swap(&a, &b) }
            let key = PairKey(a: a, b: b)
            let kinds = link.kind.map { [$0] } ?? []
            guard var tie = merged[key] else {
                merged[key] = Tie(source: a, target: b, strength: link.strength, kinds: kinds,
                                  stage: link.stage, year: link.year)
                continue
            }
            let rowYear = link.year ?? Int.min, tieYear = tie.year ?? Int.min
            if rowYear > tieYear {
                tie = Tie(source: a, target: b, strength: link.strength, kinds: kinds,
                          stage: link.stage, year: link.year)
            } else if rowYear == tieYear {
                tie.strength = max(tie.strength, link.strength)
                if let kind = link.kind, !tie.kinds.contains(kind) { tie.kinds.append(kind) }
                if let stage = link.stage { tie.stage = max(tie.stage ?? stage, stage) }
            }
            merged[key] = tie
        }
        var ties = Array(merged.values)
        for i in ties.indices { ties[i].kinds.sort() }
        ties.sort { ($0.source, $0.target) < ($1.source, $1.target) }

        self.organizations = organizations
        self.isBoundary = isBoundary
        self.ties = ties
        self.indexByID = indexByID
    }

    /// Position of the organization with this id in ``organizations``, if it is in the snapshot.
    public func index(of id: String) -> Int32? { indexByID[id] }

    /// Number of organizations that are not boundary partners.
    public var memberCount: Int { isBoundary.lazy.filter { !$0 }.count }

    /// Distinct sectors of the snapshot's organizations (sorted) and each organization's position in
    /// that list — the group vector that mixing and brokerage measures take.
    public var sectorPartition: (sectors: [Sector], membership: [Int32]) {
        let sectors = Array(Set(organizations.map(\.sector))).sorted()
        let position = Dictionary(uniqueKeysWithValues: sectors.enumerated().map { ($1, Int32($0)) })
        return (sectors, organizations.map { position[$0.sector] ?? 0 })
    }

    /// The compressed-sparse-row index of this snapshot. With `weighted`, arc weights are tie
    /// strengths; otherwise the graph carries no weights.
    public func graph(weighted: Bool = false) -> Graph {
        Graph(nodeCount: organizations.count,
              edges: ties.map { ($0.source, $0.target) },
              weights: weighted ? ties.map(\.strength) : nil,
              isDirected: isDirected)
    }
}
