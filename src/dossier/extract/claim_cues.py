"""Cues of attribution: reporting verbs, source kinds, outlets and channels
(``ontology/claim_vocab.yaml`` plus ``data/extract/claim_cues.yaml``), and the outlet or
channel that carried a claim (:func:`find_via`: "quoted by the Interfax agency" → Interfax,
"said on social media").

Example::

    cues = load_cues()
    cues.verbs["say"]  # the stance of a reporting verb
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from dossier.extract.common import SentenceView
from dossier.extract.lexicon import alternation, load_data
from dossier.nlp.text import doc_text
from dossier.ontology import load_ontology

__all__ = ["cue_words", "ClaimCues", "find_via", "is_generic_via", "load_cues", "outlet_name"]


@dataclass(frozen=True)
class ClaimCues:
    """The attribution cues, compiled once (see :func:`load_cues`)."""

    verbs: dict[str, str]  # lemma -> stance
    object_verbs: frozenset[str]
    label_verbs: frozenset[str]  # "calling the attack an act of war": object plus predicate
    object_stoplist: frozenset[str]
    kinds: tuple[tuple[str, frozenset[str]], ...]  # (kind, cue words), in priority order
    not_speakers: frozenset[str]
    outlets: tuple[tuple[re.Pattern[str], str], ...]
    channels: tuple[tuple[re.Pattern[str], str], ...]
    via_before: re.Pattern[str]
    channel_before: re.Pattern[str]
    via_strong: frozenset[str] = frozenset()
    rejection_verbs: frozenset[str] = frozenset()
    denial_objects: frozenset[str] = frozenset()
    statement_nouns: frozenset[str] = frozenset()
    observer_modifiers: frozenset[str] = frozenset()
    addressee_verbs: frozenset[str] = frozenset()  # "was informed that": the subject heard it
    organ_heads: frozenset[str] = frozenset()  # "the UN refugee agency": an organ of an actor
    possessed_speaker_heads: frozenset[str] = frozenset()  # "Its information team said"
    organisation_name_heads: frozenset[str] = frozenset()  # "the Kivu Monitoring Network"
    news_words: frozenset[str] = frozenset()  # "news agency": an organ that is an outlet
    anaphoric_determiners: frozenset[str] = frozenset()  # "disputed these figures"
    clause_object_verbs: frozenset[str] = frozenset()  # "denied backing", "claimed to have"
    confirming_verbs: frozenset[str] = frozenset()  # "did not confirm C": C is unconfirmed
    clause_only_verbs: frozenset[str] = frozenset()  # "said the fighters left": never a noun
    unnamed_heads: frozenset[str] = frozenset()  # "a defence official": one unnamed person
    author_subjects: frozenset[str] = frozenset()  # "We assess that C": the report's author
    author_verbs: frozenset[str] = frozenset()  # verbs of judgement the author assesses with
    estimative_cues: frozenset[str] = frozenset()  # ICD 203 words of the author's own estimate
    anonymity_verbs: frozenset[str] = frozenset()  # "asked not to be named"
    count_object_verbs: frozenset[str] = frozenset()  # "trackers logged two flights"
    label_use_verbs: frozenset[str] = frozenset()  # "use the term 'X' for Y"
    label_nouns: frozenset[str] = frozenset()  # "the term", "the label"
    object_verb_preps: tuple[tuple[str, str], ...] = ()  # "put the toll at", "attributed X to"
    attribution_verbs: tuple[tuple[str, str], ...] = ()  # "blamed the attack on X"
    outlet_object_verbs: frozenset[str] = frozenset()  # "claimed the attack via Amaq"
    denied_parts: frozenset[str] = frozenset()  # "denied responsibility"
    # (s18) the words of the s18 mechanisms, each documented in claim_cues.yaml
    no_comment: re.Pattern[str] = re.compile(r"(?!)")  # "did not respond to requests for comment"
    widely_adverbs: frozenset[str] = frozenset()  # "widely seen as"
    perceived_verbs: frozenset[str] = frozenset()
    strong_carry_verbs: frozenset[str] = frozenset()  # "a statement broadcast by X"
    hearsay_object: re.Pattern[str] = re.compile(r"(?!)")  # "denies reports that"
    source_label_heads: frozenset[str] = frozenset()  # "Commonly cited estimate:"
    source_label_attributed: frozenset[str] = frozenset()  # "Figures compiled by the UN:"
    source_label_attribution: tuple[str, ...] = ()
    source_label_never: frozenset[str] = frozenset()  # "Key figures:", "Note on sources:"
    statement_owner_adjectives: tuple[str, ...] = ()  # "a new army communique"
    said_note_verbs: tuple[str, ...] = ()  # ", X said.¹"
    unverified_speaker_words: tuple[str, ...] = ()  # "unconfirmed reports"
    accusing_verbs: frozenset[str] = frozenset()  # "accused X of C"
    answering_pronouns: frozenset[str] = frozenset()  # ", an accusation it rejects"
    name_linking_words: frozenset[str] = frozenset()  # "Observatory for Human Rights"


@lru_cache(maxsize=1)
def load_cues() -> ClaimCues:
    """Reporting verbs, source kinds, outlets and channels (vocabulary + extract lexicon)."""
    vocab = load_ontology().claims
    data = load_data("claim_cues.yaml")
    verbs: dict[str, str] = {}
    for stance, lemmas in vocab.reporting_verbs:
        for lemma in lemmas:
            verbs.setdefault(lemma, stance)
    for stance, lemmas in data["extra_verbs"].items():
        for lemma in lemmas:
            verbs.setdefault(lemma, stance)
    kinds: list[tuple[str, frozenset[str]]] = []
    extra = data["extra_source_kinds"]
    kinds.append(("media", frozenset(extra["media"]["cues"])))
    vocab_kinds = {k.id: set(k.cues) for k in vocab.source_kinds}
    for kind_id, row in extra.items():
        vocab_kinds.setdefault(kind_id, set()).update(row["cues"])
    for kind_id, cues in vocab_kinds.items():
        if kind_id != "media":
            kinds.append((kind_id, frozenset(cues)))
    outlets = tuple(
        # "through Amaq2": a footnote mark glued to the name
        (re.compile(rf"(?<![\w-])(?:{alternation(forms)})(?:\d{{1,2}}\b)?(?![\w-])"), name)
        for name, forms in data["outlets"].items()
    )
    channels = tuple(
        (re.compile(rf"^(?:{alternation(forms)})(?![\w-])", re.IGNORECASE), name)
        for name, forms in data["channels"].items()
    )
    return ClaimCues(
        verbs=verbs,
        object_verbs=frozenset(data["object_verbs"]),
        label_verbs=frozenset(data.get("label_verbs") or ()),
        object_stoplist=frozenset(data["object_stoplist"]),
        kinds=tuple(kinds),
        not_speakers=frozenset(data["not_speakers"]),
        outlets=outlets,
        channels=channels,
        via_before=re.compile(
            rf"\b(?P<cue>{alternation(data['via_before'])})\s+"
            rf"(?:the\s+|an?\s+|its\s+|their\s+|his\s+|her\s+)?"
            rf"(?P<desc>(?:(?:{alternation(data.get('outlet_descriptor_modifiers') or ['(?!)'])}"
            rf"|{data.get('outlet_origin_pattern') or '(?!)'})"
            rf"\s+)*(?:{alternation(data.get('outlet_descriptor_nouns') or ['(?!)'])})\s+)?"
        ),
        via_strong=frozenset(data.get("via_strong") or ()),
        rejection_verbs=frozenset(data.get("rejection_verbs") or ()),
        denial_objects=frozenset(data.get("denial_objects") or ()),
        channel_before=re.compile(
            rf"\b(?:{alternation(data['channel_before'])})\s+(?:its\s+|his\s+|her\s+|their\s+)?",
            re.IGNORECASE,
        ),
        statement_nouns=frozenset(data.get("statement_nouns") or ()),
        observer_modifiers=frozenset(data.get("observer_modifiers") or ()),
        addressee_verbs=frozenset(data.get("addressee_verbs") or ()),
        organ_heads=frozenset(data.get("organ_heads") or ()),
        possessed_speaker_heads=frozenset(data.get("possessed_speaker_heads") or ()),
        organisation_name_heads=frozenset(
            str(w).lower() for w in data.get("organisation_name_heads") or ()
        ),
        news_words=frozenset(data.get("news_words") or ()),
        anaphoric_determiners=frozenset(data.get("anaphoric_determiners") or ()),
        clause_object_verbs=frozenset(data.get("clause_object_verbs") or ()),
        confirming_verbs=frozenset(data.get("confirming_verbs") or ()),
        clause_only_verbs=frozenset(data.get("clause_only_verbs") or ()),
        unnamed_heads=frozenset(data.get("unnamed_heads") or ()),
        author_subjects=frozenset(data.get("author_subjects") or ()),
        author_verbs=frozenset(data.get("author_verbs") or ()),
        estimative_cues=frozenset(data.get("estimative_cues") or ()),
        anonymity_verbs=frozenset(data.get("anonymity_verbs") or ()),
        count_object_verbs=frozenset(data.get("count_object_verbs") or ()),
        label_use_verbs=frozenset(data.get("label_use_verbs") or ()),
        label_nouns=frozenset(data.get("label_nouns") or ()),
        object_verb_preps=tuple((data.get("object_verb_preps") or {}).items()),
        attribution_verbs=tuple((data.get("attribution_verbs") or {}).items()),
        outlet_object_verbs=frozenset(data.get("outlet_object_verbs") or ()),
        denied_parts=frozenset(data.get("denied_parts") or ()),
        no_comment=re.compile(
            r"\s+(" + "|".join(f"(?:{p})" for p in data.get("no_comment") or ["(?!)"]) + r")"
            r"\s*[.;]?\s*$"
        ),
        widely_adverbs=_words(data, "widely_adverbs"),
        perceived_verbs=_words(data, "perceived_verbs"),
        strong_carry_verbs=_words(data, "strong_carry_verbs"),
        hearsay_object=re.compile(
            rf"\b((?:(?:{alternation(data.get('hearsay_modifiers') or ['(?!)'])})\s+)?"
            rf"(?:{alternation(data.get('hearsay_nouns') or ['(?!)'])}))\s+that\s*$",
            re.IGNORECASE,
        ),
        source_label_heads=_words(data, "source_label_heads"),
        source_label_attributed=_words(data, "source_label_attributed"),
        source_label_attribution=tuple(data.get("source_label_attribution") or ()),
        source_label_never=_words(data, "source_label_never"),
        statement_owner_adjectives=tuple(data.get("statement_owner_adjectives") or ()),
        said_note_verbs=tuple(data.get("said_note_verbs") or ()),
        unverified_speaker_words=tuple(data.get("unverified_speaker_words") or ()),
        accusing_verbs=_words(data, "accusing_verbs"),
        answering_pronouns=_words(data, "answering_pronouns"),
        name_linking_words=_words(data, "name_linking_words"),
    )


def _words(data: dict[str, Any], key: str) -> frozenset[str]:
    """A YAML list of words, lower-cased (empty when the key is absent)."""
    return frozenset(str(w).lower() for w in data.get(key) or ())


# -- via ----------------------------------------------------------------------------------------


def outlet_form_fits(text: str, start: int, end: int) -> bool:
    """(claims, s20) Whether the outlet's form at ``text[start:end]`` names the outlet there.
    A bare acronym of three letters or fewer ("SPA", "ACP", "NAN") is also the initials of a
    rank, a party or an association ("signed by ACP Adejobi", "relayed by the SPA"), so it
    needs a word only an outlet takes nearby (``short_acronym_outlet_cues``: "told SPA", "the
    news agency NAN", "ANI reported"); longer forms and names need nothing more."""
    form = re.sub(r"\d+$", "", text[start:end])
    if not (form.isalpha() and len(form) <= 3 and (form.isupper() or form.islower())):
        return True
    near = f"{text[max(0, start - 30) : start]} {text[end : end + 15]}".lower()
    return bool(set(re.findall(r"[a-z]+", near)) & cue_words("short_acronym_outlet_cues"))


@cache
def _service_language() -> re.Pattern[str]:
    """(s25) A language service's name right after an outlet's ("BBC Hausa", "VOA Somali",
    "BBC Swahili"): ``outlet_service_languages``, not followed by a plural noun it
    would modify ("told Reuters Somali troops had ...")."""
    names = alternation(sorted(cue_words("outlet_service_languages")))
    return re.compile(rf"[ \t]+(?P<lang>(?:{names}))(?![\w’'-])(?![ \t]+[a-z][\w-]*s\b)")


def with_service(name: str, text: str, start: int, end: int) -> str:
    """(s25) The outlet ``name`` matched at ``text[start:end]`` with the language service
    the text names in or right after the match: "told BBC Amharic" → "BBC Amharic" (an
    outlet of its own, as analysts code it), "BBC Hausa" kept whole."""
    surface = text[start:end]
    inner = _service_language().search(" " + surface)
    if inner is not None and inner.end() == len(surface) + 1:
        lang, lang_end = inner.group("lang"), end
    else:
        after = _service_language().match(text, end)
        if after is None:
            return name
        lang, lang_end = after.group("lang"), after.end()
    if not _service_closes(text, lang_end):
        return name
    return name if name.endswith(lang) else f"{name} {lang}"


def _service_closes(text: str, at: int) -> bool:
    """(s25b) Whether a language service's name ends at ``at``: the word after it is no
    content word it would modify as an adjective ("told Reuters Russian artillery had ...",
    "told AFP French police"), only a function word ("told BBC Hausa that", "on Monday"),
    punctuation, a capitalised word or the end."""
    m = re.match(r"[ \t]+([a-z][\w’'-]*)", text[at:])
    return m is None or m.group(1) in STOP_WORDS


def outlet_name(view: SentenceView, text: str, offset: int) -> str | None:
    """The outlet named at the start of ``text`` (document offset ``offset``)."""
    cues = load_cues()
    head = text[:60]
    at = offset - view.start
    for pattern, name in cues.outlets:
        m = pattern.match(head)
        if m and outlet_form_fits(view.text, at, at + m.end()):
            return with_service(name, head, m.start(), m.end())
    for slot in view.slots:
        if (
            slot.kind == "actor"
            and slot.start == offset
            and slot.actor_type not in cue_words("not_outlet_actor_types")
        ):
            # "told the UN Security Council", "quoted by the army": a body or a force
            # hears or repeats words, but carries them as no outlet does
            if re.match(r"\s+(?-i:[A-Z])", text[slot.end - slot.start :]):
                continue  # "its website ELN Voces": the actor's name opens the outlet's
            after = re.match(r"\s+([a-z][a-z-]*)\b", text[slot.end - slot.start :])
            if after and after.group(1) not in _after_outlet_words():
                continue  # "told the UN envoy": the actor names whose envoy, not an outlet
            name = re.sub(r"^(?:the|The)\s+", "", slot.text)
            return re.sub(r"\s+(?:news\s+)?agency$", "", name, flags=re.IGNORECASE)
    # "told Levant Daily": a capitalised name ending on a word of a news outlet
    named = _NAMED_OUTLET.match(head)
    if named and named.group(2) in _outlet_heads():
        return named.group(1)
    if named and _outlet_noun_after().match(head, named.end()):
        # "quoted by the Daily Trust newspaper", "told Radio Kivu station": a name that an
        # outlet's noun follows
        return named.group(1)
    return None


@cache
def frame_channels() -> dict[str, str]:
    """(s19) A recording or document's noun → the channel (a name of ``channels``) it is:
    "footage" → "a video", "communique" → "a statement" (``frame_channels``)."""
    data = load_data("claim_cues.yaml").get("frame_channels") or {}
    return {str(noun).lower(): str(name) for name, nouns in data.items() for noun in nouns}


@cache
def cue_words(section: str) -> frozenset[str]:
    """The words of one list section of ``claim_cues.yaml`` ("figure_verbs",
    "after_outlet_words"): the one loader of the plain word lists."""
    return frozenset(str(w) for w in load_data("claim_cues.yaml").get(section) or ())


def _after_outlet_words() -> frozenset[str]:
    return cue_words("after_outlet_words")


@lru_cache(maxsize=1)
def _outlet_noun_after() -> re.Pattern[str]:
    data = load_data("claim_cues.yaml")
    nouns = alternation(data.get("outlet_descriptor_nouns") or ["(?!)"])
    return re.compile(rf"\s+(?:{nouns})\b")


# (s19) a name's "of" part belongs to it: "the News Agency of Nigeria (NAN)", "Radio Television
# of Serbia", not "News Agency"; group 2 stays the head word before it
_NAMED_OUTLET = re.compile(
    r"(?:the\s+)?((?:[A-Z][\w'’.-]*\s+){0,3}([A-Z][\w'’.-]*)"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)\b"
)


