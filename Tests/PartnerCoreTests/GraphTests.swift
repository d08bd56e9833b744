import Testing
@testable import PartnerCore

@Suite("Graph: compressed sparse rows")
struct GraphTests {
    /// 0–1, 0–2, 1–2, 2–3, and 4 alone; given out of order, with a parallel edge and a self-loop.
    static let undirected = Graph(
        nodeCount: 5,
        edges: [(2, 3), (1, 0), (0, 2), (2, 1), (0, 1), (3, 3)],
        weights: [4, 1, 2, 3, 5, 9],
        isDirected: false)

    @Test("Undirected: degrees, sorted neighbours, edge count")
    func undirectedStructure() {
        let graph = Self.undirected
        #expect(graph.nodeCount == 5)
        #expect(graph.edgeCount == 4)
        #expect((0..<5).map(graph.degree(of:)) == [2, 2, 3, 1, 0])
        #expect(Array(graph.neighbors(of: 2)) == [0, 1, 3])
        #expect(Array(graph.neighbors(of: 0)) == [1, 2])
        #expect(Array(graph.inNeighbors(of: 3)) == [2])
        #expect(graph.neighbors(of: 4).isEmpty)
        #expect(graph.offsets == [0, 2, 4, 7, 8, 8])
    }

    @Test("Self-loops are dropped and parallel edges merged, keeping the largest weight")
    func simpleGraph() {
        let graph = Self.undirected
        #expect(!graph.hasEdge(3, 3))
        #expect(graph.weight(0, 1) == 5)   // (1,0) weight 1 and (0,1) weight 5
        #expect(graph.weight(1, 0) == 5)
        #expect(graph.weight(2, 3) == 4)
        #expect(graph.weight(3, 2) == 4)
        #expect(graph.weight(0, 3) == nil)
        #expect(graph.weights?.count == graph.targets.count)
    }

    @Test("Directed: out and in neighbours, in and out degrees")
    func directed() {
        let graph = Graph(nodeCount: 4, edges: [(0, 1), (0, 2), (2, 0), (3, 0), (0, 1)], isDirected: true)
        #expect(graph.edgeCount == 4)
        #expect(Array(graph.neighbors(of: 0)) == [1, 2])
        #expect(Array(graph.inNeighbors(of: 0)) == [2, 3])
        #expect(graph.degree(of: 0) == 2)
        #expect(graph.inDegree(of: 0) == 2)
        #expect(graph.inDegree(of: 1) == 1)
        #expect(graph.degree(of: 1) == 0)
        #expect(graph.hasEdge(3, 0))
        #expect(!graph.hasEdge(0, 3))
        #expect(graph.weight(0, 1) == 1)
        #expect(graph.weights == nil)
    }

    @Test("Components, isolates and density")
    func cohesion() {
        let graph = Self.undirected
        let components = graph.connectedComponents()
        #expect(components.count == 2)
        #expect(components.membership == [0, 0, 0, 0, 1])
        #expect(graph.isolateCount == 1)
        #expect(graph.density == 0.4)  // 4 of 10 pairs

        // Weakly connected when directed: 0→1, 2→1 is one component; density m / n(n−1).
        let directed = Graph(nodeCount: 4, edges: [(0, 1), (2, 1)], isDirected: true)
        #expect(directed.connectedComponents().count == 2)
        #expect(directed.isolateCount == 1)
        #expect(abs((directed.density ?? 0) - 2.0 / 12.0) < 1e-12)
        #expect(Graph(nodeCount: 1, edges: [], isDirected: false).density == nil)
    }

    @Test("Components within groups follow only edges inside a group")
    func groupedComponents() {
        // Path 0–1–2–3; groups {0,1,3} and {2}: 0–1 together, 3 cut off from them through 2.
        let graph = Graph(nodeCount: 4, edges: [(0, 1), (1, 2), (2, 3)], isDirected: false)
        let components = graph.connectedComponents(groups: [0, 0, 1, 0])
        #expect(components.count == 3)
        #expect(components.membership == [0, 0, 1, 2])
    }
}
