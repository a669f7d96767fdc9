"""goalbook: templates and checks for budget performance goal tables (绩效目标表)."""

__version__ = "0.1.0"

__all__ = ["__version__"]
