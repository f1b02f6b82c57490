"""Speakers of claims: who made a statement, an actor or an unnamed source kind.

:func:`find_speaker` classifies a speaker phrase: an actor when it names one (a person, a
group, or "the group" resolved to the actor named just before), otherwise a source kind
(``reports``, ``experts``, ``officials``, ``sources``, ``analysts``, ``views``, ``media``,
``witnesses``, ``group``...). :func:`speaker_token` finds the subject of a reporting verb.

Example::

    subj, passive = speaker_token(verb)
    speaker = find_speaker(doc, views, view, subj.idx, subj.idx + len(subj.text))
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc, Token

from dossier.extract.claim_cues import (
    cue_words,
    expert_bodies,
    find_via,
    frame_channels,
    is_generic_via,
    load_cues,
    outlet_name,
)
from dossier.extract.common import ARMED_TYPES, SentenceView, Slot, resolve_reference
from dossier.extract.lexicon import alternation, load_data
from dossier.nlp.text import doc_text
from dossier.nlp.titles import load_titles
from dossier.records import Actor, PlaceMention
from dossier.resolve.actor_gazetteer import load_actor_gazetteer
from dossier.resolve.geo_gazetteer import open_geo_gazetteer
from dossier.resolve.states import state_key

__all__ = ["Speaker", "find_speaker", "institution_actor", "name_words", "speaker_token"]

# the words between an appositive's anchor and a pronoun opening a relative clause on it
_CONTACT_RELATIVE = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[\w’'-]+\s+){1,4}", re.IGNORECASE)
_AFFIX_LINK = re.compile(r"^-(?:affiliated|linked|backed|aligned|allied|inspired|related|led)\b")


@lru_cache(maxsize=1)
def _partisan_prefix() -> re.Pattern[str]:
    """(s19) "Pro-Shabaab websites", "anti-junta activists": an actor named after a prefix
    of taking sides names whom the speakers side with or against, not who speaks."""
    return re.compile(rf"(?i)\b(?:{alternation(sorted(cue_words('partisan_prefixes')))})-?\s*$")


_QUANTIFIER_HEADS = {
    "number",
    "majority",
    "most",
    "some",
    "many",
    "several",
    "one",
    "few",
    "part",
    "handful",
    "minority",
    "dozen",
    "score",
    "all",
}
_ROLE_HEADS = {
    "leader",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "commander",
    "chief",
    "head",
    "emir",
    "founder",
    "journalist",
    "president",
    "minister",
    "official",
    "general",
    "analyst",
    "expert",
    "researcher",
    "deputy",
    "governor",
}


@dataclass(frozen=True)
class Speaker:
    """Who made a claim: an actor key and/or a source kind, and the phrase that names it."""

    key: str | None
    kind: str
    text: str
    actor_type: str | None = None
    via: str | None = None  # "its Amaq news agency": the owner speaks through its outlet
    # (s22) a named outlet that speaks in its own voice ("the movement's al-Manar channel
    # reported"): not handed back to its owner
    own_voice: bool = False


def _span_text(doc: Doc, start: int, end: int) -> str:
    return doc_text(doc)[start:end]


def _slots_in(view: SentenceView, start: int, end: int) -> list[Slot]:
    return [s for s in view.slots if start <= s.start < end or (s.start < start < s.end)]


def _head_of(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.lemma_.lower() in _QUANTIFIER_HEADS:
        # "One of them, a local official who asked not to be named,": the apposition says
        # who, where the quantifier's object is a pronoun
        apposed = [c for c in head.children if c.dep_ == "appos" and c.i < span.end]
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                if objs and objs[0].pos_ == "PRON" and apposed:
                    return apposed[0]
                if objs:
                    return objs[0]
    return head


def _opinion_quantifiers() -> frozenset[str]:
    return cue_words("opinion_quantifiers")


def _source_kind(words: Sequence[str], head: str) -> str | None:
    cues = load_cues()
    lowered = [w.lower() for w in words]
    media = dict(cues.kinds)["media"]
    if any(w in media for w in lowered) and head not in {"official", "officials"}:
        return "media"
    if head in ("people", "person", "persons") and any(
        w in _opinion_quantifiers() for w in lowered
    ):
        return "views"  # "many people believe", "some people say": opinions, not witnesses
    for kind, kind_cues in cues.kinds:
        if head in kind_cues:
            if kind in ("group", "witnesses") and any(
                w in cues.observer_modifiers for w in lowered
            ):
                return "observers"  # "human rights groups", "aid organisations", "aid workers"
            return kind
    return None


def _organ_of(
    doc: Doc, slots: Sequence[Slot], head: Token | None, head_word: str, words: Sequence[str]
) -> Slot | None:
    """The actor whose organ heads the phrase: "the United Nations refugee agency" → UN."""
    cues = load_cues()
    if head is None or head_word not in cues.organ_heads:
        return None
    if any(w.lower() in cues.news_words for w in words):
        return None  # "Iran's Tasnim news agency": an outlet
    owners = [sl for sl in slots if sl.end <= head.idx and sl.actor_type != "person"]
    return owners[-1] if owners else None


# a parenthetical between a speaker and its verb: "The army, in a statement carried by the
# state news agency SUNA, said"
_PARENTHETICAL = re.compile(r"[ \t]*,[ \t]*([^,;:.\n]{6,90}?)[ \t]*,")


def find_speaker(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    start: int,
    end: int,
) -> Speaker | None:
    """Classify the speaker phrase ``[start, end)``; None when it is no source. An outlet
    named in a parenthetical right after the phrase ("The army, in a statement carried by
    the state news agency SUNA, said") is the speaker's ``via``."""
    speaker = _find_speaker(doc, views, view, start, end)
    if speaker is not None and speaker.via is None and not speaker.own_voice:
        speaker = _outlet_of_owner(views, speaker)
    if speaker is not None and speaker.via is None and (speaker.key or speaker.kind == "experts"):
        # (s19) "A UN Panel of Experts report said", "an army communique said": the owner
        # speaks through the document the phrase ends on
        last = re.findall(r"[\w-]+", doc_text(doc)[start:end].lower())[-1:]
        channel = frame_channels().get(last[0]) if last else None
        if channel is not None:
            speaker = replace(speaker, via=channel)
    if speaker is None or speaker.via is not None:
        return speaker
    side = _PARENTHETICAL.match(doc_text(doc), end, min(view.end, end + 100))
    if side is None or not load_cues().via_before.search(side.group(1)):
        return speaker
    via = find_via(doc, view, side.start(1), side.end(1), speaker=speaker.key)
    if via is None or is_generic_via(via) or via == speaker.key:
        return speaker
    return replace(speaker, via=via)


_POSSESSIVE_PHRASE = re.compile(
    r"(?P<pron>its|their)\s+(?:[\w’'-]+\s+){0,3}?(?P<head>[\w’'-]+)", re.IGNORECASE
)


def _possessed_body(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, lead: int, text: str
) -> Speaker | None:
    """(s18) "Its information team", "their spokesman": a body or person of what the pronoun
    stands for speaks for it. The pronoun's antecedent is the nearest noun phrase that
    agrees with it in number (:func:`_antecedent`); the speaker is the actor that noun phrase
    names, or, when it names none ("Fighters ambushed a convoy. Their spokesman said"), no
    actor: the speaker's own words are kept."""
    m = _POSSESSIVE_PHRASE.fullmatch(text)
    if m is None or m.group("head").lower() not in load_cues().possessed_speaker_heads:
        return None
    plural = m.group("pron").lower() == "their"
    phrase = _antecedent(doc, views, view, lead, plural)
    if phrase is None:
        return None
    lo = phrase.left_edge.idx
    hi = phrase.idx + len(phrase.text)
    named = [sl for sl in _view_of(views, phrase.idx).slots if sl.kind == "actor" and sl.key]
    ref = next((sl for sl in reversed(named) if lo <= sl.start and sl.end <= hi), None)
    if ref is None or ref.actor_type == "media":
        # the spokesman of a party the report does not name as an actor: unresolved
        head = m.group("head").lower()
        return Speaker(None, _source_kind(text.split(), head) or "officials", text)
    return Speaker(
        ref.key, "person" if ref.actor_type == "person" else "actor", text, ref.actor_type
    )


def _view_of(views: Sequence[SentenceView], at: int) -> SentenceView:
    """The sentence view that holds document offset ``at``."""
    return next((v for v in views if v.start <= at < v.end), views[0])


_NOUN_PHRASE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "obj", "pobj", "attr", "appos", "conj", "dative", "ROOT"}
)
_NOT_REFERENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"})


