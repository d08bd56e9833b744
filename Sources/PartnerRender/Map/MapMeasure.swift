import PartnerCore
import PartnerMetrics

/// A per-organization value shown on a map: drives node size, and appears in tooltips.
public struct MapMeasure: Sendable, Hashable {
    /// Short name shown in tooltips and the legend ("degree").
    public var name: String
    /// What it means, for the legend ("number of partners").
    public var meaning: String
    /// One value per organization of the snapshot, in ``Snapshot/organizations`` order.
    public var values: [Double]
    /// Decimals shown in tooltips and the legend (0 for counts).
    public var decimals: Int

    public init(name: String, meaning: String, values: [Double], decimals: Int = 0) {
        self.name = name
        self.meaning = meaning
        self.values = values
        self.decimals = decimals
    }

    /// The value of organization `index` as shown, or `nil` when there is none (or it is not finite).
    public func formatted(_ index: Int) -> String? {
        guard values.indices.contains(index), values[index].isFinite else { return nil }
        return DOTEscaping.number(values[index], decimals: decimals)
    }

    /// Number of partners: distinct organizations tied to each one (in + out when directed).
    ///
    /// - Complexity: O(n + m).
    public static func degree(of snapshot: Snapshot) -> MapMeasure {
        let graph = snapshot.graph()
        let values = (0..<graph.nodeCount).map { v in
            Double(graph.degree(of: v) + (graph.isDirected ? graph.inDegree(of: v) : 0))
        }
        return MapMeasure(name: "degree", meaning: "number of partners", values: values)
    }

    /// The measures of `table` (computed on the map's snapshot), as shown on maps: `degree` as the
    /// number of partners (the same order as degree centrality, easier to read), the others as
    /// PartnerMetrics computes them; undefined values stay out of tooltips and get the smallest circle.
    ///
    /// - Returns: one measure per entry of `measures` that `table` has values for.
    public static func measures(_ measures: [CentralityMeasure], from table: CentralityTable,
                                snapshot: Snapshot) -> [MapMeasure] {
        measures.compactMap { measure in
            if measure == .degree { return .degree(of: snapshot) }
            guard let values = table.values(of: measure) else { return nil }
            let (meaning, decimals) = description(of: measure)
            return MapMeasure(name: name(of: measure), meaning: meaning, values: values.map { $0 ?? .nan },
                              decimals: decimals)
        }
    }

    /// The measure's name as shown ("core number", "PageRank").
    static func name(of measure: CentralityMeasure) -> String {
        switch measure {
        case .pagerank: "PageRank"
        case .coreNumber: "core number"
        case .effectiveSize: "effective size"
        default: measure.rawValue
        }
    }

    /// What a measure means, for the legend, and the decimals it is shown with.
    static func description(of measure: CentralityMeasure) -> (meaning: String, decimals: Int) {
        switch measure {
        case .degree: ("number of partners", 0)
        case .strength: ("sum of tie strengths", 1)
        case .betweenness: ("share of shortest paths between others passing through", 3)
        case .closeness: ("nearness to everyone reachable", 3)
        case .harmonic: ("mean inverse distance to the others", 3)
        case .eigenvector: ("ties to well-connected organizations", 3)
        case .pagerank: ("weight of the organizations pointing to it", 4)
        case .clustering: ("share of partner pairs who are partners", 3)
        case .coreNumber: ("deepest k-core the organization is in", 0)
        case .constraint: ("Burt's constraint; higher = fewer brokerage opportunities", 3)
        case .effectiveSize: ("Burt's effective size; non-redundant partners", 2)
        case .brokerage: ("Gould–Fernandez brokerage roles, all kinds", 0)
        }
    }
}
