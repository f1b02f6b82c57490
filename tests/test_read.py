"""Readers: each format into a RawDocument, and every kind of bad input into one clear error."""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pytest

from dossier.errors import (
    BinaryFileError,
    BrokenPdfError,
    DossierError,
    EmptyDocumentError,
    FileTooLargeError,
    InputError,
    InvalidEncodingError,
    MissingFileError,
    StoreError,
    UnreadableFileError,
    UnsupportedTypeError,
)
from dossier.read import SUFFIXES, read_file
from dossier.read.html import html_to_text

LIMIT = 1_000_000


def _pdf(pages: list[str], title: str | None = None, created: str | None = None) -> bytes:
    """A minimal valid PDF: one Helvetica text stream per page, an xref table, an info dict."""

    def esc(s: str) -> bytes:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1")

    n = len(pages)
    page_ids = [4 + 2 * i for i in range(n)]
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % p for p in page_ids)
        + b"] /Count %d >>" % n,
        3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    for i, text in enumerate(pages):
        ops = (
            b"BT /F1 12 Tf 14 TL 72 720 Td "
            + b" T* ".join(b"(" + esc(line) + b") Tj" for line in text.split("\n"))
            + b" ET"
        )
        objects[page_ids[i]] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (page_ids[i] + 1)
        )
        objects[page_ids[i] + 1] = b"<< /Length %d >>\nstream\n" % len(ops) + ops + b"\nendstream"
    info_id = 4 + 2 * n
    info = b"<< "
    if title:
        info += b"/Title (" + esc(title) + b") "
    if created:
        info += b"/CreationDate (" + esc(created) + b") "
    objects[info_id] = info + b">>"
    out = bytearray(b"%PDF-1.4\n")
    offsets = {}
    for num in sorted(objects):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objects[num] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (info_id + 1)
    for num in range(1, info_id + 1):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (info_id + 1, info_id)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def _check_error(err: InputError, path: Path, *words: str) -> None:
    message = str(err)
    assert message.startswith(f"{path}: "), message
    assert "\n" not in message
    assert err.path == str(path)
    for word in words:
        assert word in err.reason, message


# --------------------------------------------------------------------------------------------
# formats


def test_text_file_is_read_verbatim(tmp_path: Path) -> None:
    body = "Headline here\r\n\r\nCaf\u00e9 owners said the\u00a0market reopened.\n"
    path = _write(tmp_path, "note.txt", body)
    doc = read_file(path, LIMIT)
    assert doc.format == "text"
    assert doc.text == body  # repair is clean_text's job, offsets stay honest
    assert doc.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.path == str(path)


def test_utf8_bom_and_utf16_are_decoded(tmp_path: Path) -> None:
    assert read_file(_write(tmp_path, "a.txt", b"\xef\xbb\xbfHello there"), LIMIT).text == (
        "Hello there"
    )
    utf16 = "Привет, мир".encode("utf-16")
    assert read_file(_write(tmp_path, "b.txt", utf16), LIMIT).text == "Привет, мир"


def test_suffix_is_case_insensitive(tmp_path: Path) -> None:
    assert read_file(_write(tmp_path, "LOUD.TXT", "some words"), LIMIT).format == "text"


def test_markdown_keeps_its_text_and_reads_front_matter(tmp_path: Path) -> None:
    body = (
        "---\ntitle: Border Report\ndate: 2020-05-06\n---\n# Border Report\n\nA **bold** claim.\n"
    )
    doc = read_file(_write(tmp_path, "r.md", body), LIMIT)
    assert doc.format == "markdown"
    assert doc.text == body
    assert doc.file_metadata.title == "Border Report"
    assert doc.file_metadata.date == "2020-05-06"