@lru_cache(maxsize=1)
def _outlet_heads() -> frozenset[str]:
    data = load_data("claim_cues.yaml")
    return frozenset(str(w) for w in data.get("outlet_heads") or ())


@lru_cache(maxsize=1)
def _own_outlet() -> re.Pattern[str]:
    """ "through its Hakkal media outlet", "on the group's Voces website": a capitalised name
    after a possessive and before an outlet noun."""
    data = load_data("claim_cues.yaml")
    nouns = alternation(data.get("outlet_after_nouns") or ["(?!)"])
    return re.compile(
        r"\b(?:through|via|on|in|by)\s+(?:its|their|his|her|the\s+(?:group|movement|"
        r"organi[sz]ation)[’']s)\s+((?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,3})\s+"
        rf"(?:{nouns})\b",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def expert_bodies() -> re.Pattern[str]:
    """A speaker phrase that names a body of experts ("the UN Group of Experts")."""
    data = load_data("claim_cues.yaml")
    return re.compile(
        rf"\b(?:{alternation(data.get('expert_bodies') or ['(?!)'])})\b", re.IGNORECASE
    )


def is_generic_via(via: str | None) -> bool:
    """True for a channel that names no outlet ("a statement", "television")."""
    return via is not None and via in _generic_channels()


@lru_cache(maxsize=1)
def _generic_channels() -> frozenset[str]:
    return frozenset(name for _, name in load_cues().channels if not name[:1].isupper())


def _media_actor(
    view: SentenceView, text: str, start: int, end: int, exclude: str | None = None
) -> str | None:
    """A media actor of the gazetteer named in ``[start, end)`` ("on the group's Al-Masirah
    TV", "via Amaq", "released through JNIM's Az-Zallaqa media foundation"): its outlet name
    when it has one, else its actor key."""
    cues = load_cues()
    for slot in view.slots:
        if slot.kind != "actor" or slot.actor_type != "media" or not slot.key:
            continue
        if slot.key == exclude:
            continue  # the outlet speaking in its own name ("Amaq said") carries nothing
        if not (start <= slot.start and slot.end <= end):
            continue
        named = text[slot.start - start : slot.end - start]
        for pattern, name in cues.outlets:
            hit = pattern.search(named)
            if hit and outlet_form_fits(
                text, slot.start - start + hit.start(), slot.start - start + hit.end()
            ):
                at = slot.start - start
                return with_service(name, text, at + hit.start(), at + hit.end())
        if slot.key.startswith("new:"):
            # an outlet the gazetteer lacks goes by its name, not a made-up key
            return re.sub(r"^(?:the|The)\s+|\s*\([^()]*\)$", "", named)
        return slot.key
    return None


def _clean_outlet(name: str) -> str:
    """ "Mimi Mefo Info (MMI)" → Mimi Mefo Info; "Kawthoolei news agency2" (a footnote mark
    glued on) → Kawthoolei."""
    name = re.sub(r"\s*\([^()]*\)$", "", name)
    name = re.sub(r"(?<=[^\W\d])\d{1,2}$", "", name)
    return re.sub(r"\s+(?:news\s+)?agency$", "", name) or name


_TIME_ENTITIES = frozenset({"DATE", "TIME"})


def _names_time(doc: Doc, at: int) -> bool:
    """(s19) "told the network Monday that C": a day or a date after an outlet's
    description is when it was told, not the outlet's name."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span is not None and span[0].ent_type_ in _TIME_ENTITIES


def find_via(
    doc: Doc, view: SentenceView, start: int, end: int, speaker: str | None = None
) -> str | None:
    """An outlet ("quoted by the Interfax agency", "told Reuters", a media actor "on the
    group's Al-Masirah TV") or channel ("on social media") in ``[start, end)``; a media
    actor that is the ``speaker`` itself is no outlet."""
    cues = load_cues()
    text = doc_text(doc)[start:end]
    for m in cues.via_before.finditer(text):
        name = outlet_name(view, text[m.end() :], start + m.end())
        if name is None and (m.group("desc") or m.group("cue").lower() in cues.via_strong):
            # "told local radio station DXMS", "relayed by Mimi Mefo Info": a name after an
            # outlet's description, or after a cue only an outlet follows
            named = _NAMED_OUTLET.match(text, m.end())
            if named and named.start(1) == m.end() and not _names_time(doc, start + m.end()):
                name = named.group(1)
        if name:
            return _clean_outlet(name)
    for pattern, name in cues.outlets:
        hit = pattern.search(text)
        if (
            hit
            and outlet_form_fits(text, hit.start(), hit.end())
            and re.search(
                r"\b(?:agency|news|told|quoted|cited|by|media|outlet|channel|foundation|wing|"
                r"website|posted|published|broadcast|aired|via|through)\b",
                text[max(0, hit.start() - 25) : hit.end() + 10],
            )
        ):
            return with_service(name, text, hit.start(), hit.end())
    media = _media_actor(view, text, start, end, speaker)
    if media is not None:
        return _clean_outlet(media)
    own = _own_outlet().search(text)
    if own is not None:
        # "claimed through its Hakkal media outlet": the name before an outlet noun
        return _clean_outlet(own.group(1))
    # a named platform ("posted on Telegram") beats a generic channel ("in a video")
    found: list[tuple[int, int, str]] = []
    for m in cues.channel_before.finditer(text):
        rest = text[m.end() :]
        for rank, (pattern, name) in enumerate(cues.channels):
            if pattern.match(rest):
                found.append((0 if name[:1].isupper() else 1, rank, name))
    return min(found)[2] if found else None
