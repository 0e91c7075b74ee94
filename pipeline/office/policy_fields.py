"""The schema of approvals/: config.yaml and each SOP policy, as Field declarations.

Validated with the same machinery as content (model/schema.py); policy.py loads, policy_rules.py
checks what a schema cannot (roles exist, steps in order, rejection targets before the step).
"""

from __future__ import annotations

from pipeline.model.fields import (
    BENAR_SALAH,
    BILANGAN,
    DAFTAR_PETA,
    DAFTAR_TEKS,
    KAMUS,
    PETA,
    PILIHAN,
    TANGGAL,
    TEKS,
    Field,
)
from pipeline.office.config import NOTARIS_FIELD, TrustLevel
from pipeline.office.jamkerja import CLOCK, DAYS, HARI_LIBUR_FIELD, JAM_KERJA_FIELD  # noqa: F401

APPROVALS_DIR = "approvals"
# What a periodic task's evidence is (SOP 004): a plan, an evaluation record, or monthly uploads.
PERIODIC_EVIDENCE = ("rencana", "evaluasi-bulanan", "evaluasi-semester", "unggahan")
# Rules an office may add beyond its signed SOP; each must be declared with its reason.
OFFICE_RULES = ("darurat", "jika_ditolak", "rekaman", "wajib_sejak")
# Keys a step record (catatan_langkah) may be required to carry.
RECORD_KEYS = ("keputusan", "platform_dipilih", "catatan")
ACTIONS = ("terima", "paraf", "disposisi", "verifikasi", "setuju", "tayang", "arsip", "lapor")
INITIALLING_ACTIONS = ("paraf", "disposisi", "verifikasi", "setuju")
TRUST_LEVELS = tuple(level.value for level in TrustLevel)

CONFIG_FIELDS = (
    Field("instansi", PETA, "Identitas badan publik", required=True, fields=(
        Field("nama", TEKS, "Nama badan publik", required=True),
        Field("ppid", TEKS, "Nama PPID", required=True),
        Field("alamat", TEKS, "Alamat kantor"),
        Field("telepon", TEKS, "Telepon kantor"),
        Field("email", TEKS, "Email kantor"),
        Field("situs", TEKS, "Alamat situs", pattern=r"^https?://\S+$", pattern_label="https://…"),
        Field("jam_layanan", DAFTAR_TEKS, "Jam layanan informasi, mis. 'Senin–Kamis 08.00–15.00 WIB'"),
        Field("atasan_ppid", TEKS, "Atasan PPID yang memutus keberatan"),
        Field("lambang", TEKS, "Lambang di tema, mis. img/lambang.svg",
              pattern=r"^[\w./-]+\.(svg|png)$", pattern_label="img/lambang.svg"),
        Field("standar_layanan", PETA, "Standar layanan (bawaan: UU 14/2008 dan Perki 1/2021)",
              fields=(
                  Field("jawab_hari_kerja", BILANGAN, "Jawaban permohonan (hari kerja)", minimum=1),
                  Field("perpanjangan_hari_kerja", BILANGAN, "Perpanjangan (hari kerja)", minimum=0),
                  Field("keberatan_hari_kerja", BILANGAN, "Batas mengajukan keberatan (hari kerja)",
                        minimum=1),
                  Field("tanggapan_keberatan_hari_kerja", BILANGAN,
                        "Tanggapan atasan PPID (hari kerja)", minimum=1),
                  Field("biaya", TEKS, "Biaya layanan, mis. 'Gratis; salinan dibebankan biaya "
                        "penggandaan'"),
              )),
    )),
    Field("tingkat_kepercayaan", PILIHAN, "Tingkat bukti paraf", choices=TRUST_LEVELS),
    Field("penyedia_video", DAFTAR_TEKS, "Layanan video yang boleh disematkan (!video[…](…)), mis. youtube"),
    Field("dasbor", BENAR_SALAH, "Terbitkan halaman dasbor/ (angka bulan ini); bawaan true"),
    Field("halaman_usang_hari", BILANGAN, "Halaman dianggap usang bila tidak diperbarui sekian hari "
          "(laporan evaluasi; bawaan 365)", minimum=1),
    JAM_KERJA_FIELD,  # office/jamkerja.py: per weekday, national holidays
    HARI_LIBUR_FIELD,
    Field("lampiran", PETA, "Batas lampiran", fields=(
        Field("jenis_berkas", DAFTAR_TEKS, "Ekstensi yang boleh, mis. pdf, jpg"),
        Field("ukuran_maks_mb", BILANGAN, "Ukuran maksimum per berkas (MB)", minimum=1),
    )),
    Field("data_publik", DAFTAR_TEKS, "Nomor telepon dan email yang sengaja diumumkan (layanan publik)"),
    Field("peran", KAMUS, "Peran dalam SOP", required=True, fields=(
        Field("nama", TEKS, "Nama jabatan", required=True),
        Field("tunggal", BENAR_SALAH, "Dipegang satu orang pada satu waktu"),
    )),
    Field("penetapan_sop", DAFTAR_PETA, "SOP mana yang berlaku untuk konten mana",
          required=True, fields=(
        Field("sop", TEKS, "id SOP", required=True),
        Field("jenis", DAFTAR_TEKS, "Jenis konten (kosong: semua)"),
        Field("unit", DAFTAR_TEKS, "Unit (kosong: semua)"),
    )),
    Field("format_nomor_arsip", TEKS, "Format nomor arsip, mis. {klasifikasi}/{urut:04d}/{unit}/{tahun}"),
    Field("kode_unit_arsip", TEKS, "Kode unit pengolah arsip dalam nomor arsip, mis. Diskominfo"),
    Field("unit_kerja", DAFTAR_TEKS, "Unit/OPD sumber naskah: pilihan 'unit' di CMS; nilai lain "
          "diperingatkan"),
    Field("akar_kepercayaan", TEKS, "Tidak dipakai lagi: akar kepercayaan dipatok di luar "
          "repositori (PPID_AKAR_KEPERCAYAAN)"),
    Field("pengelola_approvals", DAFTAR_TEKS, "Peran yang boleh mengubah approvals/"),
    Field("ambang_pengesahan", PETA, "Berapa pengelola berbeda yang harus mengesahkan "
          "perubahan approvals/ (bawaan 1)", fields=tuple(
              Field(key, BILANGAN, f"Ambang untuk perubahan {label}", minimum=1)
              for key, label in (("bawaan", "lain (SOP, roster, peta SOP)"),
                                 ("allowed_signers", "kunci pejabat"),
                                 ("tingkat_kepercayaan", "tingkat kepercayaan"),
                                 ("pengelola_approvals", "pengelola dan ambang ini")))),
    NOTARIS_FIELD,  # the review notary (issue #12)
)

