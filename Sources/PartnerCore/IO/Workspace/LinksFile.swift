import Foundation

/// `links.csv` of a workspace: `source,target[,year][,kind][,strength][,stage][,…]` (DESIGN §3).
struct LinksFile {
    static let fileName = "links.csv"

    static let schema = CSVSchema(
        required: [
            ("source", "the id of an organization in organizations.csv"),
            ("target", "the id of an organization in organizations.csv"),
        ],
        optional: ["year", "kind", "strength", "stage"],
        rowMeaning: "tie (per year and kind)")

    /// Valid links, in file order.
    var links: [Link] = []
    /// `lines[i]` is the line of `links[i]`.
    var lines: [Int] = []
    /// `endpoints[i]`: positions of the source and target of `links[i]` in the organizations read.
    var endpoints: [(source: Int32, target: Int32)] = []
    /// `isNamed[i]`: whether any row, valid or not, names organization `i` as an endpoint.
    var isNamed: [Bool] = []
    /// Whether the file was read (present, with a usable header).
    var isUsable = false
    /// Number of data rows, valid or not.
    var rowCount = 0
    /// Whether reading stopped at the link limit (``LinkLimit``); `links` is then empty.
    var passedLimit = false
    var name = fileName

    /// Reads and checks the file against the organizations already read.
    /// Stops at the first row past `maximumLinks` with that one error (``LinkLimit``).
    static func read(in folder: URL, organizations: OrganizationsFile, maximumLinks: Int = LinkLimit.defaultMaximum,
                     problems: inout [DataProblem]) -> LinksFile {
        var result = LinksFile()
        guard let file = WorkspaceCSVFile.open(fileName, in: folder, schema: schema, problems: &problems) else {
            return result
        }
        result.isUsable = true
        result.name = file.name
        let header = file.header
        let column = (source: header.position(of: "source"), target: header.position(of: "target"),
                      year: header.position(of: "year"), kind: header.position(of: "kind"),
                      strength: header.position(of: "strength"), stage: header.position(of: "stage"))
        var endpointCheck = EndpointCheck(organizations: organizations)
        result.isNamed = [Bool](repeating: false, count: organizations.organizations.count)

        struct LimitPassed: Error { let line: Int }
        do {
            try file.forEachRow(problems: &problems) { row, problems in
                result.rowCount += 1
                if result.rowCount > maximumLinks { throw LimitPassed(line: row.line) }
                let source = row.value(at: column.source) ?? "", target = row.value(at: column.target) ?? ""
                // One lookup per endpoint: declared or not, and where (−1: declared on a row with an error).
                let sourceIndex = organizations.declared[source]?.index, targetIndex = organizations.declared[target]?.index
                if let sourceIndex, sourceIndex >= 0 { result.isNamed[Int(sourceIndex)] = true }
                if let targetIndex, targetIndex >= 0 { result.isNamed[Int(targetIndex)] = true }
                guard row.isWellFormed else { return }

                var rowProblems = RowProblems(file: file.name, line: row.line)
                func checkEndpoint(_ field: String, _ id: String, _ index: Int32?) {
                    if id.isEmpty {
                        rowProblems.error(field, "empty; expected \(schema.meaning(of: field))")
                    } else if index == nil, let message = endpointCheck.problem(with: id) {
                        rowProblems.error(field, message)
                    }
                }
                checkEndpoint("source", source, sourceIndex)
                checkEndpoint("target", target, targetIndex)
                if !source.isEmpty, source == target {
                    rowProblems.error("target", "same as source \"\(source)\"; expected two different organizations "
                                          + "(a self-link is not a partnership)")
                }
                var year: Int?
                if let text = row.value(at: column.year) {
                    if text.isEmpty {
                        rowProblems.error("year", "empty; expected the survey year in which the tie was reported "
                                              + "(the file has a year column)")
                    } else {
                        year = rowProblems.optional(text, field: "year", FieldParsing.year)
                    }
                }
                let strength = rowProblems.optional(row.value(at: column.strength), field: "strength",
                                                    FieldParsing.strength)
                let stage = rowProblems.optional(row.value(at: column.stage), field: "stage", FieldParsing.stage)
                problems.append(contentsOf: rowProblems.problems)
                // Rows naming an organization whose own row has an error are left out without a word:
                // that error is already reported.
                guard !rowProblems.hasErrors, let sourceIndex, let targetIndex, sourceIndex >= 0, targetIndex >= 0
                else { return }

                let kind = row.value(at: column.kind)
                result.links.append(Link(source: source, target: target, year: year,
                                         kind: kind?.isEmpty == false ? kind : nil,
                                         strength: strength ?? 1, stage: stage, attributes: file.attributes(of: row)))
                result.lines.append(row.line)
                result.endpoints.append((sourceIndex, targetIndex))
            }
        } catch let passed as LimitPassed {
            problems.append(LinkLimit.problem(file: file.name, line: passed.line, maximum: maximumLinks))
            result.passedLimit = true
            result.links = []
            result.lines = []
            result.endpoints = []
        } catch {
            preconditionFailure("only LimitPassed is thrown: \(error)")
        }
        return result
    }
}

/// Checks that a link endpoint names an organization, suggesting the id meant when only case or
/// spaces differ.
private struct EndpointCheck {
    let organizations: OrganizationsFile
    private var idsByLowercase: [String: String]?

    init(organizations: OrganizationsFile) {
        self.organizations = organizations
    }

    /// What is wrong with `id`, an endpoint not declared in organizations.csv; `nil` when that file is
    /// unusable (its own error says why, and no id can be checked).
    mutating func problem(with id: String) -> String? {
        guard organizations.isUsable else { return nil }
        if idsByLowercase == nil {
            var map: [String: String] = [:]
            for declared in organizations.declared.keys.sorted() where map[declared.lowercased()] == nil {
                map[declared.lowercased()] = declared
            }
            idsByLowercase = map
        }
        var message = "\"\(id)\" is not an id in \(organizations.name); expected the id of an organization"
        if let near = idsByLowercase?[id.lowercased()] { message += " (did you mean \"\(near)\"? ids are case-sensitive)" }
        return message
    }
}
