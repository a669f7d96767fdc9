"""Oil-peony (油用牡丹) fields: planting aid, seed-stock nurseries, seed purchase, tended plots."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout602.common import (
    LIN,
    YEAR,
    cn,
    first,
    indicators,
    one_year,
    project_book,
    sign,
    w,
)
from tests.variants.holdout602.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("en01-peony-planting", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, the goal's area with its parts in brackets (correct)")  # fmt: skip
def en01() -> Book:
    b = project_book(
        name="砚丘县油用牡丹新植补助项目", unit="砚丘县林业技术推广站",
        money_rows=one_year(180, 150, 30),
        goals=["在蔚塘镇、榆埠乡新植油用牡丹1200亩（其中凤丹牡丹800亩、紫斑牡丹400亩），"
               "种苗成活率90%以上，带动种植户增收。"],
    )  # fmt: skip
    s = first(b)
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新植油用牡丹面积", "≥", 1200, "亩"),
        (None, None, "发放油用牡丹种苗", "≥", 300, "万株"),
        (None, "质量指标", "种苗成活率", "≥", pct(0.9), None),
        (None, None, "种苗检疫合格率", "=", pct(1), None),
        (None, "时效指标", "秋季定植完成时间", "≤", cn(11, 15), None),
        (None, "成本指标", "种苗及栽植补助标准", "≤", 0.12, "万元/亩"),
        ("效益指标", "经济效益指标", "带动种植户户均增收", "≥", 0.2, "万元"),
        (None, "生态效益指标", "荒坡地植被覆盖率提高", "≥", 5, "百分点"),
        (None, "可持续影响指标", "新植地块管护责任落实年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "韦丹禾", "0917-6624308", cn(11, 18, YEAR - 1))
    return b


@variant("en02-peony-goal-mismatch", (7, 12),
         "project, OLD-NAT, header 绩效目标值, the goal's area, the cost standard and a deadline "
         "against the indicators")  # fmt: skip
def en02() -> Book:
    b = project_book(
        name="油用牡丹集中连片示范片建设", unit="芍坪镇农业综合服务中心",
        money_rows=one_year(200, 170, 30),
        goals=["2025年在芍坪镇、榆埠乡新植油用牡丹1500亩，建成集中连片示范片3个，"
               "11月底前完成秋季定植。"],
    )  # fmt: skip
    s = first(b)
    area = mk("≥1200亩", "D104", "warning", row=True,
              note="年度目标写新植1500亩，指标只有1200亩")  # fmt: skip
    due = mk("2024年11月30日前", "Y102", "error", alt=("Y103",),
             note="2025年度项目的定植期限写成2024年：上一季的期限")  # fmt: skip
    cost = mk("≤0.18万元/亩", "B107", "warning", alt=("D104",),
              note="0.18万元/亩 × 1200亩 = 216万元，超过年度资金200万元")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "新植油用牡丹面积", area),
        (None, None, "集中连片示范片", "≥3个"),
        (None, "质量指标", "种苗成活率", "≥88%"),
        (None, "时效指标", "秋季定植完成时间", due),
        (None, "成本指标", "新植补助标准", cost),
        ("效益指标", "社会效益指标", "带动种植户", "≥260户"),
        (None, "生态效益指标", "示范片土壤侵蚀模数下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃禾生", "0917-6631172", cn(12, 2, YEAR - 1))
    return b


@variant("en03-peony-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each project (correct)")  # fmt: skip
def en03() -> Book:
    b = project_book(
        name="油用牡丹良种繁育基地建设", unit="砚丘县国有苗圃",
        money_rows=one_year(60, 45, 15),
        goals=["建设良种采穗圃50亩，繁育凤丹牡丹良种苗木80万株，供应全县新植地块。"],
    )  # fmt: skip
    s = first(b)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "良种采穗圃面积", "≥50亩"),
        (None, None, "繁育良种苗木", "≥80万株"),
        (None, "质量指标", "一级苗比例", "≥70%"),
        (None, "时效指标", "苗木出圃时间", "2025年10月31日前"),
        (None, "成本指标", "苗木繁育成本", "≤0.6元/株"),
        ("效益指标", "社会效益指标", "苗木供应覆盖乡镇", "≥6个"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="牡丹籽收储补助", dept=LIN, unit="砚丘县林产品收储站",
                 money=one_year(40, 40, 0), goals=["收储牡丹籽400吨，按每吨1000元兑付收储补助。"],
                 title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "收储牡丹籽", "≥400吨"),
        (None, "质量指标", "入库牡丹籽含水率", "≤9%"),
        (None, "时效指标", "补助资金兑付时间", "2025年12月20日前"),
        (None, "成本指标", "收储补助标准", "≤1000元/吨"),
        ("效益指标", "经济效益指标", "带动籽农增收", "≥40万元"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("en04-peony-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and its seed purchase appears twice under two tier-2s")  # fmt: skip
def en04() -> Book:
    b = project_book(
        name="油用牡丹低产园改造", unit="榆埠乡林业站",
        money_rows=one_year(50, 40, 10),
        goals=["改造低产油用牡丹园500亩，实施补植、施肥和修剪。"],
    )  # fmt: skip
    s = first(b)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造低产园面积", "≥500亩"),
        (None, "质量指标", "改造地块验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "改造补助标准", "≤0.1万元/亩"),
        ("效益指标", "经济效益指标", "改造园亩均产籽量增长率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(90), "B101", "error", alt=("B102",),
               note="财政拨款70 + 其他资金15 = 85，不是90")  # fmt: skip
    money_rows = [["年度资金总额", total, "其中：财政拨款", w(70)], ["其他资金", w(15), None, None]]
    project_head(s, year=YEAR, name="牡丹籽订单收购补助", dept=LIN, unit="砚丘县林产品收储站",
                 money=money_rows, goals=["按订单收购牡丹籽500吨，每吨补助1500元。"],
                 title="")  # fmt: skip
    twice = mk("牡丹籽收购数量", "D103", "warning", row=True, alt=("D101", "D102"),
               note="与数量指标的“牡丹籽收购量 ≥500吨”是同一指标，值却是450吨")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "牡丹籽收购量", "≥500吨"),
        (None, "质量指标", "收购籽粒净度达标率", "≥95%"),
        (None, "时效指标", "收购补助兑付时间", "2025年12月15日前"),
        (None, "成本指标", "订单收购补助标准", "≤1500元/吨"),
        ("效益指标", "经济效益指标", twice, "≥450吨"),
        (None, "社会效益指标", "签订收购订单农户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("en05-peony-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标) and an indicator score column adding to 100 at both levels, a rate "
         "change in 百分点 (correct)")  # fmt: skip
def en05() -> Book:
    b = project_book(
        name="油用牡丹丰产栽培技术示范", unit="砚丘县林业科学研究所",
        money_rows=one_year(45, 40, 5),
        goals=["建设丰产栽培示范区300亩，开展技术培训12场，示范区牡丹籽亩产提高15%以上。"],
    )  # fmt: skip
    s = first(b)
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.丰产示范区面积", "≥300亩", 20),
        (None, None, "2.技术培训", "≥12场", 10),
        (None, "（二）质量指标", "3.示范区技术规程到位率", "≥95%", 10),
        (None, "（三）时效指标", "4.示范区春季管护完成时间", "2025年5月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.示范补助标准", "≤0.1万元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "6.示范区牡丹籽亩产增长率", "≥15%", 15),
        (None, "（二）生态效益指标", "7.示范区病虫害发生率下降", "≥3百分点", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.参训农户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row(None, None, "合计", None, 100)
    sign(s, "蒙丹青", "0917-6650219", cn(1, 6))
    return b


@variant("en06-peony-wrong-tier", (5, 7),
         "project, OLD-NAT, abbreviated tier labels (产出, 数量), headers 指标内容 and 绩效标准: a "
         "survival rate under 时效, a satisfaction rate under 社会效益, a deadline "
         "of last year")  # fmt: skip
def en06() -> Book:
    b = project_book(
        name="油用牡丹幼林抚育管护", unit="蔚塘镇林业站",
        money_rows=one_year(70, 60, 10),
        goals=["抚育管护2023—2024年新植油用牡丹幼林2000亩，7月底前完成夏季中耕除草。"],
    )  # fmt: skip
    s = first(b)
    rate = mk("幼林保存率", "F201", "warning", row=True, note="保存率是质量指标，填在时效下")
    happy = mk("管护户满意度", "F201", "warning", row=True, alt=("F105",),
               note="满意度填在社会效益下，应属满意度指标")  # fmt: skip
    due = mk("2024年7月31日前", "Y102", "error", alt=("Y103",),
             note="2025年度项目的除草期限写成2024年7月：上年留下的期限")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出", "数量", "抚育管护面积", "≥2000亩"),
        (None, "质量", "抚育作业验收合格率", "≥95%"),
        (None, "时效", "夏季中耕除草完成时间", due),
        (None, None, rate, "≥90%"),
        (None, "成本", "抚育管护补助标准", "≤300元/亩"),
        ("效益", "社会效益", "吸纳本地务工人员", "≥120人"),
        (None, None, happy, "≥90%"),
        (None, "生态效益", "幼林地水土流失面积减少", "≥300亩"),
        ("满意度", "服务对象满意度", "种植合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卢禾田", "0917-6617745", cn(11, 28, YEAR - 1))
    return b
