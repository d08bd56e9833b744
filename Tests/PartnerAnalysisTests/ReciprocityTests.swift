import PartnerCore
import Testing
@testable import PartnerAnalysis

@Suite struct ReciprocityTests {
    @Test func matchesNetworkxReciprocity() throws {
        // networkx 3.6: overall_reciprocity = 2/3, reciprocity(node) = 2/3 for every node.
        let network = makeNetwork([("a", "s", "r"), ("b", "s", "r"), ("c", "t", "r"), ("d", "t", "r")],
                                  ties: [("a", "b"), ("b", "a"), ("b", "c"), ("c", "d"), ("d", "c"), ("a", "d")],
                                  directed: true)
        let report = ReciprocityReport(snapshot: network.snapshot())
        #expect(report.arcs == 6)
        #expect(report.reciprocatedArcs == 4)
        #expect(abs(try #require(report.overall) - 2.0 / 3) < 1e-12)
        #expect(report.organizations.map(\.id) == ["a", "b", "c", "d"])
        for row in report.organizations { #expect(abs(try #require(row.reciprocity) - 2.0 / 3) < 1e-12) }
        let b = try #require(report.organizations.first { $0.id == "b" })
        #expect(b.namesWithoutReturn == ["c"])
        #expect(b.explanation == "Org b names Org c as a partner, who does not name Org b back.")
        let d = try #require(report.organizations.first { $0.id == "d" })
        #expect(d.namedWithoutReturn == ["a"])
        #expect(d.explanation == "Org a names Org d as a partner; Org d does not name Org a.")
    }

    @Test func gapReportCarriesReciprocityOnlyForDirectedData() throws {
        let organizations = [("a", "s", "r"), ("b", "s", "r"), ("c", "t", "r")]
        let ties = [("a", "b"), ("b", "a"), ("b", "c")]
        let directed = GapAnalysis.report(for: makeNetwork(organizations, ties: ties, directed: true), options: GapOptions())
        let reciprocity = try #require(directed.regions.first?.reciprocity)
        #expect(reciprocity.reciprocatedArcs == 2)
        #expect(reciprocity.arcs == 3)
        let undirected = GapAnalysis.report(for: makeNetwork(organizations, ties: ties), options: GapOptions())
        #expect(undirected.regions.first?.reciprocity == nil)
    }
}
