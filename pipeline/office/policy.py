"""The office's rules as data: config, SOP policies (one file per SOP) and the roster.

Everything under approvals/ is validated with the same schema machinery as content, and every
problem is collected before a ConfigError is raised, so an administrator fixes them in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path

import yaml

from pipeline.i18n.messages import t
from pipeline.model.dates import parse_datetime
from pipeline.model.document import line_of
from pipeline.model.errors import ConfigError
from pipeline.model.fields import Field
from pipeline.model.findings import Finding, Severity
from pipeline.model.schema import Validator
from pipeline.model.types import CONTENT_TYPES
from pipeline.office import jamkerja
from pipeline.office.archive import Classification, classification
from pipeline.office.config import OfficeConfig, TrustLevel
from pipeline.office.policy_fields import (  # noqa: F401 - re-exported: the policy's vocabulary
    ACTIONS,
    APPROVALS_DIR,
    CLOCK,
    CONFIG_FIELDS,
    DAYS,
    INITIALLING_ACTIONS,
    POLICY_FIELDS,
    STEP_FIELDS,
    TRUST_LEVELS,
)
from pipeline.office.policy_rules import check_additions, check_policy, check_scope
from pipeline.office.roster import ROSTER_FIELDS, Roster, build_roster, same_name


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
    # Fields required only of items dated on or after `since` (older ones: info), and the
    # step record (catatan_langkah) its role writes with `ppid catat`.
    wajib_sejak: RequiredSince | None = None
    rekaman: RecordSpec | None = None


@dataclass(frozen=True)
class RequiredSince:
    since: datetime
    fields: tuple[str, ...]


@dataclass(frozen=True)
class RecordSpec:
    """A step proven by a line in `catatan_langkah` written (and signed) by `by`'s holder."""

    by: str
    keys: tuple[str, ...]
    since: datetime


@dataclass(frozen=True)
class OfficeRule:
    """A rule the office added beyond its signed SOP (`aturan_kantor`), with its reason."""

    rule: str
    steps: tuple[int, ...]
    reason: str


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
    def emergency(self) -> tuple[tuple[str, ...], int] | None:
        """(roles that may initial first, hours to complete the rest), if the SOP allows it."""
        rule = self.meta.get("darurat")
        return (tuple(rule["langkah_minimum"]), int(rule["batas_jam"])) if rule else None

    @property
    def withdrawers(self) -> tuple[str, ...]:
        """Roles that may withdraw a published item: as declared, else those who initial it."""
        declared = self.meta.get("penarikan_oleh")
        return tuple(declared) if declared else tuple(s.peran for s in self.paraf_steps)

    @property
    def total_minutes(self) -> int:
        return sum(s.menit or 0 for s in self.steps)

    @property
    def office_rules(self) -> tuple[OfficeRule, ...]:
        return tuple(OfficeRule(r["aturan"], tuple(int(n) for n in r.get("langkah") or ()),
                                r["alasan"]) for r in self.meta.get("aturan_kantor") or ())

    def office_rule(self, rule: str, step: int | None = None) -> OfficeRule | None:
        """The office addition behind `rule` (for `step`), if the office declared one."""
        return next((r for r in self.office_rules if r.rule == rule
                     and (step is None or not r.steps or step in r.steps)), None)

    def step(self, no: int) -> Step | None:
        return next((s for s in self.steps if s.no == no), None)

    def restart_from(self, step: Step) -> tuple[Step, ...]:
        """The initialling steps a rejection at `step` asks again: from its `jika_ditolak`
        target on (the SOP's "Tidak" arrow), up to the gate."""
        back = step.jika_ditolak or 1
        return tuple(s for s in self.paraf_steps if s.no >= back)

    @property
    def record_steps(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.rekaman is not None)

    @property
    def periodic_tasks(self) -> tuple[dict, ...]:
        return tuple(self.meta.get("tugas_berkala") or ())


@dataclass
class Approvals:
    """Config + policies + roster: everything a check needs besides the content."""

    root: Path
    config: dict
    roles: dict[str, Role]
    policies: dict[str, Policy]
    roster: Roster
    warnings: list[Finding] = field(default_factory=list)
    classification: Classification | None = None
    # The level legitimately in force by the history (chain.py), whatever HEAD's file says.
    level_in_force: str | None = None

    @cached_property
    def settings(self) -> OfficeConfig:
        """config.yaml typed, with its defaults (built after validation)."""
        return OfficeConfig.of(self.config)

    @property
    def trust_level(self) -> TrustLevel:
        return TrustLevel.of(self.level_in_force) if self.level_in_force else self.settings.trust_level

    @property
    def admin_roles(self) -> list[str]:
        return list(self.settings.admin_roles)

    def role_name(self, peran: str) -> str:
        role = self.roles.get(peran)
        return role.nama if role else peran

    def holder_names(self, peran: str, when: datetime) -> str:
        """Who holds `peran` on `when`, for messages that name the person who must act."""
        names = ", ".join(o.nama for o in self.roster.holders(peran, when))
        return names or t("sop.tanpa-pejabat", peran_nama=self.role_name(peran))

    def policy_for(self, jenis: str, unit: str) -> Policy | None:
        """First rule of `penetapan_sop` whose jenis and unit lists admit the item."""
        for rule in self.settings.sop_rules:
            jenis_ok = not rule.get("jenis") or jenis in rule["jenis"]
            unit_ok = not rule.get("unit") or any(same_name(unit, u) for u in rule["unit"])
            if jenis_ok and unit_ok:
                return self.policies.get(rule["sop"])
        return None


