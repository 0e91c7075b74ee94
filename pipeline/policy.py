"""The office's rules as data: config, SOP policies (one file per SOP) and the roster.

Everything under approvals/ is validated with the same schema machinery as content, and every
problem is collected before a ConfigError is raised, so an administrator fixes them in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import yaml

from .dates import WIB, parse_datetime
from .errors import ConfigError
from .findings import Finding, Severity
from .loading import line_of
from .messages import t
from .schema import (
    BENAR_SALAH,
    BILANGAN,
    CONTENT_TYPES,
    DAFTAR_PETA,
    DAFTAR_TEKS,
    KAMUS,
    PETA,
    PILIHAN,
    TANGGAL,
    TEKS,
    Field,
    Validator,
)

APPROVALS_DIR = "approvals"
ACTIONS = ("terima", "paraf", "disposisi", "verifikasi", "setuju", "tayang", "arsip", "lapor")
INITIALLING_ACTIONS = ("paraf", "disposisi", "verifikasi", "setuju")
TRUST_LEVELS = ("nama", "penulis", "tanda-tangan")

CONFIG_FIELDS = (
    Field("instansi", PETA, "Identitas badan publik", required=True, fields=(
        Field("nama", TEKS, "Nama badan publik", required=True),
        Field("ppid", TEKS, "Nama PPID", required=True),
        Field("alamat", TEKS, "Alamat kantor"),
        Field("telepon", TEKS, "Telepon kantor"),
        Field("email", TEKS, "Email kantor"),
        Field("situs", TEKS, "Alamat situs", pattern=r"^https?://\S+$", pattern_label="https://…"),
    )),
    Field("tingkat_kepercayaan", PILIHAN, "Tingkat bukti paraf", choices=TRUST_LEVELS),
    Field("peran", KAMUS, "Peran dalam SOP", required=True, fields=(
        Field("nama", TEKS, "Nama jabatan", required=True),
        Field("tunggal", BENAR_SALAH, "Dipegang satu orang pada satu waktu"),
    )),
    Field("penetapan_sop", DAFTAR_PETA, "SOP mana yang berlaku untuk konten mana",
          required=True, fields=(
        Field("sop", TEKS, "id SOP", required=True),
        Field("jenis", DAFTAR_TEKS, "Jenis konten (kosong: semua)"),
        Field("unit", DAFTAR_TEKS, "Unit (kosong: semua)"),
    )),
    Field("format_nomor_arsip", TEKS, "Format nomor arsip"),
)

STEP_FIELDS = (
    Field("nomor", BILANGAN, "Nomor langkah", required=True, minimum=1),
    Field("peran", TEKS, "Pelaksana (id peran)", required=True),
    Field("aksi", PILIHAN, "Aksi", required=True, choices=ACTIONS),
    Field("uraian", TEKS, "Uraian prosedur", required=True),
    Field("kelengkapan", TEKS, "Persyaratan / kelengkapan"),
    Field("menit", BILANGAN, "Waktu baku (menit)", minimum=0),
    Field("keluaran", TEKS, "Output"),
    Field("paraf", BENAR_SALAH, "Apakah langkah ini dibuktikan dengan paraf di front matter"),
    Field("wajib_isian", DAFTAR_TEKS, "Isian front matter yang harus ada pada langkah ini"),
    Field("jika_ditolak", BILANGAN, "Langkah tujuan bila ditolak", minimum=1),
)

POLICY_FIELDS = (
    Field("id", TEKS, "id SOP (sama dengan nama berkas)", required=True),
    Field("nama", TEKS, "Nama SOP", required=True),
    Field("instansi", TEKS, "Instansi pemilik SOP", required=True),
    Field("nomor", TEKS, "Nomor SOP"),
    Field("tanggal_pembuatan", TANGGAL, "Tanggal pembuatan"),
    Field("tanggal_revisi", TANGGAL, "Tanggal revisi"),
    Field("tanggal_efektif", TANGGAL, "Tanggal efektif"),
    Field("disahkan_oleh", TEKS, "Disahkan oleh"),
    Field("sumber", TEKS, "Naskah asli SOP"),
    Field("berlaku_untuk", PETA, "Jenis konten dan unit yang boleh diatur SOP ini", required=True,
          fields=(
              Field("jenis", DAFTAR_TEKS, "Jenis konten", required=True),
              Field("unit", DAFTAR_TEKS, "Unit (kosong: semua unit)"),
          )),
    Field("dasar_hukum", DAFTAR_TEKS, "Dasar hukum", required=True),
    Field("kualifikasi", DAFTAR_TEKS, "Kualifikasi pelaksana"),
    Field("keterkaitan", DAFTAR_TEKS, "SOP terkait"),
    Field("peralatan", DAFTAR_TEKS, "Peralatan / perlengkapan"),
    Field("peringatan", DAFTAR_TEKS, "Peringatan"),
    Field("pencatatan", DAFTAR_TEKS, "Pencatatan dan pendataan"),
    Field("catatan", TEKS, "Catatan penerjemahan SOP ke kebijakan"),
    Field("langkah", DAFTAR_PETA, "Langkah prosedur", required=True, fields=STEP_FIELDS),
    Field("tugas_berkala", DAFTAR_PETA, "Tugas berkala (SOP 004)", fields=(
        Field("uraian", TEKS, "Uraian", required=True),
        Field("peran", TEKS, "Pelaksana", required=True),
        Field("setiap_bulan", BILANGAN, "Paling lambat setiap … bulan", required=True, minimum=1),
        Field("keluaran", TEKS, "Output"),
    )),
)

ROSTER_FIELDS = (
    Field("pejabat", DAFTAR_PETA, "Daftar pejabat", required=True, fields=(
        Field("id", TEKS, "id singkat", required=True),
        Field("nama", TEKS, "Nama lengkap dengan gelar, seperti ditulis di paraf", required=True),
        Field("git", PETA, "Identitas git", required=True, fields=(
            Field("nama", TEKS, "user.name", required=True),
            Field("email", TEKS, "user.email", required=True),
        )),
        Field("jabatan", DAFTAR_PETA, "Masa jabatan per peran", required=True, fields=(
            Field("peran", TEKS, "id peran", required=True),
            Field("unit", TEKS, "Unit kerja"),
            Field("mulai", TANGGAL, "Mulai menjabat", required=True),
            Field("sampai", TANGGAL, "Akhir jabatan (kosong: masih menjabat)"),
        )),
    )),
)


@dataclass(frozen=True)
class Role:
    id: str
    nama: str
    tunggal: bool


@dataclass(frozen=True)
class Step:
    no: int
    peran: str
    aksi: str
    uraian: str
    menit: int | None
    needs_paraf: bool
    wajib_isian: tuple[str, ...]
    jika_ditolak: int | None
    kelengkapan: str = ""
    keluaran: str = ""


@dataclass(frozen=True)
class Policy:
    id: str
    nama: str
    instansi: str
    rel: str
    steps: tuple[Step, ...]
    meta: dict = field(hash=False, compare=False)

    @property
    def gate_steps(self) -> tuple[Step, ...]:
        """Steps before the first `tayang`: all must be done before the item is published."""
        out = []
        for step in self.steps:
            if step.aksi == "tayang":
                break
            out.append(step)
        return tuple(out)

    @property
    def later_steps(self) -> tuple[Step, ...]:
        return self.steps[len(self.gate_steps):]

    @property
    def paraf_steps(self) -> tuple[Step, ...]:
        return tuple(s for s in self.gate_steps if s.needs_paraf)

    @property
    def total_minutes(self) -> int:
        return sum(s.menit or 0 for s in self.steps)


@dataclass(frozen=True)
class Term:
    peran: str
    unit: str
    mulai: date
    sampai: date | None

    def covers(self, day: date) -> bool:
        return self.mulai <= day and (self.sampai is None or day <= self.sampai)

    def label(self) -> str:
        return f"{self.mulai.isoformat()}–{self.sampai.isoformat() if self.sampai else 'sekarang'}"


@dataclass(frozen=True)
class Official:
    id: str
    nama: str
    git_nama: str
    git_email: str
    terms: tuple[Term, ...]

    def holds(self, peran: str, when: datetime) -> bool:
        day = when.astimezone(WIB).date()
        return any(term.peran == peran and term.covers(day) for term in self.terms)


def same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass
class Roster:
    officials: list[Official]

    def holders(self, peran: str, when: datetime) -> list[Official]:
        return [o for o in self.officials if o.holds(peran, when)]

    def by_email(self, email: str) -> Official | None:
        email = email.strip().casefold()
        return next((o for o in self.officials if o.git_email.casefold() == email), None)

    def by_name(self, nama: str) -> list[Official]:
        return [o for o in self.officials if same_name(o.nama, nama)]


@dataclass
class Approvals:
    """Config + policies + roster: everything a check needs besides the content."""

    root: Path
    config: dict
    roles: dict[str, Role]
    policies: dict[str, Policy]
    roster: Roster
    warnings: list[Finding] = field(default_factory=list)

    @property
    def trust_level(self) -> str:
        return self.config.get("tingkat_kepercayaan") or "penulis"

    def role_name(self, peran: str) -> str:
        role = self.roles.get(peran)
        return role.nama if role else peran

    def policy_for(self, jenis: str, unit: str) -> Policy | None:
        """First rule of `penetapan_sop` whose jenis and unit lists admit the item."""
        for rule in self.config.get("penetapan_sop") or []:
            jenis_ok = not rule.get("jenis") or jenis in rule["jenis"]
            unit_ok = not rule.get("unit") or any(same_name(unit, u) for u in rule["unit"])
            if jenis_ok and unit_ok:
                return self.policies.get(rule["sop"])
        return None


def _read_yaml(root: Path, rel: str, errors: list[Finding]) -> dict | None:
    path = root / rel
    try:
        text = path.read_text(encoding="utf-8").lstrip("\ufeff")
    except FileNotFoundError:
        errors.append(Finding(rel, "konfig.tidak-ada"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(Finding(rel, "baca.gagal", {"detail": str(exc)}))
        return None
    try:
        data = yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        detail = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        errors.append(Finding(rel, "baca.yaml", {"detail": detail},
                              line=mark.line + 1 if mark else None))
        return None
    if not isinstance(data, dict):
        errors.append(Finding(rel, "baca.bukan-peta", {"tipe": type(data).__name__}, line=1))
        return None
    # Approvals files have no front matter delimiter: lines start at 1, not 2.
    data["__text__"] = text
    return data


def _validate(rel: str, data: dict, fields: tuple[Field, ...]) -> list[Finding]:
    text = data.pop("__text__")
    _TEXTS[rel] = text
    v = Validator(rel, lambda dotted: _line(text, dotted), draft=False)
    v.mapping(fields, data, "", context=rel)
    return v.findings


_TEXTS: dict[str, str] = {}


def _at(rel: str, code: str, params: dict, where: str) -> Finding:
    """A finding in an approvals file, located by the dotted path `where`."""
    return Finding(rel, code, params, where, _line(_TEXTS.get(rel, ""), where))


def _line(text: str, dotted: str) -> int | None:
    found = line_of(text, dotted)
    return found - 1 if found else None


def _date(value: object) -> date | None:
    return None if value in (None, "") else parse_datetime(value).date()


def _policy(rel: str, data: dict) -> Policy:
    steps = []
    for raw in data.get("langkah") or []:
        aksi = raw["aksi"]
        steps.append(Step(
            no=raw["nomor"], peran=raw["peran"], aksi=aksi, uraian=raw.get("uraian", ""),
            menit=raw.get("menit"), needs_paraf=raw.get("paraf", aksi in INITIALLING_ACTIONS),
            wajib_isian=tuple(raw.get("wajib_isian") or ()), jika_ditolak=raw.get("jika_ditolak"),
            kelengkapan=raw.get("kelengkapan", ""), keluaran=raw.get("keluaran", ""),
        ))
    return Policy(data["id"], data["nama"], data["instansi"], rel, tuple(steps), data)


def _check_policy(rel: str, data: dict, roles: dict, errors: list[Finding]) -> None:
    expected_id = Path(rel).stem
    if data.get("id") != expected_id:
        errors.append(_at(rel, "konfig.sop-id", {"id": data.get("id"), "berkas": expected_id}, "id"))
    for pos, step in enumerate(data.get("langkah") or [], start=1):
        where = f"langkah[{pos - 1}]"
        if step.get("nomor") != pos:
            errors.append(_at(rel, "konfig.nomor-langkah", {"no": step.get("nomor"), "posisi": pos},
                              where))
        if step.get("peran") not in roles:
            errors.append(_at(rel, "konfig.peran", {"peran": step.get("peran")}, where))
        back = step.get("jika_ditolak")
        if back is not None and not (isinstance(back, int) and 1 <= back < pos):
            errors.append(_at(rel, "konfig.kembali", {"ke": back, "maks": pos - 1}, where))


def _roster(rel: str, data: dict, roles: dict, errors: list[Finding]) -> Roster:
    officials, seen_ids, seen_emails = [], {}, {}
    for raw in data.get("pejabat") or []:
        where = f"pejabat[{len(officials)}]"
        terms = []
        for term in raw.get("jabatan") or []:
            if term.get("peran") not in roles:
                errors.append(_at(rel, "konfig.peran", {"peran": term.get("peran")}, where))
            mulai, sampai = _date(term["mulai"]), _date(term.get("sampai"))
            if sampai and sampai < mulai:
                errors.append(_at(rel, "roster.periode",
                                      {"mulai": mulai.isoformat(), "sampai": sampai.isoformat()},
                                      where))
            terms.append(Term(term["peran"], term.get("unit", ""), mulai, sampai))
        off = Official(raw["id"], raw["nama"], raw["git"]["nama"], raw["git"]["email"], tuple(terms))
        if off.id in seen_ids:
            errors.append(_at(rel, "roster.id-ganda", {"id": off.id}, where))
        email = off.git_email.casefold()
        if email in seen_emails:
            errors.append(_at(rel, "roster.email-ganda",
                                  {"email": off.git_email, "lain": seen_emails[email]}, where))
        seen_ids[off.id], seen_emails[email] = off.nama, off.nama
        officials.append(off)
    _check_overlaps(rel, officials, roles, errors)
    return Roster(officials)


def _check_overlaps(rel: str, officials: list[Official], roles: dict, errors: list[Finding]) -> None:
    """A single-holder role (Kabid, Kepala Dinas…) cannot have two holders on the same day."""
    terms = [(o, term) for o in officials for term in o.terms]
    for i, (a, ta) in enumerate(terms):
        for b, tb in terms[i + 1:]:
            role = roles.get(ta.peran)
            if ta.peran != tb.peran or not (role and role.tunggal or a is b):
                continue
            far = date.max
            if ta.mulai <= (tb.sampai or far) and tb.mulai <= (ta.sampai or far):
                errors.append(_at(rel, "roster.tumpang-tindih", {
                    "peran_nama": role.nama if role else ta.peran, "nama": b.nama,
                    "periode": tb.label(), "lain": a.nama, "periode_lain": ta.label(),
                }, "pejabat"))


def _check_scope(rel: str, index: int, rule: dict, policy: Policy) -> list[Finding]:
    """A mapping rule may not send content outside what the SOP says it governs."""
    scope = policy.meta["berlaku_untuk"]
    found = []
    for jenis in rule.get("jenis") or scope["jenis"]:
        if jenis not in scope["jenis"]:
            found.append(_at(rel, "konfig.luar-lingkup", {"sop": policy.id, "apa": f"jenis '{jenis}'",
                                                           "lingkup": ", ".join(scope["jenis"])},
                             f"penetapan_sop[{index}].jenis"))
    allowed_units = scope.get("unit") or []
    for unit in (rule.get("unit") or ["*"]) if allowed_units else []:
        if not any(same_name(unit, u) for u in allowed_units):
            found.append(_at(rel, "konfig.luar-lingkup", {"sop": policy.id, "apa": f"unit '{unit}'",
                                                           "lingkup": ", ".join(allowed_units)},
                             f"penetapan_sop[{index}].unit"))
    return found


def load_approvals(root: Path) -> Approvals:
    """Read and validate approvals/; raise ConfigError listing every problem found."""
    errors: list[Finding] = []
    base = f"{APPROVALS_DIR}"
    config = _read_yaml(root, f"{base}/config.yaml", errors)
    roster_data = _read_yaml(root, f"{base}/roster.yaml", errors)
    policy_data = {}
    for path in sorted((root / base / "sop").glob("*.yaml")):
        rel = path.relative_to(root).as_posix()
        data = _read_yaml(root, rel, errors)
        if data is not None:
            policy_data[rel] = data
    if config is None or roster_data is None:
        raise ConfigError(t("konfig.tidak-ada"), errors)

    found = _validate(f"{base}/config.yaml", config, CONFIG_FIELDS)
    found += _validate(f"{base}/roster.yaml", roster_data, ROSTER_FIELDS)
    for rel, data in policy_data.items():
        found += _validate(rel, data, POLICY_FIELDS)
    errors += [f for f in found if f.severity is Severity.ERROR]
    warnings = [f for f in found if f.severity is Severity.WARNING]
    if errors:
        raise ConfigError(t("cek.gagal", galat=len(errors)), errors + warnings)

    roles = {rid: Role(rid, r["nama"], bool(r.get("tunggal"))) for rid, r in config["peran"].items()}
    policies = {}
    for rel, data in policy_data.items():
        _check_policy(rel, data, roles, errors)
        policies[data["id"]] = _policy(rel, data)
    for i, rule in enumerate(config["penetapan_sop"]):
        if rule["sop"] not in policies:
            errors.append(_at(f"{base}/config.yaml", "konfig.sop", {"sop": rule["sop"]},
                              f"penetapan_sop[{i}]"))
        else:
            errors += _check_scope(f"{base}/config.yaml", i, rule, policies[rule["sop"]])
        for jenis in rule.get("jenis") or []:
            if jenis not in CONTENT_TYPES:
                errors.append(_at(f"{base}/config.yaml", "skema.jenis",
                                  {"nilai": jenis, "pilihan": ", ".join(CONTENT_TYPES)},
                                  f"penetapan_sop[{i}].jenis"))
    roster = _roster(f"{base}/roster.yaml", roster_data, roles, errors)
    if errors:
        raise ConfigError(t("cek.gagal", galat=len(errors)), errors + warnings)
    return Approvals(root, config, roles, policies, roster, warnings)
