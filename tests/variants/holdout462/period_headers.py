"""Header words, second-sheet tables, 中期 and 年度, direction against operator (5, 7, 8, 11)."""

from __future__ import annotations

from tests.variants.holdout462.common import (
    YEAR,
    funds,
    funds2,
    indicators,
    notes,
    project,
    signature,
    start,
)
from tests.variants.holdout462.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("zd13-header-content-standard", (7, 5),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, tier labels marked (*, ★) and "
         "abbreviated (数量, 质量), a positive 下降率 with ≥ (correct)")  # fmt: skip
def zd13() -> Book:
    b, s = start()
    project(s, "硷畔村老旧窑洞修缮加固项目", "硷畔村村民委员会", funds(120, 110, 10),
            ["完成八十户老旧窑洞修缮加固，雨季险情明显减少。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("*产出指标", "★数量", "老旧窑洞修缮加固户数", "≥80户", None),
        (None, "质量", "修缮工程验收合格率", "≥95%", None),
        (None, "时效", "修缮任务完成时间", "10月31日前", None),
        (None, "成本", "户均修缮补助", "≤1.4万元/户", "含材料和人工"),
        ("*效益指标", "社会效益", "雨季窑洞险情下降率", "≥25%", "较上年"),
        (None, "可持续影响", "修缮窑洞安全使用年限", "≥10年", None),
        ("*满意度指标", "服务对象满意度", "修缮户满意度", "≥90%", None),
    ])  # fmt: skip
    signature(s, "冯志刚", "0913-6127752")
    return b


@variant("zd14-second-sheet", (7,),
         "project: head on the first sheet, a two-row header (预期实现值 over 指标值 and "
         "计量单位) on a second sheet; a 及时率 as a count, a deadline as 100%")  # fmt: skip
def zd14() -> Book:
    b, s = start("项目信息")
    project(s, "柳峪县窑洞安全鉴定技术服务项目", "柳峪县农村房屋安全服务站",
            funds(60, 60, 0), ["为全县窑洞排查提供鉴定技术服务，出具鉴定报告。"])  # fmt: skip
    signature(s, "马春秀", "0913-6127031")
    t = b.sheet("绩效指标", (16, 18, 30, 16, 14))
    t.row("绩效指标", None, None, "预期实现值", None, merge=[(1, 3), (4, 5)])
    indicators(t, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "出具窑洞鉴定报告份数", "≥1500", "份"),
        (None, "质量指标", "鉴定报告出具及时率",
         mk("≥30", "T105", "error", note="a 及时率 with a count of 份, not a %"), "份"),
        (None, "时效指标", "鉴定服务完成时限",
         mk(pct(1.0), "T113", "warning", note="a deadline given as 100%"), "%"),
        (None, "成本指标", "每份鉴定报告费用", "≤400", "元/份"),
        ("效益指标", "社会效益指标", "危窑识别准确率", "≥95", "%"),
        ("满意度指标", "服务对象满意度指标", "委托乡镇满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("zd15-multi-year", (8, 12),
         f"three-year project {YEAR}–{YEAR + 2}, NAT-2021, 中期 and 年度 columns: counts below "
         "their period values, rates equal in both, 中期 and 年度 money (correct)")  # fmt: skip
