"""Generate a realistic PPID site repository of N items for the benchmark.

Each item is received (committed) by the officer of its SOP, then initialled step by step by the
office holder of that day, at the SOP's pace; one in ten is rejected once and fixed, and half of
the press releases get their archive number filed afterwards. Commits of different items are
interleaved in time. The repository is written with one `git fast-import` stream, and a plain
Pelican copy of the same content (Pelican's own metadata format) is written beside it.

    python bench/generate.py 1000 /tmp/ppid-bench/1000
"""

from __future__ import annotations

import heapq
import random
import re
import shutil
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.actions.paraf import entry_line, set_paraf_entry  # noqa: E402
from pipeline.checks.rencana import Quarter  # noqa: E402
from pipeline.model.dates import WIB  # noqa: E402
from pipeline.model.document import parse_text  # noqa: E402
from pipeline.office.policy import load_approvals  # noqa: E402

START = datetime(2021, 11, 1, 8, 0, tzinfo=WIB)
KINDS = [  # (jenis, unit, share)
    ("siaran-pers", "Dinas Pekerjaan Umum", 0.60),
    ("pengumuman", "Dinas Kesehatan", 0.15),
    ("informasi-publik", "Diskominfo", 0.20),
    ("halaman", "Diskominfo", 0.05),
]
WORDS = (
    "pemerintah", "kabupaten", "bantul", "warga", "layanan", "kegiatan", "program", "jalan",
    "sekolah", "pasar", "desa", "kalurahan", "kapanewon", "anggaran", "bantuan", "kesehatan",
    "pertanian", "budaya", "informasi", "publik",
)


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _document(i: int, jenis: str, unit: str, when: datetime, seq: int | None,
              rng: random.Random) -> str:
    title = f"{_text(rng, 6)[:-1]} {i}"
    lines = ["---", f'title: "{title}"', f"date: {when:%Y-%m-%d %H:%M}", f"jenis: {jenis}",
             "status: terbit", f'unit: "{unit}"', f'ringkasan: "{_text(rng, 14)}"']
    if jenis in ("siaran-pers", "pengumuman"):
        lines += [f"nomor_urut: {seq}", 'klasifikasi: "400.14.4.3"']
    if jenis == "siaran-pers":
        lines.append("jenis_berita: Kegiatan Pimpinan")  # one of the declared choices
    if jenis == "pengumuman":
        lines.append(f'surat_permohonan: {{nomor: "400/{i}/2026", tanggal: {when:%Y-%m-%d}}}')
    if jenis == "informasi-publik":
        lines += ["kategori: " + rng.choice(["berkala", "serta-merta", "setiap-saat"]),
                  "pejabat_penguasa: Diskominfo", "penanggung_jawab: Kabid IKP",
                  f'waktu_pembuatan: "{when.year}"', "tempat_pembuatan: Bantul",
                  "bentuk_informasi: softcopy", "jangka_waktu_penyimpanan: 5 tahun"]
    if jenis == "halaman":
        lines.append(f"slug: halaman-{i}")
    body = "\n\n".join(_text(rng, rng.randint(40, 90)) for _ in range(rng.randint(2, 5)))
    return "\n".join(lines + ["paraf: {}", "---", "", body, ""])


class Stream:
    """A git fast-import stream on one branch."""

    def __init__(self) -> None:
        self.parts: list[bytes] = []
        self.mark = 0

    def commit(self, who: tuple[str, str], when: datetime, message: str,
               files: dict[str, str]) -> None:
        self.mark += 1
        stamp = f"{int(when.timestamp())} +0700"
        msg = message.encode()
        out = [f"commit refs/heads/main\nmark :{self.mark}\n",
               f"author {who[0]} <{who[1]}> {stamp}\ncommitter {who[0]} <{who[1]}> {stamp}\n",
               f"data {len(msg)}\n"]
        self.parts.append("".join(out).encode() + msg + b"\n")
        if self.mark > 1:
            self.parts.append(f"from :{self.mark - 1}\n".encode())
        for path, text in files.items():
            data = text.encode()
            self.parts.append(f"M 100644 inline {path}\ndata {len(data)}\n".encode() + data + b"\n")
        self.parts.append(b"\n")


def _trust_by_authorship(folder: Path) -> None:
    """fast-import cannot sign commits: the generated office proves initials by authorship
    (`penulis`), its first commit is its own root of trust, and it has no signer list."""
    config = folder / "config.yaml"
    text = re.sub(r"(?m)^tingkat_kepercayaan: .*$", "tingkat_kepercayaan: penulis",
                  config.read_text(encoding="utf-8"))
    config.write_text(re.sub(r"(?m)^akar_kepercayaan: .*\n", "", text), encoding="utf-8")
    (folder / "allowed_signers").unlink(missing_ok=True)


