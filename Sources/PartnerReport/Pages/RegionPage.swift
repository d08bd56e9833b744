import PartnerAnalysis
import PartnerCore
import PartnerMetrics
import PartnerRender

/// What `region.mustache` shows: one region's map, figures, gaps, suggestions, brokers, fragile
/// points, changes over the years and organizations.
struct RegionPage: Sendable {
    struct KeyFigure: Sendable {
        var label: String
        var value: String
        var median: String
        /// `above`, `below` or empty: the CSS class that colours the region's value against the median.
        var comparison: String
    }

    struct Column: Sendable {
        var label: String
        var numeric: Bool
    }

    struct TableCell: Sendable {
        var text: String
        var value: String
        var numeric: Bool
    }

    struct Row: Sendable {
        var cells: [TableCell]
    }

    let t: Localization
    let siteBar: SiteBar?
    let title: String
    let subtitle: String
    let regionName: String
    let overviewHref: String
    let previous: RegionLink?
    let next: RegionLink?
    let map: MapFigure?
    let mapMissing: String
    let keyFigures: [KeyFigure]
    let gaps: RegionFindings?
    let gapsMissing: String
    let change: YearChangeSection?
    let changeMissing: String
    let growth: ChartGroup?
    let columns: [Column]
    let rows: [Row]
    let dataFiles: [DataFileRow]
}

/// The gap-analysis findings of a region, as the page shows them.
struct RegionFindings: Sendable {
    struct Item: Sendable {
        var kind: String
        var text: String
    }

    struct Reason: Sendable {
        var text: String
        /// Language of a reason left in the analysis' own words, when it differs from the page's.
        var lang: String?
    }

    struct Suggestion: Sendable {
        var first: String
        var firstSector: String
        var second: String
        var secondSector: String
        var score: Cell
        var reasons: [Reason]
    }

    struct BrokerRow: Sendable {
        var name: String
        var sector: String
        var betweenness: Cell
        var constraint: Cell
        var sectorsConnected: String
    }

    struct Separator: Sendable {
        var name: String
        var sector: String
        var tie: String
        var cutOffLabel: String
        var cutOff: String
    }

    /// The first findings, shown; the rest are folded under ``moreItemsLabel`` (a `<details>`
    /// element, which opens without JavaScript).
    var items: [Item]
    var hasItems: Bool
    var moreItems: [Item]
    var hasMoreItems: Bool
    var moreItemsLabel: String
    var suggestions: [Suggestion]
    var brokers: [BrokerRow]
    var articulationPoints: [Separator]
    var bridges: [Separator]
    // Stored, not computed: templates read stored properties only.
    var hasSuggestions: Bool
    var hasBrokers: Bool
    var hasSinglePoints: Bool
}

extension RegionFindings {
    /// Findings shown before the rest are folded away.
    static let shownFindings = 8

    init(gaps: RegionGaps, wording: FindingWording) {
        let t = wording.t, numbers = wording.numbers
        let all = gaps.sectorGaps.map { Item(kind: wording.kind($0.kind), text: wording.sectorGap($0, region: gaps.region)) }
            + gaps.isolatedOrganizations.map { Item(kind: t.isolatedOrganization, text: wording.isolated($0)) }
        items = Array(all.prefix(Self.shownFindings))
        moreItems = Array(all.dropFirst(Self.shownFindings))
        hasItems = !items.isEmpty
        hasMoreItems = !moreItems.isEmpty
        moreItemsLabel = t.moreFindings(moreItems.count, numbers)
        suggestions = gaps.suggestions.map { suggestion in
            Suggestion(first: suggestion.sourceName, firstSector: suggestion.sourceSector,
                       second: suggestion.targetName, secondSector: suggestion.targetSector,
                       score: Cell(suggestion.score, numbers.decimal(suggestion.score, digits: 2)),
                       reasons: wording.reasons(suggestion))
        }
        brokers = gaps.brokers.map { broker in
            BrokerRow(name: broker.name, sector: broker.sector,
                      betweenness: Cell(broker.betweenness, numbers.decimal(broker.betweenness, digits: 3)),
                      constraint: Cell(broker.constraint, numbers.decimal(broker.constraint, digits: 3)),
                      sectorsConnected: wording.list(broker.sectorsConnected, limit: 12))
        }
        articulationPoints = gaps.articulationPoints.map { point in
            Separator(name: point.name, sector: point.sector, tie: "",
                      cutOffLabel: t.cutOff, cutOff: wording.list(point.cutOff.map(wording.name)))
        }
        bridges = gaps.bridges.map { bridge in
            Separator(name: "", sector: "", tie: "\(bridge.sourceName) – \(bridge.targetName)",
                      cutOffLabel: t.cutOff, cutOff: wording.list(bridge.cutOff.map(wording.name)))
        }
        hasSuggestions = !suggestions.isEmpty
        hasBrokers = !brokers.isEmpty
        hasSinglePoints = !articulationPoints.isEmpty || !bridges.isEmpty
    }
}

/// The year-to-year section of a region page.
struct YearChangeSection: Sendable {
    var heading: String
    var counts: [Figure]
    var map: MapFigure?
}

