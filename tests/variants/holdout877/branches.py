"""Returns khc07–khc12: 乡镇分馆 (township branch libraries) of 鹭汀县图书馆."""

from __future__ import annotations

from tests.variants.holdout877.common import (
    DEPT,
    LIB,
    YEAR,
    annual,
    department,
    indicators,
    note,
    period,
    project,
    start,
    wan,
)
from tests.variants.holdout877.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok

HEAD_P = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ROWS07 = [
    ("产出指标", "数量指标", "标准化改造乡镇分馆数", "≥14个", "≥5个"),
    (None, None, "分馆新增藏书量", "≥4.2万册", "≥1.5万册"),
    (None, "质量指标", "分馆改造验收合格率", "100%", "100%"),
    (None, "时效指标", "年度改造任务完成时间", "每年12月31日前", "2026年12月31日前"),
    ("成本指标", "经济成本指标", "单个分馆改造补助标准", "≤25万元/个", "≤25万元/个"),
    ("效益指标", "社会效益指标", "分馆外借人次", "≥9万人次", "≥2.5万人次"),
    (None, "可持续影响指标", "通借通还覆盖乡镇比例", "100%", "≥40%"),
    ("满意度指标", "服务对象满意度指标", "分馆读者满意度", "≥90%", "≥90%"),
]


@variant(
    "khc07-branch-three-years",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 value columns: counts smaller "
    "in the year, rates and a unit cost equal in both (correct)",
)
def khc07() -> Book:
    b, s = start()
    goals = ["三年内完成14个乡镇分馆标准化改造，建成县域通借通还总分馆体系。",
             "2026年完成5个乡镇分馆标准化改造，新增分馆藏书1.5万册。"]  # fmt: skip
    money_rows = period((wan(450), wan(390), wan(60)), (wan(150), wan(130), wan(20)))
    project(s, "乡镇分馆标准化改造（2026—2028）", money_rows, goals, years=3, attr="新增项目")
    indicators(s, ROWS07, HEAD_P)
    return b


ROWS08 = [
    ("产出指标", "数量指标", "乡镇分馆图书配送总量", "≥3万册",
     mk("≥3万册", "D202", "warning", alt=("D104",), note="累计配送量的年度值照抄了两年期的中期值")),
    (None, None, "分馆流通点新建个数", "≥20个",
     mk("≥20个", "D202", "warning", alt=("D104",), note="累计新建数的年度值照抄了中期值")),
    (None, None, "分馆管理员培训人次", "≥120人次", "≥60人次"),
    (None, "质量指标", "配送图书分编合格率", "≥98%", "≥98%"),
    (None, "时效指标", "配送需求响应时间", "≤5个工作日", "≤5个工作日"),
    (None, "成本指标", "每册图书配送加工成本", "≤4元/册", "≤4元/册"),
    ("效益指标", "社会效益指标", "流通点年借阅人次", "≥4万人次", "≥2万人次"),
    ("满意度指标", "服务对象满意度", "流通点读者满意度", "≥90%", "≥90%"),
]  # fmt: skip


@variant(
    "khc08-branch-two-years-copied",
    (8, 12),
    "two-year project 2026–2027, OLD-NAT, 中期 and 年度 columns: two cumulative counts "
    "copied into the year, 年度资金总额 above 中期资金总额",
)
def khc08() -> Book:
    b, s = start()
    goals = ["两年内向14个乡镇分馆配送图书3万册，新建分馆流通点20个。",
             "2026年配送图书1.5万册，新建流通点10个，培训分馆管理员60人次。"]  # fmt: skip
    annual_total = mk(wan(180), "B103", "error", note="年度 180 万元大于中期 160 万元")
    why = "年度分项随年度总额一同偏大，结论落在这里也可接受"
    a = (annual_total, ok(wan(150), "error", why), ok(wan(30), "error", why))
    money_rows = period((wan(160), wan(140), wan(20)), a)
    project(s, "总分馆图书配送与流通点建设", money_rows, goals, years=2)
    indicators(s, ROWS08, HEAD_P)
    return b


TASKS09 = [
    ("乡镇分馆运行保障", "14个分馆开放运行、水电及网络", wan(180), "分馆每周开放≥40小时"),
    ("全民阅读推广", "阅读季、读书会、流动图书车", wan(90), "全年活动≥200场"),
    ("数字资源建设", "电子书、有声资源采购", wan(70), "新增电子图书≥5000种"),
    ("金额合计", None, wan(340), None),
]
ROWS09 = [
    ("产出指标", "数量指标", "乡镇分馆周开放时长", "≥40小时"),
    (None, None, "全年阅读推广活动场次", "≥200场"),
    (None, "质量指标", "分馆图书编目差错率", "≤0.5%"),
    (None, "时效指标", "通借通还图书送达时间", "≤3个工作日"),
    ("成本指标", "经济成本指标", "单个分馆年度运行经费", "≤12.8万元/个"),
    ("效益指标", "社会效益指标", "全县图书年外借册次", "≥25万册次"),
    (None, "可持续影响指标", "总分馆统一管理制度", "建立并执行"),
    ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
]


