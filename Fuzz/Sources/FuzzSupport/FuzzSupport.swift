import CFuzzDriver
import Foundation
@testable import PartnerCore

/// What every reader target checks: a read ends in a network or a ``DataError`` — nothing else, and
/// never a trap — and a network read is written and read back in the same format unchanged in size.
public enum FuzzCheck {
    /// Reads `data` with `read`; on success writes it with `write` and reads that again.
    public static func readAndRoundTrip(
        _ data: Data, format: String,
        read: (Data) throws -> LoadedNetwork,
        write: (PartnershipNetwork) throws -> Data
    ) {
        let loaded: LoadedNetwork
        do {
            loaded = try read(data)
        } catch is DataError {
            return
        } catch {
            fatalError("\(format): a reader threw \(type(of: error)), not a DataError: \(error)")
        }
        checkRoundTrip(loaded.network, format: format, read: read, write: write)
    }

    /// Writes `network`, reads it back and traps when it differs in organizations or links.
    public static func checkRoundTrip(
        _ network: PartnershipNetwork, format: String,
        read: (Data) throws -> LoadedNetwork,
        write: (PartnershipNetwork) throws -> Data
    ) {
        let written: Data
        do {
            written = try write(network)
        } catch is DataError {
            return  // A writer may refuse what its format cannot carry (control characters in XML).
        } catch {
            fatalError("\(format): a writer threw \(type(of: error)): \(error)")
        }
        do {
            let again = try read(written).network
            guard again.organizations.map(\.id) == network.organizations.map(\.id),
                  again.links.count == network.links.count else {
                fatalError("\(format): read back \(again.organizations.count) organizations and \(again.links.count) links, wrote \(network.organizations.count) and \(network.links.count)")
            }
        } catch {
            fatalError("\(format): our own output does not read back: \(error)")
        }
    }

    /// `bytes` split at the first byte `separator` (0x1E, ASCII record separator): the parts before
    /// and after it; everything and nothing when it is absent.
    public static func split(_ bytes: UnsafeRawBufferPointer, at separator: UInt8 = 0x1E) -> ([UInt8], [UInt8]) {
        guard let index = bytes.firstIndex(of: separator) else { return (Array(bytes), []) }
        return (Array(bytes[..<index]), Array(bytes[(index + 1)...]))
    }
}

/// Runs libFuzzer with `callback` as the function under test; what each target's entry point does.
public func runFuzzer(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
}
