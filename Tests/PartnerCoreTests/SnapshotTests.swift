import Testing
@testable import PartnerCore

@Suite("Snapshot: by year, by region, merged ties")
struct SnapshotTests {
    /// North: a (health), b (education), e (housing, until 2020); South: c (community),
    /// d (health, since 2021).
    static func network(directed: Bool = false) -> PartnershipNetwork {
        let north = Region("North"), south = Region("South")
        return PartnershipNetwork(organizations: [
            Organization(id: "a", name: "A", sector: .health, region: north),
            Organization(id: "b", name: "B", sector: .education, region: north),
            Organization(id: "c", name: "C", sector: .community, region: south),
            Organization(id: "d", name: "D", sector: .health, region: south, since: 2021),
            Organization(id: "e", name: "E", sector: .housing, region: north, until: 2020),
        ], links: [
            Link(source: "a", target: "b", year: 2020, kind: "referral", strength: 1, stage: .developingStrategy),
            Link(source: "b", target: "a", year: 2020, kind: "joint-project", strength: 2, stage: .jointAction),
            Link(source: "a", target: "b", year: 2020, kind: "referral", strength: 1),
            Link(source: "a", target: "b", year: 2021, kind: "referral", strength: 3, stage: .partnershipPlanning),
            Link(source: "b", target: "c", year: 2021, kind: "information"),
            Link(source: "c", target: "d", year: 2021, kind: "referral"),
            Link(source: "a", target: "e", year: 2020, kind: "referral"),
            Link(source: "d", target: "a", year: 2019, kind: "referral"),
        ], isDirected: directed)
    }

    private func pairs(_ snapshot: Snapshot) -> [String] {
        snapshot.ties.map { "\(snapshot.organizations[Int($0.source)].id)-\(snapshot.organizations[Int($0.target)].id)" }
    }

    @Test("A year keeps the organizations active then and the ties reported then")
    func byYear() {
        let network = Self.network()
        let y2020 = network.snapshot(year: 2020)
        #expect(y2020.organizations.map(\.id) == ["a", "b", "c", "e"])
        #expect(pairs(y2020) == ["a-b", "a-e"])
        let ab = y2020.ties[0]
        #expect(ab.kinds == ["joint-project", "referral"])
        #expect(ab.multiplexity == 2)
        #expect(ab.strength == 2)
        #expect(ab.stage == .jointAction)
        #expect(ab.year == 2020)
        #expect(y2020.ties[1].multiplexity == 1)

        let y2021 = network.snapshot(year: 2021)
        #expect(y2021.organizations.map(\.id) == ["a", "b", "c", "d"])
        #expect(pairs(y2021) == ["a-b", "b-c", "c-d"])
        #expect(y2021.ties[0].strength == 3)
        #expect(y2021.ties[0].stage == .partnershipPlanning)

        // d is not active in 2019, so its 2019 tie is left out.
        let y2019 = network.snapshot(year: 2019)
        #expect(y2019.ties.isEmpty)
        #expect(y2019.index(of: "d") == nil)
    }

    @Test("Without a year, every tie ever reported, with its latest year's values")
    func allYears() {
        let snapshot = Self.network().snapshot()
        #expect(snapshot.organizations.count == 5)
        #expect(pairs(snapshot) == ["a-b", "a-d", "a-e", "b-c", "c-d"])
        let ab = snapshot.ties[0]
        #expect(ab.year == 2021)
        #expect(ab.strength == 3)
        #expect(ab.kinds == ["referral"])
        #expect(snapshot.ties[1].year == 2019)
    }

    @Test("A region keeps its organizations and the ties among them; boundary partners on request")
    func byRegion() {
        let network = Self.network()
        let north = network.snapshot(year: 2021, region: Region("north"))
        #expect(north.organizations.map(\.id) == ["a", "b"])
        #expect(pairs(north) == ["a-b"])
        #expect(north.memberCount == 2)

        let withBoundary = network.snapshot(year: 2021, region: Region("North"), includeBoundary: true)
        #expect(withBoundary.organizations.map(\.id) == ["a", "b", "c"])
        #expect(withBoundary.isBoundary == [false, false, true])
        #expect(withBoundary.memberCount == 2)
        // c–d is outside the region and d is not a boundary partner: left out.
        #expect(pairs(withBoundary) == ["a-b", "b-c"])

        let south = network.snapshot(year: 2021, region: Region("South"), includeBoundary: true)
        #expect(south.organizations.map(\.id) == ["b", "c", "d"])
        #expect(south.isBoundary == [true, false, false])
    }

    @Test("Directed snapshots keep both directions apart")
    func directed() {
        let snapshot = Self.network(directed: true).snapshot(year: 2020)
        #expect(snapshot.isDirected)
        #expect(pairs(snapshot) == ["a-b", "a-e", "b-a"])
        #expect(snapshot.ties[0].kinds == ["referral"])
        #expect(snapshot.ties[2].kinds == ["joint-project"])
        let graph = snapshot.graph()
        #expect(graph.isDirected)
        #expect(graph.edgeCount == 3)
    }

    @Test("The graph of a snapshot carries tie strengths as weights on request")
    func graph() {
        let snapshot = Self.network().snapshot(year: 2021)
        let graph = snapshot.graph(weighted: true)
        #expect(graph.nodeCount == 4)
        #expect(graph.edgeCount == 3)
        #expect(graph.weight(0, 1) == 3)
        #expect(graph.weight(1, 2) == 1)
        #expect(snapshot.graph().weights == nil)
        let partition = snapshot.sectorPartition
        #expect(partition.sectors.map(\.name) == ["community", "education", "health"])
        #expect(partition.membership == [2, 1, 0, 2])
    }
}
