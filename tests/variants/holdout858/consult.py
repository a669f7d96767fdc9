"""Free legal consultations: the 12348 hotline, consultation points in community grids, flat
lists of a public legal service centre, a budget-system export, home visits for the elderly."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout858.common import filled, funds, indicators, notes, signed, start
from tests.variants.holdout858.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

HOTLINE = [
    ("一、产出指标（50分）", "（一）数量指标", "免费法律咨询总人次", "≥", "6000人次", 15),
    (None, None, "其中：热线咨询人次", "≥", "4000人次", 10),
    (None, "（二）质量指标", "热线接通率", "≥", pct(0.95), 10),
    (None, None, "咨询解答准确率", "≥", pct(0.98), 8),
    (None, "（三）时效指标", "留言咨询回复时限", "≤", "2个工作日", 7),
    ("二、成本指标（10分）", "（一）经济成本指标", "单次咨询平均成本", "≤", "60元/人次", 10),
    ("三、效益指标（30分）", "（一）社会效益指标", "群众法律知晓率", "提高≥", "5百分点", 10),
    (None, None, "引导至人民调解的纠纷件数", "≥", "300件", 10),
    (None, "（二）可持续影响指标", "热线知识库更新条目", "≥", "200条", 10),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "咨询群众满意度", "≥", pct(0.9), 10),
]  # fmt: skip


@variant("kgj01-hotline-points", (1, 5, 10),
         "project, NAT-2021, operator column, numbered tier labels with points and an "
         "indicator score column, typed percent cells, 百分点 (correct)")  # fmt: skip
def hotline_points() -> Book:
    b, s = start()
    project_head(s, year=2026, name="12348公共法律服务热线免费咨询项目",
                 dept="砚湖市司法局 311002", unit="砚湖市法律援助中心",
                 money=funds(36, 36, 0),
                 goals=["全年通过热线和窗口提供免费法律咨询不少于6000人次（其中热线4000人次、"
                        "窗口2000人次），咨询群众满意度保持在90%以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "分值")
    indicators(s, head, HOTLINE)
    notes(s, "注：一级指标后括号内为该类指标分值，与各三级指标分值合计均为100分。")
    signed(s, "邬晴岚", "0571-86630412", filled(2025, 11, 12))
    return b


GRID = [
    ("1.产出指标", "（1）数量指标", "免费法律咨询人次", "≥5000人次"),
    (None, None, "覆盖社区网格数", "≥86个"),
    (None, None, "编印法律明白纸", "≥10000份"),
    (None, "（2）质量指标", "咨询解答准确率", "≥95%"),
    (None, None, mk("免费法律咨询服务人次", "D103", "warning", row=True, alt=("D101", "F201"),
                    note="the same count as 免费法律咨询人次 with one word more, under 质量"),
     "≥5000人次"),
    (None, "（3）时效指标", "年度咨询台账归档时间",
     mk("2025年12月31日前", "Y102", "error", alt=("Y103",),
        note="a deadline before the 2026 project starts: last season's value left in")),
    (None, "（4）成本指标", "网格咨询点运行补助", "≤3000元/个"),
    ("2.效益指标", "（1）社会效益指标", "居民法律知晓率", "≥85%"),
    (None, "（2）可持续影响指标", "网格法律咨询常态化机制", "建立并执行"),
    ("3.满意度指标", "（1）服务对象满意度指标", "咨询居民满意度", "≥90%"),
]  # fmt: skip


@variant("kgj02-grid-years", (5, 7),
         "project, OLD-NAT, numbered labels, headers 指标内容 and 绩效标准: last year in the "
         "goal, a deadline before the year, a near-duplicate count under 质量")  # fmt: skip
def grid_years() -> Book:
    b, s = start()
    goal = mk("2025年在全区9个街道、86个社区网格开展免费法律咨询，全年咨询不少于5000人次，"
              "编印法律明白纸1万份。", "Y103", "warning", alt=("Y101",),
              note="the goal names 2025 in a 2026 return: last year's text")  # fmt: skip
    project_head(
        s,
        year=2026,
        name="社区免费法律咨询进网格项目",
        dept="棠川区司法局 207",
        unit="棠川区公共法律服务中心",
        money=funds(28, 25, 3),
        goals=[goal],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), GRID)
    signed(s, "柯望舒", "0571-83125607", filled(2025, 12, 2))
    return b


def centre_head(s: Sheet, dept: str, budget: list[Any], goal: str) -> None:
    """The department head of a public legal service centre (2026)."""
    department_head(s, year=2026, dept=dept, budget=[budget], goal=goal)


CENTRE = [
    ("免费法律咨询人次", 15, "人次", "≥", 12000),
    ("法律援助案件办结数", 15, "件", "≥", 480),
    ("法律援助案件质量评查合格率", 15, "%", "≥", pct(0.95)),
    ("受援人投诉下降率", 10, "%", "≥", pct(0.1)),
    ("重大群体性涉法信访事件", 10, "起", "≤", 0),
    ("咨询回复及时率", 10, "%", "≥", pct(0.98)),
    ("法律援助案均办理成本", 10, "元/件", "≤", 2500),
    ("服务对象满意度", 15, "%", "≥", pct(0.92)),
]  # fmt: skip


@variant("kgj03-centre-flat", (3, 11, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 下降率 with ≥, 0起 on an incident count (correct)")  # fmt: skip
def centre_flat() -> Book:
    b, s = start()
    money_row = [money(420), money(400), money(20), money(300), money(120)]
    centre_head(
        s,
        "柘峰县公共法律服务中心",
        money_row,
        "全年提供免费法律咨询不少于1.2万人次，办结法律援助案件不少于480件。",
    )
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(CENTRE)
    s.row("合计", 100)
    notes(s, "说明：指标性质栏填写比较符；案均成本按项目支出120万元÷480件测算。")
    signed(s, "钟以宁", "0573-65218841", filled(2025, 11, 20))
    return b


AIDDESK = [
    ("免费法律咨询接待人次", "≥8000", "正向", "人次", 20),
    ("法律援助案件受理数", "≥350", "正向", "件", 15),
    ("案件质量评查优良率", "≥90%", "正向", "%", 15),
    ("受援人投诉率", mk("≥2%", "T108", "warning", row=True,
                        note="a complaint rate is 反向 (the column says so) but takes ≥"), "反向",
     "%", 10),
    ("咨询预约响应时间", "≤24", "反向", "小时", 10),
    ("法治宣传活动场次", "≥40", "正向", "场", 10),
    ("受援群众满意度", "≥90%", "正向", "%", 15),
]  # fmt: skip


@variant("kgj04-aiddesk-flat", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def aiddesk_flat() -> Book:
    b, s = start()
    money_row = [money(260), money(240), money(20), money(180), money(80)]
    centre_head(
        s,
        "棠川区法律援助中心",
        money_row,
        "全年接待免费法律咨询8000人次以上，受理法律援助案件350件以上。",
    )
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+10+15 = 95, not 100")
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(AIDDESK)
    signed(s, "庞若溪", "0573-67420935", filled(2025, 11, 26))
    return b


CODES = ("301005", "33012626100000418")
STATIONS = [
    ("产出指标", "数量指标", "乡镇公共法律服务站免费咨询点", "≥48个"),
    (None, None, "律师驻站值班天数", "≥2400天"),
    (None, "质量指标", "咨询登记规范率", "=100%"),
    (None, "时效指标", "值班排班表公布时间", "每月25日前"),
    ("成本指标", "经济成本指标", "律师驻站值班补贴标准", "≤270元/天"),
    ("效益指标", "社会效益指标", "群众就近获得法律咨询比例", "≥90%"),
    (None, "可持续影响指标", "站所联动咨询机制", "长期有效"),
    ("满意度指标", "服务对象满意度指标", "咨询群众满意度", "≥90%"),
]  # fmt: skip


@variant("kgj05-stations-export", (7,),
         "budget-system export: sheets 05-1 (budget) and 05-2 (goals) with unit and project "
         "codes in the first columns, header 绩效目标值 on the third row (correct)")  # fmt: skip
def stations_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：砚湖市司法局（本级）", None, None, None, "金额单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(*CODES, "乡镇公共法律服务站免费法律咨询项目", money(64.8), money(60), money(4.8))
    s.row("合计", None, None, money(64.8), money(60), money(4.8))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 20, 14, 18, 32, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：砚湖市司法局（本级）")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "绩效目标值")
    t.table([(*CODES, *line) for line in STATIONS], merged=(3, 4))
    return b


@variant("kgj06-elderly-artefacts", (9, 12),
         "project, NAT-2021, operator inside the values: an end date as a serial in a text "
         "cell, a goal count given otherwise, a unit cost above the money")  # fmt: skip
def elderly_artefacts() -> Book:
    b, s = start()
    end = mk("46387", "X104", "warning", note="the plan's end date typed as a serial (2026-12-31)")
    project_head(s, year=2026, name="高龄独居老人上门免费法律咨询项目", end=end,
                 dept="砚湖市棠川区司法局 207", unit="棠川区老年人法律服务工作站",
                 money=funds(money(15, WAN), money(15, WAN), money(0, WAN), WAN),
                 goals=["为辖区80岁以上独居老人上门提供免费法律咨询不少于600户次，"
                        "发放老年人法律服务联系卡1200张。"])  # fmt: skip
    cost = mk(
        "≤300元/户次",
        "B107",
        "warning",
        row=True,
        note="300元 × 600户次 = 18万元, above the 15万元 of the project",
    )
    card = mk("≥1000张", "D104", "warning", row=True, note="the goal says 1200张")
    rows = [
        ("产出指标", "数量指标", "上门法律咨询户次", "≥600户次"),
        (None, None, "发放老年人法律服务联系卡", card),
        (None, "质量指标", "咨询记录完整率", "≥95%"),
        (None, "时效指标", "预约上门响应时间", "≤3个工作日"),
        ("成本指标", "经济成本指标", "上门服务补贴标准", cost),
        ("效益指标", "社会效益指标", "老年人遗嘱、赡养等纠纷化解率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受访老人满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    signed(s, "葛辰溪", "0571-83350216", filled(2025, 11, 28))
    return b
