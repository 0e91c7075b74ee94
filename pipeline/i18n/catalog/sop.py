"""SOP semantics (issue #15): rejection branches, step records, the evaluation cycle, reminders,
office additions, and the words of the SOP pages (`situs.` keys)."""

CATALOG: dict[str, tuple[str, str]] = {
    "sop.tanpa-pejabat": (
        "(belum ada {peran_nama} di approvals/roster.yaml)",
        "(no {peran_nama} in approvals/roster.yaml)",
    ),
    "sop.kantor-langkah": (
        "aturan_kantor menyebut langkah {no} yang tidak ada di SOP ini; perbaiki nomor langkahnya",
        "aturan_kantor names step {no}, which this SOP does not have; fix the step number",
    ),
    "sop.aturan-kantor": (
        " (aturan tambahan kantor, bukan bagian SOP yang ditandatangani: {alasan})",
        " (a rule added by the office, not part of the signed SOP: {alasan})",
    ),
    "sop.darurat-kantor": (
        "penerbitan darurat adalah aturan tambahan kantor, bukan bagian SOP {sop} yang "
        "ditandatangani: {alasan}",
        "emergency publication is a rule added by the office, not part of the signed SOP {sop}: "
        "{alasan}",
    ),
    "paraf.ditolak-kembali": (
        "ditolak oleh {peran_nama} {nama} pada {tanggal}: {catatan}; SOP {sop} mengembalikan "
        "naskah ke langkah {kembali_ke} ({kembali_peran}); sesudah diperbaiki, paraf harus "
        "diulang dari awal rantai: berikutnya {lanjut_peran} ({lanjut_nama}){kantor}",
        "rejected by {peran_nama} {nama} on {tanggal}: {catatan}; SOP {sop} sends the item back "
        "to step {kembali_ke} ({kembali_peran}); once fixed, the initials start again: next is "
        "{lanjut_peran} ({lanjut_nama}){kantor}",
    ),
    "paraf.sebelum-tolak": (
        "paraf {peran_nama} ({nama}, {tanggal}) dibuat sebelum penolakan oleh {penolak_peran} "
        "{penolak} pada {tanggal_tolak}; SOP {sop} mengembalikan naskah ke langkah {kembali_ke} "
        "({kembali_peran}), jadi paraf mulai lagi dari sana, walau isinya tidak berubah: minta "
        "{peran_nama} ({pejabat}) memaraf ulang dengan 'ppid paraf {berkas} --peran {peran}'"
        "{kantor}",
        "initial of {peran_nama} ({nama}, {tanggal}) predates the rejection by {penolak_peran} "
        "{penolak} on {tanggal_tolak}; SOP {sop} sends the item back to step {kembali_ke} "
        "({kembali_peran}), so the initials start again from there even if the text did not "
        "change: ask {peran_nama} ({pejabat}) to initial again with 'ppid paraf {berkas} --peran "
        "{peran}'{kantor}",
    ),
    "langkah.isian-sejak": (
        "langkah {no} SOP {sop} ({peran_nama}) memerlukan isian '{isian}' untuk naskah bertanggal "
        "sejak {sejak}; lengkapi isian itu",
        "step {no} of SOP {sop} ({peran_nama}) needs the field '{isian}' for items dated from "
        "{sejak}; fill it in",
    ),
    "catatan.kurang": (
        "belum ada catatan langkah {no} SOP {sop} ({uraian}); {peran_nama} mencatatnya dengan "
        "'ppid catat {berkas} --langkah {no}'",
        "no record of step {no} of SOP {sop} ({uraian}); {peran_nama} records it with "
        "'ppid catat {berkas} --langkah {no}'",
    ),
    "catatan.peran-salah": (
        "catatan langkah {no} SOP {sop} ditulis sebagai {ditulis}, padahal SOP menetapkan "
        "{peran_nama}; minta {peran_nama} mencatatnya dengan 'ppid catat {berkas} --langkah {no}'",
        "the record of step {no} of SOP {sop} is written as {ditulis}, but the SOP names "
        "{peran_nama}; ask {peran_nama} to record it with 'ppid catat {berkas} --langkah {no}'",
    ),
    "catatan.bukan-pejabat": (
        "catatan langkah {no}: '{nama}' bukan {peran_nama} pada {tanggal} menurut "
        "approvals/roster.yaml (pejabat saat itu: {pejabat})",
        "record of step {no}: '{nama}' is not {peran_nama} on {tanggal} in approvals/roster.yaml "
        "(the holder then: {pejabat})",
    ),
    "catatan.isian": (
        "catatan langkah {no} SOP {sop} tidak memuat '{isian}'; {peran_nama} mencatat ulang "
        "dengan 'ppid catat {berkas} --langkah {no}'",
        "the record of step {no} of SOP {sop} lacks '{isian}'; {peran_nama} records it again with "
        "'ppid catat {berkas} --langkah {no}'",
    ),
    "catatan.tidak": (
        "{peran_nama} {nama} memutuskan TIDAK pada langkah {no} SOP {sop}: naskah ini tidak "
        "diterima dan tidak boleh terbit",
        "{peran_nama} {nama} decided NO at step {no} of SOP {sop}: this item was not accepted "
        "and may not be published",
    ),
    "catatan.tanpa-riwayat": (
        "catatan {kunci} ({nama}) tidak ada di riwayat Git: catatan harus di-commit oleh "
        "pejabatnya sendiri dengan 'ppid catat'",
        "record {kunci} ({nama}) is not in the Git history: a record must be committed by its "
        "official with 'ppid catat'",
    ),
    "catatan.bukan-penulis": (
        "catatan {kunci} atas nama {nama} ditulis oleh {penulis} <{email}> (commit {commit}); "
        "hanya pejabat yang namanya tercatat yang boleh menulisnya dengan 'ppid catat'",
        "record {kunci} in the name of {nama} was written by {penulis} <{email}> (commit "
        "{commit}); only the official named may write it, with 'ppid catat'",
    ),
    "catatan.tanda-tangan-salah": (
        "commit {commit} yang menulis catatan {kunci} ({nama}) tidak bertanda tangan sah: {alasan}",
        "commit {commit} that wrote record {kunci} ({nama}) has no valid signature: {alasan}",
    ),
    "catatan.tanpa-tanda-tangan": (
        "commit {commit} yang menulis catatan {kunci} ({nama}) tidak ditandatangani; pada tingkat "
        "tanda-tangan setiap catatan langkah harus ditandatangani pejabatnya",
        "commit {commit} that wrote record {kunci} ({nama}) is not signed; at the signed level "
        "every step record must be signed by its official",
    ),
    "distribusi.isian": (
        "entri distribusi {platform} tanpa '{isian}': tautan untuk website dan media sosial; "
        "lokasi, slot dan tanggal untuk videotron",
        "{platform} distribution entry without '{isian}': a link for the website and social "
        "media; place, slot and date for a videotron",
    ),
    "bantuan.catat": (
        "catat langkah SOP yang tidak diparaf (keputusan YA Kasie, instruksi, pilihan platform, "
        "tanda terima tautan atau rencana) atau penayangan videotron",
        "record an SOP step that has no initial (the Kasie's YES, an instruction, the platform "
        "choice, receipt of links or of a plan) or a videotron showing",
    ),
    "bantuan.catat.langkah": ("nomor langkah SOP yang dicatat", "number of the SOP step recorded"),
    "bantuan.catat.keputusan": ("keputusan: ya atau tidak", "decision: ya (yes) or tidak (no)"),
    "bantuan.catat.platform": (
        "platform yang dipilih, dipisah koma (mis. instagram,facebook)",
        "platforms chosen, comma-separated (e.g. instagram,facebook)",
    ),
    "bantuan.catat.catatan": ("catatan atau isi instruksi", "note or the instruction's text"),
    "bantuan.catat.videotron": (
        "catat penayangan di videotron di LOKASI (SOP 000 langkah 5), bersama --slot",
        "record a showing on the videotron at LOKASI (SOP 000 step 5), with --slot",
    ),
    "bantuan.catat.slot": ("slot tayang videotron, mis. '2026-12-01 08.00-09.00'",
                           "videotron slot, e.g. '2026-12-01 08.00-09.00'"),
    "bantuan.baru.bulan": (
        "bulan evaluasi bulanan Kepala Dinas (SOP 004 C.2), mis. 2026-10",
        "month of the Kepala Dinas's monthly evaluation (SOP 004 C.2), e.g. 2026-10",
    ),
    "bantuan.baru.semester": (
        "semester evaluasi Koordinator (SOP 004 C.1), mis. 2026-S2",
        "semester of the Koordinator's evaluation (SOP 004 C.1), e.g. 2026-S2",
    ),
    "catat.langkah-tanpa-catatan": (
        "langkah {no} SOP {sop} tidak dicatat dengan 'ppid catat'; langkah yang dicatat: {daftar}",
        "step {no} of SOP {sop} is not recorded with 'ppid catat'; steps recorded: {daftar}",
    ),
    "catat.tanpa-langkah": (
        "sebutkan langkahnya dengan --langkah N, atau --videotron LOKASI --slot SLOT",
        "name the step with --langkah N, or --videotron LOKASI --slot SLOT",
    ),
    "catat.bukan-peran": (
        "{nama} bukan {peran_nama} hari ini, jadi tidak dapat mencatat langkah {no}; yang "
        "mencatat: {pejabat}",
        "{nama} is not {peran_nama} today, so cannot record step {no}; who records it: {pejabat}",
    ),
    "catat.isian": (
        "catatan langkah {no} memerlukan {isian}; tambahkan pilihannya (mis. --keputusan ya, "
        "--platform instagram,facebook, --catatan \"…\")",
        "the record of step {no} needs {isian}; add its option (e.g. --keputusan ya, --platform "
        "instagram,facebook, --catatan \"…\")",
    ),
    "catat.platform": ("platform tidak dikenal: {nilai}; pilihan: {pilihan}",
                       "unknown platform: {nilai}; choices: {pilihan}"),
    "catat.slot": ("penayangan videotron memerlukan --slot (mis. '2026-12-01 08.00-09.00')",
                   "a videotron showing needs --slot (e.g. '2026-12-01 08.00-09.00')"),
    "catat.tersimpan": ("catatan langkah {no} oleh {nama} tersimpan di {berkas} (commit {commit})",
                        "record of step {no} by {nama} saved in {berkas} (commit {commit})"),
    "catat.videotron": ("penayangan videotron di {lokasi} ({slot}) tercatat di {berkas} (commit "
                        "{commit})", "videotron showing at {lokasi} ({slot}) recorded in {berkas} "
                        "(commit {commit})"),
    "evaluasi.pilih-periode": (
        "pilih satu periode: --bulan TAHUN-BULAN (evaluasi bulanan, SOP 004 C.2) atau --semester "
        "TAHUN-Sn (evaluasi semester, SOP 004 C.1)",
        "choose one period: --bulan YEAR-MONTH (monthly evaluation, SOP 004 C.2) or --semester "
        "YEAR-Sn (six-monthly evaluation, SOP 004 C.1)",
    ),
    "evaluasi.periode-salah": (
        "periode '{nilai}' tidak dikenal untuk {opsi}; tulis seperti {contoh}",
        "period '{nilai}' is not valid for {opsi}; write it like {contoh}",
    ),
    "evaluasi.belum-berakhir": (
        "periode {periode} belum berakhir (berakhir {akhir}); evaluasi dibuat sesudah periodenya "
        "selesai, mis. {opsi} untuk periode sebelumnya",
        "period {periode} has not ended (it ends on {akhir}); an evaluation is made after its "
        "period, e.g. {opsi} for the previous period",
    ),
    "evaluasi.sudah-ada": ("evaluasi ini sudah ada: {berkas}; sunting berkas itu",
                           "this evaluation already exists: {berkas}; edit that file"),
    "evaluasi.judul-bulan": ("Evaluasi Bulanan Pengelolaan Web PPID {periode}",
                             "Monthly Evaluation of the PPID Website {periode}"),
    "evaluasi.judul-semester": ("Evaluasi Semester Pengelolaan Web PPID {periode}",
                                "Six-monthly Evaluation of the PPID Website {periode}"),
    "evaluasi.pengantar": (
        "Evaluasi periode {periode} ({awal} sampai {akhir}), dari 'ppid laporan evaluasi "
        "--periode {periode}' (SOP 004 C).",
        "Evaluation of {periode} ({awal} to {akhir}), from 'ppid laporan evaluasi --periode "
        "{periode}' (SOP 004 C).",
    ),
    "evaluasi.angka": ("Angka periode ini", "This period's figures"),
    "evaluasi.catatan-kantor": ("Catatan kantor", "The office's notes"),
    "evaluasi.catatan-isi": (
        "(Tulis di sini hasil rapat evaluasi, temuan dan tindak lanjut sebelum diparaf.)",
        "(Write the evaluation meeting's findings and follow-up here before initialling.)",
    ),
    "berkala.evaluasi": (
        "SOP 004 {kode}: belum ada evaluasi periode {periode} ({uraian}); batas {batas}; "
        "{peran_nama} ({pejabat}) membuatnya dengan 'ppid baru evaluasi' lalu memarafnya",
        "SOP 004 {kode}: no evaluation for {periode} yet ({uraian}); due {batas}; {peran_nama} "
        "({pejabat}) makes it with 'ppid baru evaluasi' and initials it",
    ),
    "berkala.belum-lengkap": (
        "SOP 004 {kode}: evaluasi periode {periode} ada tetapi belum diparaf lengkap; batas "
        "{batas}; {peran_nama}: {pejabat}",
        "SOP 004 {kode}: the evaluation for {periode} exists but is not fully initialled; due "
        "{batas}; {peran_nama}: {pejabat}",
    ),
    "berkala.tanpa-unggahan": (
        "SOP 004 {kode}: tidak ada konten yang diunggah pada bulan {periode} ({uraian}); "
        "{peran_nama}: {pejabat}",
        "SOP 004 {kode}: no content was uploaded in {periode} ({uraian}); {peran_nama}: "
        "{pejabat}",
    ),
    "berkala.rencana-terlambat": (
        "SOP 004 {kode}: rencana konten {periode} baru ditandatangani {tanggal}, sesudah "
        "triwulannya mulai ({batas}); naskah yang terbit sebelum penandatanganan tidak dinilai "
        "tepat rencana",
        "SOP 004 {kode}: the content plan {periode} was signed only on {tanggal}, after its "
        "quarter began ({batas}); items published before it was signed are not scored as "
        "planned on time",
    ),
    "kata.terbit sebelum rencana disahkan": ("terbit sebelum rencana disahkan",
                                             "published before the plan was signed"),
}

