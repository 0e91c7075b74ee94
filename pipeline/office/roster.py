"""The roster of officials: who held which role, when, under which git identity."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from pipeline.model.dates import WIB, parse_datetime
from pipeline.model.fields import BENAR_SALAH, DAFTAR_PETA, PETA, TANGGAL, TEKS, Field
from pipeline.model.findings import Finding

Locate = Callable[[str, str, dict, str], Finding]  # (file, code, params, dotted path) -> Finding

ROSTER_FIELDS = (
    Field("pejabat", DAFTAR_PETA, "Daftar pejabat", required=True, fields=(
        Field("id", TEKS, "id singkat", required=True),
        Field("nama", TEKS, "Nama lengkap dengan gelar, seperti ditulis di paraf", required=True),
        Field("git", PETA, "Identitas git", required=True, fields=(
            Field("nama", TEKS, "user.name", required=True),
            Field("email", TEKS, "user.email", required=True),
        )),
        Field("akun", PETA, "Akun forge untuk ulasan pull request (notaris)", fields=(
            Field("github", TEKS, "Login GitHub"),
            Field("forgejo", TEKS, "Login Forgejo/Gitea"),
        )),
        Field("tanpa_kunci", BENAR_SALAH, "Tidak dipakai lagi: tidak memberi wewenang apa pun"),
        Field("jabatan", DAFTAR_PETA, "Masa jabatan per peran", required=True, fields=(
            Field("peran", TEKS, "id peran", required=True),
            Field("unit", TEKS, "Unit kerja"),
            Field("mulai", TANGGAL, "Mulai menjabat", required=True),
            Field("sampai", TANGGAL, "Akhir jabatan (kosong: masih menjabat)"),
        )),
    )),
)


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
    keyless: bool = False  # `tanpa_kunci`: read only to warn that it no longer grants anything
    akun: tuple[tuple[str, str], ...] = ()  # (forge, login): the accounts whose reviews count

    def account(self, forge: str) -> str:
        """This official's login on `forge` ('' when none); Gitea shares Forgejo's logins."""
        forge = "forgejo" if forge == "gitea" else forge
        return next((login for f, login in self.akun if f == forge), "")

    def holds(self, peran: str, when: datetime) -> bool:
        day = when.astimezone(WIB).date()
        return any(term.peran == peran and term.covers(day) for term in self.terms)


def same_name(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


@dataclass
class Roster:
    officials: list[Official]
    _by_role: dict[str, list[tuple[Term, Official]]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._by_role = {}
        for official in self.officials:
            for term in official.terms:
                self._by_role.setdefault(term.peran, []).append((term, official))

    def holders(self, peran: str, when: datetime) -> list[Official]:
        """Who held `peran` on the (WIB) day of `when`."""
        day = when.astimezone(WIB).date()
        return [o for term, o in self._by_role.get(peran, ()) if term.covers(day)]

    def by_account(self, forge: str, login: str) -> Official | None:
        """The official whose `akun` names `login` on `forge` (logins are case-insensitive)."""
        login = login.strip().casefold()
        return next((o for o in self.officials if login and o.account(forge).casefold() == login),
                    None)

    def by_email(self, email: str) -> Official | None:
        email = email.strip().casefold()
        return next((o for o in self.officials if o.git_email.casefold() == email), None)


def as_date(value: object) -> date | None:
    return None if value in (None, "") else parse_datetime(value).date()


def build_roster(rel: str, data: dict, roles: dict, at: Locate, errors: list[Finding]) -> Roster:
    officials, seen_ids, seen_emails = [], {}, {}
    seen_accounts: dict[tuple[str, str], str] = {}
    for raw in data.get("pejabat") or []:
        where = f"pejabat[{len(officials)}]"
        terms = []
        for term in raw.get("jabatan") or []:
            if term.get("peran") not in roles:
                errors.append(at(rel, "konfig.peran", {"peran": term.get("peran")}, where))
            mulai, sampai = as_date(term["mulai"]), as_date(term.get("sampai"))
            if sampai and sampai < mulai:
                errors.append(at(rel, "roster.periode",
                                      {"mulai": mulai.isoformat(), "sampai": sampai.isoformat()},
                                      where))
            terms.append(Term(term["peran"], term.get("unit", ""), mulai, sampai))
        akun = raw.get("akun") if isinstance(raw.get("akun"), dict) else {}
        off = Official(raw["id"], raw["nama"], raw["git"]["nama"], raw["git"]["email"], tuple(terms),
                       bool(raw.get("tanpa_kunci")),
                       tuple((str(f), str(v).strip()) for f, v in akun.items() if v))
        if off.id in seen_ids:
            errors.append(at(rel, "roster.id-ganda", {"id": off.id}, where))
        email = off.git_email.casefold()
        if email in seen_emails:
            errors.append(at(rel, "roster.email-ganda",
                                  {"email": off.git_email, "lain": seen_emails[email]}, where))
        seen_ids[off.id], seen_emails[email] = off.nama, off.nama
        for forge, login in off.akun:  # one account is one official: the notary maps it
            other = seen_accounts.setdefault((forge, login.casefold()), off.nama)
            if other != off.nama:
                errors.append(at(rel, "roster.akun-ganda", {"forge": forge, "akun": login,
                                                             "lain": other}, f"{where}.akun"))
        officials.append(off)
    _check_overlaps(rel, officials, roles, at, errors)
    return Roster(officials)


def _check_overlaps(rel: str, officials: list[Official], roles: dict, at: Locate,
                    errors: list[Finding]) -> None:
    """A single-holder role (Kabid, Kepala Dinas…) cannot have two holders on the same day."""
    terms = [(o, term) for o in officials for term in o.terms]
    for i, (a, ta) in enumerate(terms):
        for b, tb in terms[i + 1:]:
            role = roles.get(ta.peran)
            if ta.peran != tb.peran or not (role and role.tunggal or a is b):
                continue
            far = date.max
            if ta.mulai <= (tb.sampai or far) and tb.mulai <= (ta.sampai or far):
                errors.append(at(rel, "roster.tumpang-tindih", {
                    "peran_nama": role.nama if role else ta.peran, "nama": b.nama,
                    "periode": tb.label(), "lain": a.nama, "periode_lain": ta.label(),
                }, "pejabat"))
