"""Returns of the home-care service vouchers (居家养老服务券): kbf07-kbf12."""

from __future__ import annotations

from tests.variants.holdout724.common import (
    CENTRE,
    department,
    footer,
    indicators,
    one_year,
    project,
    wan,
)
from tests.variants.holdout724.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kbf07-voucher-department", (1, 12),
         "department, NAT-2021: budget and key tasks adding up, the goal's total with its parts "
         "in brackets, a part indicator beside the total, typed percent cells "
         "(correct)")  # fmt: skip
def voucher_department() -> Book:
    b, s = department(
        dept="澄湾区居家养老服务管理站",
        budget=[(wan(960), wan(820), wan(140), wan(610), wan(350))],
        tasks=[
            ("服务券发放", "向失能、高龄老人按季度发放服务券", wan(210), "发放≥8400张"),
            ("服务券平台运维", "服务券电子核销平台运维", wan(60), "平台全年稳定运行"),
            ("第三方评估", "服务商服务质量评估", wan(80), "评估服务商≥20家"),
            ("金额合计", None, wan(350), None),
        ],
        goal="向符合条件的老人发放居家养老服务券≥8400张（每张面值200元，其中重度失能老人"
        "4800张、高龄独居老人3600张），评估服务商≥20家，服务券核销率≥95%。",
    )  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "服务券面值", "≤200元/张"),
        ("产出指标", "数量指标", "服务券发放数量", "≥8400张"),
        (None, None, "重度失能老人服务券发放数量", "≥4800张"),
        (None, None, "第三方评估服务商数量", "≥20家"),
        (None, "质量指标", "服务券核销率", pct(0.95)),
        (None, None, "服务质量投诉率", "≤2%"),
        (None, "时效指标", "服务券按季度发放及时率", pct(1)),
        ("效益指标", "社会效益指标", "失能老人居家服务覆盖率", pct(0.85)),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", pct(0.9)),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "俞青禾", "0577-86617730")
    return b


@variant("kbf08-voucher-money-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's voucher count above the "
         "indicator's, face value × count above the money")  # fmt: skip
def voucher_money_wrong() -> Book:
    b, s = department(
        dept="澄湾区南垣街道社区服务中心",
        budget=[(wan(900), wan(780), wan(120), wan(600), wan(300))],
        tasks=[
            ("服务券发放", "向重度失能老人按月发放服务券", wan(200), "发放12000张"),
            ("助浴助洁服务", "上门助浴、助洁", wan(50), "服务≥6000次"),
            ("家庭照护培训", "失能老人家属照护培训", wan(70), "培训≥500人次"),
            ("金额合计", None,
             mk(wan(300), "B102", "error", note="200 + 50 + 70 = 320, not 300"), None),
        ],
        goal="向重度失能老人按月发放居家养老服务券12000张，提供上门助浴、助洁服务≥6000次，"
        "培训失能老人家属≥500人次。",
    )  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "服务券面值",
         mk("≤1000元/张", "B107", "warning", row=True,
            note="1000元 × 10000张 = 1000万元, above every money figure of the return")),
        ("产出指标", "数量指标", "服务券发放数量",
         mk("≥10000张", "D104", "warning", row=True, note="the goal and the task say 12000张")),
        (None, None, "上门助浴助洁服务次数", "≥6000次"),
        (None, None, "家属照护培训人次", "≥500人次"),
        (None, "质量指标", "服务券核销率", "≥95%"),
        (None, "时效指标", "服务券按月发放及时率", "=100%"),
        ("效益指标", "社会效益指标", "失能老人居家照护质量", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], label="年度绩效指标")  # fmt: skip
    footer(s, "沈知远", "0577-86648852")
    return b


@variant("kbf09-voucher-operator-words", (1, 11),
         "project, OLD-NAT, operators in words in their own column, unit column, 投诉率 with "
         "小于等于, a 下降率 with 大于等于, =100% on a 及时率 (correct)")  # fmt: skip
