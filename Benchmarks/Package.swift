// swift-tools-version: 6.1
import PackageDescription

// PartnerMap's benchmarks (issue 9), kept out of the main package as swift-nio keeps its own, so that
// `make test` and CI never build ordo-one/benchmark. Run from this folder:
//
//   swift package benchmark                                  # every benchmark
//   swift package benchmark --filter "betweenness.*"         # some of them
//
// Graphs come from PartnerMetrics' seeded generators (`BenchmarkGraph`), the same ones
// `Scripts/compare-peers` hands to igraph and NetworKit. See README.md.
let package = Package(
    name: "PartnerMapBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
        .package(name: "PartnerMap", path: ".."),
    ],
    targets: [
        // The plugin runs executable targets whose folder sits in a folder named Benchmarks: this one.
        .executableTarget(
            name: "PartnerMapBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "PartnerCore", package: "PartnerMap"),
                .product(name: "PartnerMetrics", package: "PartnerMap"),
                .product(name: "PartnerAnalysis", package: "PartnerMap"),
                .product(name: "PartnerRender", package: "PartnerMap"),
                .product(name: "PartnerReport", package: "PartnerMap"),
            ],
            path: "PartnerMapBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