def _antecedent(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, lead: int, plural: bool
) -> Token | None:
    """(s18) The head of the noun phrase a possessive "its"/"their" at ``lead`` refers to:
    in the same sentence before it, else in the previous sentence, the first noun phrase
    of the same number met in the parse tree's breadth-first order (the subject before
    the object, the object before a phrase inside it or a place on the verb), as in
    Hobbs's search. Dates and figures are no referents."""
    here = doc.char_span(lead, lead + 1, alignment_mode="expand")
    if here is None or len(here) == 0:
        return None
    pron = here[0]
    sents = [pron.sent]
    if pron.sent.start > 0:
        sents.append(doc[pron.sent.start - 1].sent)
    for sent in sents:
        frontier = [sent.root]
        while frontier:
            for tok in frontier:
                if (
                    tok.i < pron.i
                    and tok.pos_ in ("NOUN", "PROPN")
                    and tok.dep_ in _NOUN_PHRASE_DEPS
                    and tok.ent_type_ not in _NOT_REFERENTS
                    and (tok.tag_ in ("NNS", "NNPS")) == plural
                ):
                    return tok
            frontier = [c for tok in frontier for c in tok.children]
    return None


def _outlet_of_owner(views: Sequence[SentenceView], speaker: Speaker) -> Speaker:
    """ "Amaq claimed the attack": an armed group's own outlet (a media actor whose gazetteer
    parent the report names) speaks for its owner, through itself."""
    if speaker.actor_type != "media" or not speaker.key:
        return speaker
    entry = load_actor_gazetteer().entries.get(speaker.key)
    if entry is None or not entry.parent:
        return speaker
    owner = next(
        (sl for v in views for sl in v.slots if sl.kind == "actor" and sl.key == entry.parent),
        None,
    )
    if owner is None or owner.actor_type not in ARMED_TYPES:
        return speaker
    via = next((name for p, name in load_cues().outlets if p.search(speaker.text)), entry.name)
    return replace(speaker, key=owner.key, kind="actor", actor_type=owner.actor_type, via=via)


