"""Money, department and points returns of the 288th held-out set (sl13–sl18): 惠民殡葬补贴
with budget details, department returns of a funeral home and a marriage registry, and
projects scored at two levels."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout288.common import details, indicators, one_year, signature, start, wan
from tests.variants.holdout288.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("sl13-benefit-subsidy", (1, 12),
         "project, NAT-2021, 比较符 and unit columns, percent cells, a 下降率 with ≥, a budget "
         "detail block under the table adding up to the total (correct)")  # fmt: skip
def sl13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="惠民殡葬补贴", dept="泓屿县民政局（312001）",
                 unit="泓屿县殡葬服务中心", money=one_year(380, 360, 20),
                 goals=["为2600名以上逝者减免基本殡葬服务费，对400名以上节地生态安葬给予奖补，"
                        "补贴对象满意度达到95%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "基本殡葬服务费减免人数", "≥", 2600, "人"),
        (None, None, "节地生态安葬奖补人数", "≥", 400, "人"),
        (None, "质量指标", "补贴发放准确率", "=", pct(1), "%"),
        (None, "时效指标", "补贴审核发放时限", "≤", 15, "工作日"),
        ("成本指标", "经济成本指标", "基本殡葬服务费减免标准", "≤", 1200, "元/人"),
        (None, None, "节地生态安葬奖补标准", "≤", 1000, "元/人"),
        ("效益指标", "社会效益指标", "困难家庭丧葬费用支出下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "惠民殡葬补贴制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", pct(0.95), "%"),
    ])  # fmt: skip
    details(s, [("基本殡葬服务费减免", "1200元/人×2600人", 312),
                ("节地生态安葬奖补", "1000元/人×400人", 40),
                ("经办及政策宣传", "印制资料、系统维护", 28)], 380)  # fmt: skip
    return b


@variant("sl14-subsidy-money", (12,),
         "project, NAT-2021, one value column and a budget detail block: the lines do not add "
         "up to their 合计, a standard × count above the project money")  # fmt: skip
def sl14() -> Book:
    b, s = start()
    project_head(s, year=2025, name="困难群众惠民殡葬补贴", dept="萩港区民政局（605002）",
                 unit="萩港区殡仪服务中心", money=one_year(500, 460, 40),
                 goals=["为3000名以上困难群众逝者提供基本殡葬服务补贴，"
                        "补贴按时足额发放。"])  # fmt: skip
    cap = mk("≤1800元/人", "B107", "warning", row=True,
             note="1800 元/人 × 3000 人 = 540 万元 > 500 万元")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "基本殡葬服务补贴人数", "≥3000人"),
        (None, "质量指标", "补贴对象资格审核准确率", "=100%"),
        (None, "时效指标", "补贴发放时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "基本殡葬服务补贴标准", cap),
        ("效益指标", "社会效益指标", "困难群众基本殡葬服务覆盖率", "≥95%"),
        (None, "可持续影响指标", "惠民殡葬补贴发放机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(500), "B102", "error", alt=("B101",), note="450 + 30 + 15 = 495, not 500")
    details(s, [("基本殡葬服务补贴", "1500元/人×3000人", 450),
                ("经办服务费", "委托殡仪服务中心经办", 30),
                ("政策宣传", "宣传资料及进社区活动", 15)], total)  # fmt: skip
    return b


@variant("sl15-funeral-home-department", (4, 5, 12),
         "department, NAT-2021, tier-1 labels marked * and tier-2 labels abbreviated (数量, "
         "经济成本), tasks adding up to 项目支出, signature line (correct)")  # fmt: skip
def sl15() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="鹭峤县殡仪馆",
                    budget=[(wan(540), wan(500), wan(40), wan(330), wan(210))],
                    goal="全年火化遗体2200具以上，设施维护4次以上，丧属满意度达到92%以上。",
                    tasks=[("遗体接运火化服务", "全县遗体接运和火化", wan(120), "火化2200具以上"),
                           ("殡仪设施维护", "告别厅、冷藏设备维护", wan(50), "维护4次以上"),
                           ("惠民殡葬政策落实", "基本殡葬服务费减免", wan(40), "政策全部落实"),
                           ("金额合计", None, wan(210), None)])  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出指标", "数量", "遗体火化数量", "≥2200具"),
        (None, None, "殡仪设施维护", "≥4次"),
        (None, "质量", "火化设备完好率", "≥98%"),
        (None, "时效", "遗体接运响应时间", "≤1小时"),
        ("*成本指标", "经济成本", "单具遗体火化成本", "≤450元/具"),
        ("*效益指标", "社会效益", "惠民殡葬政策落实率", "=100%"),
        (None, "可持续影响", "殡葬服务规范化管理", "规范"),
        ("*满意度指标", "服务对象满意度", "丧属满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "柯永嘉", "0578-3315729", day(2024, 11, 25))
    return b


@variant("sl16-registry-department", (5, 12),
         "department, NAT-2021, numbered tier labels: tasks not adding up to 金额合计, a tier-2 "
         "under the wrong tier-1, 预算执行率 listed as a quality indicator")  # fmt: skip
def sl16() -> Book:
    b, s = start()
    wrong_sum = mk(wan(150), "B102", "error", alt=("B101",),
                   note="60 + 35 + 45 = 140 (= 项目支出), not 150")  # fmt: skip
    department_head(s, year=2025, dept="栖垣市婚姻登记管理中心",
                    budget=[(wan(360), wan(330), wan(30), wan(220), wan(140))],
                    goal="全年办理婚姻登记4000件以上，开展婚姻家庭辅导1500人次以上。",
                    tasks=[("婚姻登记服务", "结婚、离婚登记及补领", wan(60), "办理4000件以上"),
                           ("婚俗改革宣传", "进社区宣传移风易俗", wan(35), "宣传20场以上"),
                           ("婚姻家庭辅导", "购买专业辅导服务", wan(45), "辅导1500人次以上"),
                           ("金额合计", None, wrong_sum, None)])  # fmt: skip
    budget_rate = mk("部门预算执行率", "F202", "warning", row=True,
                     note="预算执行率 is scored separately, not a quality output")  # fmt: skip
    parent = mk("（二）时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "办理婚姻登记", "≥4000件"),
        (None, None, "婚俗改革宣传活动", "≥20场"),
        (None, None, "婚姻家庭辅导服务", "≥1500人次"),
        (None, "（二）质量指标", "婚姻登记档案合格率", "≥98%"),
        (None, None, budget_rate, "≥90%"),
        ("二、成本指标", "（一）经济成本指标", "婚姻家庭辅导人均成本", "≤300元/人次"),
        (None, parent, "婚姻登记当日办结率", "=100%"),
        ("三、效益指标", "（一）社会效益指标", "婚事新办知晓率", "≥85%"),
        (None, "（二）可持续影响指标", "婚姻登记信息化管理", "规范"),
        ("四、满意度指标", "（一）服务对象满意度指标", "办事群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("sl17-points-two-levels", (4, 10),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
         "to 100, a rate raised in 百分点, a 合计 row (correct)")  # fmt: skip
def sl17() -> Book:
    b, s = start(widths=(14, 8, 18, 30, 16, 8))
    project_head(s, year=2025, name="婚俗改革宣传教育", dept="萩港区民政局（605002）",
                 unit="萩港区民政局社会事务科", money=one_year(60, 55, 5),
                 goals=["开展婚俗改革宣传活动30场以上，创建示范村（社区）8个，"
                        "婚事新办率较上年提高3个百分点以上。"])  # fmt: skip
    indicators(s, HEAD_POINTS, [
        ("产出指标", 40, "数量指标", "婚俗改革宣传活动", "≥30场", 10),
        (None, None, None, "婚俗改革示范村（社区）创建", "≥8个", 10),
        (None, None, "质量指标", "宣传材料审核合格率", "=100%", 10),
        (None, None, "时效指标", "宣传活动按时完成率", "≥95%", 10),
        ("成本指标", 20, "经济成本指标", "单场宣传活动成本", "≤1.2万元/场", 10),
        (None, None, None, "示范点建设补助标准", "≤2万元/个", 10),
        ("效益指标", 30, "社会效益指标", "婚事新办率较上年提高", "≥3百分点", 10),
        (None, None, None, "婚俗改革政策知晓率", "≥85%", 10),
        (None, None, "可持续影响指标", "红白理事会覆盖村（社区）比例", "≥90%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100, merge=[(3, 5)])
    return b


@variant("sl18-points-zero-cost", (9, 10),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores not matching "
         "the indicator scores under them (totals both 100), a unit cost rounded to 0")  # fmt: skip
def sl18() -> Book:
    b, s = start(widths=(14, 8, 18, 30, 16, 8))
    project_head(s, year=2025, name="散埋乱葬治理及生态墓地建设", dept="桐汀区民政局（706001）",
                 unit="桐汀区殡葬事务所", money=one_year(150, 140, 10),
                 goals=["整治散埋乱葬坟墓1200座以上，新建村级生态墓地5个，"
                        "节地生态安葬率达到30%以上。"])  # fmt: skip
    out = mk(40, "W103", "error", note="15 + 10 + 10 + 10 = 45 under 产出指标, declared 40")
    eff = mk(30, "W103", "error", note="10 + 10 + 5 = 25 under 效益指标, declared 30")
    zero = mk("≤0万元/个", "T115", "error", note="a unit cost rounded to 0 in 万元")
    indicators(s, HEAD_POINTS, [
        ("产出指标", out, "数量指标", "散埋乱葬坟墓整治", "≥1200座", 15),
        (None, None, None, "新建村级生态墓地", "≥5个", 10),
        (None, None, "质量指标", "整治验收合格率", "=100%", 10),
        (None, None, "时效指标", "整治任务完成时间", "2025年11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "散埋乱葬坟墓迁移补助标准", "≤800元/座", 10),
        (None, None, None, "生态墓地单穴建设成本", zero, 10),
        ("效益指标", eff, "社会效益指标", "节地生态安葬率", "≥30%", 10),
        (None, None, "生态效益指标", "恢复林地耕地面积", "≥60亩", 10),
        (None, None, "可持续影响指标", "殡葬执法长效监管机制", "健全", 5),
        ("满意度指标", 10, "服务对象满意度指标", "群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