extension RegionPage {
    /// Builds the page of `content.regions[index]`.
    init(content: ReportContent, index: Int, maps: ReportMaps.RegionMaps, legend: [LegendSector],
         context: PageContext) {
        let t = context.t, numbers = context.numbers
        let region = content.regions[index]
        self.t = t
        title = context.title
        subtitle = content.year.map(t.surveyYear) ?? ""
        regionName = region.region.name
        let page = region.route
        siteBar = context.siteBar(on: page)
        overviewHref = context.href(.overview, from: page)
        let link = { (other: RegionContent) in
            RegionLink(name: other.region.name, href: context.href(other.route, from: page))
        }
        previous = index > 0 ? link(content.regions[index - 1]) : nil
        next = index + 1 < content.regions.count ? link(content.regions[index + 1]) : nil
        map = MapFigure(svg: maps.map, caption: t.collaborationMapNote,
                        sectors: legend,
                        lines: [LegendLine(label: t.legendSuggested, color: "#8C8C8C", dashed: true)],
                        sizeNote: t.legendSize, isProvince: false)
        mapMissing = t.notInThisBuild
        keyFigures = Self.keyFigures(region: region, all: content.regions, t: t, numbers: numbers)
        let wording = FindingWording(t: t, numbers: numbers, network: content.network)
        gaps = region.gaps.map { RegionFindings(gaps: $0, wording: wording) }
        gapsMissing = t.notInThisBuild
        let diffMap = maps.change.map { svg in
            MapFigure(svg: svg, caption: t.diffMapNote, sectors: [], lines: [
                LegendLine(label: t.legendFormed, color: TimelineMaps.formedColor, dashed: false),
                LegendLine(label: t.legendDissolved, color: TimelineMaps.dissolvedColor, dashed: true),
                LegendLine(label: t.legendKept, color: TimelineMaps.keptColor, dashed: false),
            ], sizeNote: nil, isProvince: false)
        }
        change = region.change.map { GrowthSection.change($0.diff, map: diffMap, t: t, numbers: numbers) }
        changeMissing = t.noYearChange
        growth = region.timeline.flatMap {
            GrowthSection.charts(growth: $0.growth, place: region.region.name, t: t, numbers: numbers, idPrefix: "chart")
        }

        columns = [
            Column(label: t.organization, numeric: false), Column(label: t.sector, numeric: false),
            Column(label: t.type, numeric: false), Column(label: t.degree, numeric: true),
        ] + OrganizationMeasures.shown.map { Column(label: t.label(of: $0), numeric: true) }
        let snapshot = region.snapshot, measures = region.measures
        rows = snapshot.organizations.indices.filter { !snapshot.isBoundary[$0] }.map { i in
            let organization = snapshot.organizations[i]
            let text = { (value: String) in TableCell(text: value, value: "", numeric: false) }
            let number = { (measure: CentralityMeasure) -> TableCell in
                let value = measures.value(measure, i)
                let cell = Cell(value, numbers.decimal(value, digits: measure.reportDecimals))
                return TableCell(text: cell.text, value: cell.value, numeric: true)
            }
            return Row(cells: [
                text(organization.name), text(organization.sector.name), text(organization.type ?? ""),
                TableCell(text: numbers.integer(measures.partners[i]), value: String(measures.partners[i]), numeric: true),
            ] + OrganizationMeasures.shown.map(number))
        }
        dataFiles = context.dataFiles(from: page)
    }

    /// The region's figures beside the median of all regions.
    static func keyFigures(region: RegionContent, all: [RegionContent], t: Localization,
                           numbers: NumberFormat) -> [KeyFigure] {
        typealias Measure = (label: String, value: (SnapshotFigures) -> Double?, format: (Double?) -> String)
        // Counts are whole; a median of an even number of regions may end in .5.
        let count = { (value: Double?) in
            numbers.decimal(value, digits: value.map { $0 == $0.rounded() ? 0 : 1 } ?? 0)
        }
        let measures: [Measure] = [
            (t.organizations, { Double($0.organizations) }, count),
            (t.ties, { Double($0.ties) }, count),
            (t.density, { $0.density }, { numbers.decimal($0, digits: 3) }),
            (t.components, { Double($0.components) }, count),
            (t.isolates, { Double($0.isolates) }, count),
        ]
        return measures.map { measure in
            let value = measure.value(region.figures)
            let median = Median.of(all.compactMap { measure.value($0.figures) })
            var comparison = ""
            if let value, let median, value != median { comparison = value > median ? "above" : "below" }
            // Colour only where more is plainly better; counts of components and isolates are not.
            if measure.label == t.components || measure.label == t.isolates { comparison = "" }
            return KeyFigure(label: measure.label, value: measure.format(value),
                             median: median.map { measure.format($0) } ?? numbers.missing, comparison: comparison)
        }
    }
}

/// The median of a list of numbers.
enum Median {
    /// The middle value, or the mean of the two middle values; `nil` for no value. NaN is ignored.
    static func of(_ values: [Double]) -> Double? {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension CentralityMeasure {
    /// Decimals the report shows for the measure.
    var reportDecimals: Int {
        switch self {
        case .coreNumber: 0
        case .strength, .effectiveSize: 1
        default: 3
        }
    }
}
