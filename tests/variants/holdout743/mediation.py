"""People's mediation committees' case subsidies (人民调解“以案定补”): kby01–kby06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout743.common import (
    BUREAU,
    HEAD4,
    indicators,
    lines,
    money_rows,
    sign,
    start,
    w,
)
from tests.variants.holdout743.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, ok, pct

OPCOL = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ROWS01 = [
    ("产出指标", "数量指标", "补贴调解案件数", "≥", 1600, "件"),
    (None, None, "其中：疑难复杂纠纷补贴案件数", "≥", 200, "件"),
    (None, "质量指标", "调解成功率", "≥", pct(0.96), "%"),
    (None, "时效指标", "补贴资金按季度拨付及时率", "≥", pct(0.95), "%"),
    ("成本指标", "经济成本指标", "一般纠纷单件补贴标准", "≤", 150, "元/件"),
    (None, None, "疑难复杂纠纷单件补贴标准", "≤", 300, "元/件"),
    ("效益指标", "社会效益指标", "因调解不当引发民转刑案件数", "≤", 0, "起"),
    (None, None, "矛盾纠纷重复来访下降率", "≥", pct(0.1), "%"),
    ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥", pct(0.92), "%"),
]


@variant(
    "kby01-case-subsidy",
    (1, 12),
    "project, NAT-2021, operator column, typed percent "
    "cells, unit column, 万元 in the number format, 0起 and a 下降率 with ≥ (correct)",
)
def kby01() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="人民调解“以案定补”案件补贴", dept=BUREAU,
        unit="枫渚县司法局基层工作股", money=money_rows(30, 30, 0),
        goals=("对全县14个乡镇186个村（社区）人民调解委员会调解成功的矛盾纠纷按件补贴，"
               "全年补贴案件1600件，其中疑难复杂纠纷200件，补贴资金按季度拨付到位。",),
    )  # fmt: skip
    indicators(s, OPCOL, ROWS01)
    sign(s, "郁晚晴", "0591-6283417", day(2024, 11, 8, CN_DATE))
    return b


ROWS02 = [
    ("产出指标", "数量指标", "补贴调解案件数",
     mk("≥1500件", "D104", "warning", row=True,
        note="年度目标写全年补贴 1800 件，指标只有 1500 件")),
    (None, None, "人民调解员业务培训", "≥4期"),
    (None, "质量指标", "调解协议履行率", "≥95%"),
    (None, "时效指标", "补贴资金拨付完成时间",
     mk("2024年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
        note="2025 年项目的拨付期限落在上一年，是上年表格的残留")),
    (None, "成本指标", "单件调解补贴标准",
     mk("≤200元/件", "B107", "warning", row=True,
        note="200 元 × 1500 件 = 30 万元，超过年度资金 25 万元")),
    ("效益指标", "社会效益指标", "村（社区）矛盾纠纷就地化解率", "≥90%"),
    ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
]  # fmt: skip


@variant(
    "kby02-subsidy-goal-cost",
    (7, 12),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "goal count against the indicator, cost × count over the money, last year's deadline",
)
def kby02() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="人民调解案件补贴", dept=BUREAU, unit="枫渚县人民调解协会",
        money=money_rows(25, 25, 0),
        goals=("按“以案定补”办法，全年补贴人民调解案件1800件，开展调解员业务培训4期，"
               "提高基层矛盾纠纷就地化解水平。",),
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), ROWS02)
    lines(s, ["注：补贴标准依据《枫渚县人民调解以案定补办法》（枫司〔2023〕9号）。"])
    return b


ROWS03A = [
    ("产出指标", "数量指标", "调解员等级化培训人次", "≥480人次"),
    (None, "质量指标", "培训考核合格率", "≥90%"),
    (None, "时效指标", "培训完成时间", "2025年10月31日前"),
    (None, "成本指标", "人均培训成本", "≤250元/人次"),
    ("效益指标", "社会效益指标", "调解协议自动履行率", "提高≥3百分点"),
    ("满意度指标", "服务对象满意度指标", "参训调解员满意度", "≥90%"),
]
ROWS03B = [
    ("产出指标", "数量指标", "专职人民调解员聘用人数", "≥30人"),
    (None, "质量指标", "专职调解员持证上岗率", "=100%"),
    (None, "时效指标", "岗位补贴按月发放及时率", "≥95%"),
    (None, "成本指标", "专职调解员岗位补贴标准", "≤1000元/人·月"),
    ("效益指标", "社会效益指标", "调解协议自动履行率", "≥92%"),
    ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥92%"),
]


@variant(
    "kby03-stacked-mediation",
    (2, 10),
    "two projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicator name with different values, 百分点 (correct)",
)
def kby03() -> Book:
    b, s = start("调解项目")
    project_head(
        s, year=2025, name="人民调解员等级化培训", dept=BUREAU,
        unit="枫渚县司法局基层工作股", money=money_rows(12, 12, 0),
        goals=("分三期培训村（社区）人民调解员480人次，考核合格率90%以上。",),
    )  # fmt: skip
    indicators(s, HEAD4, ROWS03A)
    s.skip()
    project_head(
        s, year=2025, name="专职人民调解员岗位补贴", dept=BUREAU, title="",
        unit="枫渚县司法局基层工作股", money=money_rows(36, 36, 0),
        goals=("在14个乡镇调委会聘用专职人民调解员30人，按月发放岗位补贴。",),
    )  # fmt: skip
    indicators(s, HEAD4, ROWS03B)
    return b


ROWS04A = [
    ("产出指标", "数量指标", "新建行业性专业性调解组织", "≥3个"),
    (None, "质量指标", "调解组织规范化建设达标率", "≥90%"),
    (None, "时效指标", "调解组织挂牌运行时间", "2025年9月30日前"),
    (None, "成本指标", "单个调解组织建设补助", "≤5万元/个"),
    ("效益指标", "社会效益指标", "医疗、物业纠纷调解成功率", "≥85%"),
    ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
]
ROWS04B = [
    ("产出指标", "数量指标", "补贴调解案件数", "≥1400件"),
    (None, None, "人民调解员培训人次", "≥300人次"),
    (None, "质量指标", "调解卷宗规范率", "≥95%"),
    (None, None, "人民调解员培训人次",
     mk("≥350人次", "D102", "error", row=True, alt=("D103", "D101"),
        note="同一指标在数量、质量下各填一次，指标值 300 与 350 人次不同")),
    (None, "时效指标", "补贴资金拨付及时率", "≥95%"),
    (None, "成本指标", "单件调解补贴标准", "≤200元/件"),
    ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥92%"),
]  # fmt: skip


@variant(
    "kby04-stacked-money-duplicate",
    (2, 12),
    "two projects stacked, OLD-NAT: the second "
    "project's annual total is not its parts and one indicator is entered twice",
)
def kby04() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="行业性专业性人民调解组织建设", dept=BUREAU,
        unit="枫渚县司法局基层工作股", money=money_rows(15, 15, 0),
        goals=("新建医疗、物业、道路交通3个行业性专业性调解组织并挂牌运行。",),
    )  # fmt: skip
    indicators(s, HEAD4, ROWS04A)
    s.skip()
    bad = mk(w(40), "B101", "error", note="年度资金总额 40 ≠ 财政拨款 32 + 其他资金 6")
    project_head(
        s, year=2025, name="人民调解“以案定补”案件补贴", dept=BUREAU, title="",
        unit="枫渚县司法局基层工作股",
        money=[
            ("实施期资金总额", ok_total(), "年度资金总额", bad),
            ("其中：财政拨款", w(32), "其中：财政拨款", w(32)),
            ("其他资金", w(6), "其他资金", w(6)),
        ],
        goals=("全年补贴人民调解案件1400件，培训人民调解员300人次。",),
    )  # fmt: skip
    indicators(s, HEAD4, ROWS04B)
    return b


def ok_total() -> C:
    """The period total, wrong the same way as the annual one: tolerated, not asked for."""
    return ok(w(40), "error", note="一年期项目，实施期合计与年度合计同错，要求标在年度合计")


TASKS05 = [
    ("人民调解以案定补", "按件补贴村（社区）调委会调解案件", w(30), "补贴案件1600件"),
    ("法律援助办案补贴", "支付法律援助承办律师办案补贴", w(96), "办结案件1100件"),
    ("社区矫正电子监管", "电子定位终端租赁及平台运维", w(110), "在矫对象全覆盖"),
    ("公共法律服务体系建设", "县乡村三级公共法律服务平台运行", w(208), "平台全年运行"),
    ("金额合计", None, w(444), None),
]
FLAT05 = [
    ("人民调解案件补贴件数", 20, "件", "≥", 1600),
    ("法律援助案件办结数", 20, "件", "≥", 1100),
    ("社区矫正对象电子监管覆盖率", 15, "%", "≥", pct(0.98)),
    ("矛盾纠纷重复来访下降率", 10, "%", "≥", pct(0.1)),
    ("社区矫正对象再犯罪率", 15, "%", "≤", pct(0.002, "0.0%")),
    ("法律援助受援人满意度", 20, "%", "≥", pct(0.93)),
]


@variant(
    "kby05-flat-department",
    (1, 3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, tasks adding to 项目支出 (correct)",
)
def kby05() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=2025, dept="枫渚县司法局",
        budget=[(w(1286.4), w(1250.4), w(36), w(842.4), w(444))],
        tasks=TASKS05,
        goal="全年补贴人民调解案件1600件，办结法律援助案件1100件，社区矫正对象电子监管"
        "全覆盖，再犯罪率控制在0.2%以内。",
    )  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), FLAT05, merged=())
    s.row("合计", 100)
    return b


TASKS06 = [
    ("人民调解员培训", "分片区培训村（社区）调解员", w(18), "培训400人次"),
    ("调解案件补贴", "按件补贴疑难复杂纠纷调解", w(26), "补贴案件900件"),
    ("12348法律咨询热线", "热线坐席值守及系统维护", w(14), "全年值守"),
    ("金额合计", None, mk(w(60), "B102", "error", note="18 + 26 + 14 = 58，不是 60"), None),
]
FLAT06 = [
    ("人民调解员培训人次", 20, "人次", "≥",
     mk(300, "D104", "warning", row=True, note="年度总体目标写培训调解员 400 人次")),
    ("疑难复杂纠纷补贴件数", 25, "件", "≥", 900),
    ("12348热线接通率", 15, "%", "≥", pct(0.95)),
    ("热线咨询答复及时率", 15, "%", "≥", pct(0.95)),
    ("群众咨询满意度", 20, "%", "≥", pct(0.9)),
]  # fmt: skip


@variant(
    "kby06-flat-department-wrong",
    (3, 12),
    "department, flat list: tasks not adding to "
    "金额合计, a training count below the goal's, weights adding to 95",
)
def kby06() -> Book:
    b, s = start()
    department_head(
        s, year=2025, dept="枫渚县公共法律服务中心",
        budget=[(w(236), w(230), w(6), w(176), w(60))],
        tasks=TASKS06,
        goal="全年培训人民调解员400人次，补贴疑难复杂纠纷调解900件，12348热线全年值守。",
    )  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), FLAT06, merged=())
    b.file_mark("W101", "error", note="权重 20 + 25 + 15 + 15 + 20 = 95，不是 100")
    return b
