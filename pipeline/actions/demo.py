"""`ppid demo` and `ppid init --ambil-alih`: a copy of a site re-rooted at a new commit.

Both keep the old history as history and pin a new root of trust (git config, and the CI
variable the office sets): the root's allowed_signers keeps the old keys, so every old initial
stays proven, and adds the new ones. A demo generates a key for every official in the roster,
kept in DEMO_KEYS (git-ignored through .git/info/exclude, never committed); `--sebagai PERAN`
makes the local git identity and signing key those of the role's holder today. Commits are
dated no earlier than the newest commit of the copy, so a demo made on a machine whose clock is
behind the example still moves forward in time, as the checker requires.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

from pipeline.actions import kantor
from pipeline.actions.init import LEVELS, Options, _git, answers, refuse_unless_told
from pipeline.git.pin import PIN_GIT_CONFIG
from pipeline.i18n.messages import t
from pipeline.model.dates import now
from pipeline.model.errors import UsageError
from pipeline.site.demo import DEMO_KEYS

SIGNERS, ROSTER, CONFIG = "approvals/allowed_signers", "approvals/roster.yaml", "approvals/config.yaml"
ROOT_NOTE = "contoh-akar.txt"  # the example's root, which `make` pins in a clone


def example_repository() -> Path:
    """This project's repository (the example office), when ppid runs from its checkout."""
    root = Path(__file__).resolve().parents[2]
    if not (root / ".git").exists() or not (root / CONFIG).is_file():
        raise UsageError(t("kantor.bukan-salinan", folder=root))
    return root



def _when(folder: Path) -> str:
    """Now, or one second after the newest commit when the clock is behind it."""
    newest = max((datetime.fromisoformat(line) for line in
                  _git(folder, "log", "--all", "--format=%cI").splitlines()), default=None)
    moment = now()
    if newest is not None and newest >= moment:
        moment = newest + timedelta(seconds=1)
    return moment.isoformat()


def holders(folder: Path, role: str, day: date) -> list[dict]:
    """Officials of the working roster holding `role` on `day`."""
    data = yaml.safe_load((folder / ROSTER).read_text(encoding="utf-8")) or {}
    found = []
    for official in data.get("pejabat") or []:
        for term in official.get("jabatan") or []:
            start, end = term.get("mulai"), term.get("sampai")
            if not isinstance(start, date) or not (end is None or isinstance(end, date)):
                raise UsageError(t("kantor.roster-tanggal", id=official.get("id", "?"),
                                   mulai=start, sampai=end))
            if term.get("peran") == role and start <= day and (end is None or day <= end):
                found.append(official)
    return found


def _admin(folder: Path) -> dict:
    config = yaml.safe_load((folder / CONFIG).read_text(encoding="utf-8")) or {}
    for role in config.get("pengelola_approvals") or ["kepala-dinas"]:
        found = holders(folder, role, now().date())
        if found:
            return found[0]
    raise UsageError(t("kantor.peran-kosong", peran=",".join(config.get("pengelola_approvals") or []),
                       pilihan=", ".join(config.get("peran") or [])))


def _commit(folder: Path, who: tuple[str, str], paths: list[str], message: str,
            key: Path | None) -> str:
    env = {"GIT_AUTHOR_NAME": who[0], "GIT_AUTHOR_EMAIL": who[1], "GIT_COMMITTER_NAME": who[0],
           "GIT_COMMITTER_EMAIL": who[1], "GIT_AUTHOR_DATE": _when(folder)}
    env["GIT_COMMITTER_DATE"] = env["GIT_AUTHOR_DATE"]
    sign = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={key}", "commit", "-S"] if key else [
        "-c", "commit.gpgsign=false", "commit"]
    _git(folder, "add", "--", *paths)
    _git(folder, *sign, "-q", "-m", message, "--", *paths, env=env)
    return _git(folder, "rev-parse", "HEAD")


