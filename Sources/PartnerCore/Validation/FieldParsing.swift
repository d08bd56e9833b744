/// What is wrong with one value and what was expected, to become a ``DataProblem`` once its file,
/// line and field are known.
struct FieldMessage: Error, Equatable {
    let text: String
    init(_ text: String) { self.text = text }
}

/// Parses the typed values of a workspace (years, strengths, stages) with messages a planner can act
/// on. Values arrive trimmed.
enum FieldParsing {
    /// The longest value accepted, in UTF-8 bytes. Names, ids and notes are far shorter; a value this
    /// long is a quote left open upstream or a document pasted into a cell, and refusing it keeps
    /// labels, tooltips and the report usable.
    static let maximumValueBytes = 65_536

    /// The problem with a value longer than ``maximumValueBytes``, if it is.
    static func lengthProblem(_ value: String) -> FieldMessage? {
        let count = value.utf8.count
        guard count > maximumValueBytes else { return nil }
        return FieldMessage("value is \(count) bytes long; expected at most \(maximumValueBytes) "
                            + "(is a closing quote missing, or a document pasted into the cell?)")
    }

    /// The years a survey year may take: four digits.
    static let years = 1000...9999

    /// A survey or activity year: a whole four-digit number (`2021`, not `2O21` or `21`).
    static func year(_ text: String) -> Result<Int, FieldMessage> {
        guard let year = Int(text), text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            return .failure(FieldMessage("\"\(text)\" is not a whole number; expected a four-digit year such as 2021"))
        }
        guard years.contains(year) else {
            return .failure(FieldMessage("\(text) is not a four-digit year; expected a year such as 2021"))
        }
        return .success(year)
    }

    /// A tie strength: a finite number > 0, written with a decimal point. Empty means the default, 1.
    static func strength(_ text: String) -> Result<Double, FieldMessage> {
        let scale = "expected a number > 0 (1 cooperative, 2 coordinated, 3 integrated)"
        if text.utf8.contains(UInt8(ascii: ",")), Double(text.replacingOccurrences(of: ",", with: ".")) != nil {
            return .failure(FieldMessage("\"\(text)\" uses a decimal comma; \(scale) with a decimal point, such as 1.5"))
        }
        let isNumeral = text.utf8.allSatisfy { byte in
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        }
        guard isNumeral, let value = Double(text) else {
            let unsigned = text.drop { $0 == "-" || $0 == "+" }.lowercased()
            if unsigned.hasPrefix("inf") || unsigned == "nan" {
                return .failure(FieldMessage("\"\(text)\" is not a finite number; \(scale)"))
            }
            return .failure(FieldMessage("\"\(text)\" is not a number; \(scale)"))
        }
        guard value.isFinite else { return .failure(FieldMessage("\"\(text)\" is not a finite number; \(scale)")) }
        guard value > 0 else { return .failure(FieldMessage("\(text) is not > 0; \(scale)")) }
        return .success(value)
    }

    /// An NPI stage: 1–8 or a stage name (see ``NPIStage/init(parsing:)``).
    static func stage(_ text: String) -> Result<NPIStage, FieldMessage> {
        if let stage = NPIStage(parsing: text) { return .success(stage) }
        let names = NPIStage.allCases.map(\.name).joined(separator: ", ")
        return .failure(FieldMessage("\"\(text)\" is not an NPI stage; expected 1–8 or one of \(names)"))
    }
}
