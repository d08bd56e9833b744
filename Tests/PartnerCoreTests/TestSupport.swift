import Foundation
@testable import PartnerCore

/// Paths of the fixtures beside the tests and of the bundled sample.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func workspace(_ name: String) -> String {
        packageRoot.appendingPathComponent("Tests/Fixtures/workspaces/\(name)").path
    }

    static let sample = packageRoot.appendingPathComponent("samples/quebec-npi").path
}

/// A workspace folder written to a fresh temporary directory, removed by ``remove()``.
struct TemporaryWorkspace {
    let path: String

    /// Writes the files given; `nil` leaves a file out.
    init(organizations: [UInt8]?, links: [UInt8]?) throws {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("partnercore-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        if let organizations {
            try Data(organizations).write(to: url.appendingPathComponent("organizations.csv"))
        }
        if let links { try Data(links).write(to: url.appendingPathComponent("links.csv")) }
        path = url.path
    }

    init(organizations: String?, links: String?) throws {
        try self.init(organizations: organizations.map { Array($0.utf8) }, links: links.map { Array($0.utf8) })
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }

    /// Loads the workspace: the network and warnings, or the problems of the `DataError` thrown.
    func load(isDirected: Bool = false) throws -> (network: PartnershipNetwork?, problems: [DataProblem]) {
        do {
            let loaded = try NetworkLoader.load(path, options: LoadOptions(isDirected: isDirected))
            return (loaded.network, loaded.warnings)
        } catch let error as DataError {
            return (nil, error.problems)
        }
    }
}

/// Reads `organizations` and `links` as a workspace and returns what loading gave.
func loadWorkspace(organizations: String?, links: String?, isDirected: Bool = false) throws
    -> (network: PartnershipNetwork?, problems: [DataProblem])
{
    let workspace = try TemporaryWorkspace(organizations: organizations, links: links)
    defer { workspace.remove() }
    return try workspace.load(isDirected: isDirected)
}

/// A small deterministic pseudo-random generator (SplitMix64), so fuzz cases repeat exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
