import Foundation

/// The columns one file of a workspace must and may have.
struct CSVSchema {
    /// Required columns with what their values are, for messages (`"id"`: `"a unique identifier"`).
    var required: [(name: String, meaning: String)]
    var optional: [String]
    /// What one row stands for ("organization", "link").
    var rowMeaning: String

    var requiredNames: [String] { required.map(\.name) }

    /// Whether `column` (any case) is one of the schema's columns rather than an extra attribute.
    func defines(_ column: String) -> Bool {
        let key = column.lowercased()
        return requiredNames.contains(key) || optional.contains(key)
    }

    func meaning(of column: String) -> String {
        required.first { $0.name == column }?.meaning ?? "a value"
    }
}

/// The header row of a CSV file: column names (trimmed, as written) and their positions, looked up
/// case-insensitively.
struct CSVHeader {
    let names: [String]
    private let positions: [String: Int]

    init(names: [String]) {
        self.names = names.map(\.trimmedWhitespace)
        var positions: [String: Int] = [:]
        for (position, name) in self.names.enumerated() where !name.isEmpty {
            let key = name.lowercased()
            if positions[key] == nil { positions[key] = position }
        }
        self.positions = positions
    }

    /// Position of the column named `name` (any case), if present.
    func position(of name: String) -> Int? { positions[name.lowercased()] }

    /// The name to show for the column at `position` (`"column 7"` beyond the header or unnamed).
    func displayName(at position: Int) -> String {
        guard position < names.count, !names[position].isEmpty else { return "column \(position + 1)" }
        return names[position]
    }

    /// The attribute key of an extra column: its name, or `column7` when it has none.
    func attributeKey(at position: Int) -> String {
        names[position].isEmpty ? "column\(position + 1)" : names[position]
    }

    /// Positions of the columns `schema` does not name: extra columns, kept as attributes. A
    /// repeated schema column beyond its first position counts as extra (and is reported).
    func extraColumns(besides schema: CSVSchema) -> [Int] {
        names.indices.filter { !schema.defines(names[$0]) || position(of: names[$0]) != $0 }
    }
}

/// One data row of a workspace file.
struct CSVRow {
    let line: Int
    let fields: [String]
    /// `false` when the row is ragged or its bytes are malformed: only its id should be trusted.
    let isWellFormed: Bool

    /// The trimmed value at `position`, without ``CSVWriter``'s formula guard; `nil` when the
    /// column is absent or the row too short.
    func value(at position: Int?) -> String? {
        guard let position, position < fields.count else { return nil }
        return CSVWriter.unguarded(fields[position].trimmedWhitespace)
    }
}

/// One CSV file of a workspace, read and checked at the syntax level: presence, encoding, RFC 4180
/// quoting, header, column count. Every problem goes to `problems`; content checks are the caller's.
struct WorkspaceCSVFile {
    let name: String
    let header: CSVHeader
    private let parser: CSVParser
    private let schema: CSVSchema
    private let extraColumns: [Int]

    private init(name: String, header: CSVHeader, parser: CSVParser, schema: CSVSchema) {
        self.name = name
        self.header = header
        self.parser = parser
        self.schema = schema
        self.extraColumns = header.extraColumns(besides: schema)
    }

    /// The values of the row's extra columns, as written (without ``CSVWriter``'s formula guard),
    /// keyed by column name.
    func attributes(of row: CSVRow) -> [String: String] {
        var attributes: [String: String] = [:]
        for position in extraColumns where position < row.fields.count {
            attributes[header.attributeKey(at: position)] = CSVWriter.unguarded(row.fields[position])
        }
        return attributes
    }

    /// At least the number of data rows (one more than the line breaks), to reserve before reading.
    var rowCountBound: Int { parser.recordCountBound }

    /// At most this many encoding problems (invalid UTF-8, NUL) are listed one by one per file; a
    /// file saved in the wrong encoding would otherwise bury everything else.
    static let encodingProblemLimit = 10

    /// Opens `name` in `folder` (matched case-insensitively when not found as written) and reads its
    /// header. Returns `nil`, with the reason in `problems`, when the file cannot be used at all.
    static func open(_ name: String, in folder: URL, schema: CSVSchema,
                     problems: inout [DataProblem]) -> WorkspaceCSVFile? {
        let expectation = "a header row naming \(schema.requiredNames.joined(separator: ", ")) "
            + "and one row per \(schema.rowMeaning)"
        guard let url = locate(name, in: folder) else {
            problems.append(.error(file: name, "missing; expected \(name) in \(folder.path) with \(expectation)"))
            return nil
        }
        let displayName = url.lastPathComponent
        guard let data = FileManager.default.contents(atPath: url.path) else {
            problems.append(.error(file: displayName, "cannot be read (permissions, or not a regular file)"))
            return nil
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            problems.append(.error(file: displayName, line: 1,
                                   "is UTF-16 text; expected UTF-8 (in Excel: Save As \"CSV UTF-8\")"))
            return nil
        }
        let parser = CSVParser(bytes: bytes)
        guard let headerRecord = parser.firstRecord(where: { !$0.isBlank }) else {
            problems.append(.error(file: displayName, line: 1, "empty file; expected \(expectation)"))
            return nil
        }
        let header = CSVHeader(names: headerRecord.fields)
        let file = WorkspaceCSVFile(name: displayName, header: header, parser: parser, schema: schema)
        guard file.checkHeader(headerRecord, problems: &problems) else { return nil }
        return file
    }