# Site words (the `situs.` area), merged into i18n/ui.UI: the SOP pages and the intranet
# dashboard's reminders (theme/templates/sop.html, dasbor.html).
SITE: dict[str, tuple[str, str]] = {
    # The SOP pages (theme/templates/sop.html), reached as t("sop-…") through `situs.`.
    "sop-tidak": ("Tidak: kembali ke langkah {n} ({peran}); paraf diulang dari sana.",
                        "No: back to step {n} ({peran}); the initials start again from there."),
    "sop-aturan-kantor": ("Aturan tambahan kantor", "Office addition"),
    "sop-rekaman": ("Bukti: catatan langkah oleh {peran} (ppid catat), untuk naskah sejak "
                          "{sejak}.", "Evidence: a step record by {peran} (ppid catat), for items "
                          "from {sejak}."),
    "sop-wajib-sejak": ("Bukti wajib untuk naskah sejak {sejak}: {isian}.",
                              "Evidence required for items from {sejak}: {isian}."),
    "sop-aturan-kantor-judul": ("Aturan tambahan kantor", "Rules added by the office"),
    "sop-aturan-kantor-pengantar": (
        "Aturan berikut ditambahkan kantor di luar SOP yang ditandatangani; alasannya dicatat "
        "di kebijakan approvals/.",
        "The office added these rules beyond the signed SOP; the reasons are recorded in the "
        "approvals/ policy.",
    ),
    "sop-aturan-darurat": ("Penerbitan darurat", "Emergency publication"),
    "sop-aturan-jika_ditolak": ("Cabang penolakan", "Rejection branch"),
    "sop-aturan-rekaman": ("Catatan langkah", "Step record"),
    "sop-aturan-wajib_sejak": ("Bukti tambahan", "Additional evidence"),
    "sop-langkah-daftar": ("langkah {daftar}", "steps {daftar}"),
    "sop-darurat-tanpa-alasan": ("tidak ada dalam SOP yang ditandatangani",
                                      "not in the signed SOP"),
    "sop-darurat": ("Dalam keadaan darurat paraf {peran} cukup untuk tayang; paraf lainnya "
                          "dilengkapi dalam {jam} jam.", "In an emergency the initial of {peran} "
                          "is enough to publish; the others follow within {jam} hours."),
    "sop-tugas-berkala": ("Tugas berkala", "Periodic tasks"),
    "sop-setiap-bulan": ("paling lambat setiap {n} bulan", "at least every {n} months"),
    # The intranet dashboard's reminders (theme/templates/dasbor.html).
    "dasbor-pengingat": ("Tugas berkala SOP 004", "SOP 004 periodic tasks"),
    "dasbor-pengingat-evaluasi": ("evaluasi belum dibuat, batas {batas}",
                                        "evaluation not made yet, due {batas}"),
    "dasbor-pengingat-belum-lengkap": ("evaluasi belum diparaf lengkap, batas {batas}",
                                             "evaluation not fully initialled, due {batas}"),
    "dasbor-pengingat-tanpa-unggahan": ("tidak ada unggahan bulan ini",
                                              "no upload in this month"),
    "dasbor-pengingat-rencana-terlambat": (
        "rencana ditandatangani {tanggal}, sesudah triwulan mulai {batas}",
        "plan signed on {tanggal}, after its quarter began on {batas}"),
    "dasbor-terlambat": ("terlambat", "late"),
}
