"""The learned event-type model (stages/events/learned.py), its confidence and its training."""

import sys

import numpy as np
import pytest

from newsevents.stages.events import learned
from newsevents.stages.parse import load_model

from conftest import ROOT


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def test_features_mask_names_so_that_countries_teach_the_same(nlp):
    a = learned.features(nlp("Chadian troops attacked a village in Peru on Monday.")[:])
    b = learned.features(nlp("Peruvian troops attacked a village in Chad on Monday.")[:])
    assert a == b and "vo:attack_village" in a and "w:<place>" in a


def test_features_read_the_verb_its_object_preposition_and_negation(nlp):
    f = learned.features(nlp("The ministry did not withdraw its ambassador.")[:])
    assert {"v:withdraw", "neg:withdraw", "vo:withdraw_ambassador", "sv:ministry_withdraw"} <= set(f)
    f = learned.features(nlp("The army pulled out of the talks.")[:])
    assert "vp:pull_out" in f


def test_training_is_deterministic(nlp):
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_events

    sentences = [("Rebels attacked an army base.", "ASSAULT"), ("Troops shelled the town.", "ASSAULT"),
                 ("The two leaders met in Geneva.", "CONSULT"), ("The envoy held talks with officials.", "CONSULT"),
                 ("The club won the cup final.", learned.NONE), ("Shares rose three percent.", learned.NONE)] * 3
    classes = ["ASSAULT", "CONSULT", learned.NONE]
    docs = list(nlp.pipe(t for t, _ in sentences))
    y = np.array([classes.index(k) for _, k in sentences])
    w = np.ones(len(y))
    runs = [train_events.fit(train_events.matrix(docs), y, w, classes, 1.0) for _ in range(2)]
    assert np.array_equal(runs[0][0], runs[1][0]) and np.array_equal(runs[0][1], runs[1][1])


def test_a_model_built_for_other_features_is_refused_by_name(tmp_path):
    path = tmp_path / "old.npz"
    np.savez(path, weights=np.zeros((4, 2), dtype=np.float16), bias=np.zeros(2), classes=np.array(["ASSAULT", "NONE"]),
             meta_feature_version=np.array("0"))
    with pytest.raises(ValueError, match="old.npz.*features v0"):
        learned.TypeModel.load(path)


def test_proposal_needs_a_sure_type_and_never_proposes_none():
    assert learned.proposal(None) is None
    assert learned.proposal({"ASSAULT": 0.95, "NONE": 0.05}) == "ASSAULT"
    assert learned.proposal({"ASSAULT": 0.1, "NONE": 0.9}) is None
    assert learned.proposal({"ASSAULT": 0.5, "CONSULT": 0.4, "NONE": 0.1}) is None


def test_the_shipped_model_gives_every_event_a_confidence(code):
    if learned.model() is None:
        pytest.fail("no event-type model in the package: run scripts/train_events.py")
    doc = code("Russian forces shelled Kharkiv on Monday. The Turkish foreign minister met his Greek counterpart "
               "in Athens. Protesters marched on parliament in Nairobi.")
    assert doc.events and all(0.0 <= e.confidence <= 1.0 for e in doc.events)
