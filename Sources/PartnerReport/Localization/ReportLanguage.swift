/// A language the report is written in (`--lang`).
public enum ReportLanguage: String, CaseIterable, Sendable {
    case english = "en"
    case french = "fr"

    /// Every label of the report in this language.
    public var localization: Localization {
        switch self {
        case .english: .english
        case .french: .french
        }
    }

    /// How numbers are written in this language.
    public var numbers: NumberFormat {
        switch self {
        case .english: .english
        case .french: .french
        }
    }
}
