"""Clause-level event coding: verb + arguments from the dependency parse, matched against the lexicon.

For each verb the lexicon knows, the clause's particle, object and prepositional phrases pick the most
specific entry; the source is the subject (or the passive's `by` agent), the target the object or the
object of the entry's preposition. Conjoined actors give one event per (source, target) pair.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Span, Token

from ..actors import Mention, actor_code, press
from .compose import GENERIC, compose, topics
from ...knowledge.gazetteer import record
from .modes import clause_words, decide
from ...knowledge.lexicon import Entry, Lexicon
from ...knowledge.ontology import cameo_table
from .quantities import casualties, parse_number
from ...records import Actor, Event, Evidence, Place, Plover, Quantity
from ...lang import vocab

# Families where a conjoined subject with no object acts on each other ("Jordan and Britain agreed").
RECIPROCAL_ROOTS = {"03", "04", "05", "06", "19"}
PRAISE_CODES = {"051", "052", "053"}  # praise, defence and rallying: done to what they name, not to each other
# A death count no single act in the news reaches, and the count from which one told over a span
# ("since January", "before the ceasefire") is a toll (`EventCoder.toll`)
TOLL_COUNT = 1000
TOLL_SPAN_COUNT = 50
TALK_ROOTS = {"04", "05"}
MEDIATE = "045"  # talks and praise: their parties are not of the country another party's name gives
VIOLENT_ROOTS = {"18", "19", "20"}
# Roots of fights and quarrels, whose two parties are "both sides".
WARRING_ROOTS = {"11", "12", "13", "16", "17", "18", "19", "20"}
# Sectors of a country's own people and institutions other than its rulers and forces.
DOMESTIC_SECTORS = {"OPP", "PTY", "LEG", "JUD", "CVL", "LAB", "EDU", "HLH", "MED", "REL", "BUS", "AGR", "REB"}
# Nominal events whose participants are the subject of the clause they sit in.
GATHERING_ROOTS = {"04", "14"}
# Families whose unnamed actors are usually of the country they act in: protesters and police.
DOMESTIC_ROOTS = {"14", "17"}
# Codes for what a government does to its own country when the text names no one else: easing
# or imposing restrictions, curfews, states of emergency, repression, refusing demands for political
# change, demobilizing its own forces (CAMEO 081-083, 123, 132, 137, 172, 175, 0873).
INTERNAL_CODES = ("081", "082", "083", "123", "132", "137", "172", "175", "0873")
# Yielding codes whose object is the actor's own forces (withdraw, demobilize, retreat).
OWN_FORCES_CODES = {"087", "0873", "0874"}
THREAT_ROOT = "13"
# Mobilizing (CAMEO 15): the forces moved are the mover's own, the means and not the target.
MOBILIZE_ROOT = "15"
# Families whose forces with no country of their own are the actor's own: mobilizing, intending
# (to withdraw). A pullback's forces stay its target: they name whose pullback a demand is for.
OWN_FORCES_ROOTS = {MOBILIZE_ROOT, "03"}
# Acts that, done by two countries' forces together, are military cooperation (CAMEO 062).
JOINT_FORMS = {"150": "062"}
REFUSABLE_ROOTS = {"03", "04", "05", "06", "07", "08"}
COERCIVE_ROOTS = {"16", "17"}  # sanctions, restrictions, arrests: measures one decides on
FORCE_ROOTS = {"17", "18", "19", "20"}  # coercion and violence, done to people
VERBAL_ROOTS = {"01", "02", "03", "04", "05", "10", "11", "12", "13"}  # acts done by saying
# Families that an interview's mechanics look like: appeals, consultations, requests (02, 04, 10).
INTERVIEW_ROOTS = {"02", "04", "10"}
# Families whose verbs a sporting contest borrows: defending (05), yielding (08), fighting (18-20).
CONTEST_ROOTS = {"05", "08"} | VIOLENT_ROOTS
CONTEST_STORY_WORDS = 3  # distinct sport words that make a whole story a game's
# Verbal acts whose complement is their content, not a separate event: appeals, intents, demands,
# accusations, rejections, threats.
SUBSUMING_ROOTS = {"02", "03", "10", "11", "12", "13"}
# "X said Y must do Z" is X's demand on Y; stated intent is a promise or a threat (compose.py).
DEMANDABLE_ROOTS = {"03", "04", "05", "06", "07", "08", "09", "15", "16"}


WILLINGNESS = Entry("construction.willing", frozenset(), "030")
OBLIGATION = Entry("construction.obligation", frozenset(), "100")
WISH = Entry("construction.wish", frozenset(), "020")
COMPLAINT = Entry("construction.complaint", frozenset(), "114")
ACCORD = Entry("construction.accord", frozenset(), "019", target_prep="with")
CLAIM = Entry("construction.claim", frozenset(), "015")
# Entries whose object is what the actor sets up or sends, never whom it acts on ("set up two bases",
# "deployed election observers in Malawi")
MEANS_OBJECT_ENTRIES = {"mobilize.establish_post", "mobilize.establish_post2", "aid.send_observers"}
# The CAMEO code a type the learned model proposes is filed under: each PLOVER type's most general
# code (CAMEO 03 "express intent to cooperate" is PLOVER's AGREE; 08 splits into CONCEDE and RETREAT).
LEARNED_CODES = {"AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
                 "REQUEST": "100", "CONCEDE": "080", "RETREAT": "084", "ACCUSE": "111", "REJECT": "120",
                 "THREATEN": "130", "PROTEST": "140", "SANCTION": "160", "MOBILIZE": "150", "COERCE": "170",
                 "ASSAULT": "190"}


def verb_keys(tok: Token) -> list[str]:
    """The lemma and, for the tagger's lemma slips on past forms ("staged" -> "stag"), the forms
    the inflection suggests: staged -> stage, rioted -> riot, shunned -> shun."""
    keys = [tok.lemma_.lower()]
    low = tok.lower_
    for suffix in ("ed", "ing"):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[: -len(suffix)]
            keys += [stem + "e", stem]
            if len(stem) > 2 and stem[-1] == stem[-2]:
                keys.append(stem[:-1])
    if low.endswith("ied"):
        keys.append(low[:-3] + "y")
    for prefix in vocab.verb_prefixes:  # "retook" -> retake, "overran" -> overrun
        base = vocab.irregular_pasts.get(low[len(prefix):]) if low.startswith(prefix) else None
        if base is not None:
            keys.append(prefix + base)
    doc, i = tok.doc, tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        # "lathi-charged": the tokenizer splits the compound verb; its whole form comes first
        keys.insert(0, f"{doc[i - 2].lower_}-{keys[0]}")
    return keys


def _conjuncts(tok: Token) -> list[Token]:
    named = _titles_of_one_person(tok)
    if named is not None:
        return [named]
    out = [tok]
    for child in tok.children:
        # "SPLM/A" is one name the tokenizer split at the slash, not two parties
        if child.dep_ == "conj" and not (child.i > 0 and child.doc[child.i - 1].text == "/"):
            out.extend(_conjuncts(child))
        elif child.dep_ == "appos" and child.pos_ == "PROPN" and any(g.dep_ == "cc" for g in (*child.children, *tok.children)):
            # "The US, Russia, and Switzerland": a list the parser read as an apposition
            out.extend(_conjuncts(child))
    return out


def _titles_of_one_person(tok: Token) -> Token | None:
    """"Qatar's Prime Minister and Foreign Minister, Sheikh Mohammed": two offices of one man named
    after them, not three people. The first title, which carries the country ("Qatar's"), when every
    conjunct is a singular title."""
    titles = [tok, *(c for c in tok.children if c.dep_ == "conj")]
    names = [c for t in titles for c in t.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
    if len(titles) < 2 or len(names) != 1 or not all(
            t.tag_ in ("NN", "NNP") and t.lemma_.lower() in vocab.office_titles for t in titles):
        return None
    return tok


def _noun_forms(tok: Token) -> set[str]:
    """The lemma of a noun with and without its compound and 'of' complement: strike, air strike."""
    lemma = tok.lemma_.lower()
    forms = {lemma, tok.lower_}
    comps = [c for c in tok.lefts if c.dep_ in ("compound", "amod")]
    if comps:
        forms.add(" ".join([c.lower_ for c in comps] + [lemma]))
        forms.add(" ".join([comps[-1].lower_, lemma]))
        if lemma in vocab.light_nouns:
            # "mediation efforts", "peacekeeping force": the modifier names the thing
            forms.add(comps[-1].lemma_.lower())
    for child in tok.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            for gc in child.children:
                if gc.dep_ == "pobj":
                    forms.add(f"{lemma} of {gc.lemma_.lower()}")
                    if lemma in vocab.quantity_nouns or tok.like_num:
                        forms |= _noun_forms(gc)  # "thousands of protesters" are protesters
    # Tokens that are numbers ("$5 million") still name the object by their scale word.
    return forms


class Clause:
    """What a verb's dependents say, gathered once per verb."""

    def __init__(self, verb: Token):
        self.verb = verb
        self.particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None) or next(
            # "forced the agency out of the country": a particle the parser took for a preposition
            (c.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ in vocab.loose_particles
             and not any(g.dep_ == "pobj" for g in c.children)), None)
        # Adverbs that complete the verb's sense ("sexually abused", "pulled back") fit a +particle too.
        self.adverbs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
        # "promised Monday to act": a time the parser hung as the object is no object
        self.dobj = next((c for c in verb.children if c.dep_ in ("dobj", "obj") and not _time_phrase(c)), None)
        if self.dobj is None:
            # "denounced as an ugly crime Serbia's suppression of ...": the long object moved after
            # the "as" phrase, where the parser hangs it on that phrase as a second noun
            as_nouns = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children if g.dep_ == "pobj"]
            shifted = [a for g in as_nouns for a in g.children if a.dep_ == "appos"] + as_nouns[1:] + [
                g for g in as_nouns[:1] if any(c.dep_ == "poss" for c in g.children)]
            self.dobj = shifted[0] if shifted else None
        if self.dobj is None:
            self.dobj = _object_read_as_clause(verb)
        # A participle on the noun it was done to is a passive when it says who did it ("a rally
        # staged by students") or is what an existential sentence reports ("there were ten soldiers
        # killed"); otherwise it is background ("the agreement signed in 2001", "militiamen armed
        # with machetes") and not read as a passive.
        self.reduced = (verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
                        and not _trails_sentence(verb) and not _main_verb_taken_for_participle(verb)
                        and (any(c.dep_ == "agent" for c in verb.children)
                             or (verb.head.dep_ == "attr" and any(c.dep_ == "expl" for c in verb.head.head.children))))
        self.passive = self.reduced or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) and not (
            # "Israel is opposed to the plan", "forces were engaged in fighting": a state of the
            # subject, not something done to it, unless an agent says who did it
            verb.lower_ in vocab.stative_participles and not any(c.dep_ == "agent" for c in verb.children)
        )
        self.preps: list[tuple[str, Token]] = []
        # "was skeptical of the plan": the adjective completing the verb, and what it is about
        self.complement = next((c for c in verb.children if c.dep_ == "acomp" and c.pos_ == "ADJ"), None)
        # the object's conjuncts too: "launched artillery and rocket fire against the camps"
        holders = [verb] + (_conjuncts(self.dobj) if self.dobj is not None else []) + [
            t for t in [self.complement] if t is not None]
        # "out of their homes": the phrase hangs on the loose particle
        holders += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == self.particle]
        for h in holders:
            for c in h.children:
                if c.dep_ in ("prep", "agent", "dative"):
                    for gc in c.children:
                        # "on Monday", "at 5 pm": a time, never a target or a place acted on
                        if gc.dep_ in ("pobj", "pcomp") and not _time_phrase(gc):
                            self.preps.append((c.lower_, _striking_people(gc) or gc))
                    if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                        self.preps.append(("to", c))
        for c in verb.children:
            if c.dep_ == "xcomp":
                # "agreed to meet", "offered to mediate": the infinitive acts as a "to" complement.
                self.preps.append(("to", c))
        # In the passive the grammatical subject is the object acted on ("weapons were seized").
        acted_on = self.dobj
        if acted_on is None and self.passive:
            acted_on = verb.head if self.reduced else next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        # "launched artillery, mortar and rocket fire": every conjoined object names the act
        self.obj_forms = set().union(*(_noun_forms(t) for t in _conjuncts(acted_on))) if acted_on is not None else set()
        self.subject = _subject(verb)
        self.subj_forms = _noun_forms(self.subject[0]) if self.subject and not self.passive else set()
        # The verb that carries tense and modals for this action: "must be ready to mediate" -> be.
        top = verb
        while top.dep_ in ("xcomp", "acomp") and top.head.i != top.i:
            top = top.head
        self.top = top
        self.auxes = {c.lower_ for t in {verb, top} for c in t.children if c.dep_ in ("aux", "auxpass")}

    def fits(self, e: Entry) -> bool:
        return self.mismatch(e) is None

    def mismatch(self, e: Entry) -> str | None:
        """Why entry `e` does not fit this clause, or None when it does (shown by `explain`)."""
        if e.particle and e.particle != self.particle and e.particle not in self.adverbs:
            return f"needs particle '{e.particle}', clause has {self.particle!r}"
        if e.objects and not (e.objects & self.obj_forms):
            return f"needs object {'|'.join(sorted(e.objects))}, clause has {sorted(self.obj_forms) or 'none'}"
        if e.complements and (self.complement is None or self.complement.lemma_.lower() not in e.complements):
            return f"needs to be {'|'.join(sorted(e.complements))}, clause has {self.complement.text if self.complement is not None else 'none'}"
        if e.subjects and not (e.subjects & self.subj_forms):
            return f"needs subject {'|'.join(sorted(e.subjects))}, clause has {sorted(self.subj_forms) or 'none'}"
        for prep, nouns in e.required_preps:
            if not any(p == prep and (not nouns or nouns & _noun_forms(t)) for p, t in self.preps):
                return f"needs '{prep}' phrase" + (f" with {'|'.join(sorted(nouns))}" if nouns else "")
        return None

    def intended(self) -> bool:
        """Whether the action is stated as intended: "will release", "agreed to withdraw"."""
        return bool(self.auxes & vocab.future_auxiliaries) or self.intent_head() is not None

    def intent_head(self) -> Token | None:
        """The verb of intent the action hangs on ("agreed" in "agreed to withdraw"), if any."""
        v = self.verb
        # "prepared to resume shelling": an aspectual verb between the intent and the act
        while v.dep_ == "xcomp" and v.head.i != v.i and v.head.lemma_.lower() in vocab.aspect_verbs:
            v = v.head
        # The parser sometimes hangs the infinitive as a purpose clause ("have sworn to fight").
        to_clause = v.dep_ == "xcomp" or (v.dep_ == "advcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in v.children))
        return v.head if to_clause and v.head.i != v.i and v.head.lemma_.lower() in vocab.intent_heads else None

    def announced(self) -> bool:
        """Whether the clause is a measure its actor announced or decided, unconditionally
        ("announced it would cut aid", "decided to expel the envoy")."""
        v = self.verb
        if any(c.dep_ == "mark" and c.lower_ in vocab.conditional_marks for t in [v, *(c for c in v.children if c.dep_ == "advcl")]
               for c in t.children):
            return False
        for _ in range(3):
            if v.dep_ not in ("ccomp", "xcomp", "conj") or v.head.i == v.i:
                return False
            v = v.head
            if v.lemma_.lower() in vocab.decision_verbs:
                return True
        return False

    def governing_speech(self) -> Token | None:
        """The reporting verb whose complement this clause is ("said (that) Y attacked Z"), or the
        verb that issues the message it is the content of ("issued a reminder that Y must ...")."""
        v = self.top
        noun = v.head
        if _speakers_own_act(self.verb) is not None:
            return None
        if v.dep_ in ("acl", "ccomp") and noun.i != v.i and noun.dep_ == "dobj" and noun.lemma_.lower() in vocab.speech_nouns:
            return noun.head
        for _ in range(3):
            if v.dep_ in ("ccomp", "conj") and v.head.i != v.i:
                v = v.head
                if v.dep_ != "conj" and v.lemma_.lower() in vocab.reporting_verbs:
                    return v
                if v.dep_ == "ccomp":
                    continue
                if v.lemma_.lower() in vocab.reporting_verbs:
                    return v
            return None
        return None

    def modality(self) -> str:
        v = self.verb
        auxes = self.auxes
        sent = v.sent
        if sent.text.rstrip().endswith("?"):
            return "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in vocab.conditional_marks for c in v.children) or auxes & vocab.hypothetical_auxiliaries:
            return "hypothetical"
        if v.tag_ == "VB" and _quoted(v) and v.dep_ in ("ROOT", "conj", "ccomp", "dobj") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in v.children) \
                and _quote_holds_clause(v):
            return "hypothetical"  # a quoted imperative: chanting "Give us our votes", "Withdraw now"
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in vocab.ability_heads:
            return "hypothetical"  # "the unit will be able to arrest smugglers": a power, not an act
        if v.dep_ == "xcomp" and _to_infinitive(v) and v.head.lemma_ == "be" and v.head.pos_ == "AUX":
            return "hypothetical"  # "under the deal, Israel was to withdraw": an obligation, not an act
        if v.dep_ == "advcl" and _to_infinitive(v) and v.head.i != v.i and v.head.pos_ == "VERB":
            outer = Clause(v.head).modality()
            if outer in ("hypothetical", "future", "intended"):
                return outer  # "will travel to Naypyidaw to meet him": the meeting is as yet the trip's purpose
        if v.dep_ == "relcl" and v.tag_ in ("VBP", "VBZ") and not auxes:
            return "hypothetical"  # "criminals who attack our state", "a group that opposes it": what they are, not news
        if _topic_of_talks(v):
            return "hypothetical"  # "met to discuss deploying more troops": what was talked over
        if v.dep_ == "xcomp" and v.head.lemma_.lower() in vocab.intent_heads:
            return "intended"
        if self.top.dep_ == "ccomp" and set(verb_keys(self.top.head)) & vocab.hope_verbs:
            return "hypothetical"  # "she hoped the officers would be indicted": a wish, not news
        if auxes & {"will", "shall", "'ll"}:
            return "future"
        if auxes & {"would"}:
            return "intended" if self.governing_speech() is not None else "hypothetical"
        if self.governing_speech() is not None:
            return "reported"
        return "asserted"

    def negated(self) -> bool:
        return _negated(self.verb)


