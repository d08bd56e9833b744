import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PartnerRender

@Suite("Line charts")
struct LineChartTests {
    let chart = LineChart(
        title: "Organizations & ties <Gaspésie>",
        subtitle: "2019–2022",
        yLabel: "Count",
        years: [2019, 2020, 2022],
        series: [
            .init(name: "Organizations", values: [12, 15, 19]),
            .init(name: "Ties \"reported\"", values: [20, nil, 31]),
        ])

    @Test("has title, axes with labels, ticks, legend and escaped text")
    func structure() throws {
        let svg = chart.svg()
        #expect(svg.hasPrefix(#"<?xml version="1.0" encoding="UTF-8"?>"#))
        #expect(svg.contains(#"width="720" height="420" viewBox="0 0 720 420""#))
        #expect(svg.contains("Organizations &amp; ties &lt;Gaspésie&gt;"))
        #expect(!svg.contains("<Gaspésie>"))
        #expect(svg.contains("Ties &quot;reported&quot;"))
        #expect(svg.contains(">Survey year</text>"))
        #expect(svg.contains("rotate(-90)") && svg.contains(">Count</text>"))
        // A tick per year, and y ticks 0…40 in steps of 10 (maximum 31 → rough step 6.2 → 10).
        for year in ["2019", "2020", "2022"] { #expect(svg.contains(">\(year)</text>")) }
        #expect(!svg.contains(">2021</text>"))
        for tick in ["0", "10", "20", "30", "40"] { #expect(svg.contains(#"text-anchor="end">\#(tick)</text>"#)) }
        // The legend names both series; each has a path; the missing 2020 value breaks the ties line.
        #expect(svg.components(separatedBy: "<path ").count - 1 == 2)
        #expect(svg.contains(#"<title>Ties &quot;reported&quot;, 2022: 31</title>"#))
        #expect(!svg.contains("Ties &quot;reported&quot;, 2020"))
        let parsed = try XMLDocument(xmlString: svg)
        #expect(parsed.rootElement()?.name == "svg")
    }

    @Test("proportional year spacing: a two-year gap is twice a one-year gap")
    func spacing() {
        let frame = ChartFrame(chart: chart)
        let oneYear = frame.x(2020) - frame.x(2019)
        let twoYears = frame.x(2022) - frame.x(2020)
        #expect(abs(twoYears - 2 * oneYear) < 1e-9)
        #expect(frame.y(0) == frame.bottom)
    }

    @Test("nice steps are 1, 2 or 5 × 10^k", arguments: [
        (0.7, 1.0), (1.3, 2.0), (3.0, 5.0), (6.2, 10.0), (0.013, 0.02), (140.0, 200.0),
    ])
    func niceSteps(rough: Double, expected: Double) {
        #expect(abs(ChartFrame.niceStep(rough) - expected) < 1e-12)
    }

    @Test("percent and decimal values are written without locale")
    func formatting() {
        var share = chart
        share.valueStyle = .percent(1)
        #expect(share.format(0.4567) == "45.7 %")
        #expect(share.format(0.2, tickStep: 0.1) == "20 %")
        share.valueStyle = .decimal(3)
        #expect(share.format(0.12345) == "0.123")
        #expect(share.format(-0.5) == "−0.500")
        #expect(SVGText.fixed(-0.0001, decimals: 2) == "0.00")
        #expect(SVGText.fixed(2.675, decimals: 1) == "2.7")
    }

    @Test("same chart, same bytes; no NaN even for empty or flat data")
    func determinism() {
        #expect(chart.svg() == chart.svg())
        let empty = LineChart(title: "Nothing", yLabel: "Count", years: [], series: [])
        let flat = LineChart(title: "Flat", yLabel: "Share", years: [2021],
                             series: [.init(name: "x", values: [.nan])], valueStyle: .percent(0))
        for svg in [empty.svg(), flat.svg()] {
            #expect(!svg.contains("nan") && !svg.contains("inf"))
            #expect(svg.hasSuffix("</svg>\n"))
        }
    }
}
