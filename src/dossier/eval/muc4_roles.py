"""Mapping Dossier's ASSAULT frames to the five MUC-4 roles.

The frames of :func:`dossier.extract.events.extract_event_frames` are read with the word lists
of ``data/muc4/`` (:mod:`dossier.eval.muc4_lexicon`):

- ``PerpOrg``: organisations named in a perpetrator phrase (the MUC-era gazetteer, or an
  organisation entity with a group head word), or that claimed the event or were blamed;
- ``PerpInd``: perpetrator phrases headed by a person noun ("urban guerrillas") or a name;
- ``Target``: objects headed by a physical-target noun, military ones left out;
- ``Victim``: named people among the objects, at the longest form of the name;
- ``Weapon``: weapon-lexicon phrases the frame or its trigger governs.

One mention per entity is predicted (phi-strict gives no credit for a wrong extra mention).

Frames the template definition leaves out fill nothing: purely military ones (a murder or
kidnapping is never combat), plans and forecasts, tallies told over a period or many incidents
("have murdered 20,000 peasants since 1980"; one incident's large toll is an incident). Read
from the parse and the whole report, not from one wording: a surname resolves to the full name
given elsewhere unless it may be another person (another fuller name holds it, or its role word
differs); coordinated things are targets each; the organisation in a
perpetrator's "of"/"from" phrase is the perpetrator organisation; "a group of X" names X; state
forces among insurgent doers are the side attacked unless coordinated with them; one person
told both as doer and as victim fills neither role; a bare head noun beside a fuller target is
its second mention, unless counted ("nine vehicles"). Fillers are written as the keys write
them: a hedge before a filler ("alleged", "suspected") is MUC-4's confidence slot, not part of
it; people named with their organisation after the head ("terrorists of the X Front") are the
head's phrase, a membership noun keeps it ("members of the Y"); a gazetteer acronym that is
an English word ("far", "up") names the organisation only in capitals. Some doers make no
terrorist incident's perpetrator (word lists in ``lexicon.yaml``): a crowd told by its count
("more than 60 people"), common criminals, a bare group noun ("the group"), and as the
organisation a military unit of a war ("the X battalion", "the contras"); a bare surname
the report never gives in full is no victim (a given name alone is). A building named by
its owner's "of" phrase ("the house of Judge X") is the target in full, its owner a victim;
a bare weapon word ("dynamite" of "was dynamited") is the device the report names in full
elsewhere ("a dynamite charge"); an aircraft or armoured vehicle with nothing civilian about
it is the armed forces' craft, no target; a word in lower case before a name run that is no
English word is a given name the truecaser missed ("deputy dario Quintero Patino"); an
armed group named in the phrase of whom was hit ("X, candidate of the M-19") is not the
perpetrator.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from dossier.eval.muc4 import ROLES, RoleFillers, normalize
from dossier.eval.muc4_lexicon import BaselineLexicon, load_lexicon
from dossier.extract.events import EventFrame
from dossier.resolve.unidentified import is_unidentified_key

if TYPE_CHECKING:
    from dossier.eval.muc4_dossier import Annotated

__all__ = ["frames_to_roles"]

_ORG_TYPES = {
    "armed_group",
    "organization",
    "political_party",
    "terrorist_group",
    "militia",
    "movement",
}
_PRONOUNS = {
    "he",
    "she",
    "it",
    "they",
    "them",
    "him",
    "her",
    "we",
    "i",
    "you",
    "who",
    "which",
    "that",
    "this",
    "these",
    "those",
    "one",
    "ones",
    "anyone",
    "someone",
    "everyone",
}
_DROP_LEFT = {"det", "poss", "punct", "predet", "case", "advmod", "quantmod", "nummod", "cc"}
# actor types whose members and posts make an attack a military one
_ARMED_TYPES = frozenset({"armed_group", "terrorist_group", "militia", "state_forces"})
_ARMED_KINDS = frozenset({"insurgent", "cartel", "death_squad", "paramilitary"})
_YEARS = re.compile(r"^P\d+Y$")  # a duration of whole years ("P10Y")
_NAMED = frozenset({"PERSON", "ORG", "FAC", "GPE", "LOC"})  # a named thing: one incident's
_WEAPON_STOP = frozenset({"det", "poss", "punct", "cc", "nummod"})
# relations that attach a clause of its own (a relative, adverbial, complement or joined
# clause): what is inside tells that clause's deed
_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "csubj", "parataxis", "conj"})
_NAME_LINKS = frozenset({"de", "del", "y", "la", "las", "los", "da", "dos", "van", "von"})


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """English words of spaCy's WordNet lemma index (nouns, verbs, adjectives, adverbs):
    what a word in lower case before a name may be instead of a given name."""
    from dossier.nlp import build_nlp

    lookups = build_nlp().get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index = lookups.get_table("lemma_index")
    return frozenset(w for pos in ("noun", "verb", "adj", "adv") for w in index[pos])


@lru_cache(maxsize=1)
def _acronyms() -> frozenset[str]:
    """The gazetteer's one-word acronyms, lower case ("fmln", "far", "up")."""
    return frozenset(a for org in load_lexicon().organizations for a in org.acronyms if a.isalpha())


def _lowercase_acronym(span: Span) -> bool:
    """A gazetteer acronym written in lower case where the parse reads an English word:
    "far" in "as far as", "up" in "set up" (an adverb, particle or preposition) name no
    organisation; "FAR", "UP" in capitals, or a word the tagger reads as a name or noun, do."""
    if len(span) != 1 or span.text.isupper() or span.text.lower() not in _acronyms():
        return False
    return span[0].pos_ not in {"PROPN", "NOUN"}


@lru_cache(maxsize=1)
def _org_index() -> tuple[dict[tuple[str, ...], str], int]:
    """Lower-case word tuples of gazetteer organisation names and acronyms -> organisation id."""
    names: dict[tuple[str, ...], str] = {}
    for org in load_lexicon().organizations:
        for name in (*org.names, *org.acronyms):
            names[tuple(name.replace("-", " - ").split())] = org.id
            # "M-19" as the tokenizer keeps it, one word
            names.setdefault(tuple(name.split()), org.id)
    return names, max((len(k) for k in names), default=1)


