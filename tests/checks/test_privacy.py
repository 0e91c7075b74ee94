"""Personal data detectors: true and false cases from each format; masked findings; allowances."""

from __future__ import annotations

import pytest

from pipeline.checks.privacy import find, mask, value_hash

from ..conftest import PRESS_RELEASE

REL = "content/berita/2026-11-20-jembatan.md"
NIK_MAN = "3402141203900001"  # DIY 34, Bantul 02, district 14, born 12-03-(19)90, serial 0001
NIK_WOMAN = "3402145203900001"  # the same date, day + 40


@pytest.mark.parametrize("text,kind", [
    (f"NIK pemohon {NIK_MAN} telah diverifikasi.", "nik"),
    (f"Atas nama Sri, NIK {NIK_WOMAN}.", "nik"),
    ("NIK 3402 1412 0390 0001 tertulis di surat.", "nik"),
    ("No. KK 3402140101200003 milik keluarga pemohon.", "kk"),
    ("NPWP 01.312.166.0-091.000 perusahaan rekanan.", "npwp"),
    ("NIP 198503102010011001 pejabat pembuat komitmen.", "nip"),
    ("Hubungi 0812-3456-7890 untuk konfirmasi.", "telepon"),
    ("WhatsApp +62 812 3456 7890.", "telepon"),
    ("Telepon rumah (0274) 512345.", "telepon"),
    ("Kirim ke warga.bantul@gmail.com segera.", "email"),
    ("Transfer ke rekening BRI 0123-01-012345-50-1 a.n. Budi.", "rekening"),
])
def test_detects_personal_data(text, kind):
    assert [m.kind for m in find(text)] == [kind]


@pytest.mark.parametrize("text", [
    "Nomor 9999141203900001 bukan NIK: kode wilayah 99 tidak ada.",
    "Nomor 3402143203900001 bukan NIK: tanggal 32 tidak ada.",
    "Nomor 3402141203900000 bukan NIK: nomor urut 0000.",
    "Kartu uji 4111111111111111 bukan NIK.",
    "Nomor 01.312.166.1-091.000 salah digit pemeriksa dan tanpa label.",
    "Nomor 198513102010011001 bukan NIP: bulan 13.",
    "Rapat pada 2026-11-20 pukul 08.00 WIB di ruang 0274.",
    "Jembatan sepanjang 620 meter dengan anggaran Rp14,2 miliar.",
    "Nomor surat 400.14.4.3/0153/Diskominfo/2026 tanggal 13 November.",
    "Panjang jalan 0,5 km dan lebar 7 meter.",
])
def test_does_not_report_what_cannot_be_personal_data(text):
    assert find(text) == []


def test_masking_never_shows_the_full_value():
    assert mask("nik", NIK_MAN) == "3402**********01"
    assert mask("telepon", "081234567890") == "0812******90"
    assert mask("email", "warga.bantul@gmail.com") == "w***@gmail.com"


def test_planted_data_blocks_the_build_with_masked_findings(site, capsys):
    text = PRESS_RELEASE.replace("sepanjang 60 meter.",
                                 f"sepanjang 60 meter.\n\nPelapor: NIK {NIK_MAN}, HP 0812-3456-7890.")
    site.write(REL, text)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    code, out = site.ppid("build", capsys=capsys)
    assert code == 1
    assert NIK_MAN not in out and "081234567890" not in out and "0812-3456-7890" not in out
    lines = [x for x in out.splitlines() if "[privasi.data-pribadi]" in x]
    assert len(lines) == 2
    assert lines[0].startswith(f"{REL}:19: isi: galat: NIK (3402**********01)")
    assert "nomor telepon (0812******90)" in lines[1]
    assert not (site.root / "output").exists()


def test_office_contacts_and_listed_hotlines_are_public(site, capsys):
    config = site.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\ntingkat_kepercayaan:", '\ndata_publik: ["(0274) 367500"]\ntingkat_kepercayaan:'),
        encoding="utf-8")
    site.write(REL, PRESS_RELEASE.replace("sepanjang 60 meter.", "sepanjang 60 meter. Informasi: "
                                          "(0274) 367509, ppid@bantulkab.go.id, Pusdalops "
                                          "(0274) 367500."))
    assert site.ppid("check", REL, capsys=capsys)[1].count("privasi") == 0


