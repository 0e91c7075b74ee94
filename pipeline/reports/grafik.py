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


HATCHES = ("", "///", "...", "xx", "\\\\\\", "oo", "++")


def month_bars(months: list[str], series: dict[str, list[int]], title: str) -> str:
    """Items per month as horizontal stacked bars, drawn for a phone (320 px wide, text 11 px).

    Each series has a colour *and* a pattern, every bar carries its total, months are words
    ("Nov 2026"): readable without colour vision and without zooming at 360 px.
    """
    if not months:
        return ""
    import matplotlib as mpl
    from matplotlib.patches import Patch

    names = sorted(series)
    rc = {"svg.fonttype": "none", "font.size": 11, "svg.hashsalt": "ppid", "hatch.linewidth": 1.0,
          "hatch.color": "#ffffff"}
    with mpl.rc_context(rc):
        rows_in = 0.36 * len(months)
        legend_in = 0.3 * ((len(names) + 1) // 2)
        fig = Figure(figsize=(4.4, rows_in + legend_in + 0.7), dpi=72)
        bottom = (legend_in + 0.45) / (rows_in + legend_in + 0.7)
        fig.subplots_adjust(left=0.22, right=0.9, top=0.97, bottom=bottom)
        fig.patch.set_alpha(0)
        ax = fig.subplots()
        lefts = [0] * len(months)
        style = {n: (c, h) for n, c, h in zip(names, COLOURS * 3, HATCHES * 3, strict=False)}
        for name in names:
            colour, hatch = style[name]
            ax.barh(months, series[name], left=lefts, color=colour, hatch=hatch, height=0.65,
                    edgecolor="#ffffff", linewidth=0.5)
            lefts = [a + b for a, b in zip(lefts, series[name], strict=True)]
        for y, total in enumerate(lefts):
            ax.text(total, y, f" {total}", va="center", fontweight="bold")
        ax.invert_yaxis()  # the first month on top, as read
        ax.set_xlim(0, max(lefts + [1]) * 1.18)
        ax.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(integer=True))
        ax.spines[["top", "right"]].set_visible(False)
        if names:
            handles = [Patch(facecolor=style[n][0], hatch=style[n][1], edgecolor="#ffffff", label=n)
                       for n in names]
            fig.legend(handles=handles, loc="lower left", bbox_to_anchor=(0.02, 0.0), frameon=False,
                       ncols=2, fontsize=11, handlelength=1.6, columnspacing=1.0)
        label = f"{title}: " + ", ".join(f"{m}: {n}" for m, n in zip(months, lefts, strict=True))
        return _inline(fig, label, f"g{next(_ids)}")
