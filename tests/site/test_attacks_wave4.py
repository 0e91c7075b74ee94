"""Wave-4 adversarial review, build level: what Pelican reads must be what the check judged.

Pelican ships readers for .mkd/.mdown (Markdown), .html/.htm and .rst. The check reads only .md
and .markdown, so a file with another extension in an article or page folder was read by
Pelican alone: with enough metadata a page nobody approved, otherwise a build that fails for
everyone (anyone with push access could stop publishing with a warning-level finding).
"""

from __future__ import annotations

import pytest

from ..conftest import make_site

FAKE = {
    "mkd": "Title: Halaman Palsu\nDate: 2026-11-20 10:00\nSlug: palsu-mkd\n\nISI PALSU mkd\n",
    "mdown": "Title: Halaman Palsu\nDate: 2026-11-20 10:00\nSlug: palsu-mdown\n\nISI PALSU mdown\n",
    "html": "<html><head><title>Palsu</title><meta name='date' content='2026-11-20'>"
            "</head><body>ISI PALSU html<script>x()</script></body></html>\n",
    "htm": "<html><head><title>Palsu htm</title></head><body>ISI PALSU htm</body></html>\n",
    "rst": "Palsu\n#####\n\n:date: 2026-11-20 10:00\n:slug: palsu-rst\n\nISI PALSU rst\n",
}


@pytest.mark.parametrize("folder", ["berita", "informasi"])
def test_files_only_pelican_could_read_never_reach_the_site(tmp_path, capsys, folder):
    site = make_site(tmp_path / "situs")
    for ext, text in FAKE.items():
        site.write(f"content/{folder}/palsu.{ext}", text)
    site.git("add", "-A")
    site.git("commit", "-qm", "Halaman", who=("Penyusup", "penyusup@contoh.net"))
    code, out = site.ppid("check", capsys=capsys)
    assert code == 0 and out.count("berkas.tak-dirujuk") == len(FAKE)  # named, never copied
    code, out = site.ppid("build", capsys=capsys)
    assert code == 0, out
    output = site.root / "output"
    leaked = [p for p in output.rglob("*") if p.is_file()
              and b"ISI PALSU" in p.read_bytes()]
    assert leaked == []
    assert not any("palsu" in p.name for p in output.rglob("*"))


def test_a_module_committed_at_the_repository_root_never_runs_in_the_build(tmp_path, capsys):
    """`python -m pagefind` with the repository as working folder imported a committed
    `pagefind.py` (a path no check judges) inside the publishing build, before the manifest."""
    site = make_site(tmp_path / "situs")
    marker = tmp_path / "dijalankan"
    site.write("pagefind.py", f"open({str(marker)!r}, 'w').write('x')\n")
    site.write("pagefind/__init__.py", f"open({str(marker)!r}, 'w').write('x')\n")
    site.git("add", "-A")
    site.git("commit", "-qm", "Alat", who=("Penyusup", "penyusup@contoh.net"))
    code, out = site.ppid("build", capsys=capsys)
    assert code == 0, out
    assert not marker.exists()
    assert (site.root / "output/pagefind/pagefind.js").is_file()  # the real Pagefind ran
