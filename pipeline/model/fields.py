"""The building blocks of the front-matter schema: value kinds, `Field`, and the field groups
several content types share (COMMON, ARCHIVE, ATTACHMENTS, PARAF_ENTRY).

The content types themselves are records in `model/types.py`; validation is `model/schema.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.i18n.ui import PLATFORM

# Value kinds. Each maps to one validator and one JSON Schema fragment.
TEKS, TANGGAL, BILANGAN, PILIHAN, DAFTAR_TEKS, DAFTAR_PETA, PETA, PARAF, BENAR_SALAH = (
    "teks", "tanggal", "bilangan", "pilihan", "daftar-teks", "daftar-peta", "peta", "paraf",
    "benar-salah",
)
KAMUS = "kamus"  # a mapping whose keys are free (role ids…) and whose values share `fields`

STATUSES = ("draf", "terbit", "ditarik")
KEPUTUSAN = ("setuju", "tolak")
KATEGORI_DIP = ("berkala", "serta-merta", "setiap-saat", "dikecualikan")
# The one list of platforms (SOP 003 distribution) is the keys of the interface's labels.
PLATFORMS = tuple(PLATFORM)
# Personal data the privacy check finds, and that an item may declare as deliberately published.
PERSONAL_DATA_KINDS = ("nik", "kk", "npwp", "nip", "telepon", "email", "rekening")
SHA256_RE = r"^[0-9a-f]{64}$"
KLASIFIKASI_RE = r"^\d{3}(\.\d+)*$"
PLAN_REF_RE = r"^\d{4}-Q[1-4]/[A-Za-z0-9][A-Za-z0-9-]*$"


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
    # Values the CMS offers as a select; unlike `choices`, another value is a warning
    # (checks/cms.py), so that items written before the list existed stay publishable.
    suggested: tuple[str, ...] = ()


@dataclass(frozen=True)
class RequiredWhen:
    """`require` fields become mandatory when `field` has `value` (e.g. dikecualikan items)."""

    field: str
    value: str
    require: tuple[str, ...]


PARAF_ENTRY = (
    Field("nama", TEKS, "Nama pejabat yang memaraf, sesuai roster", required=True),
    Field("tanggal", TANGGAL, "Waktu paraf (WIB bila tanpa zona)", required=True),
    Field("keputusan", PILIHAN, "setuju atau tolak", required=True, choices=KEPUTUSAN),
    Field("catatan", TEKS, "Catatan; wajib bila menolak"),
    Field("sha256", TEKS, "Hash kanonik dokumen yang diparaf", required=True,
          pattern=SHA256_RE, pattern_label="64 digit heksadesimal"),
)

RECORD_DECISIONS = ("ya", "tidak")
STEP_RECORD = (
    Field("peran", TEKS, "Peran yang mencatat", required=True),
    Field("nama", TEKS, "Nama pejabat, sesuai roster", required=True),
    Field("tanggal", TANGGAL, "Waktu langkah dijalankan", required=True),
    Field("keputusan", PILIHAN, "ya atau tidak (mis. penerimaan Kasie, SOP 001)",
          choices=RECORD_DECISIONS),
    Field("platform_dipilih", DAFTAR_TEKS, "Platform yang dipilih (SOP 003 langkah 7)",
          choices=PLATFORMS),
    Field("catatan", TEKS, "Catatan / instruksi"),
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
                    choices=PERSONAL_DATA_KINDS),
              Field("sha256", TEKS, "sha256 nilai itu (ppid hash-data)", required=True,
                    pattern=SHA256_RE, pattern_label="64 digit heksadesimal"),
              Field("alasan", TEKS, "Dasar pengumumannya", required=True),
          )),
    Field("distribusi", DAFTAR_PETA, "Tempat dan waktu informasi ditayangkan (SOP 000 langkah 5, "
          "SOP 003 langkah 9)", fields=(
        Field("platform", PILIHAN, "Platform", required=True, choices=PLATFORMS),
        Field("tautan", TEKS, "Tautan (wajib kecuali videotron)", pattern=r"^https://\S+$",
              pattern_label="https://…"),
        Field("tanggal", TANGGAL, "Waktu unggah / tayang"),
        Field("lokasi", TEKS, "Lokasi videotron"),
        Field("slot", TEKS, "Slot tayang videotron, mis. 2026-12-01 08.00–09.00"),
    )),
    # Records of steps that leave no initial (issue #15): keyed `langkah-N`, one line each,
    # written by `ppid catat` as the step's role; outside the hash like the initials.
    Field("catatan_langkah", KAMUS, "Catatan langkah SOP (ppid catat)", fields=STEP_RECORD),
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
