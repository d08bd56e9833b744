import Foundation
import Testing

/// `--max-links`: an input with more links than the limit is refused with a located message and
/// exit 65, in every format, before the network is built.
@Suite("--max-links refuses inputs larger than the limit")
struct LinkLimitTests {
    /// The rfc4180 fixture (4 link rows, the third on line 4 after a two-line value) in each format,
    /// with the line of its third link in that format.
    static func inputs(in folder: URL) throws -> [(path: String, lineOfThird: Int)] {
        var inputs = [(CLI.fixture("rfc4180"), 4)]
        for (format, line) in [("graphml", 20), ("json", 6)] {
            let path = folder.appendingPathComponent("rfc4180.\(format)").path
            #expect(try CLI.run("convert", CLI.fixture("rfc4180"), path).status == 0)
            inputs.append((path, line))
        }
        return inputs
    }

    @Test("two links allowed, four read: refused at the third, in a workspace, GraphML and JSON")
    func refusedAtTheLimit() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, line) in try Self.inputs(in: folder) {
            let file = path.hasSuffix("rfc4180") ? "links.csv" : path
            let result = try CLI.run("summary", path, "--max-links", "2")
            #expect(result.status == 65, "\(path)")
            #expect(result.stderr.contains("\(file):\(line): more than 2 links; expected at most 2 (raise the limit with --max-links)"),
                    "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            // The limit alone is reported: no flood of "isolated organization" warnings.
            #expect(!result.stderr.contains("warning"))
            #expect(try CLI.run("summary", path, "--max-links", "4").status == 0)
        }
        let validate = try CLI.run("validate", CLI.fixture("rfc4180"), "--max-links", "3")
        #expect(validate.status == 65)
        #expect(validate.lines.first == "links.csv:6: more than 3 links; expected at most 3 (raise the limit with --max-links)")
        #expect(try CLI.run("summary", CLI.fixture("rfc4180"), "--max-links", "0").status == 64)
    }

    @Test("GEXF spells count as the links they stand for")
    func gexfSpellsCount() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gexf = folder.appendingPathComponent("sample.gexf").path
        #expect(try CLI.run("convert", CLI.sample, gexf).status == 0)
        // 3,689 link reports in fewer <edge> elements (a spell covers consecutive years).
        let text = try String(contentsOfFile: gexf, encoding: .utf8)
        let edges = text.components(separatedBy: "<edge ").count - 1
        #expect(edges < 3689)
        let refused = try CLI.run("summary", gexf, "--max-links", String(edges))
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("more than \(edges) links"))
        #expect(try CLI.run("summary", gexf, "--max-links", "3689").status == 0)
    }
}
