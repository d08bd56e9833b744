import Foundation
import FuzzSupport
@testable import PartnerCore

/// Input: a JSON node-link file. Checks our JSON parser never traps (nesting, numbers, escapes), the
/// reader ends in a network or a `DataError`, and a network it reads survives NodeLinkJSON.write and a
/// second read.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = Data(UnsafeRawBufferPointer(start: start, count: count))
    FuzzCheck.readAndRoundTrip(
        data, format: "JSON",
        read: { try NodeLinkJSON.read($0, file: "fuzz.json") },
        write: { NodeLinkJSON.write($0) })
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with this target's function.
@_cdecl("FuzzJSON_main")
public func fuzzJSONMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzJSON)
}
