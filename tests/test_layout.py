"""The house one reads from its folder names: layers import downwards only, no cycle, short modules."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"
# Data flows one way: words, then the model, the office's policy, its history, the checks on it,
# what is computed and published from it, the actions that write it, and the command line.
LAYERS = ("i18n", "model", "office", "git", "forge", "checks", "reports", "site", "actions", "cli")
MAX_LINES = 420


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _runtime_imports(path: Path, modules: dict[str, Path]) -> set[str]:
    """Every pipeline module `path` imports at run time (lazy ones too; TYPE_CHECKING ones not)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If)
               and ast.unparse(node.test) == "TYPE_CHECKING" for n in ast.walk(node)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("pipeline"):
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in modules else node.module)
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("pipeline")}
        assert not (isinstance(node, ast.ImportFrom) and node.level), f"{path}: relative import"
    return found & set(modules)


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _runtime_imports(path, modules) for name, path in modules.items()}


def _layer(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else None


def test_every_module_lives_in_a_layer():
    loose = [m for m in _modules() if m != "pipeline" and _layer(m) is None]
    assert loose == []


def test_layers_import_downwards_only():
    upward = [f"{m} -> {d}" for m, deps in _graph().items() for d in deps
              if _layer(m) is not None and _layer(d) is not None and _layer(d) > _layer(m)]
    assert upward == []


def test_no_import_cycle():
    graph, state, cycles = _graph(), {}, []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = "open"
        for dep in sorted(graph[node]):
            if state.get(dep) == "open":
                cycles.append(stack[stack.index(dep):] + [dep])
            elif dep not in state:
                visit(dep, stack + [dep])
        state[node] = "done"

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_no_module_is_long():
    long = {m: n for m, p in _modules().items()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def test_the_checker_sees_an_upward_import(tmp_path):
    """The layer test itself can fail: an office module importing a check is caught."""
    sample = tmp_path / "x.py"
    sample.write_text("from pipeline.checks.run import run_check\n", encoding="utf-8")
    deps = _runtime_imports(sample, _modules())
    assert deps == {"pipeline.checks.run"}
    assert _layer("pipeline.checks.run") > _layer("pipeline.office.policy")


# -- every module has a unit test of its own ----------------------------------------------------
# pipeline/<package>/<module>.py is tested by tests/<package>/test_<module>.py, which imports it
# (the functional suite runs everything, but a module's own test says what it promises).
# Glue: modules with nothing of their own to assert. Keep this list short.
GLUE = {
    "cli.__main__": "`python -m pipeline.cli`: one call to main()",
    "i18n.catalog.": "message tables: tests/i18n/test_messages.py checks every entry of each",
}
# Debt of issue #16: modules still waiting for their own test. Only ever shrinks: a module that
# gets its test must leave this list (test_the_untested_list_only_shrinks).
UNTESTED = frozenset({
    # left of issue #16: a module its owner was still editing during wave 4 (the owner tests it)
    "site.plugin",  # H17
})


def _own_test(module: str) -> Path:
    parts = module.split(".")
    return PACKAGE.parent / "tests" / Path(*parts[1:-1]) / f"test_{parts[-1]}.py"


def _imports_module(test: Path, module: str) -> bool:
    if not test.is_file():
        return False
    for node in ast.walk(ast.parse(test.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and (
                node.module == module or any(f"{node.module}.{a.name}" == module for a in node.names)):
            return True
        if isinstance(node, ast.Import) and any(a.name == module for a in node.names):
            return True
    return False


def _short(module: str) -> str:
    return module.removeprefix("pipeline.")


def _glue(module: str) -> bool:
    return any(_short(module) == g or (g.endswith(".") and _short(module).startswith(g)) for g in GLUE)


def _without_own_test() -> list[str]:
    return sorted(_short(m) for m, path in _modules().items() if path.name != "__init__.py"
                  and not _glue(m) and not _imports_module(_own_test(m), m))


def test_every_module_has_a_unit_test_of_its_own():
    missing = [m for m in _without_own_test() if m not in UNTESTED]
    assert missing == [], ("tulis tests/<paket>/test_<modul>.py yang mengimpor modul itu: "
                           f"{missing}")


def test_the_untested_list_only_shrinks():
    """An entry whose module now has its test (or is gone) must leave UNTESTED."""
    assert sorted(UNTESTED - set(_without_own_test())) == []


def test_the_own_test_rule_sees_a_missing_test(tmp_path):
    sample = tmp_path / "test_x.py"
    sample.write_text("from pipeline.git import trail\nimport pipeline.model.dates\n", encoding="utf-8")
    assert _imports_module(sample, "pipeline.git.trail")
    assert _imports_module(sample, "pipeline.model.dates")
    assert not _imports_module(sample, "pipeline.git.log")
    assert not _imports_module(tmp_path / "test_none.py", "pipeline.git.log")
    assert _own_test("pipeline.checks.chain_states").parts[-2:] == ("checks", "test_chain_states.py")
    assert _glue("pipeline.i18n.catalog.paraf") and not _glue("pipeline.i18n.messages")
