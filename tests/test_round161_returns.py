"""Rounds 161 and on (holdout518–, and the metamorphic edits of earlier corpora): returns in
shapes of their own. Every workbook is invented and built here."""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import Any

from goalbook.reader import read_tables
from tests.returns import (
    SPLIT_HEAD,
    found_at,
    official_table,
    one_year_table,
    period_row,
    save_sheet,
    table_found,
)

# findings of a one-year table of this project with the given indicator rows
_judged = partial(table_found, name="菱角莲藕种养", goal="种养菱角300亩。")


def test_a_value_against_last_year_beside_tier_labels_written_with_their_heads(
    tmp_path: Path,
) -> None:
    """一级指标：效益指标 │ 二级指标：社会效益指标 │ 群众看戏便利程度 │ 较上年提高 (three cells
    a head word would start: 一级指标, 二级指标, 上年): an indicator, not the header repeated; the
    row under it, its tier-1 left empty, stays under 效益指标 (no F105)."""
    rows: list[list[Any]] = [
        ["一级指标：产出指标", "二级指标：数量指标", "送戏下乡场次", "≥", 40, "场"],
        [None, "二级指标：质量指标", "演出安全事故发生数", "=", 0, "起"],
        ["一级指标：效益指标", "二级指标：社会效益指标", "群众看戏便利程度", None, "较上年提高"],
        [None, "二级指标：可持续影响指标", "送戏下乡长效机制", None, "建立并执行"],
        ["一级指标：满意度指标", "二级指标：服务对象满意度指标", "观众满意度", "≥", "90", "%"],
    ]
    path = save_sheet(tmp_path / "p.xlsx", one_year_table("送戏下乡", 30, "送戏40场。", rows, []))
    table = read_tables(path)[0]
    assert [i.label for i in table.indicators][2:4] == ["群众看戏便利程度", "送戏下乡长效机制"]
    assert table.indicators[3].tier1 is not None and "效益" in table.indicators[3].tier1.text
    assert not [f for f in found_at(path) if f[1] == "error"]


