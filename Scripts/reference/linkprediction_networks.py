#!/usr/bin/env python3
"""Real networks for the link-prediction evaluation of issue 21 (Tests/Fixtures/linkprediction/).

Writes one JSON per network: {"network", "source", "role", "nodes", "edges" (index pairs, i < j),
"groups" (an attribute per node, used as the sector)}. Every network is read as simple and undirected
(an arc or a positive weight either way is a tie; self-loops dropped).

role "tune": the networks the model's options were chosen on — karate, florentine, lesmis (the three
the round-one proximity was tuned on), dolphins, polbooks, lazega. role "report": the others, which
no option was chosen on; the README's table is their mean.

Sources (public repositories; pass the folder holding their checkouts as the first argument, with
subfolders named owner+repo/repo as the fetch tool lays them out):
- networkx 3.x itself: karate_club_graph (club), florentine_families_graph, les_miserables_graph,
  davis_southern_women_graph (projected onto the 18 women; group = none).
- DHARPA-Project/kiara_plugin.network_analysis, examples/data/gml/ (M. Newman's collection):
  dolphins (Lusseau et al. 2003), football (Girvan & Newman 2002; group = conference), polbooks
  (Krebs; group = leaning), adjnoun (Newman 2006; group = adjective/noun); examples/data/quakers
  (Six Degrees of Francis Bacon Quakers network; group = gender).
- johankoskinen/CHDH-SNA, data/: LazioTransfers2003.csv + LazioTypeHospital2003.csv (patient transfers
  between the hospitals of Lazio, 2003 — an interorganizational network; group = hospital type),
  PADGB.txt (Padgett's Florentine business ties), kapferer.txt (first matrix: Kapferer's tailor shop),
  lazegalawers.txt (Lazega's law firm), bankwiring.txt (first matrix: Roethlisberger & Dickson's bank wiring room),
  WebsterSymmetricSocial.txt (Webster's social ties), RedHighlandTribes.txt (first 16 rows: the positive
  ties of Read's highland tribes).
- Tests/Fixtures/reference/structure-emon.json (already committed): Drabek et al.'s EMON Texas
  search-and-rescue organizations (interorganizational; group = sponsorship).

Run by hand:  python3 Scripts/reference/linkprediction_networks.py /work/.mirror
"""

import csv
import io
import json
import os
import subprocess
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "linkprediction")


def git_show(mirror, repo, path):
    folder = os.path.join(mirror, repo.replace("/", "+"), "repo")
    return subprocess.run(["git", "-C", folder, "show", "HEAD:" + path], capture_output=True,
                          check=True).stdout.decode("utf-8-sig")


TUNE = {"karate", "florentine", "lesmis", "dolphins", "polbooks", "lazega"}


def write(name, source, role, G, group_attribute=None):
    role = "tune" if name in TUNE else "report"
    G = nx.Graph(G)
    G.remove_edges_from(nx.selfloop_edges(G))
    nodes = sorted(G.nodes(), key=str)
    index = {v: i for i, v in enumerate(nodes)}
    edges = sorted(sorted((index[u], index[v])) for u, v in G.edges())
    groups = [str(G.nodes[v].get(group_attribute, "")) if group_attribute else "" for v in nodes]
    doc = {"network": name, "source": source, "role": role, "nodes": [str(v) for v in nodes],
           "edges": edges, "groups": groups}
    with open(os.path.join(OUT, name + ".json"), "w") as f:
        json.dump(doc, f, separators=(",", ":"), sort_keys=True)
        f.write("\n")
    print(f"{name}: {len(nodes)} nodes, {len(edges)} ties, role {role}")


def matrix_graph(text, rows=None, separator=None):
    lines = [l for l in text.replace("\r", "\n").split("\n") if l.strip()]
    # Files holding several relations stack their matrices: the first is as many rows as columns.
    lines = lines[:rows or len(lines[0].split(separator) if separator else lines[0].split())]
    matrix = [[float(x) for x in (l.split(separator) if separator else l.split())] for l in lines]
    n = len(matrix)
    G = nx.Graph()
    G.add_nodes_from(range(n))
    for i in range(n):
        for j in range(n):
            if i != j and (matrix[i][j] > 0 or matrix[j][i] > 0):
                G.add_edge(i, j)
    return G


