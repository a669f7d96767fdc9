"""Returns ep01–ep06: white-jade snail (白玉蜗牛) farming in 澜石县 and 枫垭镇."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout604.common import YEAR, first, indicators, one_year, periods, signature
from tests.variants.holdout604.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "澜石县农业农村局（301）"
CENTRE = "澜石县枫垭镇农业服务中心"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ep01-snail-percent-cells", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal total with its parts in brackets (correct)")  # fmt: skip
def ep01() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="白玉蜗牛生态养殖示范项目", dept=DEPT, unit=CENTRE,
                 money=one_year(60, 50, 10),
                 goals=["在枫垭镇建设蜗牛养殖棚舍12座（其中新建8座、改造4座），扶持养殖户40户，"
                        "年产商品螺不少于60吨。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新建养殖棚舍", "≥", 8, "座"),
        (None, None, "改造养殖棚舍", "≥", 4, "座"),
        (None, None, "扶持养殖户", "≥", 40, "户"),
        (None, None, "商品螺产量", "≥", 60, "吨"),
        (None, "质量指标", "幼螺成活率", "≥", pct(0.85), "%"),
        (None, None, "棚舍验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "棚舍建成投用时间", "≤", day(YEAR, 6, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "种螺补助标准", "≤", 0.5, "万元/户"),
        (None, None, "棚舍改造单位成本", "≤", 2.5, "万元/座"),
        (None, "生态环境成本指标", "病死螺无害化处理率", "=", pct(1), "%"),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥", 0.6, "万元"),
        (None, "社会效益指标", "带动就业人数", "≥", 55, "人"),
        (None, "生态效益指标", "蜗牛病害发生率", "≤", pct(0.05), "%"),
        (None, "可持续影响指标", "养殖技术规程推广覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "龚岫文", "0739-6321457", (YEAR - 1, 11, 14))
    return b


@variant("ep02-snail-breeding-goal", (1, 5),
         "project, NAT-2021, operators inside the values: a goal count the indicator lowers, a "
         "one-year plan ending the next year, a near-duplicate survival rate")  # fmt: skip
def ep02() -> Book:
    b, s = first()
    end = mk(day(YEAR + 1, 12, 31), "Y101", "error", alt=("Y102",),
             note="项目期1年、标题2026年度，计划完成日期却是2027年12月31日")  # fmt: skip
    project_head(s, year=YEAR, name="蜗牛良种繁育基地扩建项目", dept=DEPT,
                 unit="澜石县特色养殖技术推广站", money=one_year(80, 70, 10), end=end,
                 attr="新增项目",
                 goals=["扩建良种繁育基地，推广白玉蜗牛良种养殖户50户，繁育种螺8吨，"
                        "种螺成活率达到90%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "繁育种螺", "≥8吨"),
        (None, None, "推广良种养殖户",
         mk("≥30户", "D104", "warning", row=True, note="年度目标写推广养殖户50户")),
        (None, "质量指标", "种螺成活率", "≥90%"),
        (None, None, "种螺繁育成活率",
         mk("≥85%", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与上一行“种螺成活率”是同一指标，值却不同")),
        (None, "时效指标", "繁育车间改造完成时间", "2026年7月底前"),
        ("成本指标", "经济成本指标", "种螺繁育成本", "≤1.2万元/吨"),
        ("效益指标", "经济效益指标", "良种推广户户均增收", "≥0.5万元"),
        (None, "社会效益指标", "开展良种养殖技术指导", "≥20次"),
        (None, "可持续影响指标", "良种自给率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "推广户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ep03-snail-stacked-two", (2,),
         "two snail projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def ep03() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=YEAR,
        name="蜗牛良种引进补助",
        dept=DEPT,
        unit=CENTRE,
        money=one_year(30, 30, 0),
        goals=["引进白玉蜗牛种螺3吨，补助养殖户35户。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "引进种螺", "≥3吨"),
        (None, None, "带动农户数", "≥35户"),
        (None, "质量指标", "种螺检疫合格率", "=100%"),
        (None, "时效指标", "种螺投放完成时间", "2026年5月底前"),
        (None, "成本指标", "种螺引进补助标准", "≤0.8万元/户"),
        ("效益指标", "经济效益指标", "补助户户均增收", "≥0.4万元"),
        (None, "社会效益指标", "新增蜗牛养殖户", "≥10户"),
        ("满意度指标", "服务对象满意度指标", "补助户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="蜗牛冷链加工车间建设",
        dept=DEPT,
        unit=CENTRE,
        title="",
        money=one_year(120, 100, 20),
        attr="新增项目",
        goals=["建成蜗牛冷链加工车间1座，年加工商品螺200吨，带动农户80户。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "年加工商品螺", "≥200吨"),
        (None, None, "带动农户数", "≥80户"),
        (None, "质量指标", "加工产品抽检合格率", "≥98%"),
        (None, "时效指标", "车间竣工验收时间", "2026年10月底前"),
        (None, "成本指标", "车间建设成本", "≤110万元"),
        ("效益指标", "经济效益指标", "加工产值", "≥300万元"),
        (None, "生态效益指标", "加工废水达标排放率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "合作农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ep04-snail-park-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: an annual area above the period's, "
         "a cumulative count copied, an annual deadline in the next year")  # fmt: skip
def ep04() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="蜗牛生态养殖园区建设项目", dept=DEPT, unit=CENTRE,
                 years=3, money=periods((300, 240, 60), (100, 80, 20)),
                 goals=["2026—2028年建成蜗牛生态养殖园区120亩，累计培训养殖户300人次，"
                        "建立产品可追溯体系。",
                        "建成园区一期40亩，培训养殖户100人次，完成冷库主体工程。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "园区建设面积", "≥120亩",
         mk("≥150亩", "D201", "error", row=True, alt=("D104",), note="年度面积大于中期120亩")),
        (None, None, "培训养殖户", "≥300人次", "≥100人次"),
        (None, None, "纳入追溯建档养殖户", "≥60户",
         mk("≥60户", "D202", "warning", note="三年累计的户数照抄到年度列")),
        (None, "质量指标", "商品螺抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "冷库主体工程完工时间", "2028年6月底前",
         mk("2027年10月底前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="年度指标的期限落在2027年，年度目标写本年完成冷库主体")),
        ("成本指标", "经济成本指标", "养殖户培训人均成本", "≤0.05万元/人次", "≤0.05万元/人次"),
        ("效益指标", "经济效益指标", "园区年产值", "≥600万元", "≥150万元"),
        (None, "社会效益指标", "带动就业人数", "≥80人", "≥30人"),
        (None, "生态效益指标", "养殖废弃物资源化利用率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "入园养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ep05-snail-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def ep05() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="澜石县特色养殖技术推广站",
                    budget=[(260, 240, 20, 110, 150)],
                    tasks=[("蜗牛养殖技术推广", "培训与入户指导", 90, "培训养殖户400人次"),
                           ("病害监测", "设立监测点并上报数据", 60, "监测点8个"),
                           ("金额合计", None, 150, None)],
                    goal="全年开展技术培训12场以上，培训养殖户400人次，"
                    "设立病害监测点8个。")  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("技术培训场次", 15, "场", "≥", 12),
        ("培训养殖户", 15, "人次", "≥", 400),
        ("病害监测点", 10, "个", "≥", 8),
        ("监测数据上报及时率", 10, "%", "≥", pct(0.95)),
        ("蜗牛病害发生下降率", 10, "%", "≥", pct(0.1)),
        ("推广技术入户率", 10, "%", "≥", pct(0.8)),
        ("示范户亩均增收", 10, "万元/亩", "≥", 0.3),
        ("单个监测点年运行成本", 10, "万元/个", "≤", 5),
        ("养殖户满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    signature(s, "覃立舟", "0739-6320815", (YEAR - 1, 11, 20))
    return b


@variant("ep06-snail-department-money", (12,),
         "department, NAT-2021, one value column: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding "
         "to 金额合计, a goal count the indicator raises")  # fmt: skip
def ep06() -> Book:
    b, s = first()
    total = mk(185, "B101", "error", note="基本支出80 + 项目支出95 = 175 ≠ 185")
    sum_ = mk(95, "B102", "error", note="50 + 25 + 15 = 90 ≠ 95")
    department_head(s, year=YEAR, dept=CENTRE, budget=[(total, 150, 35, 80, 95)],
                    tasks=[("蜗牛示范基地建设", "建设养殖示范基地", 50, "示范基地2处"),
                           ("养殖培训", "集中培训与现场指导", 25, "培训20场"),
                           ("疫病防控", "病害监测与防治", 15, "病害发生率≤5%"),
                           ("金额合计", None, sum_, None)],
                    goal="建成蜗牛养殖示范基地2处，开展养殖培训20场，"
                    "病害发生率控制在5%以内。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "建成养殖示范基地",
         mk("≥3处", "D104", "warning", row=True, note="年度总体目标和任务都写示范基地2处")),
        (None, None, "开展养殖培训", "≥20场"),
        (None, "质量指标", "示范基地验收合格率", "=100%"),
        (None, "时效指标", "示范基地建成时间", "2026年9月底前"),
        ("成本指标", "经济成本指标", "示范基地建设补助标准", "≤15万元/处"),
        ("效益指标", "社会效益指标", "蜗牛病害发生率", "≤5%"),
        (None, "可持续影响指标", "示范基地持续运营年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "参训养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b
