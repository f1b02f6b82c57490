"""The shared reference reader, round s21: ``common.resolve_reference`` (used by claims,
relations and quantities) gives no answer where two different actors compete equally for "the
group" or "its" (two armed groups in the nearest sentence for a definite group noun; two
coordinated peers for a pronoun), and ``common.DEFINITE_ORG`` reads its nouns from the one
list in data (``group_reference`` of ``claim_cues.yaml``).

Short texts written for these tests (other conflicts, other wordings than the development
reports), run through the real pipeline.
"""

from __future__ import annotations

from test_relations import annotate_text

from dossier.extract.common import DEFINITE_ORG, resolve_reference, sentence_views
from dossier.extract.lexicon import load_data


def _refer(text: str, word: str, nth: int = 0) -> str | None:
    """The name of the actor ``word`` (its ``nth`` occurrence in ``text``) refers to."""
    doc, actors, places, _timexes = annotate_text(text)
    views = sentence_views(doc, actors, places)
    at = -1
    for _ in range(nth + 1):
        at = text.index(word, at + 1)
    index = next(v.index for v in views if v.start <= at < v.end)
    ref = resolve_reference(views, index, at, word.lower())
    names = {a.key: a.name for a in actors}
    return names.get(ref.key) if ref is not None and ref.key else None


# -- the nouns are data ----------------------------------------------------------------------


def test_definite_org_reads_every_noun_of_the_shared_list() -> None:
    lists = load_data("claim_cues.yaml")["group_reference"]
    for part in ("collective", "members", "reference_extra"):
        for noun in lists[part]:
            assert DEFINITE_ORG.match(f"the {noun}"), noun
            assert DEFINITE_ORG.match(f"This {noun}'s"), noun


def test_definite_org_refuses_what_is_no_group_reference() -> None:
    for words in ("the army", "his faction", "the groups", "a group", "the police", "the town"):
        assert not DEFINITE_ORG.match(words), words


# -- one candidate: an answer -----------------------------------------------------------------


def test_the_group_after_one_armed_group_is_that_group() -> None:
    text = (
        "The Lord's Resistance Army raided two villages in Haut-Uele last month. "
        "The group later withdrew towards the border."
    )
    assert _refer(text, "The group") == "Lord's Resistance Army"


def test_a_pronoun_goes_to_the_topic_of_a_sentence_with_a_victim_in_it() -> None:
    # "its" goes to the sentence's first actor, not to a group merely attacked there
    text = (
        "Boko Haram attacked a camp of ISWAP near Monguno on Sunday. "
        "Its fighters seized two trucks."
    )
    assert _refer(text, "Its") == "Boko Haram"


def test_a_state_force_beside_one_group_does_not_compete_for_the_group() -> None:
    text = (
        "The Nigerian Army pushed al-Shabaab out of two villages. "
        "The group regrouped in the forest."
    )
    assert _refer(text, "The group") == "al-Shabaab"


def test_a_group_named_in_a_clause_on_the_topic_does_not_compete_with_it() -> None:
    # "from Boko Haram" is an adjunct of the sentence about ISWAP: the topic stays the answer
    text = (
        "ISWAP, which split from Boko Haram in 2016, seized two towns near Lake Chad. "
        "The group now taxes fishermen on the islands."
    )
    assert _refer(text, "The group") == "Islamic State West Africa Province"


def test_a_group_after_together_with_does_not_compete_with_the_topic() -> None:
    text = (
        "The Macina Liberation Front attacked a post in Mopti together with Ansar Dine. "
        "The group later withdrew towards the river."
    )
    assert _refer(text, "The group") == "Katiba Macina"


# -- two candidates: no answer ----------------------------------------------------------------


def test_two_coordinated_groups_give_a_pronoun_no_answer() -> None:
    text = (
        "The Kachin Independence Army and the Arakan Army seized several posts near Lashio. "
        "Its fighters then looted a market."
    )
    assert _refer(text, "Its") is None


def test_two_groups_in_the_sentence_before_give_the_group_no_answer() -> None:
    # an accuser and the accused: the definite noun could be either
    text = (
        "The Kachin Independence Army accused the Arakan Army of shelling a market. "
        "The group denied any role in the killings."
    )
    assert _refer(text, "The group") is None


def test_two_groups_two_sentences_back_give_no_answer_either() -> None:
    text = (
        "Hamas accused Palestinian Islamic Jihad of breaking the truce. Residents fled the "
        "area. The movement said it would respond."
    )
    assert _refer(text, "The movement") is None


def test_two_coordinated_groups_before_it_in_its_own_sentence_give_the_rebels_no_answer() -> None:
    text = (
        "After the Allied Democratic Forces and the M23 fought near Beni, the rebels "
        "burned a school."
    )
    assert _refer(text, "the rebels") is None


def test_a_person_pronoun_after_two_coordinated_people_has_no_answer() -> None:
    text = "Abubakar Shekau and Abu Musab al-Barnawi met in 2016. He later left for Sambisa."
    assert _refer(text, "He") is None
