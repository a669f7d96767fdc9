"""Returns keq07–keq12: rehabilitation rooms (康复室) at day-care centres."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout813.common import YEAR, book, indicators, notes, one_year, sign, wan
from tests.variants.holdout813.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

DEPT = "芦屿县民政局（207）"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "keq07-rehab-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and an indicator score column adding up "
    "both ways, a rate raised in 百分点 (correct)",
)
def keq07() -> Book:
    b, s = book()
    goal = (
        "为2个日间照料中心康复室配置康复器械40台，全年提供康复训练不少于8000人次，"
        "失能老人康复训练参与率较上年提高5个百分点。"
    )
    project_head(
        s,
        year=YEAR,
        name="芦屿县日间照料中心康复室运营",
        dept=DEPT,
        unit="芦屿县社会福利服务中心",
        money=one_year(60, 50, 10),
        goals=[goal],
    )
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "1.康复室配置康复器械", "≥40台", 10),
        (None, None, "2.康复训练服务人次", "≥8000人次", 10),
        (None, "（二）质量指标", "3.康复器械完好率", "≥95%", 10),
        (None, "（三）时效指标", "4.康复室全年开放天数", "≥250天", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.每人次康复训练成本", "≤60元/人次", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.失能老人康复训练参与率较上年提高",
         "≥5百分点", 15),
        (None, None, "7.康复对象跌倒发生率", "≤3%", 5),
        (None, "（二）可持续影响指标", "8.康复室每周开放时长", "≥40小时", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "9.康复对象满意度", "≥90%", 20),
    ], head=("一级指标", "二级指标", "三级指标", "指标值", "分值"))  # fmt: skip
    return b


@variant(
    "keq08-rehab-wrong-tier",
    (7,),
    "project, OLD-NAT, headers 考核指标 and 目标值（年度）: a quality rate under 时效, a "
    "satisfaction rate under 社会效益, a deadline in the next year",
)
def keq08() -> Book:
    b, s = book()
    goal = "完成禾渡镇日间照料中心康复室改造，年内投入使用，全年康复服务不少于3000人次。"
    project_head(
        s,
        year=YEAR,
        name="禾渡镇日间照料中心康复室改造",
        dept=DEPT,
        unit="芦屿县禾渡镇人民政府",
        money=one_year(35, 30, 5),
        goals=[goal],
    )
    indicators(s, [
        ("产出指标", "数量指标", "康复服务人次", "≥3000人次"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", mk("康复器械完好率", "F201", "warning", row=True,
                            note="完好率是质量指标，填在时效指标下"), "≥95%"),
        (None, None, "康复室改造完工时间",
         mk("2027年6月30日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2026年）的完工期限落在2027年")),
        (None, "成本指标", "康复室改造成本", "≤30万元"),
        ("效益指标", "社会效益指标", mk("康复对象满意度", "F201", "warning", row=True,
                                  note="满意度应填在满意度指标下"), "≥90%"),
        (None, "可持续影响指标", "康复室投入使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "老人家属满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "考核指标", "目标值（年度）"))  # fmt: skip
    return b


@variant(
    "keq09-rehab-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percents, a 下降率 with ≥, weights add to 100 (correct)",
)
def keq09() -> Book:
    b, s = book()
    tasks = [
        ("康复室运营", "2个康复室日常开放及器械维护", wan(70), "全年开放不少于250天"),
        ("康复评估", "失能、半失能老人康复评估", wan(50), "评估1200人"),
        ("金额合计", None, wan(120), None),
    ]
    goal = (
        "1.全年为1200名失能、半失能老人开展康复评估；2.康复室开放不少于250天；3.满意度不低于90%。"
    )
    department_head(
        s,
        year=YEAR,
        dept="芦屿县社会福利服务中心",
        tasks=tasks,
        goal=goal,
        budget=[(wan(420), wan(380), wan(40), wan(300), wan(120))],
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    s.table([
        ("康复评估人数", 20, "人", "≥", 1200),
        ("康复室开放天数", 15, "天", "≥", 250),
        ("康复器械完好率", 15, "%", "≥", pct(0.95)),
        ("康复对象失能等级下降率", 15, "%", "≥", pct(0.1)),
        ("康复对象跌倒发生率", 10, "%", "≤", pct(0.03)),
        ("每人次康复训练成本", 10, "元/人次", "≤", 60),
        ("康复对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "覃知远", "0719-5581206")
    return b


@variant(
    "keq10-rehab-flat-defects",
    (3, 12),
    "department, flat list: tasks not adding to 金额合计, the goal's assessment count against the "
    "indicator, weights adding to 95",
)
def keq10() -> Book:
    b, s = book()
    tasks = [
        ("康复室运营", "3个康复室开放及器械维护", wan(40), "全年开放不少于250天"),
        ("康复评估", "失能老人康复评估及档案建立", wan(50), "评估1200人次"),
        ("康复辅具租赁", "轮椅、助行器等辅具租赁补贴", wan(25), "服务300人"),
        ("金额合计", None, mk(wan(120), "B102", "error", note="40 + 50 + 25 = 115 ≠ 120"), None),
    ]
    goal = "1.全年开展康复评估1200人次；2.康复辅具租赁服务300人；3.康复对象满意度不低于90%。"
    department_head(
        s,
        year=YEAR,
        dept="芦屿县禾渡镇社会事务办",
        tasks=tasks,
        goal=goal,
        budget=[(wan(260), wan(230), wan(30), wan(140), wan(120))],
    )
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+20 = 95，应为 100")
    s.row(*FLAT)
    s.table([
        ("康复评估人次", 20, "人次", "≥",
         mk(800, "D104", "warning", row=True, note="年度总体目标与任务写1200人次")),
        ("康复辅具租赁服务人数", 15, "人", "≥", 300),
        ("康复室开放天数", 15, "天", "≥", 250),
        ("康复器械完好率", 15, "%", "≥", pct(0.95)),
        ("康复对象跌倒发生率", 10, "%", "≤", pct(0.03)),
        ("康复对象满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "keq11-rehab-export",
    (7,),
    "budget-system export: project head in 元 on sheet 05-1, the indicator table on sheet 05-2 with"
    " codes in the first columns, header 预期实现值 (correct)",
)
def keq11() -> Book:
    b, s = book("部门项目支出预算05-1")
    name = "芦屿县社区康复室适老化改造"
    goal = "完成3间社区康复室适老化改造，于2026年10月底前投入使用，改造后月均服务不少于600人次。"
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=DEPT,
        unit="芦屿县社会福利服务中心",
        attr="一次性项目",
        money_label="项目资金（元）",
        goals=[goal],
        money=[
            ["年度资金总额", money(450000, YUAN), "其中：财政拨款", money(400000, YUAN)],
            ["其他资金", money(50000, YUAN), None, None],
        ],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (20, 28, 14, 14, 30, 18))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    t.row("单位：芦屿县社会福利服务中心", None, None, None, "金额单位：元", merge=[(1, 4)])
    code = "331022260000417"
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值")
    rows = [
        ("产出指标", "数量指标", "康复室适老化改造数量", "≥3间"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", "2026年10月31日前"),
        (None, "成本指标", "每间康复室改造补助", "≤150000元/间"),
        ("效益指标", "社会效益指标", "改造后康复室月均服务人次", "≥600人次"),
        (None, "可持续影响指标", "改造设施使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "康复对象满意度", "≥90%"),
    ]  # fmt: skip
    t.table([(code, name, *r) for r in rows], merged=(3, 4))
    return b


@variant(
    "keq12-rehab-year-leftover",
    (9,),
    "project, OLD-NAT, one value column: last year in the goal, the goal's room count against the "
    "indicator, the end date typed as a serial",
)
def keq12() -> Book:
    b, s = book()
    goal = mk(
        "2025年完成3间日间照料中心康复室改造并投入使用，全年康复训练不少于2000人次。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="去年申报表的年份未改：预算年度为2026年",
    )
    end = mk("46387", "X104", "warning", note="文本中的 Excel 日期序列号（2026-12-31）")
    project_head(
        s,
        year=YEAR,
        name="槐荫街道康复室改造提升",
        dept="槐岗市柘湾区民政局（318）",
        unit="柘湾区槐荫街道社区服务中心",
        money=one_year(48, 40, 8),
        goals=[goal],
        end=end,
    )
    indicators(s, [
        ("产出指标", "数量指标", "康复室改造数量",
         mk("≥2间", "D104", "warning", row=True, note="年度目标写改造3间")),
        (None, None, "康复训练服务人次", "≥2000人次"),
        (None, "质量指标", "改造验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间", "2026年9月30日前"),
        (None, "成本指标", "每间康复室改造补助", "≤15万元/间"),
        ("效益指标", "社会效益指标", "失能老人康复服务可及率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "康复对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：改造清单以街道验收报告为准。")
    sign(s, "蒙嘉禾", "0719-6630952")
    return b
