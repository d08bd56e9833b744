import Foundation
import FuzzSupport
@testable import PartnerCore

/// Input: a GraphML file. Checks the reader ends in a network or a `DataError`, and that a network it
/// reads is written by GraphMLWriter and read back the same size.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphML(_ start: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = Data(UnsafeRawBufferPointer(start: start, count: count))
    FuzzCheck.readAndRoundTrip(
        data, format: "GraphML",
        read: { try GraphMLReader.read($0, file: "fuzz.graphml") },
        write: { try GraphMLWriter.write($0, file: "fuzz.graphml") })
    return 0
}

/// The entry point SwiftPM links as `main`: libFuzzer's driver with this target's function.
@_cdecl("FuzzGraphML_main")
public func fuzzGraphMLMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv, fuzzGraphML)
}
