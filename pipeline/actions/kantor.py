"""A new office's files, from the templates shipped in the package (pipeline/data/).

`files(answers)` returns every file `ppid init` writes, path -> text; nothing here touches the
disk or git. SOP templates are this project's SOPs (pipeline/data/sop, the example's approvals/sop)
made the office's own: its name in `instansi`, Bantul's regional regulations and the source note
dropped, so that nothing of the example office reaches a new office's pages.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml

from pipeline import __version__
from pipeline.model.urls import slugify

DATA = Path(__file__).resolve().parents[1] / "data"
TEMPLATES = DATA / "kantor"
HEAD_ROLE = "kepala-ppid"  # the first administrator's role in a new office
PAGE_SOP = "halaman-ppid"  # the plain SOP for pages when no chosen SOP covers them
EXAMPLE_OFFICE = "Bantul"  # the example office: none of its words go into a new office


@dataclass
class Official:
    nama: str
    email: str
    peran: list[str]
    kunci: str = ""  # one public key line ('ssh-ed25519 AAAA… comment'), or none
    akun: dict[str, str] = field(default_factory=dict)  # forge -> login, for reviews (notaris)

    @property
    def id(self) -> str:
        local = slugify(self.email.split("@")[0])
        return slugify(self.nama) if local == slugify("") else local  # non-Latin mail names


@dataclass
class Answers:
    instansi: str
    situs: str
    ppid: str = ""
    email: str = ""
    telepon: str = ""
    alamat: str = ""
    atasan: str = ""
    sop: list[str] = field(default_factory=list)
    tingkat: str = "penulis"
    pejabat: list[Official] = field(default_factory=list)  # the first is the administrator
    tanggal: datetime | None = None
    paket: str = ""  # the pip requirement for ppid-pipeline ('' = where `ppid` came from)

    @property
    def unit(self) -> str:
        return re.sub(r"^Pemerintah\s+", "", self.instansi).strip() or self.instansi


def sop_choices() -> dict[str, Path]:
    """SOP templates by id (file stem), e.g. '003-medsos-kalurahan-bunder'."""
    return {path.stem: path for path in sorted((DATA / "sop").glob("*.yaml"))}


def resolve_sop(code: str) -> str | None:
    """'003' or '003-medsos…' -> the template's id; None when unknown."""
    choices = sop_choices()
    if code in choices:
        return code
    found = [sid for sid in choices if sid.split("-")[0] == code or sid.startswith(f"{code}-")]
    return found[0] if len(found) == 1 else None


def package_requirement() -> str:
    """How the new office pins this package: where the running `ppid` was installed from.

    pip records a direct URL install (PEP 610): a git URL with its tag or commit, or a wheel's
    address, becomes `ppid-pipeline @ …`; an install from a local folder gives the version only
    (`ppid init --paket` or the README says what to write instead while it is not on PyPI)."""
    from importlib import metadata

    try:
        raw = metadata.distribution("ppid-pipeline").read_text("direct_url.json") or "{}"
        data = json.loads(raw)
    except (metadata.PackageNotFoundError, ValueError):
        data = {}
    url = str(data.get("url") or "")
    vcs = data.get("vcs_info") or {}
    if vcs.get("vcs") == "git" and not url.startswith("file:"):
        rev = vcs.get("requested_revision") or vcs.get("commit_id")
        return f"ppid-pipeline @ git+{url}" + (f"@{rev}" if rev else "")
    if "archive_info" in data and url.startswith("https://"):
        return f"ppid-pipeline @ {url}"
    return f"ppid-pipeline=={__version__}"


def default_ppid(instansi: str) -> str:
    return "PPID " + re.sub(r"^Pemerintah\s+", "", instansi).strip()


class _Plain(yaml.SafeDumper):
    """No anchors and aliases (`&id001`): the same date in two terms is written twice, as a
    person editing the roster expects."""

    def ignore_aliases(self, data) -> bool:
        return True


def dump(data: object) -> str:
    return yaml.dump(data, Dumper=_Plain, allow_unicode=True, sort_keys=False, width=100)


def _example_config() -> dict:
    return yaml.safe_load((DATA / "contoh-config.yaml").read_text(encoding="utf-8"))


def own_sop(text: str, office: str) -> str:
    """An SOP template made the office's: its name, no regional rule or source of the example."""
    lines = []
    for line in text.splitlines():
        if re.match(r"\s*(sumber|disahkan_oleh|nomor|tanggal_\w+):", line):
            continue  # the example's document number, dates and signatory are not the office's
        if EXAMPLE_OFFICE in line and re.match(r"\s*- ", line):
            continue  # a regional regulation or tool of the example office
        if re.match(r"instansi:", line):
            line = f"instansi: {office}"
        lines.append(line.replace(f"Kabupaten {EXAMPLE_OFFICE}", office)
                     .replace(EXAMPLE_OFFICE, office))
    return "\n".join(lines) + "\n"


def _roles_of(sop_texts: dict[str, str]) -> list[str]:
    roles: list[str] = []
    for text in sop_texts.values():
        data = yaml.safe_load(text) or {}
        for step in data.get("langkah") or []:
            if step.get("peran") and step["peran"] not in roles:
                roles.append(step["peran"])
    return roles


def _scoped(rule: dict, sop_text: str) -> dict:
    """An example rule narrowed to its SOP's own scope: in the example a unit's rule comes after
    the rules for pages, in a new office it may be the only one, and must not take its pages."""
    scope = (yaml.safe_load(sop_text) or {}).get("berlaku_untuk") or {}
    return {**rule, **({"jenis": scope["jenis"]} if "jenis" not in rule and scope.get("jenis") else {})}


