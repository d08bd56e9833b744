import PartnerCore

/// Finds the organization ids a mistyped id may have meant, for error messages.
enum CloseMatches {
    /// Up to `limit` ids of `organizations` closest to `query`: ids or names equal ignoring case first,
    /// then ids or names containing the query, then ids within an edit distance of a third of the
    /// query's length (at least 2), nearest first; ties by id.
    static func best(for query: String, among organizations: [Organization], limit: Int = 5) -> [String] {
        let key = query.lowercased()
        var ranked: [(rank: Int, id: String)] = []
        for organization in organizations {
            let id = organization.id.lowercased(), name = organization.name.lowercased()
            if id == key || name == key {
                ranked.append((0, organization.id))
            } else if !key.isEmpty, id.contains(key) || name.contains(key) {
                ranked.append((1, organization.id))
            } else {
                let distance = editDistance(Array(key), Array(id))
                if distance <= max(2, key.count / 3) { ranked.append((2 + distance, organization.id)) }
            }
        }
        return ranked.sorted { ($0.rank, $0.id) < ($1.rank, $1.id) }.prefix(limit).map(\.id)
    }

    /// Levenshtein distance, one row of scratch.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
