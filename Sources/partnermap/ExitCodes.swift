import ArgumentParser
import Foundation
import PartnerCore

/// Exit codes of DESIGN §7 (sysexits.h).
extension ExitCode {
    static let dataError = ExitCode(65)
    static let ioError = ExitCode(74)
}

/// Writes a line to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Runs `body`, turning data errors into their messages on stderr and exit 65, and I/O errors into
/// exit 74. Anything else propagates to ArgumentParser.
func withExitCodes<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DataError {
        for problem in error.problems { printError(problem.description) }
        let count = error.errors.count
        printError("\(count) error\(count == 1 ? "" : "s") found.")
        throw ExitCode.dataError
    } catch let error as InputOutputError {
        printError("error: \(error)")
        throw ExitCode.ioError
    }
}
