"""model/templating: Jinja for what is written outside the theme, escaped by the template."""

from __future__ import annotations

import pytest
from jinja2 import UndefinedError
from markupsafe import Markup

from pipeline.model.templating import _cell, environment, render


def test_html_xml_and_markdown_templates_escape_and_text_does_not():
    env = environment("pipeline.site")
    html = env.from_string("<p>{{ x }}</p>")
    assert html.render(x="<b>") == "<p>&lt;b&gt;</p>"  # a template from a string escapes too
    for name, on in (("sitemap.xml", True), ("robots.txt", False)):
        assert env.autoescape(name) is on
    assert environment("pipeline.reports").autoescape("status.md") is True
    assert env.get_template("sitemap.xml").environment.autoescape("sitemap.xml")


def test_a_missing_variable_fails_loudly():
    with pytest.raises(UndefinedError):
        environment("pipeline.site").from_string("{{ tidak_ada }}").render()


def test_translation_and_cells_are_available_to_every_template():
    env = environment("pipeline.reports")
    assert env.from_string("{{ t('konfig.sop', 'en', sop='1') }}").render() == (
        "SOP &#39;1&#39; does not exist in approvals/sop/")
    assert env.from_string("{{ word('Ringkasan', 'en') }}").render() != "Ringkasan"
    assert env.from_string("{{ v | sel }}|{{ n | sel }}").render(v="a|b", n=None) == "a\\|b|"
    assert _cell(3) == "3"


def test_render_escapes_titles_in_an_html_report_and_trusts_markup():
    page = render("pipeline.reports", "halaman.html", lang="id", title="<script>x</script>",
                  subtitle=Markup("<svg></svg>"))
    assert "<script>x</script>" not in page and "<title>&lt;script&gt;x&lt;/script&gt;</title>" in page
    assert "<p><svg></svg></p>" in page and '<html lang="id">' in page
