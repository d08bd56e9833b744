import PartnerCore
import PartnerMetrics

/// Everything the timeline measures on one year's snapshot: its ``YearFigures`` and each
/// organization's betweenness and degree (for the rank movers), with betweenness computed once
/// for both its centralization and the rankings.
struct YearMeasurement {
    let figures: YearFigures
    /// Raw betweenness (each unordered pair once), by organization id.
    let betweenness: [String: Double]
    /// Degree centrality, by organization id (none below two organizations).
    let degree: [String: Double]

    /// - Parameters:
    ///   - snapshot: one year (and region); its `year` is reported.
    ///   - seed: seed of the Louvain community detection, so modularity repeats run to run.
    /// - Complexity: O(n·m) for betweenness (Brandes 2001); the rest O(n + m) per Louvain pass.
    init(_ snapshot: Snapshot, seed: UInt64) {
        let graph = snapshot.graph(weighted: true)
        let n = snapshot.organizations.count, m = snapshot.ties.count
        let ids = snapshot.organizations.map(\.id)

        let rawBetweenness = graph.betweennessCentrality(normalized: false)
        betweenness = Dictionary(uniqueKeysWithValues: zip(ids, rawBetweenness))
        degree = Dictionary(uniqueKeysWithValues: zip(ids, graph.degreeCentrality()).compactMap { id, value in
            value.map { (id, $0) }
        })

        let (_, sectorOf) = snapshot.sectorPartition
        let mixing = EIIndex(graph: graph, groups: sectorOf)
        let components = Components.connected(graph)
        let communities = Communities.louvain(graph, seed: seed)

        var stageCounts = Array(repeating: 0, count: NPIStage.allCases.count)
        var withoutStage = 0
        for tie in snapshot.ties {
            if let stage = tie.stage { stageCounts[stage.rawValue - 1] += 1 } else { withoutStage += 1 }
        }
        let strengthSum = snapshot.ties.reduce(0) { $0 + $1.strength }
        let tieCount = mixing.externalTies + mixing.internalTies

        figures = YearFigures(
            year: snapshot.year ?? 0,
            organizations: n,
            ties: m,
            density: Cohesion.density(graph),
            averageDegree: n == 0 ? nil : Double(snapshot.isDirected ? m : 2 * m) / Double(n),
            components: components.count,
            largestComponentShare: n == 0 ? nil : Double(components.largestSize) / Double(n),
            degreeCentralization: Cohesion.degreeCentralization(graph),
            betweennessCentralization: Cohesion.betweennessCentralization(betweenness: rawBetweenness,
                                                                          isDirected: graph.isDirected),
            intersectoralShare: tieCount == 0 ? nil : Double(mixing.externalTies) / Double(tieCount),
            eiIndex: mixing.network,
            modularity: communities.modularity,
            communities: communities.count,
            meanStrength: n == 0 ? nil : graph.strength().reduce(0, +) / Double(n),
            meanTieStrength: m == 0 ? nil : strengthSum / Double(m),
            stageCounts: stageCounts,
            tiesWithoutStage: withoutStage)
    }
}