def test_a_measure_wrapped_onto_the_row_below_its_name(tmp_path: Path) -> None:
    """修复乡村道路 │ ≥35公里 over 里程（含桥涵） with nothing beside it (a name wrapped in its
    cell, the merges lost): one indicator, 修复乡村道路里程（含桥涵）, no T101; a row of a name of
    its own with no value under it keeps its T101."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "修复乡村道路", "≥", 35, "公里"],
        [None, None, "里程（含桥涵）", None, None, None],
        [None, "质量指标", "道路验收合格率", "≥", "95", "%"],
        ["效益指标", "社会效益指标", "通行时间缩短", "≥", 20, "分钟"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%"],
    ]
    path = save_sheet(tmp_path / "w.xlsx", one_year_table("乡村道路修复", 30, "修路。", rows, []))
    assert [i.label for i in read_tables(path)[0].indicators][:2] == [
        "修复乡村道路里程（含桥涵）", "道路验收合格率"
    ]  # fmt: skip
    assert "T101" not in {f[0] for f in found_at(path)}
    rows[1][2] = "道路养护巡查制度"
    path = save_sheet(tmp_path / "v.xlsx", one_year_table("乡村道路修复", 30, "修路。", rows, []))
    assert ("T101", "error", "E8") in found_at(path)


def test_english_heads_with_brackets_typed_full_width(tmp_path: Path) -> None:
    """A bilingual header's English line under the Chinese one, its brackets typed full width
    (Target （period） │ Target （year）): a line of the header, no indicator without tiers
    (no F101/F102 at it), and the rows below are read under their tiers."""
    head = ["一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"]
    english = ["Level 1", "Level 2", "Indicator", "Target （period）", "Target （year）"]
    rows: list[list[Any]] = [
        english,
        ["产出指标", "数量指标", "鸬鹚驯养户数", "≥20户", "≥20户"],
        ["效益指标", "社会效益指标", "带动游客人次", "≥3万人次", "≥1万人次"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"],
    ]
    path = save_sheet(tmp_path / "b.xlsx", one_year_table("鸬鹚捕鱼", 30, "驯养。", rows, [], head))
    assert [i.label for i in read_tables(path)[0].indicators] == [
        "鸬鹚驯养户数", "带动游客人次", "游客满意度"
    ]  # fmt: skip
    assert not {"F101", "F102"} & {f[0] for f in found_at(path)}


def test_a_station_to_build_by_a_date_in_a_flat_list_is_an_indicator(tmp_path: Path) -> None:
    """A flat list (no tier columns): 新建北坡村综合服务站 │ 2026-06-30 names works to do by a
    date, no office signing the form off: the indicators below it are read; 云塘县民政局 │
    2026年12月8日 under the list still ends it."""
    head = ["指标名称", "指标值", "计量单位"]
    rows: list[list[Any]] = [
        ["新建村级服务点", "≥6", "个"],
        ["新建北坡村综合服务站", dt.date(2026, 6, 30)],
        ["服务点验收合格率", "≥95%", "%"],
        ["群众满意度", "≥90%", "%"],
    ]
    below = [["云塘县民政局", "2026年12月8日"], ["台账核查人次", "≥300", "人次"]]
    path = save_sheet(
        tmp_path / "f.xlsx", one_year_table("服务站", 40, "建站。", rows, below, head)
    )
    assert [i.label for i in read_tables(path)[0].indicators] == [
        "新建村级服务点", "新建北坡村综合服务站", "服务点验收合格率", "群众满意度"
    ]  # fmt: skip


def test_a_numbered_project_line_over_its_block_is_no_indicator(tmp_path: Path) -> None:
    """项目二：城区智慧停车系统建设 alone on its row (not merged across), the second project's
    项目名称 row under it: no indicator of the first project (no T101 at it), and both projects'
    indicators are read."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造公交站亭", "≥", 40, "座"],
        ["效益指标", "社会效益指标", "候车群众人次", "≥", 30000, "人次"],
        ["满意度指标", "服务对象满意度指标", "乘客满意度", "≥", "90", "%"],
    ]
    first = one_year_table("公交站亭改造", 120, "改造站亭40座。", rows, [])
    second = one_year_table("城区智慧停车系统建设", 300, "建成停车系统。", rows, [])
    sheet = [first[0], ["项目一：公交站亭改造"], *first[1:], [],
             ["项目二：城区智慧停车系统建设"], *second[1:]]  # fmt: skip
    path = save_sheet(tmp_path / "s.xlsx", sheet)
    tables = read_tables(path)
    assert [len(t.indicators) for t in tables] == [3, 3]
    assert "T101" not in {f[0] for f in found_at(path)}


def test_water_used_per_mu_and_ground_held_by_invaders_are_less_the_better(
    tmp_path: Path,
) -> None:
    """亩均灌溉定额 ≥450立方米/亩 (water used per 亩) and 湿地外来水生植物覆盖率 ≥3% (the ground
    alien plants hold): 反向, so ≥ is T108; ≤ on them, and 水葫芦打捞面积 ≥ (the invader
    cleared), are right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "菱角种植面积", "≥", 300, "亩"],
        ["产出指标", "数量指标", "水葫芦打捞面积", "≥", 80, "亩"],
        ["效益指标", "生态效益指标", "亩均灌溉定额", "≥", 450, "立方米/亩"],
        ["效益指标", "生态效益指标", "湿地外来水生植物覆盖率", "≥", "3", "%"],
        ["满意度指标", "服务对象满意度指标", "种养户满意度", "≥", "90", "%"],
    ]
    assert {a for c, _s, a in _judged(tmp_path / "a.xlsx", rows) if c == "T108"} == {"E9", "E10"}
    rows[2][3] = rows[3][3] = "≤"
    assert "T108" not in {c for c, _s, _a in _judged(tmp_path / "b.xlsx", rows)}


def test_a_record_or_link_broken_off_is_less_the_better(tmp_path: Path) -> None:
    """观测断记率 (the share of a station's record broken off), 数据链路掉线率 and 鲜荚破碎率
    (pods broken in handling): 反向, so ≥ on them is T108; ≤ is right."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "升级改造观测台站", "≥", 6, "个"],
        ["产出指标", "质量指标", "台站观测断记率", "≥", "2", "%"],
        ["效益指标", "社会效益指标", "数据链路掉线率", "≥", "1", "%"],
        ["效益指标", "经济效益指标", "冷藏鲜荚破碎率", "≥", "3", "%"],
        ["满意度指标", "服务对象满意度指标", "值守人员满意度", "≥", "90", "%"],
    ]
    found = {a for c, _s, a in _judged(tmp_path / "a.xlsx", rows) if c == "T108"}
    assert found == {"E8", "E9", "E10"}
    rows[1][3] = rows[2][3] = rows[3][3] = "≤"
    assert "T108" not in {c for c, _s, _a in _judged(tmp_path / "b.xlsx", rows)}


