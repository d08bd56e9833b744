import Foundation

/// Writes output files so a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the destination (`rename(2)` is atomic within a file
/// system). If anything fails, the temporary file is removed and the destination is untouched.
public enum OutputFile {
    /// Writes `data` to `path`, creating missing parent folders.
    ///
    /// - Throws: ``InputOutputError`` naming the path and the system's reason.
    public static func write(_ data: Data, to path: String) throws(InputOutputError) {
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
        guard rename(temporary.path, path) == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw InputOutputError(path: path, reason: "cannot replace (\(String(cString: strerror(code))))")
        }
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
