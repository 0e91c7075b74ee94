"""i18n/ui: the site's interface words, every key a template asks for exists in both languages."""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.i18n.ui import KATEGORI, KATEGORI_DASAR, UI, labels

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = [ROOT / "theme" / "templates", ROOT / "pipeline" / "data" / "tema" / "templates"]
# t("key") and t('key', …) in Jinja; a key built at run time (t(x)) is not seen here.
CALL = re.compile(r"""\bt\(\s*["']([a-z0-9-]+)["']""")


def _keys_used() -> dict[str, str]:
    used = {}
    for folder in TEMPLATES:
        for path in folder.rglob("*.html"):
            for key in CALL.findall(path.read_text(encoding="utf-8")):
                used.setdefault(key, str(path.relative_to(ROOT)))
    return used


def test_every_key_a_template_uses_exists():
    used = _keys_used()
    assert len(used) > 50  # the scan itself found the templates
    # A key ending in "-" is a prefix joined at run time (t("status-" ~ x)): some key must start so.
    missing = {k: where for k, where in used.items()
               if not (any(u.startswith(k) for u in UI) if k.endswith("-") else k in UI)}
    assert missing == {}


def test_both_languages_present_and_different_where_they_should_be():
    for key, (text_id, text_en) in UI.items():
        assert text_id.strip() and text_en.strip(), key
    assert UI["beranda"] == ("Beranda", "Home")


def test_labels_pick_the_language_and_keep_every_key():
    assert labels(KATEGORI, "en")["dikecualikan"] == "Exempt Information"
    assert labels(KATEGORI, "id")["dikecualikan"] == "Informasi yang Dikecualikan"
    assert labels(KATEGORI, "xx") == labels(KATEGORI, "id")  # unknown language: Indonesian
    assert set(labels(KATEGORI_DASAR, "en")) == set(KATEGORI) == set(KATEGORI_DASAR)