def main(mirror):
    os.makedirs(OUT, exist_ok=True)
    write("karate", "networkx karate_club_graph", "tune", nx.karate_club_graph(), "club")
    write("florentine", "networkx florentine_families_graph", "tune", nx.florentine_families_graph())
    write("lesmis", "networkx les_miserables_graph", "tune", nx.les_miserables_graph())
    davis = nx.davis_southern_women_graph()
    women = [v for v, d in davis.nodes(data=True) if d["bipartite"] == 0]
    write("davis-women", "networkx davis_southern_women_graph, projected onto the women", "report",
          nx.projected_graph(davis, women))

    kiara = "DHARPA-Project/kiara_plugin.network_analysis"
    for name, group in [("dolphins", None), ("football", "value"), ("polbooks", "value"), ("adjnoun", "value")]:
        G = nx.parse_gml(git_show(mirror, kiara, f"examples/data/gml/{name}.gml"), label="id")
        write(name, f"{kiara} examples/data/gml/{name}.gml", "report", G, group)
    quakers = nx.Graph()
    for row in csv.DictReader(io.StringIO(git_show(mirror, kiara, "examples/data/quakers/quakers_nodelist.csv"))):
        quakers.add_node(row["Name"], gender=row["Gender"])
    for row in csv.DictReader(io.StringIO(git_show(mirror, kiara, "examples/data/quakers/quakers_edgelist.csv"))):
        quakers.add_edge(row["Source"], row["Target"])
    write("quakers", f"{kiara} examples/data/quakers", "report", quakers, "gender")

    chdh = "johankoskinen/CHDH-SNA"
    lazio = matrix_graph(git_show(mirror, chdh, "data/LazioTransfers2003.csv"), separator=",")
    types = [t for t in git_show(mirror, chdh, "data/LazioTypeHospital2003.csv").replace("\r", "\n").split("\n") if t.strip()]
    for i, t in enumerate(types):
        if i in lazio:
            lazio.nodes[i]["type"] = t.strip()
    write("lazio-hospitals", f"{chdh} data/LazioTransfers2003.csv", "report", lazio, "type")
    write("padgett-business", f"{chdh} data/PADGB.txt", "report", matrix_graph(git_show(mirror, chdh, "data/PADGB.txt")))
    kapferer_text = git_show(mirror, chdh, "data/kapferer.txt")
    size = len(kapferer_text.strip().split("\n")[0].split())
    write("kapferer", f"{chdh} data/kapferer.txt (first matrix)", "report", matrix_graph(kapferer_text, rows=size))
    write("lazega", f"{chdh} data/lazegalawers.txt", "report", matrix_graph(git_show(mirror, chdh, "data/lazegalawers.txt")))
    write("bankwiring", f"{chdh} data/bankwiring.txt", "report", matrix_graph(git_show(mirror, chdh, "data/bankwiring.txt")))
    write("webster", f"{chdh} data/WebsterSymmetricSocial.txt", "report",
          matrix_graph(git_show(mirror, chdh, "data/WebsterSymmetricSocial.txt")))
    write("highland-tribes", f"{chdh} data/RedHighlandTribes.txt (positive ties)", "report",
          matrix_graph(git_show(mirror, chdh, "data/RedHighlandTribes.txt"), rows=16))

    with open(os.path.join(ROOT, "Tests", "Fixtures", "reference", "structure-emon.json")) as f:
        emon = json.load(f)
    G = nx.Graph()
    for i, name in enumerate(emon["nodes"]):
        G.add_node(name, group=emon["groups"][i])
    for u, v in emon["edges"]:
        G.add_edge(emon["nodes"][u], emon["nodes"][v])
    write("emon-texas", "Tests/Fixtures/reference/structure-emon.json (R network, data(emon))", "report", G, "group")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror")
