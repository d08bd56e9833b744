/// What every page of one report shares: language, title and the list of data files.
struct PageContext: Sendable {
    let t: Localization
    let numbers: NumberFormat
    let title: String
    /// "Survey year 2022 · 301 organizations".
    let subtitle: String
    let export: DataExport

    init(content: ReportContent, options: ReportOptions, export: DataExport) {
        t = options.language.localization
        numbers = options.language.numbers
        let title = options.title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        self.title = title.isEmpty ? t.defaultTitle : title
        var parts: [String] = []
        if let year = content.year { parts.append(t.surveyYear(year)) }
        parts.append(t.count(content.wholeFigures.organizations, numbers,
                             singular: t.organizationNoun, plural: t.organizationsNoun))
        parts.append(t.count(content.wholeFigures.ties, numbers, singular: t.tieNoun, plural: t.tiesNoun))
        subtitle = parts.joined(separator: " · ")
        self.export = export
    }

    /// The data-file rows with links relative to a page (`""` at the top, `"../"` in `regions/`).
    func dataFiles(prefix: String) -> [DataFileRow] {
        export.rows(localization: t, prefix: prefix)
    }
}
