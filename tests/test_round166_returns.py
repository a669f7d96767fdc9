"""Rounds 166 and on (holdout533–): held-out returns in shapes of their own. Every workbook is
invented and built here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from goalbook.reader import read_tables
from tests.returns import (
    budget_export,
    found_at,
    official_table,
    one_year_table,
    period_row,
    save_sheet,
    table_found,
)


def _three_years(head: list[Any]) -> list[list[Any]]:
    """A project over 2026–2028 whose value heads are *head*'s, the year's count of works
    copied from the period's (18座 in both)."""
    above = [
        period_row(dt.date(2028, 12, 31)),
        ["项目资金（万元）", "中期资金总额", 360, "年度资金总额", 120],
        ["总体目标", "中期目标（2026年—2028年）", "修缮磨坊18座。", "年度目标", "修缮磨坊6座。"],
    ]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "修缮古磨坊座数", "≥18座", "≥18座"],
        ["产出指标", "质量指标", "修缮工程验收合格率", "≥95%", "≥95%"],
        ["效益指标", "社会效益指标", "接待研学游客人次", "≥6万人次", "≥2万人次"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"],
    ]
    return official_table("古磨坊修缮与研学", rows, above=above, head=head)


def test_value_heads_that_name_their_period_in_brackets_after_them(tmp_path: Path) -> None:
    """绩效目标值（中期） │ 绩效目标值（年度）: the bracket says whose targets each column holds,
    as it does after 目标值; the year's count copied from the period's is D202's."""
    head = ["一级指标", "二级指标", "三级指标", "绩效目标值（中期）", "绩效目标值（年度）"]
    path = save_sheet(tmp_path / "m.xlsx", _three_years(head))
    (table,) = read_tables(path)
    first = table.indicators[0]
    assert first.period is not None and first.annual is not None
    assert (first.period.at.a1, first.annual.at.a1) == ("D7", "E7")
    assert ("D202", "E7") in {(code, cell) for code, _s, cell in found_at(path)}
    head[3:] = ["绩效指标值（中期/年度）"]  # both in one column: still read as both
    rows = _three_years(head)
    for row in rows[6:]:
        row[3:] = [f"{row[3]}/{row[4]}"]
    path = save_sheet(tmp_path / "b.xlsx", rows)
    (table,) = read_tables(path)
    assert all(i.period_target and i.annual_target for i in table.indicators)
    visitors = table.indicators[2].annual_target
    assert visitors is not None and visitors.number == 2


def test_a_note_inside_the_table_that_ends_like_a_block_title(tmp_path: Path) -> None:
    """注：效益指标按首批出菇量测算 between the cost and the benefit rows ends in 测算, as the title
    of a money block below a table does (资金测算): a note all the same, and the rows below it
    are read; a block's title there still ends the table."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "接种菌棒数量", "≥", 11, "万根"],
        ["产出指标", "成本指标", "段木采购单价", "≤", 400, "元/立方米"],
        ["注：效益指标按首批出菇量测算"],
        ["效益指标", "经济效益指标", "鲜菇销售收入", "≥", 95, "万元"],
        ["满意度指标", "服务对象满意度指标", "务工农户满意度", "≥", "90", "%"],
    ]
    path = save_sheet(
        tmp_path / "n.xlsx", one_year_table("段木香菇接种", 75, "接种菌棒。", rows, [])
    )
    assert [i.label for i in read_tables(path)[0].indicators][2:] == [
        "鲜菇销售收入",
        "务工农户满意度",
    ]
    assert "F106" not in {code for code, _s, _c in found_at(path)}
    rows[2] = ["项目资金测算"]
    path = save_sheet(
        tmp_path / "t.xlsx", one_year_table("段木香菇接种", 75, "接种菌棒。", rows, [])
    )
    assert len(read_tables(path)[0].indicators) == 2


def test_a_weight_and_value_swapped_with_the_value_pasted_as_text(tmp_path: Path) -> None:
    """A flat list's 权重 │ ≤15 and 指标值 │ '5' (the number pasted as text): swapped as with 5
    typed as a number, S101 at the weight cell (B5); a target typed as text there is no swap."""
    head = ["指标名称", "权重", "计量单位", "指标性质", "指标值"]
    rows: list[list[Any]] = [
        ["陶艺培训人次", 30, "人次", "正向", "≥300"],
        ["证照办理时限", "≤15", "工作日", "反向", "5"],
        ["培训结业率", 35, "%", "正向", "≥90"],
        ["学员满意度", 30, "%", "正向", "≥90"],
    ]
    for value in ("5", 5):
        rows[1][4] = value
        path = save_sheet(tmp_path / "s.xlsx", official_table("陶艺培训", rows, head=head))
        assert ("S101", "B5") in {(code, cell) for code, _s, cell in found_at(path)}
        days = read_tables(path)[0].indicators[1]
        assert days.annual is not None and days.annual.at.a1 == "B5"
    rows[1][4] = "5天"
    path = save_sheet(tmp_path / "t.xlsx", official_table("陶艺培训", rows, head=head))
    assert "S101" not in {code for code, _s, _c in found_at(path)}


def test_people_counted_in_ming_right_after_the_name(tmp_path: Path) -> None:
    """资助代表性传承人6名带徒18人 beside 资助代表性传承人人数 ≥6人: its count is the 6名 right
    after the name, not the 18人 of the apprentices after it; 8名 there disagrees (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "资助代表性传承人人数", "≥", 6, "人"],
        ["产出指标", "数量指标", "带徒人数", "≥", 18, "人"],
        ["满意度指标", "服务对象满意度指标", "学徒满意度", "≥", "90", "%"],
    ]
    said: tuple[tuple[str, list[str]], ...] = (
        ("资助代表性传承人6名带徒18人。", []),
        ("资助代表性传承人8名带徒18人。", ["E7"]),
    )
    for goal, found in said:
        judged = table_found(tmp_path / "g.xlsx", rows, "石雕传艺", goal, money=18)
        assert [cell for code, _s, cell in judged if code == "D104"] == found


