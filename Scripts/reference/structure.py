#!/usr/bin/env python3
"""Reference values for PartnerMetrics' structure measures (issue 3, second half).

Writes Tests/Fixtures/reference/structure-<network>.json: the network itself (node labels, edge list
as indices, weights, a group vector) and the values networkx, igraph (R) and sna (R) compute for
cohesion, brokerage, communities, mixing and link prediction. The Swift tests build the same Graph
from the fixture and compare every value (1e-9; Louvain by modularity).

Run by hand, not by CI:  python3 Scripts/reference/structure.py
Needs: networkx, scipy; Rscript with the packages sna, network, igraph and jsonlite
(apt-get install r-cran-sna r-cran-igraph r-cran-jsonlite).

Networks:
- karate: Zachary's karate club (networkx), groups = the 'club' attribute (Mr. Hi 0, Officer 1);
  unweighted, plus the weighted variant from the 'weight' attribute.
- florentine: Padgett's Florentine families (networkx; includes the isolate Pucci), groups = networkx
  Louvain with seed 1, communities numbered by their smallest node.
- lesmis: Les Misérables co-appearances (networkx), weighted, groups = networkx Louvain (weighted) with
  seed 1, numbered the same way.
- emon: Drabek et al.'s EMON search-and-rescue network "Texas" (R package network, data(emon)):
  25 organizations, directed ties ("frequency" ≥ 1), groups = "Sponsorship" (City, County, Federal,
  Private, State -> 0..4 in that order).

Definitions that are ours, computed here from the published definition because no library has them:
- mixing matrix expected = n_a n_b density (a != b) and n_a (n_a - 1) / 2 density (a == b); for a
  directed graph ordered pairs, n_a (n_a - 1) density on the diagonal; ratio = observed / expected.
  The observed counts are checked against networkx's attribute_mixing_matrix.
- Krackhardt & Stern's E-I index: (E - I) / (E + I); network: ties between / within groups; group:
  ties with one / both ends in the group; node: its ties to other groups / its own group.
- "cut off": for an articulation point (bridge), the nodes of its component that would no longer reach
  the largest remaining part once it is removed (ties in size: the part with the smallest node index
  is kept). Computed by brute force: remove, then find components.
"""

import json
import math
import os
import subprocess
import sys

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "Tests", "Fixtures", "reference")
LOUVAIN_SEEDS = list(range(1, 31))


def clean(x):
    """NaN/inf become null (our API says nil, never NaN)."""
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return x


