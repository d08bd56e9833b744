import Foundation
import PartnerCore

extension ExpectedSectors {
    /// Reads a roster from CSV text (see the type's description).
    ///
    /// - Parameter file: the file name used in error messages.
    /// - Throws: ``DataError`` listing every malformed line (file:line: field: message).
    public init(csv text: String, file: String) throws {
        let records = CSVParser(bytes: Array(text.utf8)).records
        var problems: [DataProblem] = records.flatMap(\.issues).filter { !$0.isWarning }.map {
            DataProblem.error(file: file, line: $0.line, field: "column \($0.fieldIndex + 1)",
                              "malformed CSV (\($0.kind))")
        }
        let rows = records.filter { !$0.isBlank }
        guard let header = rows.first else {
            throw DataError([.error(file: file, line: 1, "empty file; expected a header row \"region,sector\"")])
        }
        let columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard let regionColumn = columns.firstIndex(of: "region"), let sectorColumn = columns.firstIndex(of: "sector")
        else {
            throw DataError([.error(file: file, line: header.line,
                                    "expected a header row with the columns \"region,sector\", found \"\(header.fields.joined(separator: ","))\"")])
        }
        var everywhere = Set<Sector>()
        var byRegion: [Region: Set<Sector>] = [:]
        for row in rows.dropFirst() {
            let region = row.fields.indices.contains(regionColumn) ? row.fields[regionColumn] : ""
            let sector = row.fields.indices.contains(sectorColumn) ? row.fields[sectorColumn] : ""
            guard !sector.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                problems.append(.error(file: file, line: row.line, field: "sector",
                                       "empty; expected the name of a sector"))
                continue
            }
            let trimmedRegion = region.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmedRegion.isEmpty || trimmedRegion == "*" {
                everywhere.insert(Sector(sector))
            } else {
                byRegion[Region(trimmedRegion), default: []].insert(Sector(sector))
            }
        }
        guard problems.isEmpty else { throw DataError(problems) }
        self.init(everywhere: everywhere, byRegion: byRegion)
    }

    /// Reads a roster file.
    ///
    /// - Throws: ``InputOutputError`` when the file cannot be read, ``DataError`` when it is malformed.
    public init(contentsOf path: String) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw InputOutputError(path: path, reason: "cannot read the expected-sectors roster (\(error.localizedDescription))")
        }
        try self.init(csv: text, file: path)
    }

}
