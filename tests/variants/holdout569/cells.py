"""Percent cells, stacked projects and flat lists (items 1, 2, 3, with 9, 11, 12): dg01–dg06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout569.common import (
    budget,
    first_sheet,
    indicators,
    one_year,
    signature,
    task,
)
from tests.variants.holdout569.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")

DG01 = [
    ("产出指标", "数量指标", "老果园矮化密植改造面积", "≥", 800, "亩"),
    (None, None, "矮化自根砧苗木栽植数量", "≥", 96000, "株"),
    (None, "质量指标", "苗木栽植成活率", "≥", pct(0.95), "%"),
    (None, None, "改造园验收合格率", "=", pct(1), "%"),
    (None, "时效指标", "改造任务完成时限", "≤", day(2025, 10, 31, CN_DATE), None),
    (None, "成本指标", "每亩矮化密植改造补助标准", "≤", 3000, "元/亩"),
    ("效益指标", "经济效益指标", "改造园亩均增收", "≥", 2000, "元/亩"),
    (None, "社会效益指标", "带动果农户数", "≥", 320, "户"),
    (None, "生态效益指标", "改造园化肥施用量下降率", "≥", pct(0.1), "%"),
    (None, "可持续影响指标", "水肥一体化设施使用年限", "≥", 10, "年"),
    ("满意度指标", "服务对象满意度指标", "参与果农满意度", "≥", pct(0.9), "%"),
]


@variant("dg01-apple-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format (correct)")  # fmt: skip
def dg01() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="栎坪县苹果老果园矮化密植改造项目",
                 dept="栎坪县农业农村局（302001）", unit="栎坪县果业发展中心",
                 money=one_year(300, 260, 40, WAN),
                 goals=["完成老果园矮化密植改造800亩，推广水肥一体化，带动果农增收。"])  # fmt: skip
    indicators(s, OP_HEAD, DG01)
    signature(s, "邬晓禾", "0931-6207415", day(2024, 11, 26))
    return b


DG02 = [
    ("产出指标", "数量指标", "新建樱桃标准园面积", "≥", 500, "亩"),
    (None, None, "樱桃苗木定植数量", "≥", 55000, "株"),
    (None, "质量指标", "樱桃苗木定植成活率", "≥",
     mk(pct(1.05), "T106", "error", note="a survival rate typed as 105%: above its 100% cap"),
     "%"),
    (None, None, "建园验收合格率", "≥", pct(0.95), "%"),
    (None, "时效指标", "苗木定植完成时间", "≤", day(2024, 4, 20, CN_DATE), None),
    (None, "成本指标", "每亩建园补助标准", "≤", 2400, "元/亩"),
    ("效益指标", "社会效益指标", "带动樱桃种植户", "≥", 180, "户"),
    (None, "生态效益指标", "裸露坡地绿化面积", "≥", 500, "亩"),
    (None, "可持续影响指标", "建园后统一管护年限", "≥", 5, "年"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("dg02-cherry-percent-wrong", (1, 9),
         "project, OLD-NAT, operator column: a survival rate typed as 105%, the plan end date a "
         "text serial")  # fmt: skip
def dg02() -> Book:
    b, s = first_sheet()
    end = mk(
        "45657", "X104", "warning", note="计划完成日期 pasted as the text serial of 2024-12-31"
    )
    project_head(s, year=2024, name="沣岫县大樱桃标准化建园项目",
                 dept="沣岫县林业和果业局（411003）", unit="沣岫县果树技术推广站",
                 money=one_year(150, 120, 30), start=day(2024, 3, 1), end=end,
                 goals=["新建大樱桃标准园500亩，定植优质苗木，带动种植户。"])  # fmt: skip
    indicators(s, OP_HEAD, DG02)
    signature(s, "芮青棠", "0916-3381502", day(2023, 12, 4))
    return b


STACK_A = [
    ("产出指标", "数量指标", "郁闭园间伐改造面积", "≥400亩"),
    (None, "质量指标", "改造园优果率", "≥80%"),
    (None, "时效指标", "间伐改造完成时间", "10月31日前"),
    (None, "成本指标", "每亩间伐改造成本", "≤2000元/亩"),
    ("效益指标", "经济效益指标", "改造园亩均增收", "≥1500元"),
    (None, "社会效益指标", "受益果农户数", "≥150户"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
]
STACK_B = [
    ("产出指标", "数量指标", "樱桃园防雹网建设面积", "≥300亩"),
    (None, "质量指标", "防雹网验收合格率", "=100%"),
    (None, "时效指标", "防雹网架设完成时间", "5月15日前"),
    (None, "成本指标", "每亩防雹网建设成本", "≤4000元/亩"),
    ("效益指标", "经济效益指标", "冰雹灾害果品减损率", "≥70%"),
    (None, "社会效益指标", "受益果农户数", "≥90户"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥92%"),
]


@variant("dg03-stacked-orchards", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column: apple thinning "
         "and cherry hail nets, the same names with other values (correct)")  # fmt: skip
def dg03() -> Book:
    b, s = first_sheet("项目绩效目标")
    project_head(s, year=2025, name="桑堰镇苹果郁闭园间伐改造项目",
                 dept="桑堰镇人民政府（517020）", unit="桑堰镇农业综合服务站",
                 money=one_year(80, 80, 0),
                 goals=["对郁闭苹果园间伐改造400亩，提高优果率，增加果农收入。"])  # fmt: skip
    indicators(s, ONE_HEAD, STACK_A)
    s.skip()
    project_head(s, year=2025, name="榆湾乡樱桃园防雹网建设项目", title="",
                 dept="榆湾乡人民政府（517031）", unit="榆湾乡农业综合服务站",
                 money=one_year(120, 100, 20),
                 goals=["在樱桃主产村建设防雹网300亩，减轻冰雹灾害损失。"])  # fmt: skip
    indicators(s, ONE_HEAD, STACK_B)
    signature(s, "钟岱", "0913-5520647", day(2024, 12, 2))
    return b


STACK_C = [
    ("产出指标", "数量指标", "苹果老园高接换优面积", "≥250亩"),
    (None, "质量指标", "高接成活率", "≥90%"),
    (None, "时效指标", "高接换优完成时间", "5月31日前"),
    (None, "成本指标", "每亩高接换优成本", "≤1800元/亩"),
    ("效益指标", "经济效益指标", "换优园亩均增收", "≥1200元"),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
]
STACK_D = [
    ("产出指标", "数量指标", "樱桃防雹网新建面积", "≥300亩"),
    (None, "质量指标", "防雹网验收合格率", "=100%"),
    (None, "时效指标", "防雹网架设完成时间", "4月30日前"),
    (None, "成本指标", "每亩防雹网建设成本", "≤3800元/亩"),
    ("效益指标", "经济效益指标", "冰雹灾害果品减损率", "≥65%"),
    (None, "可持续影响指标",
     "防雹网年破损率", mk("≥3%", "T108", "warning", row=True,
                          note="a 反向 breakage rate capped from below")),
    ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
]  # fmt: skip


@variant("dg04-stacked-defects", (2, 11, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "the sum of its sources and a breakage rate has ≥")  # fmt: skip
def dg04() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="蕖川县苹果老园高接换优项目",
                 dept="蕖川县农业农村局（604002）", unit="蕖川县园艺工作站",
                 money=one_year(60, 50, 10),
                 goals=["对苹果老园高接换优250亩，改良品种结构。"])  # fmt: skip
    indicators(s, ONE_HEAD, STACK_C)
    s.skip()
    total = mk(money(150), "B101", "error", note="100 + 30 = 130 ≠ 150")
    project_head(s, year=2025, name="蕖川县樱桃园防雹网建设项目", title="",
                 dept="蕖川县农业农村局（604002）", unit="蕖川县园艺工作站",
                 money=one_year(total, 100, 30),
                 goals=["新建樱桃园防雹网300亩，减轻冰雹对樱桃的危害。"])  # fmt: skip
    indicators(s, ONE_HEAD, STACK_D)
    return b


DG05 = [
    ("苹果老园改造示范面积", 20, "亩", "≥", 300),
    ("樱桃防雹网补助面积", 20, "亩", "≥", 400),
    ("果农技术培训人次", 15, "人次", "≥", 1200),
    ("防雹网补助资金兑付及时率", 10, "%", "≥", pct(0.95)),
    ("每亩防雹网补助标准", 10, "元/亩", "≤", 2500),
    ("果园冰雹灾害损失下降率", 10, "%", "≥", pct(0.3)),
    ("果园植保作业安全事故", 5, "起", "≤", 0),
    ("果农满意度", 10, "%", "≥", pct(0.9)),
]


@variant("dg05-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights add to 100 (correct)")  # fmt: skip
def dg05() -> Book:
    b, s = first_sheet()
    department_head(s, year=2025, dept="蕖川县果业服务中心",
                    budget=[budget(620, 520, 100, 380, 240)],
                    tasks=[task("苹果老园改造示范", "示范园间伐、改接和土壤改良", 90,
                                "完成示范园300亩"),
                           task("樱桃防雹网补助", "对新建防雹网按亩补助", 110, "补助防雹网400亩"),
                           task("果树技术培训", "组织果农技术培训", 40, "培训果农1200人次"),
                           task("金额合计", "", 240, "")],
                    goal="完成苹果老园改造示范300亩、樱桃防雹网补助400亩，培训果农1200人次，"
                         "果农满意度不低于90%。")  # fmt: skip
    s.row("年度绩效指标（权重合计100）", merge=[(1, 5)])
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), DG05, merged=())
    signature(s, "蔺春桐", "0935-7716284", day(2024, 11, 15))
    return b


DG06 = [
    ("苹果矮化密植示范园面积", "≥200", "正向", "亩", 15),
    ("新建樱桃防雹网面积", "≥300", "正向", "亩", 15),
    ("樱桃防雹网覆盖率",
     mk("350亩", "T105", "error", note="a coverage rate given as an area"), "正向", "亩", 10),
    ("果品商品化处理率", "≥85%", "正向", "%", 10),
    ("果园冰雹灾害损失率",
     mk("≥8%", "T108", "warning", row=True, note="a 反向 loss rate with ≥"), "反向", "%", 10),
    ("果农技术培训人次", "≥900", "正向", "人次", 10),
    ("每亩防雹网补助标准", "≤2200", "反向", "元/亩", 10),
    ("果农满意度", "≥90%", "正向", "%", 15),
]  # fmt: skip


@variant("dg06-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a rate as an area, a 反向 rate with ≥, weights add to 95")  # fmt: skip
def dg06() -> Book:
    b, s = first_sheet()
    department_head(s, year=2024, dept="栎坪县林果产业发展中心",
                    budget=[budget(410, 350, 60, 250, 160)],
                    tasks=[task("矮化密植示范园建设", "建设苹果矮化密植示范园", 60,
                                "示范园200亩"),
                           task("樱桃防雹网补助", "对新建防雹网按亩补助", 70, "新建防雹网300亩"),
                           task("果农技术培训", "开展修剪、植保培训", 30, "培训900人次"),
                           task("金额合计", "", 160, "")],
                    goal="建设苹果矮化密植示范园200亩，新建樱桃防雹网300亩，"
                         "培训果农900人次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), DG06, merged=())
    b.file_mark("W101", "error", note="weights 15+15+10+10+10+10+10+15 = 95, not 100")
    return b
