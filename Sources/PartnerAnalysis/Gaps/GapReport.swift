import PartnerCore

/// Everything `partnermap gaps` finds: one ``RegionGaps`` per region analysed, and the regions ranked by
/// how intersectoral their ties are.
///
/// The JSON shape is DESIGN §7's: `{"regions":[{"region","sectorGaps","suggestions",
/// "articulationPoints","bridges","brokers",…}],"intersectorality":[…],"year"}` — keys sorted, lists in a
/// fixed order, undefined numbers `null`. Scripts depend on it; add keys, never rename them.
public struct GapReport: Codable, Sendable, Hashable {
    /// Survey year analysed; `nil` when the data has no years.
    public var year: Int?
    /// One entry per region, in region order (matching key).
    public var regions: [RegionGaps]
    /// Regions from the most to the least intersectoral (highest E-I index first; regions without ties
    /// last, then by name).
    public var intersectorality: [RegionIntersectorality]

    public init(year: Int?, regions: [RegionGaps], intersectorality: [RegionIntersectorality]) {
        self.year = year
        self.regions = regions
        self.intersectorality = intersectorality
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(year, forKey: .year)
        try container.encode(regions, forKey: .regions)
        try container.encode(intersectorality, forKey: .intersectorality)
    }
}

/// The gap findings for one region (or, with `--across-regions` suggestions, one region's side of them).
public struct RegionGaps: Codable, Sendable, Hashable {
    public var region: String
    /// Organizations of the region active in the year analysed.
    public var organizations: Int
    /// Ties among them.
    public var ties: Int
    /// Krackhardt–Stern E-I index of the region's ties over sectors; `nil` without ties.
    public var eiIndex: Double?
    public var sectorGaps: [SectorGap]
    /// Organizations of the region with no tie at all, by id.
    public var isolatedOrganizations: [IsolatedOrganization]
    /// Best-first suggested partnerships (at most `--top`).
    public var suggestions: [PartnerSuggestion]
    public var articulationPoints: [ArticulationOrganization]
    public var bridges: [BridgeTie]
    public var brokers: [Broker]
    /// Unconfirmed ties; present only for directed data.
    public var reciprocity: ReciprocityReport?

    public init(region: String, organizations: Int, ties: Int, eiIndex: Double?, sectorGaps: [SectorGap],
                isolatedOrganizations: [IsolatedOrganization], suggestions: [PartnerSuggestion], articulationPoints: [ArticulationOrganization],
                bridges: [BridgeTie], brokers: [Broker], reciprocity: ReciprocityReport?) {
        self.region = region
        self.organizations = organizations
        self.ties = ties
        self.eiIndex = eiIndex
        self.sectorGaps = sectorGaps
        self.isolatedOrganizations = isolatedOrganizations
        self.suggestions = suggestions
        self.articulationPoints = articulationPoints
        self.bridges = bridges
        self.brokers = brokers
        self.reciprocity = reciprocity
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encode(organizations, forKey: .organizations)
        try container.encode(ties, forKey: .ties)
        try container.encode(eiIndex.finite, forKey: .eiIndex)
        try container.encode(sectorGaps, forKey: .sectorGaps)
        try container.encode(isolatedOrganizations, forKey: .isolatedOrganizations)
        try container.encode(suggestions, forKey: .suggestions)
        try container.encode(articulationPoints, forKey: .articulationPoints)
        try container.encode(bridges, forKey: .bridges)
        try container.encode(brokers, forKey: .brokers)
        try container.encodeIfPresent(reciprocity, forKey: .reciprocity)
    }
}

/// An organization of the region without any tie in the year analysed.
public struct IsolatedOrganization: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var sector: String
    /// Ids of up to three organizations of the region to introduce it to first: those whose
    /// number of ties is highest, among those above the region's median (the best-connected).
    public var suggestedPartners: [String]
    public var explanation: String

    public init(id: String, name: String, sector: String, suggestedPartners: [String], explanation: String) {
        self.id = id
        self.name = name
        self.sector = sector
        self.suggestedPartners = suggestedPartners
        self.explanation = explanation
    }
}

/// A region's place in the ranking by intersectorality.
public struct RegionIntersectorality: Codable, Sendable, Hashable {
    public var region: String
    /// 1 = most intersectoral.
    public var rank: Int
    /// Krackhardt–Stern E-I index, (E − I)/(E + I) over ties between (E) and within (I) sectors;
    /// `nil` for a region without ties.
    public var eiIndex: Double?
    public var betweenSectorTies: Int
    public var withinSectorTies: Int

    public init(region: String, rank: Int, eiIndex: Double?, betweenSectorTies: Int, withinSectorTies: Int) {
        self.region = region
        self.rank = rank
        self.eiIndex = eiIndex
        self.betweenSectorTies = betweenSectorTies
        self.withinSectorTies = withinSectorTies
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(region, forKey: .region)
        try container.encode(rank, forKey: .rank)
        try container.encode(eiIndex.finite, forKey: .eiIndex)
        try container.encode(betweenSectorTies, forKey: .betweenSectorTies)
        try container.encode(withinSectorTies, forKey: .withinSectorTies)
    }
}

extension Optional where Wrapped == Double {
    /// The value when it is a finite number, else `nil` — so JSON says `null`, never NaN.
    var finite: Double? { flatMap { $0.isFinite ? $0 : nil } }
}

extension Double {
    /// `nil` for NaN and infinities.
    var finite: Double? { isFinite ? self : nil }
}
