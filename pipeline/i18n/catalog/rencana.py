"""Content plans (SOP 004 A.1) and the evaluation of plan against realisation."""

CATALOG: dict[str, tuple[str, str]] = {
    "rencana.tempat": (
        "rencana konten harus berupa berkas YAML di {folder} (mis. {folder}2026-Q4.yaml); "
        "pindahkan berkas ini",
        "a content plan must be a YAML file in {folder} (e.g. {folder}2026-Q4.yaml); move this file",
    ),
    "rencana.nama-berkas": (
        "nama berkas rencana harus triwulannya, mis. 2026-Q4.yaml (Q1 sampai Q4); ganti nama berkas",
        "a plan file must be named after its quarter, e.g. 2026-Q4.yaml (Q1 to Q4); rename the file",
    ),
    "rencana.bukan-rencana": (
        "folder content/rencana/ hanya untuk rencana konten (jenis: rencana), bukan '{jenis}'; "
        "pindahkan naskah ini ke foldernya",
        "content/rencana/ holds only content plans (jenis: rencana), not '{jenis}'; move this item "
        "to its folder",
    ),
    "rencana.kode-ganda": (
        "kode '{kode}' sudah dipakai di baris {baris}; setiap butir rencana perlu kode sendiri",
        "code '{kode}' is already used on line {baris}; every plan entry needs its own code",
    ),
    "rencana.bulan-luar": (
        "bulan {bulan} di luar triwulan {triwulan}; pilih salah satu: {pilihan}, atau pindahkan "
        "butir ini ke rencana triwulannya",
        "month {bulan} is outside quarter {triwulan}; choose one of {pilihan}, or move this entry "
        "to its quarter's plan",
    ),
    "rencana.kategori": (
        "kategori DIP hanya untuk butir informasi-publik, bukan {jenis}; hapus kategori atau ubah "
        "jenisnya",
        "a DIP category is only for informasi-publik entries, not {jenis}; remove it or change the "
        "type",
    ),
    "rencana.tak-dikenal": (
        "rujukan rencana '{rujukan}' tidak ditemukan: {berkas} tidak ada; periksa triwulannya",
        "plan reference '{rujukan}' not found: {berkas} does not exist; check the quarter",
    ),
    "rencana.kode-tak-dikenal": (
        "kode '{kode}' tidak ada di {berkas}{saran}",
        "code '{kode}' is not in {berkas}{saran}",
    ),
    "rencana.jenis-beda": (
        "rencana '{rujukan}' merencanakan {rencana}, naskah ini {jenis}; periksa rujukannya",
        "plan entry '{rujukan}' plans a {rencana}, this item is a {jenis}; check the reference",
    ),
    "rencana.tidak-ada": (
        "belum ada rencana konten triwulan {triwulan} (SOP 004 A.1: paling sedikit setiap 3 bulan); "
        "buat dengan 'ppid baru rencana'",
        "no content plan for quarter {triwulan} (SOP 004 A.1: at least every 3 months); create one "
        "with 'ppid baru rencana'",
    ),
    "rencana.belum-ditetapkan": (
        "rencana konten triwulan {triwulan} belum ditetapkan; ubah status menjadi terbit lalu "
        "mintalah tanda tangan (paraf) Koordinator",
        "the content plan for quarter {triwulan} is not adopted yet; set status to terbit and ask "
        "the Koordinator to initial it",
    ),
    "rencana.berikutnya": (
        "rencana konten triwulan {triwulan} belum dibuat; triwulan ini berakhir {batas} "
        "('ppid baru rencana --triwulan {triwulan}')",
        "the content plan for quarter {triwulan} is not written yet; this quarter ends {batas} "
        "('ppid baru rencana --triwulan {triwulan}')",
    ),
    "rencana.triwulan": (
        "triwulan '{nilai}' tidak dikenal; tulis seperti 2027-Q1",
        "unknown quarter '{nilai}'; write it like 2027-Q1",
    ),
    "rencana.sudah-ada": (
        "{berkas} sudah ada; sunting berkas itu atau pilih triwulan lain dengan --triwulan",
        "{berkas} already exists; edit it or choose another quarter with --triwulan",
    ),
    "rencana.rujukan-baru": (
        "'{rujukan}' tidak ditemukan di rencana konten; tulis seperti 2026-Q4/R03",
        "'{rujukan}' is not in any content plan; write it like 2026-Q4/R03",
    ),
    "bagikan.rencana": (
        "{berkas} adalah rencana konten, bukan naskah situs; yang dibagikan adalah naskahnya",
        "{berkas} is a content plan, not a page of the site; share the items instead",
    ),
}
