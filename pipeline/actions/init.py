"""`ppid init`: a new office's repository in one command, its first commit the pinned root.

Questions are asked in Indonesian with defaults for whatever the options leave open (`--ya`:
none, missing required options are a usage error). A wrong answer is explained and asked again.
The folder must be empty and not a repository unless `--paksa`; no existing file is overwritten.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.actions import kantor
from pipeline.git.pin import PIN_GIT_CONFIG
from pipeline.i18n.messages import t
from pipeline.model.dates import now
from pipeline.model.errors import UsageError

URL = re.compile(r"^https?://[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+(:\d+)?(/\S*)?$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
LEVELS = ("penulis", "tanda-tangan")
DEFAULT_SOP = ["003"]


@dataclass
class Options:
    folder: Path
    instansi: str | None = None
    situs: str | None = None
    ppid: str | None = None
    email: str | None = None
    telepon: str | None = None
    alamat: str | None = None
    atasan: str | None = None
    sop: list[str] | None = None
    tingkat: str | None = None
    kepala: str | None = None
    kepala_email: str | None = None
    kunci: str | None = None
    pejabat: list[str] = field(default_factory=list)  # "Nama|email|peran,peran[|kunci.pub]"
    paket: str | None = None  # pip requirement for ppid-pipeline, e.g. 'ppid-pipeline @ git+…@v0.2.0'
    ya: bool = False
    paksa: bool = False


# ---- checking one answer: None when good, else the message ------------------------------------

def check_url(value: str) -> str | None:
    return None if URL.match(value) else t("kantor.url-salah", nilai=value)


def check_email(value: str) -> str | None:
    return None if EMAIL.match(value) else t("kantor.email-salah", nilai=value)


def check_level(value: str) -> str | None:
    return None if value in LEVELS else t("kantor.tingkat-salah", nilai=value)


def check_sops(value: str) -> str | None:
    # the number alone where it names one template, else the whole id (five start with 004)
    pilihan = ", ".join(sid.split("-")[0] if kantor.resolve_sop(sid.split("-")[0]) == sid else sid
                        for sid in kantor.sop_choices())
    for code in _codes(value):
        if kantor.resolve_sop(code) is None:
            return t("kantor.sop-salah", kode=code, pilihan=pilihan)
    return None


def read_key(value: str) -> str:
    """The public key line in file `value`; a clear usage error when it is not one."""
    path = Path(value).expanduser()
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        text = ""
    if not re.match(r"^(ssh-ed25519|ssh-rsa|ecdsa-sha2-\S+|sk-\S+) [A-Za-z0-9+/=]+", text):
        raise UsageError(t("kantor.kunci-salah", berkas=value))
    return text.splitlines()[0]


def _codes(value: str) -> list[str]:
    return [c for c in re.split(r"[,\s]+", value) if c]


# ---- asking ----------------------------------------------------------------------------------

Ask = Callable[[str], str]


def ask(prompt: str, default: str, check: Callable[[str], str | None] | None,
        reader: Ask = input, required: bool = True) -> str:
    """Ask until the answer passes `check`; an empty answer takes the default."""
    while True:
        shown = f"{prompt} [{default}]: " if default else f"{prompt}: "
        try:
            value = reader(shown).strip() or default
        except EOFError:  # input ended (a pipe, Ctrl-D): a usage error, not a traceback
            raise UsageError(t("kantor.masukan-habis", apa=prompt.strip())) from None
        if not value and required:
            print(t("kantor.kosong", apa=prompt))
            continue
        problem = check(value) if (check and value) else None
        if problem is None:
            return value
        print(problem)


def _value(opts: Options, name: str, prompt_code: str, default: str, check, reader: Ask,
           required: bool = True, **fmt: str) -> str:
    given = getattr(opts, name)
    if given is not None:
        problem = check(given) if (check and given) else None
        if problem:
            raise UsageError(problem)
        if required and not str(given).strip():
            raise UsageError(t("kantor.kosong", apa=t(prompt_code, **fmt)))
        return str(given).strip()
    if opts.ya:
        if required and not default:
            raise UsageError(t("kantor.wajib-opsi", opsi=f"--{name.replace('_', '-')}"))
        return default
    return ask(t(prompt_code, **fmt), default, check, reader, required)


def answers(opts: Options, reader: Ask = input,
            roles: dict[str, str] | None = None) -> kantor.Answers:
    """Every answer; `roles` (id -> title) whose holders are asked for, by default those of the
    chosen SOPs (a take-over passes the copy's own roles)."""
    v = lambda *a, **k: _value(opts, *a, reader=reader, **k)  # noqa: E731
    instansi = v("instansi", "kantor.tanya.instansi", "", None)
    ppid = v("ppid", "kantor.tanya.ppid", kantor.default_ppid(instansi), None)
    situs = v("situs", "kantor.tanya.situs", "", check_url)
    email = v("email", "kantor.tanya.email", "", check_email, required=False)
    telepon = v("telepon", "kantor.tanya.telepon", "", None, required=False)
    alamat = v("alamat", "kantor.tanya.alamat", "", None, required=False)
    atasan = v("atasan", "kantor.tanya.atasan", "", None, required=False)
    if opts.sop is not None:
        opts.sop = " ".join(opts.sop)  # type: ignore[assignment]
    pilihan = ", ".join(kantor.sop_choices())
    sops = v("sop", "kantor.tanya.sop", " ".join(DEFAULT_SOP), check_sops, pilihan=pilihan)
    tingkat = v("tingkat", "kantor.tanya.tingkat", "penulis", check_level)
    kepala = v("kepala", "kantor.tanya.kepala", "", None)
    kepala_email = v("kepala_email", "kantor.tanya.kepala-email", "", check_email)
    key = ""
    if tingkat == "tanda-tangan":
        check = None if (opts.ya or opts.kunci is not None) else check_key
        key_file = v("kunci", "kantor.tanya.kunci", "", check, required=False)
        if not key_file:
            raise UsageError(t("kantor.kunci-wajib"))
        key = read_key(key_file)
    head = kantor.Official(kepala, kepala_email, [kantor.HEAD_ROLE], key)
    sop = [kantor.resolve_sop(c) or c for c in _codes(sops)]
    officials = [head, *map(parse_official, opts.pejabat)]
    if not opts.ya:  # the officials of every role the chosen SOPs need
        ask_officials(officials, kantor.role_names(sop, instansi) if roles is None else roles,
                      tingkat, reader)
    return kantor.Answers(instansi=instansi, situs=situs, ppid=ppid, email=email, telepon=telepon,
                          alamat=alamat, atasan=atasan, sop=sop, tingkat=tingkat,
                          pejabat=officials, tanggal=now(), paket=check_package(opts.paket))


def check_package(value: str | None) -> str:
    """A pip requirement naming ppid-pipeline (quotes would break pyproject.toml)."""
    if not value:
        return ""
    if not re.match(r"^ppid-pipeline\s*(@\s*\S+|[=<>~!]=?\s*[\w.*]+)$", value.strip()):
        raise UsageError(t("kantor.paket-salah", nilai=value))
    return value.strip()


def check_key(value: str) -> str | None:
    try:
        read_key(value)
    except UsageError as exc:
        return str(exc)
    return None


def check_account(value: str) -> str | None:
    forge, _, login = value.rpartition(":")
    ok = forge in ("", "github", "forgejo") and re.match(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$", login)
    return None if ok else t("kantor.akun-salah", nilai=value)


def ask_officials(officials: list[kantor.Official], roles: dict[str, str], tingkat: str,
                  reader: Ask) -> None:
    """Ask who holds each role nobody holds yet. A name already given adds the role to that
    person (a small office: one person, several roles); the default is the last person named."""
    last = officials[0]
    for rid, title in roles.items():
        if any(rid in o.peran for o in officials):
            continue
        print(t("kantor.tanya.peran", peran=title, kode=rid))
        nama = ask(t("kantor.tanya.pejabat-nama"), last.nama, None, reader)
        known = next((o for o in officials if o.nama.casefold() == nama.casefold()), None)
        if known is not None:
            known.peran.append(rid)
            last = known
            continue
        email = ask(t("kantor.tanya.pejabat-email"), "", check_email, reader)
        login = ask(t("kantor.tanya.pejabat-akun"), "", check_account, reader, required=False)
        forge, _, login = login.rpartition(":")
        key = ""
        if tingkat == "tanda-tangan":
            key = read_key(ask(t("kantor.tanya.pejabat-kunci"), "", check_key, reader))
        last = kantor.Official(nama, email, [rid], key, {forge or "github": login} if login else {})
        officials.append(last)


def parse_official(spec: str) -> kantor.Official:
    """'Nama|email|peran,peran[|kunci.pub]' -> an Official."""
    parts = [p.strip() for p in spec.split("|")]
    if len(parts) not in (3, 4) or not parts[0] or check_email(parts[1]) or not parts[2]:
        raise UsageError(t("kantor.pejabat-salah", nilai=spec))
    key = read_key(parts[3]) if len(parts) == 4 and parts[3] else ""
    return kantor.Official(parts[0], parts[1], _codes(parts[2]), key)


# ---- writing ---------------------------------------------------------------------------------

def _git(folder: Path, *args: str, env: dict | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True,
                          env={**os.environ, **(env or {})})
    if done.returncode != 0:
        raise UsageError(t("kantor.git-gagal", detail=(done.stderr or done.stdout).strip()[-300:]))
    return done.stdout.strip()


def refuse_unless_told(folder: Path, paksa: bool) -> None:
    if paksa or not folder.exists():
        return
    if (folder / ".git").exists():
        raise UsageError(t("kantor.sudah-repo", folder=folder))
    if any(folder.iterdir()):
        raise UsageError(t("kantor.tidak-kosong", folder=folder))


def write_files(folder: Path, contents: dict[str, str]) -> tuple[list[str], list[str]]:
    """Write every file that does not exist yet: (written, skipped). Never overwrites."""
    written, skipped = [], []
    for rel, text in contents.items():
        path = folder / rel
        if path.exists() or path.is_symlink():
            skipped.append(rel)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("x", encoding="utf-8") as fh:  # 'x': a file that appeared meanwhile stays
            fh.write(text)
        written.append(rel)
    return written, skipped


# The first commit is the pinned root, trusted for what it is rather than for its author. It is
# not an official's: otherwise the templates of the required pages would count as written by the
# administrator, who could then never approve them (paraf.sendiri).
INIT_IDENTITY = ("ppid init", "init@ppid.invalid")


def first_commit(folder: Path, written: list[str], message: str) -> str:
    """Commit `written` and pin that commit as the root of trust."""
    if not (folder / ".git").exists():
        _git(folder, "init", "-q", "-b", "main")
    env = {"GIT_AUTHOR_NAME": INIT_IDENTITY[0], "GIT_AUTHOR_EMAIL": INIT_IDENTITY[1],
           "GIT_COMMITTER_NAME": INIT_IDENTITY[0], "GIT_COMMITTER_EMAIL": INIT_IDENTITY[1]}
    _git(folder, "add", "--", *written)
    _git(folder, "-c", "commit.gpgsign=false", "commit", "-q", "-m", message, "--", *written,
         env=env)
    sha = _git(folder, "rev-parse", "HEAD")
    _git(folder, "config", PIN_GIT_CONFIG, sha)
    return sha


def init(opts: Options, reader: Ask = input) -> str:
    folder = opts.folder.resolve()
    refuse_unless_told(folder, opts.paksa)
    a = answers(opts, reader)
    folder.mkdir(parents=True, exist_ok=True)
    written, skipped = write_files(folder, kantor.files(a))
    for rel in skipped:
        print(t("kantor.ada", berkas=rel))
    sha = first_commit(folder, written,
                       f"Situs {a.ppid}: konfigurasi awal dan akar kepercayaan (ppid init)")
    return t("kantor.selesai", ppid=a.ppid, folder=folder, akar=sha)
