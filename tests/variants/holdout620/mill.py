"""The highland-barley (青稞) mill of 桑隆村: ff13–ff18."""

from __future__ import annotations

from tests.variants.holdout620.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    stacked,
    wan,
)
from tests.variants.holdout620.registry import variant
from tests.variants.kit import Book, mk

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
MILL_GOAL = "2026年改造桑隆村青稞磨坊1座，收储加工青稞1200吨，带动种植户350户。"


@variant(
    "ff13-mill-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "=100% on a pass rate, a rate raised in 百分点 (correct)",
)
def ff13() -> Book:
    b, s = project("桑隆村青稞磨坊改造项目", "桑隆村股份经济合作社",
                   one_year(wan(90), wan(75), wan(15)), [MILL_GOAL])  # fmt: skip
    rows = [
        ("产出指标", 40, "数量指标", "青稞收储加工量", "≥1200吨", 15),
        (None, None, None, "带动种植户", "≥350户", 10),
        (None, None, "质量指标", "糌粑产品抽检合格率", "=100%", 10),
        (None, None, "时效指标", "磨坊改造完工时间", "2026年8月31日前", 5),
        ("成本指标", 10, "经济成本指标", "每吨加工成本", "≤0.03万元/吨", 10),
        ("效益指标", 30, "经济效益指标", "种植户户均增收", "≥800元", 10),
        (None, None, "社会效益指标", "带动季节性务工", "≥40人", 10),
        (None, None, "可持续影响指标", "青稞出粉率较上年提高", "≥2百分点", 10),
        ("满意度指标", 20, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
        (None, None, None, "糌粑消费者满意度", "≥88%", 10),
    ]  # fmt: skip
    indicators(s, SCORED, rows, merged=(1, 2, 3))
    notes(s, "注：一级指标分值合计100分，三级指标分值合计100分，两者不重复计算。")
    sign(s, "索朗多吉", "0891-6639011")
    return b


@variant(
    "ff14-mill-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 and indicator score columns: two tier scores that their "
    "indicators do not add up to, the same indicator twice with two values",
)
def ff14() -> Book:
    b, s = project("雪垭村青稞收储加工项目", "雪垭村股份经济合作社",
                   one_year(wan(90), wan(80), wan(10)),
                   ["2026年收储加工青稞1200吨，带动种植户300户。"])  # fmt: skip
    rows = [
        ("产出指标", mk(40, "W103", "error", note="15 + 10 + 10 + 5 + 5 = 45, not 40"),
         "数量指标", "青稞收储量", "≥1200吨", 15),
        (None, None, None, "带动种植户", "≥300户", 10),
        (None, None, None, "青稞收储量",
         mk("≥1000吨", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator two rows above with 1200吨"), 5),
        (None, None, "质量指标", "青稞面粉抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "收储完成时间", "2026年11月30日前", 5),
        ("成本指标", 10, "经济成本指标", "每吨收储加工成本", "≤0.05万元/吨", 10),
        ("效益指标", mk(30, "W103", "error", note="10 + 10 + 5 = 25, not 30"),
         "经济效益指标", "种植户户均增收", "≥600元", 10),
        (None, None, "社会效益指标", "带动务工人员", "≥30人", 10),
        (None, None, "可持续影响指标", "合作社自我运营能力", "提升", 5),
        ("满意度指标", 20, "服务对象满意度指标", "种植户满意度", "≥90%", 20),
    ]  # fmt: skip
    indicators(s, SCORED, rows, merged=(1, 2, 3))
    return b


@variant(
    "ff15-mill-page-break",
    (4,),
    "project, OLD-NAT, weight column: subtotal rows, the header repeated after a page break, "
    "注 and 填表说明 rows, signature and date lines (correct)",
)
def ff15() -> Book:
    b, s = project("桑隆村青稞糌粑加工设备购置项目", "桑隆村股份经济合作社",
                   one_year(wan(48), wan(40), wan(8)),
                   ["2026年购置青稞炒制、磨粉设备6台（套），糌粑年产能达到300吨。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "购置炒制、磨粉设备", "≥6台（套）", 20),
        (None, "质量指标", "设备安装验收合格率", "=100%", 10),
        (None, "时效指标", "设备安装调试完成时间", "2026年7月31日前", 10),
        (None, "成本指标", "设备购置平均单价", "≤8万元/台（套）", 10),
        ("产出指标小计", None, None, None, 50),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("效益指标", "经济效益指标", "糌粑年产能", "≥300吨", 15),
        (None, "社会效益指标", "带动脱贫户就业", "≥12人", 15),
        ("效益指标小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%", 20),
        ("满意度指标小计", None, None, None, 20),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：设备购置平均单价按6台（套）共48万元测算。",
          "填表说明：本表“权重”栏小计行与合计行仅供核对，不作为指标。")  # fmt: skip
    sign(s, "白玛央金", "0891-6639046")
    s.row("单位负责人（签字）：", "次旦", None, "单位（盖章）", None, None)
    return b


@variant(
    "ff16-mill-money-lines",
    (8, 12),
    "two-year project, NAT-2021, a budget detail block under the head, 中期 and 年度 columns: "
    "a 年度资金 above the 中期资金, detail lines not adding up to their 合计",
)
def ff16() -> Book:
    b, s = project(
        "岗珠县青稞精深加工中心建设项目", "岗珠县农牧产业发展服务中心",
        multi_year((wan(300), wan(260), wan(40)),
                   (mk(wan(320), "B103", "error", note="年度 320 above 中期 300"),
                    wan(280), wan(40))),
        ["2026年—2027年建成青稞精深加工中心1处，年加工能力达到3000吨。",
         "2026年完成厂房改造和主要设备购置安装。"],
        years=2,
    )  # fmt: skip
    s.row("年度资金明细", "支出内容", None, "金额（万元）", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(None, "设备购置", None, wan(180), "生产线设备2套", None, merge=[(2, 3), (5, 6)])
    s.row(None, "厂房改造", None, wan(100), "改造面积1200平方米", None, merge=[(2, 3), (5, 6)])
    s.row(None, "技术培训", None, wan(20), "培训200人次", None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, mk(wan(320), "B102", "error", row=True,
                                 note="180 + 100 + 20 = 300, not 320"),
          None, None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    rows = [
        ("产出指标", "数量指标", "建成青稞精深加工中心", "=1处", "=1处"),
        (None, None, "技术培训", "≥400人次", "≥200人次"),
        (None, "质量指标", "设备安装验收合格率", "=100%", "=100%"),
        (None, "时效指标", "厂房改造完成时间", "2027年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "厂房改造单位成本", "≤0.08万元/平方米", "≤0.08万元/平方米"),
        ("效益指标", "经济效益指标", "年加工青稞能力", "≥3000吨", "≥1500吨"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO, rows)
    return b


@variant(
    "ff17-mill-stacked",
    (2,),
    "two mill projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "names with different values in the two projects (correct)",
)
def ff17() -> Book:
    b, s = project("桑隆村青稞磨坊水轮修复项目", "桑隆村股份经济合作社",
                   one_year(wan(30), wan(25), wan(5)),
                   ["2026年修复磨坊水轮2座，加工青稞400吨。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "修复磨坊水轮", "≥2座"),
        (None, None, "青稞加工量", "≥400吨"),
        (None, "成本指标", "水轮修复单价", "≤12万元/座"),
        ("效益指标", "社会效益指标", "受益种植户", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, "雪垭村青稞仓储设施项目", "雪垭村股份经济合作社",
            one_year(wan(40), wan(35), wan(5)),
            "2026年新建青稞储粮仓2座，储粮能力600吨。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建储粮仓", "≥2座"),
        (None, None, "青稞加工量", "≥250吨"),
        (None, "质量指标", "储粮损耗率", "≤1%"),
        (None, "成本指标", "储粮仓建设单价", "≤20万元/座"),
        ("效益指标", "社会效益指标", "受益种植户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "ff18-mill-midterm",
    (8, 11),
    "three-year project, NAT-2021, 中期 and 年度 columns: the 中期目标's line count given "
    "otherwise, ≥ on an energy cost in the year, a year's count above the period's",
)
def ff18() -> Book:
    b, s = project(
        "岗珠县青稞全产业链提升项目", "岗珠县农牧产业发展服务中心",
        multi_year((wan(600), wan(500), wan(100)), (wan(200), wan(170), wan(30))),
        ["2026年—2028年建成青稞精深加工线2条，累计加工青稞6000吨，培训种植户200人次。",
         "2026年建成加工线1条，加工青稞1500吨。"],
        years=3,
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建成青稞精深加工线",
         mk("≥3条", "D104", "warning", row=True, note="the 中期目标 states 2条"), "≥1条"),
        (None, None, "加工青稞", "≥6000吨", "≥1500吨"),
        (None, None, "培训种植户", "≥200人次",
         mk("≥260人次", "D201", "error", alt=("D104",), note="a year's 260 above the period's")),
        (None, "质量指标", "产品抽检合格率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "单位产品综合能耗", "≤0.05吨标煤/吨",
         mk("≥0.05吨标煤/吨", "T108", "warning", row=True,
            note="an energy cost capped with ≤ in 中期 but ≥ in the year")),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥1000元", "≥600元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO, rows)
    return b
