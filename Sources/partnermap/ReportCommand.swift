import ArgumentParser
import Foundation
import PartnerCore
import PartnerRender
import PartnerReport

/// `partnermap report DATA --out DIR`: the whole network and every region in one self-contained HTML
/// report, with its tables as CSV and JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: the whole network, one page per region, data tables.",
        discussion: """
            Writes DIR/index.html, DIR/regions/<region>.html and DIR/data/*.csv|json. The pages need no \
            network: open DIR/index.html from the file system. DIR is created when missing; a non-empty \
            folder that PartnerMap did not make is refused unless --force is given.
            """)

    @OptionGroup var data: DataOptions

    @Option(name: .long, help: ArgumentHelp("Folder to write the report into.", valueName: "dir"))
    var out: String

    @Option(name: .customLong("lang"), help: "Language of the report: en or fr.")
    var language: ReportLanguage = .english

    @Option(help: "Title of the report (default: \"Partnership network report\").")
    var title: String?

    @Flag(help: "Write into a non-empty folder PartnerMap did not make.")
    var force = false

    func validate() throws {
        if data.region != nil {
            throw ValidationError("report covers every region; --region is not used (each region has its page)")
        }
        if out.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--out needs a folder")
        }
    }

    func run() throws {
        let network = try data.load()
        let options = ReportOptions(year: data.year, language: language, title: title)
        let summary = try withExitCodes {
            let folder = try ReportFolder(path: out, force: force)
            do {
                return try ReportWriter.write(network: network, options: options, to: folder,
                                              progress: StageProgress.standardError())
            } catch let error as ReportError {
                throw ValidationError(error.description)
            } catch let error as GraphvizError {
                printError("error: \(error)")
                throw ExitCode(70)
            }
        }
        print(summary.indexPath)
    }
}

extension ReportLanguage: ExpressibleByArgument {}
