import Foundation
import Testing
@testable import PartnerCore

/// Hand-rolled fuzzing: whatever the bytes, reading a workspace ends in a network or a `DataError`,
/// never a trap. Seeds are fixed so a failure repeats.
@Suite("Robustness: random and truncated inputs never trap")
struct RobustnessTests {
    /// Bytes biased towards what breaks CSV readers: quotes, commas, line ends, NUL, bytes ≥ 0x80.
    static func noise(count: Int, using random: inout SplitMix64) -> [UInt8] {
        let special: [UInt8] = [0x22, 0x2C, 0x0A, 0x0D, 0x00, 0xEF, 0xBB, 0xBF, 0xC3, 0xA9, 0xFF, 0x20, 0x61, 0x31]
        return (0..<count).map { _ in
            Bool.random(using: &random) ? special[Int.random(in: 0..<special.count, using: &random)]
                : UInt8.random(in: 0...255, using: &random)
        }
    }

    @Test("Random bytes after a valid header, and random bytes alone")
    func randomBytes() throws {
        var random = SplitMix64(seed: 2024)
        for round in 0..<60 {
            let headerFirst = round % 2 == 0
            let organizations = (headerFirst ? Array("id,name,sector,region\n".utf8) : [])
                + Self.noise(count: Int.random(in: 0...400, using: &random), using: &random)
            let links = (headerFirst ? Array("source,target,year,strength,stage\n".utf8) : [])
                + Self.noise(count: Int.random(in: 0...400, using: &random), using: &random)
            let workspace = try TemporaryWorkspace(organizations: organizations, links: links)
            defer { workspace.remove() }
            let result = try workspace.load()
            #expect(result.network != nil || result.problems.contains { $0.severity == .error })
        }
    }

    @Test("Every truncation of a valid workspace")
    func truncations() throws {
        let folder = URL(fileURLWithPath: Fixtures.workspace("rfc4180"))
        let organizations = [UInt8](try Data(contentsOf: folder.appendingPathComponent("organizations.csv")))
        let links = [UInt8](try Data(contentsOf: folder.appendingPathComponent("links.csv")))
        let workspace = try TemporaryWorkspace(organizations: organizations, links: links)
        defer { workspace.remove() }
        let url = URL(fileURLWithPath: workspace.path)
        for (name, bytes) in [("organizations.csv", organizations), ("links.csv", links)] {
            for length in stride(from: 0, through: bytes.count, by: 1) {
                try Data(bytes[..<length]).write(to: url.appendingPathComponent(name))
                let result = try workspace.load()
                #expect(result.network != nil || result.problems.contains { $0.severity == .error })
            }
            try Data(bytes).write(to: url.appendingPathComponent(name))
        }
    }

    @Test("Single-byte corruptions of a valid workspace")
    func corruptions() throws {
        let folder = URL(fileURLWithPath: Fixtures.workspace("rfc4180"))
        let links = [UInt8](try Data(contentsOf: folder.appendingPathComponent("links.csv")))
        let organizations = [UInt8](try Data(contentsOf: folder.appendingPathComponent("organizations.csv")))
        var random = SplitMix64(seed: 7)
        let workspace = try TemporaryWorkspace(organizations: organizations, links: links)
        defer { workspace.remove() }
        let url = URL(fileURLWithPath: workspace.path).appendingPathComponent("links.csv")
        for _ in 0..<150 {
            var corrupted = links
            corrupted[Int.random(in: 0..<corrupted.count, using: &random)] =
                [0x22, 0x2C, 0x0A, 0x0D, 0x00, 0xFF, 0x30][Int.random(in: 0..<7, using: &random)]
            try Data(corrupted).write(to: url)
            let result = try workspace.load()
            #expect(result.network != nil || result.problems.contains { $0.severity == .error })
        }
    }
}
