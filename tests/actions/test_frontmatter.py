"""actions/frontmatter: editing front matter as lines, every other byte kept."""

from __future__ import annotations

from pipeline.actions.frontmatter import FrontMatter

TEXT = ("---\ntitle: A\n# catatan untuk status\nstatus: terbit\nparaf:\n  kabid: {nama: X}\n\n"
        "  # komentar dalam blok\n  kasie: {nama: Y}\n\n# berikutnya\ntags: [a]\n---\n\nIsi.\n")


def test_find_value_and_block_end_around_comments_and_blanks():
    fm = FrontMatter(TEXT)
    assert fm.start == 1 and fm.lines[fm.end] == "---"
    at = fm.find("paraf")
    assert fm.value(fm.find("status")) == "terbit" and fm.find("kabid") is None  # top level only
    # The blank line and the column-0 comment before `tags` belong to `tags`.
    assert fm.lines[fm.block_end(at)] == ""
    assert fm.lines[fm.block_end(at) - 1] == "  kasie: {nama: Y}"
    assert fm.lines[fm.block_end(at, keep_blank_tail=True)] == "tags: [a]"


def test_replace_insert_remove_keep_every_other_line():
    fm = FrontMatter(TEXT)
    at = fm.find("status")
    fm.replace(at, at + 1, ["status: ditarik", "alasan_penarikan: \"x\""])
    fm.insert(fm.end, ["nomor_arsip: \"1\""])
    fm.remove("tags")
    fm.remove("tidak-ada")
    out = fm.text()
    assert out == TEXT.replace("status: terbit\n", "status: ditarik\nalasan_penarikan: \"x\"\n") \
        .replace("# berikutnya\ntags: [a]\n", "# berikutnya\nnomor_arsip: \"1\"\n")


def test_crlf_files_stay_crlf_and_a_bom_is_kept():
    text = "\ufeff---\r\ntitle: A\r\nstatus: draf\r\n---\r\nIsi\r\n"
    fm = FrontMatter(text)
    fm.replace(fm.find("status"), fm.find("status") + 1, ["status: terbit"])
    assert fm.text() == text.replace("draf", "terbit")


def test_a_plain_yaml_plan_is_all_front_matter():
    fm = FrontMatter("title: Rencana\nkonten: []\n")
    assert (fm.start, fm.end) == (0, 2)
    fm.insert(fm.end, ["paraf: {}"])
    assert fm.text() == "title: Rencana\nkonten: []\nparaf: {}\n"
