/// A stage of writing a report, in the order they run.
public enum ReportStage: Int, CaseIterable, Sendable {
    case measuring
    case gaps
    case timeline
    case maps
    case pages
    case data

    /// What the stage does, for the progress line.
    public var label: String {
        switch self {
        case .measuring: "Measuring organizations and regions"
        case .gaps: "Finding sector gaps, suggestions, brokers and fragile points"
        case .timeline: "Comparing survey years"
        case .maps: "Drawing maps and charts"
        case .pages: "Writing pages"
        case .data: "Writing data tables"
        }
    }
}

/// Receives the report's progress: each stage as it starts, and steps within it (regions done).
///
/// The library only calls it; the command line decides how it looks (one line per stage, or a bar
/// when standard error is a terminal).
public struct ReportProgress: Sendable {
    /// `stage`, `done` steps out of `total` within it (0 of n when the stage starts).
    public var update: @Sendable (_ stage: ReportStage, _ done: Int, _ total: Int) -> Void

    public init(update: @escaping @Sendable (_ stage: ReportStage, _ done: Int, _ total: Int) -> Void) {
        self.update = update
    }

    /// Reports nothing.
    public static let silent = ReportProgress { _, _, _ in }
}
