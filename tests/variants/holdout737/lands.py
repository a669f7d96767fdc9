"""Land-consolidation (土地整治) returns: kbs01–kbs06."""

from __future__ import annotations

from tests.variants.holdout737.common import (
    TIERS,
    department,
    indicators,
    project,
    signs,
    start,
)
from tests.variants.holdout737.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kbs01-consolidation-operators", (1, 7),
         "project, NAT-2021, operator column headed 指标性质, unit column, typed percents, a unit "
         "cost equal to its money (correct)")  # fmt: skip
def consolidation_operators() -> Book:
    b, s = start()
    project(s, "石楠镇高标准农田土地整治项目", "澄岭县土地整理中心",
            [("年度资金总额", 480, "其中：财政拨款", 400), (None, None, "其他资金", 80)],
            ["完成石楠镇高标准农田土地整治1200亩，其中旱地改水田300亩，新增耕地36亩，"
             "11月底前通过竣工验收。"])  # fmt: skip
    indicators(s, OPS, [
        ("成本指标", "经济成本指标", "亩均整治成本", "≤", 0.4, "万元/亩"),
        ("产出指标", "数量指标", "土地整治面积", "≥", 1200, "亩"),
        (None, None, "旱地改水田面积", "≥", 300, "亩"),
        (None, "质量指标", "工程验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "竣工验收时间", "≤", day(2026, 11, 30), "日期"),
        ("效益指标", "经济效益指标", "新增耕地面积", "≥", 36, "亩"),
        (None, "生态效益指标", "耕地质量等别提升", "≥", 0.5, "等"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signs(s, "欧阳砚", "0736-5821047")
    return b


@variant("kbs02-consolidation-goal-mismatch", (11,),
         "project, NAT-2021: goal area against the indicator, a unit cost beyond the money, a "
         "quality rate under 时效")  # fmt: skip
def consolidation_goal_mismatch() -> Book:
    b, s = start()
    project(
        s,
        "柘坪乡土地综合整治项目",
        "柘坪乡人民政府",
        [("年度资金总额", 520, "其中：财政拨款", 450), (None, None, "其他资金", 70)],
        ["完成柘坪乡土地综合整治2000亩，新建灌排渠道12公里、机耕路8公里，新增耕地60亩。"],
    )
    indicators(s, TIERS, [
        ("成本指标", "经济成本指标", "亩均整治成本",
         mk("≤0.3万元/亩", "B107", "warning", row=True,
            note="0.3万元/亩 × 2000亩（目标）= 600万元，1800亩也要540万元，超过年度资金520万元")),
        ("产出指标", "数量指标", "土地整治面积",
         mk("≥1800亩", "D104", "warning", note="年度目标写整治2000亩，指标只有1800亩")),
        (None, None, "新建灌排渠道长度", "≥12公里"),
        (None, None, "新建机耕路长度", "≥8公里"),
        (None, "质量指标", "耕地质量等别提升", "≥0.5等"),
        (None, "时效指标", "工程竣工时间", "2026年11月30日前"),
        (None, None, "工程质量验收合格率",
         mk("≥95%", "F201", "warning", row=True, note="验收合格率是质量指标，填在时效指标下")),
        ("效益指标", "经济效益指标", "新增耕地面积", "≥60亩"),
        (None, "社会效益指标", "项目区受益农户", "≥860户"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
    ])  # fmt: skip
    signs(s, "龙岫", "0736-5826613")
    return b


@variant("kbs03-stacked-reclamation", (2, 12),
         "two projects stacked, OLD-NAT: the second one's money does not add up and its deadline "
         "is last year's")  # fmt: skip
def stacked_reclamation() -> Book:
    b, s = start()
    project(
        s,
        "沅口镇耕地提质改造项目",
        "沅口镇人民政府",
        [("年度资金总额", 300, "其中：财政拨款", 260), (None, None, "其他资金", 40)],
        ["对沅口镇900亩旱地实施提质改造，耕地质量平均提升0.5等。"],
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "提质改造面积", "≥900亩"),
        (None, "质量指标", "耕作层土壤有机质含量提升", "≥0.2%"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前"),
        (None, "成本指标", "亩均改造成本", "≤3300元/亩"),
        ("效益指标", "经济效益指标", "亩均增产稻谷", "≥50公斤"),
        ("满意度指标", "服务对象满意度指标", "承包农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "沅口镇废弃工矿用地复垦项目", "沅口镇人民政府",
            [("年度资金总额", mk(185, "B101", "error", note="150 + 30 = 180，不是185"),
              "其中：财政拨款", 150), (None, None, "其他资金", 30)],
            ["复垦沅口镇废弃工矿用地45亩，年内通过县级验收并纳入耕地占补平衡。"],
            title="")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "复垦面积", "≥45亩"),
        (None, "质量指标", "复垦耕地验收合格率", "=100%"),
        (None, "时效指标", "复垦验收完成时间",
         mk(day(2025, 12, 31, CN_DATE), "Y102", "error", alt=("Y103",),
            note="上年度的日期，项目期为2026年")),
        (None, "成本指标", "亩均复垦成本", "≤4万元/亩"),
        ("效益指标", "生态效益指标", "新增耕地面积", "≥45亩"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kbs04-three-year-consolidation", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, rates and unit costs equal, a later year prepared for (correct)")  # fmt: skip
def three_year_consolidation() -> Book:
    b, s = start()
    project(s, "澄岭县土地整治三年行动（2026—2028年）", "澄岭县土地整理中心",
            [("中期资金总额", 4500, "年度资金总额", 1500),
             ("其中：财政拨款", 3900, "其中：财政拨款", 1300),
             ("其他资金", 600, "其他资金", 200)],
            ["2026年至2028年完成土地整治6000亩，新增耕地180亩，为2029年全域土地综合整治试点"
             "积累经验。", "2026年完成石楠镇、沅口镇土地整治2000亩，新增耕地60亩。"],
            years=3)  # fmt: skip
    indicators(s, PERIOD, [
        ("成本指标", "经济成本指标", "亩均整治成本", "≤0.75万元/亩", "≤0.75万元/亩"),
        ("产出指标", "数量指标", "土地整治面积", "≥6000亩", "≥2000亩"),
        (None, None, "新增耕地面积", "≥180亩", "≥60亩"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "可持续影响指标", "耕地质量等别提升", "≥0.5等", "≥0.2等"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signs(s, "欧阳砚", "0736-5821047")
    return b


@variant("kbs05-two-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: goals copied, a year's area above the "
         "period's, a cumulative length copied")  # fmt: skip
def two_year_copied() -> Book:
    b, s = start()
    goal = "完成枫渡片区土地整治2400亩，新建灌排渠道15公里，整治后耕地质量提升0.5等。"
    project(s, "枫渡片区土地整治项目", "澄岭县土地整理中心",
            [("中期资金总额", 1200, "年度资金总额", 700),
             ("其中：财政拨款", 1080, "其中：财政拨款", 630),
             ("其他资金", 120, "其他资金", 70)],
            [goal, mk(goal, "D204", "warning", note="两年期项目，年度目标照抄中期目标")],
            years=2)  # fmt: skip
    indicators(s, PERIOD, [
        ("成本指标", "经济成本指标", "亩均整治成本", "≤0.5万元/亩", "≤0.5万元/亩"),
        ("产出指标", "数量指标", "土地整治面积", "≥2400亩",
         mk("≥2600亩", "D201", "error", note="年度面积大于两年合计2400亩")),
        (None, None, "新建灌排渠道长度", "≥15公里",
         mk("≥15公里", "D202", "warning", note="两年的累计长度照抄到年度列")),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "竣工验收时间", "2027年11月30日前", "2026年12月31日前"),
        ("效益指标", "生态效益指标", "耕地质量等别提升", "≥0.5等", "≥0.2等"),
        ("满意度指标", "服务对象满意度指标", "片区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbs06-flat-bureau", (3, 1, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
         "tasks adding to 项目支出, a 0人 casualty target (correct)")  # fmt: skip
def flat_bureau() -> Book:
    b, s = start("部门整体")
    department(s, "澄岭县自然资源局", [(2860, 2600, 260, 1460, 1400)],
               "完成土地整治3200亩（其中高标准农田2000亩），埋设耕地保护界桩860个，"
               "全县146处地质灾害隐患点监测全覆盖。", [
                   ("土地整治", "高标准农田建设与土地整治3200亩", 820, "整治3200亩"),
                   ("耕地保护界桩", "埋设界桩860个", 160, "界桩860个"),
                   ("地质灾害防治", "146处隐患点监测与巡查", 420, "监测全覆盖"),
                   ("金额合计", None, 1400, None),
               ])  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("土地整治面积", 20, "亩", "≥", 3200),
        ("耕地保护界桩埋设数量", 15, "个", "≥", 860),
        ("地质灾害隐患点监测覆盖率", 15, "%", "=", pct(1)),
        ("整治项目验收合格率", 15, "%", "≥", pct(0.98)),
        ("地质灾害造成人员死亡", 10, "人", "≤", 0),
        ("耕地保有量", 15, "万亩", "≥", 48.6),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    signs(s, "欧阳砚", "0736-5821047")
    return b
