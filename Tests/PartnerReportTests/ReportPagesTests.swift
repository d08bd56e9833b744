import Foundation
import PartnerCore
import Testing
@testable import PartnerReport

/// The sample's report, written once per language for every test that only reads it (a report of
/// the sample takes seconds in a debug build).
enum SampleReports {
    static let english = Result { try writeReport(ReportTestSupport.sample) }
    static let french = Result { try writeReport(ReportTestSupport.sample, options: ReportOptions(language: .french)) }

    static func report(_ language: ReportLanguage) throws -> URL {
        try (language == .english ? english : french).get()
    }

    /// Writes the report of `data` into a new folder and returns the folder.
    static func writeReport(_ data: URL, options: ReportOptions = ReportOptions()) throws -> URL {
        let out = try ReportTestSupport.temporaryFolder().appendingPathComponent("report")
        let folder = try ReportFolder(path: out.path, force: false)
        try ReportWriter.write(network: ReportTestSupport.load(data), options: options, to: folder)
        return out
    }
}

@Suite("The report's pages, files and escaping")
struct ReportPagesTests {
    func writeReport(_ data: URL, options: ReportOptions = ReportOptions()) throws -> URL {
        try SampleReports.writeReport(data, options: options)
    }

    func read(_ folder: URL, _ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    @Test("Hostile organization and region names come out as text in HTML, CSV and JSON")
    func hostileNamesAreEscaped() throws {
        let data = try ReportTestSupport.hostileSampleCopy()
        let out = try writeReport(data)
        let network = try ReportTestSupport.load(data)
        let region = try #require(network.regions.first { $0.name == ReportTestSupport.hostileRegionName })
        let regionPage = try read(out, "regions/\(region.slug).html")
        let index = try read(out, "index.html")

        for page in [index, regionPage] {
            #expect(!page.contains("<script>alert"))
            #expect(!page.contains("<b>Bold</b>"))
            #expect(!page.contains("<i>\"Évasion\"</i>"))
            #expect(page.contains("R&#233;gion") || page.contains("Région &lt;i&gt;"))
        }
        // The region page lists the organization, escaped once (not twice: no &amp;lt;).
        #expect(regionPage.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &lt;b&gt;Bold&lt;/b&gt;"))
        #expect(!regionPage.contains("&amp;lt;"))
        // Mustache tags inside data are not expanded.
        #expect(regionPage.contains("{{mustache}}"))
        // Only the page's own script element exists.
        #expect(regionPage.components(separatedBy: "<script>").count == 2)

        let csv = try read(out, "data/organizations.csv")
        #expect(csv.contains("\"<script>alert(\"\"pwned\"\")</script>"))
        let json = try read(out, "data/organizations.json")
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(records.contains { $0["name"] as? String == ReportTestSupport.hostileName })
    }

    @Test("Index links every region page; every page and data file exists")
    func structure() throws {
        let out = try SampleReports.report(.english)
        let network = try ReportTestSupport.load(ReportTestSupport.sample)
        let index = try read(out, "index.html")
        #expect(index.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        for region in network.regions {
            let href = "regions/\(region.slug).html"
            #expect(index.contains("href=\"\(href)\""), "index links \(href)")
            let page = try read(out, href)
            #expect(page.contains("<h1>\(region.name)</h1>"))
            #expect(page.contains("href=\"../index.html\""))
            // One row per organization of the region active in the latest year.
            let members = network.snapshot(year: network.latestYear, region: region).memberCount
            let table = try #require(page.components(separatedBy: "id=\"organization-table\"").last)
            let body = try #require(table.components(separatedBy: "<tbody>").dropFirst().first?
                .components(separatedBy: "</tbody>").first)
            #expect(body.components(separatedBy: "<tr>").count - 1 == members)
        }
        for name in ["organizations", "regions"] {
            for format in ["csv", "json"] {
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("data/\(name).\(format)").path))
                #expect(index.contains("href=\"data/\(name).\(format)\""))
            }
        }
        // No reference to anything outside the folder.
        for page in [index] {
            #expect(!page.contains("http://") || !page.contains("src=\"http"))
            #expect(!page.contains("https://"))
        }
    }

    @Test("Region pages show the planted gaps of the sample, in English and in French")
    func plantedGaps() throws {
        for language in ReportLanguage.allCases {
            let out = try SampleReports.report(language)
            let t = language.localization
            let lanaudiere = try read(out, "regions/lanaudiere.html")
            let gaps = try #require(lanaudiere.components(separatedBy: "id=\"gaps\"").last?
                .components(separatedBy: "</section>").first)
            #expect(gaps.contains("<span class=\"tag\">\(t.missingSector)</span>"))
            #expect(gaps.contains("education"))
            // Abitibi hangs on Neighbours Regional Association: its only articulation point.
            let abitibi = try read(out, "regions/abitibi-temiscamingue.html")
            let fragility = try #require(abitibi.components(separatedBy: "id=\"fragility\"").last?
                .components(separatedBy: "</section>").first)
            #expect(fragility.components(separatedBy: "<strong>").count - 1 == 1)
            #expect(fragility.contains("<strong>Neighbours Regional Association</strong>"))
            // Gaspésie: the CAMI–CASA bridge cuts the Magdalen Islands off.
            let gaspesie = try read(out, "regions/gaspesie-iles-de-la-madeleine.html")
            #expect(gaspesie.contains("Council for Anglophone Magdalen Islanders (CAMI) – Committee for Anglophone Social Action (CASA)")
                || gaspesie.contains("Committee for Anglophone Social Action (CASA) – Council for Anglophone Magdalen Islanders (CAMI)"))
            // Suggestions are drawn on the map as dashed ties.
            #expect(abitibi.contains("stroke-dasharray"))
        }
    }

    @Test("French pages use French labels and numbers")
    func french() throws {
        let out = try SampleReports.report(.french)
        let index = try read(out, "index.html")
        #expect(index.contains("<html lang=\"fr\">"))
        #expect(index.contains("Rapport sur le réseau de partenariats"))
        #expect(index.contains("<dt>Organismes</dt>"))
        // Densities are written with a decimal comma, never a point.
        let density = try #require(index.firstMatch(of: /<dt>Densité<\/dt><dd>([^<]*)<\/dd>/)?.1)
        #expect(density.hasPrefix("0,"))
    }

    /// The pages with their maps are compared across two runs of the command (PartnerMapCLITests):
    /// Graphviz keeps global state between calls, so maps drawn while other tests draw maps in the
    /// same process may differ in the last decimal of a spline.
    @Test("Same data and options give byte-identical data files")
    func deterministic() throws {
        let first = try SampleReports.report(.english)
        let second = try writeReport(ReportTestSupport.sample)
        for path in ["data/organizations.csv", "data/regions.json", "data/gaps.json", ReportFolder.markerName] {
            let a = try read(first, path).components(separatedBy: "\n")
            let b = try read(second, path).components(separatedBy: "\n")
            let difference = zip(a, b).first { $0 != $1 }.map { "\($0.0.prefix(300))\n≠\n\($0.1.prefix(300))" }
            #expect(a == b, "\(path): \(difference ?? "line counts \(a.count) vs \(b.count)")")
        }
    }

    @Test("An unknown --year is refused")
    func unknownYear() throws {
        let network = try ReportTestSupport.load(ReportTestSupport.sample)
        let folder = try ReportFolder(path: ReportTestSupport.temporaryFolder().path, force: false)
        #expect(throws: ReportError.unknownYear(1990, available: network.years)) {
            try ReportWriter.write(network: network, options: ReportOptions(year: 1990), to: folder)
        }
    }
}
