"""Returns on gas safety inspection and emergency repair (燃气安全检查, 应急抢修): sz13 to
sz18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout302.common import book, grid, note, one_year, project, sign
from tests.variants.holdout302.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

YJ = "沅汀县住房和城乡建设局（214001）"
CL = "澄岭市住房和城乡建设局（118003）"
WT = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
PTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "sz13-inspection-department",
    (12, 4),
    "department, NAT-2021, budget and tasks adding "
    "up, weight column, subtotal rows, header repeated after a page break (correct)",
)
def sz13() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="沅汀县燃气安全服务中心",
                    budget=[(money(900), money(820), money(80), money(340), money(560))],
                    tasks=[("入户安全检查", "居民及非居民用户燃气安全检查", money(240),
                            "用户安检全覆盖"),
                           ("管网巡检", "中低压燃气管网日常巡检", money(180), "巡检无盲区"),
                           ("应急演练与物资", "燃气事故应急演练和物资储备", money(140),
                            "应急处置有力"),
                           ("金额合计", None, money(560), None)],
                    goal="开展燃气安全检查和管网巡检，及时整改隐患。")  # fmt: skip
    grid(s, WT, [
        ("产出指标", "数量指标", "完成居民用户入户安全检查", "≥52000户", 10),
        (None, None, "完成非居民用户安全检查", "≥3600家", 10),
        (None, None, "巡检中低压燃气管网长度", "≥680公里", 10),
        (None, "质量指标", "入户安检覆盖率", "≥95%", 10),
        (None, "时效指标", "重大隐患整改时限", "≤30日", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    grid(s, WT, [("成本指标", "经济成本指标", "户均入户安检成本", "≤45元/户", 10)])
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.table([
        ("效益指标", "社会效益指标", "较大及以上燃气安全事故", "0起", 10),
        (None, None, "安检发现隐患整改率", "≥95%", 10),
        (None, "可持续影响指标", "燃气用户安全档案建档率", "≥98%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", 10)], merged=(1, 2))
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant(
    "sz14-inspection-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, a 覆盖率 given in 家",
)
def sz14() -> Book:
    b, s = book()
    total = mk(money(860), "B101", "error", row=True, note="基本支出310 + 项目支出520 = 830")
    sum_ = mk(money(520), "B102", "error", note="任务预算200 + 180 + 120 = 500，不是520")
    department_head(s, year=2025, dept="枫埠区燃气安全监督站",
                    budget=[(total, money(800), money(60), money(310), money(520))],
                    tasks=[("燃气安全专项检查", "燃气经营及使用单位专项检查", money(200),
                            "检查对象全覆盖"),
                           ("隐患整改督办", "重大隐患挂牌督办、复查销号", money(180),
                            "隐患按期销号"),
                           ("检查信息系统运维", "燃气安全检查信息系统运维", money(120),
                            "系统稳定运行"),
                           ("金额合计", None, sum_, None)],
                    goal="开展燃气安全专项检查和隐患整改督办，压实企业主体责任。")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "开展燃气安全专项检查", "≥12次"),
        (None, None, "检查燃气经营及使用单位", "≥1500家"),
        (None, "质量指标", "燃气安全检查覆盖率",
         mk("1500家", "T105", "error", note="覆盖率要百分比，填的是家数")),
        (None, "时效指标", "隐患整改督办时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单家单位检查成本", "≤1200元/家"),
        ("效益指标", "社会效益指标", "检查发现隐患整改率", "≥95%"),
        (None, "可持续影响指标", "检查记录信息化录入率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "被检查单位满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "sz15-repair-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a rate raised in 百分点, a response time with ≤ (correct)",
)
def sz15() -> Book:
    b, s = book("绩效目标")
    project(s, 2025, "燃气管网应急抢修能力提升", "澄岭市燃气应急抢修服务中心", CL,
            one_year(480, 420, 60),
            ["购置应急抢修车辆4辆，培训持证抢修人员120人，城区抢修30分钟到场。"])  # fmt: skip
    grid(s, PTS, [
        ("产出指标", 50, "数量指标", "购置燃气应急抢修车辆", "≥4辆", 10),
        (None, None, None, "开展燃气泄漏应急演练", "≥12次", 10),
        (None, None, None, "培训持证抢修人员", "≥120人", 10),
        (None, None, "质量指标", "抢修作业一次修复率", "≥95%", 10),
        (None, None, "时效指标", "城区抢修人员到场时间", "≤30分钟", 10),
        ("成本指标", 10, "经济成本指标", "应急抢修车辆购置单价", "≤80万元/辆", 10),
        ("效益指标", 30, "社会效益指标", "抢修及时率较上年提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "抢修物资储备达标率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "报修用户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "sz16-repair-points-mismatch",
    (10, 1),
    "project, NAT-2021, tier-1 score column: two "
    "tiers whose indicator scores do not add up to them, a typed 102%",
)
def sz16() -> Book:
    b, s = book("绩效目标")
    project(s, 2025, "燃气应急抢修中心运行保障", "沅汀县燃气应急抢修站", YJ,
            one_year(300, 260, 40),
            ["保障燃气应急抢修24小时值守，全年开展抢修应急演练6次。"])  # fmt: skip
    grid(s, PTS, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值10+10+10+15 = 45"),
         "数量指标", "抢修热线24小时值守天数", "≥365天", 10),
        (None, None, None, "开展抢修应急演练", "≥6次", 10),
        (None, None, "质量指标", "抢修作业安全规程执行合格率", "≥98%", 10),
        (None, None, "时效指标", "抢修热线接警响应及时率",
         mk(pct(1.02), "T106", "error", note="及时率显示为102%，超过100%上限"), 15),
        ("成本指标", 10, "经济成本指标", "单次应急演练成本", "≤3万元/次", 10),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值20+15 = 35"),
         "社会效益指标", "燃气泄漏险情处置率", "100%", 20),
        (None, None, "可持续影响指标", "抢修队伍持证上岗率", "100%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "报修群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


def export_budget(s_title: str, b: Book) -> None:
    """Sheet 05-1 of a budget-system export: codes first, the header on the third row."""
    s = b.sheet(s_title, (12, 26, 16, 24, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位名称：澄岭市燃气应急抢修服务中心", None, None, None, "金额单位：万元",
          merge=[(1, 4), (5, 7)])  # fmt: skip
    s.row("单位编码", "单位名称", "项目代码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("318006", "澄岭市燃气应急抢修服务中心", "36010025C0007", "燃气应急抢修物资储备",
          money(186), money(166), money(20))  # fmt: skip
    s.row("合计", None, None, None, money(186), money(166), money(20), merge=[(1, 4)])


@variant(
    "sz17-repair-export",
    (7, 1),
    "budget-system export: 05-1 money sheet, indicators on "
    "a second sheet 05-2 with codes first, header on row 3, typed percents (correct)",
)
def sz17() -> Book:
    b = Book()
    export_budget("部门项目支出预算05-1", b)
    s = b.sheet("部门项目支出绩效目标05-2", (12, 16, 22, 12, 16, 28, 10, 10, 10))
    s.title("2026年部门项目支出绩效目标表", 9)
    s.row("单位名称：澄岭市燃气应急抢修服务中心", merge=[(1, 9)])
    s.row("单位编码", "项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "度量单位")  # fmt: skip
    code = ("318006", "36010025C0007", "燃气应急抢修物资储备")
    for line in [
        ("产出指标", "数量指标", "储备燃气管道抢修夹具", "≥", 300, "套"),
        ("产出指标", "数量指标", "储备防爆检测及通风设备", "≥", 60, "台"),
        ("产出指标", "质量指标", "抢修物资完好率", "≥", pct(0.98), "%"),
        ("产出指标", "时效指标", "消耗物资补充到位时限", "≤", 15, "日"),
        ("成本指标", "经济成本指标", "抢修夹具采购单价", "≤", 3000, "元/套"),
        ("效益指标", "社会效益指标", "抢修物资调拨到场及时率", "≥", pct(0.95), "%"),
        ("效益指标", "可持续影响指标", "物资台账电子化率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "抢修一线班组满意度", "≥", pct(0.9), "%"),
    ]:  # fmt: skip
        s.row(*code, *line)
    return b


@variant(
    "sz18-repair-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below "
    "the table: a split number, an amount pasted twice, a plan date left as a serial",
)
def sz18() -> Book:
    b, s = book()
    total = mk("356.428 5", "X105", "warning", alt=("X103",), note="数字被空格断开，读作356.4285")
    end = mk("46022", "X104", "warning", note="日期序列号存成文本，即2025-12-31")
    project(s, 2025, "燃气应急抢修装备更新", "沅汀县燃气应急抢修站", YJ,
            one_year(total, 300, money(56.4285, "0.0000")),
            ["更新燃气抢修专用车辆2辆、带气封堵设备3套，提升抢修处置能力。"],
            end=end)  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更新燃气抢修专用车辆", "≥2辆"),
        (None, None, "购置带气作业封堵设备", "≥3套"),
        (None, "质量指标", "装备验收合格率", "100%"),
        (None, "时效指标", "装备采购完成时间", "2025年9月30日前"),
        (None, "成本指标", "抢修车辆购置单价", "≤60万元/辆"),
        ("效益指标", "社会效益指标", "城区燃气抢修到场时间", "≤30分钟"),
        (None, "可持续影响指标", "更新装备设计使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "抢修服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    note(s, "资金明细（万元）")
    s.row("明细项目", "金额", "说明")
    s.row("抢修专用车辆", money(120), "2辆")
    s.row("带气封堵设备", mk("86万86万", "X106", "error", alt=("B108",),
                            note="金额重复粘贴两次，读作86"), "3套")  # fmt: skip
    s.row("检测仪器及防护装备", money(150.4285, "0.0000"), "可燃气体检测仪、防护服等")
    s.row("明细合计", money(356.4285, "0.0000"))
    sign(s, "邝立诚", "0739-6613085", day(2024, 12, 10))
    return b