HTML = """<!DOCTYPE html>
<html lang="fr-FR"><head><meta charset="utf-8">
<title>Les affrontements reprennent | Moniteur Exemple</title>
<meta property="og:title" content="Les affrontements reprennent">
<meta property="og:site_name" content="Moniteur Exemple">
<meta property="article:published_time" content="2019-07-04T09:30:00+00:00">
<script>var tracking = "do not read me";</script>
</head><body>
<nav><a href="/">Accueil</a></nav>
<article><h1>Les affrontements reprennent</h1>
<p>Les combats entre les deux milices ont repris dans les quartiers est de la ville mercredi,
selon des habitants qui ont fui vers le sud pendant la nuit.</p>
<p>Les autorités locales ont fait état d'au moins douze blessés et ont fermé la route principale
qui mène à l'aéroport depuis le début de la matinée.</p>
<p>Les organisations humanitaires demandent une pause pour évacuer les blessés vers la capitale.</p>
</article>
<div class="comments"><p>Commentaire de lecteur: quelle horreur vraiment.</p></div>
</body></html>
"""


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    doc = read_file(_write(tmp_path, "page.html", HTML), LIMIT)
    assert doc.format == "html"
    assert "Les combats entre les deux milices" in doc.text
    assert "organisations humanitaires" in doc.text
    assert "tracking" not in doc.text and "Accueil" not in doc.text
    meta = doc.file_metadata
    assert meta.title == "Les affrontements reprennent"
    assert meta.date == "2019-07-04"
    assert meta.sitename == "Moniteur Exemple"
    assert meta.language == "fr-FR"


def test_html_falls_back_to_visible_text(tmp_path: Path) -> None:
    doc = read_file(
        _write(tmp_path, "tiny.htm", "<html><body><p>Short note.</p></body></html>"), LIMIT
    )
    assert doc.text.strip() == "Short note."
    assert doc.file_metadata.date is None  # never a guess from elsewhere


def test_html_to_text_keeps_blocks_apart() -> None:
    text = html_to_text("<div>One</div><div>Two<br>Three</div><style>x{}</style><p>Four</p>")
    assert text.split("\n") == ["One", "Two", "Three", "Four"]


def test_html_declared_legacy_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        "</head><body><p>Источник сообщил о перестрелке в центре города вечером.</p></body></html>"
    )
    path = _write(tmp_path, "ru.html", page.encode("cp1251"))
    assert "перестрелке" in read_file(path, LIMIT).text


def test_pdf_pages_and_info(tmp_path: Path) -> None:
    data = _pdf(
        ["Quarterly Security Review\nFirst page line.", "Second page text here."],
        title="Quarterly Security Review",
        created="D:20180318120000Z",
    )
    doc = read_file(_write(tmp_path, "review.pdf", data), LIMIT)
    assert doc.format == "pdf"
    assert "Quarterly Security Review" in doc.text
    first, second = doc.text.split("\n\n")
    assert "First page line." in first and "Second page text here." in second
    assert doc.file_metadata.title == "Quarterly Security Review"
    assert doc.file_metadata.date == "2018-03-18"
    assert doc.content_hash == hashlib.sha256(data).hexdigest()


def test_pdf_junk_title_is_ignored(tmp_path: Path) -> None:
    data = _pdf(["Some text on a page."], title="Microsoft Word - draft7.docx", created="D:2016")
    doc = read_file(_write(tmp_path, "draft.pdf", data), LIMIT)
    assert doc.file_metadata.title is None
    assert doc.file_metadata.date == "2016"


# --------------------------------------------------------------------------------------------
# bad inputs


def test_error_tree() -> None:
    for cls in (MissingFileError, BinaryFileError, BrokenPdfError, InvalidEncodingError):
        assert issubclass(cls, InputError) and issubclass(cls, DossierError)
    assert issubclass(StoreError, DossierError) and not issubclass(StoreError, InputError)
    err = MissingFileError("a/b.txt", "no such\nfile")
    assert str(err) == "a/b.txt: no such file" and err.kind == "missing"