class _RoleMapper:
    """Maps the ASSAULT frames of one annotated document to MUC role fillers."""

    def __init__(self, annotated: Annotated) -> None:
        self.doc = annotated.doc
        self.actors = annotated.actors
        self.places = [(p.start, p.end) for p in annotated.places if p.place is not None]
        self.lex: BaselineLexicon = load_lexicon()
        self.orgs = self._org_spans()
        self.runs = self._given_name_runs()
        self.names = [
            self._person_name(e.root) or e.text for e in self.doc.ents if e.label_ == "PERSON"
        ] + self.runs
        self.roles: dict[str, list[str]] = {r: [] for r in ROLES}
        self.counted: set[str] = set()  # targets told with a count ("nine vehicles")
        self.timexes = annotated.timexes

    # ---- lookups

    def _org_spans(self) -> list[tuple[Span, str]]:
        """Gazetteer organisations and ORG entities with a group head word, with an id."""
        index, longest = _org_index()
        lowered = [t.lower_ for t in self.doc]
        spans: list[tuple[Span, str]] = []
        i = 0
        while i < len(lowered):
            for n in range(min(longest, len(lowered) - i), 0, -1):
                org_id = index.get(tuple(lowered[i : i + n]))
                if org_id and not _lowercase_acronym(self.doc[i : i + n]):
                    spans.append((self.doc[i : i + n], org_id))
                    i += n
                    break
            else:
                i += 1
        for ent in self.doc.ents:
            if any(s.start < ent.end and ent.start < s.end for s, _ in spans):
                continue
            if ent.label_ == "ORG" and ent.root.lower_ in self.lex.org_heads:
                spans.append((ent, normalize(ent.text)))
        for a in self.actors:
            if is_unidentified_key(a.key):
                continue  # "gunmen", "armed men": people (PerpInd), no named organisation
            if a.type not in _ORG_TYPES or (
                a.key.startswith("new:") and _last_word(a.name) not in self.lex.org_heads
            ):
                continue  # an unknown name without a group word ("Nejapa", "Antel")
            for m in a.mentions:
                span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None and not any(
                    s.start < span.end and span.start < s.end for s, _ in spans
                ):
                    spans.append((span, a.key))
        return spans

    def _given_name_runs(self) -> list[str]:
        """Capitalised runs that start with a given name ("Gonzalo Rodriguez Gacha", which
        the tagger may take for a facility): full forms for :meth:`_longest_name`."""
        stop = self.lex.titles | self.lex.always_title | self.lex.person_heads
        runs: list[str] = []
        for sent in self.doc.sents:
            k = sent.start
            while k < sent.end:
                if not (_capitalised(self.doc[k]) and self.doc[k].lower_ in self.lex.given_names):
                    k += 1
                    continue
                end = k + 1
                while end < sent.end and (
                    (_capitalised(self.doc[end]) and self.doc[end].lower_ not in stop)
                    or (
                        self.doc[end].lower_ in _NAME_LINKS
                        and end + 1 < sent.end
                        and _capitalised(self.doc[end + 1])
                    )
                ):
                    end += 1
                if 2 <= end - k <= 5:
                    runs.append(self.doc[k:end].text)
                k = end
        return runs

    def _org_in(self, span: Span) -> tuple[Span, str] | None:
        for org, key in self.orgs:
            if org.start < span.end and span.start < org.end:
                return org, key
        return None

    def _person_name(self, token: Token) -> str | None:
        """The capitalised name run around a PERSON token, titles trimmed, or None."""
        if token.ent_type_ != "PERSON" and not (
            token.pos_ == "PROPN" and token.lower_ in self.lex.given_names
        ):
            return None
        sent, doc = token.sent, token.doc
        start, end = token.i, token.i + 1
        while start - 1 >= sent.start and _capitalised(doc[start - 1]):
            start -= 1
        if start - 1 >= sent.start and self._lowercase_given_name(doc[start - 1], doc[start]):
            start -= 1  # "deputy dario Quintero Patino": a given name left in lower case
        while end < sent.end and (
            _capitalised(doc[end])
            or (
                doc[end].lower_ in _NAME_LINKS and end + 1 < sent.end and _capitalised(doc[end + 1])
            )
        ):
            end += 1
        if token.ent_type_ == "PERSON":
            # a surname the truecaser left in lower case ("Erika sullivan"): the entity's end
            ent = next((e for e in doc.ents if e.start <= token.i < e.end), None)
            if ent is not None and ent.end > end and all(t.is_alpha for t in doc[end : ent.end]):
                end = ent.end
        if end < sent.end and self._lowercase_surname(doc[end]):
            end += 1
        words = list(doc[start:end])
        skip = self.lex.titles | self.lex.always_title | self.lex.person_heads
        cut = [k for k, w in enumerate(words) if w.lower_.rstrip(".") in skip and w.i < token.i]
        if cut:
            words = words[cut[-1] + 1 :]
        # "Jesuit Ignacio Ellacuria", "Mrs Patricia Echavarria", "Ecuadoreans Luis Meneses":
        # the keys name a victim without the role noun, title or nationality before the name
        while len(words) > 1 and _singular(words[0].lower_.rstrip(".")) & skip:
            words = words[1:]
        while words and (words[-1].lower_ in _NAME_LINKS or words[-1].pos_ == "VERB"):
            words = words[:-1]
        if not words or token.i > words[-1].i:
            return None
        name = doc[words[0].i : words[-1].i + 1].text
        index, _n = _org_index()
        if tuple(name.lower().split()) in index:
            return None
        return name

    def _lowercase_given_name(self, tok: Token, first: Token) -> bool:
        """A word in lower case right before a capitalised name run that is no English word
        ("dario" of "deputy dario Quintero Patino", "teofilo" of "dr teofilo Forero Castro"):
        a given name the truecaser did not know, which the keys keep with the name."""
        if not (tok.is_alpha and tok.is_lower and len(tok) > 2) or tok.head.i < first.i:
            return False
        if tok.dep_ not in {"compound", "amod", "nmod"} or tok.pos_ == "VERB":
            return False
        lex = self.lex
        known = lex.titles | lex.person_heads | lex.always_title | lex.lowercase_words
        words = _english_words()
        return tok.lower_ not in known and tok.lower_ not in words and tok.lemma_ not in words

    def _lowercase_surname(self, tok: Token) -> bool:
        """A last surname the truecaser left in lower case ("John Marck jones (",
        "Luis Castro roman,"): a singular noun that heads the name run before it, and ends
        the noun phrase."""
        doc = tok.doc
        prev = doc[tok.i - 1]
        if not (tok.is_alpha and tok.is_lower and tok.tag_ in {"NN", "NNP"}):
            return False
        lex = self.lex
        # "the Cristiani government", "the Carulla supermarket": a thing or a body named after
        # the person, not the person's surname
        kinds = lex.person_heads | lex.titles | lex.given_names | lex.target_heads | lex.org_heads
        if tok.lower_ in kinds | lex.government_heads | lex.route_heads or tok.lemma_ in kinds:
            return False
        if not (
            prev.head.i == tok.i
            or (tok.head.i == prev.i and tok.dep_ in {"flat", "compound", "appos"})
        ):
            return False
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return nxt is None or nxt.is_punct or nxt.pos_ == "CCONJ"

    def _ranked(self, name: str | None) -> str | None:
        """MUC-4 names a perpetrator with the military rank before the name ("colonel ponce",
        "col vargas"), not with other titles: the rank right before the first occurrence
        of the name as a whole ("Garcia" in "Pedro Garcia" is no occurrence of it)."""
        if name is None:
            return None
        text = self.doc.text
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            before = text[: m.start()].split()
            if before and before[-1].lower() in self.lex.given_names:
                continue  # a given name before it: a fuller name, not this one
            rank = before[-1].strip("\"'(") if before else ""
            if rank.lower().rstrip(".") in self.lex.perp_rank_titles:
                return f"{rank} {name}"
            return name
        return name

    def _longest_name(self, name: str, at: Token | None = None) -> str:
        """The fullest form of ``name`` the report gives ("Garcia" → "Pedro Garcia"): name
        coreference, as a reader makes it. A shorter name stays as it is where it may be
        another person: two different fuller names hold it, or the role word before the
        mention at ``at`` ("Lieutenant Garcia") differs from every role word the fuller name
        is given ("peasant leader Pedro Garcia")."""
        key = f" {normalize(name)} "
        skip = self.lex.titles | self.lex.always_title | self.lex.person_heads
        fuller: list[str] = []
        for other in self.names:
            if _singular(other.split()[0].lower().rstrip(".")) & skip:
                continue  # "General Manuel Noriega": an entity with its title, no name form
            if key in f" {normalize(other)} " and len(other) > len(name):
                fuller.append(other)
        if not fuller:
            return name
        best = max(fuller, key=len)
        if any(f" {normalize(o)} " not in f" {normalize(best)} " for o in fuller):
            return name  # "Garcia" with "Pedro Garcia" and "Luis Garcia": which one is unknown
        role = self._role_before(at) if at is not None else None
        if role is not None:
            roles = self._roles_of(best)
            if roles and role not in roles:
                return name
        return best

    def _role_before(self, tok: Token) -> str | None:
        """The title or role noun right before the name ``tok`` is part of ("Lieutenant" in
        "Lieutenant Garcia", "leader" in "peasant leader Pedro Garcia"), singular, or None."""
        skip = self.lex.titles | self.lex.person_heads | self.lex.perp_rank_titles
        sent = tok.sent
        k = tok.i
        while k - 1 >= sent.start and _capitalised(self.doc[k - 1]):
            if _singular(self.doc[k - 1].lower_.rstrip(".")) & skip:
                break
            k -= 1
        if k - 1 < sent.start:
            return None
        hit = _singular(self.doc[k - 1].lower_.rstrip(".")) & skip
        if not hit or hit & self.lex.courtesy_titles:
            return None  # "Mr Garcia": a courtesy, no role
        return min(hit, key=len)

    def _roles_of(self, name: str) -> set[str]:
        """The role words the report gives before each occurrence of the name."""
        words = name.lower().split()
        lowered = [t.lower_ for t in self.doc]
        roles: set[str] = set()
        for i in range(len(lowered) - len(words) + 1):
            if lowered[i : i + len(words)] == words:
                role = self._role_before(self.doc[i])
                if role is not None:
                    roles.add(role)
        return roles

    def _span(self, se: tuple[int, int]) -> Span | None:
        return self.doc.char_span(se[0], se[1], alignment_mode="expand")

    def add(self, role: str, mention: str) -> None:
        mention = " ".join(mention.split()).strip(" ,.;:'\"()")
        # "the Red Dawn Front's involvement": the possessive marker is no part of the name
        mention = re.sub(r"\s*['’]s$", "", mention)
        # "alleged urban guerrillas", "suspected death squad members": the hedge is how sure
        # the report is (MUC-4's confidence slot), no part of the name the keys give
        words = mention.split()
        while len(words) > 1 and words[0].lower() in self.lex.hedge_modifiers:
            words = words[1:]
        mention = " ".join(words)
        norm = normalize(mention)
        if not norm or norm in _PRONOUNS or norm.split()[0] in _PRONOUNS:
            return
        self.roles[role].append(mention)

    # ---- roles

    def perpetrator(self, span: Span) -> None:
        root = span.root
        found = self._org_in(span)
        if found is None and _head_in(root, self.lex.perp_heads):
            # "a group of terrorists from the X Front", "members of the Y": the people's
            # organisation named in their "of"/"from" phrase, which the phrase may stop short of
            org = self._org_of(root)
            if org is not None:
                self.add("PerpOrg", org.text)
        if found is not None:
            org, _key = found
            self.add("PerpOrg", org.text)
            if (
                _head_in(root, self.lex.perp_heads)
                and not org.start <= root.i < org.end
                # "the Maoist Shining Path group": a group word after the name is the
                # organisation again, not its people
                and root.lemma_.lower() not in self.lex.group_nouns
            ):
                start = span.start
                # "the FARC members": a bare "members" names no one; the keys keep the
                # organisation with a membership noun ("police members")
                keep_org = _head_in(root, self.lex.membership_heads)
                while start < root.i and org.start <= start < org.end and not keep_org:
                    start += 1
                if not keep_org and span.start <= org.start and org.end <= root.i:
                    # "the Maoist Shining Path guerrillas": what comes before the name is the
                    # organisation's ("Maoist"), not the people's
                    start = max(start, org.end)
                # "terrorists of the X Front", "guerrillas from the Y": the people are the
                # head's phrase, their organisation (the PerpOrg) no part of it; a membership
                # noun keeps it ("members of the Y")
                end = root.i + 1 if org.start > root.i and not keep_org else span.end
                self.add("PerpInd", _strip_left(self.doc[start:end]).text)
            return
        if root.lemma_.lower() in self.lex.government_heads and any(
            c.dep_ in {"poss", "compound"} and c.pos_ == "PROPN" for c in root.children
        ):
            # "Alfredo Cristiani's government", "the Cerezo administration": a named government
            self.add("PerpOrg", _strip_left(span).text)
            return
        text = span.text.lower()
        generic = any(text == g or text.endswith(" " + g) for g in self.lex.generic_orgs)
        if generic and not (
            # "certain officers of the armed forces": the people, and their force
            _head_in(root, self.lex.perp_heads) and root.lower_ not in self.lex.force_org_heads
        ):
            self.add("PerpOrg", span.text)
        elif root.ent_type_ == "PERSON":
            name = self._person_name(root)
            # "Escobar Gaviria": the fullest form the report gives ("Pablo Escobar Gaviria")
            whole = _strip_left(span)
            if (
                name
                and whole.text.endswith(name)
                and len(whole.text) > len(name)
                and whole[0].pos_.lower() in self.lex.role_word_pos
            ):
                # "rightist leader Roberto X": the keys name a perpetrator with the role words
                # the report gives him, like a rank
                self.add("PerpInd", whole.text)
                return
            self.add("PerpInd", self._ranked(name and self._longest_name(name, root)) or span.text)
        elif _head_in(root, self.lex.perp_heads):
            force = self._force_named_in(span)
            if force is not None:
                # "Honduran army troops": the army is the organisation, the troops the people
                self.add("PerpOrg", force.text)
            members = self._members_of(root)
            if members is not None:
                # "a group of armed individuals": the people are "armed individuals", the
                # phrase the answer keys always give for such a group
                span, root = members, members.root
            span = _strip_left(span)
            start = span.start
            # "several urban guerrillas": the vague quantity is no part of the name
            while start < root.i and self.doc[start].lower_ in self.lex.vague_quantifiers:
                start += 1
            self.add("PerpInd", self.doc[start : span.end].text)

    def _of_objects(self, root: Token, preps: frozenset[str]) -> list[Token]:
        """The heads of the objects of ``root``'s prepositions in ``preps`` ("a group of
        terrorists from the X Front": "terrorists" for "of", "Front" for "from")."""
        return [
            g
            for prep in root.children
            if prep.dep_ == "prep" and prep.lower_ in preps
            for g in prep.children
            if g.dep_ == "pobj"
        ]

    def _members_of(self, root: Token) -> Span | None:
        """The people a collective noun's "of" phrase names ("a group of ten gunmen",
        "a band of kidnappers" → "ten gunmen", "kidnappers"), or None."""
        if root.lemma_.lower() not in self.lex.group_nouns:
            return None
        for g in self._of_objects(root, self.lex.members_of_preps):
            if (
                _head_in(g, self.lex.perp_heads)
                and g.lemma_.lower() not in self.lex.group_nouns
                and self._org_in(self.doc[g.left_edge.i : g.i + 1]) is None
            ):
                return self.doc[g.left_edge.i : g.i + 1]
        return None

    def _org_of(self, root: Token, depth: int = 2) -> Span | None:
        """The organisation an "of"/"from" phrase of a people noun names, two levels deep
        ("a group of terrorists from the X Front")."""
        for g in self._of_objects(root, self.lex.org_of_preps):
            found = self._org_in(self.doc[g.left_edge.i : g.i + 1])
            if found is not None:
                return found[0]
            if depth > 1 and _head_in(g, self.lex.perp_heads):
                deeper = self._org_of(g, depth - 1)
                if deeper is not None:
                    return deeper
        return None

    def agent_nouns(self) -> None:
        """ "the assassins of Msgr Romero", "the kidnappers of the industrialist X": a noun
        of those who did a deed (``agent_perp_nouns``) names them as perpetrators and the
        person its "of" phrase names as the victim, with no event word of its own. Only a
        named person counts ("the assassins of priests" tells of no one incident)."""
        agents = self.lex.agent_perp_nouns
        for tok in self.doc:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in agents:
                continue
            named = [
                g
                for p in tok.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children
                if g.dep_ == "pobj" and g.ent_type_ == "PERSON" and self._person_name(g)
            ]
            if not named or any(c.dep_ == "neg" for c in tok.head.children):
                continue
            # "the killers of contra commander X": a fighter killed is warfare, not terrorism
            armed = self.lex.military_objects | self.lex.armed_adjectives
            armed |= self.lex.military_role_words
            if any(t.lower_ in armed for g in named for t in self.doc[g.left_edge.i : g.i]):
                continue
            start = tok.i
            while start > tok.left_edge.i and self.doc[start - 1].dep_ in {"amod", "compound"}:
                start -= 1
            self.add("PerpInd", self.doc[start : tok.i + 1].text)
            for g in named:
                self.object(self.doc[g.left_edge.i : g.i + 1], victim=True)

    def _force_named_in(self, span: Span) -> Span | None:
        """The state force a perpetrator phrase names around its head: "Honduran army"
        in "Honduran army troops", "national police" in "national police members", "the
        6th infantry brigade" in "troops of the 6th infantry brigade"."""
        root = span.root
        heads = self.lex.force_org_heads
        # a modifier run before the head ending on a force word
        mods = [t for t in span if t.i < root.i and t.dep_ in {"compound", "amod", "nmod"}]
        for t in reversed(mods):
            if t.lower_ in heads:
                start = t.i
                while start - 1 >= span.start and span.doc[start - 1].dep_ in {
                    "compound",
                    "amod",
                    "nmod",
                }:
                    start -= 1
                return span.doc[start : t.i + 1]
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for g in prep.children:
                    if g.dep_ == "pobj" and g.lower_ in heads:
                        return _strip_left(span.doc[g.left_edge.i : g.i + 1])
        return None

    def object(self, span: Span, victim: bool = False) -> None:
        root = span.root
        lemma = root.lemma_.lower()
        # a road is a thing (no person's name) but where a deed happened, not what it hit
        things = self.lex.target_heads | self.lex.route_heads
        thing = lemma in things and lemma not in self.lex.person_heads
        for tok in span:
            if tok.ent_type_ == "PERSON" or tok.lower_ in self.lex.given_names:
                if any(s <= tok.idx < e for s, e in self.places):
                    continue  # a geocoded place the tagger took for a person
                if thing and tok.i != root.i and _modifies(tok, root):
                    break  # "Minister X's residence": a thing named after its owner
                if thing and _owner_of(tok, root):
                    # "the house of Judge X was bombed": the house is the target, told in
                    # full with its owner as the keys write it; its owner a victim too
                    name = self._person_name(tok)
                    if name:
                        self.add("Victim", self._longest_name(name, tok))
                    break
                if (
                    tok.i != root.i
                    and root.ent_type_ != "PERSON"
                    and _modifies(tok, root)
                    and _possessor(tok, root)
                ):
                    continue  # "Colonel X's wife", "Y's driver": the relative was hit
                name = self._person_name(tok)
                if name:
                    self.add("Victim", self._longest_name(name, tok))
                    return
        surname = self._surname_of(span) if victim and not thing else None
        if surname is not None:
            # "Oqueli was abducted" after "Hector Oqueli Colindres": the report's full name
            self.add("Victim", surname)
            return
        if victim and not thing and self._known_name(span):
            # "Rodriguez Gacha" tagged a facility, written in full with a given name elsewhere
            self.add("Victim", self._longest_name(_strip_left(span).text, _strip_left(span)[0]))
            return
        if victim and not thing and self._untyped_name(span):
            # a victim the tagger left untyped ("Ernestina Umanzor"): the name as written
            self.add("Victim", self._longest_name(_strip_left(span).text, _strip_left(span)[0]))
            return
        if lemma in self.lex.target_heads and lemma not in self.lex.person_heads:
            words = {t.lower_ for t in span}
            if words & (self.lex.military_words | self.lex.force_target_words):
                return  # a military or police post: no MUC-4 target
            if self._war_machine(span):
                return  # "shot down a helicopter": the armed forces' craft, no MUC-4 target
            start = span.start
            drop = self.lex.always_title | self.lex.vague_quantifiers
            while (
                start < root.i
                and not _named_owner(self.doc[start])
                # "chilean-u.s. cultural institutes": half a hyphenated word is no word
                and not _hyphen_joined(self.doc[start])
                and (
                    self.doc[start].lower_ in drop
                    or self.doc[start].like_num
                    or self.doc[start].dep_ in _DROP_LEFT
                    or self.doc[start].lower_ in {"at", "least", "most"}
                    or self.doc[start].dep_ == "amod"
                    and self.doc[start].tag_ == "VBN"
                )
            ):
                start += 1
            mention = self.doc[start : span.end].text
            if any(c.dep_ == "nummod" for c in root.children) and not _itemised(root):
                # "burned nine vehicles": a counted set is things of their own, not a second
                # mention of a target named before (which would be definite: "the vehicles");
                # a set told item by item ("three vehicles -- an ambulance, a truck") is its items
                self.counted.add(normalize(mention))
            self.add("Target", mention)

    def _war_machine(self, span: Span) -> bool:
        """An aircraft or armoured vehicle told with nothing that makes it civilian ("the
        helicopter", "two light tanks", "an A-37 plane"; not "a passenger plane", "an
        Avianca plane", "a private plane"): in the reports, the armed forces' craft."""
        root = span.root
        if not _head_in(root, self.lex.war_machines):
            return False
        return not any(
            t.lower_ in self.lex.civilian_modifiers
            or t.ent_type_ in {"ORG", "PERSON"}
            or _named_owner(t)
            for t in span
            if t.i < root.i
        )

    def _known_name(self, span: Span) -> bool:
        """Capitalised proper nouns, two or more, that a run starting with a given name
        holds ("Rodriguez Gacha" where the report wrote "Gonzalo Rodriguez Gacha")."""
        words = list(_strip_left(span))
        if not 2 <= len(words) <= 5 or not all(
            w.pos_ == "PROPN" and _capitalised(w) for w in words
        ):
            return False
        if self._org_in(span) is not None:
            return False
        key = f" {normalize(' '.join(w.text for w in words))} "
        return any(key in f" {normalize(run)} " for run in self.runs)

    def with_conjuncts(
        self, spans: Sequence[tuple[int, int]], taken: Sequence[tuple[int, int]]
    ) -> list[Span]:
        """The frame's target phrases and the physical things coordinated with them ("an
        ambulance, a fuel truck and a station wagon"): each conjunct is a target of its own
        (MUC-4: one filler per target), which the extractor may have left out."""
        out = [x for x in (self._span(se) for se in spans) if x is not None]
        seen = {t.i for se in taken if (x := self._span(se)) is not None for t in x}
        for span in list(out):
            for conj in span.root.conjuncts:
                lemma = conj.lemma_.lower()
                if conj.i in seen or conj.pos_ != "NOUN":
                    continue
                if lemma not in self.lex.target_heads or lemma in self.lex.person_heads:
                    continue
                seen.add(conj.i)
                out.append(self.doc[conj.left_edge.i : conj.i + 1])
        return out

    def _surname_of(self, span: Span) -> str | None:
        """A lone capitalised proper noun that is a word of a person's name the report gives
        in full elsewhere (a surname used alone, which the tagger may type as a place or an
        organisation): that full name. Name coreference, as a reader makes it."""
        words = list(_strip_left(span))
        if len(words) != 1 or words[0].pos_ != "PROPN" or not _capitalised(words[0]):
            return None
        if self._org_in(span) is not None:
            return None
        low = words[0].lower_
        for ent in self.doc.ents:
            if (
                ent.label_ == "PERSON"
                and len(ent) >= 2
                and not ent.start <= words[0].i < ent.end
                and low in {t.lower_ for t in ent}
            ):
                return self._longest_name(words[0].text, words[0])
        return None

    def _untyped_name(self, span: Span) -> bool:
        """A name of capitalised proper nouns and nothing else, that no organisation, place
        or other entity of the document holds."""
        words = list(_strip_left(span))
        if not 2 <= len(words) <= 5 or not all(
            w.pos_ == "PROPN" and _capitalised(w) for w in words
        ):
            return False
        if any(w.ent_type_ for w in words) or self._org_in(span) is not None:
            return False
        return not any(s < span.end_char and span.start_char < e for s, e in self.places)

    def weapons(self, frame: EventFrame) -> None:
        for se in frame.weapons:
            span = self._span(se)
            if span is not None:
                self._weapon_words(span, None)
        for position in frame.triggers or (frame.trigger,):
            trig = self._span(position)
            if trig is not None:
                self._weapon_words(trig.sent, trig.root)

    def _weapon_words(self, span: Span, trigger: Token | None) -> None:
        text = span.text.lower()
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, int, str]] = []
        for weapon in self.lex.weapons:
            for m in re.finditer(rf"(?<![\w-]){re.escape(weapon)}(?![\w-])", text):
                if any(m.start() < e and m.end() > s for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                w = self.doc.char_span(
                    span.start_char + m.start(),
                    span.start_char + m.end(),
                    alignment_mode="expand",
                )
                if trigger is not None:
                    if w is None or not self._in_use(w.root, trigger):
                        continue
                    if weapon in self.lex.weak_weapons and w.root.head.i != trigger.i:
                        continue
                if w is not None and w.root.pos_ == "VERB":
                    continue  # "aircraft bombed the town": the deed, not an instrument
                phrase = self._weapon_phrase(w) if w is not None else None
                if phrase is not None:
                    found.append((phrase.start_char, phrase.end_char, phrase.text))
                else:
                    at = span.start_char
                    found.append((at + m.start(), at + m.end(), span.text[m.start() : m.end()]))
        # "charges of dynamite": a weapon word inside another's phrase is that weapon
        for s, e, mention in found:
            if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _m in found):
                self.add("Weapon", mention)

    def _weapon_phrase(self, w: Span) -> Span | None:
        """The weapon as its noun compound names it ("a truck bomb", "two fragmentation
        grenades", "M-16 assault rifles"): MUC-4 fills the weapon's name, not its last word.
        Adjectives, counts and sizes stay out ("a powerful bomb", "three bombs", "81mm
        mortars"): the answer keys write them as often without as with."""
        head = w.root
        end = w.end
        if (
            head.dep_ == "amod"
            and head.head.pos_ == "NOUN"
            and head.head.i == w.end
            and head.head.lemma_.lower() in self.lex.weapon_device_nouns
        ):
            # "explosive charges", "incendiary devices": the adjective names the thing's kind
            head = head.head
            end = head.i + 1
        start = min(head.i, w.start)
        for child in sorted(head.lefts, key=lambda c: -c.i):
            if (
                child.right_edge.i != start - 1
                or child.dep_ != "compound"
                # "38 caliber", "81mm": a size is no part of the name the keys write
                or any(_size_word(t) or t.dep_ in _WEAPON_STOP for t in child.subtree)
            ):
                break
            start = child.left_edge.i
        if start == w.start and end == w.end:
            return None
        return self.doc[start:end]

    def _in_use(self, tok: Token, trigger: Token) -> bool:
        """A weapon the trigger governs, that acts ("the bomb exploded") or is used ("with")."""
        cur = tok
        for _ in range(5):
            if cur.i == trigger.i:
                return True
            if cur.lemma_.lower() in self.lex.seize_verbs or cur.head.i == cur.i:
                break
            cur = cur.head
        if tok.head.lemma_.lower() in self.lex.seize_verbs:
            return False
        if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.pos_ in {"VERB", "AUX"}:
            return True
        return tok.dep_ == "pobj" and tok.head.lower_ == "with"

    def armed_groups_near(self, frame: EventFrame) -> None:
        """An armed group of the gazetteer named in the sentence of an attack with a
        perpetrator, victim or target is its perpetrator organisation."""
        if not (frame.perpetrators or frame.victims or frame.targets):
            return
        kinds = {o.id: o.kind for o in self.lex.organizations}
        lo, hi = frame.event.anchor.start, frame.event.anchor.end
        # "five members of the FARC were killed", "Jecar Neghme, spokesman of the MIR": the
        # group of whom was hit is the other side
        hit = [*frame.victims, *frame.targets]
        # "X, candidate of the M-19 group, was shot": the group told in the phrase of whom
        # was hit (its appositions and their "of"/"for" phrases, not a clause of its own:
        # "X, who was kidnapped by ELN guerrillas") is the other side too
        phrase = {i for se in hit if (x := self._span(se)) is not None for i in _phrase(x.root)}
        for org, key in self.orgs:
            if any(s <= org.start_char < e for s, e in hit) or org.root.i in phrase:
                continue
            if lo <= org.start_char < hi and kinds.get(key) in _ARMED_KINDS:
                self.add("PerpOrg", org.text)

    def purely_military(self, frame: EventFrame) -> bool:
        """Every target and victim of the frame is a military or police force, post or
        member, or an armed group's: the template definition leaves such clashes out."""
        if self._clash_took_place(frame):
            return True
        spans = [self._span(se) for se in (*frame.targets, *frame.victims)]
        objects = [o for o in spans if o is not None]
        # "four Treasury Police officers" and "Treasury": a piece of another object's phrase
        # is that object, not one of its own
        objects = [
            o
            for o in objects
            if not any(
                p is not o and p.start <= o.start and o.end <= p.end and len(p) > len(o)
                for p in objects
            )
        ]
        armed = {a.key for a in self.actors if a.type in _ARMED_TYPES}
        if not objects:
            # "troops clashed with FMLN forces", "the air force resumed its attacks": the
            # military acting, or a clash, with nobody else hit
            trig = self._span(frame.trigger)
            clash = trig is not None and trig.root.lemma_.lower() in self.lex.clash_words
            perps = [self._span(se) for se in frame.perpetrators]
            military = [
                p for p in perps if p is not None and (self._military(p) or self._forces_named(p))
            ]
            # "the military men involved in the Jesuits' murder": a murder, kidnapping or
            # massacre is no combat, whoever did it (MUC-4: the military may be perpetrators)
            crime = trig is not None and trig.root.lemma_.lower() in self.lex.crime_against_persons
            return clash or (bool(military) and not crime)
        # the armed forces bombing where guerrillas are: "the air force attacked the outskirts"
        types = {a.key: a.type for a in self.actors}
        forces = any(
            a.role == "perpetrator" and types.get(a.actor) == "state_forces"
            for a in frame.event.actors
        ) or any(
            p is not None and (self._military(p) or self._forces_named(p))
            for p in (self._span(se) for se in frame.perpetrators)
        )
        # "the army attacked an M-19 group and killed Commander X": the state's forces
        # against an armed group; a person named on its side is no civilian victim
        against_armed = forces and any(self._armed_object(o) for o in objects)
        trig = self._span(frame.trigger)
        if forces and trig is not None and trig.root.lemma_.lower() in self.lex.clash_words:
            # "9th brigade troops clashed with the X group": the armed forces in combat,
            # whoever fell on the other side, unless a named person did
            return not any(
                _through_of(o.root).ent_type_ == "PERSON"
                or _through_of(o.root).lower_ in self.lex.given_names
                for o in objects
            )
        any_force = False
        for span in objects:
            root = _through_of(span.root)
            if root.like_num or root.pos_ == "PRON":
                continue  # "killed three", "attacked them": told by another object
            any_force = True
            if root.ent_type_ == "PERSON" or root.lower_ in self.lex.given_names:
                if against_armed:
                    continue
                return False  # a named person: the incident is relevant
            if forces and _head_in(root, self.lex.military_areas):
                continue
            mods = {t.lower_ for t in span if t.i < root.i}
            if mods & self.lex.military_words:
                continue  # "six armored vehicles", "army trucks": a military object
            if mods & self.lex.force_target_words and root.lemma_.lower() in self.lex.person_heads:
                continue  # "four Treasury Police officers": members of a force
            actor = next(
                (a.key for a in self.actors for m in a.mentions if m.start <= root.idx < m.end),
                None,
            )
            if any(t.ent_type_ == "NORP" for t in span if t.i < root.i):
                return False  # "five Venezuelan soldiers": foreign forces may be relevant
            if actor in armed or self._armed_org(root) or self._armed_object(span):
                continue
            owned = root.lemma_.lower() in self.lex.target_heads
            if any(
                t.lower_ in self.lex.civilian_modifiers or (owned and t.ent_type_ == "ORG")
                for t in span
                if t.i < root.i
            ):
                return False  # "a passenger plane", "an Avianca plane": a civilian object
            if (
                root.lemma_.lower() in self.lex.military_objects
                or root.lower_ in self.lex.military_objects
            ):
                continue
            return False
        return any_force

    def _clash_took_place(self, frame: EventFrame) -> bool:
        """ "Heavy fighting took place near the museum and the fair": a light verb ("take
        place") whose subject names combat tells a clash, and what it was near is where, not
        what was hit."""
        trig = self._span(frame.trigger)
        if trig is None:
            return False
        verb = trig.root
        objects = self.lex.occurrence_phrases.get(verb.lemma_.lower())
        if objects is None or not any(
            c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children
        ):
            return False
        return any(
            c.dep_ in {"nsubj", "nsubjpass"} and _head_in(c, self.lex.clash_words)
            for c in verb.children
        )

    def one_side(self, frame: EventFrame) -> list[Span]:
        """The perpetrator phrases of one side: where a frame names both insurgents and the
        state's forces as doers ("guerrillas attacked ... the military patrol repelled
        them"), the forces are the side attacked, not fellow attackers. Forces coordinated
        with the insurgents as subjects of the deed ("guerrillas and soldiers killed 12
        peasants") did it with them and stay, unless the deed is a clash between them."""
        spans = [x for x in (self._span(se) for se in frame.perpetrators) if x is not None]
        forces = [x for x in spans if self._military(x) or self._forces_named(x)]
        insurgents = [x for x in spans if x not in forces and self._insurgent(x.root)]
        if not forces or not insurgents:
            return spans
        trig = self._span(frame.trigger)
        clash = trig is not None and _head_in(trig.root, self.lex.clash_words)
        return [
            x
            for x in spans
            if x not in forces or (not clash and any(_co_doers(x.root, i.root) for i in insurgents))
        ]

    def _insurgent(self, root: Token) -> bool:
        """Insurgent fighters: "guerrillas", "the rebel column", "the FMLN" (not "armed
        men", who may be anyone's)."""
        words = self.lex.insurgent_words
        return (
            _head_in(root, words)
            or any(c.dep_ in {"amod", "compound"} and _head_in(c, words) for c in root.children)
            or self._armed_org(root)
        )

    def summary(self, frame: EventFrame) -> bool:
        """Every victim of the frame is a tally of a hundred or more people, told as a count
        over many incidents ("have murdered more than 20,000 peasants since 1980", "thousands
        of peasants"), with no target: a summary, which MUC-4 leaves out (template definition,
        section 1.0, point 7). A large number alone is one incident's toll ("the bomb killed
        107 passengers")."""
        if frame.targets or not frame.victims:
            return False
        spans = [self._span(se) for se in frame.victims]
        if not all(span is not None and self._tally(span) for span in spans):
            return False
        return self._many_incidents(frame, [s for s in spans if s is not None])

    def long_ago(self, frame: EventFrame) -> bool:
        """The deed is dated a year or more before the report by a time phrase it governs
        ("was assassinated last year", "a dynamite attack the previous year", "was killed
        ten years ago"): an old event recalled, which MUC-4 leaves out (template definition,
        section 1.0, point 6)."""
        trig = self._span(frame.trigger)
        if trig is None:
            return False
        verb = trig.root
        for t in self.timexes:
            text = f" {t.text.lower()} "
            # "was killed ten years ago": years back from the report; a frame that merged
            # several mentions may hold a recent one too
            ago = (
                frame.merged <= 1
                and _YEARS.match(t.value) is not None
                and any(f" {w} " in text for w in self.lex.years_back_words)
            )
            if not ago and not any(f" {cue} " in text for cue in self.lex.old_time_phrases):
                continue
            span = self.doc.char_span(t.start, t.end, alignment_mode="expand")
            if span is None or self._period_start(span.root):
                continue  # "has held him since last year": the deed goes on, not old
            if self._dates(span.root, verb):
                return True
        return False

    def _dates(self, time: Token, trigger: Token) -> bool:
        """The time phrase stands in the trigger's own clause. "The mayor, who was elected
        last year, was shot dead today": inside another clause it dates that clause's deed,
        not this one; a clause that describes the deed noun itself ("the attack, which took
        place last year", "an attack carried out last year") dates it."""
        cur = time
        for _ in range(5):
            if cur.i == trigger.i:
                return True
            if cur.head.i == cur.i:
                return False
            own = cur.head.i == trigger.i and trigger.pos_ in {"NOUN", "PROPN"}
            if cur.dep_ in _CLAUSE_DEPS and not (own and cur.dep_ in {"relcl", "acl"}):
                return False
            cur = cur.head
        return False

    def _period_start(self, tok: Token) -> bool:
        """The time phrase opens a period that runs to the report ("since last year")."""
        head = tok.head
        return tok.dep_ == "pobj" and head.lower_ in self.lex.period_start_preps

    def generic(self, frame: EventFrame) -> bool:
        """A generic description, not one incident (MUC-4 template definition, section 1.0,
        point 7): the deed told as ongoing or as a kind ("the FMLN is attacking the civilian
        population", "has been planting bombs", "a series of attacks", "its acts of
        sabotage against electricity"), with no date and nothing hit that one incident
        would name (a name, a count, a singular thing). "The attacks" refers back to
        incidents told before, unless a period is told ("the attacks of the last ten
        years")."""
        trig = self._span(frame.trigger)
        if trig is None or frame.event.date is not None:
            return False
        tok = trig.root
        plural = tok.tag_ == "NNS" and not any(c.dep_ == "nummod" for c in tok.children)
        ongoing = tok.tag_ == "VBG" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "be" for c in tok.children
        )
        if not (plural or ongoing):
            return False
        if plural and any(
            c.dep_ == "det" and c.lower_ in self.lex.definite_determiners for c in tok.children
        ):
            period = any(
                c.dep_ == "prep" and c.lower_ in self.lex.tally_period_preps
                for h in (tok, tok.head)
                for c in h.children
            )
            if not period:
                return False
        objects = [self._span(se) for se in (*frame.targets, *frame.victims)]
        return all(o is None or self._generic_object(o) for o in objects)

    def _generic_object(self, span: Span) -> bool:
        """Nothing one incident would name: no name, no count, and a collective ("the
        civilian population", "our people") or a bare plural ("public places")."""
        if any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" or t.like_num for t in span):
            return False
        root = span.root
        if root.lemma_.lower() in self.lex.collective_objects:
            return True
        return root.tag_ == "NNS" and not any(c.dep_ in {"det", "poss"} for c in root.children)

    def _tally(self, span: Span) -> bool:
        """The phrase counts a hundred or more people ("40,000", "hundreds of students")."""
        for tok in span:
            if tok.lower_ in self.lex.large_quantifiers:
                return True
            if tok.like_num:
                try:
                    if float(tok.text.replace(",", "")) >= 100:
                        return True
                except ValueError:
                    continue
        return False

    def _many_incidents(self, frame: EventFrame, victims: Sequence[Span]) -> bool:
        """A cue that a count sums up many incidents: a period on the deed ("since 1980",
        "during the war"), or, with no weapon (which tells one incident's means: "the bomb
        killed hundreds of people"), a plural count word ("hundreds of") or a perfect verb
        ("have murdered")."""
        trig = self._span(frame.trigger)
        if trig is None:
            return False
        verb = trig.root
        heads = [verb, *(v.root for v in victims)]
        if any(
            c.dep_ == "prep" and c.lower_ in self.lex.tally_period_preps
            for h in heads
            for c in h.children
        ):
            return True
        if frame.weapons:
            return False
        if any(t.lower_ in self.lex.large_quantifiers for span in victims for t in span):
            return True
        return verb.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children
        )

    def irrealis(self, frame: EventFrame) -> bool:
        """A frame told only by a to-infinitive ("came to assassinate X", "a plot to kill Y",
        "ordered them to take hostages", "planning to blow up"): a purpose, plan or order,
        not an act. An attempt ("tried to kill", "failed to detonate") is kept: MUC-4
        records attempted acts."""
        if frame.merged > 1:
            return False
        trig = self._span(frame.trigger)
        if trig is None:
            return False
        tok = trig.root
        if self._planned(tok):
            return True
        # The word's own modal or "to" first ("captured the town and will destroy the
        # bridge": "destroy" is a forecast); only a conjunct with none shares those of the
        # verb it is joined to ("will step up their actions to destroy the grid and murder
        # officials"). This reads the parse, not the event's modality: that modality is
        # judged on the trigger's own clause and comes back "asserted" for such conjuncts.
        while (
            tok.dep_ == "conj"
            and tok.head.pos_ in {"VERB", "AUX"}
            and not any(c.dep_ == "aux" and c.tag_ in {"MD", "TO"} for c in tok.children)
        ):
            tok = tok.head
        modals = self.lex.irrealis_modals
        if any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in modals for c in tok.children):
            return True  # "the rebels will attack", "could blow up": a forecast, not an act
        if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children):
            return False
        head = tok.head
        # "might attempt to kidnap him", "plans to try to kill": the attempt is no fact either
        return not (
            head.pos_ in {"VERB", "AUX"}
            and head.lemma_.lower() in self.lex.attempt_verbs
            and not any(c.tag_ in {"MD", "TO"} for c in head.children)
        )

    def denied_deed(self, frame: EventFrame) -> bool:
        """The trigger verb carries its own negation ("but did not kill the owner", "it did
        not injure the judge"): the clause tells what the deed did not do, so whom it names was
        not hit (MUC-4 records factual acts). A frame merged with other mentions is denied only
        when each of them is."""
        spans = [self._span(t) for t in frame.triggers or (frame.trigger,)]
        return all(s is not None and any(c.dep_ == "neg" for c in s.root.children) for s in spans)

    def _planned(self, tok: Token) -> bool:
        """An attack told as a possibility or a threat, not as done: "a possible attack",
        "the threat of a bombing", "reports of a planned kidnapping" (MUC-4 records only
        factual acts and attempts, section 1.0 point 5)."""
        lex = self.lex
        if any(
            c.dep_ == "amod" and c.lemma_.lower() in lex.irrealis_adjectives for c in tok.children
        ):
            return True
        head = tok.head
        return (
            tok.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.lemma_.lower() in lex.plan_nouns
        )

    def _armed_object(self, span: Span) -> bool:
        """An armed group, its members or its property: "the M-19 group", "two members of
        that subversive organization", "an FMLN security house" (exception (a) of MUC-4's
        definition of a relevant incident)."""
        root = _through_of(span.root)
        if self._armed_org(root):
            return True
        mods = {c.lower_ for c in root.children if c.dep_ in {"amod", "compound"}}
        if root.lemma_.lower() in self.lex.group_nouns and mods & self.lex.armed_adjectives:
            return True  # "that subversive organization", "a guerrilla cell"
        return any(
            _modifies(t, root) and self._armed_org(t) for t in span if t.i < root.i
        )  # "an FMLN security house": a thing the armed group owns

    def _armed_org(self, root: Token) -> bool:
        """The word heads the name of an insurgent or other armed organisation of the MUC-4
        lexicon ("the FMLN", which the gazetteer may type as a party)."""
        kinds = {o.id: o.kind for o in self.lex.organizations}
        return any(
            org.start <= root.i < org.end and kinds.get(key) in _ARMED_KINDS
            for org, key in self.orgs
        )

    def _forces_named(self, span: Span) -> bool:
        """The span names the armed forces ("the Salvadoran air force"), or is a possessive
        pronoun whose clause's subject does ("the air force resumed its attacks")."""
        text = " " + " ".join(t.lower_ for t in span) + " "
        if any(f" {name} " in text for name in self.lex.military_names):
            return True
        if len(span) == 1 and span.root.dep_ == "poss":
            verb = span.root.head.head
            return any(
                c.dep_ == "nsubj"
                and self._forces_named(self.doc[c.left_edge.i : c.right_edge.i + 1])
                for c in verb.children
            )
        return False

    def _military(self, span: Span) -> bool:
        """A state force acting: "9th brigade troops", "the Salvadoran air force"."""
        for a in self.actors:
            if a.type == "state_forces" and any(
                span.start_char <= m.start < span.end_char for m in a.mentions
            ):
                return True
        words = {t.lower_ for t in span} | {span.root.lemma_.lower()}
        return bool(words & self.lex.military_words)

    def fillers(self) -> RoleFillers:
        out: RoleFillers = {}
        # "dynamite" of "was dynamited" beside "a dynamite charge": the device in full
        self.roles["Weapon"] = [self._fuller_weapon(m) for m in self.roles["Weapon"]]
        for role in ROLES:
            out[role] = [[m] for m in _dedupe(role, self.roles[role], self._org_key)]
        # "the building", "the vehicles" beside a bank or an ambulance: a bare general noun is
        # mostly another mention of a target named more fully, or a part of one
        bare = [
            m
            for m in out["Target"]
            if normalize(m[0]) in self.lex.generic_targets and normalize(m[0]) not in self.counted
        ]
        if len(bare) < len(out["Target"]):
            out["Target"] = [m for m in out["Target"] if m not in bare]
        # "the farm" beside "the La Eminencia farm": a bare head noun is a second mention of
        # the fuller target with that head (one entity, its mentions alternatives)
        heads = [_singular(normalize(m[0]).split()[-1]) for m in out["Target"]]
        out["Target"] = [
            m
            for k, m in enumerate(out["Target"])
            if len(normalize(m[0]).split()) > 1
            or not any(j != k and heads[j] & heads[k] for j in range(len(heads)))
        ]
        out["PerpInd"] = self._shortened_away(out["PerpInd"])
        # a person told both as the one who acted and the one hit ("prisoner X led the riot
        # ... X was killed", "a plan to kidnap X" beside X's own deeds): the report's frames
        # disagree on who the person was, so neither role is asserted
        both = [(p, v) for p in out["PerpInd"] for v in out["Victim"] if _same_person(p[0], v[0])]
        out["PerpInd"] = [m for m in out["PerpInd"] if all(m is not p for p, _v in both)]
        out["Victim"] = [m for m in out["Victim"] if all(m is not v for _p, v in both)]
        # doers that make no terrorist incident: a counted crowd ("more than 60 people" were
        # arrested or marched), common criminals, a bare group noun; military units of a war
        # ("the X battalion", "the contras") as the organisation
        lex = self.lex
        out["PerpInd"] = [
            m
            for m in out["PerpInd"]
            if not self._counted_crowd(m[0])
            and _head_word(m[0]) not in lex.non_terrorist_perp_heads
            # "the group", "a unit": a bare group noun names no people (the keys give the
            # organisation, or the people by what they were)
            and not (
                len(normalize(m[0]).split()) == 1 and _singular(_head_word(m[0])) & lex.group_nouns
            )
        ]
        out["PerpOrg"] = [
            m for m in out["PerpOrg"] if _head_word(m[0]) not in lex.non_terrorist_org_heads
        ]
        # a bare surname the report never gives in full ("Villalobos", "Ortuzar"): a well-known
        # person recalled, not the victim of this incident, whose full name a report gives; a
        # given name alone ("the boy, Jorge") is how a report names a child or a relative
        out["Victim"] = [
            m
            for m in out["Victim"]
            if len(normalize(m[0]).split()) > 1 or normalize(m[0]) in lex.given_names
        ]
        return out

    def _fuller_weapon(self, mention: str) -> str:
        """A bare weapon word ("dynamite", "bomb") that the report names in full as one
        weapon of the lexicon elsewhere ("a dynamite charge", "the car bomb"): that fuller
        name, as the keys give it ("was dynamited", "a dynamite attack" name no device). Left
        as it is where the report names two or more such devices."""
        words = normalize(mention).split()
        if len(words) != 1:
            return mention
        word = words[0]
        if word.endswith("s") and word[:-1] in self.lex.weapons:
            return mention  # "bombs", "rockets": several devices, maybe of several kinds
        text = self.doc.text.lower()
        fuller = {
            w
            for w in self.lex.weapons
            if " " in w
            and word in w.split()
            and re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text)
        }
        # "car bomb" and "car bombs": one device in the singular and the plural
        kinds = {f[:-1] if f.endswith("s") else f for f in fuller}
        if len(kinds) != 1:
            return mention
        best = min(fuller, key=len)
        m = re.search(rf"(?<![\w-]){re.escape(best)}(?![\w-])", text)
        return self.doc.text[m.start() : m.end()] if m else mention

    def _counted_crowd(self, mention: str) -> bool:
        """ "more than 60 people", "four persons": a plain crowd noun told by its count
        ("four unidentified persons" tells what they were: doers)."""
        words = mention.lower().split()
        return (
            len(words) > 1
            and normalize(words[-1]) in self.lex.counted_crowd_heads
            and any(w[0].isdigit() or w in self.lex.crowd_count_words for w in words[:-1])
            and not any(w in self.lex.crowd_doer_words for w in words)
        )

    def _shortened_away(self, fillers: list[list[str]]) -> list[list[str]]:
        """ "the urban commando units" ... "our units", "a group of ten hired gunmen" ... "ten
        hired gunmen": a perpetrator phrase whose words all recur in a fuller one is a second
        mention of those people (MUC-4: one entity, its mentions alternatives). State troops
        (``distinct_force_heads``) stay: a report's many "troops" are mostly many units."""
        distinct = self.lex.distinct_force_heads
        # each word by its shortest form: "units" and "unit" count as one word
        words = [{min(_singular(w), key=len) for w in normalize(m[0]).split()} for m in fillers]
        kept: list[list[str]] = []
        for i, m in enumerate(fillers):
            if words[i] and not words[i] & distinct and any(words[i] < w for w in words):
                continue
            kept.append(m)
        return kept

    def _org_key(self, mention: str) -> str:
        index, _n = _org_index()
        return index.get(tuple(mention.lower().replace("-", " - ").split()), normalize(mention))


