"""checks/rejection: each SOP's "Tidak" branch, proven from a real history (issue #15).

After a `tolak`, every initial from the step the policy names must be made again, after the
rejection, whether or not the text changed; messages name the role and the person who must act.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from pipeline.actions.paraf import entry_line, set_paraf_entry
from pipeline.checks.document import check_approvals
from pipeline.checks.rejection import check_rejections
from pipeline.git.log import load_history
from pipeline.model.dates import parse_datetime
from pipeline.model.reader import load_corpus, load_document
from pipeline.office.policy import load_approvals

from ..conftest import make_site

NOW = parse_datetime("2026-11-21T12:00:00+07:00")
# roster id -> (git name, e-mail, name as initialled)
PEOPLE = {
    "retno": ("Retno Widyastuti", "retno.widyastuti@bantulkab.go.id", "Dr. Retno Widyastuti, M.T."),
    "agus": ("Agus Prasetyo", "agus.prasetyo@bantulkab.go.id", "Drs. Agus Prasetyo, M.Si."),
    "dewi": ("Dewi Lestari", "dewi.lestari@bantulkab.go.id", "Dewi Lestari, S.Sos."),
    "hendro": ("Hendro Wibowo", "hendro.wibowo@bantulkab.go.id", "Hendro Wibowo, S.IP."),
    "nuraini": ("Nur Aini", "nur.aini@bantulkab.go.id", "Nur Aini, S.Kom."),
    "bagus": ("Bagus Santoso", "bagus.santoso@bantulkab.go.id", "Bagus Santoso, S.STP., M.Si."),
    "wahyu": ("Wahyu Hidayat", "wahyu.hidayat@bunder.desa.id", "Wahyu Hidayat"),
    "suparno": ("Suparno", "carik@bunder.desa.id", "Suparno, S.Pd."),
}


def item(jenis: str, unit: str, folder: str = "berita") -> tuple[str, str]:
    rel = f"content/{folder}/2026-11-20-uji-{jenis}-{unit.split()[-1].lower()}.md"
    text = f"""---
title: Uji Penolakan {jenis}
date: 2026-11-20 09:00
jenis: {jenis}
status: terbit
ringkasan: Naskah uji cabang Tidak.
unit: {unit}
---

