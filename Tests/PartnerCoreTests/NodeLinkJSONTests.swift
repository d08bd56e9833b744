import Foundation
import Testing
@testable import PartnerCore

@Suite struct NodeLinkJSONTests {
    func read(_ text: String) throws -> LoadedNetwork {
        try NodeLinkJSON.read(Data(text.utf8), file: "in.json")
    }

    func problems(_ text: String) -> [DataProblem] {
        do {
            _ = try read(text)
            return []
        } catch let error as DataError {
            return error.problems
        } catch {
            return []
        }
    }

    @Test func writesSortedMembersOneObjectPerLine() {
        let network = PartnershipNetwork(organizations: [
            Organization(id: "a", name: "A \"1\"", sector: .health, region: Region("Laval"), since: 2019,
                         attributes: ["zeta": "z", "alpha": "=1"]),
            Organization(id: "b", name: "B\nline", sector: .education, region: Region("Laval")),
        ], links: [
            Link(source: "a", target: "b", year: 2020, kind: "referral", strength: 2.5, stage: .knowledgeSharing),
            Link(source: "b", target: "a", year: 2021),
        ])
        let text = String(decoding: NodeLinkJSON.write(network), as: UTF8.self)
        #expect(text == """
            {
              "directed": false,
              "edges": [
                {"kind": "referral", "source": "a", "stage": "knowledge-sharing", "strength": 2.5, "target": "b", "year": 2020},
                {"source": "b", "strength": 1, "target": "a", "year": 2021}
              ],
              "graph": {},
              "multigraph": true,
              "nodes": [
                {"alpha": "=1", "id": "a", "name": "A \\"1\\"", "region": "Laval", "sector": "health", "since": 2019, "zeta": "z"},
                {"id": "b", "name": "B\\nline", "region": "Laval", "sector": "education"}
              ]
            }

            """)
        let links = String(decoding: NodeLinkJSON.write(network, isDirected: true, edgesKey: .links), as: UTF8.self)
        #expect(links.contains("\"directed\": true,\n  \"graph\": {},\n  \"links\": ["))
        // Directed, a→b and b→a are different pairs: no multigraph needed.
        #expect(links.contains("\"multigraph\": false"))
    }

    /// networkx `node_link_data` of a MultiGraph with integer ids and typed attributes.
    @Test func readsNetworkxNodeLinkData() throws {
        let loaded = try read("""
            {"directed": false, "multigraph": true, "graph": {"name": "g"},
             "nodes": [{"sector": "health", "region": "Laval", "size": 3.5, "tags": ["a", "b"], "id": 0},
                       {"sector": "health", "region": "Laval", "active": true, "missing": null, "id": 1}],
             "edges": [{"weight": 2.0, "year": 2021, "source": 0, "target": 1, "key": 0},
                       {"weight": 1, "year": 2022.0, "source": 0, "target": 1, "key": 1}]}
            """)
        let network = loaded.network
        #expect(network.organizations.map(\.id) == ["0", "1"])
        #expect(network.organizations[0].attributes == ["size": "3.5", "tags": "[\"a\",\"b\"]"])
        #expect(network.organizations[1].attributes == ["active": "true"])
        #expect(network.links.map(\.strength) == [2, 1])
        #expect(network.links.map(\.year) == [2021, 2022])
        #expect(network.links.allSatisfy { $0.attributes.isEmpty })
        #expect(loaded.warnings.isEmpty)
    }

    @Test func readsD3AndOldNetworkxLinks() throws {
        // D3 after a simulation: ends are node objects. networkx 1.x: ends are positions in "nodes".
        let loaded = try read("""
            {"nodes": [{"id": "x", "sector": "s", "region": "r"}, {"id": "y", "sector": "s", "region": "r"}, {"id": "z", "sector": "s", "region": "r"}],
             "links": [{"source": {"id": "x", "index": 0}, "target": {"id": "y"}}, {"source": 1, "target": 2}]}
            """)
        #expect(loaded.network.links.map(\.source) == ["x", "y"])
        #expect(loaded.network.links.map(\.target) == ["y", "z"])
        #expect(loaded.declaredDirected == nil)
    }

    @Test func keyIsKeptWhenTheGraphIsNotAMultigraph() throws {
        let loaded = try read("""
            {"multigraph": false, "nodes": [{"id": "x"}, {"id": "y"}], "links": [{"source": "x", "target": "y", "key": "k1"}]}
            """)
        #expect(loaded.network.links.first?.attributes == ["key": "k1"])
    }

    @Test func syntaxErrorsNameLineAndColumn() {
        let found = problems("{\n  \"nodes\": [\n    {\"id\": \"a\",}\n  ]\n}")
        #expect(found.count == 1)
        #expect(found.first?.line == 3)
        #expect(found.first?.message == "JSON is not well-formed at column 16: expected a quoted member name")
        #expect(problems("{\"nodes\": [], \"nodes\": []}").first?.message.contains("appears twice") == true)
        #expect(problems("[1, 2]").first?.message.contains("not an object") == true)
        #expect(problems("{\"edges\": []}").first?.field == "nodes")
        #expect(problems("{\"nodes\": [{\"id\": \"a\"}], \"edges\": [{\"source\": \"a\", \"target\": \"a\"}], \"links\": [{\"source\": \"a\", \"target\": \"a\"}]}")
            .first?.message.contains("both") == true)
    }

    @Test func semanticProblemsHaveTheObjectsLine() {
        let found = problems("""
            {"nodes": [
              {"id": "a", "sector": "s", "region": "r"},
              {"id": "a", "sector": "s", "region": "r"},
              {"name": "no id"}
            ],
            "edges": [
              {"source": "a", "target": "b"},
              {"source": "a", "target": "a"},
              {"source": "a", "strength": "NaN"}
            ]}
            """)
        #expect(found.map(\.line) == [3, 4, 7, 8, 9])
        #expect(found.map(\.field) == ["id", "id", "target", "target", "target"])
    }

    @Test func nanAndInfinityStrengthsAreRefused() {
        let found = problems("""
            {"nodes": [{"id": "a"}, {"id": "b"}],
             "edges": [{"source": "a", "target": "b", "strength": NaN}, {"source": "a", "target": "b", "weight": -Infinity}]}
            """)
        #expect(found.filter { $0.severity == .error }.map(\.field) == ["strength", "strength"])
    }
}

@Suite struct JSONValueTests {
    func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
        try JSONValue.parse(Array(text.utf8))
    }

    @Test func readsEscapesAndKeepsNumbersAsWritten() throws {
        let value = try parse(#"{"s": "a\"b\\c\/d\n\u00e9\ud83d\ude00", "n": -1.50e+3, "z": 0, "t": true, "f": false, "x": null}"#)
        #expect(value["s"] == .string("a\"b\\c/d\né😀"))
        #expect(value["n"] == .number("-1.50e+3"))
        #expect(value["z"] == .number("0"))
        #expect(value["t"] == .bool(true))
        #expect(value["x"] == .null)
        #expect(try parse("\u{FEFF} [1] ".replacingOccurrences(of: "\u{FEFF}", with: "\u{FEFF}")) == .array([.number("1")], line: 1))
    }

    @Test(arguments: [
        ("", "the text ends where a value is expected"),
        ("01", "unexpected text after the end of the JSON value"),
        ("1.", "a number needs digits after its decimal point"),
        ("\"abc", "a string is not closed before the end of the text"),
        ("\"a\nb\"", "a control character (line break) inside a string must be escaped"),
        ("\"\\x\"", "unknown escape '\\x' in a string"),
        ("\"\\ud800\"", "a \\u escape holds half of a surrogate pair"),
        ("[1 2]", "expected ',' or ']' in an array"),
        ("{\"a\" 1}", "expected ':' after the member name \"a\""),
        ("tru", "unexpected text; expected true"),
    ])
    func reportsWhatIsWrong(_ text: String, _ message: String) {
        #expect(throws: JSONSyntaxError.self) { try parse(text) }
        do {
            _ = try parse(text)
        } catch {
            #expect(error.message == message)
        }
    }

    @Test func refusesDeepNestingWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        do {
            _ = try parse(deep)
            Issue.record("deep nesting was accepted")
        } catch {
            #expect(error.message.contains("nested more than 128 deep"))
        }
    }

    @Test func refusesInvalidUTF8() {
        do {
            _ = try JSONValue.parse([0x22, 0xFF, 0x22])
            Issue.record("invalid UTF-8 was accepted")
        } catch {
            #expect(error.message.contains("not UTF-8"))
        }
    }

    @Test func quotesEverythingJSONNeeds() {
        #expect(JSONText.quoted("a\"b\\c\n\t\u{01}\u{2028}é") == #""a\"b\\c\n\t\u0001\u2028é""#)
    }
}

extension JSONValueTests {
    @Test func repeatedKeysAreFoundInSmallAndLargeObjects() {
        for size in [3, 16, 17, 40] {
            let members = (0..<size).map { "\"k\($0)\": \($0)" } + ["\"k\(size - 1)\": 0"]
            do {
                _ = try JSONValue.parse(Array(("{" + members.joined(separator: ", ") + "}").utf8))
                Issue.record("a repeated key in an object of \(size) was accepted")
            } catch {
                #expect(error.message == "the member \"k\(size - 1)\" appears twice in one object")
            }
            let unique = (0..<size).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
            #expect(throws: Never.self) { try JSONValue.parse(Array(("{" + unique + "}").utf8)) }
        }
    }
}
