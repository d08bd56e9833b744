#!/usr/bin/env python3
"""Interoperability of PartnerMap's GraphML, GEXF and JSON node-link files with networkx.

1. networkx reads what `partnermap convert` writes — the bundled sample and a small workspace of
   hostile names — with the same node and edge counts and the same attributes as the CSV rows.
2. PartnerMap reads what networkx writes (`write_graphml`, `write_gexf`, `node_link_data`):
   `partnermap summary --format json` counts the same organizations and ties, and
   `partnermap convert` back to JSON gives back every attribute.

Usage: test_networkx_interop.py PARTNERMAP [SAMPLE_WORKSPACE]
Prints one line per check and a closing "interop: N passed, M failed"; exits 1 when a check fails.
"""

import collections
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

import networkx as nx

STAGES = ["engaging-community", "developing-strategy", "knowledge-sharing", "partnership-planning",
          "joint-action", "accountability", "integration", "partnership-expansion"]
ORGANIZATION_FIELDS = ["name", "sector", "region", "type", "since", "until"]
LINK_FIELDS = ["year", "kind", "strength", "stage"]

results = {"passed": 0, "failed": 0}


def check(name, condition, detail=""):
    results["passed" if condition else "failed"] += 1
    print(("ok    " if condition else "FAIL  ") + name + ("" if condition or not detail else f": {detail}"))


def run(*args):
    return subprocess.run([PARTNERMAP, *args], capture_output=True, text=True)


# --- the CSV side: what a workspace says -----------------------------------------------------------

def stage_name(text):
    text = text.strip()
    if text.isdigit():
        return STAGES[int(text) - 1]
    return text.lower().replace(" ", "-").replace("_", "-") if text else ""


def number(text):
    value = float(text)
    return int(value) if value == int(value) else value


def read_workspace(folder):
    """Organizations {id: {field: value}} and link rows [(pair, year, kind, strength, stage, extras)]."""
    def rows(name):
        with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as handle:
            return list(csv.DictReader(handle))

    def unguard(text):  # PartnerMap's CSVWriter puts ' before cells a spreadsheet would run
        return text[1:] if text.startswith("'") and text.lstrip("'")[:1] in ("=", "+", "-", "@", "\t", "\r") else text

    organizations = {}
    for row in rows("organizations.csv"):
        row = {key: unguard(value) for key, value in row.items()}
        organization = {field: row.get(field, "").strip() for field in ORGANIZATION_FIELDS}
        organization.update({key: value for key, value in row.items()
                             if key not in ORGANIZATION_FIELDS and key != "id" and value != ""})
        organizations[row["id"].strip()] = organization
    links = []
    for row in rows("links.csv"):
        row = {key: unguard(value) for key, value in row.items()}
        extras = tuple(sorted((key, value) for key, value in row.items()
                              if key not in LINK_FIELDS + ["source", "target"] and value != ""))
        links.append((frozenset([row["source"].strip(), row["target"].strip()]),
                      int(row["year"]) if row.get("year", "").strip() else None,
                      row.get("kind", "").strip(),
                      number(row["strength"]) if row.get("strength", "").strip() else 1,
                      stage_name(row.get("stage", "")), extras))
    return organizations, links