def test_errors_survive_pickling() -> None:
    """Worker processes send errors back to the parent."""
    err = pickle.loads(pickle.dumps(BrokenPdfError("x.pdf", "broken PDF: bad xref")))
    assert isinstance(err, BrokenPdfError) and str(err) == "x.pdf: broken PDF: bad xref"


def test_missing(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    with pytest.raises(MissingFileError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "no such file")


def test_directory(tmp_path: Path) -> None:
    path = tmp_path / "folder.txt"
    path.mkdir()
    with pytest.raises(UnreadableFileError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "directory")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied(tmp_path: Path) -> None:
    path = _write(tmp_path, "secret.txt", "hidden words")
    path.chmod(0)
    try:
        with pytest.raises(UnreadableFileError) as info:
            read_file(path, LIMIT)
        _check_error(info.value, path, "permission denied")
    finally:
        path.chmod(0o644)


def test_unsupported(tmp_path: Path) -> None:
    path = _write(tmp_path, "report.docx", b"whatever")
    with pytest.raises(UnsupportedTypeError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "unsupported file type '.docx'", ".txt")
    assert ".pdf" in SUFFIXES and ".md" in SUFFIXES


def test_binary_nul_bytes(tmp_path: Path) -> None:
    path = _write(tmp_path, "blob.txt", b"text\x00\x01\x02more")
    with pytest.raises(BinaryFileError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "binary", "offset 4")


def test_binary_bytes_that_do_not_match_the_suffix(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 20
    for name in ("photo.txt", "photo.html", "photo.pdf"):
        path = _write(tmp_path, name, png)
        with pytest.raises(BinaryFileError) as info:
            read_file(path, LIMIT)
        _check_error(info.value, path, "PNG image")
    path = _write(tmp_path, "paper.md", _pdf(["x"]))
    with pytest.raises(BinaryFileError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "PDF file")


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("zero.txt", b"", ("empty",)),
        ("blank.md", b"  \n\n\t ", ("empty",)),
        ("bare.html", b"<html><body><script>x=1</script></body></html>", ("no text",)),
    ],
)
def test_empty(tmp_path: Path, name: str, data: bytes, words: tuple[str, ...]) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(EmptyDocumentError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, *words)


def test_pdf_without_text_is_empty(tmp_path: Path) -> None:
    path = _write(tmp_path, "scan.pdf", _pdf([""]))
    with pytest.raises(EmptyDocumentError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "no text", "scanned")


def test_too_large(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", "word " * 100)
    with pytest.raises(FileTooLargeError) as info:
        read_file(path, 100)
    _check_error(info.value, path, "too large", "500 bytes", "limit 100")


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.4\nthis is not really a pdf at all\n",
        _pdf(["Cut short here."])[:120],
    ],
)
def test_broken_pdf(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "broken.pdf", data)
    with pytest.raises(BrokenPdfError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "PDF")


def test_pdf_that_is_plain_text(tmp_path: Path) -> None:
    path = _write(tmp_path, "fake.pdf", "just some words in a file")
    with pytest.raises(BrokenPdfError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "not a PDF")


def test_encrypted_pdf(tmp_path: Path) -> None:
    from io import BytesIO

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(BytesIO(_pdf(["Secret text."]))))
    writer.encrypt("pw", algorithm="RC4-128")
    buffer = BytesIO()
    writer.write(buffer)
    path = _write(tmp_path, "locked.pdf", buffer.getvalue())
    with pytest.raises(BrokenPdfError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "encrypted")


@pytest.mark.parametrize("name", ["latin.txt", "latin.md", "latin.html"])
def test_invalid_utf8(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name, "Caf\u00e9 au lait".encode("cp1252"))
    with pytest.raises(InvalidEncodingError) as info:
        read_file(path, LIMIT)
    _check_error(info.value, path, "invalid UTF-8 at byte 3")


def test_seeds_read_as_text(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        doc = read_file(path, LIMIT)
        assert doc.format == "text" and len(doc.text) > 1000
        assert doc.content_hash == hashlib.sha256(path.read_bytes()).hexdigest()
