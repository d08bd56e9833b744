import Foundation
import Testing

@Suite("partnermap centrality")
struct CentralityCommandTests {
    private static let keys: Set<String> = [
        "id", "name", "sector", "region", "degree", "strength", "betweenness", "closeness", "harmonic",
        "eigenvector", "pagerank", "clustering", "coreNumber", "constraint", "effectiveSize", "brokerage",
    ]

    @Test func sampleJSONHasEveryOrganizationWithDesignKeys() throws {
        let result = try CLI.run("centrality", CLI.sample, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let expected = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: URL(fileURLWithPath: CLI.sample + "/expected.json"))) as? [String: Any])
        let perYear = try #require(expected["perYear"] as? [String: [String: Any]])
        let organizations = try #require(perYear["2022"]?["organizations"] as? Int)

        let rows = try #require(json["organizations"] as? [[String: Any]])
        #expect(rows.count == organizations)
        #expect(rows.allSatisfy { Set($0.keys) == Self.keys })
        // Ranked by betweenness, highest first; the isolated organization has null closeness.
        let betweenness = rows.compactMap { $0["betweenness"] as? Double }
        #expect(betweenness.count == rows.count && betweenness == betweenness.sorted(by: >))
        let isolated = try #require(rows.first { $0["id"] as? String == "cha-tcab" })
        #expect(isolated["closeness"] is NSNull && isolated["clustering"] is NSNull)
        #expect(isolated["harmonic"] as? Double == 0)
    }

    @Test func topCSVAndThreadsDoNotChangeBytes() throws {
        let one = try CLI.run("centrality", CLI.sample, "--measure", "pagerank,degree", "--top", "5",
                              "--format", "csv", "--threads", "1", "--region", "Montréal")
        let two = try CLI.run("centrality", CLI.sample, "--measure", "pagerank", "--measure", "degree",
                              "--top", "5", "--format", "csv", "--threads", "2", "--region", "Montréal")
        #expect(one.status == 0 && two.status == 0)
        #expect(one.stdout == two.stdout)
        #expect(one.lines.count == 6)
        #expect(one.lines.first == "rank,id,name,sector,region,degree,pagerank\r")
        let pagerank = one.lines.dropFirst().compactMap { $0.split(separator: ",").last.flatMap { Double($0.dropLast()) } }
        #expect(pagerank.count == 5 && pagerank == pagerank.sorted(by: >))
    }

    @Test func directedAddsInAndOutDegreeAndTimingsGoToStderr() throws {
        let result = try CLI.run("centrality", CLI.sample, "--directed", "--measure", "degree,betweenness",
                                 "--format", "json", "--timings", "--region", "Laval")
        #expect(result.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let row = try #require((json["organizations"] as? [[String: Any]])?.first)
        #expect(Set(row.keys) == ["id", "name", "sector", "region", "degree", "inDegree", "outDegree", "betweenness"])
        #expect(result.stderr.contains("timing betweenness "))
        #expect(result.stderr.contains("timing load "))
    }

    @Test func approximateBetweennessSaysSoAndStatesItsBound() throws {
        let result = try CLI.run("centrality", CLI.sample, "--measure", "betweenness", "--approximate", "0.05",
                                 "--format", "json", "--seed", "3")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("note: betweenness estimated"))
        #expect(result.stderr.contains("within ±0.05034 of the exact normalised one with probability ≥ 90 %"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let network = try #require(json["network"] as? [String: Any])
        let estimate = try #require(network["betweennessEstimate"] as? [String: Any])
        #expect(estimate["epsilon"] as? Double == 0.05 && estimate["seed"] as? Int == 3)
        #expect((estimate["samples"] as? Int ?? 0) > 1000)
        // Not a terminal: no progress bar in the output.
        #expect(!result.stderr.contains("█"))

        let exact = try CLI.run("centrality", CLI.sample, "--measure", "betweenness", "--format", "json")
        #expect(!exact.stderr.contains("note:"))
        let exactNetwork = try #require((try JSONSerialization.jsonObject(with: Data(exact.stdout.utf8))
            as? [String: Any])?["network"] as? [String: Any])
        #expect(exactNetwork["betweennessEstimate"] == nil)
    }

    @Test func approximateNeedsAnEpsilonBelowOneAndNotExact() throws {
        #expect(try CLI.run("centrality", CLI.sample, "--approximate", "1.5").status == 64)
        #expect(try CLI.run("centrality", CLI.sample, "--approximate", "0").status == 64)
        #expect(try CLI.run("centrality", CLI.sample, "--approximate", "0.1", "--exact").status == 64)
    }

    @Test func badOptionsAreUsageErrors() throws {
        let unknown = try CLI.run("centrality", CLI.sample, "--measure", "fame")
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("unknown measure"))
        #expect(try CLI.run("centrality", CLI.sample, "--threads", "0").status == 64)
        #expect(try CLI.run("centrality", CLI.sample, "--weight", "kinds").status == 64)
        #expect(try CLI.run("centrality", CLI.sample, "--top", "0").status == 64)
    }
}
