import Foundation
import PartnerCore
import Testing
@testable import PartnerReport

@Suite("The report folder guard")
struct ReportFolderTests {
    @Test("A missing folder is created and marked")
    func createsFolder() throws {
        let path = try ReportTestSupport.temporaryFolder().appendingPathComponent("a/b/report").path
        let folder = try ReportFolder(path: path, force: false)
        try folder.write("x", to: "regions/r.html")
        try folder.finish(written: ["regions/r.html"])
        let marker = try String(contentsOfFile: folder.url(ReportFolder.markerName), encoding: .utf8)
        #expect(marker.hasSuffix("\nregions/r.html\n"))
        #expect(try String(contentsOfFile: folder.url("regions/r.html"), encoding: .utf8) == "x")
    }

    @Test("A folder with someone else's files is refused without --force")
    func refusesForeignFolder() throws {
        let path = try ReportTestSupport.temporaryFolder().path
        try "mine".write(toFile: path + "/index.html", atomically: true, encoding: .utf8)
        #expect(throws: InputOutputError.self) { try ReportFolder(path: path, force: false) }
        _ = try ReportFolder(path: path, force: true)
        #expect(try String(contentsOfFile: path + "/index.html", encoding: .utf8) == "mine")
    }

    @Test("A file is not a folder")
    func refusesFile() throws {
        let path = try ReportTestSupport.temporaryFolder().path + "/file"
        try "x".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: InputOutputError.self) { try ReportFolder(path: path, force: true) }
    }

    @Test("Files of the previous report that this one does not write are removed, nothing else")
    func removesStaleFiles() throws {
        let path = try ReportTestSupport.temporaryFolder().path
        let first = try ReportFolder(path: path, force: false)
        try first.write("old", to: "regions/old.html")
        try first.write("kept", to: "regions/kept.html")
        try first.finish(written: ["regions/old.html", "regions/kept.html"])
        try "notes".write(toFile: path + "/notes.txt", atomically: true, encoding: .utf8)

        let second = try ReportFolder(path: path, force: false)
        try second.write("kept", to: "regions/kept.html")
        try second.finish(written: ["regions/kept.html"])
        #expect(!FileManager.default.fileExists(atPath: path + "/regions/old.html"))
        #expect(FileManager.default.fileExists(atPath: path + "/regions/kept.html"))
        #expect(FileManager.default.fileExists(atPath: path + "/notes.txt"))
    }

    @Test("A tampered marker cannot make the report delete outside its folder")
    func markerPathsAreConfined() {
        #expect(ReportFolder.isSafeRelativePath("regions/a.html"))
        #expect(!ReportFolder.isSafeRelativePath("../outside.txt"))
        #expect(!ReportFolder.isSafeRelativePath("/etc/passwd"))
        #expect(!ReportFolder.isSafeRelativePath("regions/../../x"))
        #expect(!ReportFolder.isSafeRelativePath(""))
    }
}
