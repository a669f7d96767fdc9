"""部门整体 tables and stacked projects (ou06, ou15, ou16, ou17)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout193.common import ONE, book, indicators, one_year_money, sign, wan
from tests.variants.holdout193.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("ou06-department-coverage", (12,), "department, NAT-2021, budget and key tasks that add "
         "up, a 覆盖率 of 100%, a 下降率 ≥10% (correct)")  # fmt: skip
def ou06() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="青岚市营商环境建设局",
        budget=[(wan(850), wan(800), wan(50), wan(500), wan(350))],
        tasks=[
            ("营商环境评价", "对12个区县开展年度营商环境评价", wan(120), "形成评价报告"),
            ("政务服务标准化", "修订政务服务事项标准300项", wan(150), "事项标准全覆盖"),
            ("企业诉求平台运维", "企业服务专线及诉求平台运行维护", wan(80), "诉求办结率95%以上"),
            ("金额合计", None, wan(350), None),
        ],
        goal="完成12个区县营商环境评价，修订政务服务事项标准300项，企业诉求办结率达到95%以上，"
             "营商环境投诉量下降10%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开展营商环境评价区县数", "≥12个"),
        (None, None, "修订政务服务事项标准数", "≥300项"),
        (None, "质量指标", "企业诉求办结率", "≥95%"),
        (None, "时效指标", "评价报告完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "企业诉求平台运维费用", "≤80万元"),
        ("效益指标", "社会效益指标", "政务服务事项标准化覆盖率", pct(1)),
        (None, None, "营商环境投诉量下降率", "≥10%"),
        (None, "可持续影响指标", "营商环境常态化监测机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ou15-stacked-award-and-growth", (2, 12), "two one-year projects stacked, NAT-2021, "
         "one value column: 奖励标准 20万元/家 × 12家 above the first project's 200万元, a "
         "增长率 written ≥5家 in the second")  # fmt: skip
def ou15() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="总部企业落户奖励项目", dept="白沙河区发展和改革局（101）",
        unit="白沙河区投资促进中心", title="2026年度项目支出绩效目标申报表（汇总）",
        money=one_year_money(wan(200), wan(200), wan(0)),
        goals=["引进总部企业落户12家，落户企业纳税额增长10%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "奖励落户总部企业数",
         mk("≥12家", "B107", "warning", row=True, required=False,
            note="the count half of the award × 家数 product")),
        (None, "质量指标", "奖励申报材料审核合格率", pct(1)),
        (None, "时效指标", "奖励资金拨付时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "总部企业落户奖励标准",
         mk("≤20万元/家", "B107", "warning", row=True,
            note="12家 × 20万元/家 = 240万元 > 资金总额 200万元")),
        ("效益指标", "经济效益指标", "落户企业纳税额增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "落户企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="商务楼宇提质改造项目", dept="白沙河区发展和改革局（101）",
        unit="白沙河区楼宇经济服务中心", title="",
        money=one_year_money(wan(80), wan(60), wan(20)),
        goals=["完成8栋商务楼宇提质改造，楼宇入驻企业数较上年增长5%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "提质改造商务楼宇数", "≥8栋"),
        (None, "质量指标", "改造工程验收合格率", pct(1)),
        (None, "时效指标", "改造完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单栋楼宇改造补助", "≤10万元/栋"),
        ("效益指标", "经济效益指标", "楼宇入驻企业数增长率",
         mk(mk("≥5家", "T105", "error", note="a 增长率 needs a percentage"), "D104", "warning",
            required=False, note="the goal's 增长5%以上 against ≥5家: the same slip")),
        ("满意度指标", "服务对象满意度指标", "楼宇业主满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ou16-stacked-awards-equal", (2, 12), "two one-year projects stacked, NAT-2021, one "
         "value column; each award × 家数 equals its money, one name in both projects with "
         "different values (correct)")  # fmt: skip
def ou16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="工业企业升规入统奖励项目", dept="临溪县经济发展局（206）",
        unit="临溪县经济发展局", title="2026年度项目支出绩效目标表",
        money=one_year_money(wan(100), wan(100), wan(0)),
        goals=["全年新增规模以上工业企业5家，每家给予一次性奖励。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "奖励新升规工业企业数", "≥5家"),
        (None, "质量指标", "升规企业入统核实准确率", pct(1)),
        (None, "时效指标", "奖励资金兑现时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "升规企业奖励标准", "≤20万元/家"),
        ("效益指标", "经济效益指标", "升规企业产值增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "受奖励企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="限上商贸企业入库奖励项目", dept="临溪县经济发展局（206）",
        unit="临溪县经济发展局", title="",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["全年新增限额以上商贸企业12家，每家给予一次性奖励。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "奖励新入库商贸企业数", "≥12家"),
        (None, "质量指标", "入库企业资料审核准确率", pct(1)),
        (None, "时效指标", "奖励资金兑现时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "入库企业奖励标准", "≤5万元/家"),
        ("效益指标", "经济效益指标", "入库企业销售额增长率", "≥6%"),
        ("满意度指标", "服务对象满意度指标", "受奖励企业满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "葛明川", "邵婉清", "0591-83350718")
    return b


@variant("ou17-department-satisfaction-duplicate", (12,), "department, NAT-2021, one value "
         "column: a 满意度 stored as 120% (percent cell), one indicator name under 质量指标 and "
         "社会效益指标 with different values")  # fmt: skip
def ou17() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="白沙河区政务服务中心", filled=day(2025, 11, 12),
        budget=[(wan(620), wan(600), wan(20), wan(400), wan(220))],
        tasks=[
            ("大厅运行保障", "政务服务大厅运行维护", wan(120), "大厅正常运行"),
            ("“一件事”集成改革", "推进高频事项集成办理", wan(100), "一次办成率90%以上"),
            ("金额合计", None, wan(220), None),
        ],
        goal="政务服务事项进驻850项以上，企业群众办事一次办成率达到90%以上，办事群众满意度90%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "政务服务事项进驻数", "≥850项"),
        (None, "质量指标", "企业群众办事一次办成率", "≥90%"),
        (None, "时效指标", "承诺件平均办理时长", "≤5个工作日"),
        ("成本指标", "经济成本指标", "大厅运行维护费用", "≤120万元"),
        ("效益指标", "社会效益指标",
         mk(mk("企业群众办事一次办成率", "D102", "error", row=True, note="same name, ≥90% / ≥95%"),
            "D104", "warning", row=True, required=False, note="the goal's 90% against ≥95%"),
         "≥95%"),
        (None, "可持续影响指标", "“好差评”评价机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度",
         mk(mk(pct(1.2), "T106", "error", alt=("T114",), note="120% is past the ceiling"),
            "D104", "warning", row=True, required=False, note="the goal's 90% against 120%")),
    ])  # fmt: skip
    return b
