"""goalbook diff: every kind of change, folders matched by unit and project, the outputs."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from click.testing import CliRunner

from goalbook.cli import main
from goalbook.diff.match import norm
from goalbook.diff.model import Kind
from goalbook.diff.run import diff_paths
from goalbook.diff.text import text_lines
from goalbook.diff.workbook import KIND_COLOURS, write_workbook
from tests.returns import Return


def _pair(tmp: Path, old: Return, new: Return) -> tuple[Path, Path]:
    (tmp / "old").mkdir(parents=True, exist_ok=True)
    (tmp / "new").mkdir(exist_ok=True)
    return old.write(tmp / "old" / "a.xlsx"), new.write(tmp / "new" / "a.xlsx")


def _changes(tmp: Path, old: Return, new: Return) -> set[tuple[str, str, str]]:
    """(kind, subject, new cell) of each change (the old cell for what is gone)."""
    comparison = diff_paths(*_pair(tmp, old, new))
    assert len(comparison.pairs) == 1
    out = set()
    for c in comparison.pairs[0].changes:
        at = c.new_at or c.old_at
        out.add((c.kind.value, c.subject, at.a1 if at else ""))
    return out


def edited() -> Return:
    new = Return()
    new.rows.append(["产出指标", "数量指标", "开展入住培训场次", "≥", 4, 2, "场", "正向", 0])
    del new.rows[5]  # 入住青年就业率
    new.row("入住青年满意度")[2] = "入住青年的满意度"
    new.row("驿站验收合格率")[5] = 90  # ≥95% → ≥90%: looser
    new.row("每个床位月租金")[5] = 1400  # a cap ≤1500元 → ≤1400元: stricter
    new.row("提供住宿服务人次")[0:2] = ["效益指标", "社会效益指标"]
    new.fields["年度资金总额"] = 200
    new.lines[0][2] = 50
    new.fields["中期目标"] = "三年内建成15个青年人才驿站。"
    return new


def test_every_kind_of_change(tmp_path: Path) -> None:
    changes = _changes(tmp_path, Return(), edited())
    assert changes == {
        ("added", "开展入住培训场次", "C10"),
        ("removed", "入住青年就业率", "C8"),  # the old return's cell
        ("renamed", "入住青年的满意度", "C9"),
        ("looser", "驿站验收合格率", "F5"),
        ("stricter", "每个床位月租金", "F7"),
        ("tier-moved", "提供住宿服务人次", "A4"),
        ("money", "年度资金总额", "B19"),
        ("money", "总站固定床位租金", "C3"),
        ("carried-over", "年度目标", "B26"),  # 中期目标 was rewritten: not carried over
    }


def test_an_unchanged_period_goal_is_not_carried_over(tmp_path: Path) -> None:
    """A multi-year project keeps its 中期目标 from year to year: only the 年度目标 copied word
    for word is listed."""
    old, new = Return(), Return()
    new.fields["年度目标"] = "完成二期驿站改造，新增床位60张。"
    assert _changes(tmp_path, old, new) == set()


def test_the_same_target_spelled_another_way_is_no_change(tmp_path: Path) -> None:
    old, new = Return(), Return()
    tiers = ["产出指标", "数量指标"]
    old.rows.append([*tiers, "培训人数", None, "≥1500人", "≥1500人", "", "", 0])
    new.rows.append([*tiers, "培训 人数", None, "1500人以上", "1500人以上", "", "", 0])
    assert {c[0] for c in _changes(tmp_path, old, new)} == {"carried-over"}


def test_direction_decides_stricter_or_looser_else_raised_or_lowered(tmp_path: Path) -> None:
    old, new = Return(), Return()
    for ret, count, rate in ((old, "100次", "3%"), (new, "120次", "2%")):
        ret.rows.append(["产出指标", "数量指标", "巡查次数", None, count, count, "", "", 0])
        ret.rows.append(["效益指标", "社会效益指标", "群众投诉率", None, rate, rate, "", "反向", 0])
    kinds = {(k, s) for k, s, _at in _changes(tmp_path, old, new) if k != "carried-over"}
    # no operator, no direction: raised; 反向 3% → 2%: more ambitious
    assert kinds == {("raised", "巡查次数"), ("stricter", "群众投诉率")}
    old2, new2 = Return(), Return()
    old2.rows.append(["产出指标", "数量指标", "巡查次数", None, "120次", "120次", "", "", 0])
    new2.rows.append(["产出指标", "数量指标", "巡查次数", None, "100次", "100次", "", "", 0])
    assert ("lowered", "巡查次数", "F11") in _changes(tmp_path / "lowered", old2, new2)


def test_a_rename_is_the_best_unique_match_only(tmp_path: Path) -> None:
    old, new = Return(), Return()
    new.row("入住青年满意度")[2] = "入住青年满意度调查"  # near: renamed
    new.row("驿站运营管理制度")[2] = "档案管理"  # far: removed and added
    changes = _changes(tmp_path, old, new)
    assert ("renamed", "入住青年满意度调查", "C10") in changes
    assert ("removed", "驿站运营管理制度", "C9") in changes
    assert ("added", "档案管理", "C9") in changes
    # two names equally near one old name: no rename is guessed
    tie_old, tie_new = Return(), Return()
    del tie_old.rows[7]
    tiers = ["满意度指标", "服务对象满意度指标"]
    tie_old.rows.append([*tiers, "青年满意度", "≥", 90, 90, "%", "正向", 20])
    del tie_new.rows[7]
    for name in ("青年满意度甲", "青年满意度乙"):
        tie_new.rows.append([*tiers, name, "≥", 90, 90, "%", "正向", 10])
    kinds = {k for k, *_ in _changes(tmp_path / "tie", tie_old, tie_new)}
    assert "renamed" not in kinds and {"added", "removed"} <= kinds


def _unit(project: str, unit: str = "某区团委") -> Return:
    ret = Return()
    ret.fields["项目名称"] = project
    ret.fields["实施单位"] = unit
    return ret


def test_folders_are_matched_by_unit_and_project(tmp_path: Path) -> None:
    old, new = tmp_path / "2025", tmp_path / "2026"
    old.mkdir()
    new.mkdir()
    _unit("青年人才驿站建设").write(old / "x.xlsx")
    _unit("社区服务中心").write(old / "y.xlsx")
    _unit("青年人才驿站　建设").write(new / "renamed-file.xlsx")  # a full-width space
    _unit("新项目").write(new / "z.xlsx")
    comparison = diff_paths(old, new)
    assert [(Path(p.old.path).name, Path(p.new.path).name) for p in comparison.pairs] == [
        ("x.xlsx", "renamed-file.xlsx")
    ]
    assert [s.project for s in comparison.only_old] == ["社区服务中心"]
    assert [s.project for s in comparison.only_new] == ["新项目"]
    lines = text_lines(comparison)
    assert "只在旧版中（新版没有对应的表）：" in lines
    assert any("社区服务中心" in line for line in lines)


def test_names_are_normalised() -> None:
    assert norm("ＡＢ 青年　驿站") == norm("ab青年驿站")


def test_json_and_text_outputs(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, Return(), edited())
    runner = CliRunner()
    done = runner.invoke(main, ["diff", str(old), str(new), "--format", "json"])
    assert done.exit_code == 0, done.output
    document = json.loads(done.stdout)
    assert set(document) == {"goalbook", "old", "new", "pairs", "only_old", "only_new",
                             "unreadable", "counts"}  # fmt: skip
    change = next(c for c in document["pairs"][0]["changes"] if c["kind"] == "looser")
    assert change["new_at"] == {"sheet": "绩效指标", "cell": "F5"}
    assert (change["old"], change["new"], change["part"]) == ("≥95%", "≥90%", "annual")
    assert document["counts"]["added"] == 1
    text = runner.invoke(main, ["diff", str(old), str(new)])
    assert text.exit_code == 0
    line = "降低要求 绩效指标 F5：“驿站验收合格率” 的年度指标值 ≥95% → ≥90%（降低要求）"
    assert line in text.stdout
    english = runner.invoke(main, ["diff", str(old), str(new), "--lang", "en"])
    assert "looser       绩效指标!F5" in english.stdout


def test_an_unreadable_file_is_one_line_and_exit_status_0(tmp_path: Path) -> None:
    good = Return().write(tmp_path / "good.xlsx")
    bad = tmp_path / "bad.xlsx"
    bad.write_text("not a workbook")
    done = CliRunner().invoke(main, ["diff", str(good), str(bad)])
    assert done.exit_code == 0
    lines = [line for line in done.stdout.splitlines() if "bad.xlsx" in line]
    assert len(lines) == 1 and "无法读取" in lines[0]


def test_the_workbook_links_each_change_to_its_cell_and_colours_it(tmp_path: Path) -> None:
    old, new = _pair(tmp_path, Return(), edited())
    out = tmp_path / "out" / "changes.xlsx"
    out.parent.mkdir()
    done = CliRunner().invoke(main, ["diff", str(old), str(new), "-o", str(out)])
    assert done.exit_code == 0, done.output
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    rows = list(ws.iter_rows(min_row=2))
    looser = next(r for r in rows if r[0].value == "降低要求")
    link = looser[8].hyperlink
    assert link is not None
    assert Path(link.target.replace("\\", "/")).name == "a.xlsx" and "new" in link.target
    assert link.location == "'绩效指标'!F5"
    assert looser[0].fill.fgColor.rgb == "FF" + KIND_COLOURS[Kind.LOOSER].lstrip("#")
    removed = next(r for r in rows if r[0].value == "删除")
    assert removed[8].hyperlink is not None and "old" in removed[8].hyperlink.target
    colours = {r[0].value: r[0].fill.fgColor.rgb for r in rows}
    assert len(set(colours.values())) >= 5  # kinds told apart by colour
    again = CliRunner().invoke(main, ["diff", str(old), str(new), "-o", str(out)])
    assert again.exit_code == 2  # exists: --force to overwrite


def test_unmatched_tables_are_rows_of_the_workbook(tmp_path: Path) -> None:
    old, new = tmp_path / "o", tmp_path / "n"
    old.mkdir()
    new.mkdir()
    _unit("甲项目").write(old / "a.xlsx")
    _unit("乙项目").write(old / "b.xlsx")
    _unit("甲项目").write(new / "a.xlsx")
    out = write_workbook(tmp_path / "d.xlsx", diff_paths(old, new), "en")
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    assert [r[0] for r in ws.iter_rows(min_row=2, values_only=True)][-1] == "only old"


def test_a_target_that_cannot_be_ranked_is_changed(tmp_path: Path) -> None:
    new = Return()
    new.row("驿站运营管理制度")[5] = "完善"  # a grade for a grade
    new.row("驿站验收合格率")[3] = ">"  # another operator
    changes = {(k, s) for k, s, _at in _changes(tmp_path, Return(), new)}
    assert {("changed", "驿站运营管理制度"), ("changed", "驿站验收合格率")} <= changes
    assert not {k for k, _s in changes} & {"stricter", "looser", "raised", "lowered"}


def test_tables_of_two_named_units_are_never_paired_by_their_project_alone() -> None:
    """Units share project names (党建工作经费): the same project of another unit is not a
    previous version; a table that names no unit still pairs by its project."""
    from goalbook.diff.match import pair_tables

    def key(t: tuple[str, str]) -> tuple[str, str]:
        return t

    pairs, old_left, new_left = pair_tables([("甲", "党建")], [("乙", "党建")], key)
    assert pairs == [] and old_left == [("甲", "党建")] and new_left == [("乙", "党建")]
    pairs, _, _ = pair_tables([("甲", "党建")], [("", "党建")], key)
    assert pairs == [(("甲", "党建"), ("", "党建"))]


def test_a_pair_without_changes_is_a_row_of_the_workbook(tmp_path: Path) -> None:
    """The workbook says 没有变化 as the text does; it used to hold the header row alone."""
    _unit("甲项目").write(tmp_path / "old.xlsx")
    new = _unit("甲项目")
    new.fields["年度目标"] = "建成8个驿站。"  # goals rewritten: not carried over
    new.fields["中期目标"] = "三年内建成20个驿站。"
    new.write(tmp_path / "new.xlsx")
    out = write_workbook(
        tmp_path / "d.xlsx", diff_paths(tmp_path / "old.xlsx", tmp_path / "new.xlsx")
    )
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    (row,) = ws.iter_rows(min_row=2, values_only=True)
    assert row[:2] == ("没有变化", "new.xlsx") and row[7] == "与旧版相同：old.xlsx"
