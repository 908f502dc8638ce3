"""The scoring code, run on a tiny gold folder written here in the gold sets' formats."""

import json

from newsevents.evaluation import run_all


def test_plover_and_polnear_scoring(tmp_path, coder):
    (tmp_path / "plover-gsr").mkdir()
    recs = [
        {"id": "1", "text": "Ghana criticised Togo over the border closure.", "plover2021": "ACCUSE",
         "source": [{"code": "GHA"}], "target": [{"code": "TGO"}]},
        {"id": "2", "text": "The weather was mild in Accra.", "plover2021": "AGREE", "source": [{"code": "GHA"}]},
    ]
    (tmp_path / "plover-gsr" / "dev.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    text = 'Vote count delayed\n\n"We need more time," said Ana Lopez, the election chief.\n'
    (tmp_path / "polnear" / "dev" / "text").mkdir(parents=True)
    (tmp_path / "polnear" / "dev" / "attributions").mkdir()
    (tmp_path / "polnear" / "dev" / "text" / "a.txt").write_text(text, encoding="utf-8")
    s = text.index('"')
    e = text.index('"', s + 1) + 1
    src = text.index("Ana Lopez")
    ann = f"T1\tSource {src} {src + 9}\tAna Lopez\nT2\tContent {s} {e}\tx\nE1\tAttribution:T2 Content:T2 Source:T1\n"
    (tmp_path / "polnear" / "dev" / "attributions" / "a_xx.ann").write_text(ann, encoding="utf-8")
    rows = {(r.dataset, r.measure): r.value for r in run_all(coder, tmp_path, split=False)}
    assert rows[("plover-gsr", "type recall")] == 0.5
    assert rows[("plover-gsr", "source country")] == 0.5
    assert rows[("plover-gsr", "target country")] == 1.0
    assert rows[("polnear", "direct F1")] == 1.0
    assert rows[("polnear", "direct speaker accuracy")] == 1.0
    assert ("case2021", "hit rate") not in rows


def test_case2021_hit_rate_and_quiet_disasters(tmp_path, coder):
    rows = [
        ("c1", "Police arrested 40 protesters in Nairobi on Tuesday.", "ARREST"),  # COERCE: a hit
        ("c2", "Egypt's foreign minister met his Jordanian counterpart in Cairo.", "DIPLO"),  # cooperative: a hit
        ("c3", "Kenya and Somalia signed a peace agreement on Monday.", "AGREEMENT"),  # signing (057): a hit
        ("c4", "The weather was mild in Accra.", "ATTACK"),  # no event: a miss
        ("c5", "The weather was mild in Accra.", "OTHER"),  # no political event: not scored
        ("c6", "Heavy rain flooded the valley and the river burst its banks.", "NATURAL_DISASTER"),
    ]
    (tmp_path / "case2021-task2").mkdir()
    (tmp_path / "case2021-task2" / "dev.tsv").write_text(
        "id\tEventSnippet\tSubType\n" + "".join(f"{i}\t{t}\t{label}\n" for i, t, label in rows), encoding="utf-8")
    got = {(r.dataset, r.measure): (r.value, r.n) for r in run_all(coder, tmp_path, only=["case2021"], split=False)}
    assert got == {("case2021", "hit rate"): (0.75, 4), ("case2021", "disasters left quiet"): (1.0, 1)}


def test_petr2_root_dyad_and_quiet_sentences(tmp_path, coder):
    (tmp_path / "petr2-gsr").mkdir()
    (tmp_path / "petr2-gsr" / "PETR2_GSR_validation.xml").write_text(
        "<Sentences>\n"
        "# comment lines start with a hash\n"
        '<Sentence date="20261118" id="P1" sentence="true">\n<Text>\nPakistan accused India of shelling\n border villages.\n</Text>\n'
        '<EventCoding sourcecode="PAK" targetcode="IND" eventcode="112"/>\n</Sentence>\n'
        '<Sentence date="20261118" id="P2" sentence="true">\n<Text>Germany expelled the Russian ambassador.</Text>\n'
        '<EventCoding sourcecode="GMYGOV" targetcode="RUSGOV" eventcode="161"/>\n</Sentence>\n'
        '<Sentence date="20261118" id="P3" sentence="true">\n<Text>Chad expelled the French ambassador.</Text>\n'
        '<EventCoding sourcecode="CHD" targetcode="USA" eventcode="161"/>\n</Sentence>\n'
        '<Sentence date="20261118" id="P4" sentence="true">\n<Text>The weather was mild in Accra.</Text>\n'
        '<EventCoding sourcecode="GHA" eventcode="190"/>\n</Sentence>\n'
        '<Sentence date="20261118" id="P5" sentence="true">\n<Text>Heavy rain flooded the valley.</Text>\n'
        '<EventCoding noevents="True"/>\n</Sentence>\n'
        "</Sentences>\n",
        encoding="utf-8",
    )
    got = {(r.dataset, r.measure): (r.value, r.n) for r in run_all(coder, tmp_path, only=["petr2"], split=False)}
    # P1 right root and dyad; P2 too, in CAMEO's country codes (GMY is Germany); P3 right root, wrong
    # target; P4 nothing found
    assert got[("petr2-gsr", "root-code agreement")] == (3 / 4, 4)
    assert got[("petr2-gsr", "dyad agreement")] == (2 / 4, 4)
    assert got[("petr2-gsr", "no-event sentences left quiet")] == (1.0, 1)



def test_quad_class_of_the_root_event(tmp_path, coder):
    gold = tmp_path / "gold"
    gold.mkdir()
    rows = [
        ("Ghana criticised Togo over the border closure.", 3),  # ACCUSE (11): verbal conflict, a hit
        ("Police arrested 40 protesters in Nairobi on Tuesday.", 4),  # COERCE (17): a hit
        ("Egypt's foreign minister met his Jordanian counterpart in Cairo.", 0),  # CONSULT (04) is 1: a miss
        ("The weather was mild in Accra.", 2),  # no event: a miss
    ]
    (tmp_path / "train").mkdir()
    (tmp_path / "train" / "conflibert-cameo-class-train.tsv").write_text(
        "".join(f"{t}\t{label}\n" for t, label in rows), encoding="utf-8")
    got = {(r.dataset, r.measure): (r.value, r.n) for r in run_all(coder, gold, only=["quad"], split=False)}
    assert got[("confli-quad", "root event's quad class")] == (0.5, 4)
    assert run_all(coder, tmp_path / "other" / "gold", only=["quad"], split=False) == []


def test_actor_codes_in_cameo_conventions():
    from newsevents.evaluation.codes import gold_country, predicted_country

    assert gold_country(None) is None and gold_country("ngo") == "IGO" and gold_country("GMYGOV") == "DEU"
    assert predicted_country(None) is None and predicted_country({"country": "KEN", "code": "KENGOV"}) == "KEN"
    assert predicted_country({"country": None, "code": "IGOUNO"}) == "IGO"
    assert predicted_country({"country": None, "code": None, "sector": "NGO"}) == "IGO"
    assert predicted_country({"country": None, "code": "REB"}) is None


def test_geowebnews_toponyms_found_identified_and_located(tmp_path, coder):
    def toponym(text, name, kind, geonames, lat, lon):
        start = text.index(name)
        return (f"<toponym><start>{start}</start><end>{start + len(name)}</end><type>{kind}</type>"
                f"<geonamesID>{geonames}</geonamesID><latitude>{lat}</latitude><longitude>{lon}</longitude></toponym>")

    one = "Police arrested 40 protesters in Nairobi on Tuesday."
    two = "Rebels attacked the town of Goma and police arrested protesters in Lagos."
    (tmp_path / "geo").mkdir()
    (tmp_path / "geo" / "GeoWebNews.xml").write_text(
        "<articles>"
        f'<article file="one"><text>{one}</text><toponyms>'
        + toponym(one, "Nairobi", "Literal", "184745", -1.28333, 36.81667)  # found, right id, near
        + toponym(one, "protesters", "Literal", "1", 0.0, 0.0)  # not a place: not found
        + toponym(one, "Tuesday", "Metonymic", "2", 0.0, 0.0)  # not literal: not counted
        + "</toponyms></article>"
        f'<article file="two"><text>{two}</text><toponyms>'
        + toponym(two, "Goma", "Literal", "999", -1.67409, 29.22845)  # found, wrong id, near
        + toponym(two, "Lagos", "Literal_Modifier", "2332459", 50.0, 50.0)  # found, right id, far
        + "</toponyms></article></articles>",
        encoding="utf-8",
    )
    got = {(r.dataset, r.measure): (r.value, r.n) for r in run_all(coder, tmp_path, only=["geo"], split=False)}
    assert got == {
        ("geowebnews", "literal toponyms found (recall)"): (0.75, 4),
        ("geowebnews", "right GeoNames id (of found)"): (2 / 3, 3),
        ("geowebnews", "within 161 km (of found)"): (2 / 3, 3),
        ("geowebnews", "within 161 km or right id (of found)"): (1.0, 3),
    }


def test_every_set_is_split_in_code_the_same_way_each_time(tmp_path, coder):
    from newsevents.evaluation.splits import part_of, select

    keys = [f"record-{i}" for i in range(400)]
    parts = [part_of("some-set", k) for k in keys]
    assert parts == [part_of("some-set", k) for k in keys]  # seeded: the same split every run
    assert 0.4 < parts.count("score") / len(parts) < 0.6
    assert [part_of("another-set", k) for k in keys] != parts  # each set is split on its own
    learn, score = (select("some-set", keys, str, p) for p in ("learn", "score"))
    assert sorted(learn + score) == sorted(keys) and not set(learn) & set(score)
    (tmp_path / "case2021-task2").mkdir()
    rows = "".join(f"c{i}\tPolice arrested 40 protesters in Nairobi.\tARREST\n" for i in range(12))
    (tmp_path / "case2021-task2" / "dev.tsv").write_text("id\tEventSnippet\tSubType\n" + rows, encoding="utf-8")
    got = run_all(coder, tmp_path, only=["case2021"])
    hits = {r.part: r.n for r in got if r.measure == "hit rate"}
    assert set(hits) == {"learn", "score"} and hits["learn"] + hits["score"] == 12
