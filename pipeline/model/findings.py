"""Findings: what checks return, and the three ways the CLI prints them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from pipeline.i18n.messages import language, t
from pipeline.model.dates import tanggal_waktu


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "notice"  # for the record (e.g. scheduled items): never an error, even with --strict


@dataclass(frozen=True)
class Finding:
    """One problem in one file, located as precisely as we can."""

    path: str
    code: str
    params: dict = field(default_factory=dict, hash=False, compare=False)
    field: str = ""
    line: int | None = None
    severity: Severity = Severity.ERROR

    def message(self, lang: str | None = None) -> str:
        # Dates are kept as datetimes until now so they are written in the reader's language.
        lang = lang or language()
        params = {k: tanggal_waktu(v, lang) if isinstance(v, datetime) else v
                  for k, v in self.params.items()}
        return t(self.code, lang, **params)

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def promoted(self) -> Finding:
        """The same finding as an error (for --strict); information stays information."""
        if self.severity is Severity.INFO:
            return self
        return Finding(self.path, self.code, self.params, self.field, self.line, Severity.ERROR)


def ordered(findings: list[Finding]) -> list[Finding]:
    """By file, errors before warnings, then by line: the order an editor fixes them in."""
    return sorted(findings, key=lambda f: (f.path, f.severity is not Severity.ERROR, f.line or 0))


def count(findings: list[Finding]) -> tuple[int, int]:
    errors = sum(1 for f in findings if f.severity is Severity.ERROR)
    warnings = sum(1 for f in findings if f.severity is Severity.WARNING)
    return errors, warnings


def format_text(findings: list[Finding], lang: str | None = None) -> str:
    lines = []
    for f in findings:
        label = {Severity.ERROR: "galat", Severity.WARNING: "peringatan", Severity.INFO: "info"}[
            f.severity]
        if lang == "en":
            label = {Severity.INFO: "info"}.get(f.severity, f.severity.value)
        where = f"{f.field}: " if f.field else ""
        lines.append(f"{f.location}: {where}{label}: {f.message(lang)} [{f.code}]")
    return "\n".join(lines)


def format_json(findings: list[Finding], lang: str | None = None) -> str:
    rows = [
        {
            "berkas": f.path,
            "baris": f.line,
            "isian": f.field,
            "tingkat": f.severity.value,
            "aturan": f.code,
            "pesan": f.message(lang),
        }
        for f in findings
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2)


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_github(findings: list[Finding], lang: str | None = None) -> str:
    """GitHub Actions workflow commands: each finding becomes an annotation on the diff."""
    lines = []
    for f in findings:
        props = [f"file={_escape_property(f.path)}"]
        if f.line:
            props.append(f"line={f.line}")
        props.append(f"title={_escape_property(f.code)}")
        where = f"{f.field}: " if f.field else ""
        lines.append(f"::{f.severity.value} {','.join(props)}::{_escape_data(where + f.message(lang))}")
    return "\n".join(lines)


FORMATTERS = {"text": format_text, "json": format_json, "github": format_github}
