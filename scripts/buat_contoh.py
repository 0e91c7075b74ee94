"""Write the example PPID site of Kabupaten Bantul and its history into a Git repository.

First the office's trust is set up as a real office would: the Kepala Dinas commits the
officials' public SSH keys (approvals/allowed_signers), raises the level to `tanda-tangan` and,
in a second signed commit, pins that state as the root of trust (akar_kepercayaan). The keys
are made in a temporary folder and thrown away: no private key is ever written to the repo.

Each item is then committed by the officer who receives it under its SOP, at its received time,
and initialled step by step with `ppid paraf`'s own code under each official's git identity and
signing key, at the pace of the SOP's standard minutes (some steps late). One release is
rejected and re-approved, one is withdrawn, a village post gets its distribution links
afterwards, one item stays a draft.

Used once to make the example's history (`python scripts/buat_contoh.py .` on a tree without
content/), and by the tests to make the same site in a temporary repository.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.actions.paraf import record_paraf  # noqa: E402
from pipeline.model.dates import WIB  # noqa: E402
from pipeline.model.urls import slugify  # noqa: E402
from pipeline.office.policy import load_approvals  # noqa: E402

IDENTITIES = {  # receiving officers and OPD senders who are not on the roster
    "opd": ("Admin OPD", "admin.opd@bantulkab.go.id"),
}
DIP_COMMON = {
    "pejabat_penguasa": "Dinas Komunikasi dan Informatika Kabupaten Bantul",
    "penanggung_jawab": "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik",
    "tempat_pembuatan": "Bantul",
    "bentuk_informasi": "softcopy dan hardcopy",
    "jangka_waktu_penyimpanan": "5 tahun",
    "jenis_media": ["Website PPID", "Papan pengumuman"],
}


@dataclass
class Item:
    title: str
    date: str
    jenis: str
    unit: str
    ringkasan: str
    body: str
    extra: dict = field(default_factory=dict)
    status: str = "terbit"
    story: str = ""  # "tolak", "tarik", "distribusi", "draf"


def news(title, date, unit, jenis_berita, ringkasan, body, **kw) -> Item:
    extra = {"jenis_berita": jenis_berita, "klasifikasi": "400.14.4.3"}
    extra.update(kw.pop("extra", {}))
    return Item(title, date, "siaran-pers", unit, ringkasan, body, extra, **kw)


def notice(title, date, unit, surat, ringkasan, body, **kw) -> Item:
    extra = {"klasifikasi": "400.14.4.3", "surat_permohonan": surat}
    extra.update(kw.pop("extra", {}))
    return Item(title, date, "pengumuman", unit, ringkasan, body, extra, **kw)


def dip(title, date, kategori, ringkasan, body, unit="Diskominfo", **extra) -> Item:
    fields = {"kategori": kategori, **DIP_COMMON, "waktu_pembuatan": date[:4], **extra}
    return Item(title, date, "informasi-publik", unit, ringkasan, body, fields)


def page(title, date, urutan, ringkasan, body) -> Item:
    return Item(title, date, "halaman", "Diskominfo", ringkasan, body, {"urutan": urutan})


ITEMS = [
    news("Bupati Resmikan Jembatan Kali Opak di Kapanewon Imogiri", "2026-10-05 09:00",
         "Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman", "Kegiatan Pimpinan",
         "Jembatan sepanjang 60 meter kini menghubungkan Kalurahan Wukirsari dan Girirejo.",
         "Bupati Bantul meresmikan Jembatan Kali Opak di Kapanewon Imogiri, Senin pagi. Jembatan "
         "sepanjang 60 meter dengan lebar 7 meter itu menggantikan jembatan gantung yang rusak "
         "akibat banjir tahun lalu.\n\nPembangunan jembatan menelan anggaran Rp14,2 miliar dari "
         "APBD Kabupaten Bantul dan selesai tepat waktu. Warga kini tidak perlu memutar sejauh "
         "delapan kilometer untuk menuju pasar dan sekolah.",
         extra={"bukti": [{"berkas": "gambar/jembatan-opak.jpg", "jenis": "foto",
                           "keterangan": "Bupati menggunting pita peresmian jembatan"}]}),
    news("Festival Budaya Bantul 2026 Tampilkan 40 Kelompok Seni", "2026-10-12 10:30",
         "Dinas Kebudayaan (Kundha Kabudayan)", "Seni dan Budaya",
         "Festival digelar tiga hari di Lapangan Paseban dan terbuka gratis untuk umum.",
         "Sebanyak 40 kelompok seni dari 17 kapanewon tampil dalam Festival Budaya Bantul 2026 di "
         "Lapangan Paseban. Pertunjukan meliputi jathilan, wayang kulit, karawitan, dan tari "
         "klasik.\n\nFestival berlangsung tiga hari dan terbuka gratis untuk umum. Panitia "
         "menyediakan area parkir di Stadion Sultan Agung."),
    news("Pemkab Bantul Salurkan Bantuan Alat Pertanian kepada 25 Kelompok Tani",
         "2026-10-19 08:30", "Dinas Pertanian, Pangan, Kelautan dan Perikanan", "Program",
         "Bantuan berupa traktor tangan, pompa air, dan mesin perontok padi.",
         "Pemerintah Kabupaten Bantul menyalurkan bantuan alat dan mesin pertanian kepada 25 "
         "kelompok tani. Bantuan terdiri atas 15 traktor tangan, 20 pompa air, dan 10 mesin "
         "perontok padi.\n\nPenerima dipilih berdasarkan proposal yang diverifikasi penyuluh "
         "pertanian lapangan di setiap kapanewon."),
    news("Layanan Adminduk Keliling Hadir di 17 Kapanewon", "2026-10-26 09:00",
         "Dinas Kependudukan dan Pencatatan Sipil", "Layanan Publik",
         "Warga dapat mengurus KTP elektronik, kartu keluarga, dan akta kelahiran tanpa ke kantor.",
         "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Bantul membuka layanan administrasi "
         "kependudukan keliling di 17 kapanewon sepanjang November.\n\nLayanan meliputi perekaman "
         "KTP elektronik, pembaruan kartu keluarga, dan penerbitan akta kelahiran. Jadwal lengkap "
         "tersedia di kantor kapanewon masing-masing."),
    news("Bantul Raih Predikat Kabupaten Informatif dari Komisi Informasi DIY",
         "2026-11-02 13:00", "Diskominfo", "Prestasi",
         "Penghargaan diberikan atas hasil monitoring dan evaluasi keterbukaan informasi publik.",
         "Pemerintah Kabupaten Bantul kembali meraih predikat Informatif dalam Anugerah "
         "Keterbukaan Informasi Publik Komisi Informasi Daerah Istimewa Yogyakarta.\n\nPenilaian "
         "meliputi kelengkapan Daftar Informasi Publik, kecepatan layanan permohonan informasi, "
         "dan pengelolaan situs PPID."),
    news("Gerakan Menanam 10.000 Pohon di Sepanjang Sungai Opak", "2026-11-09 07:30",
         "Dinas Lingkungan Hidup", "Lingkungan",
         "Penanaman melibatkan pelajar, relawan, dan warga di sembilan kalurahan.",
         "Dinas Lingkungan Hidup Kabupaten Bantul bersama pelajar dan relawan menanam 10.000 bibit "
         "pohon di sepanjang bantaran Sungai Opak.\n\nJenis pohon yang ditanam antara lain "
         "trembesi, mahoni, dan bambu untuk menahan erosi tebing sungai."),
    news("Pasar Rakyat Niten Selesai Direvitalisasi", "2026-11-13 09:00", "Dinas Perdagangan",
         "Pembangunan", "Pasar kini memiliki 320 los, ruang laktasi, dan area parkir yang lebih luas.",
         "Revitalisasi Pasar Rakyat Niten di Kapanewon Sewon selesai dikerjakan. Pasar kini memiliki "
         "320 los dan kios, ruang laktasi, serta area parkir yang lebih luas.\n\nPedagang akan "
         "kembali menempati pasar mulai awal Desember.", story="tolak"),
    news("Vaksinasi HPV untuk Siswi SD Kelas 5 dan 6 Dimulai", "2026-11-18 08:00",
         "Dinas Kesehatan", "Kesehatan",
         "Vaksinasi gratis di sekolah untuk mencegah kanker serviks.",
         "Dinas Kesehatan Kabupaten Bantul memulai vaksinasi HPV untuk siswi kelas 5 dan 6 sekolah "
         "dasar. Vaksinasi diberikan gratis di sekolah oleh petugas puskesmas.\n\nOrang tua diminta "
         "mengisi formulir persetujuan yang dibagikan melalui wali kelas."),
    news("Jadwal Pemeliharaan Jaringan Listrik di Kapanewon Sewon", "2026-10-08 11:00",
         "Diskominfo", "Informasi Layanan",
         "Pemeliharaan jaringan direncanakan pada 15 Oktober pukul 08.00–14.00 WIB.",
         "Pemeliharaan jaringan listrik direncanakan di sebagian wilayah Kapanewon Sewon pada 15 "
         "Oktober 2026 pukul 08.00 sampai 14.00 WIB.\n\nWarga diimbau menyiapkan kebutuhan air dan "
         "mengisi daya perangkat sebelumnya.", story="tarik"),
    notice("Penutupan Sementara Jalan Parangtritis KM 10 untuk Perbaikan", "2026-10-15 08:00",
           "Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman",
           {"nomor": "600/1245/DPUPKP/2026", "tanggal": "2026-10-14",
            "perihal": "Permohonan penayangan informasi penutupan jalan"},
           "Lalu lintas dialihkan melalui Jalan Imogiri Barat selama 14 hari.",
           "Ruas Jalan Parangtritis KM 10 ditutup sementara mulai 20 Oktober 2026 selama 14 hari "
           "untuk perbaikan jembatan. Lalu lintas dialihkan melalui Jalan Imogiri Barat.\n\n"
           "Pengguna jalan diminta mengikuti petunjuk petugas dan rambu pengalihan arus."),
    notice("Jam Layanan Disdukcapil Selama Libur Akhir Tahun", "2026-10-28 10:00",
           "Dinas Kependudukan dan Pencatatan Sipil",
           {"nomor": "470/0988/Disdukcapil/2026", "tanggal": "2026-10-27"},
           "Layanan tetap buka pada 29–31 Desember dengan jam terbatas.",
           "Kantor Dinas Kependudukan dan Pencatatan Sipil tetap melayani masyarakat pada 29 sampai "
           "31 Desember 2026 pukul 08.00 sampai 12.00 WIB.\n\nLayanan daring melalui aplikasi tetap "
           "dapat diakses selama libur."),
    notice("Pendaftaran Beasiswa Bantul Cerdas Tahun 2026", "2026-11-05 09:00", "Dinas Pendidikan",
           {"nomor": "420/2231/Disdik/2026", "tanggal": "2026-11-04",
            "perihal": "Penayangan pengumuman beasiswa"},
           "Pendaftaran dibuka 10–30 November untuk mahasiswa ber-KTP Bantul.",
           "Pemerintah Kabupaten Bantul membuka pendaftaran Beasiswa Bantul Cerdas bagi mahasiswa "
           "aktif yang berdomisili di Bantul.\n\nPendaftaran dibuka 10 sampai 30 November 2026 "
           "melalui kantor Dinas Pendidikan. Persyaratan lengkap tersedia di papan pengumuman dinas."),
    notice("Pelatihan Kerja Gratis di BLK Bantul Angkatan IV", "2026-11-16 08:30",
           "Dinas Tenaga Kerja dan Transmigrasi",
           {"nomor": "560/0877/Disnakertrans/2026", "tanggal": "2026-11-13"},
           "Tersedia 96 kursi untuk kejuruan las, menjahit, tata boga, dan teknisi komputer.",
           "Balai Latihan Kerja Kabupaten Bantul membuka pelatihan kerja gratis angkatan IV untuk "
           "empat kejuruan.\n\nPeserta mendapat uang transpor dan sertifikat kompetensi."),
    dip("Rencana Kerja dan Anggaran Diskominfo Tahun 2026", "2026-09-01 09:00", "berkala",
        "Dokumen RKA Dinas Komunikasi dan Informatika tahun anggaran 2026.",
        "Rencana Kerja dan Anggaran memuat program, kegiatan, dan pagu anggaran Dinas Komunikasi "
        "dan Informatika tahun 2026. Dokumen lengkap dapat diunduh atau diminta di meja layanan PPID.",
        klasifikasi="400.14.9"),
    dip("Laporan Realisasi Anggaran Semester I Tahun 2026", "2026-09-08 09:00", "berkala",
        "Realisasi pendapatan dan belanja Januari–Juni 2026.",
        "Laporan ini menyajikan realisasi belanja Dinas Komunikasi dan Informatika pada semester "
        "pertama tahun 2026 dibandingkan dengan anggarannya."),
    dip("Laporan Layanan Informasi Publik Tahun 2025", "2026-09-15 09:00", "berkala",
        "Jumlah permohonan, waktu layanan, dan keberatan sepanjang 2025.",
        "Sepanjang 2025 PPID Kabupaten Bantul menerima 412 permohonan informasi. Sebanyak 398 "
        "permohonan dipenuhi seluruhnya, 9 dipenuhi sebagian, dan 5 ditolak berdasarkan uji "
        "konsekuensi. Rata-rata waktu layanan 4 hari kerja."),
    dip("Profil dan Struktur Organisasi Diskominfo Kabupaten Bantul", "2026-09-22 09:00", "berkala",
        "Tugas, fungsi, dan susunan organisasi dinas.",
        "Dinas Komunikasi dan Informatika dipimpin Kepala Dinas dan membawahi Sekretariat, Bidang "
        "Pengelolaan Informasi dan Komunikasi Publik, Bidang Aplikasi Informatika, serta Bidang "
        "Persandian dan Statistik."),
    dip("Peringatan Dini Cuaca Ekstrem dan Potensi Banjir Musim Hujan 2026/2027",
        "2026-11-10 15:00", "serta-merta",
        "Wilayah rawan banjir dan langkah kesiapsiagaan warga.",
        "Badan Penanggulangan Bencana Daerah memperingatkan potensi hujan lebat disertai angin "
        "kencang hingga Februari 2027. Warga di bantaran Sungai Opak, Oyo, dan Progo diminta "
        "waspada.\n\nHubungi Pusdalops BPBD Bantul bila terjadi keadaan darurat.",
        unit="Badan Penanggulangan Bencana Daerah",
        pejabat_penguasa="Badan Penanggulangan Bencana Daerah Kabupaten Bantul",
        penanggung_jawab="Kepala Pelaksana BPBD"),
    dip("Jalur Evakuasi Tsunami Pesisir Selatan Bantul", "2026-10-01 09:00", "serta-merta",
        "Peta jalur dan titik kumpul evakuasi di empat kapanewon pesisir.",
        "Jalur evakuasi tsunami ditandai rambu hijau di Kapanewon Srandakan, Sanden, Kretek, dan "
        "Pundong. Titik kumpul berada di lapangan kalurahan yang lebih tinggi.",
        unit="Badan Penanggulangan Bencana Daerah",
        pejabat_penguasa="Badan Penanggulangan Bencana Daerah Kabupaten Bantul",
        penanggung_jawab="Kepala Pelaksana BPBD"),
    dip("Daftar Peraturan Bupati Bantul Tahun 2026", "2026-10-20 09:00", "setiap-saat",
        "Nomor, judul, dan tanggal penetapan peraturan bupati.",
        "Daftar ini memuat seluruh Peraturan Bupati Bantul yang ditetapkan sepanjang 2026 beserta "
        "tautan ke naskah lengkapnya di Jaringan Dokumentasi dan Informasi Hukum.",
        pejabat_penguasa="Bagian Hukum Sekretariat Daerah"),
    dip("Standar Layanan Informasi Publik PPID Kabupaten Bantul", "2026-09-29 09:00", "setiap-saat",
        "Standar waktu, biaya, dan prosedur layanan informasi.",
        "Permohonan informasi dijawab paling lambat 10 hari kerja dan dapat diperpanjang 7 hari "
        "kerja. Layanan tidak dipungut biaya; salinan dokumen dikenai biaya penggandaan sesuai "
        "ketentuan."),
    dip("Daftar Aset dan Inventaris Diskominfo", "2026-10-06 09:00", "setiap-saat",
        "Rekapitulasi barang milik daerah yang dikelola dinas.",
        "Rekapitulasi aset tetap dan inventaris Dinas Komunikasi dan Informatika per 30 Juni 2026, "
        "dikelompokkan menurut jenis barang."),
    dip("Data Pribadi Pemohon Informasi Publik", "2026-09-10 09:00", "dikecualikan",
        "Identitas pemohon informasi yang tercatat di register permohonan.",
        "KALIMAT-RAHASIA-DIKECUALIKAN: register memuat nama, alamat, dan nomor identitas setiap "
        "pemohon informasi dan tidak pernah diumumkan.",
        dasar_pengecualian="UU 14/2008 Pasal 17 huruf h angka 5",
        uji_konsekuensi="Penetapan Uji Konsekuensi PPID Kabupaten Bantul Nomor 045/001/UK/2026",
        bentuk_informasi="softcopy"),
    news("Bupati Terima Kunjungan Kerja DPRD Daerah Istimewa Yogyakarta", "2026-11-11 10:00",
         "Sekretariat Daerah", "Kegiatan Pimpinan",
         "Kunjungan membahas penanganan sampah dan pengembangan wisata pesisir.",
         "Bupati Bantul menerima kunjungan kerja Komisi B DPRD Daerah Istimewa Yogyakarta di Ruang "
         "Rapat Bupati. Pertemuan membahas penanganan sampah regional dan pengembangan wisata "
         "pesisir selatan."),
    dip("Agenda Kegiatan Pimpinan Daerah Bulan Desember 2026", "2026-11-17 14:00", "berkala",
        "Jadwal kegiatan Bupati dan Wakil Bupati yang terbuka untuk umum.",
        "Agenda memuat kegiatan Bupati dan Wakil Bupati Bantul sepanjang Desember 2026 yang terbuka "
        "untuk umum, diperbarui setiap pekan.", unit="Sekretariat Daerah",
        pejabat_penguasa="Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah",
        penanggung_jawab="Kepala Bagian Protokol dan Komunikasi Pimpinan"),
    news("Gotong Royong Membersihkan Embung Kalurahan Bunder", "2026-11-07 07:00",
         "Kalurahan Bunder", "Kegiatan Kalurahan",
         "Warga enam padukuhan membersihkan embung menjelang musim hujan.",
         "Warga enam padukuhan di Kalurahan Bunder bergotong royong membersihkan embung dan saluran "
         "irigasi menjelang musim hujan.\n\nKegiatan dipimpin Lurah Bunder dan diikuti lebih dari "
         "150 warga.", story="distribusi", extra={"klasifikasi": "400.14.9"}),
    notice("Jadwal Posyandu Balita dan Lansia Bulan Desember 2026", "2026-11-19 09:00",
           "Kalurahan Bunder", {"nomor": "140/112/Bunder/2026", "tanggal": "2026-11-18"},
           "Posyandu digelar di enam padukuhan pada pekan kedua Desember.",
           "Posyandu balita dan lansia Kalurahan Bunder digelar di enam padukuhan pada 7 sampai 12 "
           "Desember 2026 pukul 08.00 WIB.\n\nWarga diminta membawa buku KIA atau kartu lansia.",
           story="distribusi"),
    page("Profil PPID", "2026-09-01 08:00", 1,
         "Kedudukan, tugas, dan struktur PPID Kabupaten Bantul.",
         "Pejabat Pengelola Informasi dan Dokumentasi (PPID) Kabupaten Bantul bertugas menyimpan, "
         "mendokumentasikan, menyediakan, dan melayani informasi publik sesuai Undang-Undang "
         "Nomor 14 Tahun 2008.\n\n## Struktur\n\n- Atasan PPID: Sekretaris Daerah\n- PPID Utama: "
         "Kepala Dinas Komunikasi dan Informatika\n- PPID Pelaksana: setiap perangkat daerah"),
    page("Maklumat Pelayanan", "2026-09-01 08:30", 2,
         "Janji layanan informasi publik PPID Kabupaten Bantul.",
         "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan informasi publik sesuai "
         "standar layanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap "
         "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."),
    page("Tata Cara Permohonan Informasi", "2026-09-01 09:00", 3,
         "Langkah mengajukan permohonan informasi publik.",
         "1. Isi formulir permohonan di meja layanan PPID atau kirim surat permohonan.\n"
         "2. Sebutkan rincian informasi yang dibutuhkan dan tujuan penggunaannya.\n"
         "3. Petugas memberikan tanda bukti permohonan.\n"
         "4. PPID menjawab paling lambat 10 hari kerja, dapat diperpanjang 7 hari kerja."),
    page("Tata Cara Pengajuan Keberatan", "2026-09-01 09:30", 4,
         "Hak pemohon mengajukan keberatan kepada Atasan PPID.",
         "Pemohon dapat mengajukan keberatan kepada Atasan PPID paling lambat 30 hari kerja setelah "
         "menerima jawaban atau bila permohonan tidak ditanggapi.\n\nAtasan PPID memberikan "
         "tanggapan paling lambat 30 hari kerja sejak keberatan diterima."),
    news("Rapat Koordinasi Persiapan Natal dan Tahun Baru 2027", "2026-11-20 13:00", "Diskominfo",
         "Kegiatan Pimpinan", "Rapat membahas pengamanan, lalu lintas, dan harga bahan pokok.",
         "Naskah masih disusun. KALIMAT-DRAF-BELUM-TERBIT.", status="draf", story="draf"),
]

RECEIVER = {  # who commits the received text, per SOP (step 1's actor)
    "000-distribusi-informasi-publik": "opd",
    "001-pemutakhiran-website": "rina",
    "002-monev-website-setda": "fajar",
    "003-medsos-kalurahan-bunder": "ayu",
    "004-pengelolaan-web-ppid": "rina",
}


def folder(item: Item) -> str:
    return {"siaran-pers": "berita", "pengumuman": "berita", "informasi-publik": "informasi",
            "halaman": "halaman"}[item.jenis]


def rel_path(item: Item) -> str:
    slug = slugify(item.title)
    stem = f"{item.date[:10]}-{slug}" if item.jenis in ("siaran-pers", "pengumuman") else slug
    return f"content/{folder(item)}/{stem}.md"


def render(item: Item, sequence: int | None) -> str:
    meta = {"title": item.title, "date": item.date, "jenis": item.jenis, "status": item.status,
            "unit": item.unit, "ringkasan": item.ringkasan}
    if sequence is not None:
        meta["nomor_urut"] = sequence
    meta.update(item.extra)
    lines = ["---"]
    for key, value in meta.items():
        plain = key in ("date", "jenis", "status") or not isinstance(value, (str, list, dict))
        if not plain:  # JSON is valid YAML and quotes everything that needs quoting
            value = json.dumps(value, ensure_ascii=False)
        lines.append(f"{key}: {value}")
    lines += ["paraf: {}", "---", "", item.body, ""]
    return "\n".join(lines)


class History:
    """Runs git as the people of the story, at the times of the story, with their keys."""

    def __init__(self, root: Path, approvals, keys: dict[str, Path]) -> None:
        self.root, self.approvals, self.keys = root, approvals, keys
        self.people = {o.id: (o.git_nama, o.git_email) for o in approvals.roster.officials}
        self.people.update(IDENTITIES)

    def env(self, who: str, when: datetime) -> dict:
        name, email = self.people[who]
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S%z")
        env = {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_COMMITTER_NAME": name,
               "GIT_COMMITTER_EMAIL": email, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp,
               "PPID_SEKARANG": when.replace(microsecond=0).isoformat()}
        if who in self.keys:  # as the official's own git config would say
            env.update(GIT_CONFIG_COUNT="3", GIT_CONFIG_KEY_0="gpg.format", GIT_CONFIG_VALUE_0="ssh",
                       GIT_CONFIG_KEY_1="user.signingkey", GIT_CONFIG_VALUE_1=str(self.keys[who]),
                       GIT_CONFIG_KEY_2="commit.gpgsign", GIT_CONFIG_VALUE_2="true")
        return env

    def commit(self, who: str, when: datetime, message: str, *paths: str) -> None:
        env = {**os.environ, **self.env(who, when)}
        subprocess.run(["git", "add", "--", *paths], cwd=self.root, check=True, env=env)
        subprocess.run(["git", "commit", "-q", "-m", message, "--", *paths], cwd=self.root,
                       check=True, env=env)

    def paraf(self, who: str, when: datetime, rel: str, role: str, tolak=False, catatan=None):
        saved = dict(os.environ)
        os.environ.update(self.env(who, when))
        try:
            record_paraf(self.root, self.root / rel, role, tolak=tolak, catatan=catatan)
        finally:
            os.environ.clear()
            os.environ.update(saved)

    def holder(self, role: str, when: datetime) -> str:
        return self.approvals.roster.holders(role, when)[0].id


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def make_photo(path: Path, caption: str) -> None:
    """A real, small JPEG (a sky-to-river gradient) standing for the evidence photo; no GPS."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 360))
    draw = ImageDraw.Draw(image)
    for y in range(360):
        draw.line([(0, y), (640, y)], fill=(40 + y // 6, 90 + y // 5, 160 - y // 4))
    draw.rectangle([(60, 220), (580, 240)], fill=(120, 120, 120))
    draw.text((20, 330), caption, fill=(255, 255, 255))
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, format="JPEG", quality=80)


def make_item(h: History, item: Item, sequence: int | None, rng: random.Random) -> None:
    rel = rel_path(item)
    path = h.root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    when = datetime.fromisoformat(item.date).replace(tzinfo=WIB)
    policy = h.approvals.policy_for(item.jenis, item.unit)
    receiver = RECEIVER[policy.id]
    path.write_text(render(item, sequence), encoding="utf-8")
    evidence = [f"content/{b['berkas']}" for b in item.extra.get("bukti", [])]
    for photo in evidence:  # the photo arrives with the release (SOP 001 step 1)
        make_photo(h.root / photo, item.title)
    h.commit(receiver, when, f"Naskah diterima: {item.title}", rel, *evidence)
    if item.story == "draf":
        return
    for step in policy.paraf_steps:
        when += timedelta(minutes=round((step.menit or 60) * rng.uniform(0.4, 1.8)))
        if item.story == "tolak" and step.peran == "kabid":
            h.paraf(h.holder("kabid", when), when, rel, "kabid", tolak=True,
                    catatan="Lengkapi nilai anggaran dan sumber dana revitalisasi.")
            when += timedelta(hours=2)
            edit(path, "320 los dan kios, ruang laktasi,",
                 "320 los dan kios senilai Rp21,5 miliar dari Dana Alokasi Khusus, ruang laktasi,")
            h.commit(receiver, when, f"Perbaikan naskah sesuai catatan Kabid: {item.title}", rel)
            when += timedelta(minutes=25)
        h.paraf(h.holder(step.peran, when), when, rel, step.peran)
    if "nomor_arsip" in " ".join(s for st in policy.steps for s in st.wajib_isian):
        when += timedelta(minutes=10)
        number = f"{item.extra['klasifikasi']}/{sequence:04d}/Diskominfo/{item.date[:4]}"
        edit(path, "\nparaf:", f'\nnomor_arsip: "{number}"\nparaf:')
        h.commit(receiver, when, f"Arsip (SOP 001 langkah 5): {number}", rel)
    if item.story == "tarik":
        when += timedelta(days=3)
        edit(path, "status: terbit", "status: ditarik\nalasan_penarikan: \"Jadwal pemeliharaan "
             "dibatalkan oleh penyelenggara; informasi tidak berlaku lagi.\"\ntanggal_penarikan: "
             f"{(when).strftime('%Y-%m-%d %H:%M')}")
        h.commit(h.holder("kabid", when), when, f"Penarikan informasi: {item.title}", rel)
    if item.story == "distribusi":
        when += timedelta(minutes=40)
        links = ('distribusi:\n  - {platform: instagram, tautan: "https://www.instagram.com/p/'
                 'kalurahanbunder01/", tanggal: ' + when.strftime("%Y-%m-%dT%H:%M:%S+07:00") + '}\n'
                 '  - {platform: facebook, tautan: "https://www.facebook.com/kalurahanbunder/posts/'
                 '1001", tanggal: ' + when.strftime("%Y-%m-%dT%H:%M:%S+07:00") + "}\nparaf:")
        edit(path, "\nparaf:", "\n" + links)
        h.commit("ayu", when, f"Laporan tautan unggahan (SOP 003 langkah 10): {item.title}", rel)


def make_keys(approvals, folder: Path) -> dict[str, Path]:
    """One ed25519 key per official, in a throw-away folder; returns the public key paths."""
    keys = {}
    for official in approvals.roster.officials:
        path = folder / official.id
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", official.git_email,
                        "-f", str(path)], check=True)
        keys[official.id] = path.with_suffix(".pub")
    return keys


