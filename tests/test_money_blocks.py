"""Money in every block (issue 12, item 12), as round 64 brought it: a 其中 line under a budget
line is part of it, not a line; a 金额合计 with a qualifier in brackets is the total; a line in
元 among 万元 ones is B105; a share after its own 占比 label is held against its amount; a
standard per 村 against a count of 行政村 in 个; a standard per person in the 中期 column; a grid
of last year's budget and spending."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.returns import found_at, save_sheet

_INDICATORS: list[list[Any]] = [
    ["一级指标", "二级指标", "三级指标", "指标值"],
    ["产出指标", "数量指标", "补植行道树数量", "≥1200株"],
    [None, "质量指标", "补植苗木成活率", "≥95%"],
    ["效益指标", "生态效益指标", "城区绿化覆盖率", "≥42%"],
    ["满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"],
]


def _project(detail: list[list[Any]], money: list[list[Any]] | None = None) -> list[list[Any]]:
    head = money or [
        ["项目资金（万元）", "年度资金总额", 180],
        ["其中：财政拨款", 180, "其他资金", 0],
    ]
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "城区绿化提升", None, "主管部门", "青川县城市管理局"],
        *head,
        ["预算明细（万元）", "支出内容", "测算依据", "金额"],
        *detail,
        *_INDICATORS,
    ]


def test_a_part_line_is_held_against_its_line(tmp_path: Path) -> None:
    def detail(part: float) -> list[list[Any]]:
        return [
            [None, "行道树补植", "1200株×500元/株", 60],
            [None, "其中：乡土树种苗木", None, part],
            [None, "城区绿地养护", "40万平方米×2元", 80],
            [None, "园林设施维修", "座椅及灌溉设施", 40],
            ["合计", None, None, 180],
        ]

    over = found_at(save_sheet(tmp_path / "o.xlsx", _project(detail(68))))
    assert ("B102", "error", "D7") in over, over
    assert [f for f in over if f[0].startswith("B")] == [("B102", "error", "D7")], over
    fits = found_at(save_sheet(tmp_path / "f.xlsx", _project(detail(45))))
    assert not [f for f in fits if f[0].startswith("B")], fits


def test_a_total_with_a_qualifier_and_a_line_in_yuan(tmp_path: Path) -> None:
    detail = [
        [None, "行道树补植", "1200株×500元/株", 60],
        [None, "城区绿地养护", "40万平方米×2元", 80],
        [None, "园林设施维修", "座椅及灌溉设施", 40],
        ["金额合计（仅含项目支出）", "另有基本支出未列入", None, 180],
    ]
    clean = found_at(save_sheet(tmp_path / "q.xlsx", _project(detail)))
    assert not [f for f in clean if f[0].startswith("B")], clean
    detail[2][3] = "400,000.00元"  # 40万元 typed in 元 among the 万元 lines
    mixed = found_at(save_sheet(tmp_path / "y.xlsx", _project(detail)))
    assert ("B105", "error", "D8") in mixed, mixed


def test_a_share_after_its_own_label(tmp_path: Path) -> None:
    def money(share: float) -> list[list[Any]]:
        return [
            ["项目资金（万元）", "年度资金总额", 300, "占比", "100%"],
            [None, "其中：财政拨款", 240, "占比", "80%"],
            [None, "其他资金", 60, "占比", f"{share}%"],
        ]

    detail = [[None, "课后服务教师补助", "4万课时×50元", 300], ["合计", None, None, 300]]
    off = found_at(save_sheet(tmp_path / "s.xlsx", _project(detail, money(25))))
    assert ("B111", "error", "E5") in off, off
    right = found_at(save_sheet(tmp_path / "t.xlsx", _project(detail, money(20))))
    assert not [f for f in right if f[0] == "B111"], right


def _village(money: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "村村响运行维护", None, "主管部门", "云岫县文化广电旅游局"],
        ["项目资金（万元）", "年度资金总额", money, "其中：财政拨款", money],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "运维行政村数", "≥120个"],
        ["成本指标", "经济成本指标", "单村年度运维标准", "≤0.8万元/村"],
        ["效益指标", "社会效益指标", "应急信息村级覆盖率", "100%"],
        ["满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"],
    ]


def test_a_standard_per_village_against_the_villages_counted(tmp_path: Path) -> None:
    over = found_at(save_sheet(tmp_path / "v.xlsx", _village(72)))
    assert ("B107", "warning", "D6") in over, over
    fits = found_at(save_sheet(tmp_path / "w.xlsx", _village(96)))
    assert not [f for f in fits if f[0] == "B107"], fits


def _period(mid: float) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "退役军人技能培训", None, "主管部门", "白鹭湾区退役军人事务局"],
        ["项目期", "2年", "计划开始日期", "2026年1月1日", "计划完成日期", "2027年12月31日"],
        ["项目资金（万元）", "中期资金总额", mid, "年度资金总额", 240],
        ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"],
        ["产出指标", "数量指标", "培训退役军人人数", "≥3000人", "≥1500人"],
        ["成本指标", "经济成本指标", "人均培训补贴标准", "≤1500元/人", "≤1500元/人"],
        ["效益指标", "社会效益指标", "培训后就业率", "≥70%", "≥70%"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"],
    ]


def test_a_standard_per_person_in_the_period_column(tmp_path: Path) -> None:
    over = found_at(save_sheet(tmp_path / "p.xlsx", _period(300)))
    assert ("B107", "warning", "D7") in over, over
    fits = found_at(save_sheet(tmp_path / "q.xlsx", _period(480)))
    assert not [f for f in fits if f[0] == "B107"], fits


def _prior(spent: float, total: float) -> list[list[Any]]:
    return [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "青川县统计局"],
        ["年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出"],
        [None, 560, 500, 60, 410, 150],
        ["预算执行情况（万元）", "项目", "上年预算数", "上年执行数", "本年预算数"],
        [None, "基本支出", 395, 388.6, 410],
        [None, "项目支出", 140, spent, 150],
        [None, "合计", 535, total, 560],
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "完成统计调查项目数", "≥28项"],
        ["效益指标", "社会效益指标", "统计数据上报及时率", "≥98%"],
        ["满意度指标", "服务对象满意度指标", "调查对象满意度", "≥90%"],
    ]


def test_last_years_budget_and_spending(tmp_path: Path) -> None:
    found = found_at(save_sheet(tmp_path / "g.xlsx", _prior(152.4, 531)))
    assert ("B104", "warning", "D7") in found, found  # spent above its budget
    assert ("B102", "error", "D8") in found, found  # 388.6 + 152.4 ≠ 531
    assert not [f for f in found if f[0] == "B103"], found  # 本年 against 上年: no whole
    right = found_at(save_sheet(tmp_path / "h.xlsx", _prior(131.4, 520)))
    assert not [f for f in right if f[0].startswith("B")], right


def test_parts_in_the_first_column_under_their_whole(tmp_path: Path) -> None:
    def money(other: float) -> list[list[Any]]:
        return [
            ["项目资金（万元）", None, "年度资金总额", 180],
            ["其中：财政拨款", 150, None, None],
            ["其他资金", other, None, None],  # the whole two rows up, to the right
        ]

    detail = [[None, "行道树补植", "1200株×500元/株", 60], [None, "城区绿地养护", "养护", 120]]
    wrong = found_at(save_sheet(tmp_path / "w.xlsx", _project([*detail, ["合计", None, None, 180]],
                                                             money(50))))  # fmt: skip
    assert ("B101", "error", "D3") in wrong, wrong
    right = found_at(save_sheet(tmp_path / "r.xlsx", _project([*detail, ["合计", None, None, 180]],
                                                             money(30))))  # fmt: skip
    assert not [f for f in right if f[0].startswith("B")], right


def _sources_only(money: list[list[Any]]) -> list[list[Any]]:
    """A return whose only money block is its 资金来源 (no budget lines under a header)."""
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "城镇住房租赁补贴", None, "主管部门", "白沙河区住房和城乡建设局"],
        *money,
        *_INDICATORS,
    ]


def test_sources_under_a_block_title(tmp_path: Path) -> None:
    """资金来源（万元） │ 年度资金总额 │ 600, then 其中：中央补助 │ 300 │ 省级补助 │ 150 /
    市县配套 │ 150 │ 单位自筹 │ 0 on the rows below: the whole and its named sources, no budget
    lines; also where the sources start in the column of the block's title."""

    def money(second: float) -> list[list[Any]]:
        return [
            ["资金来源（万元）", "年度资金总额", 600],
            [None, "其中：中央补助", 300, "省级补助", second],
            [None, "市县配套", 150, "单位自筹", 0],
        ]

    off = found_at(save_sheet(tmp_path / "o.xlsx", _sources_only(money(200)), ("A3:A5",)))
    assert ("B101", "error", "C3") in off, off
    right = found_at(save_sheet(tmp_path / "r.xlsx", _sources_only(money(150)), ("A3:A5",)))
    assert not [f for f in right if f[0].startswith("B")], right
    left = [money(200)[0], *[row[1:] for row in money(200)[1:]]]  # the sources from column A
    off = found_at(save_sheet(tmp_path / "l.xlsx", _sources_only(left)))
    assert ("B101", "error", "C3") in off, off


