"""Search tuned for Indonesian, tested against the real Pagefind index of the example in Chromium.

A fixed table of what citizens type, each with the page it must return in its top three. The
index has no stemmer (the Snowball Indonesian one folds pemohon into pohon), the approval trail
and the navigation are left out of it, and the search box has a real label.
"""

from __future__ import annotations

import json
import re

import pytest

QUERIES = [  # (what a citizen types, the page it must find among the first three)
    ("permohonan informasi", "/layanan/permohonan/"),
    ("pemohon informasi", "/layanan/permohonan/"),
    ("formulir keberatan", "/layanan/keberatan/"),
    ("keberatan", "/tata-cara-pengajuan-keberatan/"),
    ("tata cara permohonan", "/tata-cara-permohonan-informasi/"),
    ("laporan anggaran", "/informasi/laporan-realisasi-anggaran-semester-i-tahun-2026/"),
    ("peringatan banjir",
     "/informasi/peringatan-dini-cuaca-ekstrem-dan-potensi-banjir-musim-hujan-2026-2027/"),
    ("evakuasi tsunami", "/informasi/jalur-evakuasi-tsunami-pesisir-selatan-bantul/"),
    ("struktur organisasi", "/informasi/profil-dan-struktur-organisasi-diskominfo-kabupaten-bantul/"),
    ("peraturan bupati", "/informasi/daftar-peraturan-bupati-bantul-tahun-2026/"),
    ("standar layanan", "/informasi/standar-layanan-informasi-publik-ppid-kabupaten-bantul/"),
    ("maklumat pelayanan", "/maklumat-pelayanan/"),
    ("aset inventaris", "/informasi/daftar-aset-dan-inventaris-diskominfo/"),
    ("rencana kerja anggaran", "/informasi/rencana-kerja-dan-anggaran-diskominfo-tahun-2026/"),
    ("agenda pimpinan", "/informasi/agenda-kegiatan-pimpinan-daerah-bulan-desember-2026/"),
    ("beasiswa", "/berita/2026/pendaftaran-beasiswa-bantul-cerdas-tahun-2026/"),
    ("vaksinasi hpv", "/berita/2026/vaksinasi-hpv-untuk-siswi-sd-kelas-5-dan-6-dimulai/"),
    ("posyandu", "/berita/2026/jadwal-posyandu-balita-dan-lansia-bulan-desember-2026/"),
    ("jembatan", "/berita/2026/bupati-resmikan-jembatan-kali-opak-di-kapanewon-imogiri/"),
    ("pelatihan kerja", "/berita/2026/pelatihan-kerja-gratis-di-blk-bantul-angkatan-iv/"),
    ("laporan layanan informasi", "/informasi/laporan-layanan-informasi-publik-tahun-2025/"),
    ("lapor", "/informasi/laporan-realisasi-anggaran-semester-i-tahun-2026/"),  # prefix as typed
    ("sop pemutakhiran website", "/sop/001-pemutakhiran-website/"),
]


@pytest.fixture(scope="module")
def search(browser, served):
    """Type into the labelled search box; the result links' paths, best first."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = context.new_page()
    page.goto(served + "/cari/")
    box = page.get_by_label("Kata kunci")  # a real <label>, not a title attribute
    status = page.get_by_role("status")

    def run(query: str) -> list[str]:
        box.fill("")
        page.wait_for_function("() => !document.querySelector('.jumlah-hasil').textContent")
        box.fill(query)
        page.wait_for_function("() => document.querySelector('.jumlah-hasil').textContent", timeout=10000)
        assert status.inner_text()
        hrefs = page.locator(".hasil-cari a").evaluate_all("as => as.map(a => a.href)")
        return [h[len(served):] for h in hrefs]

    yield run
    context.close()


@pytest.mark.parametrize("query,expected", QUERIES, ids=[q for q, _ in QUERIES])
def test_citizen_query_finds_its_page_in_the_top_three(search, query, expected):
    found = search(query)
    assert expected in found[:3], found[:5]


def test_a_page_about_the_word_comes_first(search):
    """Titles are weighted: the page titled with the word outranks pages that mention it."""
    for word in ("keberatan", "beasiswa", "posyandu", "jembatan", "maklumat"):
        found = search(word)
        assert found, word
        slug = found[0].strip("/").rsplit("/", 1)[-1]
        assert word in slug, (word, found[:3])


def test_pemohon_is_not_folded_into_pohon(search):
    found = search("pemohon")
    assert found and not any("pohon" in url for url in found), found


def test_trail_and_navigation_are_not_indexed(browser, served, example):
    _, out, _ = example
    page_html = (out / "berita/2026/pasar-rakyat-niten-selesai-direvitalisasi/index.html").read_text()
    commit = re.search(r"<code>([0-9a-f]{10})</code>", page_html)[1]  # in the trail's folded table
    context = browser.new_context()
    page = context.new_page()
    page.goto(served + "/cari/")
    indexed = page.evaluate("""async () => {
      const pf = await import('../pagefind/pagefind.js');
      const all = await pf.search(null);  // every indexed page
      return Promise.all(all.results.map(r => r.data().then(d => [d.url, d.content])));
    }""")
    context.close()
    assert len(indexed) >= 40
    for url, content in indexed:
        for words in (commit, "Jejak persetujuan", "Rincian teknis", "Langsung ke isi",
                      "Posisi halaman", "Menu utama", "Setiap naskah di situs ini"):
            assert words not in content, (url, words)


def test_index_is_built_without_a_stemmer(example):
    _, out, _ = example
    entry = json.loads((out / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert list(entry["languages"]) == ["und"]  # no language: no Snowball stemmer
    assert not list((out / "pagefind").glob("wasm.id.pagefind"))