@variant(
    "khc09-branch-department-money",
    (12,),
    "department, NAT-2021: budget 860 = 800 + 60 = 520 + 340, three key tasks adding to "
    "their 金额合计 (= 项目支出), a note under the tasks explaining the total "
    "(correct)",
)
def khc09() -> Book:
    b, s = start()
    budget = (wan(860), wan(800), wan(60), wan(520), wan(340))
    goal = "保障14个乡镇分馆正常开放，深化全民阅读推广，提升数字阅读服务能力。"
    department(s, budget, goal, TASKS09)
    note(s, "注：金额合计为项目支出合计，不含基本支出520万元。")
    indicators(s, ROWS09)
    return b


TASKS10 = [
    ("分馆服务提升", "分馆设备更新、开放保障", wan(120), "分馆开放率100%"),
    ("全民阅读推广", "阅读推广活动及宣传", wan(70), "全年活动≥150场"),
    ("古籍与地方文献", "地方文献征集整理", wan(60), "征集地方文献≥300种"),
    ("金额合计", None, mk(wan(240), "B102", "error", note="120+70+60=250，不是 240"), None),
]  # fmt: skip
ROWS10 = [
    ("产出指标", "数量指标", "全年阅读推广活动场次", "≥150场"),
    (None, None, "征集地方文献种数", "≥300种"),
    (None, "质量指标", "乡镇分馆开放率", "100%"),
    (None, "时效指标", "设备更新完成时间", "2026年9月30日前"),
    ("成本指标", "经济成本指标", "单场阅读活动平均成本", "≤0.4万元"),
    ("效益指标", "社会效益指标", "分馆到馆读者人次", "≥18万人次"),
    ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
]


@variant(
    "khc10-branch-department-money-wrong",
    (12,),
    "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, key tasks not adding to their 金额合计",
)
def khc10() -> Book:
    b, s = start()
    total = mk(wan(620), "B101", "error", row=True, note="财政拨款 560 + 其他资金 40 = 600")
    budget = (total, wan(560), wan(40), wan(380), wan(240))
    goal = "提升乡镇分馆服务能力，推进全民阅读和地方文献保护。"
    department(s, budget, goal, TASKS10, dept="鹭汀县图书馆（含乡镇分馆）")
    indicators(s, ROWS10)
    return b


ROWS11 = [
    ("产出指标", "数量指标", "新建村级图书服务点", "≥10个"),
    (None, "质量指标", mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
    (None, "时效指标", "服务点建成时间", "2026年10月31日前"),
    ("成本指标", "经济成本指标", "单个服务点建设成本", "≤3万元"),
    (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
    ("效益指标", "社会效益指标", "服务点覆盖行政村数", "≥10个"),
    ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khc11-branch-template-rows",
    (6, 13),
    "project, NAT-2021: a tier-2 template row left without indicator, a value without "
    "its indicator name",
)
def khc11() -> Book:
    b, s = start()
    goal = "在未设分馆的10个行政村建设村级图书服务点，纳入总分馆通借通还。"
    project(s, "村级图书服务点建设", annual(wan(35), wan(30), wan(5)), [goal])
    indicators(s, ROWS11)
    return b


HEAD12 = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
ROWS12 = [
    ("361127260012", "乡镇分馆数字化提升", "产出指标", "数量指标", "数字阅读终端配置台数",
     "≥28台"),
    (None, None, None, None, "电子图书新增种数", "≥5000种"),
    (None, None, None, "质量指标", "终端设备验收合格率", "=100%"),
    (None, None, None, "时效指标", "终端安装完成时间", day(YEAR, 9, 30, CN_DATE)),
    (None, None, "成本指标", "经济成本指标", "单台终端采购成本", "≤1.5万元"),
    (None, None, "效益指标", "社会效益指标", "分馆数字阅读访问人次", "≥3万人次"),
    (None, None, "满意度指标", "服务对象满意度指标", "分馆读者满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khc12-branch-system-export",
    (7, 9),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header "
    "on the third row, project code and name in the first columns, header 绩效目标值, a "
    "date cell and a text =100% (correct)",
)
def khc12() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 22, 14, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位名称：" + LIB, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "主管部门")
    s.row("361127260012", "乡镇分馆数字化提升", wan(64), wan(60), wan(4), DEPT)
    s.row("合计", None, wan(64), wan(60), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 18, 28, 18))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位名称：" + LIB)
    indicators(t, ROWS12, HEAD12, merged=(1, 2, 3, 4))
    return b
