/// What every page of one report shares: language, title and the list of data files.
struct PageContext: Sendable {
    let t: Localization
    let numbers: NumberFormat
    let title: String
    /// "Survey year 2022 · 301 organizations".
    let subtitle: String
    let export: DataExport
    /// How pages link to each other (files of a folder, or a server's addresses).
    let links: ReportLinks
    let navigation: SiteNavigation?
    let language: ReportLanguage

    init(content: ReportContent, options: ReportOptions, export: DataExport, links: ReportLinks,
         navigation: SiteNavigation? = nil) {
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
        self.links = links
        self.navigation = navigation
        language = options.language
    }

    /// The served site's bar on `page`; `nil` in a folder.
    func siteBar(on page: ReportRoute) -> SiteBar? {
        navigation.map { SiteBar($0, page: page, current: language) }
    }

    /// The data-file rows, linked from `page`.
    func dataFiles(from page: ReportRoute) -> [DataFileRow] {
        export.rows(localization: t) { links.href($0, from: page) }
    }

    /// The `href` from `page` to `target`, by the site's one link rule.
    func href(_ target: ReportRoute, from page: ReportRoute) -> String {
        links.href(target, from: page)
    }
}