def run_r(code):
    result = subprocess.run(["Rscript", "-e", code], capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def louvain_groups(G, weight):
    parts = nx.community.louvain_communities(G, seed=1, weight=weight)
    parts = sorted((sorted(p) for p in parts), key=lambda p: p[0])
    index = {v: i for i, v in enumerate(G.nodes)}
    groups = [0] * len(G)
    ordered = sorted(parts, key=lambda p: min(index[v] for v in p))
    for g, part in enumerate(ordered):
        for v in part:
            groups[index[v]] = g
    return groups


def load_emon():
    data = run_r(
        """
        suppressMessages({library(network); library(jsonlite)})
        data(emon)
        g <- emon$Texas
        el <- as.matrix(g, matrix.type = "edgelist")
        cat(toJSON(list(names = network.vertex.names(g),
                        sponsorship = g %v% "Sponsorship",
                        edges = unname(el[, 1:2]) - 1), digits = NA))
        """
    )
    G = nx.DiGraph()
    G.add_nodes_from(range(len(data["names"])))
    G.add_edges_from((int(u), int(v)) for u, v in data["edges"])
    kinds = sorted(set(data["sponsorship"]))
    groups = [kinds.index(s) for s in data["sponsorship"]]
    labels = data["names"]
    note = "Sponsorship: " + ", ".join(f"{k}={i}" for i, k in enumerate(kinds))
    return G, labels, groups, note


def networks():
    karate = nx.karate_club_graph()
    yield ("karate", karate, [str(v) for v in karate.nodes],
           [0 if karate.nodes[v]["club"] == "Mr. Hi" else 1 for v in karate.nodes],
           "club attribute: Mr. Hi=0, Officer=1", "weight", "Zachary's karate club, networkx karate_club_graph()")
    flo = nx.florentine_families_graph()
    flo.add_node("Pucci")  # networkx leaves out the isolated family; Padgett's data has it
    yield ("florentine", flo, list(flo.nodes), louvain_groups(flo, None),
           "networkx louvain_communities(seed=1), numbered by smallest node", None,
           "Padgett's Florentine families (marriage), networkx florentine_families_graph() + isolate Pucci")
    les = nx.les_miserables_graph()
    yield ("lesmis", les, list(les.nodes), louvain_groups(les, "weight"),
           "networkx louvain_communities(weight='weight', seed=1), numbered by smallest node", "weight",
           "Les Misérables co-appearances, networkx les_miserables_graph()")
    emon, labels, groups, note = load_emon()
    yield ("emon", emon, labels, groups, note, None, "EMON Texas (Drabek et al. 1981), R network data(emon)")


def relabel(G):
    index = {v: i for i, v in enumerate(G.nodes)}
    return nx.relabel_nodes(G, index), index


def component_list(components):
    return sorted((sorted(c) for c in components), key=lambda c: c[0])


def kept_part(parts):
    """The part kept after a removal: largest, ties to the one with the smallest node."""
    return min(parts, key=lambda p: (-len(p), min(p)))


def cohesion(H):
    U = H.to_undirected() if H.is_directed() else H
    result = {"density": nx.density(H), "components": component_list(nx.connected_components(U))}
    path_components = component_list(nx.strongly_connected_components(H)) if H.is_directed() else result["components"]
    if H.is_directed():
        result["strongComponents"] = path_components
    result["diameters"] = [nx.diameter(H.subgraph(c)) for c in path_components]
    result["averagePathLengths"] = [clean(nx.average_shortest_path_length(H.subgraph(c))) if len(c) > 1 else None
                                    for c in path_components]
    result["transitivity"] = nx.transitivity(U)
    # Directed: Fagiolo's directed clustering, networkx's average_clustering of the DiGraph.
    result["averageClustering"] = nx.average_clustering(H)
    result["triangles"] = [nx.triangles(U, v) for v in range(len(U))]

    points = sorted(nx.articulation_points(U))
    result["articulationPoints"] = points
    cut_off = []
    for a in points:
        component = nx.node_connected_component(U, a) - {a}
        rest = U.subgraph(component)
        parts = [set(p) for p in nx.connected_components(rest)]
        keep = kept_part(parts)
        cut_off.append(sorted(component - keep))
    result["articulationCutOff"] = cut_off
    bridges = sorted(tuple(sorted(e)) for e in nx.bridges(U))
    result["bridges"] = [list(b) for b in bridges]
    bridge_cut = []
    for u, v in bridges:
        R = U.copy()
        R.remove_edge(u, v)
        parts = [nx.node_connected_component(R, u), nx.node_connected_component(R, v)]
        keep = kept_part(parts)
        bridge_cut.append(sorted(parts[0] - keep if keep is parts[1] else parts[1] - keep))
    result["bridgeCutOff"] = bridge_cut
    return result


def centralization_igraph(H):
    """Freeman centralizations by R igraph: centr_degree(mode='all', loops=FALSE) and centr_betw."""
    edges = [[u + 1, v + 1] for u, v in H.edges]
    code = f"""
        suppressMessages({{library(igraph); library(jsonlite)}})
        el <- matrix(c({",".join(str(x) for e in edges for x in e)}), ncol = 2, byrow = TRUE)
        g <- make_graph(t(el), n = {len(H)}, directed = {"TRUE" if H.is_directed() else "FALSE"})
        d <- centr_degree(g, mode = "all", loops = FALSE, normalized = TRUE)
        b <- centr_betw(g, directed = {"TRUE" if H.is_directed() else "FALSE"}, normalized = TRUE)
        cat(toJSON(list(degree = d$centralization, betweenness = b$centralization,
                        degreeTheoreticalMax = d$theoretical_max,
                        betweennessTheoreticalMax = b$theoretical_max), digits = NA, auto_unbox = TRUE))
    """
    values = run_r(code)
    values = {k: clean(float(v)) if v is not None and v != "NaN" else None for k, v in values.items()}
    # Raw betweenness (each unordered pair once when undirected) for the Swift test of the formula,
    # and a check that Freeman's sum over the theoretical maximum is what igraph computed.
    raw = nx.betweenness_centrality(H, normalized=False)
    values["rawBetweenness"] = [raw[v] for v in range(len(H))]
    spread = sum(max(raw.values()) - b for b in raw.values())
    assert abs(spread / values["betweennessTheoreticalMax"] - values["betweenness"]) < 1e-12
    return values


def link_prediction(H):
    U = nx.Graph(H.to_undirected()) if H.is_directed() else H
    pairs = sorted(tuple(sorted(p)) for p in nx.non_edges(U))
    out = {"pairs": [list(p) for p in pairs]}
    out["commonNeighbors"] = [len(list(nx.common_neighbors(U, u, v))) for u, v in pairs]
    for key, function in (("jaccard", nx.jaccard_coefficient), ("adamicAdar", nx.adamic_adar_index),
                          ("resourceAllocation", nx.resource_allocation_index),
                          ("preferentialAttachment", nx.preferential_attachment)):
        out[key] = [score for _, _, score in function(U, pairs)]
    return out


def mixing(H, groups):
    k = max(groups) + 1
    n = len(H)
    directed = H.is_directed()
    density = nx.density(H)
    size = [groups.count(g) for g in range(k)]
    observed = [[0] * k for _ in range(k)]
    for u, v in H.edges:
        a, b = groups[u], groups[v]
        if directed:
            observed[a][b] += 1
        else:
            observed[a][b] += 1
            if a != b:
                observed[b][a] += 1
    # Cross-check the observed counts with networkx's (unnormalised) mixing matrix.
    nx.set_node_attributes(H, {v: groups[v] for v in range(n)}, "group")
    M = nx.attribute_mixing_matrix(H, "group", mapping={g: g for g in range(k)}, normalized=False)
    for a in range(k):
        for b in range(k):
            expected_count = M[a][b] / 2 if (not directed and a == b) else M[a][b]
            assert expected_count == observed[a][b], (a, b, M[a][b], observed[a][b])
    expected = [[0.0] * k for _ in range(k)]
    ratio = [[None] * k for _ in range(k)]
    for a in range(k):
        for b in range(k):
            if a == b:
                pairs = size[a] * (size[a] - 1) if directed else size[a] * (size[a] - 1) / 2
            else:
                pairs = size[a] * size[b]
            expected[a][b] = pairs * density
            ratio[a][b] = observed[a][b] / expected[a][b] if expected[a][b] > 0 else None

    def ei(external, internal):
        return (external - internal) / (external + internal) if external + internal > 0 else None

    external = sum(1 for u, v in H.edges if groups[u] != groups[v])
    internal = H.number_of_edges() - external
    group_ei = []
    for g in range(k):
        e = sum(1 for u, v in H.edges if (groups[u] == g) != (groups[v] == g))
        i = sum(1 for u, v in H.edges if groups[u] == g and groups[v] == g)
        group_ei.append(ei(e, i))
    node_ei = []
    for v in range(n):
        incident = list(H.out_edges(v)) + list(H.in_edges(v)) if directed else list(H.edges(v))
        e = sum(1 for a, b in incident if groups[a] != groups[b])
        node_ei.append(ei(e, len(incident) - e))
    assortativity = clean(nx.attribute_assortativity_coefficient(H, "group")) if H.number_of_edges() else None
    return {"groupSizes": size, "observed": observed, "expected": expected, "ratio": ratio,
            "eiNetwork": ei(external, internal), "eiGroups": group_ei, "eiNodes": node_ei,
            "assortativity": assortativity}


def communities(H, groups, weight):
    out = {"louvain": [], "partitions": []}
    variants = [(None, False)] + ([(weight, True)] if weight else [])
    for w, weighted in variants:
        for seed in LOUVAIN_SEEDS:
            if H.is_directed():
                U = undirected_mutual(H)
                parts = nx.community.louvain_communities(U, seed=seed, weight="weight")
                q = nx.community.modularity(U, parts, weight="weight")
            else:
                parts = nx.community.louvain_communities(H, seed=seed, weight=w)
                q = nx.community.modularity(H, parts, weight=w)
            out["louvain"].append({"seed": seed, "weighted": weighted, "modularity": q,
                                   "communityCount": len(parts)})
        membership_sets = {
            "groups": groups,
            "singletons": list(range(len(H))),
            "whole": [0] * len(H),
        }
        for name, membership in membership_sets.items():
            parts = {}
            for v, g in enumerate(membership):
                parts.setdefault(g, set()).add(v)
            q = nx.community.modularity(H, list(parts.values()), weight=w) if H.number_of_edges() else None
            out["partitions"].append({"name": name, "weighted": weighted, "membership": membership,
                                      "modularity": q})
    return out


def undirected_mutual(H):
    """Ties without direction, weighted by mutual weight (arcs in both directions summed)."""
    U = nx.Graph()
    U.add_nodes_from(H.nodes)
    for u, v in H.edges:
        w = H[u][v].get("weight", 1)
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    return U


def burt_by_definition(H, weight):
    """Burt's constraint and effective size straight from the definition, with dense matrices.

    M = A + Aᵀ (mutual weights), p_ij = M_ij / Σ_k M_ik, m_jq = M_jq / max_k M_jk;
    c(i) = Σ_{j∈N(i)} (p_ij + Σ_q p_iq p_qj)², e(i) = Σ_{j∈N(i)} (1 − Σ_q p_iq m_jq); NaN for isolates.
    """
    import numpy as np
    n = len(H)
    A = np.zeros((n, n))
    for u, v, data in H.edges(data=True):
        A[u, v] = data.get(weight, 1) if weight else 1
        if not H.is_directed():
            A[v, u] = A[u, v]
    M = A + A.T
    total = M.sum(axis=1)
    largest = M.max(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        P = np.where(total[:, None] > 0, M / total[:, None], 0.0)
        m = np.where(largest[:, None] > 0, M / largest[:, None], 0.0)
    local = (P + P @ P) ** 2
    redundancy = P @ m.T
    tied = M > 0
    constraint = [float((local[i] * tied[i]).sum()) if total[i] > 0 else float("nan") for i in range(n)]
    effective = [float(((1 - redundancy[i]) * tied[i]).sum()) if total[i] > 0 else float("nan") for i in range(n)]
    return constraint, effective


def same(a, b):
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) < 1e-12


def brokerage(H, weight):
    """Burt's measures by definition, checked against networkx `constraint` and `effective_size`.

    networkx 3.6 has two paths and each is wrong somewhere, so neither is taken as is:
    - the all-nodes shortcut through scipy computes effective size wrongly unless every node's
      largest mutual weight is the same (undirected, unweighted): `max(axis=1).toarray()` is 1-D,
      so m_jq is divided by q's largest mutual weight instead of j's;
    - the node-by-node path (`nodes=`) tests `len(G[v]) == 0` (successors only), so in a directed
      graph a node with only incoming arcs gets NaN.
    The values written are the definition's; every networkx value outside those two cases must
    agree to 1e-12.
    """
    out = {}
    everyone = list(H.nodes)
    for w, key in [(None, "unweighted")] + ([(weight, "weighted")] if weight else []):
        constraint, effective = burt_by_definition(H, w)
        node_constraint = nx.constraint(H, nodes=everyone, weight=w)
        node_effective = nx.effective_size(H, nodes=everyone, weight=w)
        all_constraint = nx.constraint(H, weight=w)
        all_effective = nx.effective_size(H, weight=w)
        for v in everyone:
            assert same(constraint[v], all_constraint[v]), (key, v)
            if not H.is_directed() or H.out_degree(v) > 0:
                assert same(constraint[v], node_constraint[v]), (key, v)
                assert same(effective[v], node_effective[v]), (key, v)
            if not H.is_directed() and w is None:
                assert same(effective[v], all_effective[v]), (key, v)
        contacts = [len(set(nx.all_neighbors(H, v))) for v in range(len(H))]
        out[key] = {
            "constraint": [clean(constraint[v]) for v in range(len(H))],
            "effectiveSize": [clean(effective[v]) for v in range(len(H))],
            "efficiency": [clean(effective[v] / contacts[v]) if contacts[v] else None for v in range(len(H))],
        }
    return out


def gould_fernandez(H, groups):
    """R sna brokerage(): raw counts; undirected ties are passed as a symmetric matrix (mutual arcs)."""
    n = len(H)
    arcs = list(H.edges) if H.is_directed() else [(u, v) for u, v in H.edges] + [(v, u) for u, v in H.edges]
    if arcs:
        cells = ",".join(f"{u + 1},{v + 1}" for u, v in arcs)
        fill = f"el <- matrix(c({cells}), ncol = 2, byrow = TRUE); m[el] <- 1"
    else:
        fill = ""
    code = f"""
        suppressMessages({{library(sna); library(jsonlite)}})
        m <- matrix(0, {n}, {n})
        {fill}
        b <- brokerage(m, c({",".join(str(g) for g in groups)}))
        cat(toJSON(list(columns = colnames(b$raw.nli), raw = unname(b$raw.nli)), digits = NA))
    """
    data = run_r(code)
    columns = data["columns"]
    raw = data["raw"]
    names = {"w_I": "coordinator", "w_O": "itinerant", "b_IO": "representative", "b_OI": "gatekeeper",
             "b_O": "liaison", "t": "total"}
    return {names[c]: [row[i] for row in raw] for i, c in enumerate(columns)}


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, G, labels, groups, group_note, weight, description in networks():
        H, _ = relabel(G)
        edges = [[u, v] for u, v in H.edges]
        weights = [H[u][v][weight] for u, v in H.edges] if weight else None
        fixture = {
            "network": name,
            "description": description,
            "directed": H.is_directed(),
            "nodes": labels,
            "edges": edges,
            "weights": weights,
            "groups": groups,
            "groupNote": group_note,
            "cohesion": cohesion(H),
            "centralization": centralization_igraph(H),
            "linkPrediction": link_prediction(H),
            "mixing": mixing(H.copy(), groups),
            "communities": communities(H, groups, weight),
            "brokerage": brokerage(H, weight),
            "gouldFernandez": gould_fernandez(H, groups),
            "versions": {"networkx": nx.__version__},
        }
        path = os.path.join(OUT, f"structure-{name}.json")
        with open(path + ".tmp", "w") as f:
            json.dump(fixture, f, sort_keys=True, separators=(",", ":"))
            f.write("\n")
        os.replace(path + ".tmp", path)
        print(f"wrote {path} ({len(H)} nodes, {H.number_of_edges()} ties)")


if __name__ == "__main__":
    sys.exit(main())
