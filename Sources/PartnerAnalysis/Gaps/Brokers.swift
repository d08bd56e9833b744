import PartnerCore
import PartnerMetrics

/// An organization that holds its region together across sectors.
public struct Broker: Codable, Sendable, Hashable {
    public var id: String
    public var name: String
    public var sector: String
    /// Normalised betweenness (Brandes 2001): the share of shortest paths between other organizations
    /// that pass through this one.
    public var betweenness: Double
    /// Burt's constraint (1992); low means partners that are not tied to each other. `nil` for an
    /// isolate.
    public var constraint: Double?
    /// Gould–Fernandez (1989) liaison count: pairs of organizations from two *other* sectors, each tied
    /// to this one and not to each other (ordered pairs for directed data, unordered otherwise).
    public var liaison: Int
    /// Gould–Fernandez representative count: pairs where a partner of the *same* sector reaches another
    /// sector only through this organization.
    public var representative: Int
    /// Sectors of its partners other than its own, sorted.
    public var sectorsConnected: [String]
    public var explanation: String

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(sector, forKey: .sector)
        try container.encode(betweenness, forKey: .betweenness)
        try container.encode(constraint.finite, forKey: .constraint)
        try container.encode(liaison, forKey: .liaison)
        try container.encode(representative, forKey: .representative)
        try container.encode(sectorsConnected, forKey: .sectorsConnected)
        try container.encode(explanation, forKey: .explanation)
    }
}

/// Finds the brokers of a region (DESIGN §5): organizations on many shortest paths (betweenness) whose
/// partners are not tied to each other (low constraint) and that connect sectors (Gould–Fernandez
/// liaison and representative roles, groups = sectors).
///
/// An organization qualifies when its betweenness is positive and it has at least one liaison or
/// representative role, i.e. it stands between sectors on some two-step path; qualifying organizations are
/// ranked by betweenness, then lower constraint, then id.
public struct BrokerFinder: Sendable {
    /// Measures of each organization, positions matching the snapshot.
    public struct Measures: Sendable {
        public var betweenness: [Double]
        public var constraint: [Double?]
        public var liaison: [Int]
        public var representative: [Int]

        public init(betweenness: [Double], constraint: [Double?], liaison: [Int], representative: [Int]) {
            self.betweenness = betweenness
            self.constraint = constraint
            self.liaison = liaison
            self.representative = representative
        }

        /// The measures of `graph` with sectors as groups: normalised betweenness
        /// (``PartnerCore/Graph/betweennessCentrality(weighted:normalized:threads:progress:)``),
        /// constraint (``PartnerMetrics/StructuralHoles``) and Gould–Fernandez roles
        /// (``PartnerMetrics/Brokerage/gouldFernandez(graph:groups:)``). Undirected ties count as two
        /// arcs in the roles, so each brokered pair is counted once here (the arc counts halved).
        public init(graph: Graph, sectorOf: [Int32]) {
            let roles = Brokerage.gouldFernandez(graph: graph, groups: sectorOf)
            let perPair = graph.isDirected ? 1 : 2
            self.init(betweenness: graph.betweennessCentrality(threads: 1),
                      constraint: StructuralHoles(graph: graph).constraint,
                      liaison: roles.map { $0.liaison / perPair },
                      representative: roles.map { $0.representative / perPair })
        }
    }

    public var limit: Int

    public init(limit: Int = 5) {
        self.limit = limit
    }

    /// The brokers of `snapshot`, best first, at most ``limit``; `isBroker` flags every qualifying one.
    ///
    /// - Complexity: O(n log n + m) once the measures are known.
    public func brokers(snapshot: Snapshot, graph: Graph, measures: Measures) -> (brokers: [Broker], isBroker: [Bool]) {
        let organizations = snapshot.organizations
        let undirected = graph.undirectedView()
        var isBroker = [Bool](repeating: false, count: organizations.count)
        var candidates: [Int] = []
        for v in organizations.indices where !snapshot.isBoundary[v] {
            guard measures.betweenness[v] > 0, measures.liaison[v] + measures.representative[v] > 0 else { continue }
            isBroker[v] = true
            candidates.append(v)
        }
        candidates.sort { a, b in
            if measures.betweenness[a] != measures.betweenness[b] { return measures.betweenness[a] > measures.betweenness[b] }
            let ca = measures.constraint[a] ?? .infinity, cb = measures.constraint[b] ?? .infinity
            if ca != cb { return ca < cb }
            return organizations[a].id < organizations[b].id
        }
        let brokers = candidates.prefix(limit).map { v -> Broker in
            let own = organizations[v].sector
            let sectors = Set(undirected.neighbors(of: v).map { organizations[Int($0)].sector })
                .subtracting([own]).sorted().map(\.name)
            var sentence = "\(organizations[v].name) (\(own.name)) "
            sentence += sectors.isEmpty ? "brokers within \(own.name)" : "links \(own.name) with \(Phrase.list(sectors))"
            let percent = (100 * measures.betweenness[v]).rounded()
            sentence += ": it lies on \(percent >= 1 ? "\(Int(percent))%" : "under 1%") of the shortest paths "
                + "between other organizations"
            if let constraint = measures.constraint[v] {
                sentence += ", constraint \(Phrase.decimal(constraint))"
            }
            var roles: [String] = []
            if measures.liaison[v] > 0 {
                roles.append("liaison between \(Phrase.count(measures.liaison[v], "pair")) from two other sectors")
            }
            if measures.representative[v] > 0 {
                roles.append("representative of \(own.name) for \(Phrase.count(measures.representative[v], "pair"))")
            }
            if !roles.isEmpty { sentence += "; " + roles.joined(separator: ", ") }
            return Broker(id: organizations[v].id, name: organizations[v].name, sector: own.name,
                          betweenness: measures.betweenness[v], constraint: measures.constraint[v],
                          liaison: measures.liaison[v], representative: measures.representative[v],
                          sectorsConnected: sectors, explanation: sentence + ".")
        }
        return (Array(brokers), isBroker)
    }
}
