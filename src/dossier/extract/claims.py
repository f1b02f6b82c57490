"""Claims: attributed statements, with who made them, who carried them and how hedged they are.

Three constructions are read, sentence by sentence:

1. "according to X, C", "C, according to X", "X, which according to Y is C" (also "as
   reported by X");
2. a reporting verb (``ontology/claim_vocab.yaml`` plus ``data/extract/claim_cues.yaml``)
   with a clause or a quotation ("X said that C", "X told Reuters C", "X accused Y of C",
   "C, X said"), or, for verbs that take one, a noun object ("experts widely accept C",
   "security sources quoted by Reuters put the number of dead at C");
3. impersonal attribution: "it is believed/said/reported that C";
4. the author's own assessment: "We assess that C" (a verb of judgement with "we"), or an
   unattributed sentence estimating with an ICD 203 word ("A renewed air campaign would
   probably provoke retaliation"): speaker kind ``author``.

Also read: a gerund or infinitive claim ("Rwanda denies backing the rebels", "the army
claimed to have killed 40"), a figure put by a source ("some sources put the figure as low
as 20,000"), and a passive addressee ("the Monitoring Team was informed that C": the source
is the agent or unnamed ``sources``, not the team). A wire dateline ("GOMA, June 12 (AP) —")
is no part of a claim; "X said C, according to Y" gives Y's claim C beside X's.

The speaker is an actor when the speaker phrase names one (a person, a group, or "the
group" resolved to the actor named just before); otherwise an unnamed source kind
(``reports``, ``experts``, ``officials``, ``sources``, ``analysts``, ``views``, ``media``,
``witnesses``, ``group``...). ``via`` is the outlet or channel that carried it ("quoted by
the Interfax agency" → Interfax, "said on social media"), also when a following sentence
gives it ("She repeated this on social media; Interfax quoted her", "The claim, released
through JNIM's Az-Zallaqa media foundation, ..."); a media actor of the gazetteer ("on the
group's Al-Masirah TV") is an outlet, and a named outlet beats a generic channel ("in a
televised address"). Hedges come from the claim span; the likelihood is the ICD 203 label
they give, with those of the words between a reporting verb and its claim ("We assess *with
high confidence* that C": a confidence level, kept as a hedge, gives no likelihood, ICD 203
keeping the two apart; "We judge it *likely* that C": likely); a that-clause the parser hung
on such words is the claim. A next sentence saying the claim "could not be (independently)
verified" adds the hedge ``unverified``. Reliability and credibility keep their Admiralty
defaults (F, 6): one document cannot grade its sources.

Example::

    claims = extract_claims(doc, actors, places)
    [(c.speaker or c.speaker_kind, c.via, c.text) for c in claims]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from dossier.extract.claim_cues import (
    cue_words,
    find_via,
    frame_channels,
    is_generic_via,
    load_cues,
    outlet_name,
)
from dossier.extract.claim_speakers import (
    Speaker,
    absolute_with,
    find_speaker,
    institution_actor,
    misplaced_participle,
    name_words,
    quoting_verb,
    quoting_verb_lemma,
    speaker_token,
    with_absolute_subject,
)
from dossier.extract.claim_via import carrier_nouns, outlet_nouns, parse_via
from dossier.extract.common import (
    ARMED_TYPES,
    GROUP_TYPES,
    HedgeHit,
    SentenceView,
    anchor_of,
    find_hedges,
    likelihood_of,
    load_data,
    resolve_reference,
    sentence_views,
)
from dossier.extract.lexicon import alternation
from dossier.nlp.text import doc_sentences, doc_text
from dossier.nlp.titles import load_titles
from dossier.nlp.token_table import doc_tokens
from dossier.ontology import load_ontology
from dossier.records import Actor, Claim, PlaceMention

__all__ = ["extract_claims"]

_QUOTES = "\"“”‘’'«»"
# a wire dateline opening a claim: "GOMA, Democratic Republic of Congo, June 12 (AP) — "
# (s19) or without the agency, closing on the day: "JOWHAR, Oct 3 - ", "GAO, Mali, 12 May - "
_DATELINE = re.compile(
    r"[A-Z][A-Z .'-]+,[^()\n]{0,80}?(?:\((?:[A-Z][\w.-]*)(?:\s[A-Z][\w.-]*){0,3}\)|(?<=\d))"
    r"\s*(?:—|–|--|-)\s*"
)
_ACCORDING = re.compile(
    r"\b(?:according\s+to|as\s+(?:reported|stated|quoted|cited|told)\s+(?:by|to)|"
    r"in\s+the\s+words\s+of|"
    # "at least 4 soldiers killed, per the Defence Ministry": not "per cent", "per day"
    r"(?<=,\s)per(?=\s+(?:the\s+)?(?-i:[A-Z])))\s+",
    re.IGNORECASE,
)
# an unnamed source opening a sentence and a present report the parser may read as a noun
_MISREAD_REPORT = re.compile(
    r"\W*(?P<who>(?:[A-Z][\w-]*\s+)?(?:[Ss]ources|[Oo]fficials|[Ww]itnesses|[Rr]esidents|"
    r"[Dd]octors|[Mm]edics|[Ee]lders)(?:\s+(?:at|in|from|close\s+to|of)\s+[^,;:.]{2,50}?)?)"
    r"\s+(?:report|say|claim|confirm)\s+(?:that\s+)?(?=[\w\"“])"
)
# a relative clause running up to an "according to": ", which has 7,000 fighters "
_RELATIVE_BEFORE = re.compile(
    r",\s*(?:which|who)\s+((?:[^,;()]|(?<=\d),(?=\d))*?)\s*$", re.IGNORECASE
)
_GROUP_NOUN = re.compile(r"(?i)\b(?:the|this)\s+(?:[\w-]+\s+)?(?:group|movement|organi[sz]ation)\b")
_IMPERSONAL = re.compile(
    r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:widely\s+|generally\s+|now\s+|also\s+)?"
    r"(?P<verb>believed|thought|said|reported|claimed|alleged|estimated|feared|suspected|"
    r"understood|assumed|rumou?red)\s+that\s+",
)


# -- claim spans --------------------------------------------------------------------------------


_HEADING = re.compile(
    r"(?:[-*•]\s+)?(?:(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})(?:,?\s+\d{4})?"
    r"(?:\s*,\s*[^:.;,\n]{1,40})?\s*:\s+)?"
)


# words after a closing quote that go on with its clause: '"several Russians" were wounded'
_CLAUSE_GOES_ON = re.compile(
    # ('"dozens" of attackers were killed': the quoted head's "of" phrase before the verb)
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)?"
    r"\s+(?:was|were|is|are|had|has|have|would|could|will|may|might|remain(?:s|ed)?)\b"
)


_GLUED_NOTE = re.compile(r"(?<=[a-z)])[.!?](?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\[\d{1,3}\])$")


_RUNS_TO_NOTE = re.compile(
    r"[^.;:!?\"“”\n]{1,60}?(?<=[a-z])(?P<stop>[.!?])(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|\[\d{1,3}\])(?=\s|$)"
)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "that", quotes and trailing punctuation from a claim span."""
    text = doc_text(doc)
    changed = True
    while changed and end > start:
        changed = False
        m = re.match(r"\s*(?:that\s+)?", text[start:end])
        lead = m.end() if m else 0
        if lead and text[start : start + lead].strip() in {"", "that"} and lead < end - start:
            start += lead
            changed = True
        while end > start and (text[end - 1] in " \n\t.,;:" or text[end - 1] in _QUOTES):
            end -= 1
            changed = True
        # (s18) "40 injured.1", "injured.¹": a footnote mark glued to the closing stop
        note = _GLUED_NOTE.search(text, start, end)
        if note is not None:
            end = note.start()
            changed = True
        while end > start and (text[start] in _QUOTES or text[start] in " ,:"):
            start += 1
            changed = True
    if re.search(r"\s(?:and|or)$", text[start:end]):
        # (s18) "put the toll at 17 dead and more than 40 injured.¹ Residents said": the
        # footnote mark glued to the stop merged two sentences and the parse ended the
        # coordination early; the clause runs on to the mark
        rest = _RUNS_TO_NOTE.match(text, end)
        if rest is not None:
            end = rest.start("stop")
    # "- 15 January, Nabatieh: An airstrike ...": a list mark and a dated heading open the
    # line, not the claim
    head = _HEADING.match(text, start, end)
    if head and head.end() < end - 3:
        start = head.end()
    quote = text[start:end]
    stray = quote.find('"')
    if quote.count('"') % 2 and stray > 3 and quote.count('"', 0, stray) == 0:
        # 'seven terrorists were neutralised" and weapons seized': the claim began inside a
        # quotation, whose close ends it
        at = start + stray
        # '"several Russians" were wounded': a quoted subject the clause goes on from
        goes_on = text[start - 1 : start] in _QUOTES and _CLAUSE_GOES_ON.match(text, at + 1)
        if goes_on:
            # the quote is kept whole, and the clause ends at its first coordination ("but
            # could not give a number" is the speaker's, not the claim's)
            stop = re.compile(r",|\s(?:but|and|while|although|though)\s").search(text, at + 1, end)
            return start - 1, stop.start() if stop else end
        if (
            not goes_on
            and not text[at - 1].isspace()
            and (at + 1 >= len(text) or not text[at + 1].isalnum())
        ):
            return start, at  # a closing quote: after a word, before no word
    for open_, close in (("“", "”"), ('"', '"')):
        n_open = quote.count(open_) if open_ != close else quote.count(open_) % 2
        n_close = quote.count(close) if open_ != close else 0
        if n_open > n_close and text[end : end + 1] == close:
            end += 1
        elif n_open > n_close and text[end : end + 2].strip(".,") == close:
            end += 2
    return start, end


def _subtree_span(tokens: Sequence[Token]) -> tuple[int, int]:
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return start, end


def _alias_participle(verb: Token) -> bool:
    """(s19) "Wazalendo, also called the VDP, is ...", "the brigade, dubbed Tiger Force,":
    a past participle set off by a comma gives a name's alias, which no one claims (however
    the parser hangs it); with its agent ("dubbed 'butchers' by residents") someone does."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ == "agent" for c in verb.children):
        return False
    before = verb.i - 1
    if before > 0 and verb.doc[before].pos_ == "ADV":
        before -= 1
    return before >= 0 and verb.doc[before].text == ","


def _name_label(verb: Token) -> bool:
    """(s25) "a camp locals still call 'the Pit'", "in what it named Operation Red Dawn",
    "refer to it as Daesh": a label that is only a proper name names the thing; no one claims
    anything by it ("called the raid 'a massacre'", "calls them Rwandan proxies" do)."""
    preds = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > verb.i]
    preds += [
        g
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "as"
        for g in c.children
        if g.dep_ == "pobj"
    ]
    return bool(preds) and all(_name_phrase(p) for p in preds)


def _name_phrase(head: Token) -> bool:
    """Whether a phrase is a proper name: each of its words capitalised, or a name particle
    ("al" of "al-Shabaab"), and no article opening it but "the" ("the Sharks")."""
    particles = cue_words("name_article_prefixes")
    words = [t for t in head.subtree if not t.is_punct and t.text not in _QUOTES]
    if len(words) > 1 and words[0].lower_ == "the":
        words = words[1:]  # "the Sharks": a name with its article
    if not words or words[0].pos_ == "DET":
        return False
    return all(
        t.text[:1].isupper() or t.lower_ in particles or t.text == "-" or t.like_num for t in words
    )


def _label_span(verb: Token) -> tuple[int, int] | None:
    """What "calling the attack a legitimate act of war" says: the object and its predicate."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    named: list[Token] = []
    if (
        objs
        and (objs[0].tag_ == "WDT" or objs[0].lower_ in ("whom", "who"))
        and verb.dep_ == "relcl"
        and verb.head.pos_ != "PRON"
    ):
        # "talks with the ADF, which he calls a terrorist group", (s22) "a smuggler whom
        # the court described as a ringleader": the relative pronoun stands for the noun the
        # clause hangs on; the claim runs from that noun
        head = verb.head
        named = [t for t in head.subtree if t.i <= head.i]
    elif objs and objs[0].lower_ == "what" and objs[0].tag_ == "WP":
        # "struck what the army described as a 'terrorist gathering'": the label is the claim
        labels = [
            g
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "as"
            for g in c.children
            if g.dep_ == "pobj"
        ] + [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "dobj") and c.i > verb.i]
        return _subtree_span([t for g in labels[:1] for t in g.subtree]) if labels else None
    elif not objs:
        return None
    preds = [c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i > objs[0].i]
    preds += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > objs[0].i]
    # (s22) "condemned the raid as a violation", parsed with "as" on the object's noun
    preds += [c for c in objs[0].children if c.dep_ == "prep" and c.lower_ == "as"]
    if objs[0].lemma_.lower() in cue_words("as_role_nouns") and any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in objs[0].children
    ):
        # (s22b) "hailed the appointment of the colonel as army chief", "described his years
        # as a courier": the "as" of a role noun with its holder gives the holder a role; no
        # one labels the object ("described the election as a turning point" does)
        preds = [p for p in preds if p.lower_ != "as"]
    if objs[0].pos_ == "PRON" and not named:
        # "calling it ..." / "called him": too little to stand as a claim, unless the label
        # is quoted ("Kuki groups call it a 'Meitei terror group'"): the label is the claim
        quoted = [p for p in preds if any(t.text in _QUOTES for t in p.subtree)]
        return _subtree_span(list(quoted[0].subtree)) if quoted else None
    obj_toks = list(objs[0].subtree)
    if verb.lemma_.lower() in load_cues().label_use_verbs:
        # "use the term 'narco-terrorists' for all of them": the quoted label and whom for
        if not any(t.lemma_.lower() in load_cues().label_nouns for t in obj_toks) or not any(
            t.text in _QUOTES for t in obj_toks
        ):
            return None
        preds = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
        return _subtree_span(obj_toks + [t for p in preds for t in p.subtree])
    if (
        not preds
        and any(t.text in _QUOTES for t in obj_toks[1:])
        and obj_toks[0].text not in _QUOTES
    ):
        # "supporters call the militia 'the governor's private guard'", parsed with the
        # quoted label inside the object: the object holds both the thing and its label
        return _subtree_span(obj_toks)
    if not preds:
        return None
    return _subtree_span((named or obj_toks) + [t for p in preds for t in p.subtree])


def _before_label_participle(doc: Doc, clause: Token, end: int) -> int:
    """Where a reported clause ends when a participle of labelling closes it: "denied that
    Tehran supplies the Houthis with drones, calling the accusation baseless" — the speaker
    calls it so; the clause ends before the comma."""
    cues = load_cues()
    for tok in clause.subtree:
        if (
            tok.lemma_.lower() in cues.label_verbs
            and tok.tag_ == "VBG"
            and tok.dep_ in ("advcl", "xcomp", "conj")
            and tok.i > clause.i
            and tok.i > 0
            and doc[tok.i - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            return min(end, doc[tok.i - 1].idx)
    return end


# words of a verb's frame a that-clause may hang on: "We assess *with high confidence* that
# C", "We judge *it likely* that C", "officials said *on Monday* that C"
_FRAME_DEPS = frozenset({"prep", "pobj", "advmod", "acomp", "oprd", "dobj", "npadvmod", "amod"})
_CLAUSE_DEPS = frozenset({"ccomp", "acl", "advcl"})


def _hung_clause(verb: Token) -> Token | None:
    """A that-clause the parser hung on a word of the verb's frame instead of on the verb:
    "We assess with high confidence that C" (on "confidence"), "We judge it likely that C"
    (on "likely"). Only words after the verb, no other verb on the way, and "that" a
    conjunction ("a bombing that killed ...": a relative clause, no claim) or, read as an
    object by the parser, after a hedge of the frame ("with moderate confidence that")."""
    text = doc_text(verb.doc)
    frontier = [c for c in verb.children if c.i > verb.i and c.dep_ in _FRAME_DEPS]
    for _ in range(3):
        nxt: list[Token] = []
        for tok in frontier:
            if tok.pos_ in ("VERB", "AUX"):
                continue
            for c in tok.children:
                that = c.left_edge
                if (
                    c.dep_ in _CLAUSE_DEPS
                    and c.i > tok.i
                    and that.lower_ == "that"
                    and (
                        that.dep_ == "mark"
                        or any(
                            h.kind in ("confidence", "epistemic")
                            for h in find_hedges(text[verb.idx + len(verb.text) : that.idx])
                        )
                    )
                ):
                    return c
                if c.dep_ in _FRAME_DEPS and c.i > tok.i:
                    nxt.append(c)
        frontier = nxt
    return None


def _fronted_report(doc: Doc, sent: Span, verb: Token) -> tuple[int, int] | None:
    """ "Between 12 and 20 fighters killed on both sides, local tribal sources said.", "C,
    the agency (NISA) said in a statement": a clause closing on ", X said" that the parser
    did not hang on the verb is what X said; the clause must hold a verb of its own and the
    reporting verb take no object."""
    told = verb.lemma_.lower() in load_cues().addressee_verbs
    if any(
        c.dep_ in (("ccomp", "xcomp") if told else ("dobj", "obj", "ccomp", "xcomp"))
        and c.i > verb.i
        for c in verb.children
    ):
        # (s18) "C, an official told this agency": the object of "told" is who heard it
        return None
    text = doc_text(doc)
    comma = text.rfind(",", sent.start_char, verb.idx)
    if comma <= sent.start_char:
        return None
    phrase = text[comma + 1 : verb.idx]
    if not (1 <= len(phrase.split()) <= 12) or re.search(r"[;:\"“”]|\b(?:and|but)\s*$", phrase):
        return None
    if len(phrase.split()) == 1 and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and comma < c.idx
        for c in verb.children
    ):
        return None  # (s19) "C, residents said": one word only as the verb's named subject
    if any(t.pos_ in ("VERB", "AUX") and comma < t.idx < verb.idx for t in sent):
        return None  # ", which the army said": a clause of its own, not the speaker's name
    if not any(
        t.pos_ == "VERB"
        and t.tag_ in ("VBD", "VBN", "VBZ", "VBP")
        and t.idx < comma
        # (s18) "After gunmen attacked the camp, the commander told his troops": a fronted
        # clause of time or condition is no main clause, and no report
        and _main_clause(t)
        for t in sent
    ):
        return None
    return (_after_list_mark(text, sent.start_char, comma), comma)


def _laid_on(verb: Token, obj: Token) -> Token | None:
    """The preposition naming whom an attribution verb lays its object on: "blamed the
    bombing *on* the rebels", "attributed the attack *to* a cell of the cartel" (on the verb
    or, as the parser often hangs it, on the object)."""
    prep = dict(load_cues().attribution_verbs).get(verb.lemma_.lower())
    if prep is None:
        return None
    return next(
        (
            c
            for c in (*verb.children, *obj.children)
            if c.dep_ == "prep"
            and c.lower_ == prep
            and c.i > obj.i
            and any(g.dep_ == "pobj" for g in c.children)
        ),
        None,
    )


def _passive_infinitive(verb: Token) -> tuple[int, int] | None:
    """The infinitive a passive reporting verb says of its subject ("is reported by an
    official who asked not to be named *to have several hundred fighters*"): the last
    to-infinitive after the verb that ends its clause and is not the anonymity formula
    ("asked not to be named"), which the parser may hang it on."""
    skip = load_cues().anonymity_verbs
    # (s18) "The group has drones and is believed to make them": a conjoined passive shares
    # the subject of the verb it is joined to
    holder = verb
    while (
        holder.dep_ in ("conj", "xcomp")
        and holder.head is not holder
        and not any(c.dep_ in ("nsubjpass", "nsubj") for c in holder.children)
    ):
        holder = holder.head
    if not any(c.dep_ in ("nsubjpass", "nsubj") for c in holder.children):
        return None
    end = max(t.i for t in verb.subtree if not (t.is_space or t.is_punct))
    found: Token | None = None
    for tok in verb.subtree:
        if (
            tok.i > verb.i
            and tok.dep_ == "xcomp"
            and tok.lemma_.lower() not in skip
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            and max(t.i for t in tok.subtree if not (t.is_space or t.is_punct)) >= end
        ):
            found = tok
    if found is None:
        return None
    return found.idx, _subtree_span(list(found.subtree))[1]


def _unagented_infinitive(verb: Token) -> tuple[int, int] | None:
    """ "The ceasefire is expected to collapse", "the group is said to hold 40 hostages": with
    no agent, unnamed reports say the infinitive of the subject, and the claim is the whole
    clause, subject and verb with it (the subject is what it is about, and "is expected to"
    is its hedge); None where an agent speaks or there is no such infinitive."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    span = _passive_infinitive(verb)
    subj = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj") and c.i < verb.i]
    if span is None or not subj:
        return span
    if not any(c.dep_ == "xcomp" and c.idx == span[0] for c in verb.children):
        # "was quoted in a video vowing to enter the city": the infinitive is another
        # verb's, and the subject is the one quoted, not what is said
        return span
    return _subject_start(subj[0], verb), span[1]


def _subject_start(subj: Token, verb: Token) -> int:
    """Where a claim that opens with its subject starts: at the subject, with all of its
    phrase. Its head and restrictive modifiers ("the fighters who remain in the forest") say
    what is estimated; a comma-enclosed aside ("Minawao camp, the largest in the region,")
    stands between the head and the verb, and leaving it out would split the claim, so it
    stays in."""
    return _subtree_span([*subj.subtree, verb])[0]


def _subject_key(verb: Token, view: SentenceView) -> str | None:
    """The actor the subject of ``verb`` names, if any."""
    subj = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not subj:
        return None
    lo, hi = _subtree_span(list(subj[0].subtree))
    return next(
        (x.key for x in view.slots if x.kind == "actor" and x.key and lo <= x.start < hi), None
    )


def _outer_subject(verb: Token, pron: Token) -> Token | None:
    """The noun subject of the clause a pronoun's reporting verb is said in ("Police
    recovered what they described as ...": Police), when the pronoun agrees with it."""
    if pron.lower_ not in ("they", "he", "she"):
        return None
    v = verb
    for _ in range(3):
        if v.dep_ not in ("ccomp", "conj", "advcl", "xcomp", "relcl") or v.head is v:
            return None
        v = v.head
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < pron.i]
        if subj:
            noun = subj[0]
            if noun.pos_ not in ("NOUN", "PROPN"):
                return None
            # "they" also stands for a body ("the police", "the army"); "he", "she" for one
            plural = noun.tag_ in ("NNS", "NNPS")
            return noun if pron.lower_ == "they" or not plural else None
    return None


