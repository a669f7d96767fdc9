"""Session 72, round 257 (holdout806–808) and after: each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.returns import SPLIT_HEAD, coded, found_at, official_table, save_sheet


def test_the_projects_name_backs_the_titles_year(tmp_path: Path) -> None:
    """A 2025 title over 棠口县2025年…查验消毒, a plan from 2024-01-01 and a 年度目标 that opens
    with 2024: the name backs the title, so the start and the goal are last season's (Y102, Y103),
    not the title (false Y101 and Y102 on holdout803 keg12); without the year in the name the
    goal and the start outvote the title as before."""

    def found(name: str) -> list[tuple[str, str, str]]:
        above = [
            [
                "项目期",
                "1年",
                "计划开始日期",
                dt.date(2024, 1, 1),
                "计划完成日期",
                dt.date(2025, 12, 31),
            ],
            ["项目资金（万元）", "年度资金总额", 40],
            ["年度绩效目标", "2024年全年查验过境车辆8000辆次。"],
        ]
        rows = [["产出指标", "数量指标", "查验过境车辆数量", "≥", 8000, "辆次"]]
        title = "2025年度项目支出绩效目标申报表"
        table = official_table(name, rows, above=above, head=SPLIT_HEAD, title=title)
        return found_at(save_sheet(tmp_path / f"{len(name)}.xlsx", table))

    named = found("棠口县2025年检查站查验消毒")
    assert coded(named, "Y101") == []
    assert coded(named, "Y102") == [("error", "D3")]
    assert coded(named, "Y103") == [("warning", "B5")]
    assert coded(found("棠口县检查站查验消毒"), "Y101") == [("error", "A1")]
