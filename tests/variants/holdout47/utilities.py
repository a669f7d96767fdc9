"""Water supply returns (供水公司, 水务集团): 管网改造, 漏损率 (反向), 水质合格率, 二次供水 over a
multi-year period; OLD-NAT and NAT-2021 tiers, a unit column, amounts pasted as text."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout47.common import sign_off
from tests.variants.holdout47.registry import variant
from tests.variants.kit import WAN, Book, C, day, mk, money, ok, pct

AMOUNT = "#,##0.00"


@variant("je11-water-mains-ok", (1, 12),
         "project, OLD-NAT (成本 under 产出), 指标值 and 计量单位 columns, word "
         "operators (不低于99%, 9%以内, 2小时内), a 反向 漏损率, an amount pasted as "
         "text with separators")  # fmt: skip
def je11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 16, 12))
    project_head(
        s, year=2026, name="老旧供水管网更新改造", dept="兰溪口市住房和城乡建设局（260014）",
        unit="兰溪口市自来水有限公司", attr="延续项目",
        money=[("年度资金总额", ok("1,860.00", note="从系统粘贴的文本金额，数值无误"),
                "其中：财政拨款", money(1600, AMOUNT)),
               ("其他资金", money(260, AMOUNT), "资金来源", "企业自筹")],
        goals=["更新改造老旧供水管网42.6公里、户表6500户，管网漏损率控制在9%以内。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "更新改造老旧供水管网", "≥42.6", "公里"),
            (None, None, "改造一户一表", "≥6500", "户"),
            (None, "质量指标", "出厂水水质综合合格率", "不低于99%", "%"),
            (None, None, "管网末梢水水质合格率", "≥98%", "%"),
            (None, "时效指标", "管网爆管抢修到场时限", "2小时内", "小时"),
            (None, "成本指标", "每公里管网改造成本", "≤38", "万元/公里"),
            ("效益指标", "经济效益指标", "年减少漏失水量", "≥120", "万立方米"),
            (None, "社会效益指标", "供水管网漏损率", "9%以内", "%"),
            (
                None,
                None,
                ok("停水投诉办结时限", note="时限放在社会效益下，提示可接受"),
                "≤5个工作日",
                "个工作日",
            ),
            (None, "可持续影响指标", "城区供水保障能力", "逐步提高", None),
            ("满意度指标", "服务对象满意度指标", "供水用户满意度", "90%以上", "%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 11, 8), who="童佳音", checker="方启", phone="0579-8821 6650")
    return b


@variant("je12-water-plant-defects", (1, 11),
         "project, NAT-2021, one value column: a 漏损率 with ≥, 99.5 typed into a 0.0% cell, a "
         "plan end date in the year before the budget year")  # fmt: skip
def je12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 20, 18, 12))
    project_head(
        s, year=2026, name="第二水厂深度处理提标改造", dept="兰溪口市住房和城乡建设局（260014）",
        unit="兰溪口市自来水有限公司", attr="一次性项目",
        end=mk(day(2025, 12, 31), "Y102", "error", alt=("Y101", "Y104"),
               note="2026 年度的一年期项目，完成日期却在 2025 年"),
        money=[("年度资金总额", money(2750, WAN), "其中：财政拨款", money(2000, WAN)),
               ("其他资金", money(750, WAN), None, None)],
        goals=["完成第二水厂10万吨/日深度处理工艺改造，出厂水稳定达到新国标。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "深度处理改造规模", "≥10万吨/日"),
            (
                None,
                "质量指标",
                "出厂水水质达标率",
                mk(C(99.5, "0.0%"), "T106", "error", note="99.5 录入百分比格式，显示 9950.0%"),
            ),
            (None, None, "工程验收合格率", pct(1)),
            (None, "时效指标", "工程完工时间", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "吨水处理能力改造成本", "≤275元/吨·日"),
            (
                "效益指标",
                "社会效益指标",
                "供水管网漏损率",
                mk("≥10%", "T108", "warning", row=True, note="漏损率是反向指标"),
            ),
            (None, None, "供水安全事故", "0起"),
            (None, "生态效益指标", "污泥无害化处置率", pct(1)),
            ("满意度指标", "服务对象满意度指标", "供水用户满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 11, 9), who="童佳音", checker="方启", phone="0579-8821 6650")
    return b


@variant("je13-secondary-supply-ok", (1, 8),
         "three-year project in its second year (2025—2027, the 2026 return), NAT-2021, 中期 and "
         "年度 columns with a 计量单位 column, percent cells, a 反向 故障率")  # fmt: skip
def je13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 14, 14, 12))
    project_head(
        s, year=2025, years=3, title="2026年度项目支出绩效目标申报表",
        name="老旧小区二次供水设施改造", dept="兰溪口市住房和城乡建设局（260014）",
        unit="兰溪口市水务集团有限公司", attr="延续项目",
        money=[("中期资金总额", money(5400, WAN), "其中：财政拨款", money(4800, WAN)),
               ("其他资金", money(600, WAN), None, None),
               ("年度资金总额", money(1800, WAN), "其中：财政拨款", money(1600, WAN)),
               ("其他资金", money(200, WAN), None, None)],
        goals=["2025—2027年改造老旧小区二次供水泵房150座，惠及居民3.6万户。",
               "2026年改造二次供水泵房50座，惠及居民1.2万户，改造后水质全部达标。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "改造二次供水泵房", "≥150", "≥50", "座"),
            (None, None, "惠及居民户数", "≥3.6", "≥1.2", "万户"),
            (None, "质量指标", "改造后二次供水水质合格率", pct(0.99), pct(0.99), "%"),
            (
                None,
                "时效指标",
                "年度改造任务完成时间",
                "2027年12月31日前",
                "2026年12月31日前",
                None,
            ),
            ("成本指标", "经济成本指标", "单座泵房改造成本", "≤34", "≤34", "万元/座"),
            ("效益指标", "社会效益指标", "改造泵房运行故障率", "≤2%", "≤2%", "%"),
            (None, "可持续影响指标", "泵房智能监控接入率", pct(1), pct(1), "%"),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%", "≥90%", "%"),
        ],
        merged=(1, 2),
    )
    sign_off(s, day(2025, 10, 27), who="柏林溪", checker="方启", phone="0579-8821 6671")
    return b
