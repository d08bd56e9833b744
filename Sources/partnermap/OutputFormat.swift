import ArgumentParser
import Foundation

/// `--format` of the subcommands that print tables: text for people, CSV and JSON for programs.
enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case table, csv, json
}

/// Encodes `value` as stable JSON: sorted keys, pretty-printed, slashes unescaped, newline-terminated.
func stableJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
}
