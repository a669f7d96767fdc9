"""The optional compiled build (setup.py, GOALBOOK_COMPILE=1): which modules it compiles, and
what a compiled core needs of the plain one (tables that pickle by their constructors). The
build itself takes minutes and is measured by ``bench/run.py --compiled``."""

from __future__ import annotations

import copyreg
import importlib.util
import json
import pickle
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from goalbook.diff.model import Unreadable
from goalbook.diff.previous import PreviousTable
from goalbook.model import _PARTS, GoalTable
from goalbook.reader import read_tables

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def _setup() -> ModuleType:
    spec = importlib.util.spec_from_file_location("goalbook_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # (setup() itself runs only as __main__)
    return module


def test_the_compiled_sources_exist_and_cover_the_reader_and_the_rules() -> None:
    sources = _setup().compiled_sources()
    assert len(sources) == len(set(sources))
    assert all((ROOT / p).is_file() for p in sources), [
        p for p in sources if not (ROOT / p).is_file()
    ]
    for package in ("reader", "rules"):
        every = {f"goalbook/{package}/{p.name}" for p in (ROOT / "goalbook" / package).glob("*.py")}
        assert every - set(sources) <= {"goalbook/rules/docs.py"}
    assert "goalbook/__init__.py" not in sources and "goalbook/findings.py" not in sources


def test_every_module_a_check_runs_is_compiled_but_the_two_kept_plain() -> None:
    """A module added to the check's path is compiled too, or the build misses it: the modules a
    check of the examples imports, all but goalbook/__init__.py and findings.py, are listed."""
    code = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from goalbook.check import CheckOptions, check_file\n"
        "for p in sorted(Path(sys.argv[1]).glob('*.xlsx')): check_file(p, CheckOptions())\n"
        "print(json.dumps(sorted(m.__file__ for m in list(sys.modules.values())\n"
        "      if m.__name__.startswith('goalbook') and getattr(m, '__file__', None))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code, str(EXAMPLES)], cwd=ROOT,
                          capture_output=True, text=True, check=True)  # fmt: skip
    # (run by a compiled build too: a module's file is then its extension, named after it)
    files = [re.sub(r"\.cpython-.*\.so$", ".py", p) for p in json.loads(done.stdout)]
    loaded = {str(Path(p).resolve().relative_to(ROOT)) for p in files}
    assert len(loaded) > 100  # (the reader and the rules)
    plain = loaded - set(_setup().compiled_sources())
    assert plain == {"goalbook/__init__.py", "goalbook/findings.py"}, plain


def test_a_table_and_its_parts_pickle_by_their_constructors() -> None:
    """A compiled frozen dataclass cannot be restored field by field as pickle does by default:
    tables and what holds them (sent back by workers with --previous) pickle through their
    constructors, and come back equal."""
    for part in (*_PARTS, PreviousTable, Unreadable):  # (what workers send back, in its parts)
        assert part in copyreg.dispatch_table
    tables = [t for p in sorted(EXAMPLES.glob("*.xlsx")) for t in read_tables(p)]
    assert any(t.stamp is not None for t in tables) and any(t.lines for t in tables)
    for table in tables:
        again = pickle.loads(pickle.dumps(table))
        assert isinstance(again, GoalTable) and again == table
        previous = PreviousTable(table)
        assert pickle.loads(pickle.dumps(previous)) == previous
