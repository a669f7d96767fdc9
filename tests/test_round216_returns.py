"""Session 66, round 216 (holdout683–685): each test fails without its change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import coded, found_at, save_sheet


def test_benefit_tier2s_written_short_in_the_old_framework(tmp_path: Path) -> None:
    """经济 │ 社会 under 效益 in a table of the old national framework (成本 under 产出) are its
    经济效益指标 and 社会效益指标 (no F104); a satisfaction under 社会 is misplaced (F201)."""
    rows: list[list[Any]] = [
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出", "数量", "速冻秋葵加工量", "≥2400吨"],
        [None, "质量", "速冻产品批次合格率", "≥98%"],
        [None, "时效", "鲜荚入厂至速冻完成时间", "≤6小时"],
        [None, "成本", "单吨加工财政补助", "≤600元/吨"],
        ["效益", "经济", "出口创汇额", "≥900万美元"],
        [None, "社会", "带动季节性务工人数", "≥260人"],
        [None, None, "出口客商满意度", "≥90%"],
        ["满意度", "服务对象满意度", "签约农户满意度", "≥90%"],
    ]
    found = found_at(save_sheet(tmp_path / "o.xlsx", rows))
    assert not coded(found, "F104")
    assert coded(found, "F201") == [("warning", "C8")]
