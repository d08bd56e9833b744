#!/usr/bin/env python3
"""Reference values for PartnerMetrics' centrality measures, from networkx (cross-checked with igraph).

Writes Tests/Fixtures/reference/centrality-<network>.json for four real published networks:

  karate      Zachary's karate club (networkx karate_club_graph), used unweighted
  florentine  Padgett's Florentine families, marriage ties (networkx florentine_families_graph)
  lesmis      Les Misérables co-appearances (networkx les_miserables_graph), weighted by 'weight'
  emon-texas  Drabek et al.'s Texas flood search-and-rescue network of 25 organizations (R package
              `network`, data(emon)): directed communication arcs, Frequency 1 (continuous) … 4
              (about once a day or less); as a strength, weight = 5 − Frequency.

Each fixture holds the network itself (node labels, edges as index pairs, weights) so the Swift tests
build their Graph from the fixture, and every measure as networkx returns it (raw: the tests apply
PartnerMap's documented conventions, e.g. harmonic / (n − 1), null where networkx reports 0 for an
undefined value). igraph's values are compared here wherever the two libraries define the same thing;
the largest difference is stored under "crossChecks" and must be below 1e-9.

Run by hand (not by CI), from the repository root:
    pip install networkx igraph scipy;  apt-get install r-cran-network   # R, for data(emon)
    python3 Scripts/reference/centrality.py
"""
import csv
import io
import json
import math
import os
import subprocess
import sys

import igraph as ig
import networkx as nx

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "Fixtures", "reference")
# Tight tolerances so the references are accurate far below the tests' 1e-9.
EIGENVECTOR = dict(max_iter=10_000, tol=1e-12)
PAGERANK = dict(alpha=0.85, max_iter=1_000, tol=1e-12)
CROSS_CHECK_LIMIT = 1e-9


def emon_texas():
    """The Texas network of data(emon), read through R, as a networkx DiGraph."""
    script = (
        'suppressMessages(library(network)); data(emon); g <- emon$Texas; '
        'el <- as.matrix(g, matrix.type="edgelist", attrname="Frequency"); names <- g %v% "vertex.names"; '
        'write.csv(data.frame(source=names[el[,1]], target=names[el[,2]], frequency=el[,3]), '
        'stdout(), row.names=FALSE); '
        'write("---", stdout()); write.csv(data.frame(name=names, sponsorship=g %v% "Sponsorship"), '
        'stdout(), row.names=FALSE)'
    )
    text = subprocess.run(["Rscript", "-e", script], check=True, capture_output=True, text=True).stdout
    arcs_csv, nodes_csv = text.split("---\n")
    G = nx.DiGraph()
    for row in csv.DictReader(io.StringIO(nodes_csv)):
        G.add_node(row["name"], sponsorship=row["sponsorship"])
    for row in csv.DictReader(io.StringIO(arcs_csv)):
        G.add_edge(row["source"], row["target"], weight=5 - int(row["frequency"]))
    return G


def unweighted(G):
    H = G.__class__()
    H.add_nodes_from(G)
    H.add_edges_from(G.edges())
    return H


NETWORKS = {
    "karate": ("networkx karate_club_graph(), unweighted", lambda: unweighted(nx.karate_club_graph()), False),
    "florentine": ("networkx florentine_families_graph()", nx.florentine_families_graph, False),
    "lesmis": ("networkx les_miserables_graph(), weight = co-appearances", nx.les_miserables_graph, True),
    "emon-texas": ("R network data(emon)$Texas (Drabek et al. 1981), directed, weight = 5 - Frequency",
                   emon_texas, True),
}


def as_list(values, nodes):
    return [None if values[v] is None else float(values[v]) for v in nodes]


def networkx_measures(G, nodes, weight):
    """Every centrality measure as networkx computes it; `weight` None = unweighted."""
    directed = G.is_directed()
    distance = None
    if weight:
        for u, v, d in G.edges(data=True):
            d["distance"] = 1 / d[weight]  # a strong tie is a short one
        distance = "distance"
    m = {
        "betweenness": nx.betweenness_centrality(G, normalized=True, weight=distance),
        "closeness": nx.closeness_centrality(G, distance=distance),
        "harmonic": nx.harmonic_centrality(G, distance=distance),
        "eigenvector": nx.eigenvector_centrality(G, weight=weight, **EIGENVECTOR),
        "pagerank": nx.pagerank(G, weight=weight, **PAGERANK),
    }
    if weight:
        m["strength"] = dict(G.degree(weight=weight))
    else:
        m["degree"] = nx.degree_centrality(G)
        m["clustering"] = nx.clustering(G)
        m["coreNumber"] = nx.core_number(G)
        if directed:
            m["inDegree"] = nx.in_degree_centrality(G)
            m["outDegree"] = nx.out_degree_centrality(G)
    return {k: as_list(v, nodes) for k, v in m.items()}


