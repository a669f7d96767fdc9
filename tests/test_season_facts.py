"""With a roster, what each return's package says of itself (its last-saved time, the unit its
template was made for) comes back from the workers: the parent reads it only for the files no
worker checked (unreadable, timed out), and the statuses are those of reading it all itself."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import goalbook.batch
import goalbook.docprops
import goalbook.season
from goalbook.batch import check_paths
from goalbook.docprops import PackageFacts, read_facts
from goalbook.season import roster_status
from tests.test_season import make_return, roster

UTC = dt.UTC


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every read_facts the parent makes (the workers, forked, count in their own memory)."""
    calls: list[str] = []

    def counted(path: str | Path) -> PackageFacts:
        calls.append(str(path))
        return read_facts(path)

    for module in (goalbook.batch, goalbook.season, goalbook.docprops):
        if hasattr(module, "read_facts"):
            monkeypatch.setattr(module, "read_facts", counted)
    return calls


@pytest.mark.parametrize("output", [False, True])
def test_the_workers_send_the_facts_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, output: bool
) -> None:
    folder = tmp_path / "returns"
    folder.mkdir()
    early, late = dt.datetime(2026, 3, 1, tzinfo=UTC), dt.datetime(2026, 3, 9, tzinfo=UTC)
    make_return(folder / "b-late.xlsx", "东莞市教育局", saved=late)  # newest by its own time,
    make_return(folder / "a-early.xlsx", "东莞市教育局", state="return", saved=early)  # not mtime
    make_return(folder / "stamped.xlsx", "", stamp="东莞市财政局", state="review")
    (folder / "东莞市体育局.xlsx").write_bytes(b"not a workbook at all")  # read by a worker
    (folder / "东莞市卫生健康局.xlsx").symlink_to(tmp_path / "gone.xlsx")  # refused unopened
    units = roster("东莞市教育局", "东莞市财政局", "东莞市体育局", "东莞市卫生健康局")
    calls = _counting(monkeypatch)
    out = tmp_path / "out" if output else None
    batch = check_paths([folder], jobs=2, roster=units, output=out)
    rows = list(batch)
    assert batch.report is not None
    refused = [r.path for r in batch.refused]
    assert calls == refused and len(refused) == 1  # only the file no worker could read
    calls.clear()
    fresh = roster_status(units, batch.summary.rows)  # every fact read here, as before
    assert len(calls) == len(rows)
    assert fresh.as_dict("zh") == batch.report.as_dict("zh")
    status: dict[str, Any] = {u.entry.unit: u.status for u in batch.report.units}
    assert status == {"东莞市教育局": "pass", "东莞市财政局": "review",
                      "东莞市体育局": "unreadable", "东莞市卫生健康局": "unreadable"}  # fmt: skip
    current = next(u for u in batch.report.units if u.entry.unit == "东莞市教育局").current
    assert current is not None and current.path.endswith("b-late.xlsx")


def test_without_a_roster_no_facts_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "returns"
    folder.mkdir()
    make_return(folder / "a.xlsx", "东莞市教育局")
    batch = check_paths([folder], jobs=1)
    list(batch)
    assert batch.facts == {}
