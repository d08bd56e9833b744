/// Writes numbers for people, in one language's conventions, without asking the machine's locale:
/// the same report comes out byte for byte on every machine.
///
/// - English: `1,234`, `0.42`, `42.5%`.
/// - French (Office québécois de la langue française, *Banque de dépannage linguistique*, "Espacement
///   avec les nombres"; CLDR `fr`): `1 234` with a narrow no-break space (U+202F) between groups of
///   three, a decimal comma `0,42`, and a narrow no-break space before the percent sign, `42,5 %`.
///
/// Negative numbers take the minus sign U+2212, as typeset text does. Undefined values (`nil`, NaN,
/// infinities) are written ``missing``.
public struct NumberFormat: Sendable, Hashable {
    public let decimalSeparator: String
    public let groupingSeparator: String
    /// What follows a percentage (`%` or `\u{202F}%`).
    public let percentSuffix: String
    /// What stands for an undefined value.
    public let missing: String

    public static let english = NumberFormat(decimalSeparator: ".", groupingSeparator: ",",
                                             percentSuffix: "%", missing: "—")
    public static let french = NumberFormat(decimalSeparator: ",", groupingSeparator: "\u{202F}",
                                            percentSuffix: "\u{202F}%", missing: "—")

    /// A whole number with grouped thousands: `12,345` / `12 345`.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "\u{2212}" : "") + grouped(digits)
    }

    /// `value` rounded to exactly `digits` decimals (half away from zero); ``missing`` when undefined.
    /// A value that rounds to zero is written without a sign.
    public func decimal(_ value: Double?, digits: Int) -> String {
        guard let value, value.isFinite else { return missing }
        let digits = max(0, min(digits, 9))
        var power = 1.0
        for _ in 0..<digits { power *= 10 }
        let scaled = (value.magnitude * power).rounded(.toNearestOrAwayFromZero)
        // Report figures are far below 2⁶³; clamp rather than trap on absurd input.
        let whole = UInt64(min(scaled, 9.0e18))
        let divisor = UInt64(power)
        var text = grouped(String(whole / divisor))
        if digits > 0 {
            let fraction = String(whole % divisor)
            text += decimalSeparator + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return (value < 0 && whole > 0 ? "\u{2212}" : "") + text
    }

    /// A share in 0…1 as a percentage with `digits` decimals: `42.5%` / `42,5 %`.
    public func percent(_ share: Double?, digits: Int = 1) -> String {
        guard let share, share.isFinite else { return missing }
        return decimal(share * 100, digits: digits) + percentSuffix
    }

    /// Inserts the grouping separator every three digits from the right.
    private func grouped(_ digits: String) -> String {
        guard digits.count > 3 else { return digits }
        var out = ""
        for (position, digit) in digits.enumerated() {
            if position > 0, (digits.count - position) % 3 == 0 { out += groupingSeparator }
            out.append(digit)
        }
        return out
    }
}
