"""Dangerous-house appraisal (危房鉴定) and D-grade rebuilding returns: kec01 to kec06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout799.common import (
    DEPT,
    NAT,
    YEAR,
    book,
    first,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout799.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "kec01-jianding-operator-column",
    (1, 11, 12),
    "project, NAT-2021, operator and unit columns, typed percents, a 差错率 with ≤ (correct)",
)
def kec01() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=YEAR, name="农村房屋安全性鉴定服务项目", dept=DEPT,
                 unit="峦溪县村镇建设服务中心", money=one_year(wan(60), 54, wan(6)),
                 goals=["对全县11个乡镇农村自建房开展安全性鉴定1200户（其中经初判疑似C级、"
                        "D级危房400户），出具鉴定报告并建立一户一档。"])  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单户鉴定费用", "≤", 500, "元/户"),
        ("产出指标", "数量指标", "完成房屋安全鉴定户数", "≥", 1200, "户"),
        (None, None, "疑似C级、D级危房鉴定户数", "≥", 400, "户"),
        (None, "质量指标", "鉴定报告合格率", "≥", pct(0.98), None),
        (None, None, "鉴定报告差错率", "≤", pct(0.02), None),
        (None, "时效指标", "鉴定工作完成时限", "≤", day(YEAR, 11, 30, CN_DATE), None),
        ("效益指标", "社会效益指标", "D级危房住户安全隐患告知覆盖率", "=", pct(1), None),
        (None, "可持续影响指标", "农房安全鉴定档案管理", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "受鉴农户满意度", "≥", pct(0.9), None),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    return b


@variant(
    "kec02-weifang-goal-count",
    (5, 12),
    "project, OLD-NAT, numbered tier labels; goal count, cost standard and a 时效 rate",
)
def kec02() -> Book:
    b = book()
    s = first(b)
    project_head(s, year=YEAR, name="农村D级危房改造补助项目", dept=DEPT,
                 unit="峦溪县农村住房保障服务站", money=one_year(wan(600), 540, wan(60)),
                 goals=["完成农村D级危房改造280户（拆除重建120户、加固改造160户），"
                        "改造后房屋全部达到安全使用标准。"])  # fmt: skip
    goal = "年度目标写改造280户，指标只有260户"
    cost = "2.5万元/户 × 260户 = 650万元，超过年度资金600万元"
    rows = [
        ("一、产出指标", "（一）数量指标", "危房改造户数",
         mk("≥260户", "D104", "warning", row=True, note=goal)),
        (None, "（二）质量指标", "改造房屋抗震构造措施达标率", "≥95%"),
        (None, "（三）时效指标", "危房改造竣工验收合格率",
         mk("=100%", "F201", "warning", row=True, note="合格率是质量指标，填在时效指标下")),
        (None, None, "改造工程完工时间", "2026年11月30日前"),
        (None, "（四）成本指标", "户均改造补助标准",
         mk("≤2.5万元/户", "B107", "warning", row=True, note=cost)),
        ("二、效益指标", "（一）社会效益指标", "改造户住房安全保障率", "=100%"),
        (None, "（二）可持续影响指标", "危房改造后动态监测机制", "建立并执行"),
        ("三、满意度指标", "（一）服务对象满意度指标", "改造户满意度", "≥92%"),
    ]  # fmt: skip
    indicators(s, NAT, rows)
    return b


@variant(
    "kec03-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, 满意度 in both (correct)",
)
def kec03() -> Book:
    b = book()
    s = first(b)
    project_head(
        s,
        year=YEAR,
        name="农房安全隐患排查鉴定项目",
        dept=DEPT,
        unit="峦溪县村镇建设服务中心",
        money=one_year(wan(80), 72, wan(8)),
        goals=["完成农房安全隐患排查鉴定1600户，鉴定结果全部录入农房信息平台。"],
    )
    indicators(s, NAT, [
        ("产出指标", "数量指标", "农房安全鉴定户数", "≥1600户"),
        (None, "质量指标", "鉴定结果录入平台率", "=100%"),
        (None, "时效指标", "鉴定完成时间", "2026年10月31日前"),
        (None, "成本指标", "单户鉴定费用", "≤500元/户"),
        ("效益指标", "社会效益指标", "危房隐患底数掌握程度", "全面掌握"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="D级危房拆除重建补助项目",
        dept=DEPT,
        unit="峦溪县农村住房保障服务站",
        money=one_year(wan(150), 135, wan(15)),
        title="2026年度项目支出绩效目标申报表（二）",
        goals=["对鉴定为D级且无法加固的50户农房实施拆除重建，消除整体危险住房。"],
    )
    indicators(s, NAT, [
        ("产出指标", "数量指标", "拆除重建户数", "≥50户"),
        (None, "质量指标", "重建房屋竣工验收合格率", "=100%"),
        (None, "时效指标", "重建房屋入住时间", "2026年12月20日前"),
        (None, "成本指标", "户均重建补助", "≤3万元/户"),
        ("效益指标", "社会效益指标", "重建户住房安全问题解决率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%"),
    ])  # fmt: skip
    return b


@variant(
    "kec04-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT: a near-duplicate, then money and end date wrong",
)
def kec04() -> Book:
    b = book()
    s = first(b)
    project_head(
        s,
        year=YEAR,
        name="农村危房动态监测鉴定项目",
        dept=DEPT,
        unit="峦溪县村镇建设服务中心",
        money=one_year(wan(45), 40, wan(5)),
        goals=["对已改造及在住C级危房900户开展动态监测鉴定，按时出具鉴定报告。"],
    )
    near = "与上一行是同一指标，只差几个字"
    indicators(s, NAT, [
        ("产出指标", "数量指标", "动态监测鉴定户数", "≥900户"),
        (None, "时效指标", "鉴定报告出具及时率", "≥95%"),
        (None, None, mk("鉴定报告按时出具率", "D103", "warning", row=True, alt=("D101",),
                        note=near), "≥95%"),
        (None, "成本指标", "单户鉴定费用", "≤500元/户"),
        ("效益指标", "社会效益指标", "在住危房隐患及时处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "被鉴定农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    whole = "年度资金总额200万元 ≠ 财政拨款170万元 + 其他资金20万元"
    end = "项目期1年，计划完成日期却在2027年"
    project_head(s, year=YEAR, name="农村C级危房加固改造项目", dept=DEPT,
                 unit="峦溪县农村住房保障服务站",
                 money=one_year(mk(wan(200), "B101", "error", note=whole), 170, wan(20)),
                 end=mk(day(YEAR + 1, 6, 30), "Y102", "error", alt=("Y101",), note=end),
                 title="2026年度项目支出绩效目标申报表（二）",
                 goals=["对60户C级危房实施加固改造，改造后达到安全使用标准。"])  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "C级危房加固户数", "≥60户"),
        (None, "质量指标", "加固工程验收合格率", "=100%"),
        (None, "时效指标", "加固工程完工时间", "2026年11月30日前"),
        (None, "成本指标", "户均加固补助", "≤3万元/户"),
        ("效益指标", "社会效益指标", "加固户住房安全保障率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "加固户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kec05-department-flat",
    (1, 3, 12),
    "department, tasks adding to 项目支出, flat list with weights and typed percents (correct)",
)
def kec05() -> Book:
    b = book()
    s = first(b)
    department_head(
        s,
        year=YEAR,
        dept="峦溪县农村住房安全服务中心",
        budget=[(wan(420), wan(400), wan(20), wan(150), wan(270))],
        tasks=[
            ("农房安全鉴定", "鉴定农村自建房1800户", wan(90), "一户一档"),
            ("D级危房改造补助", "补助改造60户", wan(150), "消除D级危房"),
            ("工匠培训与技术指导", "培训建筑工匠200人次", wan(30), "持证上岗"),
            ("金额合计", None, wan(270), None),
        ],
        goal="完成农房安全鉴定1800户、D级危房改造60户，培训农村建筑工匠200人次。",
    )
    rows = [
        ("农房安全鉴定户数", 20, "户", "≥", 1800),
        ("D级危房改造户数", 20, "户", "≥", 60),
        ("农村建筑工匠培训人次", 10, "人次", "≥", 200),
        ("改造房屋竣工验收合格率", 15, "%", "≥", pct(0.98)),
        ("户均危房改造补助", 10, "万元/户", "≤", 2.5),
        ("单户鉴定费用", 10, "元/户", "≤", 500),
        ("农房倒塌致人伤亡事故", 5, "起", "≤", 0),
        ("改造农户满意度", 10, "%", "≥", pct(0.9)),
    ]
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    notes(s, "注：权重合计100；伤亡事故起数以应急管理部门统计为准。")
    sign(s, "邵明岚", "0837-6612045")
    return b


@variant(
    "kec06-department-money",
    (12, 5),
    "department, NAT-2021, tasks not adding to 金额合计, a deadline left from last year",
)
def kec06() -> Book:
    b = book()
    s = first(b)
    total = "任务金额 120 + 150 + 40 = 310万元，金额合计写300万元"
    department_head(
        s,
        year=YEAR,
        dept="峦溪县危房改造工作办公室",
        budget=[(wan(500), wan(470), wan(30), wan(200), wan(300))],
        tasks=[
            ("危房鉴定", "鉴定疑似危房1500户", wan(120), "底数清楚"),
            ("危房改造", "改造D级危房50户", wan(150), "应改尽改"),
            ("汛期安全巡查", "巡查在住危房", wan(40), "及时转移"),
            ("金额合计", None, mk(wan(300), "B102", "error", alt=("B101",), note=total), None),
        ],
        goal="鉴定疑似危房1500户，改造D级危房50户，汛期在住危房巡查全覆盖。",
    )
    late = "2026年度的表，时限仍是上一年的2025年"
    indicators(s, NAT, [
        ("产出指标", "数量指标", "疑似危房鉴定户数", "≥1500户"),
        (None, None, "D级危房改造户数", "≥50户"),
        (None, "质量指标", "改造房屋验收合格率", "=100%"),
        (None, "时效指标", "危房鉴定完成时限",
         mk("2025年12月31日前", "Y102", "error", alt=("Y101", "Y103"), note=late)),
        ("成本指标", "经济成本指标", "户均改造补助", "≤3万元/户"),
        ("效益指标", "社会效益指标", "汛期在住危房巡查覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