STEP_FIELDS = (
    Field("nomor", BILANGAN, "Nomor langkah", required=True, minimum=1),
    Field("peran", TEKS, "Pelaksana (id peran)", required=True),
    Field("aksi", PILIHAN, "Aksi", required=True, choices=ACTIONS),
    Field("uraian", TEKS, "Uraian prosedur", required=True),
    Field("kelengkapan", TEKS, "Persyaratan / kelengkapan"),
    Field("menit", BILANGAN, "Waktu baku (menit)", minimum=0),
    Field("keluaran", TEKS, "Output"),
    Field("paraf", BENAR_SALAH, "Apakah langkah ini dibuktikan dengan paraf di front matter"),
    Field("wajib_isian", DAFTAR_TEKS, "Isian front matter yang harus ada pada langkah ini"),
    Field("jika_ditolak", BILANGAN, "Langkah tujuan bila ditolak (cabang 'Tidak' SOP)", minimum=1),
    Field("wajib_sejak", PETA, "Isian yang wajib bagi naskah yang diterima sejak tanggal ini "
          "(naskah lebih lama hanya diberi info)", fields=(
              Field("tanggal", TANGGAL, "Berlaku untuk naskah bertanggal sejak", required=True),
              Field("isian", DAFTAR_TEKS, "Isian front matter yang wajib", required=True),
          )),
    Field("rekaman", PETA, "Catatan langkah (catatan_langkah) yang dibuat pemegang peran ini "
          "dengan 'ppid catat'", fields=(
              Field("oleh", TEKS, "Peran yang mencatat (bawaan: pelaksana langkah)"),
              Field("isian", DAFTAR_TEKS, "Isian catatan yang wajib, mis. keputusan, platform",
                    choices=RECORD_KEYS),
              Field("sejak", TANGGAL, "Wajib bagi naskah bertanggal sejak (lebih lama: info)",
                    required=True),
          )),
)