def _pin(folder: Path, sha: str, who: tuple[str, str]) -> None:
    """Pin the new root here, and in the note `make` pins from (an ordinary commit after it)."""
    _git(folder, "config", PIN_GIT_CONFIG, sha)
    note = folder / ROOT_NOTE
    if note.is_file():
        lines = [line for line in note.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
        note.write_text("\n".join([*lines, sha]) + "\n", encoding="utf-8")
        _commit(folder, who, [ROOT_NOTE], "Akar kepercayaan baru dicatat untuk make", None)


def _keygen(folder: Path, official: dict) -> Path:
    path = folder / DEMO_KEYS / str(official["id"])
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", official["git"]["email"],
                    "-f", str(path)], check=True, capture_output=True)
    return path.with_suffix(".pub")


def make_demo(source: Path, folder: Path) -> str:
    folder = folder.resolve()
    if (folder / ".git").exists():  # a demo is always a fresh copy: never inside a repository
        raise UsageError(t("kantor.demo-sudah-repo", folder=folder))
    refuse_unless_told(folder, False)
    _git(source, "rev-parse", "HEAD")
    subprocess.run(["git", "clone", "-q", str(source), str(folder)], check=True, capture_output=True)
    if not (folder / CONFIG).is_file():
        raise UsageError(t("kantor.bukan-salinan", folder=folder))
    (folder / DEMO_KEYS).mkdir(mode=0o700)
    with (folder / ".git" / "info" / "exclude").open("a", encoding="utf-8") as fh:
        fh.write(f"\n{DEMO_KEYS}/\n")  # private keys are never committed
    officials = (yaml.safe_load((folder / ROSTER).read_text(encoding="utf-8")) or {}).get("pejabat") or []
    keys = {str(o["id"]): _keygen(folder, o) for o in officials if (o.get("git") or {}).get("email")}
    lines = [f'{o["git"]["email"]} namespaces="git" {keys[str(o["id"])].read_text().strip()}'
             for o in officials if str(o["id"]) in keys]
    signers = folder / SIGNERS
    old = signers.read_text(encoding="utf-8") if signers.is_file() else ""
    signers.write_text(old.rstrip("\n") + "\n# Kunci demo (ppid demo): dibuat untuk salinan ini.\n"
                       + "\n".join(lines) + "\n", encoding="utf-8")
    admin = _admin(folder)
    who = (admin["git"]["nama"], admin["git"]["email"])
    sha = _commit(folder, who, [SIGNERS], "Demo: kunci baru setiap pejabat; akar kepercayaan demo",
                  keys.get(str(admin["id"])))
    _pin(folder, sha, who)
    return t("kantor.demo-selesai", folder=folder, jumlah=len(keys), kunci=folder / DEMO_KEYS,
             akar=sha)


def play(folder: Path, role: str) -> str:
    """Local git identity and signing key of `role`'s holder today (inside a demo copy)."""
    keys = folder / DEMO_KEYS
    if not keys.is_dir():
        raise UsageError(t("kantor.bukan-demo", folder=folder, kunci=DEMO_KEYS))
    found = holders(folder, role, now().date())
    key = keys / f"{found[0]['id']}.pub" if found else None
    if not found or not key.is_file():
        config = yaml.safe_load((folder / CONFIG).read_text(encoding="utf-8")) or {}
        raise UsageError(t("kantor.peran-kosong", peran=role, pilihan=", ".join(config.get("peran") or [])))
    official = found[0]
    for name, value in (("user.name", official["git"]["nama"]), ("user.email", official["git"]["email"]),
                        ("gpg.format", "ssh"), ("user.signingkey", str(key)),
                        ("commit.gpgsign", "true")):
        _git(folder, "config", name, value)
    return t("kantor.sebagai", nama=official["nama"], peran=role, kunci=key)


# ---- `ppid init --ambil-alih`: a new office takes over a copy ---------------------------------

def _replace_block(text: str, key: str, block: str) -> str:
    """Replace the top-level YAML mapping `key:` (up to the next top-level line) by `block`."""
    pattern = re.compile(rf"(?ms)^{key}:\n(?:[ #].*?\n|\n)*?(?=^\S)")
    return pattern.sub(lambda _: block, text, count=1) if pattern.search(text) else block + text


