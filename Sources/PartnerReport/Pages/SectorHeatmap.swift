import Foundation
import PartnerCore
import PartnerMetrics

/// The sector × sector heatmap of the overview: an HTML table whose cells count the ties between two
/// sectors and are coloured by observed ÷ expected (``PartnerMetrics/MixingMatrix``).
///
/// The colour scale is diverging around 1 (as many ties as chance): log₂ of the ratio, clipped to
/// ±2 (a quarter to four times the expected count), from red (fewer) through white to blue (more) —
/// ColorBrewer RdBu's ends (#B2182B, #2166AC), which stay apart for the common colour-vision
/// deficiencies. A pair with nothing expected stays white. The count is printed in every cell, so
/// the table reads without colour too.
struct SectorHeatmap: Sendable {
    struct HeatCell: Sendable {
        var text: String
        var title: String
        var background: String
        var foreground: String
    }

    struct Row: Sendable {
        var sector: String
        var cells: [HeatCell]
    }

    var columns: [String]
    var rows: [Row]

    init(sectors: [Sector], mixing: MixingMatrix, t: Localization, numbers: NumberFormat) {
        columns = sectors.map(\.name)
        rows = sectors.indices.map { a in
            Row(sector: sectors[a].name, cells: sectors.indices.map { b in
                let observed = mixing.observed[a][b], expected = mixing.expected[a][b]
                let ratio = mixing.ratio[a][b]
                let (background, foreground) = Self.colors(ratio: ratio)
                let title = "\(sectors[a].name) × \(sectors[b].name): \(t.observed) \(numbers.integer(observed)), "
                    + "\(t.expected) \(numbers.decimal(expected, digits: 1)), \(t.ratio) \(numbers.decimal(ratio, digits: 2))"
                return HeatCell(text: numbers.integer(observed), title: title,
                                background: background, foreground: foreground)
            })
        }
    }

    /// Background and text colour for a ratio.
    static func colors(ratio: Double?) -> (background: String, foreground: String) {
        guard let ratio, ratio.isFinite else { return ("#FFFFFF", "#1A1A1A") }
        let position = max(-2, min(2, ratio > 0 ? log2(ratio) : -2)) / 2 // −1 … 1
        let low: (Double, Double, Double) = (0xB2, 0x18, 0x2B), high: (Double, Double, Double) = (0x21, 0x66, 0xAC)
        let white: (Double, Double, Double) = (0xF7, 0xF7, 0xF7)
        let end = position < 0 ? low : high
        let f = abs(position)
        let mix = { (w: Double, e: Double) in Int((w + (e - w) * f).rounded()) }
        let rgb = [mix(white.0, end.0), mix(white.1, end.1), mix(white.2, end.2)]
        let hex = "#" + rgb.map { String($0, radix: 16, uppercase: true).leftPadded(to: 2) }.joined()
        return (hex, f > 0.55 ? "#FFFFFF" : "#1A1A1A")
    }
}

extension String {
    /// The string with `0`s in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
