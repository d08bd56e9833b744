import Foundation
import PartnerCore
import Testing
@testable import PartnerAnalysis

@Suite struct ExpectedSectorsTests {
    @Test func readsRegionRowsAndAllRegionRows() throws {
        let roster = try ExpectedSectors(csv: """
            region,sector
            *,Health
            ,education
            "Gaspésie–Îles-de-la-Madeleine, Québec",housing
            laurentides ,justice

            """, file: "expected.csv")
        #expect(roster.everywhere == [Sector("health"), Sector("education")])
        #expect(roster.sectors(in: Region("Laurentides")).map(\.matchingKey) == ["education", "health", "justice"])
        #expect(roster.sectors(in: Region("Gaspésie–Îles-de-la-Madeleine, Québec")).map(\.name)
            == ["education", "Health", "housing"])
        #expect(roster.sectors(in: Region("Nunavik")).count == 2)
    }

    @Test func reportsEveryBadLineWithItsNumber() {
        #expect {
            try ExpectedSectors(csv: "region,sector\nLaval,\nLaval,health\n*,\n", file: "roster.csv")
        } throws: { error in
            guard let error = error as? DataError else { return false }
            return error.problems.map(\.description) == [
                "roster.csv:2: sector: empty; expected the name of a sector",
                "roster.csv:4: sector: empty; expected the name of a sector",
            ]
        }
        #expect(throws: DataError.self) { try ExpectedSectors(csv: "name,kind\na,b\n", file: "roster.csv") }
        #expect(throws: DataError.self) { try ExpectedSectors(csv: "", file: "roster.csv") }
    }

    @Test func rosterDrivesMissingSectors() throws {
        let network = makeNetwork([("a", "health", "North"), ("b", "education", "North"), ("c", "health", "South")],
                                  ties: [("a", "b")])
        let roster = ExpectedSectors(everywhere: [Sector("health")], byRegion: [Region("south"): [Sector("housing")]])
        let report = GapAnalysis.report(for: network, options: GapOptions(expected: roster))
        let south = try #require(report.regions.first { $0.region == "South" })
        #expect(south.sectorGaps.map(\.kind) == [.missingSector])
        #expect(south.sectorGaps.first?.explanation == "No housing organization in South, although housing is expected there.")
        let north = try #require(report.regions.first { $0.region == "North" })
        #expect(north.sectorGaps.isEmpty)
        #expect(roster.unknownRegions(in: network).isEmpty)
    }
}

@Suite struct SectorGapFinderTests {
    /// Six organizations in three sectors: health (a, b, c), education (d, e), housing (f).
    /// Ties: a–b, a–c, b–c, c–d, d–e, and nothing to housing.
    @Test func classifiesPairsAgainstTheMixingMatrix() throws {
        let network = makeNetwork(
            [("a", "health", "r"), ("b", "health", "r"), ("c", "health", "r"), ("d", "education", "r"),
             ("e", "education", "r"), ("f", "housing", "r")],
            ties: [("a", "b"), ("a", "c"), ("b", "c"), ("c", "d"), ("d", "e")])
        let snapshot = network.snapshot()
        let gaps = SectorGapFinder().gaps(in: snapshot, mixing: SectorMixing(snapshot: snapshot),
                                          expected: [Sector("health"), Sector("justice")], regionName: "r")
        // density = 5 / 15; expected(education, health) = 2·3/3 = 2, observed 1 → ratio 0.5 (not weak);
        // expected(education, housing) = 2/3, expected(health, housing) = 1, both unlinked.
        #expect(gaps.map(\.kind) == [.missingSector, .isolatedSector, .unlinkedPair, .unlinkedPair])
        #expect(gaps[0].sectors == ["justice"])
        #expect(gaps[1].sectors == ["housing"])
        #expect(gaps[1].organizations == ["f"])
        #expect(gaps[2].sectors == ["health", "housing"])
        #expect(abs(try #require(gaps[2].expected) - 1) < 1e-12)
        #expect(abs(try #require(gaps[2].chanceOfNoTie) - exp(-1.0)) < 1e-12)
        #expect(gaps[3].sectors == ["education", "housing"])
        #expect(gaps[1].explanation == "Housing (1 organization: Org f) has no tie to any other sector in r.")
        // With a stricter threshold the education–health pair (ratio 0.5) becomes weak.
        let strict = SectorGapFinder(weakRatio: 0.6).gaps(in: snapshot, mixing: SectorMixing(snapshot: snapshot),
                                                          expected: [], regionName: "r")
        let weak = try #require(strict.first { $0.kind == .weakPair })
        #expect(weak.sectors == ["education", "health"])
        #expect(weak.observed == 1)
        #expect(abs(try #require(weak.ratio) - 0.5) < 1e-12)
    }
}
