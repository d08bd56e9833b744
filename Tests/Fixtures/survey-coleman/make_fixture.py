#!/usr/bin/env python3
"""Builds the survey fixture from Coleman's high-school friendship network and computes every figure
of `partnermap survey` independently of PartnerMap.

Source: highschool.gml, copied unchanged from igraph/python-igraph
(doc/source/community_detection_guide/networks/highschool/network.gml, commit b275ab0e), which is the
KONECT moreno_highschool network: J. S. Coleman, Introduction to Mathematical Sociology (1964).
70 boys, 366 arcs; an arc i -> j means i named j as a friend in a survey — a real directed survey
network, so "who named whom" is what the boys answered.

Seeded (random.Random(18)), since the source has none of it: each node becomes an organization with a
sector and a region; 25% of the nodes did not answer (their arcs are dropped: a non-respondent names
nobody); every remaining arc is a response with a level (1-3, sometimes empty, written as a number or
an English or French name) and six 1-4 ratings, each sometimes empty. Respondents whose every arc was
dropped or who named nobody are marked responded=yes. Every education organization of region Sud is a
non-respondent, so the gap analysis can say "no education organization answered".

Writes organizations.csv, responses.csv and expected.json. Run: python3 make_fixture.py
"""
import csv
import json
import random
import statistics

import igraph
import networkx as nx

rng = random.Random(18)
g = igraph.Graph.Read_GML("highschool.gml")
arcs = sorted(set(g.get_edgelist()))
n = g.vcount()
assert n == 70 and len(arcs) == 366

SECTORS = ["health", "social services", "education", "community", "municipal"]
REGIONS = ["Nord", "Centre", "Sud"]
TRUST = ["trust_reliability", "trust_mission", "trust_openness"]
VALUE = ["value_power", "value_involvement", "value_resources"]
LEVEL_NAMES = {1: ["1", "cooperative", "coopération", "Cooperative"],
               2: ["2", "coordinated", "coordination"],
               3: ["3", "integrated", "intégration", "Intégration"]}
RESOURCES = ["funding", "staff", "space", "expertise", "data"]

