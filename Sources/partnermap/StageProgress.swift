import Foundation
import PartnerReport

/// Shows a report's progress on standard error: one line per stage, or — when standard error is a
/// terminal — one line redrawn as a bar.
enum StageProgress {
    /// The progress reporter for this process's standard error.
    static func standardError() -> ReportProgress {
        let isTerminal = TerminalBar.isStandardErrorTerminal
        let state = LastStage()
        return ReportProgress { stage, done, total in
            if isTerminal {
                let bar = TerminalBar.cells(total > 0 ? done : 0, of: max(total, 1), width: 24)
                let step = "[\(stage.rawValue + 1)/\(ReportStage.allCases.count)]"
                let line = "\r\u{1B}[2K\(step) \(bar) \(stage.label) \(done)/\(total)"
                let finished = stage == ReportStage.allCases.last && done == total
                TerminalBar.write(line + (finished ? "\n" : ""))
            } else if state.enter(stage) {
                TerminalBar.write("[\(stage.rawValue + 1)/\(ReportStage.allCases.count)] \(stage.label)…\n")
            }
        }
    }
}

/// Remembers the last stage announced, so each stage gets one line.
private final class LastStage: @unchecked Sendable {
    private let lock = NSLock()
    private var last: ReportStage?

    /// Whether `stage` is new (and records it).
    func enter(_ stage: ReportStage) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard last != stage else { return false }
        last = stage
        return true
    }
}
