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
    /// The network's survey responses (all rounds); ``surveyReports`` selects this snapshot's.
    public let survey: SurveyData?
    private let indexByID: [String: Int32]

    /// Builds the snapshot in O(n + m log m) for n organizations and m link rows: rows are keyed by
    /// their pair of positions and sorted, then each run of one pair is merged — no dictionary of ties.
    public init(network: PartnershipNetwork, year: Int? = nil, region: Region? = nil,
                includeBoundary: Bool = false) {
        self.year = year
        self.region = region
        self.isDirected = network.isDirected
        self.survey = network.survey

        let active = network.organizations.map { organization in
            year.map { organization.isActive(in: $0) } ?? true
        }
        let inRegion = network.organizations.map { organization in
            region.map { organization.region == $0 } ?? true
        }
        let endpoints = network.linkEndpoints
        let links = network.links
        let rows = links.indices.filter { i in
            year.map { links[i].year == $0 } ?? true && endpoints[i].source >= 0 && endpoints[i].target >= 0
        }

        var included = zip(active, inRegion).map { $0 && $1 }
        var boundary = Array(repeating: false, count: network.organizations.count)
        if includeBoundary, region != nil {
            for i in rows {
                let s = Int(endpoints[i].source), t = Int(endpoints[i].target)
                guard active[s], active[t] else { continue }
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

        // Key each row by its pair (source position in the high half), sort, and merge each run:
        // the latest year wins; within it, all kinds, the highest strength and stage.
        var keyed: [(pair: UInt64, row: Int32)] = []
        keyed.reserveCapacity(rows.count)
        for i in rows {
            let s = Int(endpoints[i].source), t = Int(endpoints[i].target)
            var a = localIndex[s], b = localIndex[t]
            guard a >= 0, b >= 0, a != b, !(boundary[s] && boundary[t]) else { continue }
            if !network.isDirected, b < a { swap(&a, &b) }
            keyed.append((UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), Int32(i)))
        }
        keyed.sort { $0.pair < $1.pair }
        var ties: [Tie] = []
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count, keyed[end].pair == keyed[start].pair { end += 1 }
            var latest = Int.min
            for k in start..<end { latest = max(latest, links[Int(keyed[k].row)].year ?? Int.min) }
            var tie = Tie(source: Int32(truncatingIfNeeded: keyed[start].pair >> 32),
                          target: Int32(truncatingIfNeeded: keyed[start].pair & 0xFFFF_FFFF),
                          strength: 0, year: latest == Int.min ? nil : latest)
            for k in start..<end where (links[Int(keyed[k].row)].year ?? Int.min) == latest {
                let link = links[Int(keyed[k].row)]
                tie.strength = max(tie.strength, link.strength)
                if let kind = link.kind, !tie.kinds.contains(kind) { tie.kinds.append(kind) }
                if let stage = link.stage { tie.stage = max(tie.stage ?? stage, stage) }
            }
            tie.kinds.sort()
            ties.append(tie)
            start = end
        }

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
