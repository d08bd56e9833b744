import Foundation
import PartnerCore
@testable import PartnerReport

/// Paths and fixtures shared by the report tests.
enum ReportTestSupport {
    /// The repository root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static let sample = root.appendingPathComponent("samples/quebec-npi")

    /// A fresh empty temporary folder.
    static func temporaryFolder(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("partnermap-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Names that break markup, scripts, CSV and DOT if written unescaped.
    static let hostileName = #"<script>alert("pwned")</script> & <b>Bold</b> "quoted" 'single' {{mustache}} =HYPERLINK("x")"#
    static let hostileRegionName = #"Région <i>"Évasion"</i> & Co"#

    /// A copy of the sample workspace where one organization has ``hostileName`` and one region is
    /// renamed ``hostileRegionName``.
    static func hostileSampleCopy() throws -> URL {
        let folder = try temporaryFolder()
        let organizations = try String(contentsOf: sample.appendingPathComponent("organizations.csv"), encoding: .utf8)
        var lines = organizations.components(separatedBy: "\n")
        // bsl-cisss is the Bas-Saint-Laurent CISSS (line 2); rename it and its region.
        let quoted = "\"" + hostileName.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        lines[1] = lines[1].replacingOccurrences(of: "CISSS du Bas-Saint-Laurent", with: quoted)
        let regionQuoted = "\"" + hostileRegionName.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        lines = lines.map { $0.replacingOccurrences(of: ",Bas-Saint-Laurent,", with: ",\(regionQuoted),") }
        try lines.joined(separator: "\n").write(to: folder.appendingPathComponent("organizations.csv"),
                                                atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(at: sample.appendingPathComponent("links.csv"),
                                         to: folder.appendingPathComponent("links.csv"))
        return folder
    }

    /// Loads a workspace.
    static func load(_ folder: URL) throws -> PartnershipNetwork {
        try NetworkLoader.load(folder.path).network
    }
}