def zd15() -> Book:
    b, s = start()
    project(s, "柳峪县窑洞民居三年安全提升行动", "柳峪县农村房屋安全服务站",
            funds2((1500, 1300, 200), (520, 450, 70)),
            ["三年完成九百六十户窑洞加固改造，在住危窑全部消除。",
             "完成三百四十户窑洞加固改造，优先改造D级危窑。"], years=3)  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "户均加固改造成本", "≤1.5万元/户", "≤1.5万元/户"),
        ("产出指标", "数量指标", "窑洞加固改造户数", "≥960户", "≥340户"),
        (None, None, "工匠技术培训人次", "≥600人次", "≥200人次"),
        (None, "质量指标", "加固工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "在住危窑消除率", "=100%", "≥35%"),
        (None, "可持续影响指标", "窑洞安全动态监测机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：中期指标值为三年累计数，年度指标值为本年度计划数。")
    signature(s, "贺玉川", "0913-6125548")
    return b


@variant("zd16-multi-year-wrong", (8,),
         f"two-year project {YEAR}–{YEAR + 1}, NAT-2021, 中期 and 年度 columns: an annual "
         "count above its period value, two cumulative counts copied from 中期")  # fmt: skip
def zd16() -> Book:
    b, s = start()
    project(s, "枣塬镇窑洞排水与加固两年行动", "枣塬镇人民政府",
            funds2((800, 720, 80), (420, 380, 40)),
            ["两年完成五百户窑洞加固和排水改造。", "完成二百六十户窑洞加固和排水改造。"],
            years=2)  # fmt: skip
    copied = "cumulative count copied from the 中期 column"
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "户均加固改造成本", "≤1.5万元/户", "≤1.5万元/户"),
        ("产出指标", "数量指标", "窑洞加固改造户数", "≥500户", "≥260户"),
        (None, None, "新建窑顶排水沟长度", "≥6000米",
         mk("≥7500米", "D201", "error", note="annual 7500米 above the two-year 6000米")),
        (None, None, "窑脸修缮孔数", "≥1200孔",
         mk("≥1200孔", "D202", "warning", note=copied)),
        (None, None, "工匠技术培训人次", "≥300人次",
         mk("≥300人次", "D202", "warning", note=copied)),
        (None, "质量指标", "加固工程验收合格率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "汛期窑洞坍塌事故", "≤0起", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "白守仁", "0913-6129406")
    return b


@variant("zd17-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare "
         "numbers, unit column: a 下降率 with ≥, 0起 on an incident count (correct)")  # fmt: skip
def zd17() -> Book:
    b, s = start()
    project(s, "沟岔镇窑洞坍塌风险防控项目", "沟岔镇人民政府", funds(140, 130, 10),
            ["完成一百户高风险窑洞加固，雨季不发生窑洞坍塌伤亡。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "高风险窑洞加固户数", "正向", "≥", 100, "户"),
        (None, "质量指标", "加固工程验收合格率", "正向", "≥", 95, "%"),
        (None, "时效指标", "险情报告响应时间", "反向", "≤", 24, "小时"),
        (None, "成本指标", "户均加固成本", "反向", "≤", 1.3, "万元/户"),
        ("效益指标", "社会效益指标", "雨季窑洞险情下降率", "正向", "≥", 30, "%"),
        (None, None, "窑洞坍塌致人伤亡事故", "反向", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "加固户满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    signature(s, "杨秀梅", "0913-6120765")
    return b


@variant("zd18-direction-inline", (11, 1),
         "project, OLD-NAT, operators inside the values: ≥ on a 发生率, = on a cost cap, "
         "= on a 合格率; a typed percent cell for satisfaction")  # fmt: skip
def zd18() -> Book:
    b, s = start()
    project(s, "峁梁乡危窑除险加固项目", "峁梁乡人民政府", funds(200, 180, 20),
            ["完成一百四十户危窑除险加固，降低窑洞结构隐患。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "危窑除险加固户数", "≥140户"),
        (None, "质量指标", "除险工程验收合格率",
         mk("=95%", "T107", "warning", note="= on a 合格率 almost certainly means ≥95%")),
        (None, "时效指标", "单户施工周期", "≤60天"),
        (None, "成本指标", "户均除险加固成本",
         mk("=1.4万元/户", "T108", "warning", row=True, note="= on a cost cap: ≤ expected")),
        ("效益指标", "社会效益指标", "窑洞结构隐患发生率",
         mk("≥3%", "T108", "warning", row=True, note="发生率 is 反向: ≤ expected")),
        (None, "可持续影响指标", "加固窑洞安全使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "除险户满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：满意度以乡政府组织的入户问卷为准。")
    signature(s, "冯志刚", "0913-6127752")
    return b
