import Foundation
import Testing

@Suite("partnermap convert")
struct ConvertCommandTests {
    @Test("the sample to GEXF: a dynamic graph coloured by sector; never overwritten without --force")
    func sampleToGEXF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnermap-convert-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out/quebec-npi.gexf").path

        let first = try CLI.run("convert", CLI.sample, output)
        #expect(first.status == 0)
        #expect(first.stdout == "Wrote \(output) (GEXF 1.3): 301 organizations, 3689 link reports.\n")
        let text = try String(contentsOfFile: output, encoding: .utf8)
        #expect(text.contains("mode=\"dynamic\" timeformat=\"integer\""))
        #expect(text.components(separatedBy: "<viz:color ").count - 1 == 301)
        #expect(text.contains("<spell start=\"2019\" end=\"2022\"/>"))
        // Sectors in the maps' colours: community, the first sector, is Okabe–Ito orange.
        #expect(text.contains("<attvalue for=\"0\" value=\"community\"/>"))
        #expect(text.contains("<viz:color r=\"230\" g=\"159\" b=\"0\"/>"))

        let again = try CLI.run("convert", CLI.sample, output)
        #expect(again.status == 74)
        #expect(again.stderr.contains("already exists; pass --force to replace it"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == text)
        #expect(try CLI.run("convert", CLI.sample, output, "--force").status == 0)

        // Back from GEXF to a workspace, one region only.
        let workspace = folder.appendingPathComponent("gaspesie").path
        let back = try CLI.run("convert", output, workspace, "--region", "gaspésie–îles-de-la-madeleine")
        #expect(back.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace).sorted() == ["links.csv", "organizations.csv"])
        #expect(try CLI.run("summary", workspace).status == 0)

        // The map's DOT, for Graphviz tools.
        let dot = folder.appendingPathComponent("laval.dot").path
        #expect(try CLI.run("convert", CLI.sample, dot, "--region", "Laval").status == 0)
        #expect(try String(contentsOfFile: dot, encoding: .utf8).hasPrefix("graph \"Laval — all years\" {"))
    }

    @Test("bad interchange data exits 65 with file and line; an unknown output format is a usage error")
    func errors() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("partnermap-convert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in.json").path
        try Data("{\"nodes\": [{\"id\": \"a\"}],\n \"edges\": [{\"source\": \"a\", \"target\": \"a\"}]}".utf8)
            .write(to: URL(fileURLWithPath: input))
        let output = folder.appendingPathComponent("out.graphml").path

        let bad = try CLI.run("convert", input, output)
        #expect(bad.status == 65)
        #expect(bad.stderr.contains("\(input):2: target: edge a → a: same as source \"a\""))
        #expect(!FileManager.default.fileExists(atPath: output))

        let usage = try CLI.run("convert", CLI.sample, folder.appendingPathComponent("out.xlsx").path)
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("cannot tell the output format"))
    }
}
