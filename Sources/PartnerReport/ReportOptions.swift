/// What `partnermap report` writes.
public struct ReportOptions: Sendable {
    /// Survey year the maps, figures and gaps describe; `nil` for the latest year in the data.
    /// Growth charts and year-to-year changes cover every survey year up to it.
    public var year: Int?
    public var language: ReportLanguage
    /// Title of every page; `nil` for the language's default ("Partnership network report").
    public var title: String?
    /// Suggested partnerships listed per region.
    public var suggestionsPerRegion: Int
    /// Brokers listed per region.
    public var brokersPerRegion: Int

    public init(year: Int? = nil, language: ReportLanguage = .english, title: String? = nil,
                suggestionsPerRegion: Int = 10, brokersPerRegion: Int = 5) {
        self.year = year
        self.language = language
        self.title = title
        self.suggestionsPerRegion = suggestionsPerRegion
        self.brokersPerRegion = brokersPerRegion
    }
}
