"""HTML pages: the main text by trafilatura, page metadata (title, date, site, language).

trafilatura extracts the article body without comments or boilerplate; when it finds nothing
(a very short or unusual page) the visible text of the page, block by block, is used instead.
Dates come only from the page's own metadata (``<meta>``, JSON-LD, ``<time>``), never from a
search of the body text.
"""

from __future__ import annotations

import codecs
import copy
import re
import warnings
from pathlib import Path

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

from dossier.errors import EmptyDocumentError
from dossier.read.text import content_hash, decode_text
from dossier.records import HtmlMetadata, RawDocument

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


def read_html(path: Path, data: bytes) -> RawDocument:
    """An ``.html`` file as a RawDocument: main text plus page metadata."""
    html = decode_text(path, data, encoding=_declared_encoding(data))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tree = load_html(html)
        if tree is None:
            raise EmptyDocumentError(path, "no HTML content could be parsed")
        text = trafilatura.extract(
            copy.deepcopy(tree),
            include_comments=False,
            include_tables=True,
            output_format="txt",
            deduplicate=False,
        )
        meta = extract_metadata(copy.deepcopy(tree), extensive=False)
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
            date=meta.date or None,
            sitename=meta.sitename or None,
            language=_language(tree) or meta.language or None,
        ),
    )