def _find_speaker(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    start: int,
    end: int,
    carried: bool = False,
) -> Speaker | None:
    """:func:`find_speaker` without the parenthetical outlet; ``carried``: the phrase follows
    "a claim published by" (the outlet that published it carried it, its owner speaks)."""
    cues = load_cues()
    text = _span_text(doc, start, end).strip(" ,")
    if not text or re.fullmatch(r"[\w’'-]+:", text):
        # (s18) "Background: aircraft struck suspected hideouts": a section's label, no one
        return None
    lead = start + (
        len(_span_text(doc, start, end)) - len(_span_text(doc, start, end).lstrip(" ,"))
    )
    issued = _issued_through().match(text)
    if issued is not None:
        # "A claim published by the movement's outlet al-Manar": whoever issued it speaks
        inner = _find_speaker(doc, views, view, lead + issued.end(), end, carried=True)
        if inner is not None and (inner.key or inner.via):
            return inner
    owned = _owned_outlet(doc, views, view, lead, text, outlet_speaks=not carried)
    if owned is not None:
        return owned
    possessed = _possessed_body(doc, views, view, lead, text)
    if possessed is not None:
        return possessed
    if _evidence_head(text):
        return None  # "according to videos that circulated online": evidence, not a source
    head = _head_of(doc, start, end)
    head_word = head.lemma_.lower() if head is not None else text.split()[-1].lower()
    head_text = head.lower_ if head is not None else head_word
    via_at = re.search(r"\b(?:quoted|cited|reported|interviewed)\s+by\b", text)
    via_from = start + (len(text) - len(text.lstrip(" ,"))) + via_at.start() if via_at else end
    slots = [
        s
        for s in _slots_in(view, start, via_from)
        if s.kind == "actor"
        and not _AFFIX_LINK.match(doc_text(doc)[s.end : s.end + 20])
        and not _partisan_prefix().search(doc_text(doc)[max(0, s.start - 12) : s.start])
    ]
    if text.lower() in cues.not_speakers or head_text in cues.not_speakers:
        if head_text in {"he", "she", "it", "they"} and head is not None and head.dep_ == "nsubj":
            ref = resolve_reference(views, view.index, start, head_text)
            if ref is not None and _CONTACT_RELATIVE.fullmatch(doc_text(doc)[ref.end : start]):
                # "the FDLR, a militia it accuses Kinshasa of backing": the pronoun of a
                # relative clause on an appositive is not the appositive's anchor
                ref = resolve_reference(views, view.index, ref.start, head_text, exclude=ref.key)
            for _ in range(3):
                if ref is None or not _carried_by(doc_text(doc), ref.start):
                    break
                # "The army, in a statement carried by the news agency SUNA, said ... in what
                # it called": the outlet that carried the words does not speak; its sender does
                ref = resolve_reference(views, view.index, ref.start, head_text, exclude=ref.key)
            via: str | None = None
            if (
                ref is not None
                and ref.key
                and ref.actor_type == "media"
                and (
                    _POSSESSED.search(doc_text(doc)[max(0, ref.start - 30) : ref.start])
                    # (s19) "released a video via Amaq ..., featuring what it described as
                    # C": an outlet the words went through carries them; its sender speaks
                    or _through().search(doc_text(doc)[max(0, ref.start - 30) : ref.start])
                )
            ):
                # "claimed the raid through its Amaq news agency, publishing photographs of
                # what it said were ...": the outlet's owner speaks, through the outlet
                via = outlet_name(view, ref.text, ref.start) or ref.text
                ref = resolve_reference(views, view.index, ref.start, head_text, exclude=ref.key)
            if ref is not None and ref.key:
                ref_kind = "person" if ref.actor_type == "person" else "actor"
                return Speaker(ref.key, ref_kind, text, ref.actor_type, via)
        return None
    if via_at is not None and via_at.start() > 0:
        # "community leaders cited by the newspaper La Opinión": the outlet after the cue
        # is how the words came, not who said them
        text = text[: via_at.start()].rstrip(" ,")
    words = re.findall(r"[\w’'-]+", text)
    body = expert_bodies().search(text)
    if body is not None:
        # "the UN Group of Experts on the DRC": experts speak; an actor named before the
        # body ("UN") is their affiliation, none named after it ("on the DRC") is
        at = start + (len(text) - len(text.lstrip(" ,"))) + body.start()
        owners = [sl for sl in slots if sl.end <= at + 1 and sl.actor_type != "person"]
        if not owners:
            owners = [sl for sl in slots if sl.start < at + len(body.group(0)) and sl.end > at]
        return Speaker(owners[-1].key if owners else None, "experts", text)
    kind: str | None = _source_kind(words, head_word) or _source_kind(words, head_text)
    if (
        kind is not None
        and head is not None
        and _unresolved_organisation(head, text)
        and not any(sl.start <= head.idx < sl.end for sl in slots)
    ):
        # (s19) "the Beni Civil Society": a body's proper name, though its head is also a
        # word of a kind ("civil society said" is the observers' kind)
        kind = None
    head_slot = next(
        (sl for sl in slots if head is not None and sl.start <= head.idx < sl.end), None
    )
    if head_slot is None and head is not None:
        # "The state prosecutor's office (Fiscalía General del Estado) said", "The Tribal
        # Leaders' Forum (ITLF) said": the name in apposition is the speaker's own name
        head_slot = next(
            (
                sl
                for c in head.children
                if c.dep_ == "appos" and c.i > head.i
                for sl in slots
                if sl.start <= c.idx < sl.end and sl.actor_type != "person"
            ),
            None,
        )
    people = [sl for sl in slots if sl.actor_type == "person"]
    singular_role = (
        head is not None
        and head.tag_ != "NNS"
        and (
            head_word in _ROLE_HEADS
            # (s25) "District Police Commissioner Amina Yusuf told AFP": a capitalised
            # title (titles.yaml) heads the phrase, the person named in it speaks
            or (head.text[:1].isupper() and head_word in load_titles().heads)
        )
    )
    # "The group's late secretary-general, Hassan Nasrallah,": the person in apposition
    apposed = [
        sl
        for sl in people
        if head is not None
        and any(c.dep_ == "appos" and sl.start <= c.idx < sl.end for c in head.children)
    ]
    if (
        head_slot is not None
        and head is not None
        and head_slot.actor_type != "person"
        and kind in ("officials", "sources")
        and (
            head.tag_ == "NNS"
            or (head.pos_ == "NOUN" and head.lemma_.lower() in cues.unnamed_heads)
        )
    ):
        # "Israeli officials" named as one mention of the government: its officials speak;
        # so does one of them left unnamed ("A U.S. defence official, speaking on condition of
        # anonymity, said"): the government is the affiliation, not the speaker
        return Speaker(head_slot.key, kind, text, head_slot.actor_type)
    if head_slot is not None or (people and (singular_role or apposed)):
        slot = head_slot if head_slot is not None else (apposed or people)[0]
        # "Army spokesman Sylvain Ekenge": a name after a title is a person's
        titled = head is not None and any(
            c.dep_ == "compound" and c.lemma_.lower() in _ROLE_HEADS and c.idx < slot.start
            for c in head.children
        )
        is_person = slot.actor_type == "person" or (
            head_slot is not None and head is not None and (head.ent_type_ == "PERSON" or titled)
        )
        return Speaker(slot.key, "person" if is_person else "actor", text, slot.actor_type)
    organ = _organ_of(doc, slots, head, head_word, words)
    if organ is not None:
        return Speaker(organ.key, "actor", text, organ.actor_type)
    if kind is None and head is not None and head_word in cues.organ_heads:
        # "the state prosecutor's office said", "the police department said": an organ of
        # no named actor speaks as the source its owner word names
        kind = next(
            (
                k
                for c in head.children
                if c.dep_ in ("poss", "compound") and c.i < head.i
                for k in [_source_kind([c.lower_], c.lemma_.lower())]
                if k is not None
            ),
            None,
        )
    if (
        head is not None
        and kind not in ("sources", "experts", "analysts")
        and _intelligence_modified(head)
        and not any(sl.end <= head.idx for sl in slots)
    ):
        # (s25) "Intelligence officials estimate", "intelligence reports say", "according to
        # the army's intelligence wing": an intelligence service or its product speaks, of
        # no named state ("Kenyan intelligence officials" stay that state's officials;
        # "intelligence sources" stay unnamed sources, as the vocabulary has them)
        kind = "intelligence"
    if kind == "media" and head is not None and not head.conjuncts:
        # one outlet, not "residents and X-linked channels": the tie is the whole speaker's
        tied = _tied_outlet_owner(doc, view, start, end, text)
        if tied is not None:
            return tied
    if kind == "officials" and re.search(
        rf"(?i)\b(?:the|this)\s+(?:{_collective()})(?:[’']s|\b)|\bof\s+the\s+group\b",
        text,
    ):
        kind = "group"  # "the organization's commanders" speak for the group
    if kind is not None and head is not None:
        # an actor before the head names whose sources they are ("Taliban sources"); one
        # in apposition names the speaker itself ("the militant group al-Shabaab")
        before = [sl for sl in slots if head is not None and sl.end <= head.idx]
        after = [sl for sl in slots if head is not None and sl.start > head.idx]
        if (
            kind == "group"
            and after
            and _naming().fullmatch(
                doc_text(doc)[head.idx + len(head.text) : after[0].start].replace("the", "")
            )
        ):
            return Speaker(after[0].key, "actor", text, after[0].actor_type)
        key = before[-1].key if before else None
        if key is None and kind in cue_words("affiliation_kinds"):
            # (s23) "a spokesman for the Arakan Army", "an official of Kenya's foreign
            # ministry": the body named after the head, as one named before it ("Arakan
            # Army spokesman")
            affiliated = _affiliation_after(doc, head, slots)
            key = affiliated.key if affiliated is not None else None
        if kind == "group" and key is None and _the_group().fullmatch(text):
            # "a banner signed by 'La Chapiza' appeared ... In it, the group denied": the
            # signer of the message just named speaks, not the group named last
            signer = _signed_by(doc, views, view, start, text)
            if signer is not None:
                return signer
            # "an MSF spokesperson told Reuters, though the group said": the organisation
            # that spoke last (this sentence or the one before), not the actor named last
            if not _is_collective(text):
                # (claims, s20) "the Tigray People's Liberation Front ...; the front denied":
                # a unit's noun stands only for an actor whose own name holds it; the armed
                # group named last may be the victim or the enemy ("militiamen were
                # ambushed ... the militants said": the attackers speak, unnamed)
                by_head = _named_by_head(views, view, start, text)
                if by_head is None and text.lower().split()[-1] in _group_nouns("members"):
                    by_head = _acting_group(doc, views, view, start)
                if by_head is not None:
                    return Speaker(by_head.key, "actor", text, by_head.actor_type)
                return Speaker(None, kind, text)
            spoke = _spoke_last(doc, views, view, start)
            if spoke is not None and spoke.key:
                return Speaker(spoke.key, "actor", text, spoke.actor_type)
            # "the group said", "the jihadist group said": the armed group named before
            ref = resolve_reference(views, view.index, start, "the group")
            if ref is not None and ref.key:
                return Speaker(ref.key, "actor", text, ref.actor_type)
        own = re.match(rf"(?i)(?:the|this)\s+(?:{_collective()})(?=[’']s\b)", text)
        if kind == "group" and key is None and own:
            # "the group's spokesman": a spokesman of the group named before
            ref = resolve_reference(views, view.index, start, own.group(0))
            if ref is not None and ref.key:
                return Speaker(ref.key, "group", text, ref.actor_type)
        return Speaker(key, kind, text)
    defined = _acronym_defined(doc, views, text)
    if defined is not None:
        return defined
    named = _named_before(views, view, text)
    if named is not None:
        return named
    if head is not None and head.ent_type_ == "PERSON":
        return Speaker(None, "person", text)
    capital = _capital_government(views, view, start, end)
    if capital is not None:
        return capital
    if head is not None and _unresolved_organisation(head, text):
        # (s18) "The Kivu Monitoring Network, a volunteer group, put the toll at 17": a
        # body's proper name that no actor took still names who speaks
        return Speaker(None, "organisations", text)
    return None


