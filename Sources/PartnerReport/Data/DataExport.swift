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

    /// The routes of every table in both formats, in the order a folder is written.
    var routes: [ReportRoute] {
        entries.flatMap { entry in
            [ReportRoute.dataFile(name: entry.name, format: .json), .dataFile(name: entry.name, format: .csv)]
        }
    }

    /// The rows of the pages' "data" section, each table in CSV then JSON, linked through `href`.
    func rows(localization: Localization, href: (ReportRoute) -> String) -> [DataFileRow] {
        entries.map { entry in
            DataFileRow(links: [ReportRoute.DataFileFormat.csv, .json].map { format in
                DataFileRow.Link(name: "\(entry.name).\(format.rawValue)",
                                 href: href(.dataFile(name: entry.name, format: format)))
            }, description: entry.description(localization))
        }
    }

    /// The content of table `name` in `format`, or `nil` for a table the report does not have.
    ///
    /// - Throws: ``PartnerCore/InputOutputError`` when the table cannot be encoded.
    func file(name: String, format: ReportRoute.DataFileFormat) throws(InputOutputError) -> Data? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        switch format {
        case .csv:
            return Data(entry.csv().utf8)
        case .json:
            do {
                return try entry.json()
            } catch {
                throw InputOutputError(path: "data/\(name).json", reason: "cannot encode (\(error))")
            }
        }
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
                return [.text(region.region.name), .text(ReportRoute.region(slug: region.slug).path), .integer(figures.organizations),
                        .integer(figures.ties), .number(figures.density), .integer(figures.components),
                        .integer(figures.isolates)]
            })
    }
}
