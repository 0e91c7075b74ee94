"""approvals/config.yaml as a typed object, with every default in this one module.

The `Field` declarations in `office/policy.py` stay the validation source (findings with file and
line); `OfficeConfig.from_dict` is built after validation, so it only fills in defaults and never
reports. Code reads `approvals.settings.<name>` instead of `config.get(...)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from pipeline.model.fields import PETA, PILIHAN, TEKS, Field
from pipeline.office.jamkerja import WorkingTime

# The typed view of a loaded config dict (which is never changed after loading).
_TYPED: dict[int, tuple[dict, object]] = {}


class TrustLevel(StrEnum):
    """How strong the proof of an initial is. str-valued: equal to its YAML spelling."""

    NAMA = "nama"  # the name written in the file
    PENULIS = "penulis"  # proven by the commit's author
    TANDA_TANGAN = "tanda-tangan"  # proven by an SSH signature

    @classmethod
    def of(cls, value: object) -> TrustLevel:
        return cls(value) if value in cls._value2member_map_ else DEFAULT_TRUST_LEVEL


DEFAULT_TRUST_LEVEL = TrustLevel.PENULIS
DEFAULT_ADMIN_ROLES = ("kepala-dinas",)
THRESHOLD_KEYS = ("bawaan", "allowed_signers", "tingkat_kepercayaan", "pengelola_approvals")
DEFAULT_THRESHOLD = 1
DEFAULT_PAGE_DAYS = 365  # halaman_usang_hari
DEFAULT_ARCHIVE_FORMAT = "{klasifikasi}/{urut:04d}/{unit}/{tahun}"
DEFAULT_ATTACHMENT_TYPES = ("pdf", "jpg", "jpeg", "png", "webp", "gif", "mp3", "mp4", "docx", "xlsx",
                            "odt", "ods", "csv", "zip")
DEFAULT_ATTACHMENT_MB = 20
# UU 14/2008 and Perki 1/2021: working days to answer, extend, object, answer an objection.
DEFAULT_SERVICE_STANDARD = MappingProxyType({
    "jawab_hari_kerja": 10, "perpanjangan_hari_kerja": 7, "keberatan_hari_kerja": 30,
    "tanggapan_keberatan_hari_kerja": 30})


def _dict(value: object) -> dict:
    return value if isinstance(value, dict) else {}


def parse_thresholds(value: object) -> dict[str, int]:
    """`ambang_pengesahan`: distinct administrators needed per kind of change (at least 1)."""
    found = dict.fromkeys(THRESHOLD_KEYS, DEFAULT_THRESHOLD)
    for key in THRESHOLD_KEYS:
        given = _dict(value).get(key)
        if isinstance(given, int) and given >= 1:
            found[key] = given
    return found


@dataclass(frozen=True)
class Instansi:
    nama: str = ""
    ppid: str = ""
    alamat: str = ""
    telepon: str = ""
    email: str = ""
    situs: str = ""
    jam_layanan: tuple[str, ...] = ()
    atasan_ppid: str = ""
    lambang: str = ""
    standar_layanan: dict = field(default_factory=dict)  # with the law's defaults filled in

    @property
    def site_url(self) -> str:
        """The office's address without a trailing slash ('' when not set)."""
        return self.situs.rstrip("/")

    @classmethod
    def from_dict(cls, raw: object) -> Instansi:
        raw = _dict(raw)
        hours = raw.get("jam_layanan") or []
        text = {k: str(raw.get(k) or "") for k in ("nama", "ppid", "alamat", "telepon", "email",
                                                    "situs", "atasan_ppid", "lambang")}
        return cls(**text, jam_layanan=(hours,) if isinstance(hours, str) else tuple(map(str, hours)),
                   standar_layanan={**DEFAULT_SERVICE_STANDARD, **_dict(raw.get("standar_layanan"))})


FORGES = ("github", "forgejo", "gitea")
# `notaris` in config.yaml (listed in the config schema, office/policy_fields.py).
NOTARIS_FIELD = Field("notaris", PETA, "Notaris ulasan: mencatat ulasan pull request sebagai paraf",
                      fields=(
    Field("principal", TEKS, "E-mail notaris: penulis commit dan principal di allowed_signers",
          required=True, pattern=r"^[^@\s]+@[^@\s]+$", pattern_label="notaris@instansi.go.id"),
    Field("forge", PILIHAN, "Forge: github, forgejo atau gitea", required=True, choices=FORGES),
    Field("api", TEKS, "Alamat API, mis. https://api.github.com atau https://git.…/api/v1",
          pattern=r"^https?://\S+$", pattern_label="https://…"),
    Field("repo", TEKS, "Repositori: pemilik/nama", required=True, pattern=r"^[\w.-]+/[\w.-]+$",
          pattern_label="pemilik/nama"),
))


