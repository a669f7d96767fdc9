"""Pumpkin (南瓜) bases of 葭川县: fj01–fj06."""

from __future__ import annotations

from tests.variants.holdout624.common import (
    new_book,
    period_money,
    project,
    sign,
    table,
    wan,
    year_money,
)
from tests.variants.holdout624.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

H6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
H_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "fj01-pumpkin-base-percent",
    (1, 7, 12),
    "project, OLD-NAT, operator column 指标性质 and unit column, typed percents, 万元 only "
    "in the number format, goal count with its parts (correct)",
)
def fj01() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县南瓜标准化种植基地建设项目",
        unit="葭川县蔬菜技术推广站",
        money=year_money(wan(120), wan(100), wan(20)),
        goals=[
            "新建和提升南瓜标准化种植基地800亩（其中新建500亩、提升300亩），推广蜜本、"
            "板栗南瓜两个主栽品种，带动种植户120户增收。"
        ],
    )
    table(s, H6, [
        ("产出指标", "数量指标", "南瓜标准化基地面积", "≥", 800, "亩"),
        (None, None, "其中：新建基地面积", "≥", 500, "亩"),
        (None, None, "带动南瓜种植户", "≥", 120, "户"),
        (None, "质量指标", "种苗移栽成活率", "≥", pct(0.95), "%"),
        (None, None, "南瓜农药残留抽检合格率", "=", pct(1), "%"),
        (None, "时效指标", "基地建设完成时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "基地建设补助标准", "≤", 1200, "元/亩"),
        ("效益指标", "经济效益指标", "南瓜亩均产值", "≥", 4500, "元/亩"),
        (None, "社会效益指标", "带动农户基地务工", "≥", 300, "人次"),
        (None, "可持续影响指标", "基地标准化管理制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "南瓜种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龚晓岚", "0797-6623158", day(2024, 12, 9))
    return b


@variant("fj02-pumpkin-seedling-goal", (7, 12),
         "project, NAT-2021, header 绩效目标值, values inline: the goal's base area, a deadline "
         "from last season and a seedling subsidy beyond the money")  # fmt: skip
def fj02() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县南瓜集约化育苗基地项目",
        unit="葭川县种子管理站",
        money=year_money(wan(90), wan(70), wan(20)),
        goals=[
            "建设南瓜集约化育苗基地600亩，全年供应南瓜嫁接苗300万株，于2025年11月底前完成"
            "基地配套设施建设。"
        ],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "南瓜育苗基地面积",
         mk("≥450亩", "D104", "warning", row=True, note="年度目标写育苗基地600亩")),
        (None, None, "南瓜嫁接苗供应量", "≥300万株"),
        (None, "质量指标", "嫁接苗成活率", "≥92%"),
        (None, "时效指标", "基地配套设施完工时间",
         mk("2024年11月30日前", "Y102", "error", alt=("Y103", "D104"),
            note="上一季的年份：预算年度2025，年度目标写2025年11月底前")),
        ("成本指标", "经济成本指标", "嫁接苗补贴标准",
         mk("≤0.4元/株", "B107", "warning", row=True,
            note="0.4元/株×300万株=120万元，超过年度资金90万元")),
        ("效益指标", "经济效益指标", "育苗户户均增收", "≥3000元"),
        (None, "社会效益指标", "带动育苗务工人员", "≥150人"),
        (None, "可持续影响指标", "育苗基地持续运营年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "种植户对种苗质量满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "洪立川", "0797-6627041", day(2025, 1, 6))
    return b


@variant(
    "fj03-pumpkin-variety-three-years",
    (1, 8),
    "three-year project, OLD-NAT, 中期 and 年度 columns, period counts above the year's, "
    "typed percents, a later year inside the period (correct)",
)
def fj03() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县南瓜新品种引进示范项目",
        unit="葭川县蔬菜技术推广站",
        years=3,
        attr="新增项目",
        money=period_money((wan(300), wan(240), wan(60)), (wan(100), wan(80), wan(20))),
        goals=[
            "2025—2027年累计建设南瓜新品种示范基地1500亩，引进筛选新品种12个，形成适合本县"
            "山地的栽培技术规程，为2027年全县推广积累数据。",
            "建设示范基地500亩，引进新品种4个，完成第一年品比试验。",
        ],
    )
    table(s, H_PERIOD, [
        ("产出指标", "数量指标", "新品种示范基地面积", "≥1500亩", "≥500亩"),
        (None, None, "引进南瓜新品种", "≥12个", "≥4个"),
        (None, "质量指标", "示范基地南瓜商品果率", pct(0.9), pct(0.9)),
        (None, "时效指标", "品比试验完成时间", "2027年11月30日前", "2025年11月30日前"),
        (None, "成本指标", "示范基地亩均补助", "≤600元/亩", "≤600元/亩"),
        ("效益指标", "经济效益指标", "示范户亩均增收", "≥800元", "≥600元"),
        (None, "社会效益指标", "培训南瓜种植户", "≥900人次", "≥300人次"),
        (None, "可持续影响指标", "新品种占全县南瓜面积比例", "≥30%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    sign(s, "龚晓岚", "0797-6623158", day(2024, 11, 28))
    return b


@variant("fj04-pumpkin-processing-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the year's goal copied from the "
         "period's, a year's count above the period's")  # fmt: skip
def fj04() -> Book:
    b, s = new_book()
    goal = "建成南瓜粉、南瓜子仁加工生产线2条，累计加工南瓜12000吨，带动订单种植4000亩。"
    project(
        s,
        name="葭川县南瓜精深加工能力提升项目",
        unit="葭川县农产品加工服务中心",
        years=2,
        money=period_money((wan(400), wan(320), wan(80)), (wan(250), wan(200), wan(50))),
        goals=[goal, mk(goal, "D204", "warning", note="两年期项目的年度目标照抄中期目标")],
    )
    table(s, H_PERIOD, [
        ("产出指标", "数量指标", "建成南瓜加工生产线", "≥2条",
         mk("≥3条", "D201", "error", note="一年建3条，超过两年合计2条")),
        (None, None, "加工南瓜量", "≥12000吨", "≥6000吨"),
        (None, None, "订单种植面积", "≥4000亩", "≥2000亩"),
        (None, "质量指标", "南瓜粉产品检验合格率", "≥98%", "≥98%"),
        (None, "时效指标", "生产线投产时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "生产线设备购置单价", "≤80万元/条", "≤80万元/条"),
        ("效益指标", "经济效益指标", "订单农户户均增收", "≥2500元", "≥2000元"),
        (None, "社会效益指标", "带动就业", "≥80人", "≥50人"),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬春明", "0797-6631520", day(2025, 1, 10))
    return b


@variant(
    "fj05-pumpkin-stacked-two",
    (2,),
    "two one-year projects stacked in one sheet, OLD-NAT, one value column, the same "
    "satisfaction indicator with different values in each (correct)",
)
def fj05() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县南瓜种植大户技术培训项目",
        unit="葭川县农业广播电视学校",
        money=year_money(wan(30), wan(30), wan(0)),
        goals=["培训南瓜种植大户和合作社骨干400人次，推广轻简化栽培和绿色防控技术。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "培训种植户", "≥400人次"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年8月31日前"),
        (None, "成本指标", "人均培训费用", "≤500元/人次"),
        ("效益指标", "社会效益指标", "轻简化栽培技术应用户数", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(
        s,
        title="",
        name="葭川县南瓜贮藏库建设项目",
        unit="葭川县蔬菜产销服务中心",
        money=year_money(wan(80), wan(60), wan(20)),
        goals=["新建南瓜通风贮藏库库容1000吨，延长南瓜销售期2个月以上。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "新建贮藏库库容", "≥1000吨"),
        (None, "质量指标", "南瓜贮藏损耗率", "≤8%"),
        (None, "时效指标", "贮藏库建成时间", "2025年9月30日前"),
        (None, "成本指标", "库容建设单价", "≤700元/吨"),
        ("效益指标", "经济效益指标", "错峰销售带动增收", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "邬春明", "0797-6631520", day(2024, 12, 18))
    return b


@variant("fj06-pumpkin-stacked-cold-store", (2, 12),
         "two one-year projects stacked, OLD-NAT: the second's total not its parts, its end "
         "date a year before its start, its store capacity not the goal's")  # fmt: skip
def fj06() -> Book:
    b, s = new_book()
    project(
        s,
        name="葭川县南瓜病虫害绿色防控项目",
        unit="葭川县植保植检站",
        money=year_money(wan(40), wan(40), wan(0)),
        goals=["在南瓜主产乡镇实施绿色防控2000亩，化学农药使用量比上年减少10%。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "绿色防控实施面积", "≥2000亩"),
        (None, "质量指标", "防控技术到位率", "≥95%"),
        (None, "时效指标", "防控物资发放时间", "2025年5月31日前"),
        (None, "成本指标", "亩均防控物资补助", "≤150元/亩"),
        ("效益指标", "生态效益指标", "化学农药使用量减少比例", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(
        s,
        title="",
        name="葭川县南瓜冷藏库扩容项目",
        unit="葭川县蔬菜产销服务中心",
        start=day(2025, 3, 1),
        end=mk(
            day(2024, 12, 31),
            "Y104",
            "error",
            alt=("Y102",),
            note="计划完成日期早于开始日期，也不在预算年度内",
        ),
        money=[
            (
                "年度资金总额",
                mk(wan(60), "B101", "error", note="45+10=55，不是60"),
                "其中：财政拨款",
                wan(45),
            ),
            (None, None, "其他资金", wan(10)),
        ],
        goals=["新增南瓜冷藏库容800吨，配套预冷间1间，全年周转南瓜3000吨。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "新增冷藏库容",
         mk("≥500吨", "D104", "warning", row=True, note="年度目标写新增库容800吨")),
        (None, None, "南瓜周转量", "≥3000吨"),
        (None, "质量指标", "冷藏库验收合格率", "=100%"),
        (None, "成本指标", "扩容建设单价", "≤600元/吨"),
        ("效益指标", "经济效益指标", "冷藏服务收入", "≥12万元"),
        ("满意度指标", "服务对象满意度指标", "入库农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬春明", "0797-6631520", day(2024, 12, 20))
    return b
