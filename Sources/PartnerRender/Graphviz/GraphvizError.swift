/// Why Graphviz could not lay out or render a graph, with Graphviz's own words.
public struct GraphvizError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable, Equatable {
        /// The DOT text does not parse (`agmemread` returned no graph).
        case malformedDOT
        /// No layout engine of that name is installed (`gvLayout` failed on selection).
        case unknownEngine
        /// The layout engine ran and failed.
        case layoutFailed
        /// No renderer for that output format (`gvRenderData` returned −1).
        case unknownFormat
        /// A format PartnerMap refuses to render in memory: `x11`/`xlib` crash the process, `gtk`
        /// exits it without a display, `gd`/`gd2` produce nothing.
        case refusedFormat
        /// The renderer reported success but produced no bytes.
        case emptyOutput
        /// `gvContext()` returned no context.
        case contextUnavailable
    }

    public var kind: Kind
    /// The engine or format concerned, as asked for (empty when not applicable).
    public var subject: String
    /// What Graphviz reported while failing, one message per line ("Error: syntax error in line 3 …").
    public var messages: [String]

    public init(_ kind: Kind, subject: String = "", messages: [String] = []) {
        self.kind = kind
        self.subject = subject
        self.messages = messages
    }

    static let contextUnavailable = GraphvizError(.contextUnavailable)

    /// The same error with Graphviz's messages of the failed call appended.
    func adding(messages more: [String]) -> GraphvizError {
        var copy = self
        copy.messages += more
        return copy
    }

    public var description: String {
        let what: String = switch kind {
        case .malformedDOT: "Graphviz could not read the DOT text"
        case .unknownEngine: "unknown Graphviz layout engine \"\(subject)\""
        case .layoutFailed: "Graphviz layout with \(subject) failed"
        case .unknownFormat: "unknown Graphviz output format \"\(subject)\""
        case .refusedFormat:
            "output format \"\(subject)\" is not supported in memory (it needs a display or writes nothing)"
        case .emptyOutput: "Graphviz produced no \(subject) output"
        case .contextUnavailable: "Graphviz could not create its context (are its plugins installed?)"
        }
        let said = messages.map { $0.hasPrefix("Error:") ? String($0.dropFirst(6)).trimmed : $0.trimmed }
            .filter { !$0.isEmpty }
        return said.isEmpty ? what : what + ": " + said.joined(separator: "; ")
    }
}

extension String {
    var trimmed: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
