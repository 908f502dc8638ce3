"""The off-topic data: the evaluation corpus (src/newsevents/evaluation/offtopic.txt), which measures how many
events the coder wrongly finds in non-political news, and the generator of negative training sentences
(scripts/train_data/negatives.py), which must stay apart from it."""

import random
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from train_data import negatives  # noqa: E402

from newsevents.evaluation.offtopic import stories  # noqa: E402

CORPUS = ROOT / "src" / "newsevents" / "evaluation" / "offtopic.txt"


@pytest.fixture(scope="module")
def corpus() -> str:
    return CORPUS.read_text(encoding="utf-8")


def test_the_corpus_has_a_header_saying_what_it_is(corpus):
    header = "\n".join(line for line in corpus.splitlines() if line.startswith("#")).lower()
    assert "mit" in header and "evaluation" in header and "never used for training" in header


def test_the_corpus_is_30_or_more_stories_each_with_a_headline_and_3500_words(corpus):
    parsed = stories(corpus)
    assert len(parsed) >= 30
    for headline, body in parsed:
        assert headline and "\n" not in headline and len(headline.split()) <= 16, headline
        assert len(body.split()) >= 60, headline
    assert sum(len(h.split()) + len(b.split()) for h, b in parsed) >= 3500


def test_sentences_are_the_same_for_a_seed_and_differ_between_seeds():
    assert negatives.sentences(7, 200) == negatives.sentences(7, 200)
    assert negatives.sentences(7, 200) != negatives.sentences(8, 200)
    assert negatives.private_life(7, 50) == negatives.private_life(7, 50)


def test_sentences_do_not_touch_the_global_random_state():
    random.seed(1)
    expected = random.random()
    random.seed(1)
    negatives.sentences(3, 100)
    assert random.random() == expected


def test_n_sentences_mostly_distinct():
    out = negatives.sentences(11, 500)
    assert len(out) == 500 and len(set(out)) >= 450
    life = negatives.private_life(11, 200)
    assert len(life) == 200 and len(set(life)) >= 180


def test_enough_templates_and_every_one_fills_without_a_slot_left():
    assert len(negatives.ALL_TEMPLATES) >= 120
    for template in negatives.ALL_TEMPLATES + negatives.PRIVATE_LIFE:
        for seed in range(3):
            sentence = negatives._fill(template, random.Random(seed))
            first_letter = next(c for c in sentence if c.isalpha())
            assert "{" not in sentence and "}" not in sentence and first_letter.isupper(), template


def test_no_generated_sentence_appears_in_the_evaluation_corpus(corpus):
    flat = " ".join(corpus.split())
    generated = negatives.sentences(0, 3000) + negatives.private_life(0, 1000)
    leaked = [s for s in generated if s in flat]
    assert not leaked, leaked[:5]


def test_the_learn_stories_share_no_sentence_with_the_evaluation_corpus(corpus):
    learn = (ROOT / "scripts" / "train_data" / "offtopic_stories.txt").read_text(encoding="utf-8")
    told = stories(learn)
    assert len(told) >= 40 and all(headline and body for headline, body in told)

    def sentences(text):
        return {s.strip() for s in text.replace("\n", " ").split(". ") if len(s.split()) > 5}

    scored = set().union(*(sentences(b) for _, b in stories(corpus)))
    assert not scored & set().union(*(sentences(b) for _, b in told))