Isi naskah uji.
"""
    return rel, text


def initial(repo, rel: str, role: str, who: str, when: str, keputusan: str = "setuju") -> None:
    """The official writes and commits their own initial line, as `ppid paraf` does."""
    doc = load_document(repo.root, repo.root / rel)
    entry = {"nama": PEOPLE[who][2], "tanggal": when, "keputusan": keputusan}
    if keputusan == "tolak":
        entry["catatan"] = "Perbaiki angka."
    entry["sha256"] = doc.content_hash
    repo.write(rel, set_paraf_entry(repo.read(rel), role, entry_line(role, entry)))
    repo.commit(rel, f"Paraf {role} ({keputusan})", who=PEOPLE[who][:2])


def judge(repo) -> list:
    return check_rejections(load_corpus(repo.root), load_approvals(repo.root),
                            load_history(repo.root, use_cache=False), NOW)


# (jenis, unit, folder, chain [(role, who)], rejecting index, roles that must initial again,
#  whether the SOP's rejection branch is an office addition)
CASES = [
    ("siaran-pers", "Diskominfo", "berita", [("kabid", "agus"), ("kasie-informasi", "dewi")],
     1, ["kabid"], False),  # SOP 001 step 3 "Tidak" -> step 1
    ("pengumuman", "Dinas Pertanian", "berita",
     [("kepala-dinas", "retno"), ("kabid", "agus"), ("kasie-opini", "hendro")], 2,
     ["kepala-dinas", "kabid"], True),  # SOP 000: no decision in the seed -> office rule
    ("siaran-pers", "Sekretariat Daerah", "berita",
     [("ketua-tim-setda", "nuraini"), ("kepala-bagian-setda", "bagus")], 1,
     ["ketua-tim-setda"], True),  # SOP 002 step 3: office rule (the seed shows step 2's only)
    ("siaran-pers", "Kalurahan Bunder", "berita",
     [("seksi-data-bunder", "wahyu"), ("ketua-ppid-bunder", "suparno")], 1,
     ["seksi-data-bunder"], False),  # SOP 003 step 6 "Tidak" -> step 3 (the admin)
    ("evaluasi-semester", "Diskominfo", "evaluasi",
     [("koordinator", "agus"), ("kepala-dinas", "retno")], 1, ["koordinator"], True),
]


@pytest.mark.parametrize("jenis,unit,folder,chain,rejecting,again,office", CASES,
                         ids=["sop001", "sop000", "sop002", "sop003", "sop004c1"])
def test_a_rejection_restarts_the_chain_from_the_sops_target(tmp_path, jenis, unit, folder, chain,
                                                             rejecting, again, office):
    repo = make_site(tmp_path / "s", level="penulis")
    rel, text = item(jenis, unit, folder)
    if jenis == "evaluasi-semester":
        text = text.replace("unit: Diskominfo", 'unit: Diskominfo\nperiode: "2026-S1"')
    repo.write(rel, text)
    repo.commit(rel)
    for i, (role, who) in enumerate(chain[:rejecting]):
        initial(repo, rel, role, who, f"2026-11-20T10:0{i}:00+07:00")
    role, who = chain[rejecting]
    initial(repo, rel, role, who, "2026-11-20T11:00:00+07:00", "tolak")
    # While rejected, the per-item message names who initials next, by name.
    doc = load_document(repo.root, repo.root / rel)
    (rejected,) = [f for f in check_approvals(doc, load_approvals(repo.root), NOW)
                   if f.code == "paraf.ditolak-kembali"]
    first = chain[[r for r, _ in chain].index(again[0])]
    assert rejected.params["lanjut_nama"] == PEOPLE[first[1]][2]
    assert rejected.params["lanjut_peran"] != f"langkah {rejected.params['kembali_ke']}"
    assert bool(rejected.params["kantor"]) is office
    # The same official switches to `setuju` on unchanged text: the earlier initials are stale.
    initial(repo, rel, role, who, "2026-11-20T11:30:00+07:00")
    found = judge(repo)
    assert sorted(f.field for f in found) == sorted(f"paraf.{r}" for r in again)
    for f in found:
        assert f.code == "paraf.sebelum-tolak"
        holder = chain[[r for r, _ in chain].index(f.field.split(".", 1)[1])][1]
        assert f.params["pejabat"] == PEOPLE[holder][2]  # the person, not just "langkah 1"
        assert f.params["penolak"] == PEOPLE[who][2]
        assert isinstance(f.params["tanggal_tolak"], datetime)
        assert bool(f.params["kantor"]) is office
    # A fresh chain in order after the rejection clears it.
    for i, (r, w) in enumerate(chain):
        initial(repo, rel, r, w, f"2026-11-20T12:0{i}:00+07:00")
    assert judge(repo) == []


def test_a_single_step_chain_restarts_with_the_same_person(tmp_path):
    """SOP 004's only initialling step: after its own rejection, its fresh initial is the chain."""
    repo = make_site(tmp_path / "s", level="penulis")
    rel, text = item("informasi-publik", "Diskominfo", "informasi")
    repo.write(rel, text)
    repo.commit(rel)
    initial(repo, rel, "sub-koordinator", "dewi", "2026-11-20T10:00:00+07:00", "tolak")
    initial(repo, rel, "sub-koordinator", "dewi", "2026-11-20T10:30:00+07:00")
    assert judge(repo) == []


def test_the_cli_refuses_the_same_person_reapproval_and_names_the_kabid(tmp_path, capsys):
    repo = make_site(tmp_path / "s", level="penulis")
    rel, text = item("siaran-pers", "Diskominfo")
    repo.write(rel, text.replace("unit: Diskominfo", "unit: Diskominfo\njenis_berita: Kegiatan\n"
                                 "nomor_urut: 3\nklasifikasi: \"400.14.4.3\""))
    repo.commit(rel)
    initial(repo, rel, "kabid", "agus", "2026-11-20T10:00:00+07:00")
    initial(repo, rel, "kasie-informasi", "dewi", "2026-11-20T10:10:00+07:00", "tolak")
    initial(repo, rel, "kasie-informasi", "dewi", "2026-11-20T10:20:00+07:00")
    code, out = repo.ppid("periksa", rel, capsys=capsys, when="2026-11-21T09:00:00+07:00")
    assert code == 1
    assert "paraf.sebelum-tolak" in out and "Drs. Agus Prasetyo, M.Si." in out
    assert "--peran kabid" in out


def test_periksa_explains_that_emergency_publication_is_an_office_addition(site, capsys):
    from ..conftest import PRESS_RELEASE

    rel = "content/berita/2026-11-20-banjir.md"
    site.write(rel, PRESS_RELEASE.replace("paraf: {}", 'darurat: {alasan: "Banjir", '
                                          'oleh: "Drs. Agus Prasetyo, M.Si.", '
                                          'tanggal: 2026-11-20 09:00}\nparaf: {}'))
    site.approve(rel, [("kabid", "agus", "2026-11-20T09:10:00+07:00")])
    code, out = site.ppid("periksa", rel, capsys=capsys, when="2026-11-20T10:00:00+07:00")
    assert "[sop.darurat-kantor]" in out
    assert "aturan tambahan kantor, bukan bagian SOP Pemutakhiran Website" in " ".join(out.split())
