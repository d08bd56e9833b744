import ArgumentParser

/// `partnermap`: analyse and draw networks of organizations and their intersectoral partnerships.
@main
struct PartnerMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partnermap",
        abstract: "Analyse and draw networks of organizations and their intersectoral partnerships.",
        discussion: """
            DATA is a workspace folder (organizations.csv + links.csv), or a GraphML (.graphml), \
            GEXF (.gexf) or JSON node-link (.json) file from yEd, Gephi, networkx or D3.
            Exit codes: 0 ok, 64 usage error, 65 data error, 74 input/output error.
            """,
        version: "0.1.0",
        subcommands: [
            ValidateCommand.self,
            SummaryCommand.self,
            CentralityCommand.self,
            CommunitiesCommand.self,
            GapsCommand.self,
            WhatIfCommand.self,
            RenderCommand.self,
            CompareCommand.self,
            ReportCommand.self,
            ConvertCommand.self,
            GenerateCommand.self,
            SurveyCommand.self,
        ]
    )
}
