/// Size and cohesion of a network, or of one region or one year of it.
public struct NetworkCounts: Codable, Sendable, Equatable {
    /// Organizations (active that year, when the snapshot has a year).
    public var organizations: Int
    /// Ties after merging kinds and repeated rows (arcs when directed).
    public var ties: Int
    /// Ties over possible ties (``Graph/density``); `nil` below two organizations.
    public var density: Double?
    /// Connected components (weakly connected when directed), isolates included.
    public var components: Int
    /// Organizations without any tie.
    public var isolates: Int
    /// Organizations in the largest component.
    public var largestComponent: Int

    public init(organizations: Int, ties: Int, density: Double?, components: Int, isolates: Int,
                largestComponent: Int) {
        self.organizations = organizations
        self.ties = ties
        self.density = density
        self.components = components
        self.isolates = isolates
        self.largestComponent = largestComponent
    }

    /// The counts of a whole graph.
    ///
    /// - Complexity: O(n + m).
    public init(graph: Graph) {
        let components = graph.connectedComponents()
        var sizes = [Int](repeating: 0, count: components.count)
        for component in components.membership { sizes[Int(component)] += 1 }
        self.init(organizations: graph.nodeCount, ties: graph.edgeCount, density: graph.density,
                  components: components.count, isolates: graph.isolateCount,
                  largestComponent: sizes.max() ?? 0)
    }

    enum CodingKeys: String, CodingKey {
        case organizations, ties, density, components, isolates, largestComponent
    }

    /// Writes the counts into the encoder's keyed container, beside the keys of the enclosing row:
    /// `{"region": …, "organizations": …, "ties": …}`. An undefined density is written `null`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(ties, forKey: .ties)
        try container.encode(density, forKey: .density)
        try container.encode(components, forKey: .components)
        try container.encode(isolates, forKey: .isolates)
        try container.encode(largestComponent, forKey: .largestComponent)
    }
}

/// One region of a ``NetworkSummary``: its organizations and the ties among them.
public struct RegionSummary: Codable, Sendable, Equatable {
    public var region: String
    /// Counts of the region's own subnetwork (ties with both ends in the region).
    public var counts: NetworkCounts
    /// Ties between an organization of the region and one of another region.
    public var externalTies: Int
    /// Distinct sectors among the region's organizations.
    public var sectors: Int

    public init(region: String, counts: NetworkCounts, externalTies: Int, sectors: Int) {
        self.region = region
        self.counts = counts
        self.externalTies = externalTies
        self.sectors = sectors
    }

    enum CodingKeys: String, CodingKey { case region, externalTies, sectors }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        region = try container.decode(String.self, forKey: .region)
        externalTies = try container.decode(Int.self, forKey: .externalTies)
        sectors = try container.decode(Int.self, forKey: .sectors)
        counts = try NetworkCounts(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encode(externalTies, forKey: .externalTies)
        try container.encode(sectors, forKey: .sectors)
        try counts.encode(to: encoder)
    }
}

/// One survey year of a ``NetworkSummary``: the snapshot of that year.
public struct YearSummary: Codable, Sendable, Equatable {
    public var year: Int
    public var counts: NetworkCounts

    public init(year: Int, counts: NetworkCounts) {
        self.year = year
        self.counts = counts
    }

    enum CodingKeys: String, CodingKey { case year }

    public init(from decoder: any Decoder) throws {
        year = try decoder.container(keyedBy: CodingKeys.self).decode(Int.self, forKey: .year)
        counts = try NetworkCounts(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try counts.encode(to: encoder)
    }
}

/// One sector of a ``NetworkSummary``.
public struct SectorSummary: Codable, Sendable, Equatable {
    public var sector: String
    public var organizations: Int
    /// Ties with at least one end in the sector.
    public var ties: Int
    /// Ties from the sector to another sector: the intersectoral collaboration.
    public var intersectoralTies: Int

