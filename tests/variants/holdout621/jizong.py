"""鸡枞 (termite mushroom) gathering cooperatives: fg01–fg06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout621.common import (
    COUNTY,
    TOWN,
    Y,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout621.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = f"{COUNTY}农业农村局（317001）"
COOP = f"{TOWN}雾坪鸡枞采集专业合作社"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fg01-jizong-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 in "
         "the number format, a goal count with its part in brackets (correct)")  # fmt: skip
def fg01() -> Book:
    b, s = book()
    project_head(s, year=Y, name="雾坪村鸡枞无损采收与菌塘保育项目", dept=DEPT, unit=COOP,
                 money=one_year(30, 24, 6),
                 goals=["组织采收户120户（其中雾坪村40户）参加无损采收培训，保育鸡枞菌塘260处，"
                        "鲜品统一收购量不少于45吨。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "无损采收培训户数", "≥", 120, "户"),
        (None, None, "保育鸡枞菌塘数量", "≥", 260, "处"),
        (None, None, "鸡枞鲜品统一收购量", "≥", 45, "吨"),
        (None, "质量指标", "鲜品分级合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "无损采收培训完成时间", "≤", day(Y, 6, 30, CN_DATE), None),
        (None, "成本指标", "采收培训补助标准", "≤", 400, "元/户"),
        ("效益指标", "经济效益指标", "入社采收户户均增收", "≥", 3000, "元"),
        (None, None, "鸡枞采收损耗下降率", "≥", pct(0.1), "%"),
        (None, "生态效益指标", "保育区野生鸡枞出菇点保存率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "采收户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, (*HEAD4[:3], "指标性质", "指标值", "计量单位"), rows)
    sign(s, "杨春兰", "0879-6621457", day(Y - 1, 12, 18))
    return b


@variant("fg02-jizong-goal-area-deadline", (4, 12),
         "project, NAT-2021, one value column: the goal's area given otherwise by the indicator, "
         "a deadline left over from last season")  # fmt: skip
def fg02() -> Book:
    b, s = book()
    project_head(s, year=Y, name="白蜡沟鸡枞保育区建设项目", dept=DEPT,
                 unit=f"{TOWN}白蜡沟鸡枞采集专业合作社", money=one_year(36, 30, 6),
                 goals=[f"{Y}年在白蜡沟、雾坪等6个村新建鸡枞保育区800亩，设立采收点标识牌60块，"
                        "开展采收安全宣传12场。"])  # fmt: skip
    area = mk("≥600亩", "D104", "warning", row=True, alt=("T110",),
              note="年度目标写新建保育区800亩，指标只有600亩")  # fmt: skip
    due = mk("2025年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
             note="一年期项目2026年1月1日才开始，完成时限却是上一采收季的2025年")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新建鸡枞保育区面积", area),
        (None, None, "采收点标识牌", "≥60块"),
        (None, None, "采收安全宣传场次", "≥12场"),
        (None, "质量指标", "标识牌安装验收合格率", "≥95%"),
        (None, "时效指标", "标识牌安装完成时间", due),
        ("成本指标", "经济成本指标", "保育区管护补助标准", "≤300元/亩"),
        (None, None, "标识牌制作安装单价", "≤800元/块"),
        ("效益指标", "生态效益指标", "保育区野生鸡枞出菇点增长率", "≥10%"),
        (None, "社会效益指标", "采收户野生菌安全知识知晓率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "采收户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    sign(s, "罗德贵", "0879-6623081", day(Y - 1, 11, 26))
    return b


@variant("fg03-jizong-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, period counts beside smaller year "
         "counts, rates and unit costs equal in both (correct)")  # fmt: skip
def fg03() -> Book:
    b, s = book()
    project_head(s, year=Y, years=3, name="椒岭鸡枞菌塘保育与区域品牌培育项目", dept=DEPT,
                 unit=COOP, attr="新增项目", money=multi_year((90, 75, 15), (30, 25, 5)),
                 goals=["三年累计保育鸡枞菌塘900处，培训采收户3000户次，"
                        "建成“椒岭鸡枞”区域品牌。",
                        f"{Y}年保育鸡枞菌塘300处，培训采收户1000户次，"
                        "提交区域品牌商标注册申请。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "保育鸡枞菌塘数量", "≥900处", "≥300处"),
        (None, None, "采收户培训", "≥3000户次", "≥1000户次"),
        (None, "质量指标", "鲜品分级合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度保育任务完成时间", f"{Y + 2}年11月30日前", f"{Y}年11月30日前"),
        ("成本指标", "经济成本指标", "菌塘保育补助标准", "≤600元/处", "≤600元/处"),
        ("效益指标", "经济效益指标", "采收户户均增收", "≥3500元", "≥2500元"),
        (None, "生态效益指标", "野生鸡枞出菇点保存率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "菌塘保育管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "采收户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, (*HEAD4[:3], "中期指标值", "年度指标值"), rows)
    return b


@variant("fg04-jizong-stacked-two", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "money does not add up and one indicator is entered twice with a word more")  # fmt: skip
def fg04() -> Book:
    b, s = book()
    project_head(s, year=Y, name="雾坪鸡枞冷链收购点建设", dept=DEPT, unit=COOP,
                 money=one_year(40, 32, 8),
                 goals=["建成冷链收购点2个，鸡枞鲜品冷链收购量不少于50吨。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "冷链收购点", "≥2个"),
        (None, None, "鸡枞鲜品冷链收购量", "≥50吨"),
        (None, "质量指标", "冷链收购鲜品损耗率", "≤5%"),
        (None, "时效指标", "收购点建成时间", "6月15日前"),
        (None, "成本指标", "收购点建设单价", "≤18万元/个"),
        ("效益指标", "经济效益指标", "鲜品收购均价提高", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "采收户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(48), "B101", "error", row=True, note="40 + 6 = 46，不等于年度资金总额48")
    project_head(s, year=Y, title="", name="白蜡沟鸡枞分级包装车间改造", dept=DEPT,
                 unit=f"{TOWN}白蜡沟鸡枞采集专业合作社",
                 money=[("年度资金总额", total, "其中：财政拨款", wan(40)),
                        ("其他资金", wan(6), None, None)],
                 goals=["改造分级包装车间300平方米，全年分级包装鸡枞30吨。"])  # fmt: skip
    twice = mk("鸡枞鲜品分级包装量", "D103", "warning", row=True, alt=("D101", "D102"),
               note="与上一行“鸡枞分级包装量”是同一指标，多了“鲜品”二字")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "分级包装车间改造面积", "≥300平方米"),
        (None, None, "鸡枞分级包装量", "≥30吨"),
        (None, None, twice, "≥30吨"),
        (None, "质量指标", "包装产品抽检合格率", "≥98%"),
        (None, "时效指标", "车间改造完成时间", "5月31日前"),
        (None, "成本指标", "车间改造单价", "≤1200元/平方米"),
        ("效益指标", "经济效益指标", "分级后鲜品溢价率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "采收户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("fg05-jizong-flat-department", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), percent cells, "
         "an incident count of 0, weights adding to 100, tasks adding to 项目支出 "
         "(correct)")  # fmt: skip
def fg05() -> Book:
    b, s = book()
    department_head(s, year=Y, dept=f"{COUNTY}野生食用菌产业服务中心",
                    budget=[(wan(260), wan(230), wan(30), wan(150), wan(110))],
                    tasks=[("鸡枞菌塘保育", "划定保育区，补助菌塘管护", wan(60), "保育菌塘500处"),
                           ("竹荪标准化采集", "建设标准化采集基地", wan(50), "建成基地4个"),
                           ("金额合计", None, wan(110), None)],
                    goal="保育鸡枞菌塘500处，建成竹荪标准化采集基地4个，"
                         "全年不发生野生菌中毒事件。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("保育鸡枞菌塘数量", 20, "处", "≥", 500),
        ("竹荪标准化采集基地", 15, "个", "≥", 4),
        ("野生菌中毒事件", 10, "起", "≤", 0),
        ("鲜品抽检合格率", 15, "%", "≥", pct(0.96)),
        ("技术服务到位率", 10, "%", "≥", pct(0.98)),
        ("采收户人均增收", 15, "元", "≥", 2000),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：野生菌中毒事件以县卫生健康部门通报为准。")
    sign(s, "陈秀芝", "0879-6610236", day(Y - 1, 11, 20))
    return b


@variant("fg06-jizong-numbered-tiers", (5, 11),
         "project, NAT-2021, numbered tier labels (一、（一）): a cost under 数量, a quality rate "
         "under 时效, a 反向 rate with ≥")  # fmt: skip
def fg06() -> Book:
    b, s = book()
    project_head(s, year=Y, name="鸡枞采收技术指导项目", dept=DEPT, unit=COOP,
                 money=one_year(20, 16, 4),
                 goals=["技术指导采收户400人次，补贴采收户150户，"
                        "减少对鸡枞菌塘的破坏。"])  # fmt: skip
    cost = mk("每户采收补贴标准", "F201", "warning", row=True, note="成本标准填在数量指标下")
    rate = mk("鸡枞分级合格率", "F201", "warning", row=True, note="质量类比率填在时效指标下")
    harm = mk("≥2%", "T108", "warning", row=True, note="破坏率是反向指标，比较符应为≤")
    rows = [
        ("一、产出指标", "（一）数量指标", "采收户技术指导", "≥400人次"),
        (None, None, cost, "≤300元/户"),
        (None, "（二）质量指标", "菌种保育成活率", "≥85%"),
        (None, "（三）时效指标", "技术指导完成时间", "9月30日前"),
        (None, None, rate, "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "技术指导劳务费标准", "≤200元/人次"),
        ("三、效益指标", "（一）生态效益指标", "鸡枞菌塘破坏率", harm),
        (None, "（二）社会效益指标", "采收户参训覆盖率", "≥90%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "采收户满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    return b
