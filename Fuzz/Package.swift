// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for PartnerMap's readers and DOT writer — a package of its own, as swift-protobuf's
// FuzzTesting is, so `swift build` of the main package never sees them. Build and run with `make fuzz`
// from the repository root; it builds into ../.build-fuzz with
//   -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
// Each target defines LLVMFuzzerTestOneInput and an entry point `<Target>_main` (the name SwiftPM gives
// an executable's main on Linux) that hands it to libFuzzer's driver (CFuzzDriver). Debug builds compile the
// main package with testing enabled, so the targets use `@testable import` for in-memory entry points.
let package = Package(
    name: "PartnerMapFuzz",
    dependencies: [.package(name: "PartnerMap", path: "..")],
    targets: [
        .target(name: "CFuzzDriver"),
        .target(name: "FuzzSupport", dependencies: ["CFuzzDriver", .product(name: "PartnerCore", package: "PartnerMap")]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzGraphML", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzGEXF", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "FuzzDOT", dependencies: [
            "FuzzSupport", .product(name: "PartnerRender", package: "PartnerMap"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
