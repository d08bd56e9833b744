// swift-tools-version: 6.0
import PackageDescription

// Times the CSV packages of the local mirror against PartnerCore's byte-level `CSVParser` on a
// generated 500,000-link `links.csv` (issue 2: use a CSV package unless it is too slow). Kept apart
// from the main package so PartnerMap itself does not depend on the packages it was compared with.
//
//   python3 ../../Scripts/generate-large-workspace.py /tmp/partnermap-big
//   swift run -c release csv-reader-benchmark /tmp/partnermap-big/links.csv
//
// Results: ../README.md, "CSV readers".
let package = Package(
    name: "CSVReaders",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(url: "https://github.com/yaslab/CSV.swift", exact: "2.5.2"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", exact: "0.10.0"),
    ],
    targets: [
        // PartnerCore's reader, compiled from the very same file (a symlink) so this package does
        // not depend on the whole PartnerMap package.
        .target(name: "ByteCSV"),
        .executableTarget(
            name: "csv-reader-benchmark",
            dependencies: [
                "ByteCSV",
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
