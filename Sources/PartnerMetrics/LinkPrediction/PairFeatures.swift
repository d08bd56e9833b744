import Foundation
import PartnerCore

/// One topological or attribute feature of a pair of organizations, as the learned link predictor
/// reads it (Ghasemian, Hosseinmardi, Galstyan, Airoldi & Clauset 2020, "Stacking models for nearly
/// optimal link prediction in complex networks", PNAS 117:23393). Every feature is oriented so that a
/// higher value means a likelier tie when used alone as a ranking.
public enum PairFeature: String, CaseIterable, Sendable, Codable {
    case commonNeighbors = "common-neighbors"
    case jaccard
    case adamicAdar = "adamic-adar"
    case resourceAllocation = "resource-allocation"
    /// log(1 + k_u·k_v).
    case preferentialAttachment = "preferential-attachment"
    /// ``PathScores/katz(_:_:)``.
    case katz
    /// ``PathScores`` local-path resource allocation.
    case localPath = "local-path"
    /// ``RootedPageRank/pairScore(_:from:to:)``.
    case rootedPageRank = "rooted-pagerank"
    /// 1 / shortest-path length (0 when unreachable).
    case inverseDistance = "shortest-path"
    case minDegree = "min-degree"
    case maxDegree = "max-degree"
    /// 1 when both organizations are of the same sector.
    case sameSector = "same-sector"
    /// 1 when both are in the same Louvain community of the graph scored.
    case sameCommunity = "same-community"
    /// 1 when both are in the same region (informative only across regions).
    case sameRegion = "same-region"

    public var index: Int { Self.allCases.firstIndex(of: self)! }
    public static let count = allCases.count
}

/// The features of one pair, in ``PairFeature`` order (lanes beyond ``PairFeature/count`` are 0).
public typealias PairFeatureValues = SIMD16<Double>

/// Which non-tied pairs the feature loop visits.
public enum CandidatePairs: Sendable, Hashable {
    /// Every pair not tied (n² / 2: for evaluation and small regions).
    case all
    /// Pairs within three steps, plus those the rooted-PageRank push reaches: every pair with a
    /// non-zero proximity feature. The rest differ only by degrees and attributes; scoring them
    /// would make the cost quadratic. Memory and time stay linear in the pairs visited.
    case nearby
}

/// Computes ``PairFeatureValues`` for pairs not tied, source by source, reusing scratch buffers.
///
/// The per-source families are ``LinkPredictor`` (neighbourhood indices), ``PathScores`` (Katz,
/// local path, distance) and ``RootedPageRank``; attributes come from the caller.
///
/// - Complexity: per source, one push, one breadth-first search and the three-step walks; O(1) per
///   pair visited after that. O(n) scratch memory.
public struct PairFeatureExtractor: Sendable {
    public let graph: Graph
    public let sectorOf: [Int32]
    public let communityOf: [Int32]
    public let regionOf: [Int32]
    let paths: PathScores
    let pageRank: RootedPageRank
    private let adamicAdarWeight: [Double]
    private let resourceWeight: [Double]

    public init(graph: Graph, sectorOf: [Int32], communityOf: [Int32], regionOf: [Int32],
                pageRankTolerance: Double = 1e-6) {
        let undirected = graph.undirectedView()
        self.graph = undirected
        self.sectorOf = sectorOf
        self.communityOf = communityOf
        self.regionOf = regionOf
        paths = PathScores(graph: undirected)
        pageRank = RootedPageRank(graph: undirected, tolerance: pageRankTolerance)
        adamicAdarWeight = (0..<undirected.nodeCount).map {
            let k = undirected.degree(of: $0)
            return k >= 2 ? 1 / log(Double(k)) : 0
        }
        resourceWeight = (0..<undirected.nodeCount).map {
            let k = undirected.degree(of: $0)
            return k >= 1 ? 1 / Double(k) : 0
        }
    }

    /// Reusable per-source buffers.
    public struct Scratch {
        var row: PathScores.Row
        var push: RootedPageRank.Scratch
        var adamicAdar: [Double]
        var resource: [Double]
        var isNeighbor: [Bool]
        var candidates: [Int32] = []
        var mark: [Bool]

        public init(nodeCount: Int) {
            row = PathScores.Row(nodeCount: nodeCount)
            push = RootedPageRank.Scratch(nodeCount: nodeCount)
            adamicAdar = [Double](repeating: 0, count: nodeCount)
            resource = [Double](repeating: 0, count: nodeCount)
            isNeighbor = [Bool](repeating: false, count: nodeCount)
            mark = [Bool](repeating: false, count: nodeCount)
        }
    }