def _without_descriptions(toks: Sequence[Token]) -> list[Token]:
    """``toks`` less the relative clauses and appositions that describe a noun in them
    ("blamed the 77th Brigade, which is commanded by X": the brigade is who is blamed)."""
    drop = {
        t.i
        for tok in toks
        for c in tok.children
        if c.dep_ in ("relcl", "appos", "acl") and c.i > tok.i
        for t in c.subtree
    }
    kept = [t for t in toks if t.i not in drop]
    while len(kept) > 1 and (kept[-1].is_punct or kept[-1].dep_ == "cc"):
        kept = kept[:-1]
    return kept or list(toks)


def _said_through_outlet(doc: Doc, view: SentenceView, verb: Token) -> tuple[int, int] | None:
    """ "IS claimed the bombing via its Amaq news agency", "the front announced the curfew
    on social media", "denied the killings in a message to radio X": a noun object made
    public through an outlet or a channel is a claim, even one that says nothing alone
    ("the attack"); the channel phrase closes the span (the claim's ``via``)."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("NOUN", "PROPN")]
    if not objs or (
        verb.lemma_.lower() != "claim"  # "claimed that attack via Amaq": the act named before
        and any(c.lower_ in load_cues().anaphoric_determiners for c in objs[0].children)
    ):
        return None
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > objs[0].i]
    start, end = _subtree_span(list(objs[0].subtree) + [t for p in preps for t in p.subtree])
    text = doc_text(doc)
    tail = _CHANNEL_TAIL.search(text, start, end)
    if tail is None or tail.start() <= start:
        return None
    via = find_via(doc, view, tail.start(), end)
    stop = load_cues().object_stoplist
    if via is None or (is_generic_via(via) and objs[0].lemma_.lower() in stop):
        # "The ADF claimed the attack in a statement": a bare claim of responsibility stays
        # the event's; through a named outlet ("via Amaq", "on Telegram") it is a claim
        return None
    return start, end


def _figure_words() -> tuple[frozenset[str], frozenset[str]]:
    return cue_words("figure_verbs"), cue_words("figure_nouns")


def _judgement_of_its_own(doc: Doc, start: int, end: int) -> bool:
    """(s19) Whether the words after "we assess this" name what the thing is ("as primarily
    a propaganda message") rather than only how likely it is ("a moderate-likelihood
    scenario", "as unlikely"): a noun other than an estimate's own nouns."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or any(t.lower_ == "that" and t.dep_ == "mark" for t in span):
        return False  # "We judge it likely that C": the clause is what is judged
    estimate = cue_words("estimate_nouns")

    def framed(t: Token) -> bool:
        # "as unlikely before the elections": a noun of a phrase of time or place (any
        # preposition but "as") frames the judgement and names nothing it judges
        return any(a.pos_ == "ADP" and a.lower_ != "as" and a.i >= span.start for a in t.ancestors)

    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() not in estimate
        and not find_hedges(t.text, t.idx)  # "as unlikely", tagged a noun: a band
        and not framed(t)
        for t in span
    )


def _judged_before(doc: Doc, sent: Span, verb: Token) -> tuple[int, int] | None:
    """ "C; we judge this a moderate-likelihood scenario", "C. We assess this as unlikely":
    a verb of judgement whose object points back ("this", "it") with an estimate after it
    judges the clause before it in its sentence (after a semicolon), else the sentence
    before; None elsewhere."""
    cues = load_cues()
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i]
    if (
        not objs
        or objs[0].lower_ not in cues.anaphoric_determiners | {"it"}
        or any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
    ):
        return None
    text = doc_text(doc)
    rest_start = objs[0].idx + len(objs[0].text)
    rest_end = verb.sent.end_char if verb.sent is not None else sent.end_char
    if not any(h.kind == "epistemic" for h in find_hedges(text[rest_start:rest_end], rest_start)):
        return None
    if _judgement_of_its_own(doc, rest_start, rest_end):
        # (s19) "We assess this as primarily a propaganda message, but it likely reflects
        # a real recruitment drive": the judgement says what the thing is, and that is the
        # author's claim, not the clause before
        lead = re.match(r"\s*(?:as\s+)?", text[rest_start:rest_end])
        return _trim(doc, rest_start + (lead.end() if lead else 0), rest_end)
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    at = subj[0].left_edge.idx if subj else verb.idx
    semi = text.rfind(";", sent.start_char, at)
    if semi > sent.start_char:
        return _trim(doc, sent.start_char, semi)
    if text[sent.start_char : at].strip():
        return None  # a clause of its own before the judgement ("Although ..., we judge it")
    prev = [s for s in doc_sentences(doc) if s.end_char <= sent.start_char]
    if not prev:
        return None
    return _trim(doc, prev[-1].start_char, prev[-1].end_char)


def _estimate_at_verbs() -> frozenset[str]:
    return cue_words("estimate_at_verbs")


def _estimated_at(verb: Token) -> tuple[int, int] | None:
    """ "Its strength is estimated at 2,000 to 3,000 fighters", "the toll was put at 40 (by
    hospital staff)": a passive figure-setting verb, its subject and its figure after "at";
    the agent, where there is one, is who speaks, and no part of the claim."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _estimate_at_verbs():
        return None
    subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subj:
        return None
    at = [
        c
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "at" and any(t.like_num for t in c.subtree)
    ]
    if not at:
        return None
    return _subject_start(subj[0], verb), _subtree_span(list(at[0].subtree))[1]


def _before_other_report(doc: Doc, clause: Token, end: int) -> int:
    """Where the words of ``clause`` end before a clause of another speaker joined to it
    ("the army colluded with the militia, while several people said C"): a reporting verb
    with a subject of its own, in a coordinated clause or an adverbial one of contrast or
    accompaniment (``other_report_marks``: "while", "whereas", "as"), says C for that
    subject, not for the first speaker. A subordinate clause of time or cause ("fled after
    soldiers reported their position", "failed because villagers had warned the army") is
    part of what the first speaker says."""
    verbs = load_cues().verbs
    marks = cue_words("other_report_marks")
    for tok in clause.subtree:
        if (
            tok is not clause
            and (
                tok.dep_ == "conj"
                or (
                    tok.dep_ == "advcl"
                    and any(c.dep_ in ("mark", "cc") and c.lower_ in marks for c in tok.children)
                )
            )
            and tok.lemma_.lower() in verbs
            and any(c.dep_ == "nsubj" for c in tok.children)
            and tok.left_edge.idx < end
        ):
            cut = tok.left_edge
            # the comma or conjunction that joins the clause goes with it
            while cut.i > clause.left_edge.i and (
                doc[cut.i - 1].is_punct or doc[cut.i - 1].dep_ in ("cc", "mark")
            ):
                cut = doc[cut.i - 1]
            if cut.idx > clause.left_edge.idx:
                end = min(end, _trim(doc, clause.left_edge.idx, cut.idx)[1])
    for tok in clause.sent:
        # (s18) "the toll was higher, with one rights group counting 21 bodies": the "with"
        # phrase whose participle reports is the group's claim, not the first speaker's
        found = absolute_with(tok) if tok.lemma_.lower() in _ABSOLUTE_VERBS else None
        if found is not None and clause.left_edge.idx < found[0].idx < end:
            end = min(end, _trim(doc, clause.left_edge.idx, found[0].idx)[1])
    return end


# participles that report in an absolute "with" phrase: the reporting verbs and the verbs of
# counting ("with one group counting 21 bodies")
_ABSOLUTE_VERBS = (
    frozenset(load_cues().verbs) | load_cues().count_object_verbs | load_cues().object_verbs
)


def _given_figure(verb: Token) -> tuple[int, int] | None:
    """The figure a verb of giving gives ("gave a toll of 18 dead and 7 wounded", "gave
    figures ranging between 20 and 30 killed"): the object's phrase, when its head is a word
    of a figure (``figure_nouns``); None for anything else given ("gave a speech")."""
    verbs, nouns = _figure_words()
    if verb.lemma_.lower() not in verbs:
        return None
    for obj in verb.children:
        if obj.dep_ in ("dobj", "obj") and obj.i > verb.i and obj.lemma_.lower() in nouns:
            toks = list(obj.subtree)
            for conj in verb.children:
                # "gave a toll of 18 dead and 7 wounded", parsed with "7 wounded" a clause
                # of its own: a figure coordinated with the figure given
                if (
                    conj.dep_ == "conj"
                    and conj.i > obj.i
                    and conj.tag_ == "VBN"
                    and any(c.dep_ in ("nsubj", "nsubjpass") and c.like_num for c in conj.children)
                ):
                    toks.extend(conj.subtree)
            if not any(t.like_num or t.lemma_.lower() in cue_words("vague_figures") for t in toks):
                # (s19) "The rebels gave a far higher figure": no figure is given, only said
                # to differ; the figure itself comes next, if anywhere
                return None
            return _subtree_span([t for t in toks if not t.is_punct or t.i < toks[-1].i])
    return None


@cache
def _strength_lemmas() -> frozenset[str]:
    quantities = load_ontology().quantities
    return frozenset(
        cue for m in quantities.measures if m.id in ("fighters", "members") for cue in m.cues
    )


def _own_strength(obj: Token) -> bool:
    """A counted object that is a force's own personnel ("10,000 fighters", "800 members"),
    with nothing said to have happened to them ("40 fighters killed" is a count made)."""
    return obj.lemma_.lower() in _strength_lemmas() and not any(
        c.dep_ in ("acl", "relcl", "amod") and c.tag_ in ("VBN", "VBD") for c in obj.children
    )


def _unreal(verb: Token) -> bool:
    """(s19b) A verb negated ("did not deny", "never threatened") or under a modal ("could
    threaten", "might deny", "would vow"), itself or the verb it is coordinated with: nothing
    was done or said, only not, or maybe."""
    heads = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    return any(
        c.dep_ == "neg" or (c.dep_ in ("aux", "auxpass") and c.tag_ == "MD")
        for h in heads
        for c in h.children
    )


def _condition(clause: Token) -> bool:
    """(s19b) An adverbial clause of condition ("if talks collapse", "unless the army
    withdraws"): its subordinating word is one of ``condition_marks``."""
    marks = cue_words("condition_marks")
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in marks for m in clause.children
    )


def _inside_other_clause(verb: Token) -> bool:
    """(s19b) A verb inside another speaker's words ("JNIM could threaten a blockade,
    analysts warned": under a reporting verb) or inside a condition ("if the group vows
    revenge, ..."): what it tells is no deed of its subject's own. Coordinated verbs share
    their first one's standing, so a conjunct is read through it."""
    verbs = load_cues().verbs
    t = verb
    while t.head.i != t.i:
        if _condition(t):
            return True
        if t.dep_ != "conj" and t.head.pos_ in ("VERB", "AUX") and t.head.lemma_.lower() in verbs:
            return True
        t = t.head
    return False


def _no_announcement(verb: Token, objs: Sequence[Token], sent: Span) -> bool:
    """(s22) Whether "announce" with a noun object makes no decision public: "the army will
    announce an operation", "did not announce", "plans to announce" (nothing made public
    yet); "announced the Free Front", "announced Mozambique as a province" (a founding or a
    designation, an event of its own); "REBELS ANNOUNCE LOCKDOWN" (a headline over the
    story); "announced an alliance with X" (the tie itself, a relation the party states).
    (s22b) "announced the formation of a joint command" (a founding told by its noun, the
    tie or founding possibly named in its "of" phrase) and "did the army announce a curfew?"
    (a question) make none either."""
    if (
        _unreal(verb)
        or verb.dep_ == "xcomp"
        or not any(ch.islower() for ch in sent.text)
        or sent.text.rstrip(" \"'”’)").endswith("?")
    ):
        return True
    if not objs:
        return False
    nouns = [objs[0], *(g for p in objs[0].children if p.lower_ == "of" for g in p.children)]
    kept_out = cue_words("announced_ties") | cue_words("announced_foundings")
    return objs[0].pos_ == "PROPN" or any(n.lemma_.lower() in kept_out for n in nouns)


def _threat_span(tok: Token) -> tuple[int, int] | None:
    """(s19) "JNIM threatened reprisals against villages", "the video threatened attacks on
    Maiduguri during Eid": the harm threatened (``threat_nouns``), with what follows it, is
    what is said; a person or place threatened ("gunmen threatened villagers") is no claim.
    (s19b) A threat not made is none: negated, under a modal, inside another speaker's words
    or a condition ("JNIM could threaten a blockade if talks collapse, analysts warned"); a
    condition the threat itself sets ("threatened retaliation if the strikes continued") is
    kept in its words, and one set before the verb, which the words cannot keep, makes none."""
    if _unreal(tok) or _inside_other_clause(tok):
        return None
    objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i]
    if not objs or objs[0].lemma_.lower() not in cue_words("threat_nouns"):
        return None
    if any(_condition(c) and c.i < tok.i for c in tok.children):
        return None
    toks = list(objs[0].subtree) + [
        t
        for c in tok.children
        if (c.dep_ == "prep" or _condition(c)) and c.i > objs[0].i
        for t in c.subtree
    ]
    return _subtree_span(toks)


def _verb_claims(
    doc: Doc, sent: Span, views: Sequence[SentenceView], view: SentenceView
) -> list[tuple[int, int, Token, str | None]]:
    """(claim start, claim end, verb, extra about-key) for reporting verbs of ``sent``."""
    cues = load_cues()
    out: list[tuple[int, int, Token, str | None]] = []
    for tok in doc_tokens(doc)[sent.start : sent.end]:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if lemma in cues.label_verbs or lemma in cues.label_use_verbs:
            label = None if _alias_participle(tok) or _name_label(tok) else _label_span(tok)
            if label is not None:
                # "call it a 'terror group'": what "it" stands for is what the label is about
                pron = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.pos_ == "PRON"]
                ref = (
                    resolve_reference(views, view.index, pron[0].idx, pron[0].lower_)
                    if pron and pron[0].lower_ in ("it", "them")
                    else None
                )
                out.append((label[0], label[1], tok, ref.key if ref is not None else None))
            continue
        if lemma in cues.count_object_verbs and lemma not in cues.verbs:
            # "Flight trackers logged at least two cargo flights", "monitors recorded 40
            # incidents": a count its source made is its claim; nothing else it records is
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i]
            if objs and _own_strength(objs[0]):
                # "the group counted up to 10,000 fighters", "which counts 800 members": a
                # force's own strength (a quantity), not a count a source made
                continue
            if objs and any(t.dep_ == "nummod" and t.like_num for t in objs[0].subtree):
                lo, hi = _subtree_span(list(objs[0].subtree))
                out.append((lo, hi, tok, None))
            continue
        judged = _judged_before(doc, sent, tok) if lemma in cues.author_verbs else None
        if judged is not None:
            # "ISSP could expand south; we judge this a moderate-likelihood scenario": the
            # author's estimate of the clause before
            out.append((*judged, tok, None))
            continue
        estimated = _estimated_at(tok) if lemma in cues.verbs else None
        if estimated is not None:
            # "Its strength is estimated at 2,000 to 3,000 fighters": an estimate no one is
            # named for, of the subject
            out.append((*estimated, tok, _subject_key(tok, view)))
            continue
        if lemma not in cues.verbs:
            figure = _given_figure(tok)
            if figure is not None:
                # "the ministry gave a toll of 18 dead": the figure given is the claim
                out.append((*figure, tok, None))
            continue
        # "X seized the town; sources said C", parsed with both clauses on "said": the clause
        # after the verb is what was said
        comp = sorted(
            (c for c in tok.children if c.dep_ == "ccomp"), key=lambda c: (c.i < tok.i, c.i)
        )
        antecedent: str | None = None
        if not comp:
            hung = _hung_clause(tok)
            comp = [hung] if hung is not None else []
        span: tuple[int, int] | None = None
        if lemma == "claim":
            # "The group claimed 600 attacks in 2024": a count of what it says it did is
            # its claim, not a clause after it ("..., a figure we assess is inflated" is the
            # author's own judgement); a bare "claimed the attack" is an event's
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i]
            if objs and (
                # "a civil administration claimed 43": the bare figure is the count
                (objs[0].like_num and objs[0].pos_ == "NUM")
                or any(c.dep_ == "nummod" and c.like_num for c in objs[0].children)
            ):
                toks = list(objs[0].subtree)
                for prep in (c for c in tok.children if c.dep_ == "prep" and c.i > objs[0].i):
                    # "... in 2024", "... since January": the period the count covers
                    if any(c.dep_ == "pobj" and c.ent_type_ == "DATE" for c in prep.children):
                        toks.extend(prep.subtree)
                span = _subtree_span(toks)
        if comp and span is None:
            span = _subtree_span(list(comp[0].subtree))
            if (
                len(comp) > 1
                and comp[0].n_lefts + comp[0].n_rights == 0
                and comp[0].i + 1 < len(doc)
                and doc[comp[0].i + 1].lower_ == "that"
            ):
                # (s18) "carried by the state news agency KUNA that C": the outlet's name
                # parsed as a clause of its own; C runs on after it (the name is cut later)
                span = (span[0], _subtree_span(list(comp[1].subtree))[1])
            span = (span[0], _before_other_report(doc, comp[0], span[1]))
            span = (span[0], _before_label_participle(doc, comp[0], span[1]))
            if span[0] < tok.idx < span[1] and re.match(
                r"(?i)(?:which|that|who|whom)\b", doc_text(doc)[span[0] : span[1]]
            ):
                # "X, which the army says has been reduced to ...": the relative pronoun
                # before the speaker is no part of what was said
                span = (tok.idx + len(tok.text), span[1])
                prior = [x for x in view.slots if x.kind == "actor" and x.end <= tok.idx]
                antecedent = prior[-1].key if prior else None
            if span[1] <= tok.idx and re.search(r"[;:]", doc_text(doc)[span[1] : tok.idx]):
                span = None  # "C; X put ..." / "C: X put ..." — another clause, not X's
            elif (
                span is not None
                and span[1] <= tok.idx
                and re.match(r"[\s,]*(?:whose|which|who|whom)\b", doc_text(doc)[span[0] : span[1]])
            ):
                # "UNLF(P), whose cadres are supposed to be confined, is reported to have":
                # a relative clause on the subject is not what was reported
                span = None
        else:
            after = doc_text(doc)[tok.idx + len(tok.text) : sent.end_char]
            q = re.match(r"\s*(?:that\s+)?[:,]?\s*([\"“])", after)
            if q:
                q_start = tok.idx + len(tok.text) + q.start(1)
                close = re.search(r"[\"”]", doc_text(doc)[q_start + 1 : sent.end_char])
                if close:
                    span = (q_start, q_start + 1 + close.end())
        if span is None and lemma in cues.clause_only_verbs:
            # "Residents said the fighters left at dawn", parsed as "said [the fighters]
            # [left ...]": no one says a noun, so the noun and its clause are what was said
            for obj in (c for c in tok.children if c.dep_ in ("dobj", "obj") and c.i > tok.i):
                if any(
                    c.dep_ in ("acl", "relcl")
                    and c.i == obj.i + 1
                    and c.pos_ == "VERB"
                    and c.tag_ in ("VBD", "VBN")
                    and not any(a.dep_ == "agent" for a in c.children)
                    for c in obj.children
                ):
                    span = _subtree_span(list(obj.subtree))
        if span is None:
            # "said in a statement that C": the parser hangs C on the statement noun
            for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "in"):
                for noun in (g for g in prep.children if g.dep_ == "pobj"):
                    if noun.lemma_.lower() not in cues.statement_nouns:
                        continue
                    # also on a word of the noun's own modifier: "said in a statement carried
                    # by LANA that C", with C hung on the outlet's name
                    clauses = [
                        c
                        for c in noun.subtree
                        if c.dep_ in ("acl", "relcl", "ccomp")
                        and c.i > noun.i
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    ][:1]
                    if clauses:
                        span = _subtree_span(list(clauses[0].subtree))
        about: str | None = None
        if lemma in cues.accusing_verbs:
            # "accused the army of failing to act": the claim is about the accused
            for obj in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
                lo, hi = _subtree_span(list(obj.subtree))
                about = next(
                    (
                        x.key
                        for x in view.slots
                        if x.kind == "actor" and x.key and lo <= x.start < hi
                    ),
                    None,
                )
        if span is None and lemma in cues.accusing_verbs:
            # "accused the rebels of receiving funds", parsed with "of" on the object too;
            # (s18) "has been accused by the UN of ethnic cleansing", with "of" on the agent
            heads = [
                tok,
                *(c for c in tok.children if c.dep_ in ("dobj", "obj")),
                *(g for c in tok.children if c.dep_ == "agent" for g in c.children),
            ]
            for prep in (p for h in heads for p in h.children):
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
                    kids = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
                    if kids:
                        span = _subtree_span(list(kids[0].subtree))
                        tail = doc_text(doc)[span[1] : sent.end_char]
                        q = (
                            re.match(r"[^\"”]*[\"”]", tail)
                            if "“" in doc_text(doc)[prep.idx : span[1]]
                            else None
                        )
                        if q:
                            span = (span[0], span[1] + q.end())
        if span is None and lemma in cue_words("threat_verbs"):
            span = _threat_span(tok)
        if span is None and lemma in cues.object_verbs:
            objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
            if lemma in cue_words("made_public_verbs") and _no_announcement(tok, objs, sent):
                objs = []
            pointing = bool(objs) and any(
                c.dep_ == "det" and c.lower_ in cues.anaphoric_determiners for c in objs[0].children
            )
            labelled = [
                c
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "as" and objs and c.i > objs[0].i
            ]
            if pointing and labelled and cues.verbs.get(lemma) == "denial":
                # "The army rejected these reports as 'disinformation'": what was said before
                # is denied, with the speaker's label for it
                span = _subtree_span(list(objs[0].subtree) + list(labelled[0].subtree))
            elif (
                objs
                and not pointing  # "disputed these figures": nothing said by itself
                and (
                    (
                        objs[0].lower_ not in cues.object_stoplist
                        and objs[0].lemma_.lower() not in cues.object_stoplist
                    )
                    or _laid_on(tok, objs[0]) is not None
                    # "the rebel groups denied responsibility": a denial of a part in the act
                    or (
                        cues.verbs.get(lemma) == "denial"
                        and objs[0].lemma_.lower() in cues.denied_parts
                    )
                )
            ):
                needs = dict(cues.object_verb_preps).get(lemma)
                preps = [c for c in tok.children if c.dep_ == "prep" and c.i > objs[0].i]
                laid = _laid_on(tok, objs[0])
                if laid is not None and laid not in preps and laid.head is not objs[0]:
                    preps.append(laid)
                if needs and not any(p.lower_ == needs for p in preps) and laid is None:
                    # "put the figure as low as 20,000": a figure after the object
                    preps = [
                        c
                        for c in tok.children
                        if lemma == "put"
                        and c.i > objs[0].i
                        and c.dep_ in ("advmod", "prep", "npadvmod")
                        and any(t.like_num for t in c.subtree)
                    ]
                    if not preps:
                        continue
                toks = list(objs[0].subtree) + [t for p in preps for t in p.subtree]
                # (s18) "put the toll at 17 dead and more than 40 injured.1": a second
                # object after the figure, where a glued footnote mark made the parser end
                # the coordination, still belongs to what was put
                toks += [
                    t
                    for c in tok.children
                    if c.dep_ in ("dobj", "obj") and c.i > max(t.i for t in toks)
                    for t in c.subtree
                ]
                if lemma in dict(cues.attribution_verbs):
                    toks = _without_descriptions(toks)
                span = _subtree_span(toks)
        if span is None and lemma in cues.outlet_object_verbs:
            span = _said_through_outlet(doc, view, tok)
        if span is None and lemma in cues.clause_object_verbs:
            # "Rwanda denies backing the rebels", "the army claimed to have killed 40": what
            # is claimed or denied is a gerund or infinitive clause
            comps = [
                c
                for c in tok.children
                if c.dep_ in ("xcomp", "pcomp")
                and c.i > tok.i
                and (c.tag_ == "VBG" or any(a.lower_ == "to" for a in c.children))
            ]
            if comps and not any(c.dep_ in ("dobj", "obj") for c in tok.children):
                span = _subtree_span(list(comps[0].subtree))
                lead = re.match(r"to\s+", doc_text(doc)[span[0] : span[1]])
                if lead:
                    span = (span[0] + lead.end(), span[1])
        if span is None and any(c.dep_ == "auxpass" for c in tok.children):
            # "UNLF(P) is reported by a security official to have several hundred fighters",
            # "the group is said to hold 40 hostages": the infinitive says C of the subject
            span = _unagented_infinitive(tok) or _passive_infinitive(tok)
            if span is not None:
                about = _subject_key(tok, view)
        if span is None and lemma in cues.clause_only_verbs | cues.addressee_verbs | {
            "report",
            "confirm",
            "announce",
        }:
            span = _fronted_report(doc, sent, tok)
        if span is None:
            continue
        subj = [c for c in tok.children if c.dep_ == "nsubj"]
        rel_before = (
            bool(subj)
            and subj[0].left_edge.i > sent.start
            and doc[subj[0].left_edge.i - 1].lower_ in ("which", "whom")
        )
        first = doc.char_span(span[0], span[1], alignment_mode="expand")
        headless = (
            first is not None
            and len(first) > 0
            and first[0].pos_ in ("AUX", "VERB")
            and first[0].tag_ in ("VBP", "VBZ", "VBD", "MD")
        )  # "..., have been fighting the SNA": a predicate with no subject of its own
        if (
            (rel_before or headless)
            and span[0] > tok.idx
            and "," in doc_text(doc)[tok.idx : span[0]]
        ):
            # "the YPG, which Turkey considers an offshoot of the PKK, have been fighting the
            # SNA", parsed with "considers" as the root: what follows the relative clause
            continue
        if tok.dep_ == "relcl":
            lo, hi = _subtree_span(list(tok.subtree))
            if not (lo <= span[0] and span[1] <= hi):
                # "the YPG, which Turkey considers an offshoot of the PKK, have been fighting
                # the SNA": the main clause is not what the relative clause's speaker said
                continue
        out.append((span[0], span[1], tok, about or antecedent))
    return out


