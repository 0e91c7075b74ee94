"""Pages that come from the checked data rather than from one file: DIP tables, SOPs, the agenda,
the citizen's service pages (request and objection forms), the error page, feeds and sitemap."""

from __future__ import annotations

from datetime import date

from babel.dates import format_date
from pelican.generators import Generator, PelicanTemplateNotFound

from pipeline.checks.periodic import reminders
from pipeline.i18n.ui import KATEGORI, KATEGORI_DASAR, labels
from pipeline.model.dates import WIB, parse_datetime
from pipeline.model.fields import KATEGORI_DIP
from pipeline.reports.agenda import agenda_rows
from pipeline.reports.export import paraf_line
from pipeline.site import layanan, umpan
from pipeline.site.dasbor import dashboard

FORMS = tuple(layanan.FORMS)  # permohonan, keberatan


def agenda_by_month(rows, lang: str) -> list[tuple[int, list[dict]]]:
    """Years (newest first) of months (in order) of rows, every row numbered within its year."""
    years: dict[int, dict[str, dict]] = {}
    for row in rows:
        if row.diterima is None:
            continue
        when = row.diterima.astimezone(WIB)
        months = years.setdefault(when.year, {})
        key = f"{when.year}-{when.month:02d}"
        label = format_date(date(when.year, when.month, 1), "LLLL y", locale=lang)
        months.setdefault(key, {"kunci": key, "label": label, "baris": []})["baris"].append(row)
    out = []
    for year in sorted(years, reverse=True):
        number = 0
        months = [years[year][k] for k in sorted(years[year])]
        for month in months:
            numbered = []
            for row in month["baris"]:
                number += 1
                numbered.append((number, row))
            month["baris"] = numbered
        out.append((year, months))
    return out


class PpidPagesGenerator(Generator):
    """Writes informasi/, sop/, agenda/, cari/, dasbor/, layanan/ and 404.html from the checked data."""

    def generate_context(self) -> None:
        site = self.settings["PPID"]
        lang = self.settings.get("PPID_BAHASA", "id")
        pages = self.context.get("hidden_pages", [])
        dip = {k: [] for k in KATEGORI_DIP}
        for page in pages:
            if getattr(page, "jenis", "") == "informasi-publik":
                dip[page.meta.get("kategori")].append(page)
        for items in dip.values():
            items.sort(key=lambda p: p.title.casefold())
        dip["dikecualikan"] = [
            {"title": d.title, "unit": d.unit, "dasar": d.meta.get("dasar_pengecualian", ""),
             "uji": d.meta.get("uji_konsekuensi", ""), "ringkasan": d.meta.get("ringkasan", "")}
            for d in sorted(site.exempt, key=lambda d: d.title.casefold())
        ]
        # The public agenda lists what was published; drafts stay in the office's own export.
        published = [d for d in site.documents if d.loaded and d.publishable and site.visible(d)]
        rows = agenda_rows(published, site.approvals, site.history)
        self.context.update(agenda=agenda_by_month(rows, lang), paraf_line=paraf_line,
                            agenda_jenis=sorted({r.jenis for r in rows}))
        wanted = site.intranet or site.approvals.settings.dashboard
        if wanted and site.history is not None and self._has_template("dasbor"):
            self.context["dasbor"] = dashboard(published, rows, site.approvals, site.history,
                                               site.now, lang, detail=site.intranet)
            if site.intranet and site.now is not None:  # SOP 004 tasks due or late (issue #15)
                self.context["pengingat"] = reminders(site.documents, site.approvals, site.now)
        now = site.now
        self.context["serta_merta"] = [
            p for p in dip["serta-merta"]
            if not p.meta.get("berlaku_sampai") or now is None
            or parse_datetime(p.meta["berlaku_sampai"]) >= now]
        config = site.approvals.config
        self.context.update(dip=dip, kategori_label=labels(KATEGORI, lang),
                            kategori_dasar=labels(KATEGORI_DASAR, lang),
                            sop_list=sorted(site.approvals.policies.values(), key=lambda p: p.id),
                            peran=site.approvals.roles, instansi=config["instansi"],
                            layanan=layanan.service(site.approvals.settings.instansi),
                            layanan_halaman=self._has_template("formulir"))

    def _has_template(self, name: str) -> bool:
        """A site's own older theme copy may lack a newer page: skip it rather than fail."""
        try:
            self.get_template(name)
        except PelicanTemplateNotFound:
            return False
        return True

    def _write(self, writer, path: str, template: str, **extra) -> None:
        """One page at `path` (ending in '/'): its own address is its canonical URL."""
        writer.write_file(f"{path}index.html", self.get_template(template), self.context,
                          relative_urls=self.settings["RELATIVE_URLS"], halaman_url=path, **extra)

    def generate_output(self, writer) -> None:
        ctx = self.context
        written = self._pages(writer)
        umpan.sitemap_and_robots(self.settings, ctx, self.output_path, written)
        umpan.feeds(writer, self.settings, ctx)

    def _pages(self, writer) -> list[str]:
        ctx = self.context
        written = ["informasi/", "cari/", "agenda/", "sop/"]
        self._write(writer, "informasi/", "dip_index")
        for kategori in KATEGORI_DIP:
            template = "dikecualikan" if kategori == "dikecualikan" else "dip"
            self._write(writer, f"informasi/{kategori}/", template, kategori=kategori,
                        items=ctx["dip"][kategori])
            written.append(f"informasi/{kategori}/")
        self._write(writer, "cari/", "cari")
        self._write(writer, "agenda/", "agenda")
        if ctx.get("dasbor"):
            self._write(writer, "dasbor/", "dasbor")
            written.append("dasbor/")
        self._write(writer, "sop/", "sop_index")
        for policy in ctx["sop_list"]:
            self._write(writer, f"sop/{policy.id}/", "sop", sop=policy)
            written.append(f"sop/{policy.id}/")
        if ctx.get("layanan_halaman"):
            written += self._service_pages(writer)
        if self._has_template("404"):
            # Served for any missing address, at any depth: links are root-relative, not "../".
            writer.write_file("404.html", self.get_template("404"), ctx,
                              relative_urls=False, SITEURL="", halaman_url="404.html")
        return written

    def _service_pages(self, writer) -> list[str]:
        """The citizen's request path: a hub, two forms and their blank printable copies."""
        lang = self.settings.get("PPID_BAHASA", "id")
        index = 1 if lang == "en" else 0
        address = self.context["layanan"]["email"]
        self._write(writer, "layanan/", "layanan")
        written = ["layanan/"]
        for form in FORMS:
            fields = layanan.FORMS[form]
            common = {"formulir": form, "isian": fields, "i": index,
                      "mailto_form": layanan.mailto(address, form, lang, body=False) if address else "",
                      "mailto_link": layanan.mailto(address, form, lang) if address else ""}
            self._write(writer, f"layanan/{form}/", "formulir", kosong=False, **common)
            self._write(writer, f"layanan/{form}/cetak/", "formulir", kosong=True, **common)
            written += [f"layanan/{form}/", f"layanan/{form}/cetak/"]
        return written
