"""A value in a unit of another kind than the thing its name counts (危旧桥梁改造座数 ≥8公里,
培训人次 ≥3000户) is T119; a time asked for given as 及时, and a size given as a direction
(管网长度 │ 逐步改善), are T102. The values offices write that fit their names draw none of
them. Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_value_words import _found


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("危旧桥梁改造座数", "≥8公里"),
        ("技能培训人次", "≥3000户"),
        ("租赁补贴发放户数", "≥500人"),
        ("农村公路养护里程", "≥12座"),
        ("新增路灯盏数", "≥20公里"),
    ],
)
def test_a_unit_of_another_kind(tmp_path: Path, name: str, value: str) -> None:
    assert "T119" in _found(tmp_path, ["产出指标", "数量指标", name, value])


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("危旧桥梁改造座数", "≥8座"),
        ("技能培训人次", "≥3000人"),  # 人 for 人次: the same kind
        ("公厕改造座数", "≥12个"),  # 个 counts anything
        ("农村公路养护里程", "≥1200米"),
        ("受益人数增长率", "≥5%"),
        ("道路绿化面积", "≥3亩"),
    ],
)
def test_a_unit_of_the_same_kind(tmp_path: Path, name: str, value: str) -> None:
    assert "T119" not in _found(tmp_path, ["产出指标", "数量指标", name, value])


@pytest.mark.parametrize(
    ("tier2", "name", "value", "flagged"),
    [
        ("时效指标", "年度建设任务完成时间", "及时", True),
        ("时效指标", "补贴资金拨付时间", "及时拨付", True),
        ("时效指标", "服务站建设完成时间", "按时完成", False),  # by the plan's dates
        ("时效指标", "活动信息公开", "及时", False),  # no time asked for
        ("数量指标", "新建污水收集管网长度", "逐步改善", True),
        ("数量指标", "受益群众人数", "明显增加", True),
        ("数量指标", "新建污水收集管网长度", "≥18公里", False),
    ],
)
def test_words_where_a_time_or_a_size_is_asked(
    tmp_path: Path, tier2: str, name: str, value: str, flagged: bool
) -> None:
    assert ("T102" in _found(tmp_path, ["产出指标", tier2, name, value])) is flagged
