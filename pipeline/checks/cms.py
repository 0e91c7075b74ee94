"""The CMS configuration (cms/config.yml) may only offer fields the schema declares.

`ppid cms` writes it from the content-type registry; a hand edit or a stale copy that offers a
field the schema does not know (or one only review may write) would let the CMS save front
matter the check then refuses, or rewrite an initial. Lines come from the YAML node marks.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from pipeline.model.document import Document
from pipeline.model.fields import TEKS, Field
from pipeline.model.findings import Finding, Severity
from pipeline.model.types import CONTENT_TYPES

CONFIG_PATH = "cms/config.yml"
# Written by `ppid paraf`, `ppid nomori`, `ppid bagikan` and `ppid tarik`, never by an editor.
# `catatan_langkah` is `ppid catat`'s record of a step without an initial (issue #15).
PROTECTED = ("paraf", "nomor_arsip", "distribusi", "alasan_penarikan", "tanggal_penarikan",
             "catatan_langkah")
BODY = "body"


def _get(node: yaml.Node, key: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if getattr(k, "value", None) == key:
                return v
    return None


def _scalar(node: yaml.Node | None) -> str:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else ""


def _walk(fields_node: yaml.Node | None, known: tuple[Field, ...], prefix: str, top: bool,
          emit) -> None:
    if not isinstance(fields_node, yaml.SequenceNode):
        return
    by_name = {f.name: f for f in known}
    for item in fields_node.value:
        name = _scalar(_get(item, "name"))
        line = item.start_mark.line + 1
        dotted = f"{prefix}{name}"
        if top and name == BODY:
            continue
        if name not in by_name:
            emit("cms.field-tak-dikenal", line, field=dotted, kenal=", ".join(by_name) or "-")
        elif name in PROTECTED and top:
            emit("cms.field-terlindung", line, field=dotted)
        else:
            _walk(_get(item, "fields"), by_name[name].fields, dotted + ".", False, emit)


def check_config(root: Path) -> list[Finding]:
    path = root / CONFIG_PATH
    if not path.is_file():
        return []
    findings: list[Finding] = []

    def emit(code: str, line: int | None, **params: object) -> None:
        findings.append(Finding(CONFIG_PATH, code, params, str(params.get("field", "")), line,
                                Severity.ERROR))

    try:
        tree = yaml.compose(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        emit("cms.yaml", None, detail=str(exc).splitlines()[0])
        return findings
    collections = _get(tree, "collections") if tree is not None else None
    for coll in getattr(collections, "value", []):
        filt = _get(coll, "filter")
        jenis = _scalar(_get(filt, "value")) if filt is not None else _scalar(_get(coll, "name"))
        ctype = CONTENT_TYPES.get(jenis)
        if ctype is None:
            emit("cms.jenis-tak-dikenal", coll.start_mark.line + 1, jenis=jenis or "-",
                 pilihan=", ".join(CONTENT_TYPES))
            continue
        folder = _scalar(_get(coll, "folder")).strip("/")
        if folder and folder != f"content/{ctype.folder}":
            emit("cms.folder", _get(coll, "folder").start_mark.line + 1, jenis=jenis,
                 folder=folder, harapan=f"content/{ctype.folder}")
        _walk(_get(coll, "fields"), ctype.fields, "", True, emit)
    return findings


def check_choices(doc: Document, units: tuple[str, ...]) -> list[Finding]:
    """Values outside the lists the CMS offers (`unit` from unit_kerja, fields with `suggested`
    choices): a warning, since items written before the list existed must stay publishable."""
    ctype = CONTENT_TYPES.get(doc.jenis)
    if ctype is None:
        return []
    lists = {f.name: f.suggested for f in ctype.fields if f.suggested and f.kind == TEKS}
    if units and ctype.field("unit"):
        lists["unit"] = units
    found = []
    for name, allowed in lists.items():
        value = doc.meta.get(name)
        if value in (None, "") or str(value) in allowed:
            continue
        found.append(Finding(doc.rel, "pilihan.di-luar-daftar",
                             {"field": name, "nilai": str(value), "pilihan": ", ".join(allowed),
                              "sumber": "unit_kerja" if name == "unit" else "model/types.py"},
                             name, doc.line_of(name), Severity.WARNING))
    return found
