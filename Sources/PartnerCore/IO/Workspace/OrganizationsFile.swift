import Foundation

/// `organizations.csv` of a workspace: `id,name,sector,region[,type][,since][,until][,…]` (DESIGN §3).
struct OrganizationsFile {
    static let fileName = "organizations.csv"

    static let schema = CSVSchema(
        required: [
            ("id", "a unique identifier for the organization, such as cisss-gaspesie"),
            ("name", "the organization's name"),
            ("sector", "its sector, such as health, education or community"),
            ("region", "its region, such as Gaspésie–Îles-de-la-Madeleine"),
        ],
        optional: ["type", "since", "until"],
        rowMeaning: "organization")

    /// Valid organizations, in file order.
    var organizations: [Organization] = []
    /// `lines[i]` is the line of `organizations[i]`.
    var lines: [Int] = []
    /// Where an id is declared: its first line, and its position in ``organizations`` (−1 when its
    /// row has an error).
    struct Declaration {
        var line: Int
        var index: Int32
    }

    /// Every id declared, valid row or not: links to an id whose row has an error are not reported
    /// again as unknown. The one lookup per link endpoint.
    var declared: [String: Declaration] = [:]
    /// `false` when the file is missing or has no usable header: links cannot be checked against it.
    var isUsable = false
    /// Display name of the file (as found on disk).
    var name = fileName

    /// Reads and checks the file; problems go to `problems`.
    static func read(in folder: URL, problems: inout [DataProblem]) -> OrganizationsFile {
        var result = OrganizationsFile()
        guard let file = WorkspaceCSVFile.open(fileName, in: folder, schema: schema, problems: &problems) else {
            return result
        }
        result.isUsable = true
        result.name = file.name
        let header = file.header
        let column = (id: header.position(of: "id"), name: header.position(of: "name"),
                      sector: header.position(of: "sector"), region: header.position(of: "region"),
                      type: header.position(of: "type"), since: header.position(of: "since"),
                      until: header.position(of: "until"))
        let required = schema.required.map { (position: header.position(of: $0.name), $0.name, $0.meaning) }
        let rows = file.rowCountBound
        result.declared.reserveCapacity(rows)
        result.organizations.reserveCapacity(rows)
        result.lines.reserveCapacity(rows)

        file.forEachRow(problems: &problems) { row, problems in
            var rowProblems = RowProblems(file: file.name, line: row.line)
            let id = row.value(at: column.id) ?? ""
            if !id.isEmpty {
                if let first = result.declared[id] {
                    rowProblems.error("id", "\"\(id)\" is already used on line \(first.line); expected each id once")
                } else {
                    result.declared[id] = Declaration(line: row.line, index: -1)
                }
            }
            guard row.isWellFormed else {
                problems.append(contentsOf: rowProblems.problems)
                return
            }

            for (position, name, meaning) in required {
                if row.value(at: position)?.isEmpty ?? true {
                    rowProblems.error(name, "empty; expected \(meaning)")
                }
            }
            let since = rowProblems.optional(row.value(at: column.since), field: "since", FieldParsing.year)
            let until = rowProblems.optional(row.value(at: column.until), field: "until", FieldParsing.year)
            if let since, let until, since > until {
                rowProblems.error("until", "\(until) is before since \(since); expected until ≥ since")
            }
            problems.append(contentsOf: rowProblems.problems)
            guard !rowProblems.hasErrors else { return }

            result.declared[id]?.index = Int32(result.organizations.count)
            let type = row.value(at: column.type)
            result.organizations.append(Organization(
                id: id, name: row.value(at: column.name) ?? "",
                sector: Sector(row.value(at: column.sector) ?? ""),
                region: Region(row.value(at: column.region) ?? ""),
                type: type?.isEmpty == false ? type : nil,
                since: since, until: until, attributes: file.attributes(of: row)))
            result.lines.append(row.line)
        }
        if result.declared.isEmpty, !problems.contains(where: { $0.file == file.name && $0.severity == .error }) {
            problems.append(.error(file: file.name,
                                   "no organizations; expected one row per organization after the header"))
        }
        return result
    }
}

/// The problems of one row, each with the row's file and line.
struct RowProblems {
    let file: String
    let line: Int
    private(set) var problems: [DataProblem] = []
    private(set) var hasErrors = false

    init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    mutating func error(_ field: String, _ message: String) {
        problems.append(.error(file: file, line: line, field: field, message))
        hasErrors = true
    }

    mutating func warning(_ field: String, _ message: String) {
        problems.append(.warning(file: file, line: line, field: field, message))
    }

    /// Parses an optional value: `nil` when absent or empty, or when it does not parse (reported).
    mutating func optional<T>(_ text: String?, field: String,
                              _ parse: (String) -> Result<T, FieldMessage>) -> T? {
        guard let text, !text.isEmpty else { return nil }
        switch parse(text) {
        case .success(let value): return value
        case .failure(let message):
            error(field, message.text)
            return nil
        }
    }
}
