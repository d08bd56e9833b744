import PartnerAnalysis
import PartnerCore
import PartnerMetrics

/// One region of the report: its snapshot in the report's year and everything the analyses found.
struct RegionContent: Sendable {
    let region: Region
    /// File name stem of the region's page (`gaspesie-iles-de-la-madeleine`), unique in the report.
    let slug: String
    /// The region's organizations active in the report's year and the ties among them.
    let snapshot: Snapshot
    let measures: OrganizationMeasures
    let figures: SnapshotFigures
    /// Sector gaps, suggestions, fragility and brokers (PartnerAnalysis' gap analysis).
    var gaps: RegionGaps?
    /// The region over ``ReportContent/years`` (PartnerAnalysis' ``PartnerAnalysis/Timeline``):
    /// growth table and year-to-year changes.
    var timeline: Timeline?
    /// What changed from the survey year before the report's year to it; `nil` with one year.
    var change: YearChange? { timeline?.consecutiveChanges.last }

    var route: ReportRoute { .region(slug: slug) }
}

/// Whole-network figures of a snapshot, from PartnerMetrics.
struct SnapshotFigures: Sendable {
    let organizations: Int
    let ties: Int
    let density: Double?
    let components: Int
    let isolates: Int
    /// Ties between organizations of different sectors over all ties (``PartnerMetrics/EIIndex``'s
    /// external ties over all ties); `nil` without ties.
    let intersectoralShare: Double?

    /// - Complexity: O(n + m).
    init(snapshot: Snapshot) {
        let graph = snapshot.graph()
        organizations = snapshot.memberCount
        ties = snapshot.ties.count
        density = Cohesion.density(graph)
        let parts = Components.connected(graph)
        components = parts.count
        isolates = parts.singletonCount
        let ei = EIIndex(graph: graph, groups: snapshot.sectorPartition.membership)
        let all = ei.externalTies + ei.internalTies
        intersectoralShare = all == 0 ? nil : Double(ei.externalTies) / Double(all)
    }
}

/// Everything the report shows, computed once from the network; pages and data files only read it.
struct ReportContent: Sendable {
    let network: PartnershipNetwork
    /// The survey year described; `nil` when the data has no years.
    let year: Int?
    /// Survey years up to ``year``, ascending (growth charts and changes).
    let years: [Int]
    let whole: Snapshot
    let wholeFigures: SnapshotFigures
    /// The whole network over ``years``.
    let wholeTimeline: Timeline
    let regions: [RegionContent]
    /// Sectors of the whole network in the report's year, and the ties between them.
    let sectors: [Sector]
    let mixing: MixingMatrix
    /// The gap analysis of every region, as `partnermap gaps` reports it.
    let gapReport: GapReport

    /// Runs every analysis the report shows.
    ///
    /// - Throws: ``ReportError/unknownYear(_:available:)`` when `options.year` is not a survey year.
    init(network: PartnershipNetwork, options: ReportOptions, progress: ReportProgress) throws(ReportError) {
        self.network = network
        let available = network.years
        if let wanted = options.year, !available.isEmpty, !available.contains(wanted) {
            throw .unknownYear(wanted, available: available)
        }
        let year = options.year ?? network.latestYear
        self.year = year
        years = available.filter { candidate in year.map { candidate <= $0 } ?? true }

        progress.update(.measuring, 0, network.regions.count)
        whole = network.snapshot(year: year)
        wholeFigures = SnapshotFigures(snapshot: whole)
        let partition = whole.sectorPartition
        sectors = partition.sectors
        mixing = MixingMatrix(graph: whole.graph(), groups: partition.membership, groupCount: partition.sectors.count)
        let slugs = Self.uniqueSlugs(network.regions)
        var regions: [RegionContent] = []
        for (index, region) in network.regions.enumerated() {
            let snapshot = network.snapshot(year: year, region: region)
            regions.append(RegionContent(region: region, slug: slugs[index], snapshot: snapshot,
                                         measures: OrganizationMeasures(snapshot: snapshot),
                                         figures: SnapshotFigures(snapshot: snapshot)))
            progress.update(.measuring, index + 1, network.regions.count)
        }
        progress.update(.gaps, 0, 1)
        gapReport = GapAnalysis.report(for: network, options: GapOptions(
            year: year, top: options.suggestionsPerRegion, brokers: options.brokersPerRegion))
        let gapsByRegion = Dictionary(gapReport.regions.map { (Region($0.region), $0) }, uniquingKeysWith: { a, _ in a })
        for index in regions.indices { regions[index].gaps = gapsByRegion[regions[index].region] }
        progress.update(.gaps, 1, 1)

        progress.update(.timeline, 0, regions.count + 1)
        wholeTimeline = Timeline(network: network, years: years)
        for index in regions.indices {
            progress.update(.timeline, index + 1, regions.count + 1)
            regions[index].timeline = Timeline(network: network, region: regions[index].region, years: years)
        }
        progress.update(.timeline, regions.count + 1, regions.count + 1)
        self.regions = regions
    }

    /// Region slugs, with `-2`, `-3` … added when two regions fold to the same slug.
    static func uniqueSlugs(_ regions: [Region]) -> [String] {
        var used: Set<String> = []
        return regions.map { region in
            var slug = region.slug
            var suffix = 2
            while used.contains(slug) {
                slug = "\(region.slug)-\(suffix)"
                suffix += 1
            }
            used.insert(slug)
            return slug
        }
    }
}
