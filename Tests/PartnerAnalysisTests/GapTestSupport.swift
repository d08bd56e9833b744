import Foundation
import PartnerCore

/// Builds small networks for the gap tests: organizations as (id, sector, region), ties as id pairs.
func makeNetwork(_ organizations: [(String, String, String)], ties: [(String, String)], directed: Bool = false)
    -> PartnershipNetwork
{
    PartnershipNetwork(
        organizations: organizations.map {
            Organization(id: $0.0, name: "Org \($0.0)", sector: Sector($0.1), region: Region($0.2))
        },
        links: ties.map { Link(source: $0.0, target: $0.1) },
        isDirected: directed)
}

/// A networkx reference network committed by the metrics engineers
/// (`Tests/Fixtures/reference/structure-<name>.json`): nodes, edges and a group per node.
struct ReferenceNetwork: Decodable {
    let network: String
    let nodes: [String]
    let edges: [[Int32]]
    let groups: [Int32]

    static func load(_ name: String) throws -> ReferenceNetwork {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../Fixtures/reference/structure-\(name).json").standardized
        return try JSONDecoder().decode(ReferenceNetwork.self, from: Data(contentsOf: url))
    }

    /// The network as organizations of one region, the group as the sector.
    var partnershipNetwork: PartnershipNetwork {
        makeNetwork(nodes.indices.map { (nodes[$0], "group \(groups[$0])", "all") },
                    ties: edges.map { (nodes[Int($0[0])], nodes[Int($0[1])]) })
    }
}

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
