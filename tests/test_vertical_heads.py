"""Older and regional forms: a head laid down columns A and B with its amounts in 元, a 资金来源
（万元） block with a column for each period under it, the table, then the sign-off block
(单位意见 │ 经单位班子会议研究，同意申报。, 主管部门审核意见, signatures). Each block states its
own unit, so nothing is mixed; the block's columns are its periods'; the sign-off is no
indicator. Invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet


def _rows(block: tuple[int, int, int, int, int, int], sign_off: bool = True) -> list[list[Any]]:
    fiscal_p, other_p, total_p, fiscal_a, other_a, total_a = block
    rows: list[list[Any]] = [
        ["枫亭县2026年度项目支出绩效目标表"],
        ["项目名称", "乡镇文化站提质改造"],
        ["主管部门", "枫亭县文化旅游体育局"],
        ["项目期", "2年"],
        ["计划开始日期", "2026-01-01"],
        ["计划完成日期", "2027-12-31"],
        ["中期资金总额（元）", 2400000],
        ["其中：财政拨款（元）", 2000000],
        ["其他资金（元）", 400000],
        ["年度资金总额（元）", 1500000],
        ["资金来源（万元）", "来源", "中期（万元）", "年度（万元）"],
        [None, "财政拨款", fiscal_p, fiscal_a],
        [None, "其他资金", other_p, other_a],
        [None, "合计", total_p, total_a],
        ["中期目标（2026—2027年）", "两年完成12个乡镇文化站提质改造。"],
        ["年度目标", "当年完成8个乡镇文化站提质改造。"],
        [],
        ["一级", "二级", "三级", "中期目标值", "年度目标值"],
        ["产出指标", "数量指标", "提质改造文化站数量", "≥12个", "≥8个"],
        [None, "质量指标", "改造工程验收合格率", "≥98%", "≥98%"],
        [None, "时效指标", "改造完成时间", "2027年10月底前", "2026年11月底前"],
        ["效益指标", "社会效益指标", "文化站年均开放天数", "≥300天", "≥300天"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
    ]
    if sign_off:
        rows += [
            [],
            ["单位意见", "经单位班子会议研究，同意申报。"],
            [None, "单位负责人（签字）：　　　（单位盖章）　　2025年11月3日"],
            ["主管部门审核意见", "绩效目标与项目内容相符，同意报送。"],
            [None, "审核人（签字）：　　　（盖章）　　年　月　日"],
        ]
    return rows


_RIGHT = (200, 40, 240, 120, 30, 150)


def test_a_correct_return_of_the_old_form_raises_nothing(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "r.xlsx", _rows(_RIGHT)))
    assert not [f for f in found if f[1] != "info"], found


def test_the_sign_off_is_no_indicator(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "r.xlsx", _rows(_RIGHT)))
    assert not [f for f in found if f[2].endswith(("25", "26", "27", "28"))], found


def test_a_block_total_that_does_not_add_up_is_still_found_in_its_unit(tmp_path: Path) -> None:
    # 中期 200 + 40 = 240 (万元) but its 合计 says 250: the block's own sum, the head's 2,400,000元
    found = found_at(save_sheet(tmp_path / "r.xlsx", _rows((200, 40, 250, 120, 30, 150))))
    assert [f for f in found if f[0] == "B101"], found
    assert not [f for f in found if f[0] == "B105"], found


def test_a_block_whose_year_disagrees_with_the_head_is_found(tmp_path: Path) -> None:
    # the year's column adds up to 140万元 (1,400,000元) against the head's 1,500,000元
    found = found_at(save_sheet(tmp_path / "r.xlsx", _rows((200, 40, 240, 110, 30, 140))))
    assert [f for f in found if f[0] == "B101"], found
