"""Typed declarations of every front-matter field, per content type (`jenis`).

One declaration serves three purposes: validating documents (all problems collected together),
telling editors which keys exist (unknown keys are warned), and `ppid schema`'s JSON Schema.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date, datetime

from pipeline.i18n.messages import t
from pipeline.model.dates import parse_datetime
from pipeline.model.findings import Finding, Severity

# Value kinds. Each maps to one validator and one JSON Schema fragment.
TEKS, TANGGAL, BILANGAN, PILIHAN, DAFTAR_TEKS, DAFTAR_PETA, PETA, PARAF, BENAR_SALAH = (
    "teks", "tanggal", "bilangan", "pilihan", "daftar-teks", "daftar-peta", "peta", "paraf",
    "benar-salah",
)
KAMUS = "kamus"  # a mapping whose keys are free (role ids…) and whose values share `fields`

STATUSES = ("draf", "terbit", "ditarik")
KEPUTUSAN = ("setuju", "tolak")
KATEGORI_DIP = ("berkala", "serta-merta", "setiap-saat", "dikecualikan")
PLATFORMS = ("website", "instagram", "facebook", "x", "youtube", "tiktok")
SHA256_RE = r"^[0-9a-f]{64}$"
KLASIFIKASI_RE = r"^\d{3}(\.\d+)*$"
PLAN_REF_RE = r"^\d{4}-Q[1-4]/[A-Za-z0-9][A-Za-z0-9-]*$"
PLANNED_TYPES = ("siaran-pers", "pengumuman", "informasi-publik", "halaman")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    pattern: str | None = None
    pattern_label: str = ""
    fields: tuple[Field, ...] = ()  # members of a PETA, of each DAFTAR_PETA item, of a PARAF entry
    minimum: int | None = None


@dataclass(frozen=True)
class RequiredWhen:
    """`require` fields become mandatory when `field` has `value` (e.g. dikecualikan items)."""

    field: str
    value: str
    require: tuple[str, ...]


@dataclass(frozen=True)
class ContentType:
    jenis: str
    label: str
    folder: str  # where its files live under content/
    fields: tuple[Field, ...]
    conditions: tuple[RequiredWhen, ...] = ()

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


PARAF_ENTRY = (
    Field("nama", TEKS, "Nama pejabat yang memaraf, sesuai roster", required=True),
    Field("tanggal", TANGGAL, "Waktu paraf (WIB bila tanpa zona)", required=True),
    Field("keputusan", PILIHAN, "setuju atau tolak", required=True, choices=KEPUTUSAN),
    Field("catatan", TEKS, "Catatan; wajib bila menolak"),
    Field("sha256", TEKS, "Hash kanonik dokumen yang diparaf", required=True,
          pattern=SHA256_RE, pattern_label="64 digit heksadesimal"),
)

COMMON = (
    Field("title", TEKS, "Judul", required=True),
    Field("date", TANGGAL, "Tanggal naskah (WIB bila tanpa zona)", required=True),
    Field("jenis", PILIHAN, "Jenis konten", required=True),
    Field("status", PILIHAN, "draf, terbit, atau ditarik", required=True, choices=STATUSES),
    Field("slug", TEKS, "Bagian alamat halaman", pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$",
          pattern_label="huruf kecil, angka dan tanda hubung"),
    Field("ringkasan", TEKS, "Ringkasan singkat"),
    Field("unit", TEKS, "Unit/OPD sumber informasi"),
    Field("tags", DAFTAR_TEKS, "Tag"),
    Field("diperbarui", TANGGAL, "Tanggal pembaruan terakhir"),
    Field("darurat", PETA, "Penerbitan darurat (UU 14/2008 Pasal 10): paraf minimum dulu", fields=(
        Field("alasan", TEKS, "Mengapa harus segera diumumkan", required=True),
        Field("oleh", TEKS, "Pejabat yang memerintahkan (nama seperti di roster)", required=True),
        Field("tanggal", TANGGAL, "Waktu perintah", required=True),
    )),
    Field("rencana", TEKS, "Butir rencana konten yang diwujudkan naskah ini, mis. 2026-Q4/R03",
          pattern=PLAN_REF_RE, pattern_label="TAHUN-Qn/KODE, mis. 2026-Q4/R03"),
    Field("tayang_mulai", TANGGAL, "Tayang paling cepat pada waktu ini (WIB); sebelum itu tidak dibangun"),
    Field("alasan_penarikan", TEKS, "Alasan penarikan (status ditarik)"),
    Field("tanggal_penarikan", TANGGAL, "Tanggal penarikan (status ditarik)"),
    Field("koreksi", DAFTAR_PETA, "Catatan koreksi bertanggal", fields=(
        Field("tanggal", TANGGAL, "Tanggal koreksi", required=True),
        Field("catatan", TEKS, "Apa yang dikoreksi", required=True),
    )),
    Field("paraf", PARAF, "Paraf per peran SOP", fields=PARAF_ENTRY),
    Field("data_pribadi_diizinkan", DAFTAR_PETA, "Data pribadi yang sengaja diumumkan (ikut diparaf)",
          fields=(
              Field("jenis", PILIHAN, "Jenis data", required=True,
                    choices=("nik", "kk", "npwp", "nip", "telepon", "email", "rekening")),
              Field("sha256", TEKS, "sha256 nilai itu (ppid hash-data)", required=True,
                    pattern=SHA256_RE, pattern_label="64 digit heksadesimal"),
              Field("alasan", TEKS, "Dasar pengumumannya", required=True),
          )),
    Field("distribusi", DAFTAR_PETA, "Tautan tempat informasi disebarkan (SOP 003)", fields=(
        Field("platform", PILIHAN, "Platform", required=True, choices=PLATFORMS),
        Field("tautan", TEKS, "Tautan", required=True, pattern=r"^https://\S+$",
              pattern_label="https://…"),
        Field("tanggal", TANGGAL, "Waktu unggah"),
    )),
)

ARCHIVE = (
    Field("klasifikasi", TEKS, "Kode klasifikasi arsip (Permendagri 83/2022)",
          pattern=KLASIFIKASI_RE, pattern_label="kode seperti 400.14.4.3"),
    Field("nomor_arsip", TEKS, "Nomor arsip"),
)

ATTACHMENTS = Field("bukti", DAFTAR_PETA, "Bukti multimedia (foto, video, dokumen)", fields=(
    Field("berkas", TEKS, "Jalur berkas di bawah content/", required=True),
    Field("jenis", PILIHAN, "foto, video, audio atau dokumen",
          choices=("foto", "video", "audio", "dokumen")),
    Field("keterangan", TEKS, "Keterangan / teks alternatif"),
))

SIARAN_PERS = ContentType("siaran-pers", "Siaran Pers", "berita", COMMON + ARCHIVE + (
    Field("jenis_berita", TEKS, "Jenis berita (disposisi)", required=True),
    Field("nomor_urut", BILANGAN, "Nomor urut agenda", minimum=1),
    ATTACHMENTS,
), ())

PENGUMUMAN = ContentType("pengumuman", "Pengumuman", "berita", COMMON + ARCHIVE + (
    Field("nomor_urut", BILANGAN, "Nomor urut agenda", minimum=1),
    Field("surat_permohonan", PETA, "Surat permohonan penayangan dari OPD (SOP 000)", fields=(
        Field("nomor", TEKS, "Nomor surat", required=True),
        Field("tanggal", TANGGAL, "Tanggal surat", required=True),
        Field("perihal", TEKS, "Perihal"),
    )),
    Field("berlaku_sampai", TANGGAL, "Pengumuman berlaku sampai"),
    ATTACHMENTS,
), ())

INFORMASI_PUBLIK = ContentType("informasi-publik", "Informasi Publik (DIP)", "informasi",
    COMMON + ARCHIVE + (
        Field("kategori", PILIHAN, "Kategori DIP (UU 14/2008)", required=True,
              choices=KATEGORI_DIP),
        Field("pejabat_penguasa", TEKS, "Pejabat/unit penguasa informasi", required=True),
        Field("penanggung_jawab", TEKS, "Penanggung jawab pembuatan informasi", required=True),
        Field("waktu_pembuatan", TEKS, "Waktu pembuatan informasi", required=True),
        Field("tempat_pembuatan", TEKS, "Tempat pembuatan informasi", required=True),
        Field("bentuk_informasi", PILIHAN, "Bentuk informasi", required=True,
              choices=("softcopy", "hardcopy", "softcopy dan hardcopy")),
        Field("jangka_waktu_penyimpanan", TEKS, "Jangka waktu penyimpanan", required=True),
        Field("jenis_media", DAFTAR_TEKS, "Media yang memuat informasi"),
        Field("dasar_pengecualian", TEKS, "Dasar hukum pengecualian (UU 14/2008 Pasal 17)",
              pattern=r"^UU 14/2008 Pasal 17 huruf [a-j]\b.*$",
              pattern_label="'UU 14/2008 Pasal 17 huruf b' (huruf a sampai j)"),
        Field("uji_konsekuensi", TEKS, "Rujukan penetapan uji konsekuensi"),
        Field("lampiran", DAFTAR_PETA, "Dokumen lampiran", fields=(
            Field("berkas", TEKS, "Jalur berkas di bawah content/", required=True),
            Field("keterangan", TEKS, "Keterangan"),
        )),
    ),
    (RequiredWhen("kategori", "dikecualikan", ("dasar_pengecualian", "uji_konsekuensi")),),
)

HALAMAN = ContentType("halaman", "Halaman", "halaman", COMMON + (
    Field("urutan", BILANGAN, "Urutan di menu", minimum=0),
), ())

_PLAN_COMMON = ("title", "date", "jenis", "status", "ringkasan", "unit", "paraf")

# SOP 004 A.1: the quarter's content table, drafted by the Sub Koordinator and signed by the
# Koordinator through the ordinary initials. A plain YAML file: content/rencana/2026-Q4.yaml.
RENCANA = ContentType("rencana", "Rencana Konten", "rencana", tuple(
    f for f in COMMON if f.name in _PLAN_COMMON) + (
    Field("konten", DAFTAR_PETA, "Butir konten yang direncanakan", required=True, fields=(
        Field("kode", TEKS, "Kode butir, unik dalam rencana (mis. R01)", required=True,
              pattern=r"^[A-Za-z0-9][A-Za-z0-9-]*$", pattern_label="huruf, angka, tanda hubung"),
        Field("judul", TEKS, "Judul konten yang direncanakan", required=True),
        Field("jenis", PILIHAN, "Jenis konten", required=True, choices=PLANNED_TYPES),
        Field("unit", TEKS, "Unit/OPD sumber", required=True),
        Field("bulan", TEKS, "Bulan target terbit", required=True, pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
              pattern_label="TAHUN-BULAN, mis. 2026-11"),
        Field("penanggung_jawab", TEKS, "Penanggung jawab", required=True),
        Field("kategori", PILIHAN, "Kategori DIP (hanya untuk informasi-publik)", choices=KATEGORI_DIP),
        Field("catatan", TEKS, "Catatan"),
    )),
), ())

_CHANGE_COMMON = ("title", "date", "jenis", "status", "ringkasan", "unit", "paraf", "alasan_penarikan",
                  "tanggal_penarikan")

# SOP 004 B: a change of the site's own code and look (a *site revision*, see revisi.py),
# submitted by the Web Developer with the meeting notes and initialled after the preview.
# `revisi` is inside the canonical hash, so the initials cover exactly that revision.
PERUBAHAN_SITUS = ContentType("perubahan-situs", "Perubahan Situs", "perubahan-situs", tuple(
    f for f in COMMON if f.name in _CHANGE_COMMON) + (
    Field("revisi", TEKS, "Digest revisi situs yang diajukan (ppid revisi; ppid new mengisinya)",
          required=True, pattern=SHA256_RE, pattern_label="64 digit heksadesimal"),
    Field("notulen", TEKS, "Rujukan notulen rapat yang meminta perubahan (SOP 004 B.1)",
          required=True),
), ())

CONTENT_TYPES: dict[str, ContentType] = {
    ct.jenis: ct for ct in (SIARAN_PERS, PENGUMUMAN, INFORMASI_PUBLIK, HALAMAN, RENCANA,
                            PERUBAHAN_SITUS)
}
SITE_TYPES = PLANNED_TYPES  # the types that become pages of the site
STATUS_REQUIRES = RequiredWhen("status", "ditarik", ("alasan_penarikan", "tanggal_penarikan"))
PER_TYPE_REQUIRED = {"siaran-pers": ("ringkasan", "unit"), "pengumuman": ("ringkasan", "unit"),
                     "informasi-publik": ("ringkasan", "unit"), "perubahan-situs": ("ringkasan",)}

_TYPE_NAMES = {str: "teks", int: "bilangan", float: "bilangan", bool: "benar/salah",
               list: "daftar", dict: "peta", type(None): "kosong", datetime: "tanggal",
               date: "tanggal"}


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class Validator:
    """Collects every finding of one document's front matter; never stops at the first."""

    def __init__(self, rel: str, line_of, draft: bool) -> None:
        self.rel = rel
        self.line_of = line_of
        self.draft = draft
        self.findings: list[Finding] = []

    def add(self, dotted: str, code: str, severity=Severity.ERROR, **params) -> None:
        self.findings.append(Finding(self.rel, code, params, dotted, self.line_of(dotted), severity))

    def missing(self, dotted: str, code: str, **params) -> None:
        # A draft is work in progress: an empty required field is a reminder, not an error.
        self.add(dotted, code, Severity.WARNING if self.draft else Severity.ERROR, **params)

    def value(self, fld: Field, value: object, dotted: str) -> None:
        kind = fld.kind
        if kind in (TEKS, PILIHAN):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and kind == TEKS:
                value = str(value)  # a bare year like 2026 is fine as text
            if not isinstance(value, str):
                return self.add(dotted, "skema.tipe", harapan="teks", tipe=_type_name(value))
            if not value.strip():
                return self.missing(dotted, "skema.kosong")
            if fld.choices and value not in fld.choices:
                return self.add(dotted, "skema.pilihan", nilai=value, pilihan=", ".join(fld.choices))
            if fld.pattern and not re.match(fld.pattern, value):
                self.add(dotted, "skema.pola", nilai=value, format=fld.pattern_label)
        elif kind == TANGGAL:
            try:
                parse_datetime(value)
            except (ValueError, OverflowError):
                self.add(dotted, "skema.tanggal", nilai=value)
        elif kind == BILANGAN:
            if not isinstance(value, int) or isinstance(value, bool):
                return self.add(dotted, "skema.tipe", harapan="bilangan bulat", tipe=_type_name(value))
            if fld.minimum is not None and value < fld.minimum:
                self.add(dotted, "skema.minimal", min=fld.minimum)
        elif kind == BENAR_SALAH:
            if not isinstance(value, bool):
                self.add(dotted, "skema.tipe", harapan="true/false", tipe=_type_name(value))
        elif kind == DAFTAR_TEKS:
            if not isinstance(value, list):
                return self.add(dotted, "skema.tipe", harapan="daftar", tipe=_type_name(value))
            for i, item in enumerate(value):
                if not isinstance(item, (str, int)):
                    self.add(f"{dotted}[{i}]", "skema.tipe", harapan="teks", tipe=_type_name(item))
                elif fld.choices and item not in fld.choices:
                    self.add(f"{dotted}[{i}]", "skema.pilihan", nilai=item,
                             pilihan=", ".join(fld.choices))
        elif kind == DAFTAR_PETA:
            if not isinstance(value, list):
                return self.add(dotted, "skema.tipe", harapan="daftar", tipe=_type_name(value))
            for i, item in enumerate(value):
                self.mapping(fld.fields, item, f"{dotted}[{i}]")
        elif kind == PETA:
            self.mapping(fld.fields, value, dotted)
        elif kind == KAMUS:
            if not isinstance(value, dict):
                return self.add(dotted, "skema.tipe", harapan="peta", tipe=_type_name(value))
            for key, entry in value.items():
                self.mapping(fld.fields, entry, f"{dotted}.{key}")
        elif kind == PARAF:
            if not isinstance(value, dict):
                return self.add(dotted, "skema.tipe", harapan="peta peran", tipe=_type_name(value))
            for role, entry in value.items():
                self.mapping(fld.fields, entry, f"{dotted}.{role}")
                if isinstance(entry, dict) and entry.get("keputusan") == "tolak" and not str(
                    entry.get("catatan") or ""
                ).strip():
                    self.add(f"{dotted}.{role}.catatan", "paraf.catatan-tolak")

    def mapping(self, fields: tuple[Field, ...], value: object, dotted: str, context: str = "") -> None:
        if not isinstance(value, dict):
            return self.add(dotted, "skema.tipe", harapan="peta", tipe=_type_name(value))
        known = {f.name: f for f in fields}
        for fld in fields:
            if fld.name not in value or value[fld.name] in (None, ""):
                if fld.required:
                    self.missing(_join(dotted, fld.name), "skema.wajib", konteks=context or dotted)
                continue
            self.value(fld, value[fld.name], _join(dotted, fld.name))
        for key in value:
            if key not in known:
                close = difflib.get_close_matches(str(key), list(known), n=1)
                saran = t("skema.saran", kunci=close[0]) if close else ""
                self.add(_join(dotted, str(key)), "skema.kunci-tak-dikenal", Severity.WARNING,
                         konteks=context or dotted, saran=saran)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def validate(rel: str, meta: dict, line_of) -> list[Finding]:
    """All schema findings for one document's front matter."""
    jenis = meta.get("jenis")
    ctype = CONTENT_TYPES.get(jenis) if isinstance(jenis, str) else None
    draft = meta.get("status") == "draf"
    v = Validator(rel, line_of, draft)
    if ctype is None:
        if jenis in (None, ""):
            v.add("jenis", "skema.wajib", konteks=t("skema.semua-jenis"))
        else:
            v.add("jenis", "skema.jenis", nilai=jenis, pilihan=", ".join(CONTENT_TYPES))
        return v.findings
    context = t("skema.konteks-jenis", jenis=ctype.jenis)
    v.mapping(ctype.fields, meta, "", context=context)
    for name in PER_TYPE_REQUIRED.get(ctype.jenis, ()):
        if meta.get(name) in (None, ""):
            v.missing(name, "skema.wajib", konteks=context)
    for cond in (*ctype.conditions, STATUS_REQUIRES):
        if meta.get(cond.field) == cond.value:
            for name in cond.require:
                if meta.get(name) in (None, ""):
                    v.missing(name, "skema.wajib-jika", syarat=f"{cond.field}: {cond.value}")
    return v.findings


