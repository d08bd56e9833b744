/// A measure that could not be computed on this graph.
///
/// Iterative measures (eigenvector centrality, PageRank) throw rather than return a vector that
/// has not converged: planners would otherwise rank organizations on a half-finished iteration.
public enum MetricError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The iteration stopped at its limit before the change between two steps fell below the
    /// tolerance.
    case didNotConverge(measure: String, iterations: Int, tolerance: Double)

    public var description: String {
        switch self {
        case let .didNotConverge(measure, iterations, tolerance):
            "\(measure) did not converge within \(iterations) iterations (tolerance \(tolerance)); "
                + "it is not defined reliably on this network"
        }
    }
}
