"""Generate `src/chronik/data/actors/countries.yml`: every sovereign country and its capital, in German.

Country names come from CLDR (Babel, `Locale("de").territories`); CLDR has neither a notion of
sovereignty nor capitals, so the tables below add them, with the long forms and abbreviations German
news uses. The output is committed; re-run after editing a table (or upgrading Babel):

    .venv/bin/python scripts/make_countries.py

Hand-maintained input lives here, not in the YAML, so that a re-run never loses an edit: add a
variant to VARIANTS, a capital to CAPITALS, and run the script again.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path
from typing import Any

import yaml
from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src" / "chronik" / "data" / "actors" / "countries.yml"

# The 193 UN member states, the two UN observer states (VA, PS) and two widely recognised de facto
# states (XK, TW). CLDR's territory list also holds dependencies, regions and pseudo-codes.
SOVEREIGN_CODES = """
AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD CF CG CH CI
CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FM FR GA GB GD GE GH GM GN GQ GR
GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR
LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA
PE PG PH PK PL PT PW PY QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH
TJ TL TM TN TO TR TT TV TZ UA UG US UY UZ VC VE VN VU WS YE ZA ZM ZW VA PS XK TW
"""
SOVEREIGN = SOVEREIGN_CODES.split()

# Long forms, abbreviations and older names German news still writes. The matcher derives
# inflected forms (Russlands, der Vereinigten Staaten, Nord Korea for Nord-Korea) by itself.
VARIANTS: dict[str, list[str]] = {
    "AE": ["VAE", "Emirate"],
    "BA": ["Bosnien-Herzegowina", "Bosnien"],
    "BN": ["Brunei"],
    "BY": ["Weißrussland", "Republik Belarus", "Weissrussland"],
    "CD": ["Demokratische Republik Kongo", "DR Kongo", "Kongo-Kinshasa"],
    "CG": ["Republik Kongo"],
    "CH": ["Schweizerische Eidgenossenschaft", "Eidgenossenschaft"],
    "CI": ["Elfenbeinküste"],
    "CN": ["Volksrepublik China", "VR China"],
    "CV": ["Kap Verde"],
    "CZ": ["Tschechische Republik"],
    "DE": ["Bundesrepublik Deutschland", "Bundesrepublik", "BRD"],
    "FM": ["Föderierte Staaten von Mikronesien"],
    "GB": ["Großbritannien", "Britannien", "UK", "Vereinigtes Königreich Großbritannien und Nordirland"],
    "IE": ["Republik Irland"],
    "IR": ["Islamische Republik Iran"],
    "KG": ["Kirgistan", "Kirgisien"],
    "KP": ["Demokratische Volksrepublik Korea", "DVRK", "DVR Korea", "Nord-Korea", "North Korea"],
    "KR": ["Republik Korea", "Süd-Korea", "South Korea"],
    "MD": ["Moldawien", "Moldova"],
    "MK": ["Mazedonien", "Nord-Mazedonien"],
    "MM": ["Birma", "Burma"],
    "NL": ["Holland", "Königreich der Niederlande"],
    "PS": ["Palästina", "Palästinensische Gebiete"],
    "RU": ["Russische Föderation", "Rußland", "Russia"],
    "SA": ["Königreich Saudi-Arabien", "Saudiarabien"],
    "SY": ["Arabische Republik Syrien"],
    "SZ": ["Swasiland"],
    "TL": ["Osttimor", "Ost-Timor"],
    "TR": ["Türkiye", "Republik Türkei"],
    "TW": ["Republik China"],
    "UA": ["Ukraina"],
    "US": ["USA", "US", "U.S.A.", "Vereinigte Staaten von Amerika", "Amerika", "United States"],
    "VA": ["Vatikan", "Heiliger Stuhl"],
    "VE": ["Bolivarische Republik Venezuela"],
    "VN": ["Sozialistische Republik Vietnam"],
}

# German name of each capital, its variants, and whether news uses it for the country's government
# ("Moskau warnte", "Washington behauptete"). Where a capital has the country's own name (Singapur,
# Monaco, Luxemburg) it is left out: the country entry already matches that name.
CAPITALS: dict[str, tuple[str, list[str], bool]] = {
    "AD": ("Andorra la Vella", [], False),
    "AE": ("Abu Dhabi", ["Abu Dabi"], True),
    "AF": ("Kabul", [], True),
    "AG": ("Saint John’s", ["St. John’s", "Saint John's"], False),
    "AL": ("Tirana", [], False),
    "AM": ("Jerewan", ["Eriwan", "Yerevan"], True),
    "AO": ("Luanda", [], False),
    "AR": ("Buenos Aires", [], True),
    "AT": ("Wien", [], True),
    "AU": ("Canberra", [], True),
    "AZ": ("Baku", [], True),
    "BA": ("Sarajevo", [], False),
    "BB": ("Bridgetown", [], False),
    "BD": ("Dhaka", ["Dakka", "Dacca"], False),
    "BE": ("Brüssel", ["Bruxelles", "Brussel"], False),
    "BF": ("Ouagadougou", [], False),
    "BG": ("Sofia", [], False),
    "BH": ("Manama", [], False),
    "BI": ("Gitega", [], False),
    "BJ": ("Porto-Novo", [], False),
    "BN": ("Bandar Seri Begawan", [], False),
    "BO": ("Sucre", [], False),
    "BR": ("Brasília", ["Brasilia"], True),
    "BS": ("Nassau", [], False),
    "BT": ("Thimphu", [], False),
    "BW": ("Gaborone", [], False),
    "BY": ("Minsk", [], True),
    "BZ": ("Belmopan", [], False),
    "CA": ("Ottawa", [], True),
    "CD": ("Kinshasa", [], True),
    "CF": ("Bangui", [], False),
    "CG": ("Brazzaville", [], False),
    "CH": ("Bern", [], True),
    "CI": ("Yamoussoukro", [], False),
    "CL": ("Santiago de Chile", [], False),
    "CM": ("Yaoundé", ["Jaunde", "Yaounde"], False),
    "CN": ("Peking", ["Beijing"], True),
    "CO": ("Bogotá", ["Bogota"], False),
    "CR": ("San José", [], False),
    "CU": ("Havanna", ["La Habana"], True),
    "CV": ("Praia", [], False),
    "CY": ("Nikosia", [], False),
    "CZ": ("Prag", [], True),
    "DE": ("Berlin", [], True),
    "DK": ("Kopenhagen", [], True),
    "DM": ("Roseau", [], False),
    "DO": ("Santo Domingo", [], False),
    "DZ": ("Algier", [], False),
    "EC": ("Quito", [], False),
    "EE": ("Tallinn", [], False),
    "EG": ("Kairo", [], True),
    "ER": ("Asmara", [], False),
    "ES": ("Madrid", [], True),
    "ET": ("Addis Abeba", ["Addis Ababa"], False),
    "FI": ("Helsinki", [], True),
    "FJ": ("Suva", [], False),
    "FM": ("Palikir", [], False),
    "FR": ("Paris", [], True),
    "GA": ("Libreville", [], False),
    "GB": ("London", [], True),
    "GD": ("Saint George’s", ["St. George’s"], False),
    "GE": ("Tiflis", ["Tbilissi", "Tbilisi"], True),
    "GH": ("Accra", [], False),
    "GM": ("Banjul", [], False),
    "GN": ("Conakry", [], False),
    "GQ": ("Malabo", [], False),
    "GR": ("Athen", [], True),
    "GT": ("Guatemala-Stadt", [], False),
    "GW": ("Bissau", [], False),
    "GY": ("Georgetown", [], False),
    "HN": ("Tegucigalpa", [], False),
    "HR": ("Zagreb", [], False),
    "HT": ("Port-au-Prince", [], False),
    "HU": ("Budapest", [], True),
    "ID": ("Jakarta", [], True),
    "IE": ("Dublin", [], True),
    "IL": ("Jerusalem", [], True),
    "IN": ("Neu-Delhi", ["New Delhi", "Delhi"], True),
    "IQ": ("Bagdad", ["Baghdad"], True),
    "IR": ("Teheran", ["Tehran"], True),
    "IS": ("Reykjavík", ["Reykjavik"], False),
    "IT": ("Rom", [], True),
    "JM": ("Kingston", [], False),
    "JO": ("Amman", [], False),
    "JP": ("Tokio", ["Tokyo"], True),
    "KE": ("Nairobi", [], False),
    "KG": ("Bischkek", [], False),
    "KH": ("Phnom Penh", [], False),
    "KI": ("Süd-Tarawa", ["Tarawa"], False),
    "KM": ("Moroni", [], False),
    "KN": ("Basseterre", [], False),
    "KP": ("Pjöngjang", ["Pyongyang", "Pjongjang"], True),
    "KR": ("Seoul", [], True),
    "KW": ("Kuwait-Stadt", [], False),
    "KZ": ("Astana", [], True),
    "LA": ("Vientiane", [], False),
    "LB": ("Beirut", [], True),
    "LC": ("Castries", [], False),
    "LK": ("Sri Jayawardenepura Kotte", [], False),
    "LR": ("Monrovia", [], False),
    "LS": ("Maseru", [], False),
    "LT": ("Vilnius", ["Wilna"], True),
    "LV": ("Riga", [], True),
    "LY": ("Tripolis", ["Tripoli"], True),
    "MA": ("Rabat", [], False),
    "MD": ("Chișinău", ["Chisinau", "Kischinau", "Kischinjow"], True),
    "ME": ("Podgorica", [], False),
    "MG": ("Antananarivo", [], False),
    "MH": ("Majuro", [], False),
    "MK": ("Skopje", [], False),
    "ML": ("Bamako", [], False),
    "MM": ("Naypyidaw", ["Naypyitaw", "Naypyidaw"], False),
    "MN": ("Ulaanbaatar", ["Ulan Bator", "Ulan-Bator"], False),
    "MR": ("Nouakchott", [], False),
    "MT": ("Valletta", [], False),
    "MU": ("Port Louis", [], False),
    "MV": ("Malé", [], False),
    "MW": ("Lilongwe", [], False),
    "MX": ("Mexiko-Stadt", ["Mexico City"], True),
    "MY": ("Kuala Lumpur", [], False),
    "MZ": ("Maputo", [], False),
    "NA": ("Windhuk", ["Windhoek"], False),
    "NE": ("Niamey", [], False),
    "NG": ("Abuja", [], False),
    "NI": ("Managua", [], False),
    "NL": ("Amsterdam", [], False),
    "NO": ("Oslo", [], True),
    "NP": ("Kathmandu", [], False),
    "NR": ("Yaren", [], False),
    "NZ": ("Wellington", [], False),
    "OM": ("Maskat", ["Muscat"], False),
    "PA": ("Panama-Stadt", [], False),
    "PE": ("Lima", [], False),
    "PG": ("Port Moresby", [], False),
    "PH": ("Manila", [], True),
    "PK": ("Islamabad", [], True),
    "PL": ("Warschau", [], True),
    "PT": ("Lissabon", [], True),
    "PW": ("Ngerulmud", [], False),
    "PY": ("Asunción", ["Asuncion"], False),
    "QA": ("Doha", [], True),
    "RO": ("Bukarest", [], True),
    "RS": ("Belgrad", [], True),
    "RU": ("Moskau", ["Moscow"], True),
    "RW": ("Kigali", [], False),
    "SA": ("Riad", ["Riyadh", "Riyad"], True),
    "SB": ("Honiara", [], False),
    "SD": ("Khartum", ["Khartoum"], True),
    "SE": ("Stockholm", [], True),
    "SI": ("Ljubljana", ["Laibach"], False),
    "SK": ("Bratislava", ["Pressburg"], True),
    "SL": ("Freetown", [], False),
    "SN": ("Dakar", [], False),
    "SO": ("Mogadischu", ["Mogadishu"], False),
    "SR": ("Paramaribo", [], False),
    "SS": ("Juba", ["Dschuba"], False),
    "ST": ("São Tomé", ["Sao Tome"], False),
    "SV": ("San Salvador", [], False),
    "SY": ("Damaskus", [], True),
    "SZ": ("Mbabane", [], False),
    "TD": ("N’Djamena", ["N'Djamena"], False),
    "TG": ("Lomé", ["Lome"], False),
    "TH": ("Bangkok", [], True),
    "TJ": ("Duschanbe", [], False),
    "TL": ("Dili", [], False),
    "TM": ("Aschgabat", [], False),
    "TN": ("Tunis", [], False),
    "TO": ("Nukuʻalofa", ["Nuku'alofa"], False),
    "TR": ("Ankara", [], True),
    "TT": ("Port of Spain", [], False),
    "TV": ("Funafuti", [], False),
    "TW": ("Taipeh", ["Taipei"], True),
    "TZ": ("Dodoma", [], False),
    "UA": ("Kiew", ["Kyjiw", "Kyiv", "Kiev"], True),
    "UG": ("Kampala", [], False),
    "US": ("Washington", ["Washington, D.C.", "Washington D.C."], True),
    "UY": ("Montevideo", [], False),
    "UZ": ("Taschkent", [], False),
    "VA": ("Vatikanstadt", [], False),
    "VC": ("Kingstown", [], False),
    "VE": ("Caracas", [], True),
    "VN": ("Hanoi", [], True),
    "VU": ("Port Vila", [], False),
    "WS": ("Apia", [], False),
    "XK": ("Pristina", ["Priština", "Prishtina"], False),
    "YE": ("Sanaa", ["Sana’a"], False),
    "ZA": ("Pretoria", [], False),
    "ZM": ("Lusaka", [], False),
    "ZW": ("Harare", [], False),
}

# Wikidata items, only where certain.
WIKIDATA = {
    "RU": "Q159",
    "DE": "Q183",
    "US": "Q30",
    "CN": "Q148",
    "FR": "Q142",
    "GB": "Q145",
    "UA": "Q212",
    "KP": "Q423",
    "KR": "Q884",
    "JP": "Q17",
}

# CLDR's name is an administrative one where news writes another.
PREFERRED_NAME = {
    "US": "Vereinigte Staaten",
    "PS": "Palästinensische Autonomiegebiete",
}


def slug(text: str) -> str:
    """An id-friendly ASCII form of a German name: lower case, umlauts spelt out, hyphens for gaps."""
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
    out = []
    for ch in text.lower().translate(table):
        if ch.isascii() and ch.isalnum():
            out.append(ch)
        elif ch.isalpha():
            out.append(unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode() or "-")
        else:
            out.append("-")
    return "-".join(part for part in "".join(out).split("-") if part)


def country_entries(names: dict[str, str]) -> list[dict[str, Any]]:
    """One country entry per sovereign state, sorted by its German name."""
    entries = []
    for code in SOVEREIGN:
        name = PREFERRED_NAME.get(code, names[code])
        aliases = [names[code]] if names[code] != name else []
        aliases += [v for v in VARIANTS.get(code, []) if v not in aliases and v != name]
        entry: dict[str, Any] = {"id": f"country:{code}", "type": "country", "name": name, "country": code}
        if aliases:
            entry["aliases"] = aliases
        if code in CAPITALS:
            entry["capital"] = f"location:{slug(CAPITALS[code][0])}"
        if code in WIKIDATA:
            entry["wikidata"] = WIKIDATA[code]
        entries.append(entry)
    return sorted(entries, key=lambda e: e["name"])


def capital_entries() -> list[dict[str, Any]]:
    """One location entry per capital, with `capital_of` and the metonymy flag."""
    entries = []
    for code, (name, aliases, metonym) in sorted(CAPITALS.items(), key=lambda kv: kv[1][0]):
        entry: dict[str, Any] = {"id": f"location:{slug(name)}", "type": "location", "name": name}
        if aliases:
            entry["aliases"] = [a for a in dict.fromkeys(aliases) if a != name]
        entry.update({"country": code, "capital_of": code, "metonym": metonym})
        entries.append(entry)
    return entries


def build() -> str:
    """The YAML text of countries.yml."""
    names = dict(Locale("de").territories)
    missing = [c for c in SOVEREIGN if c not in names]
    if missing or len(SOVEREIGN) != len(set(SOVEREIGN)) or len(SOVEREIGN) != 197:
        raise SystemExit(f"country table is inconsistent: missing {missing}, {len(SOVEREIGN)} codes")
    header = (
        "# GENERATED by scripts/make_countries.py from CLDR (Babel) plus the script's tables.\n"
        "# Do not edit by hand: change the tables in the script and re-run it.\n"
        "# Schema: see README.md in this folder.\n"
    )
    body = {"kind": "countries", "entries": country_entries(names) + capital_entries()}
    return header + yaml.safe_dump(body, allow_unicode=True, sort_keys=False, width=110)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="fail if the committed file is out of date")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is out of date; run scripts/make_countries.py", file=sys.stderr)
            return 1
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
