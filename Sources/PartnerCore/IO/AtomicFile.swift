import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files whole or not at all: the bytes go to a temporary file in the destination
/// folder, which is then renamed over the destination (`rename(2)` is atomic within a file
/// system), so a crash or a full disk never leaves a half-written file behind.
public enum AtomicFile {
    /// Writes `data` to `path`, creating missing parent folders.
    ///
    /// - Parameter replacing: replace an existing file; when `false` an existing file is an error.
    /// - Throws: ``InputOutputError`` when the file exists (and `replacing` is `false`) or cannot
    ///   be written.
    public static func write(_ data: Data, to path: String, replacing: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try refuseExisting(path, replacing: replacing)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InputOutputError(path: folder.path, reason: "cannot create the folder (\(error.localizedDescription))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputOutputError(path: path, reason: "cannot be written (\(error.localizedDescription))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw InputOutputError(path: path, reason: "cannot be written (\(reason))")
        }
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
