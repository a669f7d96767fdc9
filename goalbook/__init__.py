"""goalbook: templates and checks for budget performance goal tables (绩效目标表)."""

from goalbook.version import __version__

__all__ = ["__version__"]
