"""The office's rules as data: config, SOP policies (one file per SOP) and the roster.

Everything under approvals/ is validated with the same schema machinery as content, and every
problem is collected before a ConfigError is raised, so an administrator fixes them in one go.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from pipeline.i18n.messages import t
from pipeline.model.document import line_of
from pipeline.model.errors import ConfigError
from pipeline.model.fields import (
    BENAR_SALAH,
    BILANGAN,
    DAFTAR_PETA,
    DAFTAR_TEKS,
    KAMUS,
    PETA,
    PILIHAN,
    TANGGAL,
    TEKS,
    Field,
)
from pipeline.model.findings import Finding, Severity
from pipeline.model.schema import Validator
from pipeline.model.types import CONTENT_TYPES
from pipeline.office.archive import Classification, classification
from pipeline.office.config import OfficeConfig, TrustLevel
from pipeline.office.roster import ROSTER_FIELDS, Roster, build_roster, same_name

APPROVALS_DIR = "approvals"
ACTIONS = ("terima", "paraf", "disposisi", "verifikasi", "setuju", "tayang", "arsip", "lapor")
INITIALLING_ACTIONS = ("paraf", "disposisi", "verifikasi", "setuju")
TRUST_LEVELS = tuple(level.value for level in TrustLevel)
DAYS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu")
CLOCK = r"^(([01]?\d|2[0-3])[:.][0-5]\d|\d{1,3}|1[0-3]\d\d|14[0-3]\d)$"  # or minutes < 1440

CONFIG_FIELDS = (
    Field("instansi", PETA, "Identitas badan publik", required=True, fields=(
        Field("nama", TEKS, "Nama badan publik", required=True),
        Field("ppid", TEKS, "Nama PPID", required=True),
        Field("alamat", TEKS, "Alamat kantor"),
        Field("telepon", TEKS, "Telepon kantor"),
        Field("email", TEKS, "Email kantor"),
        Field("situs", TEKS, "Alamat situs", pattern=r"^https?://\S+$", pattern_label="https://…"),
        Field("jam_layanan", DAFTAR_TEKS, "Jam layanan informasi, mis. 'Senin–Kamis 08.00–15.00 WIB'"),
        Field("atasan_ppid", TEKS, "Atasan PPID yang memutus keberatan"),
        Field("lambang", TEKS, "Lambang di tema, mis. img/lambang.svg",
              pattern=r"^[\w./-]+\.(svg|png)$", pattern_label="img/lambang.svg"),
        Field("standar_layanan", PETA, "Standar layanan (bawaan: UU 14/2008 dan Perki 1/2021)",
              fields=(
                  Field("jawab_hari_kerja", BILANGAN, "Jawaban permohonan (hari kerja)", minimum=1),
                  Field("perpanjangan_hari_kerja", BILANGAN, "Perpanjangan (hari kerja)", minimum=0),
                  Field("keberatan_hari_kerja", BILANGAN, "Batas mengajukan keberatan (hari kerja)",
                        minimum=1),
                  Field("tanggapan_keberatan_hari_kerja", BILANGAN,
                        "Tanggapan atasan PPID (hari kerja)", minimum=1),
                  Field("biaya", TEKS, "Biaya layanan, mis. 'Gratis; salinan dibebankan biaya "
                        "penggandaan'"),
              )),
    )),
    Field("tingkat_kepercayaan", PILIHAN, "Tingkat bukti paraf", choices=TRUST_LEVELS),
    Field("penyedia_video", DAFTAR_TEKS, "Layanan video yang boleh disematkan (!video[…](…)), mis. youtube"),
    Field("dasbor", BENAR_SALAH, "Terbitkan halaman dasbor/ (angka bulan ini); bawaan true"),
    Field("halaman_usang_hari", BILANGAN, "Halaman dianggap usang bila tidak diperbarui sekian hari "
          "(laporan evaluasi; bawaan 365)", minimum=1),
    Field("jam_kerja", PETA, "Jam kerja untuk menghitung mutu baku", fields=(
        Field("hari", DAFTAR_TEKS, "Hari kerja, mis. senin … jumat", choices=DAYS),
        # YAML 1.1 reads an unquoted 16:00 as the number 960 (minutes): accepted too.
        Field("mulai", TEKS, "Jam mulai, mis. 07:30", pattern=CLOCK, pattern_label="07:30"),
        Field("selesai", TEKS, "Jam selesai, mis. 16:00", pattern=CLOCK, pattern_label="16:00"),
    )),
    Field("lampiran", PETA, "Batas lampiran", fields=(
        Field("jenis_berkas", DAFTAR_TEKS, "Ekstensi yang boleh, mis. pdf, jpg"),
        Field("ukuran_maks_mb", BILANGAN, "Ukuran maksimum per berkas (MB)", minimum=1),
    )),
    Field("data_publik", DAFTAR_TEKS, "Nomor telepon dan email yang sengaja diumumkan (layanan publik)"),
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
    Field("format_nomor_arsip", TEKS, "Format nomor arsip, mis. {klasifikasi}/{urut:04d}/{unit}/{tahun}"),
    Field("kode_unit_arsip", TEKS, "Kode unit pengolah arsip dalam nomor arsip, mis. Diskominfo"),
    Field("akar_kepercayaan", TEKS, "Tidak dipakai lagi: akar kepercayaan dipatok di luar "
          "repositori (PPID_AKAR_KEPERCAYAAN)"),
    Field("pengelola_approvals", DAFTAR_TEKS, "Peran yang boleh mengubah approvals/"),
    Field("ambang_pengesahan", PETA, "Berapa pengelola berbeda yang harus mengesahkan "
          "perubahan approvals/ (bawaan 1)", fields=tuple(
              Field(key, BILANGAN, f"Ambang untuk perubahan {label}", minimum=1)
              for key, label in (("bawaan", "lain (SOP, roster, peta SOP)"),
                                 ("allowed_signers", "kunci pejabat"),
                                 ("tingkat_kepercayaan", "tingkat kepercayaan"),
                                 ("pengelola_approvals", "pengelola dan ambang ini")))),
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
    Field("darurat", PETA, "Penerbitan darurat: paraf minimum dan batas melengkapi", fields=(
        Field("langkah_minimum", DAFTAR_TEKS, "Peran yang cukup memaraf lebih dulu", required=True),
        Field("batas_jam", BILANGAN, "Jam untuk melengkapi paraf lainnya", required=True, minimum=1),
    )),
    Field("penarikan_oleh", DAFTAR_TEKS, "Peran yang boleh menarik naskah yang sudah terbit "
          "(bawaan: peran yang memaraf)"),
    Field("paraf_sendiri", PILIHAN, "Bolehkah pejabat memaraf naskah yang ia ubah sendiri",
          choices=("dilarang", "boleh")),
    Field("langkah", DAFTAR_PETA, "Langkah prosedur", required=True, fields=STEP_FIELDS),
    Field("tugas_berkala", DAFTAR_PETA, "Tugas berkala (SOP 004)", fields=(
        Field("uraian", TEKS, "Uraian", required=True),
        Field("peran", TEKS, "Pelaksana", required=True),
        Field("setiap_bulan", BILANGAN, "Paling lambat setiap … bulan", required=True, minimum=1),
        Field("keluaran", TEKS, "Output"),
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

    def policy_for(self, jenis: str, unit: str) -> Policy | None:
        """First rule of `penetapan_sop` whose jenis and unit lists admit the item."""
        for rule in self.settings.sop_rules:
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
        ))
    return Policy(data["id"], data["nama"], data["instansi"], rel, tuple(steps), data)


def _check_policy(rel: str, data: dict, roles: dict, at, errors: list[Finding]) -> None:
    expected_id = Path(rel).stem
    if data.get("id") != expected_id:
        errors.append(at(rel, "konfig.sop-id", {"id": data.get("id"), "berkas": expected_id}, "id"))
    initialling = {s.get("peran") for s in data.get("langkah") or []
                   if s.get("paraf", s.get("aksi") in INITIALLING_ACTIONS)}
    for i, role in enumerate(data.get("penarikan_oleh") or []):
        if role not in roles:
            errors.append(at(rel, "konfig.peran", {"peran": role}, f"penarikan_oleh[{i}]"))
    for role in (data.get("darurat") or {}).get("langkah_minimum") or []:
        if role not in initialling:
            errors.append(at(rel, "konfig.darurat-peran", {"peran": role}, "darurat.langkah_minimum"))
    for pos, step in enumerate(data.get("langkah") or [], start=1):
        where = f"langkah[{pos - 1}]"
        if step.get("nomor") != pos:
            errors.append(at(rel, "konfig.nomor-langkah", {"no": step.get("nomor"), "posisi": pos},
                              where))
        if step.get("peran") not in roles:
            errors.append(at(rel, "konfig.peran", {"peran": step.get("peran")}, where))
        back = step.get("jika_ditolak")
        if back is not None and not (isinstance(back, int) and 1 <= back < pos):
            errors.append(at(rel, "konfig.kembali", {"ke": back, "maks": pos - 1}, where))


def _check_scope(rel: str, index: int, rule: dict, policy: Policy, at) -> list[Finding]:
    """A mapping rule may not send content outside what the SOP says it governs."""
    scope = policy.meta["berlaku_untuk"]
    found = []
    for jenis in rule.get("jenis") or scope["jenis"]:
        if jenis not in scope["jenis"]:
            found.append(at(rel, "konfig.luar-lingkup", {"sop": policy.id, "apa": f"jenis '{jenis}'",
                                                           "lingkup": ", ".join(scope["jenis"])},
                             f"penetapan_sop[{index}].jenis"))
    allowed_units = scope.get("unit") or []
    for unit in (rule.get("unit") or ["*"]) if allowed_units else []:
        if not any(same_name(unit, u) for u in allowed_units):
            found.append(at(rel, "konfig.luar-lingkup", {"sop": policy.id, "apa": f"unit '{unit}'",
                                                           "lingkup": ", ".join(allowed_units)},
                             f"penetapan_sop[{index}].unit"))
    return found


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
    errors += [f for f in found if f.severity is Severity.ERROR]
    warnings = [f for f in found if f.severity is Severity.WARNING]
    if errors:
        raise ConfigError(t("cek.gagal", galat=len(errors)), errors + warnings)

    roles = {rid: Role(rid, r["nama"], bool(r.get("tunggal"))) for rid, r in config["peran"].items()}
    policies = {}
    for rel, data in policy_data.items():
        _check_policy(rel, data, roles, sources.at, errors)
        policies[data["id"]] = _policy(rel, data)
    for i, rule in enumerate(config["penetapan_sop"]):
        if rule["sop"] not in policies:
            errors.append(sources.at(f"{base}/config.yaml", "konfig.sop", {"sop": rule["sop"]},
                              f"penetapan_sop[{i}]"))
        else:
            errors += _check_scope(f"{base}/config.yaml", i, rule, policies[rule["sop"]], sources.at)
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
