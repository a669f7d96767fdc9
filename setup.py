"""Build goalbook. By default it installs as plain Python, as pyproject.toml describes.

``GOALBOOK_COMPILE=1`` compiles the checking core (the reader, the rules and the modules they
use) with mypyc, the compiler that ships with mypy, into C extensions beside the Python files:

    GOALBOOK_COMPILE=1 pip install .   # needs a C compiler and Python's headers (python3-dev)

The compiled core gives the same findings and spends about 30 % less CPU a return (README,
Performance). An editable install (``pip install -e .``) stays plain Python: compiled modules
would shadow the sources being edited, so it refuses GOALBOOK_COMPILE=1.

Compiled code keeps Python's meaning but for identity: a fixed-length tuple (``tuple[Cell,
Target]``, not a NamedTuple) is a value there, boxed anew when it is passed, so such pairs are
compared with ``==``, never with ``is``. ``bench/compiled.py --same`` checks that both builds
give the same findings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup  # type: ignore[import-untyped]

HERE = Path(__file__).resolve().parent

# The modules a check runs through. Not compiled: goalbook/__init__.py (its module __getattr__
# is looked up while mypyc starts the module), findings.py (FileResult crosses from workers and
# is kept a plain class), the writers, the CLI and the local page (no gain, and click's
# decorators), rules/docs.py (writes the rule pages).
COMPILED_PACKAGES = ("reader", "rules", "frameworks")
COMPILED_MODULES = (
    "catalogue", "check", "decisions", "errors", "grades", "layout", "model", "moneykeys",
    "numerals", "outstamp", "package", "peek", "phases", "relative", "sheets", "spelling",
    "targetdates", "targets", "valuenotes", "version", "vocabulary", "wording", "yearspan",
    "diff/__init__", "diff/compare", "diff/match", "diff/model", "diff/previous",
)  # fmt: skip
NOT_COMPILED = ("rules/docs.py",)


def compiled_sources(root: Path = HERE) -> list[str]:
    """The source files GOALBOOK_COMPILE=1 compiles, relative to ``root``."""
    base = root / "goalbook"
    found = [f"goalbook/{name}.py" for name in COMPILED_MODULES]
    for package in COMPILED_PACKAGES:
        found += [f"goalbook/{package}/{p.name}" for p in sorted((base / package).glob("*.py"))]
    return [p for p in found if p.removeprefix("goalbook/") not in NOT_COMPILED]


COMPILE = os.environ.get("GOALBOOK_COMPILE") == "1"


def _extensions() -> list[object]:
    if not COMPILE:
        return []
    if "editable_wheel" in sys.argv:
        raise SystemExit("GOALBOOK_COMPILE=1 is for pip install . (not -e): compiled modules would "
                         "shadow the sources being edited")  # fmt: skip
    try:
        from mypyc.build import mypycify  # mypy's compiler: only needed for a compiled build
    except ImportError:
        if "egg_info" in sys.argv or "dist_info" in sys.argv:
            return []  # pip asks what the build needs: mypy, from setup_requires below
        raise SystemExit("GOALBOOK_COMPILE=1 needs mypy to compile: pip install mypy") from None
    return list(mypycify(compiled_sources(), opt_level="3", multi_file=True))


if __name__ == "__main__":
    setup(
        ext_modules=_extensions(),
        setup_requires=["mypy>=1.10"] if COMPILE else [],
        options={"build_ext": {"parallel": os.cpu_count() or 1}},
    )
