#!/usr/bin/env python3
"""Cross-check samples/quebec-npi/expected.json with networkx (independent of the generator's own code).

    python3 samples/check_quebec_npi.py      # needs networkx; prints the counts, exits 1 on a mismatch
"""

import csv
import json
import os
import sys
from collections import defaultdict
from itertools import combinations

import networkx as nx

DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "quebec-npi")
with open(os.path.join(DIR, "organizations.csv"), encoding="utf-8", newline="") as f:
    orgs = {o["id"]: o for o in csv.DictReader(f)}
with open(os.path.join(DIR, "links.csv"), encoding="utf-8", newline="") as f:
    links = list(csv.DictReader(f))
with open(os.path.join(DIR, "expected.json"), encoding="utf-8") as f:
    expected = json.load(f)

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)


def active(o, year):
    return (not o["since"] or year >= int(o["since"])) and (not o["until"] or year <= int(o["until"]))


years = sorted({int(r["year"]) for r in links})
graphs = {}
for y in years:
    g = nx.Graph()
    g.add_nodes_from(i for i, o in orgs.items() if active(o, y))
    for r in links:
        if int(r["year"]) == y:
            kinds = g.edges[r["source"], r["target"]]["kinds"] if g.has_edge(r["source"], r["target"]) else set()
            g.add_edge(r["source"], r["target"], kinds=kinds | {r["kind"]})
    check(g.number_of_nodes() == sum(1 for o in orgs.values() if active(o, y)), f"{y}: link to an inactive org")
    graphs[y] = g

regions = list(dict.fromkeys(o["region"] for o in orgs.values()))
check(expected["organizations"] == len(orgs), "organization count")
check(expected["regions"] == len(regions) and expected["regionNames"] == regions, "regions")
check(expected["years"] == years, "years")
print(f"{len(orgs)} organizations, {len(regions)} regions, {len(links)} link rows")

for y, g in graphs.items():
    e = expected["perYear"][str(y)]
    comps = list(nx.connected_components(g))
    got = {"organizations": g.number_of_nodes(), "ties": g.number_of_edges(),
           "components": len(comps), "isolates": sorted(nx.isolates(g)),
           "largestComponent": max(map(len, comps)),
           "multiplexTies": sum(1 for *_, k in g.edges(data="kinds") if len(k) > 1)}
    for key, value in got.items():
        check(e[key] == value, f"{y} {key}: expected {e[key]}, networkx {value}")
    print(f"{y}: {got['organizations']} organizations, {got['ties']} ties ({got['multiplexTies']} multiplex), "
          f"density {nx.density(g):.4f}, {got['components']} components, isolates {got['isolates']}")

for c in expected["changes"]:
    a, b = graphs[c["from"]], graphs[c["to"]]
    ea = {tuple(sorted(p)) for p in a.edges}
    eb = {tuple(sorted(p)) for p in b.edges}
    check(c["joined"] == sorted(set(b) - set(a)), f"joined {c['from']}-{c['to']}")
    check(c["left"] == sorted(set(a) - set(b)), f"left {c['from']}-{c['to']}")
    check(c["formed"] == sorted(map(list, eb - ea)), f"formed {c['from']}-{c['to']}")
    check(c["dissolved"] == sorted(map(list, ea - eb)), f"dissolved {c['from']}-{c['to']}")
    print(f"{c['from']}→{c['to']}: joined {len(c['joined'])}, left {len(c['left'])}, "
          f"formed {len(c['formed'])}, dissolved {len(c['dissolved'])}")

sectors = sorted({o["sector"] for o in orgs.values()})
never_tied = defaultdict(set)   # region -> sector pairs present but never tied in any year
for r in regions:
    for y, g in graphs.items():
        sub = g.subgraph(i for i in g if orgs[i]["region"] == r)
        e = expected["perRegion"][r]["years"][str(y)]
        aps = sorted(nx.articulation_points(sub))
        brs = sorted(sorted(p) for p in nx.bridges(sub))
        check(e["articulationPoints"] == aps, f"{r} {y} articulation points {aps}")
        check(e["bridges"] == brs, f"{r} {y} bridges {brs}")
        check(e["ties"] == sub.number_of_edges() and e["organizations"] == sub.number_of_nodes(), f"{r} {y} size")
        check(e["components"] == nx.number_connected_components(sub), f"{r} {y} components")
        present = sorted({orgs[i]["sector"] for i in sub})
        check(e["sectors"] == present, f"{r} {y} sectors")
        tied = {tuple(sorted((orgs[a]["sector"], orgs[b]["sector"]))) for a, b in sub.edges}
        pairs = {p for p in combinations(present, 2) if p not in tied}
        never_tied[r] = pairs if y == years[0] else never_tied[r] & pairs

p = expected["planted"]
# (a) exactly one region lacks education, in every year, and it lacks nothing else.
for y, g in graphs.items():
    lacking = {r: sorted(set(sectors) - {orgs[i]["sector"] for i in g if orgs[i]["region"] == r}) for r in regions}
    check({r: m for r, m in lacking.items() if m} == {p["noEducationRegion"]["region"]: ["education"]},
          f"{y}: sector gaps {lacking}")
