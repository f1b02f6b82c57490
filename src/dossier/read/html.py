"""HTML pages: the main text by trafilatura, page metadata (title, date, site, language).

trafilatura extracts the article body without comments or boilerplate; when it finds nothing
(a very short or unusual page) the visible text of the page, block by block, is used instead.
Dates come only from the page's own metadata (``<meta>``, JSON-LD, ``<time>``), never from a
search of the body text; (s22c) where trafilatura finds none, from the page's ``<meta>`` date
tags, its byline or date line and the ``<time>`` elements above the article's text (all
outside asides, lists and footers), else, as a fallback only, from a date in another calendar
in a ``<meta>`` tag (``dc.date.hijri``). The site's name comes from the page's metadata, else from the
``<title>`` around the headline ("Headline | Site Name"), else from the copyright line of the
page ("© 2025 Site Name Media Group. All rights reserved.").
"""

from __future__ import annotations

import codecs
import copy
import re
import warnings
from functools import cache
from pathlib import Path

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError
from rapidfuzz import fuzz
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from dossier.calendars import calendar_date
from dossier.datafiles import literal_alternation, load_yaml
from dossier.dates import parse_date, parse_date_line
from dossier.errors import EmptyDocumentError
from dossier.language import fold
from dossier.read.text import content_hash, decode_text
from dossier.records import DateValue, HtmlMetadata, RawDocument
from dossier.sources import is_copyright_line, is_host_name, source_line

__all__ = ["html_to_text", "read_html"]

_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-]+)", re.IGNORECASE)
_BLOCKS = [
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "dl",
    "figcaption",
    "title",
    "address",
    "aside",
    "nav",
    "main",
    "form",
    "hr",
]
_INVISIBLE = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object"]


def _declared_encoding(data: bytes) -> str:
    m = _CHARSET.search(data[:4096])
    if m:
        try:
            return codecs.lookup(m.group(1).decode("ascii")).name
        except LookupError:
            pass
    return "utf-8"


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, one block per line (the fallback when trafilatura fails)."""
    try:
        tree = lxml_html.document_fromstring(html.encode("utf-8"))
    except (ParserError, ValueError):
        return ""
    for el in list(tree.iter(*_INVISIBLE)):
        el.drop_tree()
    for el in tree.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in tree.text_content().splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _language(tree: lxml_html.HtmlElement) -> str | None:
    for value in (tree.get("lang"), tree.get("{http://www.w3.org/XML/1998/namespace}lang")):
        if value and value.strip():
            return value.strip()
    found = tree.xpath("//meta[@http-equiv='content-language' or @property='og:locale']/@content")
    return str(found[0]).strip() if found else None


# the separators of a page title's parts ("Headline | Site", "Site - Headline")
_TITLE_SEP = re.compile(r"\s+(?:[|•·»:]{1,2}|[-–—]{1,2})\s+")


@cache
def _page_words() -> tuple[frozenset[str], re.Pattern[str]]:
    """Section labels and the words that start a page-title part that is no site name."""
    labels = frozenset(fold(w) for w in load_yaml("section_labels.yaml")["labels"])
    words = load_yaml("metadata_cues.yaml")["title_part_non_sites"]
    return labels, re.compile(rf"^(?:{literal_alternation(words)})\b", re.IGNORECASE)


def _not_a_site(part: str) -> bool:
    labels, page = _page_words()
    return fold(part) in labels or bool(page.match(part)) or parse_date_line(part) is not None


def _text_of(el: lxml_html.HtmlElement) -> str:
    return " ".join(el.text_content().split())


def _site_in_title(title: str, headlines: list[str]) -> str | None:
    """The site's name in a page title that is a headline and the name ("Islamic State
    claims bombing | Levant Daily" → "Levant Daily", "Levant Daily - Headline"): the last
    (first) part when the first (last) is the headline of the page. A short capitalised
    name, never a section label ("Headline | Analysis"), a page word ("Update 3") or a date.
    """
    parts = _TITLE_SEP.split(" ".join(title.split()))
    if len(parts) < 2:
        return None

    def is_headline(part: str) -> bool:
        return any(h and fuzz.ratio(part.casefold(), h.casefold()) >= 90 for h in headlines)

    for site, told in ((parts[-1], parts[0]), (parts[0], parts[-1])):
        if not is_headline(told):
            continue
        words = site.split()
        if (
            1 <= len(words) <= 6
            and len(site) <= 60
            and site[0].isupper()
            and not site.endswith(".")
            and not _not_a_site(site)
        ):
            return site
    return None


def _copyright_holder(tree: lxml_html.HtmlElement) -> str | None:
    """The holder named by the copyright line of the page's footer ("© 2025 Levant Daily
    Media Group"): a ``<footer>`` or a block whose class or id says footer or copyright (a
    photo credit elsewhere, "© AFP", names no publisher). Of nested blocks that start with
    the line, the innermost (the shortest)."""
    marked = tree.xpath(
        "//*[contains(translate(concat(@class, ' ', @id), 'FOOTERCPYRIGH', 'footercpyrigh'),"
        " 'footer') or contains(translate(concat(@class, ' ', @id), 'FOOTERCPYRIGH',"
        " 'footercpyrigh'), 'copyright')]"
    )
    for block in [*tree.iter("footer"), *marked]:
        blocks = block.iter("p", "div", "span", "small", "li", "footer", block.tag)
        found = [t for el in blocks if (t := _text_of(el)) and is_copyright_line(t)]
        if found:
            return source_line(min(found, key=len))
    return None


def _site_name(tree: lxml_html.HtmlElement, headline: str | None) -> str | None:
    """The site's name from the ``<title>`` around the headline, else the copyright line."""
    title = tree.find(".//title")
    headlines = [headline or "", *(_text_of(h) for h in tree.iter("h1"))]
    in_title = _site_in_title(_text_of(title), headlines) if title is not None else None
    return in_title or _copyright_holder(tree)


