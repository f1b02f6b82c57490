"""Find temporal expressions in English text and normalise them to TIMEX3-like values.

A HeidelTime-style normaliser: a set of extraction patterns built from the lexicons in
``dossier/data/time/*.yaml`` (month and weekday names, seasons, number words, relative cue words,
vague phrases), then one normalisation function per pattern kind. Every expression gets a TIMEX3
``value`` and ``type``, a ``precision`` on Dossier's scale and the ``anchor`` its value came from:

* ``absolute``: the expression says everything ("March 8, 2017", "mid-2014", "three years");
* ``document_date``: deictic, counted from the document date ("yesterday", "last week", "Friday");
* ``previous_date``: anaphoric, counted from the date last mentioned ("in July of the same year");
* ``unresolved``: a reference was needed but none is known, so the unknown part stays ``X``
  ("in March of this year" in an undated document is ``XXXX-03``; no year is invented).

Vague periods ("the coming period", "recently", "over the years") keep TimeML's ``PAST_REF``,
``PRESENT_REF``, ``FUTURE_REF`` or an ``X`` duration, never a made-up date.

Example::

    >>> from dossier.records import DateValue
    >>> [t.value for t in extract_timexes("He left on March 8, 2017.", None)]
    ['2017-03-08']
    >>> parse_dateline("LIMA, 10 JAN 90 (EFE) -- [TEXT] THE POLICE")
    DateValue(value='1990-01-10', precision='day')

The package, by stage (each name with a leading underscore is internal to it):

* :mod:`~dossier.resolve.timex.lexicon`: the YAML lexicons of ``dossier/data/time``;
* :mod:`~dossier.resolve.timex.patterns`: the candidate rules built from them;
* :mod:`~dossier.resolve.timex.values`: TIMEX3 values, their precision, durations and numbers;
* :mod:`~dossier.resolve.timex.anchors`: reference dates, tense, document-date and
  previous-date resolution;
* :mod:`~dossier.resolve.timex.normalise`: the normaliser registry and the normalisers of
  calendar expressions (dates, months, years, durations, clock times, holidays);
* :mod:`~dossier.resolve.timex.relative`: the normalisers of deictic and anaphoric expressions;
* :mod:`~dossier.resolve.timex.extract`: candidate selection and :func:`extract_timexes`;
* :mod:`~dossier.resolve.timex.dateline`: :func:`parse_dateline` for datelines and bylines.
"""

from __future__ import annotations

from dossier.resolve.timex.dateline import parse_dateline
from dossier.resolve.timex.extract import extract_timexes
from dossier.resolve.timex.values import precision_of

__all__ = ["extract_timexes", "parse_dateline", "precision_of"]
