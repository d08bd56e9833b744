import CGraphviz
import Foundation
import Synchronization

/// The one Graphviz context of the process and the lock that serialises every Graphviz call.
///
/// Graphviz 2.42 keeps global state in cgraph's parser, its error reporting and libgvc's plugin
/// tables; measured on this machine, even one context per thread crashes with four threads. So every
/// cgraph and gvc call — parsing, layout, rendering, `agclose` included — runs inside
/// ``withContext(_:)``, and the process makes exactly one context (each `gvContext()` leaks ≈3.6 KB of
/// plugin configuration, so it is created once and kept).
enum GraphvizLock {
    /// The `GVC_t *` of the process. Imported as a non-`Sendable` `OpaquePointer`; it is only ever
    /// touched while ``lock`` is held.
    struct Context: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    private static let lock = Mutex<Context?>(nil)

    /// Text Graphviz reported through its error callback during the current call. Separate from
    /// ``lock`` because the callback is a C function pointer that cannot capture; it only runs while
    /// ``lock`` is held, so the two never contend.
    private static let messages = Mutex<String>("")

    /// Runs `body` with the process's Graphviz context, holding the Graphviz lock, and returns its
    /// result with everything Graphviz reported meanwhile (errors and warnings, one per line).
    static func withContext<T>(
        _ body: (OpaquePointer) throws(GraphvizError) -> T
    ) throws(GraphvizError) -> (value: T, messages: [String]) {
        try lock.withLock { (context: inout Context?) throws(GraphvizError) -> (value: T, messages: [String]) in
            let gvc: OpaquePointer
            if let existing = context {
                gvc = existing.pointer
            } else {
                // Route cgraph's errors and warnings to Swift before anything can report one.
                _ = agseterrf(collectMessage)
                guard let created = gvContext() else {
                    throw GraphvizError.contextUnavailable
                }
                context = Context(pointer: created)
                gvc = created
            }
            messages.withLock { $0 = "" }
            _ = agreseterrors()
            do throws(GraphvizError) {
                let value = try body(gvc)
                return (value, takeMessages())
            } catch {
                throw error.adding(messages: takeMessages())
            }
        }
    }

    /// The messages gathered so far in this call, cleared.
    private static func takeMessages() -> [String] {
        let text = messages.withLock { text -> String in
            defer { text = "" }
            return text
        }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// cgraph calls this with each piece of a message ("Error", ": ", "syntax error in line 1 …\n");
    /// the pieces are concatenated and split into lines afterwards.
    private static let collectMessage: agusererrf = { text in
        if let text {
            let piece = String(cString: text)
            messages.withLock { $0 += piece }
        }
        return 0
    }
}