def _intelligence_modified(head: Token) -> bool:
    """(s25) Whether a word of an intelligence service (``intelligence_modifiers``) modifies
    the speaker's head noun ("intelligence officials", "an intelligence dossier", "the state
    intelligence branch"), itself no such word."""
    words = cue_words("intelligence_modifiers")
    if head.lower_ in words:
        return False
    return any(
        t.lower_ in words and t.dep_ in ("compound", "amod", "nmod")
        for c in head.children
        if c.i < head.i
        for t in c.subtree
    )


def _capital_government(
    views: Sequence[SentenceView], view: SentenceView, start: int, end: int
) -> Speaker | None:
    """(s25) "which Kigali denies", "Nairobi rejects this": a country's capital, read as a
    place, speaks as that country's government, when the report names the government as an
    actor (another of its mentions is one); a capital named as where something happened is
    no speaker (only a speaker phrase that is the capital's name alone reaches here)."""
    places = [
        sl
        for sl in view.slots
        if sl.kind == "place" and sl.place is not None and sl.place.place is not None
    ]
    whole = [sl for sl in places if sl.start <= start + 4 and sl.end >= end - 1]
    if len(whole) != 1 or not _is_capital(whole[0].place):
        return None
    place = whole[0].place.place if whole[0].place is not None else None
    if place is None or not place.country_code:
        return None
    key = state_key(place.country_code)
    for v in views:
        for sl in v.slots:
            if sl.kind == "actor" and sl.key == key:
                return Speaker(key, "actor", whole[0].text, sl.actor_type)
    return None


def _is_capital(mention: PlaceMention | None) -> bool:
    """Whether a place is a country's capital (the gazetteer's flag)."""
    place = mention.place if mention is not None else None
    if place is None or place.feature != "city":
        return False
    return any(
        c.capital and (place.geonames_id is None or c.geonameid == place.geonames_id)
        for c in open_geo_gazetteer().candidates(place.name, fuzzy=False)
        if c.country_code == place.country_code and c.feature == "city"
    )


@lru_cache(maxsize=1)
def _outlet_ties() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(s23) The ties of ``outlet_ties`` (claim_cues.yaml): a participle glued after the
    owner's name ("X-linked"), and a phrase right before it ("linked to X")."""
    data = load_data("claim_cues.yaml")["outlet_ties"]
    after = re.compile(rf"(?i)^\s*-\s*(?:{alternation(sorted(data['affixes']))})\b")
    before = re.compile(
        rf"(?i)\b(?:{alternation(sorted(data['before'], key=len, reverse=True))})\s+(?:the\s+)?$"
    )
    return after, before


def _tied_outlet_owner(
    doc: Doc, view: SentenceView, start: int, end: int, text: str
) -> Speaker | None:
    """(s23) An outlet the report does not name, tied to an armed group by ownership or
    affiliation ("a Telegram channel linked to the X", "an X-affiliated news site said"),
    speaks for that group, as its own outlet does ("its Telegram channel"); the channel's
    name, if it gives one, is the via. A partisan outlet ("pro-X websites") is none of
    the group's, nor is a state's press ("a state-run daily"): no armed group is tied."""
    after, before = _outlet_ties()
    body = doc_text(doc)
    for sl in view.slots:
        if sl.kind != "actor" or not sl.key or not (start <= sl.start and sl.end <= end):
            continue
        if sl.actor_type not in ARMED_TYPES:
            continue
        if not (after.match(body[sl.end : sl.end + 24]) or before.search(body[start : sl.start])):
            continue
        via = next(
            (name for p, name in (*load_cues().outlets, *load_cues().channels) if p.search(text)),
            None,
        )
        return Speaker(sl.key, "actor", text, sl.actor_type, via)
    return None


def _affiliation_after(doc: Doc, head: Token, slots: Sequence[Slot]) -> Slot | None:
    """(s23) The actor whose officials or sources the head noun names, in a prepositional
    phrase on the head itself ("a spokesman for the X", "sources from the X", "an official
    of Y's ministry"; ``affiliation_preps``): the phrase's own noun is the actor's name, or
    what the actor possesses or qualifies ("Kenya's foreign ministry", "the Kenyan army").
    None for an actor deeper down ("a spokesman for the victims of the X attack"), one in
    a place's phrase ("officials in X": no affiliation preposition), or a person."""
    preps = cue_words("affiliation_preps")
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            lo, hi = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text)
            for sl in slots:
                if not (lo <= sl.start and sl.end <= hi) or sl.actor_type == "person":
                    continue
                span = doc.char_span(sl.start, sl.end, alignment_mode="expand")
                tok = span.root if span is not None and len(span) else None
                while (
                    tok is not None and tok.i != obj.i and tok.dep_ in ("compound", "poss", "amod")
                ):
                    tok = tok.head
                if tok is not None and tok.i == obj.i:
                    return sl
    return None