def _config(a: Answers, sop_texts: dict[str, str]) -> str:
    example = _example_config()
    names = {rid: spec for rid, spec in (example.get("peran") or {}).items()}
    roles = {HEAD_ROLE: {"nama": f"Kepala {a.ppid}", "tunggal": True}}
    for rid in _roles_of(sop_texts):
        roles.setdefault(rid, names.get(rid) or {"nama": rid.replace("-", " ").title()})
    rules = [_scoped(r, sop_texts[r["sop"]]) for r in example.get("penetapan_sop") or []
             if r.get("sop") in sop_texts]
    if PAGE_SOP in sop_texts:
        rules.append({"sop": PAGE_SOP, "jenis": ["informasi-publik", "halaman"]})
    instansi = {"nama": a.instansi, "ppid": a.ppid, "alamat": a.alamat, "telepon": a.telepon,
                "email": a.email, "situs": a.situs, "atasan_ppid": a.atasan}
    config = {
        "instansi": {k: v for k, v in instansi.items() if v},
        "tingkat_kepercayaan": a.tingkat,
        "pengelola_approvals": [HEAD_ROLE],
        "ambang_pengesahan": {"bawaan": 1},
        "kode_unit_arsip": slugify(a.unit).replace("-", "")[:12] or "PPID",
        "unit_kerja": [a.unit],  # the CMS's choices for `unit`; the office adds its sources
        "peran": roles,
        "penetapan_sop": rules,
    }
    head = (f"# Konfigurasi jalur terbit {a.ppid} (dibuat ppid init).\n"
            "# Perubahan approvals/ hanya sah bila disahkan pengelola_approvals (lihat README).\n")
    return head + dump(config)


def _roster(a: Answers) -> str:
    day = (a.tanggal or datetime.now()).date()
    officials = [{"id": o.id, "nama": o.nama, "git": {"nama": o.nama, "email": o.email},
                  **({"akun": o.akun} if o.akun else {}),
                  "jabatan": [{"peran": p, "unit": a.unit, "mulai": day} for p in o.peran]}
                 for o in a.pejabat]
    return ("# Pejabat: nama seperti ditulis di paraf, identitas git, masa jabatan per peran.\n"
            + dump({"pejabat": officials}))


def signers(officials: list[Official]) -> str:
    lines = ["# Kunci publik SSH pejabat; paraf dan perubahan approvals/ ditandatangani dengan kunci ini."]
    lines += [f'{o.email} namespaces="git" {o.kunci.strip()}' for o in officials if o.kunci]
    return "\n".join(lines) + "\n"


def chosen_sops(sop_ids: list[str], instansi: str) -> dict[str, str]:
    """The chosen SOP templates made the office's, plus the plain SOP for pages if none has them."""
    sop_texts = {sid: own_sop(sop_choices()[sid].read_text(encoding="utf-8"), instansi)
                 for sid in sop_ids}
    if not any("halaman" in str((yaml.safe_load(t) or {}).get("berlaku_untuk")) for t in
               sop_texts.values()):
        sop_texts[PAGE_SOP] = (TEMPLATES / "sop-halaman.yaml.tmpl").read_text(
            encoding="utf-8").format(nama=instansi, penyetuju=HEAD_ROLE)
    return sop_texts


def role_names(sop_ids: list[str], instansi: str) -> dict[str, str]:
    """Every role the chosen SOPs name, in step order -> its title (the example's, if it has one)."""
    names = _example_config().get("peran") or {}
    return {rid: str((names.get(rid) or {}).get("nama") or rid.replace("-", " ").title())
            for rid in _roles_of(chosen_sops(sop_ids, instansi))}


def files(a: Answers) -> dict[str, str]:
    """Every file of the new office's repository: relative path -> text."""
    sop_texts = chosen_sops(a.sop, a.instansi)
    out = {f"approvals/sop/{sid}.yaml": text for sid, text in sop_texts.items()}
    out["approvals/config.yaml"] = _config(a, sop_texts)
    out["approvals/roster.yaml"] = _roster(a)
    if a.tingkat == "tanda-tangan":
        out["approvals/allowed_signers"] = signers(a.pejabat)
    when = (a.tanggal or datetime.now()).strftime("%Y-%m-%d %H:%M")
    fields = {"tanggal": when, "unit": a.unit, "ppid": a.ppid, "nama": a.instansi,
              "atasan": a.atasan or "-", "alamat": a.alamat or "-", "telepon": a.telepon or "-",
              "email": a.email or "-"}
    for page in sorted((TEMPLATES / "halaman").glob("*.md")):
        out[f"content/halaman/{page.name}"] = page.read_text(encoding="utf-8").format(**fields)
    out["pelicanconf.py"] = (TEMPLATES / "pelicanconf.py.tmpl").read_text(encoding="utf-8")
    out["theme/README.md"] = (TEMPLATES / "tema-README.md").read_text(encoding="utf-8")
    out["pyproject.toml"] = (TEMPLATES / "pyproject.toml.tmpl").read_text(encoding="utf-8").format(
        ppid=a.ppid, nama_proyek=f"situs-{slugify(a.ppid)}",
        paket=a.paket or package_requirement())
    out["Makefile"] = (TEMPLATES / "Makefile").read_text(encoding="utf-8")
    out[".gitignore"] = (TEMPLATES / "gitignore").read_text(encoding="utf-8")
    out[".github/workflows/terbit.yml"] = (TEMPLATES / "github" / "terbit.yml").read_text(
        encoding="utf-8")
    return out