# a sentence that points back at the claim before it: "The claim, released through ...",
# "She repeated this on social media"
_POINTS_BACK = re.compile(
    r"\b(?:this|it|these|the\s+(?:remarks?|claims?|statements?|video|message|announcement|"
    r"communiqu[eé]))\b",
    re.IGNORECASE,
)
_CLAIM_SUBJECT = re.compile(
    r"^\W*(?:the|this|that)\s+(?:claims?|statements?|video|message|announcement|communiqu[eé]|"
    r"recording|post)\b",
    re.IGNORECASE,
)
# "The figure could not be independently verified.", "Reuters could not confirm the claim."
_UNVERIFIED = re.compile(
    r"\b(?:could|can|has|have|had|was|were|is|are)(?:\s+not|n[’']t|not)\s+(?:yet\s+)?"
    r"(?:be\s+|been\s+)?(?:independently\s+)?(?:verified|confirmed|corroborated)\b|"
    r"\b(?:could|can|did|was|were)(?:\s+not|n[’']t|not)\s+(?:able\s+to\s+)?"
    r"(?:independently\s+)?(?:verify|confirm|corroborate)\b|"
    r"\bnot\s+possible\s+to\s+(?:independently\s+)?(?:verify|confirm|corroborate)\b|"
    # "the office has not been able to verify", "independent confirmation was not possible"
    r"\b(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?able\s+to\s+"
    r"(?:independently\s+)?(?:verify|confirm|corroborate)\b|"
    r"\bindependent\s+(?:confirmation|verification|corroboration)\s+(?:was|is|has\s+been)\s+"
    r"(?:not\s+possible|impossible|not\s+available|unavailable)\b",
    re.IGNORECASE,
)
UNVERIFIED = "unverified"
# ", an allegation Asmara denies", ", a charge the group has rejected"
_COUNTER_DENIAL = re.compile(
    r",[\"”’']?\s+(?:an?|the)\s+(?:allegation|accusation|charge|claim|assertion)\s+(?:that\s+|which\s+)?"
    r"(?P<who>[^,;.]{2,60}?)\s+(?:(?:has|have|had|always|strongly|firmly|repeatedly|"
    r"categorically)\s+)*(?:denies|denied|deny|rejects|rejected|disputes|disputed|dismisses|"
    r"dismissed)\b[^;.]*$"
)
# the channel a claim came through, closing the claim's words: "in a statement relayed by X",
# "in a phone interview with X", "in a Telegram post", "on its website"
_CHANNEL_TAIL = re.compile(
    r",?\s+(?:(?:in|on|via|through|during)\s+(?:a|an|the|its|his|her|their)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:interview|statement|post|message|video|broadcast|tweet|"
    r"communiqu[eé]|press\s+conference|news\s+conference|speech|audio(?:\s+message)?|"
    r"recording|website|channel|account|call|briefing|agency|outlet|radio|"
    r"(?:voice\s+)?note|clip|livestream|podcast|"
    r"television|TV|newspaper|broadcaster)s?\d{0,2}\b"
    # "on its Voces del Sur site" (not "fired on the site")
    r"|(?:in|on|via|through)\s+(?:its|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:site|page|feed|station)s?\b"
    # "through Amaq", "via Telegram", "on social media": a named outlet or a platform
    r"|(?:via|through)\s+(?-i:[A-Z])|on\s+social\s+(?:media|networks?)\b"
    # ", quoted by the Daily Trust newspaper": the outlet that carried the words before
    r"|(?<=,\s)(?:as\s+)?(?:quoted|cited|carried|relayed|reported)\s+by\s)[^.;]*$",
    re.IGNORECASE,
)
# "according to X, a rights group." — a description of the source closing the sentence
_APPOSED_KIND = re.compile(
    r"\s*,\s*((?:an?|the|one\s+of\s+the)\s+[^,;.()\"“”]{1,60}?)(?=\s*[.;]?\s*$)"
)
# a channel fronted before the speaker: "In a statement published by its Amaq News Agency, "
_FRONTED_OUTLET = re.compile(
    r"\W*(?:(?:In|Via|Through|On)\s+(?:a|an|its|their|the)\s+(?:\w+\s+)?(?:statements?|videos?|"
    r"posts?|messages?|communiqu[eé]s?|audio|recordings?|broadcasts?|speech|address|"
    r"channels?|interviews?)\b"
    # "Speaking to local radio, the commander said C"
    r"|(?:Speaking|Talking|Writing)\s+(?:to|with|on|in)\s)[^.;]*,\s*$"
)
# "According to the AP, citing local officials, C": the source the outlet cites
_CITING = re.compile(r"\s*,\s*(?:citing|quoting)\s+([^,;.]{2,80}?)\s*,\s*")
# a denial and the accusation coordinated with it: "denied X and accused Y of Z"
_THEN_ACCUSED = re.compile(
    r"\s*,?\s+and\s+(?:(?:also|instead|then|in\s+turn)\s+)?"
    r"((?:accused|accuses|accusing|blamed|blames|blaming|charged|charges)\b)",
    re.IGNORECASE,
)
DENIED = "denied"


def _via_next(
    doc: Doc, claims: list[Claim], views: Sequence[SentenceView], sents: list[Span]
) -> list[Claim]:
    """Fill ``via`` from a following sentence that repeats the speaker without a new claim
    ("She repeated this on social media; the Interfax agency quoted her", "The claim,
    released through JNIM's Az-Zallaqa media foundation, ..."), and mark a claim
    ``unverified`` when the next sentence says it could not be verified ("The figure could
    not be independently verified."): reliability and credibility keep their defaults."""
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.anchor.sentence < 0:
            continue
        nxt = claim.anchor.sentence + 1
        if nxt >= len(views):
            continue
        view = views[nxt]
        if any(c.anchor.sentence == nxt for c in out):
            continue
        check = _UNVERIFIED.search(view.text)
        if (
            check is not None
            and len(view.text[: check.start()].split()) <= 8
            and UNVERIFIED not in claim.hedges
        ):
            claim = out[i] = replace(claim, hedges=(*claim.hedges, UNVERIFIED))
        if claim.via is not None:
            continue
        surname = (claim.speaker_text or "").split()[-1:] if claim.speaker_kind == "person" else []
        opening = view.text.split()[:3]
        same = (
            (claim.speaker and any(s.key == claim.speaker for s in view.slots))
            or (
                claim.speaker_kind == "person"
                and (bool(surname) and surname[0] in opening or opening[:1] in (["He"], ["She"]))
            )
            or bool(_CLAIM_SUBJECT.match(view.text))
        )
        if not same or not _POINTS_BACK.search(view.text):
            continue
        via = find_via(doc, view, view.start, view.end, speaker=claim.speaker)
        if via and via != claim.speaker:
            out[i] = replace(claim, via=via)
    return out


_STATE_TYPES = frozenset({"government", "state_forces"})


def _with_parsed_via(
    doc: Doc, view: SentenceView, verb: Token, speaker: Speaker, via: str | None
) -> str | None:
    """The outlet read from the parse around the verb (:func:`parse_via`) where the words
    after the cues found none, or only a kind of channel ("a statement" carried by "the
    official news agency"): the parse reaches the outlet however it hangs on the verb."""
    parsed = parse_via(doc, view, verb, speaker.key)  # never the speaker itself
    if parsed is None:
        return via
    if (
        via is None
        or (is_generic_via(via) and (parsed.named or _carrier_only(via)))
        # "quoted by the state news agency SUNA": the outlet's name, not its kind
        or (parsed.named and " " in via and via.islower() and parsed.name in view.text)
    ):
        # "said in a statement carried by the official news agency": the agency carried the
        # statement, which is only how the words were given
        return parsed.name
    return via


def _carrier_only(via: str) -> bool:
    """A generic channel that names what carried the words, not who ("a statement", "a
    video", "a press conference")."""
    return via.split()[-1].lower() in carrier_nouns()


def _names_own_outlet(speaker: Speaker, via: str) -> bool:
    """(claims, s20) "The state news agency SUNA said C", "the Houthi-run Saba news agency
    said C": the speaker's own words name the outlet (by its name or one of its forms), so
    the outlet speaks and carries no one. A person's words may name their employer ("an AFP
    correspondent said"), whose outlet carries them."""
    if speaker.kind == "person" or not speaker.text:
        return False
    hits = [re.search(rf"(?<![\w-]){re.escape(via)}(?![\w-])", speaker.text)]
    hits += [p.search(speaker.text) for p, name in load_cues().outlets if name == via]
    # the outlet heads the speaker's words, or only its nouns follow ("news agency"):
    # "ISWAP, in a statement on Telegram" names a speaker and where it spoke
    return any(
        h is not None
        and re.fullmatch(r"(?:\s+[a-z]+){0,2}", speaker.text[h.end() :]) is not None
        and not re.search(r"[,;]", speaker.text[: h.start()])
        for h in hits
    )


def _best_via(
    doc: Doc, view: SentenceView, windows: Sequence[tuple[int, int]], speaker: Speaker
) -> str | None:
    """The outlet of the first window naming one; a generic channel ("a statement") only
    when no window names an outlet ("said in a televised address on the group's Al-Masirah
    TV": Al-Masirah). The speaker itself is never its own outlet."""
    found = [
        v
        for w in windows
        if (v := find_via(doc, view, *w, speaker=speaker.key)) is not None
        and v != speaker.key
        and not _names_own_outlet(speaker, v)
    ]
    named = [v for v in found if not is_generic_via(v)]
    return next(iter(named or found), None)


def _make_claim(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    span: tuple[int, int],
    speaker: Speaker,
    via: str | None,
    extra_hedges: Sequence[str] = (),
    extra_about: Sequence[str] = (),
    frame: Sequence[HedgeHit] = (),
) -> Claim | None:
    """The claim of ``span`` said by ``speaker``; ``frame`` are hedge cues of the words that
    introduce it ("We assess *with high confidence* that", "We judge it *likely* that"),
    which hedge it as those inside it do."""
    start, end = _trim(doc, *span)
    dateline = _DATELINE.match(doc_text(doc), start, end)
    if dateline:
        start = dateline.end()  # "GOMA, June 12, 2025 (AP) — ": the story's dateline
    channel = _CHANNEL_HEAD.match(doc_text(doc), start, end)
    if channel:
        # "said in a statement read on state television ORTM that C": the parser hung C on
        # the channel; the channel is the outlet, C the claim
        if via is None or is_generic_via(via):
            via = (
                find_via(
                    doc,
                    view,
                    view.start,
                    channel.end(),
                    speaker=speaker.key,
                )
                or via
            )
        start = channel.end()
    named = _outlet_name_opening(doc, start, end)
    if named is not None:
        # (s18) "in a statement carried by the state news agency SANA that C", the name
        # parsed as the verb of C: the name closes the outlet's phrase, C follows "that"
        if via is None or is_generic_via(via) or not re.search(r"[A-Z]", via):
            via = named[0]
        start = named[1]
    if end - start < 3 and not doc_text(doc)[start:end].strip().isdigit():
        return None  # (a bare figure, "claimed 43", is a claim)
    text = doc_text(doc)[start:end]
    if re.fullmatch(r"\s*[a-z]+ing\W*", text):
        return None  # "accuses Kinshasa of backing": a lone gerund whose object is gapped
    hits = [*frame, *find_hedges(text, start)]
    hedges = [h.cue for h in hits if h.kind != "negation"] + list(extra_hedges)
    # (s18) "Unconfirmed reports say C", "unverified accounts": the source's own qualifier
    hedges += [
        w.lower()
        for w in re.findall(r"[\w-]+", speaker.text)
        if w.lower() in load_cues().unverified_speaker_words
    ]
    about: list[str] = list(extra_about)
    first = re.match(
        r"(?i)(it|its|they|their|he|she|his|the\s+(?:group|organi[sz]ation|movement|militants|"
        r"insurgents|jihadists|rebels|militia))\b",
        text,
    )
    # "al-Shabaab said it had ...", "Israel said it targeted ...": a party to the conflict
    # speaks of itself; observers (the UN, media, officials unnamed) speak of someone else
    if first and speaker.actor_type not in ARMED_TYPES | _STATE_TYPES:
        ref = resolve_reference(views, view.index, start, first.group(1), exclude=speaker.key)
        # "officials told Reuters ... 'They arrived on motorbikes'": not the outlet; "the
        # group", "the insurgents" name an armed group, not any organisation
        definite = " " in first.group(1)
        if (
            ref is not None
            and ref.key
            and ref.actor_type != "media"
            and (not definite or ref.actor_type in GROUP_TYPES)
        ):
            about.append(ref.key)
    for s in view.slots:
        if start <= s.start and s.end <= end + 1:
            if s.kind == "actor" and s.key:
                about.append(s.key)
            elif s.kind == "place" and s.place is not None:
                about.append(s.place.place.name if s.place.place else s.text)
    about = [a for a in dict.fromkeys(about) if a != speaker.key]
    vocab = load_ontology().claims
    return Claim(
        text=text,
        start=start,
        end=end,
        anchor=anchor_of(view),
        speaker=speaker.key,
        speaker_kind=speaker.kind,
        # (s18) "..., which rights groups say have been recruiting": the relative pronoun
        # before the speaker is no part of its name
        speaker_text=re.sub(r"^(?:which|whom|that)\s+", "", " ".join(speaker.text.split())) or None,
        via=via,
        about=tuple(about),
        hedges=_distinct_hedges(hedges),
        likelihood=likelihood_of(hits),
        reliability=vocab.default_reliability,
        credibility=int(vocab.default_credibility),
    )


_NAME_THEN_THAT = re.compile(
    r"((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s+that\s+(?=\S)"
)


def _outlet_name_opening(doc: Doc, start: int, end: int) -> tuple[str, int] | None:
    """(s18) A claim opening on a proper name and "that" right after an outlet's noun ("...
    the state news agency | SANA that C"): the name ends the outlet's phrase. Returns the
    name and where the claim starts."""
    m = _NAME_THEN_THAT.match(doc_text(doc), start, end)
    if m is None:
        return None
    before = doc_text(doc)[max(0, start - 40) : start].split()
    if not before or before[-1].lower().strip(",") not in outlet_nouns():
        return None
    return m.group(1), m.end()


def _accused(verb: Token) -> Token | None:
    """(s18) Who an accusing verb accuses: its object ("Y accused X of C"), or its subject
    in the passive ("X was accused by Y of C", "X stands accused by Y of C")."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
    if objs:
        return objs[0]
    holder = verb
    for _ in range(2):
        subjects = [c for c in holder.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0] if subjects[0].pos_ != "PRON" else None
        if holder.head is holder:
            break
        holder = holder.head
    return None


# a clause closing on ", X said." with a footnote mark glued to its stop ("said.¹",
# "said.[2]"), at the end of the sentence or before the next one: the glued mark keeps the
# sentence splitter from ending the sentence there
_SAID_NOTE = re.compile(
    r",\s+(?P<who>[^,;:\"“”]{2,80}?)\s+(?:"
    + alternation(load_cues().said_note_verbs)
    + r")\.(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\[\d{1,3}\]|\d{1,3})(?=\s*$|\s+[A-Z\"“])"
)


def _said_before_note(
    doc: Doc, sent: Span, views: Sequence[SentenceView], view: SentenceView
) -> Claim | None:
    """(s18) "Militants stormed the post, killing three, the district police chief said.¹":
    the clause before the comma is the speaker's, though the glued footnote mark kept the
    parser from reading "said" as a verb; the clause must hold a verb of its own."""
    text = doc_text(doc)
    m = _SAID_NOTE.search(text, sent.start_char, sent.end_char)
    if m is None or not any(
        t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and t.idx < m.start() for t in sent
    ):
        return None
    speaker = find_speaker(doc, views, view, m.start("who"), m.end("who"))
    if speaker is None:
        return None
    start = _after_list_mark(text, sent.start_char, m.start())
    return _make_claim(doc, views, view, (start, m.start()), speaker, None)


# a line opening on a label of up to six words and a colon: "Commonly cited estimate: C"
_LINE_LABEL = re.compile(r"(?P<who>(?:[\w'’-]+\s+){0,5}[\w'’-]+)\s*:\s+(?=\S)")


def _label_source(label: str) -> tuple[int, int] | None:
    """(s18) Where the source lies in a line's label, or None when the label names none:
    a label headed by a noun of an estimate ("Commonly cited estimate", "UN assessment")
    is the source itself; a label of figures names its source after an attribution
    ("Figures compiled by OCHA", "Data from the health ministry"). A label with a word of
    the author's own notes or data ("Key figures", "Note on sources") names no source."""
    cues = load_cues()
    words = [w.lower() for w in re.findall(r"[\w'’-]+", label)]
    if not words or any(w in cues.source_label_never for w in words):
        return None
    if words[-1] in cues.source_label_heads:
        return 0, len(label)
    for phrase in cues.source_label_attribution:
        words_of = r"\s+".join(re.escape(w) for w in phrase.split())
        m = re.search(rf"(?i)^(?:[\w'’-]+\s+){{0,2}}?(?P<head>[\w'’-]+)\s+{words_of}\s+", label)
        if m is not None and m.group("head").lower() in cues.source_label_attributed:
            return m.end(), len(label)
    return None