def _unresolved_organisation(head: Token, text: str) -> bool:
    """(s18) A proper name of two words or more, headed by an organisation's noun
    (``organisation_name_heads``: "Network", "Committee", "Observatory"), every word but
    linking ones capitalised: a body, though no actor resolved it."""
    if head.pos_ != "PROPN" or head.lower_ not in load_cues().organisation_name_heads:
        return False
    words = re.sub(r"^(?:the|The)\s+", "", text).split()
    return len(words) >= 2 and all(
        w[:1].isupper() or w in load_cues().name_linking_words for w in words
    )


# a word of a name: capitalised, not a heading in capitals ("ARMED ACTORS")
_NAME_WORD = r"[A-Z][\w’'-]*[a-z][\w’'-]*"


def _acronym_defined(doc: Doc, views: Sequence[SentenceView], text: str) -> Speaker | None:
    """An acronym the report defined ("Arambai Tenggol (AT), a Meitei militia ... AT
    announced"): the actor named before its definition, else that name as the text gives
    it (a group the gazetteer and the model both missed)."""
    if not re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}", text):
        return None
    full = doc_text(doc)
    m = re.search(
        rf"((?:{_NAME_WORD}[ \t\n]){{0,5}}{_NAME_WORD})\s*\(\s*{re.escape(text)}\s*\)", full
    )
    if m is None:
        return None
    for v in views:
        if v.start <= m.start(1) < v.end:
            slot = next(
                (
                    sl
                    for sl in v.slots
                    if sl.kind == "actor" and sl.key and sl.start <= m.start(1) < sl.end
                ),
                None,
            )
            if slot is not None:
                return Speaker(slot.key, "actor", text, slot.actor_type)
            break
    return Speaker(None, "group", f"{m.group(1)} ({text})")


_SIGNED_BY = re.compile(
    r"\b(?:signed|issued|released|posted|authored|sent|published|claimed)\s+by\s+(?:the\s+)?"
    r"[\"“]?(?P<name>[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|de|del|al|el|la|of))*)"
)


def _signed_by(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, at: int, text: str
) -> Speaker | None:
    """The signer of a message named in this sentence or the one before ("a banner signed by
    'La Chapiza' appeared on a bridge. In it, the group denied ..."): an actor when one is
    named there, else the name as the text gives it."""
    full = doc_text(doc)
    earlier = [view, views[view.index - 1]] if view.index > 0 else [view]
    for v in earlier:
        hits = [m for m in _SIGNED_BY.finditer(full, v.start, min(v.end, at))]
        if not hits:
            continue
        m = hits[-1]
        slot = next(
            (
                sl
                for sl in v.slots
                if sl.kind == "actor" and sl.key and sl.start <= m.start("name") < sl.end
            ),
            None,
        )
        if slot is not None:
            return Speaker(slot.key, "actor", text, slot.actor_type)
        return Speaker(None, "group", m.group("name"))
    return None


def _carried_by(text: str, at: int) -> bool:
    """The outlet at offset ``at`` is named after a cue of how words came ("carried by the
    state news agency", "quoted by")."""
    before = text[max(0, at - 70) : at]
    return any(m.end() == len(before) for m in load_cues().via_before.finditer(before))


_NO_GROUP_TYPES = frozenset({"person", "government", "state_forces", "media"})


