import Foundation
import PartnerCore
import Testing
@testable import PartnerReport

/// The sample's network, loaded once.
private let sampleNetwork = Result { try ReportTestSupport.load(ReportTestSupport.sample) }

/// Every `href="…"` value of a page, in order.
private func hrefs(_ html: String) -> [String] {
    html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"", maxSplits: 1).first }
        .map(String.init)
}

@Suite("ReportSite: pages on demand, routes and the one link rule")
struct ReportSiteTests {
    @Test("A folder links by relative file paths, from the page's own folder")
    func folderLinks() {
        let links = ReportLinks.folder
        #expect(links.href(.region(slug: "gaspesie"), from: .overview) == "regions/gaspesie.html")
        #expect(links.href(.overview, from: .region(slug: "gaspesie")) == "../index.html")
        #expect(links.href(.region(slug: "laval"), from: .region(slug: "gaspesie")) == "laval.html")
        #expect(links.href(.dataFile(name: "gaps", format: .csv), from: .region(slug: "laval")) == "../data/gaps.csv")
        #expect(links.href(.dataFile(name: "gaps", format: .json), from: .overview) == "data/gaps.json")
        #expect(!links.isServer)
    }

    @Test("A server links by absolute addresses under the network, with the query on every link")
    func serverLinks() {
        let links = ReportLinks.server(base: "/networks/7/", query: "lang=fr")
        #expect(links.href(.overview, from: .region(slug: "a")) == "/networks/7?lang=fr")
        #expect(links.href(.region(slug: "gaspesie"), from: .overview) == "/networks/7/regions/gaspesie?lang=fr")
        #expect(links.href(.dataFile(name: "organizations", format: .csv), from: .overview)
            == "/networks/7/data/organizations.csv?lang=fr")
        // A slug that is not a plain slug still makes one address segment.
        #expect(ReportLinks.server(base: "/n/1").href(.region(slug: "a/b c"), from: .overview) == "/n/1/regions/a%2Fb%20c")
        #expect(links.isServer)
    }

    @Test("Every route's path reads back as the route; other paths have no route")
    func routePaths() throws {
        let site = try ReportSite(network: sampleNetwork.get(), options: ReportOptions())
        #expect(site.routes.count == 1 + site.regions.count + 6)
        for route in site.routes {
            #expect(ReportRoute(path: route.path) == route)
        }
        for path in ["", "index.htm", "regions/.html", "regions/a/b.html", "data/x.txt", "data/.csv", "../index.html"] {
            #expect(ReportRoute(path: path) == nil, "\(path)")
        }
    }

    @Test("A served region page links only to the network's addresses and shows the language bar")
    func servedPage() throws {
        let network = try sampleNetwork.get()
        let navigation = SiteNavigation(homeLabel: "Networks", homeHref: "/", languages: [
            .init(language: .english, label: "English", links: .server(base: "/networks/3", query: "lang=en")),
            .init(language: .french, label: "Français", links: .server(base: "/networks/3", query: "lang=fr")),
        ])
        let site = try ReportSite(network: network, options: ReportOptions(language: .french),
                                  links: .server(base: "/networks/3", query: "lang=fr"), navigation: navigation)
        let (name, route) = try #require(site.regions.first)
        let page = try #require(try site.resource(route))
        #expect(page.mediaType == "text/html; charset=utf-8")
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(html.contains(name.replacingOccurrences(of: "'", with: "&#39;")) || html.contains(name))
        let links = hrefs(html).filter { !$0.hasPrefix("#") && !$0.hasPrefix("data:") }
        #expect(!links.isEmpty)
        for link in links {
            #expect(link == "/" || link.hasPrefix("/networks/3"), "\(link)")
        }
        guard case .region(let slug) = route else { Issue.record("not a region"); return }
        #expect(links.contains("/networks/3/regions/\(slug)?lang=en"))
        #expect(links.contains("/networks/3?lang=fr"))
        #expect(html.contains("aria-current=\"page\">Français</a>"))
    }

    @Test("A folder's pages have no site bar, and unknown routes have no resource")
    func folderPagesAndUnknownRoutes() throws {
        let site = try ReportSite(network: sampleNetwork.get(), options: ReportOptions())
        let index = try #require(try site.resource(.overview))
        let html = String(decoding: index.body, as: UTF8.self)
        #expect(!html.contains("nav class=\"site\""))
        #expect(!html.contains("nav.site"))
        #expect(try site.resource(.region(slug: "no-such-region")) == nil)
        #expect(try site.resource(.dataFile(name: "nothing", format: .csv)) == nil)
        let csv = try #require(try site.resource(.dataFile(name: "regions", format: .csv)))
        #expect(String(decoding: csv.body, as: UTF8.self).hasPrefix("region,page,organizations,ties"))
        #expect(csv.mediaType == "text/csv; charset=utf-8")
    }

    @Test("The folder holds exactly the site's routes, with the site's bytes")
    func writerWritesEveryRoute() throws {
        let network = try sampleNetwork.get()
        let out = try ReportTestSupport.temporaryFolder().appendingPathComponent("report")
        let summary = try ReportWriter.write(network: network, options: ReportOptions(),
                                             to: ReportFolder(path: out.path, force: false))
        let site = try ReportSite(network: network, options: ReportOptions())
        #expect(summary.files == site.routes.map(\.path).sorted())
        for route in [ReportRoute.dataFile(name: "organizations", format: .json), .region(slug: site.regions[1].route.path
            .dropFirst("regions/".count).dropLast(5).description)] {
            let written = try Data(contentsOf: out.appendingPathComponent(route.path))
            #expect(try site.resource(route)?.body == written, "\(route)")
        }
    }

    @Test("A template that cannot be rendered is an error, never an empty page")
    func missingTemplateThrows() throws {
        let templates = try PageTemplates(names: PageTemplates.names.filter { $0 != "region" })
        #expect(throws: InputOutputError.self) { try templates.render(.region, [String: String]()) }
    }
}
