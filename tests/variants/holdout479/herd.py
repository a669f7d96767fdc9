"""Milu deer (麋鹿) reintroduction projects: zu01–zu06 (percent cells, 中期 and 年度, points)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout479.common import (
    BUREAU,
    RESERVE,
    YEAR,
    indicators,
    multi_year,
    one_year,
    signature,
    start,
)
from tests.variants.holdout479.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

DEPT = f"{BUREAU}（214）"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("zu01-herd-percent-cells", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, percents typed in Excel, "
         "万元 only in the number format (correct)")  # fmt: skip
def zu01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹭渚湾麋鹿野化种群监测项目", dept=DEPT, unit=RESERVE,
                 money=one_year(120, 100, 20),
                 goals=["为放归麋鹿佩戴卫星定位项圈30套，完成4次季度种群监测。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "佩戴卫星定位项圈麋鹿", "≥", 30, "头"),
        (None, None, "季度种群监测", "≥", 4, "次"),
        (None, "质量指标", "监测数据有效率", "≥", pct(0.95), "%"),
        (None, "时效指标", "季度监测报告按时提交率", "=", pct(1), "%"),
        (None, "成本指标", "卫星定位项圈采购单价", "≤", 0.8, "万元/套"),
        ("效益指标", "生态效益指标", "放归种群数量年增长率", "≥", pct(0.08), "%"),
        (None, None, "麋鹿幼仔死亡率", "≤", pct(0.06), "%"),
        (None, "可持续影响指标", "野化种群监测数据库", None, "持续更新", None),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "柯蔚然", "0517-8836 2045")
    return b


@variant("zu02-herd-percent-wrong", (1, 11, 12),
         "project, OLD-NAT, operator column: a typed percent over 100, ≥ on a death rate, "
         "其他资金 in 元 inside a 万元 block")  # fmt: skip
def zu02() -> Book:
    b, s = start()
    other = mk(money(200000, YUAN), "B105", "error",
               note="200,000.00元 in the 项目资金（万元） block: units mixed")  # fmt: skip
    project_head(s, year=YEAR, name="麋鹿疫病防控与健康检查项目", dept=DEPT, unit=RESERVE,
                 money=one_year(85, 65, other),
                 goals=["对野化及半散放麋鹿开展健康检查和疫病监测，防止疫病传播。"])  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="65 + 200000 ≠ 85 if the 元 cell is read as 万元 (from B105)")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a pass rate shown as 105%: over the 100% ceiling")
    wrong = mk("≥", "T108", "warning", row=True, note="死亡率 is 反向: ≥ rewards more deaths")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "接受健康检查麋鹿", "≥", 260, "头"),
        (None, None, "疫病监测采样", "≥", 520, "份"),
        (None, "质量指标", "放归个体健康检查合格率", "≥", over, "%"),
        (None, "时效指标", "检测结果反馈时限", "≤", 7, "个工作日"),
        (None, "成本指标", "每头麋鹿年度防疫成本", "≤", 0.15, "万元/头"),
        ("效益指标", "生态效益指标", "麋鹿野外死亡率", wrong, pct(0.03), "%"),
        (None, "可持续影响指标", "疫病监测预警机制", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "养殖户及周边村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "贺澜清", "0517-8836 2071")
    return b


@variant("zu03-herd-three-years", (8,),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 columns, annual counts below the "
         "period counts, rates and unit costs equal (correct)")  # fmt: skip
def zu03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="麋鹿野化放归三年行动项目", dept=DEPT, unit=RESERVE,
                 money=multi_year((900, 800, 100), (300, 260, 40)), years=3, attr="新增项目",
                 goals=["三年累计野化放归麋鹿90头，建成野化适应圈3处，野外种群达到260头以上。",
                        "本年度野化放归麋鹿30头，建成野化适应圈1处。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "累计野化放归麋鹿", "≥90头", "≥30头"),
        (None, None, "新建野化适应圈", "≥3处", "≥1处"),
        (None, "质量指标", "放归个体佩标率", "=100%", "=100%"),
        (None, "时效指标", "年度放归完成时间", "每年11月30日前", "11月30日前"),
        (None, "成本指标", "野化适应圈单处建设成本", "≤120万元/处", "≤120万元/处"),
        ("效益指标", "生态效益指标", "野外麋鹿种群数量", "≥260头", "≥200头"),
        (None, "可持续影响指标", "野化种群自我维持能力", "逐年提升", "提升"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "柯蔚然", "0517-8836 2045")
    return b


@variant("zu04-herd-period-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: two cumulative counts copied into "
         "the annual column, one annual count above its period count")  # fmt: skip
def zu04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="麋鹿栖息地食源与水源改善项目", dept=DEPT, unit=RESERVE,
                 money=multi_year((600, 540, 60), (200, 180, 20)), years=3,
                 goals=["三年补植麋鹿食源植物450亩，建设人工水源点12个，累计放归麋鹿60头。",
                        "本年度补植食源植物150亩，建设水源点4个，放归麋鹿20头。"])  # fmt: skip
    copy = "cumulative count over three years copied into the annual column"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "累计补植麋鹿食源植物", "≥450亩",
         mk("≥450亩", "D202", "warning", note=copy)),
        (None, None, "建设人工水源点", "≥12个", mk("≥12个", "D202", "warning", note=copy)),
        (None, None, "累计野外放归麋鹿", "≥60头",
         mk("≥80头", "D201", "error", note="annual 80 头 above the three-year 60 头")),
        (None, "质量指标", "食源植物成活率", "≥85%", "≥85%"),
        (None, "时效指标", "补植完成时间", "每年5月31日前", "5月31日前"),
        (None, "成本指标", "食源植物补植单价", "≤0.2万元/亩", "≤0.2万元/亩"),
        ("效益指标", "生态效益指标", "麋鹿栖息地适宜面积", "≥1200亩", "≥1000亩"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "聂书衡", "0517-8836 2093")
    return b


@variant("zu05-herd-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), indicator points adding to 100 too, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def zu05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="麋鹿个体识别与谱系建档项目", dept=DEPT, unit=RESERVE,
                 money=one_year(60, 50, 10),
                 goals=["为野外麋鹿建立个体识别档案180头，开展种群调查6次。"])  # fmt: skip
    indicators(s, (*PERIOD[:3], "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "麋鹿个体识别建档", "≥180头", 10),
        (None, None, "野外种群调查", "≥6次", 10),
        (None, "（二）质量指标", "个体识别准确率", "≥98%", 10),
        (None, "（三）时效指标", "调查报告提交时间", "2025年12月15日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单次种群调查成本", "≤4.5万元/次", 10),
        (None, None, "个体识别建档单价", "≤0.1万元/头", 10),
        ("三、效益指标（30分）", "（一）生态效益指标", "栖息地植被覆盖率", "提高≥3百分点", 10),
        (None, None, "麋鹿种群年增长率", "≥6%", 10),
        (None, "（二）可持续影响指标", "种群谱系档案完整率", "≥95%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "周边村民满意度", "≥90%", 10),
    ])  # fmt: skip
    signature(s, "聂书衡", "0517-8836 2093")
    return b


@variant("zu06-herd-tier-points", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, "
         "a survival rate given as a head count")  # fmt: skip
def zu06() -> Book:
    b, s = start(widths=(14, 10, 16, 28, 16, 10))
    project_head(s, year=YEAR, name="麋鹿野外救护与跟踪项目", dept=DEPT, unit=RESERVE,
                 money=one_year(70, 60, 10),
                 goals=["救护受伤或搁浅麋鹿20头次以上，跟踪放归个体存活状况。"])  # fmt: skip
    sub = "the indicator scores under this tier-1 add up to 35, not the declared "
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ("产出指标", mk(40, "W103", "error", note=sub + "40"), "数量指标", "救护受伤麋鹿",
         "≥20头次", 10),
        (None, None, None, "野外巡查", "≥48次", 10),
        (None, None, "质量指标", "救护处置规范率", "≥95%", 15),
        ("成本指标", 20, "经济成本指标", "单次救护成本", "≤0.5万元/次", 10),
        (None, None, None, "跟踪项圈租用单价", "≤0.6万元/套", 10),
        ("效益指标", mk(30, "W103", "error", note=sub + "30"), "生态效益指标",
         "放归麋鹿当年存活率", mk("≥28头", "T105", "error", note="a rate given as a count"), 15),
        (None, None, None, "麋鹿误入农田事件", "≤5起", 10),
        (None, None, "可持续影响指标", "救护档案完整率", "≥95%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "周边村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "贺澜清", "0517-8836 2071")
    return b