def frames_to_roles(
    frames: Sequence[EventFrame], annotated: Annotated, keep_modalities: frozenset[str]
) -> RoleFillers:
    """Map ASSAULT frames to MUC role fillers (one mention per entity, deduplicated)."""
    mapper = _RoleMapper(annotated)
    keys = {a.key: a for a in annotated.actors}
    kinds: list[Span] = []
    span: Span | None
    for f in frames:
        if f.event.type != "ASSAULT" or f.event.modality not in keep_modalities:
            continue
        if mapper.purely_military(f):
            continue  # guerrilla warfare, not a terrorist incident (MUC-4's definition)
        if mapper.irrealis(f):
            continue  # a plan, order, purpose or policy, not an act (MUC-4: factual only)
        if mapper.summary(f):
            continue  # "murdered more than 100,000 people": a tally, no one incident
        if mapper.denied_deed(f):
            continue  # "but did not kill the owner": no act
        if mapper.long_ago(f):
            continue  # "was assassinated last year": an old event recalled
        if mapper.generic(f):
            continue  # "the FMLN is attacking the population": a kind of deed, no incident
        for span in mapper.one_side(f):
            if len(span) == 1 and span.root.dep_ in {"amod", "compound"}:
                # "the terrorist attack": the attackers named by their kind only, the same
                # people as any perpetrator the report names
                kinds.append(span)
                continue
            mapper.perpetrator(span)
        # who claimed an attack made it; who blamed someone for it (also ``by``) did not
        if f.event.responsibility == "claimed" and f.event.responsibility_by in keys:
            actor = keys[f.event.responsibility_by]
            mention = min(actor.mentions, key=lambda m: m.start)
            span = mapper._span((mention.start, mention.end))
            if span is not None:
                mapper.perpetrator(span)
        for se in f.victims:
            span = mapper._span(se)
            if span is not None:
                mapper.object(span, victim=True)
        for span in mapper.with_conjuncts(f.targets, (*f.targets, *f.victims)):
            mapper.object(span)
        # "a social time bomb about to explode": an event word with no party, no place and
        # no weapon of its own tells of no incident, so the weapon words near it are no
        # instrument (MUC-4 records only incidents told specifically, section 1.0 point 7)
        if f.perpetrators or f.victims or f.targets or f.weapons or f.event.place is not None:
            mapper.weapons(f)
        mapper.armed_groups_near(f)
    if not mapper.roles["PerpInd"] and not mapper.roles["PerpOrg"]:
        for span in kinds[:1]:
            mapper.perpetrator(span)
    mapper.agent_nouns()
    return mapper.fillers()


