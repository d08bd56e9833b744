import ArgumentParser
import PartnerCore

/// `partnermap validate DATA`: reads a workspace and lists every problem, one per line.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a workspace and list every problem with its file and line.",
        discussion: """
            Reads organizations.csv and links.csv and lists every problem found, one per line, as
              file:line: field: what is wrong; what was expected
            then a count. Warnings (near-duplicate spellings, organizations without ties, ties \
            outside an organization's active years, repeated rows) do not stop the other commands.

            Exit codes: 0 no errors (warnings allowed), 65 data errors, 74 DATA cannot be read.

            Example:
              partnermap validate samples/quebec-npi
            """)

    @Argument(help: "A workspace folder (organizations.csv + links.csv).")
    var data: String

    @Flag(help: "Read ties as directed, source → target (repeated rows are then checked in order).")
    var directed = false

    @Option(help: ArgumentHelp("Refuse DATA with more links than this, before it fills memory.", valueName: "N"))
    var maxLinks = LinkLimit.defaultMaximum

    func validate() throws {
        if maxLinks < 1 { throw ValidationError("--max-links must be at least 1") }
    }

    func run() throws {
        var problems: [DataProblem]
        var network: PartnershipNetwork?
        do {
            let loaded = try NetworkLoader.load(data, options: LoadOptions(isDirected: directed, maximumLinks: maxLinks))
            problems = loaded.warnings
            network = loaded.network
        } catch let error as DataError {
            problems = error.problems
        } catch let error as InputOutputError {
            printError("error: \(error)")
            throw ExitCode.ioError
        }
        var text = problems.map { $0.description + "\n" }.joined()
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        if let network {
            text += "\(data): \(Self.describe(network)); "
            text += warnings == 0 ? "no problems.\n" : "\(Self.plural(warnings, "warning")), no errors.\n"
        } else {
            text += "\(data): \(Self.plural(errors, "error")), \(Self.plural(warnings, "warning")).\n"
        }
        printOutput(text)
        if errors > 0 { throw ExitCode.dataError }
    }

    static func describe(_ network: PartnershipNetwork) -> String {
        var text = "\(plural(network.organizations.count, "organization")), "
            + "\(plural(network.links.count, "link row"))"
        if let first = network.years.first, let last = network.years.last {
            text += first == last ? " (\(first))" : " (\(first)–\(last))"
        }
        return text
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(TableNumber.count(count)) \(noun)\(count == 1 ? "" : "s")"
    }
}
