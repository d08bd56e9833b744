import PartnerCore

/// A partition of the nodes into components, numbered by their smallest node.
public struct Components: Sendable, Equatable {
    /// Component number of each node; component `i` has the `i`-th smallest lowest node index.
    public let membership: [Int32]
    /// Number of nodes in each component.
    public let sizes: [Int]

    /// Number of components.
    public var count: Int { sizes.count }

    /// Size of the largest component (0 for an empty graph).
    public var largestSize: Int { sizes.max() ?? 0 }

    /// Number of components made of a single node (isolates, for connected components).
    public var singletonCount: Int { sizes.lazy.filter { $0 == 1 }.count }

    /// The members of each component, ascending.
    public func members() -> [[Int32]] {
        var members = sizes.map { size in
            var list: [Int32] = []
            list.reserveCapacity(size)
            return list
        }
        for (node, component) in membership.enumerated() { members[Int(component)].append(Int32(node)) }
        return members
    }

    /// Renumbers labels in `0..<n` so that components are numbered by their smallest node.
    init(labels: [Int32]) {
        var renumber = [Int32](repeating: -1, count: labels.count)
        var membership = [Int32](repeating: 0, count: labels.count)
        var sizes: [Int] = []
        for (node, label) in labels.enumerated() {
            var component = renumber[Int(label)]
            if component < 0 {
                component = Int32(sizes.count)
                renumber[Int(label)] = component
                sizes.append(0)
            }
            membership[node] = component
            sizes[Int(component)] += 1
        }
        self.membership = membership
        self.sizes = sizes
    }

    /// Connected components; for a directed graph, weakly connected components (ties read without
    /// direction). PartnerCore's ``PartnerCore/Graph/connectedComponents(groups:)``, with sizes.
    ///
    /// - Complexity: O(n + m), one breadth-first search per component.
    public static func connected(_ graph: Graph) -> Components {
        Components(labels: graph.connectedComponents().membership)
    }

    /// Strongly connected components: maximal sets in which every node reaches every other along
    /// arcs (Tarjan 1972, with an explicit stack). For an undirected graph, the connected components.
    ///
    /// - Complexity: O(n + m).
    public static func stronglyConnected(_ graph: Graph) -> Components {
        guard graph.isDirected else { return connected(graph) }
        let n = graph.nodeCount
        var index = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var label = [Int32](repeating: -1, count: n)
        var nextArc = Array(graph.offsets.dropLast())
        var sccStack: [Int32] = []
        var callStack: [Int32] = []
        var counter: Int32 = 0, components: Int32 = 0
        for start in 0..<n where index[start] < 0 {
            callStack.append(Int32(start))
            index[start] = counter; low[start] = counter; counter += 1
            sccStack.append(Int32(start)); onStack[start] = true
            while let top = callStack.last {
                let v = Int(top)
                if nextArc[v] < graph.offsets[v + 1] {
                    let w = Int(graph.targets[Int(nextArc[v])])
                    nextArc[v] += 1
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        sccStack.append(Int32(w)); onStack[w] = true
                        callStack.append(Int32(w))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                    continue
                }
                callStack.removeLast()
                if let caller = callStack.last { low[Int(caller)] = min(low[Int(caller)], low[v]) }
                if low[v] == index[v] {
                    while let w = sccStack.popLast() {
                        onStack[Int(w)] = false
                        label[Int(w)] = components
                        if Int(w) == v { break }
                    }
                    components += 1
                }
            }
        }
        return Components(labels: label)
    }
}
