#!/usr/bin/env python3
"""Regenerates countries.json from Debian's iso-codes package (ISO 3166-1).

Source: /usr/share/iso-codes/json/iso_3166-1.json from the Debian package `iso-codes`
(https://salsa.debian.org/iso-codes-team/iso-codes), which tracks the ISO 3166 Maintenance
Agency's list. Install it with `apt-get install -y iso-codes`, then run this script from the
repository root:

    python3 src/Dashboard.Core/Countries/generate_countries.py

The output keeps the alpha-2, alpha-3 and numeric codes, the ISO English short name and, where
iso-codes gives one, the common name used for display ("Iran" for "Iran, Islamic Republic of").
"""
import json
import pathlib
import sys

SOURCE = pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")
TARGET = pathlib.Path(__file__).with_name("countries.json")


def main() -> int:
    if not SOURCE.exists():
        print(f"{SOURCE} is missing: apt-get install -y iso-codes", file=sys.stderr)
        return 1
    entries = json.loads(SOURCE.read_text(encoding="utf-8"))["3166-1"]
    countries = [
        {
            "alpha2": e["alpha_2"],
            "alpha3": e["alpha_3"],
            "numeric": e["numeric"],
            "name": e["name"],
            "commonName": e.get("common_name", e["name"]),
        }
        for e in sorted(entries, key=lambda e: e["alpha_2"])
    ]
    TARGET.write_text(json.dumps(countries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(countries)} countries to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
