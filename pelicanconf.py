"""Pelican settings for this example office: the package's settings, with this repository's theme.

Every default lives in pipeline/site/settings.py. This repository is also where the theme is
developed, so it uses its own theme/ folder; an office made by `ppid init` uses the theme inside
the installed package and overrides single templates in its own theme/templates/. SITENAME,
AUTHOR and SITEURL come from approvals/config.yaml (`instansi`) at build time.
"""

from pipeline.site.settings import *  # noqa: F403

THEME = "theme"
