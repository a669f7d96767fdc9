"""The shape of the package: imports run one way, outputs stay clear of the reader and the
rules, only the command line (the goalbook.cli package) imports click, and ``goalbook check``
starts light."""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "goalbook"
OUTPUTS = ("goalbook.annotate", "goalbook.summary", "goalbook.output", "goalbook.names")
FORBIDDEN = ("goalbook.reader", "goalbook.rules", "goalbook.check")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = list(path.relative_to(ROOT.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _imported(name: str, path: Path) -> Iterator[str]:
    """Every module named by an import anywhere in the file (at the top or in a function)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                full = f"{base}.{alias.name}"
                yield full if full in MODULES else base


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        edges = set()
        for target in _imported(name, path):
            while target and target not in MODULES:  # goalbook.x.Name → goalbook.x
                target = target.rpartition(".")[0]
            if target and target != name:
                edges.add(target)
        graph[name] = edges
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def test_the_graph_sees_every_kind_of_import() -> None:
    graph = _graph()
    assert "goalbook.annotate.patch" in graph["goalbook.annotate"]  # from a package's module
    assert "goalbook.rules.crosscheck" in graph["goalbook.rules"]  # from package import module
    assert "goalbook.annotate" in graph["goalbook.batch"]  # an import inside a function


def test_imports_have_no_cycle() -> None:
    assert _cycles(_graph()) == []


def test_no_module_imports_the_public_facade() -> None:
    graph = _graph()
    assert [name for name, edges in graph.items() if "goalbook" in edges] == []


def test_outputs_import_neither_the_reader_nor_the_rules_nor_the_checker() -> None:
    graph = _graph()
    for start in (name for name in graph if any(_within(name, o) for o in OUTPUTS)):
        seen, todo = {start}, [start]
        while todo:
            for nxt in graph[todo.pop()]:
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        bad = sorted(m for m in seen if any(_within(m, f) for f in FORBIDDEN))
        assert bad == [], f"{start} imports {bad}"


def test_only_the_command_line_imports_click() -> None:
    users = sorted(
        name
        for name, path in MODULES.items()
        if any(t.split(".")[0] == "click" for t in _imported(name, path))
    )
    assert "goalbook.cli" in users
    assert [name for name in users if not _within(name, "goalbook.cli")] == []


def test_a_plain_check_loads_no_writer_and_no_pandas() -> None:
    code = (
        "import sys, goalbook, goalbook.cli, goalbook.batch, goalbook.output\n"
        "print(sorted(m for m in ('pandas', 'openpyxl', 'xlsxwriter') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT.parent, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"


def test_a_plain_check_loads_no_web_stack() -> None:
    """``goalbook serve`` is registered with the other commands, but its web framework, server,
    form parser and templates are loaded only when it runs."""
    code = (
        "import sys, goalbook, goalbook.cli, goalbook.batch, goalbook.output\n"
        "web = ('starlette', 'uvicorn', 'multipart', 'python_multipart', 'jinja2', 'anyio')\n"
        "print(sorted(m for m in web if m in sys.modules), 'serve' in goalbook.cli.main.commands)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT.parent, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[] True"


def test_the_public_api_is_importable_from_the_package() -> None:
    import goalbook

    for name in goalbook.__all__:
        assert getattr(goalbook, name) is not None, name
