import PartnerCore

extension Cohesion {
    /// Number of triangles each node belongs to, ties read without direction (networkx `triangles`).
    ///
    /// Each triangle u < v < w is found once, from its tie u–v, by merging the sorted neighbour
    /// lists of u and v above v.
    ///
    /// - Complexity: O(Σ over ties u–v of deg u + deg v) ≤ O(m·d) for largest degree d.
    public static func triangles(_ graph: Graph) -> [Int] {
        let graph = graph.undirectedView()
        var count = [Int](repeating: 0, count: graph.nodeCount)
        let targets = graph.targets
        for u in 0..<graph.nodeCount {
            let endU = Int(graph.offsets[u + 1])
            for v in graph.neighbors(of: u) where Int(v) > u {
                var i = Int(graph.offsets[u]), j = Int(graph.offsets[Int(v)])
                let endV = Int(graph.offsets[Int(v) + 1])
                while i < endU && j < endV {
                    let a = targets[i], b = targets[j]
                    if a < b { i += 1 } else if b < a { j += 1 } else {
                        if a > v { count[u] += 1; count[Int(v)] += 1; count[Int(a)] += 1 }
                        i += 1; j += 1
                    }
                }
            }
        }
        return count
    }

    /// Transitivity: 3 × triangles / connected triples = Σ t(v) / Σ deg(v)(deg(v)−1)/2, ties read
    /// without direction (Wasserman & Faust 1994; networkx `transitivity`); `nil` when there is no
    /// connected triple (networkx gives 0).
    ///
    /// - Complexity: that of ``triangles(_:)``.
    public static func transitivity(_ graph: Graph) -> Double? {
        transitivity(undirected: graph.undirectedView(), triangles: triangles(graph))
    }

    /// Mean local clustering coefficient over all nodes (``PartnerCore/Graph/clusteringCoefficients()``:
    /// Watts & Strogatz 1998; Fagiolo 2007 on a directed graph), counting 0 for nodes with fewer than
    /// two partners, as networkx `average_clustering`; `nil` for an empty graph.
    ///
    /// - Complexity: that of ``PartnerCore/Graph/clusteringCoefficients()``.
    public static func averageClustering(_ graph: Graph) -> Double? {
        guard graph.nodeCount > 0 else { return nil }
        let sum = graph.clusteringCoefficients().reduce(0.0) { $0 + ($1 ?? 0) }
        return sum / Double(graph.nodeCount)
    }

    static func transitivity(undirected graph: Graph, triangles: [Int]) -> Double? {
        var closed = 0, triples = 0
        for v in 0..<graph.nodeCount {
            let d = graph.degree(of: v)
            closed += triangles[v]
            triples += d * (d - 1) / 2
        }
        return triples == 0 ? nil : Double(closed) / Double(triples)
    }
}