def test_a_payment_standard_at_least_under_a_cost_tier2(tmp_path: Path) -> None:
    """每亩试点补助标准 ≥0.12万元/亩 under 经济成本指标: ≥ sets no cap on the cost (T108, a
    warning); = on it is the standard paid; 生均公用经费基准定额 ≥ and 人均基本公共卫生服务经费
    补助标准 ≥ are floors the policy fixes."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "菱虾套养试点面积", "≥", 300, "亩"],
        ["成本指标", "经济成本指标", "每亩试点补助标准", "≥", 0.12, "万元/亩"],
        ["成本指标", "经济成本指标", "生均公用经费基准定额", "≥", 800, "元/人"],
        ["成本指标", "经济成本指标", "人均基本公共卫生服务经费补助标准", "≥", 94, "元/人"],
        ["满意度指标", "服务对象满意度指标", "试点户满意度", "≥", "90", "%"],
    ]
    assert ("T108", "warning", "E8") in (found := _judged(tmp_path / "a.xlsx", rows))
    assert not {("T108", "warning", "E9"), ("T108", "warning", "E10")} & set(found)
    rows[1][3] = "="
    assert "T108" not in {c for c, _s, _a in _judged(tmp_path / "b.xlsx", rows)}


_INDICATORS: list[list[Any]] = [
    [" 一级指标 ", " 二级指标 ", " 三级指标 ", " 比较符 ", " 指标值 ", " 计量单位 "],
    [" 产出指标 ", " 数量指标 ", " 流动图书车服务点 ", " ≥ ", 40, " 个 "],
    [" 效益指标 ", " 社会效益指标 ", " 借阅人次 ", " ≥ ", 30000, " 人次 "],
    [" 满意度指标 ", " 服务对象满意度指标 ", " 读者满意度 ", " ≥ ", " 90% ", " % "],
]


def test_a_year_block_with_spaces_around_its_texts(tmp_path: Path) -> None:
    """A space before and after every text (as some systems export): the year block's total
    column ( 实施期资金总额 ) still adds up its years: B101 where 5 600 ≠ 2 000 + 1 800 +
    1 600."""
    sheet: list[list[Any]] = [
        [" 2026年度项目支出绩效目标申报表 "],
        [" 项目名称 ", " 公共文化服务体系建设 ", None, " 主管部门 ", " 某省文化和旅游厅 "],
        [" 实施期 ", " 3年（2026—2028年） ", " 计划开始日期 ", dt.date(2026, 1, 1),
         " 计划完成日期 ", dt.date(2028, 12, 31)],
        [" 项目资金（万元） ", " 资金来源 ", " 实施期资金总额 ", " 2026年（年度资金） ",
         " 2027年 ", " 2028年 "],
        [None, " 资金总额 ", 6600, 2400, 2200, 2000],
        [None, " 其中：财政资金 ", 5600, 2000, 1800, 1600],
        [None, " 其他资金 ", 1200, 400, 400, 400],
        [" 年度绩效目标 ", " 建成流动图书车服务点40个。 "],
        *_INDICATORS,
    ]  # fmt: skip
    found = found_at(save_sheet(tmp_path / "s.xlsx", sheet, ("A4:A7",)))
    assert ("B101", "error", "C6") in found


def test_a_lines_block_with_spaces_around_its_texts(tmp_path: Path) -> None:
    """The same spaces in a lines block of one pair a row under its title: an amount pasted
    twice ( 96万96万（含拆除旧机组） ) is still X106, its lines still add up to their 合计."""
    lines: list[list[Any]] = [
        [" 资金明细（万元） ", " 图书车采购 ", 180, " 6台×30万元/台 "],
        [None, " 拆除及安装 ", " 96万96万（含拆除旧机组） ", " 按工程量清单测算 "],
        [None, " 合计 ", 276],
    ]
    rows = [r[:] for r in _INDICATORS[1:]]
    table = one_year_table("流动图书车", 276, "建成服务点40个。", rows, lines)
    found = found_at(save_sheet(tmp_path / "l.xlsx", table, ("A10:A12",)))
    assert ("X106", "error", "C11") in found
    assert "B102" not in {f[0] for f in found}


def test_a_year_plan_row_in_a_table_that_starts_in_column_b(tmp_path: Path) -> None:
    """年度投资计划（万元） │ │ 2025年 │ 5800 over a 总投资 of 5400, the whole table one column
    right of A (column A left empty): the year's plan is read and is above the total (B103)."""
    rows: list[list[Any]] = [
        ["2025年度地方政府专项债券项目绩效目标表"],
        ["项目名称", "滨河全民健身中心建设项目", "主管部门", "某县文化广电体育和旅游局"],
        ["开工时间", dt.date(2025, 3, 1), "竣工时间", dt.date(2025, 12, 31)],
        ["总投资（万元）", 5400, "建安工程费", 3800, "设备购置费", 1600],
        ["年度投资计划（万元）", None, "2025年", 5800],
        ["年度绩效目标", "建成全民健身中心并对外开放。"],
        ["一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"],
        ["产出指标", "数量指标", "健身中心建筑面积", "≥", 1.5, "万平方米"],
        ["效益指标", "社会效益指标", "年接待健身群众", "≥", 20, "万人次"],
        ["满意度指标", "服务对象满意度指标", "健身群众满意度", "≥", "90%", "%"],
    ]
    found = found_at(save_sheet(tmp_path / "b.xlsx", [[None, *row] for row in rows]))
    assert ("B103", "error", "E5") in found


