"""The one validated table loader: built-in tables, user overlays, and `newsevents data validate`."""

import pytest

from newsevents.cli import main
from newsevents.knowledge import tables
from newsevents.knowledge.tables import TableError

PEOPLE_HEADER = "id\tname\tvariants\tcountry\tsector\trole\tstart\tend\n"


BUILT_IN = {"kb_sources": "kb/SOURCES"}  # schema -> table, where the file is not named for its kind


@pytest.mark.parametrize("name", sorted(n for n in tables.SCHEMAS if n != "actor_patterns"))
def test_every_built_in_table_is_valid(name):
    rows = tables.load(BUILT_IN.get(name, name), name)
    assert rows and all(r.line > 0 for r in rows)


def test_every_compiled_table_is_valid_and_listed():
    listed = tables.load("kb/SOURCES", "kb_sources")
    assert {r["kind"] for r in listed} == {"people", "organisations", "agents"}
    for r in listed:
        rows = tables.load("kb/" + r["table"].split(".")[0], r["kind"])
        assert len(rows) == int(r["rows"]) and r["licence"] and r["source"]


def test_the_compiled_tables_are_built_from_the_package_tables_as_they_are():
    # scripts/build_kb.py reads countries.tsv and agents.tsv; after an edit to either, rebuild
    import hashlib
    import re
    from importlib import resources

    data = resources.files("newsevents").joinpath("knowledge/data")
    note = next(line for line in data.joinpath("kb/SOURCES.tsv").read_text(encoding="utf-8").splitlines()
                if line.startswith("# Built from"))
    recorded = dict(re.findall(r"(\S+)=([0-9a-f]{16})", note))
    assert set(recorded) == {"countries.tsv", "agents.tsv"}
    for name, digest in recorded.items():
        assert hashlib.sha256(data.joinpath(name).read_bytes()).hexdigest()[:16] == digest, \
            f"{name} changed since the knowledge base was built: run scripts/build_kb.py"


def test_a_bad_line_names_its_file_line_and_problem(tmp_path):
    bad = tmp_path / "people.tsv"
    bad.write_text(
        "# a user's overlay\n" + PEOPLE_HEADER
        + "x1\tJane Roe\t\tGBR\tGVO\tMinister\t2020-01-01\t\n"  # line 3: a sector typo
        + "x2\tJohn Doe\t\tXXY\tGOV\tMinister\t2020-02-30\t2019-01-01\n"  # line 4: three problems
        + "x3\tAnn Poe\t\tFRA\tGOV\tMinister\t2021-01-01\t2020-01-01\n",  # line 5: end before start
        encoding="utf-8")
    schema, found = tables.problems(bad)
    assert schema.name == "people"
    assert f"{bad}:3: sector: unknown sector 'GVO'" in found
    assert f"{bad}:4: country: unknown country or organisation code 'XXY'" in found
    assert f"{bad}:4: start: date '2020-02-30' does not exist" in found
    assert f"{bad}:5: end 2020-01-01 is before start 2021-01-01" in found
    with pytest.raises(TableError, match=rf"{bad.name}:3: sector: unknown sector 'GVO' \(and 3 more problems\)"):
        tables.load_file(bad)


def test_missing_columns_duplicates_and_long_rows_are_reported(tmp_path):
    orgs = tmp_path / "orgs.tsv"
    orgs.write_text("id\tname\tvariants\tcountry\tsector\n"
                    "a\tAlpha Front\t\tSYR\tREB\n"
                    "a\tAlpha Front Again\t\tSYR\tREB\n"
                    "b\tBeta Party\t\tXKX\tPTY\textra\n", encoding="utf-8")
    _, found = tables.problems(orgs)
    assert f"{orgs}:3: id 'a' already on line 2" in found
    assert f"{orgs}:4: more cells than the header's 5 columns" in found
    unknown = tmp_path / "what.tsv"
    unknown.write_text("colour\tsize\nred\t3\n", encoding="utf-8")
    schema, found = tables.problems(unknown)
    assert schema is None and "matches no table kind" in found[0]


def test_a_user_overlay_in_the_built_in_people_format_is_used(tmp_path):
    import newsevents

    mine = tmp_path / "people.tsv"
    mine.write_text(PEOPLE_HEADER + "roe\tJane Roe\tJ. Roe\tGBR\tGOV\tHome Secretary\t2030-01-01\t\n", encoding="utf-8")
    coder = newsevents.load(actors=[str(mine)])
    assert coder.actor("Jane Roe", "2031-05-01").code == "GBRGOV"
    assert coder.actor("J. Roe", "2029-05-01").sector == "ELI"  # before her term: not yet in office


def test_a_bad_user_file_stops_the_command_with_its_line(tmp_path, capsys):
    bad = tmp_path / "mine.csv"
    bad.write_text("pattern,country,sector,start,end\nLudo Brams,BEL,GVO,,\n", encoding="utf-8")
    story = tmp_path / "s.txt"
    story.write_text("Belgium recalled its ambassador.", encoding="utf-8")
    assert main(["code", str(story), "--actors", str(bad)]) == 2
    assert f"{bad}:2: sector: unknown sector 'GVO'" in capsys.readouterr().err


def test_data_validate_reports_every_problem_and_passes_good_files(tmp_path, capsys):
    good = tmp_path / "verbs.tsv"
    good.write_text("id\tpattern\tcameo\nmine.parley\tparley >with\t046\n", encoding="utf-8")
    bad = tmp_path / "more_verbs.tsv"
    bad.write_text("id\tpattern\tcameo\nmine.a\tmeet\t999\nmine.b\t=talks\t040\n", encoding="utf-8")
    assert main(["data", "validate", str(good)]) == 0
    assert "a valid verbs table" in capsys.readouterr().out
    assert main(["data", "validate", str(good), str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:2: cameo: unknown CAMEO code '999'" in out
    assert f"{bad}:3: pattern: pattern must start with a verb" in out
