"""Every user-facing sentence, in Bahasa Indonesia (default) and English, one catalog per area.

Findings carry a code and parameters, not text, so one run can be printed in either language.
"""

from __future__ import annotations

import os

from pipeline.i18n.catalog import (
    approvals,
    arsip,
    isi,
    keamanan,
    konfig,
    laporan,
    paraf,
    perintah,
    rencana,
    revisi,
)

LANGUAGES = ("id", "en")

# code: (Indonesian, English)
CATALOG: dict[str, tuple[str, str]] = {
    **isi.CATALOG, **paraf.CATALOG, **approvals.CATALOG,
    **arsip.CATALOG, **keamanan.CATALOG, **konfig.CATALOG,
    **perintah.CATALOG, **rencana.CATALOG, **laporan.CATALOG, **revisi.CATALOG,
}

_current = os.environ.get("PPID_LANG", "id") if os.environ.get("PPID_LANG") in LANGUAGES else "id"


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else "id"


def language() -> str:
    return _current


def word(text: str, lang: str | None = None) -> str:
    """A report's label (sheet, column, status) in the reader's language."""
    return laporan.WORDS.get(text, text) if (lang or _current) == "en" else text


def t(code: str, lang: str | None = None, **params: object) -> str:
    """Render message `code` in `lang` (default: the current language)."""
    text_id, text_en = CATALOG[code]
    template = text_en if (lang or _current) == "en" else text_id
    return template.format(**params)
