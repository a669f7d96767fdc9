"""Hog price index insurance: kea07–kea12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout797.common import (
    OLD,
    indicators,
    multi_year,
    new_book,
    one_year,
    signature,
)
from tests.variants.holdout797.registry import variant
from tests.variants.kit import Book, day, mk

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kea07-hog-three-year",
    (8, 10),
    "three-year project, OLD-NAT, 中期 and 年度 columns: "
    "period counts above the year's, rates equal, a coverage rise in 百分点 (correct)",
)
def kea07() -> Book:
    b, s = new_book()
    project_head(s, year=2025, years=3, name="澄岭县生猪价格指数保险保费补贴",
                 dept="澄岭县农业农村局（214003）", unit="澄岭县畜牧兽医服务中心", attr="新增项目",
                 money=multi_year((1500, 1350, 150), (520, 470, 50)),
                 goals=["2025—2027年累计承保出栏生猪30万头，覆盖规模养殖场120家，养殖户价格风险"
                        "保障覆盖率提高3个百分点。",
                        "2025年承保出栏生猪10万头，覆盖规模养殖场45家，"
                        "保障覆盖率提高1个百分点。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "承保出栏生猪数量", "≥30万头", "≥10万头"),
        (None, None, "覆盖规模养殖场数量", "≥120家", "≥45家"),
        (None, "质量指标", "理赔资料审核合格率", "≥98%", "≥98%"),
        (None, "时效指标", "赔款支付时限", "≤10个工作日", "≤10个工作日"),
        (None, "成本指标", "每头出栏生猪保费补贴标准", "≤48元/头", "≤48元/头"),
        ("效益指标", "经济效益指标", "参保养殖户价格下跌损失补偿比例", "≥60%", "≥60%"),
        (None, "社会效益指标", "养殖户价格风险保障覆盖率", "提高≥3百分点", "提高≥1百分点"),
        (None, "可持续影响指标", "生猪产能调控机制", "持续完善", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "参保养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "苗景川", "0739-5526231", day(2024, 11, 12))
    return b


@variant(
    "kea08-hog-period-copied",
    (8,),
    "three-year project, OLD-NAT, 中期 and 年度 columns: "
    "中期目标 copied into 年度目标, a year's count above the period's, a count copied across",
)
def kea08() -> Book:
    b, s = new_book()
    goal = "承保能繁母猪6万头，覆盖规模养殖场200家，稳定生猪基础产能。"
    project_head(s, year=2025, years=3, name="苇塘县能繁母猪价格保险保费补贴",
                 dept="苇塘县农业农村局（307011）", unit="苇塘县畜牧产业发展中心", attr="新增项目",
                 money=multi_year((900, 810, 90), (300, 270, 30)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="三年期项目，年度目标与中期目标一字不差")])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "承保能繁母猪数量", "≥6万头",
         mk("≥8万头", "D201", "error", note="一年的承保数8万头超过三年累计6万头")),
        (None, None, "覆盖规模养殖场数量", "≥200家",
         mk("≥200家", "D202", "warning", note="累计数原样抄入年度列")),
        (None, "质量指标", "投保母猪耳标核验合格率", "≥98%", "≥98%"),
        (None, "时效指标", "赔款支付时限", "≤15个工作日", "≤15个工作日"),
        (None, "成本指标", "每头能繁母猪保费补贴标准", "≤36元/头", "≤36元/头"),
        ("效益指标", "社会效益指标", "能繁母猪存栏量稳定在正常保有量以上的月份占比",
         "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参保养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kea09-hog-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, （一）数量指标) and an indicator score column, both adding to 100 "
    "(correct)",
)
def kea09() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="禾湄县育肥猪价格指数保险试点",
        dept="禾湄县农业农村局（402017）",
        unit="禾湄县畜牧兽医服务中心",
        money=one_year(200, 180, 20),
        goals=["为6万头育肥猪提供价格指数保险保费补贴，参保养殖场户不少于80户。"],
    )
    indicators(s, (*OLD, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.育肥猪承保头数", "≥6万头", 10),
        (None, None, "2.参保养殖场户数", "≥80户", 8),
        (None, "（二）质量指标", "3.承保标的验标合格率", "≥98%", 8),
        (None, "（三）时效指标", "4.赔款到账时限", "≤15个工作日", 7),
        (None, None, "5.承保出单完成时间", "2025年6月30日前", 7),
        ("二、成本指标（20分）", "（一）经济成本指标", "6.每头保费补贴标准", "≤30元/头", 12),
        (None, None, "7.每头查勘核损费用", "≤2元/头", 8),
        ("三、效益指标（30分）", "（一）经济效益指标", "8.参保养殖户价格下跌损失补偿比例",
         "≥60%", 10),
        (None, "（二）社会效益指标", "9.生猪产能调控目标完成率", "≥95%", 10),
        (None, "（三）可持续影响指标", "10.价格保险覆盖面比上年提高", "≥2百分点", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.参保养殖户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kea10-hog-marked-labels",
    (5,),
    "project, OLD-NAT, labels with marks (*, ★) and "
    "abbreviated: plan dates a year behind the title, two indicators under the wrong tier-2",
)
def kea10() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="蒹葭县生猪价格保险保费补贴",
        dept="蒹葭县农业农村局（520306）",
        unit="蒹葭县动物疫病预防控制中心",
        money=one_year(160, 140, 20),
        start=mk(
            day(2024, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="2025年度申报表，计划开始、完成日期却是2024年（上年表格未改）",
        ),
        end=day(2024, 12, 31),
        goals=["承保出栏生猪5万头，生猪价格下跌时及时足额赔付，稳定养殖户收益。"],
    )
    indicators(s, OLD, [
        ("*产出指标", "数量", "承保出栏生猪数量", "≥5万头"),
        (None, "质量", "投保生猪耳标核验合格率", "≥98%"),
        (None, "时效", "赔款支付时限", "≤10个工作日"),
        (None, None,
         mk("赔付资料审核合格率", "F201", "warning", row=True,
            note="合格率是质量指标，填在时效下"), "≥95%"),
        (None, "成本", "每头保费补贴标准", "≤28元/头"),
        ("★效益指标", "经济效益", "参保养殖户价格下跌损失补偿比例", "≥55%"),
        (None, "社会效益",
         mk("参保养殖户满意度", "F201", "warning", row=True,
            note="满意度应填在满意度指标下，不是社会效益"), "≥90%"),
        ("★满意度指标", "服务对象满意度", "养殖户对理赔服务的满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "聂云舟", "0856-4412790", day(2024, 11, 30))
    return b


@variant(
    "kea11-hog-export-second-sheet",
    (7,),
    "project: head on the first sheet, a budget-system "
    "export on a second sheet with codes in the first columns, header on the third row under "
    "考核指标 and 预期实现值 (correct)",
)
def kea11() -> Book:
    b, s = new_book("项目支出预算05-1")
    project_head(s, year=2025, name="穗屏县育肥猪价格指数保险保费补贴",
                 dept="穗屏县农业农村局（611024）", unit="穗屏县畜牧产业服务中心",
                 money=one_year(135, 120, 15),
                 goals=["承保育肥猪4.5万头（其中规模养殖场3.6万头、散养户0.9万头），价格下跌时"
                        "按约定赔付。"])  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (20, 10, 14, 16, 30, 16))
    t.title("2025年度项目支出绩效目标表", 6)
    t.row("单位：穗屏县农业农村局", None, None, None, None, "金额单位：万元")
    code, unit = "611024250000000317", "611024"
    indicators(t, ("项目编码", "单位编码", "一级指标", "二级指标", "考核指标", "预期实现值"), [
        (code, unit, "产出指标", "数量指标", "规模养殖场育肥猪承保头数", "≥3.6万头"),
        (code, unit, None, None, "散养户育肥猪承保头数", "≥0.9万头"),
        (code, unit, None, "质量指标", "承保信息录入准确率", "≥98%"),
        (code, unit, None, "时效指标", "赔款支付时限", "≤10个工作日"),
        (code, unit, None, "成本指标", "每头保费补贴标准", "≤30元/头"),
        (code, unit, "效益指标", "经济效益指标", "参保养殖户价格下跌损失补偿比例", "≥60%"),
        (code, unit, None, "社会效益指标", "价格保险理赔纠纷发生率", "≤1%"),
        (code, unit, "满意度指标", "服务对象满意度指标", "参保养殖户满意度", "≥92%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "kea12-hog-leftover",
    (7, 12),
    "project, OLD-NAT, header 绩效目标值: last season's year "
    "left in the goal, the same rate twice with two values, unit subsidy × count above the money",
)
def kea12() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="雁汀县生猪价格指数保险保费补贴",
        dept="雁汀县农业农村局（118020）",
        unit="雁汀县畜牧兽医服务中心",
        money=one_year(200, 180, 20),
        goals=[
            mk(
                "完成2024年度生猪价格指数保险承保10万头，赔款及时兑付到户。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="上年目标未改：2025年度的表写2024年度",
            )
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "承保出栏生猪数量", "≥10万头"),
        (None, "质量指标", "承保信息公示率", "=100%"),
        (None, "时效指标", "理赔款兑付及时率", "≥95%"),
        (None, None,
         mk("理赔款兑付及时率", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标填了两次，指标值不同（95% / 90%）"), "≥90%"),
        (None, "成本指标",
         mk("每头保费补贴标准", "B107", "warning", row=True,
            note="24元/头 × 10万头 = 240万元，超过年度资金200万元"), "≤24元/头"),
        ("效益指标", "经济效益指标", "参保养殖户价格下跌损失补偿比例", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参保养殖户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞若溪", "0733-2219548", day(2024, 12, 9))
    return b
