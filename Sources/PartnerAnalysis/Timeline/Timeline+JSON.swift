import PartnerCore

// The JSON of `partnermap compare` (DESIGN §7): camelCase keys, undefined values `null`, lists sorted.
// Encode with `JSONEncoder.outputFormatting` `.sortedKeys` for stable bytes.
//
// {"region": …|null,
//  "years":   [{"year", "organizations", "ties", "density", … every GrowthMeasure …,
//               "stages": [{"stage", "name", "ties"}], "tiesWithoutStage",
//               "change": {measure: difference against the previous year}|null}],
//  "changes": [{"from", "to", "joined", "left", "formed", "dissolved", "kept", "strengthened",
//               "weakened", "stageUp", "stageDown", "newSectorPairs", "lostSectorPairs",
//               "tieStability", "betweennessMovers", "degreeMovers"}]}

/// A `CodingKey` made from any string, for JSON objects whose keys are data (measure names) or
/// that several encoders fill.
public struct JSONKey: CodingKey, Sendable {
    public let stringValue: String
    public var intValue: Int? { nil }
    public init(_ string: String) { stringValue = string }
    public init?(stringValue: String) { self.stringValue = stringValue }
    public init?(intValue: Int) { nil }
}

extension Timeline: Encodable {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(region?.name, forKey: JSONKey("region"))
        try container.encode(growth, forKey: JSONKey("years"))
        try container.encode(changes, forKey: JSONKey("changes"))
    }
}

extension GrowthTable: Encodable {
    /// Encoded as the array of years, each with its change against the previous year.
    public func encode(to encoder: any Encoder) throws {
        var list = encoder.unkeyedContainer()
        for index in rows.indices {
            try list.encode(GrowthRow(table: self, index: index))
        }
    }
}

/// One year of a ``GrowthTable`` as JSON.
private struct GrowthRow: Encodable {
    let table: GrowthTable
    let index: Int

    func encode(to encoder: any Encoder) throws {
        let row = table.rows[index]
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(row.year, forKey: JSONKey("year"))
        for measure in GrowthMeasure.allCases {
            try container.encode(JSONNumber(row.value(of: measure), isCount: measure.isCount),
                                 forKey: JSONKey(measure.rawValue))
        }
        let stages = NPIStage.allCases.map { StageCount(stage: $0, ties: row.stageCounts[$0.rawValue - 1]) }
        try container.encode(stages, forKey: JSONKey("stages"))
        try container.encode(row.tiesWithoutStage, forKey: JSONKey("tiesWithoutStage"))
        guard index > 0 else {
            try container.encodeNil(forKey: JSONKey("change"))
            return
        }
        var change = container.nestedContainer(keyedBy: JSONKey.self, forKey: JSONKey("change"))
        for measure in GrowthMeasure.allCases {
            try change.encode(JSONNumber(table.change(of: measure, at: index), isCount: measure.isCount),
                              forKey: JSONKey(measure.rawValue))
        }
    }
}

/// A number that is `null` when undefined and an integer when it counts something.
private struct JSONNumber: Encodable {
    let value: Double?
    let isCount: Bool

    init(_ value: Double?, isCount: Bool) {
        self.value = value.flatMap { $0.isFinite ? $0 : nil }
        self.isCount = isCount
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        guard let value else { return try container.encodeNil() }
        if isCount, let whole = Int(exactly: value) {
            try container.encode(whole)
        } else {
            try container.encode(value)
        }
    }
}

private struct StageCount: Encodable {
    let stage: NPIStage
    let ties: Int

    private enum CodingKeys: String, CodingKey { case stage, name, ties }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(stage.rawValue, forKey: .stage)
        try container.encode(stage.name, forKey: .name)
        try container.encode(ties, forKey: .ties)
    }
}

extension YearChange: Encodable {
    /// The ``YearDiff`` fields, with `betweennessMovers` and `degreeMovers` beside them.
    public func encode(to encoder: any Encoder) throws {
        try diff.encode(to: encoder)
        var container = encoder.container(keyedBy: JSONKey.self)
        try container.encode(betweennessMovers, forKey: JSONKey("betweennessMovers"))
        try container.encode(degreeMovers, forKey: JSONKey("degreeMovers"))
    }
}
