"""Withdrawing a published item is an official's act, proven from Git history like an initial."""

from __future__ import annotations

import pytest

from pipeline.checks.run import run_check

from ..conftest import EDITOR, OFFICIALS, PRESS_RELEASE, make_site
from .test_trust import REL, _genuine, _key, _signed_paraf

NOW = "2026-11-25T10:00:00+07:00"


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "situs", level="penulis")


def _codes(site):
    result = run_check(site.root)
    return {f.code: f for f in result.findings if f.severity.value == "error"}


def test_withdrawal_typed_by_the_editor_is_refused_then_done_by_the_kabid(site, capsys):
    _genuine(site, capsys)
    text = site.read(REL).replace("status: terbit", "status: ditarik\nalasan_penarikan: Salah\n"
                                  "tanggal_penarikan: 2026-11-21 10:00")
    site.write(REL, text)
    site.commit(REL, "Tarik", who=EDITOR)
    found = _codes(site)
    finding = found.pop("penarikan.bukan-pejabat")
    assert found == {}  # the initials are still current: withdrawal does not touch the hash
    message = finding.message()
    assert finding.line == 5 and "Tim Redaksi <redaksi@bantulkab.go.id>" in message
    assert "Kepala Bidang Pengelolaan Informasi dan Komunikasi Publik" in message

    # Back to published, then the Kabid withdraws it with ppid tarik: accepted.
    site.git("revert", "--no-edit", "HEAD")
    code, out = site.ppid("tarik", REL, "--alasan", "Jadwal dibatalkan PLN", who="agus", when=NOW,
                          capsys=capsys)
    assert code == 0 and "ditarik oleh Drs. Agus Prasetyo, M.Si." in out
    text = site.read(REL)
    assert "status: ditarik\nalasan_penarikan: \"Jadwal dibatalkan PLN\"\n" \
           "tanggal_penarikan: 2026-11-25T10:00:00+07:00\n" in text
    assert site.git("log", "-1", "--format=%an|%s").startswith("Agus Prasetyo|Penarikan informasi")
    assert _codes(site) == {}


def test_who_may_withdraw_follows_the_sop(site, capsys):
    _genuine(site, capsys)
    # Hendro is Kasie Opini: he initials SOP 000 items, not this SOP 001 press release.
    code, out = site.ppid("tarik", REL, "--alasan", "x", who="hendro", when=NOW, capsys=capsys)
    assert code == 2 and "tidak memegang peran yang boleh menarik" in out
    code, out = site.ppid("tarik", REL, "--alasan", "x", when=NOW, capsys=capsys)  # the editor
    assert code == 2 and "redaksi@bantulkab.go.id" in out
    code, out = site.ppid("tarik", REL, "--alasan", " ", who="agus", when=NOW, capsys=capsys)
    assert code == 2 and "alasan penarikan wajib" in out
    # An office may name who withdraws: only the Kepala Dinas, for instance.
    policy = site.root / "approvals/sop/001-pemutakhiran-website.yaml"
    policy.write_text(policy.read_text(encoding="utf-8") + "penarikan_oleh: [kepala-dinas]\n",
                      encoding="utf-8")
    site.git("commit", "-qam", "Penarikan oleh Kepala Dinas", who=OFFICIALS["retno"][:2])
    code, out = site.ppid("tarik", REL, "--alasan", "x", who="agus", when=NOW, capsys=capsys)
    assert code == 2 and "(Kepala Dinas Komunikasi dan Informatika)" in out
    code, out = site.ppid("tarik", REL, "--alasan", "Data keliru", who="retno", when=NOW,
                          capsys=capsys)
    assert code == 0 and _codes(site) == {}
    code, out = site.ppid("tarik", REL, "--alasan", "lagi", who="retno", when=NOW, capsys=capsys)
    assert code == 2 and "hanya naskah berstatus terbit" in out
    policy.write_text(policy.read_text(encoding="utf-8").replace("[kepala-dinas]", "[bupati]"),
                      encoding="utf-8")
    code, out = site.ppid("check", capsys=capsys, when=NOW)
    assert code == 2 and "penarikan_oleh[0]" in out and "bupati" in out


def test_signed_level_needs_a_signed_withdrawal(tmp_path, capsys):
    repo = make_site(tmp_path / "situs", level="tanda-tangan")
    keys = {who: _key(tmp_path, who) for who in ("agus", "dewi")}
    repo.write("approvals/allowed_signers", "".join(
        f'{OFFICIALS[w][1]} namespaces="git" {keys[w][1]}\n' for w in keys))
    repo.git("add", "-A")
    repo.git("commit", "-q", "--amend", "--no-edit", who=("Admin", "admin@bantulkab.go.id"))
    repo.keys = {who: k[0] for who, k in keys.items()}
    repo.write(REL, PRESS_RELEASE)
    repo.commit(REL)
    assert _signed_paraf(repo, capsys, "agus", "kabid")[0] == 0
    assert _signed_paraf(repo, capsys, "dewi", "kasie-informasi",
                         when="2026-11-20T09:52:00+07:00")[0] == 0
    # The Kabid's own identity but no signature: refused at this level.
    repo.write(REL, repo.read(REL).replace("status: terbit", "status: ditarik\n"
                                           "alasan_penarikan: Salah\ntanggal_penarikan: 2026-11-21"))
    repo.commit(REL, "Tarik", who=OFFICIALS["agus"][:2])
    assert set(_codes(repo)) == {"penarikan.tanpa-tanda-tangan"}
    repo.git("revert", "--no-edit", "HEAD")
    code, _ = repo.ppid("tarik", REL, "--alasan", "Salah jadwal", who="agus", when=NOW,
                        capsys=capsys, signing_key=repo.keys["agus"])
    assert code == 0 and _codes(repo) == {}
