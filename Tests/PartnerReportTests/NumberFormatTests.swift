import Testing
@testable import PartnerReport

@Suite("Numbers written for the report's language")
struct NumberFormatTests {
    @Test("English: comma thousands, decimal point, percent without space")
    func english() {
        let numbers = NumberFormat.english
        #expect(numbers.integer(0) == "0")
        #expect(numbers.integer(999) == "999")
        #expect(numbers.integer(1_234) == "1,234")
        #expect(numbers.integer(1_234_567) == "1,234,567")
        #expect(numbers.integer(-1_234) == "\u{2212}1,234")
        #expect(numbers.decimal(0.42, digits: 2) == "0.42")
        #expect(numbers.decimal(0.4251, digits: 3) == "0.425")
        #expect(numbers.decimal(1234.5, digits: 1) == "1,234.5")
        #expect(numbers.decimal(0.125, digits: 2) == "0.13")
        #expect(numbers.decimal(2, digits: 0) == "2")
        #expect(numbers.percent(0.4256, digits: 1) == "42.6%")
    }

    @Test("French: narrow no-break space thousands, decimal comma, spaced percent")
    func french() {
        let numbers = NumberFormat.french
        #expect(numbers.decimal(0.42, digits: 2) == "0,42")
        #expect(numbers.integer(1_234) == "1\u{202F}234")
        #expect(numbers.integer(12_345_678) == "12\u{202F}345\u{202F}678")
        #expect(numbers.decimal(1234.5, digits: 2) == "1\u{202F}234,50")
        #expect(numbers.percent(0.4256, digits: 1) == "42,6\u{202F}%")
        #expect(numbers.decimal(-0.5, digits: 1) == "\u{2212}0,5")
    }

    @Test("Undefined values and signs of zero")
    func undefined() {
        for numbers in [NumberFormat.english, .french] {
            #expect(numbers.decimal(nil, digits: 2) == "—")
            #expect(numbers.decimal(.nan, digits: 2) == "—")
            #expect(numbers.decimal(.infinity, digits: 2) == "—")
            #expect(numbers.percent(nil) == "—")
            // −0.0001 rounds to zero: no minus sign in front of 0.
            #expect(numbers.decimal(-0.0001, digits: 2).first == "0")
        }
    }

    @Test("Plural agreement: French singular for 0 and 1, English for 1")
    func plurals() {
        let en = Localization.english, fr = Localization.french
        #expect(en.count(1, .english, singular: "tie", plural: "ties") == "1 tie")
        #expect(en.count(0, .english, singular: "tie", plural: "ties") == "0 ties")
        #expect(fr.count(0, .french, singular: "lien", plural: "liens") == "0 lien")
        #expect(fr.count(1_500, .french, singular: "lien", plural: "liens") == "1\u{202F}500 liens")
    }
}
