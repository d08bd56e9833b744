import PartnerCore

/// Diameter and average shortest-path length of one component.
public struct ComponentDistances: Sendable, Equatable {
    /// Nodes in the component.
    public let size: Int
    /// Longest shortest path, in ties (0 for a single node).
    public let diameter: Int
    /// Mean shortest-path length over the ordered pairs of distinct nodes; `nil` for a single node.
    public let averagePathLength: Double?
}

extension Cohesion {
    /// Diameter and average shortest-path length (in ties, unweighted) of every component, in the
    /// order of `components`.
    ///
    /// Distances are those of networkx `diameter` and `average_shortest_path_length` on each
    /// component's subgraph. For a directed graph, pass ``Components/stronglyConnected(_:)``: every
    /// node of a strongly connected component reaches every other, and shortest paths between them
    /// never leave it, so one breadth-first search per node over the whole graph, counting only
    /// nodes of its own component, gives the subgraph's distances.
    ///
    /// - Complexity: O(n·m), one breadth-first search per node, with reused scratch buffers.
    public static func componentDistances(_ graph: Graph, components: Components) -> [ComponentDistances] {
        let n = graph.nodeCount
        precondition(components.membership.count == n, "components of another graph")
        var diameter = [Int](repeating: 0, count: components.count)
        var total = [Int](repeating: 0, count: components.count)
        var distance = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        for source in 0..<n where components.sizes[Int(components.membership[source])] > 1 {
            let component = components.membership[source]
            distance[source] = 0
            queue[0] = Int32(source)
            var head = 0, tail = 1
            var farthest: Int32 = 0, sum = 0
            while head < tail {
                let v = Int(queue[head])
                head += 1
                let next = distance[v] + 1
                for w in graph.neighbors(of: v) where distance[Int(w)] < 0 && components.membership[Int(w)] == component {
                    distance[Int(w)] = next
                    queue[tail] = w
                    tail += 1
                    farthest = next
                    sum += Int(next)
                }
            }
            for i in 0..<tail { distance[Int(queue[i])] = -1 }
            diameter[Int(component)] = max(diameter[Int(component)], Int(farthest))
            total[Int(component)] += sum
        }
        return components.sizes.indices.map { c in
            let size = components.sizes[c]
            return ComponentDistances(
                size: size, diameter: diameter[c],
                averagePathLength: size > 1 ? Double(total[c]) / Double(size * (size - 1)) : nil)
        }
    }
}