ids = [f"o{i:02d}" for i in range(n)]
sector = [rng.choice(SECTORS) for _ in range(n)]
region = [rng.choice(REGIONS) for _ in range(n)]
nonrespondents = set(rng.sample(range(n), n // 4))
nonrespondents |= {i for i in range(n) if sector[i] == "education" and region[i] == "Sud"}

responses = []
for (s, t) in arcs:
    if s in nonrespondents:
        continue
    level = None if rng.random() < 0.1 else rng.randint(1, 3)
    row = {"respondent": ids[s], "partner": ids[t], "year": 2024, "level": level}
    no_trust = rng.random() < 0.08
    for item in TRUST + VALUE:
        empty = rng.random() < 0.15 or (no_trust and item in TRUST)
        row[item] = None if empty else rng.randint(1, 4)
    row["resources"] = rng.sample(RESOURCES, rng.randint(0, 2))
    row["comments"] = rng.choice(["", "", "monthly meetings", "shared client, \"urgent\" referrals"])
    responses.append(row)

named = {ids[s] for (s, t) in arcs if s not in nonrespondents}
declared = sorted(ids[i] for i in range(n) if i not in nonrespondents and ids[i] not in named)
# Two respondents that also named partners are marked too: the flag and the rows agree.
declared += sorted(rng.sample(sorted(named), 2))

with open("organizations.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["id", "name", "sector", "region", "responded"])
    for i in range(n):
        w.writerow([ids[i], f"Organization {i:02d}", sector[i], region[i], "yes" if ids[i] in declared else ""])

with open("responses.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["respondent", "partner", "year", "level"] + TRUST + VALUE + ["resources_contributed", "comments"])
    for r in responses:
        level = "" if r["level"] is None else rng.choice(LEVEL_NAMES[r["level"]])
        items = ["" if r[k] is None else r[k] for k in TRUST + VALUE]
        w.writerow([r["respondent"], r["partner"], r["year"], level] + items + ["; ".join(r["resources"]), r["comments"]])

# ---- independent computation of every figure ----------------------------------------------------

def mean(values):
    values = [v for v in values if v is not None]
    return statistics.fmean(values) if values else None

def scale_mean(row, items):
    return mean([row[k] for k in items])

region_of = dict(zip(ids, region))
respondents = {r["respondent"] for r in responses} | set(declared)

def summary(members, name=None):
    members = set(members)
    rows = [r for r in responses if r["respondent"] in members and r["partner"] in members]
    pairs = {}
    for r in rows:
        pairs.setdefault(frozenset((r["respondent"], r["partner"])), []).append(r)
    counts = {"confirmed": 0, "unconfirmed": 0, "unanswered": 0}
    for pair, reports in pairs.items():
        a, b = sorted(pair)
        if a in respondents and b in respondents:
            counts["confirmed" if len({x["respondent"] for x in reports}) == 2 else "unconfirmed"] += 1
        else:
            counts["unanswered"] += 1
    answered = len(members & respondents)
    trust = mean([scale_mean(r, TRUST) for r in rows])
    value = mean([scale_mean(r, VALUE) for r in rows])
    result = {"invited": len(members), "respondents": answered,
              "responseRate": answered / len(members) if members else None,
              "ties": len(pairs), "confirmedTies": counts["confirmed"],
              "unconfirmedTies": counts["unconfirmed"], "unansweredTies": counts["unanswered"],
              "trust": None if trust is None else 100 * (trust - 1) / 3,
              "value": None if value is None else 100 * (value - 1) / 3}
    if name is not None:
        result = {"region": name, **result}
    return result, pairs

network, pairs = summary(ids)
regions = [summary([i for i in ids if region_of[i] == name], name)[0] for name in sorted(REGIONS, key=str.lower)]

organizations = []
for i in range(n):
    received = [r for r in responses if r["partner"] == ids[i]
                and any(r[k] is not None for k in TRUST + VALUE)]
    organizations.append({
        "id": ids[i], "name": f"Organization {i:02d}", "sector": sector[i], "region": region[i],
        "responded": ids[i] in respondents, "ratings": len(received),
        "trust": mean([scale_mean(r, TRUST) for r in received]),
        "value": mean([scale_mean(r, VALUE) for r in received]),
        "items": {k: mean([r[k] for r in received]) for k in TRUST + VALUE}})

ties = []
for pair, reports in sorted(pairs.items(), key=lambda kv: sorted(kv[0])):
    a, b = sorted(pair)
    both = a in respondents and b in respondents
    status = ("confirmed" if len({x["respondent"] for x in reports}) == 2 else "unconfirmed") if both else "unanswered"
    ties.append({"first": a, "second": b, "status": status,
                 "level": mean([x["level"] for x in reports]),
                 "trust": mean([scale_mean(x, TRUST) for x in reports]),
                 "value": mean([scale_mean(x, VALUE) for x in reports])})

# Reciprocity counting only pairs where both answered: networkx on the arcs among respondents.
answered_graph = nx.DiGraph()
answered_graph.add_nodes_from(sorted(respondents))
answered_graph.add_edges_from((r["respondent"], r["partner"]) for r in responses
                              if r["respondent"] in respondents and r["partner"] in respondents)
reciprocity = {"arcs": answered_graph.number_of_edges(),
               "reciprocatedArcs": sum(1 for u, v in answered_graph.edges() if answered_graph.has_edge(v, u)),
               "overall": nx.overall_reciprocity(answered_graph)}

with open("expected.json", "w", encoding="utf-8") as f:
    json.dump({"survey": {"network": network, "regions": regions, "organizations": organizations},
               "ties": ties, "reciprocity": reciprocity,
               "counts": {"responses": len(responses), "declared": len(declared),
                          "nonrespondents": n - len(respondents)}},
              f, indent=1, sort_keys=True, ensure_ascii=False)
    f.write("\n")
print(json.dumps(network), json.dumps(reciprocity), len(responses), "responses")
