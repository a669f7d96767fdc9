"""Department returns and mixed toilet-and-sludge projects: khn13–khn18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout888.common import (
    TIERS,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,  # fmt: skip
    start,
)
from tests.variants.holdout888.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("khn13-department-money", (12,),
         "department, NAT-2021: budget and key tasks adding up, a goal total with its parts in "
         "brackets, a fill date in the year before (correct)")  # fmt: skip
def khn13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="赭岭县农业农村局",
                    budget=[(560, 520, 40, 180, 380)],
                    tasks=[("农村户厕改造", "新改户厕并整改问题户厕", 240, "完成改厕1500户"),
                           ("粪污收运体系建设", "建设乡镇粪污收运中心", 100, "建成收运中心2处"),
                           ("村级公厕管护", "委托管护村级公厕", 40, "管护公厕120座"),
                           ("金额合计", None, 380, None)],
                    goal="完成农村户厕改造1500户（其中新改1200户、问题整改300户），建成粪污收运"
                         "中心2处，管护村级公厕120座。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "新改户厕数", "≥1200户"),
        (None, None, "问题户厕整改数", "≥300户"),
        (None, None, "粪污收运中心建成数", "≥2处"),
        (None, None, "村级公厕管护数", "≥120座"),
        (None, "质量指标", "改厕验收合格率", "≥95%"),
        (None, "时效指标", "年度任务完成时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "户厕改造户均补助", "≤1500元/户"),
        ("效益指标", "社会效益指标", "农村卫生厕所普及率", "提高≥2百分点"),
        (None, "可持续影响指标", "公厕管护长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "赭岭县农业农村局", "郦文昭", "0745-7713520", day(2024, 11, 18))
    return b


@variant("khn14-department-wrong", (12, 5),
         "department, NAT-2021, numbered tier-2 labels: 资金总额 ≠ 财政拨款 + 其他资金, tasks not "
         "adding to 金额合计, the goal's count against the indicator")  # fmt: skip
def khn14() -> Book:
    b, s = start()
    total = mk(300, "B101", "error", note="财政拨款260 + 其他资金30 = 290")
    whole = mk(200, "B102", "error", note="任务预算120 + 50 + 40 = 210")
    department_head(s, year=2025, dept="芦汀县乡村建设服务中心",
                    budget=[(total, 260, 30, 100, 200)],
                    tasks=[("粪污处理站建设", "建设村级粪污处理站", 120, "建成处理站6座"),
                           ("粪渣堆肥点建设", "建设乡镇堆肥点", 50, "建成堆肥点2处"),
                           ("吸粪车购置", "购置小型吸粪车", 40, "购置吸粪车4辆"),
                           ("金额合计", None, whole, None)],
                    goal="建成村级粪污处理站6座、乡镇堆肥点2处，购置吸粪车4辆，粪污无害化"
                         "处理率达到85%以上。")  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "1.数量指标", "村级粪污处理站建成数",
         mk("≥8座", "D104", "warning", row=True, note="年度总体目标和任务都写6座")),
        (None, None, "乡镇堆肥点建成数", "≥2处"),
        (None, None, "吸粪车购置数", "≥4辆"),
        (None, "2.质量指标", "处理站验收合格率", "≥95%"),
        (None, "3.时效指标", "处理站建成时间", "2025年11月30日前"),
        ("成本指标", "1.经济成本指标", "单座处理站建设成本", "≤20万元/座"),
        ("效益指标", "1.生态效益指标", "粪污无害化处理率", "≥85%"),
        ("满意度指标", "1.服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khn15-transfer-marked-labels", (5,),
         "transfer-payment project, OLD-NAT, labels with * and ★ and abbreviated (产出, 数量, "
         "满意度), 中央补助 + 地方资金 (correct)")  # fmt: skip
def khn15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="蒲垟县农村厕所革命整村推进奖补", dept="蒲垟县农业农村局 141",
                 unit="蒲垟县农村改厕办公室", attr="一次性项目",
                 money=[("资金总额", 200, "其中：中央补助", 150), ("", None, "地方资金", 50)],
                 goals=["在10个整村推进村完成户厕改造2000户，同步建立粪污收运机制。"])  # fmt: skip
    indicators(s, ("*一级指标", "*二级指标", "*三级指标", "*指标值"), [
        ("*产出", "数量", "★农村户厕改造数", "≥2000户"),
        (None, None, "整村推进村数", "≥10个"),
        (None, "质量", "★改厕验收合格率", "≥95%"),
        (None, "时效", "奖补资金拨付时间", "2025年12月31日前"),
        (None, "成本", "户厕改造奖补标准", "≤1000元/户"),
        ("*效益", "社会效益", "整村推进村卫生厕所普及率", "≥95%"),
        (None, "生态效益", "★粪污无害化处理或资源化利用率", "≥80%"),
        ("*满意度", "服务对象满意度", "★改厕农户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：标★为核心指标，不得删除；标*为必填项。")
    return b


@variant("khn16-template-leftovers", (6, 13),
         "project, NAT-2021, header 预期目标: the template's example row left in, a value "
         "without a name")  # fmt: skip
def khn16() -> Book:
    b, s = start()
    project_head(s, year=2025, name="赭岭县改厕户化粪池清掏补助", dept="赭岭县农业农村局 152",
                 unit="赭岭县农村人居环境整治中心", money=one_year(48, 48, 0),
                 goals=["为4000户改厕农户各补助清掏一次，"
                        "清掏粪污全部进入处理站处理。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "化粪池清掏补助户数", "≥4000户"),
        (None, None, "（示例）户厕改造数",
         mk("≥XX户", "X101", "error", note="模板的示例行未删，值仍是占位符")),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值没有三级指标名称"), "≥95%"),
        (None, "时效指标", "清掏补助发放时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单户清掏补助标准", "≤120元/户"),
        ("效益指标", "生态效益指标", "清掏粪污进站处理率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "改厕农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _both(t1: str | None, t2: str | None, name: str, period: str, annual: str) -> tuple[
        str | None, ...]:  # fmt: skip
    """One row of two complete column sets: 二级/三级/指标值 for 中期, then for 年度."""
    return (t1, t2, name, period, t2, name, annual)


@variant("khn17-two-column-sets", (8, 11),
         "two-year project, OLD-NAT, two complete column sets (二级/三级/指标值 for 中期, then for "
         "年度), word operators, a 下降率 with 不低于, 0起 in both columns (correct)")  # fmt: skip
def khn17() -> Book:
    b, s = start(widths=(12, 12, 24, 16, 12, 24, 16))
    project_head(s, year=2026, years=2, name="砚塘县化粪池提标与粪污收集点建设",
                 dept="砚塘县农业农村局 164", unit="砚塘县农村改厕服务站",
                 money=multi_year((360, 330, 30), (180, 165, 15)),
                 goals=["2026—2027年为2400户改厕农户更换三格式化粪池，建设粪污收集点40处。",
                        "2026年更换化粪池1200个，建设粪污收集点20处。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值（中期）", "二级指标", "三级指标",
          "指标值（年度）")  # fmt: skip
    s.table([
        _both("产出指标", "数量指标", "化粪池更换数", "不少于2400个", "不少于1200个"),
        _both(None, None, "粪污收集点建设数", "不少于40处", "不少于20处"),
        _both(None, "质量指标", "化粪池渗漏检测合格率", "不低于95%", "不低于95%"),
        _both(None, "时效指标", "改造完成时间", "2027年11月30日前", "2026年11月30日前"),
        _both(None, "成本指标", "化粪池更换补助", "不超过1000元/个", "不超过1000元/个"),
        _both("效益指标", "社会效益指标", "粪污渗漏投诉下降率", "不低于20%", "不低于10%"),
        _both(None, "生态效益指标", "粪污外溢污染事件", "0起", "0起"),
        _both("满意度指标", "服务对象满意度指标", "改厕农户满意度", "不低于90%", "不低于90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    signature(s, "砚塘县农业农村局", "冼嘉禾", "0751-8830472", day(2025, 12, 2))
    return b


@variant(
    "khn18-direction-words",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator in words, "
    "typed percent cells and a unit column: a 反向 rate with 大于等于, the goal's deadline",
)
def khn18() -> Book:
    b, s = start(widths=(12, 12, 24, 10, 12, 14, 10))
    project_head(s, year=2025, name="霞洲县农村户厕渗漏整治", dept="霞洲县农业农村局 207",
                 unit="霞洲县农村改厕工作专班", money=one_year(64, 60, 4),
                 goals=["整治渗漏户厕800户，9月底前全部完成整治并复核。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "渗漏户厕整治数", "正向", "大于等于", 800, "户"),
        (None, "质量指标", "整治复核合格率", "正向", "大于等于", pct(0.95), "%"),
        (None, None, "整治后化粪池渗漏发生率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向指标用了“大于等于”"), 3, "%"),
        (None, "时效指标", "整治完成时间", "反向", "小于等于",
         mk(day(2025, 11, 30, CN_DATE), "D104", "warning", row=True,
            note="年度目标写9月底前完成，指标却是11月30日"), ""),
        (None, "成本指标", "单户整治补助", "反向", "小于等于", 800, "元/户"),
        ("效益指标", "生态效益指标", "户厕粪污渗漏污染", "正向", "定性", "明显减少", ""),
        ("满意度指标", "服务对象满意度指标", "整治农户满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b
