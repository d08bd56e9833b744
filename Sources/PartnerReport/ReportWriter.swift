import Foundation
import PartnerCore
import PartnerRender

/// What a finished report consists of.
public struct ReportSummary: Sendable {
    /// Path of `index.html`.
    public let indexPath: String
    /// Relative paths of every file written, sorted.
    public let files: [String]
    /// Number of region pages.
    public let regionPages: Int
}

/// Writes the HTML report of a network: `index.html`, one page per region under `regions/`, and
/// the tables under `data/` (DESIGN §7, `partnermap report`).
///
/// The pages are self-contained: styles and the small sorting script are inline, maps and charts
/// are inline SVG, nothing is loaded from the network, so the folder opens from the file system,
/// can be zipped and mailed, and prints with its own print stylesheet.
public enum ReportWriter {
    /// Analyses `network` and writes the report into `folder`.
    ///
    /// - Throws: ``ReportError`` for options the data cannot satisfy; ``PartnerCore/InputOutputError``
    ///   when a file cannot be written; ``PartnerRender/GraphvizError`` when Graphviz cannot draw a map.
    @discardableResult
    public static func write(network: PartnershipNetwork, options: ReportOptions, to folder: ReportFolder,
                             progress: ReportProgress = .silent) throws -> ReportSummary {
        let templates = try PageTemplates()
        let content = try ReportContent(network: network, options: options, progress: progress)
        let export = DataExport(content: content)
        let context = PageContext(content: content, options: options, export: export)
        // Suggested ties carry their reasons, in the page's language, into the map's tooltips.
        let wording = FindingWording(t: context.t, numbers: context.numbers, network: content.network)
        let suggested = content.regions.map { region in
            (region.gaps?.suggestions ?? []).map { suggestion in
                SuggestedTie(source: suggestion.source, target: suggestion.target,
                             reasons: wording.reasons(suggestion).map(\.text))
            }
        }
        let maps = try ReportMaps(content: content, suggested: suggested, t: context.t, progress: progress)

        var written: [String] = []
        progress.update(.pages, 0, content.regions.count + 1)
        try folder.write(templates.render(.index, IndexPage(content: content, maps: maps, context: context)), to: "index.html")
        written.append("index.html")
        for index in content.regions.indices {
            let page = RegionPage(content: content, index: index, maps: maps, context: context)
            let path = content.regions[index].href
            try folder.write(templates.render(.region, page), to: path)
            written.append(path)
            progress.update(.pages, index + 2, content.regions.count + 1)
        }

        progress.update(.data, 0, 1)
        written += try export.write(to: folder)
        progress.update(.data, 1, 1)
        try folder.finish(written: written)
        return ReportSummary(indexPath: folder.url("index.html"), files: written.sorted(),
                             regionPages: content.regions.count)
    }
}