    public init(sector: String, organizations: Int, ties: Int, intersectoralTies: Int) {
        self.sector = sector
        self.organizations = organizations
        self.ties = ties
        self.intersectoralTies = intersectoralTies
    }
}

/// What `partnermap summary` reports: size, density, components and isolates of a snapshot, with a
/// row per region, per survey year and per sector (DESIGN §7).
///
/// JSON shape (camelCase, keys sorted by the encoder): `{"organizations","ties","density",
/// "components","isolates","largestComponent","year","region","directed","regions":[{"region",…}],
/// "years":[{"year",…}],"sectors":[{"sector",…}]}`; undefined values are `null`.
///
/// To add a network-level value (centralization, modularity, E-I …): add a property, its case in
/// `CodingKeys` and its line in `encode(to:)` / `init(from:)`; the CLI's table shows it once
/// added to its row list.
public struct NetworkSummary: Codable, Sendable, Equatable {
    /// The survey year summarised; `nil` for data without years.
    public var year: Int?
    /// The region summarised; `nil` for all regions.
    public var region: String?
    public var isDirected: Bool
    /// Counts of the snapshot (that year, that region).
    public var counts: NetworkCounts
    /// One row per region (only the selected one with a region), from the same year.
    public var regions: [RegionSummary]
    /// One row per survey year in the data (restricted to the region, if any).
    public var years: [YearSummary]
    /// One row per sector of the snapshot.
    public var sectors: [SectorSummary]

    enum CodingKeys: String, CodingKey {
        case year, region, isDirected = "directed", regions, years, sectors
    }

    public init(year: Int?, region: String?, isDirected: Bool, counts: NetworkCounts,
                regions: [RegionSummary], years: [YearSummary], sectors: [SectorSummary]) {
        self.year = year
        self.region = region
        self.isDirected = isDirected
        self.counts = counts
        self.regions = regions
        self.years = years
        self.sectors = sectors
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        year = try container.decodeIfPresent(Int.self, forKey: .year)
        region = try container.decodeIfPresent(String.self, forKey: .region)
        isDirected = try container.decode(Bool.self, forKey: .isDirected)
        regions = try container.decode([RegionSummary].self, forKey: .regions)
        years = try container.decode([YearSummary].self, forKey: .years)
        sectors = try container.decode([SectorSummary].self, forKey: .sectors)
        counts = try NetworkCounts(from: decoder)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(region, forKey: .region)
        try container.encode(isDirected, forKey: .isDirected)
        try container.encode(regions, forKey: .regions)
        try container.encode(years, forKey: .years)
        try container.encode(sectors, forKey: .sectors)
        try counts.encode(to: encoder)
    }
}

extension NetworkSummary {
    /// Summarises `network` in `year` (`nil`: every tie, latest values) and `region` (`nil`: all).
    ///
    /// - Complexity: O(n + m) for the snapshot and each region and sector row together, plus one
    ///   snapshot per survey year for the year rows: O(y·(n + m)).
    public init(network: PartnershipNetwork, year: Int? = nil, region: Region? = nil) {
        let whole = network.snapshot(year: year)
        let graph = whole.graph()
        let inRegion = whole.organizations.map { organization in region.map { organization.region == $0 } ?? true }

        let regionRows = Self.regionRows(whole, graph, only: region)
        // With a region, its row is the snapshot's counts (no organization there that year: zeros).
        let counts = region == nil ? NetworkCounts(graph: graph)
            : regionRows.first?.counts ?? NetworkCounts(organizations: 0, ties: 0, density: nil, components: 0,
                                                         isolates: 0, largestComponent: 0)
        let yearRows = network.years.map { surveyYear in
            YearSummary(year: surveyYear,
                        counts: NetworkCounts(graph: network.snapshot(year: surveyYear, region: region).graph()))
        }
        // The region as the data spells it, whatever the caller's case.
        let regionName = region.map { wanted in network.regions.first { $0 == wanted }?.name ?? wanted.name }
        self.init(year: year, region: regionName, isDirected: network.isDirected, counts: counts,
                  regions: regionRows, years: yearRows,
                  sectors: Self.sectorRows(whole, included: inRegion))
    }