def _spoke_last(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, at: int
) -> Slot | None:
    """The organisation that spoke last before offset ``at``, in its sentence or the one
    before: an actor (no person, state or outlet) inside the subject of a reporting verb
    ("Fighters from the Sagaing PDF said ...", "an MdM spokesperson told AFP ...")."""
    verbs = load_cues().verbs
    for earlier in (view, views[view.index - 1]) if view.index > 0 else (view,):
        for sl in reversed(earlier.slots):
            if sl.kind != "actor" or not sl.key or sl.start >= at:
                continue
            if (sl.actor_type or "") in _NO_GROUP_TYPES:
                continue
            span = doc.char_span(sl.start, sl.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            tok = span.root
            for _ in range(6):
                if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ == "VERB":
                    if tok.head.lemma_.lower() in verbs and tok.head.idx < at:
                        return sl
                    break
                if tok.head is tok or tok.dep_ not in (
                    "compound",
                    "poss",
                    "pobj",
                    "prep",
                    "amod",
                    "appos",
                    "nmod",
                    "conj",
                ):
                    break
                tok = tok.head
    return None


def _named_before(views: Sequence[SentenceView], view: SentenceView, text: str) -> Speaker | None:
    """ "Abdi told Asharq al-Awsat that C" after "Mazloum Abdi" was named: a bare surname
    (or a title and surname) stands for the person named in full before."""
    m = re.fullmatch(
        r"(?:(?:Mr|Mrs|Ms|Dr|Gen|General|President|Minister)\.?\s+)?"
        r"((?-i:[A-Z])[\w'’-]+)",
        text,
    )
    if m is None:
        return None
    last = m.group(1)
    for earlier in reversed(views[: view.index + 1]):
        for sl in earlier.slots:
            if (
                sl.kind == "actor"
                and sl.key
                and sl.actor_type == "person"
                and sl.text.split()[-1] == last
                and len(sl.text.split()) > 1
            ):
                return Speaker(sl.key, "person", text, sl.actor_type)
    return None


# a possessive just before a mention: "its Amaq news agency", "the group's Amaq agency"
# what lies between a group's noun and its name: nothing, a comma, or (s19) a naming
# participle ("a new militia calling itself Ciidanka X", "a faction known as the FPDK")
@lru_cache(maxsize=1)
def _naming() -> re.Pattern[str]:
    """The naming participles (``naming_participles``) that may stand between a noun and
    its name."""
    words = alternation(sorted(cue_words("naming_participles")))
    return re.compile(rf"\s*,?\s*(?:{words})?\s*")


@lru_cache(maxsize=1)
def _through() -> re.Pattern[str]:
    """ "via the", "through": a channel's preposition (``through_words``) right before a
    mention."""
    words = alternation(sorted(cue_words("through_words")))
    return re.compile(rf"\b(?:{words})\s+(?:the\s+)?$", re.IGNORECASE)


_POSSESSED = re.compile(r"(?:\b(?:its|their)|[’']s)\s+(?:the\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _issued_through() -> re.Pattern[str]:
    """ "A claim published by", "a statement posted on": what a party issued, before the
    party or its outlet."""
    nouns = alternation(sorted(load_cues().statement_nouns | {"claim"}))
    return re.compile(
        rf"(?i)(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:{nouns})s?\s+(?:issued|released|"
        r"published|posted|carried|broadcast|circulated|distributed)\s+(?:by|on|through|via|in)\s+"
    )


@lru_cache(maxsize=1)
def _owned_outlet_pattern() -> re.Pattern[str]:
    data = load_data("claim_cues.yaml")
    nouns = alternation(data.get("owned_outlet_nouns") or ["(?!)"])
    groups = alternation(data.get("owner_nouns") or ["group"])
    # (s19b) an Arabic article glued to a name ("al-Naba", "an-Nasr"): the words are data
    articles = alternation(sorted(cue_words("name_article_prefixes")))
    return re.compile(
        rf"(?P<owner>its|their|(?:the|this)\s+(?:[\w-]+\s+)?(?:{groups})[’']s|"
        r"(?P<name>(?-i:[A-Z])[\w.-]*(?:\s+(?-i:[A-Z])[\w.-]*){0,5})[’']s)\s+"
        rf"(?P<outlet>(?:(?-i:[A-Z])[\w'’.-]*\s+){{0,3}}(?:[\w-]+\s+)?(?:{nouns})"
        # (s19) or the noun before the name: "its weekly al-Naba", "its radio Al-Andalus"
        rf"(?:\s+[*_]*(?:(?:{articles})-)?(?-i:[A-Z])[\w'’.-]*(?:[\s-]+(?-i:[A-Z])[\w'’.-]*){{0,3}}[*_]*)?)\b",
        re.IGNORECASE,
    )


def _owned_outlet(
    doc: Doc,
    views: Sequence[SentenceView],
    view: SentenceView,
    start: int,
    text: str,
    outlet_speaks: bool = True,
) -> Speaker | None:
    """ "its Telegram channel", "the group's media wing": an outlet or organ of an owner,
    who is the speaker; the outlet carried it. (s22) An outlet the phrase names and the
    report knows as an actor, after an owner named by a noun or a name rather than a
    pronoun ("the movement's al-Manar channel reported", "Hezbollah's outlet al-Manar said"),
    speaks itself, as analysts code it, unless ``outlet_speaks`` is off ("a claim published
    by the movement's al-Manar channel": the owner's claim, carried)."""
    m = _owned_outlet_pattern().match(text)
    if m is None or not re.match(
        r"\s*(?:$|[,;(]|(?:on|in|last|this|earlier|late|early|at|from)\b)", text[m.end() :]
    ):
        return None  # "its Telegram channel on Thursday"; not "its radio host Ali Abdi"
    owner: Slot | None = None
    if m.group("name"):
        owner = next(
            (
                sl
                for sl in view.slots
                if sl.kind == "actor" and sl.key and sl.start <= start + m.start("name") < sl.end
            ),
            None,
        )
    else:
        owner = _clause_subject(doc, view, start)
        if owner is None:
            word = "its" if m.group("owner").lower() in ("its", "their") else "the group"
            owner = resolve_reference(views, view.index, start, word)
    if owner is None or not owner.key or owner.actor_type in ("media", "person"):
        return None
    if (
        outlet_speaks
        and owner.actor_type in ARMED_TYPES
        and m.group("owner").lower() not in ("its", "their")
    ):
        # "its weekly magazine described C": the pronoun's group speaks through its organ;
        # an owner named again ("the group's", "Hezbollah's") sets the outlet up as the voice
        lo, hi = start + m.start("outlet"), start + m.end("outlet")
        named = next(
            (
                sl
                for sl in view.slots
                if sl.kind == "actor"
                and sl.key
                and sl.actor_type == "media"
                and lo <= sl.start
                and sl.end <= hi
            ),
            None,
        )
        if named is not None:
            return Speaker(named.key, "actor", text, "media", own_voice=True)
    outlet = m.group("outlet")
    if owner.actor_type not in ARMED_TYPES and re.search(
        r"(?i)\b(?:news|press|newspaper|daily|television|tv|radio|broadcaster)\b", outlet
    ):
        return None  # "Iran's Tasnim news agency": a state's press is an outlet of its own
    via: str | None = None
    cues = load_cues()
    for pattern, name in (*cues.outlets, *cues.channels):
        if pattern.search(outlet):
            via = name
            break
    news = re.search(
        r"(?i)\b(?:news|media|press|channel|account|website|radio|television|tv)\b", outlet
    )
    if via is None and news is not None:
        caps = re.match(r"((?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})\s", outlet)
        via = caps.group(1) if caps else None
    return Speaker(owner.key, "actor", text, owner.actor_type, via)


def _clause_subject(doc: Doc, view: SentenceView, at: int) -> Slot | None:
    """The actor subject of the clause governing offset ``at`` ("AQAP claimed an attack,
    according to its Telegram channel": AQAP), when it comes before ``at``."""
    tok = next((t for t in doc if t.idx <= at < t.idx + len(t.text) + 1), None)
    for _ in range(6):
        if tok is None:
            return None
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.idx < at]
        if subj:
            lo = min(t.idx for t in subj[0].subtree)
            hi = max(t.idx + len(t.text) for t in subj[0].subtree)
            found = [
                sl
                for sl in view.slots
                if sl.kind == "actor"
                and sl.key
                and lo <= sl.start < hi
                and sl.actor_type not in ("person", "media")
            ]
            return found[0] if found else None
        if tok.head is tok:
            return None
        tok = tok.head
    return None


@lru_cache(maxsize=1)
def _evidence_pattern() -> re.Pattern[str]:
    data = load_data("claim_cues.yaml")
    nouns = alternation(data.get("evidence_heads") or ["(?!)"])
    return re.compile(rf"(?i)(?:(?:the|some|several|many|new|recent|amateur)\s+)*(?:{nouns})\b")


def _evidence_head(text: str) -> bool:
    """ "videos that circulated on social media", "footage shared online": evidence that
    shows something, not a source that says it (unless someone issued it: "a video released
    by the group")."""
    m = _evidence_pattern().match(text)
    return m is not None and not re.search(r"(?i)\b(?:by|from)\b", text[m.end() :])


def _group_nouns(section: str) -> list[str]:
    """One list of ``group_reference`` (claim_cues.yaml): "modifiers", "collective", "unit"."""
    return [str(w) for w in (load_data("claim_cues.yaml").get("group_reference") or {})[section]]


@lru_cache(maxsize=1)
def _collective() -> str:
    """The alternation of the nouns any organisation takes ("group", "organisation")."""
    return alternation(_group_nouns("collective"))


def _is_collective(text: str) -> bool:
    """Whether the definite speaker ``text`` ends on a noun any organisation takes ("the
    jihadist group"), not on a unit's noun ("the front", "the militants")."""
    return re.search(rf"(?i)\b(?:{_collective()})$", text) is not None


@lru_cache(maxsize=1)
def _the_group() -> re.Pattern[str]:
    """ "the group", "the jihadist group", "the front": an actor named before."""
    modifiers = alternation(_group_nouns("modifiers"))
    nouns = alternation(
        [*_group_nouns("collective"), *_group_nouns("unit"), *_group_nouns("members")]
    )
    return re.compile(rf"(?i)(?:the|this)\s+(?:(?:{modifiers})\s+)?(?:{nouns})")


def _named_by_head(
    views: Sequence[SentenceView], view: SentenceView, at: int, text: str
) -> Slot | None:
    """(claims, s20) The actor, named before offset ``at`` in this sentence or the three
    before, whose own name holds the head noun of the definite speaker ``text`` ("the front"
    → "the Tigray People's Liberation Front", "the brigade" → "the 5th Brigade"); None when
    no name holds it, and for the nouns any organisation takes ("the group")."""
    if _is_collective(text):
        return None
    head = text.lower().split()[-1]
    stem = head[:-1] if head.endswith("s") else head
    types = cue_words("unit_reference_types")
    for back in range(0, 4):
        if view.index - back < 0:
            break
        slots = views[view.index - back].slots
        for sl in reversed(slots):
            if sl.kind != "actor" or not sl.key or (back == 0 and sl.start >= at):
                continue
            if (sl.actor_type or "organization") not in types:
                continue
            if re.search(rf"(?i)\b{re.escape(stem)}(?:s|es)?\b", sl.text):
                return sl
    return None


def _acting_group(
    doc: Doc, views: Sequence[SentenceView], view: SentenceView, at: int
) -> Slot | None:
    """(claims, s20) "Fighters of al-Shabaab stormed a base ... The militants claimed C": the
    armed group that acted in the nearest sentence (this one before ``at``, or one of the
    three before) naming any armed group. None when that sentence names two ("troops and
    Wazalendo militias retook the town from the M23"), or when its group did not act as the
    subject of an active verb ("a convoy of Koglweogo militiamen was ambushed")."""
    types = cue_words("acting_group_types")
    climb = cue_words("acting_climb_deps")
    for back in range(0, 4):
        if view.index - back < 0:
            return None
        slots = [
            sl
            for sl in views[view.index - back].slots
            if sl.kind == "actor"
            and sl.key
            and sl.actor_type in types
            and (back > 0 or sl.end <= at)
        ]
        if not slots:
            continue
        if len({sl.key for sl in slots}) > 1:
            return None
        for sl in slots:
            # (s23) climb from the name's head word: a name's first token ("the" of "the
            # Popular Front") hangs on its own head, not on the phrase the name belongs to
            span = doc.char_span(sl.start, sl.end, alignment_mode="expand")
            tok = span.root if span is not None and len(span) else None
            while tok is not None and tok.dep_ in climb and tok.head is not tok:
                tok = tok.head
            if tok is not None and tok.dep_ == "nsubj":
                return sl
        return None
    return None


# nouns for what a party issues: "issued a statement saying", "said in a statement that"
_STATEMENT_NOUNS = frozenset(load_cues().statement_nouns)


def speaker_token(verb: Token) -> tuple[Token | None, bool]:
    """The subject of a reporting verb, climbing through participles, conjuncts and
    "prompted X to say". Returns (token, passive)."""
    v: Token | None = verb
    absolute = with_absolute_subject(verb)
    if absolute is not None:
        return absolute, False  # "..., with one rights group counting 21 bodies"
    reporter = misplaced_participle(verb)
    if reporter is not None:
        v = reporter  # "X denied that C, telling Reuters that D": X tells Reuters
    for _ in range(4):
        if v is None:
            break
        acronym = [
            c
            for c in v.children
            if c.dep_ in ("aux", "auxpass")
            and c.i == v.i - 1
            and c.text.isupper()
            and len(c.text) > 1
            and not v.text.isupper()
        ]
        if acronym:
            # "The following day IS claimed the attack": the group's acronym read as "is"
            return acronym[0], False
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and v is verb:
            # "UN monitors estimate ISKP has ...": the parser made the subject a compound
            subj = [
                c
                for c in v.children
                if c.dep_ == "compound" and c.i < v.i and c.pos_ in ("NOUN", "PROPN")
            ][-1:]
        if not subj and v is verb:
            # "A spokesperson for the Assam Rifles, the force often called ..., told PTI":
            # the parser made the subject noun opening the sentence a clause of the verb
            subj = [
                c
                for left in v.lefts
                for c in left.subtree
                if c.dep_ in ("advcl", "npadvmod", "nsubj")
                and c.pos_ == "NOUN"
                and c.left_edge.i == v.sent.start
                and (c.dep_ != "nsubj" or left.dep_ in ("ccomp", "advcl"))
                and not any(g.dep_ in ("nsubj", "nsubjpass") for g in v.children)
            ][:1]
        if not subj and v is verb:
            subj = _noun_before(v)
        if subj:
            # two subjects are a misparse of a title ("spokesman Brig. Gen. Ronald Rwivanga
            # said", parsed [Brig.] [Rwivanga] said): the one next to the verb names the speaker
            s = max((c for c in subj if c.i < v.i), key=lambda c: c.i, default=subj[0])
            s = _named_before_aside(s, subj)
            if s.lower_ in ("who", "which", "that") and v.dep_ == "relcl":
                return v.head, False
            # (s18) "The group has drones and is believed to make them": a conjoined verb
            # with its own passive auxiliary is passive, its subject shared
            own_passive = v is not verb and _own_passive(verb)
            return s, (s.dep_ == "nsubjpass" and v is verb) or own_passive
        if v.dep_ == "xcomp":
            objs = [c for c in v.head.children if c.dep_ in ("dobj", "obj")]
            if objs:
                return objs[0], v is not verb and _own_passive(verb)
        quoting = quoting_verb(v)
        if quoting is not None:
            # "SUNA quoted the governor as saying C", "an officer was quoted by local media
            # as saying C": the one quoted speaks (the quoting outlet is the claim's via)
            quoted = [c for c in quoting.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
            if quoted:
                return quoted[0], False
        if v.dep_ in ("conj", "advcl", "pcomp") and v.head is not v:
            v = v.head
            continue
        if v.dep_ == "acl" and v.head.lemma_.lower() in _STATEMENT_NOUNS and v.head.head is not v:
            # "the army issued a statement saying ...": who issued it speaks
            v = v.head.head
            if v.dep_ == "prep" and v.head.pos_ in ("VERB", "AUX") and v.head is not v:
                # "X was quoted in a video circulated online vowing C": the one quoted in
                # the video speaks
                v = v.head
            continue
        break
    return None, False


def _noun_before(verb: Token) -> list[Token]:
    """(s19) "On 7 September a Nyatura commander, Col. X, announced that C", parsed with the
    noun hung on the date: a verb left without a subject takes the noun phrase that ends
    right before it (a comma aside) as its subject, when the parser hung it as a modifier."""
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    for c in (t for left in verb.lefts for t in left.subtree):
        if c.dep_ not in ("npadvmod", "appos", "pobj") or c.pos_ not in ("NOUN", "PROPN"):
            continue
        if c.ent_type_ in ("DATE", "TIME", "CARDINAL"):
            continue
        edge = c.right_edge.i
        gap = verb.doc[edge + 1 : verb.i]
        if edge < verb.i and all(t.text == "," for t in gap) and len(gap) <= 1:
            if c.dep_ == "appos" and c.head.pos_ == "PROPN" and c.head.i < c.i:
                # (s25) '"C," Lt Col X, a defence spokesman, said', the name parsed as the
                # quotation's object: the apposition describes the name, which speaks
                return [c.head]
            return [c]
    return []


def with_absolute_subject(verb: Token) -> Token | None:
    """(s18) The subject of a participle in an absolute "with" phrase ("the toll was higher,
    with one rights group, the FJKL, counting 21 bodies", "with officials putting the toll at
    40"): the noun after "with", parsed as its object, reports what the participle says."""
    found = absolute_with(verb)
    return found[1] if found is not None else None


def absolute_with(verb: Token) -> tuple[Token, Token] | None:
    """(s18) The "with" word and the subject of an absolute "with" phrase the participle
    ``verb`` closes, or None. The phrase is an adverbial of the whole clause, set off by a
    comma (or opening the sentence), and the participle follows its noun phrase directly
    (or after the name set off by commas): "clashed with ADF fighters near X, claiming C" and
    "fled with their cattle, saying C" are a verb's complement and then a participle of the
    sentence's subject, not an absolute phrase."""
    if verb.tag_ != "VBG":
        return None
    own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if own:
        # "with local officials putting the toll at 40", parsed as such
        head = verb.head
        if verb.dep_ == "pcomp" and head.lower_ == "with" and _sets_off(head):
            return head, own[0]
        return None
    withs = [
        t
        for t in verb.doc[verb.sent.start : verb.i]
        if t.lower_ == "with" and t.dep_ == "prep" and _sets_off(t)
    ]
    if not withs:
        return None
    with_word = withs[-1]
    objs = [c for c in with_word.children if c.dep_ == "pobj"]
    if not objs:
        return None
    gap = verb.doc[objs[0].right_edge.i + 1 : verb.i]
    if all(t.is_punct for t in gap):
        # "with one local NGO, the Beni Civil Society, counting": the name in apposition
        # names the speaker that the common noun only describes
        named = [c for c in objs[0].children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        return with_word, named[0] if named else objs[0]
    # ", with one rights group, the Kivu Security Tracker, counting": the name set off by
    # commas, parsed apart from the noun it names, is the speaker's name
    words = [t for t in gap if not t.is_punct]
    if (
        len(gap) > 2
        and gap[0].text == ","
        and gap[-1].text == ","
        and not any(t.pos_ in ("VERB", "AUX") for t in words)
    ):
        roots = [t for t in words if not (gap.start <= t.head.i < gap.end)]
        one_name = len(roots) == 1 and roots[0].pos_ == "PROPN"
        return with_word, roots[0] if one_name else objs[0]
    return None


def _sets_off(with_word: Token) -> bool:
    """A "with" that opens an adverbial phrase: after a comma or a dash, or opening the
    sentence ("With officials putting the toll at 40, ..."); a "with" right after its verb
    ("met with elders") is the verb's complement."""
    if with_word.i == with_word.sent.start:
        return True
    return with_word.doc[with_word.i - 1].text in (",", "—", "–", "--", ";")


def _named_before_aside(s: Token, subj: Sequence[Token]) -> Token:
    """(s18) "The IMP — an alliance formed in 2025 that unites X — claimed C", parsed with two
    subjects: an indefinite description set off by a dash or comma is an aside on the
    name before it, which is the speaker."""
    earlier = [c for c in subj if c.i < s.i and c.pos_ == "PROPN"]
    if not earlier or s.left_edge.i == 0:
        return s
    indefinite = any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in s.children)
    set_off = s.doc[s.left_edge.i - 1].text in ("—", "–", "-", "--", ",", "(")
    return earlier[-1] if indefinite and set_off else s


def _own_passive(verb: Token) -> bool:
    """(s18) A verb passive by its own words, whatever verb the parser joined it to: "... and
    is believed to make them" (its passive auxiliary), "stands accused by Amnesty of C" (a
    participle with an agent)."""
    return any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)
    )


