import Foundation
import PartnerCore

/// Writes rendered maps into an output folder, never leaving a half-written file.
public enum MapFileWriter {
    /// Writes `data` as `fileName` inside `folder` (created if missing): first to a hidden temporary
    /// file in the same folder, then renamed over the destination, so a reader sees the old file or
    /// the new one, never part of one.
    ///
    /// - Throws: ``InputOutputError`` when `fileName` is not a plain file name (a path separator,
    ///   `.` or `..`), or the folder cannot be created or written.
    /// - Returns: the path written.
    @discardableResult
    public static func write(_ data: Data, fileName: String, in folder: String) throws(InputOutputError) -> String {
        guard !fileName.isEmpty, fileName != ".", fileName != "..", !fileName.contains("/"),
              !fileName.contains("\0") else {
            throw InputOutputError(path: fileName, reason: "not a plain file name")
        }
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isFolder) {
            guard isFolder.boolValue else { throw InputOutputError(path: folder, reason: "exists and is not a folder") }
        } else {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw InputOutputError(path: folder, reason: "cannot create the folder: \(error.localizedDescription)")
            }
        }
        let destination = URL(fileURLWithPath: folder).appendingPathComponent(fileName)
        let temporary = URL(fileURLWithPath: folder)
            .appendingPathComponent(".\(fileName).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? manager.removeItem(at: temporary)
            throw InputOutputError(path: destination.path, reason: "cannot write: \(error.localizedDescription)")
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw InputOutputError(path: destination.path, reason: "cannot replace the file: \(reason)")
        }
        return destination.path
    }
}
