"""Deploy targets behind one small interface: `ppid terbitkan --to ...` picks one of them.

A target is a CLI option and a `publish(deploy)` that puts a complete build somewhere and
returns a DeployResult. The shipped ones (a release folder, a git branch) live in
`site/deploy.py`; a new one is a function and one `register(Target(...))` below. Functions are
named as "module:function" and imported on use, so building the CLI parser stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Deploy:
    """What every target is given: the site, the checked build and where it should go."""

    root: Path
    output: Path
    destination: str  # the option's value: a folder, a branch, ...
    keep: int  # releases to keep, for targets that keep any


@dataclass(frozen=True)
class Target:
    option: str  # e.g. "--to-branch"
    metavar: str
    help: str  # message key of the option's help
    publish: Callable[[Deploy], Any]  # -> site.deploy.DeployResult

    @property
    def dest(self) -> str:
        return self.option.lstrip("-").replace("-", "_")


_TARGETS: dict[str, Target] = {}


def register(target: Target) -> Target:
    if target.option in _TARGETS:
        raise ValueError(f"deploy target {target.option} is already registered")
    _TARGETS[target.option] = target
    return target


def unregister(option: str) -> None:
    _TARGETS.pop(option, None)


def targets() -> list[Target]:
    return list(_TARGETS.values())


def _lazy(target: str) -> Callable[[Deploy], Any]:
    module, _, name = target.partition(":")

    def call(deploy: Deploy) -> Any:
        return getattr(import_module(f"pipeline.site.{module}"), name)(deploy)

    return call


register(Target("--to", "FOLDER", "bantuan.terbitkan.to", _lazy("deploy:publish_folder")))
register(Target("--to-branch", "CABANG", "bantuan.terbitkan.to-branch",
                _lazy("deploy:publish_branch")))
