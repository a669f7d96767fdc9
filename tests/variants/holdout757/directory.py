"""Returns kcm07–kcm12: the business-registry update (基本单位名录库) of 禾埠市 and 澄岭县."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout757.common import (
    TIERS,
    book,
    indicators,
    notes,
    sign_off,
    wan,
    year_money,
)
from tests.variants.holdout757.registry import variant
from tests.variants.kit import Book, day, mk, pct

CITY = "禾埠市统计局"
DEPT_CL = "澄岭县统计局 118003"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kcm07-department-registry",
    (12, 1),
    "department, NAT-2021: budget and key tasks "
    "adding up, goal count with its new units in brackets, typed percent cells (correct)",
)
def department_registry() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept=CITY,
                    budget=[(wan(620), wan(600), wan(20), wan(380), wan(240))],
                    tasks=[("名录库年度更新", "核实新增、变更、注销单位信息", wan(90),
                            "名录库信息准确、完整"),
                           ("统计执法检查", "双随机抽查与案件查处", wan(60), "依法统计"),
                           ("专项统计调查", "服务业与投资专项调查", wan(90), "按期完成"),
                           ("金额合计", None, wan(240), None)],
                    goal="更新名录库单位信息42000家（其中新增单位6000家），完成双随机执法检查"
                         "150家，按期完成各项专项调查。")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "名录库单位信息更新数量", "≥42000家"),
        (None, None, "新增单位入库数量", "≥6000家"),
        (None, None, "双随机执法检查单位数", "≥150家"),
        (None, "质量指标", "名录库单位信息准确率", pct(0.98)),
        (None, "时效指标", "名录库年度更新完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单位核实平均成本", "≤20元/家"),
        ("效益指标", "社会效益指标", "名录库在专业统计中的使用率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "专业科室对名录库满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "kcm08-department-money-wrong",
    (12,),
    "department, NAT-2021: 财政拨款 + 其他资金 ≠ "
    "资金总额, tasks not adding up to 金额合计, a goal count the indicator gives otherwise",
)
def department_money_wrong() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2025, dept="澄岭县统计局",
                    budget=[(mk(wan(540), "B101", "error",
                                note="财政拨款500 + 其他资金30 = 530"),
                             wan(500), wan(30), wan(330), wan(210))],
                    tasks=[("名录库清理核实", "核实新增和注销单位", wan(80), "名录准确"),
                           ("统计执法检查", "双随机抽查", wan(70), "依法统计"),
                           ("基层统计规范化", "乡镇统计站建设", wan(50), "规范运行"),
                           ("金额合计", None, mk(wan(210), "B102", "error", alt=("B101",),
                                                 note="80 + 70 + 50 = 200"), None)],
                    goal="全年核实新增单位8000家，清理注销单位1500家，检查企业60家。")  # fmt: skip
    indicators(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "新增单位核实入库数量",
         mk("≥6000家", "D104", "warning", row=True, note="年度总体目标写8000家")),
        (None, None, "注销单位清理数量", "≥1500家"),
        (None, None, "双随机抽查企业数", "≥60家"),
        (None, "质量指标", "名录信息差错率", "≤1%"),
        (None, "时效指标", "名录库更新完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "乡镇统计站建设补助", "≤5万元/个"),
        ("效益指标", "社会效益指标", "统计数据质量", "提升"),
        ("满意度指标", "服务对象满意度指标", "乡镇统计站满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kcm09-flat-list",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, a 下降 in 百分点 with ≥ (correct)",
)
def flat_list() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="栖岩区统计局",
                    budget=[(wan(480), wan(470), wan(10), wan(300), wan(180))],
                    goal="完成辖区38000家单位名录信息更新，重码率较上年下降0.5个"
                         "百分点。")  # fmt: skip
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("名录库单位信息更新数量", 20, "家", "≥", 38000),
        ("新设立单位入库及时率", 15, "%", "≥", pct(0.95)),
        ("单位核实准确率", 15, "%", "≥", pct(0.98)),
        ("名录重码率下降幅度", 10, "百分点", "≥", 0.5),
        ("名录库年度更新完成时间", 10, "日期", "≤", day(2025, 11, 30)),
        ("核实单位户均成本", 10, "元/家", "≤", 20),
        ("部门共享名录数据单位数", 10, "个", "≥", 12),
        ("基层统计机构满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant(
    "kcm10-flat-wrong",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 "
    "· 计量单位 · 权重): one indicator twice with two values, weights not adding to 100",
)
def flat_wrong() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="禾埠市统计局名录管理中心",
                    budget=[(wan(210), wan(210), wan(0), wan(150), wan(60))],
                    goal="核实名录库单位信息26000家，名录单位核实率不低于95%。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("名录库单位核实数量", "≥26000", "家", 20),
        ("名录库单位核实率", "≥95", "%", 15),
        ("单位信息变更及时率", "≥90", "%", 15),
        ("名录库更新完成时间", "2025年11月30日前", None, 10),
        ("单位核实户均成本", "≤18", "元/家", 10),
        (mk("名录库单位核实率", "D102", "error", row=True, alt=("D101", "D103"),
            note="与第二项同名，指标值95%与98%不同"), "≥98", "%", 10),
        ("专业统计使用名录库比例", "=100", "%", 5),
        ("基层统计人员满意度", "≥90", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 20+15+15+10+10+10+5+10 = 95，应为100")
    return b


@variant(
    "kcm11-second-sheet",
    (7, 4),
    "project, OLD-NAT: head on the first sheet, the table "
    "on a second sheet under 预期实现值, a note row inside, footnotes and signatures (correct)",
)
def second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=2025,
        name="禾埠市基本单位名录库年度更新项目",
        dept="禾埠市统计局 207001",
        unit="禾埠市统计局名录管理中心",
        money=year_money(84, 84, 0),
        goals=["核实名录库单位42000家（新增6000家、存量36000家），年内完成名录库年度更新。"],
    )
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    indicators(t, (*TIERS, "预期实现值"), [
        ("产出指标", "数量指标", "名录库核实单位总数", "≥42000家"),
        (None, None, "其中：新增单位核实数", "≥6000家"),
        (None, None, "其中：存量单位核实数", "≥36000家"),
        ("说明：数量指标按法人单位和产业活动单位合计口径统计", None, None, None),
        ("产出指标", "质量指标", "单位信息核实准确率", "≥98%"),
        (None, "时效指标", "年度更新完成时间", "2025年11月30日前"),
        (None, "成本指标", "单位核实平均成本", "≤20元/家"),
        ("效益指标", "社会效益指标", "名录库支撑专业统计的覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "专业科室满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "注：1. 核实单位总数42000家为新增6000家与存量36000家之和。",
          "2. 单位核实平均成本按项目资金中的核实经费测算。", width=4)  # fmt: skip
    sign_off(t, "宋棠", "0739-8841723", day(2024, 11, 8))
    return b


@variant(
    "kcm12-years-wrong",
    (7, 9),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: a goal "
    "year left from last season, a deadline after the budget year, a date stored as serial",
)
def years_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, name="澄岭县基本单位名录库维护项目", dept=DEPT_CL,
                 unit="澄岭县统计局", money=year_money(36, 36, 0),
                 goals=[mk("2024年底前完成全县基本单位名录库清理核实，核实单位9000家。", "Y103",
                           "warning", alt=("Y101", "D104"),
                           note="2025年度项目的目标仍写去年期限")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "名录库核实单位数", "≥9000家"),
        (None, "质量指标", "单位信息准确率", "≥98%"),
        (None, "时效指标", "名录库清理核实完成时间",
         mk(day(2026, 3, 31), "Y102", "error", note="一年期2025年项目的期限落在2026年")),
        (None, None, "单位普查表回收时间",
         mk("45839", "X104", "warning", note="文本中的日期序列号，即2025-07-01")),
        (None, "成本指标", "单位核实平均成本", "≤40元/家"),
        ("效益指标", "社会效益指标", "名录库支撑统计调查的作用", "有效"),
        ("满意度指标", "服务对象满意度指标", "乡镇统计站满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "谭秋禾", "0736-5218804", day(2024, 10, 30))
    return b
