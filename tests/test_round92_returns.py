"""Rounds 92 to 95's held-out returns (holdout281–292), in shapes of their own: a budget
system's list of projects whose amount a copy from a PDF split by a space (41.2 5), an absence
rate (缺勤率) with ≥, counts of energy monitoring (能耗监测点位) that are no energy used,
mistakes, media coverage and complaints counted under an effect tier, tier heads under a head
merged over them (指标层级) or standing over empty cells, a milestone reached (首批课程上线), a
price per fish (元/尾) times the fish in 万尾, a tier's score on a 小计 row, and a time limit on
a quality matter under 时效指标; later rounds' names whose direction an operator goes against
(复捕率, 不良卵率, 单位产品电耗: round 102; 退回重做率, 泄漏率: round 103; 误判率: round
104; 地下水位下降幅度: round 107; 不达标占比: round 108). Every workbook is invented and built
here."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.returns import (
    SPLIT_HEAD,
    budget_export,
    found_at,
    official_table,
    one_year_table,
    period_row,
    save_sheet,
)


def _table(rows: list[list[Any]]) -> list[list[Any]]:
    satisfied = ["满意度指标", "服务对象满意度指标", "参会人员满意度", "≥", 90, "%"]
    goal = "2026年完成机关会议服务和节能管理各项任务。"
    return one_year_table("机关会议服务保障", 86, goal, rows, [satisfied])


def _export(path: Path, amount: object) -> Path:
    """A budget system's export: the projects' amounts on 05-1 (合计 │ 财政拨款 │ 其他资金,
    a 合计 row), the indicators on 05-2 under each project's code and name."""
    money = [
        ["2026年度部门项目支出预算表"],
        ["单位名称：某区机关事务服务中心", None, None, None, "单位：万元"],
        ["项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金"],
        ["330101260001", "机关食堂运行保障", "专项业务费", 36.4, 36.4, 0],
        ["330101260002", "公务用车平台运维", "专项业务费", amount, 52.75, 0],
        ["合计", None, None, 89.15, 89.15, 0],
    ]
    projects = [("330101260001", "机关食堂运行保障"), ("330101260002", "公务用车平台运维")]
    indicators = [
        ["产出指标", "数量指标", "保障就餐人次", "≥12万人次"],
        ["产出指标", "质量指标", "食品安全检查合格率", "≥98%"],
        ["效益指标", "社会效益指标", "服务保障到位率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "干部职工满意度", "≥90%"],
    ]
    heading = [["2026年度部门项目支出绩效目标表"]]
    return budget_export(
        path,
        ("部门项目支出预算05-1", money),
        ("部门项目支出绩效目标05-2", heading),
        projects,
        indicators,
    )


def test_an_exports_amount_split_by_a_space_is_read_as_its_number(tmp_path: Path) -> None:
    """41.2 5 (text) in the 合计 column of a list of projects over a 合计 row: X105 at the cell
    (read as 41.25, a warning) and no B102 at the 合计, which the lines then add up to; 41.25
    typed as a number gives neither; 42.7 5, read, is not its 财政拨款 52.75 (B101)."""
    found = found_at(_export(tmp_path / "s.xlsx", "52.7 5"))
    assert ("X105", "warning", "D5") in found, found
    assert not [f for f in found if f[0] == "B102"], found
    found = found_at(_export(tmp_path / "n.xlsx", 52.75))
    assert not [f for f in found if f[0] in ("X105", "B102")], found
    found = found_at(_export(tmp_path / "w.xlsx", "42.7 5"))  # read: 42.75 is not 52.75 + 0
    assert ("B101", "error", "D5") in found, found


def test_counts_of_energy_monitoring_are_no_energy_used(tmp_path: Path) -> None:
    """新增能耗监测点位 ≥40个 and 能耗统计报送单位数 =36家 count the watching of energy, not
    energy used: no T108; 单位建筑面积能耗 ≥ still is one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "新增能耗监测点位", "≥", 40, "个"],
        ["产出指标", "数量指标", "能耗统计报送单位数", "=", 36, "家"],
        ["效益指标", "生态效益指标", "单位建筑面积能耗", "≤", 9.5, "千克标准煤/平方米"],
    ]
    found = found_at(save_sheet(tmp_path / "e.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T108"], found
    rows[2][3] = "≥"
    found = found_at(save_sheet(tmp_path / "u.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "T108"] == [("T108", "warning", "E9")], found


def test_mistakes_counted_are_an_effect_not_an_output(tmp_path: Path) -> None:
    """重要会议保障差错 0次 under 社会效益指标: mistakes counted are an outcome, though the name
    holds 会议 (no F201); 保障会议场次 there is an output under an effect tier (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "保障各类会议", "≥", 1100, "场"],
        ["效益指标", "社会效益指标", "重要会议保障差错", "=", 0, "次"],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2] = "保障会议场次"
    rows[1][4] = 1100
    found = found_at(save_sheet(tmp_path / "o.xlsx", _table(rows)))
    assert ("F201", "warning", "C8") in found, found


