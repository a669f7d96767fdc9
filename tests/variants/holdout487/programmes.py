"""Stacked projects, multi-year programmes and system exports: ac13–ac18."""

from __future__ import annotations

from tests.variants.holdout487.common import (
    FISHERY,
    YEAR,
    multi_year,
    note,
    one_year,
    project,
    sign,
    start,
    tiers,
    wan,
)
from tests.variants.holdout487.registry import variant
from tests.variants.kit import Book, Sheet, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def harbour(s: Sheet, total: object, rate: object) -> None:
    """The stacked 蛎岙渔港避风塘清淤 project (no title of its own)."""
    project(s, title="", name="蛎岙渔港避风塘清淤及护岸修复项目", unit="澜屿县渔港管理站",
            dept=FISHERY, funds=one_year(total, wan(180), wan(30)),
            goals=["清淤蛎岙渔港避风塘45000立方米，修复护岸3处，保障渔船避风安全。"])  # fmt: skip
    tiers(s, HEAD, [
        ("产出指标", "数量指标", "避风塘清淤量", "≥45000立方米"),
        (None, None, "修复渔港护岸", "≥3处"),
        (None, "质量指标", "护岸修复工程验收合格率", rate),
        (None, "时效指标", "清淤工程按期完工率", "≥95%"),
        (None, "成本指标", "避风塘清淤单价", "≤40元/立方米"),
        ("效益指标", "社会效益指标", "避风塘可容纳渔船", "≥260艘"),
        (None, "可持续影响指标", "渔港设施日常维护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益渔户满意度", "≥92%"),
    ])  # fmt: skip