_QUOTING_LEMMAS = frozenset({"quote", "cite"})


def quoting_verb_lemma(verb: Token) -> bool:
    """A verb that quotes someone ("was quoted as saying", "was cited as saying")."""
    return verb.lemma_.lower() in _QUOTING_LEMMAS


def misplaced_participle(verb: Token) -> Token | None:
    """The reporting verb a participle of speech belongs to when the parser hung it inside
    the reported clause ("X denied that the militia shelled the camp, telling Reuters that
    D": "telling" is X's, not the militia's); None elsewhere."""
    cues = load_cues()
    clause = verb.head
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or verb.i == 0
        or verb.doc[verb.i - 1].text != ","
        or verb.lemma_.lower() not in cues.verbs
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
        or clause.dep_ != "ccomp"
        or clause.head == clause
        or clause.head.lemma_.lower() not in cues.verbs
    ):
        return None
    return clause.head


def quoting_verb(verb: Token) -> Token | None:
    """The verb that quotes a speaker "as saying" (``verb`` is "saying"): "SUNA quoted the
    governor as saying C" gives "quoted"; None elsewhere."""
    prep = verb.head
    if (
        verb.dep_ != "pcomp"
        or verb.tag_ != "VBG"
        or prep is verb
        or prep.lower_ != "as"
        or prep.head is prep
        or prep.head.lemma_.lower() not in _QUOTING_LEMMAS
    ):
        return None
    return prep.head