def _levels_table(weights: tuple[int, ...]) -> list[list[Any]]:
    """A header on two lines (row 5 over row 6): 指标层级 merged over 一级指标 │ 二级指标,
    指标内容 and 分值 merged down over both, 绩效标准 over 指标值 │ 计量单位; the header
    repeated after a page break (row 11)."""
    return [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "出入境受理点扩容"],
        period_row(),
        ["项目资金（万元）", "年度资金总额", 150],
        ["指标层级", None, "指标内容", "绩效标准", None, "分值"],
        ["一级指标", "二级指标", None, "指标值", "计量单位", None],
        ["产出指标", "数量指标", "新增自助受理设备", "≥8", "台", weights[0]],
        [None, "质量指标", "证件制发差错率", "≤0.5", "%", weights[1]],
        [None, "时效指标", "护照办证时限", "≤7", "工作日", weights[2]],
        ["成本指标", "经济成本指标", "自助设备购置单价", "≤16", "万元/台", weights[3]],
        ["一级指标", "二级指标", "指标内容", "指标值", "计量单位", "分值"],
        ["效益指标", "社会效益指标", "窗口平均等候时长下降率", "≥15", "%", weights[4]],
        ["满意度指标", "服务对象满意度指标", "办证群众满意度", "≥90", "%", weights[5]],
        ["合计", None, None, None, None, 100],
    ]


_LEVELS_MERGES = ("A5:B5", "C5:C6", "D5:E5", "F5:F6", "A7:A9")


def test_tier_heads_under_a_head_merged_over_them_are_read(tmp_path: Path) -> None:
    """一级指标 │ 二级指标 under 指标层级 (merged over both), beside 指标值 │ 计量单位 under
    绩效标准: the tiers are columns of the header, so the rows above the repeated header are
    indicators too (no F106 for 产出指标, weights 100 as the 合计 says); weights that add to 90
    under that 合计 are W101."""
    path = save_sheet(tmp_path / "l.xlsx", _levels_table((20, 15, 15, 20, 20, 10)), _LEVELS_MERGES)
    found = found_at(path)
    assert not [f for f in found if f[0] in ("F106", "W101")], found
    path = save_sheet(tmp_path / "n.xlsx", _levels_table((20, 15, 15, 10, 20, 10)), _LEVELS_MERGES)
    assert [f[0] for f in found_at(path) if f[0] in ("F106", "W101")] == ["W101"]


