"""The time a case or an application takes (审理期限, 审批时限, 办理周期) is less-is-better:
≥ on it is T108; a rate of meeting it (审限内结案率) or a period kept (保修期限, 保存期限) is not.
A time said to shorten (缩短, 较上年缩短, 进一步缩短) is a direction, no mere description (T102)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_rule_blind9 import EXTRA, _found


@pytest.mark.parametrize(
    "name", ["民事案件平均审理期限", "不动产登记办理时限", "建设项目审批周期", "信访事项办结期限"]
)
def test_at_least_a_case_duration_is_reversed(tmp_path: Path, name: str) -> None:
    found = _found(tmp_path, ["产出指标", "时效指标", name, "≥40个工作日"])
    assert "T108" in found.get(EXTRA, {}), found
    at_most = _found(tmp_path, ["产出指标", "时效指标", name, "≤40个工作日"])
    assert "T108" not in at_most.get(EXTRA, {}), at_most


@pytest.mark.parametrize("name", ["出口退税平均办理时限", "行政复议案件平均审理期限"])
def test_a_time_taken_given_as_a_percentage_is_t113(tmp_path: Path, name: str) -> None:
    found = _found(tmp_path, ["产出指标", "时效指标", name, "95%"])
    assert "T113" in found.get(EXTRA, {}), found


@pytest.mark.parametrize("name", ["消费投诉超期办结率", "信访事项逾期未办结率", "警情超时处置率"])
def test_at_least_a_share_handled_late_is_reversed(tmp_path: Path, name: str) -> None:
    found = _found(tmp_path, ["产出指标", "质量指标", name, "≥3%"])
    assert "T108" in found.get(EXTRA, {}), found


@pytest.mark.parametrize(
    ("name", "value"),
    [("法定审限内结案率", "≥95%"), ("设备保修期限", "≥3年"), ("档案保存期限", "≥30年")],
)
def test_a_rate_of_meeting_a_limit_or_a_period_kept_is_not_reversed(
    tmp_path: Path, name: str, value: str
) -> None:
    found = _found(tmp_path, ["产出指标", "质量指标", name, value])
    assert "T108" not in found.get(EXTRA, {}), found


@pytest.mark.parametrize("value", ["缩短", "较上年缩短", "进一步缩短", "有所缩短"])
def test_a_time_said_to_shorten_is_a_direction(tmp_path: Path, value: str) -> None:
    found = _found(tmp_path, ["效益指标", "社会效益指标", "群众办事平均等候时间", value])
    assert not {"T102", "T108"} & set(found.get(EXTRA, {})), found