def _sitename(found: str | None, tree: lxml_html.HtmlElement, headline: str | None) -> str | None:
    """The site's name: the page's own (``og:site_name``), else the name the ``<title>`` or
    the copyright line gives, which wins over a bare host name that trafilatura falls back
    to ("example-news.org" for "Headline | Example News")."""
    if found and not is_host_name(found):
        return found
    return _site_name(tree, headline) or found or None


# the elements that stand on their own line inside a table of plain lines
_BLOCK_TAGS = ("div", "p", "br", "li", "pre", "caption")


def _text_tables(tree: lxml_html.HtmlElement) -> None:
    """(s20) A ``<table>`` that holds its rows as plain lines, with no ``<tr>``, ``<td>`` or
    ``<th>`` ("| 12 Nov | Taiz | Shelling | 2 killed |" typed straight into the element, or
    one ``<div>`` a line), becomes a ``<pre>`` of those lines, each block on its own line:
    trafilatura reads only a table's rows and cells, and would drop every line of it. (s20b)
    A table of cells without rows is left to trafilatura, which keeps its cells apart."""
    for table in list(tree.iter("table")):
        if any(table.find(f".//{cell}") is not None for cell in ("tr", "td", "th")):
            continue  # rows or cells, even without <tr>: trafilatura reads them itself
        for block in table.iter(*_BLOCK_TAGS):
            # each block on its own line: its text ends there ("<div>4 March: ambush</div>")
            block.tail = "\n" + (block.tail or "")
        lines = [" ".join(line.split()) for line in table.text_content().splitlines()]
        lines = [line for line in lines if line]
        parent = table.getparent()
        if not lines or parent is None:
            continue
        block = lxml_html.Element("pre")
        block.text = "\n".join(lines)
        block.tail = table.tail
        parent.replace(table, block)


# a superscript that is a note's marker: "1", "[2]", "*", "†"
_NOTE_MARK = re.compile(r"\[?(?:\d{1,3}|[a-z]|[*†‡§])\]?")
# what a note's marker follows: a stop or a word of three letters or more ("month.<sup>1</sup>",
# "Hezbollah<sup>2</sup>"); not a number or a unit ("40 km<sup>2</sup>", "10<sup>6</sup>")
_NOTE_AFTER = re.compile(r"(?:[^\W\d_]{3}|[.,;:!?)\]\"”’])\s*$")


