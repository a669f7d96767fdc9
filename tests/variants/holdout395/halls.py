"""Returns wo07–wo12: restoration of ancestral halls (祠堂) in villages."""

from __future__ import annotations

from tests.variants.holdout395.common import (
    CENTRE,
    TIERS,
    WIDE,
    annual,
    indicators,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout395.registry import variant
from tests.variants.kit import Book, day, mk


@variant("wo07-hall-labels", (5,),
         "project, OLD-NAT, tier labels numbered, with points, a leading * and abbreviated, a ★ "
         "core indicator (correct)")  # fmt: skip
def wo07() -> Book:
    b, s = project(
        "蓼湾村陈氏宗祠修缮项目",
        "桐埠乡人民政府",
        annual(68, 60, 8),
        ["完成陈氏宗祠正厅及两廊屋面、墙体修缮，辟为村史陈列馆对村民开放。"],
        attr="一次性项目",
    )
    indicators(s, TIERS, [
        ("一、产出指标（50分）", "（一）数量", "修缮宗祠正厅及两廊建筑面积", "≥280平方米"),
        (None, None, "修补青砖墙面", "≥160平方米"),
        (None, "（二）质量", "★宗祠修缮工程验收合格率", "100%"),
        (None, "（三）时效", "修缮工程完工时间", "2025年11月30日前"),
        (None, "（四）成本", "正厅及两廊修缮单位面积成本", "≤0.18万元/平方米"),
        ("二、*效益指标（35分）", "1.社会效益", "宗祠作为村史陈列馆开放天数", "≥200天"),
        (None, "2.可持续影响指标", "修缮后主体结构安全使用年限", "≥30年"),
        ("三、满意度指标（15分）", "★服务对象满意度", "村民及宗亲满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wo08-hall-wrong-parent", (5, 13),
         "project, NAT-2021, numbered labels: a 社会效益 tier-2 under 产出指标, an indicator "
         "row with a value and no name")  # fmt: skip
def wo08() -> Book:
    b, s = project(
        "石门坳村黄氏祠堂抢险加固项目",
        "石门坳村村民委员会",
        annual(45, 40, 5),
        ["完成黄氏祠堂倾斜木柱扶正加固和屋面补漏，消除结构安全隐患。"],
        attr="一次性项目",
    )
    indicators(s, TIERS, [
        ("一、成本指标", "（一）经济成本指标", "抢险加固工程费", "≤42万元"),
        ("二、产出指标", "（一）数量指标", "扶正加固木柱", "≥24根"),
        (None, None, "屋面补漏面积", "≥150平方米"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥60米"),
        (None, "（二）质量指标", "加固工程验收合格率", "=100%"),
        (None, mk("（三）社会效益指标", "F105", "error",
                  note="社会效益指标 belongs under 效益指标"),
         "祠堂恢复宗族议事及民俗活动", "≥6次"),
        (None, "（四）时效指标", "抢险加固工程完工时限", "≤90天"),
        ("三、效益指标", "（一）可持续影响指标", "加固后结构安全使用年限", "≥15年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "宗亲及村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wo09-hall-notes", (4,),
         "project, OLD-NAT, weight column: an instruction row inside the table, subtotal "
         "rows, the header repeated after a page break, a total row, footnotes, signature "
         "(correct)")  # fmt: skip
def wo09() -> Book:
    b, s = project(
        "枧田村刘氏祠堂修缮项目",
        CENTRE,
        annual(75, 65, 10),
        ["完成刘氏祠堂门楼、寝堂修缮和石雕柱础修复，作为乡村文化礼堂对外开放。"],
        attr="一次性项目",
    )
    header = (*TIERS, "权重（分）")
    s.row(*header)
    notes(s, "（三级指标可根据项目实际增减，权重合计100分）", width=5)
    s.table([
        ("产出指标", "数量指标", "修缮宗祠建筑面积", "≥360平方米", 15),
        (None, None, "修复石雕柱础", "≥18个", 10),
        (None, "质量指标", "修缮工程验收合格率", "=100%", 10),
        (None, "时效指标", "修缮工程完工时间", "2025年12月20日前", 5),
        (None, "成本指标", "宗祠单位面积修缮成本", "≤0.2万元/平方米", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    s.row(*header)
    s.table([
        ("效益指标", "社会效益指标", "宗祠作为文化礼堂开放天数", "≥180天", 15),
        (None, None, "举办民俗及宗亲文化活动场次", "≥10场", 10),
        (None, "可持续影响指标", "修缮后维护保养制度", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    notes(s, "注：1.“≥”表示不低于；2.合计分值为两个小计之和，不含小计行重复计算。",
          "填表说明：本表由项目实施单位填写，报县财政局一式三份。")  # fmt: skip
    sign(s, "葛以宁", "0739-5230416", day(2024, 11, 28))
    return b


@variant("wo10-hall-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without "
         "a name, a rate given as a count")  # fmt: skip
def wo10() -> Book:
    b, s = project(
        "上垌村罗氏宗祠修缮项目",
        "上垌村村民委员会",
        annual(60, 52, 8),
        ["完成罗氏宗祠梁架修缮和消防器材配置，恢复宗祠公共活动功能。"],
        attr="一次性项目",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "宗祠修缮工程费", "≤55万元"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("产出指标", "数量指标", "修缮宗祠建筑面积", "≥240平方米"),
        (None, None, mk("", "F110", "error", note="a value with no indicator name"),
         "≥30根"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, None, "宗祠消防器材配置率",
         mk("8套", "T105", "error", note="a 配置率 needs a percentage")),
        (None, "时效指标", "修缮工程完工时间", "2025年11月30日前"),
        ("效益指标", "社会效益指标", "宗祠开放接待人次", "≥3000人次"),
        (None, "可持续影响指标", "修缮后梁架安全使用年限", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wo11-hall-artefacts", (9, 12),
         "project, OLD-NAT, detail lines under the table: a split number, an amount pasted "
         "twice, the completion date as a serial in a text cell")  # fmt: skip
def wo11() -> Book:
    b, s = project(
        "沙棠村周氏宗祠修缮项目",
        CENTRE,
        annual(80, 70, 10),
        ["完成周氏宗祠大木构架维修、屋面墙体修缮和消防防雷设施安装。"],
        attr="一次性项目",
        start=day(2025, 3, 1),
        end=mk("46022", "X104", "warning", note="2025-12-31 pasted as a serial"),
    )
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "修缮宗祠建筑面积", "≥300平方米"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "时效指标", "修缮工程完工时间", "2025年12月31日前"),
        (None, "成本指标", "宗祠单位面积修缮成本", "≤0.25万元/平方米"),
        ("效益指标", "社会效益指标", "宗祠年开放天数", "≥150天"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", merge=[(1, 4)])
    s.row("序号", "支出内容", "金额", "测算依据")
    s.row(1, "木作及大木构架维修",
          mk("38.6 5", "X105", "warning", alt=("X103",), note="38.65 split by a space"),
          "按施工图预算")  # fmt: skip
    s.row(2, "屋面及墙体修缮", wan(22.35), "按施工图预算")
    s.row(3, "消防及防雷设施",
          mk("12万12万", "X106", "error", alt=("B108",), note="12万 pasted twice"),
          "按设备清单")  # fmt: skip
    s.row(4, "设计及监理费", wan(7), "按合同")
    s.row("合计", None, wan(80), None)
    b.file_mark("B102", "error", required=False,
                note="the lines add up to 80 once 38.65 and 12 are read")  # fmt: skip
    return b


@variant("wo12-hall-export", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on 部门项目支出"
         "绩效目标05-2 under a third-row header with codes first, 预期实现值 and word operators "
         "(correct)")  # fmt: skip
def wo12() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", WIDE)
    s.title("2025年度部门项目支出预算表", 6)
    s.row("单位：梧垣县文物保护中心", None, None, "金额单位：万元", merge=[(1, 3)])
    s.row("项目编码", "项目名称", "年度资金总额", "财政拨款", "其他资金", "项目期")
    s.row("433101250012", "清溪湾村曾氏宗祠修缮", wan(95), wan(80), wan(15), "1年")
    s.row("年度绩效目标", "完成曾氏宗祠修缮和木雕构件修复，宗祠对村民常年开放。",
          merge=[(2, 6)])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 18, 12, 16, 26, 10, 12, 14))
    t.title("2025年度部门项目支出绩效目标表", 8)
    t.row("单位：梧垣县文物保护中心", merge=[(1, 4)])
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "预期实现值", "计量单位")  # fmt: skip
    code, name = "433101250012", "清溪湾村曾氏宗祠修缮"
    for row in [
        ("产出指标", "数量指标", "修缮宗祠建筑面积", "大于等于", 420, "平方米"),
        ("产出指标", "数量指标", "修复木雕构件", "大于等于", 36, "件"),
        ("产出指标", "质量指标", "修缮工程验收合格率", "等于", 100, "%"),
        ("产出指标", "时效指标", "修缮工程完工时限", "小于等于", 240, "天"),
        ("产出指标", "成本指标", "宗祠单位面积修缮成本", "小于等于", 0.2, "万元/平方米"),
        ("效益指标", "社会效益指标", "宗祠年开放天数", "大于等于", 200, "天"),
        ("效益指标", "可持续影响指标", "修缮后结构安全使用年限", "大于等于", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "宗亲及村民满意度", "大于等于", 90, "%"),
    ]:  # fmt: skip
        t.row(code, name, *row)
    return b
