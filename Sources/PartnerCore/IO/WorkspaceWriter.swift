import Foundation

/// Writes a network as a CSV workspace (DESIGN §3): `organizations.csv` and `links.csv` in a
/// folder, readable back by ``NetworkLoader``.
///
/// Columns: `id,name,sector,region`, then `type`, `since`, `until` when some organization has
/// them, then the extra attributes sorted by name; `source,target`, then `year`, `kind`,
/// `strength` (when some strength is not the default 1), `stage`, then the extras. Rows keep the
/// network's order. Fields are written by ``CSVWriter``: RFC 4180 quoting, CRLF line ends, and a
/// guard on cells that a spreadsheet would run as formulas (which the workspace reader removes).
public enum WorkspaceWriter {
    /// The file names of a workspace.
    public static let organizationsFile = "organizations.csv"
    public static let linksFile = "links.csv"

    /// Writes both files into `folder` (created when missing), each through a temporary file.
    ///
    /// - Parameter replacing: replace existing files; otherwise either file existing is an error
    ///   and nothing is written.
    /// - Throws: ``InputOutputError``.
    public static func write(_ network: PartnershipNetwork, to folder: String, replacing: Bool) throws {
        let folderURL = URL(fileURLWithPath: folder)
        let organizations = folderURL.appendingPathComponent(organizationsFile).path
        let links = folderURL.appendingPathComponent(linksFile).path
        for path in [organizations, links] {
            try OutputFile.refuseExisting(path, replacing: replacing)
        }
        try OutputFile.writeAll([(organizationsCSV(network), organizations), (linksCSV(network), links)])
    }

    /// The text of `organizations.csv`.
    public static func organizationsCSV(_ network: PartnershipNetwork) -> Data {
        table(network.organizations, standard: [
            ("id", { $0.id }), ("name", { $0.name }),
            ("sector", { $0.sector.name }), ("region", { $0.region.name }),
        ], optional: [
            ("type", { $0.type }), ("since", { $0.since.map(String.init) }), ("until", { $0.until.map(String.init) }),
        ], attributes: \.attributes)
    }

    /// The text of `links.csv`.
    public static func linksCSV(_ network: PartnershipNetwork) -> Data {
        table(network.links, standard: [("source", { $0.source }), ("target", { $0.target })], optional: [
            ("year", { $0.year.map(String.init) }),
            ("kind", { $0.kind }),
            ("strength", { $0.strength == 1 ? nil : CSVWriter.number($0.strength) }),
            ("stage", { $0.stage?.name }),
        ], attributes: \.attributes, fillOptional: ["strength": "1"])
    }

    /// A CSV table: the standard columns, the optional ones some row has, then the extras.
    /// `fillOptional` gives the value an optional column takes in rows that lack it.
    private static func table<Row>(_ rows: [Row], standard: [(String, (Row) -> String)],
                                   optional: [(String, (Row) -> String?)],
                                   attributes: KeyPath<Row, [String: String]>,
                                   fillOptional: [String: String] = [:]) -> Data {
        let present = optional.filter { column in rows.contains { column.1($0) != nil } }
        let extras = Set(rows.flatMap { $0[keyPath: attributes].keys }).sorted()
        let cells = rows.map { row in
            standard.map { $0.1(row) }
                + present.map { $0.1(row) ?? fillOptional[$0.0] ?? "" }
                + extras.map { row[keyPath: attributes][$0] ?? "" }
        }
        return Data(CSVWriter().document(header: standard.map(\.0) + present.map(\.0) + extras, rows: cells).utf8)
    }
}
