import Foundation
import Testing
@testable import PartnerCore

@Suite("NetworkSummary: counts by network, region, year and sector")
struct NetworkSummaryTests {
    @Test("Hand-checked counts of a small network")
    func smallNetwork() {
        // 2021: a, b, c, d active; ties a–b, b–c, c–d (North: a, b; South: c, d).
        let network = SnapshotTests.network()
        let summary = NetworkSummary(network: network, year: 2021)
        #expect(summary.counts == NetworkCounts(organizations: 4, ties: 3, density: 0.5, components: 1,
                                                isolates: 0, largestComponent: 4))
        #expect(summary.regions == [
            RegionSummary(region: "North", counts: NetworkCounts(organizations: 2, ties: 1, density: 1, components: 1,
                                                                 isolates: 0, largestComponent: 2),
                          externalTies: 1, sectors: 2),
            RegionSummary(region: "South", counts: NetworkCounts(organizations: 2, ties: 1, density: 1, components: 1,
                                                                 isolates: 0, largestComponent: 2),
                          externalTies: 1, sectors: 2),
        ])
        #expect(summary.years.map(\.year) == [2019, 2020, 2021])
        // 2019: a, b, c, e active (d from 2021), no tie among them.
        #expect(summary.years[0].counts == NetworkCounts(organizations: 4, ties: 0, density: 0, components: 4,
                                                         isolates: 4, largestComponent: 1))
        #expect(summary.sectors == [
            SectorSummary(sector: "community", organizations: 1, ties: 2, intersectoralTies: 2),
            SectorSummary(sector: "education", organizations: 1, ties: 2, intersectoralTies: 2),
            SectorSummary(sector: "health", organizations: 2, ties: 2, intersectoralTies: 2),
        ])
    }

    @Test("A region's summary is its own subnetwork, with its year rows")
    func oneRegion() {
        let summary = NetworkSummary(network: SnapshotTests.network(), year: 2020, region: Region("north"))
        #expect(summary.region == "North")
        // 2020 North: a, b, e; ties a–b, a–e.
        #expect(summary.counts == NetworkCounts(organizations: 3, ties: 2, density: 2.0 / 3.0, components: 1,
                                                isolates: 0, largestComponent: 3))
        #expect(summary.regions.map(\.region) == ["North"])
        #expect(summary.years.map(\.counts.ties) == [0, 2, 1])
        #expect(summary.sectors.map(\.sector) == ["education", "health", "housing"])
    }

    @Test("JSON has the keys of DESIGN §7, sorted, with null for undefined values, and reads back")
    func json() throws {
        let network = PartnershipNetwork(
            organizations: [Organization(id: "a", name: "A", sector: .health, region: Region("R"))], links: [])
        let summary = NetworkSummary(network: network)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(summary)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text == """
            {"components":1,"density":null,"directed":false,"isolates":1,"largestComponent":1,"organizations":1,\
            "region":null,"regions":[{"components":1,"density":null,"externalTies":0,"isolates":1,"largestComponent":1,\
            "organizations":1,"region":"R","sectors":1,"ties":0}],"sectors":[{"intersectoralTies":0,"organizations":1,\
            "sector":"health","ties":0}],"ties":0,"year":null,"years":[]}
            """)
        #expect(try JSONDecoder().decode(NetworkSummary.self, from: data) == summary)
    }

    /// `samples/quebec-npi/expected.json` holds counts that `samples/check_quebec_npi.py` proves
    /// equal to networkx's; the summary must give the same.
    @Test("The sample's counts per year and per region equal networkx's")
    func sampleAgainstNetworkx() throws {
        let network = try NetworkLoader.load(Fixtures.sample).network
        let expectedURL = URL(fileURLWithPath: Fixtures.sample).appendingPathComponent("expected.json")
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any] ?? [:]
        let perYear = expected["perYear"] as? [String: [String: Any]] ?? [:]
        let perRegion = expected["perRegion"] as? [String: [String: Any]] ?? [:]
        #expect(perYear.count == 4)
        #expect(perRegion.count >= 17)
        for year in network.years {
            let summary = NetworkSummary(network: network, year: year)
            let want = try #require(perYear[String(year)])
            #expect(summary.counts.organizations == want["organizations"] as? Int)
            #expect(summary.counts.ties == want["ties"] as? Int)
            #expect(summary.counts.components == want["components"] as? Int)
            #expect(summary.counts.largestComponent == want["largestComponent"] as? Int)
            #expect(summary.counts.isolates == (want["isolates"] as? [String])?.count)
            let n = Double(summary.counts.organizations)
            #expect(abs((summary.counts.density ?? 0) - 2 * Double(summary.counts.ties) / (n * (n - 1))) < 1e-12)
            #expect(summary.regions.count == perRegion.count)
            for row in summary.regions {
                let regionYears = perRegion[row.region]?["years"] as? [String: [String: Any]]
                let want = try #require(regionYears?[String(year)], "\(row.region)")
                #expect(row.counts.organizations == want["organizations"] as? Int, "\(row.region) \(year)")
                #expect(row.counts.ties == want["ties"] as? Int, "\(row.region) \(year)")
                #expect(row.counts.components == want["components"] as? Int, "\(row.region) \(year)")
                #expect(row.sectors == (want["sectors"] as? [String])?.count, "\(row.region) \(year)")
            }
        }
    }
}
