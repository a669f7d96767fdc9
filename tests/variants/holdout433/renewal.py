"""Plantation renewal returns (ya01–ya06): percent cells, points at two levels, directions."""

from __future__ import annotations

from tests.variants.holdout433.common import (
    TIERS,
    YEAR,
    indicators,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout433.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ya01-renewal-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 only "
         "in the number format, a 0% growth cap and =100% at the ceiling (correct)")  # fmt: skip
def ya01() -> Book:
    b, s = start()
    project(s, name="南岬农场剑麻老园更新种植项目", unit="椰塘垦区南岬农场",
            rows=one_year(150, 120, 30),
            goals=["更新老园500亩，新植种苗165万株，成活率95%以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "剑麻老园更新种植面积", "≥", 500, "亩"),
        (None, None, "新植剑麻种苗数量", "≥", 165, "万株"),
        (None, "质量指标", "种苗定植成活率", "≥", pct(0.95), "%"),
        (None, None, "更新地块验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "定植完成时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        (None, "成本指标", "每亩更新种植成本", "≤", 0.24, "万元/亩"),
        ("效益指标", "经济效益指标", "更新园纤维单产增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "带动农场职工务工", "≥", 120, "人次"),
        (None, "生态效益指标", "化学农药使用量增长率", "≤", pct(0), "%"),
        (None, "可持续影响指标", "更新园区经济寿命", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "符明远", "8631 2074", day(YEAR - 1, 11, 18))
    return b


@variant("ya02-renewal-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: a typed 105% on a 成活率 and 其他资金 "
         "formatted in 元 inside the 万元 block")  # fmt: skip
def ya02() -> Book:
    b, s = start()
    other = mk(money(400000, YUAN), "B105", "error",
               note="400,000.00元 in a 项目资金（万元） block: 元 and 万元 mixed")  # fmt: skip
    project(s, name="红坎农场剑麻低产园改造项目", unit="椰塘垦区红坎农场",
            rows=[["年度资金总额", wan(180), "其中：财政拨款", wan(140)],
                  ["其他资金", other, None, None]],
            goals=["改造剑麻低产园600亩，补植种苗60万株，改造园区纤维单产提高10%。"])  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="the 元 cell read as 400000 breaks 140+40=180; B105 is asked")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="typed 105%: a 成活率 cannot exceed 100%")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "低产园改造面积", "≥", 600, "亩"),
        (None, None, "补植剑麻种苗", "≥", 60, "万株"),
        (None, "质量指标", "补植苗成活率", "≥", over, "%"),
        (None, "时效指标", "改造完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "每亩改造成本", "≤", 0.25, "万元/亩"),
        ("效益指标", "经济效益指标", "改造园纤维单产增长率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "改造园区持续采叶年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "陈海蓉", "8631 5530", day(YEAR - 1, 11, 22))
    return b


@variant("ya03-renewal-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding "
         "to 100, a 合计 row, a rate raised in 百分点 and a 下降率 with ≥ (correct)")  # fmt: skip
def ya03() -> Book:
    b, s = start()
    project(s, name="剑麻低产园更新及园区道路配套项目", unit="椰塘垦区东岸农场",
            rows=one_year(160, 130, 30),
            goals=["更新低产园600亩并配套道路排水，一级纤维占比提高3个百分点以上。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 40, "数量指标", "剑麻低产园更新面积", "≥600亩", 10),
        (None, None, None, "新建园区道路及排水沟", "≥4.5公里", 10),
        (None, None, "质量指标", "一级种苗使用比例", "≥90%", 10),
        (None, None, "时效指标", "定植任务完成时间", "10月31日前", 10),
        ("成本指标", 20, "经济成本指标", "每亩种苗采购成本", "≤0.06万元/亩", 10),
        (None, None, None, "每亩整地施肥成本", "≤0.1万元/亩", 10),
        ("效益指标", 30, "经济效益指标", "一级纤维占比提高", "≥3百分点", 10),
        (None, None, "生态效益指标", "坡地水土流失面积下降率", "≥15%", 10),
        (None, None, "可持续影响指标", "良种覆盖率", "≥85%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "承包职工满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    signature(s, "王启帆", "8632 1108", day(YEAR - 1, 12, 2))
    return b


@variant("ya04-renewal-points-wrong", (10, 11),
         "project, NAT-2021, tier-1 score column: two tier scores that their indicators do "
         "not add up to, and a 病株率 with ≥")  # fmt: skip
def ya04() -> Book:
    b, s = start()
    project(s, name="红坎农场剑麻种苗繁育基地更新项目", unit="椰塘垦区红坎农场",
            rows=one_year(140, 110, 30),
            goals=["更新种苗繁育基地80亩，繁育健康种苗120万株，供应本场老园更新。"])  # fmt: skip
    out = mk(40, "W103", "error", note="产出 declared 40, indicators 10+10+15+10=45")
    ben = mk(30, "W103", "error", note="效益 declared 30, indicators 10+5+10=25")
    sick = mk("≥3%", "T108", "warning", row=True, note="病株率 is 反向: ≤ expected")
    indicators(s, POINTS, [
        ("产出指标", out, "数量指标", "繁育剑麻健康种苗", "≥120万株", 10),
        (None, None, None, "更新繁育基地面积", "≥80亩", 10),
        (None, None, "质量指标", "出圃种苗病株率", sick, 15),
        (None, None, "时效指标", "种苗出圃时间", "9月30日前", 10),
        ("成本指标", 20, "经济成本指标", "每万株种苗繁育成本", "≤0.8万元", 10),
        (None, None, None, "每亩基地更新成本", "≤0.3万元/亩", 10),
        ("效益指标", ben, "经济效益指标", "种苗自给率", "≥80%", 10),
        (None, None, "社会效益指标", "向周边农户供苗", "≥10万株", 5),
        (None, None, "可持续影响指标", "繁育基地使用年限", "≥6年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "用苗单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("ya05-renewal-direction-inline", (11,),
         "project, NAT-2021, operators inside the values: a 死苗率 with ≥, a unit cost with =, "
         "a 正向 area with ≤; look-alikes 下降率 ≥ and 0起 on accidents")  # fmt: skip
def ya05() -> Book:
    b, s = start()
    project(s, name="南岬农场剑麻新植园建设项目", unit="椰塘垦区南岬农场",
            rows=one_year(120, 100, 20),
            goals=["在撂荒坡地新植剑麻800亩，降低叶斑病发病，实现安全生产。"])  # fmt: skip
    note = "a 正向 area capped with ≤"
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "新植剑麻面积", mk("≤800亩", "T108", "warning", row=True,
                                                     note=note)),
        (None, "质量指标", "定植后死苗率", mk("≥3%", "T108", "warning", row=True,
                                               note="死苗率 is 反向: ≤ expected")),
        (None, "时效指标", "新植完成时间", "11月30日前"),
        ("成本指标", "经济成本指标", "每亩种苗成本", mk("=0.05万元/亩", "T108", "warning",
                                                       row=True, note="= on a cost cap")),
        (None, "社会成本指标", "农机作业安全事故", "≤0起"),
        ("效益指标", "经济效益指标", "新植园投产后年干纤维产量", "≥120吨"),
        (None, "生态效益指标", "叶斑病发病下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "承包职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ya06-renewal-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator in words, "
         "bare numbers and a unit column, 0起 on accidents (correct)")  # fmt: skip
def ya06() -> Book:
    b, s = start()
    project(s, name="东岸农场剑麻缺株补植项目", unit="椰塘垦区东岸农场",
            rows=one_year(90, 75, 15),
            goals=["补植剑麻缺株园350亩，斑马纹病发病率控制在5%以内。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    up, down, ge, le = "正向", "反向", "大于等于", "小于等于"
    indicators(s, head, [
        ("产出指标", "数量指标", "剑麻缺株补植面积", up, ge, 350, "亩"),
        (None, None, "麻园深松整地面积", up, ge, 350, "亩"),
        (None, "质量指标", "补植苗成活率", up, ge, 95, "%"),
        (None, None, "斑马纹病发病率", down, le, 5, "%"),
        (None, "时效指标", "补植作业周期", down, le, 45, "天"),
        (None, "成本指标", "每亩补植成本", down, le, 0.2, "万元/亩"),
        ("效益指标", "经济效益指标", "亩产干纤维增加量", up, ge, 15, "公斤"),
        (None, "社会效益指标", "农机作业安全事故", down, le, 0, "起"),
        ("满意度指标", "服务对象满意度指标", "承包户满意度", up, ge, 90, "%"),
    ])  # fmt: skip
    signature(s, "黎少川", "8633 4096", day(YEAR - 1, 11, 29))
    return b
