import Foundation

/// `responses.csv` (or `reponses.csv`) of a survey workspace: one row per respondent and partner named
/// (DESIGN §3, §10). Columns, English or French, matched ignoring case, accents and punctuation:
/// `respondent`/`répondant`, `partner`/`partenaire` (an id or a name from organizations.csv),
/// `year`/`année`, `level`/`niveau` (cooperative | coordinated | integrated, coopération | coordination |
/// intégration, or 1–3), the six ratings 1–4 or empty (`trust_reliability`/`fiabilité`,
/// `trust_mission`/`mission`, `trust_openness`/`ouverture`, `value_power`/`influence`,
/// `value_involvement`/`engagement`, `value_resources`/`ressources`), `resources_contributed`/
/// `ressources apportées` (a list separated by `;`) and `comments`/`commentaires`.
struct ResponsesFile {
    static let fileNames = ["responses.csv", "reponses.csv", "réponses.csv"]

    /// The columns and their accepted names (compared by ``Sector/looseKey(of:)``).
    enum Column: CaseIterable {
        case respondent, partner, year, level, resources, comments
        case item(SurveyItem)

        static var allCases: [Column] {
            [.respondent, .partner, .year, .level] + SurveyItem.allCases.map { .item($0) } + [.resources, .comments]
        }

        var names: [String] {
            switch self {
            case .respondent: ["respondent", "répondant", "repondant"]
            case .partner: ["partner", "partenaire"]
            case .year: ["year", "année", "annee"]
            case .level: ["level", "niveau", "level of collaboration", "niveau de collaboration"]
            case .resources: ["resources_contributed", "ressources apportées", "ressources_apportees"]
            case .comments: ["comments", "comment", "commentaires", "commentaire"]
            case .item(let item): [item.rawValue, item.frenchName]
            }
        }

        var displayName: String { names[0] }
    }

    var responses: [SurveyResponse] = []
    /// Whether a responses file is present in the folder.
    var isPresent = false
    var name = fileNames[0]

    /// The responses file of `folder`, if any (any case).
    static func locate(in folder: URL) -> URL? {
        fileNames.lazy.compactMap { WorkspaceCSVFile.locate($0, in: folder) }.first
    }

    /// Reads and checks the file; respondent and partner are looked up in `organizations` by id, then
    /// by name. Problems go to `problems`.
    static func read(in folder: URL, organizations: OrganizationsFile, problems: inout [DataProblem]) -> ResponsesFile {
        var result = ResponsesFile()
        guard let url = locate(in: folder) else { return result }
        result.isPresent = true
        let schema = CSVSchema(required: [], optional: [], rowMeaning: "response (respondent, partner)")
        guard let file = WorkspaceCSVFile.open(url.lastPathComponent, in: folder, schema: schema, problems: &problems) else {
            return result
        }
        result.name = file.name
        var positions: [String: Int] = [:]
        for (position, name) in file.header.names.enumerated() where positions[Sector.looseKey(of: name)] == nil {
            positions[Sector.looseKey(of: name)] = position
        }
        func position(_ column: Column) -> Int? {
            column.names.lazy.compactMap { positions[Sector.looseKey(of: $0)] }.first
        }
        let missing = [Column.respondent, .partner].filter { position($0) == nil }
        guard missing.isEmpty else {
            problems.append(.error(file: file.name, line: 1, field: "header",
                                   "missing column \(missing.map(\.displayName).joined(separator: ", ")); expected "
                                       + "respondent and partner (FR répondant, partenaire), then optional year, "
                                       + "level and the six ratings"))
            return result
        }
        /// A column as the file names it, for messages.
        func field(_ position: Int?, _ fallback: String) -> String {
            position.map { file.header.displayName(at: $0) } ?? fallback
        }
        let resolver = NameResolver(organizations: organizations)
        var seen: [String: Int] = [:]
        file.forEachRow(problems: &problems) { row, problems in
            guard row.isWellFormed else { return }
            var rowProblems = RowProblems(file: file.name, line: row.line)
            let respondent = resolver.id(of: row.value(at: position(.respondent)) ?? "", field: "respondent",
                                         problems: &rowProblems)
            let partner = resolver.id(of: row.value(at: position(.partner)) ?? "", field: "partner",
                                      problems: &rowProblems)
            if let respondent, let partner, respondent == partner {
                rowProblems.error("partner", "same as the respondent \"\(respondent)\"; expected another organization")
            }
            var response = SurveyResponse(respondent: respondent ?? "", partner: partner ?? "")
            if let text = row.value(at: position(.year)) {
                if text.isEmpty {
                    rowProblems.error("year", "empty; expected the survey year (the file has a year column)")
                } else {
                    response.year = rowProblems.optional(text, field: "year", FieldParsing.year)
                }
            }
            response.level = rowProblems.optional(row.value(at: position(.level)), field: field(position(.level), "level"),
                                                 Self.level)
            for item in SurveyItem.allCases {
                let column = position(.item(item))
                response.ratings[item] = rowProblems.optional(row.value(at: column), field: field(column, item.rawValue),
                                                              Self.rating)
            }
            response.resourcesContributed = (row.value(at: position(.resources)) ?? "")
                .split(separator: ";").map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
            let comments = row.value(at: position(.comments)) ?? ""
            response.comments = comments.isEmpty ? nil : comments
            if let respondent, let partner {
                let key = "\(respondent)\u{0}\(partner)\u{0}\(response.year.map(String.init) ?? "")"
                if let first = seen[key] {
                    rowProblems.error("partner", "\(respondent) already named \(partner)"
                                          + (response.year.map { " in \($0)" } ?? "") + " on line \(first); "
                                          + "expected one row per respondent and partner")
                } else {
                    seen[key] = row.line
                }
            }
            problems.append(contentsOf: rowProblems.problems)
            if !rowProblems.hasErrors { result.responses.append(response) }
        }
        return result
    }

