import PartnerCore
import PartnerMetrics

/// The measures of every organization of one snapshot, as PartnerMetrics computes them, in
/// ``Snapshot/organizations`` order. The report only reads them; definitions are in PartnerMetrics.
struct OrganizationMeasures: Sendable {
    /// Number of partners (distinct organizations tied to it).
    let partners: [Int]
    /// Sum of its ties' strengths (``PartnerCore/Graph/strength()``).
    let strength: [Double]
    /// Normalised betweenness (Brandes 2001, ``PartnerCore/Graph/betweennessCentrality(weighted:normalized:threads:progress:)``).
    let betweenness: [Double]

    /// - Complexity: O(n·m), dominated by betweenness.
    init(snapshot: Snapshot) {
        let graph = snapshot.graph(weighted: true)
        partners = (0..<graph.nodeCount).map { graph.degree(of: $0) }
        strength = graph.strength()
        betweenness = graph.betweennessCentrality(threads: 1)
    }
}
