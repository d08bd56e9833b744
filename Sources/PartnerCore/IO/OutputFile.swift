import Foundation

/// Writes output files so a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the destination (`rename(2)` is atomic within a file
/// system). If anything fails, the temporary file is removed and the destination is untouched.
public enum OutputFile {
    /// Writes `data` to `path`, creating missing parent folders.
    ///
    /// - Throws: ``InputOutputError`` naming the path and the system's reason.
    public static func write(_ data: Data, to path: String) throws(InputOutputError) {
        try writeAll([(data, path)])
    }

    /// Writes several files that belong together (a workspace's two CSV files): every one goes to a
    /// temporary file first, and only when all are written are they renamed into place — a full disk
    /// or a refused folder leaves none of them half-new.
    ///
    /// - Throws: ``InputOutputError`` naming the path and the system's reason; temporary files are
    ///   removed.
    public static func writeAll(_ files: [(data: Data, path: String)]) throws(InputOutputError) {
        var staged: [(temporary: URL, path: String)] = []
        do throws(InputOutputError) {
            for (data, path) in files { staged.append((try stage(data, for: path), path)) }
        } catch {
            for file in staged { try? FileManager.default.removeItem(at: file.temporary) }
            throw error
        }
        for (index, file) in staged.enumerated() where rename(file.temporary.path, file.path) != 0 {
            let code = errno
            for later in staged[index...] { try? FileManager.default.removeItem(at: later.temporary) }
            throw InputOutputError(path: file.path, reason: "cannot replace (\(String(cString: strerror(code))))")
        }
    }

    /// Writes `data` to a new temporary file beside `path` (creating missing folders) and returns it.
    private static func stage(_ data: Data, for path: String) throws(InputOutputError) -> URL {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw InputOutputError(path: folder.path, reason: "cannot create folder (\(reason(error)))")
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputOutputError(path: path, reason: "is a folder; cannot write a file there")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw InputOutputError(path: path, reason: "cannot write (\(reason(error)))")
        }
        return temporary
    }

    /// Writes `text` as UTF-8 to `path`; see ``write(_:to:)-(Data,_)``.
    public static func write(_ text: String, to path: String) throws(InputOutputError) {
        try write(Data(text.utf8), to: path)
    }

    private static func reason(_ error: any Error) -> String {
        if let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        return (error as NSError).localizedDescription
    }
}