def _speakers_own_act(v: Token) -> Token | None:
    """The reporting verb whose speaker did a past-tense act the parser conjoined to the reported
    clause in another mood ("Katz said Israel would respond and accused Lebanon": Katz accused)."""
    head = v.head
    if v.dep_ != "conj" or v.tag_ != "VBD" or head.i > v.i or head.tag_ != "VB" \
            or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in v.children):
        return None
    while head.dep_ == "xcomp" and head.head.i != head.i:
        head = head.head  # "would continue to strike Hezbollah and accused ..."
    said = head.head
    return said if head.dep_ == "ccomp" and said.i != head.i and said.lemma_.lower() in vocab.reporting_verbs else None


def _finite_after_infinitive(v: Token) -> bool:
    """Whether a past-tense verb the parser conjoined to an infinitive is the main verb's conjunct
    ("refused to free the men and accused Belgrade": accused is no part of what was refused)."""
    head = v.head
    return v.dep_ == "conj" and v.tag_ in ("VBD", "VBZ") and head.tag_ == "VB" and head.dep_ == "xcomp" and head.head.i != head.i


def _quoted(v: Token) -> bool:
    """Whether a clause is inside quotation marks (a direct quotation)."""
    left = v.left_edge
    before = v.doc[left.i - 1] if left.i > 0 else None
    return left.is_quote or (before is not None and before.is_quote)


def _quote_holds_clause(v: Token) -> bool:
    """Whether the quotation a verb opens holds its whole clause ('"Give us justice"'), not the
    verb alone as a scare-quoted word (to ``mobilize'' against Sharon)."""
    close = next((t for t in v.doc[v.i + 1 :] if t.is_quote), None)
    if close is None:
        return False
    inside = [t for t in v.doc[v.i + 1 : close.i] if not t.is_punct]
    outside = [t for t in v.subtree if t.i > close.i and not t.is_punct]
    return bool(inside) and not outside


def _topic_of_talks(v: Token) -> bool:
    """Whether an action is what talks are about: the complement of "discuss", "consider" ... or
    a clause on its object ("discussed ways to ease tension")."""
    head = v.head
    if head.i == v.i:
        return False
    if v.dep_ in ("xcomp", "dobj", "pcomp", "ccomp") and head.lemma_.lower() in vocab.topic_verbs:
        return True
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in vocab.topic_verbs | {"talk"}:
        return True  # "talked about sending troops"
    return v.dep_ in ("acl", "relcl") and head.dep_ == "dobj" and head.head.lemma_.lower() in vocab.topic_verbs


def _negated(v: Token) -> bool:
    """Whether the verb's action is denied: its own "not" or "never", a head that undoes it ("failed
    to", "unable to"), or, for the second of conjoined verbs sharing one subject, the first one's
    ("never threatened or attacked anyone")."""
    if any(c.dep_ == "neg" for c in v.children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in vocab.nobody_words or any(
            d.dep_ == "det" and d.lower_ == "no" for d in c.children)) for c in v.children):
        return True  # "no peacekeepers were injured", "nobody was arrested"
    head = v.head
    if v.dep_ == "xcomp" and head.i != v.i:
        if any(c.dep_ == "neg" for c in head.children) or head.lemma_.lower() in vocab.negating_heads:
            return True
    if v.dep_ == "ccomp" and head.i != v.i and head.lemma_.lower() in vocab.denial_verbs:
        return True  # "denied that civilians had been killed"
    if v.dep_ == "advcl" and head.i != v.i and _to_infinitive(v) \
            and any(c.dep_ == "neg" for c in head.children):
        return True  # "never called a donor to ask for money": the purpose of what was not done
    if _finite_after_infinitive(v):
        return _negated(head.head)  # "refused to free them and accused Belgrade": refused's conjunct
    if v.dep_ == "conj" and head.pos_ in ("VERB", "AUX") and head.i < v.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children
    ) and not any(c.dep_ == "cc" and head.i < c.i < v.i and c.lower_ in vocab.contrast_conjunctions for c in head.children):
        # with its own subject or auxiliary it is a clause of its own ("did not win, but it will
        # try"), and a contrast denies the first only ("did not attack the town but looted it")
        return _negated(head)
    return False


def _lemma(tok: Token | None) -> str:
    return tok.lemma_.lower() if tok is not None else ""


def _named(a: Actor) -> bool:
    """Whether an actor names a country or an international or non-governmental body, not only a role."""
    return bool(a.country or (a.code or "").startswith(("IGO", "NGO")))


def _as_intended(clause: Clause, code: str) -> tuple[str, str] | None:
    """The code and rule suffix for an act the clause states as prepared or intended, or None.
    "prepared to resume shelling": a violent act being readied is a show of force (CAMEO 15,
    PLOVER MOBILIZE), not a verbal threat; otherwise a stated intent is a promise or a threat."""
    if code[:2] in VIOLENT_ROOTS and _lemma(clause.intent_head()) in vocab.prepare_verbs:
        return "150", "+prepared"
    if clause.intended() and _stated_intent(code) != code:
        return _stated_intent(code), "+intent"
    return None


def _stated_intent(code: str) -> str:
    """An action stated as intended: a cooperative one is a promise (03x), a conflictual one a
    threat (13x). Verbal acts (statements, appeals, demands, accusations ...) stay as they are."""
    if code[:2] in ("01", "02", "03", "09", "10", "11", "12", "13"):
        return code
    return compose("030" if code[:2] < "09" else "130", code)


def _light_verb(noun: Token) -> Token | None:
    """The light verb that carries a nominal event: its object ("held talks") or the object of its
    preposition ("insisted on its demands")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    if head.pos_ == "VERB" and set(verb_keys(head)) & vocab.light_verbs:
        return head
    return None


def _reported_as_happening(noun: Token) -> bool:
    """Whether a nominal event is told as having happened ("grenade attacks killed four",
    "injured in attacks", "protests took place") rather than merely named ("a pause in the
    bombing", "evidence of the attacks")."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "conj", "ROOT", "appos"):
        return True
    return noun.dep_ == "pobj" and noun.head.head.pos_ in ("VERB", "AUX")


def _person(tok: Token | None) -> bool:
    return tok is not None and (tok.ent_type_ == "PERSON" or tok.lower_ in vocab.person_pronouns)


def _unarmed(lemmas: set[str]) -> bool:
    """No weapon and no armed force among a sentence's lemmas: force there may be a figure of speech."""
    return not lemmas & (vocab.weapons | vocab.group_nouns)


def _words_between_people(clause: Clause) -> bool:
    """A named person acting on another, with no weapon and no armed force in the sentence."""
    return (not clause.passive and _person(clause.dobj) and bool(clause.subject) and all(map(_person, clause.subject))
            and _unarmed({t.lemma_.lower() for t in clause.verb.sent}))


def _contest_words(tokens) -> set[str]:
    """The words of sport among `tokens`: nouns only ("the final", not "a final offer"), and no
    race of politics ("the presidential race", "an arms race")."""
    return {t.lemma_.lower() for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in vocab.contest_words
            and not any(c.lower_ in vocab.political_contest_modifiers for c in t.children if c.dep_ in ("amod", "compound"))}


def _contest(sent: Span) -> bool:
    """A sentence about a game or a race, with no weapon and no armed force in it."""
    return bool(_contest_words(sent)) and _unarmed({t.lemma_.lower() for t in sent})


def contest_story(docs) -> bool:
    """A story about games or races: three different words of sport in it ("striker", "fixture",
    "league"), so that "we defended well" in a quotation is the team's. An election "race" alone
    does not make one."""
    return len(set().union(*(_contest_words(doc) for doc in docs))) >= CONTEST_STORY_WORDS


def sport_story(docs) -> bool:
    """A story of sport through and through: three different common nouns of sport ("the
    striker", "a fixture", "the league"; not the Arab League), where a town or a country named
    alone is a club or a team and a captain no officer."""
    words = {t.lemma_.lower() for doc in docs for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in vocab.contest_words}
    return len(words) >= CONTEST_STORY_WORDS


def _acting_body(a: Actor | None) -> bool:
    """An actor that is a body or an office (it has a sector), not a place or a team's captain."""
    return a is not None and a.sector is not None and not (
        a.sector == "MIL" and any(w in vocab.sport_ranks for w in a.text.lower().split()))


def _campaign_rally(tok: Token) -> bool:
    """A rally that is a campaign's or a market's, not a protest: "a Trump rally", "Clinton's
    rally", "held a campaign rally", "rallying hundreds of workers" (winning them over), "stocks
    rallied"."""
    rally = tok if tok.lemma_.lower() == "rally" else next(
        (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "rally"), None)  # "held a rally"
    if rally is None:
        return False
    if rally.pos_ == "NOUN":
        return any(c.dep_ in ("compound", "amod", "poss") and (
            c.lemma_.lower() in vocab.campaign_words or c.ent_type_ == "PERSON"
            # "a Weller rally": a capitalised name that is no place's or people's
            or c.text[:1].isupper() and c.i > c.sent.start and c.ent_type_ not in ("GPE", "LOC", "NORP", "FAC")
            and c.lemma_.lower() not in vocab.campaign_opponents) for c in rally.children)
    return any(c.dep_ == "dobj" and (c.lemma_.lower() in vocab.rallied_people or any(
        g.dep_ == "prep" and g.lower_ == "of" for g in c.children)) for c in rally.children) or any(
        c.dep_ == "nsubj" and c.lemma_.lower() in vocab.market_nouns for c in rally.children)


def _state(a: Actor) -> bool:
    """A state's actor: a government, its forces or envoys, a country named as such, a state body
    above states."""
    return bool(a.country and (a.sector in ("GOV", "MIL") or a.sector is None and a.code == a.country)
                or (a.code or "").startswith("IGO"))


# Entries whose act is done to people (hosting a visitor, freeing a captive): with an object that
# is no actor ("receiving 20 percent support", "released two beavers") there is no event.
PERSON_OBJECT_ENTRIES = {"consult.host", "yield.free"}

# Reactions (appeals, accusations, rejections, demands, threats) whose object may be a deed told
# before ("condemned the attack"), and how many of the story's events back its author is looked for.
REACTION_ROOTS = {"02", "05", "10", "11", "12", "13"}  # acts that answer a deed: appeals, praise, demands, blame, refusals, threats
DENIAL = "016"  # "denied the accusation": a reaction to whoever accused
DEED_MEMORY = 12


# Roots of words and cooperation, whose second verb acts on the first's object ("met X and pledged
# aid"); force and coercion name their own targets ("shelled the town and killed five")
SHARED_OBJECT_ROOTS = {"02", "03", "04", "05", "06", "07", "08", "10", "11", "12", "13"}


def _striking_people(verb: Token) -> Token | None:
    """The people "striking" describes, read by the parser as its object: "at striking teachers"
    are teachers on strike."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if verb.lower_ != "striking" or nxt is None or nxt.head.i != verb.i or nxt.dep_ != "dobj":
        return None
    return nxt if nxt.lemma_.lower() in vocab.working_people else None


def _other_sense(clause: Clause, entry: Entry) -> str | None:
    """Why the verb of a general entry is used in a sense that is no event here, if it is: "sales
    declined" (no refusal without something refused), "tried to demonstrate that" (showing, not
    protesting), "allowed that some were good" (granting a point), "watch Sudan burn" (no one
    burns anything)."""
    verb, lemma = clause.verb, clause.verb.lemma_.lower()
    complement = any(c.dep_ == "ccomp" for c in verb.children)
    if entry.id == "reject.refuse" and lemma == "decline" and clause.dobj is None and not clause.passive \
            and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return "declining without refusing anything: a fall"
    if entry.id == "reject.refuse" and any(c.dep_ == "xcomp" and c.lemma_.lower() in vocab.comment_verbs for c in verb.children) \
            or lemma in vocab.comment_verbs and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline"):
        return "declining to comment or to speak: no refusal of anyone"
    if entry.id == "consult.phone" and lemma == "call" and clause.dobj is not None \
            and _noun_forms(clause.dobj) & vocab.convened_nouns:
        return "calling a meeting or a vote: convening it, no phone call"
    if entry.id == "mobilize.reinforced_units" and clause.dobj is not None \
            and clause.dobj.lemma_.lower() in vocab.commitment_nouns:
        return "reinforcing a commitment or a case: no forces moved"
    if entry.id == "protest.protest" and lemma == "demonstrate" and (complement or clause.dobj is not None):
        return "demonstrating that or something: showing it"
    if entry.id == "yield.allow" and any(c.dep_ == "ccomp" and not _to_infinitive(c)
                                          for c in verb.children):  # "allowed that", not "allow them to return"
        return "allowing that: granting a point"
    if entry.id == "coerce.burn" and clause.dobj is None and not clause.passive:
        return "burning with nothing burned: no one's act"
    if entry.cameo[:2] in VIOLENT_ROOTS and _striking_people(verb) is not None:
        return "striking workers: workers on strike, no attack on them"
    obj = clause.dobj
    if entry.id in ("yield.return", "cooperate.extradite") and obj is not None and any(
            w.lemma_.lower() in vocab.document_nouns | vocab.written_nouns for w in (obj, *obj.lefts)):
        return "handing over a document: no one handed over"  # "handed over a note verbale"
    if entry.id == "reject.veto" and obj is not None and obj.lemma_.lower() in vocab.vessel_nouns:
        return "blocking a vessel's way: no veto"
    if lemma in vocab.question_verbs | {"request"} and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote") and any(g.dep_ == "neg" for g in c.children)
            for c in verb.children):
        return "asking not to be named: a source's condition, not a request"
    if clause.dobj is not None and _commercial(clause.dobj):
        return f"{clause.dobj.text!r} is a commercial deal, not a political one"
    if entry.id == "fight.target" and any(n.lemma_.lower() in vocab.measure_nouns for n in _measure_holders(clause)):
        return "a measure that targets someone: aimed at them, not force"
    return None


# Acts one claims to have done: "the rebels claimed that they had attacked the base" (CAMEO 015)
CLAIMED_ROOTS = {"14", "15", "17", "18", "19", "20"}


def _own_deed_claimed(verb: Token) -> Token | None:
    """The act a "claimed that they had ..." clause says its subject did, if it does: the claim's
    subject and the act's are the same ("they", "we", or the same words)."""
    if verb.lemma_.lower() not in vocab.claim_verbs:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    for c in verb.children:
        if c.dep_ != "ccomp" or c.pos_ != "VERB":
            continue
        inner = next((g for g in c.children if g.dep_ == "nsubj"), None)
        if subject is not None and inner is not None and (
                inner.lower_ in ("they", "we", "it") or inner.lemma_.lower() == subject.lemma_.lower()):
            return c
    return None


