"""Returns against the roster (``check --roster``): each unit's status, name matching (sure,
uncertain, competing units), returns that match no unit, superseded versions, and the text, JSON
and workbook outputs; every return invented here."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import python_calamine as pc

from goalbook.docprops import PackageFacts, read_facts
from goalbook.findings import FileResult
from goalbook.frameworks import load_framework
from goalbook.roster import RosterEntry
from goalbook.rostermatch import Match, RosterIndex, match_return, name_key
from goalbook.season import Roster, counts_line, roster_status, status_of
from goalbook.template import TemplateOptions, write_template
from tests.returns import CLEAN_FIELDS, CLEAN_LINES, CLEAN_ROWS, put

UTC = dt.UTC


def roster(*units: str | tuple[str, str]) -> Roster:
    entries = []
    for line, unit in enumerate(units, start=2):
        name, project = (unit, "") if isinstance(unit, str) else unit
        entries.append(RosterEntry(unit=name, project=project, line=line))
    return Roster(tuple(entries), "units.csv")


def result(path: str, unit: str = "", errors: int = 0, warnings: int = 0, **kw: Any) -> FileResult:
    tally = {"error": errors, "warning": warnings, "info": 0}
    return FileResult(
        path, "findings" if errors or warnings else "ok", unit=unit, tally=tally, **kw
    )


def match(units: Roster, res: FileResult, stamp: str = "") -> Match:
    return match_return(res, PackageFacts(stamp_unit=stamp), RosterIndex.make(units.entries))


# --- names ---------------------------------------------------------------------------------


def test_names_compare_after_width_spaces_and_brackets() -> None:
    assert name_key("东莞市　教育局（本级）") == name_key("东莞市 教育局(本级)")
    assert name_key("ＡＢＣ 科技") == name_key("abc科技")
    assert name_key("东莞市【教育局】") == name_key("东莞市教育局")


def test_an_equal_name_is_a_sure_match() -> None:
    units = roster("东莞市教育局", "东莞市卫生健康局")
    m = match(units, result("r/a.xlsx", "东莞市 教育局"))
    assert (m.entry, m.sure, m.by) == (0, True, "name")
    assert m.words(units.entries, "zh") == "确定（单位名称一致）"


def test_two_bureaus_of_one_city_never_match_each_other() -> None:
    units = roster("东莞市卫生健康局")
    m = match(units, result("r/a.xlsx", "东莞市教育局"))
    assert (m.entry, m.note) == (None, "none")
    units = roster("东莞市教育局", "东莞市卫生健康局")
    assert match(units, result("r/b.xlsx", "东莞市卫生健康局")).entry == 1


@pytest.mark.parametrize(
    ("on_roster", "written"),
    [
        ("东莞市某某科技有限公司", "东莞市某某科技有限责任公司"),
        ("东莞市某某科技有限公司", "东莞市某某科技公司"),
        ("共青团东莞市委员会", "共青团东莞市委"),
        ("共青团东莞市委员会", "中国共产主义青年团东莞市委员会"),
        ("东莞市卫生健康局", "东莞市卫生健康委员会"),
    ],
)
def test_a_suffix_or_abbreviation_variant_is_an_uncertain_match(
    on_roster: str, written: str
) -> None:
    units = roster(on_roster, "东莞市财政局")
    m = match(units, result("r/a.xlsx", written))
    assert (m.entry, m.sure, m.note) == (0, False, "near")
    assert m.words(units.entries, "zh") == f"名称近似（“{written}”），请核对"


def test_a_name_inside_another_with_one_candidate_is_uncertain() -> None:
    units = roster("东莞市教育局", "东莞市财政局")
    m = match(units, result("r/a.xlsx", "教育局"))
    assert (m.entry, m.sure) == (0, False)
    assert match(units, result("r/b.xlsx", "局")).entry is None  # too short to be looked for


def test_two_units_that_fit_equally_well_compete_and_neither_gets_the_return() -> None:
    units = roster("东莞市教育局", "东莞市教育委员会", "东莞市财政局")
    res = result("r/a.xlsx", "东莞市教育委")
    m = match(units, res)
    assert (m.entry, m.note, m.candidates) == (None, "competing", (0, 1))
    assert m.words(units.entries, "zh") == "与多个单位近似：东莞市教育局、东莞市教育委员会，请核对"
    report = roster_status(units, [res], {})
    assert [u.status for u in report.units] == ["missing", "missing", "missing"]
    assert [u.maybe for u in report.units] == [(res,), (res,), ()]
    assert [u.result for u in report.unmatched] == [res]


def test_the_file_name_settles_a_competition_but_stays_uncertain() -> None:
    units = roster("东莞市教育局", "东莞市教育委员会")
    m = match(units, result("收件/东莞市教育局.xlsx", "东莞市教育委"))
    assert (m.entry, m.sure, m.note) == (0, False, "competing-resolved")


def test_the_template_stamp_comes_first() -> None:
    units = roster("东莞市教育局", "东莞市财政局")
    m = match(units, result("r/x.xlsx", ""), stamp="东莞市财政局")
    assert (m.entry, m.sure, m.by) == (1, True, "stamp")
    m = match(units, result("r/x.xlsx", "东莞市财政局（本级）"), stamp="东莞市财政局")
    assert (m.entry, m.sure, m.by) == (1, True, "stamp")  # the name agrees closely enough


def test_a_stamp_and_a_table_that_disagree_are_uncertain() -> None:
    units = roster("东莞市教育局", "东莞市财政局")
    m = match(units, result("r/x.xlsx", "东莞市教育局"), stamp="东莞市财政局")
    assert (m.entry, m.sure, m.note) == (1, False, "stamp-differs")  # forwarded template
    m = match(units, result("r/x.xlsx", "某某协会"), stamp="东莞市财政局")
    assert (m.entry, m.sure, m.note) == (1, False, "stamp-differs")


def test_the_file_name_as_sent_matches_a_table_that_names_no_unit() -> None:
    units = roster(("甲单位", "项目一"), ("甲单位", "项目二"), "乙单位")
    for name in ("甲单位-项目二.xlsx", "甲单位-项目二(1).xlsx", "甲单位-项目二-修改.xlsx"):
        m = match(units, result(f"收件/{name}"))
        assert (m.entry, m.sure, m.by) == (1, True, "file"), name
    m = match(units, result("收件/乙单位附属幼儿园.xlsx"))
    assert (m.entry, m.sure) == (2, False)  # a longer name that starts with the unit's
    m = match(units, result("收件/甲单位-项目二.xlsx", "丙单位"))
    assert (m.entry, m.sure, m.note) == (1, False, "file-differs")
    assert match(units, result("收件/绩效目标表.xlsx")).note == "none"


def test_a_folder_per_unit_is_a_signal_too() -> None:
    units = roster("东莞市教育局", "东莞市财政局")
    m = match(units, result("r/东莞市财政局回收/表.xlsx", shown="东莞市财政局回收/表.xlsx"))
    assert (m.entry, m.sure, m.by) == (1, False, "folder")
    assert m.words(units.entries, "zh") == "文件夹名近似，请核对"
    m = match(units, result("returns/东莞市财政局/表.xlsx", shown="东莞市财政局/表.xlsx"))
    assert (m.entry, m.sure, m.by) == (1, True, "folder")
    assert match(units, result("东莞市财政局/表.xlsx")).entry is None  # a folder given: not shown


def test_a_units_project_picks_its_roster_row() -> None:
    units = roster(("甲单位", "项目一"), ("甲单位", "项目二"))
    m = match(units, result("r/a.xlsx", "甲单位", project="项目二"))
    assert (m.entry, m.sure) == (1, True)
    assert match(units, result("r/b.xlsx", "甲单位")).note == "competing"


def test_a_near_name_does_not_displace_a_sure_return() -> None:
    units = roster("东莞市教育局")
    own = result("r/教育局.xlsx", "东莞市教育局")
    near = result("r/幼儿园.xlsx", "东莞市教育局幼儿园", errors=1)
    facts = {own.path: PackageFacts(mtime=1.0), near.path: PackageFacts(mtime=2.0)}
    report = roster_status(units, [own, near], facts)
    unit = report.units[0]
    assert (unit.status, unit.current, unit.superseded, unit.maybe) == ("pass", own, (), (near,))
    [other] = report.unmatched
    assert other.result == near and other.match.note == "taken"
    words = "名称近似于“东莞市教育局”，但该单位已有确定匹配的回收表，请核对"
    assert other.match.words(units.entries, "zh") == words
    assert roster_status(units, [near], facts).units[0].current == near  # alone: uncertain


# --- statuses and versions -------------------------------------------------------------------


class Accepted(FileResult):
    """A result with a verdict this module does not make (the reviewer's decisions do)."""

    @property
    def verdict(self) -> str:
        return "accepted" if self.path.endswith("accepted.xlsx") else "odd"


def test_each_status() -> None:
    units = roster(
        "未交单位", "读不了单位", "退回单位", "待核单位", "通过单位", "接受单位", "怪单位"
    )
    results = [
        FileResult("r/读不了单位.xlsx", "unreadable", "r/读不了单位.xlsx: 不是 xlsx", "S001"),
        result("r/b.xlsx", "退回单位", errors=2, warnings=1),
        result("r/c.xlsx", "待核单位", warnings=3),
        result("r/d.xlsx", "通过单位"),
        Accepted("r/accepted.xlsx", "findings", unit="接受单位"),
        Accepted("r/odd.xlsx", "ok", unit="怪单位"),
    ]
    report = roster_status(units, results, {})
    assert [u.status for u in report.units] == [
        "missing", "unreadable", "return", "review", "pass", "accepted", "review",
    ]  # fmt: skip
    assert status_of("something new") == "review"
    assert (
        counts_line(report, "zh")
        == "名单 7 个单位：未交 1，无法读取 1，退回 1，待核 2，通过 1，已接受 1"
    )
    assert counts_line(report, "en") == (
        "Roster of 7 units: not returned 1, unreadable 1, sent back 1, to review 2, passed 1, "
        "accepted 1"
    )


def test_the_newest_version_is_current_by_its_own_saved_time_then_mtime() -> None:
    units = roster("甲单位")
    old, new = result("r/甲-修改.xlsx", "甲单位"), result("r/甲.xlsx", "甲单位", errors=1)
    day = dt.datetime(2026, 3, 1, tzinfo=UTC)
    facts = {  # the file copied last is the older save: the workbook's own time decides
        old.path: PackageFacts(saved=day, mtime=200.0),
        new.path: PackageFacts(saved=day + dt.timedelta(days=2), mtime=100.0),
    }
    unit = roster_status(units, [old, new], facts).units[0]
    assert (unit.current, unit.superseded, unit.status) == (new, (old,), "return")
    facts[old.path] = PackageFacts(mtime=200.0)  # one without a saved time: mtime decides
    unit = roster_status(units, [old, new], facts).units[0]
    assert (unit.current, unit.superseded, unit.status) == (old, (new,), "pass")


def test_tables_of_different_projects_are_not_versions_of_each_other() -> None:
    units = roster("甲单位")
    one_old = result("r/1.xlsx", "甲单位", project="青年驿站建设", errors=1)
    one_new = result("r/2.xlsx", "甲单位", project="青年驿站建设项目")  # the same, renamed
    two = result("r/3.xlsx", "甲单位", project="暑期托管服务", warnings=2)
    facts = {r.path: PackageFacts(mtime=n) for n, r in enumerate((one_old, one_new, two))}
    unit = roster_status(units, [one_old, one_new, two], facts).units[0]
    assert (unit.status, unit.current, unit.also, unit.superseded) == (
        "review",
        two,
        (one_new,),
        (one_old,),
    )  # the worst project's current return gives the status


def test_the_json_object() -> None:
    units = roster("甲单位", "乙单位")
    old, new = result("r/1.xlsx", "甲单位"), result("r/2.xlsx", "甲单位", warnings=1)
    other = result("r/3.xlsx", "外单位")
    facts = {old.path: PackageFacts(mtime=1.0), new.path: PackageFacts(mtime=2.0)}
    doc = roster_status(units, [old, new, other], facts).as_dict("zh")
    assert doc["counts"] == {
        "units": 2, "missing": 1, "unreadable": 0, "return": 0, "review": 1, "pass": 0,
        "accepted": 0, "uncertain": 0, "unmatched": 1, "superseded": 1,
    }  # fmt: skip
    first = doc["units"][0]
    assert (first["status"], first["path"], first["superseded"]) == (
        "review",
        "r/2.xlsx",
        ["r/1.xlsx"],
    )
    assert first["match"] == {"by": "name", "sure": True, "note": None}
    assert doc["unmatched"] == [
        {"path": "r/3.xlsx", "unit": "外单位", "verdict": "pass", "candidates": [],
         "note": "名单中没有此单位"}
    ]  # fmt: skip
    assert doc["superseded"] == [
        {"path": "r/1.xlsx", "current": "r/2.xlsx", "line": 2, "unit": "甲单位", "project": None}
    ]


# --- real files, the command line ------------------------------------------------------------


def make_return(path: Path, unit: str, stamp: str | None = None, state: str = "pass",
                saved: dt.datetime | None = None) -> Path:  # fmt: skip
    """A filled goalbook project template made for ``stamp`` (default: ``unit``) whose table
    names ``unit``; ``state``: pass, return (an error) or review (a warning only)."""
    opts = TemplateOptions(load_framework("nat-2021"), "project", 2026, stamp or unit)
    write_template(path, opts)
    wb = openpyxl.load_workbook(path)
    info = wb["基本信息"]
    labels = {str(info.cell(r, 1).value).split("（")[0]: r for r in range(1, info.max_row + 1)}
    fields = dict(CLEAN_FIELDS, 实施单位=unit)
    if state == "review":
        fields["年度目标"] = "<p>建成6个驿站</p>"  # X102, a warning
    for label, value in fields.items():
        put(info.cell(labels[label], 2), value or None)
    for r, line in enumerate(CLEAN_LINES, start=3):
        for c, value in enumerate(line, start=1):
            put(wb["预算明细"].cell(r, c), value)
    for r, values in enumerate(CLEAN_ROWS, start=3):
        for c, value in enumerate(values, start=1):
            put(wb["绩效指标"].cell(r, c), value)
    if state == "return":
        wb["绩效指标"].cell(3, 6).value = 20  # annual 20 against a period of 12: D201, an error
    wb.save(path)
    if saved is not None:
        set_saved(path, saved)
    return path


def set_saved(path: Path, when: dt.datetime) -> None:
    """Rewrite the workbook's own last-saved time (openpyxl always writes now)."""
    with zipfile.ZipFile(path) as zin:
        parts = {i.filename: zin.read(i) for i in zin.infolist()}
    core = parts["docProps/core.xml"].decode()
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", rf"\g<1>{stamp}", core)
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    return subprocess.run([sys.executable, "-m", "goalbook", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False)  # fmt: skip


@pytest.fixture(scope="module")
def season(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of returns against a roster of six units."""
    base = tmp_path_factory.mktemp("season")
    (base / "units.csv").write_text(
        "单位名称,项目名称\n东莞市教育局,\n东莞市卫生健康局,\n东莞市财政局,\n"
        "东莞市某某科技有限公司,\n东莞市青年志愿者协会,\n东莞市体育局,\n",
        encoding="utf-8",
    )
    returns = base / "returns"
    returns.mkdir()
    early, late = dt.datetime(2026, 3, 1, tzinfo=UTC), dt.datetime(2026, 3, 9, tzinfo=UTC)
    make_return(returns / "教育局-第一版.xlsx", "东莞市教育局", state="return", saved=early)
    make_return(returns / "教育局-第二版.xlsx", "东莞市教育局", saved=late)
    make_return(returns / "卫健.xlsx", "东莞市卫生健康局", state="return")
    make_return(returns / "财政.xlsx", "", stamp="东莞市财政局", state="review")
    make_return(returns / "科技.xlsx", "东莞市某某科技有限责任公司")
    make_return(returns / "外单位.xlsx", "某区团委")
    (returns / "东莞市体育局.xlsx").write_bytes(b"not a workbook at all")
    return base


def test_check_with_a_roster_ends_with_the_status_counts(season: Path) -> None:
    done = run("check", "returns", "--roster", "units.csv", "--summary", cwd=season)
    assert done.returncode == 2, done.stderr  # an unreadable return
    lines = done.stdout.splitlines()
    assert lines[-1] == "名单 6 个单位：未交 1，无法读取 1，退回 1，待核 1，通过 2"
    assert "未交：东莞市青年志愿者协会" in lines
    assert any("科技.xlsx → 东莞市某某科技有限公司：名称近似" in line for line in lines)
    assert any(
        line.startswith("  returns/外单位.xlsx（某区团委）：名单中没有此单位") for line in lines
    )
    assert "  returns/教育局-第一版.xlsx → returns/教育局-第二版.xlsx" in lines
    done = run("check", "returns", "--roster", "units.csv", "--lang", "en", cwd=season)
    assert done.stdout.splitlines()[-1] == (
        "Roster of 6 units: not returned 1, unreadable 1, sent back 1, to review 1, passed 2"
    )


def test_check_with_a_roster_in_json(season: Path) -> None:
    done = run("check", "returns", "--roster", "units.csv", "--format", "json", cwd=season)
    doc = json.loads(done.stdout)
    assert doc["counts"]["files"] == 7  # superseded versions are still checked and reported
    units = {u["unit"]: u for u in doc["roster"]["units"]}
    assert {k: u["status"] for k, u in units.items()} == {
        "东莞市教育局": "pass",
        "东莞市卫生健康局": "return",
        "东莞市财政局": "review",
        "东莞市某某科技有限公司": "pass",
        "东莞市青年志愿者协会": "missing",
        "东莞市体育局": "unreadable",
    }
    assert units["东莞市财政局"]["match"] == {"by": "stamp", "sure": True, "note": None}
    assert units["东莞市体育局"]["match"]["by"] == "file"
    assert units["东莞市某某科技有限公司"]["match"]["sure"] is False
    assert units["东莞市教育局"]["superseded"] == ["returns/教育局-第一版.xlsx"]
    assert [u["path"] for u in doc["roster"]["unmatched"]] == ["returns/外单位.xlsx"]
    plain = json.loads(run("check", "returns", "--format", "json", cwd=season).stdout)
    assert "roster" not in plain and plain["files"] == doc["files"]


def test_a_bad_roster_is_refused_with_its_lines(season: Path) -> None:
    (season / "bad.csv").write_text("单位名称,年度\n甲,二〇二六\n,2026\n", encoding="utf-8")
    done = run("check", "returns", "--roster", "bad.csv", cwd=season)
    assert done.returncode == 2 and done.stdout == ""
    assert "bad.csv:2:" in done.stderr and "bad.csv:3:" in done.stderr


def status_sheet(path: Path) -> list[list[Any]]:
    book = pc.CalamineWorkbook.from_path(str(path))
    assert book.sheet_names[0] == "单位状态"
    return book.get_sheet_by_name("单位状态").to_python()


def test_the_summary_workbook_starts_with_the_status_sheet(season: Path) -> None:
    done = run("check", "returns", "--roster", "units.csv", "-o", "out", cwd=season)
    assert done.returncode == 2, done.stderr
    rows = status_sheet(season / "out" / "汇总.xlsx")
    assert rows[0][0] == "名单 6 个单位：未交 1，无法读取 1，退回 1，待核 1，通过 2"
    assert rows[1][:5] == ["行号", "单位", "项目", "状态", "当前文件"]
    by_unit = {row[1]: row for row in rows[2:8]}
    assert by_unit["东莞市教育局"][3:5] == ["通过", "教育局-第二版.xlsx"]
    assert by_unit["东莞市教育局"][8] == "教育局-第一版.xlsx"
    assert by_unit["东莞市青年志愿者协会"][3] == "未交"
    assert by_unit["东莞市某某科技有限公司"][7].startswith("名称近似")
    assert rows[9][0] == "不在名单中的回收表（1）"
    assert rows[11][1:4] == ["外单位.xlsx", "某区团委", "通过"]
    wb = openpyxl.load_workbook(season / "out" / "汇总.xlsx")
    link = wb["单位状态"]["E3"].hyperlink
    assert link is not None and link.target.endswith("-审核.xlsx")


def test_one_return_and_a_roster_still_get_a_summary(season: Path) -> None:
    done = run("check", "returns/卫健.xlsx", "--roster", "units.csv", "-o", "one", cwd=season)
    assert done.returncode == 1, done.stderr
    rows = status_sheet(season / "one" / "汇总.xlsx")
    assert rows[0][0] == "名单 6 个单位：未交 5，退回 1"


def test_read_facts_of_a_template_and_of_no_workbook(tmp_path: Path) -> None:
    when = dt.datetime(2026, 4, 1, 8, 30, tzinfo=UTC)
    path = make_return(tmp_path / "a.xlsx", "甲单位", stamp="乙单位", saved=when)
    facts = read_facts(path)
    assert (facts.stamp_unit, facts.saved) == ("乙单位", when)
    (tmp_path / "b.xlsx").write_bytes(b"PK\x03\x04 broken")
    assert read_facts(tmp_path / "b.xlsx").saved is None
    assert read_facts(tmp_path / "none.xlsx") == PackageFacts()


@pytest.mark.libreoffice
def test_the_status_sheet_opens_in_libreoffice(season: Path, soffice: Any, tmp_path: Path) -> None:
    run("check", "returns", "--roster", "units.csv", "-o", "lo", "--force", cwd=season)
    pdf = soffice(season / "lo" / "汇总.xlsx", "pdf", tmp_path)
    text = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"],
                          capture_output=True, text=True, check=True).stdout  # fmt: skip
    for words in (
        "名单 6 个单位",
        "东莞市青年志愿者协会",
        "未交",
        "不在名单中的回收表",
        "外单位.xlsx",
    ):
        assert words in text, words


def test_the_english_status_sheet_counts_the_unmatched_returns_in_plain_brackets(
    season: Path,
) -> None:
    """A Chinese full-width bracket stood in the English sheet's title row."""
    run("check", "returns", "--roster", "units.csv", "-o", "out", "--lang", "en", cwd=season)
    ws = openpyxl.load_workbook(season / "out" / "summary.xlsx")["Units"]
    titles = [c.value for c in ws["A"] if isinstance(c.value, str)]
    assert "Returns that match no roster unit (1)" in titles
