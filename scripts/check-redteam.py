#!/usr/bin/env python3
"""Checks hand-annotated red-team documents against the annotation schema of shared/eval/README.md.

usage: scripts/check-redteam.py [FILE.json ...]   (default: every JSON of the red-team corpus)

For each document: the JSON parses and has the corpus's keys in order; `text` equals the companion
.txt (which ends with one newline); every evidence piece (split on " [...] ") is a verbatim substring
of the text; every place string occurs in the text; part_of names another incident of the document;
perpetrators, weapons, qualifiers and attributions come from the vocabularies; dates are ISO and
date_from <= date_to; a null killed has a null qualifier; categories do not exceed killed.
Prints one line per fault and exits 1 if there is any. It never runs the extractor: the corpus
measures extraction and is annotated by reading only.
"""
import datetime
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "core/src/test/resources/observatory/extract/redteam")
DOC_KEYS = ["id", "title", "publisher", "url", "published", "language", "text", "incidents", "kind", "note"]
INC_KEYS = ["id", "date", "date_from", "date_to", "date_text", "places", "country", "admin1", "perpetrator",
            "attribution", "weapons", "killed", "killed_qualifier", "civilians_killed", "children_killed",
            "women_killed", "combatants_killed", "wounded", "aggregate", "part_of", "sources", "evidence"]
PERPETRATORS = {"Russia", "Syrian government", "US-led coalition", "Turkey", "opposition", "ISIS", "HTS", "SDF",
                "YPG", "pro-government militia", "Israel", "Saudi-led coalition", "Houthis", "multiple", "unknown"}
# Any other state named by a text is allowed too; these are the ones the corpus uses.
# The README allows any other state by its name where a text attributes an attack to it.
STATES = {"Iraq", "Jordan", "Iran", "Saudi Arabia", "Lebanon", "United States"}
WEAPONS = {"air strike", "barrel bomb", "shelling", "rocket", "missile", "helicopter", "chemical", "ground attack",
           "execution", "car bomb", "suicide bombing", "sniper", "bombing", "torture", "blockade", "unspecified"}
QUALIFIERS = {"exact", "at least", "more than", "about", "up to", "fewer than"}
ATTRIBUTIONS = {"stated", "suspected", "disputed"}
CATEGORIES = ["civilians_killed", "children_killed", "women_killed", "combatants_killed"]


def iso(value):
    if value is None:
        return None
    return datetime.date.fromisoformat(value)


def check(path):
    faults = []

    def fault(msg):
        faults.append(f"{os.path.basename(path)}: {msg}")

    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except ValueError as e:
        return [f"{os.path.basename(path)}: does not parse: {e}"]
    if list(doc) != DOC_KEYS:
        fault(f"keys {list(doc)} differ from {DOC_KEYS}")
    if doc.get("id") != os.path.basename(path)[:-5]:
        fault(f"id {doc.get('id')!r} is not the file name")
    text = doc.get("text") or ""
    txt = path[:-5] + ".txt"
    if not os.path.exists(txt):
        fault("no companion .txt")
    else:
        with open(txt, encoding="utf-8") as f:
            if f.read() != text + "\n":
                fault(".txt differs from the JSON text (the .txt is the text plus one final newline)")
    try:
        iso(doc.get("published"))
    except ValueError:
        fault(f"published {doc.get('published')!r} is not YYYY-MM-DD")
    incidents = doc.get("incidents") or []
    ids = [i.get("id") for i in incidents]
    if len(set(ids)) != len(ids):
        fault(f"duplicate incident ids {ids}")
    for inc in incidents:
        name = inc.get("id")
        keys = [k for k in inc if k != "background"]
        if keys != INC_KEYS:
            fault(f"{name}: keys differ from the schema: {keys}")
        if "background" in inc and inc["background"] is not True:
            fault(f"{name}: background must be true when present")
        if inc.get("background") and not inc.get("aggregate"):
            fault(f"{name}: a background toll is aggregate")
        for piece in (inc.get("evidence") or "").split(" [...] "):
            if not piece or piece not in text:
                fault(f"{name}: evidence piece not in text: {piece[:80]!r}")
        for place in inc.get("places") or []:
            if place not in text:
                fault(f"{name}: place {place!r} not in text")
        part = inc.get("part_of")
        if part is not None and (part not in ids or part == name):
            fault(f"{name}: part_of {part!r} names no other incident")
        perp = inc.get("perpetrator")
        parts = re.split(r" and | or ", perp or "")
        if not perp or any(p not in PERPETRATORS | STATES for p in parts):
            fault(f"{name}: perpetrator {perp!r} outside the vocabulary")
        elif len(parts) > 1 and parts != sorted(parts, key=str.lower):
            fault(f"{name}: perpetrator parts not in alphabetical order: {perp!r}")
        attribution = inc.get("attribution")
        if perp == "unknown" and attribution is not None:
            fault(f"{name}: attribution must be null for an unknown perpetrator")
        if attribution is not None and attribution not in ATTRIBUTIONS:
            fault(f"{name}: attribution {attribution!r} outside the vocabulary")
        for w in inc.get("weapons") or []:
            if w not in WEAPONS:
                fault(f"{name}: weapon {w!r} outside the vocabulary")
        killed, qualifier = inc.get("killed"), inc.get("killed_qualifier")
        if (killed is None) != (qualifier is None):
            fault(f"{name}: killed {killed!r} with qualifier {qualifier!r}")
        if qualifier is not None and qualifier not in QUALIFIERS:
            fault(f"{name}: qualifier {qualifier!r} outside the vocabulary")
        for c in CATEGORIES:
            v = inc.get(c)
            if v is not None and killed is not None and v > killed:
                fault(f"{name}: {c} {v} exceeds killed {killed}")
        try:
            d, lo, hi = iso(inc.get("date")), iso(inc.get("date_from")), iso(inc.get("date_to"))
            if lo and hi and lo > hi:
                fault(f"{name}: date_from after date_to")
            if d and (lo or hi):
                fault(f"{name}: both a date and a period")
        except ValueError as e:
            fault(f"{name}: bad date: {e}")
        if (inc.get("date") or inc.get("date_from")) and not inc.get("date_text"):
            fault(f"{name}: a date without date_text")
    return faults


def main(argv):
    paths = argv[1:] or sorted(glob.glob(os.path.join(CORPUS, "*.json")))
    faults = [f for p in paths for f in check(p)]
    for f in faults:
        print(f)
    print(f"{len(paths)} documents, {len(faults)} faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
