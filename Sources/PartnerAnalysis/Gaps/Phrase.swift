import Foundation

/// Small helpers that turn numbers and lists into the plain English of gap explanations.
enum Phrase {
    /// "1 tie", "3 ties", "2 organizations".
    static func count(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    /// "1 organization loses its route" / "3 organizations lose their route".
    static func loseRoute(_ n: Int) -> String {
        n == 1 ? "1 organization loses its route" : "\(n) organizations lose their route"
    }

    /// "A", "A and B", "A, B and C"; after `limit` items, "A, B, C and 4 others".
    static func list(_ items: [String], limit: Int = 6) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        if items.count > limit {
            let rest = items.count - limit
            return items.prefix(limit).joined(separator: ", ") + " and \(count(rest, "other"))"
        }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    /// A number with at most two decimals and no trailing zeros: 2, 2.5, 0.33. Locale-independent.
    static func decimal(_ value: Double) -> String {
        guard value.isFinite else { return "n/a" }
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}

extension String {
    /// The string with its first letter upper-cased ("education" → "Education"), for sentence starts.
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
