#!/usr/bin/env python3
"""Build relgraph's runtime gazetteer (data/actors/*.tsv) from the reference facts and our curation.

Inputs:
  ../shared/data/countries.tsv          ISO codes, CLDR names, capitals, demonyms (see its README)
  ../shared/data/world_leaders_2021.csv heads of state and government from 2021 (Wikidata, CC0)
  data/curation/country_overrides.tsv   news short forms, metonyms, names to drop (hand-curated)
  data/curation/persons_manual.tsv      leaders before 2021 and after 2022, foreign ministers
  data/curation/demonyms.tsv            plural nouns and alternative adjectives for peoples
Outputs (committed, read by relgraph at build time):
  data/actors/countries.tsv  iso3, name_en, name_id, names, demonyms, source
  data/actors/persons.tsv    id, name, country, role, start, end, aliases, source

Run from the repository root:  python3 scripts/curate_actors.py [SHARED_DATA_DIR]
"""
import csv
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "data")
CUR = os.path.join(ROOT, "data", "curation")
OUT = os.path.join(ROOT, "data", "actors")

# Capitals that are also common words or other places; they stay out of the metonyms.
AMBIGUOUS_CAPITALS = {
    "Victoria", "Kingston", "Georgetown", "San José", "Male", "Malé", "Hamilton", "Jamestown",
    "Washington D.C.", "Saint John's", "St. John's", "Road Town", "The Valley", "Plymouth", "King Edward Point",
    "Flying Fish Cove", "West Island", "Adamstown", "Kingston", "Avarua", "Alofi", "Basseterre", "Castries",
    "Philipsburg", "Marigot", "Gustavia", "Tórshavn", "Gibraltar", "Douglas", "Saint Helier",
    "Saint Peter Port", "Papeete", "Nouméa", "Mata-Utu", "Hagåthá", "Saipan", "Pago Pago", "Charlotte Amalie",
    "San Juan", "Oranjestad", "Willemstad", "Kralendijk", "Cockburn Town", "George Town", "Brades",
    "Stanley", "Longyearbyen", "Mariehamn", "Saint-Pierre", "Saint-Denis", "Mamoudzou", "Cayenne",
    "Fort-de-France", "Basse-Terre", "Port-aux-Français", "Diego Garcia", "El Aaiún", "Santiago",
    "Belmopan", "Palikir", "Ngerulmud", "Majuro", "Funafuti", "Yaren", "South Tarawa", "Tarawa",
    "Victoria", "Praia", "Apia", "Moroni", "Lomé", "Bissau", "Banjul", "Maseru", "Mbabane", "Lobamba",
    "Valletta", "Monaco", "Vatican City", "San Marino", "Andorra la Vella", "Vaduz", "Luxembourg",
    "Singapore", "Kuwait City", "Panama City", "Guatemala City", "Mexico City", "Djibouti",
}
# A demonym shared by several territories belongs to the sovereign state; a few are too ambiguous to keep.
# `Congolese` is shared by the two Congos; in the news it is the Democratic Republic's (all but a
# handful of the 46 uses in the Wikipedia current-events items).
DEMONYM_OWNER = {"Swedish": "SWE", "French": "FRA", "Dutch": "NLD", "Chinese": "CHN", "Dominican": "DOM",
                 "Indian": "IND", "American": "USA", "Norwegian": "NOR", "Congolese": "COD"}
