import Foundation
import PartnerCore
import Testing
@testable import PartnerAnalysis

/// The timeline on `samples/quebec-npi`, against the sample's own `expected.json` (the sets of
/// organizations and ties that changed, written by the sample's generator and cross-checked with
/// networkx) and against `Tests/Fixtures/reference/timeline-quebec-npi.json` (the growth figures as
/// networkx computes them; `Scripts/reference/timeline.py`).
@Suite("Timeline on the Quebec sample")
struct TimelineSampleTests {
    static let network: PartnershipNetwork? = {
        try? NetworkLoader.load(repositoryRoot.appendingPathComponent("samples/quebec-npi").path).network
    }()

    /// `expected.json` — only the parts these tests read.
    struct Expected: Decodable {
        struct Change: Decodable {
            let from: Int, to: Int
            let joined: [String], left: [String]
            let formed: [[String]], dissolved: [[String]]
            let strengthened: [[String]], weakened: [[String]], stageUp: [[String]], stageDown: [[String]]
            let keptCount: Int
            let tieStability: Double
        }
        let years: [Int]
        let changes: [Change]
    }

    /// The reference fixture.
    struct Reference: Decodable {
        struct Scope: Decodable {
            let region: String?
            let years: [Year]
        }
        struct Year: Decodable {
            let year: Int, organizations: Int, ties: Int, components: Int
            let density: Double?, averageDegree: Double?, largestComponentShare: Double?
            let degreeCentralization: Double?, betweennessCentralization: Double?
            let intersectoralShare: Double?, eiIndex: Double?
            let meanStrength: Double?, meanTieStrength: Double?
            let stages: [Int]
            let louvainModularity: Double?
        }
        let years: [Int]
        let scopes: [Scope]
    }

    static func decode<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(contentsOf: repositoryRoot.appendingPathComponent(path)))
    }

    @Test("joined, left, formed, dissolved, strengthened, weakened and stage moves equal expected.json")
    func changesMatchTheSample() throws {
        let network = try #require(Self.network)
        let expected = try Self.decode(Expected.self, "samples/quebec-npi/expected.json")
        let timeline = Timeline(network: network, years: expected.years)
        #expect(timeline.changes.map { [$0.from, $0.to] } == [[2019, 2020], [2020, 2021], [2021, 2022], [2019, 2022]])
        #expect(expected.changes.count == timeline.changes.count)
        for want in expected.changes {
            let got = try #require(timeline.changes.first { $0.from == want.from && $0.to == want.to }).diff
            let label = "\(want.from)→\(want.to)"
            #expect(got.joined == want.joined, "\(label) joined")
            #expect(got.left == want.left, "\(label) left")
            #expect(got.formed.map { [$0.first, $0.second] } == want.formed, "\(label) formed")
            #expect(got.dissolved.map { [$0.first, $0.second] } == want.dissolved, "\(label) dissolved")
            #expect(got.kept.count == want.keptCount, "\(label) kept")
            #expect(got.strengthened.map { [$0.first, $0.second] } == want.strengthened, "\(label) strengthened")
            #expect(got.weakened.map { [$0.first, $0.second] } == want.weakened, "\(label) weakened")
            #expect(got.stageUp.map { [$0.first, $0.second] } == want.stageUp, "\(label) stage up")
            #expect(got.stageDown.map { [$0.first, $0.second] } == want.stageDown, "\(label) stage down")
            #expect(abs((got.tieStability ?? -1) - want.tieStability) < 5e-7, "\(label) stability")
        }
        // The 2019 → 2020 sets, written out: the sample's four food banks and family centre joined.
        let first = try #require(timeline.changes.first).diff
        #expect(first.joined == ["bsl-moisson", "lau-moisson", "mcq-mf", "mon-moisson"])
        #expect(first.left == ["mon-cab", "sag-mf"])
    }

    @Test("growth figures equal networkx's for the whole network and every region")
    func growthMatchesNetworkx() throws {
        let network = try #require(Self.network)
        let reference = try Self.decode(Reference.self, "Tests/Fixtures/reference/timeline-quebec-npi.json")
        #expect(reference.scopes.count == network.regions.count + 1)
        for scope in reference.scopes {
            let region = scope.region.map(Region.init)
            let growth = Timeline(network: network, region: region, years: reference.years).growth
            #expect(growth.years == scope.years.map(\.year))
            for (got, want) in zip(growth.rows, scope.years) {
                let label = "\(scope.region ?? "whole network") \(want.year)"
                #expect(got.organizations == want.organizations, "\(label)")
                #expect(got.ties == want.ties, "\(label)")
                #expect(got.components == want.components, "\(label)")
                #expect(got.stageCounts == want.stages, "\(label)")
                #expect(got.tiesWithoutStage == 0, "\(label)")
                let pairs: [(GrowthMeasure, Double?)] = [
                    (.density, want.density), (.averageDegree, want.averageDegree),
                    (.largestComponentShare, want.largestComponentShare),
                    (.degreeCentralization, want.degreeCentralization),
                    (.betweennessCentralization, want.betweennessCentralization),
                    (.intersectoralShare, want.intersectoralShare), (.eiIndex, want.eiIndex),
                    (.meanStrength, want.meanStrength), (.meanTieStrength, want.meanTieStrength),
                ]
                for (measure, value) in pairs {
                    let mine = got.value(of: measure)
                    #expect((mine == nil) == (value == nil), "\(label) \(measure)")
                    if let mine, let value { #expect(abs(mine - value) < 1e-9, "\(label) \(measure): \(mine) vs \(value)") }
                }
                // Louvain is a heuristic whose result depends on its random node order: on a region of a
                // dozen organizations two orders can end in different local optima (0.205 vs 0.231 here),
                // so ours must come within 0.05 of networkx's (seed 1).
                if let nx = want.louvainModularity {
                    let mine = try #require(got.modularity, "\(label) modularity")
                    #expect(mine > nx - 0.05, "\(label) modularity \(mine) vs networkx \(nx)")
                }
            }
        }
    }

    @Test("changes against the previous year are differences of the rows")
    func yearOnYearChange() throws {
        let network = try #require(Self.network)
        let growth = Timeline(network: network, years: [2019, 2020, 2021, 2022]).growth
        #expect(growth.change(of: .organizations, at: 0) == nil)
        // 281 → 283 → 291 → 298 organizations; 680 → 699 → 779 → 875 ties (expected.json perYear).
        #expect((1...3).map { growth.change(of: .organizations, at: $0) } == [2, 8, 7])
        #expect((1...3).map { growth.change(of: .ties, at: $0) } == [19, 80, 96])
    }

    @Test("same data, same seed: byte-identical JSON; keys sorted and undefined values null")
    func deterministicJSON() throws {
        let network = try #require(Self.network)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let region = Region("Nunavik")
        let once = try encoder.encode(Timeline(network: network, region: region, years: [2019, 2020, 2021, 2022]))
        let twice = try encoder.encode(Timeline(network: network, region: region, years: [2022, 2021, 2020, 2019]))
        #expect(once == twice)
        let text = String(decoding: once, as: UTF8.self)
        #expect(text.hasPrefix(#"{"changes":[{"betweennessMovers":"#))
        #expect(text.contains(#""change":null"#))
        #expect(!text.contains("nan") && !text.contains("NaN"))
    }
}
