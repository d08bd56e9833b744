import PartnerCore

// TEMPORARY: replaced by the structure engineer's mixing matrix when it lands on main.
public struct SectorMixing: Sendable {
    public var sectors: [Sector]
    public var observed: [[Int]]
    public var expected: [[Double]]
    public var eiIndex: Double?

    public init(graph: Graph, sectorOf: [Int32], sectors: [Sector]) {
        let s = sectors.count
        var observed = Array(repeating: Array(repeating: 0, count: s), count: s)
        var counts = Array(repeating: 0, count: s)
        for g in sectorOf { counts[Int(g)] += 1 }
        let g = graph.undirectedView()
        var e = 0, i = 0
        for u in 0..<g.nodeCount {
            for v in g.neighbors(of: u) where Int(v) > u {
                let a = Int(sectorOf[u]), b = Int(sectorOf[Int(v)])
                observed[a][b] += 1
                if a != b { observed[b][a] += 1; e += 1 } else { i += 1 }
            }
        }
        let n = graph.nodeCount
        let density = n < 2 ? 0 : Double(g.edgeCount) / Double(n * (n - 1) / 2)
        self.sectors = sectors.enumerated().filter { counts[$0.offset] > 0 }.map(\.element)
        let keep = (0..<s).filter { counts[$0] > 0 }
        self.observed = keep.map { a in keep.map { b in observed[a][b] } }
        self.expected = keep.map { a in keep.map { b in Double(counts[a] * counts[b]) * density } }
        self.eiIndex = e + i == 0 ? nil : Double(e - i) / Double(e + i)
        self.between = e
        self.within = i
    }
    public var between: Int
    public var within: Int
    static func counts(of snapshot: Snapshot) -> (between: Int, within: Int) {
        let p = snapshot.sectorPartition
        let m = SectorMixing(graph: snapshot.graph(), sectorOf: p.membership, sectors: p.sectors)
        return (m.between, m.within)
    }
}

// TEMPORARY until structure/centrality land.
enum MetricBindings {
    static func brokerMeasures(graph: Graph, sectorOf: [Int32]) -> BrokerFinder.Measures {
        let n = graph.nodeCount
        return .init(betweenness: Array(repeating: 0, count: n), constraint: Array(repeating: nil, count: n),
                     liaison: Array(repeating: 0, count: n), representative: Array(repeating: 0, count: n))
    }
    static func communities(graph: Graph) -> [Int32]? { nil }
}
struct CutStructure {
    struct Point { var node: Int32; var cutOff: [Int32] }
    struct Bridge { var source: Int32; var target: Int32; var cutOff: [Int32] }
    var articulationPoints: [Point] = []
    var bridges: [Bridge] = []
    init(graph: Graph) {}
}