    static func level(_ text: String) -> Result<CollaborationLevel, FieldMessage> {
        CollaborationLevel(parsing: text).map(Result.success) ?? .failure(FieldMessage(
            "\"\(text)\" is not a level; expected cooperative, coordinated or integrated "
                + "(coopération, coordination, intégration) or 1–3"))
    }

    static func rating(_ text: String) -> Result<Int, FieldMessage> {
        guard let value = Int(text), SurveyItem.ratingRange.contains(value) else {
            return .failure(FieldMessage("\"\(text)\" is not a rating; expected 1, 2, 3 or 4, or empty"))
        }
        return .success(value)
    }

    /// Whether an organizations-table `responded` value says yes (`yes`, `oui`, `true`, `1`, `x`).
    static func saysYes(_ text: String) -> Bool {
        ["yes", "oui", "true", "1", "x", "y", "o", "vrai"].contains(Sector.looseKey(of: text))
    }

    /// Ids of the organizations whose `responded` (FR `répondu`) attribute says yes.
    static func declaredRespondents(_ organizations: [Organization]) -> Set<String> {
        let keys = Set(["responded", "repondu"])
        return Set(organizations.filter { organization in
            organization.attributes.contains { keys.contains(Sector.looseKey(of: $0.key)) && saysYes($0.value) }
        }.map(\.id))
    }
}

/// Looks a respondent or partner up in organizations.csv: by id, else by name (exact, then ignoring
/// case and accents when that is unambiguous).
private struct NameResolver {
    let organizations: OrganizationsFile
    private let idByName: [String: String]
    private let idByLooseName: [String: String?]

    init(organizations: OrganizationsFile) {
        self.organizations = organizations
        var byName: [String: String] = [:]
        var byLoose: [String: String?] = [:]
        for organization in organizations.organizations {
            if byName[organization.name] == nil { byName[organization.name] = organization.id }
            let key = Sector.looseKey(of: organization.name)
            byLoose[key] = byLoose[key] == nil ? organization.id : .some(nil)
        }
        self.idByName = byName
        self.idByLooseName = byLoose
    }

    func id(of text: String, field: String, problems: inout RowProblems) -> String? {
        guard !text.isEmpty else {
            problems.error(field, "empty; expected the id or name of an organization in \(organizations.name)")
            return nil
        }
        if let declaration = organizations.declared[text] { return declaration.index >= 0 ? text : nil }
        if let id = idByName[text] ?? idByLooseName[Sector.looseKey(of: text)] ?? nil { return id }
        guard organizations.isUsable else { return nil }
        problems.error(field, "\"\(text)\" is not an organization of \(organizations.name); expected the id or "
                           + "name of an invited organization")
        return nil
    }
}