# ---- JSON Schema export (ppid schema) -------------------------------------------------------

def _json_fragment(fld: Field) -> dict:
    frag: dict = {"description": fld.description}
    if fld.kind in (TEKS, PILIHAN):
        frag["type"] = "string"
        if fld.choices:
            frag["enum"] = list(fld.choices)
        if fld.pattern:
            frag["pattern"] = fld.pattern
    elif fld.kind == TANGGAL:
        frag["type"] = "string"
        frag["pattern"] = r"^\d{4}-\d{2}-\d{2}([ T]\d{1,2}[:.]\d{2}([:.]\d{2})?)?"
    elif fld.kind == BILANGAN:
        frag["type"] = "integer"
        if fld.minimum is not None:
            frag["minimum"] = fld.minimum
    elif fld.kind == BENAR_SALAH:
        frag["type"] = "boolean"
    elif fld.kind == DAFTAR_TEKS:
        frag.update(type="array", items={"type": "string"})
    elif fld.kind == DAFTAR_PETA:
        frag.update(type="array", items=_json_object(fld.fields))
    elif fld.kind == PETA:
        frag.update(_json_object(fld.fields))
    elif fld.kind in (PARAF, KAMUS):
        frag.update(type="object", additionalProperties=_json_object(fld.fields))
    return frag


def _json_object(fields: tuple[Field, ...]) -> dict:
    return {
        "type": "object",
        "properties": {f.name: _json_fragment(f) for f in fields},
        "required": [f.name for f in fields if f.required],
        "additionalProperties": False,
    }


def json_schema(ctype: ContentType) -> dict:
    schema = _json_object(ctype.fields)
    schema["properties"]["jenis"] = {"const": ctype.jenis, "description": "Jenis konten"}
    schema["required"] = sorted(set(schema["required"]) | set(PER_TYPE_REQUIRED.get(ctype.jenis, ())))
    schema["allOf"] = [
        {"if": {"properties": {c.field: {"const": c.value}}, "required": [c.field]},
         "then": {"required": list(c.require)}}
        for c in (*ctype.conditions, STATUS_REQUIRES)
    ]
    schema.update({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"ppid-{ctype.jenis}.schema.json",
        "title": f"Front matter {ctype.label}",
        # YAML timestamps reach a JSON validator as strings; no key may be YAML-only.
    })
    return schema
