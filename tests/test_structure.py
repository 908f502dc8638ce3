from newsevents.reading.structure import detect

STORY = """Rebels seize border town as talks stall

Government says army will retake Kalemie within days.

By Ana Souza

March 3, 2026

Soldiers patrol the road to Kalemie. (Photo: AFP)

KINSHASA (AFP) - Rebels seized the border town of Kalemie on Monday.

Soldiers patrol the road to Kalemie. (Photo: AFP)

The army said it would retake the town.

Jean Mbala contributed to this report.
"""


def test_parts_are_found_with_exact_offsets():
    st = detect(STORY)
    assert st.title == "Rebels seize border town as talks stall"
    assert st.standfirst == "Government says army will retake Kalemie within days."
    assert st.byline == "By Ana Souza"
    assert st.dateline == "KINSHASA (AFP)"
    assert st.credit == "Jean Mbala contributed to this report."
    assert st.published == "2026-03-03"
    # The caption appears twice and is listed once; the second copy is not analysed again.
    assert st.captions == ["Soldiers patrol the road to Kalemie. (Photo: AFP)"]
    assert len(st.duplicates) == 1
    kinds = [p.kind for p in st.parts]
    assert kinds.count("caption") == 1
    body = [STORY[p.start : p.end] for p in st.parts if p.kind == "body"]
    assert body[0] == "Rebels seized the border town of Kalemie on Monday."
    assert body[-1] == "The army said it would retake the town."


def test_text_without_structure_is_all_body_but_title():
    st = detect("One line only.")
    assert st.title == "One line only."
    assert detect("   \n\n").parts == []


def test_a_jsonl_body_keeps_its_dateline_and_its_places(code):
    doc = code("RALEIGH, N.C. (AP) - Police arrested 40 protesters on Tuesday.")
    assert doc.dateline == "RALEIGH, N.C. (AP)"
    assert [(p.text, p.name) for p in doc.places] == [("RALEIGH", "Raleigh"), ("N.C.", "North Carolina")]
    assert doc.events[0].location.name == "Raleigh"  # no place in the clause: where it was filed
