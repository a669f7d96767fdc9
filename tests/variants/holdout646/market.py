"""Returns gf07–gf12: 野生菌市场监管 (rapid testing, stall registration, a supervision platform,
poisoning prevention, testing costs, the bureau's flat list), all invented for 澄岭县."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout646.common import (
    MARKET,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    periods,
    sign,
    wan,
)
from tests.variants.holdout646.registry import variant
from tests.variants.kit import Book, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")


@variant(
    "gf07-rapid-testing-direction",
    (1, 11),
    "project, NAT-2021, direction, operator and unit columns, typed percents, 0起 on a death "
    "count, a 下降率 with ≥ marked 正向, =100% at the ceiling (correct)",
)
def gf07() -> Book:
    b, s = book()
    goal = "2026年野生菌交易季在全县3个交易市场开展快速检测6000批次、市场巡查120次。"
    project_head(s, year=YEAR, name="野生菌交易季市场快检与巡查", dept=MARKET,
                 unit="澄岭县食品安全检测中心", money=one_year(25, 20, 5),
                 goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "野生菌快速检测批次", "正向", "≥", 6000, "批次"),
        (None, None, "交易市场巡查次数", "正向", "≥", 120, "次"),
        (None, "质量指标", "快检结果复核符合率", "正向", "≥", pct(0.95), None),
        (None, None, "野生菌抽检不合格率", "反向", "≤", pct(0.03), None),
        (None, "时效指标", "快检结果出具时限", "反向", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "单批次快检成本", "反向", "≤", 30, "元/批次"),
        ("效益指标", "社会效益指标", "食用野生菌中毒死亡人数", "反向", "≤", 0, "人"),
        (None, None, "野生菌中毒就诊人次下降率", "正向", "≥", pct(0.2), None),
        (None, "可持续影响指标", "野生菌经营户进销台账建立率", "正向", "=", pct(1), None),
        ("满意度指标", "服务对象满意度指标", "野生菌经营户满意度", "正向", "≥", pct(0.9), None),
    ])  # fmt: skip
    notes(s, "注：中毒就诊人次下降率以2025年菌季就诊人次为基数。", width=7)
    sign(s, "莫岑生", "0793-6628102", (2025, 11, 20))
    return b


@variant(
    "gf08-stall-duplicates",
    (5,),
    "project, OLD-NAT, abbreviated tier labels (产出, 数量 …): the same stall count twice with "
    "different values, a satisfaction rate under 社会效益, last season's year in a name",
)
def gf08() -> Book:
    b, s = book()
    goal = (
        "2026年完成雾溪、栖枫两个野生菌交易市场经营户登记，"
        "规范经营摊位400个，开展食用安全宣传20场。"
    )
    project_head(s, year=YEAR, name="野生菌经营户登记与摊位管理", dept=MARKET,
                 unit="澄岭县市场监管综合执法大队", money=one_year(30, 30, 0),
                 goals=[goal])  # fmt: skip
    again = mk("野生菌经营摊位规范数", "D102", "error", row=True, alt=("D103",),
               note="与“野生菌经营摊位规范数量”是同一指标，值为≥300个与≥400个")  # fmt: skip
    old = mk("2025年野生菌经营户登记户数", "Y103", "warning", row=True, alt=("Y101",),
             note="上一菌季的年份，本项目为2026年一年期")  # fmt: skip
    liked = mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")
    indicators(s, ONE, [
        ("产出", "数量", "野生菌经营摊位规范数量", "≥400个"),
        (None, None, "食用安全宣传场次", "≥20场"),
        (None, None, old, "≥350户"),
        (None, None, again, "≥300个"),
        (None, "质量", "经营户登记信息准确率", "≥95%"),
        (None, "时效", "经营户登记完成时间", "2026年6月30日前"),
        (None, "成本", "摊位标识牌制作成本", "≤150元/个"),
        ("效益", "社会效益", "经营户对摊位管理满意度", liked),
        (None, None, "误食野生菌中毒事件发生起数", "≤2起"),
        (None, "可持续影响", "经营户台账管理制度", "建立并执行"),
        ("满意度", "服务对象满意度", "消费者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫岑生", "0793-6628102", (2025, 11, 22))
    return b


@variant(
    "gf09-platform-copied-counts",
    (8,),
    "two-year project, NAT-2021, 实施期 and 年度 columns: two cumulative counts copied from the "
    "period into the year (the annual goal names half), an annual deadline the goal contradicts",
)
def gf09() -> Book:
    b, s = book()
    period = "2026—2027年建成野生菌交易智慧监管平台，接入交易市场6个、经营户800户，实现产地溯源。"
    annual = "2026年9月30日前完成平台一期上线，接入交易市场3个、经营户400户。"
    project_head(s, year=YEAR, name="野生菌交易市场智慧监管平台建设", dept=MARKET,
                 unit="澄岭县市场监管信息中心", money=periods((120, 110, 10), (70, 65, 5)),
                 goals=[period, annual], years=2, attr="新增项目")  # fmt: skip
    markets = mk("≥6个", "D202", "warning", alt=("D104",), note="照抄实施期值；年度目标写3个")
    shops = mk("≥800户", "D202", "warning", alt=("D104",), note="照抄实施期值；年度目标写400户")
    late = mk("2026年11月30日前", "D104", "warning", row=True,
              note="年度目标与实施期值均为9月30日前上线")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "接入交易市场数量", "≥6个", markets),
        (None, None, "接入经营户数量", "≥800户", shops),
        (None, None, "溯源赋码野生菌批次", "≥5000批次", "≥2000批次"),
        (None, "质量指标", "平台数据准确率", "≥98%", "≥98%"),
        (None, "时效指标", "平台一期上线时间", "2026年9月30日前", late),
        ("成本指标", "经济成本指标", "平台建设费用", "≤120万元", "≤70万元"),
        ("效益指标", "社会效益指标", "问题野生菌追溯率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "平台运维保障机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    sign(s, "阮知白", "0793-6628117", (2025, 11, 26))
    return b


@variant(
    "gf10-prevention-three-years",
    (1, 8, 10),
    "three-year project, NAT-2021, 实施期 and 年度 columns with the period's counts above the "
    "year's, typed percents equal in both, 百分点, a yearly date without a year (correct)",
)
def gf10() -> Book:
    b, s = book()
    period = "2026—2028年在全县行政村开展野生菌中毒防控宣传150场，发放宣传资料30000份。"
    annual = "2026年菌季前开展宣传50场，发放宣传资料10000份，群众防范知晓率提高5个百分点以上。"
    project_head(s, year=YEAR, name="野生菌中毒防控宣传三年行动", dept=MARKET,
                 unit="澄岭县食品安全委员会办公室", money=periods((90, 90, 0), (30, 30, 0)),
                 goals=[period, annual], years=3)  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "防控宣传场次", "≥150场", "≥50场"),
        (None, None, "宣传资料发放份数", "≥30000份", "≥10000份"),
        (None, "质量指标", "宣传覆盖行政村比例", pct(0.95), pct(0.95)),
        (None, "时效指标", "菌季宣传开展时间", "每年6月15日前", "2026年6月15日前"),
        ("成本指标", "经济成本指标", "宣传资料印制单价", "≤2元/份", "≤2元/份"),
        ("效益指标", "社会效益指标", "群众野生菌中毒防范知晓率", "提高≥15百分点", "提高≥5百分点"),
        (None, "可持续影响指标", "中毒防控部门联动机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "阮知白", "0793-6628117", (2025, 11, 26))
    return b


@variant(
    "gf11-testing-cost-over",
    (11, 12),
    "project, OLD-NAT with 成本 under 产出, operators in words in their own column, a unit "
    "column: the total is not its parts, reagent price × batches exceeds the money",
)
def gf11() -> Book:
    b, s = book()
    goal = "2026年完成野生菌快速检测20000批次、监督抽检300批次，不合格产品全部下架处置。"
    total = mk(wan(40), "B101", "error", note="财政拨款30 + 其他资金5 = 35 ≠ 40")
    project_head(s, year=YEAR, name="野生菌快检试剂与监督抽检", dept=MARKET,
                 unit="澄岭县食品安全检测中心", money=one_year(total, 30, 5),
                 goals=[goal])  # fmt: skip
    price = mk(25, "B107", "warning", row=True, note="25元 × 20000批次 = 50万元，超过项目资金")
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "野生菌快速检测批次", "大于等于", 20000, "批次"),
        (None, None, "野生菌监督抽检批次", "大于等于", 300, "批次"),
        (None, "质量指标", "抽检结果准确率", "大于等于", 98, "%"),
        (None, "时效指标", "抽检结果报告时限", "小于等于", 5, "工作日"),
        (None, "成本指标", "快检试剂单价", "小于等于", price, "元/份"),
        ("效益指标", "社会效益指标", "不合格野生菌下架处置率", "等于", 100, "%"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "莫岑生", "0793-6628102", (2025, 11, 27))
    return b


@variant(
    "gf12-bureau-flat-list",
    (1, 3, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值) with typed percents, "
    "weights adding to 100, tasks adding to 项目支出, 0起 on an incident count (correct)",
)
def gf12() -> Book:
    b, s = book()
    goal = "全年巡查野生菌交易市场120次，完成食品安全抽检1600批次，登记业务3个工作日内办结。"
    department_head(s, year=YEAR, dept="澄岭县市场监督管理局",
                    budget=[(wan(1860), wan(1800), wan(60), wan(1420), wan(440))],
                    tasks=[("野生菌市场监管", "交易季市场巡查、快检", wan(120), "巡查120次"),
                           ("食品安全抽检", "全县食品安全监督抽检", wan(200), "抽检1600批次"),
                           ("市场主体登记服务", "登记窗口运行", wan(120), "3个工作日内办结"),
                           ("金额合计", None, wan(440), None)], goal=goal)  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("野生菌交易市场巡查次数", 15, "次", "≥", 120),
        ("食品安全监督抽检批次", 15, "批次", "≥", 1600),
        ("抽检不合格食品核查处置率", 15, "%", "=", pct(1)),
        ("野生菌中毒事件报告及时率", 10, "%", "≥", pct(0.95)),
        ("市场主体登记办理时限", 10, "工作日", "≤", 3),
        ("消费投诉按时办结率", 10, "%", "≥", pct(0.98)),
        ("较大以上食品安全事故发生起数", 10, "起", "≤", 0),
        ("群众满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "阮知白", "0793-6628117", (2025, 11, 14))
    return b
