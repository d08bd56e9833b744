import PartnerAnalysis

/// What `index.mustache` shows: the whole network at a glance.
struct IndexPage: Sendable {
    struct RegionRow: Sendable {
        var rank: Int
        var name: String
        var href: String
        var organizations: Cell
        var ties: Cell
        var density: Cell
        var intersectoral: Cell
        var missingSectors: Cell
        var untiedPairs: Cell
        var singlePoints: Cell
    }

    let t: Localization
    let siteBar: SiteBar?
    let title: String
    let subtitle: String
    let figures: [Figure]
    let growth: ChartGroup?
    let growthMissing: String
    let change: YearChangeSection?
    let regionRows: [RegionRow]
    let regionLinks: [RegionLink]
    let map: MapFigure?
    let mapMissing: String
    let heatmap: SectorHeatmap?
    let heatmapMissing: String
    let dataFiles: [DataFileRow]
}

extension IndexPage {
    /// Builds the overview page of `content`.
    init(content: ReportContent, map province: String, legend: [LegendSector], context: PageContext) {
        let t = context.t, numbers = context.numbers
        self.t = t
        siteBar = context.siteBar(on: .overview)
        title = context.title
        subtitle = context.subtitle
        let whole = content.wholeFigures
        var figures = [
            Figure(label: t.organizations, value: numbers.integer(whole.organizations)),
            Figure(label: t.ties, value: numbers.integer(whole.ties)),
            Figure(label: t.density, value: numbers.decimal(whole.density, digits: 3)),
            Figure(label: t.components, value: numbers.integer(whole.components)),
            Figure(label: t.isolates, value: numbers.integer(whole.isolates)),
            Figure(label: t.intersectoralShare, value: numbers.percent(whole.intersectoralShare)),
            Figure(label: t.regions, value: numbers.integer(content.regions.count)),
            Figure(label: t.sectors, value: numbers.integer(content.network.sectors.count)),
        ]
        if let first = content.years.first, let last = content.years.last {
            figures.append(Figure(label: t.surveyYears, value: first == last ? "\(first)" : "\(first)–\(last)"))
        }
        self.figures = figures
        growth = GrowthSection.charts(growth: content.wholeTimeline.growth, place: t.wholeNetwork,
                                      t: t, numbers: numbers, idPrefix: "chart")
        growthMissing = t.noYearChange
        change = content.wholeTimeline.consecutiveChanges.last.map {
            GrowthSection.change($0.diff, map: nil, t: t, numbers: numbers)
        }
        regionRows = Self.ranked(content.regions).enumerated().map { index, region in
            let figures = region.figures
            return RegionRow(
                rank: index + 1, name: region.region.name, href: context.href(region.route, from: .overview),
                organizations: Cell(figures.organizations, numbers.integer(figures.organizations)),
                ties: Cell(figures.ties, numbers.integer(figures.ties)),
                density: Cell(figures.density, numbers.decimal(figures.density, digits: 3)),
                intersectoral: Cell(figures.intersectoralShare, numbers.percent(figures.intersectoralShare)),
                missingSectors: Self.count(region.gaps) { gaps in
                    gaps.sectorGaps.filter { $0.kind == .missingSector || $0.kind == .isolatedSector }.count
                },
                untiedPairs: Self.count(region.gaps) { $0.sectorGaps.filter { $0.kind == .unlinkedPair }.count },
                singlePoints: Self.count(region.gaps) { $0.articulationPoints.count + $0.bridges.count })
        }
        regionLinks = content.regions.map {
            RegionLink(name: $0.region.name, href: context.href($0.route, from: .overview))
        }
        map = MapFigure(svg: province, caption: t.provincialMapNote, sectors: legend,
                        lines: [], sizeNote: t.legendSize, isProvince: true)
        mapMissing = t.notInThisBuild
        heatmap = content.sectors.count > 1
            ? SectorHeatmap(sectors: content.sectors, mixing: content.mixing, t: t, numbers: numbers) : nil
        heatmapMissing = t.notInThisBuild
        dataFiles = context.dataFiles(from: .overview)
    }


    /// A count read from a region's gap findings, or an empty cell without them.
    private static func count(_ gaps: RegionGaps?, _ value: (RegionGaps) -> Int) -> Cell {
        guard let gaps else { return Cell(nil, NumberFormat.english.missing) }
        let count = value(gaps)
        return Cell(count, String(count))
    }

    /// Regions from the most to the least intersectoral (share of ties between different sectors);
    /// regions without ties last; ties broken by name.
    static func ranked(_ regions: [RegionContent]) -> [RegionContent] {
        regions.sorted { a, b in
            switch (a.figures.intersectoralShare, b.figures.intersectoralShare) {
            case let (x?, y?) where x != y: x > y
            case (_?, nil): true
            case (nil, _?): false
            default: a.region < b.region
            }
        }
    }
}
