"""Settings for the published site: absolute URLs on the office's domain."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: E402,F403

SITEURL = "https://ppid.bantulkab.go.id"
RELATIVE_URLS = False
