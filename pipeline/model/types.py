"""One record per content type (`jenis`): everything the pipeline knows about a type is here.

The schema's per-type declarations, the URL of each item, the Pelican reader's template and
listing, `ppid new`'s folder and file name, the agenda, and Pelican's `ARTICLE_PATHS` /
`PAGE_PATHS` (set by `site/build.py` from `pelican_paths()`) all read these records. Adding a
type is one `register(ContentType(...))` plus its template in theme/templates/ and a test.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model.fields import (
    ARCHIVE,
    ATTACHMENTS,
    BILANGAN,
    COMMON,
    DAFTAR_PETA,
    DAFTAR_TEKS,
    KATEGORI_DIP,
    PETA,
    PILIHAN,
    SHA256_RE,
    TANGGAL,
    TEKS,
    Field,
    RequiredWhen,
)


@dataclass(frozen=True)
class ContentType:
    jenis: str
    label: str
    folder: str  # where its files live under content/
    fields: tuple[Field, ...]
    conditions: tuple[RequiredWhen, ...] = ()
    template: str = ""  # Pelican template; empty: never a page of the site (plans, site changes)
    article: bool = False  # a Pelican article (news: dated file names, a category) or a page
    url: str = "{slug}/"  # site-relative, saved as <url>index.html; {slug} and {year}
    required: tuple[str, ...] = ()  # required of this type although optional in COMMON
    listed: bool = True  # in Pelican's listings; DIP items are listed by the DIP tables instead
    agenda: bool = False  # an entry of the Buku Agenda and of the published counts

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)

    @property
    def page(self) -> bool:
        """Becomes a page of the site."""
        return bool(self.template)


CONTENT_TYPES: dict[str, ContentType] = {}


def register(ctype: ContentType) -> ContentType:
    CONTENT_TYPES[ctype.jenis] = ctype
    return ctype


def unregister(jenis: str) -> None:
    CONTENT_TYPES.pop(jenis, None)


def site_types() -> tuple[str, ...]:
    """The types that become pages of the site."""
    return tuple(j for j, ct in CONTENT_TYPES.items() if ct.page)


def is_page(jenis: object) -> bool:
    ctype = CONTENT_TYPES.get(jenis) if isinstance(jenis, str) else None
    return ctype is not None and ctype.page


def is_article(jenis: object) -> bool:
    ctype = CONTENT_TYPES.get(jenis) if isinstance(jenis, str) else None
    return ctype is not None and ctype.article


def pelican_paths() -> dict[str, list[str]]:
    """Pelican's ARTICLE_PATHS and PAGE_PATHS: the folders of the types that become pages."""
    def folders(article: bool) -> list[str]:
        return sorted({ct.folder for ct in CONTENT_TYPES.values() if ct.page and ct.article == article})
    return {"ARTICLE_PATHS": folders(True), "PAGE_PATHS": folders(False)}


# ---- the office's types ---------------------------------------------------------------------

# The kinds of news the editor files a press release under (the CMS's select; another value
# is a warning): the example office's disposition sheet, and the common beats of a regional site.
JENIS_BERITA = ("Kegiatan Pimpinan", "Kegiatan Dinas", "Kegiatan Kalurahan", "Layanan Publik",
                "Informasi Layanan", "Program", "Pembangunan", "Kesehatan", "Pendidikan",
                "Ekonomi", "Sosial", "Lingkungan", "Kebencanaan", "Seni dan Budaya", "Prestasi")

SIARAN_PERS = register(ContentType("siaran-pers", "Siaran Pers", "berita", COMMON + ARCHIVE + (
    Field("jenis_berita", TEKS, "Jenis berita (disposisi)", required=True, suggested=JENIS_BERITA),
    Field("nomor_urut", BILANGAN, "Nomor urut agenda", minimum=1),
    ATTACHMENTS,
), (),
    template="article", article=True, url="berita/{year}/{slug}/", required=("ringkasan", "unit"),
    agenda=True))