def test_a_subtotal_score_pasted_as_text(tmp_path: Path) -> None:
    """产出指标's rows … 小计 │ '40' (the score pasted as text, as 40 typed): the tier's score,
    which its indicators' 10 + 10 + 5 miss (W103 at the 小计's score)."""
    head = ["一级指标", "二级指标", "三级指标", "指标值", "权重"]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "执法检查项次", "≥260项次", 10],
        ["产出指标", "质量指标", "案卷评查合格率", "≥95%", 10],
        ["产出指标", "时效指标", "投诉核查办结时限", "≤15个工作日", 5],
        ["小计", None, None, None, "40"],
        ["效益指标", "社会效益指标", "欠薪投诉办结率", "≥95%", 30],
        ["满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", 30],
    ]
    for score in ("40", 40):
        rows[3][4] = score
        path = save_sheet(tmp_path / "w.xlsx", official_table("执法检查", rows, head=head))
        assert ("W103", "E7") in {(code, cell) for code, _s, cell in found_at(path)}


def test_a_name_and_a_phone_masked_beside_their_labels(tmp_path: Path) -> None:
    """A published table masks the signer's name and phone in the cells after their labels
    (单位负责人： │ 蒲×× │ 联系电话： │ 0736-66××××): no placeholder left; ×× alone after a label,
    or 某×× under the indicators, still is one (X101)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "铁画作品创作件数", "≥", 40, "件"],
        ["满意度指标", "服务对象满意度指标", "学员满意度", "≥", "90", "%"],
    ]
    below = [["单位负责人：", "蒲××", "联系电话：", "0736-66××××"]]
    found = table_found(tmp_path / "m.xlsx", rows, "铁画传习", "创作。", 20, below)
    assert "X101" not in {code for code, _s, _c in found}
    below = [["单位负责人：", "××", "联系电话：", "0736-66××××"]]
    rows[0][2] = "××铁画作品创作件数"
    found = table_found(tmp_path / "p.xlsx", rows, "铁画传习", "创作。", 20, below)
    assert [cell for code, _s, cell in found if code == "X101"] == ["C7", "B9"]


def test_a_money_sheet_in_yuan_beside_a_goal_sheet_under_wan_yuan(tmp_path: Path) -> None:
    """A budget system's money sheet under 单位：元 and its goal sheet under 单位：万元 (the
    form's own line over indicators whose values carry their units): each sheet in its own
    unit, no B105; both units on the money sheet are mixed (B105)."""
    money: list[list[Any]] = [
        ["单位：元"],
        ["单位编码", "单位名称", "项目编码", "项目名称", "金额"],
        ["418007", "县农产品检测站", "4180072501", "葛根淀粉质量抽检", 386500],
        ["418007", "县农产品检测站", "4180072502", "魔芋精粉质量抽检", 254000],
    ]
    projects = [("4180072501", "葛根淀粉质量抽检"), ("4180072502", "魔芋精粉质量抽检")]
    indicators = [
        ["产出指标", "数量指标", "抽检批次", "≥120批次"],
        ["产出指标", "成本指标", "单批次检测费用", "≤0.3万元"],
        ["效益指标", "社会效益指标", "抽检合格率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"],
    ]
    goals = ("项目支出绩效目标表", [["单位：万元"]])
    sheet = ("项目支出预算表", money)
    path = budget_export(tmp_path / "e.xlsx", sheet, goals, projects, indicators)
    assert "B105" not in {code for code, _s, _c in found_at(path)}
    money[0] = ["单位：元", None, None, "金额单位：万元"]
    path = budget_export(tmp_path / "m.xlsx", sheet, goals, projects, indicators)
    assert "B105" in {code for code, _s, _c in found_at(path)}


def test_a_work_finished_or_a_brand_registered_is_a_state(tmp_path: Path) -> None:
    """仓储库建成时间 │ 主体完工 and 区域公用品牌 │ 注册并使用: states reached, no T102; a
    sentence of work to do still is one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "良种繁育面积", "≥", 800, "亩"],
        ["产出指标", "时效指标", "仓储库建成时间", None, "主体完工", None],
        ["效益指标", "可持续影响指标", "区域公用品牌", None, "注册并使用", None],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "s.xlsx", rows, "山药基地", "繁育良种。", money=60)
    assert "T102" not in {code for code, _s, _c in found}
    rows[2][4] = "按照上级要求做好品牌宣传推广工作"
    found = table_found(tmp_path / "d.xlsx", rows, "山药基地", "繁育良种。", money=60)
    assert [cell for code, _s, cell in found if code == "T102"] == ["E9"]