def igraph_measures(G, nodes, weight):
    """The same measures from igraph, converted to networkx's conventions where they differ."""
    index = {v: i for i, v in enumerate(nodes)}
    n, directed = len(nodes), G.is_directed()
    H = ig.Graph(n=n, edges=[(index[u], index[v]) for u, v in G.edges()], directed=directed)
    lengths = [1 / d[weight] for _, _, d in G.edges(data=True)] if weight else None
    strengths = [d[weight] for _, _, d in G.edges(data=True)] if weight else None
    incoming = "in" if directed else "all"

    # igraph counts each unordered pair once in undirected graphs; networkx normalises ordered pairs.
    pairs = (n - 1) * (n - 2) / (1 if directed else 2)
    betweenness = [b / pairs for b in H.betweenness(directed=directed, weights=lengths)]
    # igraph closeness: (r − 1) / Σd over the r − 1 nodes reached; networkx (WF) multiplies by
    # (r − 1)/(n − 1). Directed networkx closeness uses incoming distances: igraph mode "in".
    reached = [len(H.subcomponent(v, mode=incoming)) for v in range(n)]
    closeness = [0.0 if math.isnan(c) else c * (r - 1) / (n - 1)
                 for c, r in zip(H.closeness(mode=incoming, weights=lengths), reached)]
    harmonic = H.harmonic_centrality(mode=incoming, weights=lengths, normalized=False)
    eigen = H.eigenvector_centrality(weights=strengths, scale=True)  # directed: in-edges, as networkx
    norm = math.sqrt(sum(x * x for x in eigen))
    m = {
        "betweenness": betweenness,
        "closeness": closeness,
        "harmonic": harmonic,
        "eigenvector": [x / norm for x in eigen],
        "pagerank": H.pagerank(directed=directed, damping=0.85, weights=strengths),
    }
    if weight:
        m["strength"] = H.strength(mode="all", weights=strengths)
    else:
        m["degree"] = [d / (n - 1) for d in H.degree(mode="all")]
        m["coreNumber"] = H.coreness(mode="all")
        if not directed:  # networkx's directed clustering is Fagiolo's; igraph has none
            m["clustering"] = H.transitivity_local_undirected(mode="zero")
        else:
            m["inDegree"] = [d / (n - 1) for d in H.degree(mode="in")]
            m["outDegree"] = [d / (n - 1) for d in H.degree(mode="out")]
    return m


def cross_check(name, ours, theirs):
    diffs = {}
    for key, values in theirs.items():
        diff = max(abs(a - b) for a, b in zip(ours[key], values))
        diffs[key] = diff
        if not diff < CROSS_CHECK_LIMIT:
            print(f"  {name}: networkx and igraph differ on {key} by {diff:.3g}", file=sys.stderr)
    return diffs


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, (source, make, weighted) in NETWORKS.items():
        G = make()
        nodes = list(G)
        index = {v: i for i, v in enumerate(nodes)}
        edges = [[index[u], index[v]] for u, v in G.edges()]
        fixture = {
            "network": name,
            "source": source,
            "generator": f"Scripts/reference/centrality.py (networkx {nx.__version__}, igraph {ig.__version__})",
            "directed": G.is_directed(),
            "nodes": [str(v) for v in nodes],
            "edges": edges,
            "weights": [float(d["weight"]) for _, _, d in G.edges(data=True)] if weighted else None,
            "parameters": {"eigenvector": EIGENVECTOR, "pagerank": PAGERANK},
        }
        plain = networkx_measures(unweighted(G), nodes, None)
        fixture["unweighted"] = plain
        fixture["crossChecks"] = {"unweighted": cross_check(name, plain, igraph_measures(G, nodes, None))}
        if weighted:
            strong = networkx_measures(G, nodes, "weight")
            fixture["weighted"] = strong
            fixture["crossChecks"]["weighted"] = cross_check(name, strong, igraph_measures(G, nodes, "weight"))
        path = os.path.join(OUT, f"centrality-{name}.json")
        with open(path, "w") as f:
            json.dump(fixture, f, indent=1, sort_keys=True)
            f.write("\n")
        print(f"{os.path.relpath(path)}: n={len(nodes)} m={len(edges)} "
              f"largest igraph difference {max(max(c.values()) for c in fixture['crossChecks'].values()):.2g}")


if __name__ == "__main__":
    main()
