"""Lychee orchard renewal returns of the 416th held-out set (xj01–xj06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout416.common import (
    BUREAU,
    TIERS4,
    YEAR,
    multi_year,
    one_year,
    sign_off,
    start,
    table,
)
from tests.variants.holdout416.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

UNIT = "红峒县水果技术推广站"


@variant("xj01-orchard-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 only in the "
         "number format, a 下降率 with ≥ (correct)")  # fmt: skip
def orchard_percent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荔枝低产果园高接换种项目", dept=BUREAU, unit=UNIT,
                 money=one_year(360, 300, 60),
                 goals=["高接换种2400亩，培训果农600人次，改造园次年恢复挂果。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "高接换种面积", "≥", 2400, "亩"),
        (None, None, "培训果农", "≥", 600, "人次"),
        (None, "质量指标", "嫁接成活率", "≥", pct(0.9), "%"),
        (None, None, "接穗苗木检疫合格率", "=", pct(1), "%"),
        (None, "时效指标", "高接换种完成时间", "≤", day(YEAR, 4, 30, CN_DATE), None),
        (None, "成本指标", "每亩高接换种补助标准", "≤", 1250, "元/亩"),
        ("效益指标", "经济效益指标", "改造果园亩均增收", "≥", 800, "元/亩"),
        (None, "社会效益指标", "带动脱贫户参与", "≥", 150, "户"),
        (None, "生态效益指标", "果园化学农药使用量下降率", "≥", pct(0.08), "%"),
        (None, "可持续影响指标", "改造果园管护机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参与果农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign_off(s, "梁秀蓉", "6120437")
    return b


@variant("xj02-orchard-direction", (11,),
         "project, NAT-2021, operators inside the values: a 反向 incidence with ≥, a cost cap "
         "with =, a 正向 count with ≤")  # fmt: skip
def orchard_direction() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荔枝园病虫害绿色防控示范项目", dept=BUREAU, unit=UNIT,
                 money=one_year(120, 120, 0),
                 goals=["建设绿色防控示范区5000亩，压低荔枝蒂蛀虫和荔枝蝽为害。"])  # fmt: skip
    table(s, TIERS4, [
        ("成本指标", "经济成本指标", "每亩绿色防控物资成本",
         mk("=150元/亩", "T108", "warning", row=True, note="“=” on a cost cap: ≤ meant")),
        ("产出指标", "数量指标", "绿色防控示范面积", "≥5000亩"),
        (None, None, "性诱捕器安装数量",
         mk("≤3000套", "T108", "warning", row=True, note="a 正向 count capped with ≤")),
        (None, "质量指标", "防控技术到位率", "≥95%"),
        (None, "时效指标", "防控物资发放及时率", "≥95%"),
        ("效益指标", "经济效益指标", "示范区荔枝商品果率", "≥85%"),
        (None, "社会效益指标", "示范户防控技术掌握率", "≥80%"),
        (None, "生态效益指标", "荔枝蒂蛀虫为害发生率",
         mk("≥5%", "T108", "warning", row=True, note="a 反向 incidence with ≥")),
        (None, "可持续影响指标", "统防统治服务机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "韦国栋", "6120452")
    return b


@variant("xj03-orchard-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points, indicator points adding to 100 as "
         "the tier points do, a rate raised in 百分点, a total row (correct)")  # fmt: skip
def orchard_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荔枝晚熟优质品种改接示范项目", dept=BUREAU, unit=UNIT,
                 money=one_year(200, 180, 20),
                 goals=["改接晚熟优质品种1500亩，建设品种示范园6个，错峰上市。"])  # fmt: skip
    table(s, (*TIERS4, "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "改接晚熟品种面积", "≥1500亩", 15),
        (None, None, "建设品种示范园", "≥6个", 15),
        (None, "（二）质量指标", "改接接穗品种纯度", "≥98%", 10),
        (None, "（三）时效指标", "改接工作完成时间", "2025年5月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "每亩改接补助", "≤1000元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "晚熟品种优质果率", "提高≥5百分点", 10),
        (None, "（二）社会效益指标", "受益种植户", "≥300户", 10),
        (None, "（三）可持续影响指标", "示范园持续管护年限", "≥3年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign_off(s, "黄立新", "6120461")
    return b


@variant("xj04-orchard-multi-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 value columns: an annual area above its "
         "period area, two cumulative counts copied from the 中期 column")  # fmt: skip
def orchard_multi_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="荔枝低产园提质改造三年行动项目", dept=BUREAU,
                 unit=UNIT, money=multi_year((900, 780, 120), (300, 260, 40)),
                 goals=["三年改造低产荔枝园6000亩，配套水肥一体化1500亩。",
                        "2025年改造2000亩，建设技术示范点4个。"])  # fmt: skip
    copied = "cumulative count copied from the 中期 column of a three-year project"
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "低产园改造面积", "≥6000亩", "≥2000亩"),
        (None, None, "配套水肥一体化面积", "≥1500亩",
         mk("≥1800亩", "D201", "error", note="annual 1800 above the period's 1500")),
        (None, None, "培训果农", "≥1800人次", mk("≥1800人次", "D202", "warning", note=copied)),
        (None, None, "技术示范点", "≥12个", mk("≥12个", "D202", "warning", note=copied)),
        (None, "质量指标", "改造果园验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度改造任务完成及时率", "≥95%", "≥95%"),
        (None, "成本指标", "每亩改造补助标准", "≤1300元/亩", "≤1300元/亩"),
        ("效益指标", "经济效益指标", "改造园亩产增长率", "≥15%", "≥5%"),
        (None, "生态效益指标", "果园化肥使用量增长率", "≤0%", "≤0%"),
        (None, "可持续影响指标", "改造园长效管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "陆春燕", "6120478")
    return b


@variant("xj05-orchard-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with no indicator, "
         "a value whose indicator name is empty")  # fmt: skip
def orchard_template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荔枝果园生产便道及灌溉设施改造项目", dept=BUREAU,
                 unit="红峒县石螺镇农业农村服务中心", money=one_year(150, 150, 0),
                 goals=["新建果园生产便道4公里，改造灌溉管网12公里。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每公里生产便道建设成本", "≤25万元/公里"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("产出指标", "数量指标", "新建生产便道", "≥4公里"),
        (None, None, "改造灌溉管网", "≥12公里"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", mk(None, "F110", "error", note="a deadline with no indicator name"),
         "2025年10月31日前"),
        ("效益指标", "经济效益指标", "果园生产作业成本下降率", "≥10%"),
        (None, "社会效益指标", "受益果农", "≥260户"),
        ("满意度指标", "服务对象满意度指标", "受益果农满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "莫文华", "6133205")
    return b


@variant("xj06-orchard-two-year", (8,),
         "two-year project, NAT-2021, 实施期 and 年度 columns: annual counts below the period "
         "ones, rates equal, a 0起 accident count, 百分点 (correct)")  # fmt: skip
def orchard_two_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="荔枝老果园矮化修剪与土壤改良项目", dept=BUREAU,
                 unit=UNIT, money=multi_year((400, 340, 60), (220, 190, 30)),
                 goals=["两年矮化修剪老果园4000亩，建设土壤改良示范片8个。",
                        "2025年矮化修剪2200亩，建设示范片4个。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("成本指标", "经济成本指标", "每亩修剪及土壤改良补助", "≤850元/亩", "≤850元/亩"),
        (None, "社会成本指标", "施工安全事故", "0起", "0起"),
        ("产出指标", "数量指标", "矮化修剪面积", "≥4000亩", "≥2200亩"),
        (None, None, "土壤改良示范片", "≥8个", "≥4个"),
        (None, "质量指标", "修剪技术规程执行率", "≥95%", "≥95%"),
        (None, "时效指标", "冬季修剪完成时间", "2026年1月31日前", "2025年12月31日前"),
        ("效益指标", "经济效益指标", "改良园亩均产量增长率", "≥12%", "≥6%"),
        (None, "生态效益指标", "果园土壤有机质含量", "提高≥0.2百分点", "提高≥0.1百分点"),
        ("满意度指标", "服务对象满意度指标", "参与果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "覃海明", "6120489")
    return b
