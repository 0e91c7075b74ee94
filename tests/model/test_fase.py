"""The benchmark's phase timer: silent without PPID_FASE, JSON of summed phases with it."""

from __future__ import annotations

import json

from pipeline.model import fase


def test_nothing_is_recorded_without_the_variable(monkeypatch):
    monkeypatch.delenv(fase.ENV, raising=False)
    monkeypatch.setattr(fase, "_PHASES", {})
    with fase.phase("render"):
        pass
    assert fase.recorded() == {}


def test_phases_add_up_and_are_written_as_json(monkeypatch, tmp_path):
    target = tmp_path / "fase.json"
    monkeypatch.setenv(fase.ENV, str(target))
    monkeypatch.setattr(fase, "_PHASES", {})
    monkeypatch.setattr(fase.atexit, "register", lambda fn: None)  # written below instead
    for _ in range(2):
        with fase.phase("render"):
            sum(range(1000))
    with fase.phase("tukar"):
        pass
    assert set(fase.recorded()) == {"render", "tukar"}
    fase._write()
    written = json.loads(target.read_text(encoding="utf-8"))
    assert set(written) == {"render", "tukar"} and written["render"] >= 0
