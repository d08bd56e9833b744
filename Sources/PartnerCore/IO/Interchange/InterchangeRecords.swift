import Foundation

/// A node read from an interchange file (GraphML, GEXF, JSON), before validation: its id and
/// every attribute as text, by the name the file gives it.
struct OrganizationRecord: Sendable {
    /// 1-based line of the element or object.
    var line: Int
    var id: String
    var values: [String: String]
}

/// An edge read from an interchange file, before validation; one record per survey year.
struct LinkRecord: Sendable {
    var line: Int
    var source: String
    var target: String
    var values: [String: String]
}

/// What an interchange reader hands to validation: the records, the problems the reader itself
/// found (syntax, structure), and what the file says about direction.
struct InterchangeRecords: Sendable {
    var file: String
    var organizations: [OrganizationRecord] = []
    var links: [LinkRecord] = []
    var problems: [DataProblem] = []
    /// `true`/`false` when the file declares its edges directed or undirected.
    var declaresDirected: Bool?

    init(file: String) { self.file = file }

    /// Validates the records and builds the network with the rules of a CSV workspace: values
    /// parsed by ``FieldParsing``, ids unique, endpoints known, no self-links, then the
    /// ``WorkspaceChecks`` warnings (near-duplicate spellings, isolated organizations, ties
    /// outside active years, repeated ties). Every problem is collected, sorted by line.
    ///
    /// Field names are matched ignoring case: `name` (or `label`), the sector and region
    /// attributes of `options`, `type`, `since`, `until` on nodes; `year`, `kind`, `strength`
    /// (or `weight`), `stage` on edges. Every other attribute is kept in `attributes`. A node
    /// without a name is named by its id; without a sector or region it is `unspecified`, with a
    /// warning.
    ///
    /// - Throws: ``DataError`` with every problem when there is at least one error.
    func network(options: LoadOptions) throws -> LoadedNetwork {
        // GEXF spells make one <edge> several links: the pre-parse count cannot see them all.
        if links.count > options.maximumLinks {
            throw DataError([LinkLimit.problem(file: file, line: links[options.maximumLinks].line,
                                               maximum: options.maximumLinks)])
        }
        var validator = RecordValidator(file: file, options: options)
        var organizationsFile = OrganizationsFile()
        organizationsFile.name = file
        organizationsFile.isUsable = true
        for record in organizations {
            guard let organization = validator.organization(from: record) else { continue }
            organizationsFile.organizations.append(organization)
            organizationsFile.lines.append(record.line)
        }
        let position = Dictionary(uniqueKeysWithValues: organizationsFile.organizations.enumerated().map {
            ($1.id, Int32($0))
        })
        validator.warnAboutUnspecifiedFields()

        // As in links.csv, where a year column means every row needs a year.
        validator.requiresYear = links.contains { record in
            var fields = FieldPicker(record.values)
            return fields.take("year") != nil
        }
        var linksFile = LinksFile()
        linksFile.name = file
        linksFile.isUsable = true
        linksFile.rowCount = links.count
        linksFile.isNamed = [Bool](repeating: false, count: organizationsFile.organizations.count)
        for record in links {
            let source = position[record.source], target = position[record.target]
            if let source { linksFile.isNamed[Int(source)] = true }
            if let target { linksFile.isNamed[Int(target)] = true }
            // An edge to a node with an error is left out: that node's error is reported.
            guard let link = validator.link(from: record), let source, let target else { continue }
            linksFile.links.append(link)
            linksFile.lines.append(record.line)
            linksFile.endpoints.append((source, target))
        }
        var all = problems + validator.problems
        all += WorkspaceChecks.warnings(organizations: organizationsFile, links: linksFile, isDirected: options.isDirected)
        all = WorkspaceReader.sorted(all, fileOrder: [file])
        if all.contains(where: { $0.severity == .error }) {
            throw DataError(all)
        }
        let network = PartnershipNetwork(organizations: organizationsFile.organizations, links: linksFile.links,
                                         linkEndpoints: linksFile.endpoints, isDirected: options.isDirected)
        return LoadedNetwork(network: network, warnings: all, declaredDirected: declaresDirected)
    }
}

