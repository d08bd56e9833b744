import Foundation

/// Organizations and the partnership ties reported between them, over one or more survey years.
///
/// The whole data set as read from a workspace or an interchange file. Analyses do not read it
/// directly: they take a ``Snapshot`` (one year and/or one region) and its ``Graph``.
public struct PartnershipNetwork: Sendable {
    /// Organizations in input order. Ids are unique (importers reject duplicates).
    public private(set) var organizations: [Organization]
    /// Tie reports in input order, one per pair, year and kind.
    public private(set) var links: [Link]
    /// `true` when ties are read as `source` → `target` (`--directed`).
    public var isDirected: Bool
    /// Survey years present in the links, ascending. Empty when the data has no years.
    public let years: [Int]
    /// The survey responses the ties were read from, when the data is a survey round (DESIGN §10).
    public var survey: SurveyData?
    private var indexByID: [String: Int]
    /// Per link, the positions of its source and target in ``organizations`` (−1 for an unknown id),
    /// resolved once so that every ``Snapshot`` reads integers, not id strings.
    let linkEndpoints: [(source: Int32, target: Int32)]

    /// Creates a network. Sectors, regions and kinds of collaboration that match ignoring case and
    /// surrounding spaces are unified to the spelling first written (so `"Referral"` and `"referral"`
    /// are one kind, not a multiplexity of 2). A repeated id keeps its first organization.
    public init(organizations: [Organization], links: [Link], isDirected: Bool = false) {
        self.init(organizations: organizations, links: links, linkEndpoints: nil, isDirected: isDirected)
    }

    /// The designated initializer; an importer that has already resolved every link's endpoints
    /// against `organizations` (unique ids, same order) passes them to save a lookup per endpoint.
    init(organizations: [Organization], links: [Link], linkEndpoints: [(source: Int32, target: Int32)]?,
         isDirected: Bool) {
        var sectors: [Sector: Sector] = [:]
        var regions: [Region: Region] = [:]
        var index: [String: Int] = [:]
        index.reserveCapacity(organizations.count)
        var kept: [Organization] = []
        kept.reserveCapacity(organizations.count)
        for var organization in organizations where index[organization.id] == nil {
            organization.sector = sectors[organization.sector, default: organization.sector]
            sectors[organization.sector] = organization.sector
            organization.region = regions[organization.region, default: organization.region]
            regions[organization.region] = organization.region
            index[organization.id] = kept.count
            kept.append(organization)
        }
        self.organizations = kept
        self.links = Self.unifyingKinds(links)
        self.isDirected = isDirected
        self.indexByID = index
        if let linkEndpoints, kept.count == organizations.count, linkEndpoints.count == links.count {
            self.linkEndpoints = linkEndpoints
        } else {
            self.linkEndpoints = links.map { link in
                (Int32(index[link.source] ?? -1), Int32(index[link.target] ?? -1))
            }
        }
        self.years = Array(Set(links.compactMap(\.year))).sorted()
    }

    /// `links` with every kind spelled as the first link of the same kind wrote it.
    ///
    /// - Complexity: O(m) lookups; the case-folded key is computed once per distinct spelling.
    private static func unifyingKinds(_ links: [Link]) -> [Link] {
        var spellingByKey: [String: String] = [:]
        var canonical: [String: String] = [:]
        var links = links
        for i in links.indices {
            guard let kind = links[i].kind else { continue }
            if let known = canonical[kind] {
                links[i].kind = known
                continue
            }
            let key = Sector.matchingKey(of: kind)
            let spelling = spellingByKey[key] ?? kind.trimmedWhitespace
            spellingByKey[key] = spelling
            canonical[kind] = spelling
            links[i].kind = spelling
        }
        return links
    }

    /// The organization with this id, if any.
    public func organization(id: String) -> Organization? {
        indexByID[id].map { organizations[$0] }
    }

    /// Position of the organization with this id in ``organizations``.
    public func index(ofOrganization id: String) -> Int? { indexByID[id] }

    /// The most recent survey year, or `nil` when the data has no years.
    public var latestYear: Int? { years.last }

    /// Distinct regions, sorted by their matching key.
    public var regions: [Region] { Array(Set(organizations.map(\.region))).sorted() }

    /// Distinct sectors, sorted by their matching key.
    public var sectors: [Sector] { Array(Set(organizations.map(\.sector))).sorted() }

    /// The network restricted to a year and/or a region; see ``Snapshot``.
    public func snapshot(year: Int? = nil, region: Region? = nil, includeBoundary: Bool = false) -> Snapshot {
        Snapshot(network: self, year: year, region: region, includeBoundary: includeBoundary)
    }

    /// The same network with ties read as directed (or not).
    public func directed(_ isDirected: Bool) -> PartnershipNetwork {
        var copy = self
        copy.isDirected = isDirected
        return copy
    }
}