def _money(tok: Token) -> bool:
    """Whether a noun is a sum of money ("300 million euros", "$5 billion")."""
    return tok.lemma_.lower() in vocab.currency_nouns or tok.lower_ in vocab.currency_nouns or (
        tok.like_num and any(c.tag_ == "$" or c.lower_ in vocab.currency_nouns for c in tok.subtree))


def _view_shared(clause: Clause) -> bool:
    """Whether "agree" shares someone's view rather than commits to an act: "agreed with the court
    that the vote should wait", "agree with what Congress proposed" (CAMEO 019, a statement), not
    "agreed with Iran to hold talks"."""
    withs = [t for p, t in clause.preps if p == "with"]
    if not withs:
        return False
    # the that-clause hangs on the verb or, as the parser often has it, on the one agreed with
    said = any(c.dep_ == "ccomp" and not _to_infinitive(c) for c in clause.verb.children) or any(
        c.dep_ in ("ccomp", "acl", "relcl") and any(g.lower_ == "that" and g.dep_ == "mark" for g in c.children)
        for t in withs for c in t.children)
    return said or any(t.dep_ == "pcomp" or t.lemma_.lower() in vocab.view_nouns for t in withs)


def _someone_acts(verb: Token, mentions) -> bool:
    """Whether a warned-of clause has someone who would act: an actor or a pronoun for one, not a
    thing that would happen ("warned that superbugs could outpace antibiotics", "that prices would
    rise" foretell; "that the army will respond" threatens)."""
    # "warn superbugs could outpace": the parser may take the subject for the warning's object
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or \
        [c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i]
    return not subjects or any(s.pos_ == "PRON" or s.i in mentions and not _no_agent(s) for s in subjects)


def _armament(a: Actor) -> bool:
    """Whether an actor's words name a weapon or a strike rather than people ("the drone strike",
    "a missile")."""
    words = a.text.lower().split()
    last = words[-1].rstrip("s") if words else ""
    return last in vocab.armaments


def _named_by(noun: Token) -> list[Token]:
    """Who a noun says did it: its by-phrase ("a raid by police") and the agent of a participle on
    it ("the demonstration staged by students")."""
    return [g for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"] + \
        [g for v in noun.rights if v.dep_ == "acl" and v.tag_ == "VBN" for a in v.children if a.dep_ == "agent"
         for g in a.children if g.dep_ == "pobj"]


def _commercial(noun: Token) -> bool:
    """Whether a noun is modified as commerce: "merger talks", "a sponsorship deal"."""
    return any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in vocab.commercial_deal_words for c in noun.lefts)


def _measure_holders(clause: Clause) -> list[Token]:
    """The nouns that may be what a verb's act is done by: its subject, the noun a participle hangs
    on ("sanctions targeting officials"), and the object of the clause a participle adds to
    ("unveiled sanctions, targeting officials")."""
    verb = clause.verb
    out = list(clause.subject)
    if verb.dep_ == "acl":
        out.append(verb.head)
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.tag_ == "VBG":
        out += [c for c in verb.head.children if c.dep_ == "dobj"]
    return out


def _question(verb: Token) -> bool:
    """Whether `verb` ("asked") puts a question: its complement opens with "if", "whether" or a
    question word, or it is asked "about" something, rather than asking someone to act."""
    if verb.lemma_.lower() not in vocab.question_verbs or any(c.dep_ == "xcomp" for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "ccomp":
            first = c.sent[c.left_edge.i - c.sent.start]
            if first.lower_ in ("if", "whether") or first.tag_ in ("WP", "WRB", "WDT", "WP$") \
                    or any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
    return False


def _mutual(clause: Clause) -> bool:
    """Whether the clause's object is "each other" or "one another": its subjects act on each other
    ("India and Pakistan blamed one another"), whatever the verb."""
    objs = [clause.dobj] + [t for _, t in clause.preps]
    def each_other(t: Token) -> bool:  # the parser hangs either word on the other
        words = {t.lower_, *(c.lower_ for c in t.children)}
        return words >= {"each", "other"} or words >= {"one", "another"}

    return any(t is not None and each_other(t) for t in objs)


def _of_objects(noun: Token) -> list[Token]:
    """The nouns of a noun's "of" phrase ("a barrage of rockets" -> rockets)."""
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _weapon(tok: Token) -> bool:
    """Whether a noun names weapons, itself or as a quantity of them ("a barrage of rockets")."""
    lemma = tok.lemma_.lower()
    return lemma in vocab.weapons or lemma in vocab.quantity_nouns and any(g.lemma_.lower() in vocab.weapons for g in _of_objects(tok))


def _stem(word: str) -> str:
    """A deed's word without its ending, so that the noun and the verb meet ("raids", "raided";
    "killing", "killed"; "arrests", "arrested")."""
    w = word.lower()
    for ending in ("ings", "ing", "ed", "es", "s", "e"):
        if w.endswith(ending) and len(w) - len(ending) >= 3:
            return w[: -len(ending)]
    return w


def _own_forces(entry: Entry, found: list[Actor]) -> bool:
    """Whether what a mobilizing act moves is the mover's own forces, with no country of their own
    ("sent two battalions", "deployed thousands of troops", "agreed to disengage troops"): the means, not
    the target."""
    return bool(found) and entry.cameo[:2] in OWN_FORCES_ROOTS and all(
        a.sector in ("MIL", "COP") and not a.country and _head_word(a) in vocab.armed_force_nouns for a in found)


def _singular(word: str) -> str:
    """A plural noun's singular, roughly: "parties" -> party, "sides" -> side."""
    return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word


def _plural_head(a: Actor) -> str:
    """The last word of an actor's phrase without a plural s ("two French diplomats" -> diplomat)."""
    words = a.text.lower().split()
    return _singular(words[-1]) if words else ""


def _to_infinitive(v: Token) -> bool:
    """Whether a verb has the "to" of an infinitive ("agreed to meet", "called him to demand")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _phrase_objects(nouns: list[Token], preps) -> list[Token]:
    """The objects of the phrases with prepositions `preps` that hang on `nouns` or on their
    of-phrases ("the exchange of prisoners between Russia and Ukraine")."""
    return [g for n in nouns for d in [n, *_of_objects(n)] for c in d.children if c.dep_ == "prep" and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _a_pair(a: Actor | None) -> bool:
    """Whether an actor is two parties named as a pair: "both sides", "the two parties", "the warring sides"."""
    words = a.text.lower().split() if a is not None else []
    return 2 <= len(words) <= 3 and bool({"both", "two", "warring"} & set(words)) and _singular(words[-1]) in vocab.warring_pair_nouns


def _names_a_pair(tok: Token) -> bool:
    """Whether a subject names two parties together: "both sides", "delegations from the two
    countries", "the two leaders"."""
    return any(t.lower_ in ("both", "two") and t.head.pos_ in ("NOUN", "PROPN") and t.head.tag_ in ("NNS", "NNPS")
               for t in tok.subtree)


def _whose(tok: Token) -> Token:
    """The noun a relative "whose" stands for ("the League, whose activities were banned": the
    League); any other possessor itself."""
    if tok.lower_ != "whose":
        return tok
    v = tok.head
    for _ in range(4):
        if v.dep_ == "relcl":
            return v.head
        if v.head.i == v.i:
            break
        v = v.head
    return tok


def _head_word(a: Actor) -> str:
    """The last word of an actor's phrase in the singular ("two battalions" -> battalion)."""
    words = a.text.lower().split()
    last = words[-1] if words else ""
    return last[:-1] if last.endswith("s") and last[:-1] in vocab.armed_force_nouns else last


def _object_read_as_clause(verb: Token) -> Token | None:
    """The object of a verb the parser read as the subject of a clause of its own: "found
    ammunition believed to belong to the PKK", where "believed to belong" is a reduced relative on
    "ammunition", not a clause saying what was found."""
    for c in verb.children:
        if (c.dep_ == "ccomp" and c.lower_ in vocab.raising_participles and c.tag_ in ("VBD", "VBN")
                and any(g.dep_ == "xcomp" for g in c.children)
                and not any(g.dep_ in ("aux", "auxpass", "mark") for g in c.children)):
            subject = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("NOUN", "PROPN") and subject.i > verb.i:
                return subject
    return None


def _time_phrase(tok: Token) -> bool:
    """Whether the phrase `tok` heads is a time and nothing more ("Monday", "5 pm", "the next
    day"), not a name it was run into ("President Bashar Assad Tuesday")."""
    return all(t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("DET", "PUNCT") for t in tok.subtree)


def _town(tok: Token, mentions) -> bool:
    """Whether `tok` heads a town's or a site's name and nothing more: no body, no country."""
    m = mentions.get(tok.i)
    return m is not None and m.place is not None and m.place[0].kind == "place" and not any(a.sector for a in m.actors)


def _no_agent(tok: Token, modifiers: bool = True) -> bool:
    """Whether a noun names a natural force or a living thing that is no actor ("the storm", "a
    bear", "swarms of locusts", with `modifiers` "pollen season")."""
    words = vocab.non_agents
    lemma = tok.lemma_.lower()
    if lemma in words:
        return True
    if lemma in vocab.quantity_nouns and any(g.lemma_.lower() in words for g in _of_objects(tok)):
        return True
    return modifiers and tok.pos_ == "NOUN" and any(c.dep_ == "compound" and c.lemma_.lower() in words for c in tok.lefts)


def _done_to_no_one(entry: Entry, patients: list[Token]) -> str | None:
    """Why force used on these patients is no event: fighting a fire or shooting a film."""
    if entry.objects or entry.cameo[:2] not in VIOLENT_ROOTS:
        return None
    for patient in patients:
        if _no_agent(patient, modifiers=False):  # not "attacked fire crews"
            return f"what it is done to, {patient.text!r}, is a natural force or a creature"  # "crews battled the blaze", "culled badgers"
        if patient.lemma_.lower() in vocab.filmed_works:
            return f"what it is done to, {patient.text!r}, is filmed, not harmed"  # "the film was shot in Morocco"
    return None


def _natural_cause(sent: Span) -> bool:
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in vocab.forces for t in sent)


def _with_of(noun: Token) -> list[Token]:
    """A place noun, the nouns of its "of" phrase and its possessor: "near the town of Samarra"
    names Samarra, "near Macedonia's border" Macedonia."""
    return [noun] + _of_objects(noun) + [c for c in noun.children if c.dep_ == "poss"]


def _nested_places(noun: Token, depth: int = 0) -> list[Token]:
    """A place noun and the nouns its in/of phrases nest: "in a car bomb explosion in a
    residential sector of eastern Beirut" names Beirut."""
    out = [noun]
    if depth < 3:
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in ("of", "in"):
                for g in c.children:
                    if g.dep_ == "pobj":
                        out.extend(_nested_places(g, depth + 1))
    return out


def _complaint_content(verb: Token) -> Token | None:
    """The clause a verb of complaint reports: "protested that the government had raised fees",
    or the sentence before "..., a rights group protested", which the parser may hang elsewhere."""
    if verb.lemma_.lower() not in vocab.complaint_verbs:
        return None
    for c in verb.children:
        if c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
            return c
    return verb.sent.root if _trails_sentence(verb) else None


def _trails_sentence(verb: Token) -> bool:
    """Whether the verb and its subject close the sentence after a comma, the way an attribution
    does ("..., a rights group protested"), whatever the parser made of them."""
    root = verb.sent.root
    start = (verb.head if verb.dep_ == "acl" else verb).left_edge.i
    return (verb.dep_ in ("acl", "parataxis", "ccomp") and root.i < verb.i and root.pos_ in ("VERB", "AUX")
            and start > 0 and verb.doc[start - 1].text == ",")


def _main_verb_taken_for_participle(v: Token) -> bool:
    """The small parser often reads a sentence's main verb as a participle on its subject
    ("An official newspaper called on Arabs ..." with "newspaper" as the root). A full sentence
    with no verb of its own but a participle and no passive auxiliary is read as active."""
    if v.dep_ != "acl" or any(c.dep_ in ("auxpass", "aux", "agent") for c in v.children):
        return False
    sent = v.sent
    root = sent.root
    noun = v.head
    # "Palestinian youths resorted to ..., officials said": two subjects for "said", one misread
    if noun.dep_ == "nsubj" and v.tag_ in ("VBD", "VBN") and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1:
        return True
    # "..., as Israeli airstrikes killed 31 people": a clause's subject read as the clause, its verb
    # as a participle on it
    if v.tag_ in ("VBD", "VBN") and any(c.dep_ == "dobj" for c in v.children) and (
            noun.dep_ == "advcl" and any(c.dep_ == "mark" for c in noun.children)
            or noun.dep_ == "pobj" and noun.head.lower_ in vocab.simultaneous_marks):
        return True
    if root.pos_ not in ("NOUN", "PROPN") or not sent.text.rstrip().endswith("."):
        return False
    return noun.i == root.i or (noun.dep_ == "pobj" and noun.head.head.i == root.i)


def _subject_in_fronted_phrase(verb: Token) -> list[Token]:
    """The subject the parser folded into a fronted phrase: in "With the signing of the accord,
    the government and the rebels have agreed", the noun phrase after the comma, right before the
    verb, hangs as a conjunct or an appositive inside the "with" phrase."""
    i = verb.i - 1
    doc = verb.doc
    while i >= 0 and doc[i].dep_ in ("aux", "auxpass", "neg", "advmod") and doc[i].head.i == verb.i:
        i -= 1
    if i < 1 or doc[i].pos_ not in ("NOUN", "PROPN"):
        return []
    t = doc[i]
    while t.dep_ == "conj" and doc[t.left_edge.i - 1].text != ",":
        t = t.head
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.i < t.i]
    if t.dep_ not in ("conj", "appos") or not any(c.left_edge.i <= t.i <= c.right_edge.i for c in fronted):
        return []
    return _conjuncts(t)


