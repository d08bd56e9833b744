import Foundation
import Testing

/// An existing file is replaced only with --force or inside a folder PartnerMap created.
@Suite("Existing files are replaced only with --force or in PartnerMap's folders")
struct OutputReplacementTests {
    /// A folder of someone's own files, one of them named like the map `render` would write.
    static func foreignFolder(in parent: URL) throws -> URL {
        let folder = parent.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("my own drawing".utf8).write(to: folder.appendingPathComponent("laval.svg"))
        try Data("notes".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        return folder
    }

    @Test("render refuses to replace a file it did not write, writes nothing, then replaces it with --force")
    func render() throws {
        let parent = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = try Self.foreignFolder(in: parent)
        let refused = try CLI.run("render", CLI.sample, "--region", "Laval", "--out", folder.path)
        #expect(refused.status == 74)
        #expect(refused.stderr.contains("laval.svg: already exists in a folder PartnerMap did not create; pass --force"))
        #expect(try String(contentsOf: folder.appendingPathComponent("laval.svg"), encoding: .utf8) == "my own drawing")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["laval.svg", "notes.txt"])
        // A new name in the same folder is fine: nothing is replaced.
        #expect(try CLI.run("render", CLI.sample, "--region", "Gaspésie–Îles-de-la-Madeleine", "--out", folder.path).status == 0)
        let forced = try CLI.run("render", CLI.sample, "--region", "Laval", "--out", folder.path, "--force")
        #expect(forced.status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("laval.svg"), encoding: .utf8).hasPrefix("<?xml"))
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "notes")
    }

    @Test("render's own folder is rewritten without --force")
    func renderOwnFolder() throws {
        let parent = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let out = parent.appendingPathComponent("maps")
        #expect(try CLI.run("render", CLI.sample, "--region", "Laval", "--out", out.path).status == 0)
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(".partnermap").path))
        #expect(try CLI.run("render", CLI.sample, "--region", "Laval", "--out", out.path, "--seed", "2").status == 0)
    }

    @Test("compare refuses a non-empty folder it did not create, and writes into it with --force")
    func compare() throws {
        let parent = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: parent) }
        let folder = try Self.foreignFolder(in: parent)
        let refused = try CLI.run("compare", CLI.sample, "--region", "Laval", "--out", folder.path)
        #expect(refused.status == 74)
        #expect(refused.stderr.contains("holds files PartnerMap did not write (laval.svg, notes.txt); choose a new or empty folder, or pass --force"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["laval.svg", "notes.txt"])
        #expect(try CLI.run("compare", CLI.sample, "--region", "Laval", "--out", folder.path, "--force").status == 0)
        #expect(try String(contentsOf: folder.appendingPathComponent("laval.svg"), encoding: .utf8) == "my own drawing")
        // Now marked as PartnerMap's: a second run needs no --force.
        #expect(try CLI.run("compare", CLI.sample, "--region", "Laval", "--out", folder.path).status == 0)
    }
}