def name_words(name: str) -> tuple[str, ...]:
    """The lower-cased words of a name ("Kenya Police Service" → kenya, police, service)."""
    return tuple(re.findall(r"[\w’'-]+", name.lower()))


def _holds_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """``run`` is a contiguous sequence of whole words of ``words``."""
    n = len(run)
    return any(words[i : i + n] == run for i in range(len(words) - n + 1))


def institution_actor(phrase: str, actors: Sequence[Actor]) -> Actor | None:
    """(s22) The one actor of the report an unnamed official speaker phrase names: "Police
    said" after the national police force was named, "the Oyo state government said" where
    the resolver kept the name as an actor but the sentence read a place in it. The phrase,
    without its determiner, must be a name or alias of exactly one actor of an institution's
    type, or else lie as whole words inside the name of exactly one such actor ("police" in
    "Ghana Police Service"); otherwise the speaker stays unnamed (two police forces, or
    "officials", which names no institution)."""
    words = name_words(phrase)
    determiners = cue_words("institution_determiners")
    while words and words[0] in determiners:
        words = words[1:]
    if not words:
        return None
    types = cue_words("institution_speaker_types")
    pool = [a for a in actors if a.type in types]
    found = _one_institution(words, pool)
    levels = cue_words("institution_levels")
    if found is None and len(words) > 1 and words[0] in levels:
        # (s25) "the federal police", "the state police": the one police the report named;
        # (s25b) not one named at another level ("the state police" is not the report's
        # "Federal Police")
        found = _one_institution(words[1:], pool)
        if found is not None and any(
            set(name_words(n)) & levels for n in (found.name, *found.aliases)
        ):
            found = None
    return found


def _one_institution(words: tuple[str, ...], pool: Sequence[Actor]) -> Actor | None:
    """The one actor of ``pool`` that ``words`` name: a name or alias equal to them, else
    the one name that holds them as whole words."""
    exact = [a for a in pool if any(name_words(n) == words for n in (a.name, *a.aliases))]
    if len(exact) == 1:
        return exact[0]
    if exact:
        return None
    inside = [a for a in pool if _holds_run(name_words(a.name), words)]
    return inside[0] if len(inside) == 1 else None
