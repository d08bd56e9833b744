import PartnerCore

/// A tie whose removal disconnects its component; `u < v`.
public struct Bridge: Hashable, Comparable, Sendable {
    public let u: Int32
    public let v: Int32

    public init(_ a: Int32, _ b: Int32) {
        u = min(a, b)
        v = max(a, b)
    }

    public static func < (lhs: Bridge, rhs: Bridge) -> Bool { (lhs.u, lhs.v) < (rhs.u, rhs.v) }
}

/// Articulation points (cut vertices) and bridges (cut edges) of a graph, and who each would cut off.
///
/// An articulation point is a node whose removal increases the number of connected components; a
/// bridge is an edge whose removal does. Both come from one depth-first search (Hopcroft & Tarjan
/// 1973): with `disc(v)` the preorder number and `low(v)` the smallest `disc` reachable from v's
/// subtree by one back edge, a non-root `p` is a cut vertex when some tree child `c` has
/// `low(c) ≥ disc(p)`, the root when it has two or more tree children, and the tree edge `p–c` is a
/// bridge when `low(c) > disc(p)`. The search is iterative (an explicit stack), so a long path of
/// hundreds of thousands of organizations cannot overflow the call stack.
///
/// Directed graphs are read without direction (``PartnerCore/Graph/undirectedView()``), as networkx's
/// `articulation_points` and `bridges` require.
///
/// **Who is cut off.** Removing an articulation point splits its component into parts; the part that
/// stays is the largest (ties: the part holding the smallest node index), and every other node of the
/// component is *cut off*. For a bridge, the two sides are compared the same way. Each part is a
/// subtree of the search (a contiguous range of the preorder) or the rest of the component, so the
/// sizes are known without another search.
public struct Biconnectivity: Sendable {
    /// Cut vertices, ascending.
    public let articulationPoints: [Int32]
    /// Cut edges, ascending.
    public let bridges: [Bridge]

    private let graph: Graph
    /// Preorder position of each node, and the node at each position.
    private let position: [Int32]
    private let preorder: [Int32]
    /// Parent in the search forest (−1 for roots), subtree size and smallest node index in the subtree.
    private let parent: [Int32]
    private let subtreeSize: [Int32]
    private let subtreeMinimum: [Int32]
    /// `true` when removing the parent would separate this node's subtree from the rest.
    private let separatedFromParent: [Bool]
    /// The search root of each node's component (its smallest node, as roots are taken in order).
    private let root: [Int32]

    /// - Complexity: O(n + m) time and memory.
    public init(graph: Graph) {
        let graph = graph.undirectedView()
        let n = graph.nodeCount
        var position = [Int32](repeating: -1, count: n)
        var low = [Int32](repeating: 0, count: n)
        var parent = [Int32](repeating: -1, count: n)
        var size = [Int32](repeating: 1, count: n)
        var minimum = (0..<n).map { Int32($0) }
        var separated = [Bool](repeating: false, count: n)
        var root = [Int32](repeating: -1, count: n)
        var nextArc = Array(graph.offsets.dropLast())
        var preorder: [Int32] = []
        preorder.reserveCapacity(n)
        var isCut = [Bool](repeating: false, count: n)
        var bridges: [Bridge] = []
        var stack: [Int32] = []

        for start in 0..<n where position[start] < 0 {
            position[start] = Int32(preorder.count)
            low[start] = position[start]
            preorder.append(Int32(start))
            root[start] = Int32(start)
            stack.append(Int32(start))
            var rootChildren = 0
            while let top = stack.last {
                let v = Int(top)
                if nextArc[v] < graph.offsets[v + 1] {
                    let w = Int(graph.targets[Int(nextArc[v])])
                    nextArc[v] += 1
                    if position[w] < 0 {
                        parent[w] = Int32(v)
                        position[w] = Int32(preorder.count)
                        low[w] = position[w]
                        root[w] = Int32(start)
                        preorder.append(Int32(w))
                        stack.append(Int32(w))
                        if v == start { rootChildren += 1 }
                    } else if w != Int(parent[v]) {
                        // The graph is simple, so the only arc back to the parent is the tree edge.
                        low[v] = min(low[v], position[w])
                    }
                    continue
                }
                stack.removeLast()
                let p = Int(parent[v])
                guard p >= 0 else { continue }
                low[p] = min(low[p], low[v])
                size[p] += size[v]
                minimum[p] = min(minimum[p], minimum[v])
                if low[v] >= position[p] {
                    separated[v] = true
                    if p != start { isCut[p] = true }
                }
                if low[v] > position[p] { bridges.append(Bridge(Int32(p), Int32(v))) }
            }
            if rootChildren >= 2 { isCut[start] = true }
        }

        self.graph = graph
        self.articulationPoints = (0..<n).filter { isCut[$0] }.map(Int32.init)
        self.bridges = bridges.sorted()
        self.position = position
        self.preorder = preorder
        self.parent = parent
        self.subtreeSize = size
        self.subtreeMinimum = minimum
        self.separatedFromParent = separated
        self.root = root
    }

