"""The citizen's request path (Perki 1/2021): the request and objection forms, the service standard.

The forms work without a server and without JavaScript: the browser composes an e-mail to the
office (a `mailto:` form and a plain `mailto:` link with the form's lines), and the page prints as
a paper form. The office's address, opening hours and service standard come from
approvals/config.yaml (`instansi`), with the law's defaults where the office states nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from pipeline.office.config import Instansi

# UU 14/2008 Pasal 22 ayat (7)-(8), Pasal 35-36; Perki 1/2021: the defaults an office may tighten.


@dataclass(frozen=True)
class Isian:
    """One field of a form: name, labels (id, en), kind and, for choices, the options."""

    name: str
    label: tuple[str, str]
    kind: str = "text"  # text | email | tel | textarea | radio | checkbox
    required: bool = True
    options: tuple[tuple[str, str], ...] = ()
    hint: tuple[str, str] = ("", "")
    autocomplete: str = ""


PEMOHON = (
    Isian("nama", ("Nama lengkap", "Full name"), autocomplete="name"),
    Isian("kategori", ("Kategori pemohon", "Applicant"), "radio", options=(
        ("Perorangan", "Individual"), ("Kelompok orang", "Group of people"),
        ("Badan hukum", "Legal entity"))),
    Isian("identitas", ("Nomor identitas (NIK/KTP; badan hukum: nomor akta pendirian)",
                        "Identity number (NIK/KTP; legal entity: deed number)"),
          hint=("Hanya untuk petugas; tidak diumumkan.", "For the officer only; never published.")),
    Isian("alamat", ("Alamat", "Address"), "textarea", autocomplete="street-address"),
    Isian("pekerjaan", ("Pekerjaan", "Occupation"), required=False),
    Isian("telepon", ("Nomor telepon", "Telephone"), "tel", autocomplete="tel"),
    Isian("email", ("E-mail", "E-mail"), "email", required=False, autocomplete="email"),
)

PERMOHONAN = PEMOHON + (
    Isian("rincian", ("Rincian informasi yang dibutuhkan", "Information requested"), "textarea"),
    Isian("tujuan", ("Tujuan penggunaan informasi", "Purpose of use"), "textarea"),
    Isian("cara_memperoleh", ("Cara memperoleh informasi", "How to obtain it"), "checkbox", options=(
        ("Melihat/membaca/mendengarkan/mencatat", "View, read, listen or take notes"),
        ("Mendapatkan salinan informasi (hardcopy/softcopy)", "Receive a copy (paper or digital)"))),
    Isian("cara_salinan", ("Cara mendapatkan salinan informasi", "How to receive the copy"), "checkbox",
          required=False, options=(
              ("Mengambil langsung", "Collect in person"), ("Kurir", "Courier"), ("Pos", "Post"),
              ("Faksimili", "Fax"), ("E-mail", "E-mail"))),
)

# UU 14/2008 Pasal 35 ayat (1) huruf a-g.
ALASAN_KEBERATAN = (
    ("a. Permohonan informasi ditolak", "a. The request was refused"),
    ("b. Informasi berkala tidak disediakan", "b. Periodic information is not provided"),
    ("c. Permintaan informasi tidak ditanggapi", "c. The request was not answered"),
    ("d. Permintaan informasi ditanggapi tidak sebagaimana yang diminta",
     "d. The answer is not what was requested"),
    ("e. Permintaan informasi tidak dipenuhi", "e. The request was not fulfilled"),
    ("f. Biaya yang dikenakan tidak wajar", "f. The fee charged is unreasonable"),
    ("g. Informasi disampaikan melebihi jangka waktu yang diatur",
     "g. The information came later than the law allows"),
)

KEBERATAN = (
    Isian("nomor_permohonan", ("Nomor pendaftaran permohonan informasi", "Request registration number"),
          hint=("Tertera pada tanda bukti permohonan.", "Shown on the request receipt.")),
    Isian("tujuan", ("Tujuan penggunaan informasi", "Purpose of use"), "textarea"),
) + PEMOHON + (
    Isian("kuasa", ("Identitas kuasa pemohon (bila ada): nama, alamat, pekerjaan, telepon",
                    "Representative, if any: name, address, occupation, telephone"), "textarea",
          required=False),
    Isian("alasan", ("Alasan pengajuan keberatan (UU 14/2008 Pasal 35 ayat 1)",
                     "Reason for the objection (Law 14/2008 Article 35(1))"), "checkbox",
          options=ALASAN_KEBERATAN),
    Isian("kasus", ("Kasus posisi (uraian singkat)", "What happened (short account)"), "textarea"),
)

FORMS = {"permohonan": PERMOHONAN, "keberatan": KEBERATAN}
SUBJECT = {"permohonan": ("Permohonan Informasi Publik", "Public information request"),
           "keberatan": ("Keberatan atas Permohonan Informasi Publik", "Objection")}


def tel_href(number: str) -> str:
    """'(0274) 367509' -> 'tel:+62274367509' (Indonesian numbers dialled from anywhere)."""
    digits = re.sub(r"[^\d+]", "", number)
    if digits.startswith("0"):
        digits = "+62" + digits[1:]
    return f"tel:{digits}"


def service(office: Instansi) -> dict:
    """The office's address, opening hours and service standard (the law's defaults in config.py)."""
    standard = office.standar_layanan
    return {
        "nama": office.nama, "ppid": office.ppid, "alamat": office.alamat,
        "telepon": office.telepon, "tel": tel_href(office.telepon) if office.telepon else "",
        "email": office.email, "jam": list(office.jam_layanan), "atasan": office.atasan_ppid,
        "biaya": standard.get("biaya", ""),
        **{k: v for k, v in standard.items() if k != "biaya"},
    }


def mail_body(form: str, lang: str) -> str:
    """The form's lines as a plain e-mail the citizen completes (the link needs no JavaScript)."""
    index = 1 if lang == "en" else 0
    lines = []
    for field in FORMS[form]:
        lines.append(f"{field.label[index]}: ")
        lines += [f"  [ ] {option[index]}" for option in field.options]
    return "\n".join(lines) + "\n"


def mailto(address: str, form: str, lang: str, body: bool = True) -> str:
    subject = quote(SUBJECT[form][1 if lang == "en" else 0])
    text = f"&body={quote(mail_body(form, lang))}" if body else ""
    return f"mailto:{address}?subject={subject}{text}"