def _add_predecessors(path: Path) -> None:
    """Five years back, other people held the roles: add one predecessor per role."""
    roster = yaml.safe_load(path.read_text(encoding="utf-8"))
    first: dict[str, date] = {}
    for official in roster["pejabat"]:
        for term in official["jabatan"]:
            first[term["peran"]] = min(first.get(term["peran"], date.max), term["mulai"])
    for role, start in sorted(first.items()):
        if start > START.date():
            roster["pejabat"].append({
                "id": f"lama-{role}", "nama": f"Pejabat Lama {role}",
                "git": {"nama": f"Pejabat Lama {role}", "email": f"lama.{role}@bantulkab.go.id"},
                "jabatan": [{"peran": role, "mulai": date(2019, 1, 2),
                             "sampai": start - timedelta(days=1)}]})
    path.write_text(yaml.safe_dump(roster, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _events(n: int, rng: random.Random):
    """(time, item, kind) for every item's arrival, spread over working days."""
    when = START
    # About 1,250 working days (November 2021 to October 2026): at 10,000 items, some 2,000 a
    # year, the output of a regency's communications office.
    per_day = max(1, n // 1250)
    for i in range(n):
        if i and i % per_day == 0:
            when += timedelta(days=1 if when.weekday() < 4 else 3)
            when = when.replace(hour=8, minute=0)
        yield when + timedelta(minutes=rng.randint(0, 420)), i


PLAN_ENTRIES = 27  # planned items per quarter (a few of them never published)


def _plans(arrivals, texts: dict[str, str], rng: random.Random):
    """One content plan per quarter (SOP 004 A.1), drafted a week before the quarter starts and
    signed the next day; a third of the planned items cite their entry, the rest are matched
    by title, one in six comes a month late and three entries never come."""
    by_quarter: dict[Quarter, list] = {}
    for when, path, jenis, unit in arrivals:
        by_quarter.setdefault(Quarter.of(when.date()), []).append((when, path, jenis, unit))
    for quarter, items in sorted(by_quarter.items(), key=lambda kv: kv[1][0][0]):
        drafted = datetime.combine(quarter.start - timedelta(days=7), datetime.min.time(), WIB)
        drafted = drafted.replace(hour=9)
        if drafted <= START:
            continue  # before the office used ppid
        chosen = sorted(rng.sample(items, min(PLAN_ENTRIES - 3, len(items))))
        lines = [f"title: Rencana Konten {quarter.label}", f"date: {drafted:%Y-%m-%d %H:%M}",
                 "jenis: rencana", "status: terbit", "unit: Diskominfo", "konten:"]
        for k, (when, path, jenis, unit) in enumerate(chosen, start=1):
            title = re.search(r'(?m)^title: "(.*)"$', texts[path])[1]
            month = when.strftime("%Y-%m")
            if rng.random() < 1 / 6 and month != quarter.months[0]:
                month = quarter.months[quarter.months.index(month) - 1]  # it came late
            lines += [f"  - kode: R{k:02d}", f'    judul: "{title}"', f"    jenis: {jenis}",
                      f'    unit: "{unit}"', f"    bulan: {month}", "    penanggung_jawab: Kasie"]
            if k % 3 == 0:
                texts[path] = texts[path].replace("\nparaf: {}", f"\nrencana: {quarter.label}/R{k:02d}"
                                                  "\nparaf: {}", 1)
        for k in range(len(chosen) + 1, len(chosen) + 4):
            lines += [f"  - kode: R{k:02d}", f'    judul: "Rencana yang tidak terwujud {k}"',
                      "    jenis: informasi-publik", '    unit: "Diskominfo"',
                      f"    bulan: {quarter.months[1]}", "    penanggung_jawab: Kasie"]
        path = f"content/rencana/{quarter.label}.yaml"
        texts[path] = "\n".join(lines + ["paraf: {}", ""])
        yield drafted, path, [("rencana", None), ("paraf", "koordinator")]


def generate(n: int, dest: Path, seed: int = 20261121) -> None:
    rng = random.Random(seed)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for name in ("approvals", "theme"):
        shutil.copytree(ROOT / name, dest / name)
    shutil.copy(ROOT / "pelicanconf.py", dest / "pelicanconf.py")
    _trust_by_authorship(dest / "approvals")
    _add_predecessors(dest / "approvals" / "roster.yaml")
    approvals = load_approvals(dest)
    people = {o.id: (o.git_nama, o.git_email) for o in approvals.roster.officials}
    stream = Stream()
    base = {p.relative_to(dest).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(dest.rglob("*")) if p.is_file()}
    stream.commit(("Admin", "admin@bantulkab.go.id"), START - timedelta(days=1), "Konfigurasi", base)

    texts: dict[str, str] = {}
    queue: list = []  # (time, seq, path, step index, state)
    counter = 0
    sequences: dict[int, int] = {}
    arrivals: list[tuple[datetime, str, str, str]] = []  # (time, path, jenis, unit)
    for when, i in _events(n, rng):
        jenis, unit = rng.choices([(k[0], k[1]) for k in KINDS], [k[2] for k in KINDS])[0]
        seq = None
        if jenis in ("siaran-pers", "pengumuman"):
            sequences[when.year] = sequences.get(when.year, 0) + 1
            seq = sequences[when.year]
        folder = {"siaran-pers": "berita", "pengumuman": "berita", "informasi-publik": "informasi",
                  "halaman": "halaman"}[jenis]
        path = f"content/{folder}/{when:%Y}/item-{i:05d}.md"
        texts[path] = _document(i, jenis, unit, when, seq, rng)
        arrivals.append((when, path, jenis, unit))
        policy = approvals.policy_for(jenis, unit)
        plan = [("terima", None)] + [("paraf", s.peran) for s in policy.paraf_steps]
        if rng.random() < 0.1:
            plan.insert(1, ("tolak", policy.paraf_steps[0].peran))
            plan.insert(2, ("perbaiki", None))
        if jenis == "siaran-pers" and rng.random() < 0.9:
            plan.append(("arsip", None))
        counter += 1
        heapq.heappush(queue, (when, counter, path, plan, seq))

    for when, path, plan in _plans(arrivals, texts, rng):
        counter += 1
        heapq.heappush(queue, (when, counter, path, plan, None))

    while queue:
        when, _, path, plan, seq = heapq.heappop(queue)
        action, role = plan[0]
        text = texts[path]
        if action == "terima":
            stream.commit(people["rina"], when, f"Naskah diterima: {path}", {path: text})
        elif action == "rencana":  # SOP 004 A.1: the Sub Koordinator of the day drafts the plan
            drafter = approvals.roster.holders("sub-koordinator", when)[0]
            stream.commit((drafter.git_nama, drafter.git_email), when, f"Rencana {path}", {path: text})
        elif action in ("paraf", "tolak"):
            official = approvals.roster.holders(role, when)[0]
            doc = parse_text(Path(path), path, text)
            entry = {"nama": official.nama, "tanggal": when.isoformat(timespec="seconds"),
                     "keputusan": "setuju" if action == "paraf" else "tolak"}
            if action == "tolak":
                entry["catatan"] = "Lengkapi data."
            entry["sha256"] = doc.content_hash
            texts[path] = set_paraf_entry(text, role, entry_line(role, entry))
            stream.commit((official.git_nama, official.git_email), when,
                          f"Paraf {role} ({entry['keputusan']})", {path: texts[path]})
        elif action == "perbaiki":
            texts[path] = text.replace("\n\n", "\n\nTambahan keterangan sesuai catatan.\n\n", 1)
            stream.commit(people["rina"], when, "Perbaikan naskah", {path: texts[path]})
        elif action == "arsip":
            number = f'400.14.4.3/{seq:04d}/Diskominfo/{when.year}'
            texts[path] = text.replace("\nparaf:", f'\nnomor_arsip: "{number}"\nparaf:', 1)
            # The archive step's role holder of the day files it (checked from history).
            archivist = approvals.roster.holders("operator-website", when)[0]
            stream.commit((archivist.git_nama, archivist.git_email), when, f"Arsip {number}",
                          {path: texts[path]})
        if len(plan) > 1:
            counter += 1
            nxt = when + timedelta(minutes=rng.randint(5, 90))
            heapq.heappush(queue, (nxt, counter, path, plan[1:], seq))

    subprocess.run(["git", "init", "-q", "-b", "main", str(dest)], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=dest, input=b"".join(stream.parts),
                   check=True)
    subprocess.run(["git", "reset", "-q", "--hard", "main"], cwd=dest, check=True)
    _plain_copy(dest, texts)
    print(f"{n} item, {stream.mark} commit -> {dest}")


def _plain_copy(dest: Path, texts: dict[str, str]) -> None:
    """The same pages for plain Pelican: its own `Key: value` metadata, the same Markdown body."""
    plain = dest.parent / f"{dest.name}-pelican" / "content"
    if plain.parent.exists():
        shutil.rmtree(plain.parent)
    for path, text in texts.items():
        if path.endswith(".yaml"):
            continue  # content plans are no pages
        doc = parse_text(Path(path), path, text)
        meta = doc.meta
        head = [f"Title: {meta['title']}", f"Date: {meta['date']}",
                f"Category: {meta['jenis']}", f"Summary: {meta['ringkasan']}"]
        if meta["jenis"] in ("informasi-publik", "halaman"):
            head.append(f"Slug: {Path(path).stem}")
        target = plain / path.removeprefix("content/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text("\n".join(head) + "\n\n" + doc.body, encoding="utf-8")


if __name__ == "__main__":
    generate(int(sys.argv[1]), Path(sys.argv[2]).resolve())
