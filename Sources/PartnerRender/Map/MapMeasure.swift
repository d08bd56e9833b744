import PartnerCore

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

    /// Number of partners: distinct organizations tied to each one (out-partners when directed).
    ///
    /// - Complexity: O(n + m).
    public static func degree(of snapshot: Snapshot) -> MapMeasure {
        let graph = snapshot.graph()
        return MapMeasure(name: "degree", meaning: "number of partners",
                          values: (0..<graph.nodeCount).map { Double(graph.degree(of: $0)) })
    }

    /// Sum of the strengths of each organization's ties (both ends, also when directed).
    ///
    /// - Complexity: O(n + m).
    public static func strength(of snapshot: Snapshot) -> MapMeasure {
        var sums = [Double](repeating: 0, count: snapshot.organizations.count)
        for tie in snapshot.ties {
            sums[Int(tie.source)] += tie.strength
            sums[Int(tie.target)] += tie.strength
        }
        return MapMeasure(name: "strength", meaning: "sum of tie strengths", values: sums, decimals: 1)
    }
}
