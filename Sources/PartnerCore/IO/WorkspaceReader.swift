import Foundation

/// Reads a CSV workspace: a folder with `organizations.csv` and `links.csv` (DESIGN §3), or a survey
/// workspace with `responses.csv` (``ResponsesFile``) instead of or beside `links.csv`.
///
/// Every problem of both files is collected in one pass — syntax (RFC 4180 quoting, encoding,
/// column count), header, values, references between the files — so one run of
/// `partnermap validate` lists everything to fix. See ``OrganizationsFile``, ``LinksFile`` and
/// ``WorkspaceChecks`` for the rules.
///
/// - Complexity: O(n + m) for n organizations and m link rows (hash lookups per row), over the
///   bytes of the files with ``CSVParser``.
enum WorkspaceReader {
    /// Reads and validates the workspace in `folder`.
    ///
    /// - Throws: ``InputOutputError`` when `folder` is not a readable folder; ``DataError`` with every
    ///   problem (errors and warnings) when any error is found.
    /// - Returns: the network, with the warnings when there are only warnings.
    static func read(folder: String, isDirected: Bool,
                     maximumLinks: Int = LinkLimit.defaultMaximum) throws -> LoadedNetwork {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) else {
            throw InputOutputError(path: folder, reason: "no such file or folder")
        }
        guard isFolder.boolValue else {
            throw InputOutputError(path: folder, reason: "not a folder; expected a workspace folder with "
                                   + "\(OrganizationsFile.fileName) and \(LinksFile.fileName)")
        }
        guard FileManager.default.isReadableFile(atPath: folder) else {
            throw InputOutputError(path: folder, reason: "folder cannot be read (permissions)")
        }
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        // A file that is there but cannot be read is an I/O error (exit 74), not a data error.
        for name in [OrganizationsFile.fileName, LinksFile.fileName] + ResponsesFile.fileNames {
            guard let file = WorkspaceCSVFile.locate(name, in: url) else { continue }
            if FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder), isFolder.boolValue {
                throw InputOutputError(path: file.path, reason: "is a folder; expected the file \(name)")
            }
            guard FileManager.default.isReadableFile(atPath: file.path) else {
                throw InputOutputError(path: file.path, reason: "cannot be read (permissions)")
            }
        }

        // A survey workspace may have responses instead of links (ties = named by either side).
        let isSurveyOnly = ResponsesFile.locate(in: url) != nil && WorkspaceCSVFile.locate(LinksFile.fileName, in: url) == nil
        // The two files are independent until link endpoints are looked up: read them at once.
        var problems: [DataProblem] = []
        let (organizations, linkRows) = concurrently({ OrganizationsFile.read(in: url, problems: &problems) },
                                                     { isSurveyOnly ? LinkRows() : LinkRows.read(in: url, maximumLinks: maximumLinks) })
        let links = linkRows.resolved(against: organizations, problems: &problems)
        let responses = ResponsesFile.read(in: url, organizations: organizations, problems: &problems)
        if links.passedLimit {
            // Without the links every organization would look isolated: report the errors only.
            throw DataError(sorted(problems.filter { $0.severity == .error }, fileOrder: [organizations.name, links.name]))
        }
        // The checks across rows add warnings only: with no error so far, the network is built
        // while they run.
        let isValid = !problems.contains { $0.severity == .error }
        let (valid, validLinks, endpoints) = (organizations.organizations, links.links, links.endpoints)
        let (warnings, network) = concurrently(
            { WorkspaceChecks.warnings(organizations: organizations, links: links, isDirected: isDirected) },
            { isValid ? PartnershipNetwork(organizations: valid, links: validLinks, linkEndpoints: endpoints,
                                           isDirected: isDirected) : nil })
        problems = sorted(problems + warnings, fileOrder: [organizations.name, links.name, responses.name])
        guard !responses.isPresent || network == nil else {
            guard !problems.contains(where: { $0.severity == .error }) else { throw DataError(problems) }
            let survey = SurveyData(responses: responses.responses,
                                    declaredRespondents: ResponsesFile.declaredRespondents(valid))
            return LoadedNetwork(network: PartnershipNetwork(organizations: valid, survey: survey, links: validLinks,
                                                             isDirected: isDirected),
                                 warnings: problems)
        }

        guard let network, !problems.contains(where: { $0.severity == .error }) else { throw DataError(problems) }
        return LoadedNetwork(network: network, warnings: problems)
    }

    /// Problems by file (organizations first), then line; problems without a line come first in
    /// their file; ties keep the order found.
    static func sorted(_ problems: [DataProblem], fileOrder: [String]) -> [DataProblem] {
        func rank(_ problem: DataProblem) -> (Int, Int) {
            (fileOrder.firstIndex(of: problem.file) ?? fileOrder.count, problem.line ?? 0)
        }
        return problems.enumerated()
            .sorted { lhs, rhs in
                let (l, r) = (rank(lhs.element), rank(rhs.element))
                return l != r ? l < r : lhs.offset < rhs.offset
            }
            .map(\.element)
    }

    /// `first()` on this thread while `second()` runs on another (when there is more than one core).
    private static func concurrently<First, Second: Sendable>(
        _ first: () -> First, _ second: @escaping @Sendable () -> Second
    ) -> (First, Second) {
        guard ProcessInfo.processInfo.activeProcessorCount > 1 else { return (first(), second()) }
        let result = ResultBox<Second>()
        let done = DispatchSemaphore(value: 0)
        Thread {
            result.value = second()
            done.signal()
        }.start()
        let firstResult = first()
        done.wait()
        guard let secondResult = result.value else { preconditionFailure("the second task did not finish") }
        return (firstResult, secondResult)
    }
}

/// The result of work on another thread: written there once, read after a semaphore says it is done.
private final class ResultBox<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}
