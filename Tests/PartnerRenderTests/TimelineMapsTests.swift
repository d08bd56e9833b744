import Foundation
import PartnerAnalysis
import PartnerCore
import Testing
@testable import PartnerRender

/// Year and change maps of one region of `samples/quebec-npi`, rendered as SVG and read back.
@Suite("Timeline maps at fixed positions")
struct TimelineMapsTests {
    static let network: PartnershipNetwork? = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return try? NetworkLoader.load(root.appendingPathComponent("samples/quebec-npi").path).network
    }()
    static let region = Region("Gaspésie–Îles-de-la-Madeleine")

    /// The timeline, and every image parsed, by file stem.
    static func rendered() throws -> (Timeline, [String: SVGDocument], [TimelineMaps.Image]) {
        let network = try #require(network)
        let timeline = Timeline(network: network, region: region, years: network.years)
        let images = try TimelineMaps(timeline: timeline, style: MapStyle(network: network)).render(format: .svg)
        var documents: [String: SVGDocument] = [:]
        for image in images { documents[image.name] = try SVGDocument(image.data) }
        return (timeline, documents, images)
    }

    @Test("a map per year and a change map per consecutive pair, all on one canvas")
    func filesAndCanvas() throws {
        let (_, documents, images) = try Self.rendered()
        #expect(images.map(\.name) == ["map-2019", "map-2020", "map-2021", "map-2022",
                                      "diff-2019-2020", "diff-2020-2021", "diff-2021-2022"])
        let sizes = Set(documents.values.map { "\($0.width)×\($0.height)" })
        #expect(sizes.count == 1, "every map has the same size: \(sizes)")
    }

    @Test("each organization is at the same coordinates on every map")
    func fixedPositions() throws {
        let (timeline, documents, _) = try Self.rendered()
        func centre(_ id: String, _ name: String) -> [Double]? {
            documents[name]?.nodes.first { $0.title == id }?.ellipses.first.map { [$0.cx, $0.cy] }
        }
        let everyYear = Set(timeline.snapshots[0].organizations.map(\.id))
            .intersection(timeline.snapshots.dropFirst().flatMap { $0.organizations.map(\.id) })
        #expect(everyYear.count >= 15)
        for id in everyYear.sorted() {
            let centres = Set(documents.keys.sorted().map { centre(id, $0) })
            #expect(centres.count == 1 && centres.first! != nil, "\(id) moves: \(centres)")
        }
        // The organization that holds Gaspésie together (expected.json: CASA) by name.
        let casa = try #require(centre("gas-casa", "map-2019"))
        #expect(centre("gas-casa", "map-2022") == casa)
        #expect(centre("gas-casa", "diff-2021-2022") == casa)
    }

    @Test("organizations absent in a year are invisible on its map")
    func absentOrganizations() throws {
        let (timeline, documents, _) = try Self.rendered()
        let joined = try #require(timeline.changes.first { $0.from == 2021 && $0.to == 2022 }).diff.joined
        #expect(!joined.isEmpty)
        for id in joined {
            #expect(documents["map-2019"]?.nodes.first { $0.title == id }?.ellipses.isEmpty ?? true)
            #expect(documents["map-2022"]?.nodes.first { $0.title == id }?.ellipses.count == 1)
        }
    }

    @Test("change maps: formed ties green, dissolved red dashed, kept grey, joined outlined, legend")
    func changeStyling() throws {
        let (timeline, documents, _) = try Self.rendered()
        for change in timeline.consecutiveChanges {
            let diff = change.diff
            let document = try #require(documents["diff-\(diff.from)-\(diff.to)"])
            // Graphviz writes colours in lower case.
            func edges(_ colour: String) -> [SVGDocument.Group] {
                document.edges.filter { $0.strokes.contains(colour.lowercased()) }
            }
            #expect(edges(TimelineMaps.formedColor).count == diff.formed.count)
            #expect(edges(TimelineMaps.keptColor).count == diff.kept.count)
            let dissolved = edges(TimelineMaps.dissolvedColor)
            #expect(dissolved.count == diff.dissolved.count)
            #expect(dissolved.allSatisfy { !$0.strokeDasharray.isEmpty })
            for id in diff.joined {
                #expect(document.nodes.first { $0.title == id }?.strokes.contains(TimelineMaps.joinedOutline.lowercased()) == true)
            }
            let texts = document.allTexts.joined(separator: " ")
            #expect(texts.contains("Gaspésie–Îles-de-la-Madeleine — changes \(diff.from) → \(diff.to)"))
            for key in ["tie formed", "tie dissolved", "tie kept", "joined (thick outline)", "left (dashed outline)"] {
                #expect(texts.contains(key))
            }
        }
        let year = try #require(documents["map-2021"]).allTexts.joined(separator: " ")
        #expect(year.contains("Gaspésie–Îles-de-la-Madeleine — 2021"))
        #expect(year.contains("Circle size: number of partners"))
    }

    @Test("same input, same bytes")
    func determinism() throws {
        let (_, _, first) = try Self.rendered()
        let (_, _, second) = try Self.rendered()
        #expect(first.map(\.data) == second.map(\.data))
    }
}
