"""D202 in a multi-year project: a count added up over the period (惠及居民户数, 加装电梯) equal
in the 中期 and the 年度 column is flagged; the people a project keeps supporting each year
(特困供养人数, 低保保障对象) are the same in both by right. Invented."""

from __future__ import annotations

from pathlib import Path

from goalbook.check import CheckOptions, check_file
from tests.test_values_read import Row, project, write

HEAD = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]


def _d202(tmp_path: Path, name: str, value: str) -> bool:
    rows: list[Row] = [
        HEAD,
        ["产出指标", "数量指标", name, value, value],
        [None, "质量指标", "服务质量合格率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "服务对象生活质量", "有效改善", "有效改善"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"],
    ]
    result, _table = check_file(
        write(tmp_path / "r.xlsx", *project(["项目期", "3年"], table=rows)), CheckOptions()
    )
    return "D202" in {f.code for f in result.findings}


def test_a_count_added_up_over_the_period(tmp_path: Path) -> None:
    assert _d202(tmp_path, "惠及居民户数", "≥3600户")
    assert _d202(tmp_path, "既有住宅加装电梯", "≥60部")


def test_the_people_kept_supported_each_year(tmp_path: Path) -> None:
    assert not _d202(tmp_path, "特困供养人数", "≥1860人")
    assert not _d202(tmp_path, "城乡低保保障对象", "≥3200人")


def test_an_average_is_the_same_each_year(tmp_path: Path) -> None:
    assert not _d202(tmp_path, "项目区粮食亩均增产", "≥50公斤")


def test_what_is_kept_up_every_year_is_the_same_each_year(tmp_path: Path) -> None:
    assert not _d202(tmp_path, "乡道日常养护里程", "≥860公里")
    assert not _d202(tmp_path, "免费开放公共体育场馆", "≥9个")
    assert _d202(tmp_path, "乡道预防性养护里程", "≥120公里")  # works done once: added up


def test_a_level_gained_is_no_count(tmp_path: Path) -> None:
    assert not _d202(tmp_path, "项目区耕地质量等级提升", "≥0.5个等级")


def test_one_thing_built_once_is_due_in_both_columns(tmp_path: Path) -> None:
    assert not _d202(tmp_path, "集中控制平台建设数量", "=1个")
    assert _d202(tmp_path, "智慧路灯控制箱数量", "≥12个")


def test_a_grade_step_a_multiple_and_a_yield_per_mu_are_no_counts(tmp_path: Path) -> None:
    assert not _d202(tmp_path, "耕地质量等级提升", "≥0.5等")
    assert not _d202(tmp_path, "债券本息覆盖倍数", "≥1.2倍")
    assert not _d202(tmp_path, "项目区粮食亩产提高", "≥50公斤")
    assert _d202(tmp_path, "新增粮食产能", "≥500吨")  # a quantity added up: still flagged
