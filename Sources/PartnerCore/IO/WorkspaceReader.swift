// Placeholder until the CSV workspace reader lands (issue 2).
enum WorkspaceReader {
    static func read(folder: String, isDirected: Bool) throws -> LoadedNetwork {
        throw InputOutputError(path: folder, reason: "CSV workspace reading is not built yet")
    }
}
