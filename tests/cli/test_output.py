"""Terminal findings: one unwrapped `file:line:` line each, whatever the width, in the language set."""

from __future__ import annotations

from pipeline.cli.output import console, print_findings
from pipeline.i18n.messages import set_language
from pipeline.model.findings import Finding, Severity


def test_long_findings_are_never_wrapped_and_markup_is_printed_as_is():
    long_path = "content/berita/" + "sangat-panjang-" * 12 + "x.md"
    findings = [Finding(long_path, "baca.tanpa-front-matter", line=3),
                Finding("content/[bold]b[/bold].md", "baca.tanpa-front-matter", severity=Severity.WARNING)]
    width = console.width
    console.width = 40
    try:
        with console.capture() as captured:
            print_findings(findings)
    finally:
        console.width = width
    lines = captured.get().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{long_path}:3: ") and lines[0].endswith("[baca.tanpa-front-matter]")
    assert lines[1].startswith("content/[bold]b[/bold].md")
    assert ": peringatan: " in lines[1]


def test_findings_follow_the_language_set():
    set_language("en")
    try:
        with console.capture() as captured:
            print_findings([Finding("a.md", "baca.tanpa-front-matter", line=1)])
    finally:
        set_language("id")
    assert ": error: " in captured.get()
