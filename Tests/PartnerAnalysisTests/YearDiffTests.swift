import PartnerCore
import Testing
@testable import PartnerAnalysis

/// A small two-year network written out by hand, so every expected set below can be checked by eye.
///
/// 2019: a–b (health–social, strength 1, stage 2), b–c (social–education, 2, stage 4),
///       c–d (education–education, 1), d–e (education–community, 3, stage 5). e leaves after 2019.
/// 2021: b–a (reported reversed: same tie; strength 2, stage 3), b–c (1, stage 4), c–d (1),
///       c–f (education–municipal, new), a–f (health–municipal, new). f joins in 2021.
private func sampleNetwork() -> PartnershipNetwork {
    let organizations = [
        Organization(id: "a", name: "CISSS", sector: .health, region: Region("Gaspésie")),
        Organization(id: "b", name: "CLSC", sector: .socialServices, region: Region("Gaspésie")),
        Organization(id: "c", name: "École", sector: .education, region: Region("Gaspésie")),
        Organization(id: "d", name: "Cégep", sector: .education, region: Region("Gaspésie")),
        Organization(id: "e", name: "Maison", sector: .community, region: Region("Gaspésie"), until: 2019),
        Organization(id: "f", name: "MRC", sector: .municipal, region: Region("Gaspésie"), since: 2021),
    ]
    let links = [
        Link(source: "a", target: "b", year: 2019, strength: 1, stage: .developingStrategy),
        Link(source: "b", target: "c", year: 2019, strength: 2, stage: .partnershipPlanning),
        Link(source: "c", target: "d", year: 2019),
        Link(source: "d", target: "e", year: 2019, strength: 3, stage: .jointAction),
        Link(source: "b", target: "a", year: 2021, strength: 2, stage: .knowledgeSharing),
        Link(source: "b", target: "c", year: 2021, strength: 1, stage: .partnershipPlanning),
        Link(source: "c", target: "d", year: 2021),
        Link(source: "c", target: "f", year: 2021),
        Link(source: "f", target: "a", year: 2021),
    ]
    return PartnershipNetwork(organizations: organizations, links: links)
}

private func pairs(_ list: [(String, String)]) -> [TiePair] { list.map { TiePair($0.0, $0.1) } }

@Suite("Year-to-year differences")
struct YearDiffTests {
    let diff = YearDiff(from: sampleNetwork().snapshot(year: 2019), to: sampleNetwork().snapshot(year: 2021))

    @Test("organizations joined and left")
    func organizations() {
        #expect(diff.from == 2019 && diff.to == 2021)
        #expect(diff.joined == ["f"])
        #expect(diff.left == ["e"])
    }

    @Test("ties formed, dissolved and kept, smaller id first, sorted")
    func ties() {
        #expect(diff.formed == pairs([("a", "f"), ("c", "f")]))
        #expect(diff.dissolved == pairs([("d", "e")]))
        #expect(diff.kept == pairs([("a", "b"), ("b", "c"), ("c", "d")]))
        #expect(diff.strengthened == pairs([("a", "b")]))
        #expect(diff.weakened == pairs([("b", "c")]))
    }

    @Test("NPI stage moves need a stage in both years")
    func stages() {
        #expect(diff.stageUp == pairs([("a", "b")]))
        #expect(diff.stageDown.isEmpty)
    }

    @Test("intersectoral sector pairs gained and lost")
    func sectorPairs() {
        #expect(diff.newSectorPairs == [SectorPair(.education, .municipal), SectorPair(.health, .municipal)])
        #expect(diff.lostSectorPairs == [SectorPair(.community, .education)])
    }

    @Test("tie stability is the Jaccard index of the tie sets")
    func stability() throws {
        // 3 kept of 4 + 5 − 3 = 6 distinct ties.
        let stability = try #require(diff.tieStability)
        #expect(abs(stability - 3.0 / 6.0) < 1e-12)
        let none = PartnershipNetwork(organizations: [], links: [])
        #expect(YearDiff(from: none.snapshot(year: 1), to: none.snapshot(year: 2)).tieStability == nil)
    }

    @Test("directed ties keep their direction")
    func directed() {
        let network = sampleNetwork().directed(true)
        let directed = YearDiff(from: network.snapshot(year: 2019), to: network.snapshot(year: 2021))
        // "b → a" in 2021 is a different arc from "a → b" in 2019.
        #expect(directed.formed.contains(TiePair("b", "a", directed: true)))
        #expect(directed.dissolved.contains(TiePair("a", "b", directed: true)))
    }
}

@Suite("Rank movers")
struct RankMoversTests {
    @Test("competition ranks share the best rank for equal scores")
    func ranks() {
        let ranks = RankMovers.competitionRanks(["a": 3, "b": 5, "c": 3, "d": 1, "e": 3 + 1e-13])
        #expect(ranks == ["b": 1, "a": 2, "c": 2, "e": 2, "d": 5])
    }

    @Test("risers and fallers, largest moves first, only organizations in both years")
    func moves() {
        let from: [String: Double] = ["a": 10, "b": 8, "c": 6, "d": 4, "e": 2]
        let to: [String: Double] = ["a": 1, "b": 7, "c": 9, "d": 12, "new": 20, "e": 2]
        let movers = RankMovers(measure: "betweenness", from: from, to: to, limit: 2)
        // Earlier ranks a1 b2 c3 d4 e5; later new1 d2 c3 b4 e5 a6: d rose 2, a fell 5, b fell 2;
        // c and e kept their ranks.
        #expect(movers.risers.map(\.id) == ["d"])
        #expect(movers.risers.first?.change == 2)
        #expect(movers.fallers.map(\.id) == ["a", "b"])
        #expect(movers.fallers.map(\.change) == [-5, -2])
        // b's rank fell because newcomers overtook it, not its own score: no fall.
        let overtaken = RankMovers(measure: "degree", from: ["a": 2, "b": 1], to: ["a": 2, "b": 1, "n": 5])
        #expect(overtaken.fallers.isEmpty)
        #expect(!movers.risers.contains { $0.id == "new" || $0.id == "e" })
    }
}
