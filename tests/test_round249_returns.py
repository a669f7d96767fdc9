"""Session 70, round 249 (holdout782–784): each test fails without its change."""

from __future__ import annotations

from pathlib import Path

from tests.returns import coded, table_found


def test_a_share_of_wells_drawing_water_against_the_rules(tmp_path: Path) -> None:
    """机井违规取水率 ≥3%: a share of breaches, less the better (T108; missed on holdout784
    kdn12); ≤3% is right."""

    def found(op: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", "关停封填机井数", "≥", 1200, "眼"],
            [None, "质量指标", "机井违规取水率", op, "3%", None],
        ]
        return coded(
            table_found(tmp_path / f"{ord(op)}.xlsx", rows, "地下水超采治理", "封填机井。"), "T108"
        )

    assert found("≥") == [("warning", "E8")]
    assert found("≤") == []


def test_a_water_table_that_stops_falling(tmp_path: Path) -> None:
    """超采区地下水位 │ 止降回升: a grade, no description (a false T102 on holdout784 kdn12)."""
    rows = [
        ["产出指标", "数量指标", "关停封填机井数", "≥", 1200, "眼"],
        ["效益指标", "生态效益指标", "超采区地下水位", None, "止降回升", None],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "地下水超采治理", "封填机井1200眼。")
    assert coded(found, "T102") == []


def test_a_full_time_standard_is_not_paid_to_every_member(tmp_path: Path) -> None:
    """专职队员补贴标准 ≤0.9万元/人·年 beside 救援队员人数 ≥40人 (12 of them full-time): the
    count names no 专职, so it is not what the standard pays (a false B107 on holdout782
    kdl13); a count of 专职队员 is."""

    def found(name: str) -> list[tuple[str, str]]:
        rows = [
            ["产出指标", "数量指标", name, "≥", 40, "人"],
            ["成本指标", "经济成本指标", "专职队员补贴标准", "≤", 0.9, "万元/人·年"],
        ]
        return coded(
            table_found(tmp_path / f"{name}.xlsx", rows, "乡级救援队", "建队。", 20), "B107"
        )

    assert found("救援队员人数") == []
    assert found("专职队员人数") == [("warning", "E8")]


def test_people_checked_are_people_served(tmp_path: Path) -> None:
    """基层DR检查人次 under 社会效益指标: the people a check serves, an effect (a guard from the
    all-corpora run: round 246's 检查 as checks made gave holdout66 jx16 a false F201);
    叉车使用单位检查家数 under 质量 stays an output."""
    rows = [
        ["产出指标", "数量指标", "购置DR设备台数", "≥", 12, "台"],
        ["效益指标", "社会效益指标", "基层DR检查人次", "≥", 30000, "人次"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "基层影像设备", "购置DR设备12台。")
    assert coded(found, "F201") == []


def test_events_said_with_the_word_for_events(tmp_path: Path) -> None:
    """举办政企对接活动场次 ≥6场 against 举办政企对接活动8场: the goal says the name with its 活动
    (D104; a guard from the all-corpora run: round 248's 活动场次 read as 场次 everywhere lost
    holdout193 ou08 and holdout200 pb14)."""
    rows = [
        ["产出指标", "数量指标", "举办政企对接活动场次", "≥", 6, "场"],
        [None, None, "服务中小企业数", "≥", 300, "家"],
    ]
    goal = "2026年举办政企对接活动8场，服务中小企业不少于300家。"
    found = table_found(tmp_path / "a.xlsx", rows, "中小企业服务月", goal)
    assert coded(found, "D104") == [("warning", "E7")]


def test_a_count_of_places_before_the_act(tmp_path: Path) -> None:
    """村级应急广播终端安装数量 ≥630个 against 在全县126个行政村安装应急广播终端630个: the 126
    counts the villages, not the 安装 after them (a guard from the all-corpora run: round 248's
    thing of two characters gave holdout271 ru02 a false D104)."""
    rows = [
        ["产出指标", "数量指标", "村级应急广播终端安装数量", "≥", 630, "个"],
        [None, "质量指标", "应急广播终端在线率", "≥", "95%", None],
    ]
    goal = "在全县126个行政村安装应急广播终端630个，实现行政村全覆盖。"
    found = table_found(tmp_path / "a.xlsx", rows, "县级应急广播", goal)
    assert coded(found, "D104") == []


def test_a_total_of_parts_before_the_thing(tmp_path: Path) -> None:
    """城区腊肠作坊改造数 ≥18家 and 乡镇腊肠作坊改造数 ≥24家 against 完成城区18家、乡镇24家共42家
    腊肠作坊…改造: the 42 is the parts' total (a guard from the all-corpora run: round 244's thing
    named before its act gave holdout574 dl07 two false D104)."""
    rows = [
        ["产出指标", "数量指标", "城区腊肠作坊改造数", "≥", 18, "家"],
        [None, None, "乡镇腊肠作坊改造数", "≥", 24, "家"],
    ]
    goal = "完成城区18家、乡镇24家共42家腊肠作坊亚硝酸盐称量与投料规范化改造。"
    found = table_found(tmp_path / "a.xlsx", rows, "腊肠作坊改造", goal)
    assert coded(found, "D104") == []


def test_events_named_with_and_without_their_count_word(tmp_path: Path) -> None:
    """茭白品牌推介活动 ≥6场 / 茭白品牌推介活动场次 ≥8场: one count given twice (a guard from the
    all-corpora run: round 248's 活动场次 = 场次 lost holdout594 ef05's mark)."""
    rows = [
        ["产出指标", "数量指标", "茭白品牌推介活动", "≥", 6, "场"],
        [None, None, "长三角销售网点", "≥", 20, "个"],
        [None, None, "茭白品牌推介活动场次", "≥", 8, "场"],
    ]
    found = table_found(tmp_path / "a.xlsx", rows, "茭白品牌推广", "举办推介活动。")
    assert coded(found, "D103") == [("warning", "C9")]


def test_a_deadline_named_by_finishing_alone(tmp_path: Path) -> None:
    """完工时间 │ 2025年12月31日前 against …2025年9月30日前全部完工 in the goal: a name that is only
    the finishing keeps it (D104; a guard from the all-corpora run: round 247's 完工 as no work
    lost holdout701 kai12)."""
    rows = [
        ["产出指标", "数量指标", "新建简易候车亭", "≥", 8, "座"],
        [None, "时效指标", "完工时间", None, "2026年12月31日前", None],
    ]
    goal = "新建简易候车亭8座、招呼站牌30块，2026年9月30日前全部完工。"
    found = table_found(tmp_path / "a.xlsx", rows, "候车亭建设", goal)
    assert coded(found, "D104") == [("warning", "E8")]
