"""Property tests: on arbitrary text the reader, structure detection, quote finder and coder raise
nothing, and every offset they report lies inside the input and points at the text reported."""

import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsevents.reading import structure
from newsevents.stages.quotes import find_spans
from newsevents.records import Article

# News-like text: words, quote marks of every style, dashes, colons, newlines, some non-ASCII.
ALPHABET = string.ascii_letters + string.digits + " .,;:!?-'\"\n()“”‘’«»―—–`é中ß"
WORDS = st.sampled_from(["Israel", "said", "attacked", "Hamas", "the", "police", "arrested", "\"", "“", "”", "''",
                         "``", "«", "»", "on Monday", "Reuters", "(AFP) -", "\n\n", ":", "he", "she", "President",
                         "Putin", "met", "in", "Kyiv", "Gaza", "according to", "protesters", "—", "Photo:", "By"])
TEXT = st.one_of(st.text(alphabet=ALPHABET, max_size=400),
                 st.lists(WORDS, max_size=80).map(" ".join))
SETTINGS = settings(max_examples=int(__import__("os").environ.get("NEWSEVENTS_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(TEXT)
def test_quote_spans_lie_inside_the_text(text):
    for s, e, _ in find_spans(text):
        assert 0 <= s <= e <= len(text)


@SETTINGS
@given(TEXT)
def test_structure_parts_lie_inside_the_text(text):
    st_ = structure.detect(text)
    for p in st_.parts:
        assert 0 <= p.start <= p.end <= len(text)


@SETTINGS
@given(TEXT, st.booleans())
def test_coder_offsets_point_at_what_it_reports(coder, text, structured):
    doc = next(coder.pipe([Article("p", text, "2026-11-18", structured=structured)]))
    for a in doc.actors:
        assert 0 <= a.start < a.end <= len(text) and text[a.start : a.end] == a.text
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(text) and text[q.start : q.end] == q.text
        for s, e in q.parts:
            assert q.start <= s <= e <= q.end
    for e in doc.events:
        assert text[e.start : e.end] == e.sentence
        if e.trigger_start is not None:
            assert 0 <= e.trigger_start < e.trigger_end <= len(text)
        for a in (e.source, e.target):
            if a is not None:
                assert 0 <= a.start <= a.end <= len(text)
        if e.date_start is not None:
            assert text[e.date_start : e.date_end] == e.date_text
    for p in doc.places:
        assert text[p.start : p.end] == p.text


@SETTINGS
@given(st.binary(max_size=300))
def test_reading_arbitrary_bytes_reports_or_reads(tmp_path_factory, data):
    from newsevents.reading import Failure, read

    folder = tmp_path_factory.mktemp("bytes")
    for name in ("a.txt", "b.jsonl", "c.html"):
        (folder / name).write_bytes(data)
    for item in read([str(folder)]):
        assert isinstance(item, Failure) or item.text is not None