/// Turns records into ``Organization``s and ``Link``s, collecting problems.
struct RecordValidator {
    let file: String
    let options: LoadOptions
    private(set) var problems: [DataProblem] = []
    /// Every id declared, with its first line.
    private(set) var declaredIDs: [String: Int] = [:]
    /// Whether every link needs a year (because some have one).
    var requiresYear = false
    private var withoutSector: [String] = []
    private var withoutRegion: [String] = []

    init(file: String, options: LoadOptions) {
        self.file = file
        self.options = options
    }

    mutating func organization(from record: OrganizationRecord) -> Organization? {
        var fields = FieldPicker(record.values)
        var row = RowProblems(file: file, line: record.line)
        guard !record.id.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            row.error("id", "a node has an empty id; expected a unique identifier for the organization")
            problems += row.problems
            return nil
        }
        if Self.refusesOverlongValues(["id": record.id].merging(record.values) { id, _ in id }, in: &row) {
            problems += row.problems
            return nil
        }
        if let first = declaredIDs[record.id] {
            row.error("id", "\"\(record.id)\" is already used on line \(first); expected each id once")
            problems += row.problems
            return nil
        }
        declaredIDs[record.id] = record.line

        let owner = "node \"\(record.id)\": "
        let name = fields.take("name") ?? fields.take("label")
        let sector = fields.take(options.sectorAttribute)
        let region = fields.take(options.regionAttribute)
        let type = fields.take("type")
        let since = row.optional(fields.take("since").map(Self.wholeNumber), field: "since") { FieldParsing.year($0).prefixed(owner) }
        let until = row.optional(fields.take("until").map(Self.wholeNumber), field: "until") { FieldParsing.year($0).prefixed(owner) }
        if let since, let until, since > until {
            row.error("until", "\(owner)\(until) is before since \(since); expected until ≥ since")
        }
        problems += row.problems
        guard !row.hasErrors else { return nil }
        if sector == nil { withoutSector.append(record.id) }
        if region == nil { withoutRegion.append(record.id) }
        return Organization(id: record.id, name: name ?? record.id,
                            sector: sector.map(Sector.init) ?? .unspecified,
                            region: region.map(Region.init) ?? .unspecified,
                            type: type, since: since, until: until, attributes: fields.rest)
    }

    mutating func link(from record: LinkRecord) -> Link? {
        var fields = FieldPicker(record.values)
        var row = RowProblems(file: file, line: record.line)
        if Self.refusesOverlongValues(
            ["source": record.source, "target": record.target].merging(record.values) { end, _ in end }, in: &row) {
            problems += row.problems
            return nil
        }
        let owner = "edge \(record.source) → \(record.target): "
        for (field, id) in [("source", record.source), ("target", record.target)] {
            if id.isEmpty {
                row.error(field, "\(owner)empty; expected the id of an organization")
            } else if declaredIDs[id] == nil {
                row.error(field, "\(owner)\"\(id)\" is not the id of any node; expected the id of an organization")
            }
        }
        if !record.source.isEmpty, record.source == record.target {
            row.error("target", "\(owner)same as source \"\(record.source)\"; expected two different organizations (a self-link is not a partnership)")
        }
        let yearText = fields.take("year")
        if yearText == nil, requiresYear {
            row.error("year", "\(owner)no year; expected the survey year in which the tie was reported (other edges have one)")
        }
        let year = row.optional(yearText.map(Self.wholeNumber), field: "year") { FieldParsing.year($0).prefixed(owner) }
        let strength = row.optional(fields.take("strength") ?? fields.take("weight"), field: "strength") {
            FieldParsing.strength($0.trimmingCharacters(in: .whitespaces)).prefixed(owner)
        }
        let stage = row.optional(fields.take("stage"), field: "stage") { text in
            Self.stageByName[text].map { .success($0) } ?? FieldParsing.stage(text).prefixed(owner)
        }
        let kind = fields.take("kind")
        problems += row.problems
        guard !row.hasErrors else { return nil }
        return Link(source: record.source, target: record.target, year: year, kind: kind,
                    strength: strength ?? 1, stage: stage, attributes: fields.rest)
    }

    /// Reports every value longer than ``FieldParsing/maximumValueBytes`` (by field name, sorted);
    /// `true` when there was one.
    private static func refusesOverlongValues(_ values: [String: String], in row: inout RowProblems) -> Bool {
        var found = false
        for (field, value) in values.sorted(by: { $0.key < $1.key }) {
            guard let message = FieldParsing.lengthProblem(value) else { continue }
            row.error(field, message.text)
            found = true
        }
        return found
    }

    /// One warning per missing sector or region attribute, naming a few organizations.
    mutating func warnAboutUnspecifiedFields() {
        let missing = [(withoutSector, options.sectorAttribute, "--sector-attribute"),
                       (withoutRegion, options.regionAttribute, "--region-attribute")]
        for (ids, field, option) in missing where !ids.isEmpty {
            let named = ids.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (ids.count > 3 ? ", …" : "")
            let who = ids.count == declaredIDs.count ? "no organization has" : "\(ids.count) organizations (\(named)) have no"
            problems.append(.warning(file: file, field: field,
                                     "\(who) a '\(field)' attribute; read as 'unspecified' (\(option) names another attribute)"))
        }
    }

    /// Stages as our writers spell them (`joint-action`, `5`): looked up before the general,
    /// slower parser.
    static let stageByName: [String: NPIStage] = Dictionary(uniqueKeysWithValues:
        NPIStage.allCases.map { ($0.name, $0) } + NPIStage.allCases.map { (String($0.rawValue), $0) })

    /// `2021.0` (as numeric tools write whole numbers) as `2021`; anything else trimmed, as is.
    static func wholeNumber(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Double(trimmed), value.isFinite, value == value.rounded(), abs(value) < 1e9,
           trimmed.contains(".") {
            return String(Int(value))
        }
        return trimmed
    }
}