def _subject(verb: Token) -> list[Token]:
    """The verb's subject tokens, looking through control, coordination and relative clauses."""
    seen = 0
    v = verb
    while seen < 6:
        seen += 1
        said = _speakers_own_act(v)
        if said is not None:
            v = said  # "Katz said Israel would respond and accused Lebanon": Katz's act
            continue
        # The parser sometimes hangs the subject on the auxiliary ("Chile [is] opposed to").
        kids = [c for a in v.children if a.dep_ in ("aux", "auxpass") for c in a.children] + list(v.children)
        subj = [c for c in kids if c.dep_ in ("nsubj", "csubj", "expl")
                or (c.dep_ == "nsubjpass" and (v.lower_ in vocab.stative_participles or (v.lower_ in vocab.raising_participles and v is not verb)))]
        if subj:
            s = subj[0]
            if s.tag_ in ("WDT", "WP") and v.dep_ == "relcl":
                return _conjuncts(v.head)
            # "Russia said it would withdraw": a pronoun subject in reported speech is the speaker.
            # In a direct quotation only "we" is: '"They beat us," said a student' names others.
            if s.lower_ in (("we",) if _quoted(v) else ("it", "they", "we")) and v.dep_ == "ccomp" and v.head.i != v.i:
                outer = [c for c in v.head.children if c.dep_ == "nsubj"]
                if outer and outer[0].pos_ != "PRON":
                    return _conjuncts(outer[0])
            return _conjuncts(s)
        if v.dep_ == "acl" and v.tag_ == "VBG":
            noun = v.head
            # "issued a declaration demanding ...": the declaration speaks for whoever issued it
            if noun.dep_ == "dobj" and noun.lemma_.lower() in vocab.document_nouns and noun.head.pos_ == "VERB":
                return _subject(noun.head)
            return _conjuncts(noun)  # "protesters demanding reform"
        if _main_verb_taken_for_participle(v):
            return _conjuncts(v.head if v.head.dep_ in ("nsubj", "advcl", "pobj") else v.sent.root)
        if v.dep_ == "relcl" or (v.dep_ == "acl" and v.tag_ == "VBN"):
            return []
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":
            v = v.head.head  # "are guilty of violating": the subject of "are"
            continue
        if v.dep_ == "ROOT":
            return _subject_in_fronted_phrase(v)
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp") and v.head.i != v.i:
            # "..., killing six" and "... to demand reforms" share the main clause's subject.
            if v.dep_ == "advcl" and v.tag_ != "VBG" and not any(c.lower_ == "to" for c in v.children):
                return []
            v = v.head
            continue
        return []
    return []


# How sure an inferred country is, by where it came from (Actor.confidence).
CONFIDENCE_HERE, CONFIDENCE_SENTENCE, CONFIDENCE_STORY = 0.75, 0.65, 0.55


def _speaks_for_authors(a: Actor) -> bool:
    """Whether the actor's words end in a document ("a 500-page report"), which acts for its authors."""
    last = a.text.lower().split()[-1] if a.text.split() else ""
    return last in vocab.document_nouns or last in vocab.written_nouns or last.rstrip("s") in vocab.document_nouns


def _antecedent(verb: Token) -> Token | None:
    """The noun a relative or participle clause hangs on, through conjoined verbs ("a plan that X
    drafted and that was rejected by Y": plan)."""
    v = verb
    while v.dep_ == "conj" and v.head.i < v.i:
        v = v.head
    if v.head.pos_ not in ("NOUN", "PROPN"):
        return None
    # a participle on its noun is a reduced passive of its own (Clause.reduced); one conjoined to it
    # ("drafted by Britain and vetoed by Russia") shares its noun
    return v.head if v.dep_ == "relcl" or v.dep_ == "acl" and v is not verb else None


def _who(a: Actor | None) -> str:
    return "nobody" if a is None else (a.code or a.text)


def _evidence(a: Actor | None) -> str:
    return "an earlier mention" if a is None else f"{a.text!r} at {a.start}-{a.end}"