def _phrase(root: Token) -> set[int]:
    """The token indices of the noun phrase of ``root`` with its appositions and
    prepositional phrases, leaving out any clause of its own (relative, adverbial, ...)."""
    out = {root.i}
    todo = [root]
    while todo:
        for child in todo.pop().children:
            if child.dep_ not in _CLAUSE_DEPS or child.dep_ == "conj":
                out.add(child.i)
                todo.append(child)
    return out


def _size_word(tok: Token) -> bool:
    """A number or the unit glued to one ("60" and "mm" of "60mm", "9" of "9-mm")."""
    if tok.like_num:
        return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.like_num and not prev.whitespace_


def _through_of(root: Token) -> Token:
    """The noun a count or membership noun stands for: "the number of guerrillas killed",
    "three members of the Popular Liberation Army" → guerrillas, Army."""
    if root.lemma_.lower() not in {"number", "total", "member", "members", "group", "body"}:
        return root
    for prep in root.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return root


def _modifies(tok: Token, root: Token) -> bool:
    """The token hangs on ``root`` through modifiers and possessors only ("Minister X's
    residence", "the Balboa hospital ambulance")."""
    while tok.i != root.i:
        if tok.dep_ not in {"compound", "poss", "nmod", "amod", "case", "flat"} or tok.head is tok:
            return False
        tok = tok.head
    return True


