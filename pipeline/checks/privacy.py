"""Personal data that must not be published (UU 27/2022, Adminduk): found, validated, masked.

Candidates are validated before they are reported, so that a 16-digit number that cannot be a
NIK is not called one: NIK and NPWP with python-stdnum (region codes, birth date with +40 for
women, Luhn check digit), the rest by their published structure. Findings show a masked
excerpt only. A value is allowed when the office lists it as public in approvals/config.yaml
(`data_publik`, plus its own telephone and e-mail), or when the item carries an allowance
(`data_pribadi_diizinkan`: kind, sha256 of the value, reason) which, being part of the content,
is covered by the initials like any other field.

Writing a number differently does not hide it: text is normalised first (zero-width characters
dropped, full-width and other Unicode digits read as 0-9, Unicode spaces and dashes as plain
ones), separators between digit groups are allowed, and a number written right after its label
(`NIK`, `NPWP`, `No. KK`, `rek.`/`rekening`) is reported even when its checksum fails (a typo
or a made-up check digit does not make a real person's number public). Offsets are mapped back,
so lines are those of the file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from stdnum import numdb
from stdnum.id import nik as stdnik
from stdnum.id import npwp as stdnpwp

from pipeline.model.document import Document
from pipeline.model.fields import PERSONAL_DATA_KINDS
from pipeline.model.findings import Finding, Severity
from pipeline.office.config import OfficeConfig

KINDS = PERSONAL_DATA_KINDS
LABELS = {"nik": "NIK", "kk": "nomor Kartu Keluarga", "npwp": "NPWP", "nip": "NIP",
          "telepon": "nomor telepon", "email": "alamat email", "rekening": "nomor rekening"}
# Keys whose values are not shown as content, or describe officials' approvals.
SKIPPED_KEYS = {"paraf", "data_pribadi_diizinkan", "distribusi", "date", "diperbarui",
                "tanggal_penarikan", "jenis", "status", "slug", "klasifikasi", "nomor_arsip",
                "nomor_urut", "surat_permohonan"}

_SEP = r"(?:[ \t]?[.\-][ \t]?|[ \t]{1,2})?"  # "3402 1412", "3402.1412", "3402 - 1412"
_SIXTEEN = re.compile(r"(?<![\d.\-/])\d(?:" + _SEP + r"\d){15}(?![\d])")
_EIGHTEEN = re.compile(r"(?<![\d.\-/])\d{8} ?\d{6} ?\d ?\d{3}(?!\d)")
# A number right after its label is that identifier, valid checksum or not.
_LABELLED = re.compile(
    r"(?i)(?:\b(?P<nik>NIK|nomor induk kependudukan)|\b(?P<kk>no\.?\s*KK|nomor\s+KK|"
    r"kartu keluarga)|\b(?P<npwp>NPWP))\b[^\d\n]{0,25}?(?P<num>\d(?:" + _SEP + r"\d){14,15})(?!\d)")
_LENGTHS = {"nik": (16,), "kk": (16,), "npwp": (15, 16)}
_ZERO_WIDTH = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NPWP_OLD = re.compile(r"(?<!\d)\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?!\d)")
_PHONE = re.compile(r"(?<![\w+/.])(?:\+62|62|0)[ \-.]?\(?\d{1,4}\)?(?:[ \-.]?\d{2,5}){1,4}(?![\d])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_ACCOUNT = re.compile(  # "rek." and "a.n." end in a dot, where \b would never match
    r"(?i)(?:\b(?:rekening|no\.?\s*rek|atas nama|bank|BRI|BNI|BCA|Mandiri|BSI|BTN|BPD|CIMB|"
    r"Danamon|Permata)\b|\b(?:rek|a\.\s?n)\.)[^\n\d]{0,40}?(\d(?:" + _SEP + r"\d){7,17})(?!\d)")
_LABELLED_HINT = re.compile(r"(?i)nik|npwp|kk\b|keluarga|kependudukan")
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


def _plain(ch: str) -> str:
    """What a non-ASCII character reads as for detection ("" for invisible ones)."""
    if ch in _ZERO_WIDTH:
        return ""
    value = unicodedata.decimal(ch, None)
    if value is not None:
        return str(value)  # full-width, Arabic-Indic, Devanagari... digits
    if "\uff01" <= ch <= "\uff5e":
        return chr(ord(ch) - 0xFEE0)  # full-width ASCII: ＠, ．, ＮＩＫ
    category = unicodedata.category(ch)
    if category == "Zs":
        return " "
    if category == "Pd" or ch == "\u2212":
        return "-"
    return ch


def normalise(text: str) -> tuple[str, list[int]]:
    """(text to search, positions in it where an invisible character was dropped)."""
    if text.isascii():
        return text, []
    pieces, dropped, last = [], [], 0
    for m in _NON_ASCII.finditer(text):
        plain = _plain(m.group())
        if plain != m.group():
            pieces += [text[last:m.start()], plain]
            last = m.end()
            if not plain:
                dropped.append(m.start() - len(dropped))
    return "".join(pieces) + text[last:], dropped


def _original(pos: int, dropped: list[int]) -> int:
    """Offset in the original text of `pos` in the normalised one."""
    return pos + bisect_right(dropped, pos) if dropped else pos


_CANDIDATE = re.compile(r"@|\d(?:[ \t.\-()]{0,3}\d){7}")  # every detector needs one of these


def find(text: str) -> list[Match]:
    """Every piece of personal data in `text`; offsets are those of `text` as given."""
    plain, dropped = normalise(text)
    if not _CANDIDATE.search(plain):
        return []
    return [Match(m.kind, m.value, _original(m.start, dropped), _original(m.end - 1, dropped) + 1)
            for m in _find(plain)]


def _find(text: str) -> list[Match]:
    found: list[Match] = []
    taken: list[tuple[int, int]] = []

    def add(kind: str, value: str, m: re.Match, group: int = 0) -> None:
        start, end = m.span(group)
        if not any(s < end and start < e for s, e in taken):
            found.append(Match(kind, value, start, end))
            taken.append((start, end))

    if _LABELLED_HINT.search(text):
        for m in _LABELLED.finditer(text):
            kind = next(k for k in ("nik", "kk", "npwp") if m.group(k))
            if len(digits(m.group("num"))) in _LENGTHS[kind]:
                add(kind, digits(m.group("num")), m, "num")
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


def public_values(settings: OfficeConfig) -> set[str]:
    """Normalised values the office publishes on purpose (its own contacts, listed hotlines)."""
    values = [settings.instansi.telepon, settings.instansi.email, *settings.public_data]
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


def _attachment_texts(doc: Document, root):
    """(field, reference, extracted text, file line) of each attachment a published item uses."""
    from pipeline.model.attachments import ACTIVE_TYPES, ref_line, references, resolve, target_of
    from pipeline.model.extract import text_of

    if root is None or not doc.publishable or doc.exempt:
        return
    for key, ref in references(doc):
        path, problem = resolve(root, target_of(key, ref))
        if path and not problem and path.suffix.lower() not in ACTIVE_TYPES:  # refused anyway
            yield key, ref, text_of(path, doc.attachments.get(ref)), ref_line(doc, key, ref)


def check_document(doc: Document, settings: OfficeConfig, root=None) -> list[Finding]:
    public, allowed = public_values(settings), _allowed(doc)
    severity = Severity.ERROR if doc.publishable else Severity.WARNING

    def report(text: str):
        """The matches in `text` that are neither public nor allowed for this item."""
        return [m for m in find(text) if m.value not in public
                and (m.kind, value_hash(m.kind, m.value)) not in allowed]

    found = []
    for key, ref, got, line in _attachment_texts(doc, root):
        if got.problem:  # privacy fails closed: what cannot be read cannot be called clean
            found.append(Finding(doc.rel, f"privasi.lampiran-{got.problem}", {"berkas": ref}, key,
                                 line, severity))
        found += [Finding(doc.rel, "privasi.lampiran", {
            "jenis": LABELS[m.kind], "contoh": mask(m.kind, m.value), "kode": m.kind,
            "berkas": ref}, key, line, severity) for m in report(got.text)]
    for key, text, line in _texts(doc):
        found += [Finding(doc.rel, "privasi.data-pribadi", {
            "jenis": LABELS[m.kind], "contoh": mask(m.kind, m.value), "kode": m.kind}, key,
            doc.line_of(line) if line is not None else doc.body_line + text.count("\n", 0, m.start),
            severity) for m in report(text)]
    return found
