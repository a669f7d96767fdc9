"""The juice and preserved-fruit workshop and the rain-shelter upkeep: header words, department
returns with tasks, budget-system exports, flat lists and a one-year project."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout685.common import (
    FRUIT,
    WORKSHOP,
    book,
    indicators,
    period_funds,
    sign,
    wan,
)
from tests.variants.holdout685.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

EXPORT_HEAD = ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
               "指标性质", "指标值", "度量单位")  # fmt: skip


@variant("hs13-juice-line-words", (5, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, tier labels numbered, marked (★, *) and "
         "abbreviated, =100% kept as text (correct)")  # fmt: skip
def hs13() -> Book:
    b, s = book()
    project_head(s, year=2025, name="杨梅原汁灌装线改造项目", dept="南箬县供销合作社",
                 unit=WORKSHOP, money=[("年度资金总额", wan(85), "其中：财政拨款", wan(70)),
                                       (None, None, "其他资金", wan(15))],
                 goals=["改造杨梅原汁灌装线1条，日灌装能力达到8吨，"
                        "产品抽检全部合格。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("一、产出指标", "（一）数量", "改造灌装线", "1条"),
        (None, None, "灌装线日灌装能力", "≥8吨"),
        (None, "（二）质量", "★杨梅原汁抽检合格率", "=100%"),
        (None, "（三）时效", "改造完成时间", "2025年4月30日前"),
        (None, "（四）成本", "灌装线改造成本", "≤85万元"),
        ("二、效益指标", "1.经济效益", "杨梅原汁销售收入", "≥320万元"),
        (None, "2.社会效益", "带动果农鲜果销售", "≥400户"),
        ("*三、满意度指标", "服务对象满意度", "收购果农满意度", "≥90%"),
    ], label="绩效指标（年度）")  # fmt: skip
    return b


@variant("hs14-workshop-tasks-wrong", (12, 4),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's tonnage against the "
         "indicator, one indicator twice with a word more")  # fmt: skip
def hs14() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept=WORKSHOP,
                    budget=[(wan(380), wan(350), wan(30), wan(235), wan(145))],
                    tasks=[("杨梅汁加工", "收购鲜果、压榨灌装", wan(60), "产品合格"),
                           ("枇杷膏与蜜饯加工", "熬制、糖渍、包装", wan(45), "产品合格"),
                           ("冷库运行", "鲜果预冷与成品冷藏", wan(30), "损耗下降"),
                           ("金额合计", None, mk(wan(145), "B102", "error",
                                                 note="60 + 45 + 30 = 135 ≠ 145"), None)],
                    goal="全年加工杨梅、枇杷鲜果300吨，产品抽检全部合格。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标",
         mk("鲜果加工量", "D104", "warning", row=True, note="年度总体目标写300吨，指标250吨"),
         "≥250吨"),
        (None, "质量指标", "蜜饯产品抽检合格率", "≥98%"),
        (None, None, mk("蜜饯产品批次抽检合格率", "D103", "warning", row=True, alt=("D101",),
                        note="与上一行是同一指标，多了“批次”二字"), "≥98%"),
        (None, "时效指标", "鲜果收购后加工时限", "≤24小时"),
        ("成本指标", "经济成本指标", "鲜果加工成本", "≤0.35万元/吨"),
        ("效益指标", "经济效益指标", "加工产品销售收入", "≥900万元"),
        ("满意度指标", "服务对象满意度指标", "收购果农满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    return b


def _export(b: Book, year: int, rows: Sequence[Sequence[Any]]) -> Sheet:
    """The 05-2 sheet of a budget-system export: title, unit line, header on the third row."""
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 26, 10, 12, 24, 8, 10, 8))
    t.title(f"{year}年部门项目支出绩效目标表", 9)
    t.row(f"单位：{FRUIT}", None, None, None, None, None, None, "金额单位：万元")
    t.row(*EXPORT_HEAD)
    t.table(rows, merged=(1, 2, 3, 4, 5))
    return t


def _budget(b: Book, year: int, lines: Sequence[Sequence[Any]]) -> None:
    s = b.sheet("部门项目支出预算05-1", (14, 24, 12, 12, 12))
    s.title(f"{year}年部门项目支出预算表", 5)
    s.row(f"单位：{FRUIT}", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    for line in lines:
        s.row(*line)


@variant("hs15-export-shelters", (7, 1),
         "budget-system export: sheets 05-1 and 05-2, codes in the first columns, header on the "
         "third row, operator and unit columns, typed percents (correct)")  # fmt: skip
def hs15() -> Book:
    b = Book()
    _budget(b, 2025, [("331001250001", "杨梅避雨棚棚膜更换", wan(36), wan(36), wan(0)),
                      ("331001250002", "枇杷采摘园步道养护", wan(18), wan(15), wan(3)),
                      ("合计", None, wan(54), wan(51), wan(3))])  # fmt: skip
    g1 = "更换杨梅避雨棚棚膜200亩，采摘季前完成。"
    g2 = "养护枇杷采摘园步道4公里，保障自采游客通行安全。"
    _export(b, 2025, [
        ("331001250001", "杨梅避雨棚棚膜更换", g1, "产出指标", "数量指标", "棚膜更换面积", "≥",
         200, "亩"),
        (None, None, None, None, "质量指标", "棚膜验收合格率", "≥", pct(0.95), "%"),
        (None, None, None, None, "时效指标", "棚膜更换完成时间", "≤", "2025年5月20日", None),
        (None, None, None, "成本指标", "经济成本指标", "棚膜更换标准", "≤", 0.18, "万元/亩"),
        (None, None, None, "效益指标", "经济效益指标", "雨季裂果下降率", "≥", pct(0.25), "%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "果农满意度", "≥", pct(0.9), "%"),
        ("331001250002", "枇杷采摘园步道养护", g2, "产出指标", "数量指标", "步道养护长度", "≥", 4,
         "公里"),
        (None, None, None, None, "时效指标", "养护完成时间", "≤", "2025年4月15日", None),
        (None, None, None, "成本指标", "经济成本指标", "步道养护标准", "≤", 4.5, "万元/公里"),
        (None, None, None, "效益指标", "社会效益指标", "步道游客摔伤事故", "=", 0, "起"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("hs16-flat-products-wrong", (3,),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 权重): weights adding to 95, the "
         "same rate twice with different values")  # fmt: skip
def hs16() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept=WORKSHOP,
        budget=[(wan(260), wan(240), wan(20), wan(170), wan(90))],
        goal="加工杨梅汁、杨梅干和枇杷膏，产品抽检合格，带动果农增收。",
    )
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("杨梅汁产量", "≥60", "吨", 15),
        ("杨梅干与枇杷膏产量", "≥18", "吨", 15),
        ("杨梅汁产品抽检合格率", "≥98", "%", 15),
        ("鲜果收购后加工时限", "≤24", "小时", 10),
        ("鲜果收购带动果农", "≥300", "户", 15),
        ("杨梅汁产品抽检合格率", mk("≥95", "D102", "error", row=True,
                                     note="与上面同名指标的≥98%矛盾"), "%", 10),
        ("收购果农满意度", "≥90", "%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, 95)
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


@variant("hs17-preserves-one-year", (8, 11, 1),
         "one-year project with 中期 and 年度 columns legitimately equal, word operators, typed "
         "percents, a 反向 rate with 不高于 (correct)")  # fmt: skip
def hs17() -> Book:
    b, s = book()
    goal = "建成枇杷膏、杨梅干小批量加工间一处，全年加工果品12吨，产品抽检全部合格。"
    project_head(s, year=2025, name="果品蜜饯加工间建设项目", dept="南箬县供销合作社",
                 unit=WORKSHOP, money=period_funds(wan(58), wan(58), wan(50), wan(8)),
                 goals=[goal, goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "蜜饯果品加工量", "不少于12吨", "不少于12吨"),
        (None, "质量指标", "产品抽检合格率", pct(1), pct(1)),
        (None, None, "成品霉变率", "不高于1%", "不高于1%"),
        (None, "时效指标", "加工间投用时间", "2025年3月31日前", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "加工间建设成本", "不超过58万元", "不超过58万元"),
        ("效益指标", "经济效益指标", "次果增值收入", "不少于40万元", "不少于40万元"),
        ("满意度指标", "服务对象满意度指标", "供果农户满意度", pct(0.92), pct(0.92)),
    ])  # fmt: skip
    sign(s, 2025, "骆青禾", "0576-8839 5061")
    return b


@variant("hs18-export-leftovers", (7, 4),
         "budget-system export, codes in the first columns: last year's goal text, the same area "
         "twice under 数量 with different values")  # fmt: skip
def hs18() -> Book:
    b = Book()
    _budget(b, 2025, [("331001250007", "避雨棚年度维护", wan(40), wan(40), wan(0))])
    g = mk("2024年度完成枇杷、杨梅避雨棚维护200亩，棚膜破损及时修补。", "Y103", "warning",
           alt=("Y101",), note="2025年的表里仍是上一年度的目标")  # fmt: skip
    _export(b, 2025, [
        ("331001250007", "避雨棚年度维护", g, "产出指标", "数量指标", "避雨棚棚膜更换面积", "≥",
         200, "亩"),
        (None, None, None, None, None,
         mk("棚膜更换面积", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与上一行是同一指标，面积却不同"), "≥", 180, "亩"),
        (None, None, None, None, "质量指标", "维护验收合格率", "≥", pct(0.95), "%"),
        (None, None, None, None, "时效指标", "破损修补时限", "≤", 3, "个工作日"),
        (None, None, None, "成本指标", "经济成本指标", "棚膜更换标准", "≤", 0.2, "万元/亩"),
        (None, None, None, "效益指标", "可持续影响指标", "避雨棚完好率", "≥", pct(0.95), "%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "果农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
