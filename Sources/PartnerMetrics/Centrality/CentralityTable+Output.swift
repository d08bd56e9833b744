import PartnerCore

extension CentralityTable {
    /// One column of a flat table (CSV, text): a key and a value per organization.
    public struct Column: Sendable {
        /// camelCase key: a measure name, `inDegree`/`outDegree`, or `brokerage` + role.
        public let key: String
        public let measure: CentralityMeasure
        /// One value per organization; whole numbers (core numbers, role counts) are exact.
        public let values: [Double?]
        public let isCount: Bool
    }

    /// The computed measures as flat columns, in ``CentralityMeasure`` order: `degree` is followed
    /// by `inDegree` and `outDegree` on a directed snapshot, `brokerage` becomes one column per role.
    public var columns: [Column] {
        var columns: [Column] = []
        for measure in measures.sorted() {
            if measure == .brokerage, let brokerage {
                for (index, role) in BrokerageRoles.roleNames.enumerated() {
                    columns.append(Column(key: "brokerage" + role.prefix(1).uppercased() + role.dropFirst(),
                                          measure: measure, values: brokerage.map { Double($0.counts[index]) },
                                          isCount: true))
                }
                continue
            }
            guard let values = values(of: measure) else { continue }
            columns.append(Column(key: measure.rawValue, measure: measure, values: values,
                                  isCount: measure == .coreNumber))
            if measure == .degree, let inDegree, let outDegree {
                columns.append(Column(key: "inDegree", measure: measure, values: inDegree, isCount: false))
                columns.append(Column(key: "outDegree", measure: measure, values: outDegree, isCount: false))
            }
        }
        return columns
    }

    /// DESIGN §7's `centrality` document: `{"network": {…}, "organizations": [{…}, …]}` with the
    /// organizations in the order of `positions` (all, in snapshot order, by default).
    public func document(positions: [Int]? = nil) -> CentralityDocument {
        CentralityDocument(table: self, positions: positions ?? Array(organizations.indices))
    }
}

extension BrokerageRoles {
    /// Role names, in DESIGN §7's order.
    static let roleNames = ["coordinator", "itinerant", "gatekeeper", "representative", "liaison"]

    /// The counts in the order of ``roleNames``.
    var counts: [Int] { [coordinator, itinerant, gatekeeper, representative, liaison] }
}

/// The JSON form of a ``CentralityTable`` (DESIGN §7). Encode with sorted keys: every computed
/// measure is a key of every organization, `null` where it is undefined; measures not computed are
/// absent. `network` holds `directed`, `weighted`, `organizations`, `ties`, `year`, `region`
/// (`null` when not restricted) and `measures` (the computed ones); when betweenness was sampled,
/// also `betweennessEstimate`: `{"errorBound","epsilon","failureProbability","samples","seed",
/// "vertexDiameterBound"}`.
public struct CentralityDocument: Encodable, Sendable {
    let table: CentralityTable
    let positions: [Int]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)
        var network = root.nestedContainer(keyedBy: Key.self, forKey: Key("network"))
        try network.encode(table.isDirected, forKey: Key("directed"))
        try network.encode(table.isWeighted, forKey: Key("weighted"))
        try network.encode(table.organizations.count, forKey: Key("organizations"))
        try network.encode(table.tieCount, forKey: Key("ties"))
        try network.encode(table.year, forKey: Key("year"))
        try network.encode(table.region?.name, forKey: Key("region"))
        try network.encode(table.measures.sorted().map(\.rawValue), forKey: Key("measures"))
        if let estimate = table.betweennessEstimate {
            var sampling = network.nestedContainer(keyedBy: Key.self, forKey: Key("betweennessEstimate"))
            try sampling.encode(estimate.errorBound, forKey: Key("errorBound"))
            try sampling.encode(estimate.epsilon, forKey: Key("epsilon"))
            try sampling.encode(estimate.failureProbability, forKey: Key("failureProbability"))
            try sampling.encode(estimate.samples, forKey: Key("samples"))
            try sampling.encode(estimate.seed, forKey: Key("seed"))
            try sampling.encode(estimate.vertexDiameterBound, forKey: Key("vertexDiameterBound"))
        }

        let columns = table.columns.filter { $0.measure != .brokerage }
        var rows = root.nestedUnkeyedContainer(forKey: Key("organizations"))
        for v in positions {
            let organization = table.organizations[v]
            var row = rows.nestedContainer(keyedBy: Key.self)
            try row.encode(organization.id, forKey: Key("id"))
            try row.encode(organization.name, forKey: Key("name"))
            try row.encode(organization.sector.name, forKey: Key("sector"))
            try row.encode(organization.region.name, forKey: Key("region"))
            for column in columns {
                let key = Key(column.key)
                if column.isCount, let value = column.values[v] {
                    try row.encode(Int(value), forKey: key)
                } else {
                    try row.encode(column.values[v], forKey: key)  // nil → null
                }
            }
            if let brokerage = table.brokerage {
                var roles = row.nestedContainer(keyedBy: Key.self, forKey: Key("brokerage"))
                for (role, count) in zip(BrokerageRoles.roleNames, brokerage[v].counts) {
                    try roles.encode(count, forKey: Key(role))
                }
            }
        }
    }
}