def test_a_milestone_reached_is_a_state_to_assess(tmp_path: Path) -> None:
    """培训课程体系 │ 首批课程上线 (and 系统正式投用): a state reached, no T102; 按要求做好课程
    体系建设工作 stays one."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "开发培训课程数", "≥", 7, "门"],
        ["效益指标", "可持续影响指标", "培训课程体系", None, "首批课程上线", None],
        ["效益指标", "可持续影响指标", "预约办证系统", None, "系统正式投用", None],
    ]
    found = found_at(save_sheet(tmp_path / "m.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T102"], found
    rows[1][4] = "按要求做好培训课程体系建设工作"
    found = found_at(save_sheet(tmp_path / "t.xlsx", _table(rows)))
    assert ("T102", "warning", "E8") in found, found


def test_media_coverage_and_complaints_counted_are_effects(tmp_path: Path) -> None:
    """主流媒体报道篇数 and 语言服务投诉数 under 社会效益指标 count what others did (the media
    wrote, people complained): no F201; 宣传活动场次 there is an output (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "举办友好交流活动", "≥", 6, "场"],
        ["效益指标", "社会效益指标", "主流媒体报道篇数", "≥", 20, "篇"],
        ["效益指标", "社会效益指标", "语言服务投诉数", "≤", 2, "件"],
    ]
    found = found_at(save_sheet(tmp_path / "c.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2] = "宣传活动场次"
    found = found_at(save_sheet(tmp_path / "o.xlsx", _table(rows)))
    assert [f for f in found if f[0] == "F201"] == [("F201", "warning", "C8")], found


def test_a_name_head_over_empty_cells_and_the_tier_heads_under_them(tmp_path: Path) -> None:
    """考核指标 over two empty cells (a merge across lost), 一级指标 │ 二级指标 │ 三级指标 under
    them, 目标值（年度） and 权重 merged down over both lines, the header repeated after a page
    break: the lower line names the columns, so the tiers above the repeat are read too (no
    F106, no W101 on weights that add to 100)."""
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "机关食堂运营保障"],
        period_row(),
        ["项目资金（万元）", "年度资金总额", 820],
        ["考核指标", None, None, "目标值（年度）", "权重"],
        ["一级指标", "二级指标", "三级指标", None, None],
        ["产出指标", "数量指标", "日均供餐人次", "≥5200人次", 30],
        [None, "质量指标", "食品安全抽检合格率", "=100%", 20],
        ["成本指标", "经济成本指标", "人均餐费补贴标准", "≤15元/人次", 20],
        ["一级指标", "二级指标", "三级指标", "目标值（年度）", "权重"],
        ["效益指标", "社会效益指标", "食品安全事故发生次数", "=0次", 20],
        ["满意度指标", "服务对象满意度指标", "就餐人员满意度", "≥90%", 10],
    ]
    merges = ("D5:D6", "E5:E6", "A7:A8")
    found = found_at(save_sheet(tmp_path / "h.xlsx", rows, merges))
    assert not [f for f in found if f[0] in ("F106", "W101", "F101", "F102")], found


def test_a_price_per_fish_times_the_fish_released_is_held_against_the_money(
    tmp_path: Path,
) -> None:
    """苗种采购单价 ≤0.5元/尾 × 放流数量 ≥200万尾 = 100万元 above the 86万元 of the project:
    B107 (a warning at the price); ≤0.4元/尾 (80万元) fits."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "黑鲷苗种放流数量", "≥", 200, "万尾"],
        ["成本指标", "经济成本指标", "黑鲷苗种采购单价", "≤", 0.5, "元/尾"],
    ]
    found = found_at(save_sheet(tmp_path / "f.xlsx", _table(rows)))
    assert ("B107", "warning", "E8") in found, found
    rows[1][4] = 0.4
    found = found_at(save_sheet(tmp_path / "o.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "B107"], found


def _subtotals(output: int) -> list[list[Any]]:
    """A department's flat tiers with a 小计 row of scores under each tier-1's indicators."""
    return [
        ["2026年度部门整体支出绩效目标申报表"],
        ["部门（单位）名称", "某区建筑市场执法大队"],
        ["一级指标", "二级指标", "三级指标", "指标值", "权重"],
        ["产出指标", "数量指标", "执法检查项次", "≥260项次", 20],
        [None, "质量指标", "执法案卷评查合格率", "≥95%", 15],
        [None, "时效指标", "投诉举报核查办结时限", "≤15个工作日", 10],
        ["小计", None, None, None, output],
        ["效益指标", "社会效益指标", "欠薪投诉件数下降率", "≥10%", 20],
        [None, "可持续影响指标", "执法结果纳入信用评价比例", "≥90%", 15],
        ["小计", None, None, None, 35],
        ["满意度指标", "服务对象满意度指标", "受检企业满意度", "≥90%", 20],
        ["小计", None, None, None, 20],
        ["合计", None, None, None, 100],
    ]


def test_a_tiers_score_on_a_subtotal_row_is_held_against_its_indicators(tmp_path: Path) -> None:
    """小计 │ 40 under 产出指标's indicators scored 20 + 15 + 10 = 45: W103 at the 小计's score
    (an error); 小计 │ 45 is right, and no 小计 is counted as an indicator's weight."""
    merges = ("A4:A6", "A8:A9")
    found = found_at(save_sheet(tmp_path / "w.xlsx", _subtotals(40), merges))
    assert ("W103", "error", "E7") in found, found
    found = found_at(save_sheet(tmp_path / "r.xlsx", _subtotals(45), merges))
    assert not [f for f in found if f[0].startswith("W1")], found


