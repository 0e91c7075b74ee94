"""The `ppid` command line's grammar: Indonesian verbs and options, the old spellings accepted.

Verbs are Indonesian (`periksa`, `bangun`…); the English verbs of earlier releases are argparse
aliases, kept for one release. One spelling per option, the other accepted: `--format teks|text`,
`-o/--keluaran` (`--output`), `--bahasa` (`--lang`). Two languages are distinct on purpose:
`--bahasa` is the language of messages and help (before or after the verb), `bangun
--bahasa-situs` is the language of the built site's interface (old spelling `bangun --bahasa`).
Every help text comes from the catalog, so `--bahasa en` turns the whole help English.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path

from pipeline import __version__
from pipeline.cli import cms as cli_cms
from pipeline.cli import kantor as cli_kantor
from pipeline.cli import notaris as cli_notaris
from pipeline.cli import pratinjau as cli_pratinjau
from pipeline.cli import sop as cli_sop
from pipeline.i18n.messages import LANGUAGES, t

# Indonesian verb -> the English name it replaces (kept as an alias for one release).
VERBS: dict[str, str | None] = {
    "sahkan": None, "periksa": "check", "status": None, "bangun": "build", "sajikan": "serve",
    "paraf": None, "tarik": None, "nomori": "number", "baru": "new", "agenda": None,
    "hash-data": None, "terbitkan": "deploy", "kembalikan": "rollback", "hapus-gps": None,
    "laporan": "report", "bagikan": "share", "revisi": None, "skema": "schema",
    "cms": None, "catat": None, "notaris": None,
    "init": None, "demo": None,
}
# Global options that take a value (for finding the language before argparse runs).
_VALUED = ("--akar", "--akar-kepercayaan", "--bahasa", "--lang")
_FORMAT_ALIASES = {"text": "teks"}


def prescan(argv: Sequence[str]) -> tuple[str | None, Path]:
    """The message language and the site root an argv asks for, before parsing it.

    `--lang` counts anywhere; `--bahasa` after the verb `bangun` is the site's language.
    """
    lang, root, verb = None, Path("."), None
    items = list(argv)
    for i, item in enumerate(items):
        name, _, inline = item.partition("=")
        value = inline or (items[i + 1] if i + 1 < len(items) else "")
        if name == "--lang" or (name == "--bahasa" and verb not in ("bangun", "build")):
            lang = value
        elif name == "--akar" and verb is None:
            root = Path(value)
        elif verb is None and not item.startswith("-") and (i == 0 or items[i - 1] not in _VALUED):
            verb = item
    return (lang if lang in LANGUAGES else None), root


def _format(choices: Sequence[str], default: str) -> dict:
    """`--format`'s arguments: Indonesian name first, `text` accepted for `teks`."""
    return {"type": lambda value: _FORMAT_ALIASES.get(value, value), "choices": tuple(choices),
            "default": default, "help": t("bantuan.format", pilihan=", ".join(choices),
                                          bawaan=default)}


def _output(p: argparse.ArgumentParser, what: str, default: str | None, **extra: object) -> None:
    p.add_argument("-o", "--keluaran", "--output", dest="keluaran", default=default, metavar="JALUR",
                   help=t("bantuan.keluaran", apa=t(what), bawaan=extra.pop("shown", default)))


