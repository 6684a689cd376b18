"""Write counties.json, the county vocabulary tagging.py reads, from the kenya-data package.

The 47 names, their official numbers (001-047, the order of the Constitution's
First Schedule) and their headquarters come from kenya-data, so nobody types
them. What a data package cannot know is added here by hand: the spellings
Kenyan outlets use and the towns that name one county without doubt.

Run after changing the lists below or the package version:

    pip install kenya-data==0.1.2
    python aggregator/data/make_counties.py
"""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

from kenya_data import Kenya

OUTPUT = Path(__file__).with_name("counties.json")

# Spellings the press uses besides the package's name. Hyphen/space and
# straight/curly apostrophe forms are added by tagging.py, not listed here.
VARIANTS = {
    "Elgeyo-Marakwet": ["Elgeyo/Marakwet", "Elgeiyo-Marakwet"],
    "Homa Bay": ["Homabay"],
    "Murang'a": ["Muranga"],
    "Nairobi": ["Nairobi City", "Nairobi City County"],
    "Taita-Taveta": ["Taita/Taveta"],
    "West Pokot": ["Pokot Magharibi"],  # the Kiswahili name
}

# Headquarters that are not safe as a mention of their county.
SKIPPED_CAPITALS = {
    "Wote": "the Kiswahili word for 'all'",
    "Mbale": "also a large town in Uganda",
}

# Towns and well-known places that lie in one county only. Left out on purpose:
# Kikuyu (a people), Karen, Hamisi (first names), Huruma, Umoja, Starehe
# (Kiswahili words), Luanda (Angola), Rongai and Keroka (two counties share them).
TOWNS = {
    "Mombasa": ["Likoni", "Nyali", "Kisauni"],
    "Kwale": ["Ukunda", "Diani", "Msambweni", "Kinango", "Lunga Lunga"],
    "Kilifi": ["Malindi", "Watamu", "Mtwapa", "Mariakani", "Shakahola"],
    "Tana River": ["Garsen"],
    "Lamu": ["Mpeketoni"],
    "Taita-Taveta": ["Voi", "Wundanyi", "Taveta"],
    "Garissa": ["Dadaab", "Ijara"],
    "Wajir": ["Habaswein"],
    "Mandera": ["Elwak", "El Wak", "Rhamu", "Takaba"],
    "Marsabit": ["Moyale", "Sololo", "Laisamis", "North Horr", "Loiyangalani"],
    "Isiolo": ["Merti"],
    "Meru": ["Maua", "Nkubu", "Timau"],
    "Tharaka-Nithi": ["Chuka", "Marimanti", "Chogoria"],
    "Embu": ["Runyenjes", "Siakago"],
    "Kitui": ["Mwingi", "Mutomo"],
    "Machakos": ["Athi River", "Mlolongo", "Syokimau", "Kangundo", "Matuu"],
    "Makueni": ["Emali", "Makindu", "Kibwezi", "Mtito Andei", "Sultan Hamud"],
    "Nyandarua": ["Ol Joro Orok", "Njabini"],
    "Nyeri": ["Karatina", "Othaya", "Mukurweini", "Naro Moru"],
    "Kirinyaga": ["Kutus", "Sagana", "Wang'uru", "Mwea"],
    "Murang'a": ["Kenol", "Kangema", "Kandara", "Maragua"],
    "Kiambu": ["Thika", "Ruiru", "Juja", "Limuru", "Githunguri", "Gatundu", "Karuri"],
    "Turkana": ["Kakuma", "Lokichoggio", "Lokichogio", "Lokichar"],
    "West Pokot": ["Chepareria"],
    "Samburu": ["Baragoi"],
    "Trans Nzoia": ["Endebess"],
    "Uasin Gishu": ["Burnt Forest", "Moiben"],
    "Elgeyo-Marakwet": ["Kapsowar"],
    "Nandi": ["Nandi Hills", "Mosoriot"],
    "Baringo": ["Marigat", "Eldama Ravine", "Mogotio", "Chemolingot"],
    "Laikipia": ["Nanyuki", "Nyahururu"],
    "Nakuru": ["Naivasha", "Molo", "Njoro", "Gilgil", "Subukia", "Mai Mahiu", "Kuresoi"],
    "Narok": ["Maasai Mara", "Masai Mara", "Kilgoris"],
    "Kajiado": ["Kitengela", "Ngong", "Ongata Rongai", "Isinya", "Namanga", "Loitokitok", "Kiserian"],
    "Kericho": ["Litein", "Londiani", "Kipkelion"],
    "Bomet": ["Sotik", "Longisa"],
    "Kakamega": ["Mumias", "Malava", "Butere", "Lugari"],
    "Vihiga": ["Chavakali"],
    "Bungoma": ["Webuye", "Kimilili", "Chwele", "Malakisi"],
    "Busia": ["Malaba", "Port Victoria", "Nambale", "Funyula"],
    "Siaya": ["Bondo", "Ugunja", "Usenge", "Ukwala"],
    "Kisumu": ["Ahero", "Kondele", "Muhoroni"],
    "Homa Bay": ["Mbita", "Kendu Bay", "Oyugis", "Ndhiwa", "Rusinga"],
    "Migori": ["Rongo", "Awendo", "Isebania", "Kehancha", "Muhuru Bay"],
    "Kisii": ["Ogembo", "Suneka", "Nyamache"],
    "Nyamira": ["Nyansiongo", "Ekerenyo"],
    "Nairobi": [
        "Eastleigh", "Kibera", "Kibra", "Westlands", "Embakasi", "Kasarani", "Dagoretti",
        "Lang'ata", "Langata", "Mathare", "Kawangware", "Dandora", "Kayole", "Gikomba",
        "Kamukunji", "Kilimani", "Kileleshwa", "Upper Hill", "Kariobangi", "Korogocho",
        "Makadara", "Ruaraka",
    ],
}

# Words that, just before or after a name, make it something other than the county.
NOT_AFTER = {"Turkana": ["Lake"], "Meru": ["Mount", "Mt"]}


def county_entries() -> list[dict]:
    entries = []
    for county in sorted(Kenya().counties.list(), key=lambda c: c.code):
        number = county.code.removeprefix("KE")
        towns = list(TOWNS.get(county.name, []))
        capital = county.capital
        if capital and capital != county.name and capital not in SKIPPED_CAPITALS:
            towns.insert(0, capital)
        entries.append({
            "code": f"ke-county:{number}",
            "number": number,
            "label": county.name,
            "capital": capital,
            "variants": VARIANTS.get(county.name, []),
            "towns": towns,
            "not_after": NOT_AFTER.get(county.name, []),
        })
    return entries


def main() -> None:
    entries = county_entries()
    assert len(entries) == 47, len(entries)
    unknown = (set(VARIANTS) | set(TOWNS) | set(NOT_AFTER)) - {e["label"] for e in entries}
    assert not unknown, f"names not in kenya-data: {unknown}"
    kenya = Kenya()
    document = {
        "source": f"kenya-data {version('kenya-data')}, dataset {kenya.dataset.version}",
        "generated_by": "aggregator/data/make_counties.py",
        "counties": entries,
    }
    # One county a line, so a regenerated file diffs line by line.
    lines = [json.dumps(entry, ensure_ascii=False) for entry in entries]
    head = json.dumps({k: v for k, v in document.items() if k != "counties"}, ensure_ascii=False)
    text = head[:-1] + ', "counties": [\n' + ",\n".join(lines) + "\n]}\n"
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(entries)} counties to {OUTPUT}")


if __name__ == "__main__":
    main()