def test_what_a_sale_fetches_is_more_the_better(tmp_path: Path) -> None:
    """山药网销客单价 ≥45元/单 and 品牌产品溢价率 ≥10%: what a sale fetches, no T108; a price
    paid (种苗采购单价 ≥) still is a cost capped the wrong way."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "网销订单量", "≥", 30000, "单"],
        ["效益指标", "经济效益指标", "山药网销客单价", "≥", 45, "元/单"],
        ["效益指标", "经济效益指标", "品牌产品溢价率", "≥", "10", "%"],
        ["产出指标", "成本指标", "种苗采购单价", "≤", 2, "元/株"],
    ]
    found = table_found(tmp_path / "p.xlsx", rows, "山药网销", "网销山药。", money=60)
    assert "T108" not in {code for code, _s, _c in found}
    rows[3][3] = "≥"
    found = table_found(tmp_path / "c.xlsx", rows, "山药网销", "网销山药。", money=60)
    assert [cell for code, _s, cell in found if code == "T108"] == ["E10"]


def test_a_batch_yield_and_a_drop_out_rate_have_their_direction(tmp_path: Path) -> None:
    """炭化成品率 (the share a batch yields as product) is more the better, 学员中途退训率 (the
    trainees who drop out) less: each with the other's operator is T108's."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "竹炭产量", "≥", 60, "吨"],
        ["产出指标", "质量指标", "炭化成品率", "≥", "85", "%"],
        ["效益指标", "社会效益指标", "学员中途退训率", "≤", "5", "%"],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "竹炭加工", "烧制竹炭。", money=40)
    assert "T108" not in {code for code, _s, _c in found}
    rows[1][3], rows[2][3] = "≤", "≥"
    found = table_found(tmp_path / "w.xlsx", rows, "竹炭加工", "烧制竹炭。", money=40)
    assert [cell for code, _s, cell in found if code == "T108"] == ["E8", "E9"]


def test_hours_of_care_are_more_the_better(tmp_path: Path) -> None:
    """留守儿童课后看护时长 ≥10小时/周: hours of care given, more the better (no T108), as hours
    of a service are; a wait (家长平均等待时长 ≥) still is T108's."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "开设音乐课堂班数", "≥", 12, "个"],
        ["效益指标", "社会效益指标", "留守儿童课后看护时长", "≥", 10, "小时/周"],
        ["效益指标", "社会效益指标", "家长平均等待时长", "≤", 15, "分钟"],
    ]
    found = table_found(tmp_path / "h.xlsx", rows, "音乐课堂", "开设课堂。")
    assert "T108" not in {code for code, _s, _c in found}
    rows[2][3] = "≥"
    found = table_found(tmp_path / "w.xlsx", rows, "音乐课堂", "开设课堂。")
    assert [cell for code, _s, cell in found if code == "T108"] == ["E9"]


def test_the_tabulator_signs_under_the_table(tmp_path: Path) -> None:
    """制表： │ 钟岚笛 under the last indicator (a budget system's signer line): the table ends
    above it, no indicator named 制表： (no S101, T102 or F201 there)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "笋干烘干量", "≥", 120, "吨"],
        ["满意度指标", "服务对象满意度指标", "合作社满意度", "≥", "90", "%"],
    ]
    below = [["制表：", "钟岚笛"]]
    path = save_sheet(tmp_path / "t.xlsx", one_year_table("笋干烘干", 30, "烘干。", rows, below))
    assert [i.label for i in read_tables(path)[0].indicators] == ["笋干烘干量", "合作社满意度"]
    assert not [cell for _code, _s, cell in found_at(path) if cell.endswith("9")]


