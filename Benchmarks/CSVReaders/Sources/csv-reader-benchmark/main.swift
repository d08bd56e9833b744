// Reads one CSV file with each reader and prints the best of three wall-clock times.
//
// Every reader gets the file already in memory and must produce every field of every record as a
// `String` (what the workspace importer needs); the checksum (total UTF-8 bytes of all fields)
// shows they read the same data.
import CSV
import Foundation
import ByteCSV
import SwiftCSV

guard CommandLine.arguments.count == 2,
      let data = FileManager.default.contents(atPath: CommandLine.arguments[1]) else {
    FileHandle.standardError.write(Data("usage: csv-reader-benchmark FILE.csv\n".utf8))
    exit(64)
}
let bytes = [UInt8](data)

func measure(_ name: String, _ body: () throws -> (records: Int, checksum: Int)) rethrows {
    var best = Double.infinity
    var result = (records: 0, checksum: 0)
    for _ in 0..<3 {
        let start = ContinuousClock.now
        result = try body()
        let elapsed = ContinuousClock.now - start
        best = min(best, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
    }
    print("\(name.padding(toLength: 44, withPad: " ", startingAt: 0)) \(String(format: "%7.3f", best)) s"
          + "   records \(result.records)  checksum \(result.checksum)")
}

print("file: \(CommandLine.arguments[1]) (\(bytes.count) bytes)")

try measure("PartnerCore CSVParser (bytes)") {
    var records = 0, checksum = 0
    CSVParser(bytes: bytes).forEachRecord { record in
        records += 1
        for field in record.fields { checksum &+= field.utf8.count }
    }
    return (records, checksum)
}

try measure("yaslab/CSV.swift 2.5.2 (String)") {
    let reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self))
    var records = 0, checksum = 0
    while let row = reader.next() {
        records += 1
        for field in row { checksum &+= field.utf8.count }
    }
    return (records, checksum)
}

try measure("yaslab/CSV.swift 2.5.2 (InputStream)") {
    let reader = try CSVReader(stream: InputStream(data: data))
    var records = 0, checksum = 0
    while let row = reader.next() {
        records += 1
        for field in row { checksum &+= field.utf8.count }
    }
    return (records, checksum)
}

try measure("swiftcsv/SwiftCSV 0.10.0 (enumerateAsArray)") {
    let csv = try EnumeratedCSV(string: String(decoding: bytes, as: UTF8.self), delimiter: .comma,
                                loadColumns: false)
    var records = 1, checksum = csv.header.reduce(0) { $0 + $1.utf8.count }
    for row in csv.rows {
        records += 1
        for field in row { checksum &+= field.utf8.count }
    }
    return (records, checksum)
}
