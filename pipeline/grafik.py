"""Charts for the evaluation report and the dashboard: matplotlib, inline SVG, accessible.

Text stays text (searchable, printable, translatable), each chart's ids get their own prefix so
that several charts can share one page, matplotlib's metadata is dropped, and the chart states
its numbers in `aria-label` for a screen reader.
"""

from __future__ import annotations

import html
import io
import re
from itertools import count

import matplotlib

matplotlib.use("Agg")  # no display: charts are files

from matplotlib.figure import Figure  # noqa: E402  (after choosing the backend)

COLOURS = ("#1f5f99", "#c05a12", "#2e7d32", "#6a3d9a", "#8c6d1f", "#b0306a", "#4a4a4a")
_ids = count(1)


def _inline(fig: Figure, label: str, prefix: str) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None, "Creator": None, "Format": None,
                                             "Type": None})
    svg = buf.getvalue()
    svg = svg[svg.index("<svg"):]  # no XML declaration or DOCTYPE inside HTML
    svg = re.sub(r"<metadata>.*?</metadata>\s*", "", svg, flags=re.S)
    svg = re.sub(r'\bid="', f'id="{prefix}-', svg)
    svg = re.sub(r"url\(#", f"url(#{prefix}-", svg)
    svg = re.sub(r'xlink:href="#', f'xlink:href="#{prefix}-', svg)
    head = f'<svg role="img" aria-label="{html.escape(label)}"'
    return head + svg[len("<svg"):]


def _figure(width: float, height: float, left: float) -> Figure:
    # Fixed margins: automatic layouts warn (and give up) on nearly empty charts.
    fig = Figure(figsize=(width, height), dpi=72)
    fig.subplots_adjust(left=left, right=0.97, top=0.95, bottom=0.18)
    fig.patch.set_alpha(0)
    return fig


def stacked_bars(months: list[str], series: dict[str, list[int]], title: str) -> str:
    """Items per month, one colour per series (content type); empty string with no months."""
    if not months:
        return ""
    import matplotlib as mpl

    with mpl.rc_context({"svg.fonttype": "none", "font.size": 10, "svg.hashsalt": "ppid"}):
        fig = _figure(max(4.0, 0.9 * len(months) + 2.5), 2.8, left=0.08)
        ax = fig.subplots()
        bottoms = [0] * len(months)
        for (name, values), colour in zip(sorted(series.items()), COLOURS * 3, strict=False):
            ax.bar(months, values, bottom=bottoms, label=name, color=colour, width=0.6)
            bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
        for x, total in enumerate(bottoms):
            ax.text(x, total, str(total), ha="center", va="bottom")
        ax.set_ylim(0, max(bottoms + [1]) * 1.25)
        ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        if series:
            ax.legend(frameon=False, fontsize=8, loc="upper left", ncols=min(len(series), 3))
        label = f"{title}: " + ", ".join(f"{m}: {n}" for m, n in zip(months, bottoms, strict=True))
        return _inline(fig, label, f"g{next(_ids)}")


def horizontal_bars(counts: list[tuple[str, int]], title: str) -> str:
    """One bar per category (e.g. plan statuses), labelled with its number."""
    if not counts:
        return ""
    import matplotlib as mpl

    with mpl.rc_context({"svg.fonttype": "none", "font.size": 10, "svg.hashsalt": "ppid"}):
        fig = _figure(6.0, 0.45 * len(counts) + 0.9, left=0.3)
        ax = fig.subplots()
        names = [name for name, _ in counts][::-1]
        values = [n for _, n in counts][::-1]
        ax.barh(names, values, color=COLOURS[: len(values)][::-1], height=0.6)
        for y, n in enumerate(values):
            ax.text(n, y, f" {n}", va="center")
        ax.set_xlim(0, max(values + [1]) * 1.2)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        label = f"{title}: " + ", ".join(f"{name}: {n}" for name, n in counts)
        return _inline(fig, label, f"g{next(_ids)}")
