"""Pelican settings every office starts from; an office's pelicanconf.py imports them.

The theme ships inside the package (pipeline/data/tema, package data), so an office's repository
holds no copy of it: its own `theme/templates/` only overrides single templates
(THEME_TEMPLATES_OVERRIDES, set in the office's pelicanconf.py). Name, address and contacts are
never set here: `ppid bangun` takes SITENAME, AUTHOR and SITEURL from approvals/config.yaml.
"""

from pathlib import Path

from pipeline.git.trail import summary as ringkas_jejak
from pipeline.model.dates import tanggal, tanggal_waktu

PACKAGE_THEME = str((Path(__file__).resolve().parents[1] / "data" / "tema").resolve())

AUTHOR = SITENAME = "PPID"  # replaced by instansi.ppid at build time (site/build.py)
SITESUBTITLE = "Pejabat Pengelola Informasi dan Dokumentasi"
SITEURL = ""
RELATIVE_URLS = True

PATH = "content"
# ARTICLE_PATHS and PAGE_PATHS are set by ppid build from the content types (pipeline/model/types.py).
STATIC_PATHS = ["lampiran", "gambar"]
PPID_SITUS = ""  # the office's address, set by ppid build from approvals/config.yaml
THEME = PACKAGE_THEME
TIMEZONE = "Asia/Jakarta"
DEFAULT_LANG = "id"
PLUGINS = ["pipeline.site.plugin"]

# Our reader owns .md files; Pelican's own Markdown reader is switched off.
READERS = {"md": None, "markdown": None, "html": None, "htm": None, "rst": None}

DEFAULT_PAGINATION = 10
DIRECT_TEMPLATES = ["index"]
ARTICLE_ORDER_BY = "reversed-date"
PAGE_ORDER_BY = "urutan"
DISPLAY_CATEGORIES_ON_MENU = False
DISPLAY_PAGES_ON_MENU = False  # the header stays short; every page is listed in the footer

# Pages that later issues fill (tags, categories, archives) are not written yet.
for _kind in ("CATEGORY", "TAG", "AUTHOR", "ARCHIVES", "CATEGORIES", "TAGS", "AUTHORS",
              "YEAR_ARCHIVE", "MONTH_ARCHIVE", "DAY_ARCHIVE", "DRAFT", "DRAFT_PAGE"):
    globals()[f"{_kind}_SAVE_AS"] = ""

# Feeds are written by pipeline/site/umpan.py (withdrawn items marked, a serta-merta feed).
FEED_ALL_ATOM = None
FEED_MAX_ITEMS = 30
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None

CACHE_CONTENT = False
LOAD_CONTENT_CACHE = False
DELETE_OUTPUT_DIRECTORY = False  # the build writes a fresh staging folder; see pipeline/site/build.py

JINJA_FILTERS = {"tanggal_waktu": tanggal_waktu, "tanggal": tanggal, "ringkas_jejak": ringkas_jejak}

# Titles and metadata are escaped; only the rendered Markdown body is marked safe in templates.
JINJA_ENVIRONMENT = {"trim_blocks": True, "lstrip_blocks": True, "autoescape": True}
