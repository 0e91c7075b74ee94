"""checks/records and `ppid catat`: the records of steps that leave no initial (issue #15)."""

from __future__ import annotations

from pipeline.checks import records
from pipeline.git.log import load_history
from pipeline.model.findings import Severity
from pipeline.model.reader import load_corpus, load_document
from pipeline.office.policy import load_approvals

from ..conftest import OFFICIALS, PRESS_RELEASE, make_site

NEW = "content/berita/2026-11-29-jembatan.md"
OLD = "content/berita/2026-11-20-jembatan.md"
NEW_TEXT = PRESS_RELEASE.replace("date: 2026-11-20 09:00", "date: 2026-11-29 09:00")


def _doc(repo, rel):
    return load_document(repo.root, repo.root / rel)


def _codes(found):
    return sorted((f.code, f.severity) for f in found)


def test_new_items_need_the_multimedia_evidence_and_the_kasies_yes_older_ones_do_not(tmp_path):
    repo = make_site(tmp_path / "s")
    repo.write(NEW, NEW_TEXT)
    repo.write(OLD, PRESS_RELEASE)
    approvals = load_approvals(repo.root)
    found = records.check_document(_doc(repo, NEW), approvals)
    assert _codes(found) == [("catatan.kurang", Severity.ERROR),
                             ("langkah.isian-sejak", Severity.ERROR)]
    missing = next(f for f in found if f.code == "catatan.kurang")
    assert "Kepala Seksi Pengelolaan Informasi" in missing.params["peran_nama"]
    assert missing.params["no"] == 1 and "--langkah 1" in missing.message()
    assert records.check_document(_doc(repo, OLD), approvals) == []


def _with_record(text: str, line: str) -> str:
    return text.replace("paraf: {}", f"catatan_langkah:\n  {line}\nparaf: {{}}")


def test_a_record_by_the_wrong_role_or_person_is_named(tmp_path):
    repo = make_site(tmp_path / "s")
    approvals = load_approvals(repo.root)
    wrong_role = ('langkah-1: {peran: "kabid", nama: "Drs. Agus Prasetyo, M.Si.", '
                  'tanggal: 2026-11-29T09:30:00+07:00, keputusan: ya}')
    repo.write(NEW, _with_record(NEW_TEXT, wrong_role))
    (finding,) = [f for f in records.check_document(_doc(repo, NEW), approvals)
                  if f.code.startswith("catatan.")]
    assert finding.code == "catatan.peran-salah" and finding.severity is Severity.ERROR
    assert "Kepala Bidang" in finding.params["ditulis"]
    assert "Kepala Seksi Pengelolaan Informasi" in finding.message()
    wrong_person = wrong_role.replace('"kabid"', '"kasie-informasi"')
    repo.write(NEW, _with_record(NEW_TEXT, wrong_person))
    (finding,) = [f for f in records.check_document(_doc(repo, NEW), approvals)
                  if f.code.startswith("catatan.")]
    assert finding.code == "catatan.bukan-pejabat"
    assert finding.params["pejabat"] == "Dewi Lestari, S.Sos."
    no = wrong_person.replace("keputusan: ya", "keputusan: tidak").replace(
        "Drs. Agus Prasetyo, M.Si.", "Dewi Lestari, S.Sos.")
    repo.write(NEW, _with_record(NEW_TEXT, no))
    codes = [f.code for f in records.check_document(_doc(repo, NEW), approvals)]
    assert "catatan.tidak" in codes


def test_videotron_entries_need_place_and_slot(tmp_path):
    repo = make_site(tmp_path / "s")
    text = PRESS_RELEASE.replace("paraf: {}", "distribusi:\n  - {platform: videotron, "
                                 "lokasi: \"Simpang Klodran\", tanggal: 2026-11-21T07:00:00+07:00}\n"
                                 "paraf: {}")
    repo.write(OLD, text)
    (finding,) = records.check_document(_doc(repo, OLD), load_approvals(repo.root))
    assert finding.code == "distribusi.isian" and finding.params["isian"] == "slot"


def test_ppid_catat_writes_the_kasies_record_and_refuses_another_role(tmp_path, capsys):
    repo = make_site(tmp_path / "s", level="penulis")
    repo.write(NEW, NEW_TEXT)
    repo.commit(NEW)
    code, out = repo.ppid("catat", NEW, "--langkah", "1", "--keputusan", "ya", who="agus",
                          capsys=capsys, when="2026-11-29T09:30:00+07:00")
    assert code == 2 and "Dewi Lestari, S.Sos." in out  # who records it, by name
    code, out = repo.ppid("catat", NEW, "--langkah", "1", who="dewi", capsys=capsys,
                          when="2026-11-29T09:31:00+07:00")
    assert code == 2 and "keputusan" in out  # the YA/TIDAK is the record's point
    code, out = repo.ppid("catat", NEW, "--langkah", "1", "--keputusan", "ya", who="dewi",
                          capsys=capsys, when="2026-11-29T09:32:00+07:00")
    assert code == 0, out
    entry = _doc(repo, NEW).meta["catatan_langkah"]["langkah-1"]
    assert entry["peran"] == "kasie-informasi" and entry["keputusan"] == "ya"
    assert entry["nama"] == OFFICIALS["dewi"][2]
    found, signed = records.check_history(load_corpus(repo.root), load_approvals(repo.root),
                                          load_history(repo.root, use_cache=False))
    assert found == [] and [s.email for s in signed] == [OFFICIALS["dewi"][1]]
    code, out = repo.ppid("catat", NEW, "--langkah", "2", who="dewi", capsys=capsys,
                          when="2026-11-29T09:33:00+07:00")
    assert code == 2 and "langkah yang dicatat: 1" in out


def test_a_record_written_by_another_hand_is_refused(tmp_path):
    repo = make_site(tmp_path / "s", level="penulis")
    line = ('langkah-1: {peran: "kasie-informasi", nama: "Dewi Lestari, S.Sos.", '
            'tanggal: 2026-11-29T09:30:00+07:00, keputusan: ya}')
    repo.write(NEW, _with_record(NEW_TEXT, line))
    repo.commit(NEW)  # the editor typed the Kasie's record
    found, signed = records.check_history(load_corpus(repo.root), load_approvals(repo.root),
                                          load_history(repo.root, use_cache=False))
    (finding,) = found
    assert finding.code == "catatan.bukan-penulis" and finding.params["penulis"] == "Tim Redaksi"
    assert signed == []


def test_record_time_is_the_records_or_the_first_showings_time(tmp_path):
    from pipeline.model.dates import parse_datetime

    repo = make_site(tmp_path / "s")
    text = _with_record(NEW_TEXT, 'langkah-1: {peran: "kasie-informasi", nama: "Dewi Lestari, '
                        'S.Sos.", tanggal: 2026-11-29T09:30:00+07:00, keputusan: ya}').replace(
        "paraf: {}", "distribusi:\n  - {platform: instagram, tautan: \"https://www.instagram.com/p/x/\","
        " tanggal: 2026-11-29T11:00:00+07:00}\nparaf: {}")
    repo.write(NEW, text)
    policy = load_approvals(repo.root).policies["001-pemutakhiran-website"]
    doc = _doc(repo, NEW)
    assert records.record_time(doc, policy.step(1)) == parse_datetime("2026-11-29T09:30:00+07:00")
    assert records.record_time(doc, policy.step(4)) == parse_datetime("2026-11-29T11:00:00+07:00")
    assert records.record_time(doc, policy.step(2)) is None
