"""Measures of quantities: what a figure counts ("2,500 *fighters*", "*killed* 21 people").

The counted noun after a figure, a verb of harm around it, the noun of a "the number of N
... ranged from A to B" construction before it, or the subject of a verb of counting ("ISWAP
fighters *number* 3,000") names the measure; the verb governing the counted noun refines it
("*recruited* 1,000 fighters" are recruits, "300 fighters *surrendered*"). Measures and their
cue lemmas come from ``ontology/quantities.yaml`` and ``data/extract/quantity_cues.yaml``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.common import Count, SentenceView, Slot, clause_bounds, load_data
from dossier.extract.lexicon import alternation
from dossier.nlp.text import doc_text
from dossier.ontology import load_ontology

__all__ = [
    "HARM_MEASURES",
    "governing_verb",
    "measure_after",
    "measure_before",
    "measure_of_label",
    "measure_of_subject",
    "measure_of_verb",
    "people_word",
    "strength_head",
    "token_at",
    "verb_measure_lemmas",
    "verb_measures",
]

HARM_MEASURES = {
    "killed",
    "injured",
    "casualties",
    "arrested",
    "kidnapped",
    "released",
    "displaced",
    "missing",
}
_GENERIC_PEOPLE = {
    "people",
    "person",
    "civilian",
    "individual",
    "resident",
    "villager",
    "soldier",
    "policeman",
    "officer",
    "child",
    "woman",
    "man",
    "worker",
    "student",
    "cadet",
    "pilgrim",
    "worshipper",
    "member",
    "fighter",
    "militant",
    "troop",
    "passenger",
}


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """Nouns for people in general ("people", "civilians", "young men", "nationals")."""
    extra = load_data("quantity_cues.yaml").get("people_nouns") or ()
    return frozenset(_GENERIC_PEOPLE | {str(n) for n in extra})


def people_word(words: str) -> bool:
    """Whether ``words`` end on a noun for people ("civilians", "local people", "traders"),
    singular or plural."""
    last = words.lower().split()[-1] if words.split() else ""
    people = _people_nouns()
    return any(
        w in people
        for w in (last, last[:-1], last[:-2], last[:-3] + "y", last.replace("men", "man"))
    )


@lru_cache(maxsize=1)
def verb_measures() -> dict[str, str]:
    """Verb lemma → measure, for measures a verb names ("recruited", "surrendered")."""
    onto = load_ontology().quantities
    wanted = set(load_data("quantity_cues.yaml").get("verb_measures") or ())
    out: dict[str, str] = {}
    for m in onto.measures:
        if m.id in wanted:
            for cue in m.cues:
                if " " not in cue:
                    out.setdefault(cue, m.id)
    return out


@cache
def verb_measure_lemmas(measure: str) -> frozenset[str]:
    """The verb lemmas that name ``measure`` ("displace", "flee", "uproot" for displaced)."""
    return frozenset(v for v, m in _measure_table()[2].items() if m == measure)


def governing_verb(noun: Token) -> Token | None:
    """The verb whose object or subject the counted noun is ("recruited between 1,000 and
    1,500 new *fighters*", "some 300 *fighters* joined"); None when a noun comes between."""
    v = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "NOUN"):
        v = noun.head.head  # "recruited dozens of Tajik nationals": what "dozens" is part of
    for _ in range(6):
        dep = v.dep_
        if v.head is v:
            return None
        if dep in ("conj", "appos", "pobj", "nummod", "quantmod"):
            v = v.head
            continue
        if dep == "prep":
            return v.head if v.head.pos_ == "VERB" else None
        if dep in ("dobj", "obj", "nsubj", "nsubjpass"):
            return v.head if v.head.pos_ == "VERB" else None
        return None
    return None


@lru_cache(maxsize=1)
def _measure_table() -> tuple[dict[str, str], frozenset[str], dict[str, str]]:
    """(noun lemma → measure, nouns never counted, harm verb lemma → measure)."""
    onto = load_ontology().quantities
    cues = load_data("quantity_cues.yaml")
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    for m in onto.measures:
        for cue in m.cues:
            if m.id in HARM_MEASURES:
                verbs.setdefault(cue, m.id)
                if m.id in ("casualties",):
                    nouns.setdefault(cue, m.id)
            else:
                nouns.setdefault(cue, m.id)
    for measure, extra in cues["extra_measure_nouns"].items():
        for noun in extra:
            nouns[noun] = measure
    # people counted by a harm verb, and harm nouns ("deaths", "fatalities")
    for noun, measure in (
        ("death", "killed"),
        ("fatality", "killed"),
        ("dead", "killed"),
        ("body", "killed"),
        ("injury", "injured"),
        ("arrest", "arrested"),
        ("detainee", "arrested"),
        ("hostage", "kidnapped"),
        ("refugee", "displaced"),
        ("idp", "displaced"),
    ):
        nouns.setdefault(noun, measure)
    # (s16) "more than 150 enforced disappearances", "40 abductions": harm_of_nouns' measure
    harm_of = cues.get("harm_of_nouns") or {}
    for noun in cues.get("counted_harm_nouns") or ():
        nouns.setdefault(str(noun), str(harm_of[noun]))
    # (s16) participles read as adjectives: "three soldiers were martyred and five injured"
    for verb, measure in list(verbs.items()):
        if " " not in verb and verb.isalpha() and not verb.endswith(("ed", "ing")):
            verbs.setdefault(verb + ("d" if verb.endswith("e") else "ed"), measure)
    verbs.setdefault("kidnapped", "kidnapped")
    return nouns, frozenset(cues["not_measures"]), verbs


