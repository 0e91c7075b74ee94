"""The forge an office uses, as approvals/config.yaml names it (`notaris.forge`)."""

from __future__ import annotations

import os

from pipeline.forge.api import Forge, ForgeError
from pipeline.forge.forgejo import Forgejo
from pipeline.forge.github import GitHub
from pipeline.i18n.messages import t
from pipeline.office.config import Notaris

FORGES = {"github": GitHub, "forgejo": Forgejo, "gitea": Forgejo}
TOKEN_ENV = "PPID_FORGE_TOKEN"


def forge_for(notaris: Notaris, token_env: str = TOKEN_ENV) -> Forge:
    """The configured forge, authenticated with the token in `token_env` (never an argument:
    a token on a command line shows in the process list and in CI logs)."""
    token = os.environ.get(token_env, "").strip()
    if not token:
        raise ForgeError(t("forge.tanpa-token", variabel=token_env))
    kind = FORGES.get(notaris.forge)
    if kind is None:
        raise ForgeError(t("forge.tak-dikenal", forge=notaris.forge, pilihan=", ".join(FORGES)))
    return kind(notaris.api, notaris.repo, token)