def take_over(opts: Options) -> str:
    folder = opts.folder.resolve()
    if not (folder / ".git").exists() or not (folder / CONFIG).is_file():
        raise UsageError(t("kantor.bukan-salinan", folder=folder))
    config_text = (folder / CONFIG).read_text(encoding="utf-8")
    config = yaml.safe_load(config_text) or {}
    # The copy keeps its level: at tanda-tangan the new head must bring a public key, or they
    # could sign nothing (a key made for them here would put a private key in the wrong hands).
    level = str(config.get("tingkat_kepercayaan") or "")
    if level in LEVELS:
        opts.tingkat = level
    admin_roles = list(config.get("pengelola_approvals") or ["kepala-dinas"])
    # Asked (without --ya): who holds each of the copy's other roles; the head holds the admins'.
    roles = {rid: str((spec or {}).get("nama") or rid) for rid, spec in
             (config.get("peran") or {}).items() if rid not in admin_roles}
    a = answers(opts, roles=roles)
    instansi = {k: v for k, v in {"nama": a.instansi, "ppid": a.ppid, "alamat": a.alamat,
                                  "telepon": a.telepon, "email": a.email, "situs": a.situs,
                                  "atasan_ppid": a.atasan}.items() if v}
    block = yaml.safe_dump({"instansi": instansi}, allow_unicode=True, sort_keys=False, width=100)
    config_text = _replace_block(config_text, "instansi", block)
    # One new head holds every administrator role: a threshold above one could never be met.
    config_text = re.sub(r"(?m)^ambang_pengesahan:.*\n(?:[ ]+.*\n)*",
                         "ambang_pengesahan: {bawaan: 1}  # satu pengelola sesudah pengambilalihan\n",
                         config_text)
    (folder / CONFIG).write_text(config_text, encoding="utf-8")
    head = a.pejabat[0]
    head.peran = admin_roles + [r for r in head.peran if r != kantor.HEAD_ROLE]
    _take_over_roster(folder, a.pejabat, a.unit)
    paths = [CONFIG, ROSTER]
    keyed = [o for o in a.pejabat if o.kunci]
    if keyed:
        signers = folder / SIGNERS
        old = signers.read_text(encoding="utf-8") if signers.is_file() else ""
        signers.write_text(old + kantor.signers(keyed).split("\n", 1)[1], encoding="utf-8")
        paths.append(SIGNERS)
    who = (head.nama, head.email)
    sha = _commit(folder, who, paths, f"{a.ppid} mengambil alih salinan ini (ppid init --ambil-alih)",
                  None)
    _pin(folder, sha, who)
    return t("kantor.ambil-alih-selesai", ppid=a.ppid, akar=sha)


def _take_over_roster(folder: Path, officials: list[kantor.Official], unit: str) -> None:
    """Every current term ends yesterday (old initials stay proven); the new officials start today.

    If the old office still acted today, its terms end today and the new ones start tomorrow:
    roles are held by the day, and a single-holder role cannot have two holders on one day.
    """
    today = now().date()
    last = subprocess.run(["git", "log", "-1", "--format=%cI"], cwd=folder, capture_output=True,
                          text=True).stdout.strip()
    acted = datetime.fromisoformat(last).astimezone(now().tzinfo).date() if last else None
    end = max(today - timedelta(days=1), acted or date.min)
    start = end + timedelta(days=1)
    data = yaml.safe_load((folder / ROSTER).read_text(encoding="utf-8")) or {}
    for official in data.get("pejabat") or []:
        for term in official.get("jabatan") or []:
            ends = term.get("sampai")
            if (ends is None or ends > end) and term.get("mulai") and term["mulai"] <= end:
                term["sampai"] = end
    data.setdefault("pejabat", []).extend(
        {"id": o.id, "nama": o.nama, "git": {"nama": o.nama, "email": o.email},
         "jabatan": [{"peran": p, "unit": unit, "mulai": start} for p in o.peran]}
        for o in officials)
    (folder / ROSTER).write_text("# Pejabat (diambil alih dengan ppid init --ambil-alih).\n"
                                 + kantor.dump(data), encoding="utf-8")
