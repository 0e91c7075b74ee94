"""Settings for the published site: absolute URLs on the office's domain.

`ppid bangun` sets SITEURL from approvals/config.yaml (`instansi.situs`); this file exists for
those who run Pelican by hand and takes the address from the same place.
"""

import os
import sys

sys.path.append(os.curdir)
import yaml  # noqa: E402

from pelicanconf import *  # noqa: E402,F403
from pipeline.office.config import Instansi  # noqa: E402

with open(os.path.join(os.curdir, "approvals", "config.yaml"), encoding="utf-8") as _fh:
    SITEURL = Instansi.from_dict((yaml.safe_load(_fh) or {}).get("instansi")).site_url
RELATIVE_URLS = False
