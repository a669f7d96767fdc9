"""Stone-ground milling returns: water-driven and electric stone mills for barley tsampa (糌粑)
and buckwheat flour, their workshops, training and budget-system exports (cx07-cx12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout560.common import indicators, new_book, notes, one_year, signature, wan
from tests.variants.holdout560.registry import variant
from tests.variants.kit import Book, day, mk, pct

DIR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")

CX07_ROWS = [
    ("产出指标", "数量指标", "改造水力石磨", "正向", "≥", 12, "盘"),
    (None, None, "年加工青稞糌粑", "正向", "≥", 360, "吨"),
    (None, "质量指标", "糌粑产品抽检合格率", "正向", "=", pct(1), "%"),
    (None, None, "石磨加工损耗下降率", "正向", "≥", 3, "%"),
    (None, None, "生产安全事故", "反向", "≤", 0, "起"),
    (None, "时效指标", "石磨改造完工时间", "反向", "≤", day(2025, 6, 30), None),
    (None, "成本指标", "单盘石磨改造费用", "反向", "≤", 4.5, "万元/盘"),
    ("效益指标", "经济效益指标", "合作社成员人均增收", "正向", "≥", 2000, "元/人"),
    (None, "生态效益指标", "水磨替代电磨年节电量", "正向", "≥", 1.5, "万千瓦时"),
    (None, "可持续影响指标", "培养石磨技艺传承人", "正向", "≥", 6, "人"),
    ("满意度指标", "服务对象满意度指标", "来料加工户满意度", "正向", "≥", 90, "%"),
]


@variant("cx07-tsampa-mill-direction-column", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare "
         "numbers, unit column, ≥ on a 下降率, ≤0起 on accidents, =100% (correct)")  # fmt: skip
def cx07() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, name="措玛镇水力石磨糌粑作坊提升项目", dept="嘎桑县农牧局（217）",
        unit="措玛镇石磨加工专业合作社", money=one_year(wan(78), wan(70), wan(8)),
        goals=["改造水力石磨12盘，年加工青稞糌粑360吨以上，带动合作社成员增收。"],
    )  # fmt: skip
    indicators(s, DIR_HEAD, CX07_ROWS)
    notes(s, "注：石磨加工损耗下降率以2024年平均损耗为基数计算。")
    signature(s, "旺姆", "0893-7730217", day(2025, 1, 14))
    return b


CX08_ROWS = [
    (
        "产出指标",
        "数量指标",
        "新建石磨荞麦面加工点",
        "正向",
        mk("≤", "T108", "warning", row=True, note="a 正向 count capped with ≤"),
        8,
        "个",
    ),
    (None, None, "年加工荞麦", "正向", "≥", 240, "吨"),
    (None, "质量指标", "荞麦面卫生抽检合格率", "正向", "≥", 98, "%"),
    (None, "时效指标", "加工点投产时间", "反向", "≤", day(2025, 8, 31), None),
    (None, "成本指标", "加工点建设补助标准", "反向", "≤", 9, "万元/个"),
    (
        None,
        None,
        "荞麦面加工成本",
        "反向",
        mk("≥", "T108", "warning", row=True, note="a 反向 cost with a floor ≥"),
        3.2,
        "元/公斤",
    ),
    ("效益指标", "经济效益指标", "荞麦收购价高于市场价", "正向", "≥", 0.3, "元/公斤"),
    (None, "社会效益指标", "带动荞麦种植户", "正向", "≥", 400, "户"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "正向", "≥", 90, "%"),
]


@variant("cx08-buckwheat-mill-direction-wrong", (11,),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator: ≤ on a 正向 count, "
         "≥ on a 反向 processing cost")  # fmt: skip
def cx08() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, name="石磨荞麦面加工点建设项目", dept="岗觉县农业农村局（305）",
        unit="岗觉县乡村产业发展中心", money=one_year(wan(96), wan(84), wan(12)),
        goals=["在4个乡镇新建石磨荞麦面加工点8个，年加工荞麦240吨，带动种植户400户。"],
    )  # fmt: skip
    indicators(s, DIR_HEAD, CX08_ROWS)
    signature(s, "次仁顿珠", "0896-5531406", day(2025, 1, 10))
    return b


PTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "绩效目标值", "分值")

CX09_ROWS = [
    ("产出指标", 40, "数量指标", "建成标准化石磨生产线", "≥2条", 10),
    (None, None, None, "年加工青稞", "≥800吨", 10),
    (None, None, "质量指标", "石磨青稞面粉抽检合格率", "≥98%", 10),
    (None, None, "时效指标", "生产线投产时间", "9月30日前", 10),
    ("成本指标", 20, "经济成本指标", "单条生产线建设成本", "≤60万元/条", 10),
    (None, None, None, "吨粉加工电耗", "≤35千瓦时", 10),
    ("效益指标", 30, "经济效益指标", "青稞收购价高于市场价", "≥0.2元/公斤", 10),
    (None, None, "社会效益指标", "本地青稞加工转化率提高", "≥8百分点", 10),
    (None, None, "可持续影响指标", "石磨面粉加工技术规程", "建立并执行", 10),
    ("满意度指标", 10, "服务对象满意度指标", "收购农户满意度", "≥90%", 5),
    (None, None, None, "面粉采购商满意度", "≥90%", 5),
]


@variant("cx09-barley-flour-points", (10, 7),
         "project, NAT-2021, header 绩效目标值, a tier-1 score column and an indicator score "
         "column that both add to 100, a rise in 百分点 (correct)")  # fmt: skip
def cx09() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, name="青稞石磨面粉标准化加工项目", dept="嘎桑县粮食和物资储备局（223）",
        unit="嘎桑县粮油加工厂", money=one_year(wan(150), wan(130), wan(20)),
        goals=["建成标准化石磨生产线2条，年加工青稞800吨，本地青稞加工转化率提高8个百分点。"],
    )  # fmt: skip
    indicators(s, PTS_HEAD, CX09_ROWS, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    notes(s, "注：一级指标分值与三级指标分值为同一百分制的两种汇总口径，不重复计算。")
    signature(s, "强巴", "0893-7716135", day(2025, 1, 16))
    return b


CX10_ROWS = [
    (
        "产出指标",
        mk(40, "W103", "error", note="the indicator scores under 产出 add up to 35"),
        "数量指标",
        "改造电动石磨",
        "≥20台",
        10,
    ),
    (None, None, None, "年加工荞麦面", "≥150吨", 10),
    (None, None, "质量指标", "荞麦面抽检合格率", "≥98%", 10),
    (None, None, "时效指标", "改造完成时间", "7月31日前", 5),
    ("成本指标", 20, "经济成本指标", "单台石磨改造费用", "≤2.5万元/台", 20),
    (
        "效益指标",
        mk(30, "W103", "error", note="the indicator scores under 效益 add up to 35"),
        "经济效益指标",
        "加工户户均增收",
        "≥3000元",
        15,
    ),
    (None, None, "社会效益指标", "带动就业", "≥30人", 10),
    (None, None, "可持续影响指标", "石磨设备维护制度", "健全", 10),
    ("满意度指标", 10, "服务对象满意度指标", "加工户满意度", "≥90%", 10),
]


@variant("cx10-buckwheat-mill-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: two "
         "tiers disagree while both columns still add to 100")  # fmt: skip
def cx10() -> Book:
    b, s = new_book()
    project_head(
        s, year=2025, name="荞麦电动石磨改造项目", dept="岗觉县农业农村局（305）",
        unit="岗觉县乡村产业发展中心", money=one_year(wan(62), wan(55), wan(7)),
        goals=["为20户荞麦加工户改造电动石磨，年加工荞麦面150吨以上。"],
    )  # fmt: skip
    indicators(s, (*PTS_HEAD[:4], "指标值", "分值"), CX10_ROWS, merged=(1, 2, 3))
    signature(s, "普布扎西", "0896-5531412", day(2025, 1, 13))
    return b


CX11_ROWS = [
    ("产出指标", "数量指标", "购置花岗岩石磨", "≥6盘"),
    (None, None, "修缮石磨加工厂房", "≥420平方米"),
    (None, "质量指标", "糌粑产品抽检合格率", "≥98%"),
    (None, "时效指标", "设备安装完成时间", "9月30日前"),
    (None, "成本指标", "石磨购置单价", "≤7万元/盘"),
    ("效益指标", "经济效益指标", "糌粑年销售收入", "≥180万元"),
    (None, "社会效益指标", "吸纳当地群众就业", "≥15人"),
    ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
]


@variant("cx11-tsampa-workshop-artefacts", (9, 12),
         "project, OLD-NAT, one value column, expense lines under the table: a money cell split "
         "by a space, an amount pasted twice, an end date as a serial in a text cell")  # fmt: skip
def cx11() -> Book:
    b, s = new_book()
    total = mk("96.6 5", "X105", "warning", alt=("X103",), note="96.65 split by a space")
    end = mk("45930", "X104", "warning", note="2025-09-30 as a serial in a text cell")
    project_head(
        s, year=2025, name="拉措村石磨糌粑加工厂建设项目", dept="嘎桑县农牧局（217）",
        unit="嘎桑县拉措村股份经济合作社", money=one_year(total, wan(84), wan(12.65)), end=end,
        goals=["购置花岗岩石磨6盘，修缮加工厂房420平方米，年销售糌粑180万元以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), CX11_ROWS)
    s.skip()
    s.row("支出明细", "金额（万元）", "测算依据")
    s.row("石磨购置", mk("42万42万（含运输）", "X106", "error", alt=("B108",),
                         note="42 pasted twice"), "6盘×7万元")  # fmt: skip
    s.row("厂房修缮", wan(30), "屋面、地坪及排水改造")
    s.row("包装设备", wan(14), "真空包装机2台")
    s.row("技术培训", wan(10.65), "石磨操作及食品安全培训")
    s.row("合计", wan(96.65), None)
    signature(s, "边巴", "0893-7730236", day(2025, 1, 7))
    return b


SYS_CODES = ("5412232025000031", "412023")

CX12_ROWS = [
    ("产出指标", "数量指标", "培训石磨加工户", "≥150人次"),
    (None, None, "编印石磨加工技术手册", "≥300册"),
    (None, "质量指标", "培训考核合格率", pct(0.9)),
    (None, "时效指标", "培训完成时间", "11月30日前"),
    (None, "成本指标", "人均培训成本", "≤2000元/人次"),
    ("效益指标", "经济效益指标", "参训户石磨粉加工收入", "提高"),
    (None, "社会效益指标", "石磨加工卫生规范普及率提高", "≥5百分点"),
    ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
]


@variant("cx12-mill-training-export", (7, 4),
         "budget-system export: head on 「部门项目支出预算05-1」, indicator table on "
         "「部门项目支出绩效目标05-2」 with codes in the first columns, header 预期实现值 on the "
         "third row, 说明 and signature lines under it (correct)")  # fmt: skip
def cx12() -> Book:
    b, s = new_book("部门项目支出预算05-1")
    project_head(
        s, year=2025, name="青稞荞麦石磨粉加工技术培训项目", dept="岗觉县粮食和物资储备局（311）",
        unit="岗觉县粮食和物资储备局", money=one_year(wan(58), wan(50), wan(8)),
        start=day(2025, 3, 1), end=day(2025, 11, 30),
        goals=["培训石磨加工户150人次，编印技术手册300册，提升石磨粉加工卫生水平。"],
    )  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (18, 10, 14, 18, 30, 16))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("项目名称：青稞荞麦石磨粉加工技术培训项目", None, None, None,
          "单位：岗觉县粮食和物资储备局", merge=[(1, 4), (5, 6)])  # fmt: skip
    rows = [(*SYS_CODES, *r) for r in CX12_ROWS]
    head = ("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, head, rows, merged=(3, 4))
    notes(t, "说明：1.满意度以培训结束时问卷调查结果为准；2.本表由预算管理一体化系统导出。")
    signature(t, "米玛", "0896-5540117", day(2025, 2, 20))
    return b
