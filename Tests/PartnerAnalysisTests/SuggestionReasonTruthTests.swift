import Foundation
import PartnerCore
import PartnerMetrics
import Testing
@testable import PartnerAnalysis

/// Every statement of every suggestion, read back against the data (issue 21: "every reason true"),
/// on the sample's regions and on real networks (sectors = the fixture's groups, split into regions
/// by group so that regions, cut vertices and isolated organizations occur).
@Suite struct SuggestionReasonTruthTests {
    static let networks = ["karate", "dolphins", "football", "polbooks", "lazega", "emon-texas", "quakers", "kapferer"]

    /// A link-prediction fixture as a network: groups as sectors, everyone in one region.
    static func network(_ name: String) throws -> PartnershipNetwork {
        let fixture = try LinkPredictionFixture.load(name)
        return makeNetwork(fixture.nodes.indices.map { ("n\($0)", fixture.groups[$0].isEmpty ? "none" : fixture.groups[$0], "r") },
                           ties: fixture.edges.map { ("n\($0[0])", "n\($0[1])") })
    }

    @Test(arguments: networks)
    func realNetwork(_ name: String) throws {
        let network = try Self.network(name)
        try check(network, options: GapOptions(top: 15))
    }

    @Test func sample() throws {
        let network = try NetworkLoader.load(SampleGapsTests.sample).network
        try check(network, options: GapOptions(year: network.latestYear, top: 10))
    }

