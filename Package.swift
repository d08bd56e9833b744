// swift-tools-version: 6.0
import PackageDescription

// Targets follow DESIGN §2; dependency arrows point one way:
// PartnerCore ← PartnerMetrics ← PartnerAnalysis ← PartnerRender (+ CGraphviz) ← PartnerReport ← partnermap.
// Only PartnerRender links Graphviz, so the model, metrics and analyses build and test without it.
let package = Package(
    name: "PartnerMap",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "partnermap", targets: ["partnermap"]),
        .library(name: "PartnerCore", targets: ["PartnerCore"]),
        .library(name: "PartnerMetrics", targets: ["PartnerMetrics"]),
        .library(name: "PartnerAnalysis", targets: ["PartnerAnalysis"]),
        .library(name: "PartnerRender", targets: ["PartnerRender"]),
        .library(name: "PartnerReport", targets: ["PartnerReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        .target(name: "PartnerCore"),
        .target(name: "PartnerMetrics", dependencies: ["PartnerCore"]),
        .target(name: "PartnerAnalysis", dependencies: ["PartnerMetrics"]),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "PartnerRender", dependencies: ["PartnerAnalysis", "CGraphviz"]),
        .target(
            name: "PartnerReport",
            dependencies: ["PartnerRender", .product(name: "Mustache", package: "swift-mustache")],
            resources: [.copy("Templates")]
        ),
        .executableTarget(
            name: "partnermap",
            dependencies: [
                "PartnerCore", "PartnerMetrics", "PartnerAnalysis", "PartnerRender", "PartnerReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "PartnerCoreTests", dependencies: ["PartnerCore"], resources: []),
        .testTarget(name: "PartnerMetricsTests", dependencies: ["PartnerMetrics"]),
        .testTarget(name: "PartnerAnalysisTests", dependencies: ["PartnerAnalysis"]),
        .testTarget(name: "PartnerRenderTests", dependencies: ["PartnerRender"]),
        .testTarget(name: "PartnerReportTests", dependencies: ["PartnerReport"]),
        .testTarget(name: "PartnerMapCLITests", dependencies: ["PartnerCore"]),
    ],
    swiftLanguageModes: [.v6]
)
