"""Compost sheds: village 阳光堆肥房, their points tables, multi-year plans and tier labels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout558.common import (
    COUNTY,
    YEAR,
    annual_rows,
    indicators,
    money_rows,
    new_book,
    notes,
    sign,
)
from tests.variants.holdout558.registry import variant
from tests.variants.kit import WAN, Book, mk, pct

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("cv07-compost-points", (10, 5), "project, NAT-2021, numbered tier labels, a tier-1 score "
         "column and an indicator score column both adding to 90, "
         "a rise in 百分点 (correct)")  # fmt: skip
def cv07() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="苇塘乡阳光堆肥房建设", unit="苇塘乡人民政府",
                 dept=f"{COUNTY}农业农村局 322", money=money_rows((45, 40, 5), (45, 40, 5)),
                 goals=["建成阳光堆肥房6座，易腐垃圾就地资源化处理。"])  # fmt: skip
    indicators(s, SCORED, [
        ("一、产出指标", 40, "（一）数量指标", "1.新建阳光堆肥房", "≥6座", 10),
        (None, None, None, "2.年处理易腐垃圾", "≥900吨", 10),
        (None, None, "（二）质量指标", "3.堆肥产品有机质达标率", "≥90%", 10),
        (None, None, "（三）时效指标", "4.堆肥房建成投用时间", "10月31日前", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "5.单座堆肥房建设成本", "≤6.5万元/座", 10),
        ("三、效益指标", 30, "（一）生态效益指标", "6.易腐垃圾资源化利用率比上年提高",
         "≥3百分点", 10),
        (None, None, None, "7.堆肥替代化肥施用量", "≥40吨", 10),
        (None, None, "（二）可持续影响指标", "8.堆肥房设计使用年限", "≥8年", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "9.村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值各合计90分，预算执行率另计10分，合计100分。",
          "注：6座×6.5万元=39万元，其余6万元用于菌剂和管护培训。")  # fmt: skip
    sign(s, "岑拾遗")
    return b


@variant("cv08-compost-points-wrong", (10,), "project, NAT-2021, tier-1 scores against the "
         "indicator scores under them (产出 declared 50, indicators 45), "
         "a satisfaction =95%")  # fmt: skip
def cv08() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="鹭原镇易腐垃圾堆肥处理", unit="鹭原镇人民政府",
                 dept=f"{COUNTY}农业农村局 322", money=annual_rows(36, 30, 6),
                 goals=["新建堆肥房4座，改造2座，易腐垃圾不出村。"])  # fmt: skip
    declared = mk(50, "W103", "error", note="15 + 10 + 10 + 10 = 45 under 产出")
    b.file_mark("W101", "error", required=False, note="the 95 total follows from the same gap")
    indicators(s, SCORED, [
        ("产出指标", declared, "数量指标", "新建阳光堆肥房", "≥4座", 15),
        (None, None, None, "改造旧堆肥池", "≥2座", 10),
        (None, None, "质量指标", "堆肥房验收合格率", "=100%", 10),
        (None, None, "时效指标", "堆肥房建成投用时间", "9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "单座堆肥房建设成本", "≤6万元/座", 10),
        ("效益指标", 30, "生态效益指标", "易腐垃圾就地处理量", "≥500吨", 15),
        (None, None, "社会效益指标", "覆盖自然村", "≥18个", 15),
        ("满意度指标", 10, "服务对象满意度指标", "服务对象满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate; ≥ meant"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "岑拾遗")
    return b


@variant("cv09-compost-multiyear", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns: cumulative counts below their period, "
         "rates and unit costs equal (correct)")  # fmt: skip
def cv09() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="栖梧县农村易腐垃圾资源化三年行动", years=3,
                 unit=f"{COUNTY}农业农村局", dept=f"{COUNTY}农业农村局 322", attr="新增项目",
                 money=money_rows((150, 130, 20), (50, 45, 5)),
                 goals=["三年建成阳光堆肥房18座，易腐垃圾资源化利用率达到60%。",
                        "当年建成阳光堆肥房6座，处理易腐垃圾900吨。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "建成阳光堆肥房", "≥18座", "≥6座"),
        (None, None, "处理易腐垃圾", "≥2700吨", "≥900吨"),
        (None, "质量指标", "堆肥产品有机质达标率", "≥90%", "≥90%"),
        (None, "时效指标", "当年建设任务完成时间", "每年11月30日前", "11月30日前"),
        ("成本指标", "经济成本指标", "单座堆肥房建设成本", "≤6.5万元/座", "≤6.5万元/座"),
        ("效益指标", "生态效益指标", "易腐垃圾资源化利用率", "≥60%", "≥40%"),
        (None, "可持续影响指标", "建立堆肥房管护长效机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：当年6座×6.5万元=39万元；三年18座×6.5万元=117万元，余为管护培训。")
    sign(s, "柏闻溪")
    return b


@variant("cv10-compost-multiyear-copied", (8,), "two-year project, OLD-NAT, 中期 and 年度 "
         "columns: two cumulative counts copied into the year, "
         "one annual count above its period")  # fmt: skip
def cv10() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="檀溪镇堆肥房建设与管护", years=2, unit="檀溪镇人民政府",
                 dept=f"{COUNTY}农业农村局 322", attr="新增项目",
                 money=money_rows((96, 80, 16), (48, 40, 8)),
                 goals=["两年建成堆肥房14座，覆盖全镇36个自然村。",
                        "当年建成堆肥房7座，覆盖18个自然村。"])  # fmt: skip
    copied = "cumulative count copied from the 中期 column"
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "建成堆肥房", "≥14座", "≥7座"),
        (None, None, "覆盖自然村", "≥36个", mk("≥36个", "D202", "warning", note=copied)),
        (None, None, "处理易腐垃圾", "≥1500吨",
         mk("≥1500吨", "D202", "warning", note=copied)),
        (None, None, "培训堆肥管护员", "≥60人",
         mk("≥80人", "D201", "error", note="the year cannot exceed the two years")),
        (None, "质量指标", "堆肥房验收合格率", "=100%", "=100%"),
        (None, "成本指标", "单座堆肥房建设成本", "≤6万元/座", "≤6万元/座"),
        ("效益指标", "生态效益指标", "易腐垃圾就地处理率", "≥70%", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏闻溪")
    return b


@variant("cv11-compost-marked-labels", (5, 1), "transfer-payment project, OLD-NAT, tier labels "
         "with * and abbreviated tier-2s, ★ core indicators, "
         "中央补助 + 地方资金 (correct)")  # fmt: skip
def cv11() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="农村人居环境整治（易腐垃圾就地处理）", attr="一次性项目",
                 unit=f"{COUNTY}农业农村局", dept=f"{COUNTY}农业农村局 322",
                 money=annual_rows(80, 50, 30, WAN, ("其中：中央补助", "地方资金")),
                 goals=["支持5个乡镇建设阳光堆肥房10座，易腐垃圾就地处理。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出指标", "数量", "★支持建设阳光堆肥房", "≥10座"),
        (None, None, "支持乡镇", "≥5个"),
        (None, "质量", "★堆肥房验收合格率", pct(1)),
        (None, "时效", "资金下达时限", "≤30日"),
        (None, "成本", "单座堆肥房补助标准", "≤8万元/座"),
        ("*效益指标", "生态效益", "★易腐垃圾就地处理率", "≥50%"),
        (None, "可持续影响", "堆肥房管护责任落实率", pct(1)),
        ("*满意度指标", "服务对象满意度", "★受益群众满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "注：★为核心指标，不得删除；带*的一级指标必填。",
          "注：10座×8万元=80万元，与资金总额相等。")  # fmt: skip
    sign(s, "祁望舒")
    return b


@variant("cv12-compost-wrong-parent", (5,), "project, NAT-2021, numbered labels: 时效指标 "
         "filed under 效益指标, a 使用率 given as words")  # fmt: skip
def cv12() -> Book:
    b, s = new_book()
    project_head(s, year=YEAR, name="澄野镇堆肥房提质改造", unit="澄野镇人民政府",
                 dept=f"{COUNTY}农业农村局 322", money=annual_rows(30, 27, 3),
                 goals=["改造堆肥房6座，恢复正常使用。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "1.改造堆肥房", "≥6座"),
        (None, "（二）质量指标", "2.改造工程验收合格率", "=100%"),
        ("二、成本指标", "（一）经济成本指标", "3.单座改造成本", "≤5万元/座"),
        ("三、效益指标", "（一）生态效益指标", "4.堆肥房使用率",
         mk("正常使用", "T105", "error", alt=("T102",), note="a rate given as words")),
        (None, mk("（二）时效指标", "F105", "error", note="时效 belongs under 产出"),
         "5.改造完成时间", "8月31日前"),
        ("四、满意度指标", "（一）服务对象满意度指标", "6.村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁望舒")
    return b
