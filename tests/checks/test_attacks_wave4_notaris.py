"""Wave-4 adversarial review of notarised initials (issue #12): both holes fixed in actions/notaris.py.

Anyone with push access can start the notary: notaris.yml runs on `workflow_run` of any
workflow named "Ulasan (rekam)" on any branch, and the artifact only names a review, which the
notary fetches from the forge. So any past review of any official can be played again.
"""

from __future__ import annotations

from pipeline.model.reader import load_document

from ..actions.test_notaris import REL, _errors, office

__all__ = ["office"]


def test_an_older_approval_cannot_replace_a_later_rejection(office):
    reviewed = office.head()
    assert office.review(81, "agus-bantul", "CHANGES_REQUESTED", commit=reviewed,
                         body="Foto belum ada.", submitted="2026-11-20T04:00:00Z")[0] == 0
    office.pull()
    assert load_document(office.site.root, office.site.root / REL).paraf["kabid"][
        "keputusan"] == "tolak"
    # Review 80 (10.00 WIB, before the rejection) is named by an artifact of the attacker's
    # own workflow called "Ulasan (rekam)".
    code, _, pushed = office.review(80, "agus-bantul", "APPROVED", commit=reviewed)
    office.pull()
    entry = load_document(office.site.root, office.site.root / REL).paraf["kabid"]
    assert (code != 0 and not pushed) or entry["keputusan"] == "tolak" or \
        _errors(office.site, "paraf.kabid")


def test_a_later_request_for_changes_is_not_silently_ignored(office):
    assert office.review(80, "agus-bantul", "APPROVED")[0] == 0
    code, summary, pushed = office.review(81, "agus-bantul", "CHANGES_REQUESTED",
                                          body="Foto belum ada.",
                                          submitted="2026-11-20T04:00:00Z")
    office.pull()
    entry = load_document(office.site.root, office.site.root / REL).paraf["kabid"]
    assert entry["keputusan"] == "tolak" or code != 0
