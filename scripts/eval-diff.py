#!/usr/bin/env python3
"""Shows, document by document, how predicted claims pair with the annotated ones (score.py's
matching) and which fields differ, so an error can be read in a minute.

usage: scripts/eval-diff.py GOLD_DIR PRED_DIR [DOC_ID ...] [--all]

Without --all only documents with a difference are shown. Run from the project root, with
score.py beside the evaluation corpus (../shared/eval/score.py).
"""
import json, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "eval"))
import score  # noqa: E402

FIELDS = ["killed", "killed_qualifier", "civilians_killed", "children_killed", "women_killed",
          "combatants_killed", "wounded", "date", "date_from", "date_to", "admin1", "aggregate", "part_of", "perpetrator"]


def short(c):
    keys = ["id", "places", "killed", "killed_qualifier", "civilians_killed", "children_killed", "women_killed",
            "combatants_killed", "wounded", "date", "date_from", "date_to", "admin1", "aggregate", "part_of",
            "perpetrator", "weapons"]
    return {k: c.get(k) for k in keys if c.get(k) not in (None, [], False)}


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    show_all = "--all" in argv
    gold_dir, pred_dir, only = args[0], args[1], set(args[2:])
    for fname in sorted(os.listdir(gold_dir)):
        if not fname.endswith(".json") or only and fname[:-5] not in only:
            continue
        gold_doc = json.load(open(os.path.join(gold_dir, fname), encoding="utf-8"))
        gold = gold_doc.get("incidents") or []
        ppath = os.path.join(pred_dir, fname)
        pred = (json.load(open(ppath, encoding="utf-8")).get("incidents") or []) if os.path.exists(ppath) else []
        pairs = score.match(pred, gold)
        lines = []
        paired_p = {id(p) for p, _ in pairs}
        paired_g = {id(g) for _, g in pairs}
        for p, g in pairs:
            diffs = [f"{f}: {g.get(f)!r} -> {p.get(f)!r}" for f in FIELDS
                     if (g.get(f) is not None or p.get(f) is not None)
                     and (score.norm_text(g.get(f)) != score.norm_text(p.get(f)) if f in ("perpetrator", "admin1", "killed_qualifier")
                          else bool(g.get(f)) != bool(p.get(f)) if f == "aggregate"
                          else (f != "part_of" and g.get(f) != p.get(f)) or (f == "part_of" and bool(g.get(f)) != bool(p.get(f))))]
            bg = " (background)" if g.get("background") else ""
            if diffs or show_all:
                lines.append(f"  PAIR gold {g['id']}{bg} ~ pred {p['id']} {p.get('places')}: " + ("; ".join(diffs) or "ok"))
        for g in gold:
            if id(g) not in paired_g:
                bg = " (background)" if g.get("background") else ""
                lines.append(f"  MISSED{bg} {json.dumps(short(g), ensure_ascii=False)}")
                lines.append(f"         evidence: {g.get('evidence', '')[:300]}")
        for p in pred:
            if id(p) not in paired_p:
                lines.append(f"  EXTRA {json.dumps(short(p), ensure_ascii=False)}")
                lines.append(f"         evidence: {p.get('evidence', '')[:300]}")
        if lines or show_all:
            print(f"== {fname[:-5]} ({gold_doc.get('publisher')}, published {gold_doc.get('published')}, kind {gold_doc.get('kind')})")
            print("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv)
