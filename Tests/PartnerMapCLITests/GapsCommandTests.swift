import Foundation
import Testing

@Suite struct GapsCommandTests {
    @Test func gapsJSONIsStableAndHasTheDocumentedShape() throws {
        let arguments = ["gaps", "samples/quebec-npi", "--region", "Lanaudière", "--top", "3", "--format", "json"]
        let first = try CLI.run(arguments)
        #expect(first.status == 0)
        let second = try CLI.run(arguments)
        #expect(first.stdout == second.stdout)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        let regions = try #require(json["regions"] as? [[String: Any]])
        #expect(regions.count == 1)
        let region = regions[0]
        #expect(region["region"] as? String == "Lanaudière")
        for key in ["sectorGaps", "suggestions", "articulationPoints", "bridges", "brokers", "isolatedOrganizations"] {
            #expect(region[key] is [Any], "missing \(key)")
        }
        let gaps = try #require(region["sectorGaps"] as? [[String: Any]])
        #expect(gaps.contains { $0["kind"] as? String == "missing-sector" && $0["sectors"] as? [String] == ["education"] })
        let suggestions = try #require(region["suggestions"] as? [[String: Any]])
        #expect(suggestions.count == 3)
        for suggestion in suggestions {
            #expect(suggestion["source"] is String && suggestion["target"] is String && suggestion["score"] is Double)
            #expect((suggestion["reasons"] as? [String])?.isEmpty == false)
        }
        #expect((json["intersectorality"] as? [Any])?.count == 18)
    }

    @Test func evaluateJSONNamesTheMethods() throws {
        let result = try CLI.run(["gaps", "samples/quebec-npi", "--region", "Laval", "--evaluate", "--seeds", "2",
                                        "--format", "json"])
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let evaluation = try #require(json["evaluation"] as? [String: Any])
        #expect(evaluation["holdout"] as? Double == 0.1)
        #expect(evaluation["seeds"] as? Int == 2)
        let methods = try #require(evaluation["methods"] as? [[String: Any]])
        let names = methods.compactMap { $0["name"] as? String }
        #expect(names.starts(with: ["partnermap", "partnermap-complementarity"]))
        #expect(Set(["adamic-adar", "jaccard", "rooted-pagerank", "katz", "resource-allocation"]).isSubset(of: names))
        #expect(methods.allSatisfy { $0.keys.contains("auc") && $0.keys.contains("precisionAt10")
            && $0.keys.contains("averagePrecision") && $0.keys.contains("aucSpread") })
        let protocols = try #require(evaluation["protocols"] as? [[String: Any]])
        #expect(protocols.compactMap { $0["name"] as? String } == ["plain", "keep-last-tie"])
    }

    @Test func usageErrorsExit64() throws {
        let seedsAlone = try CLI.run(["gaps", "samples/quebec-npi", "--seeds", "3"])
        #expect(seedsAlone.status == 64)
        #expect(seedsAlone.stderr.contains("--seeds needs --evaluate"))
        let unknown = try CLI.run(["whatif", "samples/quebec-npi", "--remove", "abt-neigbours"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown organization id \"abt-neigbours\"; did you mean \"abt-neighbours\"?"))
    }

    @Test func whatifTablesBeforeAndAfter() throws {
        let result = try CLI.run(["whatif", "samples/quebec-npi", "--region", "Abitibi-Témiscamingue",
                                        "--remove", "abt-neighbours"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("components                            1       4"))
        #expect(result.stdout.contains("12 organizations lose their route to the main network"))
    }
}
