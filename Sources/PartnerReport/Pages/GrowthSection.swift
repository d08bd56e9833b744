import PartnerAnalysis
import PartnerRender

/// The growth charts and the year-to-year figures of a page, in the page's language.
enum GrowthSection {
    /// Three line charts over the survey years — size (organizations and ties), density and the
    /// intersectoral share of ties — one per unit, so no chart needs two y axes. `nil` with fewer
    /// than two survey years.
    static func charts(growth: GrowthTable, place: String, t: Localization,
                       numbers: NumberFormat, idPrefix: String) -> ChartGroup? {
        let years = growth.years
        guard years.count >= 2 else { return nil }
        let subtitle = "\(place), \(years.first ?? 0)–\(years.last ?? 0)"
        var charts = [
            LineChart(title: t.chartSizeTitle, subtitle: subtitle, xLabel: t.chartSurveyYear, yLabel: t.chartCount,
                      years: years,
                      series: [.init(name: t.organizations, values: growth.series(.organizations)),
                               .init(name: t.ties, values: growth.series(.ties))],
                      valueStyle: .count),
            LineChart(title: t.chartDensityTitle, subtitle: subtitle, xLabel: t.chartSurveyYear,
                      yLabel: t.chartDensityAxis, years: years,
                      series: [.init(name: t.density, values: growth.series(.density))], valueStyle: .percent(1)),
            LineChart(title: t.chartIntersectoralTitle, subtitle: subtitle, xLabel: t.chartSurveyYear,
                      yLabel: t.chartIntersectoralAxis, years: years,
                      series: [.init(name: t.chartIntersectoralSeries, values: growth.series(.intersectoralShare))],
                      valueStyle: .percent(1)),
        ]
        for index in charts.indices {
            charts[index].decimalSeparator = numbers.decimalSeparator
            // Three to a row, each about 370 pixels wide on the page: a small canvas keeps the axis
            // labels at about 11 pixels once scaled (at 560 points they shrank to 8).
            charts[index].width = 440
            charts[index].height = 300
        }
        return ChartGroup(charts: charts.enumerated().map { index, chart in
            Chart(svg: InlineSVG.prepare(chart.svg(), idPrefix: "\(idPrefix)\(index)"))
        })
    }

    /// What changed between the last two survey years, as figures.
    static func change(_ diff: YearDiff, map: MapFigure?, t: Localization, numbers: NumberFormat) -> YearChangeSection {
        YearChangeSection(heading: t.changes(from: diff.from, to: diff.to), counts: [
            Figure(label: t.joined, value: numbers.integer(diff.joined.count)),
            Figure(label: t.left, value: numbers.integer(diff.left.count)),
            Figure(label: t.formed, value: numbers.integer(diff.formed.count)),
            Figure(label: t.dissolved, value: numbers.integer(diff.dissolved.count)),
            Figure(label: t.strengthened, value: numbers.integer(diff.strengthened.count)),
            Figure(label: t.weakened, value: numbers.integer(diff.weakened.count)),
            Figure(label: t.stability, value: numbers.percent(diff.tieStability)),
        ], map: map)
    }
}
