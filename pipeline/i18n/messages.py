"""One translation channel for every user-facing text, in Bahasa Indonesia (default) and English.

One catalog, split by area (one module per area under catalog/): messages of the command line and
findings (`cli.`, `cek.`, `paraf.`…), argparse's texts and the commands' help (`argparse.`,
`bantuan.`), the site's interface (`situs.` — pipeline/i18n/ui.py, reached from Jinja as `t("key")`
through `translator()`), and the reports' words (`kata.` — sheet names and column headers, keyed
by their Indonesian text, reached through `word()`). Every text goes through `t()`.

Findings carry a code and parameters, not text, so one run can be printed in either language.
A parameter may carry its plural forms: `{berkas:file|files}` renders "1 file" or "2 files"
(Indonesian has no plural, so its texts never need the form).
"""

from __future__ import annotations

import os
import string
from collections.abc import Callable

from pipeline.i18n import ui
from pipeline.i18n.catalog import (
    approvals,
    arsip,
    bantuan,
    cms,
    isi,
    kantor,
    keamanan,
    konfig,
    laporan,
    mutu,
    notaris,
    paraf,
    perintah,
    pratinjau,
    rencana,
    revisi,
    serangan,
    sop,
    tembolok,
)

LANGUAGES = ("id", "en")

# code: (Indonesian, English)
CATALOG: dict[str, tuple[str, str]] = {
    **isi.CATALOG, **paraf.CATALOG, **approvals.CATALOG,
    **arsip.CATALOG, **keamanan.CATALOG, **konfig.CATALOG,
    **perintah.CATALOG, **rencana.CATALOG, **laporan.CATALOG, **revisi.CATALOG,
    **bantuan.CATALOG, **cms.CATALOG, **kantor.CATALOG, **sop.CATALOG, **pratinjau.CATALOG,
    **notaris.CATALOG,
    **mutu.CATALOG, **tembolok.CATALOG, **serangan.CATALOG,
    **{f"situs.{key}": pair for key, pair in ui.UI.items()},
    **{f"kata.{text}": (text, english) for text, english in laporan.WORDS.items()},
    **{f"kata.{text}": (text, english) for text, english in mutu.WORDS.items()},
}


def _default() -> str:
    return os.environ.get("PPID_LANG", "id") if os.environ.get("PPID_LANG") in LANGUAGES else "id"


_current = _default()


def set_language(lang: str | None) -> None:
    """Messages' language from now on; None goes back to $PPID_LANG (then Indonesian)."""
    global _current
    _current = lang if lang in LANGUAGES else _default()


def language() -> str:
    return _current


class _Formatter(string.Formatter):
    """str.format plus plural forms: `{n:file|files}`."""

    def format_field(self, value: object, format_spec: str) -> str:
        if "|" in format_spec and isinstance(value, int):
            one, many = format_spec.split("|", 1)
            return f"{value} {one if value == 1 else many}"
        return super().format_field(value, format_spec)


_FORMATTER = _Formatter()


def t(code: str, lang: str | None = None, **params: object) -> str:
    """Render catalog entry `code` in `lang` (default: the current language)."""
    text_id, text_en = CATALOG[code]
    template = text_en if (lang or _current) == "en" else text_id
    return _FORMATTER.format(template, **params)


def word(text: str, lang: str | None = None) -> str:
    """A report's word (sheet, column, status) in the reader's language; data cells pass through."""
    return t(f"kata.{text}", lang) if f"kata.{text}" in CATALOG else text


def translator(lang: str) -> Callable[..., str]:
    """The site's `t("key")` for Jinja and generated pages: the `situs.` area in `lang`."""

    def site_t(key: str, **params: object) -> str:
        return t(f"situs.{key}", lang, **params)

    return site_t
