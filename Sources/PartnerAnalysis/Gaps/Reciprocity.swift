import PartnerCore

/// Unconfirmed ties of directed data: "A names B as a partner, B does not name A" — the check
/// partnership evaluators run on survey data before trusting a tie.
public struct ReciprocityReport: Codable, Sendable, Hashable {
    /// Overall reciprocity: the share of arcs u → v whose reverse v → u also exists, as networkx
    /// `overall_reciprocity` (Newman 2010, §7.10); `nil` without arcs.
    public var overall: Double?
    public var arcs: Int
    public var reciprocatedArcs: Int
    /// Organizations with at least one unconfirmed tie, most unconfirmed first (then by id).
    public var organizations: [OrganizationReciprocity]

    public init(overall: Double?, arcs: Int, reciprocatedArcs: Int, organizations: [OrganizationReciprocity]) {
        self.overall = overall
        self.arcs = arcs
        self.reciprocatedArcs = reciprocatedArcs
        self.organizations = organizations
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(overall.finite, forKey: .overall)
        try container.encode(arcs, forKey: .arcs)
        try container.encode(reciprocatedArcs, forKey: .reciprocatedArcs)
        try container.encode(organizations, forKey: .organizations)
    }

    /// Reciprocity of the directed ties among the members of `snapshot` (boundary partners excluded).
    /// An undirected snapshot has every tie reciprocated by construction, so callers use this only
    /// with `--directed`.
    ///
    /// In a survey round only pairs where both organizations answered count (DESIGN §10): a tie to an
    /// organization that did not answer could not be named back, so it says nothing about reciprocity.
    ///
    /// - Complexity: O(m log d) — one binary search per arc for its reverse.
    public init(snapshot: Snapshot) {
        let graph = snapshot.graph()
        let organizations = snapshot.organizations
        // Members, and in a survey only those that answered.
        let answered = snapshot.surveyReports?.answered
        let counts = snapshot.isBoundary.indices.map { !snapshot.isBoundary[$0] && (answered?[$0] ?? true) }
        var arcs = 0, reciprocated = 0
        var namesUnconfirmed = Array(repeating: [Int32](), count: graph.nodeCount)
        var namedUnconfirmed = Array(repeating: [Int32](), count: graph.nodeCount)
        for u in 0..<graph.nodeCount where counts[u] {
            for v in graph.neighbors(of: u) where counts[Int(v)] {
                arcs += 1
                if graph.hasEdge(Int(v), u) {
                    reciprocated += 1
                } else {
                    namesUnconfirmed[u].append(v)
                    namedUnconfirmed[Int(v)].append(Int32(u))
                }
            }
        }
        var rows: [OrganizationReciprocity] = []
        for u in 0..<graph.nodeCount where !namesUnconfirmed[u].isEmpty || !namedUnconfirmed[u].isEmpty {
            let out = graph.neighbors(of: u).filter { counts[Int($0)] }
            let into = graph.inNeighbors(of: u).filter { counts[Int($0)] }
            let mutual = out.filter { graph.hasEdge(Int($0), u) }.count
            let total = out.count + into.count
            let ids = { (list: [Int32]) in list.map { organizations[Int($0)].id }.sorted() }
            let names = { (list: [Int32]) in list.map { organizations[Int($0)].name }.sorted() }
            var sentences: [String] = []
            let name = organizations[u].name
            if !namesUnconfirmed[u].isEmpty {
                let named = names(namesUnconfirmed[u])
                sentences.append(named.count == 1
                    ? "\(name) names \(named[0]) as a partner, who does not name \(name) back."
                    : "\(name) names \(Phrase.list(named)) as partners, who do not name \(name) back.")
            }
            let namers = names(namedUnconfirmed[u])
            if namers.count == 1 {
                sentences.append("\(namers[0]) names \(name) as a partner; \(name) does not name \(namers[0]).")
            } else if namers.count > 1 {
                sentences.append("\(Phrase.list(namers)) name \(name) as a partner; \(name) does not name them.")
            }
            rows.append(OrganizationReciprocity(
                id: organizations[u].id, name: name,
                reciprocity: total == 0 ? nil : 2 * Double(mutual) / Double(total),
                namesWithoutReturn: ids(namesUnconfirmed[u]), namedWithoutReturn: ids(namedUnconfirmed[u]),
                explanation: sentences.joined(separator: " ")))
        }
        rows.sort {
            let a = $0.namesWithoutReturn.count + $0.namedWithoutReturn.count
            let b = $1.namesWithoutReturn.count + $1.namedWithoutReturn.count
            return a != b ? a > b : $0.id < $1.id
        }
        self.init(overall: arcs == 0 ? nil : Double(reciprocated) / Double(arcs), arcs: arcs,
                  reciprocatedArcs: reciprocated, organizations: rows)
    }
}

/// One organization's unconfirmed ties.
public struct OrganizationReciprocity: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    /// 2·|mutual| / (out-degree + in-degree), as networkx `reciprocity(G, node)`; `nil` without arcs.
    public var reciprocity: Double?
    /// Ids this organization names that do not name it back, sorted.
    public var namesWithoutReturn: [String]
    /// Ids that name this organization and that it does not name, sorted.
    public var namedWithoutReturn: [String]
    public var explanation: String

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(reciprocity.finite, forKey: .reciprocity)
        try container.encode(namesWithoutReturn, forKey: .namesWithoutReturn)
        try container.encode(namedWithoutReturn, forKey: .namedWithoutReturn)
        try container.encode(explanation, forKey: .explanation)
    }
}
