"""A Hugo copy of the plain-Pelican content: the same titles, dates, summaries and bodies, with
simple templates (a page per item, a home page paginated by 10), for the benchmark's column."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

CONFIG = """baseURL = "https://ppid.example/"
title = "PPID"
languageCode = "id"
disableKinds = ["taxonomy", "term", "RSS", "sitemap"]
[pagination]
pagerSize = 10
"""
BASEOF = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{{ .Title }}</title>
</head><body><header><a href="/">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}
</main><footer><ul>{{ range where site.RegularPages "Section" "halaman" }}<li><a href="{{ .RelPermalink }}">
{{ .Title }}</a></li>{{ end }}</ul></footer></body></html>
"""
SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format "2 January 2006" }}</p>
<p>{{ .Summary }}</p>{{ .Content }}</article>{{ end }}
"""
LIST = """{{ define "main" }}{{ range .Paginator.Pages }}<article><h2><a href="{{ .RelPermalink }}">
{{ .Title }}</a></h2><p>{{ .Params.summary }}</p></article>{{ end }}
{{ with .Paginator.Next }}<a href="{{ .URL }}">berikut</a>{{ end }}{{ end }}
"""
HOME = """{{ define "main" }}{{ $p := .Paginate (where site.RegularPages "Section" "berita") }}
{{ range $p.Pages }}<article><h2><a href="{{ .RelPermalink }}">{{ .Title }}</a></h2>
<p>{{ .Params.summary }}</p></article>{{ end }}{{ with $p.Next }}<a href="{{ .URL }}">berikut</a>
{{ end }}{{ end }}
"""


def _front(text: str) -> tuple[dict, str]:
    head, _, body = text.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(": ")
        meta[key.lower()] = value
    return meta, body


def make_site(plain_content: Path, dest: Path) -> Path:
    """Write (or rewrite) the Hugo site for the plain copy's content; return its folder."""
    if dest.exists():
        shutil.rmtree(dest)
    layouts = dest / "layouts" / "_default"
    layouts.mkdir(parents=True)
    (dest / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    for name, text in (("baseof", BASEOF), ("single", SINGLE), ("list", LIST)):
        (layouts / f"{name}.html").write_text(text, encoding="utf-8")
    (dest / "layouts" / "index.html").write_text(HOME, encoding="utf-8")
    for source in sorted(plain_content.rglob("*.md")):
        meta, body = _front(source.read_text(encoding="utf-8"))
        front = {"title": meta.get("title", ""), "date": meta.get("date", "").replace(" ", "T")
                 + ":00+07:00", "summary": meta.get("summary", "")}
        if "slug" in meta:
            front["slug"] = meta["slug"]
        target = dest / "content" / source.relative_to(plain_content)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(front, ensure_ascii=False) + "\n\n" + body, encoding="utf-8")
    return dest