def write_hostile_workspace(folder):
    os.makedirs(folder)
    with open(os.path.join(folder, "organizations.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "sector", "region", "type", "since", "until", "website", "note"])
        writer.writerow(["a&1", 'CISSS "santé" & <services>', "health", "Gaspésie", "CISSS", "2019", "", "https://x/?a=1&b=2", ""])
        writer.writerow(["b<2>", "Line one\nline two", "community", "Gaspésie", "", "", "2021", "", "+1, \"quoted\""])
        writer.writerow(["c]; x", 'a -> b [label="x"];  two  spaces', "education", "Laval", "", "2020", "", "", ""])
        writer.writerow(["日本", "Кооператив 日本 ✓", "social services", "Laval", "", "", "", "", "=HYPERLINK(\"x\")"])
    with open(os.path.join(folder, "links.csv"), "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", "year", "kind", "strength", "stage", "budget"])
        writer.writerow(["a&1", "b<2>", "2019", "referral", "2", "5", ""])
        writer.writerow(["a&1", "b<2>", "2020", "referral", "2", "joint-action", ""])
        writer.writerow(["a&1", "b<2>", "2022", "referral", "2", "5", ""])
        writer.writerow(["a&1", "b<2>", "2020", "joint project", "3", "integration", "12,500 $"])
        writer.writerow(["b<2>", "c]; x", "2020", "information", "1.5", "", ""])
        writer.writerow(["b<2>", "c]; x", "2021", "information", "2.5", "", ""])
        writer.writerow(["c]; x", "日本", "2021", "shared\nresources", "1", "1", "<b>bold</b>"])


# --- 1. networkx reads our files -------------------------------------------------------------------

def node_values(data, name_key):
    values = {"name": str(data.get(name_key, "")), "sector": data.get("sector", ""), "region": data.get("region", ""),
              "type": data.get("type", ""), "since": str(data.get("since", "")), "until": str(data.get("until", ""))}
    ignored = {name_key, "label", "name", "sector", "region", "type", "since", "until", "start", "end", "viz"}
    values.update({key: value for key, value in data.items() if key not in ignored})
    return values


def edge_rows(graph, year_rows):
    rows = []
    for source, target, data in graph.edges(data=True):
        strength = data.get("strength", data.get("weight", 1))
        extras = tuple(sorted((key, value) for key, value in data.items()
                              if key not in LINK_FIELDS + ["weight", "spells", "id", "start", "end"]))
        for year in year_rows(data):
            rows.append((frozenset([source, target]), year, data.get("kind", ""), number(str(strength)),
                         data.get("stage", ""), extras))
    return rows


def check_networkx_reads(label, workspace, folder):
    organizations, links = read_workspace(workspace)
    counts = f"{len(organizations)} nodes, {len(links)} link rows"
    expected_nodes = {id: {key: value for key, value in values.items()} for id, values in organizations.items()}

    path = os.path.join(folder, "net.graphml")
    result = run("convert", workspace, path)
    check(f"{label}: convert to GraphML", result.returncode == 0, result.stderr)
    graph = nx.read_graphml(path)
    check(f"{label}: GraphML has {counts}",
          graph.number_of_nodes() == len(organizations) and graph.number_of_edges() == len(links),
          f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")
    nodes = {id: node_values(data, "name") for id, data in graph.nodes(data=True)}
    check(f"{label}: GraphML node attributes equal the CSV", nodes == expected_nodes,
          next((f"{id}: {nodes.get(id)} != {expected_nodes[id]}" for id in expected_nodes if nodes.get(id) != expected_nodes[id]), ""))
    rows = edge_rows(graph, lambda data: [data.get("year")])
    check(f"{label}: GraphML edge attributes equal the CSV rows",
          collections.Counter(rows) == collections.Counter(links))

    path = os.path.join(folder, "net.gexf")
    result = run("convert", workspace, path)
    check(f"{label}: convert to GEXF", result.returncode == 0, result.stderr)
    validate_gexf(label, path)
    graph = nx.read_gexf(path)
    check(f"{label}: GEXF graph is dynamic", graph.graph.get("mode") == "dynamic")
    check(f"{label}: GEXF has {len(organizations)} nodes", graph.number_of_nodes() == len(organizations))
    nodes = {}
    for id, data in graph.nodes(data=True):
        data = dict(data)
        data["since"], data["until"] = data.pop("start", ""), data.pop("end", "")
        nodes[id] = node_values(data, "name" if "name" in data else "label")
    check(f"{label}: GEXF node attributes and start/end equal the CSV", nodes == expected_nodes,
          next((f"{id}: {nodes.get(id)} != {expected_nodes[id]}" for id in expected_nodes if nodes.get(id) != expected_nodes[id]), ""))
    colors = {}
    for id, data in graph.nodes(data=True):
        color = data["viz"]["color"]
        colors.setdefault(data["sector"], set()).add((color["r"], color["g"], color["b"]))
    check(f"{label}: GEXF colours nodes by sector, one colour per sector",
          all(len(shades) == 1 for shades in colors.values())
          and len({next(iter(shades)) for shades in colors.values()}) == len(colors))

    def spell_years(data):
        return sorted({year for start, end in data.get("spells", []) for year in range(start, end + 1)}) or [None]
    rows = edge_rows(graph, spell_years)
    check(f"{label}: GEXF spells expand to the CSV rows",
          collections.Counter(rows) == collections.Counter(links),
          f"{len(rows)} rows from {graph.number_of_edges()} edges")

    path = os.path.join(folder, "net.json")
    result = run("convert", workspace, path)
    check(f"{label}: convert to JSON", result.returncode == 0, result.stderr)
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    graph = nx.node_link_graph(data)  # networkx's defaults: the "edges" key
    check(f"{label}: node_link_graph with its defaults has {counts}",
          graph.number_of_nodes() == len(organizations) and graph.number_of_edges() == len(links))
    nodes = {id: node_values(data, "name") for id, data in graph.nodes(data=True)}
    check(f"{label}: JSON node attributes equal the CSV", nodes == expected_nodes)
    rows = edge_rows(graph, lambda data: [data.get("year")])
    check(f"{label}: JSON link attributes equal the CSV rows", collections.Counter(rows) == collections.Counter(links))

    result = run("convert", workspace, os.path.join(folder, "links.json"), "--json-edges-key", "links")
    with open(os.path.join(folder, "links.json"), encoding="utf-8") as handle:
        graph = nx.node_link_graph(json.load(handle), edges="links")
    check(f"{label}: --json-edges-key links loads with edges=\"links\"", graph.number_of_edges() == len(links))


def validate_gexf(label, path):
    """Validates against the GEXF 1.3 RELAX NG grammar (gexf.rng with data, dynamics and viz.rng from
    the GEXF specification, namespace http://gexf.net/1.3) when GEXF_SCHEMA names it; the schema is
    not bundled (it is the GEXF project's), so without it this check is skipped, and says so."""
    schema = os.environ.get("GEXF_SCHEMA")
    if not schema or not shutil.which("xmllint"):
        print(f"skip  {label}: GEXF 1.3 RELAX NG validation (set GEXF_SCHEMA=/path/to/gexf.rng; needs xmllint)")
        return
    result = subprocess.run(["xmllint", "--noout", "--relaxng", schema, path], capture_output=True, text=True)
    check(f"{label}: GEXF validates against the 1.3 RELAX NG grammar", result.returncode == 0, result.stderr[-500:])


# --- 2. we read networkx's files -------------------------------------------------------------------

def partnership_graph(directed=False):
    graph = nx.MultiDiGraph() if directed else nx.MultiGraph()
    people = [("cisss", "health", "Laval"), ("ecole", "education", "Laval"), ("cab", "community", "Laval"),
              ("ville", "municipal", "Montréal"), ("uni", "research", "Montréal")]
    for index, (id, sector, region) in enumerate(people):
        graph.add_node(id, name=f"{id.upper()} & co", sector=sector, region=region, budget=1000 * index,
                       rating=0.5 * index, active=index % 2 == 0)
    for source, target, year, kind, weight, stage in [
            ("cisss", "ecole", 2021, "referral", 2.0, 5), ("cisss", "ecole", 2022, "referral", 3.0, 6),
            ("cisss", "ecole", 2022, "joint-project", 1.0, 5), ("ecole", "cab", 2022, "information", 1.5, 3),
            ("cab", "ville", 2021, "planning", 1.0, 2), ("ville", "uni", 2022, "research", 2.0, 4)]:
        graph.add_edge(source, target, year=year, kind=kind, weight=weight, stage=stage)
    return graph


def ties_in(graph, year):
    pairs = {frozenset([u, v]) if not graph.is_directed() else (u, v)
             for u, v, data in graph.edges(data=True) if data.get("year", year) == year}
    return len(pairs)


def check_we_read(label, path, graph, extension_args=()):
    summary = run("summary", path, "--format", "json", *extension_args)
    check(f"{label}: partnermap summary reads it", summary.returncode == 0, summary.stderr)
    if summary.returncode != 0:
        return None
    values = json.loads(summary.stdout)
    years = sorted({data["year"] for _, _, data in graph.edges(data=True) if "year" in data})
    latest = years[-1] if years else None
    check(f"{label}: {graph.number_of_nodes()} organizations, {ties_in(graph, latest)} ties in {latest}",
          values["organizations"] == graph.number_of_nodes() and values["ties"] == ties_in(graph, latest),
          f"got {values['organizations']} organizations, {values['ties']} ties")
    out = os.path.join(os.path.dirname(path), os.path.basename(path) + ".back.json")
    result = run("convert", path, out, *extension_args)
    check(f"{label}: convert back to JSON", result.returncode == 0, result.stderr)
    with open(out, encoding="utf-8") as handle:
        return json.load(handle)


def check_attributes_back(label, data, graph):
    nodes = {node["id"]: node for node in data["nodes"]}
    wanted = {id: (attrs["name"], attrs["sector"], attrs["region"], str(attrs["budget"]))
              for id, attrs in graph.nodes(data=True)}
    got = {id: (node["name"], node["sector"], node["region"], node.get("budget")) for id, node in nodes.items()}
    check(f"{label}: names, sectors, regions and extra attributes come back", got == wanted, f"{got} != {wanted}")
    links = collections.Counter((frozenset([l["source"], l["target"]]), l["year"], l["kind"], l["strength"], l["stage"])
                                for l in data["edges"])
    expected = collections.Counter((frozenset([u, v]), d["year"], d["kind"], d["weight"], STAGES[d["stage"] - 1])
                                   for u, v, d in graph.edges(data=True))
    check(f"{label}: years, kinds, strengths (weight) and stages come back", links == expected)


def check_networkx_files(folder):
    graph = partnership_graph()

    path = os.path.join(folder, "nx.graphml")
    nx.write_graphml(graph, path)
    data = check_we_read("networkx write_graphml", path, graph)
    if data:
        check_attributes_back("networkx write_graphml", data, graph)

    for version in ["1.2draft", "1.3"]:
        path = os.path.join(folder, f"nx-{version}.gexf")
        nx.write_gexf(graph, path, version=version)
        data = check_we_read(f"networkx write_gexf {version}", path, graph)
        if data:
            # networkx writes the node name as an attribute and the id as the label.
            check_attributes_back(f"networkx write_gexf {version}", data, graph)

    path = os.path.join(folder, "nx.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(nx.node_link_data(graph), handle)
    data = check_we_read("networkx node_link_data", path, graph)
    if data:
        check_attributes_back("networkx node_link_data", data, graph)

    path = os.path.join(folder, "nx-links.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(nx.node_link_data(graph, edges="links"), handle)
    check_we_read("networkx node_link_data(edges=\"links\")", path, graph)

    directed = partnership_graph(directed=True)
    path = os.path.join(folder, "nx-directed.graphml")
    nx.write_graphml(directed, path)
    result = run("convert", path, os.path.join(folder, "directed.gexf"))
    back = nx.read_gexf(os.path.join(folder, "directed.gexf"))
    check("a directed networkx graph stays directed through convert", result.returncode == 0 and back.is_directed())

    # A plain graph with no sector or region: it loads, with "unspecified" and a warning.
    plain = nx.karate_club_graph()
    path = os.path.join(folder, "karate.graphml")
    nx.write_graphml(plain, path)
    summary = run("summary", path, "--format", "json")
    values = json.loads(summary.stdout) if summary.returncode == 0 else {}
    check("plain networkx graph (karate club) loads: 34 organizations, 78 ties",
          values.get("organizations") == 34 and values.get("ties") == 78, summary.stderr)
    check("… with a warning about the missing sector", "'sector' attribute; read as 'unspecified'" in summary.stderr)
    for name, write in [("karate.gexf", nx.write_gexf), ("karate.json", None)]:
        path = os.path.join(folder, name)
        if write:
            write(plain, path)
        else:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(nx.node_link_data(plain), handle)
        summary = run("summary", path, "--format", "json")
        values = json.loads(summary.stdout) if summary.returncode == 0 else {}
        check(f"plain networkx graph as {name.split('.')[1].upper()} loads: 34 organizations, 78 ties",
              values.get("organizations") == 34 and values.get("ties") == 78, summary.stderr)

    # Bad input from a tool: exit 65 with the file and line.
    path = os.path.join(folder, "broken.graphml")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write('<graphml><graph edgedefault="undirected">\n<node id="a"/>\n<edge source="a" target="zz"/>\n</graph></graphml>')
    result = run("summary", path)
    check("an edge to an unknown node: exit 65 naming file and line",
          result.returncode == 65 and f"{path}:3: target:" in result.stderr, result.stderr)


def main():
    global PARTNERMAP
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    PARTNERMAP = os.path.abspath(sys.argv[1])
    sample = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "..", "samples", "quebec-npi")
    print(f"networkx {nx.__version__}, {PARTNERMAP}")
    with tempfile.TemporaryDirectory() as folder:
        hostile = os.path.join(folder, "hostile")
        write_hostile_workspace(hostile)
        os.makedirs(os.path.join(folder, "h"))
        check_networkx_reads("hostile names", hostile, os.path.join(folder, "h"))
        if os.path.isdir(sample):
            os.makedirs(os.path.join(folder, "s"))
            check_networkx_reads("sample", sample, os.path.join(folder, "s"))
        os.makedirs(os.path.join(folder, "nx"))
        check_networkx_files(os.path.join(folder, "nx"))
    print(f"interop: {results['passed']} passed, {results['failed']} failed")
    sys.exit(1 if results["failed"] else 0)


if __name__ == "__main__":
    main()
