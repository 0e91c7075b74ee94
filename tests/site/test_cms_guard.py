"""site/cms_guard: a CMS save keeps every review line of the version it edited, byte for byte."""

from __future__ import annotations

from pipeline.site.cms_guard import blocks, restore

OLD = ("---\ntitle: Jembatan\nstatus: terbit\nnomor_arsip: \"400/0001/Diskominfo/2026\"\n"
       "paraf:\n  kabid: {nama: \"Agus\", tanggal: 2026-11-20T09:00:00+07:00, keputusan: setuju, "
       "sha256: \"abc\"}\n---\n\nIsi lama.\n")


def test_a_reformatted_or_forged_initial_goes_back_to_the_original_lines():
    # Decap re-serialises: other quoting, a block style, and a forged second initial.
    new = ("---\ntitle: Jembatan Baru\nstatus: terbit\nnomor_arsip: 400/0002/Diskominfo/2026\n"
           "paraf:\n  kabid:\n    nama: Agus\n    keputusan: setuju\n"
           "  kasie-informasi: {nama: Palsu, keputusan: setuju}\n---\n\nIsi baru.\n")
    out = restore(new, OLD)
    assert "title: Jembatan Baru\n" in out and out.endswith("\n---\n\nIsi baru.\n")
    assert 'nomor_arsip: "400/0001/Diskominfo/2026"\n' in out and "Palsu" not in out
    assert ('paraf:\n  kabid: {nama: "Agus", tanggal: 2026-11-20T09:00:00+07:00, keputusan: '
            'setuju, sha256: "abc"}\n') in out


def test_a_new_file_can_carry_no_review_key():
    new = "---\ntitle: Baru\nstatus: draf\nparaf:\n  kabid: {nama: X}\ndistribusi: []\n---\nIsi\n"
    assert restore(new, None) == "---\ntitle: Baru\nstatus: draf\n---\nIsi\n"


def test_a_withdrawn_item_stays_withdrawn_in_its_place():
    old = OLD.replace("status: terbit", "jenis: siaran-pers\nstatus: ditarik\n"
                                        "alasan_penarikan: \"Keliru\"")
    new = "---\ntitle: Jembatan\njenis: siaran-pers\nstatus: terbit\n---\nIsi\n"
    out = restore(new, old)
    assert out.startswith("---\ntitle: Jembatan\njenis: siaran-pers\nstatus: ditarik\n")
    assert 'alasan_penarikan: "Keliru"\n' in out and "status: terbit" not in out


def test_blocks_keep_indented_list_and_comment_lines_with_their_key():
    lines = ["# awal\n", "a: 1\n", "b:\n", "  - x\n", "# catatan\n", "\n", "c: 2\n"]
    assert blocks(lines) == [(None, ["# awal\n"]), ("a", ["a: 1\n"]),
                             ("b", ["b:\n", "  - x\n", "# catatan\n", "\n"]), ("c", ["c: 2\n"])]