def _source_label(
    doc: Doc, sent: Span, views: Sequence[SentenceView], view: SentenceView
) -> Claim | None:
    """(s18) "Commonly cited estimate: roughly 12,000 gang members across 200 groups": a
    line labelled by a source states what that source says (see :func:`_label_source`);
    its content must hold a figure or a verb, and the label names its speaker (an actor) or
    an unnamed kind (``reports``)."""
    text = doc_text(doc)
    start = _after_list_mark(text, sent.start_char, sent.end_char)
    m = _LINE_LABEL.match(text, start, sent.end_char)
    if m is None or "\n" in m.group("who"):
        return None
    where = _label_source(m.group("who"))
    if where is None:
        return None
    content = doc.char_span(m.end(), sent.end_char, alignment_mode="contract")
    if content is None or not any(t.like_num or t.pos_ == "VERB" for t in content):
        return None
    lo, hi = m.start("who") + where[0], m.start("who") + where[1]
    speaker = find_speaker(doc, views, view, lo, hi) or Speaker(None, "reports", text[lo:hi])
    return _make_claim(doc, views, view, (m.end(), sent.end_char), speaker, None)


def _widely_held(
    doc: Doc, sent: Span, views: Sequence[SentenceView], view: SentenceView
) -> Claim | None:
    """(s18) "..., a blow widely seen as the junta's worst defeat", "The ceasefire is
    generally regarded as a failure": a perception verb in the passive with an adverb of
    extent and no agent is a view many hold (kind ``views``); the claim is the noun the
    participle describes, or the clause of the passive verb."""
    cues = load_cues()
    for tok in sent:
        if tok.tag_ != "VBN" or tok.lemma_.lower() not in cues.perceived_verbs:
            continue
        adverb = [c for c in tok.children if c.dep_ == "advmod" and c.lower_ in cues.widely_adverbs]
        if not adverb or any(c.dep_ == "agent" for c in tok.children):
            continue
        # a name so described ("TRF, widely viewed as a front of LeT") is a relation, hedged,
        # not a claim of no one's
        described = [c for c in tok.children if c.dep_ == "nsubjpass"]
        if tok.dep_ == "acl":
            described.append(tok.head)
        spans = [_subtree_span([t for t in d.subtree if t.i < tok.i] or [d]) for d in described]
        if any(sl.kind == "actor" and lo <= sl.start < hi for sl in view.slots for lo, hi in spans):
            continue
        if tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
            span = _subtree_span(list(tok.head.subtree))
            if tok.head.dep_ == "appos":
                # "they captured Ann, a blow widely seen as ...": the blow is what the
                # sentence tells, which the view is about
                span = (sent.start_char, span[1])
        elif any(c.dep_ == "auxpass" for c in tok.children):
            span = _subtree_span(list(tok.subtree))
        else:
            continue
        speaker = Speaker(None, "views", f"{adverb[0].text} {tok.text}")
        return _make_claim(doc, views, view, span, speaker, None, extra_hedges=[speaker.text])
    return None


def _no_comment(
    doc: Doc, sent: Span, views: Sequence[SentenceView], view: SentenceView
) -> Claim | None:
    """(s18) "The RSO did not respond to requests for comment", "A police spokesman declined
    to comment": a sentence that records a party's silence, and nothing else, is its
    claim; the words of the silence are the claim's text."""
    text = doc_text(doc)
    start = _after_list_mark(text, sent.start_char, sent.end_char)
    m = load_cues().no_comment.search(text, start, sent.end_char)
    if m is None or not 2 <= len(text[start : m.start()].split()) <= 12:
        return None
    if re.search(r"[,;:]", text[start : m.start()]):
        return None  # "After the raid, police ...": only a subject before the silence
    speaker = find_speaker(doc, views, view, start, m.start())
    if speaker is None:
        return None
    return _make_claim(doc, views, view, (m.start(1), m.end(1)), speaker, None)


_QUOTE_FIRST = re.compile(
    r"\s*[\"“](?P<q>[^\"“”]{3,400}?)[,?!]?\s*[\"”]\s*,?\s+(?P<rest>[^;\"“”]{2,160})"
)
_SPEAKER_ENDS = re.compile(r"\s+(?:who|which|whose|whom)\b|\s*,")


def _quote_first(
    doc: Doc,
    sent: Span,
    views: Sequence[SentenceView],
    view: SentenceView,
    claims: Sequence[Claim],
    earlier: Sequence[Claim] = (),
) -> Claim | None:
    """(s18) '"C," a resident who fled told X by phone', '"C," said the commander': a
    sentence opening on a quotation closed by a comma, then a speaker and a reporting verb
    (or the verb, then the speaker); C is the speaker's, when no claim holds it yet. (s25)
    '"C," he said' where "he" names no actor: the unnamed speaker of the sentence before
    (``earlier``) goes on (:func:`_voice_going_on`)."""
    text = doc_text(doc)
    m = _QUOTE_FIRST.match(text, sent.start_char, sent.end_char)
    if m is None or any(c.start < m.end("q") and m.start("q") < c.end for c in claims):
        return None
    cues = load_cues()
    rest_at = m.start("rest")
    words = list(re.finditer(r"[A-Za-z’'-]+", m.group("rest")))
    verb: Token | None = None
    who: tuple[int, int] | None = None
    for k, w in enumerate(words[:14]):
        span = doc.char_span(rest_at + w.start(), rest_at + w.end())
        if span is None or len(span) != 1:
            continue
        tok = span[0]
        if tok.lemma_.lower() not in cues.verbs or tok.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if k == 0:
            # '"C," said the commander.': the speaker after the verb, up to a comma or stop
            tail = re.match(r"\s*([^,.;]{2,80})", text[tok.idx + len(tok.text) : sent.end_char])
            if tail:
                lo = tok.idx + len(tok.text) + tail.start(1)
                who = (lo, lo + len(tail.group(1).rstrip()))
        else:
            phrase = text[rest_at : tok.idx]
            cut = _SPEAKER_ENDS.search(phrase)
            who = (rest_at, rest_at + (cut.start() if cut else len(phrase.rstrip())))
        verb = tok
        break
    if verb is None or who is None or who[1] <= who[0]:
        return None
    speaker = find_speaker(doc, views, view, *who) or _voice_going_on(
        text[who[0] : who[1]], earlier
    )
    if speaker is None:
        return None
    via = speaker.via or find_via(doc, view, verb.idx, sent.end_char, speaker=speaker.key)
    via = _with_parsed_via(doc, view, verb, speaker, via)
    return _make_claim(doc, views, view, (m.start("q"), m.end("q")), speaker, via)


def _voice_going_on(pronoun: str, earlier: Sequence[Claim]) -> Speaker | None:
    """(s25) 'A fisherman told AFP that C. "D," he said.': a personal pronoun
    that names no actor stands for the unnamed speaker of the sentence before (its last
    claim), when the two agree in number ("he" a singular source, "they" a plural one)."""
    word = pronoun.strip().lower()
    if word not in cue_words("continuing_pronouns") or not earlier:
        return None
    last = earlier[-1]
    words = (last.speaker_text or "").split()
    if last.speaker is not None or last.speaker_kind in (AUTHOR, "reports") or not words:
        return None
    head = words[-1].lower()
    plural = head.endswith("s") and not head.endswith("ss")
    if plural != (word == "they"):
        return None
    if not plural and not (
        words[0].lower() in cue_words("single_source_openers") or head in load_titles().heads
    ):
        # (s25b) "he"/"she" is a person: "A trader", "the mayor", not "The army", "Police"
        # nor "The ministry", whose next sentence's "he" is someone the report did not name
        return None
    return Speaker(None, last.speaker_kind, last.speaker_text or "")


def _carrier_of_clause(verb: Token) -> str | None:
    """(s18) "released a video showing what it said were 48 captured soldiers", "a statement
    in which the group said C": a reporting verb inside a clause on a noun of what carries
    words is carried by it; the channel its kind names ("a video", "a statement")."""
    tok = verb
    for _ in range(4):
        if tok.head is tok:
            return None
        if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in carrier_nouns():
            phrase = f"a {tok.head.lower_}"
            return next((name for pat, name in load_cues().channels if pat.match(phrase)), None)
        tok = tok.head
    return None


def _main_clause(verb: Token) -> bool:
    """(s18) A verb that is no subordinate clause's: not a relative clause, and opened by no
    subordinating word ("after", "when", "as", "if": its ``mark``). An adverbial clause with
    no such word is often the parser's reading of a fronted report ("Between 12 and 20
    fighters killed on both sides, sources said"), so it counts as a main clause."""
    return verb.dep_ != "relcl" and not any(c.dep_ == "mark" for c in verb.children)


def _source_on_clause_before(doc: Doc, at: int, s_start: int, after: str) -> bool:
    """(s18) "C, according to X, in one of the deadliest raids this year": the parser hangs
    the source on the verb of C, before it, and a comma goes on after the source; what
    follows (a phrase or another clause) is no part of what X said."""
    if not re.match(r"\s*,", after):
        return False
    head = doc.char_span(at, at + 1, alignment_mode="expand")
    if head is None or len(head) == 0:
        return False
    verb = head[0].head
    if verb.pos_ in ("VERB", "AUX") and s_start <= verb.idx < at:
        return _main_clause(verb)
    if verb.pos_ in ("VERB", "AUX") and verb.idx > at:
        # "After X raided the village, according to officials, 40 were killed": the source
        # hangs on the main verb after it; the fronted clause is no claim of its own
        return False
    # the parser lost the clause's root ("Bandits killed 14 miners ..." with "Bandits" as
    # root): a finite verb before the source, outside a relative clause, makes it a clause
    return any(
        t.pos_ == "VERB"
        and _main_clause(t)
        and (
            t.tag_ in ("VBD", "VBZ", "VBP")
            # "Bandits killed 14 miners", "killed" read as a participle of "Bandits": a
            # participle with a direct object is a finite verb misread
            or (t.tag_ == "VBN" and any(c.dep_ == "dobj" for c in t.children))
        )
        for t in head[0].sent
        if s_start <= t.idx < at
    )


# (s18) also "..., the Inter-Services Public Relations (ISPR)." with its article and acronym
_APPOSED_NAME = re.compile(
    r",\s*((?:the\s+)?(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,5}"
    r"[A-Z][\w.'’-]*(?:\s+\([A-Z][\w.-]*\))?)"
    r"\s*[.;]?\s*$"
)


# a title or initial before a full stop that does not end the source phrase ("U.S. officials",
# "Brig. Gen. Ronald Rwivanga")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Gen|Lt|Col|Maj|Brig|Capt|Cpt|Sgt|Adm|Cmdr|Dr|Mr|Mrs|Ms|Gov|Sen|Rep|"
    r"Prof|Rev|St|Jr|Sr|No|Dept|Amb|Pres))$"
)


def _source_end(text: str, start: int, end: int) -> int:
    """Where the source phrase after "according to" ends: at a comma, colon, semicolon, an
    opening quote, or a full stop that closes no abbreviation."""
    for stop in re.finditer(r"[,;:]|\s[\"“]|\.", text[start:end]):
        at = start + stop.start()
        if stop.group() == "." and _ABBREVIATION.search(text[max(start, at - 6) : at]):
            continue
        return at
    return end


def _reported_clause(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """ "Diplomats said C, according to a UN report": the report's claim is C, not the
    diplomats' saying it (their own claim is read from the verb)."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None or not len(span):
        return None
    root = span.root
    if root.lemma_.lower() not in load_cues().verbs or not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < root.i for c in root.children
    ):
        return None
    comp = [c for c in root.children if c.dep_ == "ccomp" and c.i > root.i]
    if not comp:
        return None
    lo, hi = _subtree_span(list(comp[0].subtree))
    return (lo, min(hi, end))


AUTHOR = "author"


def _quoted(doc: Doc, sent: Span, at: int) -> bool:
    """True when offset ``at`` lies inside a quotation of its sentence."""
    before = doc_text(doc)[sent.start_char : at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _author_speaks(doc: Doc, sent: Span, subj: Token, verb: Token) -> bool:
    """ "We assess that C", "our analysis suggests C": the report's author judges, outside
    any quotation."""
    cues = load_cues()
    lo, hi = _subtree_span(list(subj.subtree))
    phrase = " ".join(doc_text(doc)[lo:hi].lower().split())
    return (
        phrase in cues.author_subjects
        # "We recorded seven significant incidents": the author's own count
        and (
            verb.lemma_.lower() in cues.author_verbs
            or verb.lemma_.lower() in cues.count_object_verbs
        )
        and not _quoted(doc, sent, verb.idx)
    )


# a claim span opening on the channel it was said on: "state television ORTM that C"
_CHANNEL_HEAD = re.compile(
    r"(?:(?:state|national|public|local|private|its|their|the)\s+)*(?:television|TV|radio|"
    r"website|channel|broadcaster|news\s+agency)\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])"
    r"[\w'’.-]*){0,3}\s+that\s+",
    re.IGNORECASE,
)
# (s18) "an MSS statement", "a new army communique": the issuer named before what it issued
_STATEMENT_OWNER = re.compile(
    rf"(?:an?|the)\s+(?:(?:{alternation(load_cues().statement_owner_adjectives)})\s+)?"
    r"((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:"
    + "|".join(sorted(load_cues().statement_nouns, key=len, reverse=True))
    + r")s?\s*",
    re.IGNORECASE,
)
# "a statement by", "a post issued by", "the latest report from": what a speaker issued
_ISSUED_BY = re.compile(
    r"(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(sorted(load_cues().statement_nouns, key=len, reverse=True))
    + r")s?\s+(?:(?:issued|released|published|signed|posted)\s+)?(?:by|from)\s+",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"\s*(?:[-*•]|\d{1,2}[.)])\s+")


def _after_list_mark(text: str, start: int, end: int) -> int:
    """Where a line's words begin, after a list mark ("- ", "2. ") opening it at ``start``."""
    mark = _LIST_MARK.match(text, start, end)
    return mark.end() if mark else start


@cache
def _author_frame() -> re.Pattern[str]:
    frames = sorted(cue_words("author_frames"), key=len, reverse=True)
    return re.compile(rf"(?i)\b(?:{alternation(frames)})\b")


def _author_voice_lemmas() -> frozenset[str]:
    """The verbs the author judges with that take a noun as well as a clause."""
    judging = load_cues().author_verbs - cue_words("author_clause_only_verbs")
    return judging | cue_words("author_voice_verbs")


def _author_voice_verb(verb: Token) -> bool:
    """A verb the author judges with: a judgement or confirmation ("expect", "could not
    confirm"), or a verb of regard with "as" ("we treat this as imminent"). (s22b) A verb
    of perceiving judges only an absence ("we see no sign of a truce", "we have not found
    any trace"), not what was witnessed ("we see smoke over the town"); a plan ("we will
    verify the figures") is no judgement."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    if not negated and any(
        c.dep_ == "aux" and c.lower_ in cue_words("plan_modals") for c in verb.children
    ):
        return False
    if lemma in cue_words("author_perception_verbs"):
        absent = negated or any(
            d.dep_ == "det" and d.lower_ in cue_words("absence_determiners")
            for c in verb.children
            if c.dep_ in ("dobj", "obj")
            for d in c.children
        )
        if absent:
            return True
    elif lemma in _author_voice_lemmas():
        return True
    return lemma in cue_words("author_regard_verbs") and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in verb.children
    )


def _speaker_label_before(doc: Doc, sent: Span, view: SentenceView, at: int) -> bool:
    """(s22b) "Commander Idris's spokesman: We expect to take the port": a colon before
    offset ``at`` in its sentence, after a person's name (a speaker's label in a
    transcript), hands what follows to that speaker, not to the report's author ("Outlook:
    we expect more raids", "Mali: we expect more raids" keep the author's)."""
    colon = doc_text(doc).rfind(":", sent.start_char, at)
    if colon < 0:
        return False
    return any(
        sl.actor_type == "person" and sent.start_char <= sl.start < colon for sl in view.slots
    ) or any(t.ent_type_ == "PERSON" and t.idx < colon for t in sent)


def _author_voice(
    doc: Doc, sent: Span, views: Sequence[SentenceView], view: SentenceView
) -> Claim | None:
    """(s22) A sentence the report's author heads in its own voice, where no one else is
    said to speak: "We expect more raids on the ferries", "We could not confirm the seizure
    of the depot", "We do not rate this as likely" (an ``author_subjects`` phrase subject of
    the sentence's main verb, a judging verb: :func:`_author_voice_verb`), or "The cartel,
    in our view, still moves cocaine by sea" (an ``author_frames`` phrase).
    Narrative "we" ("we visited the camp", "we spoke to residents") and a "we" inside a
    quotation or a subordinate clause ("a claim we consider doubtful") are not."""
    text = doc_text(doc)
    cues = load_cues()
    root = sent.root
    # the main verb, its coordinates, and a clause before a colon that the parser hung on
    # the verb after it ("We do not rate this as likely: the cartel has made such threats")
    verbs = [
        root,
        *(c for c in root.children if c.dep_ == "conj" or (c.dep_ == "ccomp" and c.i < root.i)),
    ]
    start: int | None = None
    for verb in verbs:
        if verb.pos_ not in ("VERB", "AUX") or not _author_voice_verb(verb):
            continue
        if verb.tag_ == "VBD":
            continue  # "we expected the convoy at noon": the narrative past, no judgement
        subj = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subj or _quoted(doc, sent, verb.idx):
            continue
        lo, hi = _subtree_span(list(subj[0].subtree))
        if _speaker_label_before(doc, sent, view, lo):
            continue
        if " ".join(text[lo:hi].lower().split()) in cues.author_subjects:
            # a coordinated clause ("the ministry denies this, and we have seen no proof"):
            # the author's words begin at its subject
            start = sent.start_char if verb is root or verb.i < root.i else lo
            break
    if start is None:
        frame = _author_frame().search(text, sent.start_char, sent.end_char)
        if (
            frame is None
            or _quoted(doc, sent, frame.start())
            or _speaker_label_before(doc, sent, view, frame.start())
        ):
            return None
        start = sent.start_char
    start = _after_list_mark(text, start, sent.end_char)
    return _make_claim(doc, views, view, (start, sent.end_char), Speaker(None, AUTHOR, ""), None)


def _author_estimate(
    doc: Doc,
    sent: Span,
    views: Sequence[SentenceView],
    view: SentenceView,
    after: int | None = None,
) -> Claim | None:
    """An unattributed sentence in which the author estimates with an ICD 203 word ("A
    renewed Pakistani air campaign in Khost would probably provoke Taliban retaliation"):
    the author's assessment, speaker kind ``author``. Bare modals ("may", "could") are not
    enough, nor a word inside a quotation. With ``after`` (the end of what others are said
    to have said), only a clause after a comma there: "X claimed 600 attacks, a figure we
    assess is probably inflated" (the author judges X's claim)."""
    cues = load_cues()
    text = doc_text(doc)
    if not any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj") for t in sent):
        return None
    lo = sent.start_char
    if after is not None:
        comma = re.compile(r"[^,;]{0,80}?[,;]\s+").match(text, after, sent.end_char)
        if comma is None or not any(
            t.pos_ in ("VERB", "AUX") and t.idx >= comma.end() for t in sent
        ):
            return None
        lo = comma.end()
    body = text[lo : sent.end_char]
    hits = [
        h
        for h in find_hedges(body, lo)
        if h.kind == "epistemic"
        and any(h.cue == c or h.cue.endswith(" " + c) for c in cues.estimative_cues)
        and not _quoted(doc, sent, h.start)
        and not _said_by_other(doc, h.start)
    ]
    if not hits:
        return None
    start = _after_list_mark(text, lo, sent.end_char)
    return _make_claim(doc, views, view, (start, sent.end_char), Speaker(None, AUTHOR, ""), None)


