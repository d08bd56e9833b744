import PartnerCore
import PartnerMetrics

// TEMPORARY until structure lands constraint, Gould–Fernandez and Louvain.
enum MetricBindings {
    static func brokerMeasures(graph: Graph, sectorOf: [Int32]) -> BrokerFinder.Measures {
        let n = graph.nodeCount
        return .init(betweenness: graph.undirectedView().betweennessCentrality(threads: 1),
                     constraint: Array(repeating: nil, count: n),
                     liaison: Array(repeating: 0, count: n), representative: Array(repeating: 0, count: n))
    }
    static func communities(graph: Graph) -> [Int32]? { nil }
}
