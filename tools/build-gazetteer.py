#!/usr/bin/env python3
"""Builds src/ReportMiner/Extraction/Areas/gazetteer.tsv, the project's own list of areas.

English councils and their aliases come from the public, MIT-licensed data-to-insight lookup
(shared/reference-data/d2i_Provider_data_lookup.csv; names are facts). Welsh councils, services that
cover several councils, police forces and the name variants below are written here.

Output columns: name <TAB> kind <TAB> aliases separated by '|'. `name` is the plain name written to
records; every alias (and the name) is matched in text.

Usage: python3 tools/build-gazetteer.py ../shared/reference-data/d2i_Provider_data_lookup.csv
"""
import csv
import re
import sys

OUT = "src/ReportMiner/Extraction/Areas/gazetteer.tsv"

# ONS names that are not the plain name a report uses.
RENAME = {
    "Bedford Borough": "Bedford",
    "Bristol, City of": "Bristol",
    "Kingston Upon Hull, City of": "Kingston upon Hull",
    "St. Helens": "St Helens",
    "Cumberland": "Cumberland",
}

EXTRA_ALIASES = {
    "Bath and North East Somerset": ["BANES", "B&NES", "BaNES", "Bath & North East Somerset", "Bath and NE Somerset"],
    "Bedford": ["Bedford Borough"],
    "Bristol": ["City of Bristol", "Bristol, City of"],
    "Kingston upon Hull": ["Hull", "City of Hull", "Kingston Upon Hull, City of"],
    "Durham": ["County Durham"],
    "North East Lincolnshire": ["NE Lincolnshire", "NE Lincs", "North East Lincs"],
    "St Helens": ["St. Helens"],
    "Newcastle upon Tyne": ["Newcastle"],
    "Southend-on-Sea": ["Southend"],
    "Greenwich": ["Royal Borough of Greenwich"],
    "Kensington and Chelsea": ["Royal Borough of Kensington and Chelsea", "RBKC"],
    "Windsor and Maidenhead": ["Royal Borough of Windsor and Maidenhead"],
    "Richmond upon Thames": ["Richmond"],
    "Kingston upon Thames": ["Royal Borough of Kingston upon Thames"],
    "Telford and Wrekin": ["Telford"],
    "Blackburn with Darwen": ["Blackburn"],
    "Stoke-on-Trent": ["Stoke"],
    "East Riding of Yorkshire": ["East Riding"],
    "Bournemouth, Christchurch and Poole": ["BCP"],
    "Hammersmith and Fulham": ["Hammersmith & Fulham"],
    "Brighton and Hove": ["Brighton & Hove"],
    "York": ["City of York"],
    "Herefordshire": ["County of Herefordshire", "Herefordshire, County of"],
    "Stockton-on-Tees": ["Stockton"],
    "Westmorland and Furness": [],
}

WALES = [
    ("Isle of Anglesey", ["Ynys Môn", "Ynys Mon", "Anglesey"]),
    ("Gwynedd", []), ("Conwy", []), ("Denbighshire", []), ("Flintshire", []), ("Wrexham", []),
    ("Powys", []), ("Ceredigion", []), ("Pembrokeshire", []), ("Carmarthenshire", []), ("Swansea", []),
    ("Neath Port Talbot", ["Neath Port-Talbot"]), ("Bridgend", []), ("Vale of Glamorgan", []), ("Cardiff", []),
    ("Rhondda Cynon Taf", ["Rhondda Cynon Taff", "RCT"]), ("Merthyr Tydfil", ["Merthyr"]), ("Caerphilly", []),
    ("Blaenau Gwent", []), ("Torfaen", []), ("Monmouthshire", []), ("Newport", []),
]

