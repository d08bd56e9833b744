import Foundation
import Testing

/// `partnermap survey` on the Coleman survey fixture: the JSON the issue specifies, the follow-up list,
/// located errors in responses.csv, and the other commands reading a survey workspace as a network.
@Suite struct SurveyCommandTests {
    static let coleman = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/survey-coleman").path

    @Test("--format json has the issue's keys and the reference figures")
    func json() throws {
        let result = try CLI.run("survey", Self.coleman, "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["network", "regions", "organizations"])
        let network = try #require(object["network"] as? [String: Any])
        #expect(Set(network.keys) == ["invited", "respondents", "responseRate", "ties", "confirmedTies",
                                      "unconfirmedTies", "unansweredTies", "trust", "value"])
        #expect(network["invited"] as? Int == 70)
        #expect(network["respondents"] as? Int == 50)
        #expect(network["ties"] as? Int == 218)
        let regions = try #require(object["regions"] as? [[String: Any]])
        #expect(regions.compactMap { $0["region"] as? String } == ["Centre", "Nord", "Sud"])
        let organizations = try #require(object["organizations"] as? [[String: Any]])
        #expect(organizations.count == 70)
        let first = try #require(organizations.first)
        #expect(Set(first.keys) == ["id", "name", "sector", "region", "responded", "ratings", "trust", "value", "items"])
        let items = try #require(first["items"] as? [String: Any])
        #expect(items.count == 6)
        // Same input, same bytes.
        #expect(try CLI.run("survey", Self.coleman, "--format", "json").stdout == result.stdout)
    }

    @Test("the table lists who has not answered and ranks partners; --region narrows every figure")
    func table() throws {
        let result = try CLI.run("survey", Self.coleman, "--region", "nord")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("16 of 20 invited organizations answered (80.0%)"))
        #expect(result.stdout.contains("Not answered yet — the follow-up list (4 of 20)"))
        #expect(result.stdout.contains("o19  Organization 19  social services  Nord"))
        #expect(result.stdout.contains("Partners ranked by trust"))
        #expect(!result.stdout.contains("Organization 03"))
    }

    @Test("other commands read a survey workspace as a network of ties named by either side")
    func otherCommands() throws {
        let summary = try CLI.run("summary", Self.coleman, "--format", "json")
        #expect(summary.status == 0, "\(summary.stderr)")
        #expect(summary.stdout.contains("\"ties\" : 218"))
    }

    @Test("a rating of 7, an unknown partner and a repeated pair are refused with file, line and field")
    func badResponses() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "id,name,sector,region\na,Alpha,health,Nord\nb,Beta,education,Nord\n"
            .write(to: folder.appendingPathComponent("organizations.csv"), atomically: true, encoding: .utf8)
        try """
            répondant,partenaire,niveau,fiabilité,influence
            a,Beta,intégration,7,2
            a,Gamma,1,3,3
            a,b,2,3,3
            b,a,super,,

            """.write(to: folder.appendingPathComponent("reponses.csv"), atomically: true, encoding: .utf8)
        let result = try CLI.run("survey", folder.path)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("reponses.csv:2"))
        #expect(result.stderr.contains("reponses.csv:2: fiabilité: "))
        #expect(result.stderr.contains("\"7\" is not a rating; expected 1, 2, 3 or 4, or empty"))
        #expect(result.stderr.contains("reponses.csv:3"))
        #expect(result.stderr.contains("\"Gamma\" is not an organization"))
        #expect(result.stderr.contains("reponses.csv:4"))
        #expect(result.stderr.contains("already named b"))
        #expect(result.stderr.contains("reponses.csv:5"))
        #expect(result.stderr.contains("\"super\" is not a level"))
    }

    @Test("a workspace without responses is not a survey: exit 65 with what is expected")
    func notASurvey() throws {
        let result = try CLI.run("survey", CLI.fixture("minimal"))
        #expect(result.status == 65)
        #expect(result.stderr.contains("no survey responses; expected a workspace with responses.csv"))
    }
}

/// Survey-aware gaps: a gap may be non-response.
@Suite struct SurveyGapsTests {
    @Test("gaps say when no organization of a sector answered, and when an isolated one did not answer")
    func nonResponse() throws {
        let result = try CLI.run("gaps", SurveyCommandTests.coleman, "--region", "Sud", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("No education organization of Sud answered the survey: the gap may be non-response."))
        #expect(result.stdout.contains("\"unansweredSectors\" : [\n"))
        let table = try CLI.run("gaps", SurveyCommandTests.coleman, "--region", "Sud", "--top", "0")
        #expect(table.stdout.contains("Organization 10 (education) has no partner in Sud in 2024."))
        #expect(table.stdout.contains("It has not answered the survey: it may have partners that nobody named."))
        // Not a survey: nothing is said about answering.
        let sample = try CLI.run("gaps", CLI.fixture("minimal"), "--format", "json")
        #expect(!sample.stdout.contains("answered the survey"))
        #expect(!sample.stdout.contains("unansweredSectors"))
        #expect(sample.stdout.contains("explanation"))
    }
}
