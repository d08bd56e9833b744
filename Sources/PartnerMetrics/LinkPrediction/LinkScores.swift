/// The classic neighbourhood link-prediction scores of one pair of organizations.
///
/// For a pair (u, v) with neighbour sets Γ(u), Γ(v) (Liben-Nowell & Kleinberg 2007):
/// - common neighbours: |Γ(u) ∩ Γ(v)|;
/// - Jaccard: |Γ(u) ∩ Γ(v)| / |Γ(u) ∪ Γ(v)|, 0 when both have no neighbours;
/// - Adamic–Adar: Σ 1 / log|Γ(w)| over common neighbours w (Adamic & Adar 2003);
/// - resource allocation: Σ 1 / |Γ(w)| over common neighbours w (Zhou, Lü & Zhang 2009);
/// - preferential attachment: |Γ(u)| · |Γ(v)|.
///
/// Equal to networkx's `common_neighbors`, `jaccard_coefficient`, `adamic_adar_index`,
/// `resource_allocation_index` and `preferential_attachment`.
public struct LinkScores: Hashable, Sendable {
    public var commonNeighbors: Int
    public var jaccard: Double
    public var adamicAdar: Double
    public var resourceAllocation: Double
    public var preferentialAttachment: Int

    public init(commonNeighbors: Int, jaccard: Double, adamicAdar: Double, resourceAllocation: Double,
                preferentialAttachment: Int) {
        self.commonNeighbors = commonNeighbors
        self.jaccard = jaccard
        self.adamicAdar = adamicAdar
        self.resourceAllocation = resourceAllocation
        self.preferentialAttachment = preferentialAttachment
    }

    /// The score of one index, as a number to rank by.
    public subscript(index: LinkPredictionIndex) -> Double {
        switch index {
        case .commonNeighbors: Double(commonNeighbors)
        case .jaccard: jaccard
        case .adamicAdar: adamicAdar
        case .resourceAllocation: resourceAllocation
        case .preferentialAttachment: Double(preferentialAttachment)
        }
    }
}

/// One of the link-prediction indices of ``LinkScores``.
public enum LinkPredictionIndex: String, CaseIterable, Sendable {
    case commonNeighbors = "common-neighbors"
    case jaccard
    case adamicAdar = "adamic-adar"
    case resourceAllocation = "resource-allocation"
    case preferentialAttachment = "preferential-attachment"
}
