"""`python -m pipeline.cli`: the same as the `ppid` command."""

import sys

from pipeline.cli.main import main

sys.exit(main())
