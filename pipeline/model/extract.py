"""The text of an attachment, whatever its type, or why it cannot be read (privacy fails closed).

Privacy and the exempt-text scan read what a citizen could read in a published file: the text
layer of a PDF, the paragraphs and cells of DOCX/XLSX/ODT/ODS, CSV and TXT as text, the members
of a ZIP archive. A file that cannot be opened (corrupt, encrypted, a ZIP bomb) is reported as
unreadable rather than treated as clean; an image is only opened and verified (pictures of text
are beyond this check). Results are kept per sha256, so the build does not read again what the
check already read.
"""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

MAX_PDF_PAGES = 50  # a long report is read in part: "where text can be extracted cheaply"
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # one decompressed part of an office file or archive
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts together: more is treated as a ZIP bomb
MAX_DEPTH = 2  # a ZIP inside a ZIP is read; deeper nesting is refused
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif", ".tif", ".tiff", ".bmp")
TEXT_SUFFIXES = (".csv", ".txt", ".tsv", ".json", ".xml", ".md")
MEDIA_SUFFIXES = (".mp3", ".mp4", ".m4a", ".ogg", ".webm", ".wav")  # no text to read
_OFFICE_PARTS = {  # which XML parts of a package hold the text a reader sees
    ".docx": re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$"),
    ".xlsx": re.compile(r"^xl/(sharedStrings|worksheets/sheet\d+|comments\d*)\.xml$"),
    ".pptx": re.compile(r"^ppt/(slides/slide\d+|notesSlides/notesSlide\d+)\.xml$"),
    ".odt": re.compile(r"^(content|styles)\.xml$"),
    ".ods": re.compile(r"^content\.xml$"),
    ".odp": re.compile(r"^content\.xml$"),
}
# Paragraph, row and cell ends become line and tab breaks, so that cells never run together
# into one long number and a label stays next to its value.
_BREAKS = re.compile(r"</(?:w:p|a:p|text:p|text:h|row|table:table-row)>|<w:br/>|<text:line-break/>")
_CELLS = re.compile(r"</(?:c|w:tc|table:table-cell|si)>|<w:tab/>|<text:tab/>")
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class Extracted:
    text: str
    problem: str | None = None  # "rusak", "terkunci", "terlalu-besar", "bersarang": unreadable


class Unreadable(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


_CACHE: dict[str, Extracted] = {}


def text_of(path, digest: str | None = None) -> Extracted:
    """The readable text of the file at `path` (cached by its sha256 when given)."""
    name = PurePosixPath(str(path)).name
    key = f"{digest}{PurePosixPath(name).suffix.lower()}" if digest else ""  # read by its type
    if key and key in _CACHE:
        return _CACHE[key]
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_TOTAL_BYTES + 1)
        if len(data) > MAX_TOTAL_BYTES:
            raise Unreadable("terlalu-besar")  # never read a huge file into memory whole
        result = Extracted(_text(name, data, 0))
    except Unreadable as exc:
        result = Extracted("", exc.problem)
    except OSError:
        result = Extracted("", "rusak")
    if key:
        _CACHE[key] = result
    return result


def _text(name: str, data: bytes, depth: int) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    if suffix == ".pdf":
        return _pdf(data)
    if suffix in _OFFICE_PARTS:
        return _office(suffix, data)
    if suffix == ".zip":
        return _archive(data, depth)
    if suffix in IMAGE_SUFFIXES:
        _image(data)
        return ""
    if suffix in MEDIA_SUFFIXES:
        return ""
    return _decode(data)  # CSV, TXT and anything else: read as text, never skipped


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")  # spreadsheets exported on Windows


def _pdf(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise Unreadable("terkunci")  # a password: nobody but its holder can check it
        return "\n".join(page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES])
    except FileNotDecryptedError:
        raise Unreadable("terkunci") from None
    except Unreadable:
        raise
    except (PyPdfError, OSError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            RecursionError, NotImplementedError, AssertionError, ZeroDivisionError):
        raise Unreadable("rusak") from None


def _image(data: bytes) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError,
            Image.DecompressionBombError):
        raise Unreadable("rusak") from None


def _members(data: bytes) -> list[tuple[zipfile.ZipInfo, zipfile.ZipFile]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise Unreadable("rusak") from None
    if any(i.flag_bits & 0x1 for i in infos):
        raise Unreadable("terkunci")
    if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES or \
            any(i.file_size > MAX_MEMBER_BYTES for i in infos):
        raise Unreadable("terlalu-besar")
    return [(i, archive) for i in infos]


def _read(info: zipfile.ZipInfo, archive: zipfile.ZipFile) -> bytes:
    try:
        with archive.open(info) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)  # the header's size can lie
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise Unreadable("rusak") from None
    if len(data) > MAX_MEMBER_BYTES:
        raise Unreadable("terlalu-besar")
    return data


def xml_text(xml: str) -> str:
    """Readable text of an office XML part: breaks kept, tags dropped, entities decoded."""
    xml = _CELLS.sub("\t", _BREAKS.sub("\n", xml))
    return html.unescape(_TAG.sub("", xml))


def _office(suffix: str, data: bytes) -> str:
    wanted = _OFFICE_PARTS[suffix]
    parts = [xml_text(_read(i, a).decode("utf-8", "replace"))
             for i, a in _members(data) if wanted.match(i.filename)]
    if not parts:
        raise Unreadable("rusak")  # a ZIP, but not the document its name says
    return "\n".join(parts)


def _archive(data: bytes, depth: int) -> str:
    if depth >= MAX_DEPTH:
        raise Unreadable("bersarang")
    texts = []
    for info, archive in _members(data):
        if info.filename.lower().endswith((".html", ".htm", ".svg", ".xhtml")):
            raise Unreadable("aktif")  # an archive cannot smuggle in what is refused alone
        texts.append(_text(info.filename, _read(info, archive), depth + 1))
    return "\n".join(texts)
