/// One problem found in input data, located as precisely as the format allows.
///
/// Printed as `file:line: field: what is wrong, what was expected` — the shape compilers use, so
/// editors and terminals can jump to it.
public struct DataProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Comparable {
        case warning, error
        public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .warning && rhs == .error }
    }

    public var severity: Severity
    /// File name as given on the command line (or inside the workspace folder).
    public var file: String
    /// 1-based line in the file, when the format has lines.
    public var line: Int?
    /// Column, attribute or element the problem is in, when there is one.
    public var field: String?
    /// What is wrong and what was expected.
    public var message: String

    public init(_ severity: Severity, file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public static func error(file: String, line: Int? = nil, field: String? = nil, _ message: String) -> Self {
        Self(.error, file: file, line: line, field: field, message: message)
    }

    public static func warning(file: String, line: Int? = nil, field: String? = nil, _ message: String) -> Self {
        Self(.warning, file: file, line: line, field: field, message: message)
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        text += ": "
        if severity == .warning { text += "warning: " }
        if let field { text += "\(field): " }
        return text + message
    }
}

/// Input data that cannot be used: every error found (and the warnings met on the way).
///
/// Importers collect every problem rather than stopping at the first, so one run of
/// `partnermap validate` lists everything a planner must fix. The CLI exits with 65 (`EX_DATAERR`).
public struct DataError: Error, Sendable, CustomStringConvertible {
    public var problems: [DataProblem]

    public init(_ problems: [DataProblem]) { self.problems = problems }

    public var errors: [DataProblem] { problems.filter { $0.severity == .error } }

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// A file or folder that cannot be read or written at all (missing, unreadable, not a folder).
/// The CLI exits with 74 (`EX_IOERR`).
public struct InputOutputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
