"""cli/revisi: `ppid revisi` says which site revision HEAD is and which one is approved."""

from __future__ import annotations

import argparse

import pytest

from pipeline.checks.revisi import head_revision
from pipeline.cli.revisi import cmd_revisi
from pipeline.i18n.messages import t
from pipeline.model.errors import UsageError

from ..conftest import make_site


def _words(text: str) -> str:
    return " ".join(text.split())  # Rich wraps long lines at the terminal's width


def _args(root, **given) -> argparse.Namespace:
    return argparse.Namespace(**{"akar": str(root), "digest": False, "commit": False,
                                 "strict": False, **given})


def test_digest_prints_heads_revision_and_needs_git(tmp_path, capsys):
    repo = make_site(tmp_path / "s", level="nama")
    assert cmd_revisi(_args(repo.root, digest=True)) == 0
    assert capsys.readouterr().out.strip() == head_revision(repo.root)[1]
    (tmp_path / "bukan").mkdir()
    with pytest.raises(UsageError):
        cmd_revisi(_args(tmp_path / "bukan", digest=True))


def test_an_office_without_sop_004_b_has_nothing_to_compare(tmp_path, capsys):
    repo = make_site(tmp_path / "s", level="nama")
    assert cmd_revisi(_args(repo.root)) == 0
    assert _words(capsys.readouterr().out) == _words(t("revisi.tidak-berlaku"))


def test_without_an_approved_revision_there_is_no_commit_to_install_from(tmp_path, capsys):
    repo = make_site(tmp_path / "s", level="nama", revisi=True)
    assert cmd_revisi(_args(repo.root, commit=True)) == 1
    out = capsys.readouterr().out
    assert _words(t("revisi.tidak-ada-commit")) in _words(out)
    assert repo.git("rev-parse", "HEAD").strip() not in out
    assert cmd_revisi(_args(repo.root)) == 1  # HEAD's revision is not the approved one
