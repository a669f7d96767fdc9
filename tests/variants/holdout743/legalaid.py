"""Free legal-aid services (法律援助): kby07–kby12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout743.common import BUREAU, HEAD4, indicators, money_rows, sign, start, w
from tests.variants.holdout743.registry import variant
from tests.variants.kit import Book, day, mk, ok

CENTRE = "枫渚县法律援助中心"
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ROWS07 = [
    ("产出指标", "数量指标", "法律援助案件办理数", "≥3000件", "≥1000件"),
    (None, None, "值班律师法律帮助人次", "≥4500人次", "≥1500人次"),
    (None, "质量指标", "案件质量评查合格率", "≥95%", "≥95%"),
    (None, "时效指标", "法律援助申请审查时限", "≤7个工作日", "≤7个工作日"),
    ("成本指标", "经济成本指标", "案均办案补贴标准", "≤850元/件", "≤850元/件"),
    ("效益指标", "社会效益指标", "受援群众法律援助知晓率", "≥85%", "≥80%"),
    (None, "可持续影响指标", "乡镇法律援助工作站覆盖率", "=100%", "=100%"),
    ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", "≥90%"),
]


@variant(
    "kby07-legal-aid-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: period counts three times the year's, =100% at the ceiling, 2028 prepared for "
    "(correct)",
)
def kby07() -> Book:
    b, s = start()
    project_head(
        s, year=2025, years=3, name="法律援助案件办理补贴", dept=BUREAU, unit=CENTRE,
        attr="新增项目", money=money_rows(270, 270, 0, 90, 90, 0),
        goals=("2025—2027年累计办理法律援助案件3000件，值班律师提供法律帮助4500人次，"
               "乡镇工作站全覆盖，为2028年推行法律援助“全县通办”积累经验。",
               "2025年办理法律援助案件1000件，值班律师提供法律帮助1500人次，"
               "案件质量评查合格率95%以上。"),
    )  # fmt: skip
    indicators(s, TWO, ROWS07)
    return b


GOAL08 = (
    "健全县乡村三级法律援助网络，扩大法律援助覆盖面，提升案件办理质量，让困难群众及时获得法律援助。"
)
ROWS08 = [
    ("产出指标", "数量指标", "法律援助案件办理数", "≥1200件",
     mk("≥1500件", "D201", "error", note="年度 1500 件超过两年实施期 1200 件")),
    (None, None, "值班律师法律帮助人次", "≥3000人次",
     mk("≥3000人次", "D202", "warning", note="两年期累计人次原样抄到年度列")),
    (None, "质量指标", "案件质量评查合格率", "≥95%", "≥95%"),
    (None, "时效指标", "法律援助申请审查时限", "≤7个工作日", "≤7个工作日"),
    ("成本指标", "经济成本指标", "案均办案补贴标准", "≤500元/件", "≤500元/件"),
    ("效益指标", "社会效益指标", "困难群众应援尽援率", "=100%", "=100%"),
    ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "kby08-legal-aid-period-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 "
    "columns: 中期目标 copied to 年度目标, a year's count above the period's, a period count "
    "copied",
)
def kby08() -> Book:
    b, s = start()
    copied = mk(GOAL08, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project_head(
        s, year=2025, years=2, name="基层法律援助工作站提质", dept=BUREAU, unit=CENTRE,
        attr="新增项目", money=money_rows(160, 160, 0, 80, 80, 0), goals=(GOAL08, copied),
    )  # fmt: skip
    indicators(s, TWO, ROWS08)
    return b


PTS = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值", "评价标准")
FULL = "达到目标值得满分，未达到按比例扣分"
ROWS09 = [
    ("一、产出指标（40分）", "（一）数量指标", "值班律师派驻工作站数", "≥6个", 10, FULL),
    (None, None, "值班律师法律帮助人次", "≥2400人次", 10, FULL),
    (None, "（二）质量指标", "法律帮助记录归档率", "≥98%", 10, FULL),
    (None, "（三）时效指标", "值班律师到岗及时率", "≥95%", 10, FULL),
    ("二、成本指标（20分）", "（一）经济成本指标", "值班律师补贴标准", "≤200元/人次", 20,
     "超出标准不得分"),
    ("三、效益指标（30分）", "（一）社会效益指标", "认罪认罚案件值班律师参与率", "≥90%", 15,
     FULL),
    (None, "（二）可持续影响指标", "值班律师工作制度", "健全", 15, "制度健全得满分"),
    ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受援对象满意度", "≥90%", 10, FULL),
]  # fmt: skip


@variant(
    "kby09-duty-lawyer-points",
    (5, 7, 10),
    "project, NAT-2021, numbered tier labels with "
    "points, headers 考核指标 and 目标值（年度）, indicator scores, 100 both ways, cost × "
    "count equal to the money (correct)",
)
def kby09() -> Book:
    b, s = start("绩效目标")
    project_head(
        s, year=2025, name="法律援助值班律师工作站运行", dept=BUREAU, unit=CENTRE,
        money=money_rows(48, 48, 0),
        goals=("在县看守所、法院及4个中心司法所派驻值班律师，全年提供法律帮助2400人次。",),
    )  # fmt: skip
    indicators(s, PTS, ROWS09)
    s.row("合计", None, None, None, 100, None)
    return b


ROWS10 = [
    ("★产出", "数量", "法律援助案件办理数", "≥600件"),
    (None, "质量", "法律援助案件结案率",
     mk("≥580件", "T105", "error", note="结案率给的是件数")),
    (None, "时效", "法律援助案件质量评查合格率",
     mk("≥95%", "F201", "warning", row=True, note="评查合格率是质量指标，填在时效下")),
    (None, "成本", "案均办案补贴", "≤800元/件"),
    ("★效益", "社会效益", "困难群众应援尽援率", "=100%"),
    (None, None, "受援人满意度",
     mk("≥90%", "F201", "warning", row=True, note="满意度指标填在社会效益下")),
    ("★满意度", "服务对象满意度", "承办律师对中心服务满意度", "≥85%"),
]  # fmt: skip


@variant(
    "kby10-legal-aid-wrong-tier2",
    (5,),
    "project, OLD-NAT, abbreviated tier labels with ★: "
    "a quality rate under 时效, a satisfaction rate under 社会效益, a rate given as a count",
)
def kby10() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="法律援助案件补贴", dept=BUREAU, unit=CENTRE,
        money=money_rows(50, 50, 0),
        goals=("全年办理法律援助案件600件，做到应援尽援、援必优质。",),
    )  # fmt: skip
    indicators(s, HEAD4, ROWS10)
    return b


TASKS11 = [
    ("刑事法律援助", "指派律师办理刑事法律援助案件", w(40), "办理刑事案件400件"),
    ("民事及行政法律援助", "农民工讨薪、工伤、婚姻家庭等案件", w(38), "办理案件500件"),
    ("值班律师法律帮助", "看守所、法院值班律师补贴", w(16), "法律帮助800人次"),
    ("金额合计", None, w(94), None),
]
ROWS11 = [
    ("产出指标", "数量指标", "刑事法律援助案件数", "≥400件"),
    (None, None, "民事及行政法律援助案件数", "≥500件"),
    (None, None, "值班律师法律帮助人次", "≥800人次"),
    (None, "质量指标", "案件质量评查合格率", "≥95%"),
    (None, "时效指标", "法律援助申请审查时限", "≤7个工作日"),
    ("成本指标", "经济成本指标", "刑事案件办案补贴标准", "≤1000元/件"),
    (None, None, "民事及行政案件办案补贴标准", "≤760元/件"),
    ("效益指标", "社会效益指标", "为农民工挽回经济损失", "≥300万元"),
    ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
]


@variant(
    "kby11-legal-aid-department",
    (12,),
    "department, NAT-2021, budget and tasks adding up, "
    "a goal total with its parts in brackets, fill date in the previous year (correct)",
)
def kby11() -> Book:
    b, s = start("部门整体")
    department_head(
        s, year=2025, dept=CENTRE,
        budget=[(w(186.5), w(180.5), w(6), w(92.5), w(94))],
        tasks=TASKS11,
        goal="全年办理法律援助案件900件（其中刑事案件400件、民事及行政案件500件），"
        "值班律师提供法律帮助800人次，受援人满意度90%以上。",
    )  # fmt: skip
    indicators(s, HEAD4, ROWS11)
    sign(s, "苏景和", "0591-6283552", day(2024, 11, 18))
    return b


ROWS12 = [
    ("产出指标", "数量指标", "12348热线法律咨询接听量", "≥20000人次"),
    (None, "质量指标", "热线咨询答复准确率", "≥95%"),
    (None, "时效指标", "热线系统扩容完成时间",
     mk("2026年1月15日前", "Y102", "error", alt=("Y103",),
        note="一年期 2025 年项目，完成期限落在 2026 年")),
    ("成本指标", "经济成本指标", "坐席人员月均服务费", "≤4500元/人·月"),
    ("效益指标", "社会效益指标", "热线咨询投诉率",
     mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为 ≤")),
    ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%"),
]  # fmt: skip


@variant(
    "kby12-hotline-dates",
    (11,),
    "project, NAT-2021: title 2025 but plan dates in 2024, a "
    "deadline in 2026 for a one-year project, ≥ on a 投诉率",
)
def kby12() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="12348公共法律服务热线运行", dept=BUREAU,
        unit="枫渚县公共法律服务中心", money=money_rows(32.4, 32.4, 0),
        start=mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                 note="2025 年度申报表的计划起止日期仍是 2024 年，上年表格未改"),
        end=day(2024, 12, 31),
        title=ok("2025年度项目支出绩效目标申报表", "error", note="年度冲突也可报在标题"),
        goals=("6个坐席全年值守12348热线，接听法律咨询20000人次以上，完成热线系统扩容。",),
    )  # fmt: skip
    indicators(s, HEAD4, ROWS12)
    return b
