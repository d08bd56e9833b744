#!/usr/bin/env python3
"""Independent reference values for the pair features and the AUC of the simple indices (issue 21).

For each network of NETWORKS (Tests/Fixtures/linkprediction/<name>.json), with networkx, numpy and
scikit-learn only — no code shared with PartnerMetrics:
- hidden: 10% of the ties drawn by Python's random.Random(1) (the Swift test hides the same ones);
- on the training graph (the rest), for every untied pair u < v: truncated Katz
  0.05²·(A²)_uv + 0.05³·(A³)_uv, local path (A D⁻¹ A D⁻¹ A)_uv, rooted PageRank
  π_u(v) + π_v(u) from nx.pagerank(alpha=0.85, personalization={u: 1}, tol=1e-13), 1/shortest path (0 if
  unreachable), Adamic–Adar, resource allocation;
- sklearn's roc_auc_score of Adamic–Adar, resource allocation, Jaccard, Katz and rooted PageRank on those
  pairs, a hidden tie being a positive.

Writes Tests/Fixtures/linkprediction/reference-<name>.json.  Run:  python3 Scripts/reference/linkprediction.py
"""

import json
import os
import random

import networkx as nx
import numpy as np
from sklearn.metrics import roc_auc_score

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIR = os.path.join(ROOT, "Tests", "Fixtures", "linkprediction")
NETWORKS = ["karate", "dolphins", "emon-texas"]


def main():
    for name in NETWORKS:
        d = json.load(open(os.path.join(DIR, name + ".json")))
        n = len(d["nodes"])
        edges = [tuple(e) for e in d["edges"]]
        hidden = sorted(random.Random(1).sample(edges, max(1, round(0.1 * len(edges)))))
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from(e for e in edges if e not in set(hidden))
        A = nx.to_numpy_array(G, nodelist=range(n))
        deg = A.sum(axis=1)
        Dinv = np.diag([1 / k if k > 0 else 0 for k in deg])
        A2, A3 = A @ A, A @ A @ A
        local = A @ Dinv @ A @ Dinv @ A
        ppr = np.zeros((n, n))
        for u in range(n):
            if deg[u] == 0:
                ppr[u, u] = 1
                continue
            pr = nx.pagerank(G, alpha=0.85, personalization={u: 1}, tol=1e-13, max_iter=100000)
            for v, p in pr.items():
                ppr[u, v] = p
        dist = dict(nx.all_pairs_shortest_path_length(G))
        pairs = [(u, v) for u in range(n) for v in range(u + 1, n) if not G.has_edge(u, v)]
        aa = {(u, v): p for u, v, p in nx.adamic_adar_index(G, pairs)}
        ra = {(u, v): p for u, v, p in nx.resource_allocation_index(G, pairs)}
        jc = {(u, v): p for u, v, p in nx.jaccard_coefficient(G, pairs)}
        rows = {
            "katz": [0.05 ** 2 * A2[u, v] + 0.05 ** 3 * A3[u, v] for u, v in pairs],
            "localPath": [local[u, v] for u, v in pairs],
            "rootedPageRank": [ppr[u, v] + ppr[v, u] for u, v in pairs],
            "inverseDistance": [1 / dist[u][v] if v in dist[u] else 0 for u, v in pairs],
            "adamicAdar": [aa[p] for p in pairs],
            "resourceAllocation": [ra[p] for p in pairs],
            "jaccard": [jc[p] for p in pairs],
        }
        labels = [1 if p in set(hidden) else 0 for p in pairs]
        auc = {k: roc_auc_score(labels, rows[k]) for k in ["adamicAdar", "resourceAllocation", "jaccard", "katz", "rootedPageRank"]}
        doc = {"network": name, "hidden": [list(h) for h in hidden], "pairs": [list(p) for p in pairs],
               "features": rows, "auc": auc}
        with open(os.path.join(DIR, f"reference-{name}.json"), "w") as f:
            json.dump(doc, f, separators=(",", ":"), sort_keys=True)
            f.write("\n")
        print(name, len(pairs), "pairs", {k: round(v, 4) for k, v in auc.items()})


if __name__ == "__main__":
    main()
