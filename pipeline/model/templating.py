"""Jinja for what the pipeline writes outside Pelican's theme: reports, sitemap, video embeds.

Each package keeps its templates as package data in its own `templates/` folder (installed with
it, see pyproject.toml). Autoescape is on for every HTML, XML and Markdown template (GitHub renders
HTML in a job summary), so a title or a reason is escaped by the template, never by hand; text that
is already safe HTML (an SVG chart) is passed as `Markup`. Plain text (robots.txt) is not escaped.
"""

from __future__ import annotations

from functools import cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from pipeline.i18n.messages import t, word


@cache
def environment(package: str) -> Environment:
    env = Environment(loader=PackageLoader(package, "templates"),
                      autoescape=select_autoescape(("html", "xml", "md"), default=False),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    # The one translation channel; the language is the caller's, read when rendering.
    env.globals.update(t=t, word=word)
    env.filters["sel"] = _cell
    return env


def _cell(value: object) -> str:
    """A Markdown table cell: empty for None, '|' escaped so it cannot split the row."""
    return "" if value is None else str(value).replace("|", "\\|")


def render(package: str, name: str, **context: object) -> str:
    return environment(package).get_template(name).render(**context)
