import Foundation
import PartnerCore

/// What a finished report consists of.
public struct ReportSummary: Sendable {
    /// Path of `index.html`.
    public let indexPath: String
    /// Relative paths of every file written, sorted.
    public let files: [String]
    /// Number of region pages.
    public let regionPages: Int
}

/// Writes the HTML report of a network into a folder: every route of its ``ReportSite`` —
/// `index.html`, one page per region under `regions/`, the tables under `data/` (DESIGN §7,
/// `partnermap report`) — so the folder opens from the file system, can be zipped and mailed, and
/// prints with its own print stylesheet.
public enum ReportWriter {
    /// Analyses `network` and writes the report into `folder`.
    ///
    /// - Throws: ``ReportError`` for options the data cannot satisfy; ``PartnerCore/InputOutputError``
    ///   when a file cannot be written; ``PartnerRender/GraphvizError`` when Graphviz cannot draw a map.
    @discardableResult
    public static func write(network: PartnershipNetwork, options: ReportOptions, to folder: ReportFolder,
                             progress: ReportProgress = .silent) throws -> ReportSummary {
        let site = try ReportSite(network: network, options: options, links: .folder, progress: progress)
        try site.drawMaps(progress: progress)
        return try write(site, to: folder, progress: progress)
    }

    /// Writes every route of `site` into `folder` (its pages should link as ``ReportLinks/folder``).
    ///
    /// - Throws: ``PartnerCore/InputOutputError`` when a file cannot be written;
    ///   ``PartnerRender/GraphvizError`` when Graphviz cannot draw a map not drawn yet.
    @discardableResult
    public static func write(_ site: ReportSite, to folder: ReportFolder,
                             progress: ReportProgress = .silent) throws -> ReportSummary {
        let pages = site.pageRoutes
        var written: [String] = []
        progress.update(.pages, 0, pages.count)
        for (index, route) in pages.enumerated() {
            try write(site, route, to: folder)
            written.append(route.path)
            progress.update(.pages, index + 1, pages.count)
        }
        progress.update(.data, 0, 1)
        for route in site.routes.dropFirst(pages.count) {
            try write(site, route, to: folder)
            written.append(route.path)
        }
        progress.update(.data, 1, 1)
        try folder.finish(written: written)
        return ReportSummary(indexPath: folder.url(ReportRoute.overview.path), files: written.sorted(),
                             regionPages: pages.count - 1)
    }

    private static func write(_ site: ReportSite, _ route: ReportRoute, to folder: ReportFolder) throws {
        guard let resource = try site.resource(route) else {
            throw InputOutputError(path: folder.url(route.path), reason: "the report has no content for this file")
        }
        try folder.write(resource.body, to: route.path)
    }
}
