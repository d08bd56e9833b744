import Foundation
import PartnerCore
import PartnerMetrics

/// The inputs of the benchmarks, built on first use (outside the measured part: each benchmark
/// touches its input before `startMeasurement()`) and kept for the whole run.
enum Fixtures {
    static let ba10k = BenchmarkGraph.ba10k.network
    static let ws10k = BenchmarkGraph.ws10k.network
    static let ba100k = BenchmarkGraph.ba100k.network
    static let block300 = BenchmarkGraph.block300.network

    static let ba10kGraph = ba10k.snapshot().graph()
    static let ws10kGraph = ws10k.snapshot().graph()
    static let ba100kGraph = ba100k.snapshot().graph()

    /// One region of BA-10k (1,000 organizations): link prediction scores all its non-ties.
    static let ba10kRegionGraph = ba10k.snapshot(region: Region("Region 1")).graph()

    /// The repository's root, found from this file's place in it.
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled Quebec NPI sample.
    static let samplePath = repository.appendingPathComponent("samples/quebec-npi").path
    static let sample: PartnershipNetwork = {
        do {
            return try NetworkLoader.load(samplePath).network
        } catch {
            fatalError("cannot read the sample at \(samplePath): \(error)")
        }
    }()

    /// A scratch folder for this run, removed by nobody: it lives in the system's temporary folder.
    static let scratch: String = {
        let path = NSTemporaryDirectory() + "partnermap-benchmarks-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }()

    /// `graph` written as a CSV workspace, for the import benchmarks.
    static func workspace(_ graph: BenchmarkGraph) -> String {
        let folder = scratch + "/" + graph.rawValue
        if !FileManager.default.fileExists(atPath: folder + "/links.csv") {
            do {
                try WorkspaceWriter.write(graph.network, to: folder, replacing: true)
            } catch {
                fatalError("cannot write \(folder): \(error)")
            }
        }
        return folder
    }

    static let ba10kWorkspace = workspace(.ba10k)
    static let ba100kWorkspace = workspace(.ba100k)
}