def _message_language(p: argparse.ArgumentParser, *spellings: str) -> None:
    """The message language after the verb too; SUPPRESS keeps the global value when absent."""
    p.add_argument(*spellings, dest="lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                   help=t("bantuan.bahasa"))


def _roles(root: Path) -> list[str]:
    """Role ids from approvals/config.yaml for the help text; none when it cannot be read."""
    import yaml

    try:
        roles = yaml.safe_load((root / "approvals" / "config.yaml").read_text(encoding="utf-8"))
        return [str(r) for r in roles["peran"]]
    except Exception:  # noqa: BLE001 — help must show even when the config is broken
        return []


def _content_types() -> list[str]:
    from pipeline.model.types import CONTENT_TYPES

    return list(CONTENT_TYPES)


class _Commands:
    """Adds the verbs to the subparsers, each with the message-language option."""

    def __init__(self, sub: argparse._SubParsersAction, handlers: dict[str, Callable]) -> None:
        self.sub, self.handlers = sub, handlers

    def add(self, verb: str, *, site_language: bool = False) -> argparse.ArgumentParser:
        old = VERBS[verb]
        p = self.sub.add_parser(verb, aliases=[old] if old else [], help=t(f"bantuan.{verb}"),
                                description=t(f"bantuan.{verb}"))
        _message_language(p, "--lang") if site_language else _message_language(p, "--bahasa", "--lang")
        p.set_defaults(func=self.handlers[verb])
        return p


def parser(handlers: dict[str, Callable], root: Path = Path(".")) -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="ppid", description=t("bantuan.ppid"))
    p.add_argument("--version", action="version", version=f"ppid {__version__}",
                   help=t("argparse.versi"))
    p.add_argument("--bahasa", "--lang", dest="lang", choices=LANGUAGES, default=None,
                   help=t("bantuan.bahasa"))
    p.add_argument("--akar", default=".", help=t("bantuan.akar"))
    p.add_argument("--akar-kepercayaan", metavar="COMMIT", help=t("bantuan.akar-kepercayaan"))
    sub = p.add_subparsers(dest="perintah", required=True, title=t("argparse.perintah"),
                           metavar="PERINTAH")
    cmd = _Commands(sub, handlers)
    cmd.add("sahkan")
    _check_and_status(cmd)
    _build_and_deploy(cmd)
    _actions(cmd, root)
    _reports(cmd)
    cli_cms.add_commands(cmd)  # cms (issue #18)
    cli_kantor.add_commands(cmd)  # init, demo (issue #13)
    cli_notaris.add_commands(cmd)  # notaris (issue #12)
    cli_sop.add_commands(cmd)  # catat (issue #15)
    return p


def _check_and_status(cmd: _Commands) -> None:
    c = cmd.add("periksa")
    c.add_argument("paths", nargs="*", metavar="JALUR", help=t("bantuan.periksa.paths"))
    c.add_argument("--format", **_format(("teks", "json", "github"), "teks"))
    c.add_argument("--strict", action="store_true", help=t("bantuan.strict"))
    c.add_argument("--changed-since", metavar="REV", help=t("bantuan.berubah-sejak"))
    c.add_argument("--daring", action="store_true", help=t("bantuan.periksa.daring"))

    st = cmd.add("status")
    st.add_argument("--changed-since", metavar="REV", help=t("bantuan.berubah-sejak"))
    st.add_argument("--semua", action="store_true", help=t("bantuan.status.semua"))
    st.add_argument("--format", **_format(("teks", "markdown"), "teks"))

    r = cmd.add("revisi")
    r.add_argument("--digest", action="store_true", help=t("bantuan.revisi.digest"))
    r.add_argument("--commit", action="store_true", help=t("bantuan.revisi.commit"))
    r.add_argument("--strict", action="store_true", help=t("bantuan.strict"))


def _build_and_deploy(cmd: _Commands) -> None:
    b = cmd.add("bangun", site_language=True)
    _output(b, "bantuan.bangun.keluaran", None, shown="output; --intranet: intranet")
    b.add_argument("--intranet", action="store_true", help=t("bantuan.bangun.intranet"))
    b.add_argument("--strict", action="store_true", help=t("bantuan.strict"))
    b.add_argument("--revisi-kerja", action="store_true", help=t("bantuan.bangun.revisi-kerja"))
    cli_pratinjau.add_options(b)  # --pratinjau (issue #12)
    b.add_argument("--bahasa-situs", "--bahasa", dest="bahasa_situs", choices=LANGUAGES,
                   default="id", help=t("bantuan.bangun.bahasa-situs"))

    s = cmd.add("sajikan")
    s.add_argument("--port", type=int, default=8000, help=t("bantuan.sajikan.port"))
    _output(s, "bantuan.sajikan.keluaran", None, shown="output")

    from pipeline.site.targets import targets

    dp = cmd.add("terbitkan")
    for target in targets():  # one option per registered deploy target
        dp.add_argument(target.option, dest=target.dest, metavar=target.metavar, help=t(target.help))
    _output(dp, "bantuan.terbitkan.keluaran", None, shown="output")
    dp.add_argument("--simpan", type=int, default=5, help=t("bantuan.terbitkan.simpan"))

    rb = cmd.add("kembalikan")
    rb.add_argument("--to", required=True, metavar="FOLDER", help=t("bantuan.kembalikan.to"))
    rb.add_argument("rilis", nargs="?", help=t("bantuan.kembalikan.rilis"))