# Services that cover several councils and are one area under their joint name, with the councils they serve
# (public facts), so that a report on the joint service naming its member councils stays one area.
JOINT = [
    ("Conwy and Denbighshire", ["Conwy & Denbighshire"], ["Conwy", "Denbighshire"]),
    ("Gwynedd and Ynys Môn", ["Gwynedd and Ynys Mon", "Gwynedd & Ynys Môn", "Gwynedd & Ynys Mon", "Gwynedd and Anglesey", "Gwynedd Ynys Môn", "Gwynedd Ynys Mon", "Gwynedd and Môn", "Gwynedd and Mon", "Gwynedd a Môn", "Gwynedd Môn"], ["Gwynedd", "Isle of Anglesey"]),
    ("Blaenau Gwent and Caerphilly", ["Blaenau Gwent & Caerphilly"], ["Blaenau Gwent", "Caerphilly"]),
    ("Tower Hamlets and City of London", ["Tower Hamlets & City of London", "Tower Hamlets and the City of London"], ["Tower Hamlets", "City of London"]),
    ("Monmouthshire and Torfaen", ["Monmouthshire & Torfaen"], ["Monmouthshire", "Torfaen"]),
    ("Cwm Taf", ["Cwm Taf Morgannwg"], ["Merthyr Tydfil", "Rhondda Cynon Taf"]),
    ("Western Bay", [], ["Swansea", "Neath Port Talbot", "Bridgend"]),
    ("Cambridgeshire and Peterborough", ["Cambridgeshire & Peterborough"], ["Cambridgeshire", "Peterborough"]),
    ("West Mercia", [], ["Herefordshire", "Shropshire", "Telford and Wrekin", "Worcestershire"]),
    ("Dorset Combined", ["Dorset Combined Youth"], ["Dorset", "Bournemouth, Christchurch and Poole"]),
    ("South Tees", [], ["Middlesbrough", "Redcar and Cleveland"]),
    ("Bedfordshire", [], ["Bedford", "Central Bedfordshire"]),
    ("Kingston and Richmond", ["Kingston & Richmond", "Achieving for Children"], ["Kingston upon Thames", "Richmond upon Thames"]),
    ("Merton and Sutton", [], ["Merton", "Sutton"]),
    ("Wessex", [], []),
]

POLICE = [
    "Avon and Somerset Police", "Bedfordshire Police", "Cambridgeshire Constabulary", "Cheshire Constabulary",
    "City of London Police", "Cleveland Police", "Cumbria Constabulary", "Derbyshire Constabulary",
    "Devon and Cornwall Police", "Dorset Police", "Durham Constabulary", "Dyfed-Powys Police", "Essex Police",
    "Gloucestershire Constabulary", "Greater Manchester Police", "Gwent Police",
    "Hampshire and Isle of Wight Constabulary", "Hertfordshire Constabulary", "Humberside Police", "Kent Police",
    "Lancashire Constabulary", "Leicestershire Police", "Lincolnshire Police", "Merseyside Police",
    "Metropolitan Police Service", "Norfolk Constabulary", "North Wales Police", "North Yorkshire Police",
    "Northamptonshire Police", "Northumbria Police", "Nottinghamshire Police", "South Wales Police",
    "South Yorkshire Police", "Staffordshire Police", "Suffolk Constabulary", "Surrey Police", "Sussex Police",
    "Thames Valley Police", "Warwickshire Police", "West Mercia Police", "West Midlands Police",
    "West Yorkshire Police", "Wiltshire Police",
]
POLICE_ALIASES = {
    "Avon and Somerset Police": ["Avon and Somerset Constabulary"],
    "Metropolitan Police Service": ["Metropolitan Police", "the Met"],
    "Hampshire and Isle of Wight Constabulary": ["Hampshire Constabulary"],
}


def aliases_from_csv(text):
    text = (text or "").strip().strip("[]")
    return [a.strip() for a in text.split(",") if a.strip()] if text else []


def main(path):
    rows = []
    with open(path, encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            ons = r["local_authority_ons_name"].strip()
            name = RENAME.get(ons, ons)
            aliases = set(aliases_from_csv(r["also_known_as"])) | set(EXTRA_ALIASES.get(name, []))
            if ons != name:
                aliases.add(ons)
            # "Bournemouth, Christchurch & Poole" style CSV aliases are split on commas above; keep only
            # multi-word ones that are not a single member town (those are councils of their own or none).
            if name == "Bournemouth, Christchurch and Poole":
                aliases = {"BCP", "Bournemouth, Christchurch & Poole"}
            aliases.discard(name)
            rows.append((name, "council-england", sorted(aliases), []))
    rows += [(n, "council-wales", a, []) for n, a in WALES]
    rows += [(n, "joint-service", a, m) for n, a, m in JOINT]
    rows += [(n, "police-force", POLICE_ALIASES.get(n, []), []) for n in POLICE]
    seen = set()
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# name\tkind\taliases (|-separated)\tmember councils of a joint service (|-separated). Generated by tools/build-gazetteer.py: edit that script, not this file.\n")
        for name, kind, aliases, members in rows:
            if name in seen:
                continue
            seen.add(name)
            out.write(f"{name}\t{kind}\t{'|'.join(aliases)}" + (f"\t{'|'.join(members)}" if members else "") + "\n")
    print(f"wrote {len(seen)} areas to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/reference-data/d2i_Provider_data_lookup.csv")
