"""Returns gt07–gt12: multi-year trial plantings with 中期 and 年度 values, an export."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout660.common import (
    TIERS,
    YEAR,
    book,
    details,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout660.registry import variant
from tests.variants.kit import Book, mk

TWO = (*TIERS, "中期指标值", "年度指标值")


@variant("gt07-three-year-trial", (8,), "three-year project, NAT-2021, 中期 and 年度 columns, "
         "period counts above the year's, rates equal in both (correct)")  # fmt: skip
def three_year_trial() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="沐椰县热带珍稀水果引种试种（三年）",
                 dept="沐椰县农业农村局 415", unit="沐椰县热带作物技术推广站",
                 money=multi_year((270, 240, 30), (90, 80, 10)), goals=[
                     "三年引进榴莲、菠萝蜜品种12个，累计试种150亩，筛选适宜品种3个。",
                     "2026年引进品种4个，试种50亩，完成定植和越冬管护。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "引进品种数", "≥12个", "≥4个"),
        (None, None, "试种面积", "≥150亩", "≥50亩"),
        (None, "质量指标", "定植成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度试种任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均试种成本", "≤0.8万元/亩", "≤0.8万元/亩"),
        ("效益指标", "可持续影响指标", "筛选适宜推广品种", "≥3个", "≥1个"),
        (None, "社会效益指标", "培训种植户", "≥600人次", "≥200人次"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎守田", "0898-6617302")
    return b


@variant("gt08-period-annual", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: the "
         "period goal's count, an annual area above the period's, a count copied")  # fmt: skip
def period_annual() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="棕岭乡菠萝蜜规模化试种（2026—2028年）",
                 dept="沐椰县农业农村局 415", unit="棕岭乡农业服务中心",
                 money=multi_year((180, 150, 30), (60, 50, 10)), goals=[
                     "三年引进菠萝蜜品种8个，累计试种120亩，培训种植户900人次。",
                     "2026年引进品种3个，试种40亩，培训种植户300人次。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "引进菠萝蜜品种数", mk("≥6个", "D104", "warning", row=True,
                                                note="中期目标写引进品种8个"), "≥3个"),
        (None, None, "试种面积", "≥120亩", mk("≥150亩", "D201", "error",
                                          note="年度150亩大于三年合计120亩")),
        (None, None, "培训种植户", "≥300人次", mk("≥300人次", "D202", "warning", alt=("D104",),
                                            note="中期目标写900人次，中期列抄了年度值")),
        (None, "质量指标", "嫁接苗成活率", "≥90%", "≥90%"),
        (None, "时效指标", "当年定植完成时间", "每年6月30日前", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "亩均试种成本", "≤0.4万元/亩", "≤0.4万元/亩"),
        ("效益指标", "经济效益指标", "试种户亩均增收", "≥0.3万元", "≥0.1万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟海燕", "0898-6652093")
    return b


@variant("gt09-years-left-over", (8,), "two-year project, OLD-NAT, 中期 and 年度 columns: the "
         "annual goal from last season and an acceptance date after the period")  # fmt: skip
def years_left_over() -> Book:
    b, s = book()
    goal = mk("2025年完成榴莲试种园40亩定植和水肥一体化改造。", "Y103", "warning",
              note="上一年度的年度目标未改，2025年不在项目期2026—2027年内")  # fmt: skip
    project_head(s, year=YEAR, years=2, name="蕉石镇榴莲试种园提质（两年）",
                 dept="沐椰县农业农村局 415", unit="蕉石镇农业服务中心",
                 money=multi_year((64, 56, 8), (32, 28, 4)), goals=[
                     "两年完成榴莲试种园80亩提质改造，建成水肥一体化设施80亩。", goal])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "提质改造面积", "≥80亩", "≥40亩"),
        (None, None, "水肥一体化设施面积", "≥80亩", "≥40亩"),
        (None, "质量指标", "改造验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "试种园验收时间", mk("2028年6月30日前", "Y102", "error", alt=("Y103",),
                                         note="项目期至2027年12月31日"), "2026年12月31日前"),
        (None, "成本指标", "亩均改造成本", "≤0.7万元/亩", "≤0.7万元/亩"),
        ("效益指标", "生态效益指标", "亩均化肥用量减少", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "试种户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "符春兰", "0898-6623418")
    return b


@variant("gt10-operator-words", (8, 11), "two-year project, OLD-NAT, operators in words in their "
         "own column, a unit column, 中期 and 年度, a 反向 rate with ≤ (correct)")  # fmt: skip
def operator_words() -> Book:
    b, s = book(widths=(14, 14, 26, 12, 14, 14, 10))
    project_head(s, year=YEAR, years=2, name="望蕉镇榴莲菠萝蜜避寒栽培试验",
                 dept="沐椰县农业农村局 415", unit="望蕉镇农业服务中心",
                 money=multi_year((96, 96, 0), (50, 50, 0)), goals=[
                     "两年建避寒栽培试验园120亩，搭建防寒棚架120亩，冷害发生率控制在8%以内。",
                     "2026年建试验园40亩，完成防寒棚架搭建，为2027年扩面积累经验。"])  # fmt: skip
    indicators(s, (*TIERS, "指标性质", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "避寒栽培试验园面积", "大于等于", 120, 40, "亩"),
        (None, None, "防寒棚架搭建面积", "大于等于", 120, 40, "亩"),
        (None, "质量指标", "冬季冷害发生率", "小于等于", 8, 8, "%"),
        (None, None, "棚架验收合格率", "等于", 100, 100, "%"),
        (None, "时效指标", "棚架搭建完成时限", "小于等于", 24, 11, "月"),
        (None, "成本指标", "亩均棚架成本", "小于等于", 0.6, 0.6, "万元/亩"),
        ("效益指标", "生态效益指标", "防寒覆盖物回收率", "大于等于", 95, 95, "%"),
        ("满意度指标", "服务对象满意度指标", "试验户满意度", "大于等于", 90, 90, "%"),
    ])  # fmt: skip
    notes(s, "注：冷害发生率为反向指标；亩均棚架成本×面积不超过各期资金。", width=7)
    sign(s, "王晓椰", "0898-6641127")
    return b


@variant("gt11-budget-export", (7, 12), "budget-system export: head and detail lines on sheet "
         "05-1, indicators with codes in the first columns on sheet 05-2 under a third-row header; "
         "detail lines short of their total, a plot count against the content, a near duplicate"
         )  # fmt: skip
def budget_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(s, year=YEAR, name="榴莲品种比较试验", dept="澄岸市农业农村局 208",
                 unit="澄岸市热带农业科学研究所", money=one_year(42, 36, 6),
                 goals=["开展榴莲品种比较试验小区48个，培训示范户150人次，"
                        "形成试验报告1份。"])  # fmt: skip
    s.skip()
    details(s, [("试验小区建设", 18), ("种苗及农资", 12), ("示范户培训", 9.5)],
            mk(42, "B102", "error", note="18+12+9.5=39.5，合计写42"))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 12, 26, 14))
    t.title("2026年度部门项目支出绩效目标表", 6)
    t.row("单位：澄岸市热带农业科学研究所", None, None, None, None, "金额单位：万元")
    code = "460200-26-0317"
    indicators(t, ("项目编码", "项目名称", *TIERS, "指标值"), [
        (code, "榴莲品种比较试验", "产出指标", "数量指标", "参试榴莲品种", "≥6个"),
        (None, None, None, None, "品种比较试验小区", mk("≥36个", "D104", "warning", row=True,
                                                 note="实施内容写试验小区48个")),
        (None, None, None, None, "示范户培训人次", "≥150人次"),
        (None, None, None, "质量指标", "试验数据完整率", "≥95%"),
        (None, None, None, None, "示范户培训人数", mk("≥150人次", "D103", "warning",
                                              row=True, alt=("D101",), note="与培训人次重复")),
        (None, None, None, "时效指标", "试验报告提交时间", "2026年12月15日前"),
        (None, None, None, "成本指标", "小区建设单价", "≤0.35万元/个"),
        (None, None, "效益指标", "可持续影响指标", "形成试验报告", "=1份"),
        (None, None, "满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("gt12-second-sheet", (4, 7, 8), "two-year project: head on the first sheet, indicators "
         "on a second under a two-row header (绩效目标值 over 中期 · 年度), a header repeated "
         "after a page break, 填表说明 below (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, years=2, name="澄岸市热带水果种质圃扩建（两年）",
                 dept="澄岸市农业农村局 208", unit="澄岸市热带农业科学研究所",
                 money=multi_year((150, 130, 20), (80, 70, 10)), goals=[
                     "两年新增榴莲、菠萝蜜种质资源30份，扩建种质圃20亩。",
                     "2026年新增种质资源15份，扩建种质圃10亩。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.row(*TIERS, "绩效目标值", None, merge=[(4, 5)])
    t.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        t.ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    t.table([
        ("产出指标", "数量指标", "新增种质资源", "≥30份", "≥15份"),
        (None, None, "种质圃扩建面积", "≥20亩", "≥10亩"),
        (None, "质量指标", "入圃种质成活率", "≥90%", "≥90%"),
        (None, "时效指标", "扩建完成时间", "2027年10月31日前", "2026年11月30日前"),
    ], merged=(1, 2))  # fmt: skip
    t.row(*TIERS, "中期", "年度")
    t.table([
        ("成本指标", "经济成本指标", "每份种质收集保存成本", "≤2万元/份", "≤2万元/份"),
        ("效益指标", "可持续影响指标", "种质资源共享利用", "≥10份次", "≥4份次"),
        ("满意度指标", "服务对象满意度指标", "科研用户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "填表说明：1.中期为两年合计，年度为2026年；", "2.成本为资金测算上限。", width=5)
    return b
