import Foundation
import PartnerMetrics

/// A progress bar on standard error for measures that take a while: drawn only when standard error
/// is a terminal, and only once a measure has run for a second, so quick runs, pipes and logs stay
/// quiet.
final class MeasureProgress: @unchecked Sendable {
    // Calls come one at a time (ParallelChunks serialises progress) but from worker threads.
    private let lock = NSLock()
    private let isTerminal = TerminalBar.isStandardErrorTerminal
    private var measure: CentralityMeasure?
    private var started = ContinuousClock.now
    private var isDrawn = false
    /// Delay before the bar appears.
    static let patience = Duration.seconds(1)

    /// Records that `measure` has done `completed` of `total` chunks, redrawing the bar if shown.
    func update(_ measure: CentralityMeasure, _ completed: Int, _ total: Int) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = ContinuousClock.now
        if measure != self.measure {
            endLine()
            self.measure = measure
            started = now
        }
        guard now - started >= Self.patience || isDrawn else { return }
        let bar = TerminalBar.cells(completed, of: total, width: 30)
        let elapsed = (now - started) / .seconds(1)
        let remaining = completed > 0 ? elapsed * Double(total - completed) / Double(completed) : 0
        TerminalBar.write("\r\u{1B}[2K\(measure.rawValue) \(bar) \(100 * completed / max(total, 1)) %"
            + (completed < total ? String(format: ", about %.0f s left", remaining) : ""))
        isDrawn = true
        if completed == total { endLine() }
    }

    /// Ends the bar's line, if one is shown (call when the work is done or interrupted).
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        endLine()
    }

    private func endLine() {
        if isDrawn { TerminalBar.write("\n") }
        isDrawn = false
    }
}
