#!/usr/bin/env python3
"""Checks the service catalog (民事一本通) before it ships as src/main/resources/demo/service-catalog.json.

The field rules mirror ItemRules (code form, enums, lengths, counts, ranges, steps); the catalog rules on top say
what a street's book must hold: enough items, the community hall's 28 certificate items (ZM001-ZM028), every
category and life event used, the items residents ask for by name. Lengths count UTF-16 units, as Java's
String.length() does. Standard library only; run from the repository root or pass the file:

    python3 bench/check_catalog.py [path/to/catalog.json]

Prints the counts per category, level and life event; exits 1 and names every problem when a rule fails.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "src/main/resources/demo/service-catalog.json"

CATEGORIES = ["CIVIL_AFFAIRS", "SOCIAL_SECURITY", "MEDICAL_INSURANCE", "HEALTH", "RESIDENCE", "DISABILITY",
              "HOUSING"]
LEVELS = ["STREET_CENTRE", "COMMUNITY_HALL", "GRID_DOOR"]
FORMS = ["ORIGINAL", "COPY", "ORIGINAL_AND_COPY"]
LIFE_EVENTS = ["BIRTH", "EDUCATION", "EMPLOYMENT", "MARRIAGE", "MEDICAL", "HOUSING", "RELOCATION", "HARDSHIP",
               "OLD_AGE", "DISABILITY", "VETERANS", "DEATH"]
PREFIX_CATEGORY = {"MZ": "CIVIL_AFFAIRS", "SB": "SOCIAL_SECURITY", "YB": "MEDICAL_INSURANCE", "WJ": "HEALTH",
                   "HJ": "RESIDENCE", "CL": "DISABILITY", "ZF": "HOUSING"}  # ZM: any category

FIELDS = {"code", "category", "name", "level", "conditions", "materials", "steps", "timeLimitDays", "fee",
          "legalBasis", "counter", "contact", "bookable", "agency", "atHome", "lifeEvents"}
MATERIAL_FIELDS = {"name", "form", "count", "required", "notes"}
STEP_FIELDS = {"name", "detail"}

CODE_FORM = re.compile(r"[A-Z]{2,4}\d{3,4}")
PHONE = re.compile(r"0371-6\d{7}")

MIN_ITEMS = 115
ZM_CODES = ["ZM%03d" % n for n in range(1, 29)]
MIN_PER_CATEGORY = 8
MIN_PER_LIFE_EVENT = 3
MATERIALS_RANGE = (1, 8)
STEPS_RANGE = (2, 7)
COUNT_RANGE = (1, 20)
DAYS_RANGE = (0, 365)
STEP_NAME_MAX = 40
# the items residents name when they ask (seeds): each must be found in some item's name
SEED_NAMES = ["独生子女", "廉租房", "医保证明", "就业失业登记", "社会救助", "老年优待证"]
TEXT_LIMITS = {"name": 100, "conditions": 2000, "fee": 200, "legalBasis": 1000, "counter": 200, "contact": 200}
REQUIRED_TEXT = {"code", "name", "conditions"}


def units(text):
    """Length as Java counts it (UTF-16 code units)."""
    return len(text.encode("utf-16-le")) // 2


def check(items):
    problems = []

    def bad(where, message):
        problems.append(f"{where}: {message}")

    if not isinstance(items, list):
        return ["catalog: the file must hold a JSON array of items"], []
    codes = Counter()
    for index, item in enumerate(items):
        at = f"item {index} ({item.get('code') if isinstance(item, dict) else '?'})"
        if not isinstance(item, dict):
            bad(at, "not an object")
            continue
        keys = set(item)
        if keys != FIELDS:
            if FIELDS - keys:
                bad(at, f"missing fields {sorted(FIELDS - keys)}")
            if keys - FIELDS:
                bad(at, f"unknown fields {sorted(keys - FIELDS)}")
        for field, limit in TEXT_LIMITS.items():
            value = item.get(field)
            if not isinstance(value, str):
                bad(at, f"{field} must be a string")
            elif field in REQUIRED_TEXT and not value.strip():
                bad(at, f"{field} is empty")
            elif units(value.strip()) > limit:
                bad(at, f"{field} longer than {limit} ({units(value.strip())})")
        code = item.get("code")
        if not isinstance(code, str) or not CODE_FORM.fullmatch(code):
            bad(at, f"code {code!r} is not 2-4 capitals and 3-4 digits")
        else:
            codes[code] += 1
            prefix = re.match(r"[A-Z]+", code).group()
            if prefix != "ZM" and prefix not in PREFIX_CATEGORY:
                bad(at, f"code prefix {prefix} is none of {sorted(PREFIX_CATEGORY) + ['ZM']}")
            elif prefix in PREFIX_CATEGORY and PREFIX_CATEGORY[prefix] != item.get("category"):
                bad(at, f"code prefix {prefix} belongs to {PREFIX_CATEGORY[prefix]}, not {item.get('category')}")
        if item.get("category") not in CATEGORIES:
            bad(at, f"category {item.get('category')!r} unknown")
        if item.get("level") not in LEVELS:
            bad(at, f"level {item.get('level')!r} unknown")
        days = item.get("timeLimitDays")
        if not isinstance(days, int) or isinstance(days, bool) or not DAYS_RANGE[0] <= days <= DAYS_RANGE[1]:
            bad(at, f"timeLimitDays {days!r} not a whole number of working days in {DAYS_RANGE}")
        for flag in ("bookable", "agency", "atHome"):
            if not isinstance(item.get(flag), bool):
                bad(at, f"{flag} must be true or false")
        if item.get("level") == "GRID_DOOR" and item.get("atHome") is not True:
            bad(at, "a GRID_DOOR item is done at home: atHome must be true")
        if isinstance(item.get("contact"), str) and not PHONE.search(item["contact"]):
            bad(at, "contact has no Zhengzhou phone number 0371-6xxxxxxx")

        materials = item.get("materials")
        if not isinstance(materials, list) or not MATERIALS_RANGE[0] <= len(materials) <= MATERIALS_RANGE[1]:
            bad(at, f"materials must be a list of {MATERIALS_RANGE[0]}-{MATERIALS_RANGE[1]}")
            materials = materials if isinstance(materials, list) else []
        for i, m in enumerate(materials):
            mat = f"{at} materials[{i}]"
            if not isinstance(m, dict):
                bad(mat, "not an object")
                continue
            if set(m) != MATERIAL_FIELDS:
                bad(mat, f"fields must be exactly {sorted(MATERIAL_FIELDS)}, are {sorted(m)}")
            name, notes = m.get("name"), m.get("notes")
            if not isinstance(name, str) or not name.strip() or units(name.strip()) > 100:
                bad(mat, "name empty or longer than 100")
            if m.get("form") not in FORMS:
                bad(mat, f"form {m.get('form')!r} unknown")
            count = m.get("count")
            if not isinstance(count, int) or isinstance(count, bool) or not COUNT_RANGE[0] <= count <= COUNT_RANGE[1]:
                bad(mat, f"count {count!r} not in {COUNT_RANGE}")
            if not isinstance(m.get("required"), bool):
                bad(mat, "required must be true or false")
            if not isinstance(notes, str) or units(notes.strip()) > 300:
                bad(mat, "notes must be a string of at most 300")

        steps = item.get("steps")
        if not isinstance(steps, list) or not STEPS_RANGE[0] <= len(steps) <= STEPS_RANGE[1]:
            bad(at, f"steps must be a list of {STEPS_RANGE[0]}-{STEPS_RANGE[1]}")
            steps = steps if isinstance(steps, list) else []
        for i, s in enumerate(steps):
            st = f"{at} steps[{i}]"
            if not isinstance(s, dict):
                bad(st, "not an object")
                continue
            if set(s) != STEP_FIELDS:
                bad(st, f"fields must be exactly {sorted(STEP_FIELDS)}, are {sorted(s)}")
            name, detail = s.get("name"), s.get("detail")
            if not isinstance(name, str) or not name.strip() or units(name.strip()) > STEP_NAME_MAX:
                bad(st, f"name empty or longer than {STEP_NAME_MAX}")
            if not isinstance(detail, str) or not detail.strip() or units(detail.strip()) > 300:
                bad(st, "detail empty or longer than 300")

        events = item.get("lifeEvents")
        if not isinstance(events, list) or not events:
            bad(at, "lifeEvents must name at least one life event")
            events = events if isinstance(events, list) else []
        for e in events:
            if e not in LIFE_EVENTS:
                bad(at, f"life event {e!r} unknown")
        if len(set(map(str, events))) != len(events):
            bad(at, "a life event is listed twice")

    for code, n in codes.items():
        if n > 1:
            bad("catalog", f"code {code} used {n} times")
    if len(items) < MIN_ITEMS:
        bad("catalog", f"{len(items)} items, at least {MIN_ITEMS} needed")
    dicts = [i for i in items if isinstance(i, dict)]
    zm = {i.get("code"): i for i in dicts if str(i.get("code", "")).startswith("ZM")}
    if sorted(zm) != ZM_CODES:
        bad("catalog", f"community certificate items must be exactly ZM001-ZM028, are {sorted(zm)}")
    for code, item in zm.items():
        if item.get("level") != "COMMUNITY_HALL":
            bad(code, f"community certificate item at level {item.get('level')}, not COMMUNITY_HALL")
    per_category = Counter(i.get("category") for i in dicts)
    for c in CATEGORIES:
        if per_category[c] < MIN_PER_CATEGORY:
            bad("catalog", f"category {c} has {per_category[c]} items, at least {MIN_PER_CATEGORY} needed")
    per_event = Counter(e for i in dicts for e in set(i.get("lifeEvents") or []))
    for e in LIFE_EVENTS:
        if per_event[e] < MIN_PER_LIFE_EVENT:
            bad("catalog", f"life event {e} on {per_event[e]} items, at least {MIN_PER_LIFE_EVENT} needed")
    names = [str(i.get("name", "")) for i in dicts]
    for seed in SEED_NAMES:
        if not any(seed in n for n in names):
            bad("catalog", f"no item named with {seed}")
    return problems, dicts


def table(title, counter, order):
    print(title)
    for key in order:
        print(f"  {key:<18} {counter[key]:>4}")


def main():
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    try:
        items = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"{path}: cannot read the catalog: {e}")
        return 1
    problems, dicts = check(items)
    print(f"{path}: {len(dicts)} items, {sum(1 for i in dicts if str(i.get('code', '')).startswith('ZM'))} ZM")
    table("per category:", Counter(i.get("category") for i in dicts), CATEGORIES)
    table("per level:", Counter(i.get("level") for i in dicts), LEVELS)
    table("per life event:", Counter(e for i in dicts for e in set(i.get("lifeEvents") or [])), LIFE_EVENTS)
    flags = {f: sum(1 for i in dicts if i.get(f) is True) for f in ("bookable", "agency", "atHome")}
    print("flags: " + ", ".join(f"{k} {v}" for k, v in flags.items()))
    print("on the spot (0 days): %d" % sum(1 for i in dicts if i.get("timeLimitDays") == 0))
    if problems:
        print(f"FAILED: {len(problems)} problem(s)")
        for p in problems:
            print("  " + p)
        return 1
    print("OK: every rule holds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