def token_at(doc: Doc, char: int) -> Token | None:
    """The token of ``doc`` at character offset ``char`` (None when there is none)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def measure_after(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """The measure the noun after the count names ("300 *fighters*", "dozens *of* attacks")."""
    nouns, never, verbs = _measure_table()
    tok = token_at(doc, count.end - 1)
    if tok is None:
        return None
    sent_end = tok.sent.end
    if (
        tok.lower_ == "one"
        and tok.i + 2 < sent_end
        and doc[tok.i + 1].lower_ == "of"
        and doc[tok.i + 2].lower_ in ("the", "its", "their", "his", "her")
    ):
        return None  # "one of the deadliest attacks": one among many, no count
    displaced = _displacement(tok, verbs)
    if displaced is not None:
        return displaced
    first = i = tok.i + 1
    seen = 0
    while i < sent_end and seen < 5:
        t = doc[i]
        if t.pos_ == "SPACE":
            # "eight gang\nmembers": a hard-wrapped line's break is no word of the phrase
            i += 1
            continue
        lemma = t.lemma_.lower()
        if (
            t.lower_ == "("
            and i > first
            and doc[i - 1].pos_ == "PROPN"
            and i + 2 < sent_end
            and doc[i + 1].pos_ == "PROPN"
            and doc[i + 2].lower_ == ")"
        ):
            # "3,000 Rwanda Defence Force (RDF) troops": a name's acronym inside the run
            i += 3
            continue
        state = lemma if t.pos_ == "ADJ" else t.lower_ if t.tag_ == "VBG" else ""
        if state in verbs and not (i + 1 < sent_end and doc[i + 1].pos_ in ("NOUN", "PROPN")):
            return verbs[state], t  # "1,400 missing", "1,400 reported missing"
        if (
            i == first
            and state
            and nouns.get(state) in HARM_MEASURES
            and not (i + 1 < sent_end and doc[i + 1].pos_ in ("NOUN", "PROPN"))
        ):
            return nouns[state], t  # "a higher toll: three dead, and 14 injured"
        if (
            t.pos_ == "NUM"
            and i + 1 < sent_end
            and (doc[i + 1].tag_ == "HYPH" or doc[i + 1].lower_ in cue_set("calibre_units"))
        ):
            i += 1  # "two .50-caliber Barrett rifles", "four 155 mm howitzers": a calibre
            seen += 1
            continue
        if (
            t.pos_ == "VERB"
            and t.tag_ in ("VBN", "VBD")
            and lemma in cue_set("status_verbs")
            and i + 1 < sent_end
            and (doc[i + 1].lower_ in verbs or doc[i + 1].lemma_.lower() in verbs)
        ):
            i += 1  # "1,400 reported missing", "200 presumed dead"
            seen += 1
            continue
        if (
            t.lower_ in ("of", "the", "-", "strong")
            or t.pos_ in ("ADJ", "DET", "PUNCT")
            # (s24) "three of *its* members", "two of *their* fighters": a possessive
            # before the counted noun is a determiner of the phrase
            or (t.dep_ == "poss" and t.pos_ == "PRON" and i > first)
            or (t.pos_ == "VERB" and t.dep_ == "amod" and t.tag_ in ("VBN", "VBG"))
            or (t.pos_ == "ADV" and t.dep_ == "advmod" and t.head.i > t.i)
        ):
            # "100,000 trained fighters", "a dozen precision-guided missile launchers"
            if t.lower_ in (",", ";", ".", "(", ")"):
                return None
            i += 1
            seen += 1
            continue
        if (
            t.dep_ in ("cc", "conj")
            and first <= t.head.i < i
            and t.head.dep_ in ("compound", "nmod", "amod")
            and i < t.head.head.i <= i + 4
            and t.head.head.pos_ in ("NOUN", "PROPN")
        ):
            # (s22) "40 air and ground strikes", "12 mortar and artillery rounds": modifiers
            # joined before one counted noun
            i += 1
            seen += 1
            continue
        if (
            t.text.isupper()
            and len(t.text) > 1
            and t.pos_ in ("AUX", "VERB")
            and i + 1 < sent_end
            and doc[i + 1].pos_ in ("NOUN", "PROPN")
        ):
            # "9,000 IS detainees": an acronym the tagger read as a verb names the noun's group
            i += 1
            seen += 1
            continue
        if t.pos_ in ("NOUN", "PROPN"):
            after = i + 1
            while after < sent_end and doc[after].pos_ == "SPACE":
                after += 1
            nxt = doc[after] if after < sent_end else None
            if (
                nxt is not None
                and (
                    t.dep_ in ("compound", "npadvmod", "nmod")
                    # "ISKP fighters", "seven rebel vehicles" (a noun the parser made an
                    # adjective): the head decides
                    or (t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN"))
                )
                and t.head.pos_ != "VERB"  # "two cargo flights landing", a gerund misread
                and i < t.head.i < sent_end
                and (
                    t.head.i - i <= 3
                    or (t.head.i - i <= 6 and any(doc[j].lower_ == "(" for j in range(i, t.head.i)))
                )
            ):
                # "terrorist attacks", "ISKP fighters", "Member State": the head decides
                i += 1
                seen += 1
                continue
            lemmas = [doc[j].lemma_.lower() for j in range(first, i + 1)]
            words = [doc[j].lower_ for j in range(first, i)]
            for k in range(len(lemmas) - 1):
                # "foreign terrorist fighters", "internally displaced persons": a cue of
                # several words ending at the head
                for several in (" ".join(lemmas[k:]), " ".join([*words[k:], lemma])):
                    if several in nouns:
                        return nouns[several], t
            pair = f"{lemma} {nxt.lemma_.lower()}" if nxt is not None else ""
            if pair in nouns:
                return nouns[pair], nxt  # type: ignore[return-value]
            lemma = next((k for k in _noun_keys(t) if k in nouns), lemma)  # "IDPs"
            capability = _capability(t)
            if capability is not None:
                return capability, t  # "fired 40 rockets", "destroyed 12 positions"
            qualified = _qualified_measure(t)
            if qualified is not None:
                return qualified, t  # "20,000 rounds of ammunition"
            if (
                lemma not in nouns
                and lemma not in _people_nouns()
                and (t.dep_ in ("dobj", "obj", "nsubjpass") or t.head.lower_ == "of")
                and (_names_group(doc, t) or _scare_quoted(doc, tok, t))
            ):
                # (s18) "troops killed 14 Taliban", "captured 30 'khawarij'": the counted
                # noun is an armed group's name, the object (or passive subject) of a verb
                # of harm that says what befell them ("two suicide bombers killed": no toll)
                harm = _harm_verb(doc, t, verbs)
                if harm is not None:
                    return harm, t
            if (
                lemma in never
                and tok.i >= 2
                and doc[tok.i - 1].lower_ in cue_set("list_joiners")
                and nouns.get(doc[tok.i - 2].lemma_.lower()) == "weapons"
            ):
                # (s18) "three rifles and ~2,000 rounds": counted beside arms, arms too
                return "weapons", t
            if lemma in never and lemma not in _people_nouns():
                return None
            # "25 crew members": people (counted only with a verb of harm), not group members
            crew = _non_group_members(t)
            if lemma in nouns and lemma not in ("people", "person") and not crew:
                measure = nouns[lemma]
                told = None
                if measure in ("fighters", "members"):
                    # (s18) "48 soldiers who had surrendered", "200 men who joined the group":
                    # the relative clause on them says what the people counted did
                    told = next(
                        (
                            verb_measures()[c.lemma_.lower()]
                            for c in t.children
                            if c.dep_ == "relcl"
                            and c.lemma_.lower() in verb_measures()
                            # (s18b) "20 fighters who did not surrender": not done
                            and not unrealised_verb(c)
                        ),
                        None,
                    )
                    if told is not None:
                        return told, t
                harm = _harm_verb(doc, t, verbs)
                if harm == "displaced" and measure in ("fighters", "members"):
                    # (s18b) "20 fighters fled": armed men in retreat, no displaced people
                    # (nor a strength: the men of one incident)
                    return None
                if harm is None and measure in ("fighters", "members"):
                    # "recruited 1,000 fighters", "300 fighters surrendered", "1,500 members
                    # have left its ranks", "deployed around 2,500 personnel"
                    verb = governing_verb(t)
                    if measure == "fighters" and _not_strength(doc, t, verb):
                        return None
                    if measure == "fighters" and _on_payroll(t):
                        # "some 238,000 salaried personnel", "61,000 personnel on its
                        # payroll": the people a body pays, its members, not armed strength
                        return "members", t
                    if verb is not None:
                        v_lemma = verb.lemma_.lower()
                        if not _joined_operation(verb):
                            measure = verb_measures().get(v_lemma, measure)
                        if _departure(verb, t):
                            measure = "surrendered"
                        elif measure == "fighters" and v_lemma in cue_set("deployment_verbs"):
                            measure = "deployed"
                return (harm or measure), t
            if lemma in cue_set("personnel_nouns") and _harm_verb(doc, t, verbs) is None:
                verb = governing_verb(t)
                if (
                    verb is not None
                    and verb.lemma_.lower() in cue_set("deployment_verbs")
                    and t.dep_ in ("dobj", "obj", "nsubjpass")
                ):
                    return "deployed", t  # "the mission has deployed only 400 officers"
                if _force_strength(t):
                    return "fighters", t  # "Haiti's police force of about 9,000 officers"
            if crew or lemma in _people_nouns() or lemma in never:
                harm = _harm_verb(doc, t, verbs)
                if harm is None and lemma in _people_nouns() and _displacement(t, verbs):
                    harm = "displaced"  # "forced 40,000 people from their homes"
                if harm is None and lemma in _people_nouns():
                    hosted = _hosted(doc, t)
                    if hosted is not None:
                        return "displaced", hosted
                if harm is None and lemma in _people_nouns():
                    # "recruited dozens of Tajik nationals", "500 young men joined"
                    verb = governing_verb(t)
                    harm = verb_measures().get(verb.lemma_.lower()) if verb is not None else None
                return (harm, t) if harm else None
            return None
        if t.pos_ in ("VERB",) and lemma in verbs:  # "12 killed"
            return verbs[lemma], t
        return None
    return None


def _names_group(doc: Doc, tok: Token) -> bool:
    """Whether ``tok`` ends an actor mention the parse marked (``doc.spans["actors"]``) that
    is no person or place: a group's name used as the noun of people counted."""
    if "actors" not in doc.spans:
        return False
    return any(
        sp.end - 1 == tok.i and sp.label_ not in ("PERSON", "GPE", "LOC", "person")
        for sp in doc.spans["actors"]
    )


