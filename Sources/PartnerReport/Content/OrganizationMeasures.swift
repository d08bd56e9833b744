import PartnerCore
import PartnerMetrics

/// The measures of every organization of one snapshot, in ``PartnerCore/Snapshot/organizations``
/// order: PartnerMetrics' ``PartnerMetrics/CentralityTable`` (definitions and citations there) and
/// the number of partners. The report only reads them.
struct OrganizationMeasures: Sendable {
    /// The measures the report's organization tables show, in column order.
    static let shown: [CentralityMeasure] = [
        .strength, .betweenness, .closeness, .eigenvector, .pagerank, .clustering, .coreNumber, .constraint,
    ]

    /// Number of partners (distinct organizations tied to it).
    let partners: [Int]
    /// `nil` only if PartnerMetrics refused the snapshot (it reports non-convergence as undefined
    /// values instead, as asked); the pages then show empty cells.
    let table: CentralityTable?

    /// - Complexity: O(n·m), dominated by betweenness.
    init(snapshot: Snapshot) {
        let graph = snapshot.graph()
        partners = (0..<graph.nodeCount).map { graph.degree(of: $0) }
        var options = CentralityTable.Options(measures: Self.shown, threads: 1)
        // A measure that does not converge is shown as undefined rather than stopping the report.
        options.reportsUnconvergedAsUndefined = true
        table = try? CentralityTable(snapshot: snapshot, options: options)
    }

    var strength: [Double] { table?.strength ?? Array(repeating: .nan, count: partners.count) }
    var betweenness: [Double] { table?.betweenness ?? Array(repeating: .nan, count: partners.count) }

    /// The value of `measure` for organization `index`; `nil` where undefined.
    func value(_ measure: CentralityMeasure, _ index: Int) -> Double? {
        guard let table else { return nil }
        let value: Double? = switch measure {
        case .strength: table.strength?[index]
        case .betweenness: table.betweenness?[index]
        case .closeness: table.closeness?[index] ?? nil
        case .eigenvector: table.eigenvector?[index] ?? nil
        case .pagerank: table.pagerank?[index] ?? nil
        case .clustering: table.clustering?[index] ?? nil
        case .coreNumber: table.coreNumber.map { Double($0[index]) }
        case .constraint: table.constraint?[index] ?? nil
        default: nil
        }
        return value.flatMap { $0.isFinite ? $0 : nil }
    }
}
