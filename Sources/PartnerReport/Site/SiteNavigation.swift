/// The bar a served report shows above every page: a link home and the page in each language.
/// A report folder has none.
public struct SiteNavigation: Sendable {
    /// The page in another language (or this one): its name and how its pages link.
    public struct Language: Sendable {
        public var language: ReportLanguage
        /// The language's own name (`English`, `Français`).
        public var label: String
        public var links: ReportLinks

        public init(language: ReportLanguage, label: String, links: ReportLinks) {
            self.language = language
            self.label = label
            self.links = links
        }
    }

    public var homeLabel: String
    public var homeHref: String
    public var languages: [Language]

    public init(homeLabel: String, homeHref: String, languages: [Language]) {
        self.homeLabel = homeLabel
        self.homeHref = homeHref
        self.languages = languages
    }
}

/// What the layout reads of ``SiteNavigation`` for one page.
struct SiteBar: Sendable {
    struct LanguageLink: Sendable {
        var label: String
        var href: String
        var lang: String
        var current: Bool
    }

    var homeLabel: String
    var homeHref: String
    var languages: [LanguageLink]

    init(_ navigation: SiteNavigation, page: ReportRoute, current: ReportLanguage) {
        homeLabel = navigation.homeLabel
        homeHref = navigation.homeHref
        languages = navigation.languages.map { language in
            LanguageLink(label: language.label, href: language.links.href(page, from: page),
                         lang: language.language.rawValue, current: language.language == current)
        }
    }
}
