import Foundation
import Testing
@testable import PartnerCore

@Suite struct GEXFTests {
    func read(_ text: String) throws -> LoadedNetwork {
        try GEXFReader.read(Data(text.utf8), file: "in.gexf")
    }

    func wrap(_ body: String, graph: String = "mode=\"dynamic\" timeformat=\"integer\"") -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <gexf xmlns="http://gexf.net/1.3" version="1.3">
          <graph defaultedgetype="undirected" \(graph)>
            <attributes class="node">
              <attribute id="s" title="sector" type="string"/>
              <attribute id="r" title="region" type="string"/>
            </attributes>
            <attributes class="edge">
              <attribute id="k" title="kind" type="string"/>
              <attribute id="w" title="strength" type="double"/>
            </attributes>
            \(body)
          </graph>
        </gexf>
        """
    }

    let twoNodes = """
        <nodes>
          <node id="a" label="A"><attvalues><attvalue for="s" value="health"/><attvalue for="r" value="Laval"/></attvalues></node>
          <node id="b" label="B"><attvalues><attvalue for="s" value="education"/><attvalue for="r" value="Laval"/></attvalues></node>
        </nodes>
        """

    @Test func writesSpellsForRunsOfYearsAndColoursBySector() throws {
        let text = String(decoding: try GEXFWriter.write(InterchangeFixture.network), as: UTF8.self)
        #expect(text.contains("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">"))
        #expect(text.contains("mode=\"dynamic\" timeformat=\"integer\""))
        // referral 2019, 2020, 2022 with the same values → one edge, two spells.
        #expect(text.contains("""
                    <spells>
                      <spell start="2019" end="2020"/>
                      <spell start="2022" end="2022"/>
                    </spells>
            """))
        // information 2020 (1.5) and 2021 (2.5) differ in strength → two edges.
        #expect(text.contains("weight=\"1.5\" kind=\"information\""))
        #expect(text.contains("weight=\"2.5\" kind=\"information\""))
        // since/until as node start/end.
        #expect(text.contains("<node id=\"node&quot;]; evil\" label=\"a -&gt; b [label=&quot;x&quot;]; two spaces\" start=\"2020\" end=\"2022\">"))
        // Sectors sorted by key take Okabe–Ito in turn: community, education, health, municipal, social services.
        let colors = SectorColors.assignment(for: InterchangeFixture.network.sectors)
        #expect(colors[.community] == RGBColor(hex: 0xE69F00))
        #expect(colors[.health] == RGBColor(hex: 0x009E73))
        #expect(text.contains("<viz:color r=\"0\" g=\"158\" b=\"115\"/>"))
        #expect(GEXFWriter.EdgeGroup.groups(of: InterchangeFixture.links).count == 6)
    }

    @Test func consecutiveYearsBecomeOneSpell() {
        #expect(GEXFWriter.consecutiveRuns([2019, 2020, 2022]) == [2019...2020, 2022...2022])
        #expect(GEXFWriter.consecutiveRuns([2019]) == [2019...2019])
        #expect(GEXFWriter.consecutiveRuns([2015, 2017, 2018, 2019, 2021]) == [2015...2015, 2017...2019, 2021...2021])
    }

    @Test func callerColoursWin() throws {
        let text = String(decoding: try GEXFWriter.write(InterchangeFixture.network,
                                                         colors: [.health: RGBColor(red: 1, green: 2, blue: 3)]),
                          as: UTF8.self)
        #expect(text.contains("<viz:color r=\"1\" g=\"2\" b=\"3\"/>"))
    }

    @Test func expandsSpellsIntervalsAndTimestampsIntoYears() throws {
        let loaded = try read(wrap(twoNodes + """
            <edges>
              <edge id="0" source="a" target="b"><spells><spell start="2018" end="2020"/><spell timestamp="2022"/></spells></edge>
              <edge id="1" source="a" target="b" start="2019" end="2019"/>
              <edge id="2" source="a" target="b" timestamps="&lt;[2015, 2017]&gt;"/>
              <edge id="3" source="a" target="b" intervals="&lt;[2010, 2011]; [2013, 2013]&gt;"/>
              <edge id="4" source="a" target="b"/>
            </edges>
            """))
        // The edge without time is there all the time: every year of the file, 2010–2022.
        #expect(loaded.network.links.map(\.year) == [2018, 2019, 2020, 2022, 2019, 2015, 2017, 2010, 2011, 2013] + (2010...2022).map { $0 })
    }

    @Test func staticGraphsHaveNoYears() throws {
        let loaded = try read(wrap(twoNodes + "<edges><edge id=\"0\" source=\"a\" target=\"b\"/></edges>", graph: "mode=\"static\""))
        #expect(loaded.network.links.map(\.year) == [nil])
    }

    @Test func openIntervalsStopAtTheFilesYears() throws {
        let loaded = try read(wrap(twoNodes + """
            <edges>
              <edge id="0" source="a" target="b"><spells><spell start="2020"/></spells></edge>
              <edge id="1" source="a" target="b" end="2018"/>
              <edge id="2" source="b" target="a" start="2017" end="2021"/>
            </edges>
            """))
        #expect(loaded.network.links.map(\.year) == [2020, 2021, 2017, 2018, 2017, 2018, 2019, 2020, 2021])
    }

    @Test func dynamicValuesGiveEachYearItsValue() throws {
        let loaded = try read(wrap(twoNodes + """
            <edges>
              <edge id="0" source="a" target="b" weight="9">
                <attvalues>
                  <attvalue for="k" value="referral"/>
                  <attvalue for="w" value="1" start="2019" end="2020"/>
                  <attvalue for="w" value="3" start="2021" end="2021"/>
                </attvalues>
                <spells><spell start="2019" end="2021"/></spells>
              </edge>
            </edges>
            """))
        #expect(loaded.network.links.map(\.strength) == [1, 1, 3])
        #expect(loaded.network.links.allSatisfy { $0.kind == "referral" })
        #expect(loaded.network.links[0].attributes == ["weight": "9"])
    }

    @Test func datesAndGephiInfinityAreRead() throws {
        let loaded = try read(wrap("""
            <nodes>
              <node id="a" label="A" start="2019-01-01" end="Infinity"/>
              <node id="b" label="B"><spells><spell start="2018-03-01" end="2019-12-31"/><spell start="2021-01-01" end="2021-06-30"/></spells></node>
            </nodes>
            <edges><edge id="0" source="a" target="b" start="2019-05-01" end="2019-09-01"/></edges>
            """, graph: "mode=\"dynamic\" timeformat=\"date\""))
        #expect(loaded.network.organizations[0].since == 2019)
        #expect(loaded.network.organizations[0].until == nil)
        #expect(loaded.network.organizations[1].since == 2018)
        #expect(loaded.network.organizations[1].until == 2021)
        #expect(loaded.network.links.map(\.year) == [2019])
    }

    @Test func nativeKindAndWeightAreUsedWhenNoAttributeGivesThem() throws {
        let loaded = try read("""
            <gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">
            <graph defaultedgetype="directed"><nodes><node id="0" label="Zero"/><node id="1" label="One"/></nodes>
            <edges><edge id="0" source="0" target="1" weight="2.0" kind="referral"/></edges></graph></gexf>
            """)
        #expect(loaded.declaredDirected == true)
        #expect(loaded.network.links.first?.kind == "referral")
        #expect(loaded.network.links.first?.strength == 2)
        #expect(loaded.network.organizations.map(\.name) == ["Zero", "One"])
        #expect(loaded.warnings.count == 2)
    }

    @Test func reportsBadTimesAndRunawaySpans() {
        func errors(_ body: String) -> [DataProblem] {
            do {
                _ = try read(wrap(twoNodes + body))
                return []
            } catch let error as DataError {
                return error.errors
            } catch {
                return []
            }
        }
        let huge = errors("<edges><edge id=\"0\" source=\"a\" target=\"b\" start=\"0\" end=\"2147483647\"/></edges>")
        #expect(huge.first?.message.contains("at most 1000 are read") == true)
        let backwards = errors("<edges><edge id=\"0\" source=\"a\" target=\"b\" start=\"2021\" end=\"2019\"/></edges>")
        #expect(backwards.first?.message.contains("ends (2019) before it starts (2021)") == true)
        let garbage = errors("<edges><edge id=\"0\" source=\"a\" target=\"b\"><spells><spell start=\"soon\" end=\"2019\"/></spells></edge></edges>")
        #expect(garbage.first?.field == "start")
        #expect(garbage.first?.line == 15)
        let undeclared = errors("<edges><edge id=\"0\" source=\"a\" target=\"b\"><attvalues><attvalue for=\"zz\" value=\"1\"/></attvalues></edge></edges>")
        #expect(undeclared.first?.message.contains("refers to no declared <attribute>") == true)
    }

    @Test func hierarchicalNodesAreFlattened() throws {
        let loaded = try read(wrap("""
            <nodes>
              <node id="a" label="A"><nodes><node id="a1" label="A1"/></nodes></node>
            </nodes>
            <edges><edge id="0" source="a" target="a1"/></edges>
            """))
        #expect(loaded.network.organizations.map(\.id) == ["a", "a1"])
        #expect(loaded.warnings.contains { $0.field == "nodes" })
    }
}