extension Result where Success: Sendable, Failure == FieldMessage {
    /// The failure's message with `prefix` in front (which node or edge it is about).
    func prefixed(_ prefix: String) -> Self {
        mapError { FieldMessage(prefix + $0.text) }
    }
}

/// Takes the standard fields out of a record's attributes by case-insensitive name; what is left
/// becomes the extra attributes. An exact-case match wins over a case-insensitive one. Empty
/// values are no values, as empty cells of a workspace are.
struct FieldPicker {
    private(set) var rest: [String: String]
    /// Lower-cased, trimmed name → the first key (in sorted order) with that form.
    private var keyByLoweredName: [String: String] = [:]

    init(_ values: [String: String]) {
        rest = values.filter { !$0.value.isEmpty }
        for key in rest.keys {
            let lowered = Self.trimmed(key).lowercased()
            if let other = keyByLoweredName[lowered], other < key { continue }
            keyByLoweredName[lowered] = key
        }
    }

    /// The value of the attribute called `name` (ignoring case and surrounding spaces), trimmed as
    /// the CSV reader trims its columns, and removed from ``rest``. Empty values count as missing
    /// and are dropped.
    mutating func take(_ name: String) -> String? {
        let value: String?
        if let exact = rest.removeValue(forKey: name) {
            value = exact
        } else if let key = keyByLoweredName[Self.trimmed(name).lowercased()] {
            value = rest.removeValue(forKey: key)
        } else {
            value = nil
        }
        guard let value else { return nil }
        let trimmed = Self.trimmed(value)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// `text` without surrounding white space; skips Foundation (slow) when there is none to trim.
    static func trimmed(_ text: String) -> String {
        guard let first = text.utf8.first, let last = text.utf8.last else { return text }
        if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
