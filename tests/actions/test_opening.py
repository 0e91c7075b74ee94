"""The opening every action shares: the content/ guard holds for `share --tautan` too."""

from __future__ import annotations

from ..conftest import PRESS_RELEASE


def test_share_refuses_a_file_outside_content(site, capsys):
    outside = "approvals/catatan.md"
    site.write(outside, PRESS_RELEASE)
    site.commit(outside, "Catatan")
    before = site.git("rev-parse", "HEAD")
    code, out = site.ppid("share", outside, "--tautan", "instagram",
                          "https://www.instagram.com/p/DBantul123/", capsys=capsys)
    assert code == 2 and "tidak berada di bawah content/" in out
    assert site.git("rev-parse", "HEAD") == before  # nothing committed on anyone's behalf
