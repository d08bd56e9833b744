import Foundation
import PartnerCore

/// Scores pairs of organizations by how likely a tie between them is, from their shared partners.
///
/// The indices are those of ``LinkScores`` (Liben-Nowell & Kleinberg 2007; Adamic & Adar 2003;
/// Zhou, Lü & Zhang 2009), computed on the undirected, unweighted graph — a directed graph is read
/// through ``PartnerCore/Graph/undirectedView()`` and weights are ignored, as in networkx.
///
/// Neighbour sets are the sorted CSR lists of ``PartnerCore/Graph``, so one pair costs a merge of two
/// sorted lists; ``forEachNonTie(sharingANeighbor:_:)`` scores every non-linked pair at once by
/// walking each node's two-step neighbourhood into dense scratch arrays.
public struct LinkPredictor: Sendable {
    /// The undirected graph the scores are computed on.
    public let graph: Graph
    /// 1 / log(deg w), the Adamic–Adar weight of w as a shared neighbour (0 when deg w < 2, which
    /// never happens for a shared neighbour).
    private let adamicAdarWeight: [Double]
    /// 1 / deg w, the resource-allocation weight of w as a shared neighbour.
    private let resourceWeight: [Double]

    /// - Complexity: O(n + m) (O(m log d) more for a directed graph's undirected view).
    public init(graph: Graph) {
        let undirected = graph.undirectedView()
        self.graph = undirected
        var adamicAdar = [Double](repeating: 0, count: undirected.nodeCount)
        var resource = [Double](repeating: 0, count: undirected.nodeCount)
        for w in 0..<undirected.nodeCount {
            let degree = undirected.degree(of: w)
            if degree >= 2 { adamicAdar[w] = 1 / log(Double(degree)) }
            if degree >= 1 { resource[w] = 1 / Double(degree) }
        }
        adamicAdarWeight = adamicAdar
        resourceWeight = resource
    }

    /// The five scores of the pair (u, v); the pair need not be non-linked.
    ///
    /// - Complexity: O(deg u + deg v), one merge of the two sorted neighbour lists.
    public func scores(_ u: Int, _ v: Int) -> LinkScores {
        var common = 0
        var adamicAdar = 0.0, resource = 0.0
        forEachCommonNeighbor(u, v) { w in
            common += 1
            adamicAdar += adamicAdarWeight[w]
            resource += resourceWeight[w]
        }
        return makeScores(u, v, common: common, adamicAdar: adamicAdar, resource: resource)
    }

    /// The organizations tied to both u and v, ascending.
    ///
    /// - Complexity: O(deg u + deg v).
    public func commonNeighbors(_ u: Int, _ v: Int) -> [Int32] {
        var shared: [Int32] = []
        forEachCommonNeighbor(u, v) { shared.append(Int32($0)) }
        return shared
    }

    /// Calls `body` for every pair u < v that is not tied, with its scores, in ascending (u, v) order.
    ///
    /// With `sharingANeighbor`, only pairs with at least one common neighbour are visited (every
    /// other non-tie has common neighbours, Jaccard, Adamic–Adar and resource allocation 0, and
    /// preferential attachment deg u · deg v); the cost then no longer grows with n².
    ///
    /// For each u, the paths u – w – x with x > u add w's weights to scratch arrays indexed by x, so
    /// the Adamic–Adar and resource-allocation sums add the same terms in the same order (ascending w)
    /// as ``scores(_:_:)``: the bulk and per-pair scores are bit-identical.
    ///
    /// - Complexity: O(n² + Σ_w deg(w)²) time, O(n) extra memory; with `sharingANeighbor`,
    ///   O(Σ_w deg(w)² + P log P) where P is the number of pairs visited from one node.
    public func forEachNonTie(sharingANeighbor: Bool = false,
                              _ body: (_ u: Int32, _ v: Int32, _ scores: LinkScores) throws -> Void) rethrows {
        let n = graph.nodeCount
        var common = [Int32](repeating: 0, count: n)
        var adamicAdar = [Double](repeating: 0, count: n)
        var resource = [Double](repeating: 0, count: n)
        var isNeighbor = [Bool](repeating: false, count: n)
        var touched: [Int32] = []
        for u in 0..<n {
            for v in graph.neighbors(of: u) { isNeighbor[Int(v)] = true }
            for w in graph.neighbors(of: u) {
                let wi = Int(w)
                for x in graph.neighbors(of: wi) where Int(x) > u {
                    let xi = Int(x)
                    if common[xi] == 0 { touched.append(x) }
                    common[xi] += 1
                    adamicAdar[xi] += adamicAdarWeight[wi]
                    resource[xi] += resourceWeight[wi]
                }
            }
            func emit(_ x: Int) throws {
                guard !isNeighbor[x] else { return }
                try body(Int32(u), Int32(x),
                         makeScores(u, x, common: Int(common[x]), adamicAdar: adamicAdar[x], resource: resource[x]))
            }
            if sharingANeighbor {
                touched.sort()
                for x in touched { try emit(Int(x)) }
            } else {
                for x in (u + 1)..<max(u + 1, n) { try emit(x) }
            }
            for x in touched {
                common[Int(x)] = 0
                adamicAdar[Int(x)] = 0
                resource[Int(x)] = 0
            }
            touched.removeAll(keepingCapacity: true)
            for v in graph.neighbors(of: u) { isNeighbor[Int(v)] = false }
        }
    }

    private func makeScores(_ u: Int, _ v: Int, common: Int, adamicAdar: Double, resource: Double) -> LinkScores {
        let degreeU = graph.degree(of: u), degreeV = graph.degree(of: v)
        let union = degreeU + degreeV - common
        return LinkScores(commonNeighbors: common,
                          jaccard: union == 0 ? 0 : Double(common) / Double(union),
                          adamicAdar: adamicAdar,
                          resourceAllocation: resource,
                          preferentialAttachment: degreeU * degreeV)
    }

    /// Merges the sorted neighbour lists of u and v, calling `body` with each shared neighbour.
    @inline(__always)
    private func forEachCommonNeighbor(_ u: Int, _ v: Int, _ body: (Int) -> Void) {
        let targets = graph.targets
        var i = Int(graph.offsets[u]), j = Int(graph.offsets[v])
        let endI = Int(graph.offsets[u + 1]), endJ = Int(graph.offsets[v + 1])
        while i < endI && j < endJ {
            let a = targets[i], b = targets[j]
            if a < b { i += 1 } else if b < a { j += 1 } else { body(Int(a)); i += 1; j += 1 }
        }
    }
}
