"""Project returns of fungi cultivation bases (vb01–vb06): percent cells, operator and unit
columns, tier labels as offices write them, points at two levels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout356.common import BUREAU, CENTRE, HEAD4, book, indicators, one_year
from tests.variants.holdout356.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("vb01-spawn-percent", (1,), "project, OLD-NAT, operator and unit columns, percent "
         "cells, 万元 in the number format, =100% at the ceiling (correct)")  # fmt: skip
def spawn_percent() -> Book:
    b, s = book()
    project_head(s, year=2026, name="栎川县香菇标准化菌棒生产基地提升项目", dept=BUREAU,
                 unit=CENTRE, money=one_year(120, 100, 20),
                 goals=["新增菌棒产能150万棒，改造出菇大棚40个，带动周边农户就业。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "标准化菌棒生产量", "≥", 150, "万棒"),
        (None, None, "改造出菇大棚", "≥", 40, "个"),
        (None, "质量指标", "菌种纯度合格率", "≥", pct(0.98), "%"),
        (None, None, "菌棒杂菌污染率", "≤", pct(0.03), "%"),
        (None, "时效指标", "菌棒生产完成时间", "≤", day(2026, 10, 31, CN_DATE), None),
        (None, "成本指标", "每万棒菌棒生产补助", "≤", 0.5, "万元/万棒"),
        (None, None, "单个大棚改造补助", "≤", 1, "万元/个"),
        ("效益指标", "经济效益指标", "基地鲜菇年产值", "≥", 900, "万元"),
        (None, "社会效益指标", "带动农户就业", "≥", 120, "人"),
        (None, "生态效益指标", "菌渣综合利用率", "=", pct(1.0), "%"),
        (None, "可持续影响指标", "标准化生产技术规程执行", "定性", "长期有效", None),
        ("满意度指标", "服务对象满意度指标", "入园农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("vb02-percent-wrong", (1, 11), "project, NAT-2021, operator column, a typed percent "
         "above 100 on a 合格率 and ≥ on a contamination rate")  # fmt: skip
def percent_wrong() -> Book:
    b, s = book()
    project_head(s, year=2026, name="栎川县黑木耳袋料栽培示范项目", dept=BUREAU, unit=CENTRE,
                 money=one_year(60, 45, 15), attr="新增项目",
                 goals=["在松坪乡建设黑木耳示范点，示范栽培100万袋，带动60户增收。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("成本指标", "经济成本指标", "袋料栽培补助标准", "≤", 0.4, "元/袋"),
        ("产出指标", "数量指标", "示范栽培黑木耳", "≥", 100, "万袋"),
        (None, None, "带动示范户", "≥", 60, "户"),
        (None, "质量指标", "菌袋成品合格率", "≥",
         mk(pct(1.02), "T106", "error", note="a 合格率 cannot exceed 100 %"), "%"),
        (None, None, "菌袋杂菌污染率",
         mk("≥", "T108", "warning", row=True, note="a contamination rate is 反向: ≤ meant"),
         pct(0.02), "%"),
        (None, "时效指标", "菌袋接种完成时间", "≤", day(2026, 5, 31, CN_DATE), None),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥", 0.8, "万元"),
        (None, "社会效益指标", "培训种植户", "≥", 300, "人次"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("vb03-numbered-tiers", (5,), "project, NAT-2021, numbered tier labels "
         "(一、产出指标, （一）数量指标), a 0起 incident count, a unit cost within its "
         "money (correct)")  # fmt: skip
def numbered_tiers() -> Book:
    b, s = book()
    project_head(s, year=2026, name="翠屏乡平菇设施化栽培提质项目", dept=BUREAU,
                 unit="栎川县翠屏乡人民政府", money=one_year(80, 70, 10),
                 goals=["新建平菇出菇棚25个，推广层架栽培40亩，全年无质量安全事故。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "新建平菇出菇棚", "≥25个"),
        (None, None, "推广层架式栽培面积", "≥40亩"),
        (None, "（二）质量指标", "出菇棚验收合格率", "≥95%"),
        (None, "（三）时效指标", "出菇棚建成时间", "2026年9月30日前"),
        ("二、成本指标", "（一）经济成本指标", "单个出菇棚建设成本", "≤2.4万元/个"),
        ("三、效益指标", "（一）经济效益指标", "种植户亩均收益", "≥1.5万元/亩"),
        (None, "（二）社会效益指标", "平菇质量安全事故发生数", "0起"),
        (None, "（三）可持续影响指标", "出菇棚设计使用年限", "≥8年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vb04-abbreviated-wrong", (5, 6, 13), "project, NAT-2021, abbreviated labels (产出, "
         "数量): 时效 under 效益, a value without a name, an empty 生态效益 row")  # fmt: skip
def abbreviated_wrong() -> Book:
    b, s = book()
    project_head(s, year=2026, name="栎川县双孢蘑菇工厂化菇房改造扶持项目", dept=BUREAU,
                 unit=CENTRE, money=one_year(150, 120, 30),
                 goals=["扶持改造工厂化菇房20间，双孢蘑菇年产能提高到1200吨。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出", "数量", "改造工厂化菇房", "≥20间"),
        (None, "质量", "菇房改造验收合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥98%"),
        ("成本", "经济成本", "单间菇房改造补助", "≤5万元/间"),
        ("效益", mk("时效", "F105", "error", note="时效 belongs under 产出, not 效益"),
         "菇房改造完成时间", "2026年8月31日前"),
        (None, "经济效益", "双孢蘑菇年产能", "≥1200吨"),
        (None, mk("生态效益", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("满意度", "服务对象满意度", "扶持企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vb05-points-two-levels", (10,), "project, NAT-2021, tier-1 and indicator score "
         "columns both adding to 100, a 比例 raised in 百分点, cost × area = budget "
         "(correct)")  # fmt: skip
def points_two_levels() -> Book:
    b, s = book()
    project_head(s, year=2026, name="栎川县羊肚菌林下种植试点项目", dept=BUREAU, unit=CENTRE,
                 money=one_year(45, 40, 5), attr="一次性项目",
                 goals=["在云杉村林地试种羊肚菌150亩，探索林下食用菌复合经营模式。"])  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, header, [
        ("产出指标", 40, "数量指标", "林下种植羊肚菌面积", "≥150亩", 15),
        (None, None, "质量指标", "羊肚菌商品菇率", "≥85%", 10),
        (None, None, "时效指标", "采收完成时间", "2026年4月30日前", 15),
        ("成本指标", 10, "经济成本指标", "亩均投入补助", "≤0.3万元/亩", 10),
        ("效益指标", 40, "经济效益指标", "试点户亩均纯收入", "≥0.6万元/亩", 15),
        (None, None, None, "优质菇比例较上年提高", "≥3百分点", 10),
        (None, None, "可持续影响指标", "试点技术推广乡镇", "≥3个", 15),
        ("满意度指标", 10, "服务对象满意度指标", "试点户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("vb06-points-mismatch", (10, 5), "project, OLD-NAT, labels marked with *, tier scores "
         "against indicator scores under them, a rate given as a count")  # fmt: skip
def points_mismatch() -> Book:
    b, s = book()
    project_head(s, year=2026, name="栎川县银耳代料栽培技术推广项目", dept=BUREAU, unit=CENTRE,
                 money=one_year(50, 40, 10),
                 goals=["推广银耳代料栽培150万袋，培训种植户200人次。"])  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    w = "an impossible sum: the indicator scores do not add up to the tier score"
    indicators(s, header, [
        ("*产出指标", mk(50, "W103", "error", note=w + " (45 ≠ 50)"), "*数量指标",
         "推广银耳代料栽培", "≥150万袋", 15),
        (None, None, None, "培训种植户", "≥200人次", 10),
        (None, None, "*质量指标",
         "菌棒接种成活率", mk("20万棒", "T105", "error", note="a 成活率 given as a count"), 10),
        (None, None, "*成本指标", "每袋栽培补助", "≤0.2元/袋", 10),
        ("*效益指标", mk(40, "W103", "error", note=w + " (45 ≠ 40)"), "经济效益指标",
         "种植户户均增收", "≥0.5万元", 20),
        (None, None, "可持续影响指标", "代料栽培技术到户率", "≥80%", 25),
        ("*满意度指标", 10, "服务对象满意度指标", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