def _scare_quoted(doc: Doc, number: Token, noun: Token) -> bool:
    """(s19) Whether the counted noun is a label in quotes right after its number ("said it
    had killed 60 \"Khawarij\"", "neutralised 12 'apostates'"): a side's name for its enemy,
    which no actor mention reads."""
    return (
        number.i + 1 < noun.i
        and doc[number.i + 1].text in cue_set("quote_marks")
        and noun.i + 1 < len(doc)
        and doc[noun.i + 1].text in cue_set("quote_marks")
    )


def _joined_operation(verb: Token) -> bool:
    """ "600 fighters loyal to X joined the offensive": people joining an operation, not a
    group (``operation_objects``), are the force's fighters, not its recruits."""
    return any(
        c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cue_set("operation_objects")
        for c in verb.children
    )


def _qualified_measure(noun: Token) -> str | None:
    """A noun that counts something only with its "of" phrase (``qualified_measures``):
    "20,000 rounds of ammunition" are weapons, "a round of talks" is nothing."""
    table = load_data("quantity_cues.yaml").get("qualified_measures") or {}
    body = table.get(noun.lemma_.lower())
    if not body:
        return None
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].lower_ != "of":
        return None
    nxt = doc[noun.i + 2]
    wanted = {str(w).lower() for w in body.get("of") or ()}
    if nxt.lemma_.lower() in wanted or nxt.lower_ in wanted:
        return str(body["measure"])
    return None


def unrealised_verb(verb: Token) -> bool:
    """Whether ``verb`` is not told as done: negated or under a modal ("could kill 50"; "may
    have killed 50" is a hedged toll, kept), or the infinitive of a verb of threat, intent or
    plan ("threatened to kill 50 hostages"), or of a denial or refusal ("denied that 14
    people were killed", "refused to surrender")."""
    modals, governors, deniers, factual = _modality()
    v = verb
    for _ in range(4):
        aux = [c for c in v.children if c.dep_ in ("aux", "auxpass")]
        if any(c.dep_ == "neg" for c in v.children):
            return True
        if any(c.lower_ in modals for c in aux) and not (
            any(c.lower_ in ("may", "might") for c in aux) and any(c.lower_ == "have" for c in aux)
        ):
            return True
        up = v.head
        if up is v:
            return False
        lemma = up.lemma_.lower()
        infinitive = v.dep_ in ("xcomp", "acl") or (
            v.dep_ in ("ccomp", "advcl") and any(c.lower_ == "to" for c in aux)
        )
        if infinitive and lemma in governors:
            return not (lemma in factual and up.tag_ in ("VBD", "VBN"))
        if (infinitive or v.dep_ == "ccomp") and lemma in deniers:
            return True
        if not infinitive:
            return False
        v = up
    return False


@lru_cache(maxsize=1)
def _modality() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(modal auxiliaries, governors of a plan, threat or intent, governors that deny or
    refuse, governors factual in the past), from ``event_rules.yaml``'s modality lists."""
    rules = load_data("event_rules.yaml")

    def words(*names: str) -> frozenset[str]:
        return frozenset(str(w).lower() for n in names for w in rules.get(n) or ())

    return (
        words("modal_hypothetical", "modal_future"),
        words("hypothetical_governors", "infinitive_plan_governors")
        | frozenset(str(w).lower() for w in rules.get("threat_verbs") or ()),
        words("negation_governors", "refusal_verbs"),
        words("past_factual_governors"),
    )


