"""Department budgets, stacked projects, a budget-system export and notes around the table."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout469.common import (
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout469.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


def _tasks(a: float, b: float, c: float, total: object) -> list[tuple[object, ...]]:
    return [("星空观测设施维护", "设备检修与更新", wan(a), "设施完好"),
            ("夜间巡护与光源排查", "巡护、排查与整改", wan(b), "无新增违规光源"),
            ("暗夜科普研学", "研学与讲座", wan(c), "受众扩大"),
            ("金额合计", None, wan(total), None)]  # fmt: skip


@variant("zk13-department-notes", (12, 4),
         "department, NAT-2021: budget and key tasks adding up, a 注 row inside the table, "
         "footnotes explaining the 金额合计, 填表说明, signature lines (correct)")  # fmt: skip
def zk13() -> Book:
    b, s = start(widths=(18, 22, 30, 16, 16, 16))
    department_head(s, year=2025, dept="鹭汀县墨坪暗夜公园管理中心",
                    budget=[(wan(536.8), wan(500), wan(36.8), wan(316.8), wan(220))],
                    tasks=_tasks(90, 75.5, 54.5, 220),
                    goal="维护观测设施，全年无新增违规光源，扩大暗夜科普受众。")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "单场科普研学活动成本", "≤0.9万元"),
        ("产出指标", "数量指标", "暗夜科普研学活动场次", "≥60场"),
        (None, None, "夜间巡护次数", "≥150次"),
        (None, "质量指标", "观测设施完好率", "≥95%"),
        (None, "时效指标", "光源排查问题整改时限", "≤15个工作日"),
    ])  # fmt: skip
    notes(s, ["注：夜间巡护按每周3次、全年50周计。"])
    s.table([
        ("效益指标", "社会效益指标", "暗夜科普受众人次", "≥6000人次"),
        (None, "生态效益指标", "核心区夜空质量达标夜数占比", "≥80%"),
        (None, "可持续影响指标", "暗夜保护管理制度执行", "有效"),
        ("满意度指标", "服务对象满意度指标", "研学师生满意度", "≥92%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.金额合计为项目支出220万元，不含基本支出316.8万元。",
              "2.指标值中“≥”表示不低于，“≤”表示不高于。",
              "填表说明：指标值须为可考核的数值或等级，不得填写工作内容。"])  # fmt: skip
    signature(s, "石妍", "0573-6628419", day(2024, 11, 25))
    return b


@variant("zk14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to "
         "金额合计")  # fmt: skip
def zk14() -> Book:
    b, s = start(widths=(18, 22, 30, 16, 16, 16))
    total = mk(wan(742.6), "B101", "error", note="420.6 + 312 = 732.6 ≠ 742.6")
    sum_ = mk(wan(312), "B102", "error", note="120 + 96 + 86 = 302 ≠ 312")
    department_head(s, year=2025, dept="澄穹市暗夜星空保护中心",
                    budget=[(total, wan(700), wan(42.6), wan(420.6), wan(312))],
                    tasks=_tasks(120, 96, 86, sum_),
                    goal="保障暗夜保护区日常运行，完成光源排查整改和科普研学任务。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "保护区夜间巡护次数", "≥200次"),
        (None, None, "暗夜科普研学活动场次", "≥80场"),
        (None, "质量指标", "违规光源整改合格率", "≥95%"),
        (None, "时效指标", "巡护问题处置时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单场研学活动成本", "≤1万元"),
        ("效益指标", "社会效益指标", "科普研学受众人次", "≥9000人次"),
        (None, "生态效益指标", "保护区夜空质量达标夜数占比", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "研学师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _walkway(s: Sheet, title: str | None, fiscal: object, end: object) -> None:
    project_head(s, year=2025, title=title, name="鹭汀县暗夜公园星空步道照明改造",
                 dept="鹭汀县文化和旅游局（127）", unit="鹭汀县墨坪暗夜公园管理中心",
                 money=one_year(96.45, fiscal, 10), end=end,
                 goals=["将星空步道照明改为低位遮光灯具，夜间保持步道通行安全。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "步道低位遮光灯具安装数", "≥180套"),
        (None, "质量指标", "改造灯具验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年5月31日前"),
        (None, "成本指标", "单套灯具采购安装成本", "≤0.45万元"),
        ("效益指标", "社会效益指标", "步道夜间通行游客人次", "≥20000人次"),
        (None, "生态效益指标", "步道上空溢散光减少比例", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip


def _visitor_centre(s: Sheet, total: object) -> None:
    s.skip()
    project_head(s, year=2025, title="", name="鹭汀县暗夜公园游客中心光源替换",
                 dept="鹭汀县文化和旅游局（127）", unit="鹭汀县墨坪暗夜公园管理中心",
                 money=one_year(total, 60, 10),
                 goals=["将游客中心及停车场光源替换为3000K以下低色温光源。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "替换低色温光源数量", "≥260盏"),
        (None, "质量指标", "改造灯具验收合格率", "≥98%"),
        (None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, "成本指标", "单盏光源替换成本", "≤0.2万元"),
        ("效益指标", "社会效益指标", "游客中心夜间开放天数", "≥200天"),
        (None, "生态效益指标", "低色温光源占比", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥92%"),
    ])  # fmt: skip


@variant("zk15-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator "
         "names (改造灯具验收合格率, 游客满意度) with other values in each (correct)")  # fmt: skip
def zk15() -> Book:
    b, s = start()
    _walkway(s, None, 86.45, None)
    _visitor_centre(s, 70)
    return b


@variant("zk16-stacked-artefacts", (2, 9, 12),
         "two projects stacked, OLD-NAT: the first one's 财政拨款 split by a space and its end "
         "date a serial in a text cell, the second one's total ≠ 财政拨款 + 其他资金")  # fmt: skip
def zk16() -> Book:
    b, s = start()
    split = mk("86.4 5", "X105", "warning", alt=("X103",), note="86.45 split by a space")
    serial = mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell")
    _walkway(s, None, split, serial)
    _visitor_centre(s, mk(wan(75), "B101", "error", note="60 + 10 = 70 ≠ 75"))
    return b


EXPORT = ("单位代码", "项目代码", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "度量单位")  # fmt: skip


@variant("zk17-system-export", (4, 7, 12),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 with codes in the first columns, header on the third row "
         "and repeated after a page break, 注 under the table (correct)")  # fmt: skip
def zk17() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 36, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：霁岭县自然资源局", None, None, None, None, "单位：万元")
    s.row("单位代码", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code, proj = "507001", "52250025T000001843"
    s.row(code, proj, "霁岭暗夜公园光环境巡查整治", money(128, WAN), money(120, WAN),
          money(8, WAN))  # fmt: skip
    s.row("合计", None, None, money(128, WAN), money(120, WAN), money(8, WAN))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 20, 12, 18, 30, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：霁岭县自然资源局", None, None, None, "项目名称：霁岭暗夜公园光环境巡查整治")
    rows = [
        ("产出指标", "数量指标", "暗夜公园光环境巡查次数", "≥", 48, "次"),
        ("产出指标", "数量指标", "违规照明整改点位数", "≥", 60, "个"),
        ("产出指标", "质量指标", "整改点位复查合格率", "≥", 95, "%"),
        ("产出指标", "时效指标", "巡查问题整改时限", "≤", 20, "个工作日"),
        ("产出指标", "成本指标", "单个点位整改成本", "≤", 1.2, "万元"),
        ("效益指标", "社会效益指标", "暗夜公园访客人次", "≥", 15000, "人次"),
        ("效益指标", "生态效益指标", "核心区夜空亮度达标率", "≥", 90, "%"),
        ("效益指标", "可持续影响指标", "光环境巡查长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "访客满意度", "≥", 90, "%"),
    ]
    t.row(*EXPORT)
    for i, line in enumerate(rows):
        if i == 5:
            t.row(*EXPORT)  # the header printed again after the page break
        t.row(code, proj, *line)
    notes(t, ["注：本表由预算管理一体化系统导出，指标值与度量单位分列。"], width=8)
    return b


@variant("zk18-notes-and-defects", (4, 1),
         "project, OLD-NAT, one value column; a 说明 row inside the table, 填表说明 and a "
         "signature below; a 合格率 above 100 % and a completion date given as 100%")  # fmt: skip
def zk18() -> Book:
    b, s = start()
    project_head(s, year=2025, name="霁岭镇夜间景观照明暗夜友好改造",
                 dept="霁岭镇人民政府（093）", unit="霁岭镇村镇建设服务中心",
                 money=one_year(64, 54, 10),
                 goals=["更换暗夜友好型灯具，设置景观照明关停时段，减少镇区光侵扰。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "暗夜友好型灯具更换数", "≥320盏"),
        (None, None, "设置关停时段的景观照明点位", "≥40处"),
        (None, "质量指标", "灯具防眩光改造验收合格率",
         mk("≥102%", "T106", "error", note="a capped 合格率 above 100 %")),
        (None, None, "改造灯具色温达标率", "=100%"),
        (None, "时效指标", "改造工程完工时间",
         mk("100%", "T113", "warning", note="a completion date given as a percentage")),
        (None, "成本指标", "单盏灯具更换成本", "≤0.15万元"),
    ])  # fmt: skip
    notes(s, ["说明：色温不高于3000K的灯具视为色温达标。"])
    s.table([
        ("效益指标", "社会效益指标", "镇区夜间光侵扰投诉下降率", "≥50%"),
        (None, "生态效益指标", "镇区向上溢散光减少比例", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "镇区居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["填表说明：1.指标值应含比较符和计量单位；2.定性指标填写等级。"])
    signature(s, "郁川", "0571-8830562", day(2024, 12, 3))
    return b