def test_an_allowance_silences_one_value_and_needs_new_initials(site, capsys):
    text = PRESS_RELEASE.replace("sepanjang 60 meter.", "sepanjang 60 meter. Narahubung "
                                 "lapangan: 0812-3456-7890.")
    site.write(REL, text)
    site.approve(REL, [("kabid", "agus", "2026-11-20T09:40:00+07:00"),
                       ("kasie-informasi", "dewi", "2026-11-20T09:52:00+07:00")])
    code, out = site.ppid("hash-data", "telepon", "0812-3456-7890", capsys=capsys)
    digest = out.strip()
    assert digest == value_hash("telepon", "081234567890") and len(digest) == 64
    allowed = site.read(REL).replace("paraf:", "data_pribadi_diizinkan:\n  - {jenis: telepon, "
                                     f'sha256: "{digest}", alasan: "Nomor dinas narahubung"}}\n'
                                     "paraf:")
    site.write(REL, allowed)
    code, out = site.ppid("check", REL, capsys=capsys)
    assert "privasi" not in out
    assert "[paraf.basi]" in out  # the allowance is content: the officials must initial it


def make_pdf(text: str) -> bytes:
    """A minimal one-page PDF with a real text layer (no generator library needed)."""
    stream = f"BT /F1 11 Tf 50 750 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_personal_data_in_a_pdf_attachment(site, capsys):
    (site.root / "content/lampiran").mkdir(parents=True)
    (site.root / "content/lampiran/surat.pdf").write_bytes(make_pdf(f"Pemohon NIK {NIK_MAN}"))
    (site.root / "content/lampiran/bersih.pdf").write_bytes(make_pdf("Laporan tahunan dinas"))
    text = PRESS_RELEASE.replace("paraf: {}", 'bukti:\n  - {berkas: lampiran/surat.pdf}\n'
                                 '  - {berkas: lampiran/bersih.pdf}\nparaf: {}')
    site.write(REL, text)
    code, out = site.ppid("check", REL, capsys=capsys)
    lines = [x for x in out.splitlines() if "[privasi.lampiran]" in x]
    assert code == 1 and len(lines) == 1 and NIK_MAN not in out
    assert lines[0].startswith(f"{REL}:12: bukti: galat: NIK (3402**********01) ada di teks "
                               "lampiran lampiran/surat.pdf")


@pytest.mark.parametrize("text,kind,masked", [
    ("NIK 3402\u200b1412\u200c0390\u200d0001 pemohon.", "nik", "3402**********01"),
    ("NIK \ufeff3402141203900001\u2060.", "nik", "3402**********01"),
    ("Nomor \uff13\uff14\uff10\uff12\uff11\uff14\uff11\uff12\uff10\uff13\uff19\uff10\uff10\uff10"
     "\uff10\uff11 milik pemohon.", "nik", "3402**********01"),
    ("NIK \u0663\u0664\u0660\u0662\u0661\u0664\u0661\u0662\u0660\u0663\u0669\u0660\u0660\u0660"
     "\u0660\u0661.", "nik", "3402**********01"),  # Arabic-Indic digits
    ("NIK 3402 - 1412 - 0390 - 0001.", "nik", "3402**********01"),
    ("NIK 3402\u00a01412\u00a00390\u00a00001.", "nik", "3402**********01"),
    ("Hubungi \uff10\uff18\uff11\uff12\u2013\uff13\uff14\uff15\uff16\u2013\uff17\uff18\uff19\uff10.",
     "telepon", "0812******90"),
    ("Kirim ke warga.bantul\uff20gmail.com.", "email", "w***@gmail.com"),
])
def test_separators_invisible_and_unicode_digits_do_not_hide_a_number(text, kind, masked):
    (match,) = find(text)
    assert match.kind == kind and mask(kind, match.value) == masked


@pytest.mark.parametrize("text,kind", [
    ("NIK 1234567890123456 (salah ketik).", "nik"),
    ("NIK: 9999141203900001", "nik"),
    ("Nomor Induk Kependudukan 3402143203900001", "nik"),
    ("No. KK 9999999999999999 milik pemohon.", "kk"),
    ("Kartu Keluarga 3402.1401.0120.0000", "kk"),
    ("NPWP 01.312.166.1-091.000 salah digit pemeriksa.", "npwp"),
    ("NPWP 0131216610910001.", "npwp"),
    ("rek. 0123 4567 89 a.n. Budi", "rekening"),
    ("No. Rek: 9876543210", "rekening"),
])
def test_a_labelled_identifier_is_reported_even_when_its_checksum_fails(text, kind):
    assert [m.kind for m in find(text)] == [kind]


