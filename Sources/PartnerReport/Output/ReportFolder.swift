import Foundation
import PartnerCore

/// The folder a report is written into, guarded so a report never clobbers someone's files.
///
/// - A missing folder is created; an empty one is used as is.
/// - A folder PartnerMap made holds a marker file, ``markerName``, listing the files the last report
///   wrote: the next report overwrites them and removes those it no longer writes (a region renamed
///   in the data leaves no stale page behind).
/// - Any other non-empty folder is refused unless `force` is set, so `--out ~/Documents` by mistake
///   cannot overwrite a planner's own `index.html`.
///
/// Every file is written to a temporary file in the same folder and renamed over the destination, so
/// an interrupted run never leaves half a page.
public struct ReportFolder: Sendable {
    /// Name of the marker file that says PartnerMap made the folder.
    public static let markerName = OutputFolderMark.fileName
    static let markerHeader = "PartnerMap report folder: files written by `partnermap report`."

    public let path: String
    /// Files the previous report wrote (relative paths), from the marker.
    private let previousFiles: [String]

    /// Checks and, when needed, creates the folder at `path`.
    ///
    /// - Throws: ``PartnerCore/InputOutputError`` when `path` is a file, cannot be created, or is a
    ///   non-empty folder without the marker and `force` is off.
    public init(path: String, force: Bool) throws(InputOutputError) {
        self.path = path
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else {
            do {
                try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw InputOutputError(path: path, reason: "cannot create the report folder (\(error.localizedDescription))")
            }
            previousFiles = []
            return
        }
        guard isFolder.boolValue else {
            throw InputOutputError(path: path, reason: "is a file; the report needs a folder")
        }
        let marker = (path as NSString).appendingPathComponent(Self.markerName)
        if let text = try? String(contentsOfFile: marker, encoding: .utf8) {
            previousFiles = text.split(separator: "\n").dropFirst().map(String.init)
                .filter { Self.isSafeRelativePath($0) }
            return
        }
        let entries = ((try? manager.contentsOfDirectory(atPath: path)) ?? []).sorted()
        if !entries.isEmpty, !force {
            let shown = entries.prefix(3).joined(separator: ", ") + (entries.count > 3 ? ", …" : "")
            throw InputOutputError(
                path: path,
                reason: "holds files PartnerMap did not write (\(shown)); choose a new or empty folder, or pass --force to write there anyway")
        }
        previousFiles = []
    }

    /// The absolute or relative path of `relativePath` inside the folder.
    public func url(_ relativePath: String) -> String {
        (path as NSString).appendingPathComponent(relativePath)
    }

    /// Writes `text` (UTF-8) to `relativePath` atomically, creating sub-folders.
    public func write(_ text: String, to relativePath: String) throws(InputOutputError) {
        try write(Data(text.utf8), to: relativePath)
    }

    /// Writes `data` to `relativePath` atomically, creating sub-folders.
    public func write(_ data: Data, to relativePath: String) throws(InputOutputError) {
        try OutputFile.write(data, to: url(relativePath))
    }

    /// Records the files of this report in the marker and removes files of the previous report that
    /// this one did not write again.
    public func finish(written: [String]) throws(InputOutputError) {
        let current = Set(written)
        for stale in previousFiles where !current.contains(stale) {
            try? FileManager.default.removeItem(atPath: url(stale))
        }
        let text = ([Self.markerHeader] + written.sorted()).joined(separator: "\n") + "\n"
        try write(text, to: Self.markerName)
    }

    /// A marker line we may delete: relative, without `..`, not absolute — a tampered marker cannot
    /// make the report delete files outside its folder.
    static func isSafeRelativePath(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains("..")
            && !path.contains("\\")
    }
}
