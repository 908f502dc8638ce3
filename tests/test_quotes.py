import pytest

STYLES = [
    '"We will rebuild every school," said Mariam Haddad, the education minister.',
    "“We will rebuild every school,” said Mariam Haddad, the education minister.",
    "''We will rebuild every school,'' said Mariam Haddad, the education minister.",
    "``We will rebuild every school,'' said Mariam Haddad, the education minister.",
]


@pytest.mark.parametrize("text", STYLES)
def test_quote_marks_and_inverted_cue(code, text):
    doc = code(text)
    assert len(doc.quotes) == 1
    q = doc.quotes[0]
    assert q.text == "We will rebuild every school,"
    assert text[q.start : q.end] == q.text
    assert q.speaker.text == "Mariam Haddad" and q.cue == "said" and q.kind == "direct"


def test_interrupted_quote_and_continuation_paragraph(code):
    text = (
        'Army Chief Musa Bello spoke in Abuja.\n\n'
        '"We will not stop," Bello said, "until the last hostage is home."\n\n'
        '"The families deserve nothing less."'
    )
    doc = code(text)
    first, second = doc.quotes
    # one quotation in two parts, with the cue between them
    assert first.text == 'We will not stop," Bello said, "until the last hostage is home.'
    assert [text[s:e] for s, e in first.parts] == ["We will not stop,", "until the last hostage is home."]
    assert second.text == "The families deserve nothing less."
    assert all(q.speaker and q.speaker.name == "Musa Bello" and q.kind == "direct" for q in doc.quotes)


def test_pronoun_speaker_is_resolved(code):
    doc = code('Annalena Baerbock visited Kyiv. "Ukraine can count on us," she said.', published="2023-02-01")
    q = doc.quotes[0]
    assert q.speaker.text == "she" and q.speaker.name == "Annalena Baerbock" and q.speaker.country == "DEU"


def test_scare_quotes_are_not_speech(code):
    doc = code('The "peace dividend" never reached the capital, and the "rogue" label stuck.')
    assert doc.quotes == []


def test_unbalanced_marks_do_not_fail(code):
    doc = code('"This will be a long winter, the mayor said.\n\nResidents queued for bread.')
    assert all(0 <= q.start < q.end for q in doc.quotes)


def test_partial_quote_inside_reported_speech_is_mixed(code):
    text = 'The governor said the new levy was "a tax on the poor" and would be repealed.'
    q = code(text).quotes[0]
    assert q.kind == "mixed" and "a tax on the poor" in q.text and q.text.startswith("the new levy")
    assert q.speaker.text == "The governor"


def test_colon_paragraph_and_dash_attribution(code):
    text = 'Senator Ruth Okafor continued:\n\n"The budget leaves rural clinics without staff."\n\n“We were never consulted about the closures.” ― Daniel Mensah'
    quotes = code(text).quotes
    assert quotes[0].speaker.text == "Senator Ruth Okafor"
    assert quotes[1].speaker.text == "Daniel Mensah"


def test_second_quote_in_paragraph_keeps_the_speaker(code):
    text = (
        "''This is not reform,'' said Lina Park, an economist who advised the finance committee for a decade "
        "and now runs a research group in the capital. ''It adds complexity everywhere.''"
    )
    (quote,) = code(text).quotes
    # the second quotation continues the first across the cue: one quotation in two parts
    assert quote.speaker.text == "Lina Park"
    assert [text[s:e] for s, e in quote.parts] == ["This is not reform,", "It adds complexity everywhere."]


def test_first_person_in_a_quote_is_the_speakers_side(code):
    text = "\"We shot down 40 drones overnight,\" said Poland's defence minister."
    doc = code(text)
    shot = next(e for e in doc.events if e.trigger.startswith("shot"))
    assert shot.source.code == "POLMIL"
    assert shot.attributed_to is not None and shot.attributed_to.code == "POLMIL"
    assert shot.modality == "reported"
    assert doc.quotes[0].events == [doc.events.index(shot)]


def test_what_the_speaker_calls_our_own_or_its_own_is_the_speakers_side(code):
    # the sentence names other countries, which must not lend "our soldiers" theirs
    doc = code("\"Our soldiers are exchanging intelligence with Canada and Mexico,\" the Chilean defence ministry said.")
    shared = [e for e in doc.events if e.source is not None and e.source.text == "Our soldiers"]
    assert shared and {e.source.code for e in shared} == {"CHLMIL"}
    camps = code("\"The army shelled our positions in Baidoa again,\" said Ali Musa, a commander of Somalia's al Shabaab militants.")
    shelled = next(e for e in camps.events if e.plover.type == "ASSAULT")
    assert shelled.target is not None and shelled.target.code == "SOMREB"
    its = code("The Peruvian navy said its warships had shelled rebel positions near the Ecuadorian border.")
    fired = next(e for e in its.events if e.plover.type == "ASSAULT")
    assert fired.source.country == "PER"


