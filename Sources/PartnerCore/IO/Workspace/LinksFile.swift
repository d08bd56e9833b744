import Foundation

/// `links.csv` of a workspace: `source,target[,year][,kind][,strength][,stage][,…]` (DESIGN §3).
///
/// Read in two steps, so that it can be read while `organizations.csv` is (``WorkspaceReader``):
/// ``LinkRows/read(in:maximumLinks:)`` checks everything a row says by itself and numbers the ids it
/// names, stopping at the first row past the link limit with that one error (``LinkLimit``);
/// ``LinkRows/resolved(against:problems:)`` then looks each distinct id up once in the organizations.
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
}

/// `links.csv` checked row by row without the organizations: every check but whether the endpoints
/// are declared. Ids are numbered in order of first mention (one `String` per distinct id), so the
/// organizations are looked up once per id, not once per row.
struct LinkRows: Sendable {
    /// The problems found, in row order, without the endpoint checks.
    var problems: [DataProblem] = []
    /// Distinct endpoint ids, by number.
    var ids: [String] = []
    /// One per well-formed row, for its endpoint checks.
    struct EndpointRow: Sendable {
        var line: Int
        var source: Int32, target: Int32
        /// Where in ``problems`` this row's endpoint problems go: after the row's syntax problems,
        /// before its value problems, as when both were checked together.
        var problemPosition: Int
    }
    var endpointRows: [EndpointRow] = []
    /// Rows whose own values are valid, in file order, and their lines and id numbers.
    var links: [Link] = []
    var lines: [Int] = []
    var idNumbers: [(source: Int32, target: Int32)] = []
    var isUsable = false
    var rowCount = 0
    var passedLimit = false
    var name = LinksFile.fileName

    /// Reads and checks every row; stops at the first row past `maximumLinks` with that one error.
    static func read(in folder: URL, maximumLinks: Int) -> LinkRows {
        var result = LinkRows()
        let schema = LinksFile.schema
        var problems: [DataProblem] = []
        guard let file = WorkspaceCSVFile.open(LinksFile.fileName, in: folder, schema: schema,
                                               problems: &problems) else {
            result.problems = problems
            return result
        }
        result.isUsable = true
        result.name = file.name
        let header = file.header
        let column = (source: header.position(of: "source"), target: header.position(of: "target"),
                      year: header.position(of: "year"), kind: header.position(of: "kind"),
                      strength: header.position(of: "strength"), stage: header.position(of: "stage"))
        let rows = min(file.rowCountBound, maximumLinks)
        result.endpointRows.reserveCapacity(rows)
        result.links.reserveCapacity(rows)
        result.lines.reserveCapacity(rows)
        result.idNumbers.reserveCapacity(rows)
        var numbering = IDNumbering()

        struct LimitPassed: Error { let line: Int }
        do {
            try file.forEachRow(problems: &problems) { row, problems in
                result.rowCount += 1
                if result.rowCount > maximumLinks { throw LimitPassed(line: row.line) }
                let source = row.value(at: column.source) ?? "", target = row.value(at: column.target) ?? ""
                // Numbered for every row, well-formed or not: any mention keeps an organization from
                // being reported as isolated.
                let sourceNumber = numbering.number(of: source), targetNumber = numbering.number(of: target)
                guard row.isWellFormed else { return }
                result.endpointRows.append(EndpointRow(line: row.line, source: sourceNumber, target: targetNumber,
                                                       problemPosition: problems.count))

                var rowProblems = RowProblems(file: file.name, line: row.line)
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
                guard !rowProblems.hasErrors else { return }

                let kind = row.value(at: column.kind)
                result.links.append(Link(source: source, target: target, year: year,
                                         kind: kind?.isEmpty == false ? kind : nil,
                                         strength: strength ?? 1, stage: stage, attributes: file.attributes(of: row)))
                result.lines.append(row.line)
                result.idNumbers.append((sourceNumber, targetNumber))
            }
        } catch let passed as LimitPassed {
            problems.append(LinkLimit.problem(file: file.name, line: passed.line, maximum: maximumLinks))
            result.passedLimit = true
            result.links = []
            result.lines = []
            result.idNumbers = []
        } catch {
            preconditionFailure("only LimitPassed is thrown: \(error)")
        }
        result.problems = problems
        result.ids = numbering.ids
        return result
    }

    /// The links whose endpoints are organizations of `organizations`, with every problem (the
    /// endpoint checks in their rows' places) appended to `problems`.
    ///
    /// Rows naming an organization whose own row has an error are left out without a word: that
    /// error is already reported.
    func resolved(against organizations: OrganizationsFile, problems: inout [DataProblem]) -> LinksFile {
        var result = LinksFile()
        result.isUsable = isUsable
        result.name = name
        result.rowCount = rowCount
        result.passedLimit = passedLimit
        result.isNamed = [Bool](repeating: false, count: organizations.organizations.count)
        // Position in the organizations of each id: −1 declared on a row with an error, nil not declared.
        let positions = ids.map { organizations.declared[$0]?.index }
        for case let position? in positions where position >= 0 { result.isNamed[Int(position)] = true }

        var endpointCheck = EndpointCheck(organizations: organizations)
        var endpointProblems: [(position: Int, problem: DataProblem)] = []
        for row in endpointRows where positions[Int(row.source)] == nil || positions[Int(row.target)] == nil {
            var rowProblems = RowProblems(file: name, line: row.line)
            for (field, number) in [("source", row.source), ("target", row.target)] {
                let id = ids[Int(number)]
                if id.isEmpty {
                    rowProblems.error(field, "empty; expected \(LinksFile.schema.meaning(of: field))")
                } else if positions[Int(number)] == nil, let message = endpointCheck.problem(with: id) {
                    rowProblems.error(field, message)
                }
            }
            endpointProblems += rowProblems.problems.map { (row.problemPosition, $0) }
        }
        problems.reserveCapacity(problems.count + self.problems.count + endpointProblems.count)
        var next = 0
        for (position, problem) in endpointProblems {
            problems += self.problems[next..<position]
            problems.append(problem)
            next = position
        }
        problems += self.problems[next...]

        guard !passedLimit else { return result }
        var endpoints: [(source: Int32, target: Int32)] = []
        endpoints.reserveCapacity(idNumbers.count)
        var keptAll = true
        for (source, target) in idNumbers {
            guard let s = positions[Int(source)], let t = positions[Int(target)], s >= 0, t >= 0 else {
                keptAll = false
                endpoints.append((-1, -1))
                continue
            }
            endpoints.append((s, t))
        }
        if keptAll {
            result.links = links
            result.lines = lines
            result.endpoints = endpoints
        } else {
            for i in links.indices where endpoints[i].source >= 0 {
                result.links.append(links[i])
                result.lines.append(lines[i])
                result.endpoints.append(endpoints[i])
            }
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
