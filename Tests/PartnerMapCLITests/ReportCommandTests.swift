import Foundation
import Testing

@Suite("partnermap report")
struct ReportCommandTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("partnermap-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder`, by relative path.
    func files(in folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            result[relative] = try Data(contentsOf: url)
        }
        return result
    }

    @Test("Two runs write byte-identical reports; stdout is the path of index.html")
    func deterministicRuns() throws {
        let base = try temporaryFolder()
        let first = base.appendingPathComponent("one"), second = base.appendingPathComponent("two")
        for out in [first, second] {
            let result = try CLI.run(["report", "samples/quebec-npi", "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == out.appendingPathComponent("index.html").path + "\n")
            // One progress line per stage on a non-terminal stderr.
            #expect(result.stderr.contains("[1/6] Measuring organizations and regions"))
            #expect(result.stderr.contains("[6/6] Writing data tables"))
        }
        let a = try files(in: first), b = try files(in: second)
        #expect(a.count == 1 + 18 + 6 + 1, "index, 18 regions, 3 tables × 2 formats, marker: \(a.keys.sorted())")
        #expect(Set(a.keys) == Set(b.keys))
        for (path, data) in a {
            #expect(b[path] == data, "\(path) differs between runs")
        }
    }

    @Test("Refuses a folder it did not make unless --force; usage errors exit 64")
    func refusalsAndUsage() throws {
        let folder = try temporaryFolder()
        try "my notes".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let refused = try CLI.run(["report", "samples/quebec-npi", "--out", folder.path])
        #expect(refused.status == 74)
        #expect(refused.stderr.contains("--force"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("index.html").path))

        for arguments in [["--year", "1990"], ["--lang", "de"], ["--region", "Laval"]] {
            let result = try CLI.run(["report", "samples/quebec-npi", "--out",
                                            try temporaryFolder().path] + arguments)
            #expect(result.status == 64, "\(arguments): \(result.stderr)")
        }
    }
}
