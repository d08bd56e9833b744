import Foundation
import FuzzSupport
@testable import PartnerCore

/// The folder, fresh per process, in which each input is written as a workspace.
nonisolated(unsafe) private var folder: URL?

/// Input: `organizations.csv` bytes, 0x1E, `links.csv` bytes. Checks that the CSV parser and the
/// workspace reader end in a network or a `DataError` — never a trap — and that a network read is
/// written by `WorkspaceWriter` and read back with the same organizations and links.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = UnsafeRawBufferPointer(start: start, count: count)
    // The parser alone: every record has a field and records come in line order.
    var lastLine = 0
    CSVParser(bytes: Array(bytes)).forEachRecord { record in
        precondition(!record.fields.isEmpty && record.line > lastLine, "CSV records out of line order")
        lastLine = record.line
    }

    let workspace = folder ?? {
        let url = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("partnermap-fuzz-\(getpid())", isDirectory: true)
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        folder = url
        return url
    }()
    let (organizations, links) = FuzzCheck.split(bytes)
    let copy = workspace.appendingPathComponent("copy", isDirectory: true)
    func files(_ organizations: Data, _ links: Data, in url: URL) {
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try organizations.write(to: url.appendingPathComponent("organizations.csv"))
            try links.write(to: url.appendingPathComponent("links.csv"))
        } catch {
            fatalError("cannot write the fuzz workspace: \(error)")
        }
    }
    files(Data(organizations), Data(links), in: workspace)
    FuzzCheck.readAndRoundTrip(
        Data(), format: "workspace",
        read: { written in
            try WorkspaceReader.read(folder: written.isEmpty ? workspace.path : copy.path, isDirected: false)
        },
        write: { network in
            files(WorkspaceWriter.organizationsCSV(network), WorkspaceWriter.linksCSV(network), in: copy)
            return Data("copy".utf8)
        })
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with this target's function.
@_cdecl("FuzzCSV_main")
public func fuzzCSVMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzCSV)
}