def _said_by_other(doc: Doc, at: int) -> bool:
    """(s25) Whether the word at offset ``at`` lies in the words of a reporting verb whose
    subject is not the author ("told AFP that ..., and that the raiders had probably come
    from the hills": the officer's estimate, not the report's; "a figure we
    assess is probably inflated" stays the author's)."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    cues = load_cues()
    t = span[0]
    # only through a that-clause ("told PTI that ..."): the parser also hangs a comment
    # after a comma on the verb before it ("claimed 600 attacks, a figure we assess is
    # probably inflated")
    that = False
    while t.head.i != t.i:
        that = that or any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        t = t.head
        if not that or t.pos_ not in ("VERB", "AUX") or t.lemma_.lower() not in cues.verbs:
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        # the nearest speaker above the word decides
        lo, hi = _subtree_span(list(subj[0].subtree))
        return " ".join(doc_text(doc)[lo:hi].lower().split()) not in cues.author_subjects
    return False


@cache
def _stance_likelihood() -> dict[str, str]:
    """ICD 203 labels of hedging reporting verbs ("believe": likely)."""
    labels = {b.id: b.label for b in load_ontology().claims.likelihood_scale}
    data = load_data("claim_cues.yaml").get("stance_likelihood") or {}
    return {str(verb): labels.get(str(band), str(band)) for verb, band in data.items()}


# an adverb of hearsay on the main verb: "X has reportedly sought", "Y allegedly funded"
_HEARSAY = re.compile(r"\b(?:reportedly|allegedly|purportedly|reputedly|supposedly)\b", re.I)
# the same words anywhere (a quick test that a sentence may hold one)
_HEARSAY_WORD = re.compile(r"reportedly|allegedly|purportedly|reputedly|supposedly", re.I)


def _reportedly(
    doc: Doc,
    sent: Span,
    views: Sequence[SentenceView],
    view: SentenceView,
    others: Sequence[Claim] = (),
) -> Claim | None:
    """An unattributed sentence whose main verb carries a hearsay adverb ("The Gulf Clan has
    reportedly sought to expand into the south"): what unnamed reports say, speaker kind
    ``reports``, hedged by the adverb. Not inside a quotation, nor an adverb of a subordinate
    clause."""
    text = doc_text(doc)
    if not _HEARSAY_WORD.search(text, sent.start_char, sent.end_char):
        return None  # no token of the sentence can be one
    for t in sent:
        if not (t.dep_ == "advmod" and _HEARSAY.fullmatch(t.text)):
            continue
        # (s18) "X is reportedly considering C; no decision has been taken", parsed with the
        # first clause a complement of the second: a clause that a semicolon closes
        semi = text.find(";", t.idx, sent.end_char)
        misparsed = t.head.dep_ == "ccomp" and t.head.head.idx > semi >= 0
        if (t.head.dep_ not in ("ROOT", "conj") and not misparsed) or t.head.pos_ not in (
            "VERB",
            "AUX",
        ):
            continue
        if _quoted(doc, sent, t.idx):
            continue
        start = _after_list_mark(text, sent.start_char, sent.end_char)
        speaker = Speaker(None, "reports", t.text)
        end = semi if misparsed else sent.end_char
        if others:
            # (s19) "The army is reportedly preparing C, and X threatened that D": the
            # hearsay clause is the reports', the conjoined clause that holds every other
            # claim of the sentence X's; the reports' claim ends before the conjunction
            conj = [c for c in t.head.children if c.dep_ == "conj" and c.i > t.i]
            if not conj or misparsed:
                continue
            lo = conj[0].left_edge
            cc = [c for c in t.head.children if c.dep_ == "cc" and c.i < conj[0].i]
            cut = min([lo.idx] + [c.idx for c in cc])
            if any(o.start < cut for o in others):
                continue
            end = cut
        for adv in t.head.children:
            # (s19) "C, although Gitega has never published a figure": a concession closing
            # the sentence is the author's, not what the reports say
            if (
                adv.dep_ == "advcl"
                and adv.i > t.i
                and any(
                    m.dep_ == "mark" and m.lower_ in cue_words("other_report_marks")
                    for m in adv.children
                )
            ):
                end = min(end, adv.left_edge.idx)
        claim = _make_claim(doc, views, view, (start, end), speaker, None)
        # (s19) the adverb is how the reports are known, not a name of who made them
        return replace(claim, speaker_text=None) if claim is not None else None
    return None


def _quoted_as_saying(verb: Token) -> bool:
    """(claims, s20) "a police spokesperson was quoted by the state news agency AIM as saying",
    "the colonel was cited by AFP as saying": the agent only carried the words (the claim's
    outlet); the one quoted, the passive subject, speaks."""
    return (
        quoting_verb_lemma(verb)
        and any(c.dep_ == "nsubjpass" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "as" and _as_saying(c) for c in verb.children)
    )


def _as_saying(prep: Token) -> bool:
    """ "as saying", "as warning": the preposition opens a verb of telling, not a noun ("cited
    by the governor as proof that C": the governor names C a proof, which stays his claim)."""
    return any(
        c.dep_ in ("pcomp", "pobj") and (c.tag_ == "VBG" or c.lower_ == "saying")
        for c in prep.children
    )


def _bare_content(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` is a bare noun phrase ("the toll", "their affiliation") or a
    question ("what form a response would take"), not a stated fact."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    if span[0].tag_ in ("WP", "WDT", "WRB", "WP$") or span[0].lower_ in ("whether", "if"):
        return True
    return not any(t.pos_ in ("VERB", "ADP", "NUM") for t in span) and len(span) <= 4


def _sentence_claims(
    doc: Doc,
    sent: Span,
    views: Sequence[SentenceView],
    view: SentenceView,
    earlier: Sequence[Claim] = (),
) -> list[Claim]:
    """The claims of one sentence; ``earlier``: those of the sentence before, in the same
    paragraph, which a denial opening this one may answer ("The group denies this")."""
    claims: list[Claim] = []
    s_start, s_end = sent.start_char, sent.end_char
    text = doc_text(doc)
    taken: list[tuple[int, int]] = []

    # 1. according to X
    for m in _ACCORDING.finditer(text, s_start, s_end):
        sp_start = m.end()
        sp_end = _source_end(text, sp_start, s_end)
        # "according to a statement by Air Commodore X": who issued the statement speaks
        issued = _ISSUED_BY.match(text, sp_start, sp_end)
        whole_start = sp_start
        if issued:
            sp_start = issued.end()
        # "according to an air force spokesman, Air Commodore Edward Gabkwet." — the name
        # in apposition closes the sentence and belongs to the speaker
        named = _APPOSED_NAME.match(text, sp_end, s_end)
        if named:
            sp_end = named.end(1)
        described = _APPOSED_KIND.match(text, sp_end, s_end)
        if described and re.search(r",\s*$", text[s_start : m.start()]):
            # "C, according to the AAPP, a rights group.": the apposition describes the
            # speaker and closes the sentence; the claim is C
            sp_end = described.end(1)
        speaker: Speaker | None = find_speaker(doc, views, view, sp_start, sp_end)
        if speaker is None and sp_start > whole_start:
            # "according to a report by The Hindu": an issuer no actor names; the report
            # speaks, under the name the text gives it
            speaker = find_speaker(doc, views, view, whole_start, sp_end)
        if speaker is None:
            # (s18) "according to an MSS statement", "according to an army communique": the
            # word before the statement noun names who issued it
            owner = _STATEMENT_OWNER.fullmatch(text, whole_start, sp_end)
            if owner is not None:
                speaker = find_speaker(doc, views, view, owner.start(1), owner.end(1))
        if speaker is None:
            continue
        before = text[s_start : m.start()]
        # "The group, which has an estimated 7,000 fighters according to UN experts, is led
        # by X": the source vouches for the relative clause only, about its antecedent
        relative = _RELATIVE_BEFORE.search(before)
        about: list[str] = []
        if relative is not None and re.match(r"\s*,", text[sp_end:s_end]):
            span = (s_start + relative.start(1), s_start + relative.end(1))
            at = s_start + relative.start()
            prior = [s for s in view.slots if s.kind == "actor" and s.end <= at]
            ref = (
                prior[-1]
                if prior
                else resolve_reference(views, view.index, at, "the group")
                if _GROUP_NOUN.search(text[s_start:at])
                else None
            )
            if ref is not None and ref.key:
                about.append(ref.key)
        elif re.fullmatch(
            r"\s*(?:(?:However|But|And|Moreover|Yet|Also|Indeed|Still)\s*,?\s*)?", before
        ):
            span = (sp_end, s_end)
        elif (
            re.search(r",\s*$", before)
            and (
                re.fullmatch(r"\s*[.;]?\s*", text[sp_end:s_end])
                # "C, according to the group; the figures could not be verified": the
                # source closes its clause and the sentence goes on after a semicolon
                or re.match(r"\s*;", text[sp_end:s_end])
                # "C, according to a UN report, while D": a new clause follows the source
                or re.match(
                    r"\s*[,;]\s*(?:while|whereas|but|yet|though|although|even\s+though)\b",
                    text[sp_end:s_end],
                )
                # (s18) "C, according to X, in the worst raid this year" / "C, according to
                # X, and D": the source attaches to the verb of the clause before it, and
                # what follows is the author's (a trailing phrase or another clause)
                or _source_on_clause_before(doc, m.start(), s_start, text[sp_end:s_end])
            )
        ):
            # "No group claimed the strike; two fighters were wounded, according to X": X
            # vouches for the clause after the last semicolon, not for the one before it
            semi = before.rfind(";")
            c_from = s_start + semi + 1 if semi >= 0 else s_start
            span = _reported_clause(doc, c_from, m.start()) or (c_from, m.start())
        else:
            head = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            verb = head.root.head if head is not None else None
            if verb is not None and verb.pos_ in ("VERB", "AUX"):
                toks = [t for t in verb.subtree if t.idx >= sp_end]
                span = _subtree_span(toks) if toks else (sp_end, s_end)
            else:
                nxt = re.search(r"[,;.]", text[sp_end + 1 : s_end])
                span = (sp_end, sp_end + 1 + nxt.start()) if nxt else (sp_end, s_end)
        via = speaker.via or find_via(
            doc, view, sp_start, min(sp_end + 40, s_end), speaker=speaker.key
        )
        cited = _CITING.match(text, sp_end, s_end)
        if cited is not None:
            # "According to the AP, citing local officials, C": the officials speak, through
            # the outlet that cites them
            source = find_speaker(doc, views, view, cited.start(1), cited.end(1))
            if source is not None:
                named = re.match(r"(?:the\s+)?", text[sp_start:sp_end], re.IGNORECASE)
                o_start = sp_start + (named.end() if named else 0)
                via = (
                    outlet_name(view, text[o_start:sp_end], o_start)
                    or speaker.key
                    or text[o_start:sp_end]
                )
                speaker = source
                if span[0] <= cited.start() < span[1]:
                    span = (max(span[0], cited.end()), span[1])
        if relative is None and re.search(
            r"\bwhich\b", text[max(s_start, m.start() - 12) : m.start()]
        ):
            prior = [s for s in view.slots if s.kind == "actor" and s.end <= m.start()]
            if prior and prior[-1].key:
                about.append(prior[-1].key)
        claim = _make_claim(doc, views, view, span, speaker, via, extra_about=about)
        if claim is not None:
            claims.append(claim)
            taken.append((claim.start, claim.end))

    # 2. reporting verbs
    cues = load_cues()
    for c_start, c_end, verb, about_key in _verb_claims(doc, sent, views, view):
        subj, passive = speaker_token(verb)
        if subj is None:
            continue
        if (
            verb.lemma_.lower() in cues.label_verbs
            and verb.tag_ == "VBG"
            and any(c.start <= subj.idx < c.end for c in claims)
        ):
            # "denied that Tehran supplies the Houthis ..., calling the accusation baseless":
            # the participle is the speaker's, not said by someone inside what was denied
            continue
        # "A regional official, who asked not to be named, said": the relative clause
        # describes the speaker and is no part of its name
        relcl = {t.i for r in subj.subtree if r.dep_ == "relcl" and r.i > subj.i for t in r.subtree}
        # (s18) "The Southern Front — a coalition founded in 2021 — claimed": an indefinite
        # description in apposition is no part of the name either
        relcl |= {
            t.i
            for r in subj.children
            if r.dep_ == "appos"
            and r.i > subj.i
            and subj.pos_ == "PROPN"  # ("One of them, a local official, said": the speaker)
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in r.children)
            for t in r.subtree
        }
        name_toks = [t for t in subj.subtree if t.i not in relcl and not (relcl and t.is_punct)]
        sp_start, sp_end = _subtree_span(name_toks or [subj])
        if sp_start < verb.idx:
            sp_end = min(sp_end, verb.idx)  # a clause after the subject is not its name
        while sp_end > sp_start and text[sp_end - 1] in ", —–":
            sp_end -= 1
        closing = (
            re.fullmatch(r",\s*([^,;]{2,100}?)\s*", text[c_end : verb.idx])
            if c_end <= verb.idx
            else None
        )
        if closing is not None and re.match(r"[\w(]", closing.group(1)) and subj.idx < c_end:
            # "C, the agency (NISA) said", parsed with another subject for "said": the words
            # between the claim and the verb name who said it
            sp_start, sp_end = c_end + closing.start(1), c_end + closing.end(1)
        negated = any(c.dep_ == "neg" for c in verb.children)
        # "did not say what form a response would take", "never acknowledged the strike":
        # nothing is asserted; only "did not confirm" a stated fact (a clause or a noun with
        # its complement: "the loss of the base") leaves it unconfirmed; (s19b) "a claim the
        # army has not denied", "which the rebels did not deny": no denial was made either
        if negated and (
            verb.lemma_.lower() not in cues.confirming_verbs or _bare_content(doc, c_start, c_end)
        ):
            continue
        if verb.lemma_.lower() in cues.rejection_verbs and _bare_content(doc, c_start, c_end):
            # "Fano leaders have so far rejected negotiations": a refusal of a proposal, not a
            # denial of a fact ("rejected the allegation" is one: the claim it rejects)
            head = doc.char_span(c_start, c_end, alignment_mode="expand")
            if head is not None and head.root.lemma_.lower() not in cues.denial_objects:
                continue
        agents = [c for c in verb.children if c.dep_ == "agent"]
        if (
            passive
            and agents
            and verb.lemma_.lower() not in cues.addressee_verbs
            and not _quoted_as_saying(verb)
        ):
            # "X has been accused by Y of Z": Y speaks, about X; "by an official who asked
            # not to be named": the relative clause describes Y and is no part of its name
            a_start, a_end = _subtree_span(
                [t for t in agents[0].subtree if t.idx < c_start] or list(agents[0].subtree)
            )
            rel = [t for t in agents[0].subtree if t.dep_ == "relcl"]
            if rel:
                a_end = min(a_end, rel[0].left_edge.idx)
            while a_end > a_start and text[a_end - 1] in ", ":
                a_end -= 1
            # (s18) "accused by the UN of C", parsed with "of" on the agent: not its name
            opening = re.search(r"\s+(?:of|for)$", text[a_start:a_end])
            if opening is not None:
                a_end = a_start + opening.start()
            speaker = find_speaker(doc, views, view, a_start + len("by "), a_end)
        elif passive and quoting_verb_lemma(verb):
            # "a commander was quoted in a video vowing C": the one quoted speaks; who
            # quoted him, or where, is the claim's outlet
            speaker = find_speaker(doc, views, view, sp_start, sp_end)
        elif passive and not agents and _estimated_at(verb) is not None:
            speaker = Speaker(None, "reports", "")  # "is estimated at N": unattributed
        elif passive and not agents and (_unagented_infinitive(verb) or (-1, -1))[0] == c_start:
            # "the group is said to hold 40 hostages": unnamed reports say it of the group;
            # "is widely believed to enjoy": a view held, as "it is believed that"
            believed = verb.lemma_.lower() in ("believe", "think", "understand", "assume", "fear")
            speaker = Speaker(None, "views" if believed else "reports", "")
        elif passive and verb.lemma_.lower() in cues.accusing_verbs:
            # "X has been accused of Z": the accused is not who accuses, nor is the verb
            speaker = Speaker(None, "sources", "")
        elif passive and verb.lemma_.lower() in cues.addressee_verbs:
            # "the Monitoring Team was informed that C": the team heard C; its source is the
            # agent ("by Member States") or unnamed
            agent = [c for c in verb.children if c.dep_ == "agent"]
            if agent:
                a_start, a_end = _subtree_span(list(agent[0].subtree))
                speaker = find_speaker(doc, views, view, a_start + len("by "), a_end)
            else:
                speaker = Speaker(None, "sources", "")  # unnamed: the verb names no one
        elif _author_speaks(doc, sent, subj, verb):
            speaker = Speaker(None, AUTHOR, text[sp_start:sp_end])
        else:
            # (s25) "The pamphlet, signed by the front, said": a document that names its
            # issuer speaks for it, whatever words of a source kind it holds ("press")
            by_issuer = _named_issuer(doc, views, view, subj) if subj.pos_ == "NOUN" else None
            speaker = by_issuer or find_speaker(doc, views, view, sp_start, sp_end)
            if speaker is None and _named_outlet_phrase(text, sp_start, sp_end):
                # "Radio Maendeleo reported C": an outlet no actor names speaks as the media
                speaker = Speaker(None, "media", text[sp_start:sp_end])
            if speaker is None and subj.pos_ == "NOUN":
                # (s19) "The video also threatened attacks on Maiduguri": a recording speaks
                # for whoever released it, through itself
                speaker = _document_owner(doc, views, view, subj)
            if speaker is None and subj.pos_ == "PRON":
                # "Police recovered what they described as rockets": a pronoun no actor
                # stands for names the subject of the clause it is said in
                outer = _outer_subject(verb, subj)
                if outer is not None:
                    o_start, o_end = _subtree_span(list(outer.subtree))
                    speaker = find_speaker(doc, views, view, o_start, min(o_end, verb.idx))
            if speaker is None and subj.pos_ == "PRON" and subj.i == sent.start:
                # (s25) 'A trader told AFP that C. He said D': the unnamed source goes on
                speaker = _voice_going_on(subj.text, earlier)
            if speaker is None and subj.pos_ == "PROPN" and absolute_with(verb) is not None:
                # (s18) "with one local NGO, the CRDH, counting 41 bodies": a body's name no
                # actor resolves still says what it counted
                speaker = Speaker(None, "organisations", text[sp_start:sp_end].strip(" ,"))
        if speaker is None:
            continue
        # the outlet: in the speaker phrase ("sources quoted by Reuters"), between the verb
        # and the claim ("told Reuters that"), or after a claim that comes first
        windows = [(sp_start, sp_end)]
        for talked in _spoke_to_clauses(subj):
            # (s25) "Residents who spoke to Reuters said C": the outlet the speakers talked
            # to, named in a relative clause on them, carried their words
            windows.append(_subtree_span(list(talked.subtree)))
        # "denied involvement in a phone interview with radio X", "claimed the attack in a
        # Telegram post": the channel phrase closing the claim is how it was said, not what
        tail = _CHANNEL_TAIL.search(text, c_start, c_end)
        semi = text.find(";", c_start, c_end)
        if tail is None and semi > c_start:
            # "claimed that ambush via its Kawthoolei agency; the army blamed X": the channel
            # closes the claim at the semicolon, and what follows is another's clause
            tail = _CHANNEL_TAIL.search(text, c_start, semi)
            if tail and tail.start() > c_start:
                c_end = semi
        if (
            tail
            and re.match(r",?\s+(?:via|through)\s+[A-Z]", tail.group())
            and find_via(doc, view, tail.start(), tail.end()) is None
        ):
            tail = None  # "said the convoy passed through Mosul": a place, no outlet
        if tail and tail.start() > c_start and tail.end() >= c_end - 1:
            windows.append((tail.start(), s_end))
            c_end = tail.start()
        if c_start > verb.idx:
            windows.append((verb.idx, c_start))
        else:
            windows.append((verb.idx, s_end))
        if passive:
            agent = [c for c in verb.children if c.dep_ == "agent"]
            if agent:
                # (s20) "was quoted by the state news agency NAN as saying": from the verb,
                # so that the cue reads the name after the outlet's description
                at = verb.idx if _quoted_as_saying(verb) else agent[0].idx
                windows.insert(0, (at, agent[0].idx + 60))
        if (
            c_start > verb.idx
            and verb.dep_ in ("advcl", "acl", "conj")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            # (s18) "..., with one rights group counting 21 bodies": the group's own words,
            # not carried by the outlet of the clause it closes
            and with_absolute_subject(verb) is None
        ):
            # "claimed the attack in a statement on its Amaq agency, saying C"
            windows.append((s_start, verb.idx))
        if _FRONTED_OUTLET.match(text, s_start, sp_start):
            # "In a statement published by its Amaq News Agency, the group said C"
            windows.append((s_start, sp_start))
        for part in verb.subtree:
            if c_start < part.idx < c_end and misplaced_participle(part) == verb:
                # "denied that C, telling Reuters that D": D is a claim of its own
                c_end = part.idx
        via = speaker.via or _best_via(doc, view, windows, speaker)
        if verb.lemma_.lower() == "tell" and via is None:
            objs = [c for c in verb.children if c.dep_ in ("dobj", "dative", "obj")]
            if objs:
                o_start, o_end = _subtree_span(list(objs[0].subtree))
                via = outlet_name(view, text[o_start : o_start + 60], o_start)
                if (
                    via is None
                    and speaker.key is None
                    and all(t.pos_ == "PROPN" or t.is_punct for t in objs[0].subtree)
                ):
                    # "a military source told L'Orient-Le Jour": an unnamed source tells a
                    # named party what it says, which is the outlet
                    via = text[o_start:o_end]
        if via is None:
            via = _carrier_of_clause(verb)
        quoter = _quoting_party(doc, view, verb)
        if quoter is not None:
            via = quoter  # "SUNA quoted the governor as saying C": SUNA carried it
        citing = _cited_source(
            doc, views, view, sent, verb, speaker, (sp_start, sp_end), (c_start, c_end)
        )
        if citing is not None:
            # "Mizzima reported, citing residents, that C": the residents speak, through
            # the outlet that cites them
            speaker, cited_via, c_start = citing
            via = cited_via or via
        via = _with_parsed_via(doc, view, verb, speaker, via)
        stance = cues.verbs.get(verb.lemma_.lower())
        extra = [verb.text.lower()] if stance == "hedged" else []
        accusation: tuple[int, int] | None = None
        if verb.lemma_.lower() in cues.confirming_verbs and any(
            c.dep_ == "neg" for c in verb.children
        ):
            # "The junta did not confirm the loss of the town": C is unconfirmed by the
            # speaker, not asserted
            extra.append(UNVERIFIED)
        if stance == "denial":
            # "denied any involvement": the claim text is what is denied; the hedge
            # ``denied`` stays among the hedges beside the claim's stance
            extra.append(DENIED)
            # "denied that any of its members had been killed and accused the police of
            # executing civilians": the accusation is a claim of its own, not denied
            second = _THEN_ACCUSED.search(text, c_start, c_end)
            if second and second.start() > c_start:
                accusation = (second.start(1), c_end)
                c_end = second.start()
        # "We assess with high confidence that C", "We judge it likely that C": the words
        # between the verb and its claim hedge it too
        frame_end = verb.idx + len(verb.text)
        frame = (
            [h for h in find_hedges(text[frame_end:c_start], frame_end) if h.kind != "negation"]
            if c_start > frame_end
            else []
        )
        if c_end <= verb.idx and verb.lemma_.lower() in cues.author_verbs:
            # "C; we judge this a moderate-likelihood scenario": the estimate after the verb
            frame = [
                h for h in find_hedges(text[frame_end:s_end], frame_end) if h.kind != "negation"
            ]
        # "accuse Eritrea of arming Fano, an allegation Asmara denies": the counter-claim
        # closing the claim is the other party's denial of it, not part of it
        counter = _COUNTER_DENIAL.search(text, c_start, c_end)
        if counter is None and c_end < s_end:
            # "accused the Assam Rifles of shielding militants, a charge the force rejects.":
            # the counter-claim after the claim's words, closing the sentence
            close = len(text[c_end:s_end].rstrip(' \n.!?"”'))
            counter = _COUNTER_DENIAL.match(text, c_end, c_end + close)
        denier: Speaker | None = None
        who = (
            doc.char_span(counter.start("who"), counter.end("who"), alignment_mode="expand")
            if counter
            else None
        )
        if who is not None and any(t.dep_ == "neg" or t.tag_ == "MD" for t in who):
            # (s19b) "a claim the army has not denied", "a charge the ministry could not
            # refute": the counter-claim is cut, but no denial was made
            c_end = min(c_end, counter.start()) if counter else c_end
        elif counter and counter.start() > c_start:
            denier = find_speaker(doc, views, view, counter.start("who"), counter.end("who"))
            answering = (
                _accused(verb)
                if counter.group("who").lower() in cues.answering_pronouns
                and verb.lemma_.lower() in cues.accusing_verbs
                else None
            )
            if answering is not None:
                # (s18) "X stands accused by Y of C, an accusation it rejects": the pronoun
                # is the accused, not the accuser it would resolve to as the last named
                a_start, a_end = _subtree_span(
                    [t for t in answering.subtree if t.i < verb.i] or [answering]
                )
                # (never the accuser: an accused that no name resolves makes no denial)
                denier = find_speaker(doc, views, view, a_start, a_end)
            c_end = min(c_end, counter.start())
        claim = _make_claim(
            doc,
            views,
            view,
            (c_start, c_end),
            speaker,
            via,
            extra,
            extra_about=[about_key] if about_key else (),
            frame=frame,
        )
        if claim is None or any(
            c.start == claim.start
            and c.end == claim.end
            and (c.speaker, c.speaker_kind) == (claim.speaker, claim.speaker_kind)
            for c in claims
        ):
            continue
        if claim.likelihood is None and stance == "hedged":
            # "the army believes that C": a belief holds C likely (a hedging verb with a band
            # of its own in claim_cues.yaml's stance_likelihood)
            band = _stance_likelihood().get(verb.lemma_.lower())
            if band is not None:
                claim = replace(claim, likelihood=band)
        if stance:
            # the reporting verb's class: "denied C" is a denial of C, not C
            claim = replace(claim, stance=stance)
        claims.append(claim)
        # (s18) the hearsay a denial answers, right before the claim: "denies reports that C"
        hearsay = cues.hearsay_object.search(text, max(s_start, claim.start - 40), claim.start)
        if stance == "denial" and hearsay is not None:
            # (s18) "MSS denies reports that C": unnamed reports said C, which is denied
            claims.append(
                replace(
                    claim,
                    speaker=None,
                    speaker_kind="reports",
                    speaker_text=hearsay.group(1),
                    via=None,
                    stance="neutral",
                    hedges=_distinct_hedges([*claim.hedges]),
                )
            )
        if denier is not None:
            denied = _make_claim(doc, views, view, (c_start, c_end), denier, None, [DENIED])
            if denied is not None:
                claims.append(replace(denied, stance="denial"))
        if accusation is not None:
            # (the verb stays in the text: "accused the police of executing civilians")
            accused = _make_claim(
                doc,
                views,
                view,
                accusation,
                speaker,
                via,
                extra_about=[about_key] if about_key else (),
            )
            if accused is not None:
                claims.append(replace(accused, stance="accusation"))

    # 2b. "Sources at the regional hospital report at least 50 killed", with "report" read
    # as a noun by the parser: a source phrase opening the sentence, then the verb
    misread = _MISREAD_REPORT.match(text, s_start, s_end)
    stop = re.search(r"[;:]|$", text[misread.end() : s_end]) if misread is not None else None
    if misread is not None and stop is not None:
        c_end = misread.end() + stop.start()
        speaker = find_speaker(doc, views, view, misread.start("who"), misread.end("who"))
        if (
            speaker is not None
            and speaker.key is None
            and speaker.kind != AUTHOR
            and not any(c.start < c_end and misread.end() < c.end for c in claims)
        ):
            claim = _make_claim(doc, views, view, (misread.end(), c_end), speaker, None)
            if claim is not None:
                claims.append(claim)

    # 2c. (s18) a quotation opening the sentence, then who said it: '"C," a resident told
    # X by phone', '"C," said the commander' (the parser often reads the speaker into C)
    misquoted = [c for c in claims if re.search(r"[\"“”]", c.speaker_text or "")]
    quoted = _quote_first(
        doc, sent, views, view, [c for c in claims if c not in misquoted], earlier
    )
    if quoted is not None:
        # a speaker phrase holding a quotation mark is the quotation misread as its speaker
        claims = [
            c
            for c in claims
            if c not in misquoted or not (c.start < quoted.end and quoted.start < c.end)
        ]
        claims.append(quoted)

    # 2d-2g. (s18) structures tried in turn while the sentence gave no claim:
    # 2d "C, the district police officer said.¹": a closing "X said" the tokenizer glued to
    #    a footnote mark, so that no verb was parsed;
    # 2e "Commonly cited estimate: roughly 12,000 members": a source labelling a line;
    # 2f "a blow widely seen as the junta's worst defeat": a view held, unattributed;
    # 2g "The RSO did not respond to requests for comment": the subject's silence
    for fallback in (_said_before_note, _source_label, _widely_held, _no_comment):
        if claims:
            break
        found = fallback(doc, sent, views, view)
        if found is not None:
            claims.append(found)

    # 3. impersonal: "it is believed that C"
    for m in _IMPERSONAL.finditer(text, s_start, s_end):
        kind = (
            "views"
            if m.group("verb") in ("believed", "thought", "understood", "assumed", "feared")
            else "reports"
        )
        speaker = Speaker(None, kind, text[m.start() : m.end("verb")])
        claim = _make_claim(
            doc,
            views,
            view,
            (m.end(), s_end),
            speaker,
            None,
            extra_hedges=[f"it is {m.group('verb')}"],
        )
        if claim is not None:
            claims.append(claim)

    # 4. the author's own estimate, in a sentence no one else is said to have said
    author = _author_estimate(
        doc, sent, views, view, max((c.end for c in claims), default=None) if claims else None
    )
    if author is not None:
        claims.append(author)
    elif not claims:
        voice = _author_voice(doc, sent, views, view)
        if voice is not None:
            claims.append(voice)
    # 5. "X has reportedly sought to expand": unnamed reports, in a sentence no one is said
    # to have said and the author does not judge
    rumour = _reportedly(doc, sent, views, view, claims)
    if rumour is not None:
        claims.append(rumour)
    claims.extend(_denied_before(doc, sent, views, view, claims, earlier))
    claims = _countered_in_relative(doc, views, view, claims)
    claims = [_sentential_which(doc, sent, c, claims) for c in claims]
    claims = _attested_in_apposition(doc, views, view, claims)
    claims = _co_speakers(doc, views, view, claims)
    claims = _conjoined_reports(doc, claims)
    claims = [c for c in claims if not _held_by_another(c, claims)]
    return [_unverified_after(text, c, claims, s_end) for c in claims]


def _co_speakers(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, claims: list[Claim]
) -> list[Claim]:
    """(s19) "Human Rights Watch and Amnesty International accused the army of C", "Rwanda
    is accused by the UN and by Kinshasa of C": each coordinated subject or agent that is an
    actor of its own makes the same claim."""
    text = doc_text(doc)
    out = list(claims)
    for c in claims:
        if not c.speaker or c.speaker_kind not in ("actor", "person"):
            continue
        for slot in view.slots:
            if slot.kind != "actor" or slot.key != c.speaker or c.start <= slot.start < c.end:
                continue
            span = doc.char_span(slot.start, slot.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            if head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ != "relcl":
                others = list(head.conjuncts)
            elif head.dep_ == "pobj" and head.head.dep_ in ("agent", "conj"):
                others = [
                    p
                    for by in head.head.conjuncts
                    for p in by.children
                    if p.dep_ == "pobj" and p.i != head.i
                ]
            else:
                continue
            for other in others:
                toks = [t for t in other.subtree if t.dep_ not in ("cc", "conj") or t is other]
                lo, hi = _subtree_span(toks)
                speaker = find_speaker(doc, views, view, lo, hi)
                if speaker is None or not speaker.key or speaker.key == c.speaker:
                    continue
                if any(o.speaker == speaker.key and o.start == c.start for o in out):
                    continue
                out.append(
                    replace(
                        c, speaker=speaker.key, speaker_kind=speaker.kind, speaker_text=text[lo:hi]
                    )
                )
            break
    return out


def _document_owner(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, noun: Token, depth: int = 0
) -> Speaker | None:
    """(s19) Who speaks through a recording or document that is a reporting verb's subject:
    the agent of its participle ("A video circulated by the ADF claimed C"), else, for "the
    video" / "this statement", the subject of the verb that released one in this sentence or
    the one before ("ISWAP released a video ... The video also threatened C"); its channel is
    the claim's outlet."""
    channel = _channel_of(noun)
    if channel is None:
        return None
    issuer = _named_issuer(doc, views, view, noun)
    if issuer is not None:
        return issuer
    definite = cue_words("document_determiners")
    if not any(c.dep_ == "det" and c.lower_ in definite for c in noun.children):
        return None
    earlier = _earlier_document(doc, views, view, noun, channel, depth)
    if earlier is not None:
        return replace(earlier, via=channel)
    releasing = cue_words("release_verbs")
    for v in (view, views[view.index - 1] if view.index > 0 else None):
        if v is None:
            continue
        span = doc.char_span(v.start, v.end, alignment_mode="expand")
        for t in span if span is not None else ():
            if t.idx >= noun.idx or t.lemma_.lower() not in releasing:
                continue
            objs = [o for o in t.children if o.dep_ in ("dobj", "obj")]
            if not objs or frame_channels().get(objs[0].lemma_.lower()) != channel:
                continue
            subj = [x for x in t.children if x.dep_ == "nsubj"]
            if subj:
                lo, hi = _subtree_span(list(subj[0].subtree))
            else:
                # "On 22 March ISWAP released a video", the name parsed into the date's phrase:
                # the actor named last before the verb
                before = [sl for sl in v.slots if sl.kind == "actor" and sl.end <= t.idx]
                if not before:
                    continue
                lo, hi = before[-1].start, before[-1].end
            found = find_speaker(doc, views, v, lo, hi)
            if found is not None:
                return replace(found, via=channel)
    return None


@cache
def _possessive_pronouns() -> dict[str, str]:
    """ "its" → "it": the personal pronoun a possessive stands for (``possessive_pronouns``)."""
    data = load_data("claim_cues.yaml").get("possessive_pronouns") or {}
    return {str(k).lower(): str(v) for k, v in data.items()}


def _spoke_to_clauses(subj: Token | None) -> list[Token]:
    """(s25) Relative clauses of speaking on a speaker's head noun ("residents who spoke to
    BBC Hausa", "a trader who talked to AFP by phone"): where the outlet may be named."""
    if subj is None:
        return []
    verbs = cue_words("spoke_to_verbs")
    return [c for c in subj.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs]


def _channel_of(noun: Token) -> str | None:
    """The channel a document noun is ("footage" → "a video"), None for any other noun."""
    return frame_channels().get(noun.lemma_.lower()) or frame_channels().get(noun.lower_)


@cache
def _issuing_verbs() -> frozenset[str]:
    """(s25) Participles whose agent issued a document (``release_verbs``,
    ``issuer_participles`` and ``issuer_agent_participles``): "issued by", "signed by",
    "written by"; not "seen by" nor "obtained by"."""
    return (
        cue_words("release_verbs")
        | cue_words("issuer_participles")
        | cue_words("issuer_agent_participles")
    )


def _named_issuer(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, noun: Token
) -> Speaker | None:
    """(s25) The issuer a document noun's own phrase names, speaking through the document's
    channel: the agent of its participle ("A video circulated by the ADF claimed C"), a
    participle's "to"-phrase ("a statement attributed to the front") or its possessor ("the
    commission's statement", "its statement")."""
    channel = _channel_of(noun)
    if channel is None:
        return None
    for acl in (c for c in noun.children if c.dep_ == "acl"):
        if acl.lemma_.lower() not in _issuing_verbs():
            # "a dossier seen by X", "a report obtained by X": who saw or obtained a
            # document did not issue it, and does not speak through it
            continue
        for agent in (a for a in acl.children if a.dep_ == "agent"):
            found = _agent_speaker(doc, views, view, agent)
            if found is not None:
                # "a statement issued by the defence ministry": an issuer no actor names
                # speaks as its kind ("officials")
                return replace(found, via=channel)
    issuer = _document_issuer(doc, views, view, noun)
    return replace(issuer, via=channel) if issuer is not None else None


def _document_issuer(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, noun: Token
) -> Speaker | None:
    """(s25) The issuer a document's own phrase names besides an agent: a participle's
    "to"-phrase ("a statement attributed to the front", "a message credited to its leader")
    or a possessor ("the commission's statement"; "its statement" → what "it" stands for)."""
    for acl in (c for c in noun.children if c.dep_ == "acl"):
        if acl.lemma_.lower() not in cue_words("issuer_participles"):
            continue
        for prep in (p for p in acl.children if p.dep_ == "prep" and p.lower_ == "to"):
            found = _agent_speaker(doc, views, view, prep)
            if found is not None and found.key:
                return found
    for poss in (c for c in noun.children if c.dep_ == "poss"):
        if poss.pos_ == "PRON":
            word = _possessive_pronouns().get(poss.lower_)
            ref = resolve_reference(views, view.index, poss.idx, word) if word else None
            if ref is not None and ref.key:
                kind = "person" if ref.actor_type == "person" else "actor"
                return Speaker(ref.key, kind, ref.text, ref.actor_type)
            continue
        lo, hi = _subtree_span(list(poss.subtree))
        hi = min(hi, noun.idx)
        while hi > lo and doc_text(doc)[hi - 1] in "’'s ":
            hi -= 1
        found = find_speaker(doc, views, view, lo, hi)
        if found is not None and found.key:
            return found
    return None


def _earlier_document(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    noun: Token,
    channel: str,
    depth: int,
) -> Speaker | None:
    """(s25) "In a leaflet handed out on Monday, the front said X ... The leaflet also
    accused C", "In the latest edition of its newsletter, the group claimed X ... The same issue
    warned C": a definite document noun stands for the nearest document of the same
    channel named before it (this sentence or the two before), whose issuer speaks: the
    subject of the verb the earlier mention is the frame of ("in a statement, X said"),
    or, where the earlier document was itself a verb's subject, that document's issuer."""
    if depth > 1:
        return None
    frames = cue_words("frame_openers")
    for back in range(0, 3):
        if view.index - back < 0:
            break
        v = views[view.index - back]
        span = doc.char_span(v.start, v.end, alignment_mode="expand")
        toks = [t for t in (span if span is not None else ()) if t.i < noun.i]
        for t in reversed(toks):
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            if _channel_of(t) != channel:
                continue
            found: Speaker | None = None
            if t.dep_ == "pobj" and t.head.lower_ in frames and t.head.head.pos_ in ("VERB", "AUX"):
                verb = t.head.head
                subj = [x for x in verb.children if x.dep_ == "nsubj"]
                if subj and subj[0].i != t.i:
                    lo, hi = _subtree_span(list(subj[0].subtree))
                    found = find_speaker(doc, views, v, lo, hi)
            elif t.dep_ == "nsubj":
                found = _document_owner(doc, views, v, t, depth + 1)
            if found is not None and found.key:
                return found
            return None  # the nearest earlier document decides
    return None


def _attesting_apposition(t: Token) -> Token | None:
    """(s19) The agent of ``t`` when ``t`` is the participle of attesting of an apposition
    ("the granaries, a tactic *reported* by HRW": "by"); else None."""
    noun = t.head
    if not (
        t.dep_ == "acl"
        and t.tag_ == "VBN"
        and t.lemma_.lower() in cue_words("attesting_verbs")
        and (
            (noun.dep_ == "appos" and noun.head.pos_ in ("NOUN", "PROPN"))
            # (s19b) "The militia forced children into its ranks, a practice documented by
            # HRW": the apposition to the whole clause, parsed as a modifier of its verb
            or (
                noun.dep_ == "npadvmod"
                and noun.pos_ == "NOUN"
                and noun.head.pos_ == "VERB"
                and noun.i > noun.head.i
                and noun.left_edge.i > 0
                and noun.doc[noun.left_edge.i - 1].text in (",", "—", "–", "-")
            )
        )
    ):
        return None
    return next((a for a in t.children if a.dep_ == "agent"), None)


def _agent_speaker(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, agent: Token
) -> Speaker | None:
    """Who the words after "by" of an agent phrase name ("reported by Human Rights Watch")."""
    lo, hi = _subtree_span([t for t in agent.subtree if t.i > agent.i])
    return find_speaker(doc, views, view, lo, hi)


def _attested_clause(doc: Doc, appos: Token) -> tuple[int, int]:
    """(s19b) What an apposition of attesting says was attested, where no one else is said to
    have said it: the clause it closes ("The militia burned the granaries, a tactic reported
    by HRW": "The militia burned the granaries"), else the noun it describes ("Forced
    recruitment, a practice documented by the UN, rose": "Forced recruitment"); (0, 0) for
    any other noun."""
    about = appos.head
    last = max(t.i for t in appos.subtree)
    sent = appos.sent
    if (
        all(t.is_punct for t in doc[last + 1 : sent.end])
        and appos.left_edge.i > sent.start
        and doc[appos.left_edge.i - 1].text in (",", "—", "–", "-")
    ):
        # closing the sentence after a comma or dash, it sums up the whole clause, wherever
        # the parser hung it ("The RSF shelled the camp, an atrocity documented by the UN",
        # parsed on "RSF")
        lo = sent.start_char
    elif about.dep_ in ("nsubj", "nsubjpass") and about.pos_ == "NOUN":
        lo = about.left_edge.idx
    else:
        # "looted shops in Bria, a pattern recorded by the UN, and burned ...": a place or a
        # thing inside the clause is not what was attested
        return (0, 0)
    return lo, _trim_back(doc_text(doc), lo, appos.left_edge.idx)


def _attested_in_apposition(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, claims: list[Claim]
) -> list[Claim]:
    """(s19) "C for forced recruitment—a practice documented by the UN Group of Experts since
    2023", "Villagers said the militia burned the granaries, a tactic reported by HRW": an
    apposition whose participle of attesting has an agent is that agent's claim about the
    noun it describes, and no part of the claim it closes. (s19b) In a sentence no one is
    said to have said ("The militia burned the granaries, a tactic reported by HRW"), the
    agent's claim is the clause the apposition closes."""
    text = doc_text(doc)
    out: list[Claim] = []
    for c in claims:
        span = doc.char_span(c.start, c.anchor.end, alignment_mode="contract")
        found = None
        for t in span if span is not None else ():
            agent = _attesting_apposition(t)
            if agent is None:
                continue
            cut = t.head.left_edge.idx
            if c.start < cut < c.end:
                found = (t.head, agent, cut)
                break
        if found is None:
            out.append(c)
            continue
        appos, agent, cut = found
        out.append(_cut_at(text, c, _trim_back(text, c.start, cut)))
        speaker = _agent_speaker(doc, views, view, agent)
        if speaker is None:
            continue
        last = max(t.i for t in appos.subtree)
        span_end = doc[last].idx + len(doc[last].text)
        attested = _make_claim(
            doc, views, view, (appos.head.left_edge.idx, span_end), speaker, None
        )
        if attested is not None:
            out.append(attested)
    said = [c for c in out if c.speaker_kind != AUTHOR]
    sent = doc.char_span(view.start, view.end, alignment_mode="expand")
    for t in sent if sent is not None and not said else ():
        agent = _attesting_apposition(t)
        if agent is None:
            continue
        speaker = _agent_speaker(doc, views, view, agent)
        lo, hi = _attested_clause(doc, t.head)
        attested = (
            _make_claim(doc, views, view, (lo, hi), speaker, None)
            if speaker is not None and hi > lo
            else None
        )
        if attested is not None:
            out.append(attested)
    return out


def _cut_at(text: str, claim: Claim, end: int) -> Claim:
    """``claim`` ending at ``end``, without the hedges only its cut-off words held ("C, which
    the army later confirmed": "confirmed" hedged nothing of C)."""
    gone = text[end : claim.end].lower()
    kept = text[claim.start : end].lower()
    hedges = tuple(h for h in claim.hedges if not (h.lower() in gone and h.lower() not in kept))
    return replace(claim, end=end, text=text[claim.start : end], hedges=hedges)


def _trim_back(text: str, start: int, end: int) -> int:
    """The end of ``text[start:end]`` without the punctuation and spaces that closed it before
    a clause cut off after it (", which the army denied", "— a practice documented by")."""
    while end > start and text[end - 1] in " ,;:-–—":
        end -= 1
    return end


def _sentential_which(doc: Doc, sent: Span, claim: Claim, claims: Sequence[Claim]) -> Claim:
    """(s19) "The rebels took the town on Friday, which the army later confirmed": the bare
    "which" a reporting verb takes stands for the clause before it, not for the noun the
    parser hangs it on ("Friday"), unless that noun is one a proposition can be (an
    allegation, a report: "the allegation, which the army denied")."""
    if claim.text.strip().lower() != "which":
        return claim
    span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if span is None or span[0].head.dep_ != "relcl":
        return claim
    antecedent = span[0].head.head
    if antecedent.lemma_.lower() in load_cues().denial_objects:
        return claim
    text = doc_text(doc)
    comma = text.rfind(",", sent.start_char, claim.start)
    if comma <= sent.start_char or text[comma + 1 : claim.start].strip():
        return claim
    semi = text.rfind(";", sent.start_char, comma)
    start = _after_list_mark(text, semi + 1 if semi >= 0 else sent.start_char, comma)
    start, end = _trim(doc, start, comma)
    # (s19b) "Rebels said they seized two towns, which the army confirmed": what another
    # speaker said, not the report of it, is what "which" stands for
    inner = [c for c in claims if start <= c.start and c.end == end and c is not claim]
    if inner:
        start = max(c.start for c in inner)
    if end - start < 12:
        return claim
    return replace(claim, start=start, end=end, text=text[start:end])


def _points_back(obj: Token, nouns_only: bool = False) -> bool:
    """An object that stands for something said before: "this", "that", "it" (unless
    ``nouns_only``), or a noun of what is alleged with a pointing article ("these claims",
    "the accusation")."""
    if obj.lower_ in cue_words("pointing_pronouns"):
        return not nouns_only
    cues = load_cues()
    noun = obj.lemma_.lower() in cues.denial_objects or obj.lower_ in cues.denial_objects
    pointing = cues.anaphoric_determiners | cue_words("pointing_articles")
    return noun and any(d.dep_ == "det" and d.lower_ in pointing for d in obj.children)


def _own_clause_end(verb: Token) -> int:
    """Where the clause a verb heads ends, the clauses coordinated with it left out
    ("denies this, and we have seen no proof" ends after "this")."""
    others = {t.i for c in verb.children if c.dep_ == "conj" for t in c.subtree}
    others |= {c.i for c in verb.children if c.dep_ == "cc"}
    own = [t for t in verb.subtree if t.i not in others]
    return max(t.idx + len(t.text) for t in own)


def _denied_before(
    doc: Doc,
    sent: Span,
    views: Sequence[SentenceView],
    view: SentenceView,
    claims: list[Claim],
    earlier: Sequence[Claim] = (),
) -> list[Claim]:
    """(s22) "The opposition accuses the ministry of rigging the count; the ministry denies
    this": a denial in a main clause whose object points back at a claim made earlier in
    the sentence (:func:`_points_back`) is the denier's own claim of the same words, stance
    denial. A relative clause ("which the ministry denies") is
    :func:`_countered_in_relative`'s; a denial not made ("does not deny this", "may deny
    it") or one inside another's words is none; the denier must be another speaker than the
    one denied. (s22b) A verb of rejection ("rejected this") refuses an offer or a decision
    as often as a statement: it denies only a noun of what was alleged ("rejected these
    claims"); another speaker's clause coordinated after the denial ("and we have seen no
    proof") is not the denier's words. (s25) Where no claim comes before the denial in its
    sentence, it answers the last claim of the sentence before in the same paragraph
    (``earlier``): "Officials say the front buys arms abroad. The front denies this."."""
    cues = load_cues()
    deny = cue_words("counter_claim_verbs")
    counter = cues.rejection_verbs | deny
    out: list[Claim] = []
    for verb in sent:
        if (
            verb.pos_ != "VERB"
            or verb.dep_ == "relcl"
            or verb.lemma_.lower() not in counter
            or _unreal(verb)
            or _inside_other_clause(verb)
        ):
            continue
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i > verb.i]
        subj = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"]
        if (
            not objs
            or not subj
            or not _points_back(objs[0], nouns_only=verb.lemma_.lower() not in deny)
        ):
            continue
        lo, hi = _subtree_span(list(subj[0].subtree))
        own_end = _own_clause_end(verb)
        before = [c for c in claims if c.end <= lo and c.stance != "denial"]
        if not before and not any(c.start < lo for c in claims):
            before = [c for c in earlier if c.stance != "denial"]
        if not before or any(lo <= c.start < own_end for c in claims):
            # the denier's words already read ("denied this, saying C", "rejects the
            # allegation"): its claim is made
            continue
        ante = max(before, key=lambda c: c.end)
        speaker = find_speaker(doc, views, view, lo, min(hi, verb.idx))
        if speaker is None or (speaker.key is not None and speaker.key == ante.speaker):
            continue
        denial = _make_claim(doc, views, view, (ante.start, ante.end), speaker, None, (DENIED,))
        if denial is not None:
            out.append(replace(denial, stance="denial"))
    return out


def _countered_in_relative(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, claims: list[Claim]
) -> list[Claim]:
    """(s19) "X accused the US of killing three farmers, which AFRICOM rejected as
    propaganda", "Rebels said the army shelled the market, a claim the ministry denied": a
    relative clause of denial closing a claim is no part of it; it is the denier's own
    claim, a denial of the same words. (s19b) A relative clause of any other reporting verb
    ("which the army later confirmed") or of a denial not made ("which the army did not
    deny") is cut from the claim too, and makes no denial."""
    cues = load_cues()
    counter = cues.rejection_verbs | cue_words("counter_claim_verbs")
    # (s19b) verbs of a comment on a claim by someone else (", which the army confirmed",
    # ", which the commission later documented")
    commenting = set(cues.verbs) | cue_words("attesting_verbs")
    text = doc_text(doc)
    out: list[Claim] = []
    deniers: set[tuple[str | None, str | None]] = set()
    for c in claims:
        span = doc.char_span(c.start, c.anchor.end, alignment_mode="contract")
        found = None
        for t in span if span is not None else ():
            if t.dep_ != "relcl" or t.lemma_.lower() not in counter | commenting:
                continue
            rel = [
                x
                for x in t.children
                if x.dep_ in ("dobj", "obj") and x.lower_ in cue_words("clause_pronouns")
            ]
            if t.lemma_.lower() not in counter and not (
                rel and rel[0].i > 0 and doc[rel[0].i - 1].text == ","
            ):
                # (s19b) another reporting verb only in a clause set off by a comma (", which
                # the army confirmed"): "a group that Kigali describes as a threat" is the
                # noun's own description, Kigali's claim, not a comment on the claim
                continue
            if rel and rel[0].i < t.i:
                cut = rel[0].idx  # ", which AFRICOM rejected"
            elif t.head.lemma_.lower() in cues.denial_objects and t.head.i < t.i:
                cut = t.head.left_edge.idx  # ", a claim the ministry denied"
            else:
                continue
            subjects = [x for x in t.children if x.dep_ == "nsubj" and x.pos_ != "PRON"]
            # inside the claim, or right after it ("C, a claim the ministry denied")
            if subjects and c.start < cut and (cut < c.end or not text[c.end : cut].strip(" ,;")):
                found = (t, subjects[0], cut)
                break
        if found is None:
            out.append(c)
            continue
        verb, subj, cut = found
        end = _trim_back(text, c.start, min(cut, c.end))
        kept = _cut_at(text, c, end)
        out.append(kept)
        if c.stance == "denial" or _unreal(verb) or verb.lemma_.lower() not in counter:
            # the denial itself, made from the same words; (s19b) or none made: "which the
            # army did not deny", "a claim the ministry could not refute", "which the army
            # later confirmed" (its own claim, of "which"); each is cut all the same: the
            # clause is no part of what was said
            continue
        lo, hi = _subtree_span(list(subj.subtree))
        speaker = find_speaker(doc, views, view, lo, min(hi, verb.idx))
        if speaker is None or any(
            o.stance == "denial" and o.speaker == speaker.key and o.text == kept.text
            for o in (*claims, *out)
        ):
            continue  # an allegation the denier's own claim already answers
        denial = _make_claim(doc, views, view, (c.start, end), speaker, None, (DENIED,))
        if denial is not None:
            out.append(replace(denial, stance="denial"))
            deniers.add((denial.speaker, denial.speaker_text))
    # the denier's words read before as the bare relative pronoun ("which") say nothing the
    # denial of the antecedent does not
    # (s19b) a speaker no actor names ("the government") is told apart by its words
    return [
        c
        for c in out
        if not (
            (c.speaker, c.speaker_text) in deniers
            and c.text.strip().lower() in cue_words("clause_pronouns")
        )
    ]


def _distinct_hedges(hedges: Sequence[str]) -> tuple[str, ...]:
    """The hedges once each: a cue whose words lie inside a longer cue found with it ("are
    believed" and "believed") is the same hedge, told once by its longer wording."""
    uniq = list(dict.fromkeys(hedges))
    return tuple(
        h for h in uniq if not any(o != h and f" {h.lower()} " in f" {o.lower()} " for o in uniq)
    )


def _held_by_another(claim: Claim, claims: Sequence[Claim]) -> bool:
    """ "ISWAP is expected to launch attacks, analysts said": an unattributed claim (unnamed
    reports or views) that starts inside the words of a named speaker's claim ("X are
    believed to have fled, according to Y") is that speaker's, not a second claim of no
    one's."""
    if claim.speaker is not None or claim.speaker_kind not in ("reports", "views"):
        return False
    return any(
        other is not claim
        and (other.speaker is not None or other.speaker_kind not in ("reports", "views"))
        and other.start <= claim.start < other.end
        # (s18) "MSS denies reports that C": the reports' C and its denial stand apart
        and not (other.stance == "denial" and (other.start, other.end) == (claim.start, claim.end))
        for other in claims
    )


def _outlet_text(doc: Doc, view: SentenceView, start: int, end: int) -> str:
    """The name of the outlet a phrase names: a known outlet's, else the phrase without its
    article ("the Daily Trust" -> "Daily Trust")."""
    text = doc_text(doc)
    phrase = text[start:end].strip(" ,")
    known = outlet_name(view, phrase, start)
    if known is not None:
        return _without_article(known)
    phrase = _without_article(phrase)
    # "the official news agency Petra", "the Garowe Online website": the outlet's own name
    names = [
        m.group()
        for m in re.finditer(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", phrase)
        if m.start() > 0 or " " in m.group() or m.end() == len(phrase)
    ]  # (not "Local" of "Local media": a capital opening the sentence)
    return max(names, key=len) if names else phrase


def _quoting_party(doc: Doc, view: SentenceView, verb: Token) -> str | None:
    """The outlet that quoted a speaker "as saying": the subject of "quoted" ("the agency
    Petra quoted the minister as saying"), or its agent ("was quoted by local media as
    saying")."""
    quoting = quoting_verb(verb)
    if quoting is None:
        return None
    for child in quoting.children:
        if child.dep_ == "agent":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return _outlet_text(doc, view, *_subtree_span(list(objs[0].subtree)))
    subjects = [c for c in quoting.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    # "The official news agency Petra quoted ...", parsed with two subjects: the phrase
    # from the first to the verb names the outlet
    start = min(t.idx for s in subjects for t in s.subtree)
    return _outlet_text(doc, view, start, quoting.idx)


_CITING_WORDS = frozenset({"citing", "quoting"})


@cache
def _outlet_words() -> re.Pattern[str]:
    """Words that make a speaker phrase an outlet ("Radio Ndeke Luka", "the Daily Trust",
    "the state news agency"): the outlet nouns and heads of ``claim_cues.yaml``."""
    data = load_data("claim_cues.yaml")
    words = [
        *(data.get("outlet_descriptor_nouns") or ()),
        *(data.get("outlet_after_nouns") or ()),
        *(data.get("outlet_heads") or ()),
    ]
    return re.compile(rf"\b(?:{alternation([str(w) for w in words])})\b", re.IGNORECASE)


def _named_outlet_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` names an outlet: a known one, or a capitalised name with
    an outlet's word ("Radio Maendeleo", "the Kivu Observer")."""
    phrase = text[start:end]
    if not re.search(r"(?<!^)\b[A-Z]", phrase) and not re.match(r"[A-Z][\w'’-]*\s+[A-Z]", phrase):
        return False
    return _known_outlet(phrase) or _outlet_words().search(phrase) is not None


def _known_outlet(phrase: str) -> bool:
    """Whether ``phrase`` opens with an outlet of ``claim_cues.yaml`` ("Reuters", "the BBC")."""
    bare = _without_article(phrase.strip())
    return any(pattern.match(bare) for pattern, _name in load_cues().outlets)


def _cited_source(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    sent: Span,
    verb: Token,
    speaker: Speaker,
    speaker_span: tuple[int, int],
    claim_span: tuple[int, int],
) -> tuple[Speaker, str | None, int] | None:
    """(cited speaker, outlet, claim start) where an outlet reports a claim "citing" a
    source: "Mizzima reported, citing residents, that C", "Citing two officers, the Daily
    Trust said C", "Radio X, quoting hospital staff, said C". The source cited speaks; the
    outlet that cites it is the claim's via. A speaker that is no outlet keeps its claim
    ("Cabo Ligado said C, citing local sources": a monitor's own count; its claim still
    opens after the citing: (speaker, None, claim start))."""
    text = doc_text(doc)
    sp_start, sp_end = speaker_span
    c_start, c_end = claim_span
    phrase = text[sp_start:sp_end]
    is_outlet = (
        speaker.kind == "media"
        or speaker.actor_type == "media"
        or _known_outlet(phrase)
        or _outlet_words().search(phrase) is not None
    )
    for tok in sent:
        if tok.lower_ not in _CITING_WORDS or tok.tag_ != "VBG":
            continue
        objs = [c for c in tok.children if c.dep_ in ("dobj", "obj")]
        if not objs:
            continue
        y_start, y_end = _subtree_span(list(objs[0].subtree))
        opens = c_start <= tok.idx and text[c_start : tok.idx].strip(" ,") == ""
        if not opens and not _cites_for(tok, verb, text):
            continue  # a "citing" of another clause cites for another verb
        if c_start <= tok.idx < c_end and not opens:
            continue  # a citing inside what was said is the claim's own words
        cited = find_speaker(doc, views, view, y_start, y_end) if is_outlet else speaker
        if cited is None or cited.kind == AUTHOR:
            continue
        new_start = c_start
        if opens:
            # the parser opened the claim with it: "reported, citing residents, that C"
            opener = re.match(r"[\s,]*(?:that\s+)?", text[y_end:])
            new_start = y_end + (opener.end() if opener else 0)
        if not is_outlet:
            # a monitor citing its sources keeps its claim, which opens after the citing
            return (speaker, None, new_start) if opens else None
        return cited, _outlet_text(doc, view, sp_start, sp_end), new_start
    return None


def _cites_for(tok: Token, verb: Token, text: str) -> bool:
    """Whether the "citing" ``tok`` belongs to the reporting ``verb``'s own clause: right
    after it ("C, Radio X reported, citing traders"), hung on it, or on a word below it
    through no coordinated verb and no clause with a subject of its own ("X reported C, and
    the army blamed Y, citing intelligence": the army's)."""
    if tok.idx > verb.idx and not text[verb.idx + len(verb.text) : tok.idx].strip(" ,"):
        return True
    head = tok.head
    while head.i != verb.i:
        if head.dep_ == "conj" or head.head.i == head.i:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children):
            return False
        head = head.head
    return True


# "... said C1 and estimated that C2": a second reporting verb coordinated inside C1
_AND_VERB_THAT = re.compile(r"[\s,]+and\s+(?:also\s+)?(?P<verb>[a-z]+)\s+that\s*$")


def _conjoined_reports(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """ "The panel said Rwanda exercised control over M23 and estimated that 3,000 troops
    were deployed": the parser hangs "estimated" on "exercised", making Rwanda its speaker;
    a reporting verb coordinated at the end of another claim is that claim's speaker's, and
    the first claim ends before it."""
    cues = load_cues()
    text = doc_text(doc)
    out = list(claims)
    for i, outer in enumerate(out):
        for j, inner in enumerate(out):
            if i == j or not (outer.start < inner.start < outer.end):
                continue
            m = _AND_VERB_THAT.search(text, outer.start, inner.start)
            if m is None:
                continue
            tok = next((t for t in doc if t.idx == m.start("verb")), None)
            if tok is None or tok.lemma_.lower() not in cues.verbs:
                continue
            out[j] = replace(
                inner,
                speaker=outer.speaker,
                speaker_kind=outer.speaker_kind,
                speaker_text=outer.speaker_text,
                via=inner.via or outer.via,
                about=tuple(a for a in inner.about if a != outer.speaker),
            )
            out[i] = replace(outer, end=m.start(), text=text[outer.start : m.start()])
    return out


def _same_source_again(claims: list[Claim]) -> list[Claim]:
    """ "a Somali army officer told AFP ... 'We lost 17 men,' the officer said": a definite
    speaker ("the officer", "the source") names again the unnamed source of a claim just
    before whose words end on the same noun; it keeps that source's affiliation."""
    out = list(claims)
    for i, claim in enumerate(out):
        m = re.fullmatch(r"(?i)the\s+([a-z-]+)", claim.speaker_text or "")
        if m is None or claim.speaker is not None:
            continue
        noun = m.group(1).lower()
        for prev in reversed(out[:i]):
            if claim.anchor.sentence - prev.anchor.sentence > 3:
                break
            words = (prev.speaker_text or "").lower().split()
            if prev.speaker is not None and words and words[-1] == noun:
                out[i] = replace(claim, speaker=prev.speaker, speaker_kind=prev.speaker_kind)
                break
    return out


def _same_voice(a: Claim, b: Claim) -> bool:
    """``a`` and ``b`` are said by the same words naming the same speaker in one sentence,
    ``a`` ending before ``b`` starts."""
    return (
        a.anchor.sentence == b.anchor.sentence
        and bool(a.speaker_text)
        and (a.speaker, a.speaker_kind, a.speaker_text)
        == (b.speaker, b.speaker_kind, b.speaker_text)
        and a.end <= b.start
    )


def _apposed_voice(text: str, a: Claim, b: Claim) -> bool:
    """(claims, s20) "C1, according to Amadou Diallo, a local councillor, who told Reuters
    that C2": ``b``'s speaker words are an apposition of ``a``'s, both named between the two
    claims in one sentence, so one person says both."""
    if a.anchor.sentence != b.anchor.sentence or a.end > b.start:
        return False
    if not a.speaker_text or not b.speaker_text:
        return False
    gap = text[a.end : b.start]
    at = gap.find(a.speaker_text)
    if at < 0:
        return False
    after = at + len(a.speaker_text)
    # the later speaker sits in the apposition that a relative clause ("who told Reuters")
    # closes, so its verb is said of the same person ("..., while a rebel commander, who spoke
    # to AFP, said C2": a conjunction opens another speaker's clause, whose verb is the main)
    breaks = alternation([*cue_words("other_report_marks"), *cue_words("voice_break_conjunctions")])
    apposition = (
        rf"\s*,\s*(?!(?:{breaks})\b)[^,;]*?"
        + re.escape(b.speaker_text)
        + r"[^,;]*,\s*(?:who|whom)\b[^,;]*$"
    )
    return re.match(apposition, gap[after:]) is not None


def _inner_voice(text: str, outer: Claim, inner: Claim) -> bool:
    """``inner`` lies inside ``outer``'s words in one sentence, and so does the phrase that
    names its speaker: the parse gave a verb of the reported clause a subject from that clause
    ("X denied that the group shelled the camp, blaming artillery": "the group" does not
    blame; X does)."""
    if inner is outer or outer.anchor.sentence != inner.anchor.sentence:
        return False
    if not (outer.start <= inner.start and inner.end <= outer.end and outer.speaker_text):
        return False
    if (inner.start, inner.end) == (outer.start, outer.end) or not inner.speaker_text:
        return False
    if inner.speaker_text not in text[outer.start : inner.start]:
        return False
    if _after_semicolon(text, outer, inner) is not None:
        return False
    # "Police said C1 where, villagers said, C2", "X said C1; C2, the group said": a speaker
    # named after its words (a parenthetical or closing "X said") has words that the parse
    # may run over another's whole statement; the inner claim is then the sound one
    before = " ".join(text[outer.anchor.start : outer.start].split())
    return " ".join(outer.speaker_text.split()) in before


def _after_semicolon(text: str, outer: Claim, inner: Claim) -> int | None:
    """(s23) The semicolon inside ``outer``'s words after which ``inner``'s speaker opens a
    clause of its own ("The commission said 60 were held; the police put the figure at 40",
    "Residents told a reporter C1; an official gave C2"): a second voice, not part of the
    first's words. None where the semicolon lies inside a quotation (an odd number of
    quotation marks before it in the sentence) or the speaker does not open the clause after it."""
    semi = text.rfind(";", outer.start, inner.start)
    if semi < 0 or not inner.speaker_text:
        return None
    if len(re.findall(r"[\"“”]", text[outer.anchor.start : semi])) % 2:
        return None
    rest = " ".join(text[semi + 1 : inner.start].split())
    speaker = " ".join(inner.speaker_text.split())
    return semi if re.match(rf"(?:{_CLAUSE_OPENERS} )?{re.escape(speaker)}\b", rest) else None


def _without_inner_voices(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """(claims, s20) A claim whose words and speaker both lie inside another claim of the same
    sentence is part of that statement, not a statement of its own. (s23) One whose speaker
    opens the clause after a semicolon stands apart, and ends the other's words there."""
    text = doc_text(doc)
    kept = [c for c in claims if not any(_inner_voice(text, o, c) for o in claims)]
    out = []
    for claim in kept:
        ends = [
            semi
            for other in kept
            if other is not claim
            and other.anchor.sentence == claim.anchor.sentence
            and claim.start <= other.start < claim.end
            for semi in [_after_semicolon(text, claim, other)]
            if semi is not None and semi > claim.start
        ]
        if ends:
            end = min(ends)
            claim = replace(claim, end=end, text=text[claim.start : end])
        out.append(claim)
    return out


# words that may open a clause before its subject ("; but the police said", "; while X said")
_CLAUSE_OPENERS = "(?:but|while|whereas|and|yet|meanwhile|however,?)"


def _continues(first: Claim, later: Claim) -> bool:
    """``later`` goes on with ``first``'s statement: a plain telling after any part ("denied
    C1, saying C2"), or a stance after a plain telling ("said C1 but acknowledged C2"); an
    estimate ("and estimated that C2") and a second stance after a first ("denied C1 and
    accused Y of C2") are speech acts of their own."""
    if later.stance == "hedged":
        return False
    return later.stance in cue_words("plain_stances") or first.stance in cue_words("plain_stances")


def _other_clause_between(doc: Doc, first: Claim, later: Claim) -> bool:
    """(claims, s20) Another voice sits between two parts of one speaker's statement, so they
    stay two claims: the words between them hold a clause with a subject of its own ("said
    C1, a claim the rebels rejected, and said C2"), or the first part ends on a relative
    clause with one ("said C1, whose death the group has not confirmed, and said C2"). A
    pronoun ("who told AFP", "and it said") names the speaker again."""
    for t in doc:
        if not first.start <= t.idx < later.start:
            continue
        if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
            continue
        if t.text in f"{first.speaker_text or ''} {later.speaker_text or ''}".split():
            continue  # "C1, the group said in a post, claiming C2": the speaker itself
        if t.idx >= first.end or t.head.dep_ in ("relcl", "acl"):
            return True
    return False


def _one_statement(doc: Doc, claims: list[Claim]) -> list[Claim]:
    """(claims, s20) "X denied C1, saying C2", "X said C1 and warned C2", "X acknowledged C1
    and said C2": one speaker's reporting verbs chained in one sentence make one statement, as
    an analyst codes it; the claim runs from the first part to the last and keeps the stance
    of the part that has one (the denial, the admission). Another speaker in between ("the ministry said
    C1; villagers said C2"), or a later part that is a speech act of its own
    (:func:`_continues`), keeps the two apart."""
    text = doc_text(doc)
    out: list[Claim] = []
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        prev = next(
            (
                i
                for i in range(len(out) - 1, -1, -1)
                if _same_voice(out[i], claim) or _apposed_voice(text, out[i], claim)
            ),
            None,
        )
        if (
            prev is None
            or not _continues(out[prev], claim)
            or any(
                c.anchor.sentence == claim.anchor.sentence
                and out[prev].end <= c.start < claim.start
                for c in out[prev + 1 :]
            )
            or _other_clause_between(doc, out[prev], claim)
        ):
            out.append(claim)
            continue
        first = out[prev]
        if first.speaker is None and claim.speaker is not None:
            # the name that resolves to an actor speaks for both parts
            first = replace(
                first,
                speaker=claim.speaker,
                speaker_kind=claim.speaker_kind,
                speaker_text=claim.speaker_text,
            )
        out[prev] = replace(
            first,
            end=claim.end,
            text=text[first.start : claim.end],
            via=first.via or claim.via,
            about=tuple(
                a for a in dict.fromkeys((*first.about, *claim.about)) if a != first.speaker
            ),
            hedges=_distinct_hedges((*first.hedges, *claim.hedges)),
            likelihood=first.likelihood or claim.likelihood,
            # "said C1 but acknowledged C2": the admission is the statement's stance
            stance=claim.stance if first.stance in cue_words("plain_stances") else first.stance,
        )
    return out


def _unverified_after(text: str, claim: Claim, claims: Sequence[Claim], s_end: int) -> Claim:
    """ "C, but the toll could not be independently verified": the rest of the sentence,
    after the claim and before any other, says C is unverified."""
    nxt = min((c.start for c in claims if c.start >= claim.end), default=s_end)
    tail = text[claim.end : nxt]
    check = _UNVERIFIED.search(tail)
    if check is None or len(tail[: check.start()].split()) > 8 or UNVERIFIED in claim.hedges:
        return claim
    return replace(claim, hedges=(*claim.hedges, UNVERIFIED))


@cache
def _link_label() -> re.Pattern[str]:
    """ "Read more:", "Related:": a label of links to other stories (``link_labels``)."""
    labels = load_data("claim_cues.yaml").get("link_labels") or ["Read more"]
    words = "|".join(re.escape(str(w)) for w in labels)
    return re.compile(rf"[ \t]*(?:{words})\s*[:：]", re.IGNORECASE)


def _link_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines that are links to other stories: a line opening with a
    link label ("Read more: ...") and, after a label alone on its line, the next line."""
    out: list[tuple[int, int]] = []
    label = _link_label()
    for m in re.finditer(r"^.*$", text, re.MULTILINE):
        if not label.match(m.group(0)):
            continue
        out.append((m.start(), m.end()))
        if label.fullmatch(m.group(0).strip()):
            nxt = re.compile(r"\s*(.*)").match(text, m.end())
            if nxt is not None:
                out.append((nxt.start(1), nxt.end(1)))
    return out


def extract_claims(
    doc: Doc,
    actors: Sequence[Actor],
    places: Sequence[PlaceMention],
    publisher: str | None = None,
) -> list[Claim]:
    """Attributed statements of ``doc``, in text order.

    :param doc: the parsed document.
    :param actors: its resolved actors (speakers and ``about`` are actor keys).
    :param places: its place mentions (``about`` also lists the places a claim names).
    :param publisher: the document's source (``Metadata.source``): the author's own
        judgements ("We assess that C", "X has almost certainly done C") are the publisher's,
        named in ``speaker_text``; without it they keep the words that name the author.
    :returns: one :class:`~dossier.records.Claim` per attributed span.
    """
    views = sentence_views(doc, actors, places)
    sents = doc_sentences(doc)
    claims: list[Claim] = []
    previous: list[Claim] = []
    for i, (sent, view) in enumerate(zip(sents, views, strict=True)):
        # (s25) the claims of the sentence before, where no paragraph break parts the two
        gap = doc_text(doc)[sents[i - 1].start_char : sent.start_char] if i else "\n\n"
        gap = gap[len(gap.rstrip()) :]  # the spaces and line breaks that close it
        earlier = previous if re.search(r"\n[ \t]*\n", gap) is None else []
        previous = _sentence_claims(doc, sent, views, view, earlier)
        claims.extend(previous)
    links = _link_lines(doc_text(doc))
    # "Read more:\nPakistan says ...": the headline of a link to another story
    claims = [c for c in claims if not any(a <= c.start < b for a, b in links)]
    claims = [c for c in claims if not _cell_fragment(doc, c)]
    claims = [_own_sentence_speaker(c) for c in claims]
    claims = [_institution_speaker(doc, c, actors, places) for c in claims]
    claims = _via_next(doc, claims, views, sents)
    claims = _wire_via(doc_text(doc), claims)
    claims = _note_via(doc_text(doc), claims)
    claims = _note_sources(doc, views, sents, claims)
    claims = _framed_via(doc_text(doc), claims, sents)
    claims = _same_source_again(claims)
    claims = _one_statement(doc, claims)
    claims = _without_inner_voices(doc, claims)
    claims = [_unnamed_media_as_reports(c) for c in claims]
    if publisher:
        claims = [
            replace(c, speaker_text=publisher) if c.speaker_kind == AUTHOR else c for c in claims
        ]
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


def _unnamed_media_as_reports(claim: Claim) -> Claim:
    """(s23) Outlets the report does not name ("local channels report", "pro-government
    outlets said", "according to local media") are the vocabulary's unnamed ``reports``
    ("unattributed media or other reports", ontology/claim_vocab.yaml), the kind analysts
    code them as; the extraction's own "media" kind served only to find outlets. An outlet
    named by a capitalised name ("the state news agency SANA", "Radio Okapi") keeps
    "media": it is a named source that no actor took, not an unattributed one."""
    if claim.speaker is not None or claim.speaker_kind != "media":
        return claim
    words = (claim.speaker_text or "").strip().split()
    if any(w[:1].isupper() for w in words[1:]):
        return claim
    if _one_outlet_again(words):
        return claim
    return replace(claim, speaker_kind="reports")


def _one_outlet_again(words: Sequence[str]) -> bool:
    """(s23) "the agency said", "this newspaper reported": one outlet named again by its
    noun, no unattributed report (unlike "the press", "the media", plural outlets)."""
    if len(words) != 2 or words[0].lower() not in ("the", "this", "that"):
        return False
    noun = words[1].lower()
    return not noun.endswith("s") and noun not in cue_words("mass_media_nouns")


# a sentence's end inside a speaker's words, missed by the sentence splitter because a
# footnote mark follows it ("more than 40 injured.1 Residents said")
_SENTENCE_END_IN = re.compile(r"[.!?][\d\]]{0,3}\s+(?=[A-Z])")


# the links by which a place hangs on a speaker or its verb: "In Kampala, police said",
# "police in Kampala said", "a spokesman for the police in Kampala said"
_PLACING_DEPS = ("pobj", "prep", "compound", "nmod", "appos", "nsubj", "nsubjpass", "poss")


def _institution_speaker(
    doc: Doc, claim: Claim, actors: Sequence[Actor], places: Sequence[PlaceMention]
) -> Claim:
    """(s22) An unnamed official speaker that is the name of one of the report's
    institutions ("Police said", "the regional government gave a figure") is that actor
    (:func:`~dossier.extract.claim_speakers.institution_actor`). (s22b) Not where the
    sentence places the speaker elsewhere (:func:`_speaker_placed`): "In Kampala, police
    said" after the Kenyan police were named may be another force."""
    if claim.speaker is not None or claim.speaker_kind != "officials" or not claim.speaker_text:
        return claim
    actor = institution_actor(claim.speaker_text, actors)
    if actor is None or _speaker_placed(doc, claim, set(name_words(actor.name)), places):
        return claim
    return replace(claim, speaker=actor.key, speaker_kind="actor")


def _speaker_placed(doc: Doc, claim: Claim, own: set[str], places: Sequence[PlaceMention]) -> bool:
    """Whether a place of the claim's sentence that the institution's name does not hold
    (``own``: its words) hangs on the verb that governs the claim ("In Kampala, police
    said C", "police in Kampala said C"), not through the claim's words or a relative
    clause ("according to the authority, which blamed units near the port" places the
    units, not the speaker), a coordinated one ("police said C and troops moved into X") or
    another clause hung on the verb ("IOM recorded 400 displaced in X; police gave 600")."""
    first = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    if first is None or not len(first):
        return False
    inside = range(first.start, first.end)
    gov = first[0]
    while gov.i in inside and gov.head.i != gov.i:
        gov = gov.head
    if gov.i in inside:
        return False
    for p in places:
        if p.sentence != claim.anchor.sentence or set(name_words(p.text)) <= own:
            continue
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        t = span.root
        # up to the governing verb through prepositions and nouns only ("from a base in
        # X", "police in X"): not through another clause hung on it
        while t.i not in inside:
            if t.i == gov.i:
                return True
            if t.head.i == t.i or not (
                t.dep_ in _PLACING_DEPS or (t.dep_ == "conj" and t.head.pos_ == "PROPN")
            ):
                break
            t = t.head
    return False


def _own_sentence_speaker(claim: Claim) -> Claim:
    """The speaker's words from the last sentence start inside them ("more than 40
    injured.1 Residents" → "Residents")."""
    words = claim.speaker_text or ""
    ends = list(_SENTENCE_END_IN.finditer(words))
    if not ends or claim.speaker_kind == AUTHOR:
        return claim
    last = ends[-1]
    if re.search(
        r"\b(?:[A-Z]|[A-Z][a-z]{1,3}|St|Gen|Col|Lt|Maj|Capt|Brig|Dr|Mr|Mrs|Ms)\.$",
        words[: last.start() + 1],
    ):
        return claim  # "Brig. Gen. Ronald Rwivanga", "U.S. officials": an abbreviation
    return replace(claim, speaker_text=words[last.end() :])


def _cell_fragment(doc: Doc, claim: Claim) -> bool:
    """A "claim" made of a table's cells ("| 21 Mar | Ayorou | ... | 5 suspected ISSP
    logisticians"): its speaker or its words cross a cell border, so no one said it; or its
    words are one bare verb ("figures are hard to verify"), which asserts nothing."""
    if "|" in claim.text or "|" in (claim.speaker_text or ""):
        return True
    words = claim.text.strip(" .,;:\"“”'").split()
    if len(words) != 1:
        return False
    tok = doc.char_span(claim.start, claim.end, alignment_mode="expand")
    return tok is not None and len(tok) >= 1 and tok[0].pos_ == "VERB"


# (s16) a wire story's dateline at the start of a line: "PATTANI, Thailand, Nov 18 (Reuters) -",
# "PATTANI (AFP) —"; the agency named in its brackets
_WIRE_DATELINE = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'-]+(?:,[^()\n]{0,80}?)?\s*"
    r"\((?P<agency>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*){0,3})\)\s*(?:—|–|--|-|_)"
)
# a line that ends one pasted story ("-----", "* * *"); (s16b) or opens the next one: a
# byline ("By our correspondent in Mogadishu") or, after a blank line, a short title line
# without a sentence's closing punctuation ("Somalia: army retakes town") before a blank line
# or a byline (a hard-wrapped paragraph's first line is none)
_STORY_BREAK = re.compile(
    r"(?m)^[ \t]*(?:-{3,}|\*(?:\s*\*){2,}|={3,})[ \t]*$"
    r"|^[ \t]*By[ \t]+[\w'’][^\n]{0,80}(?<![.!?\"”'’:;,])[ \t]*$"
    r"|(?<=\n\n)[ \t]*[A-Z][^\n]{0,80}(?<![.!?\"”'’:;,)])[ \t]*(?=\n[ \t]*(?:\n|By[ \t]))"
)


def _wire_via(text: str, claims: list[Claim]) -> list[Claim]:
    """In a wire story ("PATTANI, Thailand, Nov 18 (Reuters) - ..."), up to the next dateline
    or a line that ends the story, the agency is the outlet of a claim only where the text
    says it carried the words or heard them ("told the news agency", "the agency reported"):
    the generic name the text gives it becomes the dateline's agency. Any other claim keeps
    the outlet the text names, or none: the agency is the document's source already (its
    metadata), not the outlet of every statement it reports."""
    stories: list[tuple[int, int, str]] = []
    lines = list(_WIRE_DATELINE.finditer(text))
    breaks = [m.start() for m in _STORY_BREAK.finditer(text)]
    for k, m in enumerate(lines):
        end = lines[k + 1].start() if k + 1 < len(lines) else len(text)
        end = min([b for b in breaks if m.end() <= b < end] or [end])
        stories.append((m.end(), end, m.group("agency")))
    if not stories:
        return claims
    out = []
    for c in claims:
        story = next((st for st in stories if st[0] <= c.start < st[1]), None)
        if c.via is not None and story is not None and _AGENCY_REFERENCE.fullmatch(c.via):
            c = replace(c, via=story[2])
        out.append(c)
    return out


# (s18) a note mark closing a sentence ("said.¹", "denies.[2]") and the note it points to
_NOTE_MARK = re.compile(r"[.!?\"”]?\s*(?:\[(\d{1,2})\]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}))")
_NOTE_LINE = re.compile(r"(?m)^[ \t]*(?:\[(\d{1,2})\]|([¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}))[ \t]+(\S[^\n]*)$")
_NOTE_OUTLET = re.compile(
    r"(?i)(?:quoted|reported|carried|cited|published|broadcast|aired)\s+(?:by|in|on)\s+"
    r"[*_]*((?-i:[A-Z])[^*_,;(\n]{0,60}?)[*_]*\s*(?:[(,.;]|$)"
)
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def _note_via(text: str, claims: list[Claim]) -> list[Claim]:
    """(s18) "..., the district police officer said.¹" with the note "¹ Quoted by *Mashriq*
    (Peshawar), 9 September 2025.": the outlet the note names carried the claim of the
    sentence the mark closes."""
    notes: dict[str, str] = {}
    for m in _NOTE_LINE.finditer(text):
        outlet = _NOTE_OUTLET.match(m.group(3))
        if outlet is not None:
            key = (m.group(1) or m.group(2)).translate(_SUPERSCRIPT)
            notes[key] = outlet.group(1).strip()
    if not notes:
        return claims
    out = []
    for c in claims:
        mark = _NOTE_MARK.match(text, c.end, min(len(text), c.end + 6))
        if mark is None:
            tail = text[c.end : c.anchor.end + 1]
            mark = _NOTE_MARK.match(text, c.anchor.end - 1) if re.search(r"\w", tail) else None
            if mark is None and c.anchor.end < len(text):
                mark = _NOTE_MARK.match(text, c.anchor.end)
            if mark is None:
                # the sentence split after the glued mark: "said.[2]" closes the sentence
                mark = _NOTE_MARK.search(text, max(c.end, c.anchor.end - 6), c.anchor.end)
                mark = mark if mark is not None and mark.end() == c.anchor.end else None
        key = (mark.group(1) or mark.group(2)).translate(_SUPERSCRIPT) if mark else None
        if c.via is None and key in notes:
            c = replace(c, via=notes[key])
        out.append(c)
    return out


@cache
def _frame_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """(s19) "In the footage, X vows C", "In it he threatens C", "In the statement, the
    group said C": a phrase opening the sentence names the recording or document the words
    are in; the nouns and the channel each names are data."""
    channels = frame_channels()
    nouns = alternation(sorted(channels))
    openers = alternation(sorted(cue_words("frame_openers")))
    dets = alternation(sorted(cue_words("frame_determiners")))
    # (s19b) "it" only right after the preposition ("In it he threatens C"): "In March it
    # said C", "In Goma it ..." open on a time or a place, not on the recording
    return (
        re.compile(
            rf"\s*(?:{openers})\s+(?:(?:(?:{dets})\s+)?(?:[\w-]+\s+)?(?P<noun>{nouns})\b"
            r"|(?P<it>it)\b)",
            re.IGNORECASE,
        ),
        channels,
    )


def _framed_via(text: str, claims: list[Claim], sents: Sequence[Span]) -> list[Claim]:
    """(s19) The channel a sentence opens on carries the claims said in it: "In the footage,
    Nangaa vows C" (a video); "In it he threatens C", "it" the video the sentence before
    released. A claim with an outlet of its own keeps it."""
    pattern, channels = _frame_pattern()
    out = []
    for c in claims:
        if c.via is None and c.anchor.sentence >= 0:
            m = pattern.match(text, c.anchor.start, c.start)
            if m is not None and m.group("noun"):
                c = replace(c, via=channels[m.group("noun").lower()])
            elif m is not None and 0 < c.anchor.sentence <= len(sents):
                prev = sents[c.anchor.sentence - 1].text
                nouns = [
                    channels[w.lower()]
                    for w in re.findall(r"[\w-]+", prev)
                    if w.lower() in channels
                ]
                if len(set(nouns)) == 1:
                    c = replace(
                        c, via=nouns[0]
                    )  # "it": the one recording the sentence before names
        out.append(c)
    return out


@cache
def _note_source_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(s19) A note that names where a sentence's facts come from: "[2] Estimates from UN and
    US officials, 2024-2025", "Statement of the junta's information team"; or "² Centre for
    Research and Security Studies (CRSS), monthly security report, 1 September 2025": the
    source, then the kind of document. The nouns are data (``note_source_nouns``)."""
    nouns = alternation(sorted(cue_words("note_source_nouns")))
    links = alternation(sorted(cue_words("note_source_links")))
    return (
        re.compile(
            rf"(?i)(?:{nouns})\s+(?:{links})\s+"
            r"(?P<who>[^,;.()\n]{2,80}?)\s*(?:\([^()\n]{1,20}\)\s*)?(?:[,;.]|$)"
        ),
        re.compile(
            r"(?P<who>(?-i:[A-Z])[^,;\n]{2,80}?)\s*(?:\([^()\n]{1,20}\)\s*)?,\s+"
            rf"(?:[\w-]+\s+){{0,3}}(?i:{nouns})\b"
        ),
    )


def _note_sources(
    doc: Doc, views: Sequence[SentenceView], sents: Sequence[Span], claims: list[Claim]
) -> list[Claim]:
    """(s19) A sentence closed by a note mark whose note names the source of its facts: the
    source makes the sentence's claim, where no one else is said to have made it (the
    author's own estimate, or no claim). The note's owner speaking already gets its
    document as the channel ("which the junta denies.[2]" with "[2] Statement of the
    junta's information team": via a statement)."""
    text = doc_text(doc)
    by_noun, by_name = _note_source_patterns()
    sources: dict[str, tuple[int, int, str]] = {}
    for m in _NOTE_LINE.finditer(text):
        body = m.group(3)
        found = by_noun.match(body) or by_name.match(body)
        if found is None:
            continue
        key = (m.group(1) or m.group(2)).translate(_SUPERSCRIPT)
        named = re.search(
            rf"(?i)\b(?:{alternation(sorted(cue_words('note_source_nouns')))})\b", body
        )
        sources[key] = (
            m.start(3) + found.start("who"),
            m.start(3) + found.end("who"),
            named.group(0).lower() if named else "",
        )
    if not sources:
        return claims
    out = list(claims)
    for i, (sent, view) in enumerate(zip(sents, views, strict=True)):
        mark = _NOTE_MARK.search(
            text, max(sent.start_char, sent.end_char - 8), min(len(text), sent.end_char + 6)
        )
        if mark is None or _NOTE_LINE.match(text, sent.start_char):
            continue
        at = mark.end() - len(mark.group(0).lstrip('.!?"” \t\n'))
        if not text[text.rfind("\n", 0, at) + 1 : at].strip():
            continue  # the mark opens a line: the note itself, not a mark closing the sentence
        key = (mark.group(1) or mark.group(2) or "").translate(_SUPERSCRIPT)
        if key not in sources:
            continue
        lo, hi, noun = sources[key]
        own = [c for c in out if c.anchor.sentence == i]
        words = set(re.findall(r"[\w-]+", text[lo:hi].lower()))
        for j, c in enumerate(out):
            said = re.findall(r"[\w-]+", (c.speaker_text or "").lower())
            if c.anchor.sentence == i and c.via is None and said and said[-1] in words:
                # "which the junta denies.[2]" with "[2] Statement of the junta's information
                # team": the speaker the note names spoke through the document it names
                carrier: str | None = frame_channels().get(noun) or next(
                    (n for p, n in load_cues().channels if p.fullmatch(f"a {noun}")), None
                )
                out[j] = replace(c, via=carrier or noun or None)
        if any(c.speaker_kind != AUTHOR for c in own):
            continue
        speaker = find_speaker(doc, views, _view_at(views, lo), lo, hi)
        tail = doc.char_span(lo, hi, alignment_mode="expand")
        last = tail[-1].lemma_.lower() if tail is not None and len(tail) else ""
        kind = next((k for k, cues in load_cues().kinds if last in cues), None)
        if speaker is None and kind is not None:
            speaker = Speaker(None, kind, text[lo:hi])  # "Nigerian and UN officials"
        if speaker is None:
            continue
        if kind is not None and kind != speaker.kind:
            # "UN and US officials": officials speak, whatever actor names them first
            speaker = replace(speaker, kind=kind)
        span = (own[0].start, own[0].end) if own else _trim(doc, sent.start_char, mark.start())
        claim = _make_claim(doc, views, view, span, speaker, None)
        if claim is not None:
            out.append(claim)
    return out


def _view_at(views: Sequence[SentenceView], at: int) -> SentenceView:
    """The view of the sentence holding character ``at`` (the last one for a note after
    the text's last sentence)."""
    return next((v for v in views if v.start <= at < v.end), views[-1])


# the name a wire story gives its own agency: "told the news agency", "the agency reported"
_AGENCY_REFERENCE = re.compile(r"(?i)(?:the\s+|this\s+)?(?:news\s+|wire\s+)?agency")


_ARTICLE = re.compile(r"^(?:the|The)\s+")


def _without_article(name: str) -> str:
    """A name without its leading "the" ("the Interfax agency" -> "Interfax agency")."""
    return _ARTICLE.sub("", name)
