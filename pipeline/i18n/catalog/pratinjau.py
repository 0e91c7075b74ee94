"""The preview of a branch (`ppid bangun --pratinjau`): banners, the job summary, refusals (issue #12)."""

CATALOG: dict[str, tuple[str, str]] = {
    # -- the banner on every page --------------------------------------------------------------
    "pratinjau.label": ("Pratinjau", "Preview"),
    "pratinjau.situs": (
        "PRATINJAU — halaman ini dibangun dari usulan yang belum tentu disetujui. Bukan situs "
        "resmi; jangan dibagikan atau dikutip.",
        "PREVIEW — this page was built from a proposal that may not be approved. Not the official "
        "site; do not share or quote it.",
    ),
    "pratinjau.ke-daftar": ("Daftar naskah dalam pratinjau", "Items in this preview"),
    # -- the banner on an item's page ----------------------------------------------------------
    "pratinjau.menunggu": (
        "PRATINJAU — belum disetujui: menunggu paraf {peran} ({nama})",
        "PREVIEW — not approved: waiting for the initial of the {peran} ({nama})",
    ),
    "pratinjau.menunggu-ulang": (
        "PRATINJAU — belum disetujui: paraf {peran} basi (isi berubah sesudah diparaf), menunggu "
        "paraf ulang {peran} ({nama})",
        "PREVIEW — not approved: the {peran}'s initial is stale (the content changed after it), "
        "waiting for a new initial of the {peran} ({nama})",
    ),
    "pratinjau.ditolak": (
        "PRATINJAU — ditolak oleh {peran} ({nama}): {catatan}",
        "PREVIEW — rejected by the {peran} ({nama}): {catatan}",
    ),
    "pratinjau.draf": (
        "PRATINJAU — draf, belum diajukan untuk paraf; paraf pertama nanti oleh {peran} ({nama})",
        "PREVIEW — draft, not yet submitted for initials; the first initial will be the "
        "{peran}'s ({nama})",
    ),
    "pratinjau.lengkap": (
        "PRATINJAU — semua paraf SOP lengkap; naskah terbit setelah usulan ini digabung",
        "PREVIEW — every SOP initial is in place; the item is published once this proposal is "
        "merged",
    ),
    "pratinjau.draf-lengkap": (
        "PRATINJAU — draf (status: draf): tidak terbit sampai diubah menjadi status: terbit",
        "PREVIEW — draft (status: draf): not published until changed to status: terbit",
    ),
    "pratinjau.tanpa-sop": (
        "PRATINJAU — belum disetujui: tidak ada SOP yang berlaku untuk jenis dan unit naskah ini",
        "PREVIEW — not approved: no SOP applies to this item's type and unit",
    ),
    "pratinjau.tanpa-pejabat": ("belum ada pejabat tercatat di roster", "nobody in the roster"),
    "pratinjau.rincian": (
        "Langkah SOP: {selesai} dari {jumlah} selesai · {temuan} temuan pemeriksaan{privasi}",
        "SOP steps: {selesai} of {jumlah} done · {temuan} check findings{privasi}",
    ),
    "pratinjau.rincian-privasi": (" (termasuk {privasi} temuan privasi)",
                                  " (including {privasi} privacy findings)"),
    "pratinjau.langkah": ("Langkah SOP {sop}", "SOP {sop} steps"),
    "pratinjau.langkah-baris": ("Langkah {no}, {peran}: {keadaan}", "Step {no}, {peran}: {keadaan}"),
    "pratinjau.oleh": ("oleh {nama}, {waktu}", "by {nama}, {waktu}"),
    "pratinjau.temuan": ("Temuan pemeriksaan", "Check findings"),
    "pratinjau.temuan-privasi": ("privasi", "privacy"),
    "pratinjau.temuan-galat": ("galat", "error"),
    "pratinjau.temuan-peringatan": ("peringatan", "warning"),
    "pratinjau.temuan-lainnya": ("… dan {jumlah} temuan lain ('ppid periksa')",
                                 "… and {jumlah} more findings ('ppid periksa')"),
    # -- the preview's home page ---------------------------------------------------------------
    "pratinjau.daftar-judul": ("Naskah dalam pratinjau", "Items in this preview"),
    "pratinjau.kolom-naskah": ("Naskah", "Item"),
    "pratinjau.kolom-status": ("Status", "Status"),
    "pratinjau.kolom-keadaan": ("Keadaan SOP", "SOP state"),
    "pratinjau.gagal-judul": ("Tidak dapat dibangun", "Could not be built"),
    "pratinjau.gagal-pengantar": (
        "Naskah berikut tidak dapat dibaca atau dibangun; perbaiki lalu dorong lagi:",
        "These items could not be read or built; fix them and push again:",
    ),
    "pratinjau.tak-terbaca": ("isian {isian} tidak ada atau tidak sah", "field {isian} missing or invalid"),
    "pratinjau.pelican": ("Pelican: {detail}", "Pelican: {detail}"),
    # -- the command ---------------------------------------------------------------------------
    "pratinjau.selesai": (
        "Pratinjau dibangun di {folder}: {naskah} naskah ({belum} belum disetujui), {halaman} "
        "halaman, {detik} detik. Bukan untuk diterbitkan: 'ppid terbitkan' menolak folder ini.",
        "Preview built in {folder}: {naskah} items ({belum} not approved), {halaman} pages, "
        "{detik} s. Not for publishing: 'ppid terbitkan' refuses this folder.",
    ),
    "pratinjau.gagal-sebagian": (
        "{jumlah} naskah tidak dapat dibangun; daftarnya ada di halaman depan pratinjau",
        "{jumlah} items could not be built; they are listed on the preview's home page",
    ),
    "pratinjau.ringkasan-ditulis": ("Ringkasan ditulis ke {berkas}", "Summary written to {berkas}"),
    "pratinjau.folder-terbit": (
        "{folder} berisi hasil 'ppid bangun' yang bukan pratinjau; pratinjau tidak ditulis di "
        "atasnya. Pilih folder lain dengan -o/--keluaran (bawaan: output-pratinjau)",
        "{folder} holds a 'ppid bangun' build that is not a preview; a preview is never written "
        "over it. Choose another folder with -o/--output (default: output-pratinjau)",
    ),
    "pratinjau.bukan-folder-bangun": (
        "{folder} sudah ada dan bukan hasil 'ppid bangun'; pratinjau tidak ditulis di atasnya. "
        "Pilih folder lain dengan -o/--keluaran",
        "{folder} exists and is not a 'ppid bangun' build; a preview is never written over it. "
        "Choose another folder with -o/--output",
    ),
    "pratinjau.opsi-tanpa-pratinjau": (
        "{opsi} hanya berlaku bersama --pratinjau",
        "{opsi} only applies together with --pratinjau",
    ),
    "pratinjau.intranet": (
        "--pratinjau dan --intranet tidak dapat digabung: pratinjau memperlihatkan usulan, "
        "intranet adalah salinan kantor dari situs yang disetujui",
        "--pratinjau and --intranet cannot be combined: a preview shows a proposal, the intranet "
        "is the office's copy of the approved site",
    ),
    "terbit.pratinjau-naskah": (
        "{folder} adalah pratinjau usulan ('ppid bangun --pratinjau') yang memuat naskah belum "
        "disetujui dan draf; pratinjau tidak pernah diterbitkan. Terbitkan hasil 'ppid bangun'",
        "{folder} is a preview of a proposal ('ppid bangun --pratinjau') holding unapproved items "
        "and drafts; a preview is never published. Publish the output of 'ppid bangun'",
    ),
    # -- the job summary -----------------------------------------------------------------------
    "pratinjau.ringkasan-judul": ("Pratinjau usulan: naskah yang berubah",
                                  "Preview of the proposal: changed items"),
    "pratinjau.ringkasan-kosong": ("Tidak ada naskah yang berubah dalam usulan ini.",
                                   "No item changed in this proposal."),
    "pratinjau.ringkasan-artefak": (
        "Unduh artefak **{artefak}**{tautan}, buka `index.html`, lalu halaman naskah di jalur "
        "yang disebut per naskah di bawah.",
        "Download the artifact **{artefak}**{tautan}, open `index.html`, then each item's page at "
        "the path given below.",
    ),
    "pratinjau.ringkasan-tautan": (" ([halaman run ini]({url}))", " ([this run's page]({url}))"),
    "pratinjau.ringkasan-halaman": ("Halaman di pratinjau", "Page in the preview"),
    "pratinjau.ringkasan-berikutnya": ("Berikutnya", "Next"),
    "pratinjau.ringkasan-dikecualikan": (
        "dikecualikan: tidak dibangun, juga tidak di pratinjau",
        "exempt: not built, not even in the preview",
    ),
    "pratinjau.ringkasan-bukan-halaman": ("bukan halaman situs", "not a page of the site"),
    "pratinjau.ringkasan-gagal": ("tidak dapat dibangun: {alasan}", "could not be built: {alasan}"),
    # -- help ----------------------------------------------------------------------------------
    "bantuan.bangun.pratinjau": (
        "bangun pratinjau usulan: naskah belum disetujui dan draf ikut dibangun dengan spanduk "
        "keadaan SOP, noindex, ditolak 'ppid terbitkan' (bawaan -o: output-pratinjau)",
        "build a preview of the proposal: unapproved items and drafts included with a banner of "
        "their SOP state, noindex, refused by 'ppid terbitkan' (default -o: output-pratinjau)",
    ),
    "bantuan.bangun.ringkasan": (
        "dengan --pratinjau: tulis ringkasan Markdown (naskah yang berubah, keadaan SOP, jalur di "
        "pratinjau) ke BERKAS, misalnya $GITHUB_STEP_SUMMARY",
        "with --pratinjau: write a Markdown summary (changed items, SOP state, path in the "
        "preview) to FILE, e.g. $GITHUB_STEP_SUMMARY",
    ),
    "bantuan.bangun.berubah-sejak": (
        "dengan --ringkasan: hanya naskah yang berubah sejak merge base dengan REV",
        "with --ringkasan: only items changed since the merge base with REV",
    ),
    "bantuan.bangun.tautan-artefak": (
        "dengan --ringkasan: alamat halaman tempat artefak pratinjau diunduh",
        "with --ringkasan: address of the page where the preview artifact is downloaded",
    ),
}
