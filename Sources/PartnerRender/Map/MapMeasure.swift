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

    /// Sum of the strengths of each organization's ties (``PartnerMetrics``' `strength()`).
    ///
    /// - Complexity: O(n + m).
    public static func strength(of snapshot: Snapshot) -> MapMeasure {
        MapMeasure(name: "strength", meaning: "sum of tie strengths",
                   values: snapshot.graph(weighted: true).strength(), decimals: 1)
    }

    /// Normalised betweenness centrality (Brandes 2001; ``PartnerMetrics``' `betweennessCentrality()`):
    /// the share of shortest paths between other organizations that pass through each one.
    ///
    /// - Complexity: O(n·m).
    public static func betweenness(of snapshot: Snapshot) -> MapMeasure {
        MapMeasure(name: "betweenness", meaning: "share of shortest paths through the organization",
                   values: snapshot.graph().betweennessCentrality(), decimals: 3)
    }
}

/// The measures a map's node size can show (`--size-by`).
public enum SizeMeasure: String, CaseIterable, Sendable {
    case degree, strength, betweenness

    /// The measure's values on `snapshot`.
    public func measure(of snapshot: Snapshot) -> MapMeasure {
        switch self {
        case .degree: .degree(of: snapshot)
        case .strength: .strength(of: snapshot)
        case .betweenness: .betweenness(of: snapshot)
        }
    }
}
