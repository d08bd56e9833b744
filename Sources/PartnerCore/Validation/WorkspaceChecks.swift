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
        // First line of each distinct spelling, then of each distinct label (as matched: trimmed,
        // case-folded), in file order. Keys are computed once per spelling, not once per row.
        var seenSpellings = Set<String>()
        var firstByKey: [String: (name: String, line: Int)] = [:]
        var keysInOrder: [String] = []
        for (value, line) in zip(values, lines) where !value.isEmpty && seenSpellings.insert(value).inserted {
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
        return organizations.organizations.indices.filter { !links.isNamed[$0] }.map { i in
            .warning(file: organizations.name, line: organizations.lines[i], field: "id",
                     "\"\(organizations.organizations[i].id)\" has no tie in \(links.name) in any year "
                         + "(an isolated organization)")
        }
    }

    /// Links reported in a year in which an endpoint is not active (`since`/`until`): the snapshot
    /// of that year leaves the tie out.
    static func linksOutsideActiveYears(_ organizations: OrganizationsFile, _ links: LinksFile) -> [DataProblem] {
        let bounded = organizations.organizations.map { $0.since != nil || $0.until != nil }
        guard bounded.contains(true) else { return [] }
        var warnings: [DataProblem] = []
        func check(_ index: Int32, year: Int, line: Int) {
            let organization = organizations.organizations[Int(index)]
            guard bounded[Int(index)], !organization.isActive(in: year) else { return }
            let span = [organization.since.map { "since \($0)" }, organization.until.map { "until \($0)" }]
                .compactMap { $0 }.joined(separator: ", ")
            warnings.append(.warning(
                file: links.name, line: line, field: "year",
                "\(year) is outside the active years of \"\(organization.id)\" (\(span), \(organizations.name):"
                    + "\(organizations.lines[Int(index)])); the \(year) snapshot leaves this tie out"))
        }
        for (i, link) in links.links.enumerated() {
            guard let year = link.year else { continue }
            check(links.endpoints[i].source, year: year, line: links.lines[i])
            check(links.endpoints[i].target, year: year, line: links.lines[i])
        }
        return warnings
    }

    /// Rows that repeat a pair, year and kind already given (in either order when undirected):
    /// they are one tie, counted once.
    ///
    /// - Complexity: O(m) expected for m links: one open-addressing table of link positions keyed by
    ///   (organization positions, year, kind number), mixed with SplitMix64's finalizer — no string
    ///   hashing or `Hasher` call per row, which took 10 % of reading 500,000 links.
    static func repeatedRows(_ links: LinksFile, isDirected: Bool) -> [DataProblem] {
        /// Organization positions, year and kind number: four integers, not id strings.
        struct Key: Equatable {
            let a: Int32, b: Int32, year: Int, kind: Int32

            var hash: UInt64 {
                let pair = UInt64(UInt32(bitPattern: a)) | UInt64(UInt32(bitPattern: b)) << 32
                return mixedBits(pair ^ mixedBits(UInt64(bitPattern: Int64(year)) ^ UInt64(UInt32(bitPattern: kind)) << 32))
            }
        }
        var warnings: [DataProblem] = []
        // Kinds match as the network merges them (case-folded); number each spelling once.
        var kindNumbers: [String: Int32] = [:], numbersByKey: [String: Int32] = [:]
        func number(of kind: String?) -> Int32 {
            guard let kind else { return -1 }
            if let number = kindNumbers[kind] { return number }
            let key = Sector.matchingKey(of: kind)
            let number = numbersByKey[key] ?? Int32(numbersByKey.count)
            numbersByKey[key] = number
            kindNumbers[kind] = number
            return number
        }
        var keys: [Key] = []
        keys.reserveCapacity(links.links.count)
        // Slot → position in `links` of the first row with that key, −1 when free; at most half full.
        var capacity = 16
        while capacity < 2 * links.links.count { capacity <<= 1 }
        var slots = [Int](repeating: -1, count: capacity)
        let mask = UInt64(capacity - 1)
        for i in links.links.indices {
            let (source, target) = links.endpoints[i]
            let swap = !isDirected && target < source
            // Fields read in place: copying each `Link` would retain and release its strings.
            let key = Key(a: swap ? target : source, b: swap ? source : target, year: links.links[i].year ?? Int.min,
                          kind: number(of: links.links[i].kind))
            keys.append(key)
            var slot = Int(key.hash & mask)
            while slots[slot] >= 0, keys[slots[slot]] != key { slot = (slot + 1) & Int(mask) }
            guard slots[slot] >= 0 else {
                slots[slot] = i
                continue
            }
            let link = links.links[i]
            let arrow = isDirected ? "→" : "–"
            let what = [link.kind, link.year.map(String.init)].compactMap { $0 }.joined(separator: ", ")
            warnings.append(.warning(
                file: links.name, line: links.lines[i],
                "repeats the tie \(link.source) \(arrow) \(link.target)\(what.isEmpty ? "" : " (\(what))") "
                    + "of line \(links.lines[slots[slot]]); counted once — expected one row per pair, year and kind"))
        }
        return warnings
    }
}