def _displacement(tok: Token, verbs: dict[str, str]) -> tuple[str, Token] | None:
    """People displaced that no noun of displacement names: "over 60,000 *who fled* their
    homes" (a relative clause of a displacement verb on the figure), "driven more than 12
    million *from their homes*" (the object of a verb with a "from" phrase on a
    ``displacement_origins`` noun), "2,300 individuals newly *arrived*" (people, not troops,
    the subject of an ``arrival_verbs`` verb). (measure, token) or None."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.lower_ in ("who", "that"):
        for child in tok.children:
            if child.dep_ == "relcl" and verbs.get(child.lemma_.lower()) == "displaced":
                return "displaced", child
    verb = tok.head
    if tok.dep_ in ("dobj", "obj") and verb.pos_ == "VERB":
        origins = cue_set("displacement_origins")
        for prep in verb.children:
            if (
                prep.dep_ == "prep"
                and prep.lower_ == "from"
                and prep.i > tok.i
                and any(c.dep_ == "pobj" and c.lemma_.lower() in origins for c in prep.children)
            ):
                return "displaced", tok
    if (
        tok.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in cue_set("civilian_departure_verbs")
        and tok.lemma_.lower() in _people_nouns()
        and tok.lemma_.lower() not in _measure_table()[0]  # "500 fighters left the town"
        # (s18b) "three UN staff left the city": a posting's end, no one displaced
        and tok.lemma_.lower() not in cue_set("relocating_nouns")
        # (s18b) "40 families have not left", "5,000 residents would leave": not done
        and not unrealised_verb(verb)
        and any(
            c.dep_ in ("dobj", "obj") and c.lemma_.lower() in cue_set("left_places")
            for c in verb.children
        )
    ):
        # (s18) "roughly 20,000 residents have left the area", "3,000 families abandoned
        # their villages": people (not troops) leaving where they live
        return "displaced", tok
    arrived = [c for c in tok.children if c.dep_ in ("acl", "relcl") and c.i > tok.i]
    if tok.dep_ == "nsubj" and verb.pos_ == "VERB":
        arrived.append(verb)
    if (
        any(v.lemma_.lower() in cue_set("arrival_verbs") for v in arrived)
        and tok.lemma_.lower() in _people_nouns()
        and tok.lemma_.lower() not in _measure_table()[0]  # "500 soldiers arrived": troops
        and tok.lemma_.lower() not in ("officer", "policeman", "cadet")
    ):
        return "displaced", tok
    return None


def _hosted(doc: Doc, noun: Token) -> Token | None:
    """People a body shelters or hosts ("the bases sheltered several thousand people": the
    verb), or people counted right after a displacement camp is named ("closed the camps,
    whose residents — an estimated 400,000 people —": the noun). None otherwise."""
    verb = governing_verb(noun)
    if (
        verb is not None
        and verb.lemma_.lower() in cue_set("hosting_verbs")
        and noun.dep_ in ("dobj", "obj", "pobj")
    ):
        host = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        v = verb
        for _ in range(3):
            # "the city, which the UN says still shelters": the relative clause's antecedent
            if host is not None and host.lower_ not in ("which", "that", "who"):
                break
            if v.dep_ == "relcl":
                host = v.head
                break
            if v.dep_ != "ccomp" or v.head is v:
                break
            v = v.head
        if host is not None and host.lemma_.lower() in cue_set("settlement_nouns"):
            return None  # "the city still shelters some 300,000 people": its population
        return verb
    sent = noun.sent
    lead = doc_text(doc)[max(sent.start_char, noun.idx - 100) : noun.idx]
    return noun if cue_regex("camp_cues").search(lead) else None


def _not_strength(doc: Doc, noun: Token, verb: Token | None) -> bool:
    """People counted who are no strength of a force: troops moving ("100 soldiers had
    *withdrawn*", ``movement_verbs``)."""
    return (
        verb is not None
        and verb.lemma_.lower() in cue_set("movement_verbs")
        and noun.dep_ in ("nsubj", "dobj", "obj", "conj")
    )


def _on_payroll(noun: Token) -> bool:
    """Staff on a payroll (``payroll_words`` in the clause): "238,000 personnel on its
    *payroll*", "salaries for 90,000 staff"."""
    words = cue_set("payroll_words")
    sent = noun.sent
    return any(t.lower_ in words or t.lemma_.lower() in words for t in sent if t.i != noun.i)


def _force_strength(noun: Token) -> bool:
    """People of a force counted as its strength: "Haiti's police force of about 9,000
    *officers*" (an "of" phrase on a ``force_nouns`` word), "the national police has about
    9,000 *officers*" (the object of a ``holding_verbs`` verb whose subject names a force)."""
    forces = cue_set("force_nouns")
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head.lemma_.lower() in forces or noun.head.head.lower_ in forces
    verb = governing_verb(noun)
    if verb is None or verb.lemma_.lower() not in cue_set("holding_verbs"):
        return False
    if noun.dep_ not in ("dobj", "obj"):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and any(
        t.lemma_.lower() in forces or t.lower_ in forces for t in subj[0].subtree
    )


_STRONG = re.compile(r"\s*[-–]\s*strong\b|\s+strong\b", re.IGNORECASE)


def strength_head(doc: Doc, count: Count) -> Token | None:
    """ "the 2,500-strong Kenyan-led police mission", "a 1,000-strong contingent": the body a
    figure before "strong" measures (its head noun), whose strength (``fighters``) it is."""
    if not _STRONG.match(doc_text(doc), count.end):
        return None
    tok = token_at(doc, count.end - 1)
    if tok is None:
        return None
    head = tok.head
    for _ in range(3):
        if head.pos_ in ("NOUN", "PROPN") and head.i > tok.i:
            return head
        if head.head is head:
            break
        head = head.head
    return None


@cache
def cue_set(name: str) -> frozenset[str]:
    """A list of ``quantity_cues.yaml`` as a set of lower-case words."""
    return frozenset(str(w).lower() for w in load_data("quantity_cues.yaml").get(name) or ())


@cache
def cue_regex(name: str) -> re.Pattern[str]:
    """A list of ``quantity_cues.yaml`` as one case-blind regex of whole words or phrases
    (matching nothing when the list is empty)."""
    words = [str(w) for w in load_data("quantity_cues.yaml").get(name) or ()]
    return re.compile(rf"\b(?:{alternation(words) if words else '(?!)'})\b", re.IGNORECASE)


@cache
def _capability_table() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """``capability_counts`` of ``quantity_cues.yaml``: (measure, nouns, verb lemmas)."""
    table = load_data("quantity_cues.yaml").get("capability_counts") or {}
    return tuple(
        (
            str(measure),
            frozenset(str(n).lower() for n in body.get("nouns") or ()),
            frozenset(str(v).lower() for v in body.get("verbs") or ()),
        )
        for measure, body in table.items()
    )


def _capability(noun: Token) -> str | None:
    """The capability measure of a counted noun that a verb fires, strikes or holds ("fired
    40 *rockets*", "12 *positions* were destroyed", "maintains 20 *camps*"): the noun must be
    the verb's object or passive subject, never its active subject ("three drones hit")."""
    verb = governing_verb(noun)
    if verb is None:
        return None
    # the dependency by which the noun's phrase hangs from the verb
    v = noun
    while v.head.i != v.i and v.head.i != verb.i:
        v = v.head
    if v.dep_ in ("nsubj", "csubj", "expl"):
        return None
    keys = set(_noun_keys(noun))
    prev = noun.doc[noun.i - 1] if noun.i > 0 else None
    if prev is not None and prev.dep_ == "compound":
        keys |= {f"{prev.lemma_.lower()} {k}" for k in list(keys)}
    v_lemma = verb.lemma_.lower()
    for measure, nouns, verbs in _capability_table():
        if keys & nouns and v_lemma in verbs:
            return measure
    return None


def _noun_keys(t: Token) -> list[str]:
    """Ways to look a noun up: its lemma, its word, the word without a plural ending
    ("IDPs", which the tagger may leave as a proper noun)."""
    low = t.lower_
    keys = [t.lemma_.lower(), low]
    if low.endswith("ies"):
        keys.append(low[:-3] + "y")
    if low.endswith("s") and not low.endswith("ss"):
        keys.append(low[:-1])
    return keys


def _non_group_members(noun: Token) -> bool:
    """ "25 crew members", "six family members": members of some body other than a group
    (``non_group_members``), people rather than the membership of an armed group."""
    if noun.lemma_.lower() != "member":
        return False
    return any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in cue_set("non_group_members")
        for c in noun.children
    )