@dataclass(frozen=True)
class Notaris:
    """`notaris`: the office's notary, which records a pull-request review as an initial."""

    principal: str = ""  # its e-mail: the commit author and the allowed_signers principal
    forge: str = "github"  # github | forgejo (gitea: the same API)
    api: str = ""  # e.g. https://api.github.com, https://git.example.go.id/api/v1
    repo: str = ""  # owner/name

    @classmethod
    def from_dict(cls, raw: object) -> Notaris | None:
        raw = _dict(raw)
        if not raw.get("principal"):
            return None
        return cls(str(raw["principal"]).strip(), str(raw.get("forge") or "github"),
                   str(raw.get("api") or ""), str(raw.get("repo") or ""))


@dataclass(frozen=True)
class OfficeConfig:
    instansi: Instansi
    trust_level: TrustLevel = DEFAULT_TRUST_LEVEL
    admin_roles: tuple[str, ...] = DEFAULT_ADMIN_ROLES  # pengelola_approvals
    thresholds: dict[str, int] = field(default_factory=lambda: parse_thresholds(None))
    archive_format: str = DEFAULT_ARCHIVE_FORMAT  # format_nomor_arsip
    archive_unit: str = ""  # kode_unit_arsip
    page_days: int = DEFAULT_PAGE_DAYS  # halaman_usang_hari
    working_time: WorkingTime = field(default_factory=WorkingTime)  # jam_kerja, hari_libur
    attachment_types: tuple[str, ...] = DEFAULT_ATTACHMENT_TYPES  # lampiran
    attachment_mb: int = DEFAULT_ATTACHMENT_MB
    dashboard: bool = True  # dasbor
    video_providers: object = None  # penyedia_video (markup.py reads its own shape)
    public_data: tuple[str, ...] = ()  # data_publik
    sop_rules: tuple[dict, ...] = ()  # penetapan_sop
    roles: dict = field(default_factory=dict)  # peran
    notaris: Notaris | None = None  # the review notary (issue #12)
    units: tuple[str, ...] = ()  # unit_kerja: the units an item's `unit` is chosen from (CMS)

    @classmethod
    def of(cls, raw: dict) -> OfficeConfig:
        """`from_dict`, once per config object: per-item checks ask for it 10,000 times."""
        hit = _TYPED.get(id(raw))
        if hit is None or hit[0] is not raw:
            hit = _TYPED[id(raw)] = (raw, cls.from_dict(raw))  # holding `raw` pins its id
        return hit[1]

    @classmethod
    def from_dict(cls, raw: object) -> OfficeConfig:
        raw = _dict(raw)
        files = _dict(raw.get("lampiran"))
        return cls(
            instansi=Instansi.from_dict(raw.get("instansi")),
            trust_level=TrustLevel.of(raw.get("tingkat_kepercayaan")),
            admin_roles=tuple(raw.get("pengelola_approvals") or DEFAULT_ADMIN_ROLES),
            thresholds=parse_thresholds(raw.get("ambang_pengesahan")),
            archive_format=str(raw.get("format_nomor_arsip") or DEFAULT_ARCHIVE_FORMAT),
            archive_unit=str(raw.get("kode_unit_arsip") or ""),
            page_days=int(raw.get("halaman_usang_hari") or DEFAULT_PAGE_DAYS),
            working_time=WorkingTime.from_config(raw),
            attachment_types=tuple(str(t).lower().lstrip(".")
                                   for t in files.get("jenis_berkas") or DEFAULT_ATTACHMENT_TYPES),
            attachment_mb=int(files.get("ukuran_maks_mb") or DEFAULT_ATTACHMENT_MB),
            dashboard=bool(raw.get("dasbor", True)),
            video_providers=raw.get("penyedia_video"),
            public_data=tuple(str(v) for v in raw.get("data_publik") or []),
            sop_rules=tuple(r for r in raw.get("penetapan_sop") or [] if isinstance(r, dict)),
            roles=_dict(raw.get("peran")),
            notaris=Notaris.from_dict(raw.get("notaris")),
            units=tuple(str(u).strip() for u in raw.get("unit_kerja") or [] if str(u).strip()),
        )
