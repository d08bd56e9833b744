import Foundation
import PartnerCore
import Testing

/// A reference fixture written by `Scripts/reference/centrality.py`: a real network and the values
/// networkx computes on it (raw networkx conventions; the tests apply PartnerMap's).
struct CentralityFixture: Decodable, CustomTestStringConvertible {
    let network: String
    let directed: Bool
    let nodes: [String]
    let edges: [[Int32]]
    let weights: [Double]?
    /// Measure name → one value per node, unweighted.
    let unweighted: [String: [Double?]]
    /// Measure name → one value per node, with weights (networks that have them).
    let weighted: [String: [Double?]]?

    static let names = ["karate", "florentine", "lesmis", "emon-texas"]

    static func load(_ name: String) throws -> CentralityFixture {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference/centrality-\(name).json")
        return try JSONDecoder().decode(CentralityFixture.self, from: Data(contentsOf: url))
    }

    static func all() throws -> [CentralityFixture] { try names.map(load) }
    static func weightedOnes() throws -> [CentralityFixture] { try all().filter { $0.weights != nil } }

    var testDescription: String { network }
    var nodeCount: Int { nodes.count }

    /// The graph, built from the fixture's own edge list.
    func graph(weighted: Bool = false) -> Graph {
        Graph(nodeCount: nodes.count, edges: edges.map { ($0[0], $0[1]) },
              weights: weighted ? weights : nil, isDirected: directed)
    }

    /// The reference values of `measure`, failing the test when the fixture lacks them.
    func reference(_ measure: String, weighted: Bool = false) throws -> [Double?] {
        try #require((weighted ? self.weighted : unweighted)?[measure], "\(network) has no \(measure)")
    }
}

/// Expects `ours` and `theirs` to agree node by node within `tolerance`, `nil` matching `nil` only.
func expectAgreement(_ ours: [Double?], _ theirs: [Double?], tolerance: Double = 1e-9,
                     _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(ours.count == theirs.count, "\(what): node count", sourceLocation: sourceLocation)
    for (node, (a, b)) in zip(ours, theirs).enumerated() {
        switch (a, b) {
        case let (a?, b?):
            #expect(abs(a - b) <= tolerance, "\(what), node \(node): \(a) vs \(b)",
                    sourceLocation: sourceLocation)
        case (nil, nil):
            continue
        default:
            Issue.record("\(what), node \(node): \(String(describing: a)) vs \(String(describing: b))",
                         sourceLocation: sourceLocation)
        }
    }
}

func expectAgreement(_ ours: [Double], _ theirs: [Double?], tolerance: Double = 1e-9,
                     _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    expectAgreement(ours.map { Optional($0) }, theirs, tolerance: tolerance, what, sourceLocation: sourceLocation)
}

/// Small graphs whose values can be derived by hand.
enum Textbook {
    /// 0 – 1 – 2 – … – (n−1).
    static func path(_ n: Int) -> Graph {
        Graph(nodeCount: n, edges: (0..<max(0, n - 1)).map { (Int32($0), Int32($0 + 1)) }, isDirected: false)
    }

    /// Hub 0 tied to leaves 1…n−1.
    static func star(_ n: Int) -> Graph {
        Graph(nodeCount: n, edges: (1..<max(1, n)).map { (0, Int32($0)) }, isDirected: false)
    }

    static func complete(_ n: Int) -> Graph {
        var edges: [(Int32, Int32)] = []
        for u in 0..<n { for v in (u + 1)..<max(u + 1, n) { edges.append((Int32(u), Int32(v))) } }
        return Graph(nodeCount: n, edges: edges, isDirected: false)
    }

    /// A triangle {0, 1, 2} and a path 3 – 4 – 5, plus isolate 6.
    static let twoComponentsAndIsolate = Graph(
        nodeCount: 7, edges: [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5)], isDirected: false)

    static let empty = Graph(nodeCount: 0, edges: [], isDirected: false)
    static let singleNode = Graph(nodeCount: 1, edges: [], isDirected: false)
}