def _owner_of(tok: Token, root: Token) -> bool:
    """The token names the owner of ``root`` in its "of" phrase ("the house of Judge X",
    "the office of councilman Y"): through name and title words, then "of" on ``root``."""
    for _ in range(6):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i == root.i:
            return True
        if tok.dep_ not in {"compound", "flat", "appos", "amod", "nmod"} or tok.head is tok:
            return False
        tok = tok.head
    return False


def _possessor(tok: Token, root: Token) -> bool:
    """The token names the possessor of ``root`` ("Colonel X's wife"), not ``root`` itself."""
    while tok.i != root.i:
        if tok.dep_ == "poss":
            return True
        tok = tok.head
    return False


def _named_owner(tok: Token) -> bool:
    """A possessor that belongs to the target's name: "the president's home", "Merino's
    home" (not "their offices")."""
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    return tok.dep_ == "poss" or (tok.dep_ == "compound" and tok.head.dep_ == "poss")


def _itemised(root: Token) -> bool:
    """The noun's items follow it: an apposition of its own, a second object of its verb, or
    a dash or colon later in its clause that opens a list ("burned three vehicles on the
    highway -- an ambulance, a truck")."""
    if any(c.dep_ == "appos" for c in root.children):
        return True
    if any(
        c.i != root.i and c.dep_ in {root.dep_, "appos"} and c.pos_ in {"NOUN", "PROPN"}
        for c in root.head.children
    ):
        return True
    after = root.doc.text[root.idx + len(root.text) : root.sent.end_char]
    return "--" in after or ":" in after


