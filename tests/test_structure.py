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


# Text copied from a web page: the headline twice (title bar and page), a deck with no full stop,
# a byline that trails a comma onto the outlet's line, and a caption pasted twice over.
PASTED = """Ferry strike strands island commuters
Ferry strike strands island commuters
Unions say talks with the port authority broke down over night-shift pay
By: Tomas Lind,
Harbour Gazette
Commuters wait at the empty ferry terminal on Monday. Photo: Harbour Gazette
Ferry crews walked off the job on Monday, leaving thousands of commuters without a crossing.
Commuters wait at the empty ferry terminal on Monday.  Photo: Harbour Gazette.
The port authority said it would meet union leaders again on Wednesday.
"""


def test_text_pasted_from_a_web_page():
    st = detect(PASTED)
    assert st.title == "Ferry strike strands island commuters"
    assert st.standfirst == "Unions say talks with the port authority broke down over night-shift pay"
    assert st.byline == "By: Tomas Lind, Harbour Gazette"  # the stray comma gone, the outlet's line joined
    assert st.captions == ["Commuters wait at the empty ferry terminal on Monday. Photo: Harbour Gazette"]
    assert [p.kind for p in st.duplicates] == ["title", "caption"]  # each said once, not analysed twice
    body = [PASTED[p.start : p.end] for p in st.parts if p.kind == "body"]
    assert body == ["Ferry crews walked off the job on Monday, leaving thousands of commuters without a crossing.",
                    "The port authority said it would meet union leaders again on Wednesday."]


def test_bylines_lose_only_stray_punctuation():
    for line, byline in [("By Ana Souza, Reuters ·", "By Ana Souza, Reuters"), ("By Jane Doe;", "By Jane Doe"),
                         ("By John Roe and Mary Major.", "By John Roe and Mary Major"), ("By Sam Hill Jr.", "By Sam Hill Jr.")]:
        st = detect(f"Talks collapse in Geneva\n\n{line}\n\nTalks between the two sides collapsed on Friday.\n")
        assert st.byline == byline


def test_a_first_paragraph_with_a_full_stop_is_body_not_a_deck():
    st = detect("Talks collapse in Geneva\n\nTalks between the two sides collapsed on Friday.\n\nA new round may start in May.\n")
    assert st.standfirst is None and [p.kind for p in st.parts] == ["title", "body", "body"]


def test_the_byline_of_pasted_text_is_not_an_actor(code):
    doc = code(PASTED, structured=True)
    assert doc.byline == "By: Tomas Lind, Harbour Gazette"
    byline = range(PASTED.index("By: Tomas"), PASTED.index("Gazette\n") + len("Gazette"))
    assert not [a for a in doc.actors if a.start in byline] and not [e for e in doc.events if e.start in byline]


def test_a_pages_timestamp_lines_are_dates_not_story():
    text = ("Dockers end strike at Port Ellis\nPublished 3 hours ago\nUpdated 12 March 2024, 10:32 GMT\n\n"
            "By Ana Souza\n\nDock workers returned to work on Tuesday after a week-long strike over pay.\n\n"
            "The port authority said traffic would be back to normal by Friday.")
    st = detect(text)
    assert st.published == "2024-03-12"  # an update's date, as no other is given
    body = [text[p.start : p.end] for p in st.parts if p.kind == "body"]
    assert not any("ago" in b or "Updated" in b for b in body)
    st = detect("Dockers end strike\nPosted: May 3, 2024 at 9:15 am\nUpdated May 4, 2024\n\nDock workers returned to work on Tuesday.")
    assert st.published == "2024-05-03"  # the posting, not the update


def test_page_furniture_in_pasted_text_is_left_out_and_reported(code):
    text = ("Dockers end strike at Port Ellis\n\nDock workers returned to work on Tuesday after a week-long strike.\n\n"
            "Share this story\nRelated: Port Ellis strike enters second week")
    st = detect(text)
    assert set(st.furniture) == {"furniture", "related"}
    assert not any("Share" in text[p.start : p.end] for p in st.parts)
    assert any("related-stories" in w.message for w in code(text, structured=True).warnings)


def test_a_dateline_with_a_country_and_a_date():
    st = detect("Troops arrest gang leader\n\nTEGUCIGALPA, Honduras, May 16 (AP) - Soldiers arrested a gang leader on Friday.\n")
    assert st.dateline == "TEGUCIGALPA, Honduras, May 16 (AP)"