def test_a_weight_and_value_swapped_with_the_operator_in_words(tmp_path: Path) -> None:
    """A flat list's 权重 cell holding 不高于15 and its 指标值 cell 5 (typed into each other's
    cells): realigned as with ≤15 (S101), the 5 counted among the weights (W101: 95)."""
    head = ["指标名称", "权重", "计量单位", "指标性质", "指标值"]
    rows: list[list[Any]] = [
        ["残疾儿童康复救助人数", 20, "人", "正向", "不低于120"],
        ["就业技能培训人次", 20, "人次", "正向", "不低于300"],
        ["残疾人证办理时限", "不高于15", "工作日", "反向", 5],
        ["基本康复服务覆盖率", 25, "%", "正向", "不低于90"],
        ["残疾人家庭满意度", 25, "%", "正向", "不低于90"],
    ]
    table = one_year_table("残疾人服务", 180, "康复救助120人。", rows, [], head)
    found = found_at(save_sheet(tmp_path / "w.xlsx", table))
    assert ("S101", "warning", "B9") in found
    assert ("W101", "error") in {f[:2] for f in found}


def test_a_price_and_quantity_pasted_as_text(tmp_path: Path) -> None:
    """购置明细 │ 品目 │ 数量 │ 单价（万元） │ 金额（万元） with every number pasted as text ('6',
    '3.8', '24.8'): the amount is still held against quantity × price (B101: 6 × 3.8 = 22.8)."""
    lines: list[list[Any]] = [
        ["购置明细", "品目", "数量", "单价（万元）", "金额（万元）"],
        [None, "中药煎药机", "4", "6", "24"],
        [None, "中医体质辨识仪", "6", "3.8", "24.8"],
        [None, "智能脉诊仪", "5", "4", "20"],
        ["合计", None, None, None, "68.8"],
    ]
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "购置中医诊疗设备数量", "≥", "15", "台"],
        ["效益指标", "社会效益指标", "中医门诊人次增长率", "≥", "10", "%"],
        ["满意度指标", "服务对象满意度指标", "就诊患者满意度", "≥", "90", "%"],
    ]
    table = one_year_table("中医诊疗设备购置", 68.8, "购置设备15台。", rows, lines)
    found = found_at(save_sheet(tmp_path / "p.xlsx", table, ("A10:A13",)))
    assert ("B101", "error", "E12") in found