def _drop_note_markers(tree: lxml_html.HtmlElement) -> None:
    """(s23) A ``<sup>`` note marker goes, its tail kept: trafilatura glues it to the words
    around it ("during the month.1 Its core components ..."), which joins two sentences and
    turns the marker into a number of the text."""
    for sup in list(tree.iter("sup")):
        mark = sup.text_content().strip()
        if not _NOTE_MARK.fullmatch(mark):
            continue
        prev = sup.getprevious()
        before = (prev.tail if prev is not None else sup.getparent().text) or ""
        if prev is not None and not before:
            before = prev.text_content()
        if _NOTE_AFTER.search(before):
            sup.drop_tree()  # keeps the tail


# --------------------------------------------------------------------------------------------
# (s22c) the page's date where trafilatura finds none


@cache
def _date_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = load_yaml("metadata_dates.yaml")
    return (
        tuple(data["html_date_meta"]),
        tuple(data["html_date_blocks"]),
        tuple(data["html_date_excluded"]),
        tuple(data["html_date_list_tags"]),
    )


# a paragraph this long opens the article's text: a date line stands above it
_BODY_PARAGRAPH_CHARS = 200
# a byline or date line is short ("By A. Writer | Fri, 23rd Oct. 2026 | 6 min read")
_DATE_BLOCK_MAX_CHARS = 200


def _excluded(el: lxml_html.HtmlElement) -> bool:
    """Whether ``el`` lies in an aside, a footer, a quotation or a caption, whose dates are
    those of other pages or of what the article quotes, or in a list or a link outside a
    byline or date line."""
    _, _, excluded, lists = _date_words()
    chain = [el, *el.iterancestors()]
    if any(a.tag in excluded for a in chain):
        return True
    listed = [i for i, a in enumerate(chain) if a.tag in lists]
    # (s22d) only a byline around the list or link keeps it ("<ul class='post-meta'><li>");
    # a date-marked span inside a list item of other stories is another page's date
    return bool(listed) and not any(_marked(a) for a in chain[listed[-1] :])