    /// Per region: the counts of its induced subnetwork and its ties to other regions, from one
    /// component pass over the whole snapshot with regions as groups.
    private static func regionRows(_ snapshot: Snapshot, _ graph: Graph, only: Region?) -> [RegionSummary] {
        var regions: [Region] = []
        var regionIndex: [Region: Int32] = [:]
        let group = snapshot.organizations.map { organization -> Int32 in
            if let index = regionIndex[organization.region] { return index }
            regionIndex[organization.region] = Int32(regions.count)
            regions.append(organization.region)
            return Int32(regions.count - 1)
        }
        let components = graph.connectedComponents(groups: group)
        var organizations = [Int](repeating: 0, count: regions.count)
        var internalTies = organizations, externalTies = organizations, isolates = organizations
        var componentSizes: [Int32: Int] = [:]
        var componentCount = organizations, largest = organizations
        var sectorSets = [Set<Sector>](repeating: [], count: regions.count)
        for (v, organization) in snapshot.organizations.enumerated() {
            let r = Int(group[v])
            organizations[r] += 1
            sectorSets[r].insert(organization.sector)
            componentSizes[components.membership[v], default: 0] += 1
        }
        for tie in snapshot.ties {
            let a = Int(group[Int(tie.source)]), b = Int(group[Int(tie.target)])
            if a == b {
                internalTies[a] += 1
            } else {
                externalTies[a] += 1
                externalTies[b] += 1
            }
        }
        var hasInternalTie = [Bool](repeating: false, count: snapshot.organizations.count)
        for tie in snapshot.ties where group[Int(tie.source)] == group[Int(tie.target)] {
            hasInternalTie[Int(tie.source)] = true
            hasInternalTie[Int(tie.target)] = true
        }
        for v in hasInternalTie.indices where !hasInternalTie[v] { isolates[Int(group[v])] += 1 }
        // Components are numbered by their smallest node, so each is met first at a node of its region.
        var seen = Set<Int32>()
        for v in snapshot.organizations.indices where seen.insert(components.membership[v]).inserted {
            let r = Int(group[v])
            componentCount[r] += 1
            largest[r] = max(largest[r], componentSizes[components.membership[v]] ?? 0)
        }

        return regions.indices
            .filter { only == nil || regions[$0] == only }
            .map { r in
                let n = organizations[r]
                let possible = Double(n) * Double(n - 1) / (snapshot.isDirected ? 1 : 2)
                return RegionSummary(
                    region: regions[r].name,
                    counts: NetworkCounts(organizations: n, ties: internalTies[r],
                                          density: n >= 2 ? Double(internalTies[r]) / possible : nil,
                                          components: componentCount[r], isolates: isolates[r],
                                          largestComponent: largest[r]),
                    externalTies: externalTies[r], sectors: sectorSets[r].count)
            }
            .sorted { Region($0.region) < Region($1.region) }
    }

    /// Per sector of the included organizations: size, ties touching it, and ties to other sectors
    /// (counting only ties whose both ends are included).
    private static func sectorRows(_ snapshot: Snapshot, included: [Bool]) -> [SectorSummary] {
        let (sectors, membership) = snapshot.sectorPartition
        var organizations = [Int](repeating: 0, count: sectors.count)
        var ties = organizations, intersectoral = organizations
        for v in snapshot.organizations.indices where included[v] { organizations[Int(membership[v])] += 1 }
        for tie in snapshot.ties where included[Int(tie.source)] && included[Int(tie.target)] {
            let a = Int(membership[Int(tie.source)]), b = Int(membership[Int(tie.target)])
            ties[a] += 1
            if a != b {
                ties[b] += 1
                intersectoral[a] += 1
                intersectoral[b] += 1
            }
        }
        return sectors.indices.filter { organizations[$0] > 0 }.map {
            SectorSummary(sector: sectors[$0].name, organizations: organizations[$0], ties: ties[$0],
                          intersectoralTies: intersectoral[$0])
        }
    }
}
