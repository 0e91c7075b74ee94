"""The opening every action shares: the content/ guard holds for `share --tautan` too."""

from __future__ import annotations

import subprocess

import pytest

from pipeline.actions.opening import content_path, listed_keys, require_signing_key, signing_key
from pipeline.model.errors import UsageError

from ..conftest import PRESS_RELEASE


def test_share_refuses_a_file_outside_content(site, capsys):
    outside = "approvals/catatan.md"
    site.write(outside, PRESS_RELEASE)
    site.commit(outside, "Catatan")
    before = site.git("rev-parse", "HEAD")
    code, out = site.ppid("share", outside, "--tautan", "instagram",
                          "https://www.instagram.com/p/DBantul123/", capsys=capsys)
    assert code == 2 and "tidak berada di bawah content/" in out
    assert site.git("rev-parse", "HEAD") == before  # nothing committed on anyone's behalf


# ---- actions/opening's own functions -----------------------------------------------------------


def test_content_path_keeps_actions_inside_content(site):
    inside = site.write("content/berita/a.md", PRESS_RELEASE)
    assert content_path(site.root, inside) == inside.resolve()
    site.write("catatan.md", "x")
    for path, words in ((site.root / "catatan.md", "tidak berada di bawah content/"),
                        (site.root / "content/berita/../../catatan.md", "tidak berada di bawah"),
                        (site.root / "content/tidak-ada.md", "tidak")):
        with pytest.raises(UsageError) as raised:
            content_path(site.root, path)
        assert words in str(raised.value) and raised.value.exit_code == 2


def test_listed_keys_and_the_configured_signing_key(site, tmp_path):
    key = tmp_path / "kunci"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    blob = key.with_suffix(".pub").read_text().split()[1]
    signers = f'a@x.id,Dewi@X.id namespaces="git" ssh-ed25519 {blob}\nb@x.id ssh-ed25519 AAAAlain\n'
    assert listed_keys(signers, "dewi@x.id") == [blob] and listed_keys(signers, "c@x.id") == []
    assert signing_key(site.root) is None
    require_signing_key(site.root, "dewi@x.id", signers)  # no key set: git's own refusal later
    for value in (str(key), str(key.with_suffix(".pub")), f"key::ssh-ed25519 {blob}"):
        site.git("config", "user.signingkey", value)
        assert signing_key(site.root) == blob, value  # a private key path means its .pub
    require_signing_key(site.root, "dewi@x.id", signers)
    with pytest.raises(UsageError) as raised:
        require_signing_key(site.root, "b@x.id", signers)
    assert blob[:24] in str(raised.value) and "b@x.id" in str(raised.value)
