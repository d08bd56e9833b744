#!/usr/bin/env python3
"""Writes a large, valid, deterministic PartnerMap workspace (organizations.csv + links.csv).

Used to measure import time and peak memory at scale (issue 2): the default is 100,000
organizations in 100 regions and 10 sectors, and 500,000 link rows over the survey years
2019-2022, four kinds, strengths 1-3 and NPI stages 1-8. Names carry commas and quotes now and
then so the reader's quoted-field path is exercised. Every organization has at least one tie and
no (pair, year, kind) repeats, so the workspace validates without a warning.

    python3 Scripts/generate-large-workspace.py /tmp/big
    python3 Scripts/generate-large-workspace.py /tmp/big --links 500000 --organizations 100000 --seed 7
    python3 Scripts/generate-large-workspace.py /tmp/big1 --without-years   # all ties in one snapshot

Same arguments, same bytes: the output depends only on the seed.
"""
import argparse
import csv
import os
import random

SECTORS = ["health", "social services", "community", "education", "municipal",
           "employment", "housing", "justice", "research", "philanthropy"]
KINDS = ["referral", "joint-project", "shared-resources", "information"]
YEARS = [2019, 2020, 2021, 2022]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder")
    parser.add_argument("--links", type=int, default=500_000)
    parser.add_argument("--organizations", type=int, default=100_000)
    parser.add_argument("--regions", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--without-years", action="store_true",
                        help="leave out the year column: every tie is in the one snapshot analysed "
                             "(with years, analyses read the latest year's quarter of the ties)")
    args = parser.parse_args()
    if args.organizations < 2 or args.links < args.organizations:
        parser.error("need at least 2 organizations and at least one link per organization")

    rng = random.Random(args.seed)
    os.makedirs(args.folder, exist_ok=True)
    n = args.organizations
    regions = [f"Region {r:03d}" for r in range(args.regions)]
    region_of = [i % args.regions for i in range(n)]
    members = [[] for _ in regions]
    for i in range(n):
        members[region_of[i]].append(i)

    with open(os.path.join(args.folder, "organizations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "sector", "region", "type"])
        for i in range(n):
            name = f"Organization {i}"
            if i % 10 == 0:
                name += ", Inc."
            if i % 25 == 0:
                name = f'Centre "{name}"'
            w.writerow([f"org-{i:06d}", name, SECTORS[rng.randrange(len(SECTORS))],
                        regions[region_of[i]], "community organization"])

    seen = set()
    rows = []

    def add(a, b):
        if a == b:
            return False
        year = rng.choice(YEARS)
        kind = rng.choice(KINDS)
        key = (min(a, b), max(a, b), year, kind)
        if key in seen:
            return False
        seen.add(key)
        rows.append((a, b, year, kind, rng.randint(1, 3), rng.randint(1, 8)))
        return True

    # One tie per organization first, so none is isolated, then ties mostly inside a region.
    for i in range(n):
        while not add(i, rng.randrange(n)):
            pass
    while len(rows) < args.links:
        a = rng.randrange(n)
        if rng.random() < 0.8:
            group = members[region_of[a]]
            b = group[rng.randrange(len(group))]
        else:
            b = rng.randrange(n)
        add(a, b)

    with open(os.path.join(args.folder, "links.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target"] + ([] if args.without_years else ["year"]) + ["kind", "strength", "stage"])
        for a, b, year, kind, strength, stage in rows:
            w.writerow([f"org-{a:06d}", f"org-{b:06d}"] + ([] if args.without_years else [year])
                       + [kind, strength, stage])


if __name__ == "__main__":
    main()
