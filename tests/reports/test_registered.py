"""reports/registered: the reports `ppid laporan` offers, loaded only when one runs."""

from __future__ import annotations

import subprocess
import sys

from pipeline.reports import registered, registry
from pipeline.reports.realisasi import similarity


def test_every_registered_report_has_a_presentation_per_format_it_names():
    assert registered.__name__ == "pipeline.reports.registered"
    names = registry.names()
    assert len(names) == len(set(names)) >= 2 and {"mutu-baku", "evaluasi"} <= set(names)
    for name in names:
        report = registry.get(name)
        assert set(report.presentations) <= set(registry.FORMATS), name
        assert callable(report.compute)
    assert set(registry.offering("html")) >= {"mutu-baku", "evaluasi"}


def test_registering_does_not_import_the_reports_themselves():
    # Building the CLI parser lists the names; the computations' dependencies load later.
    code = ("import sys, pipeline.reports.registered as r; "
            "print(any(m in sys.modules for m in ('pipeline.reports.mutu_laporan', "
            "'pipeline.reports.evaluasi_laporan', 'openpyxl')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_a_lazy_function_resolves_module_and_name_when_called():
    lazy = registered._lazy("realisasi:similarity")
    assert lazy("a b", "a b") == similarity("a b", "a b") == 1.0
