"""cli/sop: the `catat` verb and `baru evaluasi` options in the grammar (issue #15)."""

from __future__ import annotations

from pipeline.cli import sop
from pipeline.cli.main import HANDLERS
from pipeline.cli.parser import parser


def test_catat_and_the_evaluation_options_parse():
    p = parser(HANDLERS)
    args = p.parse_args(["catat", "x.md", "--langkah", "7", "--platform", "instagram"])
    assert args.func is sop.cmd_catat and args.langkah == 7 and args.platform == "instagram"
    args = p.parse_args(["baru", "evaluasi", "--bulan", "2026-10"])
    assert args.jenis in sop.EVALUATION_TYPES and args.bulan == "2026-10"
