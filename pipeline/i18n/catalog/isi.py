"""Loading and schema of content files."""

CATALOG: dict[str, tuple[str, str]] = {
    "baca.encoding": (
        "berkas bukan teks UTF-8 (byte {posisi}); simpan ulang sebagai UTF-8",
        "file is not UTF-8 text (byte {posisi}); save it again as UTF-8",
    ),
    "baca.tanpa-front-matter": (
        "tidak ada front matter YAML; mulai berkas dengan baris '---', isi metadata, lalu "
        "'---'",
        "no YAML front matter; start the file with a '---' line, the metadata, then '---'",
    ),
    "baca.yaml": (
        "YAML tidak valid: {detail}; periksa indentasi dan tanda kutip",
        "invalid YAML: {detail}; check indentation and quoting",
    ),
    "baca.bukan-peta": (
        "front matter harus berupa pasangan 'kunci: nilai', bukan {tipe}",
        "front matter must be 'key: value' pairs, not {tipe}",
    ),
    "baca.gagal": (
        "berkas tidak dapat dibaca: {detail}",
        "file cannot be read: {detail}",
    ),
    "baca.terlalu-besar": (
        "berkas {mb} MB terlalu besar untuk naskah (batas {maks} MB); simpan dokumen besar "
        "sebagai lampiran di content/lampiran/",
        "file of {mb} MB is too large for an item (limit {maks} MB); keep large documents as "
        "attachments in content/lampiran/",
    ),
    "baca.bersarang": (
        "front matter bersarang lebih dari {maks} tingkat; periksa kurung dan indentasi",
        "front matter is nested deeper than {maks} levels; check brackets and indentation",
    ),
    "baca.alias": (
        "front matter memakai anchor/alias YAML (& atau *); tulis setiap nilai apa adanya",
        "front matter uses YAML anchors/aliases (& or *); write each value out in full",
    ),
    "skema.wajib": (
        "wajib diisi ({konteks})",
        "required ({konteks})",
    ),
    "skema.konteks-jenis": (
        "jenis '{jenis}'",
        "type '{jenis}'",
    ),
    "skema.semua-jenis": (
        "semua jenis konten",
        "every content type",
    ),
    "skema.wajib-jika": (
        "wajib diisi bila {syarat}",
        "required when {syarat}",
    ),
    "skema.tipe": (
        "harus berupa {harapan}, bukan {tipe}",
        "must be {harapan}, not {tipe}",
    ),
    "skema.pilihan": (
        "nilai '{nilai}' tidak dikenal; pilih salah satu: {pilihan}",
        "unknown value '{nilai}'; choose one of: {pilihan}",
    ),
    "skema.tanggal": (
        "tanggal '{nilai}' tidak valid; tulis seperti 2026-11-20 atau 2026-11-20 09:00 (WIB)",
        "invalid date '{nilai}'; write it like 2026-11-20 or 2026-11-20 09:00 (WIB)",
    ),
    "skema.pola": (
        "'{nilai}' tidak sesuai format {format}",
        "'{nilai}' does not match the format {format}",
    ),
    "skema.kosong": (
        "tidak boleh kosong",
        "must not be empty",
    ),
    "skema.kunci-tak-dikenal": (
        "kunci tidak dikenal ({konteks}); salah ketik?{saran}",
        "unknown key ({konteks}); a typo?{saran}",
    ),
    "skema.saran": (
        "; mungkin maksudnya '{kunci}'",
        "; did you mean '{kunci}'",
    ),
    "skema.jenis": (
        "jenis '{nilai}' tidak dikenal; pilih salah satu: {pilihan}",
        "unknown type '{nilai}'; choose one of: {pilihan}",
    ),
    "skema.minimal": (
        "harus bernilai paling kecil {min}",
        "must be at least {min}",
    ),
    "sop.tidak-ada": (
        "tidak ada SOP yang berlaku untuk jenis '{jenis}' dan unit '{unit}'; tambahkan aturan"
        " di approvals/config.yaml (penetapan_sop)",
        "no SOP applies to type '{jenis}' and unit '{unit}'; add a rule to "
        "approvals/config.yaml (penetapan_sop)",
    ),
    "langkah.isian": (
        "langkah {no} ({aksi}, {peran_nama}) SOP {sop} memerlukan isian '{isian}'",
        "step {no} ({aksi}, {peran_nama}) of SOP {sop} needs the field '{isian}'",
    ),
    "situs.url-ganda": (
        "alamat {url} juga dipakai oleh {lain}; ubah 'slug'",
        "URL {url} is also used by {lain}; change 'slug'",
    ),
    "situs.nomor-urut-ganda": (
        "nomor urut {nomor} tahun {tahun} juga dipakai oleh {lain}",
        "sequence number {nomor} of {tahun} is also used by {lain}",
    ),
    "skema.ditulis": (
        "{jumlah} JSON Schema ditulis ke {folder}",
        "{jumlah} JSON Schemas written to {folder}",
    ),
}