def _taken_away(noun: Token) -> bool:
    """ "hijacked the car carrier and took its 25 crew members to Hodeidah": the object of a
    verb of taking joined to a verb of abduction."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.lemma_.lower() not in cue_set("taking_verbs"):
        return False
    abduct = cue_set("abduction_verbs")
    linked = [verb.head] if verb.dep_ == "conj" else []
    linked += [c for c in verb.children if c.dep_ in ("conj", "advcl", "xcomp")]
    return any(v.pos_ == "VERB" and v.lemma_.lower() in abduct for v in linked)


def _departure(verb: Token, noun: Token) -> bool:
    """ "1,500 members have left its ranks", "200 fighters quit the group": members who left
    a group (``departure_verbs`` with the counted noun as subject and a group as object)."""
    cues = load_data("quantity_cues.yaml")
    if verb.lemma_.lower() not in set(cues.get("departure_verbs") or ()):
        return False
    if noun.dep_ != "nsubj" and not (noun.head.dep_ == "nsubj" and noun.dep_ == "conj"):
        return False
    left = set(cues.get("departure_objects") or ())
    return any(
        c.dep_ in ("dobj", "obj") and (c.lemma_.lower() in left or c.pos_ == "PROPN")
        for c in verb.children
    )


def _taken_in_abduction(child: Token) -> bool:
    """(s19) Whether a participle after the counted people says they were taken away in an
    abduction: a verb of taking (``taking_verbs``) with no place it took them to ("taken to
    hospital"), in a sentence that tells an abduction (``abduction_verbs``)."""
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBN"
        and child.lemma_.lower() in cue_set("taking_verbs")
        and not any(c.dep_ in ("prep", "dative", "advmod", "prt") for c in child.children)
        and any(t.lemma_.lower() in cue_set("abduction_verbs") for t in child.sent)
    )


