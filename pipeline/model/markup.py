"""Safe HTML from Markdown: an allow-list (nh3), dangerous raw HTML refused, one video syntax.

Editors may paste HTML into Markdown. The check refuses what could run or load code in a
citizen's browser (script, event handlers, javascript:/data: links, frames); the build
sanitises anyway, so nothing slips through. Video is embedded only through
`!video[Title](https://www.youtube.com/watch?v=ID)` for the hosts the office allows.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import markdown
import nh3

from pipeline.model import templating
from pipeline.model.document import Document
from pipeline.model.findings import Finding

EXTENSIONS = ["extra", "sane_lists", "smarty"]
TAGS = {"p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "sub",
        "sup", "blockquote", "code", "pre", "ul", "ol", "li", "dl", "dt", "dd", "a", "img",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "figure",
        "figcaption", "abbr", "span", "div", "small", "mark", "q", "cite", "time"}
ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title", "width", "height"},
              "th": {"scope", "colspan", "rowspan"}, "td": {"colspan", "rowspan"},
              "abbr": {"title"}, "time": {"datetime"}, "ol": {"start"}}
DANGEROUS_TAGS = {"script", "iframe", "frame", "frameset", "object", "embed", "applet", "style",
                  "link", "meta", "base", "form", "input", "button", "textarea", "select", "svg",
                  "math"}
_BAD_URL = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.I)
_VIDEO = re.compile(r"^!video\[(?P<judul>[^\]]+)\]\((?P<url>[^)\s]+)\)\s*$", re.M)
_YOUTUBE = re.compile(r"^https://(?:www\.|m\.)?(?:youtube\.com/watch\?v=|youtu\.be/)([\w-]{11})\b")
VIDEO_HOSTS = {"youtube": _YOUTUBE}
DEFAULT_HOSTS = ("youtube",)  # when approvals/config.yaml sets no `penyedia_video`


class _Scanner(HTMLParser):
    """Collects (what, tag) for each dangerous element or attribute in rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[tuple[str, str, str]] = []  # (what, tag, text to find its line)

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in DANGEROUS_TAGS:
            self.problems.append((f"<{tag}>", tag, f"<{tag}"))
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append((f"{name}=", tag, name))
            elif name in ("href", "src", "action", "formaction", "xlink:href") and value and \
                    _BAD_URL.match(value):
                scheme = value.split(":")[0].strip()
                self.problems.append((f"{name}={scheme}:", tag, f"{scheme}:"))


def _videos(body: str, hosts: list[str]) -> tuple[str, dict[str, str], list[tuple[str, str]]]:
    """Replace allowed video lines by placeholders; report the others."""
    embeds, refused = {}, []

    def swap(m: re.Match) -> str:
        for host in hosts:
            # A provider we cannot recognise allows nothing (it used to fall back to YouTube).
            pattern = VIDEO_HOSTS.get(str(host).strip().lower())
            hit = pattern.match(m.group("url")) if pattern else None
            if hit:
                token = f"PPIDVIDEO{len(embeds)}X"
                embeds[token] = templating.render("pipeline.model", "video.html", id=hit.group(1),
                                                  title=m.group("judul")).strip()
                return token
        refused.append((m.group("url"), m.group(0)))
        return m.group(0)

    return _VIDEO.sub(swap, body), embeds, refused


_PARSER: markdown.Markdown | None = None
_RISKY = re.compile(r"<|javascript:|vbscript:|data:", re.I)


def _markdown(text: str) -> str:
    """One Markdown parser for the process (building one costs more than converting a page)."""
    global _PARSER
    if _PARSER is None:
        _PARSER = markdown.Markdown(extensions=EXTENSIONS)
    return _PARSER.reset().convert(text)


def _hosts(hosts: object) -> list:
    """`penyedia_video` as written: not set means YouTube; an empty list means no video at all."""
    if hosts is None:
        return list(DEFAULT_HOSTS)
    return list(hosts) if isinstance(hosts, list | tuple) else [hosts]


def render(body: str, hosts: list[str] | None = None) -> str:
    """Markdown to HTML that is safe to publish."""
    text, embeds, _ = _videos(body, _hosts(hosts))
    raw = _markdown(text)
    clean = nh3.clean(raw, tags=TAGS, attributes=ATTRIBUTES, url_schemes={"http", "https", "mailto"},
                      link_rel="noopener noreferrer", strip_comments=True)
    for token, embed in embeds.items():
        clean = clean.replace(f"<p>{token}</p>", embed).replace(token, embed)
    return clean


def _line(doc: Document, needle: str) -> int:
    index = doc.body.lower().find(needle.lower())
    return doc.body_line + doc.body.count("\n", 0, max(index, 0))


def check_document(doc: Document, hosts: list[str] | None = None) -> list[Finding]:
    if doc.exempt:
        return []  # never rendered
    text, _, refused = _videos(doc.body, _hosts(hosts)) if "!video[" in doc.body else \
        (doc.body, {}, [])
    found = [Finding(doc.rel, "markup.video", {"url": url}, "isi", _line(doc, line))
             for url, line in refused]
    if not _RISKY.search(text):
        return found  # no HTML and no dangerous scheme: nothing to render for this check
    scanner = _Scanner()
    scanner.feed(_markdown(text))
    for what, tag, needle in dict.fromkeys(scanner.problems):
        found.append(Finding(doc.rel, "markup.berbahaya", {"apa": what, "tag": tag}, "isi",
                             _line(doc, needle)))
    return found
