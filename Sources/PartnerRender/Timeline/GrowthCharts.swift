import PartnerAnalysis

/// The line charts of a ``Timeline``'s growth figures: size (organizations and ties), density, and
/// the intersectoral share of ties — one chart per unit, so no chart needs two y axes.
public enum GrowthCharts {
    /// A chart and the file-name stem it is written under (`chart-size`).
    public struct Named: Sendable {
        public let name: String
        public let chart: LineChart
    }

    /// The charts, in a fixed order.
    public static func charts(for timeline: Timeline) -> [Named] {
        let growth = timeline.growth
        let years = growth.years
        let place = timeline.region?.name ?? "Whole network"
        let subtitle = years.count > 1 ? "\(place), survey years \(years.first ?? 0)–\(years.last ?? 0)" : place
        return [
            Named(name: "chart-size", chart: LineChart(
                title: "Organizations and ties", subtitle: subtitle, yLabel: "Count",
                years: years,
                series: [LineChart.Series(name: "Organizations", values: growth.series(.organizations)),
                         LineChart.Series(name: "Ties", values: growth.series(.ties))],
                valueStyle: .count)),
            Named(name: "chart-density", chart: LineChart(
                title: "Density", subtitle: subtitle, yLabel: "Share of possible ties (%)",
                years: years,
                series: [LineChart.Series(name: "Density", values: growth.series(.density))],
                valueStyle: .percent(2))),
            Named(name: "chart-intersectoral", chart: LineChart(
                title: "Intersectoral ties", subtitle: subtitle, yLabel: "Share of ties (%)",
                years: years,
                series: [LineChart.Series(name: "Ties between different sectors",
                                          values: growth.series(.intersectoralShare))],
                valueStyle: .percent(1))),
        ]
    }
}