def _state_before(doc: Doc, noun: Token, verbs: dict[str, str]) -> str | None:
    """(s25) The harm a state word right after the verb names, before its object ("gunmen
    shot *dead* nine men", "the attackers shot *dead* one driver"): the word after the verb,
    parsed as the verb's complement or as an adjective of the object, that names a harm
    ("dead" → killed); None for anything else ("shot nine dead men" is not read here)."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or verb.i + 1 >= noun.i:
        return None
    word = doc[verb.i + 1]
    if word.pos_ != "ADJ" or not (
        (word.head.i == verb.i and word.dep_ in ("acomp", "oprd", "advmod", "xcomp"))
        or (word.head.i == noun.i and word.dep_ == "amod" and word.i == noun.left_edge.i)
    ):
        return None
    nouns = _measure_table()[0]
    lemma = word.lemma_.lower()
    found = verbs.get(lemma) or nouns.get(lemma)
    return found if found in HARM_MEASURES else None


def _harm_verb(doc: Doc, noun: Token, verbs: dict[str, str]) -> str | None:
    """ "killed 12 *people*", "12 people *were killed*": the harm measure around a noun."""
    counted = noun
    gov = noun
    while gov.dep_ == "conj" and gov.head is not gov:
        gov = gov.head  # "a priest and two nuns abducted in March were freed"
    acted = (
        gov.dep_ in ("dobj", "obj", "nsubjpass")
        and gov.head.pos_ == "VERB"
        and gov.head.lemma_.lower() in verbs
    )
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in verbs and not acted:
            # "dozens of terrorists neutralized"; but "released 9 civilians that it had
            # abducted", "two nuns abducted in March were freed": the verb the counted people
            # are the object (or passive subject) of says what happened to them
            return verbs[child.lemma_.lower()]
        if not acted and _taken_in_abduction(child):
            return "kidnapped"  # (s19) "gunmen abducted men ..., counted 27 people taken"
    if acted and gov is not noun:
        return verbs[gov.head.lemma_.lower()]
    for _ in range(3):
        if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
            noun = noun.head  # "killing about 170 Afghans and 13 US service members"
        elif noun.dep_ == "conj" and noun.head.pos_ == "NUM" and noun.head.dep_ != "nummod":
            # (s16) "Between 2,000 and 3,000 people fled", parsed with the first figure as
            # the subject and the people its conjunct
            noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NUM", "NOUN"):
        noun = noun.head.head  # "killing dozens of soldiers": what "dozens" is the object of
        for _ in range(3):
            if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN", "NUM"):
                noun = noun.head  # "three police and two of the attackers died"
    if (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("between", "from", "at", "about", "around", "over", "up")
        and noun.head.head.pos_ == "VERB"
        and noun.head.head.lemma_.lower() in verbs
    ):
        # "killing between four and seven Ugandan peacekeepers", "killing at\nleast six
        # people" (a line break in the modifier), parsed with the range or modifier as a
        # preposition of the verb: the people the verb harmed
        return verbs[noun.head.head.lemma_.lower()]
    if noun.dep_ == "pobj" and noun.head.lower_ in ("between", "from") and noun.head.i < noun.i:
        # (s16) "Between 12,000 and 15,000 people are estimated to have been displaced",
        # parsed with the range as the subject: the verb of harm the verb's complement names
        for comp in noun.head.head.children:
            if comp.dep_ == "xcomp" and verbs.get(comp.lemma_.lower()) in HARM_MEASURES:
                return verbs[comp.lemma_.lower()]
    if noun.dep_ == "pobj" and noun.head.lower_ in cue_set("toll_parts"):
        # "killing at least 39 people, including 14 security personnel", "left 20 dead,
        # including 14 soldiers": part of the toll the words before name
        nouns = _measure_table()[0]
        for t in reversed(doc[noun.sent.start : noun.head.i]):
            lemma = t.lemma_.lower()
            found = verbs.get(lemma) or nouns.get(lemma)
            if found in HARM_MEASURES:
                return found
    head = noun.head
    if (
        head.pos_ == "VERB"
        and head.lemma_.lower() in verbs
        and noun.dep_ in ("dobj", "nsubjpass", "obj", "nsubj")
    ):
        return verbs[head.lemma_.lower()]
    state = _state_before(doc, noun, verbs)
    if state is not None:
        return state
    if noun.dep_ == "nsubj" and head.lemma_.lower() == "be":
        # (s18) "at least two civilians were among the dead": the group they are counted in
        nouns = _measure_table()[0]
        for prep in (
            c for c in head.children if c.dep_ == "prep" and c.lower_ in cue_set("among_preps")
        ):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found = verbs.get(obj.lemma_.lower()) or nouns.get(obj.lemma_.lower())
                if found in HARM_MEASURES:
                    return found
    if head.pos_ == "VERB" and (
        noun.dep_ in ("dobj", "obj", "nsubjpass")
        or (noun.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "obj") for c in head.children))
    ):
        # "left at least three soldiers dead", "two guards were shot dead", "three men shot
        # dead in X" (a headline's reduced passive): the predicate names the harm
        nouns = _measure_table()[0]
        for pred in head.children:
            if pred.dep_ in ("oprd", "acomp", "xcomp", "ccomp") and pred.i > noun.i:
                lemma = pred.lemma_.lower()
                found = verbs.get(lemma) or nouns.get(lemma)
                if found in HARM_MEASURES:
                    return found
    for child in noun.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in verbs:
            return verbs[child.lemma_.lower()]
    after = doc[counted.i + 1] if counted.i + 1 < counted.sent.end else None
    if (
        after is not None
        and (after.pos_ == "ADJ" or after.tag_ == "VBN")
        and after.lemma_.lower() in verbs
        and verbs[after.lemma_.lower()] in HARM_MEASURES
        and not (after.i + 1 < after.sent.end and doc[after.i + 1].pos_ in ("NOUN", "PROPN"))
    ):
        # "put the toll at six soldiers dead", "left nine guards wounded": the state right
        # after the counted people names the harm
        return verbs[after.lemma_.lower()]
    if (
        counted.dep_ == "pobj"
        and counted.head.lower_ == "at"
        and any(c.lemma_.lower() == "toll" for c in counted.head.head.children)
    ):
        return "killed"  # "put the toll at six soldiers": the dead the toll counts
    if _taken_away(noun) or (counted is not noun and _taken_away(counted)):
        return "kidnapped"
    if (
        counted.dep_ == "pobj"
        and counted.head.lower_ == "of"
        and counted.head.head.lemma_.lower() in cue_set("displacement_nouns")
    ):
        return "displaced"  # "the flight of an estimated 1,000 people"
    if counted.dep_ == "pobj" and counted.head.lower_ == "of":
        # (s16) "the killing of four local administrators", "the abduction of 40 students"
        harm_of = load_data("quantity_cues.yaml").get("harm_of_nouns") or {}
        owner = counted.head.head
        # (s25b) not "a body of 300 fighters": a group, not a corpse
        if (
            owner.pos_ == "NOUN"
            and owner.lemma_.lower() in harm_of
            and not _one_body_of_many(owner, counted)
        ):
            return str(harm_of[owner.lemma_.lower()])
    return _verb_after(doc, counted, verbs)


def _one_body_of_many(owner: Token, counted: Token) -> bool:
    """(s25b) Whether a singular noun of one dead person (``single_body_nouns``: "body",
    "corpse") holds a count of more than one ("a body of 300 fighters", "the governing body of
    12 members"): a group of the living, since one body is one person's."""
    if owner.lemma_.lower() not in cue_set("single_body_nouns") or owner.tag_ != "NN":
        return False
    figures = [c for c in counted.children if c.dep_ == "nummod"]
    return any(f.lower_ not in ("one", "1") for f in figures)


def _verb_after(doc: Doc, noun: Token, verbs: dict[str, str]) -> str | None:
    """ "said between 1,500 and 2,000 people had fled", with the range parsed as a preposition
    of "said": the verb of harm right after the counted noun (auxiliaries and adverbs
    between), when the parse gave it no subject of its own."""
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "obj"):
        return None
    j = noun.i + 1
    end = noun.sent.end
    start = noun.i
    if j < end and doc[j].text == ",":
        # (s18) "more than 140 people, most of them children, were killed": an aside
        # between commas, without a verb of its own, comes between the people and the verb
        close = next(
            (
                k
                for k in range(j + 1, min(end, j + 9))
                if doc[k].text == ","
                or doc[k].pos_ in ("VERB", "AUX")
                or doc[k].lower_ in cue_set("relative_pronouns")
            ),
            None,
        )
        if close is not None and doc[close].text == "," and close > j + 1:
            start = close
            j = close + 1
    while j < end and doc[j].pos_ in ("AUX", "PART", "ADV") and j - start <= 4:
        j += 1
    if j >= end or j == start + 1 and doc[j].pos_ != "VERB":
        return None
    verb = doc[j]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBN") or verb.lemma_.lower() not in verbs:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return verbs[verb.lemma_.lower()]


@lru_cache(maxsize=1)
def _number_of_regex() -> re.Pattern[str]:
    cues = load_data("quantity_cues.yaml")
    heads = "|".join(re.escape(h) for h in cues["number_of"])
    strength = "|".join(re.escape(h) for h in cues["strength_nouns"])
    return re.compile(
        rf"(?:\b(?:{heads})\s+(?:the\s+)?(?:(?P<slot>⟦A\d+⟧)(?:[’']s)?\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?P<noun>[\w-]+)|(?P<slot2>⟦A\d+⟧)[’']s\s+(?P<strength>{strength})"
        rf"|\b(?:its|their)\s+(?:(?:armed|fighting|combat|estimated|total|current)\s+)?"
        rf"(?P<strength2>{strength})"
        rf"|\b(?:put|puts|putting|placed?|places)\s+(?:the\s+)?(?:(?P<slot3>⟦A\d+⟧)\s+)?"
        rf"(?P<noun3>[\w-]+)(?=[^.;⟦⟧]{{0,40}}\bat\s*$))\b"
        rf"(?P<rest>[^.;⟦⟧]{{0,60}})$",
        re.IGNORECASE,
    )


