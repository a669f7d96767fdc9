"""Stacked, department, template and export returns on both halves of the theme: cz13 to cz18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout562.common import head, one_year, sign, start, table, wan
from tests.variants.holdout562.registry import variant
from tests.variants.kit import Book, mk, money

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "cz13-stacked-two",
    (2,),
    "two projects stacked in one sheet (莲田 and 烘干房), OLD-NAT, "
    "one value column, the same satisfaction name with different values (correct)",
)
def stacked_two() -> Book:
    b, s = start()
    head(s, "莲田生态沟渠建设项目", "芙川县水利工作站", one_year(60, 50, 10),
         ["新建莲田生态沟渠8公里，削减莲田尾水氮磷。"])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "新建生态沟渠长度", "≥8公里"),
        (None, "质量指标", "沟渠工程验收合格率", "100%"),
        (None, "时效指标", "沟渠完工时间", "2025年5月31日前"),
        (None, "成本指标", "生态沟渠建设单位成本", "≤6万元/公里"),
        ("效益指标", "生态效益指标", "莲田尾水氮磷削减率", "≥20%"),
        (None, "社会效益指标", "受益莲田面积", "≥1500亩"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    head(s, "莲子冷库及烘干房维修项目", "芙川县莲业发展中心", one_year(35, 35, 0),
         ["维修烘干房6间，新增冷库库容200立方米。"], title="")  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "维修莲子烘干房", "≥6间"),
        (None, None, "新增冷库库容", "≥200立方米"),
        (None, "质量指标", "维修工程验收合格率", "100%"),
        (None, "时效指标", "维修完成时间", "2025年6月15日前"),
        (None, "成本指标", "烘干房维修单位成本", "≤4万元/间"),
        ("效益指标", "经济效益指标", "莲子仓储损耗率", "≤2%"),
        (None, "社会效益指标", "服务白莲合作社", "≥9家"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "莫清涟", "0796-3520461")
    return b


@variant(
    "cz14-stacked-defects",
    (2, 11, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "a 反向 rate with ≥ in the first, the second project's money not adding up",
)
def stacked_defects() -> Book:
    b, s = start()
    head(s, "莲田机械化采收示范项目", "芙川县农机服务中心", one_year(70, 60, 10),
         ["推广莲子采收机10台，示范机械化采收800亩。"])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "推广莲子采收机", "≥10台"),
        (None, None, "机械化采收示范面积", "≥800亩"),
        (None, "质量指标", "采收莲子霉变率",
         mk("≥3%", "T108", "warning", row=True, note="反向 rate with ≥")),
        (None, "时效指标", "购机补贴发放时间", "2025年10月31日前"),
        (None, "成本指标", "采收机购置补贴标准", "≤5万元/台"),
        ("效益指标", "经济效益指标", "采收人工成本下降率", "≥30%"),
        (None, "社会效益指标", "受益莲农户数", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "莲农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(48), "B101", "error", row=True, note="40 + 6 = 46, not 48")
    head(s, "莲子烘干车间消防改造项目", "芙川县莲业发展中心", one_year(total, 40, 6),
         ["完成5家烘干车间消防改造，消除火灾隐患。"], title="")  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "消防改造烘干车间", "≥5家"),
        (None, "质量指标", "消防验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "2025年7月31日前"),
        (None, "成本指标", "单个车间改造成本", "≤8万元/家"),
        ("效益指标", "社会效益指标", "烘干车间火灾事故", "≤0起"),
        (None, "可持续影响指标", "车间消防安全管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "车间经营主体满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫清涟", "0796-3520461")
    return b


@variant(
    "cz15-department-money",
    (12,),
    "department, NAT-2021, budget and key tasks with a "
    "金额合计 equal to 项目支出, unit costs within their tasks (correct)",
)
def department_money() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="芙川县白莲产业发展中心",
                    budget=[(wan(500), wan(420), wan(80), wan(300), wan(200))],
                    tasks=[("白莲良种繁育", "繁育良种莲苗60万株", wan(80), "良种覆盖扩大"),
                           ("莲子烘干技术推广", "推广热泵烘干设备25台", wan(70), "烘干品质提升"),
                           ("白莲品牌建设", "举办品牌推介会3场", wan(50), "品牌影响力提升"),
                           ("金额合计", None, wan(200), None)],
                    goal="繁育推广白莲良种，推广热泵烘干，建设白莲区域公用品牌。")  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "繁育良种莲苗", "≥60万株"),
        (None, None, "推广热泵烘干设备", "≥25台"),
        (None, None, "举办白莲品牌推介会", "≥3场"),
        (None, "质量指标", "良种纯度", "≥98%"),
        (None, None, "烘干莲子抽检合格率", "≥96%"),
        (None, "时效指标", "良种发放时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "良种繁育单位成本", "≤1.2元/株"),
        (None, None, "热泵烘干设备补助标准", "≤2.5万元/台"),
        ("效益指标", "经济效益指标", "白莲产业综合产值增长率", "≥8%"),
        (None, "社会效益指标", "带动莲农户数", "≥1200户"),
        (None, "可持续影响指标", "品牌授权管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "莲农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "cz16-department-money-wrong",
    (12, 6),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, a template tier-2 left empty",
)
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(500), "B101", "error", row=True, note="320 + 200 = 520, not 500")
    department_head(s, year=2025, dept="芙川县泽阳镇农业综合服务中心",
                    budget=[(total, wan(420), wan(80), wan(320), wan(200))],
                    tasks=[("莲田清淤", "清淤莲田1200亩", wan(90), "莲田蓄水能力恢复"),
                           ("晾晒场修缮", "修缮莲子晾晒场5个", wan(60), "晾晒条件改善"),
                           ("莲子烘干补助", "补助烘干车间运行", wan(40), "减少霉变损失"),
                           ("金额合计", None, mk(wan(200), "B102", "error",
                                                note="90 + 60 + 40 = 190"), None)],
                    goal="完成莲田清淤和晾晒场修缮，保障莲子采收烘干。")  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "清淤莲田面积", "≥1200亩"),
        (None, None, "修缮莲子晾晒场", "≥5个"),
        (None, "质量指标", "清淤工程验收合格率", "100%"),
        (None, "时效指标", "清淤完成时间", "2025年3月31日前"),
        ("成本指标", "经济成本指标", "莲田清淤单位成本", "≤700元/亩"),
        ("效益指标", "经济效益指标", "莲子亩产增长率", "≥6%"),
        (None, "社会效益指标", "受益莲农户数", "≥600户"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator"), None, None),
        ("满意度指标", "服务对象满意度指标", "莲农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "cz17-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标 and a unit column: "
    "a value without a name, a template tier-2 left empty, a unit conflict",
)
def template_rows() -> Book:
    b, s = start()
    head(s, "白莲种植技术服务项目", "芙川县农业技术推广中心", one_year(30, 30, 0),
         ["开展莲农技术培训600人次，统防统治莲田病虫害2000亩。"])  # fmt: skip
    unit = mk("≥2000亩", "T112", "error", row=True, note="亩 in the value, 公顷 in the column")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标", "计量单位"), [
        ("产出指标", "数量指标", "莲农技术培训", "≥600", "人次"),
        (None, None, mk(None, "F110", "error", note="a value with no name"), "≥40", "场"),
        (None, None, "莲田病虫害统防统治面积", unit, "公顷"),
        (None, "质量指标", "培训考核合格率", "≥90", "%"),
        (None, "时效指标", "培训完成时间", "2025年6月30日前", None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤300", "元/人次"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator"), None, None, None),
        ("效益指标", "经济效益指标", "莲子亩均增收", "≥200", "元/亩"),
        (None, "社会效益指标", "技术服务覆盖户数", "≥800", "户"),
        ("满意度指标", "服务对象满意度指标", "参训莲农满意度", "≥90", "%"),
    ])  # fmt: skip
    sign(s, "韦秋棠", "0796-3527705")
    return b


@variant(
    "cz18-export-points",
    (7, 10),
    "budget-system export: money on 部门项目支出预算05-1, "
    "the table on 部门项目支出绩效目标05-2 under codes, header on the third row, tier-1 and "
    "indicator scores both totalling 100, a rate raised in 百分点 (correct)",
)
def export_points() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 16, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位代码", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("217003", "361124250017", "白莲加工园区烘干中心运营补助", money(90), money(75),
          money(15))  # fmt: skip
    s.row("合计", None, None, money(90), money(75), money(15))
    s.row("年度绩效目标", None, "保障烘干中心采收季运营，烘干鲜莲子3000吨。", merge=[(3, 6)])
    t = b.sheet("部门项目支出绩效目标05-2", (10, 14, 14, 8, 18, 26, 16, 8))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：芙川县白莲加工园区服务中心")
    code = ("217003", "361124250017")
    table(t, ("单位代码", "项目代码", "一级指标", "一级指标分值", "二级指标", "三级指标",
              "指标值", "指标分值"), [
        (*code, "产出指标", 40, "数量指标", "烘干鲜莲子量", "≥3000吨", 15),
        (*code, None, None, None, "烘干中心运营天数", "≥120天", 10),
        (*code, None, None, "质量指标", "烘干莲子抽检合格率", "≥97%", 10),
        (*code, None, None, "时效指标", "烘干款结算周期", "≤7个工作日", 5),
        (*code, "成本指标", 20, "经济成本指标", "每吨烘干运营补助", "≤250元/吨", 15),
        (*code, None, None, "生态环境成本指标", "烘干废水超标排放", "≤0次", 5),
        (*code, "效益指标", 30, "经济效益指标", "莲子一级品率", "提高≥4百分点", 10),
        (*code, None, None, "社会效益指标", "服务莲农户数", "≥900户", 10),
        (*code, None, None, "可持续影响指标", "烘干中心连续运营年限", "≥3年", 10),
        (*code, "满意度指标", 10, "服务对象满意度指标", "送烘莲农满意度", "≥90%", 10),
    ], merged=(3, 4, 5))  # fmt: skip
    t.row("合计", None, None, 100, None, None, None, 100)
    return b