def test_an_arrest_the_police_report_without_an_agent_is_theirs(code):
    doc = code("Police spokeswoman Mary Wanjiru said 30 people had been detained in Mombasa overnight.")
    held = next(e for e in doc.events if e.plover.type == "COERCE")
    assert held.source is not None and held.source.code == "KENCOP"
    # whoever killed them, the police did not say they did
    killed = code("Police spokeswoman Mary Wanjiru said three people had been killed in Mombasa overnight.")
    assert all(e.source is None or e.source.sector != "COP" for e in killed.events if e.plover.type == "ASSAULT")


def test_they_in_a_direct_quotation_is_not_the_speaker(code):
    doc = code("\"They shot at us,\" said Fatima Bello, a trader in Maiduguri.")
    assert all(e.source is None or e.source.text != "Fatima Bello" for e in doc.events)
    reported = code("The rebels said they would free the hostages.")
    assert any(e.source is not None and e.source.text == "The rebels" for e in reported.events)


def test_indirect_speech_and_according_to(code):
    text = (
        "The Kenyan finance minister said the levy would be withdrawn before March. "
        "According to the central bank, inflation fell to four percent in October."
    )
    quotes = code(text, published="2024-11-02").quotes
    said, according = quotes
    assert (said.kind, said.cue, said.text) == ("indirect", "said", "the levy would be withdrawn before March")
    assert said.speaker.code == "KENGOV"
    assert (according.kind, according.cue, according.speaker.text) == ("indirect", "according to", "the central bank")
    assert according.text.startswith("inflation fell to four percent")


def test_partial_quote_in_a_description_is_mixed(code):
    text = 'The foreign ministry called the missile test "a grave provocation" on Sunday.'
    (q,) = code(text).quotes
    assert q.kind == "mixed" and "a grave provocation" in q.text and q.speaker.text == "The foreign ministry"


def test_headline_colon_names_the_speaker(code):
    text = "Okafor: Rural Clinics Cannot Wait Another Year\n\nThe senator spoke in Abuja on Monday."
    q = code(text, structured=True).quotes[0]
    assert q.part == "title" and q.speaker.text == "Okafor" and q.text == "Rural Clinics Cannot Wait Another Year"


def test_particle_verbs_are_not_reports(code):
    quotes = code("The army called up 5,000 reservists on Monday.").quotes
    assert quotes == []


def test_parenthetical_cue_reports_the_clause_around_it(code):
    text = "The tariffs, the trade minister said, would be lifted by June."
    (q,) = code(text).quotes
    assert q.kind == "indirect" and q.speaker.text == "the trade minister"
    assert "tariffs" in q.text and "lifted by June" in q.text


def test_stance_verbs_attribute_their_object(code):
    (q,) = code("The opposition leader rejected the proposed electoral law on Tuesday.").quotes
    assert (q.kind, q.cue, q.speaker.text) == ("indirect", "rejected", "The opposition leader")
    assert q.text.startswith("the proposed electoral law")


def test_colon_and_phrasal_cues_name_the_speaker(code):
    text = (
        'The Kenyan finance minister answered with a smile: "The budget is balanced."\n\n'
        '"Nobody believed it could be done," he points out.'
    )
    first, second = code(text, published="2024-11-02").quotes
    assert first.speaker.text == "The Kenyan finance minister" and first.cue == "answered"
    assert second.speaker.text == "he" and second.speaker.code == "KENGOV" and second.cue == "points"


def test_relative_who_and_written_sources_speak(code):
    text = (
        'Aid workers met Amina Yusuf, who said, "We have not eaten in three days." '
        '"Every school must reopen," the letter reads.'
    )
    first, second = code(text).quotes
    assert first.speaker.text == "who" and first.speaker.name == "Amina Yusuf"
    assert second.speaker.text == "the letter"


def test_an_arrest_the_army_reports_with_no_one_named_is_the_armys(code):
    doc = code("Two suspects were detained near Maiduguri on Friday, the Nigerian army said.", published="2025-06-10")
    e = next(e for e in doc.events if e.trigger == "detained")
    assert e.source is not None and e.source.code == "NGAMIL"


def test_a_speaker_is_not_the_target_of_what_she_says_we_must_do(code):
    doc = code('"We must increase the pressure," EU foreign policy chief Kaja Kallas said.', published="2025-06-10")
    assert doc.events and all(e.target is None or (e.target.start, e.target.end) != (e.source.start, e.source.end)
                              for e in doc.events if e.source is not None)
