"""English counts agree with their number: ``1 file``, ``2 files`` in every English line built
from a number (the text output, the roster status, the summary, the page's limits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from goalbook.findings import FileResult, Finding, Severity
from goalbook.model import CellRef
from goalbook.plural import count, pick
from goalbook.roster import RosterEntry
from goalbook.season import RosterReport, UnitStatus, counts_line
from goalbook.serve import ServeConfig
from goalbook.serve.app import make_app
from goalbook.textout import counts_text, file_lines, kept_lines, skipped_lines, total_line


def test_count_and_pick() -> None:
    assert count(1, "file") == "1 file"
    assert count(2, "file") == "2 files"
    assert count(0, "file") == "0 files"
    assert count(1, "copy", "copies") == "1 copy"
    assert count(3, "copy", "copies") == "3 copies"
    assert count(2, "info", "info") == "2 info"
    assert (pick(1, "was", "were"), pick(2, "was", "were")) == ("was", "were")


def _result(path: str, errors: int = 0, warnings: int = 0) -> FileResult:
    found = [
        Finding("T201", "x", severity, "m", "", CellRef("绩效指标", row, 1))
        for severity, n in ((Severity.ERROR, errors), (Severity.WARNING, warnings))
        for row in range(2, 2 + n)
    ]
    return FileResult(path, "findings" if found else "ok", findings=tuple(found))


def test_counts_text() -> None:
    one = {"error": 1, "warning": 1, "info": 1, "accepted": 1}
    two = {"error": 2, "warning": 2, "info": 2, "accepted": 2}
    assert counts_text(one, "en") == "1 error, 1 warning, 1 info, 1 accepted"
    assert counts_text(two, "en") == "2 errors, 2 warnings, 2 info, 2 accepted"
    assert counts_text(one, "zh") == "1 个错误，1 个警告，1 个提示，1 个已接受"


def test_total_line() -> None:
    one, two = [_result("a.xlsx", 1, 1)], [_result("a.xlsx", 1), _result("b.xlsx", 1, 1)]
    assert total_line(one, "en") == "1 file: 1 error, 1 warning, 0 info, 0 unreadable"
    assert total_line(two, "en") == "2 files: 2 errors, 1 warning, 0 info, 0 unreadable"
    assert total_line(one, "zh") == "共 1 个文件：1 个错误，1 个警告，0 个提示，0 个无法读取"


@pytest.mark.parametrize(
    ("warnings", "said"), [(1, "1 more warning not shown"), (2, "2 more warnings not shown")]
)
def test_hidden_findings(warnings: int, said: str) -> None:
    lines = file_lines(_result("a.xlsx", 1, warnings), "en", Severity.ERROR)
    assert lines[-1].strip() == f"{said} (--min-severity)"


def test_kept_lines() -> None:
    one = kept_lines(["a.xlsx", "summary.xlsx"], "summary.xlsx", "en", current=["b.xlsx"])
    assert one[0].startswith("1 annotated copy is up to date (")
    assert one[1].startswith("1 annotated copy was edited since goalbook wrote it (or is not")
    two = kept_lines(["a.xlsx", "c.xlsx"], "summary.xlsx", "en", current=["b.xlsx", "d.xlsx"])
    assert two[0].startswith("2 annotated copies are up to date (")
    assert two[1].startswith("2 annotated copies were edited since goalbook wrote them (or are")
    zh = kept_lines(["a.xlsx"], "汇总.xlsx", "zh", current=["b.xlsx"])
    assert zh[0].startswith("1 份批注副本已是最新") and zh[1].startswith("1 份批注副本在")


def test_skipped_lines() -> None:
    root, why = Path("returns"), "旧格式 / old format"
    one = skipped_lines([(root / "a.xls", why)], [root], "en")
    two = skipped_lines([(root / n, why) for n in ("a.xls", "b.xls")], [root], "en")
    assert one == ["returns: 1 file not checked: old format (1: a.xls)"]
    assert two == ["returns: 2 files not checked: old format (2: a.xls, b.xls)"]


def test_roster_counts_line() -> None:
    def report(n: int) -> RosterReport:
        entries = tuple(RosterEntry(f"单位{i}", line=i + 2) for i in range(n))
        units = tuple(UnitStatus(e, "missing") for e in entries)
        return RosterReport("roster.csv", entries, units, ())

    assert counts_line(report(1), "en").startswith("Roster of 1 unit: ")
    assert counts_line(report(2), "en").startswith("Roster of 2 units: ")
    assert counts_line(report(1), "zh").startswith("名单 1 个单位：")


@pytest.mark.parametrize(("n", "said"), [(1, "At most 1 file at a time"), (2, "At most 2 files")])
def test_the_page_says_its_file_limit(tmp_path: Path, n: int, said: str) -> None:
    app = make_app(ServeConfig(work=tmp_path, max_files=n))
    with TestClient(app, base_url="http://127.0.0.1") as web:
        assert said in web.get("/?lang=en").text
        assert f"每次最多 {n} 个文件" in web.get("/?lang=zh").text
