import Foundation
import Testing

@Suite("partnermap communities and summary structure figures")
struct CommunitiesCommandTests {
    @Test("communities --format json lists every organization once, beats the sector partition, is stable")
    func communitiesJSON() throws {
        let result = try CLI.run("communities", CLI.sample, "--seed", "3", "--format", "json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let modularity = try #require(object["modularity"] as? Double)
        let sectorModularity = try #require(object["sectorModularity"] as? Double)
        #expect(modularity > 0.7 && modularity > sectorModularity)
        #expect(object["seed"] as? Int == 3 && object["year"] as? Int == 2022)
        let communities = try #require(object["communities"] as? [[String: Any]])
        let ids = communities.flatMap { ($0["organizations"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        #expect(ids.count == 298 && Set(ids).count == 298)
        let sizes = communities.compactMap { $0["size"] as? Int }
        #expect(sizes == sizes.sorted(by: >))
        #expect(try CLI.run("communities", CLI.sample, "--seed", "3", "--format", "json").stdout == result.stdout)
    }

    @Test("communities as CSV per organization; an unknown weight is a usage error")
    func communitiesCSVAndErrors() throws {
        let csv = try CLI.run("communities", CLI.fixture("rfc4180"), "--year", "2021", "--format", "csv")
        #expect(csv.status == 0)
        // 2021: the path gas-cami – gas-cisss – gas-phare is one community; gas-multi is alone.
        let expected = [
            "community,id,name,sector,region",
            "1,gas-phare,\"Centre \"\"Le Phare\"\"\",community,Gaspésie",
            "1,gas-cisss,CISSS de la Gaspésie,health,Gaspésie",
            "1,gas-cami,\"Committee for Anglophone Social Action, CASA\",community,Gaspésie",
            "2,gas-multi,\"Maison des jeunes\r\nde Gaspé\",education,Gaspésie",
        ]
        #expect(csv.stdout == expected.joined(separator: "\r\n") + "\r\n")
        let badWeight = try CLI.run("communities", CLI.sample, "--weight", "size")
        #expect(badWeight.status == 64)
        #expect(badWeight.stderr.contains("the only tie weight is 'strength'"))
    }

    @Test("summary --format json adds cohesion and sector mixing")
    func summaryStructure() throws {
        let result = try CLI.run("summary", CLI.fixture("rfc4180"), "--year", "2021", "--format", "json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let cohesion = try #require(object["cohesion"] as? [String: Any])
        // The path cami – cisss – phare and the isolate multi (worked by hand).
        #expect(cohesion["articulationPoints"] as? Int == 1 && cohesion["bridges"] as? Int == 2)
        #expect(cohesion["betweennessCentralization"] as? Double == 1.0 / 3)
        let largest = try #require(cohesion["largestComponent"] as? [String: Any])
        #expect(largest["diameter"] as? Int == 2 && largest["organizations"] as? Int == 3)
        let mixing = try #require(object["sectorMixing"] as? [String: Any])
        #expect(mixing["sectors"] as? [String] == ["community", "education", "health"])
        #expect(mixing["eiIndex"] as? Double == 1 && mixing["sectorModularity"] as? Double == -0.5)
        #expect(mixing["observed"] as? [[Int]] == [[0, 0, 2], [0, 0, 0], [2, 0, 0]])
        #expect(mixing["sectorEIIndex"] is [Any])
    }
}