def _meta_date(tree: lxml_html.HtmlElement) -> DateValue | None:
    """The first Gregorian date of the page's ``<meta>`` date tags, in the order of
    ``html_date_meta`` (publication before modification)."""
    found: dict[str, str] = {}
    for meta in tree.iter("meta"):
        key = fold(meta.get("property") or meta.get("name") or meta.get("itemprop") or "")
        content = (meta.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = content
    for key in _date_words()[0]:
        if key in found and (value := parse_date(found[key])):
            return value
    return None


def _body_start(tree: lxml_html.HtmlElement) -> lxml_html.HtmlElement | None:
    for p in tree.iter("p"):
        if len(_text_of(p)) >= _BODY_PARAGRAPH_CHARS and not _excluded(p):
            return p
    return None


def _marked(el: lxml_html.HtmlElement) -> bool:
    """Whether a class or the id of ``el`` is, or has as a part between hyphens or
    underscores, a byline word (``html_date_blocks``): "post-date", "entry__meta-info";
    (s22d) not a word that merely contains one ("candidates", "mandate", "reposted")."""
    names = fold(f"{el.get('class') or ''} {el.get('id') or ''}").replace("_", "-").split()
    padded = [f"-{'-'.join(p for p in n.split('-') if p)}-" for n in names]
    return any(f"-{w}-" in n for n in padded for w in _date_words()[1])


def _line_date(el: lxml_html.HtmlElement) -> DateValue | None:
    """The date of a byline or date line: of one of its lines (a ``<br>`` ends a line) that
    is a date line, with a day or a month."""
    part = copy.deepcopy(el)
    for br in part.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for line in part.text_content().splitlines():
        line = " ".join(line.split())
        value = parse_date_line(line) if line else None
        if value and value.precision in ("day", "month"):
            return value
    return None


def _header_date(tree: lxml_html.HtmlElement) -> DateValue | None:
    """The date above the article's text: a ``<time datetime>`` (its text else), or a short
    block marked as a byline or date line (``html_date_blocks``), outside asides, lists and
    footers; the first in the page's order, before the first paragraph of the text."""
    start = _body_start(tree)
    for el in tree.iter():
        if el is start:
            break
        if not isinstance(el.tag, str) or _excluded(el):
            continue
        if el.tag == "time":
            value = parse_date(el.get("datetime") or "") or _line_date(el)
        elif _marked(el) and len(_text_of(el)) <= _DATE_BLOCK_MAX_CHARS:
            value = _line_date(el)
        else:
            continue
        if value:
            return value
    return None


def _calendar_meta_date(tree: lxml_html.HtmlElement) -> DateValue | None:
    """A date in another calendar in a ``<meta>`` date tag ("dc.date.hijri": "١٢ جمادى الأولى
    ١٤٤٨ هـ"), as its Gregorian day: a fallback only (the tabular Hijri calendar may be a day
    off the one the page follows)."""
    for meta in tree.iter("meta"):
        key = fold(meta.get("property") or meta.get("name") or "")
        content = (meta.get("content") or "").strip()
        if (
            "date" in key
            and content
            and parse_date(content) is None
            and (v := calendar_date(content))
        ):
            return v
    return None


def _foreign_dates(tree: lxml_html.HtmlElement) -> set[str]:
    """The dates of the ``<time>`` elements and the date-marked blocks of a page's asides,
    lists, footers and quotations: those of other pages or of what the article quotes."""
    out: set[str] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or not (el.tag == "time" or _marked(el)):
            continue
        if not _excluded(el):
            continue
        for value in (parse_date(el.get("datetime") or ""), _line_date(el)):
            if value:
                out.add(value.value)
    return out


def trusted_date(found: str | None, tree: lxml_html.HtmlElement) -> str | None:
    """(s22c) trafilatura's date of the page, unless only an aside, a list, a footer or a
    quotation gives it ("Related: ... 1 Jul 2024"): its search of the page's ``<time>`` and
    date-marked elements, even without its extensive search, reads those too."""
    if not found:
        return None
    value = parse_date(found)
    if value is None or value.value not in _foreign_dates(tree):
        return found
    header = _meta_date(tree) or _header_date(tree)
    return found if header is not None and header.value == value.value else None


def page_dates(tree: lxml_html.HtmlElement) -> tuple[str | None, str | None]:
    """(s22c) The page's publication date as an ISO string, from its ``<meta>`` date tags,
    else its byline, date line or ``<time>`` above the text; and apart, the Gregorian day of
    a ``<meta>`` date in another calendar, which dates the page only where nothing else does."""
    found = _meta_date(tree) or _header_date(tree)
    fallback = _calendar_meta_date(tree)
    return (found.value if found else None, fallback.value if fallback else None)


def read_html(path: Path, data: bytes) -> RawDocument:
    """An ``.html`` file as a RawDocument: main text plus page metadata."""
    html = decode_text(path, data, encoding=_declared_encoding(data))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = load_html(html)
        if tree is None:
            raise EmptyDocumentError(path, "no HTML content could be parsed")
        body = copy.deepcopy(tree)
        _text_tables(body)
        _drop_note_markers(body)
        text = trafilatura.extract(
            body,
            include_comments=False,
            include_tables=True,
            output_format="txt",
            deduplicate=False,
        )
        meta = extract_metadata(copy.deepcopy(tree), extensive=False)
        # (s22c) trafilatura reads no date from a byline's text ("Fri, 23rd Oct. 2026 | 6 min
        # read") without its extensive search, which would also take dates from the body
        date, date_fallback = page_dates(tree)
    if text:
        # trafilatura puts one block (title, paragraph, list item) per line; a blank line
        # between blocks keeps a heading out of the paragraph's first sentence
        text = re.sub(r"\n+", "\n\n", text)
    if not text or not text.strip():
        text = html_to_text(html)
    return RawDocument(
        path=str(path),
        format="html",
        text=text or "",
        content_hash=content_hash(data),
        file_metadata=HtmlMetadata(
            title=meta.title or None,
            date=trusted_date(meta.date, tree) or date,
            date_fallback=date_fallback,
            sitename=_sitename(meta.sitename, tree, meta.title),
            language=_language(tree) or meta.language or None,
            author=meta.author or None,
        ),
    )