def test_offsets_and_lines_stay_those_of_the_file(site, capsys):
    hidden = "\u200b".join(NIK_MAN)
    assert find(f"a\u200bb\n{hidden}")[0].start == 4
    text = PRESS_RELEASE.replace("sepanjang 60 meter.", "sepanjang\u200b 60\u200b meter.\n\n"
                                 f"Baris \u200b\u200bketiga.\n\nPelapor NIK {hidden}.")
    site.write(REL, text)
    code, out = site.ppid("check", REL, capsys=capsys)
    line = next(x for x in out.splitlines() if "[privasi.data-pribadi]" in x)
    assert line.startswith(f"{REL}:19: isi: galat: NIK (3402**********01)")
    assert NIK_MAN not in out and hidden not in out


def _zip(parts: dict[str, str | bytes]) -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def _docx(text: str) -> bytes:
    runs = "".join(f"<w:p><w:r><w:t>{piece}</w:t></w:r></w:p>" for piece in text.split("|"))
    return _zip({"[Content_Types].xml": "<Types/>", "word/document.xml":
                 f'<w:document xmlns:w="w"><w:body>{runs}</w:body></w:document>'})


def _xlsx(rows: list[list[object]]) -> bytes:
    import io

    from openpyxl import Workbook

    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _encrypted_pdf() -> bytes:
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(make_pdf(f"NIK {NIK_MAN}"))))
    writer.encrypt(user_password="rahasia", owner_password="rahasia")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# One attachment per type, each carrying a NIK (or unreadable): every one is a finding.
ATTACHMENTS = {
    "surat.docx": (lambda: _docx(f"Surat permohonan|Pemohon NIK {NIK_MAN}"), "privasi.lampiran"),
    "daftar.xlsx": (lambda: _xlsx([["Nama", "NIK"], ["Budi", int(NIK_MAN)]]), "privasi.lampiran"),
    "daftar.csv": (lambda: b"nama;telepon\nBudi;0812-3456-7890\n", "privasi.lampiran"),
    "catatan.txt": (lambda: f"Pelapor: NIK {NIK_MAN}".encode("utf-16"), "privasi.lampiran"),
    "notula.odt": (lambda: _zip({"content.xml": f"<office:text><text:p>NIK {NIK_MAN}</text:p>"
                                                "</office:text>"}), "privasi.lampiran"),
    "berkas.zip": (lambda: _zip({"dalam/surat.pdf": make_pdf(f"NIK {NIK_MAN}")}), "privasi.lampiran"),
    "rusak.pdf": (lambda: b"%PDF-1.4\nbukan pdf", "privasi.lampiran-rusak"),
    "terkunci.pdf": (_encrypted_pdf, "privasi.lampiran-terkunci"),
    "rusak.jpg": (lambda: b"\xff\xd8\xff\xe0 terpotong", "privasi.lampiran-rusak"),
    "palsu.docx": (lambda: b"PK\x03\x04 bukan zip", "privasi.lampiran-rusak"),
}


@pytest.mark.parametrize("name", sorted(ATTACHMENTS))
def test_every_attachment_type_is_read_and_unreadable_ones_are_findings(site, capsys, name):
    make, code = ATTACHMENTS[name]
    (site.root / "content/lampiran").mkdir(parents=True)
    (site.root / "content/lampiran" / name).write_bytes(make())
    site.write(REL, PRESS_RELEASE.replace("paraf: {}", f"lampiran:\n  - {{berkas: lampiran/{name}}}\n"
                                          "paraf: {}"))
    config = site.root / "approvals/config.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "\ntingkat_kepercayaan:", "\nlampiran: {jenis_berkas: [pdf, jpg, docx, xlsx, csv, txt, "
        "odt, zip]}\ntingkat_kepercayaan:"), encoding="utf-8")
    out = site.ppid("check", REL, capsys=capsys)[1]
    line = next(x for x in out.splitlines() if f"[{code}]" in x)
    assert line.startswith(f"{REL}:12: lampiran: galat: ") and f"lampiran/{name}" in line
    assert NIK_MAN not in out


def test_clean_office_files_are_read_and_clean(tmp_path):
    from pipeline.model.extract import text_of

    (tmp_path / "a.docx").write_bytes(_docx("Laporan tahunan|Jumlah pemohon 120"))
    (tmp_path / "a.xlsx").write_bytes(_xlsx([["Bulan", "Pemohon"], ["November", 120]]))
    docx, xlsx = text_of(tmp_path / "a.docx"), text_of(tmp_path / "a.xlsx")
    assert docx.problem is None and docx.text.split("\n")[:2] == ["Laporan tahunan",
                                                                 "Jumlah pemohon 120"]
    assert xlsx.problem is None and "November" in xlsx.text and "120" in xlsx.text
    assert find(docx.text) == find(xlsx.text) == []
