"""A build of a `ppid demo` copy says on every page that it is a demo.

The mark is added to the built pages, not to a template: a demo builds with the theme of its
approved site revision (SOP 004 B), which may predate any template change, and the notice must
hold whatever theme is in force. A demo is recognised by its key folder (DEMO_KEYS), which
`ppid demo` creates and git ignores.
"""

from __future__ import annotations

import re
from pathlib import Path

from pipeline.i18n.messages import t

DEMO_KEYS = ".kunci-demo"  # git-ignored folder of a demo copy with its officials' private keys
_BODY = re.compile(rb"<body[^>]*>", re.IGNORECASE)


def is_demo(root: Path) -> bool:
    return (root / DEMO_KEYS).is_dir()


def mark_pages(folder: Path) -> int:
    """Insert the demo notice after <body> in every HTML page; return how many were marked."""
    notice = f'<p class="intranet" role="note" data-pagefind-ignore>{t("kantor.demo-label")}</p>'
    marked = 0
    for page in folder.rglob("*.html"):
        data = page.read_bytes()
        found = _BODY.search(data)
        if found:
            page.write_bytes(data[:found.end()] + notice.encode() + data[found.end():])
            marked += 1
    return marked
