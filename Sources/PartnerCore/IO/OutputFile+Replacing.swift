import Foundation

extension OutputFile {
    /// Writes `data` to `path` like ``write(_:to:)-(Data,_)``, but replaces an existing file only
    /// when `replacing` is `true` (`--force`).
    ///
    /// - Throws: ``InputOutputError`` when the file exists and may not be replaced, or cannot be
    ///   written.
    public static func write(_ data: Data, to path: String, replacing: Bool) throws {
        try refuseExisting(path, replacing: replacing)
        try write(data, to: path)
    }

    /// Throws when `path` exists and may not be replaced; a folder is never replaced.
    public static func refuseExisting(_ path: String, replacing: Bool) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
        if isFolder.boolValue {
            throw InputOutputError(path: path, reason: "is a folder; expected a file name")
        }
        if !replacing {
            throw InputOutputError(path: path, reason: "already exists; pass --force to replace it")
        }
    }
}
