"""中央预算内投资计划 project tables: 总投资 and 本年度计划投资 by source, construction tiers with
bracketed alternatives (建设规模, 建设工期, 投资控制), 实施期 and 年度 value columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout11.common import block, signatures, wide
from tests.variants.holdout11.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, money

AMT = "#,##0.00"
HEAD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")


def investment_head(s: Sheet, *, name: str, unit: str, place: str, nature: str, span: str,
                    start: Any, end: Any, scope: str, total: Sequence[Any],
                    annual: Sequence[Any], goals: Sequence[str]) -> None:  # fmt: skip
    s.title("2027年中央预算内投资计划项目绩效目标表", 6)
    s.row(f"项目单位（盖章）：{unit}", None, None, None, "单位：万元", merge=[(1, 4), (5, 6)])
    s.row("项目名称", name, merge=[(2, 6)])
    s.row("项目单位", unit, None, "建设地点", place, merge=[(2, 3), (5, 6)])
    s.row("建设性质", nature, "建设期", span, "计划开工时间", start)
    s.row("计划竣工时间", end, merge=[(2, 6)])
    s.row("建设规模及主要建设内容", scope, merge=[(2, 6)])
    s.row("总投资", total[0], "其中：中央预算内投资", total[1], "地方财政资金", total[2])
    s.row("本年度计划投资", annual[0], "其中：中央预算内投资", annual[1], "地方财政资金",
          annual[2])  # fmt: skip
    s.row("总体目标", "实施期目标", None, "年度目标", None, None, merge=[(2, 3), (4, 6)])
    s.row(None, goals[0], None, goals[1], merge=[(2, 3), (4, 6)])
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


@variant("w06-sewer-investment-ok", (5, 8, 12), "中央预算内投资, 2026–2028, 实施期 and 年度")
def w06() -> Book:
    """Correct: a continuing sewer project (2026–2028) in the 2027 plan: start date in 2026,
    completion in 2028, annual counts below the period ones, equal unit costs and rates, a
    正向 BOD concentration, bracketed tier-2 alternatives."""
    b = Book()
    s = b.sheet("绩效目标表", widths=(16, 18, 30, 18, 18, 16))
    investment_head(
        s, name="青溪县城区雨污分流管网改造工程", unit="青溪县住房和城乡建设局",
        place="青溪县城关镇、河西街道", nature="改扩建", span="2026年—2028年",
        start=day(2026, 3, 1, CN_DATE), end=day(2028, 10, 31, CN_DATE),
        scope="新建改造雨污分流管网38.6公里，改造雨水口1240座，新建提升泵站2座。",
        total=(money(9850, AMT), money(5000, AMT), money(4850, AMT)),
        annual=(money(3600, AMT), money(2000, AMT), money(1600, AMT)),
        goals=("到2028年10月底，完成城区38.6公里雨污分流管网改造和2座提升泵站建设，城区污水"
               "收集率达到85%以上，消除主要易涝点。",
               "2027年完成管网改造16公里、雨水口改造520座，开工建设提升泵站1座，城区污水收集率"
               "提高到75%以上。"),
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    block(
        s, HEAD,
        rows=[
            ("产出指标", "数量指标（建设规模）", "新建改造雨污分流管网长度", "≥38.6公里",
             "≥16公里", None),
            (None, None, "改造雨水口数量", "≥1240座", "≥520座", None),
            (None, None, "新建提升泵站", "≥2座", "≥1座", "年度为开工数"),
            (None, "质量指标", "工程验收合格率", "=100%", "=100%", None),
            (None, "时效指标（建设工期）", "年度投资计划完成率", "≥95%", "≥90%", None),
            (None, None, "年度建设任务完成时间", "2028年10月31日前", "2027年12月31日前", None),
            (None, "成本指标（投资控制）", "管网改造单位长度投资", "≤210万元/公里",
             "≤210万元/公里", None),
            (None, None, "项目投资控制", "≤9850万元", "≤3600万元", "不超概算"),
            ("效益指标", "社会效益指标", "城区污水收集率", "≥85%", "≥75%", None),
            (None, None, "消除城区易涝点", "≥6处", "≥3处", None),
            (None, "生态效益指标", "污水处理厂进水BOD5浓度", "≥100mg/L", "≥90mg/L",
             "浓度越高说明外水混入越少"),
            (None, "可持续影响指标", "管网设计使用年限", "≥50年", "≥50年", None),
            ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%", "≥90%", None),
        ],
    )  # fmt: skip
    wide(s, "注：实施期指标值按项目建设期（2026年—2028年）填报，年度指标值按2027年度计划填报。",
         1, 6)  # fmt: skip
    signatures(s, filled=(2026, 10, 15), names=("谭文斌", "吴国强"), phone="0878-7216635")
    return b


@variant("w07-clinic-investment-wrong", (8, 9), "中央预算内投资, PDF amount, annual = period")
def w07() -> Book:
    """A two-year clinic project: a 中央预算内投资 amount pasted from a PDF with a space inside,
    cumulative counts copied from 实施期 into 年度, an annual deadline two years before the
    project starts."""
    b = Book()
    s = b.sheet("绩效目标表", widths=(16, 18, 30, 18, 18, 16))
    investment_head(
        s, name="云岭县乡镇卫生院服务能力提升建设项目", unit="云岭县卫生健康局",
        place="云岭县石门镇、河口乡、大坪镇、新街镇", nature="改扩建", span="2027年—2028年",
        start=day(2027, 4, 1, CN_DATE), end=day(2028, 9, 30, CN_DATE),
        scope="改扩建4所乡镇卫生院业务用房6800平方米，新增床位120张，配套购置医疗设备。",
        total=(money(1905.3376, "0.0000"),
               mk("1205.337 6", "X105", "warning", alt=("X103", "B108"),
                  note="a number split by a space (PDF copy), read as 1205.3376"),
               money(700, "0.0000")),
        annual=(money(1000, AMT), money(700, AMT), money(300, AMT)),
        goals=("到2028年9月底完成4所乡镇卫生院改扩建，新增床位120张，乡镇卫生院达到服务能力"
               "基本标准的比例达到100%。",
               "2027年完成2所卫生院主体工程，新增床位60张，完成年度投资1000万元。"),
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    block(
        s, HEAD,
        rows=[
            ("产出指标", "数量指标（建设规模）", "改扩建乡镇卫生院数量", "≥4所",
             mk("≥4所", "D202", "warning", row=True,
                note="the period count copied into 年度 (goal: 2所)"),
             None),
            (None, None, "改扩建业务用房面积", "≥6800平方米", "≥3400平方米", None),
            (None, None, "新增床位数", "≥120张",
             mk("≥120张", "D202", "warning", row=True,
                note="the period count copied (goal: 60张)"), None),
            (None, "质量指标", "工程竣工验收合格率", "=100%", "=100%", None),
            (None, "时效指标（建设工期）", "主体工程完工时间", "2028年6月30日前",
             mk("2025年12月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
                note="a 2025 deadline in a 2027–2028 project"), None),
            (None, "成本指标（投资控制）", "业务用房单位面积造价", "≤2300元/平方米",
             "≤2300元/平方米", None),
            ("效益指标", "社会效益指标", "乡镇卫生院达到服务能力基本标准比例", "=100%", "≥50%",
             None),
            (None, None, "基层医疗机构诊疗人次占比", "较2026年提高≥3个百分点",
             "较2026年提高≥1个百分点", None),
            (None, "可持续影响指标", "医疗设备运行维护机制", "建立健全", "建立健全", None),
            ("满意度指标", "服务对象满意度指标", "就诊群众满意度", "≥90%", "≥88%", None),
        ],
    )  # fmt: skip
    signatures(s, filled=(2026, 10, 22), names=("何静", "杨明辉"), phone="0878-6609532")
    return b
