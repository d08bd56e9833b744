import Foundation
import PartnerCore
import PartnerRender

/// A page or data file of a report, ready to write or send.
public struct ReportResource: Sendable {
    public let route: ReportRoute
    public let body: Data
    /// `text/html; charset=utf-8`, `text/csv; charset=utf-8` …
    public var mediaType: String { route.mediaType }
}

/// The HTML report of a network as a site: any page or data file produced on demand.
///
/// The analyses run once, when the site is made; each map is drawn the first time a page needs it
/// and kept, so a server answers the second request for a region at once and a folder is written by
/// asking for every route (``ReportWriter``). Pages link to each other through one rule,
/// ``ReportLinks``: relative file paths for a folder, `/networks/{id}/…` addresses for the server.
///
/// The pages are self-contained: styles and the small sorting script are inline, maps and charts
/// are inline SVG, nothing is loaded from the network.
///
/// ```swift
/// let site = try ReportSite(network: network, options: ReportOptions(language: .french),
///                           links: .server(base: "/networks/7"))
/// let page = try site.resource(.region(slug: "gaspesie-iles-de-la-madeleine"))
/// ```
///
/// Safe to use from several threads: maps are drawn under Graphviz's lock and kept behind a lock of
/// their own.
public final class ReportSite: Sendable {
    private let templates: PageTemplates
    private let content: ReportContent
    private let context: PageContext
    private let maps: ReportMaps
    private let regionIndex: [String: Int]

    /// Runs every analysis of the report; draws no map yet. `navigation` is the bar a server shows
    /// above every page (home, languages); a folder has none.
    ///
    /// - Throws: ``ReportError`` for options the data cannot satisfy; ``PartnerCore/InputOutputError``
    ///   when the templates are missing from the installation.
    public init(network: PartnershipNetwork, options: ReportOptions, links: ReportLinks = .folder,
                navigation: SiteNavigation? = nil, progress: ReportProgress = .silent) throws {
        templates = try PageTemplates()
        let content = try ReportContent(network: network, options: options, progress: progress)
        let context = PageContext(content: content, options: options, export: DataExport(content: content),
                                  links: links, navigation: navigation)
        // Suggested ties carry their reasons, in the page's language, into the map's tooltips.
        let wording = FindingWording(t: context.t, numbers: context.numbers, network: content.network)
        let suggested = content.regions.map { region in
            (region.gaps?.suggestions ?? []).map { suggestion in
                SuggestedTie(source: suggestion.source, target: suggestion.target,
                             reasons: wording.reasons(suggestion).map(\.text))
            }
        }
        maps = ReportMaps(content: content, suggested: suggested, t: context.t)
        regionIndex = Dictionary(content.regions.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { a, _ in a })
        self.content = content
        self.context = context
    }

    /// Every page and data file of the report: the overview, one page per region (in the data's
    /// order of regions), then the data tables.
    public var routes: [ReportRoute] {
        pageRoutes + context.export.routes
    }

    /// The overview and the region pages, in order.
    public var pageRoutes: [ReportRoute] {
        [.overview] + content.regions.map(\.route)
    }

    /// The regions, with the route of each one's page, in the data's order.
    public var regions: [(name: String, route: ReportRoute)] {
        content.regions.map { ($0.region.name, $0.route) }
    }

    /// The page or data file at `route`, or `nil` for a route the report does not have (a region
    /// slug or table name it does not know).
    ///
    /// - Throws: ``PartnerRender/GraphvizError`` when Graphviz cannot draw a map the page needs;
    ///   ``PartnerCore/InputOutputError`` when a template or table cannot be rendered.
    public func resource(_ route: ReportRoute) throws -> ReportResource? {
        let body: Data
        switch route {
        case .overview:
            let page = IndexPage(content: content, map: try maps.province(),
                                 legend: maps.legend(for: content.whole), context: context)
            body = Data(try templates.render(.index, page).utf8)
        case .region(let slug):
            guard let index = regionIndex[slug] else { return nil }
            let region = content.regions[index]
            let page = RegionPage(content: content, index: index, maps: try maps.region(index),
                                  legend: maps.legend(for: region.snapshot), context: context)
            body = Data(try templates.render(.region, page).utf8)
        case let .dataFile(name, format):
            guard let data = try context.export.file(name: name, format: format) else { return nil }
            body = data
        }
        return ReportResource(route: route, body: body)
    }

    /// Draws every map not drawn yet — the whole network's, then each region's, in order —
    /// reporting the `maps` stage. A folder is drawn this way so its maps come out byte-identical
    /// from run to run; a server need not call it.
    ///
    /// - Throws: ``PartnerRender/GraphvizError`` when Graphviz cannot draw a map.
    public func drawMaps(progress: ReportProgress = .silent) throws(GraphvizError) {
        try maps.drawAll(progress: progress)
    }
}