    /// The nodes that would lose contact with the largest remaining part of their component if
    /// `node` closed, ascending; empty when `node` is not an articulation point.
    ///
    /// - Complexity: O(deg(node) + k log k) for k nodes cut off.
    public func cutOff(byRemoving node: Int) -> [Int32] {
        guard (0..<graph.nodeCount).contains(node) else { return [] }
        let (kept, pieces) = parts(afterRemoving: node)
        guard pieces.count >= 2 else { return [] }
        var nodes: [Int32] = []
        let componentStart = Int(position[Int(root[node])])
        let componentEnd = componentStart + Int(subtreeSize[Int(root[node])])
        if kept.child < 0 {
            // The rest of the component stays: everything in the separated subtrees is cut off.
            for piece in pieces where piece.child >= 0 { nodes += subtreeNodes(Int(piece.child)) }
        } else {
            let keptStart = Int(position[Int(kept.child)])
            let keptEnd = keptStart + Int(subtreeSize[Int(kept.child)])
            for i in componentStart..<componentEnd where (i < keptStart || i >= keptEnd) && Int(preorder[i]) != node {
                nodes.append(preorder[i])
            }
        }
        return nodes.sorted()
    }

    /// How many nodes ``cutOff(byRemoving:)`` would list. O(deg(node)).
    public func cutOffCount(byRemoving node: Int) -> Int {
        guard (0..<graph.nodeCount).contains(node) else { return 0 }
        let (kept, pieces) = parts(afterRemoving: node)
        guard pieces.count >= 2 else { return 0 }
        return pieces.reduce(0) { $0 + $1.size } - kept.size
    }

    /// The nodes on the smaller side of `bridge` (ties: the side without the component's smallest
    /// node), ascending; empty when it is not a bridge.
    ///
    /// - Complexity: O(log d + k log k) for k nodes cut off.
    public func cutOff(byRemoving bridge: Bridge) -> [Int32] {
        guard let child = bridgeChild(bridge) else { return [] }
        let componentRoot = Int(root[child])
        let componentSize = Int(subtreeSize[componentRoot])
        let side = Int(subtreeSize[child])
        if side <= componentSize - side { return subtreeNodes(child).sorted() }
        let start = Int(position[componentRoot]), childStart = Int(position[child])
        let nodes = preorder[start..<childStart] + preorder[(childStart + side)..<(start + componentSize)]
        return nodes.sorted()
    }

    /// How many nodes ``cutOff(byRemoving:)-(Bridge)`` would list.
    public func cutOffCount(byRemoving bridge: Bridge) -> Int {
        guard let child = bridgeChild(bridge) else { return 0 }
        let componentSize = Int(subtreeSize[Int(root[child])])
        let side = Int(subtreeSize[child])
        return min(side, componentSize - side)
    }

    /// A part left after removing a node: a separated subtree (`child` ≥ 0) or the rest (`child` = −1).
    private struct Piece { let child: Int32; let size: Int; let minimum: Int32 }

    /// The parts a node's component falls into without it, and the one that stays.
    private func parts(afterRemoving node: Int) -> (kept: Piece, pieces: [Piece]) {
        var pieces: [Piece] = []
        var separatedSize = 0
        for c in graph.neighbors(of: node) where Int(parent[Int(c)]) == node && separatedFromParent[Int(c)] {
            let size = Int(subtreeSize[Int(c)])
            pieces.append(Piece(child: c, size: size, minimum: subtreeMinimum[Int(c)]))
            separatedSize += size
        }
        let componentRoot = Int(root[node])
        if componentRoot != node {
            let rest = Int(subtreeSize[componentRoot]) - 1 - separatedSize
            pieces.append(Piece(child: -1, size: rest, minimum: Int32(componentRoot)))
        }
        // The largest part stays; among equals, the one holding the smallest node index.
        let kept = pieces.max { ($0.size, $1.minimum) < ($1.size, $0.minimum) }
            ?? Piece(child: -1, size: 0, minimum: 0)
        return (kept, pieces)
    }

    private func subtreeNodes(_ child: Int) -> ArraySlice<Int32> {
        let start = Int(position[child])
        return preorder[start..<(start + Int(subtreeSize[child]))]
    }

    /// The endpoint of `bridge` that is the other's child in the search tree, if it is a bridge.
    private func bridgeChild(_ bridge: Bridge) -> Int? {
        var low = 0, high = bridges.count
        while low < high {
            let mid = (low + high) / 2
            if bridges[mid] < bridge { low = mid + 1 } else { high = mid }
        }
        guard low < bridges.count, bridges[low] == bridge else { return nil }
        let u = Int(bridge.u), v = Int(bridge.v)
        return Int(parent[v]) == u ? v : u
    }
}