def measure_before(
    doc: Doc, view: SentenceView, count: Count
) -> tuple[str, Slot | None, int] | None:
    """ "the number of ISKP fighters ranged from A to B": (measure, actor slot, phrase start)."""
    nouns, _never, verbs = _measure_table()
    cues = load_data("quantity_cues.yaml")
    c_start, _ = clause_bounds(doc_text(doc), (view.start, view.end), count.start)
    # the masked text of the clause up to the count
    m_start = next((ms for ms, me, ds, de in view.pieces if ds <= c_start < de), 0)
    m_end = next(
        (ms + (count.start - ds) for ms, me, ds, de in view.pieces if ds <= count.start < de),
        None,
    )
    if m_end is None:
        return None
    before = view.masked[m_start:m_end]
    m = _number_of_regex().search(before)
    if not m or not re.search(
        r"\b(?:ranged?|ranges|stood|stands|was|were|is|are|reached|reaches|rose|grew|grown|"
        r"increased|decreased|declined|fell|dropped|dwindled|numbered|totall?ed|estimated|"
        r"put|swelled|doubled|halved|shrank|at|to|from|between|of|around|about)\b[^.;]*$",
        m.group("rest") + " " + count.text,
        re.IGNORECASE,
    ):
        return None
    slot_token = m.group("slot") or m.group("slot2") or m.group("slot3")
    slot = view.slot_at(slot_token) if slot_token else None
    if m.group("strength") or m.group("strength2"):
        # "JNIM's strength", "Estimates of its armed strength range from"
        measure = cues["strength_nouns"][(m.group("strength") or m.group("strength2")).lower()]
    else:
        noun_at = m.start("noun") if m.group("noun") else m.start("noun3")
        # "estimates put Russian personnel in Libya at 1,500": the words before "at"
        measure = _measure_of_words(before[noun_at:], nouns, verbs)
        lead = m.group(0).split()[0].lower()
        if not measure and m.group("slot") and lead in cues["strength_nouns"]:
            # "puts the strength of the Ansaru faction at fewer than 300": a named group's
            # strength, whatever word follows its name
            measure = cues["strength_nouns"][lead]
        if not measure:
            return None
    start, _ = view.to_doc(m_start + m.start(), m_start + m.end())
    return measure, slot, start


def word_lemmas(word: str) -> list[str]:
    """Candidate lemmas of a word without its parse: "persons" → person, "displaced" →
    displace, "casualties" → casualty."""
    w = word.lower()
    out = [w]
    if w.endswith("men"):
        out.append(w[:-3] + "man")  # "policemen", "militiamen"
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("s") and not w.endswith("ss"):
        out += [w[:-1], w[:-2]] if w.endswith("es") else [w[:-1]]
    if w.endswith("ed"):
        out += [w[:-1], w[:-2]]
    return out


def _measure_of_words(
    after: str, nouns: dict[str, str], verbs: dict[str, str], stop: bool = True
) -> str | None:
    """The measure the words after "the number of" name: the first word (or run of words
    ending on a noun) that is a cue, before any preposition: "the number of *people killed*",
    "the total number of *internally displaced persons* in P"."""
    words: list[str] = []
    for w in re.findall(r"[\w-]+|⟦A\d+⟧|⟪P\d+⟫", after)[: 5 if stop else 12]:
        if w.lower() in ("in", "of", "to", "from", "at", "by", "on", "since", "across"):
            if stop:
                break
            continue
        if not w.startswith(("⟦", "⟪")):
            words.append(w)
    for i in range(len(words)):
        for j in range(len(words), i + 1, -1):
            for last in word_lemmas(words[j - 1]):
                phrase = " ".join([*(w.lower() for w in words[i : j - 1]), last])
                if phrase in nouns:
                    return nouns[phrase]
        for lemma in word_lemmas(words[i]):
            found = nouns.get(lemma) or verbs.get(lemma) or {"dead": "killed"}.get(lemma)
            if found:
                return found
    return None


_LABEL_LEAD = re.compile(
    r"^(?:(?:the|an?)\s+)?(?:(?:estimated|approximate|reported|total|overall)\s+)*"
    r"(?:(?:number|count|size|total|tally)\s+of\s+)?",
    re.IGNORECASE,
)


def measure_of_label(label: str) -> str | None:
    """The measure a table cell names ("TTP fighters in Afghanistan", "Attacks in KP,
    2023", "Estimated strength", "Civilians killed"): its first word (or words) that is a cue
    of a measure, after a leading "number of"."""
    nouns, _never, verbs = _measure_table()
    strength = load_data("quantity_cues.yaml")["strength_nouns"]
    words = _LABEL_LEAD.sub("", label.strip())
    for word in re.findall(r"[\w-]+", words):
        if word.lower() in strength:
            return str(strength[word.lower()])
    return _measure_of_words(words, nouns, verbs, stop=False) or next(
        (
            _foreign_words()[w.lower()]
            for w in re.findall(r"\w+", words)
            if w.lower() in _foreign_words()
        ),
        None,
    )


@lru_cache(maxsize=1)
def _foreign_words() -> dict[str, str]:
    """(s24) Word → measure for table headers in a source's language (``foreign_measure_words``
    of ``table_columns.yaml``: "Desplazados", "Tués", "Feridos")."""
    table = load_data("table_columns.yaml").get("foreign_measure_words") or {}
    return {str(w).lower(): str(m) for m, words in table.items() for w in words}


