import Foundation
import Testing
@testable import PartnerCore

@Suite struct GraphMLReaderTests {
    func read(_ text: String, options: LoadOptions = LoadOptions()) throws -> LoadedNetwork {
        try GraphMLReader.read(Data(text.utf8), file: "in.graphml", options: options)
    }

    func problems(_ text: String) -> [DataProblem] {
        do {
            _ = try read(text)
            return []
        } catch let error as DataError {
            return error.problems
        } catch {
            return [.error(file: "?", "\(error)")]
        }
    }

    /// What networkx's `write_graphml` produces for a graph with typed attributes.
    @Test func readsNetworkxStyleGraphML() throws {
        let loaded = try read("""
            <?xml version='1.0' encoding='utf-8'?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <key id="d5" for="edge" attr.name="weight" attr.type="double" />
              <key id="d4" for="edge" attr.name="year" attr.type="long" />
              <key id="d3" for="node" attr.name="budget" attr.type="int" />
              <key id="d2" for="node" attr.name="Region" attr.type="string" />
              <key id="d1" for="node" attr.name="sector" attr.type="string" />
              <key id="d0" for="node" attr.name="label" attr.type="string" />
              <graph edgedefault="directed">
                <node id="0"><data key="d0">Alpha</data><data key="d1">health</data><data key="d2">Laval</data><data key="d3">10</data></node>
                <node id="1"><data key="d0">Beta</data><data key="d1">education</data><data key="d2">Laval</data></node>
                <edge source="0" target="1" id="0"><data key="d5">2.5</data><data key="d4">2021</data></edge>
                <edge source="0" target="1" id="1"><data key="d5">1.0</data><data key="d4">2022</data></edge>
              </graph>
            </graphml>
            """)
        let network = loaded.network
        #expect(loaded.declaredDirected == true)
        #expect(loaded.warnings.isEmpty)
        #expect(network.organizations.map(\.name) == ["Alpha", "Beta"])
        #expect(network.organizations.map(\.region.name) == ["Laval", "Laval"])
        #expect(network.organizations[0].attributes == ["budget": "10"])
        #expect(network.links.map(\.strength) == [2.5, 1.0])
        #expect(network.links.map(\.year) == [2021, 2022])
        #expect(network.links.allSatisfy { $0.attributes.isEmpty })
    }

    @Test func plainGraphLoadsWithUnspecifiedSectorAndAWarning() throws {
        let loaded = try read("""
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected">
            <node id="a"/><node id="b"/><edge source="a" target="b"/></graph></graphml>
            """)
        #expect(loaded.network.organizations.map(\.sector) == [.unspecified, .unspecified])
        #expect(loaded.network.organizations.map(\.region) == [.unspecified, .unspecified])
        #expect(loaded.network.organizations.map(\.name) == ["a", "b"])
        #expect(loaded.network.links.count == 1)
        #expect(loaded.network.links[0].strength == 1)
        #expect(loaded.warnings.count == 2)
        #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
        #expect(loaded.warnings.map(\.field) == ["sector", "region"])
        #expect(loaded.warnings[0].message.contains("no organization has a 'sector' attribute"))
    }

    @Test func sectorAndRegionAttributesCanBeRenamed() throws {
        let loaded = try read("""
            <graphml><key id="k" for="node" attr.name="Secteur"/><key id="r" for="node" attr.name="territoire"/>
            <key id="s" for="node" attr.name="sector"/>
            <graph edgedefault="undirected"><node id="a"><data key="k">santé</data><data key="r">Laval</data><data key="s">old</data></node>
            <node id="b"><data key="k">Santé</data><data key="r">Laval</data></node><edge source="a" target="b"/></graph></graphml>
            """, options: LoadOptions(sectorAttribute: "secteur", regionAttribute: "Territoire"))
        let organization = try #require(loaded.network.organizations.first)
        #expect(organization.sector == Sector("Santé"))
        #expect(organization.region == Region("laval"))
        #expect(organization.attributes == ["sector": "old"])
        #expect(loaded.warnings.isEmpty)
    }

    @Test func keyDefaultsFillMissingData() throws {
        let loaded = try read("""
            <graphml><key id="s" for="node" attr.name="sector"><default>community</default></key>
            <key id="y" for="edge" attr.name="year" attr.type="int"><default>2020</default></key>
            <graph edgedefault="undirected"><node id="a"><data key="s">health</data></node><node id="b"/>
            <edge source="a" target="b"/><edge source="a" target="b"><data key="y">2021</data></edge></graph></graphml>
            """)
        #expect(loaded.network.organizations.map(\.sector.name) == ["health", "community"])
        #expect(loaded.network.links.map(\.year) == [2020, 2021])
    }

