"""The citizen's request path (Perki 1/2021): forms that work without a server or JavaScript, the
office's address, opening hours and service standard, contact links, the error page, documents."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlparse

import pytest
from pypdf import PdfWriter

from pipeline.office.config import Instansi
from pipeline.site.layanan import FORMS, mail_body, service, tel_href

from ..checks.test_safety import EXEMPT_ITEM

PERMOHONAN = "layanan/permohonan/"
KEBERATAN = "layanan/keberatan/"
# What Perki 1/2021 asks of a request and of an objection (UU 14/2008 Pasal 35 ayat 1 a-g).
REQUEST_FIELDS = ["Nama lengkap", "Nomor identitas", "Alamat", "Nomor telepon",
                  "Rincian informasi yang dibutuhkan", "Tujuan penggunaan informasi",
                  "Cara memperoleh informasi", "Cara mendapatkan salinan informasi"]
OBJECTION_FIELDS = ["Nomor pendaftaran permohonan informasi", "Identitas kuasa pemohon",
                    "Alasan pengajuan keberatan", "Kasus posisi"]


def _read(out, rel):
    return (out / rel / "index.html").read_text(encoding="utf-8") if rel.endswith("/") else \
        (out / rel).read_text(encoding="utf-8")


def test_forms_carry_the_regulations_fields_and_work_without_javascript(example):
    _, out, _ = example
    for rel, fields in ((PERMOHONAN, REQUEST_FIELDS), (KEBERATAN, OBJECTION_FIELDS)):
        page = _read(out, rel)
        for label in fields:
            assert re.search(rf"<(label|legend)[^>]*>{re.escape(label)}", page), (rel, label)
        form = re.search(r'<form class="formulir" ([^>]*)>', page)[1]
        assert 'action="mailto:ppid@bantulkab.go.id?subject=' in form  # the browser writes the e-mail
        assert 'method="post" enctype="text/plain"' in form
        assert 'id="isian-nama" name="nama" required' in page
        blank = _read(out, rel + "cetak/")
        assert "<form" not in blank and blank.count('class="garis"') >= 5  # lines to write on
    objection = _read(out, KEBERATAN)
    assert objection.count('name="alasan" value=') == 7  # huruf a sampai g


def test_plain_mailto_link_lists_every_field():
    link = urlparse("mailto:x@y?" + mail_body("permohonan", "id"))
    assert link.scheme == "mailto"
    body = mail_body("permohonan", "id")
    assert all(f"{f.label[0]}: " in body for f in FORMS["permohonan"])
    from pipeline.site.layanan import mailto
    query = parse_qs(urlparse(mailto("ppid@bantulkab.go.id", "keberatan", "id")).query)
    assert query["subject"] == ["Keberatan atas Permohonan Informasi Publik"]
    assert "a. Permohonan informasi ditolak" in unquote(query["body"][0])


def test_service_standard_defaults_and_office_settings():
    plain = service(Instansi.from_dict({"nama": "Pemkab", "ppid": "PPID", "telepon": "(0274) 367509"}))
    assert plain["jawab_hari_kerja"] == 10 and plain["perpanjangan_hari_kerja"] == 7
    assert plain["keberatan_hari_kerja"] == 30 and plain["jam"] == [] and plain["email"] == ""
    assert plain["tel"] == "tel:+62274367509" and tel_href("+62 274 367509") == "tel:+62274367509"
    own = service(Instansi.from_dict({
        "jam_layanan": ["Senin–Kamis 08.00–15.30 WIB", "Jumat 08.00–14.00 WIB"],
        "atasan_ppid": "Sekretaris Daerah", "standar_layanan": {"jawab_hari_kerja": 7, "biaya": "Gratis"}}))
    assert service(Instansi.from_dict({"jam_layanan": "Senin–Jumat"}))["jam"] == ["Senin–Jumat"]
    assert own["jam"][1] == "Jumat 08.00–14.00 WIB" and own["jawab_hari_kerja"] == 7
    assert own["perpanjangan_hari_kerja"] == 7 and own["biaya"] == "Gratis"


def test_office_contact_links_and_service_standard_on_every_service_page(example):
    _, out, _ = example
    for rel in ("layanan/", PERMOHONAN, KEBERATAN):
        page = _read(out, rel)
        assert '<a href="tel:+62274367509">(0274) 367509</a>' in page
        assert '<a href="mailto:ppid@bantulkab.go.id">ppid@bantulkab.go.id</a>' in page
        assert "Jl. Robert Wolter Monginsidi No. 1" in page
        assert "paling lambat 10 hari kerja" in page and "paling lama 7 hari kerja" in page
    home = _read(out, "index.html")
    footer = home[home.index('<footer'):]
    assert 'href="tel:+62274367509"' in footer and 'href="mailto:ppid@bantulkab.go.id"' in footer
    assert re.search(r'href="[./]*layanan/permohonan/">Ajukan permohonan informasi', home)


def test_error_page_links_from_the_site_root_and_is_not_indexed(example):
    _, out, _ = example
    page = _read(out, "404.html")
    assert '<meta name="robots" content="noindex, nofollow">' in page
    assert 'href="/theme/css/ppid.css"' in page and 'rel="canonical"' not in page
    assert "Halaman tidak ditemukan" in page and 'action="/cari/"' in page


def test_hours_and_emblem_from_config_and_dip_document_to_download(site, capsys):
    config = site.root / "approvals" / "config.yaml"
    # The office's own hours replace the example's (a block list under `instansi`).
    text = re.sub(r"(?m)^  jam_layanan:\n(    - .*\n)+", "", config.read_text(encoding="utf-8"))
    config.write_text(text.replace(
        "  situs:", "  jam_layanan: [\"Senin–Jumat 08.00–15.00 WIB\"]\n  lambang: img/bantul.svg\n  situs:"),
        encoding="utf-8")
    site.write("theme/static/img/bantul.svg", '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"/>')
    site.git("add", "theme")
    site.git("commit", "-qam", "Jam layanan")
    (site.root / "content/lampiran").mkdir(parents=True)
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.write(site.root / "content/lampiran/daftar-aset.pdf")
    rel = "content/informasi/daftar-aset.md"
    text = EXEMPT_ITEM.replace("Data Pribadi Pemohon Informasi", "Daftar Aset Diskominfo").replace(
        "kategori: dikecualikan", "kategori: setiap-saat").replace(
        "dasar_pengecualian: UU 14/2008 Pasal 17 huruf h\nuji_konsekuensi: Penetapan 045/001/UK/2026\n",
        "lampiran:\n  - {berkas: lampiran/daftar-aset.pdf, keterangan: Daftar aset 2026}\n")
    site.write(rel, text)
    site.approve(rel, [("sub-koordinator", "dewi", "2026-11-20T09:40:00+07:00")])
    site.commit(rel)
    code, out = site.ppid("build", capsys=capsys)
    assert code == 0, out
    built = site.root / "output"
    page = (built / "informasi/daftar-aset/index.html").read_text(encoding="utf-8")
    assert re.search(r'<a href="[./]*lampiran/daftar-aset\.pdf" download>Unduh: '
                     r'<span lang="id">Daftar aset 2026</span></a> \(PDF\)', page)
    assert (built / "lampiran/daftar-aset.pdf").read_bytes().startswith(b"%PDF")
    form = (built / PERMOHONAN / "index.html").read_text(encoding="utf-8")
    assert '<span lang="id">Senin–Jumat 08.00–15.00 WIB</span>' in form
    assert re.search(r'<img src="[./]*theme/img/bantul\.svg" alt=""', form)  # the office's emblem
    assert (built / "theme/img/bantul.svg").is_file()


@pytest.fixture
def form_page(browser, served):
    context = browser.new_context(viewport={"width": 360, "height": 800}, locale="id-ID")
    page = context.new_page()
    page.goto(served + "/" + PERMOHONAN)
    yield page
    context.close()


def _fill(page):
    page.get_by_label("Nama lengkap").fill("Budi Santoso")
    page.get_by_label("Perorangan").check()
    page.get_by_label("Nomor identitas", exact=False).fill("3402010101010001")
    page.get_by_label("Alamat", exact=False).fill("Jl. Parangtritis 10, Bantul")
    page.get_by_label("Nomor telepon").fill("0812000000")
    page.get_by_label("Rincian informasi yang dibutuhkan").fill("Laporan realisasi anggaran 2026")
    page.get_by_label("Tujuan penggunaan informasi").fill("Penelitian")
    page.get_by_label("Mendapatkan salinan informasi", exact=False).check()
    page.get_by_label("E-mail", exact=True).last.check()


def test_form_composes_a_readable_email_with_javascript(form_page):
    page = form_page
    page.get_by_role("button", name="Susun e-mail ke PPID").click()  # empty: the browser refuses
    assert page.locator("form.formulir").get_attribute("data-mailto") is None
    _fill(page)
    page.get_by_role("button", name="Susun e-mail ke PPID").click()
    link = urlparse(page.locator("form.formulir").get_attribute("data-mailto"))
    query = parse_qs(link.query)
    assert link.path == "ppid@bantulkab.go.id"
    assert query["subject"] == ["Formulir permohonan informasi"]
    body = query["body"][0]
    assert "Nama lengkap: Budi Santoso\n" in body and "Kategori pemohon: Perorangan\n" in body
    assert "Cara mendapatkan salinan informasi: E-mail\n" in body and "Pekerjaan: -\n" in body


def test_filled_form_prints_as_a_paper_form(form_page):
    page = form_page
    _fill(page)
    assert page.get_by_role("button", name="Cetak formulir").is_visible()  # JavaScript on
    page.emulate_media(media="print")
    assert page.locator(".ttd").is_visible() and page.locator(".kop-cetak").is_visible()
    assert not page.locator(".menu-utama").is_visible() and not page.locator(".aksi").is_visible()
    assert page.get_by_label("Nama lengkap").input_value() == "Budi Santoso"


def test_without_javascript_the_form_still_leads_to_an_email(browser, served):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(served + "/" + KEBERATAN)
    assert not page.get_by_role("button", name="Cetak formulir").is_visible()  # needs JavaScript
    form = page.locator("form.formulir")
    assert form.get_attribute("action").startswith("mailto:ppid@bantulkab.go.id?subject=")
    link = page.get_by_role("link", name="Tulis e-mail sendiri berisi butir formulir")
    body = parse_qs(urlparse(link.get_attribute("href")).query)["body"][0]
    assert "Kasus posisi (uraian singkat): " in body
    page.get_by_role("link", name="Formulir kosong untuk dicetak").click()
    page.wait_for_url("**/layanan/keberatan/cetak/")
    assert page.locator(".isian-kertas > li").count() == len(FORMS["keberatan"])
    context.close()
