"""Terminal output with Rich: colour on a terminal, plain unwrapped lines in CI and pipes."""

from __future__ import annotations

from rich.console import Console

from pipeline.i18n.messages import language
from pipeline.model.findings import Finding, Severity, format_text

# soft_wrap: never insert line breaks (CI logs and editors parse `file:line:` lines).
console = Console(soft_wrap=True, highlight=False)


def print_findings(findings: list[Finding]) -> None:
    for finding in findings:
        style = {Severity.ERROR: "red", Severity.WARNING: "yellow"}.get(finding.severity, "cyan")
        console.print(format_text([finding], language()), style=style, markup=False)