# (b) the broker is the only cut vertex of its region; removing it leaves the listed silos.
b = p["singleBroker"]
for y, g in graphs.items():
    sub = g.subgraph(i for i in g if orgs[i]["region"] == b["region"])
    check(sorted(nx.articulation_points(sub)) == [b["broker"]], f"{y}: broker")
    rest = sub.subgraph(i for i in sub if i != b["broker"])
    check(sorted(sorted(c) for c in nx.connected_components(rest)) == b["partsWithoutBroker"], f"{y}: silos")
    whole = g.subgraph(i for i in g if i != b["broker"])   # also in the whole province
    check(all(len(c) == 4 for c in nx.connected_components(whole) if len(c) < 100 and len(c) > 1), f"{y}: silos")
# Cut vertices elsewhere cut off single organizations only (except at the planted bridge).
for r in regions:
    if r == b["region"]:
        continue
    for y, g in graphs.items():
        sub = g.subgraph(i for i in g if orgs[i]["region"] == r)
        for v in nx.articulation_points(sub):
            parts = sorted(map(len, nx.connected_components(sub.subgraph(i for i in sub if i != v))))
            if v not in p["bridge"]["tie"]:
                check(parts[-2] == 1, f"{r} {y}: {v} cuts off {parts}")
# (c) the sector pair is never tied in its region; every other region ties it every year.
pair = tuple(p["neverTiedSectorPair"]["sectors"])
for r in regions:
    check((pair in never_tied[r]) == (r == p["neverTiedSectorPair"]["region"]), f"{r}: {pair}")
    for y, g in graphs.items():
        sub = g.subgraph(i for i in g if orgs[i]["region"] == r)
        n = sum(1 for a, c in sub.edges if {orgs[a]["sector"], orgs[c]["sector"]} == set(pair))
        check((n == 0) == (r == p["neverTiedSectorPair"]["region"]), f"{r} {y}: {pair} ties {n}")
# (d) the isolated organization.
for y, g in graphs.items():
    check(sorted(nx.isolates(g)) == [p["isolated"]["organization"]], f"{y}: isolates")
# (e) the bridge cuts off the islands, in the region and in the whole province.
for y, g in graphs.items():
    for sub in (g.subgraph(i for i in g if orgs[i]["region"] == p["bridge"]["region"]), g):
        check(tuple(p["bridge"]["tie"]) in {tuple(sorted(e)) for e in nx.bridges(sub)}, f"{y}: bridge")
        cut = sub.copy()
        cut.remove_edge(*p["bridge"]["tie"])
        check(sorted(nx.node_connected_component(cut, p["bridge"]["tie"][0])) == p["bridge"]["cutOff"], f"{y}: cut")

# (f) the 2022 survey round: networkx's directed graph of who named whom against expected.json.
with open(os.path.join(DIR, "responses.csv"), encoding="utf-8", newline="") as f:
    responses = list(csv.DictReader(f))
survey = expected["survey"]
sy = survey["year"]
named = nx.DiGraph()
named.add_edges_from((r["respondent"], r["partner"], {"row": r}) for r in responses)
answered = {r["respondent"] for r in responses}
check({frozenset(e) for e in named.edges} == {frozenset(e) for e in graphs[sy].edges},
      "survey: the named ties are the 2022 ties")


def survey_scope(members):
    sub = named.subgraph(members)
    ties = {frozenset(e) for e in sub.edges}
    both = [t for t in ties if t <= answered]
    confirmed = sum(1 for t in both if all(sub.has_edge(a, b) for a in t for b in t if a != b))
    means = {"trust": [], "value": []}
    for *_, r in sub.edges(data="row"):
        for scale in means:
            given = [int(r[c]) for c in r if c.startswith(scale + "_") and r[c]]
            if given:
                means[scale].append(sum(given) / len(given))
    return {"invited": len(members), "respondents": len(set(members) & answered), "ties": len(ties),
            "confirmedTies": confirmed, "unconfirmedTies": len(both) - confirmed,
            "unansweredTies": len(ties) - len(both),
            **{k: 100 * (sum(v) / len(v) - 1) / 3 for k, v in means.items()}}


invited = [i for i, o in orgs.items() if active(o, sy)]
scopes = [(None, invited)] + [(r, [i for i in invited if orgs[i]["region"] == r]) for r in regions]
for r, members in scopes:
    got, want = survey_scope(members), (survey["network"] if r is None else survey["regions"][r])
    for key, value in got.items():
        check(abs(value - want[key]) < 1e-9, f"survey {r or 'network'} {key}: {value} vs {want[key]}")
silent = survey["silentSector"]
check(not any(orgs[i]["region"] == silent["region"] and orgs[i]["sector"] == silent["sector"] for i in answered),
      "survey: the silent sector answered")
print(f"survey {sy}: {survey_scope(invited)}")

print("planted:", json.dumps(p, ensure_ascii=False))
if failures:
    print(f"{len(failures)} mismatches:", *failures[:30], sep="\n  ")
    sys.exit(1)
print("networkx agrees with expected.json")
