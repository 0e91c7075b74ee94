"""Validation of front matter against the field declarations of its content type (`jenis`).

The declarations are `model/fields.py` (kinds, `Field`, shared groups) and the content types'
records in `model/types.py`. One declaration serves three purposes: validating documents (all
problems collected together), telling editors which keys exist (unknown keys are warned), and
`ppid schema`'s JSON Schema.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime

from pipeline.i18n.messages import t
from pipeline.model.dates import parse_datetime
from pipeline.model.fields import (
    BENAR_SALAH,
    BILANGAN,
    DAFTAR_PETA,
    DAFTAR_TEKS,
    KAMUS,
    PARAF,
    PETA,
    PILIHAN,
    TANGGAL,
    TEKS,
    Field,
    RequiredWhen,
)
from pipeline.model.findings import Finding, Severity
from pipeline.model.types import CONTENT_TYPES, ContentType

STATUS_REQUIRES = RequiredWhen("status", "ditarik", ("alasan_penarikan", "tanggal_penarikan"))

_TYPE_NAMES = {str: "teks", int: "bilangan", float: "bilangan", bool: "benar/salah",
               list: "daftar", dict: "peta", type(None): "kosong", datetime: "tanggal",
               date: "tanggal"}


def _type_name(value: object) -> str:
    return _TYPE_NAMES.get(type(value), type(value).__name__)


class Validator:
    """Collects every finding of one document's front matter; never stops at the first."""

    def __init__(self, rel: str, line_of, draft: bool) -> None:
        self.rel = rel
        self.line_of = line_of
        self.draft = draft
        self.findings: list[Finding] = []

    def add(self, dotted: str, code: str, severity=Severity.ERROR, **params) -> None:
        self.findings.append(Finding(self.rel, code, params, dotted, self.line_of(dotted), severity))

    def missing(self, dotted: str, code: str, **params) -> None:
        # A draft is work in progress: an empty required field is a reminder, not an error.
        self.add(dotted, code, Severity.WARNING if self.draft else Severity.ERROR, **params)

    def value(self, fld: Field, value: object, dotted: str) -> None:
        kind = fld.kind
        if kind in (TEKS, PILIHAN):
            if isinstance(value, (int, float)) and not isinstance(value, bool) and kind == TEKS:
                value = str(value)  # a bare year like 2026 is fine as text
            if not isinstance(value, str):
                return self.add(dotted, "skema.tipe", harapan="teks", tipe=_type_name(value))
            if not value.strip():
                return self.missing(dotted, "skema.kosong")
            if fld.choices and value not in fld.choices:
                return self.add(dotted, "skema.pilihan", nilai=value, pilihan=", ".join(fld.choices))
            if fld.pattern and not re.match(fld.pattern, value):
                self.add(dotted, "skema.pola", nilai=value, format=fld.pattern_label)
        elif kind == TANGGAL:
            try:
                parse_datetime(value)
            except (ValueError, OverflowError):
                self.add(dotted, "skema.tanggal", nilai=value)
        elif kind == BILANGAN:
            if not isinstance(value, int) or isinstance(value, bool):
                return self.add(dotted, "skema.tipe", harapan="bilangan bulat", tipe=_type_name(value))
            if fld.minimum is not None and value < fld.minimum:
                self.add(dotted, "skema.minimal", min=fld.minimum)
        elif kind == BENAR_SALAH:
            if not isinstance(value, bool):
                self.add(dotted, "skema.tipe", harapan="true/false", tipe=_type_name(value))
        elif kind == DAFTAR_TEKS:
            if not isinstance(value, list):
                return self.add(dotted, "skema.tipe", harapan="daftar", tipe=_type_name(value))
            for i, item in enumerate(value):
                if not isinstance(item, (str, int)):
                    self.add(f"{dotted}[{i}]", "skema.tipe", harapan="teks", tipe=_type_name(item))
                elif fld.choices and item not in fld.choices:
                    self.add(f"{dotted}[{i}]", "skema.pilihan", nilai=item,
                             pilihan=", ".join(fld.choices))
        elif kind == DAFTAR_PETA:
            if not isinstance(value, list):
                return self.add(dotted, "skema.tipe", harapan="daftar", tipe=_type_name(value))
            for i, item in enumerate(value):
                self.mapping(fld.fields, item, f"{dotted}[{i}]")
        elif kind == PETA:
            self.mapping(fld.fields, value, dotted)
        elif kind == KAMUS:
            if not isinstance(value, dict):
                return self.add(dotted, "skema.tipe", harapan="peta", tipe=_type_name(value))
            for key, entry in value.items():
                self.mapping(fld.fields, entry, f"{dotted}.{key}")
        elif kind == PARAF:
            if not isinstance(value, dict):
                return self.add(dotted, "skema.tipe", harapan="peta peran", tipe=_type_name(value))
            for role, entry in value.items():
                self.mapping(fld.fields, entry, f"{dotted}.{role}")
                if isinstance(entry, dict) and entry.get("keputusan") == "tolak" and not str(
                    entry.get("catatan") or ""
                ).strip():
                    self.add(f"{dotted}.{role}.catatan", "paraf.catatan-tolak")

    def mapping(self, fields: tuple[Field, ...], value: object, dotted: str, context: str = "") -> None:
        if not isinstance(value, dict):
            return self.add(dotted, "skema.tipe", harapan="peta", tipe=_type_name(value))
        known = {f.name: f for f in fields}
        for fld in fields:
            if fld.name not in value or value[fld.name] in (None, ""):
                if fld.required:
                    self.missing(_join(dotted, fld.name), "skema.wajib", konteks=context or dotted)
                continue
            self.value(fld, value[fld.name], _join(dotted, fld.name))
        for key in value:
            if key not in known:
                close = difflib.get_close_matches(str(key), list(known), n=1)
                saran = t("skema.saran", kunci=close[0]) if close else ""
                self.add(_join(dotted, str(key)), "skema.kunci-tak-dikenal", Severity.WARNING,
                         konteks=context or dotted, saran=saran)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