def voucher_operator_words() -> Book:
    b, s = project(
        name="石埠镇、南垣街道居家养老服务券",
        unit=CENTRE,
        money=one_year(150, 130),
        goals=["为石埠镇、南垣街道符合条件的老人发放居家养老服务券≥6000张，提供助浴、助洁等"
               "上门服务≥2.4万次，上门服务投诉较上年下降10%以上。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "服务券发放数量", "大于等于", 6000, "张"),
        (None, None, "助浴助洁上门服务次数", "大于等于", 24000, "次"),
        (None, "质量指标", "服务投诉率", "小于等于", 2, "%"),
        (None, None, "服务券核销率", "大于等于", 95, "%"),
        (None, "时效指标", "服务券发放及时率", "等于", 100, "%"),
        (None, "成本指标", "服务券面值", "小于等于", 200, "元/张"),
        ("效益指标", "社会效益指标", "老人居家服务需求满足率", "大于等于", 85, "%"),
        (None, None, "上门服务投诉下降率", "大于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "大于等于", 90, "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    footer(s, "沈知远", "0577-86648852")
    return b


@variant("kbf10-voucher-wrong-tier", (5,),
         "project, NAT-2021, numbered tier labels (一、/（一）): a near-duplicate with another "
         "value, a 及时率 under 质量, a satisfaction rate under 社会效益")  # fmt: skip
def voucher_wrong_tier() -> Book:
    b, s = project(
        name="柳汀街道居家养老上门服务",
        unit="澄湾区柳汀街道办事处",
        money=one_year(160, 140),
        goals=["向辖区失能、半失能老人发放服务券≥7000张，提供上门服务≥2.8万人次。"],
    )
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "服务券发放数量", "≥7000张"),
        (None, None, "上门服务人次", "≥28000人次"),
        (None, None, "服务券发放数",
         mk("≥6500张", "D102", "error", row=True, alt=("D103", "D101"),
            note="the same indicator as 服务券发放数量 with another value")),
        (None, "（二）质量指标", "服务券核销及时率",
         mk(pct(0.95), "F201", "warning", row=True, note="a timeliness rate under 质量")),
        (None, None, "服务质量抽查合格率", pct(0.95)),
        (None, "（三）时效指标", "服务券按月发放及时率", pct(1)),
        ("二、成本指标", "（一）经济成本指标", "服务券面值", "≤200元/张"),
        ("三、效益指标", "（一）社会效益指标", "服务对象满意度",
         mk("≥90%", "F201", "warning", row=True,
            note="a satisfaction rate under 社会效益, not under 满意度指标")),
        (None, "（二）可持续影响指标", "服务商长效监管机制", "建立并执行"),
        ("四、满意度指标", "（一）服务对象满意度指标", "老人家属满意度", "≥88%"),
    ])  # fmt: skip
    footer(s, "林书砚", "0577-86605591")
    return b


@variant("kbf11-voucher-second-sheet", (7,),
         "project head on the first sheet, the indicator table on a second sheet under a "
         "two-row header 考核指标 · 目标值（年度） · 评价标准 (correct)")  # fmt: skip
def voucher_second_sheet() -> Book:
    b, _ = project(
        "项目信息",
        name="居家养老服务券电子核销平台运维",
        unit="澄湾区居家养老服务管理站",
        money=one_year(50, 50),
        goals=["保障服务券电子核销平台全年稳定运行，平台注册老人≥15000人，电子核销占比≥90%。"],
    )
    t = b.sheet("绩效指标", (16, 18, 30, 18, 30))
    t.title("2026年度居家养老服务券电子核销平台运维绩效指标", 5)
    t.row("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    t.row(None, None, None, "（填写可考核的值）", "（得分规则）")
    rule = "达到目标值得满分，未达到按比例扣分"
    t.table([
        ("产出指标", "数量指标", "平台注册老人数", "≥15000人", rule),
        (None, "质量指标", "平台系统可用率", "≥99%", rule),
        (None, None, "服务券电子核销占比", "≥90%", rule),
        (None, "时效指标", "平台故障响应时间", "≤2小时", "每超时1次扣1分"),
        ("成本指标", "经济成本指标", "平台年度运维费用", "≤45万元", rule),
        ("效益指标", "可持续影响指标", "核销数据留存年限", "≥5年", rule),
        ("满意度指标", "服务对象满意度指标", "老人及服务商满意度", "≥90%", rule),
    ], merged=(1, 2))  # fmt: skip
    footer(t, "林书砚", "0577-86605591")
    return b


@variant("kbf12-voucher-last-season", (4,),
         "project, NAT-2021, 注 rows inside and under the table, signature lines: plan dates and "
         "a deadline left from last season's return")  # fmt: skip
def voucher_last_season() -> Book:
    b, s = project(
        name="高龄独居老人居家养老服务券",
        unit=CENTRE,
        money=one_year(90, 90),
        start=mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="title 2026年度, plan dates of 2025 copied from last season"),
        end=day(2025, 12, 31),
        goals=["向全区80周岁以上独居老人发放服务券≥4500张，开展服务商年度考核。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "服务券发放数量", "≥4500张"),
        (None, None, "纳入考核服务商数量", "≥15家"),
    ])  # fmt: skip
    s.row("注：服务券面值按区民政局2026年标准执行。", merge=[(1, 4)])
    s.table([
        ("产出指标", "质量指标", "服务商年度考核合格率", "≥90%"),
        (None, "时效指标", "服务商年度考核完成时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="a deadline in the year before the budget year")),
        ("成本指标", "经济成本指标", "服务券面值", "≤200元/张"),
        ("效益指标", "社会效益指标", "独居老人意外事件发生率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "章雨岚", "0577-86624417")
    return b