AMBIGUOUS_DEMONYMS = {"Channel Islander", "Virgin Islander"}
# Territories that rarely act in international news and whose names collide with common words.
SKIP_COUNTRIES = {"UMI", "ATF", "HMD", "BVT", "ATA", "IOT"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")


def rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def split(s):
    return [x.strip() for x in s.split("|") if x.strip()]


def main():
    overrides = {}
    for r in rows(os.path.join(CUR, "country_overrides.tsv")):
        add, drop, src = overrides.get(r[0], ([], set(), ""))
        overrides[r[0]] = (add + split(r[1]), drop | set(split(r[2])), "; ".join(x for x in (src, r[3]) if x))
    extra_demonyms = {r[0]: split(r[1]) for r in rows(os.path.join(CUR, "demonyms.tsv"))}
    countries = []
    by_name = {}
    with open(os.path.join(SHARED, "countries.tsv"), encoding="utf-8") as f:
        for r in csv.DictReader(f, delimiter="\t"):
            iso3 = r["iso3"]
            if iso3 in SKIP_COUNTRIES:
                continue
            add, drop, osrc = overrides.get(iso3, ([], set(), ""))
            # English names are common in Indonesian news too (`Chile`, `Kenya`), so they match in all
            # languages; Indonesian names only in Indonesian.
            names = [r["name_en"], r["name_id"] + "@id"]
            names += [a + "@en" for a in split(r["aliases_en"])]
            names += [a + "@id" for a in split(r["aliases_id"])]
            for cap, lang in ((r["capital_en"], "en"), (r["capital_id"], "id")):
                if cap and cap not in AMBIGUOUS_CAPITALS:
                    names.append(cap + "@" + lang)
            names += add
            # one entry per name: a name given for both languages (or untagged) is matched in all
            langs = {}
            for n in names:
                base, _, lang = n.partition("@")
                if not base or base in drop:
                    continue
                langs.setdefault(base, set()).add(lang or "*")
            out = []
            for base, ls in langs.items():
                if "*" in ls or ls >= {"en", "id"}:
                    out.append(base)
                else:
                    out.append(base + "@" + ls.pop())
            if r["name_en"] == r["name_id"]:
                out = [n for n in out if n not in (r["name_en"] + "@en", r["name_id"] + "@id")]
            demonyms = []
            d = r["demonym_en"].strip()
            if d in AMBIGUOUS_DEMONYMS or DEMONYM_OWNER.get(d, iso3) != iso3:
                d = ""
            if d:
                demonyms.append(d)
                if d.endswith(("n", "i")):
                    demonyms.append(d + "s")
            demonyms += [e for e in extra_demonyms.get(iso3, []) if e not in demonyms]
            src = "iso-codes, CLDR, countryinfo (../shared/data/countries.tsv)"
            if iso3 in extra_demonyms:
                src += "; demonyms: Wikipedia list of demonyms"
            if osrc:
                src += "; curated: " + osrc
            countries.append((iso3, r["name_en"], r["name_id"], "|".join(out), "|".join(demonyms), src))
            for n in [r["name_en"], r["name_id"]] + split(r["aliases_en"]) + [a.split("@")[0] for a in add]:
                by_name.setdefault(n.lower(), iso3)
    for extra, iso3 in {"People's Republic of China": "CHN", "United States of America": "USA",
                        "Kingdom of Denmark": "DNK", "Kingdom of the Netherlands": "NLD",
                        "Republic of Ireland": "IRL", "Republic of the Congo": "COG",
                        "Democratic Republic of the Congo": "COD", "The Bahamas": "BHS",
                        "The Gambia": "GMB", "Ivory Coast": "CIV", "East Timor": "TLS",
                        "Cape Verde": "CPV", "Federated States of Micronesia": "FSM",
                        "State of Palestine": "PSE", "Vatican City": "VAT", "Czech Republic": "CZE",
                        "São Tomé and Príncipe": "STP", "Eswatini": "SWZ", "Brunei": "BRN",
                        "Laos": "LAO", "Syria": "SYR", "Vietnam": "VNM", "Taiwan": "TWN",
                        "Moldova": "MDA", "Bolivia": "BOL", "Tanzania": "TZA", "Kosovo": "XKX"}.items():
        by_name[extra.lower()] = iso3
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/curate_actors.py from ../shared/data/countries.tsv and data/curation/; edit those.\n")
        f.write("# A name ending in @en or @id is matched only in articles of that language.\n")
        f.write("iso3\tname_en\tname_id\tnames\tdemonyms\tsource\n")
        for c in sorted(countries):
            f.write("\t".join(c) + "\n")

    def role_of(label):
        l = label.lower()
        # (Taiwan's premier is the President of the Executive Yuan)
        for key, role in (("vice president", "vice president"), ("executive yuan", "prime minister"),
                          ("president", "president"),
                          ("prime minister", "prime minister"), ("premier", "prime minister"),
                          ("taoiseach", "prime minister"), ("chancellor", "chancellor"),
                          ("supreme leader", "supreme leader"), ("chairman", "chairman"),
                          ("king", "king"), ("monarch", "king"), ("emperor", "king"), ("sultan", "king"),
                          ("emir", "king"), ("yang di-pertuan agong", "king"), ("druk gyalpo", "king"),
                          ("ngwenyama", "king"), ("pope", "pope"), ("prince", "prince")):
            if key in l:
                return role
        return None

    persons = []
    with open(os.path.join(SHARED, "world_leaders_2021.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            iso3 = by_name.get(r["country"].lower())
            role = role_of(r["positionLabel"])
            if not iso3 or not role or iso3 in SKIP_COUNTRIES:
                continue
            name = r["officeholderLabel"].strip()
            if not name or name.startswith("Q"):
                continue
            aliases = []
            if fold(name) != name:
                aliases.append(fold(name))
            persons.append([slug(name), name, iso3, role, r["start_year"], r["end_year"], "|".join(aliases),
                            "Wikidata " + r["officeholder"] + " (CC0), via ../shared/data/world_leaders_2021.csv"])
    # A monarch of several Commonwealth realms acts for the United Kingdom in the news.
    realms = {}
    for p in persons:
        realms.setdefault(p[0], set()).add(p[2])
    persons = [p for p in persons if not ("GBR" in realms[p[0]] and p[2] != "GBR")]
    manual_ids = {}
    for r in rows(os.path.join(CUR, "persons_manual.tsv")):
        name, iso3, role, start, end, aliases, src = r
        manual_ids[slug(name)] = name
        for a in split(aliases):
            manual_ids.setdefault(slug(a), name)
    # a Wikidata row of a person we curate by hand is replaced by the manual rows
    kept = []
    for p in persons:
        if p[0] in manual_ids or any(slug(a) in manual_ids for a in split(p[6])):
            continue
        kept.append(p)
    for r in rows(os.path.join(CUR, "persons_manual.tsv")):
        name, iso3, role, start, end, aliases, src = r
        al = split(aliases)
        if fold(name) != name and fold(name) not in al:
            al.append(fold(name))
        kept.append([slug(name), name, iso3, role, start, end, "|".join(al), src])
    # The Wikidata snapshot is from 2021-2022: an office it leaves open ended when someone else took the
    # same office of the same country later (Khalid bin Khalifa Al Thani, Qatar's prime minister from
    # 2020, left when Mohammed bin Abdulrahman Al Thani took office in 2023). Rows curated by hand keep
    # their years (rival governments: Libya's two prime ministers of 2022).
    for p in kept:
        if p[5] or not p[7].startswith("Wikidata"):
            continue
        later = [int(q[4]) for q in kept
                 if q[2] == p[2] and q[3] == p[3] and q[0] != p[0] and q[4] and p[4] and int(q[4]) > int(p[4])]
        if later:
            p[5] = str(min(later))
            print(f"  {p[1]} ({p[2]} {p[3]} from {p[4]}) ended {p[5]}: a later holder is known")
    with open(os.path.join(OUT, "persons.tsv"), "w", encoding="utf-8") as f:
        f.write("# Generated by scripts/curate_actors.py from ../shared/data/world_leaders_2021.csv and data/curation/; edit those.\n")
        f.write("# One row per office held; years are calendar years, an empty end means in office.\n")
        f.write("id\tname\tcountry\trole\tstart\tend\taliases\tsource\n")
        for p in sorted(kept, key=lambda p: (p[0], p[4])):
            f.write("\t".join(p) + "\n")
    print(f"countries {len(countries)}, person offices {len(kept)}")


if __name__ == "__main__":
    main()
