"""Site revisions (SOP 004 B): the site's own code and look, approved as a record."""

CATALOG: dict[str, tuple[str, str]] = {
    "revisi.berubah": (
        "revisi situs di HEAD ({revisi_head}) belum disetujui: sejak revisi yang disetujui "
        "({revisi}, commit {commit}) berubah {berubah}. Situs tetap dibangun dengan tema dan "
        "pengaturan revisi yang disetujui. Agar perubahan ini terbit (SOP 004 B): {langkah}",
        "the site revision at HEAD ({revisi_head}) is not approved: since the approved revision "
        "({revisi}, commit {commit}) {berubah} changed. The site is still built with the approved "
        "revision's theme and settings. To publish this change (SOP 004 B): {langkah}",
    ),
    "revisi.belum-ada": (
        "belum ada revisi situs yang disetujui (SOP 004 B); revisi di HEAD: {revisi_head}. "
        "'ppid bangun' memakai tema di folder kerja dengan peringatan dan alur terbit "
        "('ppid bangun --strict') menolak. Revisi pertama: {langkah} (lihat docs/panduan-pengelola.md)",
        "no site revision is approved yet (SOP 004 B); revision at HEAD: {revisi_head}. "
        "'ppid bangun' uses the working theme with a warning and the publishing path "
        "('ppid bangun --strict') refuses. First revision: {langkah} (see docs/panduan-pengelola.md)",
    ),
    "revisi.tanpa-git": (
        "revisi situs tidak dapat ditentukan: folder ini bukan repositori git dengan commit",
        "the site revision cannot be determined: this folder is not a git repository with commits",
    ),
    "revisi.tak-dikenal": (
        "revisi {revisi} tidak ada di riwayat HEAD: tidak satu commit pun memiliki isi {jalur} "
        "itu. Isi ulang dengan 'ppid revisi --digest' pada commit yang diajukan",
        "revision {revisi} is not in HEAD's history: no commit has that content of {jalur}. "
        "Fill it in again with 'ppid revisi --digest' at the submitted commit",
    ),
    "revisi.pengaju": (
        "perubahan situs diajukan oleh {penulis} <{email}> (commit {commit}, {tanggal}), yang "
        "bukan {peran_nama} pada tanggal itu; SOP 004 B: {peran_nama} yang mengajukan. Minta "
        "{peran_nama} membuat ulang berkas ini dengan 'ppid baru perubahan-situs'",
        "the site change was submitted by {penulis} <{email}> (commit {commit}, {tanggal}), who "
        "was not {peran_nama} on that date; SOP 004 B: the {peran_nama} submits. Ask the "
        "{peran_nama} to create this file again with 'ppid baru perubahan-situs'",
    ),
    "revisi.gagal": (
        "penerbitan ditolak: belum ada revisi situs yang disetujui (SOP 004 B); bangun pratinjau "
        "dengan 'ppid bangun --revisi-kerja' dan setujui revisi pertama dulu",
        "publishing refused: no site revision is approved yet (SOP 004 B); build a preview with "
        "'ppid bangun --revisi-kerja' and approve the first revision first",
    ),
    "revisi.bangun-disetujui": (
        "tema dan pengaturan dari revisi situs yang disetujui {revisi} (commit {commit}, {rekaman})",
        "theme and settings from the approved site revision {revisi} (commit {commit}, {rekaman})",
    ),
    "revisi.bangun-kerja": (
        "PRATINJAU: dibangun dengan tema dan pengaturan di folder kerja (revisi {revisi}); "
        "'ppid terbitkan' menolak hasil ini",
        "PREVIEW: built with the working folder's theme and settings (revision {revisi}); "
        "'ppid terbitkan' refuses this output",
    ),
    "revisi.bangun-tanpa": (
        "peringatan: belum ada revisi situs yang disetujui (SOP 004 B); dibangun dengan tema di "
        "folder kerja. Alur terbit ('ppid bangun --strict') menolak sampai revisi pertama disetujui",
        "warning: no site revision is approved yet (SOP 004 B); built with the working theme. "
        "The publishing path ('ppid bangun --strict') refuses until the first revision is approved",
    ),
    "revisi.ekspor-gagal": (
        "tema revisi yang disetujui (commit {commit}) tidak dapat diambil dari git: {detail}",
        "the approved revision's theme (commit {commit}) cannot be taken from git: {detail}",
    ),
    "revisi.tidak-berlaku": (
        "kantor ini tidak menetapkan SOP untuk jenis perubahan-situs di approvals/config.yaml "
        "(penetapan_sop): revisi situs tidak diperiksa",
        "this office maps no SOP to jenis perubahan-situs in approvals/config.yaml "
        "(penetapan_sop): site revisions are not checked",
    ),
    "revisi.keadaan": (
        "revisi di HEAD: {revisi_head} (commit {commit_head})\nrevisi disetujui: {revisi} "
        "(commit {commit}, {rekaman})\nkeadaan: {keadaan}",
        "revision at HEAD: {revisi_head} (commit {commit_head})\napproved revision: {revisi} "
        "(commit {commit}, {rekaman})\nstate: {keadaan}",
    ),
    "revisi.keadaan-sama": ("HEAD memakai revisi yang disetujui", "HEAD uses the approved revision"),
    "revisi.keadaan-beda": ("HEAD belum disetujui; berubah: {berubah}",
                            "HEAD is not approved; changed: {berubah}"),
    "revisi.tidak-ada-commit": (
        "tidak ada revisi situs yang disetujui untuk diterbitkan",
        "there is no approved site revision to publish",
    ),
    "revisi.langkah": (
        "{peran_nama} mengajukan ('ppid baru perubahan-situs JUDUL' dengan rujukan notulen, lalu "
        "commit), {paraf}",
        "the {peran_nama} submits ('ppid baru perubahan-situs TITLE' with the meeting notes, then "
        "commit), {paraf}",
    ),
    "revisi.langkah-paraf": (
        "{peran_nama} memaraf ('ppid paraf BERKAS --peran {peran}')",
        "the {peran_nama} initials ('ppid paraf FILE --peran {peran}')",
    ),
    "revisi.berkas-lain": (" dan {jumlah} berkas lain", " and {jumlah} more files"),
    "terbit.pratinjau": (
        "{folder} adalah pratinjau revisi kerja ('ppid bangun --revisi-kerja'), bukan revisi situs "
        "yang disetujui; pratinjau tidak boleh diterbitkan. Terbitkan hasil 'ppid bangun'",
        "{folder} is a preview of the working revision ('ppid bangun --revisi-kerja'), not an "
        "approved site revision; a preview must not be published. Deploy the output of 'ppid bangun'",
    ),
}