def test_an_allocation_with_its_counts_pasted_as_text(tmp_path: Path) -> None:
    """行政村 │ 改厕户数 │ 安排资金 with every number pasted as text ('260' │ '38'): the count
    beside a village is no label, the lines are read and their 合计 is held against the table's
    money (B102: 38 + 41.5 + 29 = 108.5 against 112)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "改造农村卫生户厕", "≥", "730", "户"],
        ["效益指标", "社会效益指标", "农村卫生厕所普及率提高", "≥", "3", "百分点"],
        ["满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥", "90", "%"],
    ]
    block: list[list[Any]] = [
        ["分村改厕任务及资金（单位：户、万元）"],
        ["行政村", "改厕户数", "安排资金", "备注"],
        ["清水村", "260", "38", "三格式化粪池"],
        ["杨柳村", "280", "41.5"],
        ["枣林村", "190", "29"],
        ["合计", "730", "112"],
    ]
    above = [period_row(), ["项目资金（万元）", "年度资金总额", "112"], ["年度绩效目标", "改厕。"]]
    table = official_table("农村户厕改造奖补", rows, above=[*above, *block], head=SPLIT_HEAD)
    found = found_at(save_sheet(tmp_path / "a.xlsx", table))
    assert ("B102", "error") in {f[:2] for f in found}


def test_operators_written_in_words_in_their_column_are_said_once_a_table(
    tmp_path: Path,
) -> None:
    """An operator column in words (大于等于, 小于等于), the layout's own spelling on every row:
    one T111 for the table, at its first row, not one a row; words in the value cells
    themselves (不低于95%) are still said where they are."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "收购柿子", "大于等于", 300, "吨"],
        ["产出指标", "时效指标", "晾晒完成时间", "小于等于", 45, "天"],
        ["效益指标", "经济效益指标", "社员户均增收", "大于等于", 2000, "元"],
        ["满意度指标", "服务对象满意度指标", "社员满意度", "大于等于", 90, "%"],
    ]
    assert [a for c, _s, a in _judged(tmp_path / "a.xlsx", rows) if c == "T111"] == ["E7"]
    for row in rows:
        row[3], row[4] = None, f"不低于{row[4]}{row[5]}"
    said = [a for c, _s, a in _judged(tmp_path / "b.xlsx", rows) if c == "T111"]
    assert said == ["E7", "E8", "E9", "E10"]


def test_a_value_in_ten_thousands_of_its_unit_columns_unit(tmp_path: Path) -> None:
    """≥6万株 under 株 and ≥1.2万人次 under 人次: the column's unit in 万, 60 000株 or 6 (万)株
    meant, to be asked (a T112 warning), no sure conflict; ≥6万株 under 亩 is one (an error)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "核桃苗木供应", None, "≥6万株", "株"],
        ["产出指标", "数量指标", "林下养鸡技术培训", None, "≥1.2万人次", "人次"],
        ["效益指标", "经济效益指标", "核桃新植面积", None, "≥6万株", "亩"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", None, "≥90%", "%"],
    ]
    found = [(s, a) for c, s, a in _judged(tmp_path / "a.xlsx", rows) if c == "T112"]
    assert found == [("warning", "E7"), ("warning", "E8"), ("error", "E9")]


def test_a_work_kept_safe_through_a_season_is_a_state(tmp_path: Path) -> None:
    """渡槽安全度汛 │ 安全度汛 and 水车安全运行 │ 确保安全运行 (the works kept safe through the
    flood season or in service): a state reached, no description (no T102); a sentence of work
    to be done still is one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "加固渡槽槽墩", "≥", 8, "座"],
        ["效益指标", "社会效益指标", "渡槽安全度汛", None, "安全度汛"],
        ["效益指标", "可持续影响指标", "水车安全运行", None, "确保安全运行"],
        ["效益指标", "可持续影响指标", "渡槽日常管护", None, "对渡槽开展日常巡查和清淤"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", "90", "%"],
    ]
    assert [a for c, _s, a in _judged(tmp_path / "a.xlsx", rows) if c == "T102"] == ["E10"]
