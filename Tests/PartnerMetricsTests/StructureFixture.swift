import Foundation
import PartnerCore

/// A reference network with the values `Scripts/reference/structure.py` computed for it with
/// networkx, R igraph and R sna (`Tests/Fixtures/reference/structure-<name>.json`).
struct StructureFixture: Decodable {
    let network: String
    let directed: Bool
    let nodes: [String]
    let edges: [[Int32]]
    let weights: [Double]?
    let groups: [Int32]
    let cohesion: Cohesion
    let centralization: Centralization
    let linkPrediction: LinkPrediction
    let mixing: Mixing
    let communities: Communities
    let brokerage: [String: Burt]
    let gouldFernandez: [String: [Double]]

    struct Cohesion: Decodable {
        let density: Double
        let components: [[Int32]]
        let strongComponents: [[Int32]]?
        let diameters: [Int]
        let averagePathLengths: [Double?]
        let transitivity: Double
        let averageClustering: Double
        let triangles: [Int]
        let articulationPoints: [Int32]
        let articulationCutOff: [[Int32]]
        let bridges: [[Int32]]
        let bridgeCutOff: [[Int32]]
    }

    struct Centralization: Decodable {
        let degree: Double?
        let betweenness: Double?
        let rawBetweenness: [Double]
    }

    struct LinkPrediction: Decodable {
        let pairs: [[Int32]]
        let commonNeighbors: [Int]
        let jaccard: [Double]
        let adamicAdar: [Double]
        let resourceAllocation: [Double]
        let preferentialAttachment: [Int]
    }

    struct Mixing: Decodable {
        let groupSizes: [Int]
        let observed: [[Int]]
        let expected: [[Double]]
        let ratio: [[Double?]]
        let eiNetwork: Double?
        let eiGroups: [Double?]
        let eiNodes: [Double?]
        let assortativity: Double?
    }

    struct Communities: Decodable {
        struct Louvain: Decodable { let seed: UInt64; let weighted: Bool; let modularity: Double; let communityCount: Int }
        struct Partition: Decodable { let name: String; let weighted: Bool; let membership: [Int32]; let modularity: Double? }
        let louvain: [Louvain]
        let partitions: [Partition]
    }

    struct Burt: Decodable {
        let constraint: [Double?]
        let effectiveSize: [Double?]
        let efficiency: [Double?]
    }

    /// The fixture's graph, with its weights when `weighted`.
    func graph(weighted: Bool = false) -> Graph {
        Graph(nodeCount: nodes.count, edges: edges.map { ($0[0], $0[1]) },
              weights: weighted ? weights : nil, isDirected: directed)
    }

    static let names = ["karate", "florentine", "lesmis", "emon"]

    static func load(_ name: String) throws -> StructureFixture {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/reference/structure-\(name).json")
        return try JSONDecoder().decode(StructureFixture.self, from: Data(contentsOf: url))
    }
}

/// `|a − b| ≤ tolerance`, or both `nil`.
func close(_ a: Double?, _ b: Double?, _ tolerance: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): true
    case let (x?, y?): abs(x - y) <= tolerance
    default: false
    }
}
