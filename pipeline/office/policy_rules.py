"""What the schema of a policy cannot say: roles exist, steps are numbered in order, a rejection
goes back to an earlier step, office additions name real rules and steps."""

from __future__ import annotations

from pathlib import Path

from pipeline.model.findings import Finding
from pipeline.office.policy_fields import INITIALLING_ACTIONS
from pipeline.office.roster import same_name


def check_policy(rel: str, data: dict, roles: dict, at, errors: list[Finding]) -> None:
    expected_id = Path(rel).stem
    if data.get("id") != expected_id:
        errors.append(at(rel, "konfig.sop-id", {"id": data.get("id"), "berkas": expected_id}, "id"))
    initialling = {s.get("peran") for s in data.get("langkah") or []
                   if s.get("paraf", s.get("aksi") in INITIALLING_ACTIONS)}
    for i, role in enumerate(data.get("penarikan_oleh") or []):
        if role not in roles:
            errors.append(at(rel, "konfig.peran", {"peran": role}, f"penarikan_oleh[{i}]"))
    for role in (data.get("darurat") or {}).get("langkah_minimum") or []:
        if role not in initialling:
            errors.append(at(rel, "konfig.darurat-peran", {"peran": role}, "darurat.langkah_minimum"))
    for pos, step in enumerate(data.get("langkah") or [], start=1):
        where = f"langkah[{pos - 1}]"
        if step.get("nomor") != pos:
            errors.append(at(rel, "konfig.nomor-langkah", {"no": step.get("nomor"), "posisi": pos},
                              where))
        if step.get("peran") not in roles:
            errors.append(at(rel, "konfig.peran", {"peran": step.get("peran")}, where))
        by = (step.get("rekaman") or {}).get("oleh")
        if by is not None and by not in roles:
            errors.append(at(rel, "konfig.peran", {"peran": by}, f"{where}.rekaman.oleh"))
        back = step.get("jika_ditolak")
        if back is not None and not (isinstance(back, int) and 1 <= back < pos):
            errors.append(at(rel, "konfig.kembali", {"ke": back, "maks": pos - 1}, where))


def check_scope(rel: str, index: int, rule: dict, policy_id: str, scope: dict, at) -> list[Finding]:
    """A mapping rule may not send content outside what the SOP says it governs."""
    found = []
    for jenis in rule.get("jenis") or scope["jenis"]:
        if jenis not in scope["jenis"]:
            found.append(at(rel, "konfig.luar-lingkup", {"sop": policy_id, "apa": f"jenis '{jenis}'",
                                                           "lingkup": ", ".join(scope["jenis"])},
                             f"penetapan_sop[{index}].jenis"))
    allowed_units = scope.get("unit") or []
    for unit in (rule.get("unit") or ["*"]) if allowed_units else []:
        if not any(same_name(unit, u) for u in allowed_units):
            found.append(at(rel, "konfig.luar-lingkup", {"sop": policy_id, "apa": f"unit '{unit}'",
                                                           "lingkup": ", ".join(allowed_units)},
                             f"penetapan_sop[{index}].unit"))
    return found




def check_additions(rel: str, data: dict, roles: dict, at, errors: list[Finding]) -> None:
    """Office additions name steps of this SOP; periodic tasks name known roles."""
    numbers = {s.get("nomor") for s in data.get("langkah") or []}
    for i, rule in enumerate(data.get("aturan_kantor") or []):
        for no in rule.get("langkah") or []:
            if not str(no).isdigit() or int(no) not in numbers:
                errors.append(at(rel, "sop.kantor-langkah", {"no": no}, f"aturan_kantor[{i}]"))
    for i, task in enumerate(data.get("tugas_berkala") or []):
        if task.get("peran") not in roles:
            errors.append(at(rel, "konfig.peran", {"peran": task.get("peran")},
                             f"tugas_berkala[{i}]"))
