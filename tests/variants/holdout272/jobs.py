"""Returns on 残疾人就业帮扶: training, quota jobs, self-employment, public posts (rv13–rv18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout272.common import (
    ONE,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout272.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct


@variant("rv13-jobs-department-money", (12,), "department, NAT-2021: budget with a share "
         "row, four tasks adding to 金额合计, cost standards × counts equal to task money "
         "(correct)")  # fmt: skip
def rv13() -> Book:
    tasks = [
        ("残疾人职业技能培训", "开展盲人按摩、电商客服、手工编织等技能培训", wan(120),
         "培训残疾人不少于400人"),
        ("按比例就业岗位开发", "对安排残疾人就业的用人单位给予岗位补贴", wan(90),
         "新增按比例安排就业岗位不少于150个"),
        ("盲人按摩从业扶持", "扶持盲人按摩机构规范化建设", wan(50), "扶持机构不少于25家"),
        ("辅助性就业机构运营补助", "补助辅助性就业机构场地和运营", wan(80), "补助机构不少于16家"),
        ("金额合计", None, wan(340), None),
    ]  # fmt: skip
    budget = [(wan(850), wan(748), wan(102), wan(510), wan(340)),
              (pct(1), pct(0.88), pct(0.12), pct(0.6), pct(0.4))]  # fmt: skip
    b, s = department(
        year=2025, dept="望川市残疾人就业服务中心", budget=budget, tasks=tasks,
        goal="全年培训残疾人不少于400人，新增按比例安排就业岗位不少于150个，扶持盲人按摩"
             "机构和辅助性就业机构，促进残疾人稳定就业。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "职业技能培训残疾人人数", "≥400人"),
        (None, None, "新增按比例安排就业岗位数", "≥150个"),
        (None, None, "扶持盲人按摩机构数", "≥25家"),
        (None, None, "补助辅助性就业机构数", "≥16家"),
        (None, "质量指标", "培训结业考核合格率", "≥90%"),
        (None, "时效指标", "岗位补贴发放时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "人均培训补助标准", "≤3000元/人"),
        (None, None, "每个岗位补贴标准", "≤6000元/个"),
        ("效益指标", "经济效益指标", "辅助性就业残疾人月均收入增长率", "≥5%"),
        (None, "社会效益指标", "培训后就业率", "≥60%"),
        (None, "可持续影响指标", "残疾人就业服务体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], caption="年度绩效指标")  # fmt: skip
    sign(s, "郑晓禾", "0717-6632508", day(2024, 11, 26), head="蒋文涛")
    return b


@variant("rv14-jobs-department-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计")  # fmt: skip
def rv14() -> Book:
    sum_note = "任务金额 60+45+30 = 135，金额合计写145"
    tasks = [
        ("残疾人就业技能培训", "开展面点、家政、电商等技能培训", wan(60), "培训不少于200人"),
        ("残疾人自主创业扶持", "对自主创业残疾人给予一次性扶持补助", wan(45),
         "扶持自主创业不少于60人"),
        ("公益性岗位补贴", "开发适合就业困难残疾人的公益性岗位", wan(30), "开发岗位不少于40个"),
        ("金额合计", None, mk(wan(145), "B102", "error", note=sum_note), None),
    ]  # fmt: skip
    whole = mk(wan(520), "B101", "error", row=True, note="基本支出360 + 项目支出145 = 505")
    b, s = department(
        year=2025, dept="澄岭县残疾人联合会", tasks=tasks,
        budget=[(whole, wan(470), wan(50), wan(360), wan(145))],
        goal="培训残疾人不少于200人，扶持不少于60名残疾人自主创业，开发公益性岗位不少于40个。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训残疾人人数", "≥200人"),
        (None, None, "扶持自主创业残疾人数", "≥60人"),
        (None, None, "开发公益性岗位数", "≥40个"),
        (None, "质量指标", "培训合格率", "≥90%"),
        (None, "时效指标", "创业补助发放时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训补助", "≤3000元/人"),
        (None, None, "每人创业扶持补助", "≤7500元/人"),
        ("效益指标", "社会效益指标", "培训后就业率", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], caption="年度绩效指标")  # fmt: skip
    return b


def _home_jobs(s: Sheet) -> None:
    """The first of rv15's stacked projects, a 注 row between its tiers."""
    indicators(s, ONE, [
        ("产出指标", "数量指标", "扶持居家就业残疾人数", "≥160人"),
        (None, "质量指标", "居家就业稳定率", "≥80%"),
        (None, "时效指标", "扶持资金发放时间", "2025年12月15日前"),
        (None, "成本指标", "人均扶持补助", "≤2500元/人"),
    ])  # fmt: skip
    notes(s, "注：居家就业稳定率指扶持对象连续就业满六个月的比例。", width=4)
    s.table([
        ("效益指标", "社会效益指标", "扶持对象月均增收", "≥800元/人·月"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip


@variant("rv15-jobs-stacked-notes", (2, 4), "two projects stacked, OLD-NAT, one value column; "
         "a 注 row inside the first table, 说明 and 填表说明 under, a signature line "
         "(correct)")  # fmt: skip
def rv15() -> Book:
    b, s = project(
        year=2025, name="残疾人居家灵活就业扶持", dept="蓼湾区残疾人联合会（932001）",
        unit="蓼湾区残疾人就业服务所", money=funds(48, 40, 8),
        goals=["扶持不少于160名残疾人通过网络客服、电商等方式实现居家灵活就业。"],
    )  # fmt: skip
    _home_jobs(s)
    s.skip()
    project_head(
        s, year=2025, title="", name="盲人医疗按摩人员培训", dept="蓼湾区残疾人联合会（932001）",
        unit="蓼湾区盲人按摩指导中心", money=funds(36, 30, 6),
        goals=["培训盲人医疗按摩人员不少于90人，考核合格率不低于85%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "培训盲人医疗按摩人员数", "≥90人"),
        (None, "质量指标", "培训考核合格率", "≥85%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训费用", "≤4000元/人"),
        ("效益指标", "社会效益指标", "参训人员持证上岗率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    notes(s, "说明：本表金额单位为万元，指标值按计划标准设定。",
          "填表说明：1.每个项目单独填写一张表；2.三级指标可根据项目实际增加；"
          "3.定量指标须填写比较符和计量单位。")  # fmt: skip
    sign(s, "覃一苇", "0769-3381204", day(2024, 12, 6), head="黎正川")
    return b


@variant("rv16-jobs-tier-labels", (5,), "transfer-payment project, NAT-2021, tier-1 labels "
         "numbered with points, tier-2 numbered, marked with * or abbreviated, ★ core "
         "indicators, 中央补助 + 地方资金 (correct)")  # fmt: skip
def rv16() -> Book:
    money = funds(260, 180, 80, labels=("其中：中央补助", "地方资金"))
    b, s = project(
        year=2025, name="残疾人就业帮扶补助资金（中央转移支付）",
        dept="望川市残疾人联合会（417001）",
        unit="望川市残疾人就业服务中心", money=money, money_label="资金情况（万元）",
        title="2025年度残疾人事业发展补助资金区域绩效目标表",
        goals=["培训残疾人不少于600人，扶持辅助性就业机构不少于20家，培训后实现就业率"
               "不低于50%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标（50分）", "（一）数量指标", "★培训残疾人人数", "≥600人"),
        (None, None, "扶持辅助性就业机构数", "≥20家"),
        (None, "（二）*质量指标", "培训考核合格率", "≥85%"),
        (None, "（三）时效", "补助资金下达时间", "2025年9月30日前"),
        ("二、成本指标（10分）", "经济成本", "人均培训补助标准", "≤2000元/人"),
        ("三、效益指标（30分）", "社会效益", "★培训后实现就业率", "≥50%"),
        (None, "可持续影响", "残疾人就业服务网络", "健全"),
        ("四、满意度指标（10分）", "服务对象满意度", "受助残疾人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rv17-jobs-wrong-parent", (1, 5, 7), "project, NAT-2021, headers 考核指标 and "
         "目标值（年度） with a 评价标准 column: a tier-2 under the wrong tier-1, a deadline given "
         "as a typed 100%")  # fmt: skip
def rv17() -> Book:
    b, s = project(
        year=2025, name="残疾人公益性岗位和就业见习补贴", dept="溱川县残疾人联合会（826001）",
        unit="溱川县残疾人就业服务所", money=funds(72, 65, 7),
        goals=["开发公益性岗位不少于50个，安排不少于30名残疾高校毕业生参加就业见习。"],
    )  # fmt: skip
    late = mk(pct(1), "T113", "warning", note="完成时间应写日期，不是百分比")
    wrong = mk("社会效益指标", "F105", "error", note="社会效益指标属效益指标，填在产出指标下")
    full = "达到目标值得满分，未达到按比例扣分"
    rows = [
        ("产出指标", "数量指标", "开发公益性岗位数", "≥50个", full),
        (None, None, "安排残疾高校毕业生就业见习人数", "≥30人", full),
        (None, "质量指标", "见习期满留用率", "≥40%", full),
        (None, "时效指标", "见习计划完成时间", late, "按期完成得满分"),
        (None, wrong, "公益性岗位残疾人在岗稳定率", "≥90%", full),
        ("成本指标", "经济成本指标", "每个公益性岗位年补贴标准", "≤9000元/个", "超标准不得分"),
        (None, None, "见习补贴标准", "≤1500元/人·月", "超标准不得分"),
        ("效益指标", "可持续影响指标", "公益性岗位长效管理机制", "建立并执行", "建立得满分"),
        ("满意度指标", "服务对象满意度指标", "上岗及见习残疾人满意度", "≥90%", full),
    ]
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    indicators(s, header, rows)
    return b


def _budget_sheet(b: Book) -> None:
    """The 05-1 sheet of rv18: the project's money as the budget system exports it."""
    s = b.sheet("部门项目支出预算05-1", (10, 20, 18, 22, 12, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 8)
    s.row("单位名称：望川市残疾人联合会", None, None, None, None, None, "金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    s.row("417001", "望川市残疾人联合会", "41700125R000012", "残疾人就业援助专项", "延续项目",
          wan(135), wan(120), wan(15))  # fmt: skip
    s.row("合计", None, None, None, None, wan(135), wan(120), wan(15))


@variant("rv18-jobs-budget-export", (4, 7), "budget-system export: money on 05-1, indicators on "
         "05-2 under a header on the third row, codes in the first columns, tiers repeated, "
         "operators in words in 指标性质 (correct)")  # fmt: skip
def rv18() -> Book:
    b = Book()
    _budget_sheet(b)
    s = b.sheet("部门项目支出绩效目标05-2", (10, 18, 20, 12, 16, 26, 10, 10, 10))
    s.title("2025年部门项目支出绩效目标表", 9)
    s.row("单位名称：望川市残疾人联合会")
    s.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "计量单位")  # fmt: skip
    code = ("417001", "41700125R000012", "残疾人就业援助专项")
    for line in [
        ("产出指标", "数量指标", "就业援助残疾人人数", "大于等于", 500, "人"),
        ("产出指标", "数量指标", "举办残疾人专场招聘会场次", "大于等于", 8, "场"),
        ("产出指标", "质量指标", "推荐就业成功率", "大于等于", 40, "%"),
        ("产出指标", "时效指标", "援助补贴发放时限", "小于等于", 20, "工作日"),
        ("成本指标", "经济成本指标", "人均就业援助补贴标准", "小于等于", 2000, "元/人"),
        ("效益指标", "社会效益指标", "援助对象稳定就业率", "大于等于", 60, "%"),
        ("效益指标", "可持续影响指标", "残疾人就业援助服务机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "援助对象满意度", "大于等于", 90, "%"),
    ]:
        s.row(*code, *line)
    return b
