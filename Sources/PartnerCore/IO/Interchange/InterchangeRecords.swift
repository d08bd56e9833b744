import Foundation

/// A node read from an interchange file (GraphML, GEXF, JSON), before validation: its id and
/// every attribute as text, by the name the file gives it.
struct OrganizationRecord: Sendable {
    /// 1-based line of the element or object, when the format has lines.
    var line: Int?
    var id: String
    var values: [String: String]
}

/// An edge read from an interchange file, before validation; one record per survey year.
struct LinkRecord: Sendable {
    var line: Int?
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

    /// Validates the records and builds the network, as the CSV workspace reader does:
    /// every problem is collected; any error throws.
    ///
    /// Field names are matched ignoring case: `name` (or `label`), the sector and region
    /// attributes of `options`, `type`, `since`, `until` on nodes; `year`, `kind`, `strength`
    /// (or `weight`), `stage` on edges. Every other attribute is kept in `attributes`.
    ///
    /// - Throws: ``DataError`` with every problem when there is at least one error.
    func network(options: LoadOptions) throws -> LoadedNetwork {
        var validator = RecordValidator(file: file, options: options)
        validator.problems = problems
        let organizations = organizations.compactMap { validator.organization(from: $0) }
        validator.warnAboutUnspecifiedFields()
        let links = links.compactMap { validator.link(from: $0) }
        validator.warnAboutRepeatedLinks(links, isDirected: options.isDirected)
        if validator.problems.contains(where: { $0.severity == .error }) {
            throw DataError(validator.problems)
        }
        let network = PartnershipNetwork(organizations: organizations.map(\.organization),
                                         links: links.map(\.link), isDirected: options.isDirected)
        return LoadedNetwork(network: network, warnings: validator.problems,
                             declaredDirected: declaresDirected)
    }
}

/// Turns records into ``Organization``s and ``Link``s, collecting problems.
struct RecordValidator {
    let file: String
    let options: LoadOptions
    var problems: [DataProblem] = []
    private var firstLineByID: [String: Int?] = [:]
    private var withoutSector: [String] = []
    private var withoutRegion: [String] = []

    init(file: String, options: LoadOptions) {
        self.file = file
        self.options = options
    }

    struct LocatedOrganization { var organization: Organization; var line: Int? }
    struct LocatedLink { var link: Link; var line: Int? }

    mutating func organization(from record: OrganizationRecord) -> LocatedOrganization? {
        var fields = FieldPicker(record.values)
        let owner = "organization '\(record.id)'"
        guard !record.id.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            error(record.line, "id", "a node has an empty id; every organization needs one")
            return nil
        }
        if let first = firstLineByID[record.id] {
            let seen = first.map { " (first on line \($0))" } ?? ""
            error(record.line, "id", "duplicate id '\(record.id)'\(seen); ids must be unique")
            return nil
        }
        firstLineByID.updateValue(record.line, forKey: record.id)