    func check(_ network: PartnershipNetwork, options: GapOptions) throws {
        let report = GapAnalysis.report(for: network, options: options)
        var statements = 0
        for region in report.regions {
            let snapshot = network.snapshot(year: options.year, region: Region(region.region))
            let graph = snapshot.graph().undirectedView()
            let model = RegionModel(snapshot: snapshot, brokerLimit: options.brokers)
            let name = { (i: Int) in snapshot.organizations[i].name }
            let index = Dictionary(snapshot.organizations.indices.map { (snapshot.organizations[$0].name, $0) },
                                   uniquingKeysWith: { a, _ in a })
            let sectorOf = snapshot.organizations.map(\.sector)
            func ties(between a: String, _ b: String) -> Int {
                graph.edgeList.filter { e in
                    let s = (sectorOf[Int(e.0)].name, sectorOf[Int(e.1)].name)
                    return s == (a, b) || s == (b, a)
                }.count
            }
            for suggestion in region.suggestions {
                let u = try #require(snapshot.index(of: suggestion.source)).asInt
                let v = try #require(snapshot.index(of: suggestion.target)).asInt
                #expect(!graph.hasEdge(u, v))
                #expect(graph.degree(of: u) > 0 && graph.degree(of: v) > 0, "an isolated organization among the ranked pairs")
                for reason in suggestion.reasonDetails {
                    statements += 1
                    switch reason {
                    case .sharedPartners(let names):
                        let shared = graph.neighbors(of: u).filter { graph.hasEdge(Int($0), v) }.map { name(Int($0)) }.sorted()
                        #expect(names == shared && names.count == suggestion.sharedPartners.count)
                    case .threeStepPath(let source, let via, let through, let target):
                        let s = try #require(index[source]), a = try #require(index[via])
                        let b = try #require(index[through]), t = try #require(index[target])
                        #expect(Set([s, t]) == Set([u, v]))
                        #expect(graph.hasEdge(s, a) && graph.hasEdge(a, b) && graph.hasEdge(b, t))
                        #expect(!graph.neighbors(of: u).contains { graph.hasEdge(Int($0), v) }, "says no shared partner")
                    case .linksRegions(let a, let b):
                        #expect(a != b)
                    case .firstTieBetweenSectors(let a, let b, _):
                        #expect(a != b && ties(between: a, b) == 0)
                        #expect(Set([a, b]) == Set([sectorOf[u].name, sectorOf[v].name]))
                    case .weakSectorPair(let a, let b, _, let observed, let expected):
                        #expect(ties(between: a, b) == observed && observed > 0)
                        // Expected = n_a · n_b · density.
                        let na = Double(sectorOf.filter { $0.name == a }.count), nb = Double(sectorOf.filter { $0.name == b }.count)
                        let n = Double(graph.nodeCount)
                        let density = Double(graph.edgeCount) / (n * (n - 1) / 2)
                        #expect(abs(expected - na * nb * density) < 1e-9)
                        #expect(Double(observed) / expected < 0.5)
                    case .secondRoute(let organization, let others, let besides):
                        let x = try #require(index[organization])
                        let other = x == u ? v : u
                        #expect(Set([x, other]) == Set([u, v]))
                        // Remove the separator: x and the other end are apart, the other end is in the
                        // largest part of the separator's former component, and x's side counts others + 1.
                        var removedNode: Int?
                        var kept = graph.edgeList
                        switch besides {
                        case .organization(let w):
                            removedNode = try #require(index[w])
                            kept.removeAll { Int($0.0) == removedNode || Int($0.1) == removedNode }
                        case .tie(let a, let b):
                            let ia = try #require(index[a]), ib = try #require(index[b])
                            #expect(graph.hasEdge(ia, ib))
                            kept.removeAll { Set([Int($0.0), Int($0.1)]) == Set([ia, ib]) }
                        }
                        let before = graph.connectedComponents().membership
                        let after = Graph(nodeCount: graph.nodeCount, edges: kept, isDirected: false).connectedComponents().membership
                        #expect(after[x] != after[other])
                        #expect(before[x] == before[other], "the other end must be in the same network")
                        let former = graph.nodeCount.range.filter { before[$0] == before[x] && $0 != removedNode }
                        let sizes = Dictionary(grouping: former, by: { after[$0] }).mapValues(\.count)
                        let largest = sizes.values.max() ?? 0
                        #expect(sizes[after[other]] == largest)
                        #expect(former.filter { after[$0] != after[other] }.count == others + 1)
                    case .joinsClusters(let first, let second):
                        let community = try #require(model.context.communityOf)
                        #expect(community[u] != community[v])
                        for (end, main) in [(u, first), (v, second)] {
                            let m = try #require(index[main])
                            #expect(community[m] == community[end])
                            let top = graph.nodeCount.range.filter { community[$0] == community[end] && !snapshot.isBoundary[$0] }
                                .map { graph.degree(of: $0) }.max()
                            #expect(graph.degree(of: m) == top, "\(main) is the cluster's main organization")
                        }
                    case .relievesBroker(let broker):
                        let b = try #require(index[broker])
                        let shared = graph.neighbors(of: u).filter { graph.hasEdge(Int($0), v) }
                        #expect(shared == [Int32(b)] && model.context.isBroker[b])
                    }
                }
            }
            // "Well-connected" organizations offered to an isolated one are above the region's median.
            let degrees = snapshot.organizations.indices.filter { !snapshot.isBoundary[$0] }.map { graph.degree(of: $0) }
            let median = GapAnalysis.median(degrees)
            for isolated in region.isolatedOrganizations {
                for id in isolated.suggestedPartners {
                    let p = try #require(snapshot.index(of: id)).asInt
                    #expect(Double(graph.degree(of: p)) > median)
                    statements += 1
                }
            }
        }
        #expect(statements > 20)
    }
}

extension Int32 { var asInt: Int { Int(self) } }
extension Int { var range: Range<Int> { 0..<self } }

/// `Tests/Fixtures/linkprediction/<name>.json` (Scripts/reference/linkprediction_networks.py).
struct LinkPredictionFixture: Decodable {
    let network: String
    let role: String
    let nodes: [String]
    let edges: [[Int32]]
    let groups: [String]

    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/linkprediction").standardized

    static func load(_ name: String) throws -> LinkPredictionFixture {
        try JSONDecoder().decode(Self.self, from: Data(contentsOf: directory.appendingPathComponent("\(name).json")))
    }

    var graph: Graph { Graph(nodeCount: nodes.count, edges: edges.map { ($0[0], $0[1]) }, isDirected: false) }
}