    /// Reports header problems; `false` when required columns are missing (rows cannot be read).
    private func checkHeader(_ record: CSVRecord, problems: inout [DataProblem]) -> Bool {
        let line = record.line
        problems.append(contentsOf: record.issues.map(problem(for:)))
        var seen: [String: Int] = [:]
        for (position, name) in header.names.enumerated() {
            if name.isEmpty {
                problems.append(.warning(
                    file: self.name, line: line, field: "column \(position + 1)",
                    "has no name in the header; its values are kept as attribute \"column\(position + 1)\""))
                continue
            }
            if let first = seen[name.lowercased()] {
                problems.append(.error(
                    file: self.name, line: line, field: name,
                    "column appears twice in the header (columns \(first + 1) and \(position + 1)); "
                        + "expected each column once"))
            } else {
                seen[name.lowercased()] = position
            }
        }
        let missing = schema.requiredNames.filter { header.position(of: $0) == nil }
        guard !missing.isEmpty else { return true }
        let found = header.names.map { "\"\($0)\"" }.joined(separator: ", ")
        if missing.count == schema.required.count {
            problems.append(.error(
                file: self.name, line: line, field: "header",
                "no header row: the first line has \(found); expected the column names "
                    + "\(schema.requiredNames.joined(separator: ", ")) (any order, any case)"))
        } else {
            problems.append(.error(
                file: self.name, line: line, field: "header",
                "missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")); "
                    + "expected \(schema.requiredNames.joined(separator: ", ")) (found \(found))"))
        }
        return false
    }

    /// Calls `body` with every data row after the header, reporting malformed and ragged rows
    /// (which are still passed on, flagged, so their ids are known) and skipping blank ones. `body`
    /// adds its own problems to the same list, so they stay in row order.
    func forEachRow(problems: inout [DataProblem], _ body: (CSVRow, inout [DataProblem]) throws -> Void) rethrows {
        var isHeader = true
        var encodingProblems = 0
        try parser.forEachRecord { record in
            if record.isBlank { return }
            if isHeader { isHeader = false; return }
            var isWellFormed = true
            for issue in record.issues {
                if issue.kind == .invalidUTF8 || issue.kind == .nulByte {
                    encodingProblems += 1
                    guard encodingProblems <= Self.encodingProblemLimit else { isWellFormed = false; continue }
                }
                problems.append(problem(for: issue))
                if !issue.isWarning { isWellFormed = false }
            }
            for (position, field) in record.fields.enumerated() {
                guard let message = FieldParsing.lengthProblem(field) else { continue }
                problems.append(.error(file: name, line: record.line, field: header.displayName(at: position),
                                       message.text))
                isWellFormed = false
            }
            if isWellFormed, record.fields.count != header.names.count {
                problems.append(.error(
                    file: name, line: record.line,
                    "row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s"); expected "
                        + "\(header.names.count), one per header column (\(header.names.joined(separator: ","))) "
                        + "— a comma inside a value needs the value in quotes"))
                isWellFormed = false
            }
            try body(CSVRow(line: record.line, fields: record.fields, isWellFormed: isWellFormed), &problems)
        }
        if encodingProblems > Self.encodingProblemLimit {
            problems.append(.error(
                file: name,
                "\(encodingProblems - Self.encodingProblemLimit) more fields are not valid UTF-8 or hold NUL "
                    + "bytes; expected UTF-8 text (in Excel: Save As \"CSV UTF-8\")"))
        }
    }

    private func problem(for issue: CSVSyntaxIssue) -> DataProblem {
        let field = header.displayName(at: issue.fieldIndex)
        switch issue.kind {
        case .unterminatedQuote:
            return .error(file: name, line: issue.line, field: field,
                          "quoted value never closed, so the rest of the file reads as this one value; "
                              + "expected a closing \" (a quote inside a quoted value is written \"\")")
        case .textAfterClosingQuote:
            return .error(file: name, line: issue.line, field: field,
                          "text after the closing quote; expected a comma or the end of the line after "
                              + "a quoted value (a quote inside a quoted value is written \"\")")
        case .quoteInUnquotedField:
            return .warning(file: name, line: issue.line, field: field,
                            "a quote inside a value that does not start with one, kept as written; "
                                + "expected the value in quotes with the quote doubled (\"Centre \"\"Le Phare\"\"\")")
        case .invalidUTF8:
            return .error(file: name, line: issue.line, field: field,
                          "not valid UTF-8 (the file looks saved as Windows-1252 or Latin-1); "
                              + "expected UTF-8 text (in Excel: Save As \"CSV UTF-8\")")
        case .nulByte:
            return .error(file: name, line: issue.line, field: field,
                          "holds a NUL byte; expected text (is the file UTF-16 or not a CSV file?)")
        }
    }

    /// The file named `name` in `folder`, or one whose name matches it ignoring case.
    static func locate(_ name: String, in folder: URL) -> URL? {
        let exact = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: exact.path) { return exact }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return entries.sorted().first { $0.lowercased() == name.lowercased() }
            .map { folder.appendingPathComponent($0) }
    }
}