def _co_doers(a: Token, b: Token) -> bool:
    """Two phrases that did the deed together: coordinated ("guerrillas and soldiers"), or
    subjects of the same verb."""
    return a in b.conjuncts or (a.dep_ == b.dep_ == "nsubj" and a.head == b.head)


def _name_words(mention: str) -> set[str]:
    """The words of a name, titles and ranks left out ("General X Y" → {x, y})."""
    skip = load_lexicon().perp_rank_titles | load_lexicon().titles
    return {w for w in normalize(mention).split() if w not in skip} or {"\0"}


def _same_person(a: str, b: str) -> bool:
    """Two mentions name one person: the same name words, or one is the other with role
    words in lower case ("rightist leader Roberto X" and "Roberto X"). A surname alone beside
    a full name ("Lieutenant Garcia", "Pedro Garcia") was left unmerged by
    :meth:`_RoleMapper._longest_name` because it may be another person, so it is not taken
    for the same one."""
    wa, wb = _name_words(a), _name_words(b)
    if wa == wb:
        return True
    short, long_ = (a, b) if len(wa) < len(wb) else (b, a)
    ws, wl = _name_words(short), _name_words(long_)
    if not ws <= wl:
        return False
    capital = {normalize(w) for w in long_.split() if w[:1].isupper()}
    return not (wl - ws) & capital


