import Foundation
import Testing
@testable import PartnerCore

/// Outputs go to a temporary file that is renamed over the destination: a reader sees the old file
/// or the new one, never part of one, and a failed write leaves nothing behind.
@Suite("Atomic output files")
struct OutputAtomicityTests {
    @Test("a reader polling a file rewritten 40 times only ever sees a whole version")
    func readersSeeWholeFiles() async throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.csv").path
        let versions = [Data(repeating: UInt8(ascii: "a"), count: 2 << 20), Data(repeating: UInt8(ascii: "b"), count: 3 << 20)]
        try OutputFile.write(versions[0], to: path)
        let writer = Task.detached {
            for round in 0..<40 { try OutputFile.write(versions[round % 2], to: path) }
        }
        for _ in 0..<200 {
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            #expect(versions.contains(data), "a reader saw \(data.count) bytes: part of a file")
        }
        try await writer.value
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["big.csv"], "temporary files left")
    }

    @Test("a failed write leaves the destination and the folder as they were")
    func failedWriteLeavesNothing() throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // The destination is a folder with a file in it: rename(2) cannot replace it.
        let blocked = folder.appendingPathComponent("map.svg")
        try FileManager.default.createDirectory(at: blocked, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: blocked.appendingPathComponent("inside.txt"))
        #expect(throws: InputOutputError.self) { try OutputFile.write(Data("new".utf8), to: blocked.path) }
        // A parent that is a file cannot become a folder.
        let file = folder.appendingPathComponent("plain.txt")
        try Data("plain".utf8).write(to: file)
        #expect(throws: InputOutputError.self) { try OutputFile.write(Data("x".utf8), to: file.appendingPathComponent("x.csv").path) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["map.svg", "plain.txt"])
        #expect(try String(contentsOf: blocked.appendingPathComponent("inside.txt"), encoding: .utf8) == "keep")
        #expect(try String(contentsOf: file, encoding: .utf8) == "plain")
    }

    @Test("files written together are all replaced or none: a workspace never ends up half new")
    func allOrNothing() throws {
        let folder = try InterchangeFixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let organizations = folder.appendingPathComponent("organizations.csv").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: organizations))
        let links = folder.appendingPathComponent("links.csv")
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)  // cannot be written
        #expect(throws: InputOutputError.self) {
            try OutputFile.writeAll([(Data("new".utf8), organizations), (Data("x".utf8), links.path)])
        }
        #expect(try String(contentsOfFile: organizations, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["links.csv", "organizations.csv"])
    }
}
