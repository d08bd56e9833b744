import Foundation
import Testing

/// Whatever a region is called, report, compare and render write inside `--out`, with file names
/// every system accepts.
@Suite("Output paths stay inside --out")
struct OutputPathSafetyTests {
    static let regions = ["../../escape", "/tmp/absolute", ".", "..", "CON", "nul", "a\u{0}b", "..\\..\\windows",
                          String(repeating: "Région très longue ", count: 20), "regions/../../up"]

    /// Two organizations and a tie in 2021 and 2022 per hostile region, as node-link JSON (the one
    /// format that carries NUL, as `\u0000`).
    static func input(in folder: URL) throws -> String {
        func quoted(_ text: String) -> String {
            "\"" + text.unicodeScalars.map { scalar -> String in
                switch scalar {
                case "\"": "\\\""
                case "\\": "\\\\"
                case "\0": "\\u0000"
                default: String(scalar)
                }
            }.joined() + "\""
        }
        var nodes: [String] = [], links: [String] = []
        for (index, region) in regions.enumerated() {
            for side in ["a", "b"] {
                nodes.append("{\"id\": \"\(side)\(index)\", \"sector\": \"\(side == "a" ? "health" : "housing")\", \"region\": \(quoted(region))}")
            }
            for year in [2021, 2022] { links.append("{\"source\": \"a\(index)\", \"target\": \"b\(index)\", \"year\": \(year)}") }
        }
        let path = folder.appendingPathComponent("in.json").path
        try Data("{\"nodes\": [\n\(nodes.joined(separator: ",\n"))],\n\"links\": [\n\(links.joined(separator: ",\n"))]}\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Every file under `folder`, as paths relative to it.
    static func files(under folder: URL) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        var files: [String] = []
        while let next = enumerator?.nextObject() as? String {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(next).path, isDirectory: &isFolder)
            if !isFolder.boolValue { files.append(next) }
        }
        return files.sorted()
    }

    static let deviceNames = Set(["con", "prn", "aux", "nul"] + (1...9).flatMap { ["com\($0)", "lpt\($0)"] })

    @Test("report, compare --all-regions and render --all-regions", arguments: [
        ["report"], ["compare", "--all-regions"], ["render", "--all-regions"],
    ])
    func staysInside(_ command: [String]) throws {
        let parent = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let data = try Self.input(in: parent)
        let out = parent.appendingPathComponent("out")
        let result = try CLI.run([command[0], data] + command.dropFirst() + ["--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        // Nothing beside the input and the output folder, nothing at / or in the temporary folder.
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["in.json", "out"])
        #expect(!FileManager.default.fileExists(atPath: "/tmp/absolute"))
        let written = Self.files(under: out)
        #expect(written.count >= Self.regions.count, "\(written)")
        for path in written {
            for component in path.split(separator: "/") {
                #expect(component.utf8.count <= 255, "\(path)")
                #expect(component != "." && component != "..")
                #expect(!component.contains("\\") && !component.contains("\0"))
                let stem = component.split(separator: ".").first.map(String.init)?.lowercased() ?? ""
                #expect(!Self.deviceNames.contains(stem), "\(path)")
            }
        }
        // One map or page per region: ten regions, ten distinct names.
        let perRegion: [String] = switch command[0] {
        case "report": written.filter { $0.hasPrefix("regions/") && $0.hasSuffix(".html") }
        case "compare": Array(Set(written.filter { $0.hasPrefix("regions/") }.map { $0.split(separator: "/")[1] }.map(String.init)))
        default: written.filter { $0.hasSuffix(".svg") }
        }
        #expect(perRegion.count == Self.regions.count, "\(perRegion)")
    }
}
