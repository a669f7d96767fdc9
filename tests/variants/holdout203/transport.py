"""交通运输局 returns: 农村公路养护, 城乡公交运营补贴, 农村公路提档升级, 镇村公交, 公交候车亭
and 桥梁检测 stacked (pe13–pe16, pe18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout203.common import (
    ONE,
    OPS2,
    book,
    indicators,
    period_sources,
    sign,
    sources,
    wan,
)
from tests.variants.holdout203.registry import variant
from tests.variants.kit import Book, mk, money


@variant("pe13-rural-road-old-nat", (5, 10, 12), "one-year project, OLD-NAT (成本指标 under "
         "产出), a weight column adding to 100, two per-公里 standards whose products add up "
         "exactly to the money, =100% on a 列养率 (correct)")  # fmt: skip
def pe13() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="农村公路养护工程项目", dept="鹭汀县交通运输局（510）",
        unit="鹭汀县农村公路养护中心", title="2026年度农村公路养护工程项目绩效目标表",
        money=sources(wan(1500), [("中央补助", wan(600)), ("省级补助", wan(450)),
                                  ("市县配套", wan(450))]),
        goals=["2026年完成全县1200公里农村公路日常养护，实施安全生命防护工程60公里，"
               "优良中等路率达到85%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥1200公里", 10),
        (None, None, "实施安全生命防护工程里程", "≥60公里", 10),
        (None, "质量指标", "农村公路优良中等路率", "≥85%", 10),
        (None, None, "农村公路列养率", "=100%", 5),
        (None, "时效指标", "养护工程完工时间", "2026年11月30日前", 5),
        (None, "成本指标", "农村公路日常养护标准", "≤1万元/公里", 10),
        (None, None, "安全生命防护工程单价", "≤5万元/公里", 10),
        ("效益指标", "社会效益指标", "农村公路安全隐患路段整治率", "=100%", 15),
        (None, "可持续影响指标", "农村公路“路长制”管护机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", 15),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "罗景行", "高书瑶", "0596-73120458")
    return b


@variant("pe14-bus-subsidy-three-year", (8, 12), "three-year project, NAT-2021, 实施期 and 年度 "
         "columns, two sources in both, 2元/车公里 × 万车公里 equal to the money in both, a 投诉率 "
         "≤0.5‰ (correct)")  # fmt: skip
def pe14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="城乡公交运营补贴项目", dept="青岚市交通运输局（512）",
        unit="青岚市道路运输服务中心",
        money=period_sources(wan(3600), wan(1200), [
            ("省级补助", wan(1200), wan(400)), ("市县配套", wan(2400), wan(800))]),
        goals=["2026年至2028年城乡公交累计运营1800万车公里、运送乘客1500万人次，"
               "建制村通公交率保持100%。",
               "2026年城乡公交运营600万车公里、运送乘客500万人次，班次准点率95%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "城乡公交运营里程", "≥1800万车公里", "≥600万车公里"),
        (None, None, "城乡公交客运量", "≥1500万人次", "≥500万人次"),
        (None, "质量指标", "公交营运车辆年检合格率", "=100%", "=100%"),
        (None, "时效指标", "城乡公交班次准点率", "≥95%", "≥95%"),
        (None, None, "补贴资金拨付时间", "每年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "城乡公交运营补贴标准", "≤2元/车公里", "≤2元/车公里"),
        ("效益指标", "社会效益指标", "建制村通公交率", "=100%", "=100%"),
        (None, None, "乘客有效投诉率", "≤0.5‰", "≤0.5‰"),
        (None, "可持续影响指标", "城乡公交运营考核机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pe15-road-upgrade-rate-count-standard", (8, 12), "two-year project, NAT-2021, operator "
         "column before 中期 and 年度 values and a unit column: a 优良率 given as 300/120公里, "
         "50万元/公里 × 25公里 = 1250 above the 年度 1200万元")  # fmt: skip
def pe15() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 16, 12))
    project_head(
        s, year=2026, years=2, name="农村公路提档升级工程项目", dept="临溪县交通运输局（507）",
        unit="临溪县公路建设服务中心", attr="新增项目", money_label="资金来源（万元）",
        money=period_sources(wan(2400), wan(1200), [
            ("中央补助", wan(960), wan(480)), ("省级补助", wan(480), wan(240)),
            ("专项债券", wan(720), wan(360)), ("市县配套", wan(240), wan(120))]),
        goals=["2026年至2027年完成农村公路提档升级40公里、改造危旧桥梁6座。",
               "2026年完成农村公路提档升级25公里、改造危旧桥梁3座。"],
    )  # fmt: skip
    indicators(s, OPS2, [
        ("产出指标", "数量指标", "农村公路提档升级里程", "≥", 40,
         mk(25, "B107", "warning", row=True, required=False,
            note="the count half of the standard × 公里 product"), "公里"),
        (None, None, "改造危旧桥梁数量", "≥", 6, 3, "座"),
        (None, "质量指标", "工程交工验收合格率", "=", 100, 100, "%"),
        (None, None, "路面技术状况优良率", "≥",
         mk(300, "T105", "error", row=True, note="a 优良率 needs a percentage, not 300公里"),
         120, "公里"),
        (None, "时效指标", "工程完工时间", "≤", "2027年10月31日", "2026年12月31日", None),
        ("成本指标", "经济成本指标", "提档升级建设标准", "≤", 50,
         mk(50, "B107", "warning", row=True,
            note="25公里 × 50万元/公里 = 1250万元 > 年度资金总额 1200万元"), "万元/公里"),
        ("效益指标", "社会效益指标", "沿线受益群众人数", "≥", 3.6, 2.1, "万人"),
        (None, "可持续影响指标", "农村公路管养机制", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    return b


@variant("pe16-village-bus-direction", (11,), "one-year project, NAT-2021, 指标性质 as direction "
         "and a 比较符 column, bare numbers with a unit column: a 反向 投诉率 with ≥, a deadline "
         "in 2027 for a 2026 one-year project")  # fmt: skip
def pe16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 10, 16, 12))
    project_head(
        s, year=2026, name="镇村公交运营保障项目", dept="澄湾区交通运输局（515）",
        unit="澄湾区公共交通服务中心",
        money=sources(money(500), [("省级补助", money(150)), ("市县配套", money(350))]),
        goals=["2026年开行镇村公交线路18条，年运送乘客180万人次，班次准点率达到95%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "开行镇村公交线路数", "正向", "≥", 18, "条"),
        (None, None, "年运送乘客人次", "正向", "≥", 180, "万人次"),
        (None, "质量指标", "营运车辆安全检查合格率", "正向", "=", 100, "%"),
        (None, "时效指标", "镇村公交班次准点率", "正向", "≥", 95, "%"),
        (None, None, "线路优化调整完成时间", "反向", "≤",
         mk("2027年6月30日", "Y102", "error", alt=("Y103",),
            note="after the one-year project ends on 2026-12-31"), None),
        ("成本指标", "经济成本指标", "单条线路年度运营补贴", "反向", "≤", 25, "万元/条"),
        ("效益指标", "社会效益指标", "乘客投诉率", "反向",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ meant"), 1, "%"),
        (None, "可持续影响指标", "镇村公交运营监管平台运行", "定性", None, "稳定", None),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("pe18-shelters-bridges-stacked", (2, 12), "two one-year projects stacked, NAT-2021, one "
         "value column, each standard × 座数 equal to its money, the same 满意度 name with other "
         "values in the two projects, a signature line (correct)")  # fmt: skip
def pe18() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="城乡公交候车亭维护项目", dept="石渠县交通运输局（509）",
        unit="石渠县公共交通管理所", title="2026年度项目支出绩效目标表（交通运输局）",
        money=sources(wan(96), [("省级补助", wan(36)), ("市县配套", wan(60))]),
        goals=["2026年维护城乡公交候车亭240座，候车亭设施完好率95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维护公交候车亭数量", "≥240座"),
        (None, "质量指标", "候车亭设施完好率", "≥95%"),
        (None, "时效指标", "损坏设施修复时限", "≤48小时"),
        ("成本指标", "经济成本指标", "单座候车亭年度维护费", "≤0.4万元/座"),
        ("效益指标", "社会效益指标", "候车亭无障碍设施覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="农村公路桥梁定期检测项目", dept="石渠县交通运输局（509）",
        unit="石渠县农村公路养护中心", title="",
        money=sources(wan(54), [("省级补助", wan(24)), ("市县配套", wan(30))]),
        goals=["2026年9月底前完成90座农村公路桥梁定期检测，检测报告合格率100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "桥梁定期检测数量", "≥90座"),
        (None, "质量指标", "检测报告合格率", "=100%"),
        (None, "时效指标", "检测完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单座桥梁检测费用", "≤0.6万元/座"),
        ("效益指标", "社会效益指标", "农村公路桥梁安全运行率", "≥98%"),
        (None, "可持续影响指标", "桥梁养护管理档案", "完备"),
        ("满意度指标", "服务对象满意度指标", "群众出行满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "马俊驰", "秦语嫣", "0597-26631870")
    return b
