import PartnerCore
import Testing
@testable import PartnerMetrics

@Suite struct BrokerageTests {
    @Test(arguments: StructureFixture.names)
    func constraintEffectiveSizeAndEfficiencyEqualNetworkx(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        for (variant, reference) in fixture.brokerage {
            let weighted = variant == "weighted"
            let holes = StructuralHoles(graph: fixture.graph(weighted: weighted), weighted: weighted)
            for v in fixture.nodes.indices {
                #expect(close(holes.constraint[v], reference.constraint[v]), "\(name) \(variant) constraint \(v)")
                #expect(close(holes.effectiveSize[v], reference.effectiveSize[v]), "\(name) \(variant) effective size \(v)")
                #expect(close(holes.efficiency[v], reference.efficiency[v]), "\(name) \(variant) efficiency \(v)")
            }
        }
    }

    @Test(arguments: StructureFixture.names)
    func gouldFernandezEqualsSna(_ name: String) throws {
        let fixture = try StructureFixture.load(name)
        let roles = Brokerage.gouldFernandez(graph: fixture.graph(), groups: fixture.groups)
        let reference = fixture.gouldFernandez
        func column(_ key: String) -> [Int] { (reference[key] ?? []).map { Int($0) } }
        #expect(roles.map(\.coordinator) == column("coordinator"))
        #expect(roles.map(\.itinerant) == column("itinerant"))
        #expect(roles.map(\.representative) == column("representative"))
        #expect(roles.map(\.gatekeeper) == column("gatekeeper"))
        #expect(roles.map(\.liaison) == column("liaison"))
        #expect(roles.map(\.total) == column("total"))
        #expect(roles.contains { $0.total > 0 })
    }

    @Test func starCentreHasConstraintOneOverDegree() {
        // Star with 4 leaves: p = 1/4 to each unconnected leaf → c = 4·(1/4)² = 1/4; leaves c = 1.
        let star = Graph(nodeCount: 6, edges: [(0, 1), (0, 2), (0, 3), (0, 4)], isDirected: false)
        let holes = StructuralHoles(graph: star)
        #expect(close(holes.constraint[0], 0.25) && close(holes.constraint[1], 1))
        #expect(close(holes.effectiveSize[0], 4) && close(holes.efficiency[0], 1))
        #expect(close(holes.effectiveSize[1], 1))
        #expect(holes.constraint[5] == nil && holes.effectiveSize[5] == nil && holes.efficiency[5] == nil)
    }

    @Test func completeGraphContactsAreRedundant() {
        // K4: each contact j gets p = 1/3 direct + 2·(1/3)(1/3) indirect = 5/9 → c = 3·(5/9)² = 25/27;
        // effective size n − 2t/n = 3 − 2·3/3 = 1.
        var edges: [(Int32, Int32)] = []
        for u: Int32 in 0..<4 { for v in (u + 1)..<4 { edges.append((u, v)) } }
        let holes = StructuralHoles(graph: Graph(nodeCount: 4, edges: edges, isDirected: false))
        #expect(close(holes.constraint[2], 25.0 / 27) && close(holes.effectiveSize[2], 1))
        #expect(close(holes.efficiency[2], 1.0 / 3))
    }

    @Test func weightsScaleOutOfConstraint() {
        // Multiplying every weight by 3 leaves every share p_ij, hence constraint, unchanged.
        let edges: [(Int32, Int32)] = [(0, 1), (0, 2), (1, 2), (2, 3)]
        let plain = StructuralHoles(graph: Graph(nodeCount: 4, edges: edges, isDirected: false))
        let scaled = StructuralHoles(graph: Graph(nodeCount: 4, edges: edges, weights: [3, 3, 3, 3], isDirected: false),
                                     weighted: true)
        for v in 0..<4 { #expect(close(plain.constraint[v], scaled.constraint[v])) }
    }

    @Test func pathBrokerRolesByGroup() {
        // Undirected path 0 – 1 – 2 read as mutual arcs: 1 brokers (0, 2) and (2, 0).
        let path = Graph(nodeCount: 3, edges: [(0, 1), (1, 2)], isDirected: false)
        #expect(Brokerage.gouldFernandez(graph: path, groups: [0, 0, 0])[1] == BrokerageRoles(coordinator: 2))
        #expect(Brokerage.gouldFernandez(graph: path, groups: [0, 1, 0])[1] == BrokerageRoles(itinerant: 2))
        #expect(Brokerage.gouldFernandez(graph: path, groups: [0, 0, 1])[1]
                    == BrokerageRoles(representative: 1, gatekeeper: 1))
        #expect(Brokerage.gouldFernandez(graph: path, groups: [0, 1, 2])[1] == BrokerageRoles(liaison: 2))
        #expect(Brokerage.gouldFernandez(graph: path, groups: [0, 1, 2])[0].total == 0)
        // A closed triangle brokers nothing.
        let triangle = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)], isDirected: false)
        #expect(Brokerage.gouldFernandez(graph: triangle, groups: [0, 1, 2]).allSatisfy { $0.total == 0 })
    }

    @Test func directedBrokerageFollowsArcs() {
        // 0 → 1 → 2 with 0 in group A and 1, 2 in group B: 1 is a gatekeeper once; 2 → 1 adds nothing
        // because 2 → 1 → 2 returns to the sender.
        let graph = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (2, 1)], isDirected: true)
        let roles = Brokerage.gouldFernandez(graph: graph, groups: [0, 1, 1])
        #expect(roles[1] == BrokerageRoles(gatekeeper: 1))
        #expect(roles[0].total == 0 && roles[2].total == 0)
        // With the reverse arc 0 → 2 present, nothing is brokered.
        let closed = Graph(nodeCount: 3, edges: [(0, 1), (1, 2), (0, 2)], isDirected: true)
        #expect(Brokerage.gouldFernandez(graph: closed, groups: [0, 1, 1])[1].total == 0)
    }
}
