"""Returns keq13–keq18: home visits (上门探访) to elderly people living alone."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout813.common import (
    HEAD_OP,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    period,
    sign,
    wan,
)
from tests.variants.holdout813.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "柏岭县民政局（415）"


@variant(
    "keq13-visit-word-operators",
    (1, 11),
    "project, OLD-NAT, operators in words in 指标性质, unit column, typed percents, =0 on an "
    "incident count, a response time with 小于等于 (correct)",
)
def keq13() -> Book:
    b, s = book()
    goal = "为1000户独居老人建立探访档案，全年上门探访不少于12000人次，紧急情况30分钟内响应。"
    project_head(
        s,
        year=YEAR,
        name="柏岭县独居老人上门探访服务",
        dept=DEPT,
        unit="柏岭县居家养老服务站",
        money=one_year(80, 70, 10),
        goals=[goal],
    )
    indicators(s, [
        ("产出指标", "数量指标", "独居老人上门探访人次", "大于等于", 12000, "人次"),
        (None, None, "建立探访档案户数", "大于等于", 1000, "户"),
        (None, "质量指标", "建档独居老人探访覆盖率", "等于", pct(1), "%"),
        (None, None, "探访中漏报失联老人数", "等于", 0, "人"),
        (None, "时效指标", "紧急情况响应时间", "小于等于", 30, "分钟"),
        (None, "成本指标", "每人次上门探访补贴", "小于等于", 50, "元/人次"),
        ("效益指标", "社会效益指标", "独居老人意外发生率", "小于等于", pct(0.02), "%"),
        (None, "可持续影响指标", "探访志愿者队伍稳定率", "大于等于", pct(0.85), "%"),
        ("满意度指标", "服务对象满意度指标", "受访老人满意度", "大于等于", pct(0.9), "%"),
    ], head=HEAD_OP)  # fmt: skip
    sign(s, "黎书蔚", "0736-4417260")
    return b


@variant(
    "keq14-visit-cost",
    (5, 12),
    "project, NAT-2021 with abbreviated tier labels (产出, 数量…): the goal's household count "
    "against the indicator, visit subsidy × visits over the money",
)
def keq14() -> Book:
    b, s = book()
    goal = "为全镇1500户独居、空巢老人提供上门探访，全年探访不少于15000人次，每人次补贴不超过80元。"
    project_head(
        s,
        year=YEAR,
        name="青杠镇空巢老人探访关爱",
        dept=DEPT,
        unit="柏岭县青杠镇人民政府",
        money=one_year(90, 80, 10),
        goals=[goal],
    )
    indicators(s, [
        ("产出", "数量", "探访服务户数",
         mk("≥1200户", "D104", "warning", row=True, note="年度目标写1500户")),
        (None, None, "上门探访人次", "≥15000人次"),
        (None, "质量", "探访记录完整率", "≥95%"),
        (None, "时效", "异常情况上报时限", "≤2小时"),
        ("成本", "经济成本", "每人次探访补贴标准",
         mk("≤80元/人次", "B107", "warning", row=True,
            note="80元 × 15000人次 = 120万元，超过年度资金 90万元")),
        ("效益", "社会效益", "空巢老人意外及时发现率", "≥95%"),
        ("满意度", "服务对象满意度", "受访老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "keq15-visit-department",
    (4, 12),
    "department, NAT-2021: tasks adding to 项目支出, a 说明 row in the table, the header repeated "
    "after a page break, a footnote on the total (correct)",
)
def keq15() -> Book:
    b, s = book()
    tasks = [
        ("上门探访", "独居、空巢老人上门探访", wan(80), "探访不少于12000人次"),
        ("社区助餐", "长者食堂运营补贴", wan(60), "供餐不少于36000人次"),
        ("康复服务", "日间照料中心康复室运营", wan(40), "康复器械完好率95%以上"),
        ("金额合计", None, wan(180), None),
    ]
    goal = (
        "1.全年上门探访独居老人不少于12000人次；2.长者食堂供餐不少于36000人次；"
        "3.服务对象满意度不低于90%。"
    )
    department_head(
        s,
        year=YEAR,
        dept="柏岭县居家养老服务站",
        tasks=tasks,
        goal=goal,
        budget=[(wan(560), wan(500), wan(60), wan(380), wan(180))],
    )
    indicators(s, [
        ("产出指标", "数量指标", "上门探访人次", "≥12000人次"),
        (None, None, "长者食堂供餐人次", "≥36000人次"),
        (None, "质量指标", "康复器械完好率", "≥95%"),
        (None, "时效指标", "探访记录上传及时率", "≥95%"),
    ])  # fmt: skip
    notes(s, "说明：以下指标按季度考核，数据由居家养老服务信息平台提供。", width=4)
    s.skip()
    indicators(s, [
        ("成本指标", "经济成本指标", "每人次上门探访补贴", "≤50元/人次"),
        ("效益指标", "社会效益指标", "独居老人意外发生率", "≤2%"),
        (None, "可持续影响指标", "日间照料中心服务覆盖率较上年提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：金额合计180万元即项目支出，基本支出380万元不列入年度主要任务。",
        "填表说明：指标值应写明比较符和计量单位。",
    )
    sign(s, "龙沛然", "0736-4419035", day(YEAR - 1, 11, 25))
    return b


@variant(
    "keq16-visit-duplicates",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: one count repeated under two tier-2s, two "
    "satisfaction rates naming one measure",
)
def keq16() -> Book:
    b, s = book()
    goal = (
        "组织志愿者为800户独居老人每月上门探访一次，全年探访不少于9600人次，受访老人满意度90%以上。"
    )
    project_head(
        s,
        year=YEAR,
        name="柏岭县志愿者结对探访",
        dept=DEPT,
        unit="柏岭县志愿服务联合会",
        money=one_year(30, 30, 0),
        goals=[goal],
    )
    indicators(s, [
        ("产出指标", "数量指标", "独居老人上门探访人次", "≥9600人次"),
        (None, None, "结对独居老人户数", "≥800户"),
        (None, "质量指标", "探访记录完整率", "≥95%"),
        (None, "时效指标", "每月探访完成时间", "每月25日前"),
        (None, "成本指标", "每人次志愿服务补贴", "≤30元/人次"),
        ("效益指标", "社会效益指标", "独居老人上门探访人次",
         mk("≥9600人次", "D101", "warning", row=True, note="与数量指标下的同名指标重复")),
        (None, "可持续影响指标", "结对关系保持率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "探访服务满意度", "≥90%"),
        (None, None, "上门探访服务满意度",
         mk("≥95%", "D103", "warning", row=True, alt=("D102",),
            note="与“探访服务满意度 ≥90%”几乎同名，值不同")),
    ], head=("一级指标", "二级指标", "指标内容", "绩效标准"))  # fmt: skip
    notes(s, "填表说明：绩效标准须可量化；定性指标请写明等级。", width=4)
    return b


@variant(
    "keq17-visit-two-year",
    (8,),
    "two-year project, OLD-NAT, two-row header with 实施期 and 年度 columns, the year's households "
    "the goal's bracketed parts (correct)",
)
def keq17() -> Book:
    b, s = book()
    goals = [
        "2026—2027年为2400户独居、空巢老人建立探访档案，累计上门探访不少于24000人次。",
        "2026年为1200户老人建档（其中独居老人800户、空巢老人400户），上门探访不少于12000人次。",
    ]
    project_head(
        s,
        year=YEAR,
        years=2,
        attr="新增项目",
        name="柏岭县空巢独居老人探访两年行动",
        dept=DEPT,
        unit="柏岭县居家养老服务站",
        goals=goals,
        money=period((160, 140, 20), (80, 70, 10)),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "实施期（2026—2027年）", "2026年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "独居老人建档户数", "≥1600户", "≥800户"),
        (None, None, "空巢老人建档户数", "≥800户", "≥400户"),
        (None, None, "上门探访人次", "≥24000人次", "≥12000人次"),
        (None, "质量指标", "探访记录完整率", "≥95%", "≥95%"),
        (None, "时效指标", "紧急情况响应时间", "≤30分钟", "≤30分钟"),
        (None, "成本指标", "每人次上门探访补贴", "≤50元/人次", "≤50元/人次"),
        ("效益指标", "社会效益指标", "独居老人意外发生率", "≤2%", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "受访老人满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "keq18-visit-period-points",
    (8, 10),
    "two-year project, OLD-NAT, 中期 and 年度 columns and a score column: end date past the period,"
    " a cumulative count copied, tier points ≠ sum",
)
def keq18() -> Book:
    b, s = book()
    goals = [
        "两年内为青杠、石门两镇独居老人上门探访累计20000人次，建立紧急呼叫响应机制。",
        "2026年上门探访独居老人10000人次，紧急呼叫30分钟内响应。",
    ]
    end = mk(
        day(YEAR + 2, 12, 31),
        "Y102",
        "error",
        alt=("Y101",),
        note="项目期2年（2026—2027年），计划完成日期却是2028-12-31",
    )
    project_head(
        s,
        year=YEAR,
        years=2,
        attr="新增项目",
        name="青杠石门两镇独居老人探访",
        dept=DEPT,
        unit="柏岭县居家养老服务站",
        goals=goals,
        end=end,
        money=period((120, 100, 20), (60, 50, 10)),
    )
    b.file_mark("W101", "error", required=False, note="指标分值合计 95，可能同时报权重不足 100")
    indicators(s, [
        (mk("产出指标（50分）", "W103", "error", note="其下指标分值 15+15+10+5 = 45 ≠ 50"),
         "数量指标", "上门探访人次", "≥20000人次",
         mk("≥20000人次", "D202", "warning", note="两年累计数照抄到年度列，年度目标写10000人次"),
         15),
        (None, None, "覆盖乡镇数", "≥2个", "≥2个", 15),
        (None, "时效指标", "紧急呼叫响应时间", "≤30分钟", "≤30分钟", 10),
        (None, "成本指标", "每人次上门探访补贴", "≤50元/人次", "≤50元/人次", 5),
        ("效益指标（30分）", "社会效益指标", "独居老人意外发生率", "≤2%", "≤2%", 15),
        (None, "可持续影响指标", "紧急呼叫机制运行率", "≥95%", "≥95%", 15),
        ("满意度指标（20分）", "服务对象满意度指标", "受访老人满意度", "≥90%", "≥90%", 20),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "分值"))  # fmt: skip
    return b
