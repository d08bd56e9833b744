import PartnerCore

extension Graph {
    /// The same ties read without direction, each carrying its *mutual weight*.
    ///
    /// The mutual weight of a pair is `a_uv + a_vu`, the sum of the weights of the arcs joining them
    /// in either direction (1 per arc when the graph is unweighted), as in Burt (1992) and networkx's
    /// `mutual_weight`. An undirected edge is two arcs, so its mutual weight is twice its weight;
    /// measures that normalise by a node's total (constraint, effective size) are unaffected by
    /// that factor. The result always carries weights.
    ///
    /// Measures defined only for undirected graphs (link prediction, articulation points, Louvain)
    /// read a directed graph through this view.
    ///
    /// - Parameter countingArcs: ignore the weights: every arc weighs 1, so a reciprocated pair
    ///   of a directed graph weighs 2.
    /// - Complexity: O(n + m log d) for m arcs and largest degree d.
    public func mutualWeightGraph(countingArcs: Bool = false) -> Graph {
        var edges: [(Int32, Int32)] = []
        var mutual: [Double] = []
        edges.reserveCapacity(edgeCount)
        mutual.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for arc in Int(offsets[u])..<Int(offsets[u + 1]) {
                let v = Int(targets[arc])
                let forward = countingArcs ? 1 : weights?[arc] ?? 1
                if isDirected {
                    // Emit each pair once: from its smaller end, or from the only end that has an arc.
                    if let reverse = weight(v, u) {
                        let backward = countingArcs ? 1 : reverse
                        if u < v { edges.append((Int32(u), Int32(v))); mutual.append(forward + backward) }
                    } else {
                        edges.append((Int32(u), Int32(v))); mutual.append(forward)
                    }
                } else if u < v {
                    edges.append((Int32(u), Int32(v))); mutual.append(2 * forward)
                }
            }
        }
        return Graph(nodeCount: nodeCount, edges: edges, weights: mutual, isDirected: false)
    }

    /// The graph itself when undirected; otherwise ``mutualWeightGraph()``.
    public func undirectedView() -> Graph {
        isDirected ? mutualWeightGraph() : self
    }
}