def _hyphen_joined(tok: Token) -> bool:
    """The token is joined by a hyphen, with no space, to the word after it ("chilean-u.s.",
    "six-floor")."""
    doc = tok.doc
    return (
        tok.i + 2 < len(doc)
        and not tok.whitespace_
        and doc[tok.i + 1].text == "-"
        and not doc[tok.i + 1].whitespace_
    )


def _head_word(mention: str) -> str:
    """The last word of a normalised mention ("the army patrol" -> "patrol"), or ""."""
    words = normalize(mention).split()
    return words[-1] if words else ""


def _last_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


def _head_in(token: Token, words: frozenset[str] | set[str]) -> bool:
    """Whether a head word is in a word list, as lemma, as written or in the singular
    ("Assassins" tagged as a name keeps its plural lemma)."""
    low = token.lower_
    return bool({token.lemma_.lower(), low, low[:-1] if low.endswith("s") else low} & words)


def _singular(word: str) -> set[str]:
    """A word and, for a plural, its singular ("Ecuadoreans" → ecuadoreans, ecuadorean;
    "units" → units, unit); short words stay ("gas")."""
    return {word, word[:-1]} if word.endswith("s") and len(word) > 3 else {word}


def _capitalised(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _strip_left(span: Span) -> Span:
    start = span.start
    while start < span.root.i and span.doc[start].dep_ in {"det", "poss", "punct", "predet", "cc"}:
        start += 1
    return span.doc[start : span.end]


def _dedupe(role: str, mentions: list[str], org_key: object) -> list[str]:
    """One mention per entity: repeats, one organisation's names, names inside names, one
    weapon told again."""
    kept: list[str] = []
    keys: list[set[str]] = []
    orgs: set[str] = set()
    for mention in mentions:
        key = normalize(mention)
        words = set(key.split())
        if any(key == normalize(k) for k in kept):
            continue
        if role == "PerpOrg":
            oid = org_key(mention)  # type: ignore[operator]
            if oid in orgs:
                continue
            orgs.add(oid)
        if role in ("Victim", "PerpOrg") and any(words <= w or w <= words for w in keys):
            continue
        if role == "Weapon":
            # "a bomb" ... "the bombs" ... "incendiary bombs": one weapon told again, bare or
            # with a modifier, in the singular or the plural ("car bomb", "bus bomb" stay two)
            words = {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words}
            if any(words <= w or w <= words for w in keys):
                continue
        kept.append(mention)
        keys.append(words)
    return kept
