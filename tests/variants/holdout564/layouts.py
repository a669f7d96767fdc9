"""Returns in other layouts: stacked projects, multi-year projects with 中期 and 年度 columns,
budget-system exports and conversion artefacts (db13–db18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout564.common import (
    HEAD4,
    HEAD_PERIOD,
    Row,
    book,
    filled,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout564.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct

CRAYFISH_A = [
    ("产出指标", "数量指标", "稻虾共作提质面积", "≥3000亩"),
    (None, None, "技术培训人次", "≥400人次"),
    (None, "质量指标", "虾苗检疫合格率", "≥98%"),
    (None, "成本指标", "提质改造亩均补助", "≤300元/亩"),
    ("效益指标", "经济效益指标", "示范区亩均增收", "≥1200元"),
    (None, "生态效益指标", "化肥使用量下降率", "≥10%"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%"),
]  # fmt: skip
FISH_B = [
    ("产出指标", "数量指标", "稻鱼共作示范面积", "≥2000亩"),
    (None, None, "技术培训人次", "≥200人次"),
    (None, "时效指标", "鱼苗投放完成时间", "5月31日前"),
    (None, "成本指标", "示范亩均补助", "≤250元/亩"),
    ("效益指标", "经济效益指标", "示范区亩均增收", "≥600元"),
    (None, "社会效益指标", "带动农户参与", "≥90户"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥92%"),
]  # fmt: skip


def two_projects(s: Sheet, fish_money: Sequence[Sequence[Any]], fish_rows: Sequence[Row]) -> None:
    """Two paddy projects stacked in one sheet, each with its own head and table."""
    project(s, 2025, "菰塘镇稻虾共作提质增效", "芷汀县稻虾产业发展中心",
            one_year(wan(150), wan(130), wan(20)),
            ["提质稻虾共作3000亩，培训400人次，示范区亩均增收1200元以上。"])  # fmt: skip
    indicators(s, HEAD4, CRAYFISH_A)
    s.skip(2)
    project(s, 2025, "蒲湾镇稻鱼共作示范", "芷汀县水产技术推广站", fish_money,
            ["建设稻鱼共作示范2000亩，培训200人次，带动农户90户。"], title="")  # fmt: skip
    indicators(s, HEAD4, fish_rows)


@variant("db13-stacked-crayfish-fish", (2,),
         "two projects stacked in one sheet (稻虾 then 稻鱼), OLD-NAT, one value column, the "
         "same indicator name with different values in each (correct)")  # fmt: skip
def db13() -> Book:
    b, s = book()
    two_projects(s, one_year(wan(80), wan(70), wan(10)), FISH_B)
    sign(s, "闵秋实", "0736-5830962", filled(2024, 11, 22))
    return b


CRAYFISH_C = [
    ("产出指标", "数量指标", "稻虾订单种植面积", "≥1800亩"),
    (None, "质量指标", "虾稻订单收购比例",
     mk("1200吨", "T105", "error", note="a share (比例) given as a tonnage")),
    (None, "成本指标", "订单收购亩均补贴", "≤200元/亩"),
    ("效益指标", "经济效益指标", "订单户亩均增收", "≥900元"),
    ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%"),
]  # fmt: skip


@variant("db14-stacked-second-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is a tonnage")  # fmt: skip
def db14() -> Book:
    b, s = book()
    project(s, 2025, "蒲湾镇稻鱼共作示范", "芷汀县水产技术推广站",
            one_year(wan(80), wan(70), wan(10)),
            ["建设稻鱼共作示范2000亩，培训200人次，带动农户90户。"])  # fmt: skip
    indicators(s, HEAD4, FISH_B)
    s.skip(2)
    total = mk(wan(200), "B101", "error", row=True, note="150+40=190, not 200")
    project(s, 2025, "荻港村稻虾订单种植", "芷汀县稻虾产业发展中心",
            one_year(total, wan(150), wan(40)),
            ["发展稻虾订单种植1800亩，订单户亩均增收900元以上。"], title="")  # fmt: skip
    indicators(s, HEAD4, CRAYFISH_C)
    return b


DB15_ROWS = [
    ("产出指标", "数量指标", "稻鱼共作推广面积", "≥9000亩", "≥3000亩"),
    (None, None, "稻鱼种养技术培训", "≥900人次", "≥300人次"),
    (None, "质量指标", "鱼苗检疫合格率", "100%", "100%"),
    (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
    ("成本指标", "经济成本指标", "田间工程亩均补助", "≤800元/亩", "≤800元/亩"),
    ("效益指标", "经济效益指标", "示范区亩均增收", "≥700元", "≥500元"),
    (None, "社会效益指标", "带动农户户数", "≥450户", "≥150户"),
    (None, "生态效益指标", "稻田化肥使用量下降率", "≥20%", "≥10%"),
    (None, "可持续影响指标", "稻鱼共作技术规程", "建立并执行", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant("db15-fish-three-years", (8,),
         "three-year project (2025–2027), NAT-2021, 中期 and 年度 value columns: annual counts "
         "below the period, rates and grades equal, a 2027 deadline (correct)")  # fmt: skip
def db15() -> Book:
    b, s = book()
    project(s, 2025, "沅湄县稻鱼共作三年推广", "沅湄县水产技术推广站",
            multi_year((wan(900), wan(780), wan(120)), (wan(300), wan(260), wan(40))),
            ["三年推广稻鱼共作9000亩，培训900人次，带动农户450户。",
             "2025年推广稻鱼共作3000亩，培训300人次，带动农户150户。"],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, HEAD_PERIOD, DB15_ROWS)
    return b


GOAL16 = "建设稻虾共作基地4000亩，培训种养户500人次，基地亩均收益3500元以上。"
DB16_ROWS = [
    ("产出指标", "数量指标", "稻虾共作基地建设面积", "≥4000亩",
     mk("≥4000亩", "D202", "warning", note="a cumulative area copied from the 中期 column")),
    (None, None, "种养技术培训", "≥500人次",
     mk("≥800人次", "D201", "error", note="annual 800 above the two-year 500")),
    (None, "质量指标", "虾苗成活率", "≥80%", "≥80%"),
    (None, "时效指标", "基地建设完成时间", "2026年10月31日前", "2025年12月31日前"),
    ("成本指标", "经济成本指标", "基地改造亩均补助", "≤700元/亩", "≤700元/亩"),
    ("效益指标", "经济效益指标", "示范基地亩均收益", "≥3500元", "≥3000元"),
    (None, "社会效益指标", "带动农户参与", "≥300户", "≥150户"),
    (None, "生态效益指标", "化肥使用量下降率", "≥15%", "≥8%"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant("db16-crayfish-two-years-copied", (8,),
         "two-year project (2025–2026), NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, an area copied, an annual count above its period count")  # fmt: skip
def db16() -> Book:
    b, s = book()
    project(s, 2025, "菰塘镇稻虾共作基地两年建设", "芷汀县稻虾产业发展中心",
            multi_year((wan(600), wan(520), wan(80)), (wan(320), wan(280), wan(40))),
            [GOAL16, mk(GOAL16, "D204", "warning", note="年度目标 identical to 中期目标")],
            years=2, attr="新增项目")  # fmt: skip
    indicators(s, HEAD_PERIOD, DB16_ROWS)
    sign(s, "祁雨蒙", "0736-5819034", filled(2024, 12, 6))
    return b


CODE = "41200325T000037"
NAME = "稻虾共作绿色种养技术推广"
DB17_ROWS = [
    ("产出指标", "数量指标", "绿色种养技术推广面积", "≥", 6000, "亩"),
    ("产出指标", "数量指标", "现场观摩培训", "≥", 8, "场"),
    ("产出指标", "质量指标", "推广技术到位率", "≥", pct(0.95), "%"),
    ("产出指标", "时效指标", "技术培训完成时间", "≤", "2025年11月30日", None),
    ("成本指标", "经济成本指标", "亩均技术推广成本", "≤", 250, "元/亩"),
    ("效益指标", "经济效益指标", "推广区亩均增收", "≥", 400, "元"),
    ("效益指标", "社会效益指标", "带动种养户", "≥", 240, "户"),
    ("效益指标", "生态效益指标", "养殖尾水达标排放率", "≥", pct(0.9), "%"),
    ("效益指标", "可持续影响指标", "技术模式稳定应用年限", "≥", 3, "年"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥", pct(0.92), "%"),
]  # fmt: skip


@variant("db17-crayfish-system-export", (7, 1),
         "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on "
         "sheet 部门项目支出绩效目标05-2 under a third-row header, codes in the first columns, "
         "percents typed in Excel (correct)")  # fmt: skip
def db17() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 24, 18, 28, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    unit = ("412003", "芷汀县农业技术推广中心")
    s.row(*unit, CODE, NAME, money(168.5), money(150), money(18.5))
    s.row("合计", None, None, None, money(168.5), money(150), money(18.5))
    s.row("年度绩效目标", None, None, "推广稻虾共作绿色种养技术6000亩，带动种养户240户。")
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 26, 10, 16, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：芷汀县农业技术推广中心")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for r in DB17_ROWS:
        t.row(CODE, NAME, *r)
    return b


DB18_ROWS = [
    ("产出指标", "数量指标", "稻鱼共作示范面积", "≥1500亩"),
    (None, None, "投放鱼苗", "≥30万尾"),
    (None, "质量指标", "鱼苗投放成活率",
     mk(pct(85), "T106", "error", alt=("X103",),
        note="85 typed then formatted as percent: shows 8500%")),
    (None, "成本指标", "鱼沟开挖亩均补助", "≤400元/亩"),
    ("效益指标", "经济效益指标", "示范户亩均增收", "≥650元"),
    (None, "生态效益指标", "稻田农药使用量下降率", "≥12%"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥90%"),
]  # fmt: skip


@variant("db18-fish-conversion-artefacts", (9, 1, 12),
         "project, OLD-NAT, one value column, detail lines below the table: a split number, an "
         "amount pasted twice, 85 formatted as 8500%")  # fmt: skip
def db18() -> Book:
    b, s = book()
    fiscal = mk("85.237 5", "X105", "warning", alt=("X103",), note="read as 85.2375")
    project(s, 2025, "澄泥村稻鱼共作示范", "沅湄县水产技术推广站",
            one_year(wan(120), fiscal, money(34.7625, '0.0000"万元"')),
            ["建设稻鱼共作示范1500亩，投放鱼苗30万尾，示范户亩均增收650元以上。"])  # fmt: skip
    indicators(s, HEAD4, DB18_ROWS)
    s.skip()
    s.row("资金测算明细", "开支内容", "金额（万元）", "测算依据")
    s.row(None, "鱼沟鱼凼开挖", 60, "1500亩×400元/亩")
    twice = mk("40万40万（含运输）", "X106", "error", alt=("B108",), note="read as 40")
    s.row(None, "鱼苗采购", twice, "30万尾，含运输")
    s.row(None, "技术培训与观摩", 20, "培训8期")
    s.row(None, "合计", 120, None)
    note(s, "注：资金测算明细与项目资金总额一致。")
    return b
