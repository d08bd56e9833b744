import Foundation
import PartnerCore
import PartnerMetrics
import Testing

@Suite("Centrality table")
struct CentralityTableTests {
    /// Five organizations in two sectors: a triangle a–b–c, c–d (strength 3), d–e, and isolate f.
    private static func network(directed: Bool = false) -> PartnershipNetwork {
        let organizations = [("a", "health"), ("b", "health"), ("c", "community"), ("d", "community"),
                             ("e", "education"), ("f", "education")].map { id, sector in
            Organization(id: id, name: "Org \(id.uppercased())", sector: Sector(sector), region: Region("Estrie"))
        }
        let links = [Link(source: "a", target: "b"), Link(source: "b", target: "c"), Link(source: "c", target: "a"),
                     Link(source: "c", target: "d", strength: 3), Link(source: "d", target: "e")]
        return PartnershipNetwork(organizations: organizations, links: links, isDirected: directed)
    }

    @Test func columnsAreTheMeasuresOfTheSnapshotGraph() throws {
        let snapshot = Self.network().snapshot()
        let table = try CentralityTable(snapshot: snapshot)
        let graph = snapshot.graph()
        #expect(table.degree == graph.degreeCentrality())
        #expect(table.strength == snapshot.graph(weighted: true).strength())
        #expect(table.betweenness == graph.betweennessCentrality())
        #expect(table.closeness == graph.closenessCentrality())
        #expect(table.harmonic == graph.harmonicCentrality())
        #expect(table.eigenvector == (try graph.eigenvectorCentrality()).map { $0 })
        #expect(table.pagerank == (try graph.pageRank()).map { $0 })
        #expect(table.clustering == graph.clusteringCoefficients())
        #expect(table.coreNumber == graph.coreNumbers())
        #expect(table.constraint == StructuralHoles(graph: graph).constraint)
        #expect(table.brokerage == Brokerage.gouldFernandez(graph: graph, groups: snapshot.sectorPartition.membership))
        #expect(table.inDegree == nil && table.outDegree == nil)
        #expect(table.strength?[2] == 5)  // c: ties to a, b (1 each) and d (3)
        #expect(table.closeness?[5] == nil)
    }

    @Test func weightedUsesStrengthForPathsAndWalks() throws {
        let snapshot = Self.network().snapshot()
        let table = try CentralityTable(snapshot: snapshot, options: .init(weighted: true))
        let graph = snapshot.graph(weighted: true)
        #expect(table.isWeighted)
        #expect(table.betweenness == graph.betweennessCentrality(weighted: true))
        #expect(table.closeness == graph.closenessCentrality(weighted: true))
        #expect(table.pagerank == (try graph.pageRank(weighted: true)).map { $0 })
        #expect(table.pagerank != (try CentralityTable(snapshot: snapshot)).pagerank)
        // Degree, clustering and core numbers count ties.
        #expect(table.degree == graph.degreeCentrality())
        #expect(table.coreNumber == snapshot.graph().coreNumbers())
    }

    @Test func directedAddsInAndOutDegree() throws {
        let table = try CentralityTable(snapshot: Self.network(directed: true).snapshot(),
                                        options: .init(measures: [.degree, .pagerank]))
        #expect(table.isDirected)
        #expect(table.outDegree == [0.2, 0.2, 0.4, 0.2, 0, 0])
        #expect(table.inDegree == [0.2, 0.2, 0.2, 0.2, 0.2, 0])
        #expect(table.columns.map(\.key) == ["degree", "inDegree", "outDegree", "pagerank"])
        #expect(table.betweenness == nil)
    }

    @Test func rankingIsHighestFirstUndefinedLastTiesById() throws {
        let table = try CentralityTable(snapshot: Self.network().snapshot(),
                                        options: .init(measures: [.closeness, .betweenness]))
        // Betweenness: c (on a–d, a–e, b–d, b–e) > d (c–e, a–e, b–e) > a, b, e, f at 0, by id.
        #expect(table.ranking(by: .betweenness) == [2, 3, 0, 1, 4, 5])
        // Closeness: f is undefined, so last.
        #expect(table.ranking(by: .closeness).last == 5)
    }

    @Test func documentHasDesignShapeWithNulls() throws {
        let table = try CentralityTable(snapshot: Self.network().snapshot(),
                                        options: .init(measures: [.closeness, .coreNumber, .brokerage]))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(table.document(positions: [5, 2]))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let network = try #require(json["network"] as? [String: Any])
        #expect(network["organizations"] as? Int == 6)
        #expect(network["ties"] as? Int == 5)
        #expect(network["directed"] as? Bool == false)
        #expect(network["year"] is NSNull)
        #expect(network["measures"] as? [String] == ["closeness", "coreNumber", "brokerage"])
        let rows = try #require(json["organizations"] as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["f", "c"])
        #expect(Set(rows[0].keys) == ["id", "name", "sector", "region", "closeness", "coreNumber", "brokerage"])
        #expect(rows[0]["closeness"] is NSNull)
        #expect(rows[0]["coreNumber"] as? Int == 0)
        #expect(rows[1]["sector"] as? String == "community")
        let roles = try #require(rows[1]["brokerage"] as? [String: Int])
        #expect(Set(roles.keys) == ["coordinator", "itinerant", "gatekeeper", "representative", "liaison"])
        // Sorted keys, so the text is stable.
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.hasPrefix(#"{"network":{"directed":false,"measures":["#))
    }

    @Test func unconvergedMeasureThrowsOrIsUndefinedOnRequest() throws {
        // A directed path: A + I is one Jordan block, power iteration creeps towards the end node.
        let organizations = ["x", "y", "z"].map {
            Organization(id: $0, name: $0, sector: Sector("health"), region: Region("Laval"))
        }
        let network = PartnershipNetwork(organizations: organizations,
                                         links: [Link(source: "x", target: "y"), Link(source: "y", target: "z")],
                                         isDirected: true)
        #expect(throws: MetricError.self) {
            try CentralityTable(snapshot: network.snapshot(), options: .init(measures: [.eigenvector]))
        }
        var options = CentralityTable.Options(measures: [.eigenvector, .pagerank])
        options.reportsUnconvergedAsUndefined = true
        let table = try CentralityTable(snapshot: network.snapshot(), options: options)
        #expect(table.eigenvector == [nil, nil, nil])
        #expect(table.unconverged.count == 1)
        #expect(table.pagerank?.allSatisfy { $0 != nil } == true)
    }

    @Test func timingAndProgressHooksAreCalled() throws {
        let log = ProgressLog()
        let timed = ProgressLog()
        let options = CentralityTable.Options(
            measures: [.betweenness, .closeness, .harmonic], threads: 2,
            progress: { measure, completed, total in log.record(measure == .betweenness ? completed : -completed, total) },
            timing: { measure, _ in timed.record(CentralityMeasure.allCases.firstIndex(of: measure) ?? -1, 0) })
        _ = try CentralityTable(snapshot: Self.network().snapshot(), options: options)
        #expect(log.calls.filter { $0.0 > 0 }.count == 6)  // one chunk per source for 6 nodes
        // Closeness and harmonic share one pass, whose searches run 64 at a time: one chunk here.
        #expect(log.calls.filter { $0.0 < 0 }.map(\.1) == [1])
        #expect(timed.calls.map(\.0) == [2, 3])
    }
}