def test_a_seedling_aid_per_mu_times_the_only_area_planted(tmp_path: Path) -> None:
    """每亩新植种苗补助标准 ≤1200元/亩 beside the table's one area, 新植苎麻面积 900亩: the
    planting it pays for, 108万元 above the 95万元 (B107, a warning); within the money, none."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新植苎麻面积", "≥", 900, "亩"],
        ["产出指标", "成本指标", "每亩新植种苗补助标准", "≤", 1200, "元/亩"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥", "90", "%"],
    ]
    found = table_found(tmp_path / "o.xlsx", rows, "苎麻新植", "新植苎麻。", money=95)
    assert ("B107", "warning", "E8") in found
    rows[1][4] = 1000
    found = table_found(tmp_path / "w.xlsx", rows, "苎麻新植", "新植苎麻。", money=95)
    assert "B107" not in {code for code, _s, _c in found}


def test_hours_of_film_shot_add_up_over_the_period(tmp_path: Path) -> None:
    """拍摄织造工序影像 ≥120小时 over three years, ≥150小时 in the first: the year's hours of
    film above the period's (D201), as for a count."""
    above = [
        period_row(dt.date(2027, 12, 31)),
        ["项目资金（万元）", "中期资金总额", 150, "年度资金总额", 50],
    ]
    head = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "拍摄织造工序影像", "≥120小时", "≥150小时"],
        ["满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", "≥90%"],
    ]
    table = official_table("夏布建档", rows, above=above, head=head)
    path = save_sheet(tmp_path / "h.xlsx", table)
    assert ("D201", "E6") in {(code, cell) for code, _s, cell in found_at(path)}


def test_one_for_each_said_before_the_name(tmp_path: Path) -> None:
    """为36辆校车各配备照管员1名 beside 配备照管员人数 ≥36人: one for each bus (各 before the
    name), not the total (no D104); 配备照管员30名 without 各 disagrees (D104)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "配备照管员人数", "≥", 36, "人"],
        ["满意度指标", "服务对象满意度指标", "家长满意度", "≥", "90", "%"],
    ]
    for goal, found in (("为36辆校车各配备照管员1名。", []), ("为校车配备照管员30名。", ["E7"])):
        judged = table_found(tmp_path / "e.xlsx", rows, "校车照管", goal, money=40)
        assert [cell for code, _s, cell in judged if code == "D104"] == found


def test_a_time_of_day_to_be_done_by(tmp_path: Path) -> None:
    """午餐送达时间 │ 11:30前 and 返校车辆到校时间 │ 周日18时前: a time of day something is done
    by, no description (no T102)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "助餐点数量", "≥", 9, "个"],
        ["产出指标", "时效指标", "午餐送达时间", None, "11:30前", None],
        ["产出指标", "时效指标", "返校车辆到校时间", None, "周日18时前", None],
    ]
    found = table_found(tmp_path / "c.xlsx", rows, "老年助餐", "助餐。", money=40)
    assert "T102" not in {code for code, _s, _c in found}


def test_a_standard_for_new_works_and_the_count_of_those_running(tmp_path: Path) -> None:
    """新建助餐点改造补助标准 ≤50万元/个 beside the one count of 个, 运营助餐点数量 ≥9个: the
    standard pays for the new ones, not for each running one (no B107); beside 新建助餐点数量
    ≥9个 it is over the money (B107)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "运营助餐点数量", "≥", 9, "个"],
        ["产出指标", "成本指标", "新建助餐点改造补助标准", "≤", 50, "万元/个"],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "老年助餐", "助餐。", money=200)
    assert "B107" not in {code for code, _s, _c in found}
    rows[0][2] = "新建助餐点数量"
    found = table_found(tmp_path / "n.xlsx", rows, "老年助餐", "助餐。", money=200)
    assert "B107" in {code for code, _s, _c in found}


def test_a_harm_replaced_is_no_harm_to_keep_down(tmp_path: Path) -> None:
    """堆肥替代化肥施用量 ≥120吨: the fertiliser replaced by compost, no amount of fertiliser
    to keep down (no T108); 化肥施用量 ≥ still is one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "堆肥产量", "≥", 300, "吨"],
        ["效益指标", "生态效益指标", "堆肥替代化肥施用量", "≥", 120, "吨"],
    ]
    found = table_found(tmp_path / "r.xlsx", rows, "堆肥棚", "堆肥。", money=40)
    assert "T108" not in {code for code, _s, _c in found}
    rows[1][2] = "化肥施用量"
    found = table_found(tmp_path / "h.xlsx", rows, "堆肥棚", "堆肥。", money=40)
    assert [cell for code, _s, cell in found if code == "T108"] == ["E8"]
