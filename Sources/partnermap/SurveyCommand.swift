import ArgumentParser
import PartnerAnalysis
import PartnerCore

/// `partnermap survey`: a survey round — who answered, confirmed ties, trust and value (DESIGN §10).
struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "Survey rounds: response rate, confirmed ties, trust and value.",
        subcommands: [SurveyReportCommand.self],
        defaultSubcommand: SurveyReportCommand.self)
}

/// `partnermap survey DATA`: the round's figures, the follow-up list and the partners ranked.
struct SurveyReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Response rate, confirmed ties, trust and value of a survey round (the default).",
        discussion: """
            DATA is a survey workspace: organizations.csv lists everyone invited (responded = yes marks \
            an organization that answered "no partners") and responses.csv (FR reponses.csv) has one row \
            per respondent and partner named, with the level (1–3) and six ratings 1–4 of the partner.

            Definitions (as PARTNER measures them): responseRate = respondents / invited. A tie exists \
            when at least one side named the other; it is confirmed when both answered and both named \
            each other, unconfirmed when both answered and only one named the other, unanswered when one \
            side did not answer. An organization's trust is the mean, over the ratings it received, of the \
            mean of the three trust items of that rating (reliability, mission, openness; empty items \
            skipped); value likewise (power, involvement, resources). The network trust score is \
            100 × (mean over all ratings of the trust mean − 1) / 3, from 0 to 100; value likewise. A \
            region's figures read only the region's organizations and the ties and ratings among them.

            --format json prints {"network":{"invited","respondents","responseRate","ties",\
            "confirmedTies","unconfirmedTies","unansweredTies","trust","value"},"regions":[…],\
            "organizations":[{"id","name","sector","region","responded","ratings","trust","value",\
            "items":{…}}]}; --format csv one row per invited organization.
            """)

    @OptionGroup var data: DataOptions

    @Option(help: "Output format: table, csv or json.")
    var format: OutputFormat = .table

    func run() throws {
        let network = try data.load()
        let year = try data.selectedYear(in: network)
        let region = try data.selectedRegion(in: network)
        guard let report = SurveyReport(network: network, year: year, region: region) else {
            printError("\(data.data): no survey responses; expected a workspace with responses.csv "
                       + "(respondent, partner, level, ratings) beside organizations.csv")
            throw ExitCode.dataError
        }
        switch format {
        case .table: printOutput(report.table(year: year))
        case .csv: printOutput(report.csv())
        case .json: printOutput(try jsonText(report))
        }
    }
}
