import Foundation
import Testing

/// The first name of ``CLI``, still used by some tests.
typealias CLIRunner = CLI

/// Runs the built `partnermap` binary and captures what it prints.
struct CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary beside the test bundle (same build folder and configuration), else `.build/debug`.
    static var binary: URL? {
        let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [besideTests, besideTests.deletingLastPathComponent(), packageRoot.appendingPathComponent(".build/debug")]
            .map { $0.appendingPathComponent("partnermap") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func fixture(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/workspaces/\(name)").path
    }

    static let sample = packageRoot.appendingPathComponent("samples/quebec-npi").path

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// The process ended on a signal (a trap or crash), `status` then being the signal number.
        var wasSignalled = false
        /// Lines split at LF only (a `Character` split would keep CRLF lines together).
        var lines: [String] {
            stdout.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast()
                .map { String(decoding: $0, as: UTF8.self) }
        }
    }

    /// A new empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("partnermap-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: String...) throws -> Result {
        try run(arguments)
    }

    /// Runs the binary from the package root, so relative paths such as `samples/quebec-npi` work.
    static func run(_ arguments: [String]) throws -> Result {
        let binary = try #require(binary, "build partnermap first (swift build --build-tests)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = packageRoot
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self),
                      wasSignalled: process.terminationReason == .uncaughtSignal)
    }
}

@Suite("partnermap validate and summary")
struct PartnerMapCLITests {
    @Test("validate lists one line per problem and exits 65 on a broken workspace")
    func validateBroken() throws {
        let result = try CLI.run("validate", CLI.fixture("broken"))
        #expect(result.status == 65)
        #expect(result.lines.count == 10)
        #expect(result.lines.prefix(4).allSatisfy { $0.hasPrefix("organizations.csv:") })
        #expect(result.lines[4...8].allSatisfy { $0.hasPrefix("links.csv:") })
        #expect(result.lines[6] == "links.csv:4: year: \"2O21\" is not a whole number; expected a four-digit year such as 2021")
        #expect(result.lines.last == "\(CLI.fixture("broken")): 9 errors, 0 warnings.")
    }

    @Test("validate exits 0 on a good workspace and 74 on a missing path")
    func validateGoodAndMissing() throws {
        let good = try CLI.run("validate", CLI.fixture("rfc4180"))
        #expect(good.status == 0)
        #expect(good.lines == ["\(CLI.fixture("rfc4180")): 4 organizations, 4 link rows (2021–2022); no problems."])

        let missing = try CLI.run("validate", "/nonexistent/workspace")
        #expect(missing.status == 74)
        #expect(missing.stdout.isEmpty)
        #expect(missing.stderr.contains("/nonexistent/workspace: no such file or folder"))
    }

    @Test("summary --format json has the keys of DESIGN §7")
    func summaryJSON() throws {
        let result = try CLI.run("summary", CLI.sample, "--format", "json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["organizations", "ties", "density", "components", "isolates", "regions", "years", "sectors"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["year"] as? Int == 2022)
        let regions = try #require(object["regions"] as? [[String: Any]])
        #expect(regions.count >= 17)
        #expect(regions.allSatisfy { $0["region"] is String && $0["ties"] is Int && $0["density"] != nil })
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.compactMap { $0["year"] as? Int } == [2019, 2020, 2021, 2022])
        #expect(try CLI.run("summary", CLI.sample, "--format", "json").stdout == result.stdout)
    }

    @Test("summary as CSV and table; a year not in the data is a usage error")
    func summaryFormats() throws {
        let csv = try CLI.run("summary", CLI.fixture("rfc4180"), "--format", "csv", "--year", "2021")
        #expect(csv.status == 0)
        let header = "scope,name,year,organizations,ties,density,components,largestComponent,isolates,externalTies,"
            + "sectors,intersectoralTies,transitivity,averageClustering,largestComponentDiameter,"
            + "largestComponentAveragePathLength,degreeCentralization,betweennessCentralization,articulationPoints,"
            + "bridges,sectorModularity,eiIndex,assortativity,otherSector,observedTies,expectedTies,ratio\r"
        let network = "network,,2021,4,2,0.3333333333333333,2,3,1,,3,,"
            + "0,0,2,1.3333333333333333,0.6666666666666666,0.3333333333333333,1,2,-0.5,1,-1,,,,\r"
        #expect(csv.lines.first == header)
        #expect(csv.lines[1] == network)

        let table = try CLI.run("summary", CLI.fixture("rfc4180"), "--region", "gaspésie")
        #expect(table.status == 0)
        #expect(table.lines.first == "Summary of \(CLI.fixture("rfc4180")) — 2022 (survey years 2021–2022), Gaspésie, undirected ties")

        let badYear = try CLI.run("summary", CLI.fixture("rfc4180"), "--year", "1990")
        #expect(badYear.status == 64)
        #expect(badYear.stderr.contains("the data has years 2021, 2022"))
    }
}
