"""Deploy targets: one registration makes a new `ppid terbitkan` option; exactly one is chosen."""

from __future__ import annotations

import pytest

from pipeline.site import targets
from pipeline.site.deploy import DeployResult
from pipeline.site.targets import Deploy, Target


@pytest.fixture
def archive_target(tmp_path):
    received: list[Deploy] = []

    def publish(deploy: Deploy) -> DeployResult:
        received.append(deploy)
        (tmp_path / "terkirim.txt").write_text(deploy.destination, encoding="utf-8")
        return DeployResult("r1", f"dikirim ke {deploy.destination}")

    target = targets.register(Target("--ke-arsip", "ALAMAT", "bantuan.terbitkan.to", publish))
    yield received
    targets.unregister(target.option)


def test_registered_target_is_an_option_of_terbitkan(site, capsys, archive_target, tmp_path):
    code, out = site.ppid("terbitkan", "--ke-arsip", "arsip://bantul", "--simpan", "3",
                          capsys=capsys)
    assert code == 0 and "dikirim ke arsip://bantul" in out
    [deploy] = archive_target
    assert deploy.output == site.root / "output" and deploy.keep == 3
    assert (tmp_path / "terkirim.txt").read_text(encoding="utf-8") == "arsip://bantul"


def test_one_target_exactly(site, capsys, archive_target):
    code, out = site.ppid("terbitkan", "--ke-arsip", "a", "--to", "b", capsys=capsys)
    assert code == 2 and "--to FOLDER" in out and "--ke-arsip ALAMAT" in out and not archive_target
    code, out = site.ppid("terbitkan", capsys=capsys)
    assert code == 2 and "--to-branch CABANG" in out


def test_shipped_targets_and_duplicates():
    assert [t.option for t in targets.targets()] == ["--to", "--to-branch"]
    with pytest.raises(ValueError):
        targets.register(Target("--to", "X", "bantuan.terbitkan.to", lambda d: None))
