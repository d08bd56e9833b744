/// Why a report cannot be made from the options given (the command line turns these into usage
/// errors, exit 64).
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `--year` names a year the data has no ties for.
    case unknownYear(Int, available: [Int])

    public var description: String {
        switch self {
        case let .unknownYear(year, available):
            "--year \(year): the data has survey years \(available.map(String.init).joined(separator: ", "))"
        }
    }
}
