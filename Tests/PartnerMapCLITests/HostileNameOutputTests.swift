import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Names with spreadsheet formulas, markup, DOT syntax and line breaks come out inert in every
/// output: CSV cells guarded, JSON and XML well-formed with the names intact, DOT read back by
/// Graphviz, HTML escaped.
@Suite("Hostile names in every output format")
struct HostileNameOutputTests {
    static let names = ["=cmd|' /C calc'!A0", "+SUM(A1:A9)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)",
                        "\"]; x -> y [label=\"pwned\"]; \"", "<script>alert(1)</script>", "Line\nbreak & \"quotes\"",
                        "=1+1\tinside"]

    static func workspace(in folder: URL) throws -> String {
        func field(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var organizations = "id,name,sector,region\n", links = "source,target,year,kind\n"
        for (index, name) in names.enumerated() {
            organizations += "o\(index),\(field(name)),\(field(index % 2 == 0 ? "=HYPERLINK(\"http://x\")" : "<b>sector</b>")),"
                + "\(field(index < 4 ? "@region" : "Région <Nord>"))\n"
            if index > 0 { links += "o\(index - 1),o\(index),2022,\(field(name))\n" }
        }
        links += "o0,o4,2022,x\n"
        let url = folder.appendingPathComponent("workspace")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(organizations.utf8).write(to: url.appendingPathComponent("organizations.csv"))
        try Data(links.utf8).write(to: url.appendingPathComponent("links.csv"))
        return url.path
    }

    /// The cells of an RFC 4180 document.
    static func cells(_ csv: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false, wasQuote = false
        for character in csv {
            if quoted {
                if character == "\"" { quoted = false; wasQuote = true } else { cell.append(character) }
                continue
            }
            switch character {
            case "\"":
                if wasQuote { cell.append("\"") }
                quoted = true
            case ",", "\n", "\r\n", "\r":
                cells.append(cell)
                cell = ""
            default: cell.append(character)
            }
            wasQuote = false
        }
        if !cell.isEmpty { cells.append(cell) }
        return cells
    }

    /// A cell a spreadsheet would run as a formula: starts with = + - @ tab or CR and is not a number.
    static func isFormula(_ cell: String) -> Bool {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return Double(cell) == nil
    }

    @Test("CSV outputs guard every formula-like cell", arguments: [
        ["centrality", "--format", "csv"], ["summary", "--format", "csv"], ["gaps", "--format", "csv"],
        ["communities", "--format", "csv"],
    ])
    func csvCells(_ command: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.workspace(in: folder)
        let result = try CLI.run([command[0], data] + command.dropFirst())
        #expect(result.status == 0, "\(result.stderr)")
        let cells = Self.cells(result.stdout)
        #expect(cells.count > 10)
        for cell in cells { #expect(!Self.isFormula(cell), "unguarded cell \(cell.debugDescription)") }
        if command[0] == "centrality" {
            // The names are there, guarded with a leading ' and otherwise unchanged.
            for name in Self.names {
                let shown = Self.isFormula(name) ? "'" + name : name
                #expect(cells.contains(shown), "\(name.debugDescription)")
            }
        }
    }

    @Test("JSON outputs parse, with every name intact", arguments: [["centrality"], ["gaps"], ["summary"]])
    func json(_ command: [String]) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.workspace(in: folder)
        let result = try CLI.run([command[0], data, "--format", "json"])
        #expect(result.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        if command[0] == "centrality" {
            let rows = try #require((parsed as? [String: Any])?["organizations"] as? [[String: Any]])
            #expect(Set(rows.compactMap { $0["name"] as? String }) == Set(Self.names))
        }
    }

    @Test("SVG maps and node-link, GraphML and GEXF files are well-formed, names intact; DOT renders")
    func markupFormats() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.workspace(in: folder)
        let out = folder.appendingPathComponent("maps")
        #expect(try CLI.run("render", data, "--all-regions", "--out", out.path).status == 0)
        for file in try FileManager.default.contentsOfDirectory(atPath: out.path) where file.hasSuffix(".svg") {
            let parser = XMLParser(data: try Data(contentsOf: out.appendingPathComponent(file)))
            #expect(parser.parse(), "\(file) is not well-formed: \(String(describing: parser.parserError))")
        }
        for format in ["graphml", "gexf", "json", "dot"] {
            let path = folder.appendingPathComponent("out.\(format)").path
            #expect(try CLI.run("convert", data, path).status == 0)
            if format == "dot" {
                // Graphviz reads our DOT back: `render --format dot` lays it out through libgvc.
                continue
            }
            // Read back by our own reader: the same names.
            let back = try CLI.run("centrality", path, "--format", "json")
            #expect(back.status == 0, "\(format): \(back.stderr)")
            let rows = (try JSONSerialization.jsonObject(with: Data(back.stdout.utf8)) as? [String: Any])?["organizations"] as? [[String: Any]]
            #expect(Set(rows?.compactMap { $0["name"] as? String } ?? []) == Set(Self.names), "\(format)")
        }
        let dot = try String(contentsOfFile: folder.appendingPathComponent("out.dot").path, encoding: .utf8)
        #expect(!dot.contains("[label=\"pwned\"]"))
        let laidOut = folder.appendingPathComponent("dot")
        #expect(try CLI.run("render", data, "--format", "dot", "--out", laidOut.path).status == 0)
    }

    @Test("the HTML report shows markup as text")
    func report() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = try Self.workspace(in: folder)
        let out = folder.appendingPathComponent("report")
        #expect(try CLI.run("report", data, "--out", out.path).status == 0)
        var pages = 0
        let enumerator = FileManager.default.enumerator(atPath: out.path)
        while let file = enumerator?.nextObject() as? String {
            guard file.hasSuffix(".html") else { continue }
            pages += 1
            let html = try String(contentsOf: out.appendingPathComponent(file), encoding: .utf8)
            #expect(!html.contains("<script>alert(1)"), "\(file)")
            #expect(!html.contains("<b>sector</b>"), "\(file)")
        }
        #expect(pages >= 2)
    }
}
