import Foundation

/// What the progress displays share: the bar drawn on a terminal and the writes to standard error.
enum TerminalBar {
    /// Whether standard error is a terminal (a bar may be redrawn there; pipes and logs get lines).
    static var isStandardErrorTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    /// `width` cells, the share `done`/`total` of them filled: "████······".
    static func cells(_ done: Int, of total: Int, width: Int) -> String {
        let filled = total > 0 ? min(width, width * done / total) : width
        return String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
    }

    /// Writes `text` to standard error as it is (no newline added).
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
