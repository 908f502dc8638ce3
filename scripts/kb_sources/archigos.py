"""Archigos 4.1 (Goemans, Gleditsch and Chiozza; in manystates, CC BY 4.0): the effective leaders of
states 1875-2015, with their days in office. Leaders are written by surname ("Grant"); the full name
comes from the DBpedia address where there is one ("Ulysses_S._Grant")."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from urllib.parse import unquote

from .common import clean_name, iso3, latin, slug, variants

SOURCE = "Archigos 4.1 (globalgov/manystates)"
LICENCE = "CC BY 4.0"
# Correlates of War letter codes that are not ISO codes or country names countrynames knows.
COW = {
    "UKG": "GBR", "GMY": "DEU", "GFR": "DEU", "GDR": "DEU", "FRN": "FRA", "ITA": "ITA", "JPN": "JPN", "RUS": "RUS",
    "USA": "USA", "CAN": "CAN", "ROK": "KOR", "PRK": "PRK", "DRV": "VNM", "RVN": "VNM", "YAR": "YEM", "YPR": "YEM",
    "ZAI": "COD", "DRC": "COD", "CON": "COG", "SWZ": "CHE", "SWD": "SWE", "NTH": "NLD", "DEN": "DNK", "POR": "PRT",
    "SPN": "ESP", "AUL": "AUS", "NEW": "NZL", "ROM": "ROU", "BUL": "BGR", "CZE": "CZE", "CZR": "CZE", "SLO": "SVK",
    "SLV": "SVN", "CRO": "HRV", "BOS": "BIH", "MAC": "MKD", "YUG": "SRB", "KOS": "XKX", "ALB": "ALB", "GRC": "GRC",
    "CYP": "CYP", "TUR": "TUR", "IRN": "IRN", "IRQ": "IRQ", "ISR": "ISR", "LEB": "LBN", "SYR": "SYR", "JOR": "JOR",
    "SAU": "SAU", "KUW": "KWT", "BAH": "BHR", "QAT": "QAT", "UAE": "ARE", "OMA": "OMN", "AFG": "AFG", "PAK": "PAK",
    "IND": "IND", "BNG": "BGD", "SRI": "LKA", "NEP": "NPL", "BHU": "BTN", "MYA": "MMR", "THI": "THA", "CAM": "KHM",
    "LAO": "LAO", "MAL": "MYS", "SIN": "SGP", "INS": "IDN", "PHI": "PHL", "CHN": "CHN", "TAW": "TWN", "MON": "MNG",
    "EGY": "EGY", "LIB": "LBY", "TUN": "TUN", "ALG": "DZA", "MOR": "MAR", "SUD": "SDN", "ETH": "ETH", "ERI": "ERI",
    "SOM": "SOM", "DJI": "DJI", "KEN": "KEN", "UGA": "UGA", "TAZ": "TZA", "RWA": "RWA", "BUI": "BDI", "ZAM": "ZMB",
    "ZIM": "ZWE", "MZM": "MOZ", "MAW": "MWI", "SAF": "ZAF", "NAM": "NAM", "BOT": "BWA", "LES": "LSO", "SWA": "SWZ",
    "MAG": "MDG", "MAS": "MUS", "COM": "COM", "SEY": "SYC", "ANG": "AGO", "GAB": "GAB", "CAO": "CMR", "NIG": "NGA",
    "NIR": "NER", "CHA": "TCD", "CEN": "CAF", "EQG": "GNQ", "STP": "STP", "GHA": "GHA", "TOG": "TGO", "BEN": "BEN",
    "BFO": "BFA", "MLI": "MLI", "SEN": "SEN", "GAM": "GMB", "GNB": "GNB", "GUI": "GIN", "SIE": "SLE", "LBR": "LBR",
    "CDI": "CIV", "MAA": "MRT", "CAP": "CPV", "MEX": "MEX", "GUA": "GTM", "HON": "HND", "SAL": "SLV", "NIC": "NIC",
    "COS": "CRI", "PAN": "PAN", "CUB": "CUB", "HAI": "HTI", "DOM": "DOM", "JAM": "JAM", "TRI": "TTO", "BAR": "BRB",
    "COL": "COL", "VEN": "VEN", "GUY": "GUY", "SUR": "SUR", "ECU": "ECU", "PER": "PER", "BRA": "BRA", "BOL": "BOL",
    "PAR": "PRY", "CHL": "CHL", "ARG": "ARG", "URU": "URY", "IRE": "IRL", "ICE": "ISL", "NOR": "NOR", "FIN": "FIN",
    "EST": "EST", "LAT": "LVA", "LIT": "LTU", "BLR": "BLR", "UKR": "UKR", "MLD": "MDA", "ARM": "ARM", "GRG": "GEO",
    "AZE": "AZE", "KZK": "KAZ", "KYR": "KGZ", "TAJ": "TJK", "TKM": "TKM", "UZB": "UZB", "POL": "POL", "HUN": "HUN",
    "AUS": "AUT", "BEL": "BEL", "LUX": "LUX", "MNC": "MCO", "LIE": "LIE", "AND": "AND", "SNM": "SMR", "MLT": "MLT",
    "FJI": "FJI", "PNG": "PNG", "SOL": "SLB", "VAN": "VUT", "SAM": "WSM", "TON": "TON", "KIR": "KIR", "TUV": "TUV",
    "NAU": "NRU", "MSI": "MHL", "FSM": "FSM", "PAL": "PLW", "ETM": "TLS", "BRU": "BRN", "MAD": "MDV", "DMA": "DMA",
    "GRN": "GRD", "SLU": "LCA", "SVG": "VCT", "AAB": "ATG", "SKN": "KNA", "BHM": "BHS", "BLZ": "BLZ", "SSD": "SSD",
    "MNG": "MNE", "SER": "SRB", "ZAN": "TZA", "HSE": "DEU", "BAV": "DEU", "WRT": "DEU", "SAX": "DEU", "BAD": "DEU",
    "MEC": "DEU", "HAN": "DEU", "TUS": "ITA", "SIC": "ITA", "PMA": "ITA", "MOD": "ITA", "PAP": "VAT", "KOR": "KOR",
    "HAW": "USA", "TBT": "CHN", "OFS": "ZAF", "TRA": "ZAF", "AUH": "AUT",
}


def _date(raw: str) -> str:
    return raw if re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw or "") else ""


def _full_name(row: dict) -> str:
    uri = row.get("dbpediauri") or ""
    if "/resource/" in uri:
        name = clean_name(unquote(uri.rsplit("/resource/", 1)[1]).replace("_", " "))
        name = re.sub(r"\s*\(.*\)$", "", name)  # "John Smith (politician)"
        if latin(name) and row["leader"].split()[-1].lower() in name.lower():
            return name
    return ""


def read(folder: str | Path) -> dict[str, list[dict]]:
    out = []
    with open(Path(folder) / "archigos.csv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            country = COW.get(row["idacr"]) or iso3(row["idacr"])
            full = _full_name(row)
            if country is None or not full:
                continue  # a surname alone ("Grant") would name too many people
            out.append({"id": "archigos:" + slug(full), "name": full, "variants": variants(full), "country": country,
                        "sector": "GOV", "agent": "", "role": "Head of state or government", "start": _date(row["startdate"]),
                        "end": _date(row["enddate"]), "source": "archigos"})
    return {"people": out}
