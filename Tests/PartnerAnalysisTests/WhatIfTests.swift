import PartnerCore
import Testing
@testable import PartnerAnalysis

@Suite struct WhatIfTests {
    /// Two triangles joined by the tie 2 – 3, a pendant 6 on 5, and an isolate 7; values from networkx 3.6
    /// (`number_connected_components`, `global_efficiency`, before and after `remove_node(3)`).
    let network = makeNetwork(
        [("0", "health", "r"), ("1", "health", "r"), ("2", "education", "r"), ("3", "housing", "r"),
         ("4", "housing", "r"), ("5", "community", "r"), ("6", "community", "r"), ("7", "justice", "r")],
        ties: [("0", "1"), ("1", "2"), ("0", "2"), ("2", "3"), ("3", "4"), ("4", "5"), ("3", "5"), ("5", "6")])

    @Test func removingACutVertexMatchesNetworkx() throws {
        let result = try WhatIf.remove(["3"], from: network.snapshot(), in: network)
        #expect(result.before.components == 2)
        #expect(result.before.largestComponent == 7)
        #expect(result.before.reachablePairs == 21)
        #expect(abs(result.before.globalEfficiency - 0.47023809523809507) < 1e-12)
        #expect(result.after.components == 3)
        #expect(result.after.largestComponent == 3)
        #expect(result.after.reachablePairs == 6)
        #expect(abs(result.after.globalEfficiency - 0.2619047619047619) < 1e-12)
        #expect(result.after.ties == 5)
        // The largest component left is the first triangle; 4, 5 and 6 lose their route to it.
        #expect(result.cutOff == ["4", "5", "6"])
        #expect(result.lostSectorPairs == [["education", "housing"]])
        #expect(result.lostSectors == [])
        #expect(result.explanation.first?.contains("Org 4, Org 5 and Org 6") == true)
    }

    @Test func unknownIdListsCloseMatches() {
        #expect {
            try WhatIf.remove(["33", "Org 5"], from: network.snapshot(), in: network)
        } throws: { error in
            guard let error = error as? UnknownOrganizationError else { return false }
            return error.misses.map(\.id) == ["33", "Org 5"]
                && error.misses[0].suggestions.contains("3")
                && error.misses[1].suggestions == ["5"]
                && error.description.contains("did you mean \"5\"?")
        }
    }
}
