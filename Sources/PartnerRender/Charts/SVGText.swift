/// Text and number formatting for hand-written SVG: escaping and locale-free decimals.
enum SVGText {
    /// Escapes `&`, `<`, `>`, `"` and `'` so any text is safe in SVG element content and in
    /// attribute values; control characters other than tab and newline (not allowed in XML 1.0)
    /// become U+FFFD, and newlines become spaces (SVG `<text>` does not break lines).
    static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || (0xFFFE...0xFFFF).contains(scalar.value) {
                    out.unicodeScalars.append("\u{FFFD}")
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// `value` with exactly `decimals` digits after the point, independent of locale
    /// ("-0" is written "0"), so the same chart is the same bytes on every machine.
    static func fixed(_ value: Double, decimals: Int) -> String {
        guard value.isFinite else { return "0" }
        var power: Int64 = 1
        for _ in 0..<max(0, decimals) { power *= 10 }
        // Magnitudes in a chart are far below 2⁶³ / 10^decimals; clamp anyway rather than trap.
        let magnitude = min((abs(value) * Double(power)).rounded(), 9.0e15)
        let scaled = Int64(magnitude)
        var text = (value < 0 && scaled > 0 ? "-" : "") + String(scaled / power)
        if decimals > 0 {
            let digits = String(scaled % power)
            text += "." + String(repeating: "0", count: decimals - digits.count) + digits
        }
        return text
    }

    /// Coordinates in SVG user units, to 0.1 unit.
    static func coordinate(_ value: Double) -> String {
        var text = fixed(value, decimals: 1)
        if text.hasSuffix(".0") { text.removeLast(2) }
        return text
    }
}
