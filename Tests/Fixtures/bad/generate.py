#!/usr/bin/env python3
"""Writes the corpus of broken inputs under Tests/Fixtures/bad/ and its manifest.json.

Every case is a file (GraphML, GEXF, JSON) or a workspace folder (organizations.csv + links.csv)
with exactly one thing wrong, and the manifest says what `partnermap convert CASE OUT/x.graphml`
must answer: the exit code and the words stderr must hold — file, line (or element) and field.
`{path}` in an expected string stands for the path of the case as given on the command line.

Cases too big to commit (a 1 MB field) are made at test time by BadInputCorpusTests.
Run from anywhere: python3 Tests/Fixtures/bad/generate.py  (rewrites every case; deterministic).
"""
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
cases = []

def case(path, exit_code, expect, note):
    cases.append({"case": path, "exit": exit_code, "expect": expect, "note": note})

def write(path, data):
    full = os.path.join(HERE, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

# --- CSV workspaces -------------------------------------------------------------------------------
ORG_HEADER = "id,name,sector,region,since,until\n"
ORGS = ORG_HEADER + "a,Alpha,health,North,,\nb,Beta,education,North,,\nc,Gamma,community,South,,\n"
LINK_HEADER = "source,target,year,kind,strength,stage\n"
LINKS = LINK_HEADER + "a,b,2021,referral,1,1\nb,c,2021,referral,2,joint-action\n"

def workspace(name, note, organizations=ORGS, links=LINKS, exit_code=65, expect=()):
    folder = os.path.join("csv", name)
    full = os.path.join(HERE, folder)
    shutil.rmtree(full, ignore_errors=True)
    os.makedirs(full)
    for file, content in (("organizations.csv", organizations), ("links.csv", links)):
        if content is not None:
            write(os.path.join(folder, file), content)
    case(folder, exit_code, list(expect), note)

def org_row(name, row, expect, note):
    workspace(name, note, organizations=ORGS + row + "\n", expect=expect)

def link_row(name, row, expect, note):
    workspace(name, note, links=LINKS + row + "\n", expect=expect)

workspace("truncated-in-quote", "links.csv cut inside a quoted value",
          links=LINKS + 'a,c,2021,"joint pro', expect=["links.csv:4: kind:", "quoted value never closed"])
workspace("truncated-mid-row", "links.csv cut in the middle of a row",
          links=LINKS + "a,c,20", expect=["links.csv:4:", "row has 3 fields; expected 6"])
workspace("truncated-in-header", "organizations.csv cut inside its header",
          organizations="id,name,sec", expect=["organizations.csv:1: header:", "missing column"])
workspace("latin1", "organizations.csv saved as Latin-1 (é is 0xE9)",
          organizations=(ORGS + "d,Soci\xe9t\xe9 St-Jean,community,South,,\n").encode("latin-1"),
          expect=["organizations.csv:5: name:", "not valid UTF-8"])
workspace("utf16le-bom", "organizations.csv saved as UTF-16 (little-endian, with BOM)",
          organizations=ORGS.encode("utf-16"), expect=["organizations.csv:1:", "UTF-16"])
workspace("utf16be-no-bom", "links.csv saved as UTF-16 big-endian without a BOM",
          links=LINKS.encode("utf-16-be"), expect=["links.csv", "UTF-16"])
workspace("invalid-utf8-overlong", "an overlong UTF-8 sequence (0xC0 0xAF) in a kind",
          links=LINKS.encode() + b"a,c,2021,ref\xc0\xafral,1,1\n", expect=["links.csv:4: kind:", "not valid UTF-8"])
workspace("invalid-utf8-truncated-sequence", "a UTF-8 sequence cut short (0xE2 0x82) in a region",
          organizations=ORGS.encode() + b"d,Delta,health,Nor\xe2\x82th,,\n", expect=["organizations.csv:5: region:", "not valid UTF-8"])
workspace("bom", "both files start with a UTF-8 byte-order mark: valid, must load",
          organizations="\ufeff" + ORGS, links="\ufeff" + LINKS, exit_code=0)
workspace("bom-crlf", "BOM and CRLF line ends, as Excel saves: valid, must load",
          organizations="\ufeff" + ORGS.replace("\n", "\r\n"), links="\ufeff" + LINKS.replace("\n", "\r\n"), exit_code=0)
workspace("bom-twice", "two byte-order marks: the second is part of the first column name",
          organizations="\ufeff\ufeff" + ORGS, expect=["organizations.csv:1: header:", "missing column id"])
org_row("nul-in-name", "d,Del\0ta,health,North,,", ["organizations.csv:5: name:", "NUL byte"], "a NUL byte inside a name")
link_row("nul-in-id", "a,c\0,2021,referral,1,1", ["links.csv:4: target:", "NUL byte"], "a NUL byte inside an id")
org_row("unbalanced-quote", 'd,"Delta,health,North,,', ["organizations.csv:5: name:", "quoted value never closed"],
        "a quote opened and never closed")
org_row("text-after-quote", 'd,"Delta" Inc,health,North,,', ["organizations.csv:5: name:", "text after the closing quote"],
        "text after a closing quote")
org_row("ragged-short", "d,Delta,health", ["organizations.csv:5:", "row has 3 fields; expected 6"], "a row with too few fields")
link_row("ragged-long", "a,c,2021,referral,1,1,extra,more", ["links.csv:4:", "row has 8 fields; expected 6"],
         "a row with too many fields")
link_row("columns-10000", ",".join(["a", "c", "2021"] + ["x"] * 9997),
         ["links.csv:4:", "row has 10000 fields; expected 6"], "a row of 10,000 fields")
workspace("header-10000-columns", "a header of 10,000 columns, one named twice",
          organizations=",".join(["id", "name", "sector", "region"] + [f"c{i}" for i in range(9995)] + ["c7"]) + "\n",
          expect=["organizations.csv:1: c7:", "appears twice in the header"])
org_row("duplicate-id", "a,Again,health,North,,", ["organizations.csv:5: id:", "\"a\" is already used on line 2"], "an id used twice")
org_row("empty-id", ",Nameless,health,North,,", ["organizations.csv:5: id:", "empty"], "an empty id")
org_row("blank-id", "   ,Nameless,health,North,,", ["organizations.csv:5: id:", "empty"], "an id of spaces")
org_row("empty-name", "d,,health,North,,", ["organizations.csv:5: name:", "empty"], "an empty name")
org_row("since-after-until", "d,Delta,health,North,2022,2020", ["organizations.csv:5: until:", "before since 2022"],
        "active years the wrong way round")
org_row("since-2O21", "d,Delta,health,North,2O21,", ["organizations.csv:5: since:", "\"2O21\" is not a whole number"],
        "a year with the letter O")
link_row("unknown-source", "zz,a,2021,referral,1,1", ["links.csv:4: source:", "\"zz\" is not an id"], "an unknown source")
link_row("unknown-target", "a,B,2021,referral,1,1", ["links.csv:4: target:", "did you mean \"b\"?"],
         "an unknown target that differs only in case")
link_row("self-link", "a,a,2021,referral,1,1", ["links.csv:4: target:", "same as source \"a\""], "a link to itself")
link_row("empty-source", ",a,2021,referral,1,1", ["links.csv:4: source:", "empty"], "an empty source")
link_row("strength-nan", "a,c,2021,referral,NaN,1", ["links.csv:4: strength:", "not a finite number"], "strength NaN")
link_row("strength-inf", "a,c,2021,referral,inf,1", ["links.csv:4: strength:", "not a finite number"], "strength infinite")
link_row("strength-minus-infinity", "a,c,2021,referral,-Infinity,1", ["links.csv:4: strength:", "not a finite number"],
         "strength −∞")
link_row("strength-negative", "a,c,2021,referral,-2,1", ["links.csv:4: strength:", "-2 is not > 0"], "negative strength")
link_row("strength-zero", "a,c,2021,referral,0,1", ["links.csv:4: strength:", "0 is not > 0"], "zero strength")
link_row("strength-overflow", "a,c,2021,referral,1e999,1", ["links.csv:4: strength:", "not a finite number"],
         "a strength beyond Double")
link_row("strength-decimal-comma", 'a,c,2021,referral,"1,5",1', ["links.csv:4: strength:", "decimal comma"],
         "a decimal comma")
link_row("strength-formula", "a,c,2021,referral,=1+1,1", ["links.csv:4: strength:", "\"=1+1\" is not a number"],
         "a spreadsheet formula as strength")
link_row("year-2O21", "a,c,2O21,referral,1,1", ["links.csv:4: year:", "\"2O21\" is not a whole number"],
         "a year with the letter O")
link_row("year-empty", "a,c,,referral,1,1", ["links.csv:4: year:", "empty"], "a missing year among years")
link_row("year-huge", "a,c,99999999999999999999,referral,1,1", ["links.csv:4: year:"], "a year beyond Int")
link_row("stage-9", "a,c,2021,referral,1,9", ["links.csv:4: stage:", "\"9\" is not an NPI stage"], "stage out of range")
workspace("missing-links", "links.csv absent", links=None, expect=["links.csv", "missing; expected links.csv"])
workspace("missing-organizations", "organizations.csv absent", organizations=None,
          expect=["organizations.csv", "missing; expected organizations.csv"])
workspace("empty-organizations", "organizations.csv of zero bytes", organizations="",
          expect=["organizations.csv:1:", "empty file"])
workspace("missing-column", "organizations.csv without a region column",
          organizations="id,name,sector\na,A,health\nb,B,health\nc,C,health\n",
          expect=["organizations.csv:1: header:", "missing column region"])
workspace("no-header", "organizations.csv starts with data", organizations="a,Alpha,health,North\n",
          expect=["organizations.csv:1: header:", "no header row"])
workspace("binary-png", "a PNG saved as organizations.csv",
          organizations=b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde",
          expect=["organizations.csv:1:"])

# organizations.csv as a folder: an I/O error, not a data error.
folder = os.path.join(HERE, "csv", "organizations-is-folder")
shutil.rmtree(folder, ignore_errors=True)
os.makedirs(os.path.join(folder, "organizations.csv"))
write(os.path.join("csv", "organizations-is-folder", "organizations.csv", "README"), "a folder, not a file\n")
write(os.path.join("csv", "organizations-is-folder", "links.csv"), LINKS)
case("csv/organizations-is-folder", 74, ["organizations.csv: is a folder; expected the file organizations.csv"],
     "organizations.csv is a folder: an I/O error")

# --- GraphML --------------------------------------------------------------------------------------
def graphml(nodes, edges, keys=None, prolog='<?xml version="1.0" encoding="UTF-8"?>\n', edgedefault="undirected"):
    keys = keys if keys is not None else (
        '  <key id="d0" for="node" attr.name="name" attr.type="string"/>\n'
        '  <key id="d1" for="node" attr.name="sector" attr.type="string"/>\n'
        '  <key id="d2" for="node" attr.name="region" attr.type="string"/>\n'
        '  <key id="d3" for="edge" attr.name="year" attr.type="int"/>\n'
        '  <key id="d4" for="edge" attr.name="strength" attr.type="double"/>\n')
    return (prolog + '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n' + keys
            + f'  <graph id="G" edgedefault="{edgedefault}">\n' + nodes + edges + "  </graph>\n</graphml>\n")

def gnode(i, name=None, sector="health", region="North"):
    name = name or i.upper()
    return (f'    <node id="{i}"><data key="d0">{name}</data><data key="d1">{sector}</data>'
            f'<data key="d2">{region}</data></node>\n')

GNODES = gnode("a") + gnode("b") + gnode("c")   # lines 9-11 with the default prolog and keys

def gedge(s, t, year="2021", strength="1"):
    return f'    <edge source="{s}" target="{t}"><data key="d3">{year}</data><data key="d4">{strength}</data></edge>\n'

GEDGES = gedge("a", "b") + gedge("b", "c")        # lines 12-13; a third edge is line 14
GOOD_GRAPHML = graphml(GNODES, GEDGES)

def graphml_case(name, data, expect, note, exit_code=65):
    path = os.path.join("graphml", name + ".graphml")
    write(path, data)
    case(path, exit_code, expect, note)

graphml_case("truncated", GOOD_GRAPHML[: GOOD_GRAPHML.index("<edge") + 20], ["{path}:", "XML is not well-formed"],
             "the file ends inside an element")
graphml_case("mismatched-tag", graphml(GNODES + '    <node id="d">\n', GEDGES),
             ["{path}:15:", "a closing tag does not match"], "an element left open, so </graph> closes the wrong one")
graphml_case("bare-ampersand", graphml(gnode("a", name="Soins & services") + gnode("b") + gnode("c"), GEDGES),
             ["{path}:9:", "not well-formed"], "a bare & in text")
graphml_case("latin1", graphml(gnode("a", name="Soci\xe9t\xe9") + gnode("b") + gnode("c"), GEDGES).encode("latin-1"),
             ["{path}:9:", "invalid character"], "Latin-1 bytes in a file that says UTF-8")
graphml_case("utf16", GOOD_GRAPHML.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
             ["{path}:1:", "UTF-16"], "a UTF-16 file")
graphml_case("nul-byte", GOOD_GRAPHML.replace(">Alpha<", ">A<").replace('<data key="d0">A</data>', '<data key="d0">A\0B</data>', 1),
             ["{path}:9:", "invalid character"], "a NUL byte inside a name")
graphml_case("xxe-file", graphml(GNODES.replace(">A<", ">&xxe;<"), GEDGES,
                                 prolog='<?xml version="1.0"?>\n<!DOCTYPE graphml [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'),
             ["{path}:3: DOCTYPE:", "entity declarations are refused"], "an external entity reading /etc/passwd")
laughs = '<!ENTITY lol "lol">\n' + "".join(
    f'<!ENTITY lol{i} "' + (f"&lol{i - 1};" if i > 1 else "&lol;") * 10 + '">\n' for i in range(1, 10))
graphml_case("billion-laughs", graphml(GNODES.replace(">A<", ">&lol9;<"), GEDGES,
                                       prolog='<?xml version="1.0"?>\n<!DOCTYPE graphml [\n' + laughs + "]>\n"),
             ["{path}:3: DOCTYPE:", "entity declarations are refused"], "nested entities expanding to 10⁹ 'lol's")
graphml_case("external-dtd", graphml(GNODES, GEDGES, prolog='<?xml version="1.0"?>\n<!DOCTYPE graphml SYSTEM "http://example.invalid/evil.dtd">\n'),
             ["{path}:2: DOCTYPE:", "external DTDs are refused"], "an external DTD")
graphml_case("self-link", graphml(GNODES, GEDGES + gedge("c", "c")),
             ["{path}:14: target:", "same as source \"c\""], "a link to itself")
graphml_case("unknown-endpoint", graphml(GNODES, GEDGES + gedge("c", "zz")),
             ["{path}:14: target:", "\"zz\" is not the id of any node"], "an edge to a node that does not exist")
graphml_case("duplicate-id", graphml(GNODES + gnode("b", name="Again"), GEDGES),
             ["{path}:12: id:", "\"b\" is already used on line 10"], "a node id used twice")
graphml_case("empty-id", graphml(GNODES + gnode(""), GEDGES), ["{path}:12: id:", "empty id"], "an empty node id")
graphml_case("node-without-id", graphml(GNODES + "    <node/>\n", GEDGES), ["{path}:12: id:"], "a node without an id attribute")
graphml_case("edge-without-target", graphml(GNODES, GEDGES + '    <edge source="a"/>\n'), ["{path}:14: target:"],
             "an edge without a target attribute")
graphml_case("undeclared-key", graphml(GNODES, GEDGES + '    <edge source="a" target="c"><data key="d9">1</data></edge>\n'),
             ["{path}:14: key:", "d9"], "data for a key that is not declared")
graphml_case("strength-not-a-number", graphml(GNODES, GEDGES + gedge("a", "c", strength="strong")),
             ["{path}:14: strength:", "\"strong\" is not a number"], "a strength that is text")
graphml_case("strength-nan", graphml(GNODES, GEDGES + gedge("a", "c", strength="NaN")),
             ["{path}:14: strength:", "not a finite number"], "strength NaN")
graphml_case("strength-infinite", graphml(GNODES, GEDGES + gedge("a", "c", strength="INF")),
             ["{path}:14: strength:", "not a finite number"], "strength ∞")
graphml_case("strength-negative", graphml(GNODES, GEDGES + gedge("a", "c", strength="-1.5")),
             ["{path}:14: strength:", "-1.5 is not > 0"], "negative strength")
graphml_case("year-2O21", graphml(GNODES, GEDGES + gedge("a", "c", year="2O21")),
             ["{path}:14: year:", "\"2O21\" is not a whole number"], "a year with the letter O")
graphml_case("wrong-root", '<?xml version="1.0"?>\n<html><body>not a graph</body></html>\n',
             ["{path}:2: html:", "expected <graphml>"], "an HTML page named .graphml")
graphml_case("no-graph", '<?xml version="1.0"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n</graphml>\n',
             ["{path}:2: graph:", "no <graph>"], "GraphML without a graph")
graphml_case("edgedefault-wrong", graphml(GNODES, GEDGES, edgedefault="sideways"),
             ["{path}:8: edgedefault:", "sideways"], "edgedefault neither directed nor undirected")
graphml_case("deep-nesting", GOOD_GRAPHML.replace("</graph>", "<x>" * 300 + "</x>" * 300 + "</graph>"),
             ["{path}:", "nested more than 256 deep"], "elements nested 300 deep")
graphml_case("empty", "", ["{path}:1:", "empty"], "a file of zero bytes")
# Found by the FuzzGraphML target: a UTF-7 declaration (decoded through iconv) and a syntax error
# made libxml2 2.9.14 dereference NULL; every encoding but UTF-8, ASCII and Latin-1 is now refused.
graphml_case("utf7-crash", graphml(GNODES, GEDGES + gedge("a", "c", strength="-1.5")).replace('encoding="UTF-8"', 'encoding="UTF-7"')
             .replace('attr.name="region" attr.type', 'attr.name="region ta"tr.type')
             .replace('<graph id="G"', '<graph id=' + "\x17" * 93 + '"G"'),
             ["{path}:1: encoding:", "declares encoding \"UTF-7\"; expected UTF-8"],
             "UTF-7 and a syntax error: crashed libxml2 2.9.14 (found by fuzzing)")
graphml_case("encoding-ebcdic", GOOD_GRAPHML.replace('encoding="UTF-8"', "encoding='EBCDIC-US'"),
             ["{path}:1: encoding:", "\"EBCDIC-US\""], "an EBCDIC declaration")
# Found by FuzzGraphML and FuzzGEXF: Foundation's XMLParser hands strlen a NULL pointer for a
# processing instruction without content, and the process dies.
graphml_case("pi-without-content", graphml(GNODES, GEDGES, prolog='<?xml version="1.0"?>\n<?x?>\n'),
             ["{path}:2: <?x?>:", "processing instruction without content is refused"],
             "<?x?>: crashed Foundation's XMLParser (found by fuzzing)")
graphml_case("bom", "\ufeff" + GOOD_GRAPHML, [], "a UTF-8 BOM before the XML declaration: valid, must load", exit_code=0)

# --- GEXF -----------------------------------------------------------------------------------------
def gexf(nodes, edges, prolog='<?xml version="1.0" encoding="UTF-8"?>\n', attributes=None, graph_attrs='defaultedgetype="undirected"'):
    attributes = attributes if attributes is not None else (
        '    <attributes class="node">\n'
        '      <attribute id="0" title="sector" type="string"/>\n'
        '      <attribute id="1" title="region" type="string"/>\n'
        '    </attributes>\n'
        '    <attributes class="edge">\n'
        '      <attribute id="2" title="year" type="integer"/>\n'
        '    </attributes>\n')
    return (prolog + '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n'
            + f'  <graph {graph_attrs}>\n' + attributes
            + "    <nodes>\n" + nodes + "    </nodes>\n    <edges>\n" + edges + "    </edges>\n  </graph>\n</gexf>\n")

def xnode(i, label=None, sector="health"):
    return (f'      <node id="{i}" label="{label or i.upper()}"><attvalues><attvalue for="0" value="{sector}"/>'
            f'<attvalue for="1" value="North"/></attvalues></node>\n')

XNODES = xnode("a") + xnode("b") + xnode("c")     # lines 12-14

def xedge(i, s, t, weight="1", year="2021"):
    return (f'      <edge id="{i}" source="{s}" target="{t}" weight="{weight}"><attvalues>'
            f'<attvalue for="2" value="{year}"/></attvalues></edge>\n')

XEDGES = xedge("e0", "a", "b") + xedge("e1", "b", "c")   # lines 17-18; a third is line 19
GOOD_GEXF = gexf(XNODES, XEDGES)

def gexf_case(name, data, expect, note, exit_code=65):
    path = os.path.join("gexf", name + ".gexf")
    write(path, data)
    case(path, exit_code, expect, note)

gexf_case("truncated", GOOD_GEXF[: GOOD_GEXF.index("<edges>") + 3], ["{path}:", "XML is not well-formed"],
          "the file ends inside a tag")
gexf_case("not-well-formed", GOOD_GEXF.replace('label="B"', 'label="B>'), ["{path}:", "not well-formed"],
          "an attribute value never closed")
gexf_case("xxe-file", gexf(XNODES.replace('label="A"', 'label="&xxe;"'), XEDGES,
                           prolog='<?xml version="1.0"?>\n<!DOCTYPE gexf [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n'),
          ["{path}:3: DOCTYPE:", "entity declarations are refused"], "an external entity reading /etc/passwd")
gexf_case("billion-laughs", gexf(XNODES.replace('label="A"', 'label="&lol9;"'), XEDGES,
                                 prolog='<?xml version="1.0"?>\n<!DOCTYPE gexf [\n' + laughs + "]>\n"),
          ["{path}:3: DOCTYPE:", "entity declarations are refused"], "nested entities expanding to 10⁹ 'lol's")
gexf_case("utf16", GOOD_GEXF.replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16"),
          ["{path}:1:", "UTF-16"], "a UTF-16 file")
gexf_case("latin1", gexf(xnode("a", label="Soci\xe9t\xe9") + xnode("b") + xnode("c"), XEDGES).encode("latin-1"),
          ["{path}:12:", "invalid character"], "Latin-1 bytes in a file that says UTF-8")
gexf_case("self-link", gexf(XNODES, XEDGES + xedge("e2", "b", "b")), ["{path}:19: target:", "same as source \"b\""],
          "a link to itself")
gexf_case("unknown-endpoint", gexf(XNODES, XEDGES + xedge("e2", "zz", "b")), ["{path}:19: source:", "\"zz\" is not the id"],
          "an edge from a node that does not exist")
gexf_case("duplicate-id", gexf(XNODES + xnode("a"), XEDGES), ["{path}:15: id:", "\"a\" is already used on line 12"],
          "a node id used twice")
gexf_case("empty-id", gexf(XNODES + xnode(""), XEDGES), ["{path}:15: id:", "empty id"], "an empty node id")
gexf_case("node-without-id", gexf(XNODES + '      <node label="X"/>\n', XEDGES), ["{path}:15: id:", "no id"],
          "a node without an id")
gexf_case("undeclared-attribute", gexf(XNODES + '      <node id="d" label="D"><attvalues><attvalue for="7" value="x"/></attvalues></node>\n', XEDGES),
          ["{path}:15: attvalue:", "7"], "a value for an attribute that is not declared")
gexf_case("weight-not-a-number", gexf(XNODES, XEDGES + xedge("e2", "a", "c", weight="heavy")),
          ["{path}:19: strength:", "\"heavy\" is not a number"], "a weight that is text")
gexf_case("weight-negative", gexf(XNODES, XEDGES + xedge("e2", "a", "c", weight="-3")),
          ["{path}:19: strength:", "-3 is not > 0"], "a negative weight")
gexf_case("weight-nan", gexf(XNODES, XEDGES + xedge("e2", "a", "c", weight="NaN")),
          ["{path}:19: strength:", "not a finite number"], "weight NaN")
gexf_case("year-2O21", gexf(XNODES, XEDGES + xedge("e2", "a", "c", year="2O21")),
          ["{path}:19: year:", "2O21"], "a year with the letter O")
gexf_case("spell-2O21", gexf(XNODES, XEDGES + '      <edge id="e2" source="a" target="c"><spells><spell start="2O21" end="2022"/></spells></edge>\n',
                             graph_attrs='defaultedgetype="undirected" mode="dynamic" timeformat="integer"'),
          ["{path}:19:", "2O21"], "a dynamic spell starting in 2O21")
gexf_case("wrong-root", '<?xml version="1.0"?>\n<graphml><graph/></graphml>\n', ["{path}:2: graphml:", "expected <gexf>"],
          "a GraphML file named .gexf")
gexf_case("no-graph", '<?xml version="1.0"?>\n<gexf version="1.3">\n</gexf>\n', ["{path}:2: graph:", "no <graph>"],
          "GEXF without a graph")
gexf_case("edgetype-wrong", gexf(XNODES, XEDGES, graph_attrs='defaultedgetype="sideways"'),
          ["{path}:3: defaultedgetype:", "sideways"], "defaultedgetype neither directed nor undirected")
gexf_case("windows-1252", GOOD_GEXF.replace('encoding="UTF-8"', 'encoding="windows-1252"'),
          ["{path}:1: encoding:", "\"windows-1252\"; expected UTF-8"], "a Windows-1252 declaration")
gexf_case("pi-without-content", GOOD_GEXF.replace("<nodes>", "<nodes><?target ?>"),
          ["{path}:11: <?target?>:", "processing instruction without content is refused"],
          "<?target ?> inside the nodes: crashed Foundation's XMLParser (found by fuzzing)")
gexf_case("bom", "\ufeff" + GOOD_GEXF, [], "a UTF-8 BOM: valid, must load", exit_code=0)

# --- JSON node-link -------------------------------------------------------------------------------
def nodelink(nodes=None, links=None, extra=""):
    nodes = nodes if nodes is not None else [
        '{"id": "a", "name": "Alpha", "sector": "health", "region": "North"}',
        '{"id": "b", "name": "Beta", "sector": "education", "region": "North"}',
        '{"id": "c", "name": "Gamma", "sector": "community", "region": "South"}']
    links = links if links is not None else ['{"source": "a", "target": "b", "year": 2021, "strength": 1}',
                                             '{"source": "b", "target": "c", "year": 2021, "strength": 2}']
    # nodes on lines 3-5, links on lines 8-9 (a third link is line 10)
    return ('{"directed": false, "multigraph": false,' + extra + '\n "nodes": [\n  ' + ",\n  ".join(nodes)
            + '\n ],\n "links": [\n  ' + ",\n  ".join(links) + "\n ]\n}\n")

GOOD_JSON = nodelink()
LINKS_JSON = ['{"source": "a", "target": "b", "year": 2021, "strength": 1}',
              '{"source": "b", "target": "c", "year": 2021, "strength": 2}']

def json_case(name, data, expect, note, exit_code=65):
    path = os.path.join("json", name + ".json")
    write(path, data)
    case(path, exit_code, expect, note)

def jlink(**fields):
    return json.dumps(fields, ensure_ascii=False)

json_case("truncated", GOOD_JSON[: GOOD_JSON.index('"links"') + 12], ["{path}:", "ends"], "the file ends inside the links")
json_case("not-json", "source,target\na,b\n", ["{path}:1:", "unexpected character"], "a CSV file named .json")
json_case("top-level-array", '[\n {"id": "a"}\n]\n', ["{path}:1:", "not an object"], "an array where the object belongs")
json_case("no-nodes", '{"links": []}\n', ["{path}:1: nodes:", "no \"nodes\" array"], "an object without nodes")
json_case("nodes-not-array", '{\n "nodes": {"a": {}},\n "links": []\n}\n', ["{path}:2: nodes:", "not an array"],
          "nodes as an object")
json_case("links-not-array", '{\n "nodes": [],\n "links": "a-b"\n}\n', ["{path}:3: links:", "not an array"],
          "links as a string")
json_case("node-not-object", nodelink(nodes=['{"id": "a"}', '"b"', '{"id": "c"}']), ["{path}:", "nodes:", "not an object"],
          "a node that is a string")
json_case("node-without-id", nodelink(nodes=['{"id": "a"}', '{"name": "B"}', '{"id": "c"}']), ["{path}:4: id:", "no \"id\""],
          "a node without an id")
json_case("id-wrong-type", nodelink(nodes=['{"id": "a"}', '{"id": ["b"]}', '{"id": "c"}']), ["{path}:4: id:"],
          "an id that is an array")
json_case("duplicate-id", nodelink(nodes=['{"id": "a"}', '{"id": "b"}', '{"id": "a"}']),
          ["{path}:5: id:", "\"a\" is already used on line 3"], "a node id used twice")
json_case("empty-id", nodelink(nodes=['{"id": "a"}', '{"id": "b"}', '{"id": "c"}', '{"id": ""}']),
          ["{path}:6: id:", "empty id"], "an empty node id")
json_case("self-link", nodelink(links=LINKS_JSON + [jlink(source="a", target="a", year=2021)]),
          ["{path}:10: target:", "same as source \"a\""], "a link to itself")
json_case("unknown-endpoint", nodelink(links=LINKS_JSON + [jlink(source="a", target="zz", year=2021)]),
          ["{path}:10: target:", "\"zz\" is not the id of any node"], "a link to a node that does not exist")
json_case("link-without-source", nodelink(links=LINKS_JSON + [jlink(target="a", year=2021)]),
          ["{path}:10: source:", "no \"source\""], "a link without a source")
json_case("strength-text", nodelink(links=LINKS_JSON + [jlink(source="a", target="c", year=2021, strength="strong")]),
          ["{path}:10: strength:", "\"strong\" is not a number"], "a strength that is text")
json_case("strength-negative", nodelink(links=LINKS_JSON + [jlink(source="a", target="c", year=2021, strength=-1)]),
          ["{path}:10: strength:", "-1 is not > 0"], "a negative strength")
json_case("strength-nan-literal", nodelink(links=LINKS_JSON + ['{"source": "a", "target": "c", "year": 2021, "strength": NaN}']),
          ["{path}:10: strength:", "\"NaN\" is not a finite number"], "NaN, which Python's json writes: read, then refused")
json_case("strength-infinity-literal", nodelink(links=LINKS_JSON + ['{"source": "a", "target": "c", "year": 2021, "strength": -Infinity}']),
          ["{path}:10: strength:", "\"-Infinity\" is not a finite number"], "-Infinity, which Python's json writes")
json_case("strength-overflow", nodelink(links=LINKS_JSON + ['{"source": "a", "target": "c", "year": 2021, "strength": 1e999}']),
          ["{path}:10: strength:", "not a finite number"], "a number beyond Double")
json_case("year-2O21", nodelink(links=LINKS_JSON + [jlink(source="a", target="c", year="2O21")]),
          ["{path}:10: year:", "\"2O21\" is not a whole number"], "a year with the letter O")
json_case("year-wrong-type", nodelink(links=LINKS_JSON + ['{"source": "a", "target": "c", "year": [2021]}']),
          ["{path}:10: year:"], "a year that is an array")
json_case("directed-wrong-type", GOOD_JSON.replace('"directed": false', '"directed": "no"'),
          ["{path}:1: directed:", "expected true or false"], "directed as a string")
json_case("invalid-utf8", GOOD_JSON.encode().replace(b"Alpha", b"Al\xffpha"), ["{path}:3:", "not UTF-8"],
          "a byte that is not UTF-8 in a name")
json_case("latin1", GOOD_JSON.replace("Alpha", "Soci\xe9t\xe9").encode("latin-1"), ["{path}:3:", "not UTF-8"],
          "a name saved as Latin-1")
json_case("utf16", GOOD_JSON.encode("utf-16"), ["{path}:1:", "UTF-16"], "a UTF-16 file")
json_case("nul-byte", GOOD_JSON.replace("Alpha", "Al\0pha"), ["{path}:3:", "control character"], "a raw NUL inside a string")
json_case("duplicate-member", GOOD_JSON.replace('"id": "a",', '"id": "a", "id": "z",'), ["{path}:3:", "appears twice"],
          "the same member twice in a node")
json_case("deep-nesting", '{"nodes": ' + "[" * 5000 + "]" * 5000 + "}\n", ["{path}:1:", "nested more than"],
          "arrays nested 5,000 deep")
json_case("trailing-garbage", GOOD_JSON + "}\n", ["{path}:12:", "unexpected text after the end"], "text after the object")
json_case("empty", "", ["{path}:1:"], "a file of zero bytes")
json_case("bom", "\ufeff" + GOOD_JSON, [], "a UTF-8 BOM before the object: valid, must load", exit_code=0)

cases.sort(key=lambda c: c["case"])
with open(os.path.join(HERE, "manifest.json"), "w", encoding="utf-8") as f:
    json.dump({"about": "Broken inputs and what `partnermap convert CASE OUT/x.graphml` must answer; written by generate.py",
               "cases": cases}, f, indent=1, ensure_ascii=False, sort_keys=True)
    f.write("\n")
print(f"{len(cases)} cases")
