import Foundation
import PartnerAnalysis
import PartnerCore
import Testing
@testable import PartnerRender

@Suite("MapSet and map files")
struct MapSetTests {
    @Test("file names are slugs, made unique in order")
    func uniqueStems() {
        #expect(MapFileNames.stems(for: ["montreal", "montreal", "laval", "montreal-2", "montreal"])
            == ["montreal", "montreal-2", "laval", "montreal-2-2", "montreal-3"])
        #expect(MapFileNames.stems(for: ["../../etc/passwd", "", "a/b"]) == ["etc-passwd", "unnamed", "a-b"])
    }

    @Test("regions whose names share a slug get distinct files")
    func collidingRegions() {
        let organizations = [
            Organization(id: "1", name: "A", sector: .health, region: Region("Montréal")),
            Organization(id: "2", name: "B", sector: .health, region: Region("Montreal")),
            Organization(id: "3", name: "C", sector: .health, region: Region("東京")),
        ]
        let set = MapSet(network: PartnershipNetwork(organizations: organizations, links: []),
                         request: MapRequest(scope: .allRegions, format: .png))
        #expect(set.maps.map(\.fileName) == ["montreal.png", "montreal-2.png", "unnamed.png"])
    }

    @Test("whole network uses sfdp above the threshold, neato below, unless an engine is given")
    func engineChoice() {
        let small = MapSet(network: TestNetworks.quebec, request: MapRequest())
        #expect(small.maps.map(\.map.style.engine) == [.neato])
        #expect(small.maps.map(\.fileName) == ["network.svg"])
        let organizations = (0...MapRequest.largeMapThreshold).map {
            Organization(id: "o\($0)", name: "O\($0)", sector: .health, region: Region("R"))
        }
        let large = MapSet(network: PartnershipNetwork(organizations: organizations, links: []), request: MapRequest())
        #expect(large.maps.map(\.map.style.engine) == [.sfdp])
        let chosen = MapSet(network: TestNetworks.quebec, request: MapRequest(engine: .fdp))
        #expect(chosen.maps.map(\.map.style.engine) == [.fdp])
    }

    @Test("--suggestions draws the gap analysis's best pairs, dashed, with their reasons as tooltips")
    func suggestions() throws {
        let gaspesie = Region("Gaspésie–Îles-de-la-Madeleine")
        let set = MapSet(network: TestNetworks.quebec,
                         request: MapRequest(scope: .region(gaspesie), year: 2023, suggestions: 2))
        let map = try #require(set.maps.first?.map)
        let expected = try #require(GapAnalysis.report(
            for: TestNetworks.quebec, options: GapOptions(year: 2023, regions: [gaspesie], top: 2)).regions.first)
        #expect(expected.suggestions.count == 2)
        #expect(map.suggestedTies.map(\.source) == expected.suggestions.map(\.source))
        #expect(map.suggestedTies.map(\.target) == expected.suggestions.map(\.target))
        let svg = try SVGDocument(map.render(format: .svg))
        let dashed = svg.edges.filter { !$0.strokeDasharray.isEmpty }
        #expect(dashed.count == 2)
        // The SVG lists edges in its own order: compare the tooltips as a set.
        #expect(dashed.compactMap(\.tooltip).sorted() == expected.suggestions.map {
            (["Suggested: \($0.sourceName) — \($0.targetName)"] + $0.reasons).joined(separator: "\n")
        }.sorted())
        #expect(svg.nodes.count == 14)
    }

    @Test("the writer replaces files whole, leaves no temporary file, and refuses paths")
    func writer() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("maps-\(UUID().uuidString)/nested")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let path = try MapFileWriter.write(Data("one".utf8), fileName: "a.svg", in: folder.path)
        try MapFileWriter.write(Data("two".utf8), fileName: "a.svg", in: folder.path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "two")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.svg"])
        for name in ["../a.svg", "..", ".", "", "x/y.svg"] {
            #expect(throws: InputOutputError.self) { try MapFileWriter.write(Data(), fileName: name, in: folder.path) }
        }
        #expect(throws: InputOutputError.self) { try MapFileWriter.write(Data(), fileName: "b.svg", in: path) }
    }
}
