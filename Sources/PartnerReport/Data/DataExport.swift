import Foundation
import PartnerAnalysis
import PartnerCore
import PartnerMetrics

/// The tables of `DIR/data/`: what the pages show, for people who continue in a spreadsheet or a
/// notebook. Each table is written as `data/NAME.csv` and `data/NAME.json`.
struct DataExport: Sendable {
    /// A table in both formats and the sentence that describes it on the pages.
    struct Entry: Sendable {
        /// File name stem.
        let name: String
        let description: @Sendable (Localization) -> String
        let csv: @Sendable () -> String
        let json: @Sendable () throws -> Data

        init(table: DataTable, description: @escaping @Sendable (Localization) -> String) {
            name = table.name
            self.description = description
            csv = { table.csv() }
            json = { try table.json() }
        }

        /// A value PartnerAnalysis already writes as CSV and JSON (the shapes of its own command).
        init<Value: Encodable & Sendable>(name: String, value: Value, csv: @escaping @Sendable () -> String,
                                          description: @escaping @Sendable (Localization) -> String) {
            self.name = name
            self.description = description
            self.csv = csv
            json = {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                var data = try encoder.encode(value)
                data.append(UInt8(ascii: "\n"))
                return data
            }
        }
    }

    let entries: [Entry]

    init(content: ReportContent) {
        entries = [
            Entry(table: Self.organizations(content), description: \.dataOrganizations),
            Entry(table: Self.regions(content), description: \.dataRegions),
            Entry(name: "gaps", value: content.gapReport, csv: { [report = content.gapReport] in report.csv() },
                  description: \.dataGaps),
        ]
    }

    /// The formats every table is written in.
    static let formats = ["csv", "json"]

    /// The rows of the pages' "data" section.
    func rows(localization: Localization, prefix: String) -> [DataFileRow] {
        entries.map { entry in
            DataFileRow(links: Self.formats.map { format in
                let name = "\(entry.name).\(format)"
                return DataFileRow.Link(name: name, href: "\(prefix)data/\(name)")
            }, description: entry.description(localization))
        }
    }

    /// Writes every table in both formats; returns the relative paths written.
    func write(to folder: ReportFolder) throws(InputOutputError) -> [String] {
        var written: [String] = []
        for entry in entries {
            let json: Data
            do {
                json = try entry.json()
            } catch {
                throw InputOutputError(path: folder.url("data/\(entry.name).json"), reason: "cannot encode (\(error))")
            }
            try folder.write(json, to: "data/\(entry.name).json")
            try folder.write(entry.csv(), to: "data/\(entry.name).csv")
            written += ["data/\(entry.name).csv", "data/\(entry.name).json"]
        }
        return written
    }

    static func organizations(_ content: ReportContent) -> DataTable {
        var rows: [[DataTable.Value]] = []
        for region in content.regions {
            let snapshot = region.snapshot, measures = region.measures
            for (i, organization) in snapshot.organizations.enumerated() where !snapshot.isBoundary[i] {
                rows.append([
                    .text(organization.id), .text(organization.name), .text(organization.sector.name),
                    .text(organization.region.name), .text(organization.type ?? ""), .integer(measures.partners[i]),
                ] + OrganizationMeasures.shown.map { .number(measures.value($0, i)) })
            }
        }
        return DataTable(name: "organizations",
                         columns: ["id", "name", "sector", "region", "type", "partners"]
                            + OrganizationMeasures.shown.map(\.rawValue),
                         rows: rows)
    }

    static func regions(_ content: ReportContent) -> DataTable {
        DataTable(
            name: "regions",
            columns: ["region", "page", "organizations", "ties", "density", "components", "isolates"],
            rows: content.regions.map { region in
                let figures = region.figures
                return [.text(region.region.name), .text(region.href), .integer(figures.organizations),
                        .integer(figures.ties), .number(figures.density), .integer(figures.components),
                        .integer(figures.isolates)]
            })
    }
}
