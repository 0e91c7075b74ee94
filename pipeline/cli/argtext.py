"""argparse's own texts (usage, headings, errors) in the user's language.

argparse looks its texts up through the module-level gettext functions `_` and `ngettext` at the
moment it builds a parser and at the moment it reports an error, so both steps run inside
`argparse_language()`, which swaps those two names for ours and puts them back afterwards.
The texts live in the one catalog (area `argparse.`), keyed by argparse's English message id.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from pipeline.i18n.messages import CATALOG, language

# argparse's English message id -> catalog code (the catalog holds both languages).
MESSAGE_IDS: dict[str, str] = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.posisional",
    "options": "argparse.pilihan",
    "show this help message and exit": "argparse.bantuan",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.pilihan-tidak-sah",
    "the following arguments are required: %s": "argparse.wajib",
    "unrecognized arguments: %s": "argparse.tidak-dikenal",
    "%(prog)s: error: %(message)s\n": "argparse.galat",
    "argument %(argument_name)s: %(message)s": "argparse.argumen",
    "expected one argument": "argparse.satu-nilai",
    "expected at most one argument": "argparse.paling-banyak-satu",
    "expected at least one argument": "argparse.paling-sedikit-satu",
    "invalid %(type)s value: %(value)r": "argparse.nilai-tidak-sah",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambigu",
    "not allowed with argument %s": "argparse.tidak-boleh-bersama",
    "ignored explicit argument %r": "argparse.diabaikan",
    "one of the arguments %s is required": "argparse.salah-satu-wajib",
    "unexpected option string: %s": "argparse.tak-terduga",
}


def translate(message: str, lang: str | None = None) -> str:
    """argparse's `_()`: its English message id in `lang`; unknown ids stay as they are."""
    code = MESSAGE_IDS.get(message)
    if code is None:
        return message
    text_id, text_en = CATALOG[code]
    return text_en if (lang or language()) == "en" else text_id


def translate_plural(singular: str, plural: str, n: int) -> str:
    """argparse's `ngettext()`: only 'expected %s argument(s)' goes through it."""
    if language() == "en":
        return singular if n == 1 else plural
    return "diharapkan %s argumen"


@contextmanager
def argparse_language() -> Iterator[None]:
    """Build and run a parser with its own texts in the current language."""
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = translate, translate_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
