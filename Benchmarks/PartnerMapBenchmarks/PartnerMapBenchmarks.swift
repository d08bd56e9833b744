import Benchmark
import Foundation
import PartnerAnalysis
import PartnerCore
import PartnerMetrics
import PartnerRender
import PartnerReport

// Wall clock, CPU (all threads) and peak memory of each step an analyst's run goes through, on the
// seeded graphs of `BenchmarkGraph`. Long kernels run a few times only: the figures to compare with
// igraph and NetworKit come from Scripts/compare-peers, which times them on the same graphs.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        timeUnits: .milliseconds,
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 20)
    let long = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident],
        timeUnits: .milliseconds, warmupIterations: 0, maxDuration: .seconds(20), maxIterations: 3)

    // MARK: Import and index

    Benchmark("import: 50k links (BA-10k workspace)") { benchmark in
        let path = Fixtures.ba10kWorkspace
        benchmark.startMeasurement()
        blackHole(try NetworkLoader.load(path))
    }
    Benchmark("import: 500k links (BA-100k workspace)") { benchmark in
        let path = Fixtures.ba100kWorkspace
        benchmark.startMeasurement()
        blackHole(try NetworkLoader.load(path))
    }
    Benchmark("graph index: BA-100k snapshot → CSR") { benchmark in
        let network = Fixtures.ba100k
        benchmark.startMeasurement()
        blackHole(network.snapshot().graph())
    }

    // MARK: Shortest-path centralities (BA-10k, WS-10k)

    for threads in [1, 2] {
        Benchmark("betweenness: BA-10k, \(threads) thread\(threads == 1 ? "" : "s")", configuration: long) { benchmark in
            let graph = Fixtures.ba10kGraph
            benchmark.startMeasurement()
            blackHole(graph.betweennessCentrality(threads: threads))
        }
        Benchmark("closeness + harmonic: BA-10k, \(threads) thread\(threads == 1 ? "" : "s")", configuration: long) { benchmark in
            let graph = Fixtures.ba10kGraph
            benchmark.startMeasurement()
            blackHole(graph.distanceCentralities(threads: threads))
        }
    }
    Benchmark("betweenness: WS-10k, 2 threads", configuration: long) { benchmark in
        let graph = Fixtures.ws10kGraph
        benchmark.startMeasurement()
        blackHole(graph.betweennessCentrality(threads: 2))
    }
    Benchmark("betweenness: BA-100k sampled, ε = 0.01, 2 threads") { benchmark in
        let graph = Fixtures.ba100kGraph
        benchmark.startMeasurement()
        blackHole(graph.approximateBetweenness(epsilon: 0.01, threads: 2))
    }

    // MARK: Other measures (BA-100k)

    Benchmark("pagerank: BA-100k") { benchmark in
        let graph = Fixtures.ba100kGraph
        benchmark.startMeasurement()
        blackHole(try graph.pageRank())
    }
    Benchmark("eigenvector: BA-100k") { benchmark in
        let graph = Fixtures.ba100kGraph
        benchmark.startMeasurement()
        blackHole(try graph.eigenvectorCentrality())
    }
    Benchmark("k-core: BA-100k") { benchmark in
        let graph = Fixtures.ba100kGraph
        benchmark.startMeasurement()
        blackHole(graph.coreNumbers())
    }
    Benchmark("clustering: BA-100k") { benchmark in
        let graph = Fixtures.ba100kGraph
        benchmark.startMeasurement()
        blackHole(graph.clusteringCoefficients())
    }
    Benchmark("clustering: WS-10k") { benchmark in
        let graph = Fixtures.ws10kGraph
        benchmark.startMeasurement()
        blackHole(graph.clusteringCoefficients())
    }
    Benchmark("constraint + effective size: BA-100k") { benchmark in
        let graph = Fixtures.ba100kGraph
        benchmark.startMeasurement()
        blackHole(StructuralHoles(graph: graph))
    }
    Benchmark("louvain: BA-100k, seed 1", configuration: long) { benchmark in
        let graph = Fixtures.ba100kGraph
        benchmark.startMeasurement()
        blackHole(Communities.louvain(graph, seed: 1))
    }

    // MARK: Link prediction, maps, report

    Benchmark("link prediction: every non-tie of a 1,000-organization region (BA-10k)") { benchmark in
        let predictor = LinkPredictor(graph: Fixtures.ba10kRegionGraph)
        benchmark.startMeasurement()
        var best = 0.0
        predictor.forEachNonTie { _, _, scores in best = max(best, scores.resourceAllocation) }
        blackHole(best)
    }
    Benchmark("map: DOT of a 300-organization block model") { benchmark in
        let network = Fixtures.block300
        benchmark.startMeasurement()
        blackHole(CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network)).dot())
    }
    Benchmark("map: Graphviz layout + SVG of a 300-organization block model", configuration: long) { benchmark in
        let network = Fixtures.block300
        benchmark.startMeasurement()
        blackHole(try CollaborationMap(snapshot: network.snapshot(), style: MapStyle(network: network))
            .render(format: .svg))
    }
    Benchmark("report: the Quebec NPI sample, all regions and years", configuration: long) { benchmark in
        let network = Fixtures.sample
        let folder = Fixtures.scratch + "/report"
        benchmark.startMeasurement()
        blackHole(try ReportWriter.write(network: network, options: ReportOptions(),
                                         to: ReportFolder(path: folder, force: true)))
    }
}
