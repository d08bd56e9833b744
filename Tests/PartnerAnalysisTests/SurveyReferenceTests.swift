import Foundation
import PartnerCore
import Testing
@testable import PartnerAnalysis

/// The survey figures on Coleman's high-school network (`Tests/Fixtures/survey-coleman`): a real
/// directed survey network with seeded non-respondents and ratings; every figure equals the
/// independent computation of `make_fixture.py` (`expected.json`).
@Suite struct SurveyReferenceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/survey-coleman").standardized

    struct Expected: Decodable {
        struct Tie: Decodable {
            var first: String, second: String, status: SurveyTieStatus
            var level: Double?, trust: Double?, value: Double?
        }
        struct Reciprocity: Decodable { var arcs: Int, reciprocatedArcs: Int, overall: Double }
        struct Counts: Decodable { var responses: Int, declared: Int, nonrespondents: Int }
        var survey: SurveyReport
        var ties: [Tie]
        var reciprocity: Reciprocity
        var counts: Counts
    }

    static func expected() throws -> Expected {
        try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent("expected.json")))
    }

    static func network(directed: Bool = false) throws -> PartnershipNetwork {
        try NetworkLoader.load(folder.path, options: LoadOptions(isDirected: directed)).network
    }

    static func close(_ a: Double?, _ b: Double?) -> Bool {
        switch (a, b) {
        case (nil, nil): true
        case let (a?, b?): abs(a - b) < 1e-9
        default: false
        }
    }

    static func expectEqual(_ got: SurveySummary, _ want: SurveySummary) {
        let label = want.region ?? "network"
        #expect(got.region == want.region, "\(label)")
        #expect(got.invited == want.invited, "\(label)")
        #expect(got.respondents == want.respondents, "\(label)")
        #expect(close(got.responseRate, want.responseRate), "\(label)")
        #expect(got.ties == want.ties, "\(label)")
        #expect(got.confirmedTies == want.confirmedTies, "\(label)")
        #expect(got.unconfirmedTies == want.unconfirmedTies, "\(label)")
        #expect(got.unansweredTies == want.unansweredTies, "\(label)")
        #expect(close(got.trust, want.trust), "\(label) trust \(String(describing: got.trust))")
        #expect(close(got.value, want.value), "\(label) value \(String(describing: got.value))")
    }

    @Test("network and regional figures equal the Python computation")
    func summaries() throws {
        let expected = try Self.expected()
        let network = try Self.network()
        let survey = try #require(network.survey)
        #expect(survey.responses.count == expected.counts.responses)
        #expect(survey.declaredRespondents.count == expected.counts.declared)
        let report = try #require(SurveyReport(network: network, year: 2024))
        Self.expectEqual(report.network, expected.survey.network)
        #expect(report.network.invited - report.network.respondents == expected.counts.nonrespondents)
        #expect(report.regions.count == expected.survey.regions.count)
        for (got, want) in zip(report.regions, expected.survey.regions) { Self.expectEqual(got, want) }
        // The figures are not degenerate: every kind of tie occurs.
        #expect(report.network.confirmedTies > 0 && report.network.unconfirmedTies > 0 && report.network.unansweredTies > 0)
    }

    @Test("each organization's ratings, trust, value and item means equal the Python computation")
    func organizations() throws {
        let expected = try Self.expected()
        let report = try #require(SurveyReport(network: try Self.network(), year: 2024))
        #expect(report.organizations.map(\.id) == expected.survey.organizations.map(\.id))
        for (got, want) in zip(report.organizations, expected.survey.organizations) {
            #expect(got.responded == want.responded, "\(want.id)")
            #expect(got.ratings == want.ratings, "\(want.id)")
            #expect(Self.close(got.trust, want.trust), "\(want.id) trust")
            #expect(Self.close(got.value, want.value), "\(want.id) value")
            for item in SurveyItem.allCases {
                #expect(Self.close(got.items[item], want.items[item]), "\(want.id) \(item.rawValue)")
            }
        }
        #expect(report.organizations.contains { $0.ratings == 0 && $0.trust == nil })
    }

    @Test("tie status and level, trust and value per tie equal the Python computation")
    func ties() throws {
        let expected = try Self.expected()
        let snapshot = try Self.network().snapshot(year: 2024)
        let survey = try #require(snapshot.surveyReports)
        let ties = SurveyTies(survey: survey, isMember: snapshot.isBoundary.map { !$0 })
        let got = ties.ties.map { tie in
            (snapshot.organizations[Int(tie.first)].id, snapshot.organizations[Int(tie.second)].id, tie)
        }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        #expect(got.count == expected.ties.count)
        for ((first, second, tie), want) in zip(got, expected.ties) {
            #expect(first == want.first && second == want.second)
            #expect(tie.status == want.status, "\(first)–\(second)")
            #expect(Self.close(tie.level, want.level), "\(first)–\(second) level")
            #expect(Self.close(tie.trust, want.trust), "\(first)–\(second) trust")
            #expect(Self.close(tie.value, want.value), "\(first)–\(second) value")
        }
        // Every other command reads the round as a network: ties = named by either side.
        #expect(snapshot.ties.count == expected.ties.count)
    }

    @Test("reciprocity counts only pairs where both answered, as networkx on the respondents' arcs")
    func reciprocity() throws {
        let expected = try Self.expected()
        let report = ReciprocityReport(snapshot: try Self.network(directed: true).snapshot(year: 2024))
        #expect(report.arcs == expected.reciprocity.arcs)
        #expect(report.reciprocatedArcs == expected.reciprocity.reciprocatedArcs)
        #expect(Self.close(report.overall, expected.reciprocity.overall))
    }
}

/// The sample's 2022 survey round (`samples/quebec-npi/responses.csv`) against `expected.json`, which the
/// generator computes from the CSV text and `check_quebec_npi.py` verifies with networkx.
@Suite struct SampleSurveyTests {
    struct Facts: Decodable {
        struct Survey: Decodable {
            var year: Int
            var network: SurveySummary
            var regions: [String: SurveySummary]
            var nonRespondents: [String]
        }
        var survey: Survey
    }

    @Test("the sample's survey figures, network and per region, equal expected.json")
    func sampleRound() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../samples/quebec-npi")
            .standardized
        let facts = try JSONDecoder().decode(Facts.self, from: Data(contentsOf: root.appendingPathComponent("expected.json")))
        let network = try NetworkLoader.load(root.path).network
        let report = try #require(SurveyReport(network: network, year: facts.survey.year))
        var want = facts.survey.network
        want.region = nil
        SurveyReferenceTests.expectEqual(report.network, want)
        #expect(report.regions.count == facts.survey.regions.count)
        for region in report.regions {
            var want = try #require(facts.survey.regions[region.region ?? ""])
            want.region = region.region
            SurveyReferenceTests.expectEqual(region, want)
        }
        #expect(report.nonRespondents.map(\.id).sorted() == facts.survey.nonRespondents)
        // The round confirms the 2022 ties of links.csv: no tie and no link row is added.
        #expect(network.links.count == 3689)
        #expect(network.snapshot(year: 2022).ties.count == report.network.ties)
    }
}