def measure_of_verb(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """A figure with no noun that is the object of a verb of harm: "displacing more than
    50,000", "displaced around a million at its peak" (the figure in a preposition the
    parse hung on the verb)."""
    verbs = _measure_table()[2]
    tok = token_at(doc, count.end - 1)
    if tok is None or tok.pos_ != "NUM":
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < tok.sent.end else None
    if nxt is not None and nxt.pos_ in ("NOUN", "PROPN", "NUM"):
        return None
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX"):
        # (s16) "four remain missing", "two were dead": the state the predicate names
        for pred in verb.children:
            # ("missing.[^1": a footnote glued to the word)
            word = re.sub(r"[^a-z].*$", "", pred.lower_)
            lemma = pred.lemma_.lower() if pred.lemma_.lower() in verbs else word
            if (
                pred.dep_ in ("acomp", "oprd", "xcomp", "attr")
                and pred.i > tok.i
                and verbs.get(lemma) in HARM_MEASURES
            ):
                return verbs[lemma], pred
        return None
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.i < tok.i:
        if not any(
            w.lower_ in ("around", "about", "some", "over", "nearly") for w in doc[verb.i : tok.i]
        ):
            if verb.head.lower_ not in cue_set("of_modifier_heads"):
                return None
            # (s20) "uprooted upwards of 8,000": the modifier's "of" hangs on its adverb
            verb = verb.head
        verb = verb.head
    elif (
        tok.dep_ == "conj"
        and verb.pos_ in ("NOUN", "PROPN")
        and verb.dep_ in ("dobj", "obj", "nsubjpass")
    ):
        # (s24) "killed Musa Traore and two of his guards": a figure joined to the verb's
        # object shares its verb
        verb = verb.head
    elif tok.dep_ not in ("dobj", "obj", "nsubjpass"):
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    return verbs[verb.lemma_.lower()], verb


def measure_of_change(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """(s24) A figure a verb of change (``change_verbs``) brings its subject "to" or starts it
    "from" ("Kidnappings rose *to 41* in March *from 28* in February", "the number of attacks
    fell to 12"): the subject names the measure, through "the number of" (``change_number_nouns``)
    where it is one. A change *by* a figure ("rose by 12") or a share ("up 20%") counts
    nothing, nor a subject that names no measure ("prices rose to 40")."""
    tok = token_at(doc, count.end - 1)
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "from"):
        return None
    verb = tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in cue_set("change_verbs"):
        return None
    if unrealised_verb(verb):
        return None  # "could rise to 50,000", "did not fall to 12", "expected to climb to 60"
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lemma_.lower() in cue_set("change_number_nouns"):
        subj = next(
            (
                o
                for p in subj.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ),
            None,
        )
    if subj is None or subj.pos_ != "NOUN":
        return None
    nouns = {**_measure_table()[0], **_change_nouns()}
    measure = next((nouns[k] for k in _noun_keys(subj) if k in nouns), None)
    return (measure, subj) if measure else None


@lru_cache(maxsize=1)
def _change_nouns() -> dict[str, str]:
    """Subjects of a change that name a measure (``change_measure_nouns``: "the toll")."""
    table = load_data("quantity_cues.yaml").get("change_measure_nouns") or {}
    return {str(k).lower(): str(v) for k, v in table.items()}


def difference_figure(doc: Doc, count: Count) -> bool:
    """(s24) Whether a figure is a difference between two counts, not a count: "three *more*
    people were killed *than* in May", "40 fewer attacks than a year earlier" (a word of
    ``difference_words`` right after it and "than" later in its sentence, with no other
    figure between). "More than 40" (the word before the figure) is an open range, and
    "three more soldiers died on Tuesday" (no "than") counts new victims."""
    tok = token_at(doc, count.end - 1)
    if tok is None or tok.i + 1 >= tok.sent.end:
        return False
    nxt = doc[tok.i + 1]
    differences = cue_set("difference_words")
    if nxt.lower_ not in differences:
        return False
    for t in doc[nxt.i + 1 : tok.sent.end]:
        # the comparison ends at a figure, a punctuation mark or another comparative, whose
        # "than" is its own ("two more soldiers died, bringing the toll to *more than* 30")
        if t.like_num or (t.is_punct and t.text != "-") or t.lower_ in differences:
            return False
        if t.lower_ == "than":
            # "rather than", "other than": no comparison of the figure
            return doc[t.i - 1].lower_ not in cue_set("difference_than_blockers")
    return False


def measure_of_estimated_force(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """ "Al-Shabaab ... is estimated at 10,000 today": a bare figure a named force is
    estimated "at" (``strength_at_verbs``, passive) is its strength; a common noun ("the
    toll was put at 40") has a measure of its own and is left to it."""
    tok = token_at(doc, count.end - 1)
    if tok is not None and tok.dep_ == "nummod" and tok.head.ent_type_ in ("DATE", "TIME"):
        tok = tok.head  # "estimated at 1,200 today", parsed as a number of "today"
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "at":
        return None
    verb = tok.head.head
    if verb.lemma_.lower() not in cue_set("strength_at_verbs") or not any(
        c.dep_ == "auxpass" for c in verb.children
    ):
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    named = bool(subj) and (subj[0].pos_ == "PROPN" or subj[0].ent_type_ == "ORG")
    if not named or subj[0].lemma_.lower() in _measure_table()[0]:
        return None
    return "fighters", subj[0]


def measure_of_subject(doc: Doc, count: Count) -> tuple[str, Token] | None:
    """ "ISWAP fighters now number 3,000", "the militants, who number about 1,200": the
    measure is the subject of a verb of counting (``numbering_verbs``)."""
    nouns = _measure_table()[0]
    verbs = set(load_data("quantity_cues.yaml").get("numbering_verbs") or ())
    v = token_at(doc, count.end - 1)
    for _ in range(4):
        if v is None or v.head is v:
            return None
        if v.lemma_.lower() in verbs and v.pos_ in ("VERB", "NOUN"):
            break
        if v.dep_ not in ("dobj", "obj", "pobj", "prep", "conj", "nummod", "quantmod", "attr"):
            return None
        v = v.head
    if v is None or v.lemma_.lower() not in verbs:
        return None
    subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subj and v.dep_ == "xcomp" and v.head is not v:
        # "the militants, thought to number about 2,500", "X is believed to number": the
        # subject of the verb the count depends on, or the noun its participle describes
        up = v.head
        subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and up.dep_ == "acl" and up.head.pos_ in ("NOUN", "PROPN"):
            subj = [up.head]
    if not subj and v.pos_ == "NOUN" and v.dep_ == "npadvmod":
        # "The VDP, expanded in 2023 ..., number around 90,000", with "number" read as a noun
        # on the participle: the participle's subject is what is counted
        subj = [c for c in v.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
    noun = subj[0] if subj else None
    if noun is not None and noun.lower_ in cue_set("relative_pronouns") and v.dep_ == "relcl":
        noun = v.head
    if noun is not None and noun.pos_ == "PROPN" and noun.lemma_.lower() not in nouns:
        return "fighters", noun  # "The VDP ... number around 90,000": a named force's strength
    if noun is None or noun.lemma_.lower() not in nouns:
        return None
    if nouns[noun.lemma_.lower()] == "cells" and noun.tag_ in ("NN", "NNP"):
        # (s21) "the brigade numbers several hundred", "its unit numbering about 300": one
        # unit numbers its men; only units in the plural count units ("its cells number 30")
        # (s21b) unless the figure counts things of its own ("its unit numbers 40 trucks")
        counted = token_at(doc, count.end - 1)
        own = counted.head if counted is not None and counted.dep_ == "nummod" else None
        if own is not None and own.pos_ == "NOUN" and not people_word(own.text):
            return None
        return "fighters", noun
    return nouns[noun.lemma_.lower()], noun
