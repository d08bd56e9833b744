import Foundation
import Testing
@testable import PartnerCore

/// Every interchange format carries the whole network: organizations, sectors, regions, years,
/// kinds, strengths, stages and extra attributes.
@Suite struct RoundTripTests {
    let original = InterchangeFixture.network

    @Test func graphMLKeepsEverything() throws {
        let data = try GraphMLWriter.write(original)
        let read = try GraphMLReader.read(data, file: "t.graphml")
        #expect(InterchangeFixture.canonical(read.network) == InterchangeFixture.canonical(original))
        #expect(read.warnings.isEmpty)
        #expect(read.declaredDirected == false)
        // Parallel edges: one <edge> per link row.
        #expect(String(decoding: data, as: UTF8.self).components(separatedBy: "<edge ").count - 1 == original.links.count)
    }

    @Test func gexfKeepsEverything() throws {
        let data = try GEXFWriter.write(original)
        let read = try GEXFReader.read(data, file: "t.gexf")
        #expect(InterchangeFixture.canonical(read.network) == InterchangeFixture.canonical(original))
        #expect(read.warnings.isEmpty)
    }

    @Test func jsonKeepsEverything() throws {
        for key in NodeLinkJSON.EdgesKey.allCases {
            let data = NodeLinkJSON.write(original, edgesKey: key)
            let read = try NodeLinkJSON.read(data, file: "t.json")
            #expect(InterchangeFixture.canonical(read.network) == InterchangeFixture.canonical(original))
            #expect(read.warnings.isEmpty)
        }
    }

    /// GraphML → GEXF → JSON → GraphML gives the same network, and the same bytes as writing the
    /// original (row order aside, which GEXF groups by edge).
    @Test func chainThroughEveryFormatGivesTheSameNetwork() throws {
        let graphML = try GraphMLReader.read(try GraphMLWriter.write(original), file: "a.graphml").network
        let gexf = try GEXFReader.read(try GEXFWriter.write(graphML), file: "b.gexf").network
        let json = try NodeLinkJSON.read(NodeLinkJSON.write(gexf), file: "c.json").network
        #expect(InterchangeFixture.canonical(json) == InterchangeFixture.canonical(original))
        let again = try GraphMLReader.read(try GraphMLWriter.write(json), file: "d.graphml").network
        #expect(InterchangeFixture.canonical(again) == InterchangeFixture.canonical(original))
    }

    /// CSV → GraphML → GEXF → JSON → CSV, through files and the loader, as `partnermap convert`
    /// does: the last workspace holds the same network as the first.
    @Test(arguments: ["fixture", "fixture without years", "samples/quebec-npi"])
    func csvThroughEveryFormatBackToCSV(_ source: String) throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let start: String
        let original = source == "fixture" ? self.original : InterchangeFixture.withoutYears
        if source.hasPrefix("fixture") {
            start = folder.appendingPathComponent("start").path
            try NetworkWriter.write(original, to: start, format: .workspace)
        } else {
            start = Self.repositoryRoot.appendingPathComponent(source).path
        }
        let first = try NetworkLoader.load(start).network
        var current = start
        for (step, format) in [ExportFormat.graphml, .gexf, .json, .workspace].enumerated() {
            let next = folder.appendingPathComponent("step\(step).\(format.fileExtension ?? "csv")").path
            let network = try NetworkLoader.load(current).network
            try NetworkWriter.write(network, to: next, format: format)
            current = next
        }
        let last = try NetworkLoader.load(current).network
        #expect(InterchangeFixture.canonical(last) == InterchangeFixture.canonical(first))
        if source.hasPrefix("fixture") {
            #expect(InterchangeFixture.canonical(first) == InterchangeFixture.canonical(original))
        } else {
            #expect(first.organizations.count > 250)
            #expect(first.years == [2019, 2020, 2021, 2022])
            // Organizations come back as the same file; link rows as the same rows (GEXF groups
            // them by edge, and stages written as numbers come back as names).
            let lines = { (path: String) in
                try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\r\n", with: "\n")
                    .split(separator: "\n")
            }
            #expect(try lines(current + "/organizations.csv") == lines(start + "/organizations.csv"))
            #expect(try lines(current + "/links.csv").count == lines(start + "/links.csv").count)
        }
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func directionIsDeclaredAndReadBack() throws {
        let directed = original.directed(true)
        let graphML = try GraphMLReader.read(try GraphMLWriter.write(directed), file: "t.graphml")
        let gexf = try GEXFReader.read(try GEXFWriter.write(directed), file: "t.gexf")
        let json = try NodeLinkJSON.read(NodeLinkJSON.write(directed), file: "t.json")
        #expect(graphML.declaredDirected == true)
        #expect(gexf.declaredDirected == true)
        #expect(json.declaredDirected == true)
        // The network is analysed as directed only when asked.
        #expect(graphML.network.isDirected == false)
        let asked = try GraphMLReader.read(try GraphMLWriter.write(directed), file: "t.graphml",
                                           options: LoadOptions(isDirected: true))
        #expect(asked.network.isDirected)
    }

    @Test func writersAreDeterministic() throws {
        #expect(try GraphMLWriter.write(original) == GraphMLWriter.write(original))
        #expect(try GEXFWriter.write(original) == GEXFWriter.write(original))
        #expect(NodeLinkJSON.write(original) == NodeLinkJSON.write(original))
        #expect(WorkspaceWriter.linksCSV(original) == WorkspaceWriter.linksCSV(original))
        // Attribute dictionaries built in another order write the same bytes.
        var shuffled = original.organizations
        shuffled[0].attributes = Dictionary(uniqueKeysWithValues: shuffled[0].attributes.reversed())
        let other = PartnershipNetwork(organizations: shuffled, links: original.links)
        #expect(try GEXFWriter.write(other) == GEXFWriter.write(original))
    }

    @Test func convertWritesFilesThatLoadBack() throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for format in [ExportFormat.graphml, .gexf, .json] {
            let path = folder.appendingPathComponent("net.\(format.fileExtension ?? "")").path
            #expect(ExportFormat.inferred(from: path) == format)
            try NetworkWriter.write(original, to: path, format: format)
            let loaded = try NetworkLoader.load(path)
            #expect(InterchangeFixture.canonical(loaded.network) == InterchangeFixture.canonical(original))
            // No overwrite without `replacing`, and the file is left as it was.
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(throws: InputOutputError.self) {
                try NetworkWriter.write(PartnershipNetwork(organizations: [], links: []), to: path, format: format)
            }
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
            try NetworkWriter.write(original, to: path, format: format, options: WriteOptions(replacing: true))
        }
        // Only the three files: no temporary files left behind.
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["net.gexf", "net.graphml", "net.json"])
    }

    @Test func restrictionKeepsOneYearAndRegion() {
        let laval = original.restricted(region: Region("laval"))
        #expect(laval.organizations.map(\.id) == ["node\"]; evil", "日本"])
        #expect(laval.links.count == 1)
        let year2020 = original.restricted(year: 2020)
        #expect(year2020.organizations.map(\.id) == ["cisss-gim", "npi 2", "ecole&3", "node\"]; evil", "日本"])
        #expect(year2020.links.count == 3)
        #expect(year2020.links.allSatisfy { $0.year == 2020 })
    }
}
