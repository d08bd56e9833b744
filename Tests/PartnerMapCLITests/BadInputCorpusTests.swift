import Foundation
import Testing

/// One case of `Tests/Fixtures/bad/manifest.json` (written by `Tests/Fixtures/bad/generate.py`).
struct BadInputCase: Decodable, Sendable, CustomTestStringConvertible {
    /// Path under `Tests/Fixtures/bad/`: a file, or a workspace folder.
    var `case`: String
    var exit: Int32
    /// Words stderr must hold; `{path}` stands for the path given on the command line.
    var expect: [String]
    var note: String

    var testDescription: String { "\(`case`) — \(note)" }
    var path: String { "Tests/Fixtures/bad/" + `case` }
    var isWorkspace: Bool { `case`.hasPrefix("csv/") }
    var expected: [String] { expect.map { $0.replacingOccurrences(of: "{path}", with: path) } }

    static let manifest = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/bad/manifest.json")

    static let all: [BadInputCase] = {
        struct Manifest: Decodable { var cases: [BadInputCase] }
        guard let data = try? Data(contentsOf: manifest),
              let decoded = try? JSONDecoder().decode(Manifest.self, from: data) else { return [] }
        return decoded.cases
    }()
}

/// Every broken input of the corpus, through the real binary: the exit code, a message naming file,
/// line (or element) and field, no crash, and nothing written to the output folder.
@Suite("Corpus of broken inputs (Tests/Fixtures/bad)")
struct BadInputCorpusTests {
    @Test("the corpus has at least 60 cases across CSV, GraphML, GEXF and JSON, each present")
    func corpusIsComplete() {
        let cases = BadInputCase.all
        #expect(cases.count >= 60)
        for format in ["csv/", "graphml/", "gexf/", "json/"] {
            #expect(cases.filter { $0.case.hasPrefix(format) }.count >= 10, "\(format)")
            #expect(cases.contains { $0.case.hasPrefix(format) && $0.case.contains("self-link") }, "\(format) self-link")
        }
        for testCase in cases {
            #expect(FileManager.default.fileExists(atPath: CLI.packageRoot.appendingPathComponent(testCase.path).path),
                    "\(testCase.case)")
        }
    }

    @Test("convert answers each broken input with its exit code and a located message, writing nothing",
          arguments: BadInputCase.all)
    func convert(_ testCase: BadInputCase) throws {
        let out = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let target = out.appendingPathComponent("x.graphml").path
        let result = try CLI.run("convert", testCase.path, target)
        #expect(!result.wasSignalled, "crashed with signal \(result.status)")
        #expect(result.status == testCase.exit, "\(result.stderr)")
        for words in testCase.expected {
            #expect(result.stderr.contains(words), "missing \"\(words)\" in \(result.stderr)")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path)
        if testCase.exit == 0 {
            // Valid after all (a byte-order mark): it loads, and what was written loads too.
            #expect(written == ["x.graphml"])
            #expect(try CLI.run("summary", target).status == 0)
        } else {
            #expect(written.isEmpty, "left \(written) behind")
        }
    }

    @Test("validate lists the same problem on stdout for each broken workspace",
          arguments: BadInputCase.all.filter(\.isWorkspace))
    func validate(_ testCase: BadInputCase) throws {
        let result = try CLI.run("validate", testCase.path)
        #expect(!result.wasSignalled)
        #expect(result.status == testCase.exit)
        let shown = testCase.exit == 74 ? result.stderr : result.stdout
        for words in testCase.expected {
            #expect(shown.contains(words), "missing \"\(words)\" in \(shown)")
        }
    }
}

/// The inputs that crashed a fuzz target (Fuzz/Regressions), replayed through the binary.
@Suite("Fuzzing regressions")
struct FuzzRegressionTests {
    static let inputs: [String] = ["FuzzGraphML", "FuzzGEXF"].flatMap { target in
        let folder = CLI.packageRoot.appendingPathComponent("Fuzz/Regressions/\(target)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().map { "Fuzz/Regressions/\(target)/\($0)" }
    }

    @Test("each crash input is now a located data error", arguments: inputs)
    func replay(_ path: String) throws {
        let result = try CLI.run("validate", path)
        #expect(!result.wasSignalled, "crashed with signal \(result.status)")
        #expect(result.status == 65)
        #expect(result.stdout.hasPrefix(path + ":"), "\(result.stdout)")
    }

    @Test("there are regressions to replay")
    func present() { #expect(Self.inputs.count >= 2) }
}

/// Broken inputs too big to commit, made at test time: 1 MB values in each format.
@Suite("Broken inputs made at test time")
struct GeneratedBadInputTests {
    static let megabyte = String(repeating: "x", count: 1 << 20)

    /// File name and contents of each case, and the words the error must hold.
    static let cases: [(name: String, files: [String: String], expect: [String])] = [
        ("1 MB name in organizations.csv",
         ["organizations.csv": "id,name,sector,region\na,Alpha,health,N\nb,\"\(megabyte)\",health,N\n",
          "links.csv": "source,target\na,b\n"],
         ["organizations.csv:3: name: value is 1048576 bytes long; expected at most 65536"]),
        ("1 MB id in links.csv, unquoted",
         ["organizations.csv": "id,name,sector,region\na,Alpha,health,N\nb,Beta,health,N\n",
          "links.csv": "source,target\na,\(megabyte)\n"],
         ["links.csv:2: target: value is 1048576 bytes long"]),
        ("1 MB name in JSON", ["x.json": "{\"nodes\": [{\"id\": \"a\"},\n {\"id\": \"b\", \"name\": \"\(megabyte)\"}],\n \"links\": []}"],
         ["x.json:2: name: value is 1048576 bytes long"]),
        ("1 MB node id in GraphML",
         ["x.graphml": "<graphml>\n<graph edgedefault=\"undirected\">\n<node id=\"\(megabyte)\"/>\n</graph></graphml>"],
         ["x.graphml:3: id: value is 1048576 bytes long"]),
    ]

    @Test("1 MB values are refused with their file, line and field", arguments: cases.indices)
    func megabyteValues(_ index: Int) throws {
        let testCase = Self.cases[index]
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for (name, text) in testCase.files {
            try Data(text.utf8).write(to: input.appendingPathComponent(name))
        }
        let data = testCase.files.count == 1 ? input.appendingPathComponent(testCase.files.keys.first ?? "").path : input.path
        let out = folder.appendingPathComponent("out")
        let result = try CLI.run("convert", data, out.appendingPathComponent("x.graphml").path)
        #expect(!result.wasSignalled)
        #expect(result.status == 65, "\(testCase.name)")
        for words in testCase.expect {
            #expect(result.stderr.contains(words), "\(testCase.name): \(result.stderr.prefix(500))")
        }
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
