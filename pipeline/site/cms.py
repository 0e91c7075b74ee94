"""`ppid cms`: the Decap CMS configuration, generated from the content-type registry.

One source of truth: every collection, widget, choice, required flag and hint comes from
`model/types.py` and `model/fields.py`. Fields only review, filing and withdrawal write
(`PROTECTED`: initials, archive number, distribution links, withdrawal) are left out of the
form, and `site/cms_guard.py` puts their original lines back byte for byte on every save.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from pipeline.checks.cms import CONFIG_PATH, PROTECTED
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
)
from pipeline.model.types import CONTENT_TYPES, ContentType
from pipeline.office.config import OfficeConfig

# Dates are written as WIB wall-clock time without a zone: the schema reads them as WIB.
DATE_FORMAT = "YYYY-MM-DD HH:mm"
# Where uploads go: photos of `bukti` into content/gambar, DIP documents into content/lampiran.
MEDIA = {"bukti": "gambar", "lampiran": "lampiran"}
LONG_TEXT = ("ringkasan", "keterangan", "catatan", "alasan")
EDITOR_STATUSES = ("draf", "terbit")  # `ditarik` is `ppid tarik`'s


def _widget(fld: Field, parent: str = "") -> dict | None:
    """One field's Decap widget, or None when editors must not write it."""
    if fld.name in PROTECTED or fld.kind in (PARAF, KAMUS):
        return None
    out: dict = {"name": fld.name, "label": fld.description, "required": fld.required}
    hint = ""  # what the label does not say already
    kind = fld.kind
    if kind == TEKS and parent in MEDIA and fld.name == "berkas":
        folder = MEDIA[parent]
        out.update(widget="image" if folder == "gambar" else "file",
                   media_folder=f"/content/{folder}", public_folder=folder,
                   choose_url=False)
        hint = f"Berkas disimpan di content/{folder}/"
    elif kind in (TEKS, PILIHAN) and (fld.choices or fld.suggested or fld.name == "status"):
        choices = EDITOR_STATUSES if fld.name == "status" else (fld.choices or fld.suggested)
        out.update(widget="select", options=list(choices))
    elif kind == TEKS:
        out["widget"] = "text" if fld.name in LONG_TEXT else "string"
        if fld.pattern:
            out["pattern"] = [fld.pattern, f"Format: {fld.pattern_label}"]
            hint = f"Format: {fld.pattern_label}"
    elif kind == TANGGAL:
        out.update(widget="datetime", format=DATE_FORMAT, date_format="DD-MM-YYYY",
                   time_format="HH:mm", picker_utc=False)
        hint = "Waktu WIB (Asia/Jakarta)"
    elif kind == BILANGAN:
        out.update(widget="number", value_type="int")
        if fld.minimum is not None:
            out["min"] = fld.minimum
    elif kind == BENAR_SALAH:
        out["widget"] = "boolean"
    elif kind == DAFTAR_TEKS:
        out["widget"] = "list"
    elif kind in (DAFTAR_PETA, PETA):
        subs = [w for f in fld.fields if (w := _widget(f, fld.name))]
        if kind == PETA and not fld.required:
            # Decap validates an empty optional object's members too: their requirement is
            # the check's (schema.py still refuses a half-filled block), said in the hint.
            for sub in subs:  # Decap's default is required: true, so say false
                if sub.get("required"):
                    sub.update(required=False, hint="Wajib bila bagian ini diisi")
            out["collapsed"] = True
        out.update(widget="list" if kind == DAFTAR_PETA else "object", fields=subs)
        if kind == DAFTAR_PETA:
            out["summary"] = "{{fields." + fld.fields[0].name + "}}"
    else:
        out["widget"] = "string"
    if fld.name == "status":
        out.update(label="Status", hint="draf: masih ditulis; terbit: diajukan untuk terbit "
                   "(tayang sesudah paraf lengkap)")
    elif hint:
        out["hint"] = hint
    return out


def _fields(ctype: ContentType, units: tuple[str, ...] = ()) -> list[dict]:
    out: list[dict] = []
    for fld in ctype.fields:
        if fld.name == "jenis":  # fixed per collection: the filter needs it
            out.append({"name": "jenis", "label": fld.description, "widget": "hidden",
                        "default": ctype.jenis})
            continue
        widget = _widget(fld)
        if widget is None:
            continue
        if fld.name == "unit" and units:  # the office's own list (unit_kerja in config.yaml)
            widget.update(widget="select", options=list(units),
                          hint="Daftar unit_kerja di approvals/config.yaml")
        if fld.name in ctype.required:
            widget["required"] = True
        out.append(widget)
    if ctype.jenis != "rencana":  # a plan is plain YAML, no body
        out.append({"name": "body", "label": "Isi naskah", "widget": "markdown",
                    "hint": "Isi naskah dalam Markdown", "required": True})
    return out


def collection(ctype: ContentType, units: tuple[str, ...] = ()) -> dict:
    plan = ctype.jenis == "rencana"
    slug = "{{year}}-{{month}}-{{day}}-{{slug}}" if ctype.article else "{{slug}}"
    return {
        "name": ctype.jenis,
        "label": ctype.label,
        "label_singular": ctype.label,
        "folder": f"content/{ctype.folder}",
        "create": True,
        "slug": slug,
        "extension": "yaml" if plan else "md",
        "format": "yaml" if plan else "yaml-frontmatter",
        "filter": {"field": "jenis", "value": ctype.jenis},
        "summary": "{{title}} ({{status}})",
        "fields": _fields(ctype, units),
    }


def office_units(root: Path) -> tuple[str, ...]:
    """`unit_kerja` of approvals/config.yaml; none when it is missing or unreadable (the check
    reports a broken config itself)."""
    try:
        raw = yaml.safe_load((root / "approvals" / "config.yaml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return ()
    return OfficeConfig.from_dict(raw).units if isinstance(raw, dict) else ()


def config(branch: str = "main", backend: dict | None = None,
           units: tuple[str, ...] = ()) -> dict:
    """The whole configuration: `backend` defaults to the local git proxy of `ppid cms --sajikan`."""
    return {
        "backend": backend or {"name": "proxy", "proxy_url": "/api/v1", "branch": branch},
        "publish_mode": "editorial_workflow",
        "locale": "id",
        "media_folder": "content/gambar",
        "public_folder": "gambar",
        "slug": {"encoding": "ascii", "clean_accents": True},
        "collections": [collection(ct, units) for ct in CONTENT_TYPES.values()],
    }


def render(branch: str = "main", backend: dict | None = None,
           units: tuple[str, ...] = ()) -> str:
    head = ("# Dibuat oleh `ppid cms` dari model/types.py dan model/fields.py; jangan disunting\n"
            "# dengan tangan: jalankan `ppid cms` lagi sesudah skema berubah.\n")
    return head + yaml.safe_dump(config(branch, backend, units), allow_unicode=True, sort_keys=False,
                                 width=100)


def write(root: Path, branch: str = "main", backend: dict | None = None) -> Path:
    path = root / CONFIG_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(branch, backend, office_units(root)), encoding="utf-8")
    return path
