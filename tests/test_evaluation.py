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
    rows = {(r.dataset, r.measure): r.value for r in run_all(coder, tmp_path)}
    assert rows[("plover-gsr", "type recall")] == 0.5
    assert rows[("plover-gsr", "source country")] == 0.5
    assert rows[("plover-gsr", "target country")] == 1.0
    assert rows[("polnear", "direct F1")] == 1.0
    assert rows[("polnear", "direct speaker accuracy")] == 1.0
    assert ("case2021", "hit rate") not in rows
