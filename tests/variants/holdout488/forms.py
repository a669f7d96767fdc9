"""Returns ad13–ad18: township forms, system exports and template leftovers."""

from __future__ import annotations

from tests.variants.holdout488.common import (
    YEAR,
    book,
    department,
    indicators,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout488.registry import variant
from tests.variants.kit import Book, mk, pct

GOAL = "组织护边员巡查辖区界碑界桩，按月发放补助，边境秩序稳定。"


@variant("ad13-flat-township", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, 0 incidents, weights adding to 100 (correct)")  # fmt: skip
def ad13() -> Book:
    b, s = book()
    department(s, "雁回乡人民政府",
               [(wan(180), wan(150), wan(30), wan(95), wan(85))], GOAL)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("巡边护边员人数", 15, "人", "≥", 28),
        ("界碑巡查次数", 20, "次", "≥", 1300),
        ("巡查记录完整率", 15, "%", "≥", pct(0.95)),
        ("边境涉稳事件发生数", 10, "起", "≤", 0),
        ("护边员月补助标准", 15, "元/人·月", "≤", 1500),
        ("越界事件下降率", 10, "%", "≥", pct(0.15)),
        ("边民满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("ad14-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def ad14() -> Book:
    b, s = book()
    department(s, "鹰嘴岭乡人民政府",
               [(wan(160), wan(140), wan(20), wan(88), wan(72))], GOAL)  # fmt: skip
    b.file_mark("W101", "error", note="权重 20 + 15 + 15 + 15 + 15 + 15 = 95，应为 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("巡边护边员人数", "≥24人", "正向", "人", 20),
        ("界碑巡查覆盖率", mk("≥126块", "T112", "error", alt=("T105",),
                               note="值的单位“块”与计量单位“%”不符，覆盖率应为百分比"),
         "正向", "%", 15),
        ("越界事件漏报率", mk("≥2%", "T108", "warning", row=True,
                               note="反向的漏报率写成 ≥，应为 ≤"), "反向", "%", 15),
        ("护边员月补助标准", "≤1500元/人·月", "反向", "元/人·月", 15),
        ("补助发放及时率", "≥98%", "正向", "%", 15),
        ("边民满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant("ad15-system-export", (5, 7),
         "budget-system export, OLD-NAT: money on sheet 05-1, indicators on sheet 05-2 under "
         "a third-row header with 绩效目标值, codes in the first columns, labels with ★, * and "
         "abbreviations (correct)")  # fmt: skip
def ad15() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 26, 14, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    code, name = "427031250018", "护边员界碑巡护补助"
    s.row(code, name, wan(62.4), wan(58), wan(4.4), "1年")
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 14, 16, 28, 16))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    t.row("单位：砾原县边境事务管理局", None, None, None, "单位：万元")
    rows = [
        ("★产出指标", "*数量指标", "巡护界碑（界桩）数", "≥96块"),
        (None, "质量", "巡查记录合格率", "≥95%"),
        (None, "时效", "界碑损毁报告时限", "≤24小时"),
        (None, "成本指标", "护边员月补助标准", "≤1600元/人·月"),
        ("★效益指标", "社会效益", "界碑完好率", "≥98%"),
        (None, "可持续影响", "护边员队伍稳定率", "≥90%"),
        ("*满意度指标", "服务对象满意度", "边民满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值"),
               [(code, name, *r) for r in rows], merged=(3, 4))  # fmt: skip
    return b


@variant("ad16-numbered-wrong-parent", (5, 7),
         "project, NAT-2021, numbered labels, headers 考核指标 and 目标值（年度） with a 评价标准 "
         "column: 时效指标 under 效益指标, a satisfaction rate written =95%")  # fmt: skip
def ad16() -> Book:
    b, s = book()
    project(s, "北坨镇界碑巡护", "北坨镇人民政府", one_year(wan(32.4), wan(30), wan(2.4)),
            ["组织15名护边员巡护辖区48块界碑。"])  # fmt: skip
    full = "完成得满分，未完成按比例扣分"
    wrong = mk("（二）时效指标", "F105", "error", note="时效指标属产出指标，不在效益指标之下")
    eq = mk("=95%", "T107", "warning", note="满意度写成“=”，应为 ≥95%")
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("一、产出指标", "（一）数量指标", "巡护界碑数", "≥48块", full),
        (None, "（二）质量指标", "巡查记录合格率", "≥95%", full),
        ("二、成本指标", "（一）经济成本指标", "护边员月补助标准", "≤1800元/人·月", full),
        ("三、效益指标", "（一）社会效益指标", "界碑完好率", "≥98%", full),
        (None, wrong, "损毁报告时限", "≤24小时", full),
        ("四、满意度指标", "（一）服务对象满意度指标", "边民满意度", eq, full),
    ])  # fmt: skip
    return b


@variant("ad17-second-sheet-notes", (4, 7),
         "project: head on the first sheet, indicators on a second sheet under 预期实现值, a 注 "
         "row between tiers, the header repeated after a page break, 填表说明 and signature "
         "lines (correct)")  # fmt: skip
def ad17() -> Book:
    b, s = book("基本信息")
    project(s, "界碑界桩巡护信息化", "砾原县边境管理服务中心",
            one_year(wan(27.5), wan(25), wan(2.5)),
            ["为40名护边员配发巡护终端，界碑巡查记录全部上传县边境管理平台。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, head, [
        ("产出指标", "数量指标", "配发巡护终端", "≥40台"),
        (None, None, "接入平台界碑数", "≥142块"),
        (None, "质量指标", "巡查记录上传率", "≥95%"),
        (None, "时效指标", "终端配发完成时间", "2025年4月30日前"),
        (None, "成本指标", "单台终端购置成本", "≤5000元/台"),
    ])  # fmt: skip
    notes(t, "注：界碑编号以县边境管理档案为准。", width=4)
    t.skip()
    indicators(t, head, [
        ("效益指标", "社会效益指标", "界碑异常发现时间缩短率", "≥30%"),
        (None, "可持续影响指标", "终端设计使用年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "护边员满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：1.三级指标由实施单位填写；2.预期实现值须含比较符和计量单位。", width=4)
    sign(t, "邝文澜", "0917-6234706")
    t.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


@variant("ad18-template-leftovers", (6, 13),
         "project, NAT-2021, header 预期目标: a 时效指标 row left from the template with no "
         "indicator, a value typed without its indicator name")  # fmt: skip
def ad18() -> Book:
    b, s = book()
    project(s, "霍坝乡护边员巡边装备补助", "霍坝乡人民政府", one_year(wan(10.5), wan(10), wan(0.5)),
            ["为30名护边员配齐巡边装备。"])  # fmt: skip
    empty = mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，无指标无值")
    noname = mk(None, "F110", "error", note="填了 ≥95% 却没有三级指标名称")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "配齐装备护边员人数", "≥30人"),
        (None, "质量指标", noname, "≥95%"),
        (None, empty, None, None),
        ("成本指标", "经济成本指标", "人均装备补助", "≤3500元/人"),
        ("效益指标", "社会效益指标", "夜间巡边覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "护边员满意度", "≥90%"),
    ])  # fmt: skip
    return b
