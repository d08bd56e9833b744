/// One tie of a ``Snapshot``: every report of a pair in one year, merged.
///
/// Several kinds for the same pair and year are one tie whose ``multiplexity`` is the number of
/// distinct kinds; its ``strength`` and ``stage`` are the highest reported.
public struct Tie: Hashable, Sendable {
    /// Index of the source organization in ``Snapshot/organizations``. For undirected ties,
    /// `source < target`.
    public var source: Int32
    public var target: Int32
    public var strength: Double
    /// Distinct kinds, sorted. Empty when the data has no kinds.
    public var kinds: [String]
    public var stage: NPIStage?
    /// Survey year the values come from (the latest in which the tie was reported, for a snapshot
    /// over all years).
    public var year: Int?

    /// Number of distinct kinds of collaboration on this tie (at least 1).
    public var multiplexity: Int { max(1, kinds.count) }

    public init(source: Int32, target: Int32, strength: Double = 1, kinds: [String] = [],
                stage: NPIStage? = nil, year: Int? = nil) {
        self.source = source
        self.target = target
        self.strength = strength
        self.kinds = kinds
        self.stage = stage
        self.year = year
    }
}