def cape(s: Sheet) -> None:
    """The first stacked project: 岬头村海草房修缮."""
    project(s, name="岬头村海草房修缮项目", unit="澜屿县苫澳镇人民政府",
            funds=one_year(wan(120), wan(100), wan(20)),
            goals=["修缮岬头村海草房25栋，保护渔村传统风貌。"])  # fmt: skip
    tiers(s, HEAD, [
        ("产出指标", "数量指标", "修缮海草房", "≥25栋"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%"),
        (None, "时效指标", "修缮工程按期完工率", "≥95%"),
        (None, "成本指标", "单栋海草房修缮补助标准", "≤4万元/栋"),
        ("效益指标", "社会效益指标", "海草房传统风貌保存", "有效保护"),
        ("满意度指标", "服务对象满意度指标", "受益渔户满意度", "≥90%"),
    ])  # fmt: skip


@variant("ac13-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same 满意度 name with "
         "different values in the two projects (correct)")  # fmt: skip
def ac13() -> Book:
    b, s = start()
    cape(s)
    s.skip()
    harbour(s, wan(210), "≥98%")
    sign(s, "车海明", "0631-5548826")
    return b


@variant("ac14-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total does not "
         "add up and its 合格率 is a count")  # fmt: skip
def ac14() -> Book:
    b, s = start()
    cape(s)
    s.skip()
    harbour(
        s,
        mk(wan(220), "B101", "error", note="180 + 30 = 210"),
        mk("3处", "T105", "error", note="a 合格率 given as a count"),
    )
    sign(s, "车海明", "0631-5548826")
    return b


@variant("ac15-three-year-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts below their period, rates "
         "and unit costs equal, a 中期 deadline in 2027 (correct)")  # fmt: skip
def ac15() -> Book:
    b, s = start()
    project(s, name="澜屿县渔村海草房片区保护利用三年行动", unit="澜屿县住房和城乡建设局",
            years=3, attr="新增项目",
            funds=multi_year((wan(450), wan(390), wan(60)), (wan(160), wan(140), wan(20))),
            goals=["2025—2027年修缮渔村海草房85栋，建成营造技艺展示馆3个，形成海草房保护利用长效机制。",
                   "2025年修缮海草房30栋，建成营造技艺展示馆1个。"])  # fmt: skip
    tiers(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "修缮海草房", "≥85栋", "≥30栋"),
        (None, None, "建成海草房营造技艺展示馆", "≥3个", "≥1个"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "修缮任务完成时间", "2027年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单栋海草房修缮补助标准", "≤5万元/栋", "≤5万元/栋"),
        ("效益指标", "社会效益指标", "海草房民宿接待游客", "≥12万人次", "≥3万人次"),
        (None, "可持续影响指标", "海草房村级管护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "修缮户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "于青屿", "0631-5512937")
    return b


@variant("ac16-three-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts and the goal "
         "text copied from 中期 to 年度")  # fmt: skip
def ac16() -> Book:
    b, s = start()
    goal = "三年内修缮苇滩、鸥鸣两片区海草房90栋，整修渔村巷道6公里，传承海草房营造技艺。"
    copied = "a cumulative count copied from the 中期 column"
    project(s, name="苇滩片区渔村海草房修缮三年计划", unit="澜屿县苇滩镇人民政府",
            years=3, attr="新增项目",
            funds=multi_year((wan(480), wan(400), wan(80)), (wan(170), wan(150), wan(20))),
            goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    tiers(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "修缮海草房", "≥90栋", mk("≥90栋", "D202", "warning",
                                                               note=copied)),
        (None, None, "整修渔村巷道", "≥6公里", mk("≥6公里", "D202", "warning", note=copied)),
        (None, None, "营造技艺传习班", "≥9期", "≥3期"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度修缮任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单栋海草房苫顶补助标准", "≤1.8万元/栋", "≤1.8万元/栋"),
        ("效益指标", "社会效益指标", "营造技艺传习学员", "≥270人次", "≥90人次"),
        ("满意度指标", "服务对象满意度指标", "修缮户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "毕远帆", "0631-5563094")
    return b


@variant("ac17-system-export", (7,),
         "budget-system export: money on 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 with project codes in the first columns, header on the "
         "third row, operators in words, a unit column (correct)")  # fmt: skip
def ac17() -> Book:
    b, s = start("部门项目支出预算05-1", (20, 30, 14, 14, 14, 24))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：澜屿县海洋与渔业局", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "实施单位")
    code, name = "371025250100004127", "渔村海草房保护修缮及渔港整治项目"
    s.row(code, name, wan(260), wan(220), wan(40), "澜屿县海洋与渔业局")
    t = b.sheet("部门项目支出绩效目标05-2", (20, 26, 12, 16, 28, 12, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：澜屿县海洋与渔业局", merge=[(1, 8)])
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for line in [
        ("产出指标", "数量指标", "修缮渔村海草房", "大于等于", 40, "栋"),
        ("产出指标", "数量指标", "避风塘清淤量", "大于等于", 1.5, "万立方米"),
        ("产出指标", "质量指标", "修缮工程验收合格率", "大于等于", 98, "%"),
        ("产出指标", "时效指标", "项目按期完工率", "大于等于", 95, "%"),
        ("产出指标", "成本指标", "单栋海草房修缮补助标准", "小于等于", 4.5, "万元/栋"),
        ("效益指标", "社会效益指标", "渔船避风安全事故", "小于等于", 0, "起"),
        ("效益指标", "可持续影响指标", "海草房长效管护覆盖率", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "渔民群众满意度", "大于等于", 90, "%"),
    ]:
        t.row(code, name, *line)
    return b


@variant("ac18-conversion-artefacts", (9,),
         "project, OLD-NAT, one value column, converted from PDF: a total split by a space, the "
         "completion date left as a serial in a text cell")  # fmt: skip
def ac18() -> Book:
    b, s = start()
    split = mk("126.253 5", "X105", "warning", alt=("X103",), note="read as 126.2535")
    serial = mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell")
    project(s, name="鸥鸣岛渔村海草房修缮项目", unit="澜屿县鸥鸣岛管理服务中心", end=serial,
            funds=one_year(split, wan(96.2535), wan(30)),
            goals=["修缮鸥鸣岛渔村海草房30栋，更换海草苫顶4000平方米。"])  # fmt: skip
    tiers(s, HEAD, [
        ("产出指标", "数量指标", "修缮海草房", "≥30栋"),
        (None, None, "更换海草苫顶面积", "≥4000平方米"),
        (None, "质量指标", "修缮工程验收合格率", "≥98%"),
        (None, "时效指标", "修缮工程按期完工率", "≥95%"),
        (None, "成本指标", "单栋海草房修缮补助标准", "≤4万元/栋"),
        ("效益指标", "社会效益指标", "海草房传统风貌保存", "有效保护"),
        ("满意度指标", "服务对象满意度指标", "修缮户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "（本表由PDF转换，金额以批复文件为准）")
    sign(s, "邹潮平", "0631-5527705")
    return b
