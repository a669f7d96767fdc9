"""County-opera (柘腔) troupe performance subsidy returns (kck07–kck12)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout755.common import grid, new, note, proj, sign, wan
from tests.variants.holdout755.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "苍柘县柘腔剧团"
NAME = "柘腔剧团送戏下乡演出补助"
TWO = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）", "计量单位")
P_GOAL07 = ("2026—2028年补助柘腔剧团送戏下乡演出180场，复排传统剧目6部，培养青年演员12名，"
            "为2029年申报省级非遗代表性项目积累剧目资料。")  # fmt: skip
Y_GOAL07 = "2026年补助送戏下乡演出60场，复排传统剧目2部，培养青年演员4名。"


def _cash3(period: float, year: float) -> list[tuple[Any, ...]]:
    return [
        ("中期资金总额", wan(period), "年度资金总额", wan(year)),
        ("其中：财政拨款", wan(period), "其中：财政拨款", wan(year)),
    ]


@variant(
    "kck07-opera-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, the period's counts beside smaller "
    "annual counts, a later year named as what the work prepares for (correct)",
)
def opera_three_years() -> Book:
    b, s = new()
    proj(s, name=NAME, unit=UNIT, cash=_cash3(300, 100), goals=[P_GOAL07, Y_GOAL07], years=3,
         attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥180", "≥60", "场"),
        (None, None, "复排传统剧目", "≥6", "≥2", "部"),
        (None, None, "青年演员培养人数", "≥12", "≥4", "人"),
        (None, "质量指标", "演出安全事故", "0", "0", "起"),
        (None, "时效指标", "年度演出计划完成时间", "2028年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "每场演出补助标准", "≤1.5", "≤1.5", "万元/场"),
        ("效益指标", "社会效益指标", "农村观众人次", "≥9", "≥3", "万人次"),
        (None, "可持续影响指标", "传统剧目数字化存档率", pct(0.9), pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "农村观众满意度", pct(0.9), pct(0.9), "%"),
    ]  # fmt: skip
    grid(s, TWO, rows)
    note(s, "说明：满意度与存档率按“不低于”考核；补助标准含交通、舞美运输费用。")
    return b


@variant("kck08-opera-period-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's, "
         "a cumulative count copied, last year named in the 年度目标")  # fmt: skip
def opera_period_wrong() -> Book:
    b, s = new()
    y_goal = mk("2025年补助送戏下乡演出60场，复排传统剧目2部，培养青年演员4名。", "Y103",
                "warning", alt=("Y101",), note="三年期项目的年度目标写成2025年")  # fmt: skip
    p_goal = "2026—2028年补助柘腔剧团送戏下乡演出180场，复排传统剧目4部，培养青年演员12名。"
    proj(s, name=NAME, unit=UNIT, cash=_cash3(300, 100), goals=[p_goal, y_goal], years=3)
    rows = [
        ("产出指标", "数量指标", "送戏下乡演出场次", "≥180", "≥60", "场"),
        (None, None, "复排传统剧目", "≥4",
         mk("≥5", "D201", "error", alt=("D104",), note="一年的5部多于三年的4部"), "部"),
        (None, None, "青年演员培养人数", "≥12",
         mk("≥12", "D202", "warning", alt=("D104",), note="累计数照抄，年度目标写4名"), "人"),
        (None, "质量指标", "演出剧目审查通过率", pct(1.0), pct(1.0), "%"),
        ("成本指标", "经济成本指标", "每场演出补助标准", "≤1.5", "≤1.5", "万元/场"),
        ("效益指标", "社会效益指标", "农村观众人次", "≥9", "≥3", "万人次"),
        ("满意度指标", "服务对象满意度指标", "农村观众满意度", pct(0.9), pct(0.9), "%"),
    ]  # fmt: skip
    grid(s, TWO, rows)
    return b


PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "计量单位")


@variant(
    "kck09-opera-points",
    (10,),
    "project, NAT-2021, points in the tier-1 labels and per indicator (both add to 100), a rate "
    "raised in 百分点, subsidy standard × shows equal to the money (correct)",
)
def opera_points() -> Book:
    b, s = new()
    cash = [("年度资金总额", wan(40), "其中：财政拨款", wan(40))]
    goal = "2026年按每场0.8万元补助柘腔剧团在县城剧场和乡镇戏台演出50场，提升剧场上座率。"
    proj(s, name="柘腔剧团驻场演出补助", unit=UNIT, cash=cash, goals=[goal])
    rows = [
        ("产出指标（40分）", "数量指标", "补助演出场次", "≥50", 15, "场"),
        (None, None, "新排折子戏", "≥4", 10, "出"),
        (None, "质量指标", "演出剧目审查通过率", "=100%", 10, "%"),
        (None, "时效指标", "补助资金拨付时限", "≤15", 5, "个工作日"),
        ("成本指标（10分）", "经济成本指标", "每场演出补助标准", "≤0.8", 10, "万元/场"),
        ("效益指标（40分）", "社会效益指标", "剧场观众上座率提高", "≥5", 20, "百分点"),
        (None, "可持续影响指标", "驻场演出常态化机制", "建立并执行", 20, None),
        ("满意度指标（10分）", "服务对象满意度指标", "观众满意度", pct(0.9), 10, "%"),
        ("合计（100分）", "", "", None, 100, None),
    ]  # fmt: skip
    grid(s, PTS, rows)
    sign(s, "卢钧山", "0797-6318820", day(2025, 12, 2))
    return b


TIERS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kck10-opera-points-wrong",
    (10,),
    "project, NAT-2021, a tier-1 score column beside indicator scores: one tier's score not "
    "matching its indicators, subsidy above the money, a satisfaction rate under 社会效益",
)
def opera_points_wrong() -> Book:
    b, s = new()
    cash = [("年度资金总额", wan(50), "其中：财政拨款", wan(45)), ("其他资金", wan(5), None, None)]
    goal = "2026年补助柘腔剧团送戏下乡演出60场，惠及农村观众3万人次。"
    proj(s, name=NAME, unit=UNIT, cash=cash, goals=[goal])
    rows = [
        ("产出指标", mk(40, "W103", "error", alt=("W101",), note="其下指标分值 20+15+15 = 50"),
         "数量指标", "送戏下乡演出场次", "≥60场", 20),
        (None, None, "质量指标", "演出剧目审查通过率", "=100%", 15),
        (None, None, "时效指标", "补助资金拨付时限", "≤15个工作日", 15),
        ("成本指标", 10, "经济成本指标", "每场演出补助标准",
         mk("≤1.0万元/场", "B107", "warning", row=True, note="1.0×60=60万元，超过年度资金50万元"),
         10),
        ("效益指标", 30, "社会效益指标", "农村观众人次", "≥3万人次", 15),
        (None, None, None, mk("农村观众满意度", "F201", "warning", row=True,
                              note="满意度指标填在社会效益指标下"), "≥90%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "剧团演职人员满意度", "≥90%", 10),
    ]  # fmt: skip
    grid(s, TIERS, rows, merged=(1, 2, 3))
    return b


@variant(
    "kck11-opera-second-sheet",
    (7,),
    "project, OLD-NAT: head on the first sheet, the table on a second sheet under headers "
    "考核指标 / 目标值（年度） / 评价标准, a cost cap equal to the money (correct)",
)
def opera_second_sheet() -> Book:
    b, s = new("项目信息")
    cash = [("年度资金总额", wan(60), "其中：财政拨款", wan(50)), ("其他资金", wan(10), None, None)]
    goal = "2026年新编创排柘腔现代戏《茶山月》1部，9月底前首演，全年演出10场以上。"
    proj(s, name="柘腔现代戏《茶山月》创排", unit=UNIT, cash=cash, goals=[goal], attr="一次性项目")
    t = b.sheet("绩效指标", (14, 16, 30, 18, 34))
    t.title("2026年度项目绩效指标", 5)
    rows = [
        ("产出指标", "数量指标", "新编剧目", "=1部", "完成得10分，否则不得分"),
        (None, None, "首轮演出场次", "≥10场", "每少1场扣1分"),
        (None, "质量指标", "剧本专家论证通过率", "=100%", "未通过不得分"),
        (None, "时效指标", "首演时间", "2026年9月30日前", "每延后10天扣2分"),
        (None, "成本指标", "剧目创排总成本", "≤60万元", "超支不得分"),
        ("效益指标", "社会效益指标", "现场观众人次", "≥8000人次", "按比例得分"),
        (None, "可持续影响指标", "剧目进入剧团常演剧目库", "是", "未进入不得分"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "问卷测评"),
    ]  # fmt: skip
    grid(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), rows)
    return b


EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
CODE = "361128260017"


@variant(
    "kck12-opera-export-wrong",
    (4, 7),
    "budget-system export: money on sheet 05-1, the table on sheet 05-2 with the header "
    "on the "
    "third row and codes in the first columns: a quality rate under 时效, the goal's count "
    "against the indicator",
)
def opera_export_wrong() -> Book:
    b, s = new("部门项目支出预算05-1", (16, 26, 14, 14, 14, 40))
    s.title("2026年部门项目支出预算", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    goal = "补助柘腔剧团送戏下乡演出80场，覆盖全县12个乡镇。"
    s.row(CODE, NAME, wan(90), wan(90), wan(0), goal)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 16, 28, 16))
    t.title("2026年部门项目支出绩效目标", 6)
    t.row("单位名称：苍柘县柘腔剧团", None, None, None, None, "单位：万元")
    lines = [
        ("产出指标", "数量指标", "送戏下乡演出场次",
         mk("≥60场", "D104", "warning", row=True, note="年度绩效目标写80场")),
        ("产出指标", "数量指标", "覆盖乡镇", "=12个"),
        ("产出指标", "时效指标", mk("演出质量合格率", "F201", "warning", row=True,
                                  note="质量类比率填在时效指标下"), "≥95%"),
        ("产出指标", "时效指标", "补助资金拨付时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "每场演出补助标准", "≤1.1万元/场"),
        ("效益指标", "社会效益指标", "农村观众人次", "≥4万人次"),
        ("满意度指标", "服务对象满意度指标", "农村观众满意度", "≥90%"),
    ]  # fmt: skip
    t.row(*EXPORT)
    for line in lines:
        t.row(CODE, NAME, *line)
    return b
