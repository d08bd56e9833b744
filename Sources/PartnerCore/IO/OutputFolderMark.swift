import Foundation

/// The mark PartnerMap leaves in a folder it created (`.partnermap`, the report's marker too), and
/// the rule it guards: an existing file is replaced only with `--force` or inside a marked folder,
/// so `--out ~/Documents` by mistake cannot overwrite a planner's own files.
public enum OutputFolderMark {
    public static let fileName = ".partnermap"

    /// Whether `folder` holds the mark.
    public static func isMarked(_ folder: String) -> Bool {
        FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent(fileName))
    }

    /// Leaves the mark in `folder` when it has none (a one-line text saying which command made it).
    public static func mark(_ folder: String, by command: String) throws(InputOutputError) {
        guard !isMarked(folder) else { return }
        try OutputFile.write("PartnerMap output folder: made by `partnermap \(command)`.\n",
                             to: (folder as NSString).appendingPathComponent(fileName))
    }

    /// Refuses, before anything is written, to replace any of `names` (paths relative to `folder`)
    /// unless `force` is set or `folder` is marked; a missing folder or missing files are fine.
    ///
    /// - Throws: ``InputOutputError`` naming the first file that exists, and how many more do.
    public static func refuseReplacing(_ names: [String], in folder: String, force: Bool) throws(InputOutputError) {
        guard !force, !isMarked(folder) else { return }
        let existing = names.map { (folder as NSString).appendingPathComponent($0) }
            .filter { FileManager.default.fileExists(atPath: $0) }
        guard let first = existing.first else { return }
        let more = existing.count > 1 ? " (and \(existing.count - 1) more)" : ""
        throw InputOutputError(
            path: first,
            reason: "already exists\(more) in a folder PartnerMap did not create; pass --force to replace, or choose a new folder")
    }
}
