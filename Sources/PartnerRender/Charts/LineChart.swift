/// A line chart of one or more series over survey years, written as standalone SVG in pure Swift.
///
/// Made to read alone and to embed inline in the HTML report: fixed `width`/`height` and a matching
/// `viewBox` (so it scales with CSS), a white background, no element ids (several charts can share a
/// page), an accessible name (`<title>`) and description (`<desc>`), a title, axis labels with units,
/// "nice" ticks (1, 2, 5 × 10ᵏ) on a y axis that starts at zero, a tick per year, a legend, and the last
/// value of each series written at the end of its line. Series are told apart by colour
/// (Okabe & Ito 2008, "Color Universal Design", safe for the common colour-vision deficiencies), dash
/// pattern and marker shape, so the chart also reads in grey print. Every text is escaped.
/// Missing values (`nil`, or not finite) break the line rather than drop to zero. The same chart gives
/// byte-identical SVG: numbers are formatted without locale, in a fixed precision.
public struct LineChart: Sendable {
    /// One line.
    public struct Series: Sendable {
        public var name: String
        /// One value per entry of ``LineChart/years``; `nil` where undefined.
        public var values: [Double?]

        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
        }
    }

    /// How values are written on the y axis and at the end of lines.
    public enum ValueStyle: Sendable, Equatable {
        /// Whole numbers (organizations, ties).
        case count
        /// Plain numbers with the given number of decimals at most (density).
        case decimal(Int)
        /// Shares in 0…1, written as percentages with the given decimals (intersectoral share).
        case percent(Int)
    }

    public var title: String
    /// A second line under the title (region, years), if any.
    public var subtitle: String?
    public var xLabel: String
    /// The y axis label, with its unit ("Count", "Share of ties (%)").
    public var yLabel: String
    /// The x positions: survey years, ascending. Spacing is proportional to the years, so a two-year
    /// gap between surveys looks like one.
    public var years: [Int]
    public var series: [Series]
    public var valueStyle: ValueStyle
    /// Written between whole and decimal digits of values: `"."`, or `","` for a French report.
    /// Numbers are otherwise locale-free.
    public var decimalSeparator: String = "."
    public var width: Int
    public var height: Int

    public init(title: String, subtitle: String? = nil, xLabel: String = "Survey year", yLabel: String,
                years: [Int], series: [Series], valueStyle: ValueStyle = .count,
                width: Int = 720, height: Int = 420) {
        self.title = title
        self.subtitle = subtitle
        self.xLabel = xLabel
        self.yLabel = yLabel
        self.years = years
        self.series = series
        self.valueStyle = valueStyle
        self.width = width
        self.height = height
    }

    /// Okabe–Ito colours in the order that keeps neighbours far apart, without yellow (too light on white).
    public static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]
    static let dashes = ["", "8 4", "2 3", "10 3 2 3"]
    static let fontFamily = "DejaVu Sans, Helvetica, Arial, sans-serif"

    /// The chart as a standalone SVG document (UTF-8 text, ends with a newline).
    /// - Complexity: O(s × y) for s series over y years.
    public func svg() -> String {
        var svg = SVGWriter()
        let frame = ChartFrame(chart: self)
        svg.line(#"<?xml version="1.0" encoding="UTF-8"?>"#)
        svg.line(#"<svg xmlns="http://www.w3.org/2000/svg" width="\#(width)" height="\#(height)" "#
            + #"viewBox="0 0 \#(width) \#(height)" role="img" font-family="\#(Self.fontFamily)">"#)
        svg.element("title", text: title + (subtitle.map { " — " + $0 } ?? ""))
        svg.element("desc", text: accessibleDescription)
        svg.line(#"<rect width="\#(width)" height="\#(height)" fill="\#(Ink.background)"/>"#)
        drawTitle(into: &svg)
        drawAxes(into: &svg, frame: frame)
        drawSeries(into: &svg, frame: frame)
        drawLegend(into: &svg, top: frame.legendTop)
        svg.line("</svg>")
        return svg.text
    }

    /// A plain-text summary of the data for screen readers: each series' values by year.
    public var accessibleDescription: String {
        let lines = series.map { series in
            let points = zip(years, series.values).map { year, value in
                "\(year): " + (value.flatMap { $0.isFinite ? format($0) : nil } ?? "no data")
            }
            return series.name + " — " + points.joined(separator: ", ")
        }
        return "\(yLabel) by \(xLabel.lowercased()). " + lines.joined(separator: "; ") + "."
    }

    /// `value` as the y axis writes it.
    func format(_ value: Double, tickStep: Double? = nil) -> String {
        let text: String
        switch valueStyle {
        case .count:
            text = SVGText.fixed(value, decimals: 0)
        case .decimal(let decimals):
            text = SVGText.fixed(value, decimals: tickStep.map { Self.decimals(for: $0) } ?? decimals)
        case .percent(let decimals):
            text = SVGText.fixed(value * 100, decimals: tickStep.map { Self.decimals(for: $0 * 100) } ?? decimals) + " %"
        }
        let localized = decimalSeparator == "." ? text : text.replacingOccurrences(of: ".", with: decimalSeparator)
        return localized.hasPrefix("-") ? "−" + localized.dropFirst() : localized
    }

    /// Decimals needed to write multiples of `step` exactly.
    static func decimals(for step: Double) -> Int {
        var decimals = 0
        var scaled = step
        while decimals < 6, abs(scaled - scaled.rounded()) > 1e-9 * max(1, abs(scaled)) {
            scaled *= 10
            decimals += 1
        }
        return decimals
    }

    private func drawTitle(into svg: inout SVGWriter) {
        svg.text(title, x: 24, y: 30, attributes: #"font-size="18" font-weight="bold" fill="\#(Ink.text)""#)
        if let subtitle {
            svg.text(subtitle, x: 24, y: 50, attributes: #"font-size="13" fill="\#(Ink.muted)""#)
        }
    }

    private func drawAxes(into svg: inout SVGWriter, frame: ChartFrame) {
        svg.line(#"<g font-size="12" fill="\#(Ink.axis)">"#)
        for tick in frame.yTicks {
            let y = SVGText.coordinate(frame.y(tick))
            svg.line(#"<line x1="\#(SVGText.coordinate(frame.left))" y1="\#(y)" x2="\#(SVGText.coordinate(frame.right))" y2="\#(y)" stroke="\#(Ink.grid)" stroke-width="1"/>"#)
            svg.text(format(tick, tickStep: frame.yStep), x: frame.left - 8, y: frame.y(tick) + 4,
                     attributes: #"text-anchor="end""#)
        }
        for year in frame.xTicks {
            let x = frame.x(year)
            svg.line(#"<line x1="\#(SVGText.coordinate(x))" y1="\#(SVGText.coordinate(frame.bottom))" x2="\#(SVGText.coordinate(x))" y2="\#(SVGText.coordinate(frame.bottom + 5))" stroke="\#(Ink.axis)" stroke-width="1"/>"#)
            svg.text(String(year), x: x, y: frame.bottom + 20, attributes: #"text-anchor="middle""#)
        }
        let bottom = SVGText.coordinate(frame.bottom), left = SVGText.coordinate(frame.left)
        svg.line(#"<line x1="\#(left)" y1="\#(bottom)" x2="\#(SVGText.coordinate(frame.right))" y2="\#(bottom)" stroke="\#(Ink.axis)" stroke-width="1"/>"#)
        svg.line(#"<line x1="\#(left)" y1="\#(SVGText.coordinate(frame.top))" x2="\#(left)" y2="\#(bottom)" stroke="\#(Ink.axis)" stroke-width="1"/>"#)
        svg.text(xLabel, x: (frame.left + frame.right) / 2, y: frame.bottom + 42,
                 attributes: #"font-size="13" text-anchor="middle" fill="\#(Ink.text)""#)
        let middle = SVGText.coordinate((frame.top + frame.bottom) / 2)
        svg.line(#"<text transform="translate(20 \#(middle)) rotate(-90)" font-size="13" text-anchor="middle" fill="\#(Ink.text)">\#(SVGText.escaped(yLabel))</text>"#)
        svg.line("</g>")
    }

    private func drawSeries(into svg: inout SVGWriter, frame: ChartFrame) {
        var endLabels: [(y: Double, x: Double, text: String, colour: String)] = []
        for (index, series) in series.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            let dash = Self.dashes[index % Self.dashes.count]
            let points = zip(years, series.values).compactMap { year, value -> (Int, Double)? in
                guard let value, value.isFinite else { return nil }
                return (year, value)
            }
            var path = ""
            var previousIndex = -2
            for (position, (year, value)) in zip(years, series.values).enumerated() {
                guard let value, value.isFinite else { continue }
                path += (position == previousIndex + 1 ? " L" : " M")
                    + SVGText.coordinate(frame.x(year)) + " " + SVGText.coordinate(frame.y(value))
                previousIndex = position
            }
            svg.line(#"<g fill="\#(colour)" stroke="\#(colour)">"#)
            if !path.isEmpty {
                let dashAttribute = dash.isEmpty ? "" : #" stroke-dasharray="\#(dash)""#
                svg.line(#"<path d="\#(path.dropFirst())" fill="none" stroke-width="2.5" stroke-linejoin="round"\#(dashAttribute)/>"#)
            }
            for (year, value) in points {
                svg.line(#"<g><title>\#(SVGText.escaped("\(series.name), \(year): \(format(value))"))</title>"#
                    + Self.marker(index, x: frame.x(year), y: frame.y(value)) + "</g>")
            }
            svg.line("</g>")
            if let last = points.last {
                endLabels.append((frame.y(last.1), frame.x(last.0) + 10, format(last.1), colour))
            }
        }
        // End labels: pushed apart vertically so two close lines keep readable values.
        endLabels.sort { ($0.y, $0.text) < ($1.y, $1.text) }
        for i in endLabels.indices.dropFirst() where endLabels[i].y - endLabels[i - 1].y < 15 {
            endLabels[i].y = endLabels[i - 1].y + 15
        }
        for label in endLabels {
            svg.text(label.text, x: label.x, y: label.y + 4,
                     attributes: #"font-size="12" font-weight="bold" fill="\#(label.colour)""#)
        }
    }

    private func drawLegend(into svg: inout SVGWriter, top: Double) {
        var x = 24.0
        svg.line(#"<g font-size="13" fill="\#(Ink.text)">"#)
        for (index, series) in series.enumerated() {
            let colour = Self.palette[index % Self.palette.count]
            let dash = Self.dashes[index % Self.dashes.count]
            let dashAttribute = dash.isEmpty ? "" : #" stroke-dasharray="\#(dash)""#
            let y = SVGText.coordinate(top)
            svg.line(#"<line x1="\#(SVGText.coordinate(x))" y1="\#(y)" x2="\#(SVGText.coordinate(x + 28))" y2="\#(y)" stroke="\#(colour)" stroke-width="2.5"\#(dashAttribute)/>"#)
            svg.line(#"<g fill="\#(colour)" stroke="\#(colour)">"# + Self.marker(index, x: x + 14, y: top) + "</g>")
            svg.text(series.name, x: x + 36, y: top + 4.5, attributes: "")
            x += 36 + ChartFrame.textWidth(series.name, fontSize: 13) + 24
        }
        svg.line("</g>")
    }

    /// Marker shape per series: circle, square, triangle, diamond.
    static func marker(_ index: Int, x: Double, y: Double) -> String {
        let cx = SVGText.coordinate(x), cy = SVGText.coordinate(y)
        func point(_ dx: Double, _ dy: Double) -> String {
            SVGText.coordinate(x + dx) + "," + SVGText.coordinate(y + dy)
        }
        switch index % 4 {
        case 0:
            return #"<circle cx="\#(cx)" cy="\#(cy)" r="4.5"/>"#
        case 1:
            return #"<rect x="\#(SVGText.coordinate(x - 4))" y="\#(SVGText.coordinate(y - 4))" width="8" height="8"/>"#
        case 2:
            return #"<polygon points="\#(point(0, -5.5)) \#(point(5, 4)) \#(point(-5, 4))"/>"#
        default:
            return #"<polygon points="\#(point(0, -5.5)) \#(point(5.5, 0)) \#(point(0, 5.5)) \#(point(-5.5, 0))"/>"#
        }
    }
}

/// Greys of the chart's text and lines (the series use ``LineChart/palette``).
enum Ink {
    static let text = "#1A1A1A"
    static let muted = "#4D4D4D"
    static let axis = "#333333"
    static let grid = "#E0E0E0"
    static let background = "#FFFFFF"
}

/// Plot area and scales of a ``LineChart``.
struct ChartFrame {
    let left: Double, right: Double, top: Double, bottom: Double
    let legendTop: Double
    let yTicks: [Double]
    let yStep: Double
    let xTicks: [Int]
    private let yMin: Double, yMax: Double
    private let xMin: Double, xMax: Double

    init(chart: LineChart) {
        let values = chart.series.flatMap { $0.values.compactMap { $0 }.filter(\.isFinite) }
        let low = min(0, values.min() ?? 0)
        var high = max(values.max() ?? 0, low)
        if high == low { high = low + (chart.valueStyle == .count ? 5 : 1) }
        let step = Self.niceStep((high - low) / 5)
        yStep = step
        let yMin = (low / step).rounded(.down) * step
        let yMax = (high / step).rounded(.up) * step
        self.yMin = yMin
        self.yMax = yMax
        let count = Int(((yMax - yMin) / step).rounded())
        let yTicks = (0...max(0, count)).map { yMin + Double($0) * step }
        self.yTicks = yTicks

        let widest = yTicks.map { ChartFrame.textWidth(chart.format($0, tickStep: step), fontSize: 12) }.max() ?? 0
        let lastValues = chart.series.compactMap { $0.values.last(where: { $0?.isFinite == true }) ?? nil }
        let endWidth = lastValues.map { ChartFrame.textWidth(chart.format($0), fontSize: 12) }.max() ?? 0
        legendTop = chart.subtitle == nil ? 56 : 74
        left = max(64, 40 + widest + 12)
        right = Double(chart.width) - max(24, endWidth + 22)
        top = legendTop + 26
        bottom = Double(chart.height) - 58

        let years = chart.years
        xMin = Double(years.first ?? 0)
        xMax = Double(years.last ?? 0)
        // At most about one tick per 48 px; always the first and last year.
        let room = max(1, Int((right - left) / 48))
        let stride = max(1, (years.count + room - 1) / room)
        var ticks = years.enumerated().filter { $0.offset % stride == 0 }.map(\.element)
        if let last = years.last, ticks.last != last { ticks.append(last) }
        xTicks = ticks
    }

    /// Pixels inside the plot area kept free at each end of the x axis.
    private var inset: Double { 24 }

    func x(_ year: Int) -> Double {
        guard xMax > xMin else { return (left + right) / 2 }
        return left + inset + (Double(year) - xMin) / (xMax - xMin) * (right - left - 2 * inset)
    }

    func y(_ value: Double) -> Double {
        bottom - (value - yMin) / (yMax - yMin) * (bottom - top)
    }

    /// The smallest 1, 2 or 5 × 10ᵏ at least `rough` (Heckbert 1990, "Nice numbers for graph labels").
    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        for factor in [1.0, 2.0, 5.0, 10.0] where factor * power >= rough * (1 - 1e-12) {
            return factor * power
        }
        return 10 * power
    }

    /// Approximate advance width of `text` in a sans-serif font: enough to place labels without a
    /// font engine.
    static func textWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }
}

/// Accumulates SVG lines.
struct SVGWriter {
    private(set) var text = ""

    mutating func line(_ content: String) {
        text += content
        text += "\n"
    }

    mutating func element(_ name: String, text content: String) {
        line("<\(name)>\(SVGText.escaped(content))</\(name)>")
    }

    mutating func text(_ content: String, x: Double, y: Double, attributes: String) {
        let extra = attributes.isEmpty ? "" : " " + attributes
        line(#"<text x="\#(SVGText.coordinate(x))" y="\#(SVGText.coordinate(y))"\#(extra)>\#(SVGText.escaped(content))</text>"#)
    }
}
