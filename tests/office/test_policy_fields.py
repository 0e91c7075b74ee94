"""office/policy_fields: the approvals/ schema declares the issue #15 vocabulary."""

from __future__ import annotations

from pipeline.office.policy_fields import (
    OFFICE_RULES,
    PERIODIC_EVIDENCE,
    POLICY_FIELDS,
    RECORD_KEYS,
    STEP_FIELDS,
)


def test_steps_declare_rejection_records_and_dated_requirements():
    names = {f.name for f in STEP_FIELDS}
    assert {"jika_ditolak", "rekaman", "wajib_sejak"} <= names
    rekaman = next(f for f in STEP_FIELDS if f.name == "rekaman")
    assert next(f for f in rekaman.fields if f.name == "sejak").required  # never retroactive
    assert next(f for f in rekaman.fields if f.name == "isian").choices == RECORD_KEYS


def test_periodic_tasks_and_office_additions_are_declared():
    fields = {f.name: f for f in POLICY_FIELDS}
    task = {f.name: f for f in fields["tugas_berkala"].fields}
    assert task["bukti"].choices == PERIODIC_EVIDENCE and not task["bukti"].required
    rule = {f.name: f for f in fields["aturan_kantor"].fields}
    assert rule["aturan"].choices == OFFICE_RULES and rule["alasan"].required