        let name = fields.take("name") ?? fields.take("label")
        let sector = fields.take(options.sectorAttribute)
        let region = fields.take(options.regionAttribute)
        let type = fields.take("type")
        var since: Int?, until: Int?
        if let text = fields.take("since") {
            since = year(text, line: record.line, field: "since", owner: owner)
        }
        if let text = fields.take("until") {
            until = year(text, line: record.line, field: "until", owner: owner)
        }
        if let since, let until, since > until {
            error(record.line, "since", "\(owner) is active from \(since) until \(until); 'since' must not be after 'until'")
        }
        if sector == nil { withoutSector.append(record.id) }
        if region == nil { withoutRegion.append(record.id) }
        let organization = Organization(
            id: record.id, name: name ?? record.id,
            sector: sector.map(Sector.init) ?? .unspecified,
            region: region.map(Region.init) ?? .unspecified,
            type: type, since: since, until: until, attributes: fields.rest)
        return LocatedOrganization(organization: organization, line: record.line)
    }

    mutating func link(from record: LinkRecord) -> LocatedLink? {
        var fields = FieldPicker(record.values)
        let owner = "edge \(record.source) → \(record.target)"
        var valid = true
        for (field, id) in [("source", record.source), ("target", record.target)] {
            if id.isEmpty {
                error(record.line, field, "\(owner) has an empty \(field); expected an organization id")
                valid = false
            } else if firstLineByID[id] == nil {
                error(record.line, field, "\(owner): '\(id)' is not the id of any organization")
                valid = false
            }
        }
        if valid, record.source == record.target {
            error(record.line, "target", "\(owner) links '\(record.source)' to itself; self-links are not partnerships")
            valid = false
        }
        var linkYear: Int?
        if let text = fields.take("year") {
            linkYear = year(text, line: record.line, field: "year", owner: owner)
            if linkYear == nil { valid = false }
        }
        var strength = 1.0
        if let text = fields.take("strength") ?? fields.take("weight") {
            if let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, value > 0 {
                strength = value
            } else {
                error(record.line, "strength", "\(owner): strength '\(text)' is not a number > 0; expected e.g. 1 (cooperative), 2 (coordinated), 3 (integrated)")
                valid = false
            }
        }
        var stage: NPIStage?
        if let text = fields.take("stage") {
            stage = NPIStage(parsing: text)
            if stage == nil {
                error(record.line, "stage", "\(owner): stage '\(text)' is unknown; expected 1–8 or one of \(NPIStage.allCases.map(\.name).joined(separator: ", "))")
                valid = false
            }
        }
        let kind = fields.take("kind")
        guard valid else { return nil }
        let link = Link(source: record.source, target: record.target, year: linkYear, kind: kind,
                        strength: strength, stage: stage, attributes: fields.rest)
        return LocatedLink(link: link, line: record.line)
    }

    /// One warning per missing sector or region attribute, naming a few organizations.
    mutating func warnAboutUnspecifiedFields() {
        let missing = [(withoutSector, options.sectorAttribute, "--sector-attribute"),
                       (withoutRegion, options.regionAttribute, "--region-attribute")]
        for (ids, field, option) in missing where !ids.isEmpty {
            let named = ids.prefix(3).map { "'\($0)'" }.joined(separator: ", ") + (ids.count > 3 ? ", …" : "")
            let who = ids.count == firstLineByID.count ? "no organization has" : "\(ids.count) organizations (\(named)) have no"
            problems.append(.warning(file: file, field: field,
                                     "\(who) a '\(field)' attribute; read as 'unspecified' (\(option) names another attribute)"))
        }
    }

    /// Warns about reports of the same pair, year and kind (in either order when undirected).
    mutating func warnAboutRepeatedLinks(_ links: [LocatedLink], isDirected: Bool) {
        struct Key: Hashable { let a: String, b: String, year: Int?, kind: String? }
        var seen: [Key: Int?] = [:]
        for located in links {
            let link = located.link
            let (a, b) = isDirected || link.source <= link.target
                ? (link.source, link.target) : (link.target, link.source)
            let key = Key(a: a, b: b, year: link.year, kind: link.kind)
            if let first = seen[key] {
                let when = link.year.map { " in \($0)" } ?? ""
                let previous = first.map { " (first on line \($0))" } ?? ""
                problems.append(.warning(file: file, line: located.line,
                                         "the tie \(link.source) – \(link.target)\(when)\(link.kind.map { " (\($0))" } ?? "") is reported again\(previous); it counts once"))
            } else {
                seen.updateValue(located.line, forKey: key)
            }
        }
    }

    /// A year written as a whole number (`2021`, or `2021.0` as numeric tools write it).
    private mutating func year(_ text: String, line: Int?, field: String, owner: String) -> Int? {
        if let value = InterchangeValue.year(text) { return value }
        error(line, field, "\(owner): \(field) '\(text)' is not a year; expected a whole number such as 2021")
        return nil
    }

    private mutating func error(_ line: Int?, _ field: String, _ message: String) {
        problems.append(.error(file: file, line: line, field: field, message))
    }
}

/// Takes the standard fields out of a record's attributes by case-insensitive name; what is left
/// becomes the extra attributes. An exact-case match wins over a case-insensitive one.
struct FieldPicker {
    private(set) var rest: [String: String]

    init(_ values: [String: String]) { rest = values }

    /// The non-empty value of the attribute called `name` (ignoring case and surrounding spaces),
    /// removed from ``rest``. Empty values count as missing and are dropped.
    mutating func take(_ name: String) -> String? {
        let key: String
        if rest[name] != nil {
            key = name
        } else {
            let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard let match = rest.keys.filter({ $0.trimmingCharacters(in: .whitespaces).lowercased() == wanted }).min()
            else { return nil }
            key = match
        }
        guard let value = rest.removeValue(forKey: key) else { return nil }
        return value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : value
    }
}

/// Parsing and formatting of the typed values interchange formats carry as text.
enum InterchangeValue {
    /// A whole-number year from `2021`, `2021.0` or ` 2021 `; `nil` for anything else.
    static func year(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let value = Int(trimmed) { return value }
        if let value = Double(trimmed), value.isFinite, value == value.rounded(),
           abs(value) < 1_000_000 {
            return Int(value)
        }
        return nil
    }

    /// A number as the writers print it: whole numbers without a decimal point (`2`), others in
    /// the shortest form that reads back to the same `Double` (`2.5`, `0.1`).
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int64(value))
        }
        return "\(value)"
    }
}
