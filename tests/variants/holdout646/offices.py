"""Returns gf13–gf18: the offices' own tables (department returns, stacked projects, scored
tables, a return carried over from last season), across both halves of the theme."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout646.common import (
    FOREST,
    MARKET,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout646.registry import variant
from tests.variants.kit import Book, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "gf13-forestry-department",
    (4, 12),
    "department, NAT-2021: the key tasks do not add to 金额合计, the goal's 60 patrols given as "
    "≥40 in the indicator; a 说明 row and signature lines",
)
def gf13() -> Book:
    b, s = book()
    goal = (
        "2026年核发蝉花采集证1500本，开展蝉花采集执法巡查60次，"
        "完成森林防火巡护和林业有害生物防治任务。"
    )
    summed = mk(wan(740), "B102", "error", note="260 + 300 + 200 = 760 ≠ 740")
    department_head(s, year=YEAR, dept="澄岭县林业局",
                    budget=[(wan(2350), wan(2200), wan(150), wan(1610), wan(740))],
                    tasks=[("蝉花资源保护与采集管理", "采集证核发、执法巡查", wan(260),
                            "核发采集证1500本、巡查60次"),
                           ("森林防火", "防火巡护、物资储备", wan(300), "全年无重大森林火灾"),
                           ("林业有害生物防治", "监测与防治作业", wan(200), "成灾率≤3‰"),
                           ("金额合计", None, summed, None)], goal=goal)  # fmt: skip
    patrols = mk("≥40次", "D104", "warning", row=True, note="年度总体目标和任务写巡查60次")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "蝉花采集证核发数量", "≥1500本"),
        (None, None, "蝉花采集执法巡查次数", patrols),
        (None, "质量指标", "林业有害生物防治作业合格率", "≥95%"),
        (None, "时效指标", "采集证核发完成时间", "2026年4月30日前"),
        ("成本指标", "经济成本指标", "森林防火巡护成本", "≤300万元"),
        ("效益指标", "生态效益指标", "林业有害生物成灾率", "≤3‰"),
        (None, "社会效益指标", "重大森林火灾发生起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：采集证核发数量含续证和新证。")
    sign(s, "宁若川", "0793-6627851", (2025, 11, 12))
    return b


@variant(
    "gf14-testing-centre-points",
    (4, 10, 12),
    "department, NAT-2021, points on tier-1 labels and per indicator (100 both ways), the header "
    "repeated after a page break, a footnote explaining the total (correct)",
)
def gf14() -> Book:
    b, s = book()
    goal = "全年完成食用农产品和野生菌检测4800批次，检测报告5个工作日内出具。"
    department_head(s, year=YEAR, dept="澄岭县食品安全检测中心",
                    budget=[(wan(520), wan(480), wan(40), wan(380), wan(140))],
                    tasks=[("野生菌检测", "菌季快检、定量检测", wan(90), "检测3000批次"),
                           ("农产品检测", "食用农产品抽样检测", wan(50), "检测1800批次"),
                           ("金额合计", None, wan(140), None)], goal=goal)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "野生菌检测批次", "≥3000批次", 15),
        (None, None, "食用农产品检测批次", "≥1800批次", 15),
        (None, "质量指标", "检测报告差错率", "≤1%", 10),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日", 10),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标（10分）", "经济成本指标", "单批次野生菌检测成本", "≤300元/批次", 10),
        ("效益指标（30分）", "社会效益指标", "问题野生菌检出后通报及时率", "≥95%", 15),
        (None, "可持续影响指标", "检测能力比对合格率", "=100%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "委托单位满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一分配的两种写法，合计均为100分，不重复计算。")
    sign(s, "莫岑生", "0793-6628102", (2025, 11, 10))
    return b


@variant(
    "gf15-last-season-leftover",
    (5, 7),
    "project, OLD-NAT, tier labels with *, headers 指标内容 and 绩效标准: last season's year in "
    "the goal and in a deadline",
)
def gf15() -> Book:
    b, s = book()
    goal = mk(
        "2025年蝉花采集季开展采集人员安全培训12期，配发防护用品800套，采集季内无安全事故。",
        "Y103", "warning", alt=("Y101",), note="上一采集季的年份，本项目为2026年一年期",
    )  # fmt: skip
    project_head(s, year=YEAR, name="蝉花采集季安全生产与技术指导", dept=FOREST,
                 unit="澄岭县林业技术推广站", money=one_year(18, 18, 0), goals=[goal])  # fmt: skip
    late = mk("2025年10月31日前", "Y102", "error", note="不在2026年预算年度内（上年沿用）")
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("*产出指标", "*数量指标", "采集人员安全培训期数", "≥12期"),
        (None, None, "防护用品配发套数", "≥800套"),
        (None, "*质量指标", "培训考核合格率", "≥90%"),
        (None, "*时效指标", "防护用品配发完成时间", late),
        (None, "*成本指标", "防护用品单价", "≤120元/套"),
        ("*效益指标", "社会效益指标", "采集季安全事故发生起数", "≤0起"),
        ("*满意度指标", "服务对象满意度指标", "参训采集人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚晓棠", "0793-6627830", (2025, 11, 28))
    return b


@variant(
    "gf16-processing-two-row-header",
    (5, 7),
    "project, OLD-NAT, a two-row header (绩效指标 over 考核指标 · 预期实现值 · 评价标准), tier "
    "labels with ★ and numbering, text starting with = (correct)",
)
def gf16() -> Book:
    b, s = book()
    goal = (
        "2026年为栖枫镇、桐坝乡蝉花采集户提供采收晾晒和初加工技术服务，"
        "服务农户260户，建设晾晒棚8座。"
    )
    project_head(s, year=YEAR, name="蝉花采收加工技术服务", dept=FOREST,
                 unit="澄岭县林业产业发展中心", money=one_year(32, 28, 4),
                 goals=[goal])  # fmt: skip
    s.row("绩效指标", None, None, None, None, merge=[(1, 5)])
    indicators(s, ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准"), [
        ("★一、产出指标", "1.数量指标", "技术服务农户数", "≥260户", "达到得满分"),
        (None, None, "晾晒棚建设数量", "≥8座", "每少1座扣1分"),
        (None, "2.质量指标", "晾晒棚验收合格率", "=100%", "未达扣2分"),
        (None, "3.时效指标", "晾晒棚建成时间", "2026年6月30日前", "逾期扣2分"),
        (None, "4.成本指标", "单座晾晒棚建设成本", "≤3万元/座", "超支不得分"),
        ("★二、效益指标", "1.经济效益指标", "服务户蝉花干品率", "提高≥8百分点", "达到得满分"),
        (None, "2.可持续影响指标", "技术服务档案", "健全", "定性评价"),
        ("★三、满意度指标", "1.服务对象满意度指标", "服务农户满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "宁若川", "0793-6627851", (2025, 11, 16))
    return b


@variant(
    "gf17-stacked-forest-mushroom",
    (2, 4),
    "two projects of one bureau stacked, each with its own title and head, OLD-NAT, the same "
    "indicator name with different values in each, 说明 rows (correct)",
)
def gf17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="蝉花采集证核发与管理", dept=FOREST,
                 unit="澄岭县林业局资源管理股", money=one_year(20, 20, 0),
                 goals=["核发蝉花采集证900本，开展采集区巡护40次。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "采集证核发数量", "≥900本"),
        (None, None, "采集区巡护次数", "≥40次"),
        (None, "质量指标", "采集证信息准确率", "≥98%"),
        (None, "时效指标", "采集证核发完成时间", "2026年4月20日前"),
        (None, "成本指标", "采集证印制成本", "≤8元/本"),
        ("效益指标", "生态效益指标", "违规采挖面积", "≤10亩"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：以上为项目一。")
    s.skip()
    project_head(s, year=YEAR, name="林下野生菌资源保护", dept=FOREST,
                 unit="澄岭县森林资源管护中心", money=one_year(26, 22, 4),
                 goals=["对林下野生菌主产区开展巡护60次，恢复菌塘植被50亩。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "菌塘植被恢复面积", "≥50亩"),
        (None, None, "采集区巡护次数", "≥60次"),
        (None, "质量指标", "植被恢复验收合格率", "≥90%"),
        (None, "时效指标", "植被恢复完成时间", "2026年11月30日前"),
        (None, "成本指标", "植被恢复亩均成本", "≤0.3万元/亩"),
        ("效益指标", "生态效益指标", "野生菌主产区破坏面积", "≤5亩"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：以上为项目二；两项目“采集区巡护次数”分别核算，互不包含。")
    sign(s, "宁若川", "0793-6627851", (2025, 11, 15))
    return b


@variant(
    "gf18-scored-tier-mismatch",
    (5, 10),
    "project, NAT-2021, a tier-1 score column and an indicator score column: 产出 declared 50 "
    "but its indicators add to 45, a count under 质量, two near-identical coverage rates",
)
def gf18() -> Book:
    b, s = book()
    goal = "2026年在全县开展野生菌安全食用科普进村入户，举办讲座12场，宣传覆盖90%以上行政村。"
    project_head(s, year=YEAR, name="野生菌安全食用科普进村入户", dept=MARKET,
                 unit="澄岭县食品安全委员会办公室", money=one_year(15, 15, 0),
                 goals=[goal])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="三级分值合计95，可能由W103连带")
    tier = mk(50, "W103", "error", note="其下三级分值 15 + 10 + 10 + 10 = 45")
    talks = mk("野生菌安全知识讲座场次", "F201", "warning", row=True, note="场次是数量，填在质量下")
    again = mk("野生菌安全知识宣传覆盖率", "D103", "warning", row=True, alt=("D102",),
               note="与“野生菌安全宣传覆盖率”几乎相同，值为≥85% / ≥90%")  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", tier, "数量指标", "科普资料入户份数", "≥8000份", 15),
        (None, None, None, "野生菌安全宣传覆盖率", "≥90%", 10),
        (None, None, "质量指标", talks, "≥12场", 10),
        (None, None, "时效指标", "科普活动完成时间", "2026年6月30日前", 10),
        ("成本指标", 10, "经济成本指标", "科普资料印制单价", "≤3元/份", 10),
        ("效益指标", 30, "社会效益指标", again, "≥85%", 15),
        (None, None, None, "野生菌中毒事件发生起数", "≤1起", 15),
        ("满意度指标", 10, "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "阮知白", "0793-6628117", (2025, 11, 21))
    return b
