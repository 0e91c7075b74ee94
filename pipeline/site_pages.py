"""Pages that come from the checked data rather than from one file: DIP tables, SOPs."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from pelican.generators import Generator, PelicanTemplateNotFound

from .agenda import agenda_rows
from .dasbor import dashboard
from .dates import parse_datetime
from .export import paraf_line
from .schema import KATEGORI_DIP
from .ui import KATEGORI, KATEGORI_DASAR, labels


def _lastmod(item) -> str:
    value = item.meta.get("diperbarui") or item.meta.get("date")
    try:
        return parse_datetime(value).date().isoformat()
    except ValueError:
        return ""


class PpidPagesGenerator(Generator):
    """Writes informasi/<kategori>/, informasi/, sop/ and sop/<id>/ from the checked data."""

    def generate_context(self) -> None:
        site = self.settings["PPID"]
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
        years = sorted({r.diterima.year for r in rows if r.diterima}, reverse=True)
        agenda = [(year, [r for r in rows if r.diterima and r.diterima.year == year])
                  for year in years]
        self.context.update(agenda=agenda, paraf_line=paraf_line)
        lang = self.settings.get("PPID_BAHASA", "id")
        wanted = site.intranet or site.approvals.config.get("dasbor", True)
        if wanted and site.history is not None and self._has_template("dasbor"):
            self.context["dasbor"] = dashboard(published, rows, site.approvals, site.history,
                                               site.now, lang, detail=site.intranet)
        now = site.now
        self.context["serta_merta"] = [
            p for p in dip["serta-merta"]
            if not p.meta.get("berlaku_sampai") or now is None
            or parse_datetime(p.meta["berlaku_sampai"]) >= now]
        self.context.update(dip=dip, kategori_label=labels(KATEGORI, lang),
                            kategori_dasar=labels(KATEGORI_DASAR, lang),
                            sop_list=sorted(site.approvals.policies.values(), key=lambda p: p.id),
                            peran=site.approvals.roles, instansi=site.approvals.config["instansi"])

    def _has_template(self, name: str) -> bool:
        """A site's own older theme copy may lack a newer page: skip it rather than fail."""
        try:
            self.get_template(name)
        except PelicanTemplateNotFound:
            return False
        return True

    def generate_output(self, writer) -> None:
        ctx = self.context
        self._sitemap_and_robots()
        writer.write_file("informasi/index.html", self.get_template("dip_index"), ctx,
                          relative_urls=self.settings["RELATIVE_URLS"], url="informasi/")
        for kategori in KATEGORI_DIP:
            template = "dikecualikan" if kategori == "dikecualikan" else "dip"
            writer.write_file(f"informasi/{kategori}/index.html", self.get_template(template), ctx,
                              relative_urls=self.settings["RELATIVE_URLS"],
                              kategori=kategori, items=ctx["dip"][kategori],
                              url=f"informasi/{kategori}/")
        writer.write_file("cari/index.html", self.get_template("cari"), ctx,
                          relative_urls=self.settings["RELATIVE_URLS"], url="cari/")
        writer.write_file("agenda/index.html", self.get_template("agenda"), ctx,
                          relative_urls=self.settings["RELATIVE_URLS"], url="agenda/")
        if ctx.get("dasbor"):
            writer.write_file("dasbor/index.html", self.get_template("dasbor"), ctx,
                              relative_urls=self.settings["RELATIVE_URLS"], url="dasbor/")
        writer.write_file("sop/index.html", self.get_template("sop_index"), ctx,
                          relative_urls=self.settings["RELATIVE_URLS"], url="sop/")
        for policy in ctx["sop_list"]:
            writer.write_file(f"sop/{policy.id}/index.html", self.get_template("sop"), ctx,
                              relative_urls=self.settings["RELATIVE_URLS"], sop=policy,
                              url=f"sop/{policy.id}/")

    def _sitemap_and_robots(self) -> None:
        """sitemap.xml of every published page (absolute URLs) and a robots.txt pointing to it."""
        base = (self.settings.get("PPID_SITUS") or "").rstrip("/")
        items = list(self.context.get("articles", [])) + list(self.context.get("pages", [])) + \
            list(self.context.get("hidden_pages", []))
        fixed = ["", "informasi/", "sop/", "agenda/", "cari/"] + \
            [f"informasi/{k}/" for k in KATEGORI_DIP] + (["dasbor/"] if self.context.get("dasbor") else [])
        urls = [(f"{base}/{u}", "") for u in fixed] + \
            [(f"{base}/{i.url}", _lastmod(i)) for i in items]
        rows = "".join(f"<url><loc>{escape(loc)}</loc>" +
                       (f"<lastmod>{mod}</lastmod>" if mod else "") + "</url>\n"
                       for loc, mod in urls)
        out = Path(self.output_path)
        (out / "sitemap.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + rows + "</urlset>\n",
            encoding="utf-8")
        rule = "Disallow: /" if self.settings.get("PPID_INTRANET") else "Allow: /"
        (out / "robots.txt").write_text(f"User-agent: *\n{rule}\nSitemap: {base}/sitemap.xml\n",
                                        encoding="utf-8")
