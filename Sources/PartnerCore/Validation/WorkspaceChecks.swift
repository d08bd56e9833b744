/// Checks across the rows and files of a workspace that no single row shows. All are warnings:
/// the data can be used, but it probably does not say what its author meant.
enum WorkspaceChecks {
    /// Runs every check on the valid rows read.
    static func warnings(organizations: OrganizationsFile, links: LinksFile, isDirected: Bool) -> [DataProblem] {
        var warnings: [DataProblem] = []
        warnings += nearDuplicateSpellings(
            organizations.organizations.map(\.sector.name), lines: organizations.lines,
            file: organizations.name, field: "sector", noun: "sectors")
        warnings += nearDuplicateSpellings(
            organizations.organizations.map(\.region.name), lines: organizations.lines,
            file: organizations.name, field: "region", noun: "regions")
        warnings += nearDuplicateSpellings(
            links.links.map { $0.kind ?? "" }, lines: links.lines, file: links.name, field: "kind", noun: "kinds")
        if links.isUsable {
            warnings += organizationsWithoutTies(organizations, links)
        }
        warnings += linksOutsideActiveYears(organizations, links)
        warnings += repeatedRows(links, isDirected: isDirected)
        return warnings
    }

    /// Spellings that differ in case-folded form but agree ignoring accents, case, spaces and
    /// punctuation (`"Santé"` vs `"sante "`): they count as different labels, which is rarely meant.
    /// One warning per odd spelling, at its first line, pointing at the first spelling of its group.
    static func nearDuplicateSpellings(_ values: [String], lines: [Int], file: String, field: String,
                                       noun: String) -> [DataProblem] {
        // First line of each distinct label (as matched: trimmed, case-folded), in file order.
        var firstByKey: [String: (name: String, line: Int)] = [:]
        var keysInOrder: [String] = []
        for (value, line) in zip(values, lines) where !value.isEmpty {
            let key = Sector.matchingKey(of: value)
            if firstByKey[key] == nil {
                firstByKey[key] = (value, line)
                keysInOrder.append(key)
            }
        }
        var groupLeader: [String: String] = [:]
        var warnings: [DataProblem] = []
        for key in keysInOrder {
            guard let label = firstByKey[key] else { continue }
            let loose = Sector.looseKey(of: label.name)
            guard !loose.isEmpty else { continue }
            guard let leaderKey = groupLeader[loose], let leader = firstByKey[leaderKey] else {
                groupLeader[loose] = key
                continue
            }
            warnings.append(.warning(
                file: file, line: label.line, field: field,
                "\"\(label.name)\" looks like \"\(leader.name)\" (line \(leader.line)) but is spelled "
                    + "differently, so they count as two \(noun); expected one spelling"))
        }
        return warnings
    }

    /// Organizations that no link row names, in any year.
    static func organizationsWithoutTies(_ organizations: OrganizationsFile, _ links: LinksFile) -> [DataProblem] {
        guard links.rowCount > 0 else {
            return [.warning(file: links.name, "no links; expected one row per tie, so every organization is isolated")]
        }
        return zip(organizations.organizations, organizations.lines)
            .filter { !links.mentionedIDs.contains($0.0.id) }
            .map { organization, line in
                .warning(file: organizations.name, line: line, field: "id",
                         "\"\(organization.id)\" has no tie in \(links.name) in any year (an isolated organization)")
            }
    }

    /// Links reported in a year in which an endpoint is not active (`since`/`until`): the snapshot
    /// of that year leaves the tie out.
    static func linksOutsideActiveYears(_ organizations: OrganizationsFile, _ links: LinksFile) -> [DataProblem] {
        var position: [String: Int] = [:]
        for (index, organization) in organizations.organizations.enumerated()
        where organization.since != nil || organization.until != nil {
            position[organization.id] = index
        }
        guard !position.isEmpty else { return [] }
        var warnings: [DataProblem] = []
        for (link, line) in zip(links.links, links.lines) {
            guard let year = link.year else { continue }
            for id in [link.source, link.target] {
                guard let index = position[id] else { continue }
                let organization = organizations.organizations[index]
                guard !organization.isActive(in: year) else { continue }
                let span = [organization.since.map { "since \($0)" }, organization.until.map { "until \($0)" }]
                    .compactMap { $0 }.joined(separator: ", ")
                warnings.append(.warning(
                    file: links.name, line: line, field: "year",
                    "\(year) is outside the active years of \"\(id)\" (\(span), \(organizations.name):"
                        + "\(organizations.lines[index])); the \(year) snapshot leaves this tie out"))
            }
        }
        return warnings
    }

    /// Rows that repeat a pair, year and kind already given (in either order when undirected):
    /// they are one tie, counted once.
    static func repeatedRows(_ links: LinksFile, isDirected: Bool) -> [DataProblem] {
        struct Key: Hashable {
            let a: String, b: String, year: Int?, kind: String?
        }
        var firstLine: [Key: Int] = [:]
        firstLine.reserveCapacity(links.links.count)
        var warnings: [DataProblem] = []
        // Kinds match as the network merges them (case-folded); fold each spelling once.
        var foldedKinds: [String: String] = [:]
        func folded(_ kind: String) -> String {
            if let key = foldedKinds[kind] { return key }
            let key = Sector.matchingKey(of: kind)
            foldedKinds[kind] = key
            return key
        }
        for (link, line) in zip(links.links, links.lines) {
            let swap = !isDirected && link.target < link.source
            let key = Key(a: swap ? link.target : link.source, b: swap ? link.source : link.target,
                          year: link.year, kind: link.kind.map(folded))
            if let first = firstLine[key] {
                let arrow = isDirected ? "→" : "–"
                let what = [link.kind, link.year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
                warnings.append(.warning(
                    file: links.name, line: line,
                    "repeats the tie \(link.source) \(arrow) \(link.target)\(what.isEmpty ? "" : " (\(what))") "
                        + "of line \(first); counted once — expected one row per pair, year and kind"))
            } else {
                firstLine[key] = line
            }
        }
        return warnings
    }
}