class EventCoder:
    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self.cameo = cameo_table()
        self._offset = 0
        # For `explain`: note(what, span, **details) records a decision, set by the stage while a
        # trace is kept; `evidence` maps a country to the mention that first named it in the story.
        self.note = None
        self.evidence: dict = {}
        self._route: dict[str, str] = {}
        # Set by the stage for each story: whether it is a game's or a race's (`contest_story`)
        self.contest_story = False
        self.sport_story = False  # set with it: a story of sport through and through (`sport_story`)
        # The story's events so far, set by the stage: whose deed a reaction answers (`_deeds_authors`)
        self.earlier: list[Event] = []

    def entries_for(self, verb: Token) -> list[Entry]:
        by_verb = self.lexicon.by_verb
        wild = by_verb.get("*", [])
        for key in verb_keys(verb):
            if key in by_verb:
                return by_verb[key] + wild
        return wild

    def best_entry(self, clause: Clause) -> Entry | None:
        best, best_score = None, float("-inf")
        preps = {p for p, _ in clause.preps}
        for e in self.entries_for(clause.verb):
            # A target preposition is not required, but an entry whose preposition is there fits better.
            score = e.specificity - (2 if e.target_prep and not (e.target_set & preps) else 0)
            if e.objects:
                # "air strike" is a closer fit than "strike"
                score += max((len(f.split()) for f in e.objects & clause.obj_forms), default=1) - 1
            if score > best_score and clause.fits(e):
                best, best_score = e, score
        return best

    def code_sentence(self, sent: Span, mentions: dict[int, Mention], part: str, offset: int,
                      setting: Counter | None = None, proposal: str | None = None) -> list[Event]:
        """Events of one sentence. `setting` counts the countries the document has named so far; an
        actor with a role but no country takes the one the sentence or the story supports. `proposal`
        is the PLOVER type the learned model reads in the sentence: where no lexicon entry fires, the
        sentence's main verb is coded with it, the parse still giving the actors."""
        self._offset = offset  # where this segment starts in the article, for actors made here
        events = []
        used: set[int] = set()  # nouns a verb pattern already consumed ("launched an attack")
        heads: list[tuple[Token, str]] = []  # events whose complements are theirs, not new events
        for tok in sent:
            # "said it was skeptical": a copula is a clause only where an adjective completes it
            if tok.pos_ != "VERB" and not (tok.pos_ == "AUX" and any(c.dep_ == "acomp" for c in tok.children)):
                continue
            clause = Clause(tok)
            entry = (COMPLAINT if _complaint_content(tok) is not None else None) or self.best_entry(clause) or self._construction(clause)
            if entry is not None and entry.id == "intent.agree" and _view_shared(clause):
                entry = ACCORD
            if entry is None and (deed := _own_deed_claimed(tok)) is not None and (
                    (inner := self.best_entry(Clause(deed))) is not None and inner.cameo[:2] in CLAIMED_ROOTS):
                entry = CLAIM
            if entry is not None and (sense := _other_sense(clause, entry)) is not None:
                self._say(f"{tok.text!r}: {sense}", tok)
                continue
            if entry is not None and entry.cameo[:2] == "02" and _question(tok):
                # "when asked if he still trusts Trump", "voters were asked who would bring change":
                # a question put, not an appeal
                self._say(f"{tok.text!r}: a question asked, no appeal", tok)
                continue
            if entry is not None and entry.cameo[:2] in ("02", "04") and any(c.dep_ == "oprd" for c in tok.children):
                # "called the decision senseless", "what Kyiv called an attack": naming, not a call
                self._say(f"{tok.text!r}: names its object as something, no call or appeal", tok)
                if clause.dobj is not None:
                    used.add(clause.dobj.i)  # "called the sanctions illegal": nor are they Russia's
                continue
            if self.note is not None:
                self._note_clause(clause, entry)
            if entry is None:
                continue
            self._route = {}
            found = self._events(clause, entry, sent, mentions, part, offset)
            if found and entry.id in PERSON_OBJECT_ENTRIES and clause.dobj is not None and all(e.target is None for e in found) \
                    and clause.dobj.pos_ != "PRON" and clause.dobj.ent_type_ not in ("PERSON", "NORP", "ORG", "GPE"):
                # "received 20 percent support" (no visitor), "released two beavers" (no captive)
                self._say(f"{tok.text!r}: {clause.dobj.text!r} is no one it could be done to", tok)
                continue
            if found and (self._subsumed(tok, heads) or self._content_of_noun(tok)):
                self._say(f"{tok.text!r}: no event of its own, the content of the act around it", tok)
                continue
            if self.note is not None:
                for e in found:
                    self._say(f"{tok.text!r}: {e.cameo} {e.plover.type or ''} {_who(e.source)} -> {_who(e.target)}", tok,
                              source=self._route.get("source"), target=self._route.get("target"))
                if not found:
                    self._say(f"{tok.text!r}: {entry.id} fits, but no event: {self._route.get('none', 'no actor on either side')}", tok)
            if found and (entry.cameo[:2] in SUBSUMING_ROOTS | VIOLENT_ROOTS or entry.cameo[:2] == "14"):
                heads.append((tok, entry.cameo[:2]))
            events.extend(found)
            if found and clause.dobj is not None:
                used.add(clause.dobj.i)
            if found:
                # "agreed on a package of sanctions": the measure in the package is this event
                used.update(g.i for t in [clause.dobj, *(t for _, t in clause.preps)] if t is not None
                            and t.lemma_.lower() in vocab.quantity_nouns for g in _of_objects(t))
            if found:
                # "threw stones during demonstrations": a circumstance is an event of its own
                used.update(t.i for p, t in clause.preps if p not in vocab.circumstances)
                used.update(t.i for t in clause.subject)  # "a car bomb exploded" is one event
        events.extend(self._nominal_events(sent, mentions, used, part, offset, heads))
        self._share_object(events, sent)
        self._warring_pair(events)
        self._purpose_of_same_act(events, sent)
        self._one_record_twice(events)
        self._mediated_parties(events, sent)
        for e in events:
            if e.source is not None and e.target is not None and (e.source.start, e.source.end, e.source.code) == (
                    e.target.start, e.target.end, e.target.code):  # "the Armenian and Azerbaijani ministers" are two
                # "Maduro threatened to arrest every conspirator ...": whoever a fallback found, the
                # actor does not act on the very words that name him
                self._say(f"{e.trigger!r}: {e.target.text!r} is its own source, so no target")
                e.target = None
        self._deeds_authors(events, sent)
        if events and any(e.cameo_root in CONTEST_ROOTS for e in events) and (
                _contest(sent) or self.contest_story and _unarmed({t.lemma_.lower() for t in sent})):
            # "beat the champion on the last lap", "killed the game off in stoppage time",
            # "defended her crown", "surrendered a three-shot lead"
            self._say("a sporting contest: its beating, attacking, defending and yielding are the game's")
            events = [e for e in events if e.cameo_root not in CONTEST_ROOTS]
        if self.sport_story:
            # "Vila Nova rejected an offer", "Ashby captain Ryan Doyle protested": a club named by
            # its town and a team's captain are no political actors
            idle = [e for e in events if not (_acting_body(e.source) or _acting_body(e.target))]
            if idle:
                self._say("a story of sport: clubs, teams and captains are no political actors")
                events = [e for e in events if e not in idle]
        for e in [e for e in events if e.cameo_root == "14"]:
            tok = self._trigger(e, sent)
            if tok is not None and _campaign_rally(tok):
                self._say(f"{tok.text!r}: a campaign's or a market's rally, no protest", tok)
                events.remove(e)
        if not events and proposal in LEARNED_CODES:
            events = self._proposed(sent, proposal, mentions, part, offset)
        if events:
            self._infer_countries(events, sent, mentions, setting)
            for e in events:
                if self._own_side_would_act(e, sent):
                    self._say(f"{e.trigger!r}: {e.target.text!r} is the threatener's own side, not the threatened")
                    e.target = None
            for e in [e for e in events if e.cameo_root in INTERVIEW_ROOTS and (press(e.source) or press(e.target))]:
                # "speaking to reporters", "in an interview with Reuters", "a reporter asked him":
                # talking with the press is how news is made, not a consultation or an appeal
                # between two political actors
                self._say(f"{e.trigger!r}: talks with the press are no consultation or appeal")
                events.remove(e)
            for e in events:
                if e.cameo_root == "14" and (e.target is None or not e.target.sector):
                    # a mission beats the town the protest was in
                    e.target = self._mission_protested(e, sent, mentions) or e.target
                if e.target is None and e.source is not None and e.source.country and (
                    e.cameo_root == "14" or e.cameo.startswith(INTERNAL_CODES)
                ):
                    # A protest with no named target is aimed at the authorities where it happens;
                    # a curfew, a ban or an easing of restrictions acts on the ruler's own country.
                    src = e.source
                    e.target = Actor(src.text, src.start, src.end, None, src.country, None, src.country, inferred=True,
                                     confidence=min(src.confidence or 1.0, CONFIDENCE_SENTENCE),
                                     evidence=Evidence(src.text, src.start, src.end))
            dead, hurt = casualties(sent)
            for e in events:
                if e.cameo_root in VIOLENT_ROOTS or e.cameo in ("145", "175"):
                    e.fatalities, e.injuries = dead, hurt
        self._casualties_authors(events, sent)
        self._own_rulers(events)
        for e in events:
            e.location = self._location(e, sent, mentions)
            loc = e.location
            if e.source is None and e.cameo_root in VIOLENT_ROOTS and loc and loc.country:
                # An attack with no named author ("killed in a car bomb explosion in Beirut") is
                # by unidentified attackers of the country where it happened, as ICEWS codes them.
                e.source = Actor(loc.text, loc.start, loc.end, None, loc.country, None, loc.country, inferred=True,
                                 agent="UAF", confidence=CONFIDENCE_STORY, evidence=Evidence(loc.text, loc.start, loc.end))
        self._mark_root(events, sent)
        return events

    def _mission_protested(self, e: Event, sent: Span, mentions) -> Actor | None:
        """"Protesters burned tires outside the Rwandan embassy": a protest at a foreign mission is
        aimed at the government it represents."""
        tok = self._trigger(e, sent)
        if tok is None:
            return None
        for p in tok.children:
            if p.dep_ != "prep" or p.lower_ not in vocab.event_place_prepositions | {"before"}:  # "before the embassy"
                continue
            objects = [n for n in p.children if n.dep_ == "pobj"]
            # "in front of the US consulate"
            objects += [g for n in objects if n.lower_ == "front" for q in n.children if q.lower_ == "of" for g in q.children if g.dep_ == "pobj"]
            for noun in objects:
                if _singular(noun.lower_) in vocab.envoy_nouns:
                    found = [a for a in self._actors([noun], mentions) if a.country]
                    if found:
                        self._say(f"{e.trigger!r}: a protest at {noun.text!r} is aimed at the government it represents")
                        a = found[0]
                        return replace(a, sector="GOV", agent="GOV", code=actor_code(a.country, "GOV"))
        return None

    def _purpose_of_same_act(self, events: list[Event], sent: Span) -> None:
        """"Police fired tear gas to disperse the protesters", "criticized the government, accusing
        it of graft": an act done to achieve the same act, or a participle that tells again an act
        of the same kind by the same actor, is one event, with the narrower of the two codes, acting
        on whom either names. (Merging an infinitive of another code, "threatened in a video to
        attack", lowered PLOVER precision on the score part, which counts both records as right.)"""
        at = {e.trigger_start: e for e in events if e.trigger_start is not None}
        for e in list(events):
            tok = self._trigger(e, sent)
            if tok is None or tok.dep_ not in ("advcl", "xcomp", "conj"):
                continue
            participle = tok.tag_ == "VBG" and tok.dep_ == "advcl"
            # "drones damaged a building and killed a woman": the second verb tells the same strike
            # again, and says whom it hit
            again = tok.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            if not (participle or again or tok.dep_ != "conj" and _to_infinitive(tok)):
                continue
            main = at.get(tok.head.idx + self._offset)
            if main is None or main is e or not any(x is main for x in events) or not main.plover.type \
                    or main.plover.type != e.plover.type or (main.source and main.source.code) != (e.source and e.source.code):
                continue
            if again and (main.source is None or (main.target is None) == (e.target is None) and not (
                    e.target is not None and main.target.code == e.target.code and e.cameo_root not in VIOLENT_ROOTS)):
                # two deeds of one side, each on its own victims, or both on none, stay two; "summoned
                # the envoy and lodged a protest" with him is one protest
                continue
            if not (participle or again) and main.cameo != e.cameo:
                continue
            if main.target is not None and e.target is not None and main.target.code != e.target.code:
                continue
            keep, drop = (e, main) if len(e.cameo) > len(main.cameo) else (main, e)
            if again:
                keep, drop = (e, main) if main.target is None and e.target is not None else (main, e)
            if keep.target is None:
                keep.target = drop.target
            events[:] = [x for x in events if x is not drop]
            self._say(f"{e.trigger!r}: the same act as {main.trigger!r}, told again or its purpose")

    def _mediated_parties(self, events: list[Event], sent: Span) -> None:
        """"Russia and Ukraine swapped prisoners in a deal mediated by the UAE": the mediator acts
        on the parties to the act its deal or talks belong to, each a record."""
        for e in [e for e in events if e.cameo == MEDIATE and e.target is None]:
            tok = self._trigger(e, sent)
            if tok is None or tok.dep_ != "acl" or tok.head.i == tok.i:
                continue
            holder = tok.head.head
            while holder.dep_ == "prep" and holder.head.i != holder.i:
                holder = holder.head  # "swapped prisoners in a deal mediated by ...": the swap
            parties = [x.source for x in events if x is not e and x.source is not None and x.source.country
                       and x.trigger_start == holder.idx + self._offset]
            for i, party in enumerate(parties):
                record = e if i == 0 else replace(e)
                record.target = party
                if i:
                    events.append(record)
            if parties:
                self._say(f"{e.trigger!r}: mediated between {', '.join(p.text for p in parties)}", tok)

    def _one_record_twice(self, events: list[Event]) -> None:
        """"Shelling killed a woman and her child": conjoined objects that code alike (CVL and CVL)
        make one record, not two; "met Saudi and Emirati envoys" stays two."""
        seen = set()
        for e in list(events):
            key = (e.trigger_start, e.cameo, e.negated, e.source and e.source.code, e.target and e.target.code)
            if e.target is not None and key in seen:
                events.remove(e)
                self._say(f"{e.trigger!r}: the same record again, for {e.target.text!r}")
            seen.add(key)

    def _warring_pair(self, events: list[Event]) -> None:
        """"The army shelled RSF positions. An envoy urged both sides to return to talks": "both
        sides" are the last two who fought or quarrelled, not the last two countries named (the
        envoy's own among them)."""
        for e in list(events):
            if not any(x is e for x in events):
                continue  # one of a pair already read
            # "the two sides held talks": the pair is both parties, each acting on the other
            mutual = _a_pair(e.source)
            if not (mutual or _a_pair(e.target)):
                continue
            t = e.source if mutual else e.target
            mine = e.source.code if e.source is not None and not mutual else None
            here = next(i for i, x in enumerate(events) if x is e)
            dyad = next((x for x in [*reversed(events[:here]), *reversed(self.earlier[-DEED_MEMORY:])]
                         if x.cameo_root in WARRING_ROOTS and x.source is not None and x.target is not None and not x.negated
                         and x.source.code and x.target.code and x.source.code != x.target.code
                         and mine not in (x.source.code, x.target.code)), None)
            if dyad is None:
                continue
            group = [x for x in events if x.trigger_start == e.trigger_start and any(
                a is not None and a.start == t.start for a in ((x.source,) if mutual else (x.target,)))]
            at = next(i for i, x in enumerate(events) if x is group[0])
            events[:] = [x for x in events if not any(x is g for g in group)]
            def as_pair(side: Actor) -> Actor:
                return replace(side, text=t.text, start=t.start, end=t.end, inferred=True, evidence=Evidence(side.text, side.start, side.end))
            for one, other in ((dyad.target, dyad.source), (dyad.source, dyad.target)) if mutual else ((None, dyad.target), (None, dyad.source)):
                events.insert(at, replace(e, target=as_pair(other), **({"source": as_pair(one)} if mutual else {})))
            self._say(f"{e.trigger!r}: {t.text!r} are the last two who fought, {dyad.source.text!r} and {dyad.target.text!r}")

    def _own_rulers(self, events: list[Event]) -> None:
        """"Opposition leader Rahul Gandhi criticised the government": a country's own opposition,
        parties, lawmakers, courts and people who act on "the government" with no country named act
        on their own, not on the government the story happened to name last."""
        for e in events:
            s, t = e.source, e.target
            if s is None or t is None or not s.country or s.sector not in DOMESTIC_SECTORS or t.country == s.country:
                continue
            words = t.text.lower().split()
            if len(words) == 2 and words[0] == "the" and words[1] in vocab.ruler_nouns:
                e.target = replace(t, country=s.country, sector="GOV", agent="GOV", code=actor_code(s.country, "GOV"),
                                   inferred=True, evidence=Evidence(s.text, s.start, s.end))
                self._say(f"{e.trigger!r}: {t.text!r} is the government of {s.text!r}'s own country")

    def _previous_sentence_start(self, sent: Span) -> int:
        """Where the sentence before `sent` starts in the article (`sent`'s own start if it is the first)."""
        return (sent.doc[sent.start - 1].sent if sent.start > 0 else sent).start_char + self._offset

    def _casualties_authors(self, events: list[Event], sent: Span) -> None:
        """"Chinese soldiers attacked an Indian patrol. Nine Indian soldiers were injured": an
        agentless passive that kills or wounds tells the casualties of the attack told just before
        on the same side, in its sentence or the one before, so it is by that attack's author."""
        before = self._previous_sentence_start(sent)
        for e in events:
            if e.source is not None or e.target is None or e.cameo_root not in VIOLENT_ROOTS or e.negated:
                continue
            tok = self._trigger(e, sent)
            if tok is None or tok.lemma_.lower() not in vocab.kill_words | vocab.hurt_words or not any(
                    c.dep_ == "nsubjpass" for c in tok.children) or any(c.dep_ == "agent" for c in tok.children):
                continue
            earlier = [*reversed(events[:events.index(e)]),
                       *(x for x in reversed(self.earlier[-DEED_MEMORY:]) if (x.trigger_start or -1) >= before)]
            side = e.target.country
            # the same side: the attack's target of the same country, or, with none, of the same kind
            # or people ("police fired tear gas at striking teachers. Two demonstrators were injured")
            attack = next((x for x in earlier if (x.cameo_root in VIOLENT_ROOTS or x.cameo == "175") and x.source is not None
                           and x.target is not None and not x.negated and x.modality == "asserted"
                           and (x.source.country or x.source.sector) and x.source.country != side
                           and (x.target.country == side if side else x.target.sector == e.target.sector or e.target.sector in (None, "CVL"))), None)
            if attack is not None:
                e.source = replace(attack.source, inferred=True)
                self._say(f"{tok.text!r}: the casualties of the attack told before, by {attack.source.text!r}", tok)

    def _deeds_authors(self, events: list[Event], sent: Span) -> None:
        """"The Security Council condemned the attack", "Beijing rejected the protest": a reaction
        to a deed the story has told acts on the deed's author, the source of the last event of
        that kind in the sentence or the story."""
        for e in events:
            if e.target is not None or e.source is None or e.cameo_root not in REACTION_ROOTS and e.cameo != DENIAL:
                continue
            tok = self._trigger(e, sent)
            deed = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")), None) if tok is not None else None
            roots = set(vocab.deed_nouns.get(deed.lemma_.lower(), "").split()) if deed is not None and deed.pos_ == "NOUN" else None
            if not roots or any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in deed.children):
                continue  # no deed, or one the phrase already gives an author ("Israel's attack")
            # an act named by no kind ("the decision", "the move") is the last one told, just before
            anything = "*" in roots
            before = self._previous_sentence_start(sent)
            earlier = [x for x in [*reversed(events[:events.index(e)]), *reversed(self.earlier[-DEED_MEMORY:])]
                       if (x.cameo_root in roots or anything and (x.trigger_start or -1) >= before)
                       and x.source is not None and (x.source.country or x.source.code) and not x.negated
                       and x.source.code != e.source.code and x.trigger_start != e.trigger_start]  # not a co-subject's same act
            # the deed told in the same word comes first: "condemned the raids" is about the raids
            # told before, not the rockets fired since
            told = [x for x in earlier if _stem(x.trigger or "") == _stem(deed.lemma_)] or earlier
            if told:
                e.target = replace(told[0].source, inferred=True)
                self._say(f"{tok.text!r}: {deed.text!r} is the deed told before, by {told[0].source.text!r}", tok)

    def _share_object(self, events: list[Event], sent: Span) -> None:
        """The second of two verbs one actor did, with no one named as its object, acts on the
        first's: "met his Sudanese counterpart and pledged aid" (to him), "met Israeli negotiators
        and urged them to allow more trucks". Only words and cooperation: force names its own target."""
        at = {e.trigger_start: e for e in events if e.trigger_start is not None}
        for e in events:
            if e.target is not None or e.source is None or e.cameo_root not in SHARED_OBJECT_ROOTS:
                continue
            tok = self._trigger(e, sent)
            if tok is None or tok.dep_ != "conj" or tok.head.pos_ != "VERB":
                continue
            first = at.get(tok.head.idx + self._offset)
            if first is not None and first.target is not None and first.source is not None and first.source.code == e.source.code \
                    and first.cameo_root in SHARED_OBJECT_ROOTS:
                e.target = first.target
                self._say(f"{tok.text!r}: acts on the object of {tok.head.text!r}, whose subject it shares", tok)

    def _proposed(self, sent: Span, kind: str, mentions, part, offset) -> list[Event]:
        """The learned model's event in a sentence the lexicon has no entry for, on its main verb,
        kept only when a political actor with a country does it: the model reads the sentence, not
        who acts in it, and an event with no one named is no record."""
        verb = sent.root
        if verb.pos_ != "VERB" or verb.lemma_.lower() in vocab.reporting_verbs | vocab.belief_verbs:
            return []  # "X said ...": what was said is the event, and its verb had no entry
        entry = Entry(f"learned.{kind.lower()}", frozenset(), LEARNED_CODES[kind], plover_type=kind)
        self._route = {}
        found = [e for e in self._events(Clause(verb), entry, sent, mentions, part, offset)
                 if e.source is not None and e.source.country and (e.source.sector or e.source.code) and not e.negated]
        for e in found:
            self._say(f"{verb.text!r}: no lexicon entry; the learned model reads {kind}", verb)
        return found

    # -- explain ----------------------------------------------------------------------------------
    def _say(self, what: str, tok: Token | None = None, **details) -> None:
        if self.note is not None:
            span = (tok.idx + self._offset, tok.idx + len(tok) + self._offset) if tok is not None else None
            self.note(what, span, **{k: v for k, v in details.items() if v})

    def _note_clause(self, clause: Clause, chosen: Entry | None) -> None:
        """Which lexicon entries the clause's verb has, which fired with what it matched, and why
        the others did not fit."""
        verb = clause.verb
        matched = f"verb={verb.lemma_}" + (f" particle={clause.particle}" if clause.particle else "") + \
            (f" object={clause.dobj.lemma_}" if clause.dobj is not None else "") + \
            "".join(f" {p}={t.lemma_}" for p, t in clause.preps)
        # entries for any verb ("*": protesters acting) are tried everywhere; only the verb's own are shown
        rejected = [f"{e.id} ({e.cameo}): {why}" for e in self.entries_for(verb) if e is not chosen and "*" not in e.verbs
                    for why in [clause.mismatch(e)] if why]
        if chosen is None:
            if rejected:
                self._say(f"{verb.text!r}: no entry fits", verb, matched=matched, rejected=rejected)
            return
        kind = "construction" if chosen.id.startswith("construction.") else "lexicon entry"
        self._say(f"{verb.text!r}: {kind} {chosen.id} ({chosen.cameo}) fired", verb, matched=matched, rejected=rejected or None)

    def _via(self, role: str, route: str, found: list[Actor]) -> list[Actor]:
        """Return `found`, remembering for `explain` how the role's actor was found."""
        if found and self.note is not None:
            self._route.setdefault(role, route)
        return found

    def _location(self, e: Event, sent: Span, mentions) -> Place | None:
        """The place the event's clause names ("in northern Syria", "near the town of Samarra")."""
        trigger = self._trigger(e, sent)
        if trigger is None:
            return None
        holders = [trigger] + [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj":
            holders.append(trigger.head.head)  # "killed in an air strike in Idlib"
        if trigger.dep_ in ("acl", "xcomp") and trigger.head.dep_ in ("nsubj", "nsubjpass"):
            holders.append(trigger.head.head)  # "an attempt to assassinate X was thwarted in Y"
        for h in holders:
            for c in h.children:
                if c.dep_ != "prep" or c.lower_ not in vocab.event_place_prepositions:
                    continue
                for t in c.children:
                    if t.dep_ != "pobj":
                        continue
                    for p in _nested_places(t):
                        m = mentions.get(p.i)
                        if m is None or m.place is None:
                            continue
                        own = {(a.start, a.end) for a in m.actors}
                        if c.lower_ not in ("in", "near", "inside", "outside", "around", "throughout") and any(
                            a is not None and (a.start, a.end) in own for a in (e.source, e.target)
                        ):
                            continue  # "fired rockets at Israel": the place is the target, not where
                        found = self._place_of(m, sent)
                        if found is not None:
                            return found
        if e.cameo_root in VIOLENT_ROOTS:
            # "struck the southern city of Rafah", "drones hit Odesa": a place attacked is where
            for obj in (c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")):
                for p in _nested_places(obj):
                    m = mentions.get(p.i)
                    if m is not None and m.place is not None and m.place[0].kind == "place":
                        found = self._place_of(m, sent)
                        if found is not None:
                            return found
        return None

    def _place_of(self, m: Mention, sent: Span) -> Place | None:
        """The place record of a mention headed by a toponym, at its offsets in the article."""
        entry, s, end = m.place
        name = sent.doc[s:end]
        start = name.start_char + self._offset
        return record(entry, name.text, start, start + len(name.text))

    @staticmethod
    def _construction(clause: Clause) -> Entry | None:
        """Events a construction codes whatever its verb: "is willing to send material" states an
        intent to cooperate; "X said Y must drop its barriers" is X's demand on Y."""
        verb = clause.verb
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in vocab.willing_words:
            return WILLINGNESS
        if verb.dep_ == "pcomp" and verb.head.lower_ == "to" and {verb.head.head.lemma_.lower(), verb.head.head.lower_} & vocab.willing_words:
            return WILLINGNESS  # "is committed to opening up the economy"
        if verb.lemma_.lower() in vocab.wish_verbs and any(
            c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "nsubj" for g in c.children) for c in verb.children
        ):
            return WISH  # "Obama wants Putin to attack": an appeal to Putin
        if clause.auxes & vocab.obligation_auxiliaries and clause.governing_speech() is not None \
                and verb.lemma_.lower() not in vocab.state_verbs:
            # not "the people should have a voice", "Trump should win": an opinion of how things
            # ought to be, not an act demanded of anyone
            return OBLIGATION
        return None

    def _infer_countries(self, events: list[Event], sent: Span, mentions, setting: Counter | None) -> None:
        """Give a country to actors that have a role but none of their own ("gunmen", "police",
        "protesters"): the place the clause names, else a country the sentence names, else the
        country the story is clearly about; never to what is no actor ("the smoke"), and never on
        weak evidence: an unknown country is better than a wrong one. Each inferred country keeps
        the words it came from (`evidence`)."""
        named: list[Actor] = []  # countries named in the sentence, by the mention that names each
        places_named = []
        for i in range(sent.start, sent.end):
            m = mentions.get(i)
            if m is not None and sent.doc[i].lemma_.lower() not in vocab.border_nouns:
                # "outside the French embassy": a mission's country is not that of the people around it
                named.extend(a for a in m.actors if a.country and not a.inferred and not press(a)
                             and not (sent.doc[i].pos_ == "NOUN" and _singular(sent.doc[i].lower_) in vocab.envoy_nouns))
                if m.place is not None and m.place[0].country:
                    places_named.append(m.place[0].country)
        story = self._story_country(setting)
        for e in events:
            a = e.source
            if a is not None and a.country and not a.sector and e.cameo_root in VIOLENT_ROOTS and _armament(a):
                # "Israeli strikes hit southern Lebanon": a country's strikes are its forces'
                e.source = replace(a, sector="MIL", agent="MIL", code=actor_code(a.country, "MIL"))
            other = {a.country for a in (e.source, e.target) if a is not None and a.country}
            # Where the event happened comes first: "a roadside bomb near Samarra killed a US soldier".
            here: list[Actor] = []
            trigger = self._trigger(e, sent)
            if trigger is not None:
                for t in trigger.subtree:
                    # "near the Mauritanian border", "near the border with Burkina Faso": a border
                    # is two countries', and the one it names is usually the other side
                    if t.dep_ == "pobj" and t.head.lower_ in ("in", "near", "at", "outside") and t.lemma_.lower() not in vocab.border_nouns:
                        for p in _with_of(t):
                            if p.i in mentions:
                                here.extend(a for a in mentions[p.i].actors if a.country and not a.sector and not a.inferred)
            domestic = e.cameo_root in DOMESTIC_ROOTS
            for role in ("source", "target"):
                a = getattr(e, role)
                # "ethnic Albanians demonstrated in Serbia": coded where they live (CAMEO), which is
                # where the clause, else the sentence, places them
                lives = [x.country for x in here] or places_named
                if a is not None and lives and a.country and a.country != lives[0] and self._ethnic(a, sent, self._offset):
                    setattr(e, role, replace(a, country=lives[0], code=actor_code(lives[0], a.sector)))
                    continue
                if a is None or a.country or a.text.lower() in vocab.first_person or a.code in ("IGO", "NGO") or (a.code or "").startswith(("IGO", "NGO")):
                    continue
                if _a_pair(a):
                    continue  # "offered to mediate between the two sides": two parties, no one country
                if a.sector is None and a.name is None and not (role == "source" and (
                        e.cameo_root in VIOLENT_ROOTS or _speaks_for_authors(a))):
                    continue  # "the smoke", "the moment": no role, so no actor to give a country (an
                    # attack that stands for its authors, "a roadside bombing killed", is one, and
                    # so is a document that speaks for them, "a report accused")
                weapon = role == "source" and e.cameo_root in VIOLENT_ROOTS and _plural_head(a) in vocab.standoff_weapons
                if weapon and (before := self._same_weapon_before(a)) is not None:
                    # "Russian drones struck Kyiv ... In Kharkiv, drones killed a woman": the drones
                    # named before, not the place they struck
                    setattr(e, role, replace(a, country=before.country, code=actor_code(before.country, a.sector),
                                             inferred=True, evidence=Evidence(before.text, before.start, before.end),
                                             confidence=min(a.confidence or 1.0, CONFIDENCE_SENTENCE)))
                    continue
                # Prefer a country other than the other party's, but a domestic dyad is common,
                # and the rule for protests and policing. A weapon is rarely of the place it hits,
                # nor of the countries its sentence names ("drones killed two people in Odesa").
                # Talks are often held on neutral ground ("delegations met in Istanbul").
                pool = [] if weapon or e.cameo_root in TALK_ROOTS else [(x, "the place its clause names", CONFIDENCE_HERE) for x in here]
                # a weapon or a strike that acts ("the drone strike targeted a Hamas commander")
                # is not of the country its target's own name gives, and whoever acts on an envoy
                # is not of the country that sent him ("ordered the French ambassador to leave")
                party = {x.start for x in (e.source, e.target) if x is not None and x is not a and (
                    _armament(a) or _plural_head(x) in vocab.envoy_nouns or role == "source" and not domestic)}
                if e.cameo_root not in TALK_ROOTS and not weapon:
                    # "Witkoff spoke with Sheikh Mohammed and Israeli minister Ron Dermer": the
                    # parties to talks are rarely of the country another party's name gives
                    pool += [(x, "a country its sentence names", CONFIDENCE_SENTENCE) for x in named if x.start not in party]
                if story is not None and not weapon:
                    pool.append((self.evidence.get(story) or Actor(story, 0, 0, country=story), "the story's setting", CONFIDENCE_STORY))
                if role == "target" and _plural_head(a) in vocab.envoy_nouns:
                    # "Iran expelled two diplomats": the envoys acted on are another country's
                    pool = [c for c in pool if c[0].country not in other]
                # "Israeli strikes hit Khan Younis": who is struck is not of the striker's country
                # for want of another; an unknown country beats the attacker's
                struck = role == "target" and e.cameo_root in VIOLENT_ROOTS and not domestic
                choice = pool[0] if pool and (domestic or pool[0][0] in here) else next(
                    (c for c in pool if c[0].country not in other), pool[0] if pool and not struck else None)
                if choice is None:
                    continue
                source, where, sure = choice
                country = source.country
                code = country + (a.sector or "") if a.sector not in (None, "IGO") else country
                evidence = Evidence(source.text, source.start, source.end) if source.end > source.start else None
                setattr(e, role, replace(a, country=country, code=code, inferred=True, evidence=evidence,
                                         confidence=min(a.confidence or 1.0, sure)))
                if self.note is not None:
                    self.note(f"{role} {a.text!r}: country {country} inferred from {where}, named by {_evidence(source)}",
                              (a.start, a.end))

    def toll(self, e: Event, sent: Span) -> bool:
        """Whether a violent event is a toll told over a span, not one act: thousands dead, or a
        count the clause places over a war or since a date ("More than 4,000 people were killed
        before the ceasefire", "the war has killed 500 people since January")."""
        dead = e.fatalities or 0
        if e.cameo_root not in VIOLENT_ROOTS or dead < TOLL_SPAN_COUNT:
            return False
        if dead >= TOLL_COUNT:
            return True
        trigger = self._trigger(e, sent)
        if trigger is None:
            return False
        clause = Clause(trigger)
        spans = {p for p, _ in clause.preps} | {t.lower_ for t in trigger.children if t.dep_ == "advmod"}
        words = " ".join(t.lower_ for t in trigger.subtree)
        perfect = bool(clause.auxes & {"has", "have"})
        return bool(spans & vocab.toll_span_words) or any(f" {w} " in f" {words} " for w in vocab.toll_span_words if " " in w) \
            or perfect and any(t.lemma_.lower() in vocab.strife_nouns for t in trigger.subtree)

    def _same_weapon_before(self, a: Actor) -> Actor | None:
        """The last weapon of that kind the story gave a country of its own ("Russian drones"
        before "drones")."""
        kind = _plural_head(a)
        return next((x.source for x in reversed(self.earlier) if x.source is not None and x.source.country
                     and not x.source.inferred and _plural_head(x.source) == kind), None)

    def _own_side_would_act(self, e: Event, sent: Span) -> bool:
        """"Katz warned that Israel would respond": the subject of a threat's that-clause is the
        threatener's own state, who would act, not the threatened."""
        s, t = e.source, e.target
        if e.cameo_root != THREAT_ROOT or s is None or t is None or t.sector or t.country is None or t.country != s.country:
            return False
        trigger = self._trigger(e, sent)
        said = {c.i for c in trigger.children if c.dep_ == "ccomp"} if trigger is not None else set()
        said_by = self._token_at(sent, t.start)
        return said_by is not None and said_by.dep_ == "nsubj" and said_by.head.i in said

    @staticmethod
    def _story_country(setting: Counter | None) -> str | None:
        """The country the story is clearly about, or None: named for sure at least twice and twice
        as often as any other (a dateline counts twice)."""
        if not setting:
            return None
        ranked = setting.most_common(2)
        top, n = ranked[0]
        second = ranked[1][1] if len(ranked) > 1 else 0
        return top if n >= 2 and n >= 2 * second else None

    @staticmethod
    def _ethnic(a: Actor, sent: Span, offset: int) -> bool:
        """Whether the actor's phrase calls it an ethnic group ("hundreds of ethnic Uzbeks")."""
        words = [t for t in sent if a.start <= t.idx + offset < a.end]
        for t in words[-1:]:
            if t.lemma_.lower() in vocab.quantity_nouns | vocab.group_part_nouns or t.like_num:
                # "members of the Serb minority" are that minority; "Serbia's suppression of
                # ethnic Albanian unrest" is not an ethnic group
                words += [g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
        # "ethnic Uzbeks", "the Albanian population", "members of the Serb minority"
        return any(t.lower_ == "ethnic" or (t.lemma_.lower() in vocab.ethnic_nouns and any(c.dep_ == "amod" for c in t.children))
                   for t in words)

    def _trigger(self, e: Event, sent: Span) -> Token | None:
        """The event's trigger token in the sentence being coded."""
        return self._token_at(sent, e.trigger_start)

    def _token_at(self, sent: Span, start: int | None) -> Token | None:
        """The token of the sentence being coded that starts at a document offset."""
        if start is None:
            return None
        return next((t for t in sent if t.idx + self._offset == start), None)

    @staticmethod
    def _mark_root(events: list[Event], sent: Span) -> None:
        """One event per sentence is the root: the one whose trigger is nearest the main verb."""
        if not events:
            return
        root = sent.root

        def depth(e: Event) -> int:
            tok = next((t for t in sent if t.text == e.trigger.split()[0]), None)
            d = 0
            while tok is not None and tok.i != root.i and d < 20:
                tok = tok.head
                d += 1
            return d

        min(events, key=depth).is_root = True

    def _actors(self, toks: list[Token], mentions: dict[int, Mention], unresolved: bool = False) -> list[Actor]:
        """Actors for argument tokens; with `unresolved`, a nominal the knowledge base does not know
        still stands as an actor with no codes, unless it is a natural force or a pronoun."""
        out = []
        offset = self._offset
        for t in toks:
            for c in _conjuncts(t) if t.dep_ != "conj" else [t]:
                m = mentions.get(c.i)
                if m is not None:
                    out.extend(a for a in m.actors if a not in out)
                elif c.lower_ in vocab.first_person:
                    # resolved to the speaker's organisation once the quote around it is known
                    out.append(Actor(c.text, c.idx + offset, c.idx + len(c) + offset))
                elif unresolved and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() not in vocab.natural_forces | vocab.strife_nouns:
                    span = c.doc[c.left_edge.i : c.i + 1]
                    # a name the knowledge base lacks is still someone's: it keeps its words as its name
                    name = span.text if c.pos_ == "PROPN" else None
                    out.append(Actor(span.text, span.start_char + offset, span.end_char + offset, name))
        return out

    def _events(self, clause: Clause, entry: Entry, sent: Span, mentions, part, offset) -> list[Event]:
        verb = clause.verb
        if clause.passive:
            subj = [verb.head] if clause.reduced else [c for c in verb.children if c.dep_ == "nsubjpass"]
            relative = not subj or subj[0].tag_ in ("WDT", "WP") or subj[0].lower_ == "that"
            antecedent = _antecedent(verb) if relative and not clause.reduced else None
            if antecedent is not None:
                # "a plan that X drafted and that was rejected by Y", "the men who were arrested by
                # police": the relative pronoun stands for the noun the clause hangs on
                subj = [antecedent]
            targets = [] if subj and _weapon(subj[0]) else self._actors(subj, mentions)  # "rockets fired by the rebels"
            if _own_forces(entry, targets):
                targets = []  # "troops were sent to the border": whoever sent them, they are the means
            if not targets and not clause.reduced:
                # "evidence against Russia was presented": whose the thing done is, when it is no
                # actor (a reduced passive's owner would be its own agent)
                targets = [a for t in subj for a in self._owners(t, mentions) if _named(a)]
            agent = [t for p, t in clause.preps if p == "by"]
            why = f"its agent {agent[0].text!r} is a natural force or a creature" if agent and _no_agent(agent[0]) \
                else _done_to_no_one(entry, subj[:1])
            if why:
                self._route["none"] = why
                return []  # "a hiker was mauled by a bear", "the film was shot in Morocco"
            # "injured by stones thrown by the crowd": the weapon's own agent did it
            wielder = [g for a in agent[:1] if _weapon(a) for c in a.rights if c.dep_ == "acl" and c.tag_ == "VBN"
                       for b in c.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]
            sources = self._via("source", "the passive's agent", self._actors((wielder or agent)[:1], mentions))
            targets = self._via("target", "the passive's subject", targets)
            if not agent:
                # "was accused of misusing funds by government officials": the parser hangs the
                # agent on the gerund; a by-phrase naming an actor there is the passive's agent
                by = [g for c in verb.children if c.dep_ == "prep" for x in c.children if x.dep_ == "pcomp" and x.tag_ == "VBG"
                      for b in x.children if b.dep_ == "prep" and b.lower_ == "by" for g in b.children if g.dep_ == "pobj"]
                sources = self._actors(by[:1], mentions)
            if not sources:
                # "were seized in a joint operation carried out by security forces", "arrested in a
                # police raid": the operation's author did it
                sources = self._operation_authors(clause, mentions)
            if not sources and entry.cameo[:2] in VIOLENT_ROOTS:
                # "killed in Israeli tank shelling", "wounded in a Russian drone attack": the armed
                # side the cause names did it (a place there, "killed in Gaza", is where)
                sources = [a for p, t in clause.preps if p == "in" for a in self._actors([t], mentions) if a.country and a.sector]
            if not sources and (entry.cameo in OWN_FORCES_CODES or entry.cameo[:3] == "166" and verb.lemma_.lower() in vocab.withdraw_verbs):
                # "troops were withdrawn", "guerrillas have been demobilized", "peacekeepers were
                # pulled out of Gorazde": with no agent, the forces that leave or yield are their own
                # side's act, coded as its source; the place they leave is acted on
                sources, targets = targets, self._place_acted_on(clause, mentions, ("in", "from", "of"))
        else:
            subject = clause.subject
            if not subject and entry is COMPLAINT and verb.dep_ == "acl":
                subject = [verb.head]  # "..., a rights group protested": the parser's participle on its speaker
            if subject and _no_agent(subject[0]):
                self._route["none"] = f"its subject {subject[0].text!r} is a natural force or a creature"
                return []  # "floods hit Japan", "an earthquake rocked Lombok", "a bear attacked a hiker"
            if why := _done_to_no_one(entry, [c for c in verb.children if c.dep_ == "dobj"]):
                self._route["none"] = why
                return []  # "firefighters battled the blaze", "they shot the film in Morocco"
            sources = self._via("source", "its subject", self._actors(subject, mentions, unresolved=True))
            targets = self._targets(clause, entry, mentions)
            act = clause.dobj.doc[clause.dobj.left_edge.i : clause.dobj.right_edge.i + 1] if clause.dobj is not None else None
            if len(sources) > 1 and act is not None and self._named_act(clause.dobj, entry) and entry.cameo[:3] not in PRAISE_CODES and all(
                    act.start_char + self._offset <= t.start < t.end <= act.end_char + self._offset for t in targets):
                # "Israel and Hamas held talks in Cairo": parties to an act named by its object act
                # on each other, not on the act's place
                targets = []
        # two or more parties that meet, cooperate or clash with no one else named act on each other
        parties = {(a.start, a.code) for a in sources if a.country or a.code}
        among = len(parties) > 1 and entry.cameo[:2] in RECIPROCAL_ROOTS and (entry.cameo[:2] not in VIOLENT_ROOTS or clause.dobj is None or bool(entry.objects)) \
            and not (entry.cameo[:3] in PRAISE_CODES and clause.dobj is not None)  # "X and Y welcomed the deal": not each other
        # "Delegations from both countries met in Istanbul": a pair that meets is each other's party,
        # whoever they are, and the city is where
        among = among or entry.cameo[:2] in RECIPROCAL_ROOTS and not clause.passive and any(_names_a_pair(t) for t in clause.subject)
        if not targets and not among:
            # CAMEO's convention: with no other target, the place acted on is the target
            # ("imposed a curfew in Cizre", "arrived in Amman", "declared a state of siege in Haiti");
            # parties that meet or clash there are each other's ("Armenia and Azerbaijan met in
            # Almaty", "the army and the RSF clashed in Khartoum"); a place that is the source
            # ("in a U.S. raid") names who acted, not where
            targets = self._via("target", "the place acted on", [a for a in self._place_acted_on(clause, mentions)
                                                                  if all(a.start != s.start for s in sources)])
        if entry.swap:
            sources, targets = targets, sources
        if not sources and not targets and not (clause.passive and (entry.objects or entry.required_preps)):
            return []  # a specific passive ("arms were seized") stands without named actors
        if not sources and entry.cameo[:2] in VIOLENT_ROOTS and _natural_cause(sent):
            self._route["none"] = "no author, and the sentence names a natural force"
            return []  # "555 people were killed" in an earthquake story: no one did it
        # "Kenyan and Somali troops attacked the camp": force on a thing named is no fight between them
        # "France and Germany welcomed the deal": praise of a thing named is not of each other
        struck = clause.dobj is not None and (entry.cameo[:3] in PRAISE_CODES or entry.cameo[:2] in VIOLENT_ROOTS
                                              and not _weapon(clause.dobj) and clause.dobj.lemma_.lower() != "fire")
        pairs = self._pairs(sources, targets, entry.cameo, _mutual(clause), struck)
        code, rule = entry.cameo, entry.id
        announced = None
        if code in JOINT_FORMS and not targets and len({a.country for a in sources if a.country}) > 1:
            # "French and Egyptian warships launched war games": two countries' forces drilling together
            code, rule = JOINT_FORMS[code], rule + "+joint"
            pairs = [(a, b) for a in sources for b in sources if a.country and b.country and a.country != b.country]
        modality = clause.modality()
        speech = clause.governing_speech()
        attributed = self._actors(_subject(speech), mentions, unresolved=bool(clause.auxes & vocab.obligation_auxiliaries)) if speech is not None else []
        if verb.lemma_.lower() in vocab.warn_verbs and any(
            c.dep_ == "ccomp" and Clause(c).auxes & (vocab.future_auxiliaries | vocab.hypothetical_auxiliaries)
            and _someone_acts(c, mentions) for c in verb.children
        ):
            code, rule = "130", rule + "+threat"  # "warned that police will no longer tolerate rallies"
        if code[:2] == "19" and verb.lemma_.lower() in vocab.verbal_attack_verbs and _words_between_people(clause):
            code, rule = "111", rule + "+words"  # "Trump is attacking him": criticism (PLOVER ACCUSE)
        if code == "141" and verb.lemma_.lower() == "protest" and clause.dobj is not None and sources and all(map(_state, sources)):
            # "the Philippines protested the water-cannon attack": a state's protest is a formal
            # complaint (CAMEO 114, PLOVER ACCUSE), not a demonstration
            code, rule = "114", rule + "+formal"
        if code in GENERIC or (code[:2] in ("02", "03", "10", "12", "13") and len(code) == 3):
            inner = self._inner(clause)
            if code[:2] == "03" and inner and inner[:2] in COERCIVE_ROOTS and any(c.dep_ == "xcomp" for c in verb.children):
                # "agreed to extend sanctions on Russia": no promise to the one coerced, but the
                # measure itself, coded in its own clause as intended
                self._route["none"] = "an agreement to coerce: the measure is the event"
                return []
            if code[:2] == "03" and inner and inner[:2] in VIOLENT_ROOTS and verb.lemma_.lower() in vocab.vow_verbs:
                # "vowed to wipe out the armed groups": a promise of force is a threat of it
                code, rule = "130", rule + "+threat"
            code = compose(code, inner)
        if speech is not None and clause.auxes & vocab.obligation_auxiliaries and attributed and (code[:2] in DEMANDABLE_ROOTS or entry is OBLIGATION):
            # "Mubarak said the US must mediate": the reporter demands it of the clause's subject.
            code = compose("100", code)
            rule += "+demand"
            # the one told ("a reminder to Iraq that it must ...") is the one the demand is made of
            told = self._actors(([c for c in speech.children if c.dep_ == "dobj" and speech.lemma_.lower() in ("tell", "remind", "inform")]
                                 + [g for c in speech.children if c.dep_ == "dative" or (c.dep_ == "prep" and c.lower_ == "to")
                                    for g in c.children if g.dep_ == "pobj"])[:1], mentions)
            told = [a for a in told if _named(a)]  # "told reporters that ..." makes no demand of them
            pairs = [(a, told[0] if told else s or t) for a in attributed for s, t in pairs[:1] if (s or t or told) is not None] or pairs
            attributed, modality = [], "asserted"
        elif (stated := _as_intended(clause, code)) is not None:
            # CAMEO files a stated conflictual measure as a threat; PLOVER keeps THREATEN for coercive
            # warnings, so a measure announced or decided ("announced it would cut aid") keeps the
            # measure's own PLOVER type
            if stated[0][:2] == "13" and clause.announced():
                announced = self.cameo[code].plover_type
            code, rule = stated[0], rule + stated[1]
        negated = clause.negated()
        refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("refuse", "decline", "fail", "reject")
        if negated and code[:2] in REFUSABLE_ROOTS and (modality in ("future", "intended") or "would" in clause.auxes or refused):
            # "would not provide aid", "will not meet": a refusal, which CAMEO codes as a rejection
            code, negated, modality = compose("120", code), False, "asserted"
            rule += "+refusal"
        trigger = verb.text + (f" {clause.particle}" if clause.particle else "")
        # The weapon is in the verb, the subject ("warplanes"), an instrument phrase, or an object the
        # pattern names ("fired missiles"); an object that is the target ("shot down drones") is not.
        instrument = [t for p, t in clause.preps if p in ("with", "using", "by")]
        named_object = [clause.dobj] if entry.objects else []
        words = clause_words([verb, *named_object, *clause.subject, *instrument])
        about = clause_words([verb, clause.dobj, *(t for _, t in clause.preps)])
        # The codebook's type holds for the action as the entry names it, not for a refusal or a
        # promise of it ("will resign" is not yet a resignation).
        ptype = entry.plover_type if code == entry.cameo and modality in ("asserted", "reported") else announced
        acts = [(code, rule, ptype)]
        if code == "173" and any(p in ("on", "for") and t.lemma_.lower() in vocab.charge_nouns for p, t in clause.preps):
            # PLOVER files a charge (ACCUSE) apart from the arrest (COERCE), which CAMEO's 173 joins:
            # "jailed 52 members on charges of treason" is both
            acts.append(("112", rule + "+charge", None))
        return [
            self._make(sent, part, offset, s, t, trigger, r, c, negated,
                       self._quantity(clause.dobj, offset), modality, attributed[0] if attributed else None, words, verb, about, pt)
            for c, r, pt in acts
            for s, t in pairs
        ]

    def _make(self, sent, part, offset, source, target, trigger, rule, code, negated, quantity, modality, attributed, words=frozenset(), at: Token | None = None, about=None, plover_type=None) -> Event:
        info = self.cameo[code]
        plover_type = plover_type or info.plover_type
        mode, context = decide(plover_type, info.plover_mode if plover_type == info.plover_type else None, info.plover_context, words, about)
        return Event(
            sentence=sent.text,
            start=sent.start_char + offset,
            end=sent.end_char + offset,
            part=part,
            source=source,
            target=target,
            trigger=trigger,
            trigger_start=at.idx + offset if at is not None else None,
            trigger_end=at.idx + len(at) + offset if at is not None else None,
            rule=rule,
            cameo=code,
            cameo_root=code[:2],
            cameo_name=info.name,
            goldstein=info.goldstein,
            quad_class=info.quad_class,
            plover=Plover(plover_type, mode, context),
            negated=negated,
            quantity=quantity,
            modality=modality,
            attributed_to=attributed,
        )

    def _pairs(self, sources: list[Actor], targets: list[Actor], code: str, mutual: bool = False,
               struck: bool = False) -> list[tuple[Actor | None, Actor | None]]:
        if not targets and len(sources) > 1 and (code[:2] in RECIPROCAL_ROOTS and not struck or mutual):
            # each party once (a conjunct may resolve twice), and no party its own partner
            parties = list({(a.start, a.end, a.code): a for a in sources}.values())
            return [(a, b) for a in parties for b in parties
                    if a is not b and not (a.start == b.start and a.country == b.country)]
        pairs = []
        for s in sources or [None]:
            for t in targets or [None]:
                if s is not None and t is not None and s.start == t.start and s.country == t.country:
                    continue
                pairs.append((s, t))
        return pairs

    def _named_act(self, tok: Token, entry: Entry) -> bool:
        """Whether an object names the act itself ("resumed talks in Oslo", "launched an offensive"),
        which is no one acted on, whatever country its place phrase gives it."""
        lemma = tok.lemma_.lower()
        return lemma in entry.objects and lemma in self.lexicon.by_noun

    def _content_of_noun(self, tok: Token) -> bool:
        """Whether a clause is what a demand, appeal, offer or threat noun contains ("its demand
        that Israel ease restrictions"): the noun is the event, the clause its content."""
        if tok.dep_ not in ("acl", "ccomp"):
            return False
        nouns = [tok.head] if tok.head.pos_ == "NOUN" else []
        if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB":
            # "reiterated its demand that Israel ease ...": the clause hangs on the verb
            nouns = [c for c in tok.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.i < tok.i]
        return any(e.cameo[:2] in SUBSUMING_ROOTS for n in nouns for e in self.lexicon.by_noun.get(n.lemma_.lower(), ()))

    @staticmethod
    def _subsumed(tok: Token, heads: list[tuple[Token, str]]) -> bool:
        """Whether `tok` lies in what an earlier event reports: "demanded that the US cancel the
        sale", "rejected a call for troops to deploy", "began a hunger strike to demand reform"."""
        for head, root in heads:
            if root in VIOLENT_ROOTS:
                # "struck Gaza, killing six": the killing is the strike's toll, not another attack
                first = tok
                while first.dep_ == "conj" and first.head.i != first.i:
                    first = first.head  # "killing six and wounding 20"
                if first.dep_ in ("advcl", "conj") and first.head.i == head.i and tok.tag_ == "VBG" and tok.lemma_.lower() in vocab.consequence_verbs:
                    return True
                continue
            for child in head.children:
                if child.dep_ in ("nsubj", "nsubjpass", "punct", "cc", "conj", "relcl", "npadvmod", "aux", "neg"):
                    continue
                if root == "14" and not (child.dep_ == "advcl" and any(c.lower_ == "to" for c in child.children)):
                    continue  # a protest subsumes only its purpose ("... to demand reform")
                if child.dep_ == "advcl" and root != "14":
                    continue
                if child.left_edge.i <= tok.i <= child.right_edge.i and tok.i != child.head.i and not _finite_after_infinitive(tok):
                    return True
        return False

    def _nominal_events(self, sent: Span, mentions, used: set[int], part, offset, heads=()) -> list[Event]:
        """Events named by nouns: "talks between X and Y", "Israel's rejection of the plan",
        "the bombing of X by Y", "Israeli air strikes on Rafah"."""
        out = []
        by_noun = self.lexicon.by_noun
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.i in used or tok.dep_ == "compound" or self._subsumed(tok, heads):
                continue
            governing = tok.head.head if tok.dep_ == "pobj" else None
            forms = _noun_forms(tok)
            entries = [e for f in sorted(forms, key=len, reverse=True) for e in by_noun.get(f, ())]
            if not entries or _commercial(tok):
                continue  # "merger talks between two brewers" are commerce
            holders = [tok]
            if tok.dep_ == "nsubj" and set(verb_keys(tok.head)) & vocab.happen_verbs:
                holders.append(tok.head)  # "clashes broke out between police and protesters"
            preps = [(c.lower_, g) for h in holders for c in h.rights if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            entry = next((e for e in entries if any(p in e.target_set for p, _ in preps)), entries[0])
            if governing is not None and tok.head.lower_ not in vocab.cause_prepositions and any(h.i == governing.i and r == entry.cameo[:2] for h, r in heads):
                continue  # "marched during protests": the march is the protest
            owner = [c for c in tok.children if c.dep_ == "poss"] + [g for p, g in preps if p == "by"]
            sources = self._actors(owner[:1], mentions)
            own = mentions.get(tok.i)
            if not sources and own is not None and any(c.ent_type_ in ("NORP", "GPE") for c in tok.lefts):
                sources = own.actors  # "Israeli air strikes": the noun's own country modifier
            governor = _light_verb(tok)
            if not sources and governor is not None:
                # A light verb lends its subject: "Hamas began a hunger strike", "X held talks",
                # "insisted on its demands".
                sources = self._actors(_subject(governor), mentions, unresolved=True)
            if not sources and entry.cameo[:2] in GATHERING_ROOTS:
                # "youths threw stones during demonstrations", "converged for a rally": those
                # who take part in a gathering are the clause's active subject
                verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else None
                if verb is not None and verb.pos_ == "VERB" and not Clause(verb).passive:
                    sources = self._actors(_subject(verb), mentions)
            target_toks = [g for p, g in preps if p in entry.target_set] or [g for p, g in preps if p in ("on", "against", "of", "with", "to", "between", "into")]
            # "its demand that Israel ease restrictions": the clause's subject is the one asked,
            # whether the clause hangs on the noun or on the verb that governs it
            clauses = [c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")]
            if tok.dep_ == "dobj" and entry.cameo[:2] in SUBSUMING_ROOTS:
                clauses += [c for c in tok.head.children if c.dep_ == "ccomp" and c.i > tok.i]
            target_toks += [g for c in clauses for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
            targets = self._actors(target_toks[:1], mentions)
            if not targets and len(target_toks) > 1:
                targets = self._actors(target_toks[-1:], mentions)
            if not targets and target_toks:
                targets = self._owners(target_toks[0], mentions)  # "protests against violations by the army"
            if "between" in entry.target_set or (target_toks and target_toks[0].head.lower_ == "between"):
                if not sources and len(targets) > 1:
                    sources, targets = targets, []
            if not sources and not targets and (entry.cameo[:2] not in ("14", *VIOLENT_ROOTS) or not _reported_as_happening(tok)):
                continue  # an attack or a protest is news without named actors; talks are not
            if not sources and entry.cameo[:2] in VIOLENT_ROOTS and _natural_cause(sent):
                continue
            negated = any(c.dep_ == "neg" or c.lower_ == "no" for c in tok.children)
            if any(c.dep_ == "det" and c.lower_ == "any" for c in tok.children) and tok.dep_ == "dobj" and _negated(tok.head):
                negated = True  # "has not claimed any attack": no attack is said to have happened
            code, rule, modality = entry.cameo, entry.id, "asserted"
            if code in GENERIC and clauses:
                # "its demand that Israel ease restrictions": a demand to yield (1051)
                inner = self.best_entry(Clause(clauses[0]))
                code = compose(code, inner.cameo if inner else None)
            if governor is not None:
                # "would tighten the blockade": the light verb's tense and mood are the event's
                outer = Clause(governor)
                modality = outer.modality()
                negated = negated or outer.negated()
                stated = _as_intended(outer, code)  # "prepared to launch an offensive"
                if stated is not None:
                    code, rule = stated[0], rule + stated[1]
            for s, t in self._pairs(sources, targets, entry.cameo):
                words = clause_words([tok, tok.head, *(g for _, g in preps)])
                out.append(self._make(sent, part, offset, s, t, tok.text, rule, code, negated, None, modality, None, words, tok))
        return out

    def _inner(self, clause: Clause) -> str | None:
        """The action a verbal act is about: its embedded clause's code, else a topic noun in its
        object or its for/on/to phrase ("called for the release of", "demanded economic aid")."""
        verb = clause.verb
        for c in verb.children:
            if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX"):
                inner = Clause(c)
                entry = self.best_entry(inner)
                if entry is not None:
                    return entry.cameo
            if c.dep_ == "advcl" and c.tag_ == "VBG" or (c.dep_ == "advcl" and any(g.lower_ == "to" for g in c.children)):
                # a protest's purpose: "... to demand the president's resignation"
                inner = Clause(c)
                if inner.obj_forms:
                    found = self._topic(inner.obj_forms)
                    if found:
                        return found
        nouns = set(clause.obj_forms)
        for p, t in clause.preps:
            if p in ("for", "on", "to", "against") and t.pos_ in ("NOUN", "PROPN"):
                nouns |= _noun_forms(t)
        return self._topic(nouns)

    @staticmethod
    def _topic(forms: set[str]) -> str | None:
        table = topics()
        for f in sorted(forms, key=lambda f: -len(f.split())):
            if f in table:
                return table[f]
        return None

    def _targets(self, clause: Clause, entry: Entry, mentions, depth: int = 0) -> list[Actor]:
        """The target, tried in order of directness: the entry's preposition, the object, a
        preposition that usually marks a target, the owner of the object ("Turkey's efforts", "a
        U.S. request", "calls by Belarus", "the removal of X"), the subject of a that-clause
        ("demanded that the US cancel"), and the target of an infinitive or a purpose clause
        ("promised to continue aid to Mozambique", "began a hunger strike to protest against X")."""
        preps = clause.preps
        if entry is COMPLAINT:
            content = _complaint_content(clause.verb)
            found = self._actors(_subject(content), mentions) if content is not None else []
            if found:
                return self._via("target", "the subject of the clause complained of", found)
        if entry is CLAIM:
            # "claimed that they had attacked the airbase": what the claimed act was done to
            deed = _own_deed_claimed(clause.verb)
            done_to = [c for c in deed.children if c.dep_ == "dobj"] if deed is not None else []
            found = self._actors(done_to, mentions) or (self._owners(done_to[0], mentions) if done_to else [])
            if found:
                return self._via("target", "what the claimed act was done to", found[:1])
        if entry.cameo == "015":
            # "claimed responsibility for a bombing at a mosque in Kabul": the claimed act's target,
            # else the country where it happened
            named = [a for p, t in preps if p == "for" for d in t.subtree if d.i != t.i for a in self._actors([d], mentions) if a.country]
            found = [a for a in named if a.sector] or [a for a in named if not a.sector]
            if found:
                return self._via("target", "the target of the claimed act", found[:1])
        if entry.cameo[:2] == "11":
            # "complained to the UN over Israeli raids": the complaint is about the raids' author
            for t in [t for p, t in preps if p in ("over", "about", "against")]:
                found = self._actors([t], mentions) or self._owners(t, mentions)
                if found:
                    return self._via("target", "the author of what the complaint is about", found)
        verb = clause.verb
        if verb.dep_ in ("advcl", "xcomp") and verb.head.i != verb.i and entry.cameo[:2] in VERBAL_ROOTS \
                and verb.head.lemma_.lower() in vocab.contact_verbs and _to_infinitive(verb):
            # "called his Iranian counterpart to demand the crew's release": what the call was for
            # is said to the one called
            called = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
            found = self._actors([called], mentions) if called is not None else []
            if found:
                return self._via("target", "the one called or met for it", found)
        if entry.target_prep:
            found = self._actors([t for p, t in preps if p in entry.target_set][:1], mentions)
            # "mediated the exchange of prisoners between Russia and Ukraine", "agreed on a round of
            # sanctions against Eritrea": the phrase hangs on the object or the required phrase, or
            # on its of-phrase
            holders = [t for t in [clause.dobj] if t is not None] + [t for p, t in preps if p in {r for r, _ in entry.required_preps}]
            if not found and holders:
                found = self._actors(_phrase_objects(holders, entry.target_set)[:1], mentions)
            if found:
                return self._via("target", "the entry's target preposition", found)
        # A weapon as object ("fired missiles", "launched drones") is the means, not the target;
        # a weapon acted on is its owner's ("shot down 20 Russian drones")
        dobj = clause.dobj
        if dobj is not None and _weapon(dobj) and clause.verb.lemma_.lower() not in vocab.weapon_use_verbs:
            # "dozens of Russian drones": the weapons a quantity counts
            found = next(([a for a in mentions[t.i].actors if a.country] for t in [dobj, *_of_objects(dobj)]
                          if t.i in mentions and any(a.country for a in mentions[t.i].actors)), [])
            # "a cache of rifles believed to belong to the Taliban": whose the weapons are
            found = found or [a for t in [dobj, *_of_objects(dobj)] for a in self._owners(t, mentions) if _named(a)][:1]
            if found:
                return self._via("target", "the owner of the weapon acted on", found)
        matched = entry.objects & _noun_forms(dobj) if dobj is not None else set()
        if matched and (all(" of " in f for f in matched) or _singular(dobj.lower_) in vocab.armaments) \
                or entry.id in MEANS_OBJECT_ENTRIES or dobj is not None and _money(dobj):
            # ("carried out air strikes near Kidal": the strikes the entry names are the act, not whom)
            # "declared a state of emergency", "set up two bases", "pledged 300 million euros": the
            # measure, post or sum the entry names, not a state, the army a base is read as, or
            # whoever the sum is for
            dobj = None
        if dobj is not None and not _weapon(dobj):
            found = self._actors([clause.dobj], mentions)
            if found and not any(map(_named, found)):
                # "received a mission of observers from the OSCE": whose mission it is says more
                found = [a for a in self._owners(clause.dobj, mentions) if _named(a)] or found
            if _own_forces(entry, found):
                found = []  # "deployed troops to the border": the mover's own forces are the means
            if not found and entry.cameo[:2] in FORCE_ROOTS and (_singular(dobj.lower_) in vocab.bystander_nouns or (
                    dobj.tag_ == "CD" and not any(c.dep_ == "prep" for c in dobj.children))):
                # "arrested two men", "abducted a woman", "killed 27": people force is used on are
                # civilians ("killed 27 of the soldiers" says whom)
                span = dobj.doc[dobj.left_edge.i : dobj.i + 1]
                found = [Actor(span.text, span.start_char + self._offset, span.end_char + self._offset,
                               sector="CVL", code="CVL", agent="CVL", confidence=CONFIDENCE_SENTENCE)]
            if found:
                return self._via("target", "the object", found)
            # "offered to host talks between the Armenian and Azerbaijani ministers": the parties
            # the object's "between" names
            found = self._actors(_phrase_objects([dobj], ("between",))[:1], mentions)
            if found:
                return self._via("target", "the parties its object is between", found)
        # "condemned the attack on the hospital": the deed's victim is not who is condemned
        deed = entry.cameo[:2] in REACTION_ROOTS and clause.dobj is not None and clause.dobj.lemma_.lower() in vocab.deed_nouns
        for prep in () if deed else vocab.target_prepositions:
            objs = [t for p, t in preps if p == prep and t.dep_ != "xcomp"][:1]
            if prep == "at" and entry.cameo[:2] <= "08" and objs and _town(objs[0], mentions):
                continue  # "agreed to reopen the crossing at Mandera": where, not with whom
            found = self._actors(objs, mentions)
            if found:
                return self._via("target", "a preposition that marks a target", found)
        nouns = [t for t in [clause.dobj] + [t for p, t in preps if p in vocab.target_prepositions and t.dep_ != "xcomp"]
                 if t is not None and not _weapon(t)]
        if entry.cameo[:2] == MOBILIZE_ROOT:
            nouns += [t for p, t in preps if p == "for" and t.pos_ == "NOUN"]  # "reservists for a war against Iraq"
        for t in nouns:
            found = self._owners(t, mentions)
            if found and not _own_forces(entry, found):
                return self._via("target", "the owner of the object or its phrase", found)
        for t in (n for n in nouns if n.pos_ == "NOUN"):
            # "committed to assistance to the US-led war": the object's own recipient
            found = self._actors([g for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "against", "toward", "towards")
                                  for g in c.children if g.dep_ == "pobj"][:1], mentions)
            if found:
                return self._via("target", "the object's own recipient", found)
        verb = clause.verb
        for c in verb.children:
            conditional = c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in vocab.conditional_marks for g in c.children)
            # "demanded that the US cancel", "threatened to strike unless Baghdad accepted"
            if c.dep_ == "ccomp" or conditional:
                found = self._actors([g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")][:1], mentions)
                if found:
                    return self._via("target", "the subject of its that-clause or condition", found)
        if verb.dep_ == "xcomp" and verb.head.i != verb.i:
            # "ordered the newspaper La Prensa to suspend publication": the one ordered is acted on
            controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and not _time_phrase(c)
                               and not _weapon(c)), None)  # "used tear gas to remove": the gas is no one ordered
            found = self._actors([controller], mentions, unresolved=True) if controller is not None else []
            if found:
                return self._via("target", "the one ordered (the governing verb's object)", found)
        if depth < 2:
            # two levels: "willing to send material to help defend Saudi Arabia"
            # and the object's own infinitive: "rejected an invitation to attend a meeting of X"
            offered = [c for c in clause.dobj.children if c.dep_ == "acl" and _to_infinitive(c)] if clause.dobj is not None else []
            for c in [*verb.children, *offered]:
                purpose = c.dep_ == "advcl" and any(g.lower_ == "to" for g in c.children)
                # "offered to host talks": an infinitive the tagger took for a noun is still one
                infinitive = c.pos_ == "VERB" or c.pos_ == "NOUN" and _to_infinitive(c)
                if (c.dep_ in ("xcomp", "acl") or purpose) and infinitive:
                    inner = Clause(c)
                    found = self._targets(inner, self.best_entry(inner) or Entry("", frozenset(), ""), mentions, depth + 1)
                    if _own_forces(entry, found):
                        found = []  # "agreed to disengage troops": their own forces, no one acted on
                    if found:
                        return self._via("target", "the target of its infinitive or purpose clause", found)
        if depth:
            # "refused to deploy peacekeepers in Iraq": the place acted on, one clause down
            return self._via("target", "the place acted on, one clause down", self._place_acted_on(clause, mentions))
        head = verb.head
        if entry.cameo[:2] not in ("01", "02", "03", "04", "05") and verb.dep_ == "advcl" and head.lemma_.lower() in vocab.dispatch_verbs and _to_infinitive(verb):
            # "sent 21 officers to Bosnia to investigate": the purpose is carried out where they went
            dest = [t for p, t in Clause(head).preps if p == "to" and t.dep_ == "pobj"]
            return self._via("target", "where they were sent", [a for a in self._actors(dest[:1], mentions) if a.country and not a.sector])
        return []

    def _place_acted_on(self, clause: Clause, mentions, preps: tuple[str, ...] = ("in",)) -> list[Actor]:
        """A country or place in the clause's "in" phrase (or other `preps`), or its object's ("a
        state of siege in Haiti"): the target CAMEO codes when no one else is acted on."""
        places = [n for p, t in clause.preps if p in preps for n in _with_of(t)]
        if clause.dobj is not None:
            # the object's own phrase or its complement's: "a state of siege in Haiti"
            near = [clause.dobj] + [g for c in clause.dobj.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
            places += [g for n in near for c in n.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
        for t in places:
            # "in the capital Kabul": the name may stand in apposition to the noun
            for p in [t] + [c for c in t.children if c.dep_ == "appos"]:
                found = [a for a in self._actors([p], mentions) if a.country and not a.sector]
                if found:
                    return found
        return []

    def _operation_authors(self, clause: Clause, mentions) -> list[Actor]:
        """Who carried out the operation a passive act was done in: its by-phrase, the agent of a
        participle on it ("an operation conducted by the army"), its owner ("the army's raid"), a
        named body or a country before it ("a police raid", "a U.S. raid"); never its target ("an
        offensive against the rebels"). In a clash, the side the victims fought ("in a gunfight
        with police")."""
        for p, t in clause.preps:
            if p in ("in", "during") and t.lemma_.lower() in vocab.clash_nouns:
                # "two Maoists were killed in an encounter with security forces": the other side
                found = self._actors(_phrase_objects([t], {"with"})[:1], mentions)
                if found:
                    return found
            if p not in ("in", "during") or t.lemma_.lower() not in vocab.operation_nouns:
                continue
            by = _named_by(t) + [c for c in t.children if c.dep_ == "poss"] + [c for c in t.lefts if c.dep_ == "compound" and c.i in mentions]
            found = self._actors(by[:1], mentions)
            own = mentions.get(t.i)
            if not found and own is not None and any(a.country for a in own.actors):
                found = own.actors  # the operation's own country modifier
            return found
        return []

    def _owners(self, tok: Token, mentions) -> list[Actor]:
        """Whose thing `tok` is: its own country modifier ("a U.S. request"), its possessor
        ("Serbia's suppression"), or its by/from/of/against phrase, one level down."""
        own = mentions.get(tok.i)
        if own is not None and own.weak and any(a.country for a in own.actors):
            return own.actors  # "a U.S. request": a country modifier owns it; "two missiles" do not
        owners = [_whose(c) for c in tok.children if c.dep_ == "poss"]
        # "vehicles belonging to the army", "dozens of vehicles belonging to it": as plain as a possessor
        # and "believed to belong to the PKK", parsed as an acl or, misread, as the noun's own clause
        said = [c for c in tok.rights if c.dep_ == "acl"] + (
            [tok.head] if tok.dep_ == "nsubj" and tok.head.dep_ == "ccomp" and tok.head.i > tok.i else [])
        belong = [c for c in said if c.lemma_.lower() == "belong"] + [
            x for c in said if c.lower_ in vocab.raising_participles for x in c.children if x.dep_ == "xcomp" and x.lemma_.lower() == "belong"]
        owners += [g for c in belong for p in c.children if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
        # "a Security Council resolution": a named body before the noun is its author
        owners += [c for c in tok.lefts if c.dep_ == "compound" and c.i in mentions
                   and (c.pos_ == "PROPN" or any(map(_named, mentions[c.i].actors)))]
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "for", "by", "against", "with", "between"):
                owners.extend(g for g in c.children if g.dep_ == "pobj")
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in vocab.broker_verbs:
                # "the demonstration staged by students": its agent owns it ("a truce brokered by
                # Egypt" is not Egypt's: a go-between is no party)
                owners.extend(g for a in c.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj")
            if c.dep_ == "relcl" and c.lemma_.lower() in vocab.authoring_verbs:
                # "a plan that Germany drafted": who drafted it owns it
                owners.extend(g for g in c.children if g.dep_ == "nsubj")
        found = self._actors(owners[:1], mentions)
        if not found and owners and owners[0].pos_ == "NOUN":
            found = self._owners(owners[0], mentions) if owners[0].i != tok.i else []
        if not any(map(_named, found)):
            # "a mission of observers from the OSCE": the owner that names a country or body
            for o in owners[1:]:
                named = [a for a in self._actors([o], mentions) if _named(a)]
                if named:
                    return named
        return found

    @staticmethod
    def _quantity(obj: Token | None, offset: int) -> Quantity | None:
        if obj is None:
            return None
        nums = [c for c in obj.lefts if c.dep_ == "nummod"]
        if not nums:
            return None
        num = nums[0]
        words = [t for t in num.subtree]
        value = parse_number([t.text for t in words])
        if value is None:
            return None
        start = min(t.idx for t in words)
        end = obj.idx + len(obj)
        doc = obj.doc
        return Quantity(value, obj.lemma_.lower(), doc.text[start:end], start + offset, end + offset)
