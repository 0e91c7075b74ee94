"""git/signatures: git's own verdict on commits, against a given allowed_signers text, cached."""

from __future__ import annotations

import pickle
import subprocess

import pytest

from pipeline.git.signatures import signatures
from pipeline.model.errors import GitError

from .conftest import run


@pytest.fixture
def keys(tmp_path):
    made = {}
    for name in ("retno", "penyusup"):
        path = tmp_path / "kunci" / name
        path.parent.mkdir(exist_ok=True)
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f",
                        str(path)], check=True)
        made[name] = (path, path.with_suffix(".pub").read_text().strip())
    return made


def _commit(repo, message: str, key=None) -> str:
    sign = ["-c", "gpg.format=ssh", "-c", f"user.signingkey={key}"] if key else []
    run(repo, *sign, "commit", "-q", "--allow-empty", *(["-S"] if key else []), "-m", message)
    return run(repo, "rev-parse", "HEAD").strip()


def test_good_unlisted_unsigned_and_the_principal(repo, keys):
    signed = _commit(repo, "bertanda", keys["retno"][0])
    other = _commit(repo, "kunci lain", keys["penyusup"][0])
    plain = _commit(repo, "tanpa tanda")
    listed = f'retno@contoh.go.id namespaces="git" {keys["retno"][1]}\n'
    found = signatures(repo, [signed, other, plain], listed, cache=False)
    assert found[signed] == ("G", "retno@contoh.go.id")
    assert found[other][0] == "U"  # a good signature by a key nobody listed
    assert found[plain] == ("N", "")
    # The same commit against a text that lists nobody: no longer good.
    assert signatures(repo, [signed], "", cache=False)[signed][0] == "U"
    assert signatures(repo, [], listed) == {}


def test_verdicts_are_cached_per_signers_text_and_a_broken_cache_is_a_miss(repo, keys):
    signed = _commit(repo, "bertanda", keys["retno"][0])
    listed = f'retno@contoh.go.id namespaces="git" {keys["retno"][1]}\n'
    assert signatures(repo, [signed], listed)[signed][0] == "G"
    store = repo / ".git" / "ppid" / "signatures.pickle"
    version, cached = pickle.loads(store.read_bytes())
    assert version == 2 and len(cached) == 1
    # Forge the cached verdict: the cache is what is read for the same text (it is local state).
    key = next(iter(cached))
    store.write_bytes(pickle.dumps((2, {key: {signed: ("B", "x")}})))
    assert signatures(repo, [signed], listed)[signed] == ("B", "x")
    assert signatures(repo, [signed], listed, cache=False)[signed][0] == "G"  # git asked again
    store.write_bytes(b"bukan pickle")
    assert signatures(repo, [signed], listed)[signed][0] == "G"


def test_an_unknown_commit_is_a_git_error_in_the_ppid_tree(repo, keys):
    _commit(repo, "awal")
    with pytest.raises(GitError) as raised:
        signatures(repo, ["0" * 40], "", cache=False)
    assert raised.value.exit_code == 4
