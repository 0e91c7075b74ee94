"""Personal data that must not be published (UU 27/2022, Adminduk): found, validated, masked.

Candidates are validated before they are reported, so that a 16-digit number that cannot be a
NIK is not called one: NIK and NPWP with python-stdnum (region codes, birth date with +40 for
women, Luhn check digit), the rest by their published structure. Findings show a masked
excerpt only. A value is allowed when the office lists it as public in approvals/config.yaml
(`data_publik`, plus its own telephone and e-mail), or when the item carries an allowance
(`data_pribadi_diizinkan`: kind, sha256 of the value, reason) which, being part of the content,
is covered by the initials like any other field.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from stdnum import numdb
from stdnum.id import nik as stdnik
from stdnum.id import npwp as stdnpwp

from .findings import Finding, Severity
from .loading import Document

KINDS = ("nik", "kk", "npwp", "nip", "telepon", "email", "rekening")
LABELS = {"nik": "NIK", "kk": "nomor Kartu Keluarga", "npwp": "NPWP", "nip": "NIP",
          "telepon": "nomor telepon", "email": "alamat email", "rekening": "nomor rekening"}
# Keys whose values are not shown as content, or describe officials' approvals.
SKIPPED_KEYS = {"paraf", "data_pribadi_diizinkan", "distribusi", "date", "diperbarui",
                "tanggal_penarikan", "jenis", "status", "slug", "klasifikasi", "nomor_arsip",
                "nomor_urut", "surat_permohonan"}

_SEP = r"[ .\-]?"
_SIXTEEN = re.compile(r"(?<![\d.\-/])\d(?:" + _SEP + r"\d){15}(?![\d])")
_EIGHTEEN = re.compile(r"(?<![\d.\-/])\d{8} ?\d{6} ?\d ?\d{3}(?!\d)")
_NPWP_OLD = re.compile(r"(?<!\d)\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?!\d)")
_PHONE = re.compile(r"(?<![\w+/.])(?:\+62|62|0)[ \-.]?\(?\d{1,4}\)?(?:[ \-.]?\d{2,5}){1,4}(?![\d])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ACCOUNT = re.compile(
    r"(?i)\b(?:rekening|rek\.|no\.?\s*rek|a\.\s?n\.|atas nama|bank|BRI|BNI|BCA|Mandiri|BSI|BTN|"
    r"BPD|CIMB|Danamon|Permata)\b[^\n\d]{0,40}?(\d(?:[ .\-]?\d){7,17})(?!\d)")
_KK_WORDS = re.compile(r"(?i)\b(?:kk|kartu keluarga|no\.?\s*kk)\b")
_NPWP_WORDS = re.compile(r"(?i)\bnpwp\b")


@dataclass(frozen=True)
class Match:
    kind: str
    value: str  # normalised: digits only, or the lower-cased e-mail
    start: int
    end: int


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def value_hash(kind: str, value: str) -> str:
    """What an allowance names: sha256 of the normalised value (never the value itself)."""
    normal = value.strip().lower() if kind == "email" else digits(value)
    return hashlib.sha256(normal.encode()).hexdigest()


def mask(kind: str, value: str) -> str:
    if kind == "email":
        name, _, domain = value.partition("@")
        return f"{name[:1]}***@{domain}"
    return value[:4] + "*" * max(len(value) - 6, 2) + value[-2:]


def _region_ok(number: str) -> bool:
    info = numdb.get("id/loc").info(number[:4])
    return len(info) >= 2 and bool(info[0][1]) and bool(info[1][1])


def _date_ok(day: int, month: int, yy: int) -> bool:
    for century in (1900, 2000):
        try:
            dt.date(century + yy, month, day)
            return True
        except ValueError:
            continue
    return False


def is_nik(number: str) -> bool:
    return stdnik.is_valid(number) and number[12:] != "0000" and number[4:6] != "00"


def is_kk(number: str) -> bool:
    """Region of issue, date of issue (no +40), serial not 0000."""
    return (len(number) == 16 and _region_ok(number) and number[4:6] != "00"
            and _date_ok(int(number[6:8]), int(number[8:10]), int(number[10:12]))
            and number[12:] != "0000")


def is_nip(number: str) -> bool:
    """Birth date, appointment year-month (at 17 or older), sex 1/2, serial from 001."""
    if len(number) != 18:
        return False
    try:
        birth = dt.date(int(number[:4]), int(number[4:6]), int(number[6:8]))
    except ValueError:
        return False
    start_year, start_month = int(number[8:12]), int(number[12:14])
    return (1940 <= birth.year <= 2010 and 1 <= start_month <= 12
            and birth.year + 17 <= start_year <= 2100 and number[14] in "12"
            and number[15:] != "000")


def is_phone(number: str) -> bool:
    national = number[2:] if number.startswith("62") else number[1:] if number.startswith("0") \
        else ""
    if national.startswith("8"):
        return 9 <= len(national) <= 12 and national[1] != "0"  # 08xx mobile
    return national[:1] in "23456789" and 8 <= len(national) <= 11 and national != ""


_CANDIDATE = re.compile(r"@|\d(?:[ .\-()]{0,2}\d){7}")  # every detector needs one of these


def find(text: str) -> list[Match]:
    """Every validated piece of personal data in `text`."""
    if not _CANDIDATE.search(text):
        return []
    found: list[Match] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, value: str, m: re.Match, group: int = 0) -> None:
        start, end = m.span(group)
        if not any(s < end and start < e for s, e in taken):
            found.append(Match(kind, value, start, end))
            taken.append((start, end))

    for m in _NPWP_OLD.finditer(text):
        if stdnpwp.is_valid(m.group()):
            add("npwp", digits(m.group()), m)
    for m in _EIGHTEEN.finditer(text):
        if is_nip(digits(m.group())):
            add("nip", digits(m.group()), m)
    for m in _SIXTEEN.finditer(text):
        number = digits(m.group())
        before = text[max(0, m.start() - 40):m.start()]
        if _KK_WORDS.search(before) and is_kk(number):
            add("kk", number, m)
        elif _NPWP_WORDS.search(before) and stdnpwp.is_valid(number):
            add("npwp", number, m)
        elif is_nik(number):
            add("nik", number, m)
    for m in _EMAIL.finditer(text):
        add("email", m.group().lower(), m)
    for m in _ACCOUNT.finditer(text):
        number = digits(m.group(1))
        if 8 <= len(number) <= 18:
            add("rekening", number, m, 1)
    for m in _PHONE.finditer(text):
        number = digits(m.group())
        if is_phone(number):
            add("telepon", number, m)
    return sorted(found, key=lambda x: x.start)


def public_values(config: dict) -> set[str]:
    """Normalised values the office publishes on purpose (its own contacts, listed hotlines)."""
    instansi = config.get("instansi") or {}
    values = [instansi.get("telepon"), instansi.get("email"), *(config.get("data_publik") or [])]
    normal = set()
    for value in values:
        if isinstance(value, str) and value:
            normal.add(value.strip().lower() if "@" in value else digits(value))
    return normal


def _allowed(doc: Document) -> set[tuple[str, str]]:
    entries = doc.meta.get("data_pribadi_diizinkan")
    entries = entries if isinstance(entries, list) else []
    return {(str(e.get("jenis")), str(e.get("sha256"))) for e in entries if isinstance(e, dict)}


def _texts(doc: Document):
    """(field, text, file line of the text's start) for what the site shows of this item."""
    for key, value in doc.meta.items():
        if key in SKIPPED_KEYS:
            continue
        for text in _strings(value):
            yield key, text, key  # the line is looked up only when something is found
    if not doc.exempt:  # an exempt item's body is never published
        yield "isi", doc.body, None


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


MAX_PDF_PAGES = 50  # "where text can be extracted cheaply": a long report is read in part


def pdf_text(path) -> str:
    """The text layer of a PDF (first pages), or "" when it has none or cannot be read."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(str(path))
        return "\n".join(page.extract_text() or "" for page in reader.pages[:MAX_PDF_PAGES])
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        return ""


def _attachment_texts(doc: Document, root):
    from .files import references, resolve

    if root is None or not doc.publishable or doc.exempt:
        return
    for key, ref in references(doc):
        if ref.lower().endswith(".pdf"):
            path, problem = resolve(root, ref)
            if path and not problem:
                yield key, ref, pdf_text(path), doc.line_of(key)


def check_document(doc: Document, config: dict, root=None) -> list[Finding]:
    public, allowed = public_values(config), _allowed(doc)
    severity = Severity.ERROR if doc.publishable else Severity.WARNING

    def report(text: str):
        """The matches in `text` that are neither public nor allowed for this item."""
        return [m for m in find(text) if m.value not in public
                and (m.kind, value_hash(m.kind, m.value)) not in allowed]

    found = []
    for key, ref, text, line in _attachment_texts(doc, root):
        found += [Finding(doc.rel, "privasi.lampiran", {
            "jenis": LABELS[m.kind], "contoh": mask(m.kind, m.value), "kode": m.kind,
            "berkas": ref}, key, line, severity) for m in report(text)]
    for key, text, line in _texts(doc):
        found += [Finding(doc.rel, "privasi.data-pribadi", {
            "jenis": LABELS[m.kind], "contoh": mask(m.kind, m.value), "kode": m.kind}, key,
            doc.line_of(line) if line is not None else doc.body_line + text.count("\n", 0, m.start),
            severity) for m in report(text)]
    return found
