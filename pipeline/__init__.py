"""PPID publishing pipeline: load content, check it against the office's SOPs, build the site."""

__version__ = "0.1.0"
