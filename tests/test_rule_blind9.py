"""Rules on the ninth and tenth blind sets: a 反向 rate by its name or its direction column
with ≥ (T108), values a reviewer accepts that read as descriptions (T102), a payment standard
fixed by policy written with = (no T108), and a rate written as a bare number (T105 a warning,
a count stays an error). Every workbook is invented and built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from goalbook.check import CheckOptions, check_file
from goalbook.findings import Severity
from tests.test_values_read import HEAD, TABLE, Row, project, write

EXTRA = "D11"  # the extra row lands in row 11 (title, name, goal, header, six rows of TABLE)
DIRECTED = ["一级指标", "二级指标", "三级指标", "指标值", "指标方向"]


def _found(tmp_path: Path, *extra: Row, head: Row = HEAD) -> dict[str, dict[str, Severity]]:
    width = len(head)
    table = [r + [""] * (width - len(r)) for r in TABLE]
    rows = project(table=[head, *table, *extra])
    result, _table = check_file(write(tmp_path / "r.xlsx", *rows), CheckOptions())
    at: dict[str, dict[str, Severity]] = {}
    for f in result.findings:
        at.setdefault(f.at.a1 if f.at else "", {})[f.code] = f.severity
    return at


# --- 1. a 反向 rate with ≥ ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["设备检修超时率", "航班保障延误率", "工单办理逾期率", "维修返工率", "安全事故发生率"]
)
def test_a_rate_that_is_bad_by_its_name_takes_at_most(tmp_path: Path, name: str) -> None:
    found = _found(tmp_path, ["产出指标", "质量指标", name, "≥4%"])
    assert "T108" in found.get(EXTRA, {})


def test_a_direction_column_saying_less_is_better_drives_t108(tmp_path: Path) -> None:
    row = ["产出指标", "质量指标", "窗口退件占比", "≥6%", "反向"]
    assert "T108" in _found(tmp_path, row, head=DIRECTED).get(EXTRA, {})


@pytest.mark.parametrize("said", ["逆向", "负向指标"])
def test_other_words_for_less_is_better_drive_t108(tmp_path: Path, said: str) -> None:
    row = ["产出指标", "质量指标", "窗口退件占比", "≥6%", said]
    assert "T108" in _found(tmp_path, row, head=DIRECTED).get(EXTRA, {})


def test_a_direction_column_saying_more_is_better_drives_t108(tmp_path: Path) -> None:
    row = ["产出指标", "数量指标", "巡检覆盖村组数", "≤40个", "正向"]
    assert "T108" in _found(tmp_path, row, head=DIRECTED).get(EXTRA, {})


# --- 2. values a reviewer accepts ----------------------------------------------------------


@pytest.mark.parametrize(
    ("tier2", "name", "value"),
    [
        ("生态效益指标", "对沿岸湿地生态的影响", "无不利影响"),
        ("社会效益指标", "对周边居民生活的影响", "无负面影响"),
        ("生态效益指标", "施工期环境影响", "无重大影响"),
        ("生态效益指标", "施工期水体保护", "无污染事件"),
        ("质量指标", "设计方案专家论证", "通过"),
        ("质量指标", "竣工验收情况", "通过验收"),
        ("质量指标", "档案整理验收", "验收通过"),
        ("质量指标", "设备安装调试结果", "合格"),
    ],
)
def test_a_state_or_a_pass_is_a_value(tmp_path: Path, tier2: str, name: str, value: str) -> None:
    tier1 = "效益指标" if "效益" in tier2 else "产出指标"
    assert "T102" not in _found(tmp_path, [tier1, tier2, name, value]).get(EXTRA, {})


@pytest.mark.parametrize("value", ["6月30日前（主汛期前）", "10月31日前(秋播前)"])
def test_a_date_limit_with_a_note_in_brackets_is_a_date_limit(tmp_path: Path, value: str) -> None:
    found = _found(tmp_path, ["产出指标", "时效指标", "堤防加固完工时间", value]).get(EXTRA, {})
    assert "T102" not in found


def test_a_vague_word_stays_a_description(tmp_path: Path) -> None:
    # (基本摸清, a state reached as 基本完成 is, is a grade since the fourth blind round)
    found = _found(tmp_path, ["产出指标", "质量指标", "辖区古树名木底数", "进行摸底调查"])
    assert "T102" in found.get(EXTRA, {})


# --- 3. a payment standard fixed by policy is no cost cap ----------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "困难学生生活补助标准",
        "特困人员供养资助标准",
        "护林员补贴发放标准",
        "残疾人护理补贴标准",
        "城市低保标准",
        "农村最低生活保障标准",
        "人均区级配套标准",
    ],
)
def test_a_payment_standard_may_be_exact(tmp_path: Path, name: str) -> None:
    found = _found(tmp_path, ["成本指标", "经济成本指标", name, "=1500元/人·年"])
    assert "T108" not in found.get(EXTRA, {})


def test_a_bare_payment_standard_is_no_cap(tmp_path: Path) -> None:
    found = _found(tmp_path, ["成本指标", "经济成本指标", "乡村医生岗位补助标准", "800元/人·月"])
    assert found.get(EXTRA, {}).get("T103") is Severity.INFO  # read as =, which is right
    assert "T117" not in found.get(EXTRA, {})


@pytest.mark.parametrize("name", ["人均培训成本", "单位面积改造成本", "会议成本控制"])
def test_a_cost_cap_written_with_equals_is_flagged(tmp_path: Path, name: str) -> None:
    found = _found(tmp_path, ["成本指标", "经济成本指标", name, "=1500元/人"])
    assert "T108" in found.get(EXTRA, {})


# --- 4. a rate written as a bare number or as a count --------------------------------------


def test_a_bare_number_on_a_rate_is_a_warning(tmp_path: Path) -> None:
    found = _found(tmp_path, ["产出指标", "质量指标", "桥梁技术状况达标率", ">=92"])
    assert found.get(EXTRA, {}).get("T105") is Severity.WARNING


@pytest.mark.parametrize("value", ["≥12家", "3篇", "≥150"])
def test_a_count_on_a_rate_stays_an_error(tmp_path: Path, value: str) -> None:
    found = _found(tmp_path, ["产出指标", "质量指标", "示范点建设完成率", value])
    assert found.get(EXTRA, {}).get("T105") is Severity.ERROR