def validate(rel: str, meta: dict, line_of) -> list[Finding]:
    """All schema findings for one document's front matter."""
    jenis = meta.get("jenis")
    ctype = CONTENT_TYPES.get(jenis) if isinstance(jenis, str) else None
    draft = meta.get("status") == "draf"
    v = Validator(rel, line_of, draft)
    if ctype is None:
        if jenis in (None, ""):
            v.add("jenis", "skema.wajib", konteks=t("skema.semua-jenis"))
        else:
            v.add("jenis", "skema.jenis", nilai=jenis, pilihan=", ".join(CONTENT_TYPES))
        return v.findings
    context = t("skema.konteks-jenis", jenis=ctype.jenis)
    v.mapping(ctype.fields, meta, "", context=context)
    for name in ctype.required:
        if meta.get(name) in (None, ""):
            v.missing(name, "skema.wajib", konteks=context)
    for cond in (*ctype.conditions, STATUS_REQUIRES):
        if meta.get(cond.field) == cond.value:
            for name in cond.require:
                if meta.get(name) in (None, ""):
                    v.missing(name, "skema.wajib-jika", syarat=f"{cond.field}: {cond.value}")
    return v.findings


# ---- JSON Schema export (ppid schema) -------------------------------------------------------

def _json_fragment(fld: Field) -> dict:
    frag: dict = {"description": fld.description}
    if fld.kind in (TEKS, PILIHAN):
        frag["type"] = "string"
        if fld.choices:
            frag["enum"] = list(fld.choices)
        if fld.pattern:
            frag["pattern"] = fld.pattern
    elif fld.kind == TANGGAL:
        frag["type"] = "string"
        frag["pattern"] = r"^\d{4}-\d{2}-\d{2}([ T]\d{1,2}[:.]\d{2}([:.]\d{2})?)?"
    elif fld.kind == BILANGAN:
        frag["type"] = "integer"
        if fld.minimum is not None:
            frag["minimum"] = fld.minimum
    elif fld.kind == BENAR_SALAH:
        frag["type"] = "boolean"
    elif fld.kind == DAFTAR_TEKS:
        frag.update(type="array", items={"type": "string"})
    elif fld.kind == DAFTAR_PETA:
        frag.update(type="array", items=_json_object(fld.fields))
    elif fld.kind == PETA:
        frag.update(_json_object(fld.fields))
    elif fld.kind in (PARAF, KAMUS):
        frag.update(type="object", additionalProperties=_json_object(fld.fields))
    return frag


def _json_object(fields: tuple[Field, ...]) -> dict:
    return {
        "type": "object",
        "properties": {f.name: _json_fragment(f) for f in fields},
        "required": [f.name for f in fields if f.required],
        "additionalProperties": False,
    }


def json_schema(ctype: ContentType) -> dict:
    schema = _json_object(ctype.fields)
    schema["properties"]["jenis"] = {"const": ctype.jenis, "description": "Jenis konten"}
    schema["required"] = sorted(set(schema["required"]) | set(ctype.required))
    schema["allOf"] = [
        {"if": {"properties": {c.field: {"const": c.value}}, "required": [c.field]},
         "then": {"required": list(c.require)}}
        for c in (*ctype.conditions, STATUS_REQUIRES)
    ]
    schema.update({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"ppid-{ctype.jenis}.schema.json",
        "title": f"Front matter {ctype.label}",
        # YAML timestamps reach a JSON validator as strings; no key may be YAML-only.
    })
    return schema
