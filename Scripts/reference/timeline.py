#!/usr/bin/env python3
"""Reference values for the timeline's growth table (issue 6) on samples/quebec-npi.

Writes Tests/Fixtures/reference/timeline-quebec-npi.json: for the whole network and for every region,
for every survey year, the figures of `partnermap compare`'s growth table as networkx computes them
(or, where no library has the measure, from its published definition on networkx's graph). The Swift
test (Tests/PartnerAnalysisTests/TimelineSampleTests.swift) compares every value (1e-9).

Run by hand, not by CI:  python3 Scripts/reference/timeline.py      (needs networkx)

How the sample is read (DESIGN §3): an organization belongs to a year when it is active then
(`since` <= year <= `until`, either optional); a region's network holds its organizations and the ties
among them. Rows of the same pair and year are one tie with the highest strength and NPI stage.

Figures:
- organizations, ties; density = nx.density; averageDegree = 2m/n.
- components = nx.number_connected_components; largestComponentShare = largest / n.
- degreeCentralization (Freeman 1979) = sum(dmax - d) / ((n-1)(n-2)) — R igraph
  centr_degree(normalized=TRUE, loops=FALSE).
- betweennessCentralization (Freeman 1979) = sum(bmax - b) / ((n-1)^2 (n-2) / 2) with b =
  nx.betweenness_centrality(normalized=False) — R igraph centr_betw(normalized=TRUE).
- intersectoralShare = ties between different sectors / ties; eiIndex (Krackhardt & Stern 1988) =
  (E - I) / (E + I) over sectors.
- meanStrength = mean over organizations of G.degree(weight="strength"); meanTieStrength = mean tie
  strength.
- stages = ties per NPI stage 1..8.
- louvainModularity: networkx louvain_communities(seed=1) and nx.community.modularity — a bar for
  ours (a different random order finds a different, similar partition).
"""

import csv
import json
import os
from collections import defaultdict

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SAMPLE = os.path.join(ROOT, "samples", "quebec-npi")
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference", "timeline-quebec-npi.json")

STAGES = ["engaging-community", "developing-strategy", "knowledge-sharing", "partnership-planning",
          "joint-action", "accountability", "integration", "partnership-expansion"]


def stage_number(text):
    text = text.strip()
    if not text:
        return None
    if text.isdigit():
        return int(text)
    return STAGES.index(text.lower().replace(" ", "-").replace("_", "-")) + 1


with open(os.path.join(SAMPLE, "organizations.csv"), encoding="utf-8", newline="") as f:
    orgs = {o["id"]: o for o in csv.DictReader(f)}
with open(os.path.join(SAMPLE, "links.csv"), encoding="utf-8", newline="") as f:
    links = list(csv.DictReader(f))


def active(o, year):
    return (not o["since"] or year >= int(o["since"])) and (not o["until"] or year <= int(o["until"]))


def network(year, region):
    members = [i for i, o in orgs.items() if active(o, year) and (region is None or o["region"] == region)]
    g = nx.Graph()
    g.add_nodes_from(members)
    for r in links:
        a, b = r["source"], r["target"]
        if int(r["year"]) != year or a not in g or b not in g:
            continue
        strength = float(r["strength"] or 1)
        stage = stage_number(r.get("stage", ""))
        if g.has_edge(a, b):
            e = g.edges[a, b]
            e["strength"] = max(e["strength"], strength)
            if stage is not None:
                e["stage"] = max(e["stage"] or stage, stage)
        else:
            g.add_edge(a, b, strength=strength, stage=stage)
    return g


def figures(g):
    n, m = g.number_of_nodes(), g.number_of_edges()
    comps = list(nx.connected_components(g))
    degrees = [d for _, d in g.degree()]
    between = list(nx.betweenness_centrality(g, normalized=False).values())
    external = sum(1 for a, b in g.edges if orgs[a]["sector"].strip().lower() != orgs[b]["sector"].strip().lower())
    stages = [0] * 8
    for _, _, s in g.edges(data="stage"):
        if s is not None:
            stages[s - 1] += 1
    louvain = nx.community.louvain_communities(g, seed=1) if m else None
    return {
        "organizations": n,
        "ties": m,
        "density": nx.density(g) if n >= 2 else None,
        "averageDegree": 2 * m / n if n else None,
        "components": len(comps),
        "largestComponentShare": max(map(len, comps)) / n if n else None,
        "degreeCentralization": sum(max(degrees) - d for d in degrees) / ((n - 1) * (n - 2)) if n >= 3 else None,
        "betweennessCentralization":
            sum(max(between) - b for b in between) / ((n - 1) ** 2 * (n - 2) / 2) if n >= 3 else None,
        "intersectoralShare": external / m if m else None,
        "eiIndex": (external - (m - external)) / m if m else None,
        "meanStrength": sum(d for _, d in g.degree(weight="strength")) / n if n else None,
        "meanTieStrength": sum(s for _, _, s in g.edges(data="strength")) / m if m else None,
        "stages": stages,
        "louvainModularity": nx.community.modularity(g, louvain) if louvain else None,
    }


years = sorted({int(r["year"]) for r in links})
regions = sorted({o["region"] for o in orgs.values()}, key=lambda r: r.strip().lower())
result = {
    "sample": "samples/quebec-npi",
    "networkx": nx.__version__,
    "years": years,
    "scopes": [{"region": region, "years": [dict(year=y, **figures(network(y, region))) for y in years]}
               for region in [None] + regions],
}
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(result, f, indent=1, ensure_ascii=False, sort_keys=True)
    f.write("\n")
print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(result['scopes'])} scopes × {len(years)} years")
