import PartnerCore
import Testing
@testable import PartnerMetrics

@Suite struct MixingTests {
    @Test(arguments: StructureFixture.names)
    func matrixEIIndexAndAssortativityEqualReference(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        let graph = fixture.graph()
        let reference = fixture.mixing
        let matrix = MixingMatrix(graph: graph, groups: fixture.groups)
        #expect(matrix.groupSizes == reference.groupSizes)
        #expect(matrix.observed == reference.observed)
        for a in 0..<matrix.groupCount {
            for b in 0..<matrix.groupCount {
                #expect(close(matrix.expected[a][b], reference.expected[a][b]), "expected[\(a)][\(b)]")
                #expect(close(matrix.ratio[a][b], reference.ratio[a][b]), "ratio[\(a)][\(b)]")
            }
        }
        let ei = EIIndex(graph: graph, groups: fixture.groups)
        #expect(close(ei.network, reference.eiNetwork))
        #expect(ei.groups.count == reference.eiGroups.count)
        for (ours, theirs) in zip(ei.groups, reference.eiGroups) { #expect(close(ours, theirs)) }
        #expect(ei.nodes.count == reference.eiNodes.count)
        for (ours, theirs) in zip(ei.nodes, reference.eiNodes) { #expect(close(ours, theirs)) }
        #expect(close(Mixing.attributeAssortativity(graph: graph, groups: fixture.groups), reference.assortativity))
    }

    @Test func onlyExternalTiesGiveEIPlusOne() {
        // Complete bipartite K(2,3) with the sides as groups: every tie crosses.
        let edges: [(Int32, Int32)] = [(0, 2), (0, 3), (0, 4), (1, 2), (1, 3), (1, 4)]
        let graph = Graph(nodeCount: 5, edges: edges, isDirected: false)
        let groups: [Int32] = [0, 0, 1, 1, 1]
        let ei = EIIndex(graph: graph, groups: groups)
        #expect(ei.network == 1)
        #expect(ei.groups == [1, 1])
        #expect(ei.nodes == Array(repeating: 1, count: 5))
        #expect(Mixing.attributeAssortativity(graph: graph, groups: groups) == -1)
        let matrix = MixingMatrix(graph: graph, groups: groups)
        #expect(matrix.observed == [[0, 6], [6, 0]])
        // density 6/10: expected 2·3·0.6 = 3.6 between, 1·0.6 and 3·0.6 within.
        #expect(close(matrix.expected[0][1], 3.6) && close(matrix.expected[0][0], 0.6) && close(matrix.expected[1][1], 1.8))
        #expect(matrix.ratio[0][0] == 0)
        #expect(close(matrix.ratio[1][0], 6 / 3.6))
    }

    @Test func onlyInternalTiesGiveEIMinusOne() {
        // Two triangles, one per group, and an isolate in a third group.
        let edges: [(Int32, Int32)] = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5)]
        let graph = Graph(nodeCount: 7, edges: edges, isDirected: false)
        let groups: [Int32] = [0, 0, 0, 1, 1, 1, 2]
        let ei = EIIndex(graph: graph, groups: groups)
        #expect(ei.network == -1)
        #expect(ei.groups == [-1, -1, nil])
        #expect(ei.nodes[6] == nil && ei.nodes[0] == -1)
        #expect(Mixing.attributeAssortativity(graph: graph, groups: groups) == 1)
        let matrix = MixingMatrix(graph: graph, groups: groups)
        #expect(matrix.ratio[2][2] == nil)  // a one-member group has no possible internal tie
        #expect(matrix.observed[0][0] == 3 && matrix.observed[0][1] == 0)
    }

    @Test func oneGroupOrNoTiesIsUndefined() {
        let single = Graph(nodeCount: 1, edges: [], isDirected: false)
        #expect(EIIndex(graph: single, groups: [0]).network == nil)
        #expect(Mixing.attributeAssortativity(graph: single, groups: [0]) == nil)
        let path = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], isDirected: false)
        #expect(Mixing.attributeAssortativity(graph: path, groups: [0, 0, 0]) == nil)
        #expect(MixingMatrix(graph: single, groups: [0]).ratio == [[nil]])
    }

    @Test func directedArcsCountOnceForEachEnd() {
        // 0 → 1 (same group), 0 → 2 and 2 → 0 (different groups).
        let graph = Graph(nodeCount: 3, edges: [(0, 1), (0, 2), (2, 0)], isDirected: true)
        let ei = EIIndex(graph: graph, groups: [0, 0, 1])
        #expect(ei.externalTies == 2 && ei.internalTies == 1)
        #expect(close(ei.network, 1.0 / 3))
        #expect(close(ei.nodes[0], 1.0 / 3))  // out 0→1 internal, out 0→2 and in 2→0 external
        #expect(ei.nodes[1] == -1 && ei.nodes[2] == 1)
        let matrix = MixingMatrix(graph: graph, groups: [0, 0, 1])
        #expect(matrix.observed == [[1, 1], [1, 0]])
        #expect(close(matrix.expected[0][0], 2 * 0.5))  // 2 ordered pairs within group 0, density 3/6
    }
}
