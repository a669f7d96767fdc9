"""中央预算内投资 plans, a transfer-payment 区域绩效目标表 and project heads whose money carries
its unit in the number format (万元 or 元), with 测算依据 lines (py13–py18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout223.common import (
    ONE,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout223.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
SOURCES = ("总投资", "中央预算内投资", "地方财政资金", "其他资金", "本年度下达中央预算内投资")


def invest_head(s: Sheet, *, year: int, name: str, unit: str, dept: str, place: str,
                span: str, category: str, amounts: Sequence[Any], goal: str) -> None:  # fmt: skip
    """The head of a 中央预算内投资计划 project: the investment by source in a two-row block."""
    s.title(f"{year}年中央预算内投资计划项目绩效目标表", 6)
    s.row("项目名称", name, None, "项目单位", unit, None, merge=[(2, 3), (5, 6)])
    s.row("主管部门", dept, None, "建设地点", place, None, merge=[(2, 3), (5, 6)])
    s.row("建设性质", "改建", "建设起止年限", span, "投资类别", category)
    s.row("项目投资（万元）", *SOURCES)
    s.row(None, *amounts)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("绩效目标", goal, merge=[(2, 6)])


@variant("py13-central-old-communities", (5, 12, 1), "中央预算内投资计划 table, OLD-NAT tiers, "
         "operator column with a unit column: 100%, 95%, 90% as percent cells beside %, 总投资 in "
         "a 万元 number format as a cost cap, =0 accidents, 百分点, a count of 受益居民 under "
         "社会效益 (correct)")  # fmt: skip
def py13() -> Book:
    b, s = book(widths=(14, 16, 30, 14, 16, 20))
    invest_head(
        s, year=2026, name="桐湾区城镇老旧小区改造配套基础设施建设项目",
        unit="桐湾区城市更新建设中心", dept="桐湾区住房和城乡建设局",
        place="桐湾区北门、东关等6个片区", span="2026年3月—2026年12月",
        category="城镇老旧小区改造",
        amounts=(wan(6800), wan(3400), wan(2600), wan(800), wan(3400)),
        goal="改造22个老旧小区的道路、供排水、燃气等配套基础设施，惠及居民5200户，片区雨污分流"
             "覆盖率提高12个百分点，工程竣工验收合格率100%。",
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造小区配套基础设施", "≥", 22, "个"),
        (None, None, "改造小区内道路", "≥", 5.6, "万平方米"),
        (None, None, "改造供水、排水、燃气管网", "≥", 14.5, "公里"),
        (None, "质量指标", "工程竣工验收合格率", "=", pct(1), "%"),
        (None, None, "工程质量安全事故", "=", 0, "起"),
        (None, "时效指标", "项目开工时间", "≤", day(2026, 4, 30, CN_DATE), None),
        (None, "成本指标", "项目总投资", "≤", wan(6800), None),
        (None, None, "单个小区配套设施改造平均投资", "≤", 300, "万元/个"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥", 5200, "户"),
        (None, None, "片区雨污分流覆盖率提高", "≥", 12, "百分点"),
        (None, "可持续影响指标", "改造设施移交专营单位接管率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龚伯言", "甘露微", "0719-8837260", day(2026, 2, 16, CN_DATE))
    return b


@variant("py14-central-bridges-sum-off", (5, 12), "中央预算内投资计划 table, OLD-NAT tiers, one "
         "value column: 总投资 not the sum of its sources, a 覆盖率 given in 公里")  # fmt: skip
def py14() -> Book:
    b, s = book(widths=(14, 16, 30, 16, 16, 20))
    invest_head(
        s, year=2026, name="芷兰县县道危桥改造及安全生命防护工程",
        unit="芷兰县公路事业发展中心", dept="芷兰县交通运输局",
        place="芷兰县县道X309、X312等5条线路", span="2026年4月—2026年12月",
        category="交通基础设施",
        amounts=(mk(wan(4260), "B101", "error", row=True, note="2100+1560+500 = 4160"),
                 wan(2100), wan(1560), wan(500), wan(2100)),
        goal="改造县道危桥7座，实施安全生命防护工程68公里，消除县道危桥存量的60%以上，沿线群众出行"
             "安全条件明显改善。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造县道危桥", "≥7座"),
        (None, None, "实施安全生命防护工程", "≥68公里"),
        (None, "质量指标", "危桥改造工程交工验收合格率", pct(1)),
        (None, None, "县道安全防护设施覆盖率",
         mk("68公里", "T105", "error", note="a 覆盖率 given as a length")),
        (None, "时效指标", "危桥改造完工时间", "2026年12月31日前"),
        (None, "成本指标", "单座危桥改造平均投资", "≤420万元/座"),
        ("效益指标", "社会效益指标", "县道危桥存量下降率", "≥60%"),
        (None, "可持续影响指标", "改造桥梁设计使用年限", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "路星河", "邝婉清", "0745-7260391")
    return b


@variant("py15-street-lights-yuan-cell", (1, 12), "one-year project, OLD-NAT, 万元 block with "
         "one amount formatted in 元, a unit cost × count above the whole budget")  # fmt: skip
def py15() -> Book:
    b, s = book()
    project_head(
        s, year=2026, attr="新增项目", name="城区道路照明节能改造工程",
        dept="泓江市城市管理局（126）", unit="泓江市路灯管理所",
        money=one_year_money(wan(900), wan(700), mk(yuan(2000000), "B105", "error",
                                                     note="200万 shown in 元 in a 万元 block")),
        goals=["2026年完成城区主次干道1500盏高压钠灯的LED节能改造，同步安装智能单灯控制器，路灯"
               "年节电率达到40%以上。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 cell read as 万元")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更换LED节能路灯", mk("≥1500盏", "B107", "warning", row=True,
                                                       required=False)),
        (None, None, "安装智能单灯控制器", "≥1500套"),
        (None, "质量指标", "改造后路灯亮灯率", "≥98%"),
        (None, "时效指标", "改造完工时间", "2026年10月31日前"),
        (None, "成本指标", "单盏路灯更换综合成本",
         mk("≤0.8万元/盏", "B107", "warning", row=True, note="1500 × 0.8 = 1200 > 900")),
        ("效益指标", "生态效益指标", "路灯年节电率", "≥40%"),
        (None, "经济效益指标", "年节约电费", "≥120万元"),
        ("满意度指标", "服务对象满意度指标", "市民夜间出行满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁映雪", "伍承泽", "0758-2219645")
    return b


@variant("py16-rural-roads-transfer", (5, 12), "transfer-payment 区域绩效目标表: 中央补助 + "
         "地方资金 in 万元 number formats, numbered goals, OLD-NAT tiers, a 备注 column, =100% on "
         "a 通达率, 100% as a percent cell (correct)")  # fmt: skip
def py16() -> Book:
    b, s = book(widths=(16, 16, 30, 18, 22, 10))
    s.title("2026年度中央对地方转移支付区域绩效目标表", 6)
    s.row("转移支付名称", "车辆购置税收入补助地方资金（农村公路）", merge=[(2, 6)])
    s.row("省级主管部门", "省交通运输厅", None, "县级主管部门", "棠溪县交通运输局", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("资金情况（万元）", "年度资金总额", "其中：中央补助", "地方资金", None, None)
    s.row(None, wan(5600), wan(4000), wan(1600))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    goals = ("目标1：新改建农村公路85公里，实施农村公路安全生命防护工程120公里，改造危桥6座。\n"
             "目标2：具备条件的自然村通硬化路比例达到98%以上，乡镇和建制村通客车率保持100%。\n"
             "目标3：农村公路“路长制”实现全覆盖。")  # fmt: skip
    s.row("年度总体目标", goals, merge=[(2, 6)])
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "新改建农村公路里程", "≥85公里", None),
        (None, None, "农村公路安全生命防护工程", "≥120公里", None),
        (None, None, "农村公路危桥改造", "≥6座", None),
        (None, "质量指标", "农村公路交工验收合格率", pct(1), "以交工检测报告为准"),
        (None, "时效指标", "中央资金分解下达时限", "≤30日", "收到中央资金之日起"),
        (None, "成本指标", "新改建农村公路每公里补助标准", "≤40万元/公里", "按省定补助标准"),
        ("效益指标", "社会效益指标", "具备条件的自然村通硬化路比例", "≥98%", None),
        (None, None, "乡镇和建制村通客车率", "=100%", "保持"),
        (None, "可持续影响指标", "农村公路“路长制”覆盖率", pct(1), None),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "包青禾", "阎澄宇", "0734-6658102")
    return b


@variant("py17-junctions-dates", (8, 1), "one-year project with 中期 and 年度 columns, NAT-2021: "
         "the 计划完成日期 typed in the year before the start, an annual completion date in the "
         "next year; other columns legitimately equal")  # fmt: skip
def py17() -> Book:
    b, s = book()
    end = mk(day(2025, 11, 30), "Y104", "error", alt=("Y102",), note="2026 typed as 2025")
    project_head(
        s, year=2026, attr="新增项目", name="城区主干道路口渠化及交通设施改造",
        dept="桐湾区交通运输局（403）", unit="桐湾区公路和城市道路建设中心",
        start=day(2026, 3, 1), end=end,
        money=period_money((wan(640), wan(640), wan(0)), (wan(640), wan(640), wan(0))),
        goals=["完成城区主干道18个交叉路口渠化改造，施划交通标线4.5万平方米，改造路口高峰时段通行"
               "能力提高15%以上。"] * 2,
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "渠化改造交叉路口", "≥18个", "≥18个"),
        (None, None, "施划交通标线", "≥4.5万平方米", "≥4.5万平方米"),
        (None, "质量指标", "交通设施验收合格率", pct(1), pct(1)),
        (None, "时效指标", "路口渠化改造完成时间", "2026年11月30日前",
         mk("2027年3月31日前", "Y102", "error", note="a one-year project in 2026")),
        ("成本指标", "经济成本指标", "单个路口渠化改造平均成本", "≤28万元/个", "≤28万元/个"),
        ("效益指标", "社会效益指标", "改造路口高峰时段通行能力提高", "≥15%", "≥15%"),
        (None, None, "改造路口交通事故起数下降率", "≥20%", "≥20%"),
        (None, "可持续影响指标", "交通设施日常巡查维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏叙白", "项丹青", "0719-3328407")
    return b


@variant("py18-water-mains-yuan", (1, 12), "one-year project, OLD-NAT, money in 元 (head label "
         "and #,##0.00\"元\" formats) with a 测算依据 block whose lines add to the total, an "
         "indicator cost in 万元/公里, a 漏损率 with ≤, footnotes (correct)")  # fmt: skip
def py18() -> Book:
    b, s = book(widths=(16, 22, 34, 20, 16, 12))
    project_head(
        s, year=2026, attr="新增项目", name="城区供水老旧管网更新改造工程",
        dept="沐溪县水务局（508）", unit="沐溪县供排水服务中心", money_label="项目资金（元）",
        money=one_year_money(yuan(8650000), yuan(7650000), yuan(1000000)),
        goals=["2026年更新改造城区供水老旧管网9.2公里，更换入户智能水表2600户，改造片区管网漏损率"
               "控制在9%以内。"],
    )  # fmt: skip
    s.row("资金测算", "明细项目", "测算依据", "金额（元）")
    top = s.r
    s.row(None, "管材及施工费", "DN100—DN300球墨铸铁管9.2公里×780,000元/公里", yuan(7176000))
    s.row(None, "入户智能水表及阀门", "2,600户×420元/户", yuan(1092000))
    s.row(None, "设计、监理及检测费", "按合同价计列", yuan(382000))
    s.row(None, "合计", None, yuan(8650000))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, ONE, [
        ("产出指标", "数量指标", "更新改造供水老旧管网", "≥9.2公里"),
        (None, None, "更换入户智能水表", "≥2600户"),
        (None, "质量指标", "管道水压试验合格率", pct(1)),
        (None, "时效指标", "管网更新改造完工时间", "2026年11月30日前"),
        (None, "成本指标", "每公里管网更新综合造价", "≤78万元/公里"),
        ("效益指标", "社会效益指标", "改造片区管网漏损率", "≤9%"),
        (None, None, "改造片区用户水压合格率提高", "≥5百分点"),
        (None, "可持续影响指标", "管网设施运行维护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "片区用水户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.本表金额单位为元；2.管网长度按施工图设计计列。")
    sign(s, "鲁清砚", "温若川", "0735-4471209", day(2025, 11, 24, CN_DATE))
    return b