    /// Calls `body(u, v, features)` for the pairs u < v not tied that `candidates` selects, u ascending,
    /// v ascending within u, for the sources `sources` (all by default).
    public func forEachPair(_ candidates: CandidatePairs, sources: [Int]? = nil,
                            _ body: (_ u: Int, _ v: Int, _ features: PairFeatureValues) throws -> Void) rethrows {
        let n = graph.nodeCount
        var scratch = Scratch(nodeCount: n)
        for u in sources ?? Array(0..<n) {
            try forEachPair(from: u, candidates, scratch: &scratch, body)
        }
    }

    /// The pairs (u, v > u) of one source u; see ``forEachPair(_:sources:_:)``.
    public func forEachPair(from u: Int, _ candidates: CandidatePairs, scratch: inout Scratch,
                            _ body: (_ u: Int, _ v: Int, _ features: PairFeatureValues) throws -> Void) rethrows {
        let n = graph.nodeCount
        paths.compute(from: u, into: &scratch.row)
        pageRank.compute(from: u, into: &scratch.push)
        for w in graph.neighbors(of: u) {
            scratch.isNeighbor[Int(w)] = true
            for x in graph.neighbors(of: Int(w)) {
                scratch.adamicAdar[Int(x)] += adamicAdarWeight[Int(w)]
                scratch.resource[Int(x)] += resourceWeight[Int(w)]
            }
        }
        defer {
            for w in graph.neighbors(of: u) {
                scratch.isNeighbor[Int(w)] = false
                for x in graph.neighbors(of: Int(w)) {
                    scratch.adamicAdar[Int(x)] = 0
                    scratch.resource[Int(x)] = 0
                }
            }
        }
        switch candidates {
        case .all:
            for v in (u + 1)..<max(u + 1, n) where !scratch.isNeighbor[v] {
                try body(u, v, features(u, v, scratch))
            }
        case .nearby:
            scratch.candidates.removeAll(keepingCapacity: true)
            for list in [scratch.row.touched, scratch.push.touched] {
                for v in list where Int(v) > u && !scratch.mark[Int(v)] {
                    scratch.mark[Int(v)] = true
                    scratch.candidates.append(v)
                }
            }
            scratch.candidates.sort()
            for v in scratch.candidates {
                scratch.mark[Int(v)] = false
                if !scratch.isNeighbor[Int(v)] { try body(u, Int(v), features(u, Int(v), scratch)) }
            }
        }
    }

    /// The organizations tied to both u and v, ascending.
    ///
    /// - Complexity: O(deg u + deg v), one merge of the sorted neighbour lists.
    public func commonNeighbors(_ u: Int, _ v: Int) -> [Int32] {
        let targets = graph.targets
        var i = Int(graph.offsets[u]), j = Int(graph.offsets[v])
        let endI = Int(graph.offsets[u + 1]), endJ = Int(graph.offsets[v + 1])
        var shared: [Int32] = []
        while i < endI && j < endJ {
            let a = targets[i], b = targets[j]
            if a < b { i += 1 } else if b < a { j += 1 } else { shared.append(a); i += 1; j += 1 }
        }
        return shared
    }

    /// The features of (u, v) with the scratch computed for source u.
    @inline(__always)
    private func features(_ u: Int, _ v: Int, _ scratch: Scratch) -> PairFeatureValues {
        let ku = graph.degree(of: u), kv = graph.degree(of: v)
        let common = Int(scratch.row.twoStepWalks[v])
        let union = ku + kv - common
        let distance = scratch.row.distance[v]
        var f = PairFeatureValues()
        f[0] = Double(common)
        f[1] = union == 0 ? 0 : Double(common) / Double(union)
        f[2] = scratch.adamicAdar[v]
        f[3] = scratch.resource[v]
        f[4] = log1p(Double(ku * kv))
        f[5] = PathScores.katz(scratch.row, v)
        f[6] = scratch.row.localPath[v]
        f[7] = pageRank.pairScore(scratch.push, from: u, to: v)
        f[8] = distance == .max ? 0 : 1 / Double(distance)
        f[9] = Double(min(ku, kv))
        f[10] = Double(max(ku, kv))
        f[11] = sectorOf[u] == sectorOf[v] ? 1 : 0
        f[12] = communityOf[u] == communityOf[v] ? 1 : 0
        f[13] = regionOf[u] == regionOf[v] ? 1 : 0
        return f
    }
}
