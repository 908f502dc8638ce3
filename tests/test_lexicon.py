import pytest

from newsevents.knowledge.lexicon import Lexicon, LexiconError
from newsevents.knowledge.ontology import cameo_table


def test_builtin_lexicon_covers_every_root_and_uses_real_codes():
    lex = Lexicon.builtin()
    table = cameo_table()
    codes = {e.cameo for e in lex.entries.values()}
    assert codes <= set(table)
    assert {c[:2] for c in codes} == {f"{i:02d}" for i in range(1, 21)}


def test_user_file_overrides_and_errors_name_the_line(tmp_path):
    good = tmp_path / "mine.tsv"
    good.write_text("id\tpattern\tcameo\nconsult.meet\tmeet\t044\nmine.parley\tparley >with\t046\n", encoding="utf-8")
    lex = Lexicon.builtin()
    lex.update(Lexicon.from_file(good))
    assert lex.entries["consult.meet"].cameo == "044"
    assert lex.entries["mine.parley"].target_prep == "with"
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tpattern\tcameo\nx\tmeet\t999\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.tsv:2: cameo: unknown CAMEO code .999."):
        Lexicon.from_file(bad)


def test_an_entry_may_name_the_plover_type_the_codebook_gives(tmp_path):
    good = tmp_path / "mine.tsv"
    good.write_text("id\tpattern\tcameo\nmine.quit\tquit ^RETREAT\t0831\n", encoding="utf-8")
    assert Lexicon.from_file(good).entries["mine.quit"].plover_type == "RETREAT"
    bad = tmp_path / "bad.tsv"
    bad.write_text("id\tpattern\tcameo\nmine.quit\tquit ^RETIRE\t0831\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.tsv:2: unknown PLOVER type 'RETIRE'"):
        Lexicon.from_file(bad)


def test_plover_mapping_follows_the_table():
    t = cameo_table()
    assert (t["042"].plover_type, t["042"].plover_mode) == ("CONSULT", "visit")
    assert t["195"].plover_type == "ASSAULT" and t["195"].quad_class == 4
    assert t["0231"].plover_type == "REQUEST"  # appeals fold into REQUEST
    assert t["010"].plover_type is None


def test_composed_codes_follow_cameo_numbering():
    from newsevents.stages.events.compose import compose

    assert compose("100", "0841") == "1053"  # demand release
    assert compose("020", "0871") == "0256"  # appeal for de-escalation
    assert compose("030", "072") == "0332"  # intent to give military aid
    assert compose("120", "045") == "126"  # reject mediation
    assert compose("130", "163") == "1312"  # threaten sanctions
    assert compose("141", "0831") == "1411"  # demonstrate for leadership change
    assert compose("057", "0841") == "057"  # not a verbal act: unchanged


def test_demand_about_a_topic_noun(code):
    ev = code("Chad demanded the release of its soldiers held by Sudan.").events
    assert ev[0].cameo == "1053" and ev[0].plover.type == "REQUEST"
    ev = code("Somalia appealed for humanitarian aid.").events
    assert ev[0].cameo == "0233"


def test_petrarch_verb_dictionary_loads_as_user_lexicon(tmp_path):
    from pathlib import Path

    from newsevents.knowledge.dictionaries import load_verbs

    lex = load_verbs(Path(__file__).parent / "fixtures" / "petrarch_verbs.txt")
    lob = {e.id: e for e in lex.by_verb["lob"]}
    assert lob["petrarch.lob"].cameo == "190" and "hurl" in lob["petrarch.lob"].verbs
    assert lob["petrarch.lob.1"].cameo == "195" and {"missile", "rocket"} <= lob["petrarch.lob.1"].objects
    assert lob["petrarch.lob.1"].required_preps == (("at", frozenset()),)
    assert lex.by_verb["parley"][0].cameo == "046"
    assert "petrarch.lob.2" not in lob  # [---] patterns code nothing


def test_user_verbs_change_the_coding(tmp_path):
    import newsevents
    from newsevents.records import Article

    mine = tmp_path / "mine.tsv"
    mine.write_text("id\tpattern\tcameo\nmine.parley\tparley >with\t046\n", encoding="utf-8")
    coder = newsevents.load(verbs=[str(mine)])
    doc = next(coder.pipe([Article("x", "Kenya parleyed with Ethiopia.", structured=False)]))
    assert [(e.rule, e.target.code) for e in doc.events] == [("mine.parley", "ETH")]
