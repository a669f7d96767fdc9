"""Meal assistance for older people (老年助餐): canteens, delivery, subsidies per meal."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout878.common import indicators, note, one_year, start, wan
from tests.variants.holdout878.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标")


@variant("khd07-meal-flat", (1, 3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, 0 incidents, a goal count with its part, tasks adding up "
         "(correct)")  # fmt: skip
def meal_flat() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="苇汀县老龄事业发展中心",
                    budget=[(wan(420), wan(380), wan(40), wan(160), wan(260))],
                    tasks=[("老年助餐点运营补贴", "对全县36个老年助餐点按就餐人次给予运营补贴",
                            wan(150), "助餐点稳定运营"),
                           ("助餐配送服务", "为行动不便的老年人送餐上门", wan(70),
                            "送餐上门不少于6万人次"),
                           ("助餐点食品安全监管", "委托第三方开展食品安全抽检和培训", wan(40),
                            "抽检覆盖全部助餐点"),
                           ("金额合计", None, wan(260), None)],
                    goal="全年为老年人提供助餐服务不少于30万人次，其中送餐上门不少于6万人次；"
                         "助餐点食品安全抽检全覆盖。")  # fmt: skip
    note(s, "年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("老年助餐服务人次", 20, "万人次", "≥", 30),
        ("送餐上门服务人次", 15, "万人次", "≥", 6),
        ("享受运营补贴的助餐点数量", 10, "个", "=", 36),
        ("助餐点食品安全抽检覆盖率", 15, "%", "=", pct(1)),
        ("每人次助餐运营补贴标准", 10, "元/人次", "≤", 5),
        ("助餐点食品安全事故起数", 10, "起", "=", 0),
        ("就餐老年人满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    return b


@variant("khd08-meal-flat-defects", (3, 12),
         "department, flat list (指标名称 · 指标值 · 计量单位 · 指标性质 as direction · 权重): "
         "tasks not adding to 金额合计, the goal's canteen count against the indicator, one "
         "indicator twice with two values")  # fmt: skip
def meal_flat_defects() -> Book:
    b, s = start("部门整体")
    whole = mk(wan(360), "B102", "error", note="180 + 120 + 40 = 340 ≠ 360")
    department_head(s, year=2026, dept="檀圩区民政局",
                    budget=[(wan(560), wan(500), wan(60), wan(200), wan(360))],
                    tasks=[("社区长者食堂建设", "新建社区长者食堂15个", wan(180), "投入使用"),
                           ("长者食堂助餐补贴", "按就餐人次补贴", wan(120), "助餐25万人次以上"),
                           ("助餐信息系统运维", "就餐结算系统运维", wan(40), "系统稳定运行"),
                           ("金额合计", None, whole, None)],
                    goal="2026年新建社区长者食堂15个，全区长者食堂累计达到60个，全年助餐服务不少于"
                         "25万人次。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重")
    new = mk("≥12", "D104", "warning", row=True, note="the goal and the task say 15 canteens")
    twice = mk("≥20", "D102", "error", row=True, alt=("D101", "D103"),
               note="助餐服务人次 is given above as ≥25万人次")  # fmt: skip
    s.table([
        ("新建社区长者食堂数量", new, "个", "正向", 15),
        ("助餐服务人次", "≥25", "万人次", "正向", 20),
        ("长者食堂累计数量", "≥60", "个", "正向", 10),
        ("食品留样合格率", "≥98%", "%", "正向", 15),
        ("助餐服务人次", twice, "万人次", "正向", 10),
        ("每人次助餐补贴标准", "≤4", "元/人次", "反向", 10),
        ("就餐老年人满意度", "≥90%", "%", "正向", 20),
    ])  # fmt: skip
    return b


@variant("khd09-meal-points", (4, 5, 10),
         "project, NAT-2021, tier-1 labels with points and an indicator points column (100 both "
         "ways), a coverage rate raised in 百分点, =0起, a points total row (correct)")  # fmt: skip
def meal_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="朔桥市农村老年助餐服务", dept="朔桥市民政局",
                 unit="朔桥市老龄工作服务中心", money=one_year(200, 170, 30),
                 goals=["在全市农村运营老年助餐点40个，全年提供助餐服务不少于40万人次，农村老年"
                        "助餐服务覆盖率比上年提高5个百分点，食品安全事故零发生。"])  # fmt: skip
    indicators(s, (*TIERS, "指标值", "分值"), [
        ("成本指标（10分）", "经济成本指标", "每人次助餐补贴标准", "≤4元/人次", 10),
        ("产出指标（50分）", "数量指标", "农村老年助餐点数量", "≥40个", 15),
        (None, None, "助餐服务人次", "≥40万人次", 15),
        (None, "质量指标", "助餐点食品安全事故", "=0起", 10),
        (None, "时效指标", "季度补贴资金拨付时限", "≤15个工作日", 10),
        ("效益指标（30分）", "社会效益指标", "农村老年助餐服务覆盖率", "比上年提高≥5百分点", 15),
        (None, "可持续影响指标", "助餐点可持续运营机制", "建立并执行", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "就餐老人满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("khd10-meal-tier-wrong", (5, 12),
         "project, OLD-NAT, abbreviated tier labels with *: a quality rate under 时效, plan "
         "dates left from the year before")  # fmt: skip
def meal_tier_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苇汀县老年人助餐配送服务", dept="苇汀县民政局",
                 unit="苇汀县养老服务指导中心", money=one_year(90, 80, 10),
                 start=day(2024, 1, 1), end=day(2024, 12, 31),
                 goals=["为全县行动不便的独居老人提供送餐上门服务，全年送餐不少于15万份，送餐"
                        "准时率不低于95%。"])  # fmt: skip
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="a 2025 return planned for 2024-01-01 to 2024-12-31: last year's dates",
    )
    wrong = mk("餐食抽检合格率", "F201", "warning", row=True, note="a quality rate under 时效")
    indicators(s, (*TIERS, "指标值"), [
        ("*产出", "*数量", "送餐上门服务份数", "≥15万份"),
        (None, None, "送餐服务老年人数", "≥420人"),
        (None, "*质量", "配送餐食温度达标率", "≥95%"),
        (None, "*时效", "送餐准时率", "≥95%"),
        (None, None, wrong, "≥98%"),
        (None, "*成本", "每份送餐配送补贴", "≤5元/份"),
        ("*效益", "社会效益", "独居老人就餐难问题", "有效缓解"),
        ("*满意度", "服务对象满意度", "送餐服务满意度", "≥90%"),
    ])  # fmt: skip
    return b


def export_money(s: Sheet) -> None:
    """The budget sheet of a 预算管理一体化 export: codes first, the goal in the last column."""
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row("330781250010", "檀圩区长者食堂助餐补贴", wan(136), wan(120), wan(16),
          "为辖区28家长者食堂按实际就餐人次发放运营补贴，全年助餐不少于34万人次，食品安全"
          "抽检合格率不低于98%。")  # fmt: skip
    s.row("合计", None, wan(136), wan(120), wan(16))


@variant("khd11-meal-export", (4, 7, 12),
         "budget-system export: 预算 sheet with codes first, indicators on a second sheet under a "
         "title, a unit line and the header 绩效目标值 on the third row, notes below "
         "(correct)")  # fmt: skip
def meal_export() -> Book:
    b, s = start("项目支出预算05-1", (16, 24, 14, 14, 14, 40))
    export_money(s)
    t = b.sheet("项目支出绩效目标05-2", (16, 22, 14, 18, 28, 14, 12))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：檀圩区民政局", None, None, None, None, "单位：万元", merge=[(1, 5)])
    code, name = "330781250010", "檀圩区长者食堂助餐补贴"
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值", "计量单位")
    indicators(t, head, [
        (code, name, "成本指标", "经济成本指标", "每人次运营补贴标准", "≤4", "元/人次"),
        (code, name, "产出指标", "数量指标", "享受运营补贴的长者食堂数量", "28", "家"),
        (code, name, None, None, "助餐服务人次", "≥34", "万人次"),
        (code, name, None, "质量指标", "食品安全抽检合格率", "≥98", "%"),
        (code, name, None, "时效指标", "补贴资金拨付及时率", "≥95", "%"),
        (code, name, "效益指标", "社会效益指标", "老年人就近就餐便利度", "明显提升", None),
        (code, name, "满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90", "%"),
    ], merged=(3, 4))  # fmt: skip
    note(t, "注：本表由预算管理一体化系统导出，指标值与计量单位分列。", 7)
    note(t, "说明：补贴按季度据实结算，年度合计不超过项目资金。", 7)
    return b


@variant("khd12-meal-template-left", (6, 7, 13),
         "project, OLD-NAT, header 预期目标: a value with no name, a tier-2 left empty, the "
         "template's example row left in")  # fmt: skip
def meal_template_left() -> Book:
    b, s = start()
    project_head(s, year=2025, name="蓼湾街道社区老年食堂运营", dept="檀圩区民政局",
                 unit="檀圩区蓼湾街道办事处", money=one_year(48, 40, 8),
                 goals=["保障街道2家社区老年食堂全年正常运营，日均就餐不少于260人次，全年助餐"
                        "不少于9万人次。"])  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value ≥2家 with no indicator name")
    empty = mk("时效指标", "F109", "warning", row=True, note="a template tier-2 left empty")
    sample = mk("≥XX人次", "X101", "error", row=True,
                note="the template's example row (示例) left in the return")  # fmt: skip
    indicators(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", "老年食堂日均就餐人次", "≥260人次"),
        (None, None, "全年助餐服务人次", "≥9万人次"),
        (None, None, nameless, "≥2家"),
        (None, "质量指标", "食品留样和索证索票规范率", "≥98%"),
        (None, empty, None, None),
        (None, "成本指标", "每人次就餐运营补贴", "≤5元/人次"),
        ("效益指标", "社会效益指标", "示例：XX活动参与人数", sample),
        (None, None, "社区老年人就餐便利度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥90%"),
    ])  # fmt: skip
    return b