    /// yEd keeps node names in its graphics data, not in an attribute.
    @Test func readsYEdNodeLabels() throws {
        let loaded = try read("""
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
              <key for="node" id="d6" yfiles.type="nodegraphics"/>
              <key attr.name="sector" attr.type="string" for="node" id="d4"/>
              <graph edgedefault="directed" id="G">
                <node id="n0">
                  <data key="d4">health</data>
                  <data key="d6"><y:ShapeNode><y:Geometry height="30.0" width="30.0" x="0" y="0"/>
                    <y:NodeLabel alignment="center" fontSize="12">CISSS de Laval</y:NodeLabel></y:ShapeNode></data>
                </node>
                <node id="n1::n0"><data key="d4">health</data></node>
                <edge id="e0" source="n0" target="n1::n0"/>
              </graph>
            </graphml>
            """)
        #expect(loaded.network.organizations.map(\.name) == ["CISSS de Laval", "n1::n0"])
        #expect(loaded.network.organizations[0].attributes.isEmpty)
    }

    @Test func nestedGraphsAreFlattenedWithAWarning() throws {
        let loaded = try read("""
            <graphml><key id="s" for="node" attr.name="sector"/><key id="r" for="node" attr.name="region"/>
            <graph edgedefault="undirected">
            <node id="group"><data key="s">health</data><data key="r">Laval</data>
              <graph id="group:" edgedefault="undirected"><node id="inner"><data key="s">health</data><data key="r">Laval</data></node></graph>
            </node>
            <edge source="group" target="inner"/>
            <hyperedge><endpoint node="group"/><endpoint node="inner"/></hyperedge>
            </graph></graphml>
            """)
        #expect(loaded.network.organizations.map(\.id) == ["group", "inner"])
        #expect(loaded.network.links.count == 1)
        #expect(loaded.warnings.map(\.field) == ["graph", "hyperedge"])
    }

    @Test func collectsEverySemanticProblemWithLines() {
        let found = problems("""
            <graphml>
            <key id="y" for="edge" attr.name="year" attr.type="int"><default>2020</default></key>
            <key id="w" for="edge" attr.name="strength" attr.type="double"/>
            <key id="p" for="edge" attr.name="stage"/>
            <graph edgedefault="undirected">
            <node id="a"/>
            <node id="a"/>
            <node id="b"/>
            <edge source="a" target="zz"/>
            <edge source="b" target="b"/>
            <edge source="a" target="b"><data key="y">2O21</data></edge>
            <edge source="a" target="b"><data key="w">-1</data></edge>
            <edge source="a" target="b"><data key="p">dreaming</data></edge>
            <edge source="a" target="b"><data key="nope">x</data></edge>
            <edge target="b"/>
            </graph></graphml>
            """)
        let errors = found.filter { $0.severity == .error }
        #expect(errors.map(\.line) == [7, 9, 10, 11, 12, 13, 14, 15])
        #expect(errors.map(\.field) == ["id", "target", "target", "year", "strength", "stage", "key", "source"])
        #expect(errors.allSatisfy { $0.file == "in.graphml" })
        let messages = [
            "\"a\" is already used on line 6; expected each id once",
            "edge a → zz: \"zz\" is not the id of any node",
            "(a self-link is not a partnership)",
            "edge a → b: \"2O21\" is not a whole number; expected a four-digit year",
            "edge a → b: -1 is not > 0",
            "edge a → b: \"dreaming\" is not an NPI stage",
            "<data key=\"nope\"> refers to no declared <key>",
            "an <edge> lacks its source or target attribute",
        ]
        for (error, message) in zip(errors, messages) {
            #expect(error.message.contains(message))
        }
        // The type mismatch of "2O21" against attr.type="int" is a warning beside the error.
        #expect(found.contains { $0.severity == .warning && $0.field == "year" && $0.line == 11 })
    }

    @Test func everyEdgeNeedsAYearWhenSomeHaveOne() {
        let errors = problems("""
            <graphml><key id="y" for="edge" attr.name="year"/><graph edgedefault="undirected">
            <node id="a"/><node id="b"/>
            <edge source="a" target="b"><data key="y">2020</data></edge>
            <edge source="a" target="b"/>
            </graph></graphml>
            """).filter { $0.severity == .error }
        #expect(errors.map(\.line) == [4])
        #expect(errors.first?.message == "edge a → b: no year; expected the survey year in which the tie was reported (other edges have one)")
    }

    @Test func refusesOtherDocuments() {
        #expect(problems("<gexf version=\"1.3\"/>").first?.message.contains("expected <graphml>") == true)
        #expect(problems("<graphml></graphml>").first?.message.contains("no <graph>") == true)
        #expect(problems("<graphml><graph edgedefault=\"sideways\"/></graphml>").first { $0.severity == .error }?.field == "edgedefault")
    }
}