def _actions(cmd: _Commands, root: Path) -> None:
    roles = _roles(root)
    pa = cmd.add("paraf")
    pa.add_argument("berkas", help=t("bantuan.berkas"))
    pa.add_argument("--peran", required=True, help=t("bantuan.paraf.peran", peran=", ".join(roles))
                    if roles else t("bantuan.paraf.peran-umum"))
    pa.add_argument("--tolak", action="store_true", help=t("bantuan.paraf.tolak"))
    pa.add_argument("--catatan", help=t("bantuan.paraf.catatan"))

    ta = cmd.add("tarik")
    ta.add_argument("berkas", help=t("bantuan.berkas"))
    ta.add_argument("--alasan", required=True, help=t("bantuan.tarik.alasan"))

    nr = cmd.add("nomori")
    nr.add_argument("berkas", help=t("bantuan.berkas"))

    n = cmd.add("baru")
    # not `choices`: an unknown type gets the catalog's own message (exit 2) from the scaffold
    n.add_argument("jenis", help=t("bantuan.baru.jenis", jenis=", ".join(_content_types())))
    n.add_argument("judul", nargs="?", help=t("bantuan.baru.judul"))
    n.add_argument("--unit", default="", help=t("bantuan.baru.unit"))
    n.add_argument("--rencana", metavar="TAHUN-Qn/KODE", help=t("bantuan.baru.rencana"))
    n.add_argument("--triwulan", help=t("bantuan.baru.triwulan"))
    cli_sop.add_new_options(n)  # --bulan, --semester: SOP 004 C evaluations (issue #15)

    sh = cmd.add("bagikan")
    sh.add_argument("berkas", help=t("bantuan.berkas"))
    sh.add_argument("--tautan", nargs=2, metavar=("PLATFORM", "URL"),
                    help=t("bantuan.bagikan.tautan", pilihan=", ".join(_platforms())))

    from pipeline.model.fields import PERSONAL_DATA_KINDS

    hd = cmd.add("hash-data")
    hd.add_argument("jenis", choices=PERSONAL_DATA_KINDS,
                    help=t("bantuan.hash-data.jenis", pilihan=", ".join(PERSONAL_DATA_KINDS)))
    hd.add_argument("nilai", help=t("bantuan.hash-data.nilai"))

    gp = cmd.add("hapus-gps")
    gp.add_argument("berkas", nargs="+", help=t("bantuan.hapus-gps.berkas"))


def _platforms() -> list[str]:
    from pipeline.model.fields import PLATFORMS

    return [p for p in PLATFORMS if p != "website"]


def _reports(cmd: _Commands) -> None:
    ag = cmd.add("agenda")
    ag.add_argument("--tahun", type=int, help=t("bantuan.agenda.tahun"))
    ag.add_argument("--format", **_format(("xlsx", "csv", "html"), "xlsx"))
    _output(ag, "bantuan.agenda.keluaran", None, shown="buku-agenda-TAHUN.FORMAT")

    import pipeline.reports.registered  # noqa: F401 - the shipped reports register themselves
    from pipeline.reports.registry import FORMATS, names

    rp = cmd.add("laporan")
    reports = names()
    rp.add_argument("jenis", choices=reports, help=t("bantuan.laporan.jenis", pilihan=", ".join(reports)))
    rp.add_argument("--periode", help=t("bantuan.laporan.periode"))
    rp.add_argument("--bulan", help=t("bantuan.laporan.bulan"))
    rp.add_argument("--dari", metavar="TANGGAL", help=t("bantuan.laporan.dari"))
    rp.add_argument("--sampai", metavar="TANGGAL", help=t("bantuan.laporan.sampai"))
    rp.add_argument("--format", **_format(FORMATS, "teks"))
    _output(rp, "bantuan.laporan.keluaran", None, shown="mutu-baku.xlsx, evaluasi-PERIODE.FORMAT")

    sc = cmd.add("skema")
    _output(sc, "bantuan.skema.keluaran", "schema")
