"""The forge's review API (GitHub, Forgejo/Gitea) behind one small interface (issue #12)."""