def test_a_time_asked_under_timeliness_is_no_quality(tmp_path: Path) -> None:
    """质量投诉现场核查时限 ≤3个工作日 under 时效指标: a time limit, whatever its topic (no F201);
    住宅工程质量验收合格率 there reads as a quality (F201)."""
    rows: list[list[Any]] = [
        ["产出指标", "数量指标", "监督抽查项目数", "≥", 150, "个"],
        ["产出指标", "时效指标", "质量投诉现场核查时限", "≤", 3, "个工作日"],
    ]
    found = found_at(save_sheet(tmp_path / "t.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "F201"], found
    rows[1][2:6] = ["住宅工程质量验收合格率", "≥", 96, "%"]
    found = found_at(save_sheet(tmp_path / "q.xlsx", _table(rows)))
    assert ("F201", "warning", "C8") in found, found


def test_a_name_head_and_a_value_head_both_merged_over_the_words_under_them(
    tmp_path: Path,
) -> None:
    """考核指标 merged over 一级指标 │ 二级指标 │ 指标内容, 绩效标准 over 比较 │ 目标值（年度）,
    计量单位 merged down: the lower line names every column, so the operators and units are
    read (no T104, no T117) and the tiers too (no F101)."""
    rows = [
        ["2026年度项目支出绩效目标申报表"],
        ["项目名称", "化妆品网络销售监测"],
        period_row(),
        ["项目资金（万元）", "年度资金总额", 30],
        ["考核指标", None, None, "绩效标准", None, "计量单位"],
        ["一级指标", "二级指标", "指标内容", "比较", "目标值（年度）", None],
        ["产出指标", "数量指标", "网络交易监测条次", "≥", 6000, "条"],
        [None, "时效指标", "违法线索移交时限", "≤", 5, "个工作日"],
        ["成本指标", "经济成本指标", "单条监测成本", "≤", 0.004, "万元/条"],
        ["效益指标", "社会效益指标", "违法信息下架率", "≥", 95, "%"],
        ["满意度指标", "服务对象满意度指标", "消费者满意度", "≥", 90, "%"],
    ]
    merges = ("A5:C5", "D5:E5", "F5:F6", "A7:A8")
    found = found_at(save_sheet(tmp_path / "b.xlsx", rows, merges))
    assert not [f for f in found if f[0] in ("T104", "T117", "F101", "S101")], found


def test_a_details_total_named_so_closes_its_block(tmp_path: Path) -> None:
    """资金明细 over 明细项目 │ 金额, its lines, 明细合计 │ 356 and a 填报人 line: 明细合计 is the
    lines' total (no B102 at a 资金总额 of 356 they add up to), the signature line no line;
    a 明细合计 of 366 is B102 (an error)."""

    def rows(total: float) -> list[list[Any]]:
        above = [period_row(), ["项目资金（万元）", "资金总额", 356]]
        table = official_table(
            "燃气抢修装备更新",
            [
                ["产出指标", "数量指标", "更新抢修专用车辆", "≥", 2, "辆"],
                ["成本指标", "经济成本指标", "抢修车辆购置单价", "≤", 60, "万元/辆"],
            ],
            above=above,
            head=SPLIT_HEAD,
        )
        details = [
            ["资金明细（万元）"],
            ["明细项目", "金额", "说明"],
            ["抢修专用车辆", 120, "2辆"],
            ["带气封堵设备", 86, "3套"],
            ["检测仪器及防护装备", 150, "检测仪、防护服"],
            ["明细合计", total],
            ["填报人：某某", None, "联系电话：0739-0000000"],
        ]
        return [*table, [], *details]

    found = found_at(save_sheet(tmp_path / "d.xlsx", rows(356)))
    assert not [f for f in found if f[0] in ("B101", "B102", "B103")], found
    found = found_at(save_sheet(tmp_path / "e.xlsx", rows(366)))
    assert [f[:2] for f in found if f[0] == "B102"] == [("B102", "error")], found


def test_a_one_year_totals_artefact_is_named_as_the_form_names_it(tmp_path: Path) -> None:
    """资金总额 │ 356.4 5 in a one-year form (no 年度 beside it): X105's message names it 资金总额,
    not the 中期资金总额 of a multi-year form."""
    from goalbook.check import CheckOptions, check_file

    rows: list[list[Any]] = [["产出指标", "数量指标", "更新抢修专用车辆", "≥", 2, "辆"]]
    above = [period_row(), ["项目资金（万元）", "资金总额", "356.4 5"]]
    table = official_table("燃气抢修装备更新", rows, above=above, head=SPLIT_HEAD)
    result, _ = check_file(save_sheet(tmp_path / "m.xlsx", table), CheckOptions())
    split = [f.message for f in result.findings if f.code == "X105"]
    assert len(split) == 1 and "资金总额“356.4 5”" in split[0], split
    assert "中期" not in split[0], split


# a direction read from the name against the operator: (the row, its operator against the
# direction, the right one) — absence is 反向 (培训学员缺勤率), so is a case's averaged time
# (预审平均周期); the share on time is 正向 (食材配送准时率); fishers back at fishing the
# closed waters (复捕率), eggs that fail (不良卵率), power a unit of product uses (单位产品
# 电耗), work sent back to be redone (退回重做率), gas that escapes (泄漏率) and cases judged
# wrongly (误判率) are 反向, and so are a water table falling (地下水位年均下降幅度) and the
# share short of a standard (不达标电站占比)
_AGAINST = [
    (["产出指标", "数量指标", "举办会务培训班期数", "≥", 6, "期"],
     ["产出指标", "质量指标", "培训学员缺勤率", "≥", 5, "%"], "≤"),
    (["产出指标", "数量指标", "受理专利预审案件", "≥", 800, "件"],
     ["产出指标", "时效指标", "发明专利预审平均周期", "≥", 5, "个工作日"], "≤"),
    (["产出指标", "数量指标", "统一配送覆盖学校数", "≥", 75, "所"],
     ["产出指标", "时效指标", "食材配送准时率", "≤", 95, "%"], "≥"),
    (["产出指标", "数量指标", "退捕渔民技能培训人次", "≥", 300, "人次"],
     ["效益指标", "社会效益指标", "退捕渔民复捕率", "≥", 1, "%"], "≤"),
    (["产出指标", "数量指标", "统一供应蚕种", "≥", 3000, "张"],
     ["产出指标", "质量指标", "蚕种不良卵率", "≥", 2, "%"], "≤"),
    (["产出指标", "数量指标", "节能技改企业数", "≥", 4, "家"],
     ["效益指标", "生态效益指标", "单位产品电耗", "≥", 900, "千瓦时/吨"], "≤"),
    (["产出指标", "数量指标", "出具鉴定意见书", "≥", 600, "份"],
     ["产出指标", "质量指标", "鉴定意见书退回重做率", "≥", 1, "%"], "≤"),
    (["产出指标", "数量指标", "维修户用沼气池", "≥", 500, "口"],
     ["产出指标", "质量指标", "沼气池泄漏率", "≥", 2, "%"], "≤"),
    (["产出指标", "数量指标", "完成应征青年体检", "≥", 400, "人"],
     ["产出指标", "质量指标", "体检结论误判率", "≥", 1, "%"], "≤"),
    (["产出指标", "数量指标", "关停自备井", "≥", 60, "眼"],
     ["效益指标", "生态效益指标", "地下水位年均下降幅度", "≥", 0.5, "米"], "≤"),
    (["产出指标", "数量指标", "核查小水电站", "≥", 40, "座"],
     ["效益指标", "生态效益指标", "泄放不达标电站占比", "≥", 5, "%"], "≤"),
]  # fmt: skip


@pytest.mark.parametrize(("first", "against", "right"), _AGAINST)
def test_an_operator_against_the_names_direction(
    tmp_path: Path, first: list[Any], against: list[Any], right: str
) -> None:
    """The operator against the direction the name says is T108 (a warning at the value); the
    right operator gives none."""
    rows: list[list[Any]] = [first, list(against)]
    found = found_at(save_sheet(tmp_path / "a.xlsx", _table(rows)))
    assert ("T108", "warning", "E8") in found, found
    rows[1][3] = right
    found = found_at(save_sheet(tmp_path / "b.xlsx", _table(rows)))
    assert not [f for f in found if f[0] == "T108"], found