def test_two_wholes_over_their_sources(tmp_path: Path) -> None:
    """中期资金总额 │ 2400 │ 年度资金总额 │ 1200 with a column of sources under each."""

    def money(year_part: float) -> list[list[Any]]:
        return [
            ["资金来源（万元）", "中期资金总额", 2400, "年度资金总额", 1200],
            [None, "其中：中央补助", 1600, "其中：中央补助", 800],
            [None, "市县配套", 800, "市县配套", year_part],
        ]

    off = found_at(save_sheet(tmp_path / "o.xlsx", _sources_only(money(300)), ("A3:A5",)))
    assert ("B101", "error", "E3") in off, off
    right = found_at(save_sheet(tmp_path / "r.xlsx", _sources_only(money(400)), ("A3:A5",)))
    assert not [f for f in right if f[0] == "B101"], right


def _allowance(second: str, count: str) -> list[list[Any]]:
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "高龄津贴发放", None, "主管部门", "松溪镇人民政府"],
        ["项目资金（万元）", "年度资金总额", 186, "其中：财政拨款", 186],
        ["年度绩效目标", "按月为80周岁及以上老人发放高龄津贴。"],
        ["一级指标", "二级指标", "三级指标", "指标值", "计量单位"],
        ["产出指标", "数量指标", "高龄津贴发放人数", "≥1356", "人"],
        [None, None, count, "≥150", "人"],
        ["成本指标", "经济成本指标", "80至89周岁高龄津贴标准", "≤100", "元/人·月"],
        [None, None, second, "≤200", "元/人·月"],
        ["满意度指标", "服务对象满意度指标", "高龄老人满意度", "≥92%", "%"],
    ]


def test_the_tiers_of_one_allowance_split_its_count(tmp_path: Path) -> None:
    """80至89周岁 100元/人·月 and 90至99周岁 200元/人·月 of one 高龄津贴 share its 1356 people:
    only the least (100 × 1356 × 12 = 162.7万) is sure to be paid, within 186万; a standard with
    a count of its own (护理补贴 × 护理补贴发放人数) is held against its own count, and said
    once."""
    rows = _allowance("90至99周岁高龄津贴标准", "其中：百岁老人人数")
    tiers = found_at(save_sheet(tmp_path / "t.xlsx", rows))
    assert not [f for f in tiers if f[0] == "B107"], tiers
    own = _allowance("重度残疾人护理补贴标准", "重度残疾人护理补贴发放人数")
    own[6][3], own[8][3] = "≥900", "≤200"  # 200 × 900 × 12 = 216万 > 186万
    found = [f for f in found_at(save_sheet(tmp_path / "o.xlsx", own)) if f[0] == "B107"]
    assert [f[2] for f in found] == ["D9"], found
