"""The CIA World Factbook reader (scripts/kb_sources/factbook.py): people with dated roles and
organisations from the archive's free text. The fixtures are written for these tests in the
Factbook's style (invented people and bodies, except the name forms the reader must convert)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from kb_sources import factbook as fb  # noqa: E402

ARCHIVE = ROOT.parent / "shared" / "reference" / "kb-sources" / "factbook" / "leaders-and-bodies.tsv"


def holders(text):
    return [(h.name, h.role, h.since) for h in fb.office_holders(fb.clean_subfield(text)) if fb.acceptable(h)]


# -- the Executive branch ------------------------------------------------------------------------------

def test_several_people_in_one_subfield_each_with_their_title():
    text = ("President Anna Maria KOVAC (since 3 March 2019); Vice President Tomas NOVAK (since 3 March 2019); "
            "note - the president is both chief of state and head of government")
    assert holders(text) == [("Anna Maria Kovac", "President", "2019-03-03"),
                             ("Tomas Novak", "Vice President", "2019-03-03")]


def test_a_plural_title_is_given_to_each_name_of_its_list():
    text = "Premier LIU Wen (since 5 March 2018); Vice Premiers ZHAO Ming (since 6 March 2018), and QIN Hua (2018)"
    assert holders(text) == [("Liu Wen", "Premier", "2018-03-05"), ("Zhao Ming", "Vice Premier", "2018-03-06"),
                             ("Qin Hua", "Vice Premier", "2018-01-01")]


def test_a_representative_keeps_their_own_role_and_honorifics_are_dropped():
    text = ("King HAAKON IX (since 2 June 2001); represented by Governor General Dame Ruth (Ruthie) ALDER "
            "(since 1 July 2020)")
    assert holders(text) == [("Haakon IX", "King", "2001-06-02"), ("Ruth Alder", "Governor-General", "2020-07-01")]
    alder = fb.office_holders(text)[1]
    assert "Ruthie Alder" in alder.variants


def test_since_dates_in_their_three_forms_and_with_a_missing_day():
    assert fb.since_date("since 7 May 2012") == "2012-05-07"
    assert fb.since_date("since May 2012") == "2012-05-01"
    assert fb.since_date("since 2012") == "2012-01-01"
    assert fb.since_date("since NA May 1999") == "1999-05-01"
    assert fb.since_date("since NA") == ""
    # an acting spell before the office itself: the office's date
    assert fb.since_date("acting president since 31 December 1999, president since 7 May 2000") == "2000-05-07"
    assert fb.since_date("born 14 November 1948") == ""


@pytest.mark.parametrize("written, name, variant", [
    ("Vladimir Vladimirovich PUTIN", "Vladimir Vladimirovich Putin", "Vladimir Putin"),
    ("XI Jinping", "Xi Jinping", None),
    ("Mohammed bin SALMAN bin Abd al-Aziz Al Saud", "Mohammed bin Salman bin Abd al-Aziz Al Saud",
     "Mohammed bin Salman"),
    ("KIM Jong Un", "Kim Jong Un", None),
    ("Emmanuel MACRON", "Emmanuel Macron", None),
    ("Alexander VAN DER BELLEN", "Alexander Van der Bellen", None),
    ("Mary O'CONNOR-DALY", "Mary O'Connor-Daly", None),
    ("Barack H. OBAMA", "Barack H. Obama", "Barack Obama"),
    ("Joseph R. BIDEN, Jr.", "Joseph R. Biden Jr.", None),
])
def test_capitalised_surnames_in_normal_case_in_the_order_written(written, name, variant):
    [h] = fb.office_holders(f"President {written} (since 2020)")
    assert h.name == name
    if variant:
        assert variant in h.variants
    assert fb.slug(h.name) == fb.slug(name) and fb.slug(h.name).isascii()


def test_a_junior_keeps_his_suffix_and_a_nickname_makes_a_variant():
    [h] = fb.office_holders('President Ferdinand "BongBong" MARCOS, Jr. (since 30 June 2022)')
    assert h.name == "Ferdinand Marcos Jr."
    assert h.variants == ["BongBong Marcos"]  # never "Ferdinand Marcos", his father


def test_a_russian_style_middle_name_is_dropped_only_when_it_is_a_patronymic():
    assert fb.name_variants(["Olga", "Sergeyevna", "IVANOVA"]) == ["Olga Ivanova"]
    assert fb.name_variants(["Maria", "Elena", "POPESCU"]) == []


def test_notes_and_sentences_are_not_read_as_names():
    text = ("Prime Minister Lena KARLSSON (since 2 June 2021); President Tor HANSEN dismissed Prime Minister "
            "Per OLSEN on 1 June 2021; note - Prime Minister Per OLSEN resigned on 30 May 2021")
    assert holders(text) == [("Lena Karlsson", "Prime Minister", "2021-06-02")]
    assert holders("President (vacant); note - former President Ali HASSAN left the country") == []
    assert holders("vacant; former President Ali HASSAN was overthrown on 8 May 2024") == []


def test_acronyms_and_places_in_a_title_are_not_names():
    assert holders("CNSP Prime Minister Ali Moussa ZEINAB (since 9 August 2023)") == [
        ("Ali Moussa Zeinab", "CNSP Prime Minister", "2023-08-09")]
    assert holders("President of China LI Wei (since 2013)") == [("Li Wei", "President of China", "2013-01-01")]


def test_subfields_in_the_current_and_the_older_form():
    now = fb.executive_subfields("chief of state: King ODO (since 2001) head of government: Prime Minister "
                                 "Ada LUND (since 2019) cabinet: Council of Ministers appointed by the monarch")
    assert now == {"chief of state": "King ODO (since 2001)",
                   "head of government": "Prime Minister Ada LUND (since 2019)"}
    old = fb.executive_subfields("Chief of State and Head of Government--President Ivo BARIC; Vice President "
                                 "Ana LIC elections: president elected by popular vote")
    assert old["chief of state"] == old["head of government"] == "President Ivo BARIC; Vice President Ana LIC"


# -- parties -------------------------------------------------------------------------------------------

def test_a_party_with_its_leader_in_brackets():
    p = fb.parse_party("Conservative and Unionist Party [Kemi BADENOCH]")
    assert p.name == "Conservative and Unionist Party" and p.variants == []
    assert [h.name for h in p.leaders] == ["Kemi Badenoch"]
    p = fb.parse_party("Progressive Union or PU (Northern Ireland) [Mary O'HARA and Sean BYRNE, co-leaders]")
    assert (p.name, p.variants) == ("Progressive Union", ["PU"])
    assert [h.name for h in p.leaders] == ["Mary O'Hara", "Sean Byrne"]
    assert [h.name for h in fb.parse_party("New Society [Juan DELA CRUZ, Jr.]").leaders] == ["Juan Dela Cruz Jr."]
    assert fb.parse_party("Green League [leader NA]").leaders == []
    assert fb.parse_party("Renewal Front [associated with former President Ali HASSAN]").leaders == []


def test_alternative_party_names_in_parentheses_and_after_or():
    p = fb.parse_party("Labor (Labour) Party [Ann SMITH]")
    assert (p.name, p.variants) == ("Labor Party", ["Labour Party"])
    p = fb.parse_party("Party of the North (Partia e Veriut) or PV")
    assert (p.name, p.variants) == ("Party of the North", ["PV", "Partia e Veriut"])


def test_party_lists_the_archive_ran_together():
    joined = "Green Union [Lars NIELSEN]People's Party or PP [Eva STROM]Liberal Front (Frente Liberal)"
    assert fb.party_entries(joined) == ["Green Union [Lars NIELSEN]", "People's Party or PP [Eva STROM]",
                                        "Liberal Front (Frente Liberal)"]
    spaced = "Green Union or GU New Dawn Party or NDP Rodna United Homeland UH Workers Party"
    known = {"Rodna", "United Homeland"}
    assert fb.party_entries(spaced, known) == ["Green Union or GU", "New Dawn Party or NDP", "Rodna",
                                               "United Homeland or UH", "Workers Party"]


# -- bodies --------------------------------------------------------------------------------------------

def test_acronyms_and_native_names_of_a_body():
    b = fb.one_body("Federal Security Service (FSB)", "SPY")
    assert (b.name, b.variants) == ("Federal Security Service", ["FSB"])
    b = fb.one_body("State Duma or Gosudarstvennaya Duma", "LEG")
    assert (b.name, b.variants) == ("State Duma", ["Gosudarstvennaya Duma"])
    # the short form an entry uses of itself is no name: "Council" is any council
    b = fb.one_body("Council of the Northern League (Council)", "LEG")
    assert (b.name, b.variants) == ("Council of the Northern League", [])


def test_a_military_field_with_several_branches_police_and_intelligence():
    text = ("Freedonian Defense Forces (FDF): Freedonian Army, Freedonian Navy (FN; includes Marine Corps), "
            "Freedonian Air Force (FAF), and Strategic Missile Troops Ministry of Interior: National Police, "
            "Border Guard Service; State Intelligence Service (SIS) (2024) note: the National Police also "
            "runs the Coast Guard")
    got = {b.name: (b.sector, b.variants) for b in fb.security_bodies(text)}
    assert got == {
        "Freedonian Defense Forces": ("MIL", ["FDF"]),
        "Freedonian Army": ("MIL", []),
        "Freedonian Navy": ("MIL", ["FN"]),
        "Marine Corps": ("MIL", []),
        "Freedonian Air Force": ("MIL", ["FAF"]),
        "Strategic Missile Troops": ("MIL", []),
        "National Police": ("COP", []),
        "Border Guard Service": ("COP", []),
        "State Intelligence Service": ("SPY", ["SIS"]),
    }


def test_highest_courts_and_chambers():
    courts = fb.court_bodies("highest court(s): Supreme Court of Freedonia (consists of 12 judges); "
                             "Constitutional Court (consists of 9 judges) judge selection and term of office: "
                             "judges appointed by the president subordinate courts: district courts")
    assert [(b.name, b.sector) for b in courts] == [("Supreme Court of Freedonia", "JUD"),
                                                    ("Constitutional Court", "JUD")]
    older = ("description: bicameral Federal Assembly or Sobraniye consists of: Upper Council or Verkhniy "
             "Sovet (100 seats; members appointed) People's Chamber or Narodnaya Palata (300 seats; members "
             "directly elected) elections: last held 2021")
    assert [(b.name, b.variants) for b in fb.legislative_bodies(older)] == [
        ("Federal Assembly", ["Sobraniye"]), ("Upper Council", ["Verkhniy Sovet"]),
        ("People's Chamber", ["Narodnaya Palata"])]
    current = "legislature name: Parliament (Althing) legislative structure: unicameral"
    assert [(b.name, b.variants) for b in fb.legislative_bodies(current, {"Althing"})] == [("Althing", ["Parliament"])]
    assert fb.own_legislature_names("description: unicameral Althing (63 seats; members elected)") == {"Althing"}


def test_terrorist_groups_with_their_acronyms():
    text = "al-Qa'ida; Freedom Brigades (FB); Army of the Faithful (Jaysh al-Muminin) note: details appear"
    assert [(b.name, b.variants, b.sector) for b in fb.terrorist_groups(text)] == [
        ("al-Qa'ida", [], "REB"), ("Freedom Brigades", ["FB"], "REB"),
        ("Army of the Faithful", ["Jaysh al-Muminin"], "REB")]


def test_letters_the_archive_lost_are_put_back_from_earlier_years():
    entries = [fb.Entry(2015, "X", "CAF", "Executive branch", "President Faustina TOUADERA (since 2016)"),
               fb.Entry(2023, "X", "CAF", "Executive branch", "President Faustina TOUAD RA (since 2016)")]
    assert fb.restore_lost_letters(entries)[1].text == "President Faustina TOUADERA (since 2016)"


# -- years: start, end, one id per person -------------------------------------------------------------

def archive(tmp_path, rows):
    path = tmp_path / "leaders-and-bodies.tsv"
    lines = ["year\tcountry\tcountry_code\tiso2\tfield\ttext"] + ["\t".join(map(str, r)) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def exec_text(chief, head):
    return f"chief of state: {chief} head of government: {head} cabinet: Cabinet appointed by the president"


def test_start_and_end_across_years(tmp_path):
    ruler = "President Anna SOLVEIG (since 1 August 2008)"
    first = "Prime Minister Jon EIRIKSSON (since 2009); Deputy Prime Minister Olaf BRAGI"
    second = "Prime Minister Kari BJORN (since 15 March 2012)"
    parties = "Political parties and leaders"
    rows = [
        (2010, "Iceland", "IC", "IS", "Executive branch", exec_text(ruler, first)),
        (2011, "Iceland", "IC", "IS", "Executive branch", exec_text(ruler, first)),
        (2012, "Iceland", "IC", "IS", "Executive branch", exec_text(ruler, second)),
        (2013, "Iceland", "IC", "IS", "Executive branch", exec_text(ruler, "Kari BJORN (since 15 March 2012)")),
        (2010, "Iceland", "IC", "IS", parties, "Green Union [Lars NIELSEN]; People's Party or PP [Eva STROM]"),
        (2013, "Iceland", "IC", "IS", parties, "Green Union [Maja LUND]; People's Party or PP [Eva STROM]"),
        (2013, "World", "XX", "", "Executive branch", exec_text("President Anna SOLVEIG", "none")),
    ]
    people, organisations = fb.read(archive(tmp_path, rows), first_year=2000)
    assert all(tuple(r) == fb.PEOPLE_KEYS for r in people)
    got = {(r["name"], r["role"]): (r["id"], r["sector"], r["start"], r["end"]) for r in people}
    assert got == {
        ("Anna Solveig", "President"): ("factbook:isl:anna_solveig", "GOV", "2008-08-01", ""),
        ("Jon Eiriksson", "Prime Minister"): ("factbook:isl:jon_eiriksson", "GOV", "2009-01-01", "2012-03-15"),
        ("Olaf Bragi", "Deputy Prime Minister"): ("factbook:isl:olaf_bragi", "GOV", "2010-01-01", "2012-01-01"),
        # 2013 names him without a title: the country's usual one
        ("Kari Bjorn", "Prime Minister"): ("factbook:isl:kari_bjorn", "GOV", "2012-03-15", ""),
        ("Lars Nielsen", "Leader of Green Union"): ("factbook:isl:lars_nielsen", "PTY", "2010-01-01", "2013-01-01"),
        ("Maja Lund", "Leader of Green Union"): ("factbook:isl:maja_lund", "PTY", "2013-01-01", ""),
        ("Eva Strom", "Leader of People's Party"): ("factbook:isl:eva_strom", "PTY", "2010-01-01", ""),
    }
    assert all(tuple(r) == fb.ORGANISATION_KEYS for r in organisations)
    assert {(r["id"], r["name"], r["variants"], r["sector"]) for r in organisations} == {
        ("factbook:isl:green_union", "Green Union", "", "PTY"),
        ("factbook:isl:peoples_party", "People's Party", "PP", "PTY")}


def test_a_sovereign_listed_by_a_dependency_stays_at_home(tmp_path):
    rows = [
        (2020, "Denmark", "DA", "DK", "Executive branch", exec_text("Queen Ingrid ASTRID (since 1 May 2001)",
                                                                  "Prime Minister Bo LARSEN (since 2019)")),
        (2020, "Greenland", "GL", "GL", "Executive branch", exec_text(
            "Queen Ingrid ASTRID of Denmark (since 1 May 2001), represented by High Commissioner Mia HOLM (since 2011)",
            "Premier Aqqaluk LYNGE (since 2018)")),
    ]
    people, _ = fb.read(archive(tmp_path, rows))
    assert sorted((r["country"], r["name"], r["role"]) for r in people) == [
        ("DNK", "Bo Larsen", "Prime Minister"), ("DNK", "Ingrid Astrid", "Queen"),
        ("GRL", "Aqqaluk Lynge", "Premier"), ("GRL", "Mia Holm", "High Commissioner")]


def test_entities_without_an_iso_code_are_left_out():
    assert fb.entity_iso3("Kosovo", "") == "XKX"
    assert fb.entity_iso3("European Union", "") == "EUR"
    assert fb.entity_iso3("Guernsey", "GB") == "GGY"
    assert fb.entity_iso3("Pacific Ocean", "") is None
    assert fb.entity_iso3("Europa Island", "RE") is None
    assert fb.entity_iso3("Russia", "RU") == "RUS"


# -- the real archive -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def real():
    if not ARCHIVE.exists():
        pytest.skip(f"no Factbook archive at {ARCHIVE}")
    return fb.read(ARCHIVE)


@pytest.mark.gold
@pytest.mark.slow  # reads the whole archive: about 17 s
def test_known_facts_of_the_real_archive(real):
    people, organisations = real
    putin = [r for r in people if r["country"] == "RUS" and "Vladimir Putin" in r["variants"].split("|")]
    assert {(r["sector"], r["role"], r["start"], r["end"]) for r in putin} >= {("GOV", "President", "2012-05-07", "")}
    assert len({r["id"] for r in putin}) == 1
    russian = {(r["name"], r["sector"]) for r in organisations if r["country"] == "RUS"}
    assert ("State Duma", "LEG") in russian and ("Supreme Court of the Russian Federation", "JUD") in russian
    assert any(r["country"] == "RUS" and r["sector"] == "SPY" and "FSB" in r["variants"].split("|")
               for r in organisations)
    assert ("Knesset", "LEG") in {(r["name"], r["sector"]) for r in organisations if r["country"] == "ISR"}
    xi = [r for r in people if r["country"] == "CHN" and r["name"] == "Xi Jinping" and r["role"] == "President"]
    assert [(r["start"], r["end"]) for r in xi] == [("2013-03-14", "")]
    assert not [r for r in people if r["name"] == "Xi Jinping" and r["country"] in ("HKG", "MAC")]
    assert {r["country"] for r in people if r["name"] == "Charles III"} == {"GBR"}
    assert all(r["end"] >= r["start"] for r in people if r["end"])
    sectors = {r["sector"] for r in organisations}
    assert sectors == {"LEG", "JUD", "MIL", "COP", "SPY", "PTY", "REB", "CRM"}  # cartels among the armed groups
    assert ("Sinaloa Cartel", "CRM") in {(r["name"], r["sector"]) for r in organisations if r["country"] == "MEX"}
