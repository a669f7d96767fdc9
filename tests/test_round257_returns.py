"""Session 72, round 257 (holdout806–808) and after: each test fails without its change."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.returns import (
    SPLIT_HEAD,
    coded,
    found_at,
    official_table,
    save_sheet,
    table_found,
)


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


def test_a_template_example_row_left_in_a_scored_tier(tmp_path: Path) -> None:
    """产出指标 │ 50 over scores 20 + 15 + 10 with a template's example row left in, unscored
    ((示例)培训人次 │ ≥XX次): the tier's scores are still judged (W103 missed on holdout806
    kej12); the row is X101's."""
    head = ["一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值"]
    rows = [
        ["产出指标", 50, "数量指标", "路灯更换数量", "≥400盏", 20],
        [None, None, None, "（示例）培训人次", "≥XX次", None],
        [None, None, "质量指标", "安装验收合格率", "≥98%", 15],
        [None, None, "时效指标", "完工时间", "2026年10月31日前", 10],
        ["成本指标", 20, "经济成本指标", "单盏更换成本", "≤2000元/盏", 20],
        ["效益指标", 20, "社会效益指标", "道路亮灯率", "≥98%", 20],
        ["满意度指标", 10, "服务对象满意度指标", "市民满意度", "≥90%", 10],
    ]
    table = official_table("路灯改造", rows, head=head)
    found = found_at(save_sheet(tmp_path / "a.xlsx", table))
    assert coded(found, "W103") == [("error", "B4")]
    assert coded(found, "X101") == [("error", "E5")]


def test_poles_counted_in_the_goal(tmp_path: Path) -> None:
    """建成智慧灯杆60根 against 智慧灯杆建设数量 ≥50根, the table's one count in 根 (D104 missed on
    holdout806 kej12); 50根 agrees."""

    def found(count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "智慧灯杆建设数量", "≥", 50, "根"],
            [None, "质量指标", "灯杆安装验收合格率", "≥", "98%", None],
        ]
        goal = f"2026年在高铁站片区建成智慧灯杆{count}根，配套建设充电桩。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "智慧灯杆", goal, 300), "D104")

    assert found(60) == [("warning", "E7")]
    assert found(50) == []


def test_schools_given_aid_counted_before_them(tmp_path: Path) -> None:
    """保障34所农村学校营养膳食补助发放 against 受助农村学校数 ≥31所, the count before the schools:
    those 受助 are the ones the text gives aid (D104 missed on holdout807 kek06); 31所 agrees."""

    def found(count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "受助农村学校数", "≥", 31, "所"],
            [None, None, "改造学校食堂数", "≥", 5, "所"],
        ]
        goal = f"保障{count}所农村学校营养膳食补助发放，改造食堂5所。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "营养膳食", goal, 600), "D104")

    assert found(34) == [("warning", "E7")]
    assert found(31) == []


def test_a_count_in_the_period_goal_of_two_years(tmp_path: Path) -> None:
    """两年内对46所…检查，抽检食品留样不少于600批次 in the 中期目标 against 抽检留样食品批次
    ≥500批次 for the period: 两年内 is the period, no count each year (D104 missed on holdout807
    kek16)."""

    def found(count: int) -> list[tuple[str, str]]:
        above = [
            [
                "项目期",
                "2年",
                "计划开始日期",
                dt.date(2026, 1, 1),
                "计划完成日期",
                dt.date(2027, 12, 31),
            ],
            ["项目资金（万元）", "中期资金总额", 80, "年度资金总额", 40],
            ["总体目标", "中期目标（2026年—2027年）", None, "年度目标"],
            [
                None,
                f"两年内对46所学校食堂开展检查，抽检食品留样不少于{count}批次。",
                None,
                "2026年检查46所。",
            ],
        ]
        head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
        rows = [
            ["产出指标", "数量指标", "检查学校食堂数", "≥46所", "≥46所"],
            [None, None, "抽检留样食品批次", "≥500批次", "≥300批次"],
        ]
        table = official_table("食堂食品安全", rows, above=above, head=head)
        return coded(found_at(save_sheet(tmp_path / f"{count}.xlsx", table)), "D104")

    assert found(600) == [("warning", "D9")]
    assert found(500) == []


def test_a_name_said_before_the_next_works_count(tmp_path: Path) -> None:
    """完成12部公租房电梯更新改造和6幢楼屋面防水维修 against 电梯更新改造数量 ≥10部: the 6 after 和
    is the next work's, the lifts' count comes first (D104 missed on holdout808 kel10); 10部
    agrees."""

    def found(count: int) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "电梯更新改造数量", "≥", 10, "部"],
            [None, None, "屋面防水维修楼栋数", "≥", 6, "幢"],
        ]
        goal = f"完成{count}部公租房电梯更新改造和6幢楼屋面防水维修。"
        return coded(table_found(tmp_path / f"{count}.xlsx", rows, "公租房维修", goal, 600), "D104")

    assert found(12) == [("warning", "E7")]
    assert found(10) == []
