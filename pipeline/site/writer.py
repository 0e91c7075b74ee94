"""Pelican's writer with the render cache in front of `write_file` (site/rendercache.py).

Pelican renders every page on every run. This writer computes the page's key from the same
local context Pelican would render with; a hit places the stored bytes (hard link to the
previous output or copy of the verified blob) and a miss renders through Pelican and stores the
result. Paginated lists (the home page's pages) change with any new item, so they are always
rendered. Files written by anything else (feeds, static files) never share an inode with the
previous output: a path is unlinked before Pelican opens it.
"""

from __future__ import annotations

import os
from pathlib import Path

from pelican.utils import get_relative_path, path_to_url, sanitised_join
from pelican.writers import Writer

from pipeline.model.fase import phase


class CachingWriter(Writer):
    def __init__(self, output_path, settings=None) -> None:
        super().__init__(output_path, settings=settings)
        self.cache = (settings or {}).get("PPID_RENDER")

    def _open_w(self, filename, encoding, override=False):
        # A hard-linked page of the previous output must never be written through.
        if os.path.lexists(filename):
            os.unlink(filename)
        return super()._open_w(filename, encoding, override)

    def _paginated(self, paginated, kwargs: dict, template_name) -> bool:
        if paginated is None:
            paginated = {k: v for k, v in kwargs.items() if k in {"articles", "dates"}}
        return bool(paginated) and template_name in self.settings["PAGINATED_TEMPLATES"]

    def _localcontext(self, context: dict, name: str, kwargs: dict, relative_urls: bool) -> dict:
        """As Pelican's own: the values the template will be rendered with."""
        local = context.copy()
        local["localsiteurl"] = local.get("localsiteurl", None)
        if relative_urls:
            relative = path_to_url(get_relative_path(name))
            local["SITEURL"] = relative
            local["localsiteurl"] = relative
        local["output_file"] = name
        local.update(kwargs)
        return local

    def write_file(self, name, template, context, relative_urls=False, paginated=None,
                   template_name=None, override_output=False, url=None, **kwargs):
        cache = self.cache
        if cache is None or not name or self._paginated(paginated, kwargs, template_name):
            with phase("render"):
                return super().write_file(name, template, context, relative_urls, paginated,
                                          template_name, override_output, url, **kwargs)
        local = self._localcontext(context, name, kwargs, relative_urls)
        with phase("render-kunci"):
            key = cache.key(template, local, kwargs)
        path = sanitised_join(self.output_path, name)
        if key is not None and path not in self._written_files:
            with phase("render-pakai-ulang"):
                placed = cache.place(key, name, Path(path))
            if placed:
                # What Pelican's own write leaves behind for the next page's links.
                if local["localsiteurl"]:
                    context["localsiteurl"] = local["localsiteurl"]
                self._written_files.add(path)
                return None
        with phase("render"):
            super().write_file(name, template, context, relative_urls, paginated, template_name,
                               override_output, url, **kwargs)
        with open(path, "rb") as fh:
            cache.put(key, name, fh.read())
        return None