POLICY_FIELDS = (
    Field("id", TEKS, "id SOP (sama dengan nama berkas)", required=True),
    Field("nama", TEKS, "Nama SOP", required=True),
    Field("instansi", TEKS, "Instansi pemilik SOP", required=True),
    Field("nomor", TEKS, "Nomor SOP"),
    Field("tanggal_pembuatan", TANGGAL, "Tanggal pembuatan"),
    Field("tanggal_revisi", TANGGAL, "Tanggal revisi"),
    Field("tanggal_efektif", TANGGAL, "Tanggal efektif"),
    Field("disahkan_oleh", TEKS, "Disahkan oleh"),
    Field("sumber", TEKS, "Naskah asli SOP"),
    Field("berlaku_untuk", PETA, "Jenis konten dan unit yang boleh diatur SOP ini", required=True,
          fields=(
              Field("jenis", DAFTAR_TEKS, "Jenis konten", required=True),
              Field("unit", DAFTAR_TEKS, "Unit (kosong: semua unit)"),
          )),
    Field("dasar_hukum", DAFTAR_TEKS, "Dasar hukum", required=True),
    Field("kualifikasi", DAFTAR_TEKS, "Kualifikasi pelaksana"),
    Field("keterkaitan", DAFTAR_TEKS, "SOP terkait"),
    Field("peralatan", DAFTAR_TEKS, "Peralatan / perlengkapan"),
    Field("peringatan", DAFTAR_TEKS, "Peringatan"),
    Field("pencatatan", DAFTAR_TEKS, "Pencatatan dan pendataan"),
    Field("catatan", TEKS, "Catatan penerjemahan SOP ke kebijakan"),
    Field("darurat", PETA, "Penerbitan darurat: paraf minimum dan batas melengkapi", fields=(
        Field("langkah_minimum", DAFTAR_TEKS, "Peran yang cukup memaraf lebih dulu", required=True),
        Field("batas_jam", BILANGAN, "Jam untuk melengkapi paraf lainnya", required=True, minimum=1),
    )),
    Field("penarikan_oleh", DAFTAR_TEKS, "Peran yang boleh menarik naskah yang sudah terbit "
          "(bawaan: peran yang memaraf)"),
    Field("paraf_sendiri", PILIHAN, "Bolehkah pejabat memaraf naskah yang ia ubah sendiri",
          choices=("dilarang", "boleh")),
    Field("langkah", DAFTAR_PETA, "Langkah prosedur", required=True, fields=STEP_FIELDS),
    Field("tugas_berkala", DAFTAR_PETA, "Tugas berkala (SOP 004): pengingat di 'ppid periksa' "
          "dan dasbor intranet", fields=(
        Field("kode", TEKS, "Kode bagian SOP, mis. C.2"),
        Field("uraian", TEKS, "Uraian", required=True),
        Field("peran", TEKS, "Pelaksana", required=True),
        Field("setiap_bulan", BILANGAN, "Paling lambat setiap … bulan", required=True, minimum=1),
        Field("bukti", PILIHAN, "Apa yang membuktikan tugas dijalankan (tanpa bukti: tidak diingatkan)",
              choices=PERIODIC_EVIDENCE),  # none: not reminded
        Field("tenggang_hari", BILANGAN, "Hari sesudah periode berakhir sebelum terlambat "
              "(bawaan 10)", minimum=0),
        Field("mulai", TEKS, "Periode pertama yang diingatkan, mis. 2026-10",
              pattern=r"^\d{4}-(0[1-9]|1[0-2])$", pattern_label="TAHUN-BULAN"),
        Field("keluaran", TEKS, "Output"),
    )),
    Field("aturan_kantor", DAFTAR_PETA, "Aturan yang ditambahkan kantor di luar SOP yang "
          "ditandatangani (ditandai di halaman SOP dan di 'ppid periksa')", fields=(
        Field("aturan", PILIHAN, "Aturan yang ditambahkan", required=True,
              choices=OFFICE_RULES),
        Field("langkah", DAFTAR_TEKS, "Langkah yang terkena (untuk jika_ditolak dan rekaman)"),
        Field("alasan", TEKS, "Mengapa kantor menambahkannya", required=True),
    )),
)

