import Foundation
import PartnerCore
import Testing
@testable import PartnerAnalysis

/// `gaps --all-regions` on `samples/quebec-npi` finds every gap the sample plants
/// (`expected.json` → `planted`), asserted by name.
@Suite struct SampleGapsTests {
    struct Planted: Decodable {
        struct Bridge: Decodable { let region: String; let tie: [String]; let cutOff: [String] }
        struct Isolated: Decodable { let region: String; let organization: String }
        struct SectorPair: Decodable { let region: String; let sectors: [String] }
        struct MissingSector: Decodable { let region: String; let sector: String }
        struct SingleBroker: Decodable { let region: String; let broker: String; let partsWithoutBroker: [[String]] }
        let bridge: Bridge
        let isolated: Isolated
        let neverTiedSectorPair: SectorPair
        let noEducationRegion: MissingSector
        let singleBroker: SingleBroker
    }

    struct Expected: Decodable { let planted: Planted }

    static let sample = repositoryRoot.appendingPathComponent("samples/quebec-npi").path

    /// Read and analysed once for all the tests of the suite.
    static let fixture: Result<(Planted, GapReport), any Error> = Result {
        let data = try Data(contentsOf: URL(fileURLWithPath: sample + "/expected.json"))
        let planted = try JSONDecoder().decode(Expected.self, from: data).planted
        let network = try NetworkLoader.load(sample).network
        return (planted, GapAnalysis.report(for: network, options: GapOptions(year: network.latestYear)))
    }

    let planted: Planted
    let report: GapReport

    init() throws {
        (planted, report) = try Self.fixture.get()
    }

    func region(_ name: String) throws -> RegionGaps {
        try #require(report.regions.first { $0.region == name })
    }

    @Test func findsTheRegionWithoutEducation() throws {
        let gaps = try region(planted.noEducationRegion.region).sectorGaps
        #expect(gaps.contains { $0.kind == .missingSector && $0.sectors == [planted.noEducationRegion.sector] })
    }

    @Test func findsTheSectorPairNeverTied() throws {
        let gap = try #require(try region(planted.neverTiedSectorPair.region).sectorGaps.first {
            $0.kind == .unlinkedPair && $0.sectors == planted.neverTiedSectorPair.sectors
        })
        #expect(gap.observed == 0)
        #expect(gap.isNotable)
    }

    @Test func findsTheIsolatedOrganization() throws {
        let isolated = try region(planted.isolated.region).isolatedOrganizations
        #expect(isolated.map(\.id).contains(planted.isolated.organization))
    }

    @Test func findsTheBridgeWithWhoItCutsOff() throws {
        let bridges = try region(planted.bridge.region).bridges
        let tie = planted.bridge.tie.sorted()
        let bridge = try #require(bridges.first { [$0.source, $0.target] == tie })
        #expect(bridge.cutOff == planted.bridge.cutOff.sorted())
        #expect(bridge.explanation.contains("is the only route"))
    }

    @Test func findsTheSingleBrokerAsACutVertex() throws {
        let points = try region(planted.singleBroker.region).articulationPoints
        let point = try #require(points.first { $0.id == planted.singleBroker.broker })
        // Everyone outside the part that stays (the largest; all four have four members here).
        let parts = planted.singleBroker.partsWithoutBroker.map { $0.sorted() }
        #expect(point.cutOff.count == parts.reduce(0) { $0 + $1.count } - parts[0].count)
        #expect(parts.filter { Set($0).isSubset(of: point.cutOff) }.count == parts.count - 1)
    }

    @Test func findsTheSingleBrokerAsTheRegionsMainBroker() throws {
        let brokers = try region(planted.singleBroker.region).brokers
        let top = try #require(brokers.first)
        #expect(top.id == planted.singleBroker.broker)
        #expect(top.betweenness > 0.5)
        #expect(top.liaison > 0)
        #expect(top.sectorsConnected.count >= 4)
        #expect(top.explanation.hasPrefix("Neighbours Regional Association (community) links community with "))
    }

    @Test func suggestionsGiveReasonsNamingOrganizations() throws {
        for region in report.regions where region.organizations > 3 {
            #expect(!region.suggestions.isEmpty)
            for suggestion in region.suggestions {
                #expect(!suggestion.reasons.isEmpty)
                let first = try #require(suggestion.reasons.first)
                // The first reason names shared partners or the intermediaries by name.
                if !suggestion.sharedPartners.isEmpty {
                    #expect(first.hasPrefix("shares \(suggestion.sharedPartners.count) partner"))
                }
            }
        }
        let abitibi = try region(planted.singleBroker.region)
        let brokerName = "Neighbours Regional Association"
        #expect(abitibi.suggestions.contains { $0.reasons.contains { $0.contains("second route to the network besides \(brokerName)") } })
    }

    @Test func reportIsDeterministic() throws {
        let network = try NetworkLoader.load(Self.sample).network
        let again = GapAnalysis.report(for: network, options: GapOptions(year: network.latestYear))
        #expect(again == report)
        #expect(report.intersectorality.count == report.regions.count)
        #expect(report.intersectorality.map(\.rank) == Array(1...report.regions.count))
    }
}
