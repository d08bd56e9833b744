import Foundation
import FuzzSupport
@testable import PartnerCore

/// Input: a GEXF file. Checks the reader ends in a network or a `DataError`, and that a network it
/// reads is written by GEXFWriter and read back the same size.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGEXF(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = Data(UnsafeRawBufferPointer(start: start, count: count))
    FuzzCheck.readAndRoundTrip(
        data, format: "GEXF",
        read: { try GEXFReader.read($0, file: "fuzz.gexf") },
        write: { try GEXFWriter.write($0, file: "fuzz.gexf") })
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with this target's function.
@_cdecl("FuzzGEXF_main")
public func fuzzGEXFMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzGEXF)
}