class _DatesAsText(yaml.SafeLoader):
    """The safe loader without YAML's implicit timestamps."""


_DatesAsText.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


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
    except ValueError:
        # A date YAML recognises but no calendar has (2026-13-45): read dates as text, so the
        # schema names the file, line and field of the bad one instead of a traceback.
        data = yaml.load(text, Loader=_DatesAsText)  # noqa: S506 - safe loader
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


def _validate(rel: str, data: dict, fields: tuple[Field, ...], sources: Sources) -> list[Finding]:
    text = data.pop("__text__")
    sources.texts[rel] = text
    v = Validator(rel, lambda dotted: _line(text, dotted), draft=False)
    v.mapping(fields, data, "", context=rel)
    return v.findings


class Sources:
    """The text of each approvals file read in one load, to locate findings by dotted path."""

    def __init__(self) -> None:
        self.texts: dict[str, str] = {}

    def at(self, rel: str, code: str, params: dict, where: str) -> Finding:
        return Finding(rel, code, params, where, _line(self.texts.get(rel, ""), where))


def _line(text: str, dotted: str) -> int | None:
    found = line_of(text, dotted)
    return found - 1 if found else None


def _policy(rel: str, data: dict) -> Policy:
    steps = []
    for raw in data.get("langkah") or []:
        aksi = raw["aksi"]
        steps.append(Step(
            no=raw["nomor"], peran=raw["peran"], aksi=aksi, uraian=raw.get("uraian", ""),
            menit=raw.get("menit"), needs_paraf=raw.get("paraf", aksi in INITIALLING_ACTIONS),
            wajib_isian=tuple(raw.get("wajib_isian") or ()), jika_ditolak=raw.get("jika_ditolak"),
            kelengkapan=raw.get("kelengkapan", ""), keluaran=raw.get("keluaran", ""),
            wajib_sejak=_required_since(raw.get("wajib_sejak")),
            rekaman=_record_spec(raw.get("rekaman"), raw["peran"]),
        ))
    return Policy(data["id"], data["nama"], data["instansi"], rel, tuple(steps), data)


def _required_since(raw: dict | None) -> RequiredSince | None:
    if not raw:
        return None
    return RequiredSince(parse_datetime(raw["tanggal"]), tuple(raw["isian"]))


def _record_spec(raw: dict | None, peran: str) -> RecordSpec | None:
    if not raw:
        return None
    return RecordSpec(raw.get("oleh") or peran, tuple(raw.get("isian") or ()),
                      parse_datetime(raw["sejak"]))


def load_approvals(root: Path) -> Approvals:
    """Read and validate approvals/; raise ConfigError listing every problem found."""
    errors: list[Finding] = []
    sources = Sources()
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

    found = _validate(f"{base}/config.yaml", config, CONFIG_FIELDS, sources)
    found += _validate(f"{base}/roster.yaml", roster_data, ROSTER_FIELDS, sources)
    for rel, data in policy_data.items():
        found += _validate(rel, data, POLICY_FIELDS, sources)
    found += jamkerja.problems(config, sources.at)
    errors += [f for f in found if f.severity is Severity.ERROR]
    warnings = [f for f in found if f.severity is Severity.WARNING]
    if errors:
        raise ConfigError(t("cek.gagal", galat=len(errors)), errors + warnings)

    roles = {rid: Role(rid, r["nama"], bool(r.get("tunggal"))) for rid, r in config["peran"].items()}
    policies = {}
    for rel, data in policy_data.items():
        check_policy(rel, data, roles, sources.at, errors)
        check_additions(rel, data, roles, sources.at, errors)
        policies[data["id"]] = _policy(rel, data)
    for i, rule in enumerate(config["penetapan_sop"]):
        if rule["sop"] not in policies:
            errors.append(sources.at(f"{base}/config.yaml", "konfig.sop", {"sop": rule["sop"]},
                              f"penetapan_sop[{i}]"))
        else:
            scoped = policies[rule["sop"]]
            errors += check_scope(f"{base}/config.yaml", i, rule, scoped.id,
                                  scoped.meta["berlaku_untuk"], sources.at)
        for jenis in rule.get("jenis") or []:
            if jenis not in CONTENT_TYPES:
                errors.append(sources.at(f"{base}/config.yaml", "skema.jenis",
                                  {"nilai": jenis, "pilihan": ", ".join(CONTENT_TYPES)},
                                  f"penetapan_sop[{i}].jenis"))
    for i, role in enumerate(config.get("pengelola_approvals") or []):
        if role not in roles:
            errors.append(sources.at(f"{base}/config.yaml", "konfig.peran", {"peran": role},
                                     f"pengelola_approvals[{i}]"))
    roster = build_roster(f"{base}/roster.yaml", roster_data, roles, sources.at, errors)
    if errors:
        raise ConfigError(t("cek.gagal", galat=len(errors)), errors + warnings)
    return Approvals(root, config, roles, policies, roster, warnings, classification(root))
