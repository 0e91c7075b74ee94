"""checks/archive: classification codes and archive numbers on one item, and one number forever."""

from __future__ import annotations

import pytest

from pipeline.checks.archive import check_document, check_unique
from pipeline.git.log import load_history
from pipeline.model.findings import Severity
from pipeline.model.reader import load_corpus, load_document
from pipeline.office.config import OfficeConfig
from pipeline.office.policy import load_approvals

from ..conftest import PRESS_RELEASE, make_site

REL = "content/berita/2026-11-20-jembatan.md"


@pytest.fixture
def repo(tmp_path):
    return make_site(tmp_path / "s", level="penulis")


def _check(repo, text, settings=None):
    repo.write(REL, text)
    approvals = load_approvals(repo.root)
    doc = load_document(repo.root, repo.root / REL)
    return check_document(doc, settings or approvals.settings, approvals.classification)


def _numbered(number: str, code: str = "400.14.4.3") -> str:
    return PRESS_RELEASE.replace('klasifikasi: "400.14.4.3"',
                                 f'klasifikasi: "{code}"\nnomor_arsip: "{number}"')


def test_a_number_in_the_offices_format_passes(repo):
    assert _check(repo, _numbered("400.14.4.3/0001/Diskominfo/2026")) == []


def test_a_number_off_format_shows_the_format_and_an_example(repo):
    (finding,) = _check(repo, _numbered("400.14.4.3-1-2026"))
    assert finding.code == "arsip.format" and finding.field == "nomor_arsip" and finding.line == 11
    assert finding.params["contoh"] == "400.14.4.3/0001/Diskominfo/2026"
    # The format is the office's: with its own format the same number is right.
    own = OfficeConfig.from_dict({"format_nomor_arsip": "{klasifikasi}-{urut}-{tahun}"})
    assert _check(repo, _numbered("400.14.4.3-1-2026"), own) == []


def test_unknown_and_malformed_classification_codes(repo):
    (top,) = _check(repo, PRESS_RELEASE.replace("400.14.4.3", "999.9"))
    assert (top.code, top.severity, top.params["pokok"]) == ("arsip.klasifikasi-pokok",
                                                             Severity.ERROR, "999")
    assert top.field == "klasifikasi" and top.line == 10
    # Under a subtree the table lists completely (400.14): an unknown code is an error.
    (unknown,) = _check(repo, PRESS_RELEASE.replace("400.14.4.3", "400.14.99"))
    assert unknown.code == "arsip.klasifikasi-tak-dikenal" and unknown.params["induk"] == "400.14"
    # Elsewhere the table may be incomplete: only a warning.
    (outside,) = _check(repo, PRESS_RELEASE.replace("400.14.4.3", "400.99.99"))
    assert (outside.code, outside.severity) == ("arsip.klasifikasi-luar-tabel", Severity.WARNING)


def test_one_number_two_files_now_and_ever(repo):
    number = "400.14.4.3/0001/Diskominfo/2026"
    repo.write(REL, _numbered(number))
    repo.commit(REL)
    other = "content/berita/2026-11-21-lain.md"
    repo.write(other, _numbered(number).replace("nomor_urut: 12", "nomor_urut: 13"))
    docs = load_corpus(repo.root)
    (twice,) = check_unique(docs, None)
    assert twice.code == "arsip.ganda" and {twice.path, twice.params["lain"]} == {REL, other}
    # The first file is deleted: its number was used once and stays used.
    repo.git("rm", "-q", REL)
    repo.git("commit", "-q", "-m", "Hapus")
    repo.commit(other)
    (ever,) = check_unique(load_corpus(repo.root), load_history(repo.root, use_cache=False))
    assert ever.code == "arsip.dipakai" and ever.params["berkas"] == REL and ever.path == other
    assert len(ever.params["commit"]) == 10