PENGUMUMAN = register(ContentType("pengumuman", "Pengumuman", "berita", COMMON + ARCHIVE + (
    Field("nomor_urut", BILANGAN, "Nomor urut agenda", minimum=1),
    Field("surat_permohonan", PETA, "Surat permohonan penayangan dari OPD (SOP 000)", fields=(
        Field("nomor", TEKS, "Nomor surat", required=True),
        Field("tanggal", TANGGAL, "Tanggal surat", required=True),
        Field("perihal", TEKS, "Perihal"),
    )),
    Field("berlaku_sampai", TANGGAL, "Pengumuman berlaku sampai"),
    ATTACHMENTS,
), (),
    template="article", article=True, url="berita/{year}/{slug}/", required=("ringkasan", "unit"),
    agenda=True))

INFORMASI_PUBLIK = register(ContentType("informasi-publik", "Informasi Publik (DIP)", "informasi",
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
    template="informasi", url="informasi/{slug}/", required=("ringkasan", "unit"),
    listed=False, agenda=True))

HALAMAN = register(ContentType("halaman", "Halaman", "halaman", COMMON + (
    Field("urutan", BILANGAN, "Urutan di menu", minimum=0),
), (), template="page", agenda=True))

PLANNED_TYPES = site_types()  # what a content plan may plan (the types above)
_PLAN_COMMON = ("title", "date", "jenis", "status", "ringkasan", "unit", "paraf", "catatan_langkah")

# SOP 004 A.1: the quarter's content table, drafted by the Sub Koordinator and signed by the
# Koordinator through the ordinary initials. A plain YAML file: content/rencana/2026-Q4.yaml.
RENCANA = register(ContentType("rencana", "Rencana Konten", "rencana", tuple(
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
), ()))

_CHANGE_COMMON = ("title", "date", "jenis", "status", "ringkasan", "unit", "paraf", "alasan_penarikan",
                  "tanggal_penarikan")

# SOP 004 B: a change of the site's own code and look (a *site revision*, see revisi.py),
# submitted by the Web Developer with the meeting notes and initialled after the preview.
# `revisi` is inside the canonical hash, so the initials cover exactly that revision.
PERUBAHAN_SITUS = register(ContentType("perubahan-situs", "Perubahan Situs", "perubahan-situs", tuple(
    f for f in COMMON if f.name in _CHANGE_COMMON) + (
    Field("revisi", TEKS, "Digest revisi situs yang diajukan (ppid revisi; ppid new mengisinya)",
          required=True, pattern=SHA256_RE, pattern_label="64 digit heksadesimal"),
    Field("notulen", TEKS, "Rujukan notulen rapat yang meminta perubahan (SOP 004 B.1)",
          required=True),
), (), required=("ringkasan",)))

# SOP 004 C: the evaluation cycle as records in the repository (issue #15), never pages of the
# site. Made by `ppid baru evaluasi-bulanan --bulan 2026-10` (C.2, the Kepala Dinas's monthly
# evaluation of the Koordinator) or `ppid baru evaluasi-semester --semester 2026-S2` (C.1, the
# Koordinator's six-monthly evaluation reported to the Kepala Dinas) from `ppid laporan evaluasi`.
_EVALUATION_COMMON = ("title", "date", "jenis", "status", "ringkasan", "unit", "paraf",
                      "catatan_langkah")
EVALUASI_BULANAN = register(ContentType("evaluasi-bulanan", "Evaluasi Bulanan", "evaluasi", tuple(
    f for f in COMMON if f.name in _EVALUATION_COMMON) + (
    Field("periode", TEKS, "Bulan yang dievaluasi", required=True,
          pattern=r"^\d{4}-(0[1-9]|1[0-2])$", pattern_label="TAHUN-BULAN, mis. 2026-10"),
), ()))
EVALUASI_SEMESTER = register(ContentType("evaluasi-semester", "Evaluasi Semester", "evaluasi", tuple(
    f for f in COMMON if f.name in _EVALUATION_COMMON) + (
    Field("periode", TEKS, "Semester yang dievaluasi", required=True,
          pattern=r"^\d{4}-S[12]$", pattern_label="TAHUN-S1 atau TAHUN-S2, mis. 2026-S2"),
), ()))
