"""Every check `ppid periksa` runs, registered here in run order (see checks/registry.py).

Adding a check: its function in the checks/ module of its concern, one `register(...)` below
(kind: one item, every item, or the history; advice if --strict must never promote it), a test.
"""

from __future__ import annotations

from pipeline.checks import (
    archive,
    cms,
    field_values,
    files,
    periodic,
    privacy,
    records,
    rencana,
    revisi,
    tema,
)
from pipeline.checks.chain import walk
from pipeline.checks.chain_findings import config_advice, linked_approvals, uncommitted_approvals
from pipeline.checks.document import (
    check_approvals,
    check_scheduled,
    check_unique_sequence,
    check_unique_urls,
)
from pipeline.checks.registry import Check, Context, Kind, errored_fields, register
from pipeline.checks.rejection import check_rejections
from pipeline.checks.trust import check_history
from pipeline.checks.wewenang import check_authority
from pipeline.model import markup, schema
from pipeline.model.document import Document
from pipeline.model.findings import Finding
from pipeline.office.config import TrustLevel

DOCUMENT, CORPUS, HISTORY = Kind.DOCUMENT, Kind.CORPUS, Kind.HISTORY


# -- one item -----------------------------------------------------------------------------------

def _schema(doc: Document, ctx: Context, found: list[Finding]) -> list[Finding]:
    return schema.validate(doc.rel, doc.meta, doc.line_of)


def _archive(doc: Document, ctx: Context, found: list[Finding]) -> list[Finding]:
    a = ctx.approvals
    if not a.classification or errored_fields(found) & {"klasifikasi", "nomor_arsip"}:
        return []
    return archive.check_document(doc, a.settings, a.classification)


def _initials(doc: Document, ctx: Context, found: list[Finding]) -> list[Finding]:
    # Initials can only be judged on a document whose identity and initials parse.
    if not doc.publishable or errored_fields(found) & {"jenis", "date", "paraf", "status"}:
        return []
    return check_approvals(doc, ctx.approvals, ctx.when)


register(Check("schema", DOCUMENT, _schema))
register(Check("archive", DOCUMENT, _archive))
register(Check("privacy", DOCUMENT, lambda doc, ctx, found: privacy.check_document(
    doc, ctx.approvals.settings, ctx.approvals.root)))
register(Check("markup", DOCUMENT, lambda doc, ctx, found: markup.check_document(
    doc, ctx.approvals.settings.video_providers)))
register(Check("files", DOCUMENT, lambda doc, ctx, found: files.check_document(
    doc, ctx.approvals.root, ctx.approvals.settings)))
register(Check("initials", DOCUMENT, _initials))
register(Check("step-records", DOCUMENT, lambda doc, ctx, found: [] if errored_fields(found) & {
    "jenis", "date", "catatan_langkah"} else records.check_document(doc, ctx.approvals)))
register(Check("scheduled", DOCUMENT, lambda doc, ctx, found: check_scheduled(doc, ctx.when),
               advice=True))
# Values outside the lists the CMS offers (unit_kerja, jenis_berita): warnings (issue #18).
register(Check("choices", DOCUMENT, lambda doc, ctx, found: [] if errored_fields(found) & {
    "jenis"} else cms.check_choices(doc, ctx.approvals.settings.units)))

# -- every item ---------------------------------------------------------------------------------

register(Check("approvals", CORPUS, lambda ctx: list(ctx.approvals.warnings)))
register(Check("unique-urls", CORPUS, lambda ctx: check_unique_urls(ctx.documents)))
register(Check("unique-sequence", CORPUS, lambda ctx: check_unique_sequence(ctx.documents)))
register(Check("file-tree", CORPUS, lambda ctx: files.check_tree(ctx.approvals.root,
                                                                  ctx.documents)))
register(Check("plans", CORPUS, lambda ctx: rencana.check_corpus(ctx.documents, ctx.plans)))
# The browser CMS may only offer fields the schema declares (issue #18).
register(Check("cms-config", CORPUS, lambda ctx: cms.check_config(ctx.root), whole_tree=True))
register(Check("emblem", CORPUS, lambda ctx: tema.check_emblem(
    ctx.root, ctx.approvals.settings.instansi.lambang)))

# -- the history --------------------------------------------------------------------------------


def _chain(ctx: Context) -> list[Finding]:
    """The policy in force, walked from the pinned root; later checks read `ctx.chain`."""
    if ctx.history.head is None:
        return []
    ctx.chain = walk(ctx.root, ctx.history)
    if ctx.chain.level:
        ctx.approvals.level_in_force = ctx.chain.level
    return ctx.chain.findings


def _initials_history(ctx: Context) -> list[Finding]:
    a, history = ctx.approvals, ctx.history
    if history.head is None:  # not a repository: says so, unless initials are proven by name
        return [] if a.trust_level == TrustLevel.NAMA else check_history(
            ctx.documents, a, history, ctx.root)
    authority, signed = check_authority(ctx.documents, a, history)
    recorded, record_signed = records.check_history(ctx.documents, a, history)  # issue #15
    # The withdrawal notice (reason, date) is the withdrawer's words, outside the hash.
    notes, note_signed = field_values.check_history(ctx.documents, a, history, ctx.root)
    return authority + recorded + notes + check_history(
        ctx.documents, a, history, ctx.root, ctx.chain, signed + record_signed + note_signed)


register(Check("archive-numbers", HISTORY, lambda ctx: archive.check_unique(ctx.documents,
                                                                           ctx.history)))
register(Check("chain", HISTORY, _chain))
register(Check("uncommitted-approvals", HISTORY, lambda ctx: linked_approvals(ctx.root) + (
    [] if ctx.history.head is None else uncommitted_approvals(ctx.root))))
register(Check("initials-history", HISTORY, _initials_history))
# The SOPs' "Tidak" branches: after a rejection the chain starts again (issue #15).
register(Check("rejections", HISTORY, lambda ctx: check_rejections(
    ctx.documents, ctx.approvals, ctx.history, ctx.when)))
register(Check("config-advice", HISTORY, lambda ctx: config_advice(ctx.approvals, ctx.when)))

# -- advice on the whole tree, after everything else --------------------------------------------

register(Check("plan-calendar", CORPUS, lambda ctx: rencana.check_calendar(
    ctx.documents, ctx.approvals, ctx.when), advice=True, whole_tree=True))
# SOP 004's periodic tasks (tugas_berkala): evaluations due or late, months without uploads,
# plans signed late (issue #15). Reminders only.
register(Check("periodic-tasks", CORPUS, lambda ctx: periodic.check_periodic(
    ctx.documents, ctx.approvals, ctx.when), advice=True, whole_tree=True))
# SOP 004 B: reads the records' verdicts from the findings so far.
register(Check("site-revision", HISTORY, lambda ctx: revisi.check_site(
    ctx.root, ctx.approvals, ctx.documents, ctx.findings, ctx.history),
    advice=True, whole_tree=True))
