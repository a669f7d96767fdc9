"""Returns on bamboo forests (竹林): cultivation, roads, fire breaks, pests, carbon, scenery."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout359.common import (
    TIERS,
    annual_money,
    indicators,
    period_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout359.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ve01-forest-percent", (1,), "project, OLD-NAT, operator column (指标性质) and unit "
         "column, percents typed in Excel, 万元 only in the number format (correct)")  # fmt: skip
def forest_percent() -> Book:
    b, s = project(
        year=2025, name="栖筠县毛竹林丰产培育项目", dept="栖筠县林业局（412006）",
        unit="栖筠县竹产业发展中心", money=annual_money(520, 450, 70),
        goals=["完成毛竹林丰产培育4000亩，新造竹林成活率达到90%以上，带动林农增收。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "丰产培育毛竹林面积", "≥", 4000, "亩"),
        (None, None, "测土配方施肥面积", "≥", 3500, "亩"),
        (None, "质量指标", "新造竹林成活率", "≥", pct(0.9), "%"),
        (None, None, "培育竹林立竹度达标率", "≥", pct(0.85), "%"),
        (None, "时效指标", "抚育作业按期完成率", "=", pct(1), "%"),
        (None, "成本指标", "丰产培育补助标准", "≤", 1000, "元/亩"),
        ("效益指标", "经济效益指标", "项目区毛竹林亩均增收", "≥", 300, "元/亩"),
        (None, "生态效益指标", "项目区竹林覆盖率", "≥", pct(0.725, "0.0%"), "%"),
        (None, "可持续影响指标", "竹林经营档案建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "参与林农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "韦晓筠", "0564-7812306", day(2024, 11, 18))
    return b


@variant("ve02-forest-percent-wrong", (1, 12), "project, OLD-NAT, operator and unit columns: "
         "a typed percent above 100 on a 合格率, 年度资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def forest_percent_wrong() -> Book:
    total = mk(wan(380), "B101", "error", row=True,
               note="300 + 60 = 360, not 380")  # fmt: skip
    b, s = project(
        year=2025, name="栖筠县竹林作业便道建设项目", dept="栖筠县林业局（412006）",
        unit="栖筠县岑篁乡人民政府", money=annual_money(total, 300, 60),
        goals=["新建竹林作业便道，降低竹材采运成本，方便竹农生产。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建竹林作业便道长度", "≥", 25, "公里"),
        (None, "质量指标", "便道工程验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="shows 105%: a 合格率 cannot pass 100%"), "%"),
        (None, "时效指标", "便道工程完工时限", "≤", day(2025, 10, 31), None),
        (None, "成本指标", "便道建设标准", "≤", 12, "万元/公里"),
        ("效益指标", "经济效益指标", "竹材采运成本下降率", "≥", pct(0.15), "%"),
        (None, "社会效益指标", "受益竹农户数", "≥", 1300, "户"),
        (None, "可持续影响指标", "便道管护机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益竹农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "黎青篁", "0564-7812417", day(2024, 11, 25))
    return b


@variant("ve03-forest-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, "
         "one value column; the same indicator name with different values in the two "
         "projects (correct)")  # fmt: skip
def forest_stacked() -> Book:
    b, s = project(
        year=2025, name="竹林防火隔离带建设项目", dept="栖筠县林业局（412006）",
        unit="栖筠县森林防火中心", money=annual_money(150, 130, 20),
        goals=["在重点竹林区新建防火隔离带，降低竹林火灾风险。"],
    )  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "新建防火隔离带长度", "≥18公里"),
        (None, "质量指标", "项目验收合格率", "≥95%"),
        (None, "时效指标", "隔离带建设完成时限", "2025年10月31日前"),
        (None, "成本指标", "隔离带建设标准", "≤6万元/公里"),
        ("效益指标", "社会效益指标", "项目区竹林火灾发生次数", "0起"),
        (None, "可持续影响指标", "防火隔离带维护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边林农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, name="竹林病虫害绿色防控项目", dept="栖筠县林业局（412006）",
        unit="栖筠县林业有害生物防治站", money=annual_money(90, 80, 10),
        goals=["推广竹林病虫害绿色防控技术，减少化学农药使用。"], title="",
    )  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "病虫害绿色防控面积", "≥12000亩"),
        (None, None, "设置太阳能诱虫灯", "≥300盏"),
        (None, "质量指标", "项目验收合格率", "≥90%"),
        (None, "时效指标", "防控作业完成时限", "2025年9月30日前"),
        (None, "成本指标", "绿色防控补助标准", "≤60元/亩"),
        ("效益指标", "生态效益指标", "化学农药使用量下降率", "≥15%"),
        (None, "经济效益指标", "毛竹病虫害成灾率", "≤2‰"),
        ("满意度指标", "服务对象满意度指标", "周边林农满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "韦晓筠", "0564-7812306", day(2024, 12, 2))
    return b


@variant("ve04-forest-stacked-wrong", (2, 11), "two projects stacked, OLD-NAT, one value "
         "column: the second project's money does not add up, a rate given as a count, a 反向 "
         "rate with ≥")  # fmt: skip
def forest_stacked_wrong() -> Book:
    b, s = project(
        year=2025, name="竹林碳汇计量监测项目", dept="碧筱市林业局（305011）",
        unit="碧筱市林业调查规划院", money=annual_money(60, 50, 10),
        goals=["建立竹林碳汇计量样地，掌握全市竹林碳储量。"],
    )  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "布设碳汇计量样地", "≥40个"),
        (None, "质量指标", "样地调查数据合格率", "≥95%"),
        (None, "时效指标", "监测报告提交时限", "2025年12月15日前"),
        (None, "成本指标", "样地调查费用标准", "≤8000元/个"),
        ("效益指标", "生态效益指标", "竹林碳汇计量覆盖面积", "≥30000亩"),
        (None, "可持续影响指标", "碳汇监测数据库运行", "有效"),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(200), "B101", "error", row=True, note="150 + 40 = 190, not 200")
    project_head(
        s, year=2025, name="竹林林下经济示范项目", dept="碧筱市林业局（305011）",
        unit="碧筱市漾竹镇人民政府", money=annual_money(total, 150, 40),
        goals=["在毛竹林下示范套种竹荪，带动示范户增收。"], title="",
    )  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "林下竹荪种植示范面积", "≥500亩"),
        (None, None, "示范户带动率",
         mk("35户", "T105", "error", note="a 带动率 given as a count of households")),
        (None, "质量指标", "示范基地验收合格率", "≥95%"),
        (None, "成本指标", "竹荪种植补助标准", "≤2000元/亩"),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥5000元"),
        (None, "生态效益指标", "林下种植水土流失发生率",
         mk("≥3%", "T108", "warning", row=True, note="a 发生率 is 反向: ≤ expected")),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "林苇青", "0569-3307152", day(2024, 12, 5))
    return b


@variant("ve05-forest-multiyear", (8,), "three-year low-yield bamboo renewal project, "
         "NAT-2021, 中期 and 年度 columns, annual counts below the period ones, rates equal "
         "(correct)")  # fmt: skip
def forest_multiyear() -> Book:
    b, s = project(
        year=2025, years=3, name="碧筱市低产低效竹林改造提升项目",
        dept="碧筱市林业局（305011）", unit="碧筱市竹产业发展中心", attr="新增项目",
        money=period_money((1500, 1200, 300), (600, 480, 120)),
        goals=["三年改造低产低效竹林15000亩，改造区亩均立竹量提高到180株以上。",
               "完成低产低效竹林改造5000亩，改造区亩均立竹量达到160株以上。"],
    )  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "低产低效竹林改造面积", "≥15000亩", "≥5000亩"),
        (None, None, "竹林作业便道修缮长度", "≥45公里", "≥15公里"),
        (None, "质量指标", "改造区亩均立竹量", "≥180株/亩", "≥160株/亩"),
        (None, None, "改造作业验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "低产竹林改造补助标准", "≤900元/亩", "≤900元/亩"),
        (None, "生态环境成本指标", "改造作业林地裸露率", "≤5%", "≤5%"),
        ("效益指标", "经济效益指标", "改造区竹材亩均产值增加", "≥400元/亩", "≥250元/亩"),
        (None, "生态效益指标", "改造区竹林固碳量增长率", "≥6%", "≥6%"),
        (None, "可持续影响指标", "竹林经营管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "竹农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "蒋竹亭", "0569-3307268", day(2024, 10, 28))
    return b


@variant("ve06-forest-multiyear-copied", (8,), "three-year bamboo-forest trail project, "
         "NAT-2021, 中期 and 年度 columns: two cumulative counts copied into 年度, one annual "
         "count above its period count")  # fmt: skip
def forest_multiyear_copied() -> Book:
    copied = "a cumulative count copied from the 中期 column into a 3-year project's 年度"
    b, s = project(
        year=2025, years=3, name="碧筱市竹海步道与竹林景观提升项目",
        dept="碧筱市文化和旅游局（308002）", unit="碧筱市竹海景区管理处", attr="新增项目",
        money=period_money((2400, 2000, 400), (800, 650, 150)),
        goals=["三年建成竹海游步道和观景平台体系，全面提升竹林景观。",
               "启动游步道和观景平台建设，完成首期竹林景观提升。"],
    )  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "竹林游步道建设长度", "≥36公里",
         mk("≥36公里", "D202", "warning", note=copied)),
        (None, None, "观景平台建设数量", "≥12处", mk("≥12处", "D202", "warning", note=copied)),
        (None, None, "竹林景观提升面积", "≥8000亩",
         mk("≥9000亩", "D201", "error", note="annual 9000亩 above the period's 8000亩")),
        (None, "质量指标", "步道工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "步道建设单位造价", "≤20万元/公里", "≤20万元/公里"),
        ("效益指标", "经济效益指标", "景区年接待游客增长率", "≥10%", "≥8%"),
        (None, "社会效益指标", "带动周边竹农就业人数", "≥300人", "≥100人"),
        (None, "生态效益指标", "竹林景观区植被覆盖率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "杭筱岚", "0569-3315420", day(2024, 11, 6))
    return b
