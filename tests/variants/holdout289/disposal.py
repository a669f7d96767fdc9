"""Returns on 病死畜禽无害化处理 and the collection of 畜禽粪污 (sm07–sm12): stacked projects,
flat department lists, a table with notes and a page break, conversion artefacts."""

from __future__ import annotations

from tests.variants.holdout289.common import (
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    stack,
    wan,
)
from tests.variants.holdout289.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("sm07-disposal-stacked-three", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same 满意度 name "
         "with different values, unit cost × count equal to the money (correct)")  # fmt: skip
def sm07() -> Book:
    book, s = project(
        title="柳墩县2025年度病死畜禽无害化处理项目支出绩效目标表",
        name="病死畜禽无害化处理中心运行补助",
        dept="柳墩县农业农村局（526004）",
        unit="柳墩县病死畜禽无害化处理中心",
        attr="常年项目",
        money=one_year(75.0, 75.0, 0),
        goals=["保障处理中心全年稳定运行，接收的病死畜禽全部实施无害化处理。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "年度无害化处理量", "≥2500吨"),
        (None, "质量指标", "接收病死畜禽无害化处理率", "=100%"),
        (None, "时效指标", "接收后处理时限", "≤24小时"),
        (None, "成本指标", "单位处理补助标准", "≤300元/吨"),
        ("效益指标", "生态效益指标", "处理残渣资源化利用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    stack(
        s,
        name="乡镇病死畜禽收集暂存点建设",
        dept="柳墩县农业农村局（526004）",
        unit="柳墩县畜牧兽医服务中心",
        attr="一次性项目",
        money=one_year(48.0, 40.0, 8.0),
        goals=["在养殖密集乡镇新建收集暂存点，缩短病死畜禽收集半径。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "新建收集暂存点数量", "≥8个"),
        (None, "质量指标", "暂存点建设验收合格率", "≥95%"),
        (None, "时效指标", "暂存点建设完成时间", "10月31日前"),
        (None, "成本指标", "单个暂存点建设成本", "≤6万元/个"),
        ("效益指标", "社会效益指标", "收集网络覆盖行政村比例", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥85%"),
    ])  # fmt: skip
    stack(
        s,
        name="生猪保险与无害化处理联动补助",
        dept="柳墩县农业农村局（526004）",
        unit="柳墩县畜牧兽医服务中心",
        money=one_year(22.5, 18.0, 4.5),
        goals=["将参保生猪死亡理赔与无害化处理挂钩，做到无害化处理是理赔前提。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "参保病死猪无害化处理数量", "≥1.4万头"),
        (None, "质量指标", "理赔与处理信息比对一致率", "≥98%"),
        (None, "时效指标", "理赔办结时限", "≤10个工作日"),
        (None, "成本指标", "单头处理补助标准", "≤15元/头"),
        ("效益指标", "经济效益指标", "参保养殖户理赔到位率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥92%"),
    ])  # fmt: skip
    return book


@variant("sm08-disposal-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 "
         "is not its parts and a compliance rate is given as a count")  # fmt: skip
def sm08() -> Book:
    book, s = project(
        name="枫渡区病死畜禽无害化处理场运行补助",
        dept="枫渡区农业农村和水利局（204011）",
        unit="枫渡区病死畜禽无害化处理场",
        attr="常年项目",
        money=one_year(64.0, 58.0, 6.0),
        goals=["处理场全年稳定运行，全区收集的病死畜禽及时进行无害化处理。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "病死畜禽处理量", "≥2000吨"),
        (None, "质量指标", "无害化处理率", "=100%"),
        (None, "时效指标", "入场后处理时限", "≤24小时"),
        (None, "成本指标", "单位处理运行补助", "≤320元/吨"),
        ("效益指标", "生态效益指标", "处理场周边环境投诉件数", "≤2件"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(56.0), "B101", "error", note="45.0 + 6.0 = 51.0, not 56.0")
    stack(
        s,
        name="病死畜禽无害化处理场除臭设施改造",
        dept="枫渡区农业农村和水利局（204011）",
        unit="枫渡区病死畜禽无害化处理场",
        attr="一次性项目",
        money=one_year(total, 45.0, 6.0),
        goals=["更换生物除臭和尾气处理设施，使处理场废气排放稳定达标。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "改造除臭处理线数量", "≥2条"),
        (None, "质量指标", "除臭设施运行达标率",
         mk("12次", "T105", "error", note="a rate given as a count of checks")),
        (None, "时效指标", "改造完工时间", "9月30日前"),
        (None, "成本指标", "单条处理线改造成本", "≤22万元/条"),
        ("效益指标", "生态效益指标", "处理场废气排放达标率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return book


@variant("sm09-inspection-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 下降率 with ≥, weights 100 and a 合计 row (correct)")  # fmt: skip
def sm09() -> Book:
    book, s = department(
        dept="茗川市动物卫生监督所",
        budget=[(wan(412.6), wan(388.6), wan(24.0), wan(296.1), wan(116.5))],
        tasks=[
            ("病死畜禽无害化处理监管", "收集、转运、处理环节监督检查", wan(70.5), "监管全覆盖"),
            ("产地检疫和屠宰检疫", "检疫出证、屠宰环节驻场检疫", wan(46.0), "应检尽检"),
            ("金额合计", None, wan(116.5), None),
        ],
        goal="依法开展动物检疫和病死畜禽无害化处理监管，防止病死畜禽流入市场。",
    )  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("产地检疫出证数量", 15, "张", "≥", 42000),
        ("病死畜禽无害化处理监管覆盖率", 15, "%", "≥", pct(0.95)),
        ("屠宰环节病死猪无害化处理率", 10, "%", "=", pct(1)),
        ("检疫申报受理后到场时限", 10, "小时", "≤", 12),
        ("动物卫生违法案件查处率", 10, "%", "≥", pct(0.98)),
        ("病死畜禽违规处置案件下降率", 10, "%", "≥", pct(0.15)),
        ("检疫电子出证率", 10, "%", "≥", pct(0.96)),
        ("每张检疫证明平均成本", 10, "元/张", "≤", 8),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, person="蔺海涛", phone="0736-4410582", date=day(2024, 11, 22))
    return book


@variant("sm10-manure-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标性质 as direction · 指标值 · 计量单位 · 权重): "
         "a 反向 cost with ≥, an amount against a 件 unit column, weights 95 in all")  # fmt: skip
def sm10() -> Book:
    book, s = department(
        dept="柳墩县畜禽粪污资源化利用服务中心",
        budget=[(wan(236.0), wan(220.0), wan(16.0), wan(150.0), wan(86.0))],
        goal="组织全县畜禽粪污集中收集处理和粪肥还田，推进种养结合。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.table([
        ("粪污集中收集处理量", "正向", "≥4.5", "万吨", 20),
        ("规模养殖场粪污处理设施装备配套率", "正向", "≥98", "%", 15),
        ("粪肥还田利用面积", "正向", "≥2.6", "万亩", 10),
        ("粪污收集处理单位成本", "反向",
         mk("≥18", "T108", "warning", row=True, note="反向 cost with ≥"), "元/吨", 15),
        ("粪污运输车辆密闭化率", "正向", "≥95", "%", 15),
        ("养殖粪污直排投诉件数", "反向",
         mk("≤6万元", "T112", "error", row=True, note="万元 in the value, 件 in the unit column"),
         "件", 10),
        ("服务对象满意度", "正向", "≥90", "%", 10),
    ])  # fmt: skip
    book.file_mark("W101", "error", note="20+15+10+15+15+10+10 = 95, not 100")
    return book


@variant("sm11-disposal-plant-notes", (4,),
         "one-off project, NAT-2021, weight column: 填表说明 row inside the table, tier subtotal "
         "rows, header repeated after a page break, 合计 90 with a footnote (correct)")  # fmt: skip
def sm11() -> Book:
    book, s = project(
        name="茗川市病死畜禽集中无害化处理场扩能改造",
        dept="茗川市农业农村局（118020）",
        unit="茗川市病死畜禽无害化处理场",
        attr="一次性项目",
        money=one_year(320.0, 280.0, 40.0),
        goals=["新增处理车间和化制设备，处理能力满足全市病死畜禽集中处理需要。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row(*header)
    s.row("填表说明：权重按一级指标分配，预算执行率另行评价，不列入本表。", merge=[(1, 5)])
    s.table([
        ("成本指标", "经济成本指标", "扩能改造工程单位造价", "≤2800元/平方米", 10),
        (None, "生态环境成本指标", "施工期间环境污染事件", "=0起", 5),
    ], (1, 2))  # fmt: skip
    s.row("小计", None, None, None, 15, merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "新增处理车间面积", "≥900平方米", 10),
        (None, None, "新增日处理能力", "≥20吨/日", 10),
        (None, "质量指标", "工程竣工验收合格率", "=100%", 10),
        (None, "时效指标", "工程完工时间", "11月30日前", 5),
    ], (1, 2))  # fmt: skip
    s.row("小计", None, None, None, 35, merge=[(1, 4)])
    s.skip()
    s.row(*header)
    s.table([
        ("效益指标", "社会效益指标", "全市病死畜禽集中处理覆盖率", "≥95%", 10),
        (None, "生态效益指标", "处理尾气排放达标率", "≥98%", 10),
        (None, "可持续影响指标", "处理场设计使用年限", "≥15年", 10),
    ], (1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%", 10)], (1, 2))
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 90, merge=[(1, 4)])
    notes(s, "注：权重合计90分，预算执行率10分按绩效评价办法另行计分。", width=5)
    signature(s, person="戚文博", phone="0736-4415230", date=day(2024, 12, 6), chief="韦振华")
    return book


@variant("sm12-manure-transfer-artefacts", (9,),
         "project, OLD-NAT, operator and unit columns, detail lines under the table: the end date "
         "as a text serial, a split amount, a unit subsidy rounded to 0 万元")  # fmt: skip
def sm12() -> Book:
    book, s = project(
        name="柳墩县畜禽粪污收集转运补助项目",
        dept="柳墩县农业农村局（526004）",
        unit="柳墩县畜禽粪污资源化利用服务中心",
        end=mk("46022", "X104", "warning", note="2025-12-31 as a date serial in a text cell"),
        money=one_year(68.0, 60.0, 8.0),
        goals=["对中小养殖场户粪污实行统一收集转运，集中处理后就近还田利用。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    zero = "20元/吨 rounded to 0.00万元/吨: 3.4万吨 × 20元 = 68万元"
    indicators(s, [
        ("产出指标", "数量指标", "收集转运粪污量", "≥", 3.4, "万吨"),
        (None, "质量指标", "粪污密闭运输率", "=", 100, "%"),
        (None, "时效指标", "预约收集响应时限", "≤", 48, "小时"),
        (None, "成本指标", "单位转运补助标准", "≤", mk(0, "T115", "error", note=zero),
         "万元/吨"),
        ("效益指标", "生态效益指标", "粪污综合利用率", "≥", 90, "%"),
        (None, "社会效益指标", "粪污直排投诉件数下降率", "≥", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", 90, "%"),
    ], header)  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "转运补助", None, 40.0, merge=[(2, 3)])
    s.row(None, "收集车辆运维及消毒", None,
          mk("19.7 5", "X105", "warning", alt=("X103",), note="19.75 split by a space"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "信息化调度平台运维", None, 8.25, merge=[(2, 3)])
    s.row(None, "合计", None, 68.0, merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    return book
