"""Project returns: a two-line header over 比较符 · 目标值 · 计量单位, a Shanghai form in 元, and a
return with detail below its table."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout103.common import footer, indicators
from tests.variants.holdout103.registry import variant
from tests.variants.kit import WAN, YUAN, Book, mk, money, ok, pct


@variant("li16-street-lights", (11,), "project, OLD-NAT, two-line header over 比较符 (in words) · "
         "目标值 · 计量单位: a cost written 大于等于")  # fmt: skip
def li16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="白沙区城市道路照明设施维护", dept="岭南市白沙区城市管理局（406）",
        unit="白沙区市政设施维护所", attr="常年项目",
        money=[("年度资金总额", money(180, WAN), "其中：财政拨款", money(180, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["全年维护城市道路路灯12000盏，更换LED灯具1500盏，路灯亮灯率保持98%以上。"],
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "路灯维护数量", "大于等于", 12000, "盏"),
        (None, None, "更换LED灯具", "大于等于", 1500, "盏"),
        (None, "质量指标", "路灯亮灯率", "大于等于", 98, "%"),
        (None, "时效指标", "路灯故障修复时限", "小于等于", 48, "小时"),
        (None, "成本指标", "单盏路灯年维护费用",
         mk("大于等于", "T108", "warning", row=True, note="a cost cap written 大于等于"), 120,
         "元/盏"),
        ("效益指标", "社会效益指标", "夜间出行安全", "定性", "明显改善", None),
        (None, "生态效益指标", "LED改造年节电量", "大于等于", 45, "万千瓦时"),
        (None, "可持续影响指标", "智慧路灯平台接入率", "大于等于", 60, "%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "白沙区市政设施维护所", "冯启明", "0769-2276504", "2024年11月30日")
    return b


@variant("li17-elder-visits-sh", (5,), "project, Shanghai tiers, money in 元, one value column")
def li17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="江滨区独居老人关爱探访服务", dept="江滨区民政局", unit="江滨区社区养老"
        "服务指导中心", attr="经常性专项业务费", title="2025年度财政项目支出绩效目标表",
        money_label="项目预算（元）",
        money=[("项目总预算", money(1860000, YUAN), "项目当年预算", money(1860000, YUAN))],
        goals=["依托48个社区养老顾问点，为独居老人提供上门探访2400人次，紧急需求24小时内响应，"
               "有效降低独居老人意外风险。"],
    )  # fmt: skip
    indicators(s, ("一级目标", "二级目标", "三级目标", "指标目标值"), [
        ("投入与管理", "投入管理", "预算执行率", ">=95%"),
        (None, "财务管理", "资金使用合规性", "合规"),
        (None, "实施管理", "项目实施方案", "完备"),
        ("产出目标", "数量", "社区养老顾问点服务", ">=48个"),
        (None, None, "上门探访独居老人", ">=2400人次"),
        (None, "质量", "探访服务记录完整率", ">=95%"),
        (None, "时效", "紧急需求响应时间", "<=24小时"),
        (None, "成本", "上门探访人次均成本", "<=300元/人次"),
        ("效果目标", "社会效益", "独居老人意外风险", "有效降低"),
        (None, "满意度", "受访老年人满意度", ">=90%"),
        ("影响力目标", "长效管理", "探访服务制度", "建立并执行"),
        (None, "人力资源", "持证养老顾问人数", ">=48人"),
    ], label="2025年绩效目标")  # fmt: skip
    footer(s, "江滨区社区养老服务指导中心", "陶文静", "021-58362207", "2024年11月15日")
    return b


@variant("li18-rural-housing", (12,), "project, OLD-NAT, detail lines below: a standard × count "
         "above the budget, a rate above 100 %")  # fmt: skip
def li18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="桐源县农村低收入群体危房改造补助", dept="桐源县住房和城乡建设局（326）",
        unit="桐源县村镇建设服务中心", attr="延续项目",
        money=[("年度资金总额", money(120, WAN), "其中：财政拨款", money(120, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成60户农村低收入群体危房改造，改造房屋全部通过竣工验收，保障住房安全。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "危房改造户数", ok("≥60户", note="the count of the B107")),
        (None, "质量指标", "改造房屋竣工验收合格率",
         mk(">100%", "T106", "error", note="a capped rate above 100 %")),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        (None, "成本指标", "户均补助标准",
         mk("≤2.5万元/户", "B107", "warning", row=True,
            note="2.5万元 × 60户 = 150万元 > 年度资金120万元")),
        ("效益指标", "社会效益指标", "农村低收入群体住房安全保障率", pct(1)),
        (None, "可持续影响指标", "改造房屋安全使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算说明", "按户均补助标准测算，分两批拨付至改造农户账户。", None, None, None, None,
          merge=[(2, 6)])  # fmt: skip
    footer(s, "桐源县村镇建设服务中心", "邱振华", "0745-3371402", "2024年12月4日")
    return b
