"""Ostrich (鸵鸟) farm returns: ew01–ew06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout611.common import (
    DEPT,
    TIERS,
    YEAR,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout611.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct


@variant(
    "ew01-ostrich-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percents "
    "typed in Excel, 万元 in the number format (correct)",
)
def ew01() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="栖麓县鸵鸟良种扩繁补助项目",
        dept=DEPT,
        unit="栖麓县蒿坪鸵鸟养殖场",
        money=one_year(80, 60, 20),
        goals=["补贴种蛋20000枚，新建育雏舍3栋，种蛋孵化率不低于85%，带动养殖户40户增收。"],
    )
    rows = [
        ("产出指标", "数量指标", "补贴种蛋数量", "≥", 20000, "枚"),
        (None, None, "新建育雏舍", "≥", 3, "栋"),
        (None, "质量指标", "种蛋孵化率", "≥", pct(0.85), None),
        (None, None, "雏鸟死亡率", "≤", pct(0.08), None),
        (None, "时效指标", "育雏舍完工时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        (None, "成本指标", "种蛋补贴标准", "≤", 15, "元/枚"),
        ("效益指标", "经济效益指标", "带动养殖户增收户数", "≥", 40, "户"),
        (None, "社会效益指标", "吸纳当地务工人员", "≥", 25, "人"),
        (None, "可持续影响指标", "种鸟核心群保持年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), None),
    ]
    indicators(s, (*TIERS, "比较符", "指标值", "计量单位"), rows)
    sign(s, "罗思远", "0836-5127704")
    return b


@variant(
    "ew02-ostrich-period",
    (8,),
    "three-year ostrich park, OLD-NAT, 中期 and 年度 columns: "
    "counts against the 年度目标 and the period",
)
def ew02() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="雁脊山鸵鸟产业园种群扩繁项目",
        dept=DEPT,
        unit="雁脊山鸵鸟产业园管理所",
        attr="新增项目",
        money=multi_year((600, 540, 60), (200, 180, 20)),
        goals=[
            "三年引进种鸟300只，新建孵化车间3座，累计出栏商品鸵鸟4000只。",
            "2026年引进种鸟120只，新建孵化车间1座，出栏商品鸵鸟1200只。",
        ],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "引进种鸟数量",
            "≥300只",
            mk(
                "≥300只",
                "D202",
                "warning",
                alt=("D104",),
                note="年度值照抄中期值；年度目标写引进种鸟120只",
            ),
        ),
        (
            None,
            None,
            "新建孵化车间",
            "≥3座",
            mk("≥4座", "D201", "error", alt=("D104",), note="一年4座超过三年3座；年度目标写1座"),
        ),
        (
            None,
            None,
            "出栏商品鸵鸟",
            "≥4000只",
            mk("≥1500只", "D104", "warning", note="年度目标写出栏1200只，指标写1500只"),
        ),
        (None, "质量指标", "种鸟健康合格率", "≥95%", "≥95%"),
        (None, "时效指标", "孵化车间建成时间", "2028年10月31日前", "2026年11月30日前"),
        (None, "成本指标", "种鸟引进单价", "≤3000元/只", "≤3000元/只"),
        ("效益指标", "经济效益指标", "园区鸵鸟产品销售收入", "≥1500万元", "≥450万元"),
        (None, "社会效益指标", "带动就业人数", "≥60人", "≥25人"),
        (None, "可持续影响指标", "种群繁育技术规程", "≥2项", "≥1项"),
        ("满意度指标", "服务对象满意度指标", "入园养殖户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), rows)
    sign(s, "彭晓岚", "0836-5127719")
    return b


def _farm_a(s: Sheet) -> None:
    """The first stacked project: a correct epidemic-control project."""
    project_head(
        s,
        year=YEAR,
        name="蒿坪鸵鸟场疫病防控项目",
        dept=DEPT,
        unit="栖麓县蒿坪鸵鸟养殖场",
        money=one_year(45, 45, 0),
        goals=["完成存栏鸵鸟免疫2600只次，疫病监测抽样400份，全年不发生重大动物疫情。"],
    )
    rows = [
        ("产出指标", "数量指标", "免疫鸵鸟只次", "≥2600只次"),
        (None, None, "疫病监测抽样", "≥400份"),
        (None, "质量指标", "免疫抗体合格率", "≥85%"),
        (None, "时效指标", "春季免疫完成时间", "2026年5月31日前"),
        (None, "成本指标", "疫苗采购单价", "≤2.5元/头份"),
        ("效益指标", "社会效益指标", "重大动物疫情发生起数", "0起"),
        (None, "可持续影响指标", "防疫档案完整率", "100%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ]
    indicators(s, (*TIERS, "指标值"), rows)


@variant(
    "ew03-ostrich-stacked",
    (2,),
    "two ostrich projects stacked in one sheet, OLD-NAT, one "
    "value column, the same indicator names with other values (correct)",
)
def ew03() -> Book:
    b, s = new_book("项目表")
    _farm_a(s)
    s.skip()
    project_head(
        s,
        year=YEAR,
        title="",
        name="岚峪乡鸵鸟屠宰加工配套项目",
        dept=DEPT,
        unit="岚峪乡农业服务中心",
        money=one_year(120, 100, 20),
        goals=["改造屠宰线1条，屠宰加工鸵鸟2000只，开展产品抽检150份。"],
    )
    rows = [
        ("产出指标", "数量指标", "改造屠宰线", "=1条"),
        (None, None, "屠宰加工鸵鸟", "≥2000只"),
        (None, None, "疫病监测抽样", "≥150份"),
        (None, "质量指标", "产品抽检合格率", "≥98%"),
        (None, "时效指标", "屠宰线改造完成时间", "2026年8月31日前"),
        (None, "成本指标", "屠宰线改造费用", "≤90万元"),
        ("效益指标", "经济效益指标", "加工产品销售收入", "≥300万元"),
        (None, "社会效益指标", "重大动物疫情发生起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥92%"),
    ]
    indicators(s, (*TIERS, "指标值"), rows)
    sign(s, "祁安和", "0836-5130218")
    return b


@variant(
    "ew04-ostrich-stacked-wrong",
    (2, 12),
    "two ostrich projects stacked, OLD-NAT: the "
    "second's money, a cost against its money and a year left from 2024",
)
def ew04() -> Book:
    b, s = new_book("项目表")
    _farm_a(s)
    s.skip()
    total = mk(150, "B101", "error", row=True, note="120 + 20 = 140，不是150")
    goal = mk(
        "2024年度补贴饲料2000吨，扶持岚峪乡鸵鸟养殖户30户扩大存栏。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2026年度项目的年度目标写2024年度，上一季残留",
    )
    project_head(
        s,
        year=YEAR,
        title="",
        name="岚峪乡鸵鸟饲料补贴项目",
        dept=DEPT,
        unit="岚峪乡农业服务中心",
        money=one_year(total, 120, 20),
        goals=[goal],
    )
    rows = [
        ("产出指标", "数量指标", "补贴饲料数量", "≥2000吨"),
        (None, None, "扶持养殖户", "≥30户"),
        (None, "质量指标", "补贴饲料质量合格率", "100%"),
        (None, "时效指标", "补贴资金发放时间", "2026年10月31日前"),
        (
            None,
            "成本指标",
            "饲料补贴标准",
            mk("≤800元/吨", "B107", "warning", row=True, note="800元 × 2000吨 = 160万元 > 150万元"),
        ),
        ("效益指标", "经济效益指标", "户均养殖成本降低", "≥3000元"),
        (None, "可持续影响指标", "扶持户存栏稳定年限", "≥2年"),
        ("满意度指标", "服务对象满意度指标", "受补贴养殖户满意度", "≥90%"),
    ]
    indicators(s, (*TIERS, "指标值"), rows)
    sign(s, "祁安和", "0836-5130218")
    return b


@variant(
    "ew05-ostrich-points",
    (10,),
    "project, NAT-2021, tier-1 and indicator score columns "
    "both adding to 100, a rate raised in 百分点, a 下降率 with ≥ (correct)",
)
def ew05() -> Book:
    b, s = new_book("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="栖麓县鸵鸟种群选育项目",
        dept=DEPT,
        unit="栖麓县鸵鸟良种场",
        money=one_year(60, 60, 0),
        goals=["选育鸵鸟核心群200只，年产种蛋1.8万枚，种蛋受精率比上年提高3个百分点。"],
    )
    rows = [
        ("产出指标", 50, "数量指标", "种鸟选育核心群规模", "≥200只", 15),
        (None, None, None, "种蛋产量", "≥18000枚", 10),
        (None, None, "质量指标", "种蛋受精率提高", "≥3百分点", 15),
        (None, None, "时效指标", "选育档案建档完成时间", "2026年12月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每只种鸟年饲养成本", "≤2400元", 10),
        ("效益指标", 30, "经济效益指标", "种苗销售收入", "≥90万元", 10),
        (None, None, "社会效益指标", "雏鸟早期死亡下降率", "≥10%", 10),
        (None, None, "可持续影响指标", "选育技术规程修订", "≥1项", 10),
        ("满意度指标", 10, "服务对象满意度指标", "购苗养殖户满意度", "≥92%", 10),
        ("合计", 100, "", "", "", 100),
    ]
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), rows, (1, 2, 3))
    sign(s, "罗思远", "0836-5127704")
    return b


@variant(
    "ew06-ostrich-tiers",
    (5, 11),
    "project, OLD-NAT, numbered tier labels (一、 （一）): a "
    "quality rate under 时效 and a breakage rate with ≥",
)
def ew06() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="鹤湾镇鸵鸟孵化中心设备更新项目",
        dept=DEPT,
        unit="鹤湾镇鸵鸟孵化中心",
        money=one_year(90, 90, 0),
        goals=["更新孵化机12台、出雏机4台，年孵化种蛋3万枚，向周边养殖户供应雏鸟8000只。"],
    )
    rows = [
        ("一、产出指标", "（一）数量指标", "更新孵化机", "≥12台"),
        (None, None, "更新出雏机", "≥4台"),
        (None, None, "年孵化种蛋", "≥30000枚"),
        (None, "（二）质量指标", "设备验收合格率", "100%"),
        (
            None,
            None,
            "孵化种蛋破损率",
            mk("≥2%", "T108", "warning", row=True, note="破损率是反向指标，应为≤2%"),
        ),
        (None, "（三）时效指标", "设备安装完成时间", "2026年6月30日前"),
        (
            None,
            None,
            mk(
                "出壳雏鸟合格率",
                "F201",
                "warning",
                row=True,
                note="合格率是质量指标，填在时效指标下",
            ),
            "≥95%",
        ),
        (None, "（四）成本指标", "孵化机采购单价", "≤5万元/台"),
        ("二、效益指标", "（一）经济效益指标", "孵化中心年增收", "≥40万元"),
        (None, "（二）社会效益指标", "向周边养殖户供应雏鸟", "≥8000只"),
        ("三、满意度指标", "（一）服务对象满意度指标", "购雏户满意度", "≥90%"),
    ]
    indicators(s, (*TIERS, "指标值"), rows)
    notes(s, "注：孵化机采购单价含运输与安装调试费用。")
    sign(s, "温立诚", "0836-5142236")
    return b
