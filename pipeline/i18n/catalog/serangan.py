"""Findings added by the wave-4 adversarial review of the chain of trust (the withdrawal notice,
duplicate front-matter keys)."""

CATALOG: dict[str, tuple[str, str]] = {
    "penarikan.catatan-bukan-pejabat": (
        "{isian} naskah yang ditarik ini diubah oleh commit {commit} ({penulis} <{email}>, "
        "{tanggal}), yang bukan pemegang peran yang boleh menarik ({peran}); alasan dan tanggal "
        "penarikan adalah kata-kata pejabat yang menarik: kembalikan dengan 'git revert {commit}' "
        "atau minta pejabat itu menulisnya",
        "{isian} of this withdrawn item was changed by commit {commit} ({penulis} <{email}>, "
        "{tanggal}), who holds no role that may withdraw it ({peran}); the reason and date of a "
        "withdrawal are the withdrawing official's words: undo it with 'git revert {commit}' or "
        "ask that official to write it",
    ),
    "penarikan.catatan-tanpa-tanda-tangan": (
        "commit {commit} yang mengubah {isian} naskah yang ditarik ({penulis}) tidak "
        "ditandatangani; tingkat 'tanda-tangan' mewajibkan tanda tangan kunci SSH pejabat",
        "commit {commit} changing {isian} of this withdrawn item ({penulis}) is not signed; the "
        "'tanda-tangan' level requires the official's SSH signature",
    ),
    "penarikan.catatan-tanda-tangan-salah": (
        "tanda tangan commit {commit} yang mengubah {isian} naskah yang ditarik ({penulis}) "
        "tidak sah: {alasan}",
        "the signature of commit {commit} changing {isian} of this withdrawn item ({penulis}) "
        "is not valid: {alasan}",
    ),
    "approvals.tautan": (
        "tautan simbolik di approvals/: isinya dibaca sebagai kebijakan kantor padahal berada di "
        "luar approvals/, tempat commit siapa pun dapat mengubahnya tanpa dinilai rantai "
        "kepercayaan; ganti dengan berkas biasa (commit bertanda tangan pengelola)",
        "a symbolic link in approvals/: what it points to is read as the office's policy, yet it "
        "lives outside approvals/, where anyone's commit can change it without the chain of "
        "trust judging it; replace it with a regular file (a commit signed by an administrator)",
    ),
}