def establish_trust(root: Path, approvals, keys: dict[str, Path]) -> None:
    """The Kepala Dinas's two commits: keys, level and administrators; then the pinned root."""
    h = History(root, approvals, keys)
    when = datetime(2026, 8, 31, 8, 0, tzinfo=WIB)
    lines = [f'{o.git_email} namespaces="git" {keys[o.id].read_text().strip()}'
             for o in approvals.roster.officials]
    (root / "approvals/allowed_signers").write_text(
        "# Kunci publik SSH pejabat; paraf dan perubahan approvals/ ditandatangani dengan kunci ini.\n"
        + "\n".join(lines) + "\n", encoding="utf-8")
    ident = subprocess.run(["git", "var", "GIT_COMMITTER_IDENT"], cwd=root, check=True,
                           capture_output=True, text=True).stdout
    dev_name, dev_email = ident.split(" <")[0], ident.split(" <")[1].split(">")[0]
    roster = root / "approvals/roster.yaml"
    roster.write_text(roster.read_text(encoding="utf-8") + (
        "  # Pengembang situs mengelola berkas SOP dan konfigurasi tanpa kunci tanda tangan;\n"
        "  # perubahannya hanya dibuktikan dengan identitas penulis (keputusan Kepala Dinas).\n"
        "  - id: pengembang\n    nama: Tim Pengembang Situs PPID\n"
        f"    git: {{nama: {json.dumps(dev_name)}, email: {dev_email}}}\n    tanpa_kunci: true\n"
        "    jabatan:\n      - {peran: pengelola-sistem, unit: Diskominfo, mulai: 2026-08-31}\n"),
        encoding="utf-8")
    config = root / "approvals/config.yaml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^tingkat_kepercayaan: .*$", "tingkat_kepercayaan: tanda-tangan", text)
    text = text.replace("format_nomor_arsip:", "pengelola_approvals: [kepala-dinas, "
                        "pengelola-sistem]\n\nformat_nomor_arsip:", 1)
    config.write_text(text, encoding="utf-8")
    h.commit("retno", when, "Penetapan awal: kunci pejabat, tingkat tanda tangan, pengelola approvals",
             "approvals")
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=root, check=True, capture_output=True,
                          text=True).stdout.strip()
    config.write_text(text.replace("pengelola_approvals:", f'akar_kepercayaan: "{head[:12]}"\n'
                                   "pengelola_approvals:", 1), encoding="utf-8")
    h.commit("retno", when + timedelta(minutes=5), f"Akar kepercayaan: {head[:12]}", "approvals")


def main(root: Path) -> None:
    approvals = load_approvals(root)
    with tempfile.TemporaryDirectory(prefix="kunci-contoh-") as folder:
        keys = make_keys(approvals, Path(folder))
        establish_trust(root, approvals, keys)
        seed_items(root, load_approvals(root), keys)


def seed_items(root: Path, approvals, keys: dict[str, Path]) -> None:
    h = History(root, approvals, keys)
    rng = random.Random(20261121)
    sequence = 140
    for item in sorted(ITEMS, key=lambda i: i.date):
        numbered = item.jenis in ("siaran-pers", "pengumuman")
        if numbered:
            sequence += 1
        make_item(h, item, sequence if numbered else None, rng)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve())
