"""The small exception tree; `cli.main` maps each class to an exit code.

Exit codes scripts and CI can rely on:
  0  clean
  1  findings (content does not meet its SOP or schema)
  2  usage or configuration error (bad arguments, broken approvals/ files)
  3  the build itself failed (Pelican error); published output untouched
  4  git failed (not a repository, git missing, an unreadable object): nothing was judged
"""

from __future__ import annotations


class PpidError(Exception):
    """Base of every error the CLI reports without a traceback."""

    exit_code = 2

    def __init__(self, message: str, findings: list | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.findings = findings or []


class UsageError(PpidError):
    exit_code = 2


class ConfigError(PpidError):
    """approvals/ (config, roster, policies) is missing or invalid."""

    exit_code = 2


class CheckFailed(PpidError):
    """Content has error findings; nothing may be published."""

    exit_code = 1


class BuildError(PpidError):
    """Pelican failed; the previously published output is left as it was."""

    exit_code = 3


class GitError(PpidError):
    """git itself failed; `detail` is git's own message (its last line names the cause)."""

    exit_code = 4

    def __init__(self, detail: str) -> None:
        from pipeline.i18n.messages import t  # the catalog is below every layer; imported late

        super().__init__(t("git.gagal", detail=detail))
        self.detail = detail

    def __str__(self) -> str:  # callers quote git's words inside their own message
        return self.detail
