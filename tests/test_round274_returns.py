"""Session 75, rounds 274– (holdout857–): each test fails without its change."""

from __future__ import annotations

from pathlib import Path

from tests.returns import coded, table_found


def test_a_count_of_places_inspected_said_act_first(tmp_path: Path) -> None:
    """学校食堂检查家数 ≥380家 against a goal of 检查学校食堂420家: the goal says the count with its
    act first, a count that differs (D104, missed on holdout852 kgd08, 检查 was not read as an
    act); the same 380 in the goal is no finding."""

    def found(goal: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "学校食堂检查家数", "≥380家"],
            [None, "质量指标", "检查问题整改到位率", "≥95%"],
        ]
        path = tmp_path / f"{len(goal)}{goal[6]}.xlsx"
        return coded(table_found(path, rows, "食堂检查", goal, money=90), "D104")

    assert found("检查学校食堂420家，问题整改到位。") == [("warning", "D7")]
    assert found("检查学校食堂380家，问题整改到位。") == []


def test_a_daily_average_of_four_characters(tmp_path: Path) -> None:
    """日均送餐份数 ≥500份 against a goal of 每日送餐600份: the average the goal says per day
    (D104, missed on holdout859 kgk12: a name of four characters once 份数 is dropped was too
    short to read as 每日…); 每日送餐500份 is no finding."""

    def found(goal: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "日均送餐份数", "≥500份"],
            [None, "质量指标", "送餐准时率", "≥95%"],
        ]
        path = tmp_path / f"{goal[6:9]}.xlsx"
        return coded(table_found(path, rows, "长者送餐", goal, money=60), "D104")

    assert found("为辖区老人每日送餐600份。") == [("warning", "D7")]
    assert found("为辖区老人每日送餐500份。") == []


def test_cases_handled_said_act_first(tmp_path: Path) -> None:
    """欠薪法律援助案件办理数 ≥250件 against 办理欠薪法律援助案件不少于300件: 办理 is the act
    the goal says first (D104, missed on holdout858 kgj08)."""

    def found(goal: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "欠薪法律援助案件办理数", "≥250件"],
            [None, "质量指标", "案件结案数", "≥200件"],
        ]
        path = tmp_path / f"{goal[15:18]}.xlsx"
        return coded(table_found(path, rows, "法律援助", goal, money=45), "D104")

    assert found("全年为进城务工人员办理欠薪法律援助案件不少于300件。") == [("warning", "D7")]
    assert found("全年为进城务工人员办理欠薪法律援助案件不少于250件。") == []


def test_counts_of_what_is_delivered_under_quality(tmp_path: Path) -> None:
    """Under 质量指标, 采样点位数量 ≥480个 (the points sampled) and 组建维权律师团队人数 ≥30人 (the
    team formed) are outputs (F201, missed on holdout857 kgi14 and holdout858 kgj12); a
    合格率 there is not. Under 可持续影响, 培训课程库建设 ≥20门 is a resource that stays, no
    output (a false F201 on kgj12)."""
    rows = [
        ["产出指标", "数量指标", "水样检测份数", "≥1920份"],
        [None, "质量指标", "采样点位数量", "≥480个"],
        [None, None, "组建维权律师团队人数", "≥30人"],
        [None, None, "检测数据合格率", "≥98%"],
        ["效益指标", "社会效益指标", "水质异常处置及时率", "≥95%"],
        [None, "可持续影响指标", "培训课程库建设", "≥20门"],
        ["满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"],
    ]
    found = table_found(tmp_path / "q.xlsx", rows, "水质抽检", "检测水样1920份。", money=90)
    assert coded(found, "F201") == [("warning", "C8"), ("warning", "C9")]
