"""Returns ad01–ad06: patrolling the boundary markers (界碑、界桩巡护)."""

from __future__ import annotations

from tests.variants.holdout488.common import (
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout488.registry import variant
from tests.variants.kit import Book, mk, pct

UNIT = "砾原县边境管理服务中心"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ad01-patrol-percent", (1, 11),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format, a 下降率 with ≥ and 0 incidents (correct)")  # fmt: skip
def ad01() -> Book:
    b, s = book()
    project(s, "砾原县界碑界桩巡护项目", UNIT, one_year(wan(86.4), wan(80), wan(6.4)),
            ["组织36名护边员对全县142块界碑界桩开展常态化巡护，确保界碑完好。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "巡护界碑（界桩）数", "≥", 142, "块"),
        (None, None, "在岗护边员人数", "≥", 36, "人"),
        (None, None, "全年巡边里程", "≥", 3600, "公里"),
        (None, "质量指标", "界碑巡查覆盖率", "=", pct(1), "%"),
        (None, None, "巡查记录规范率", "≥", pct(0.95), "%"),
        (None, "时效指标", "异常情况上报时限", "≤", 2, "小时"),
        (None, "成本指标", "护边员巡护补助标准", "≤", 1800, "元/人·月"),
        ("效益指标", "社会效益指标", "界碑人为损毁下降率", "≥", pct(0.1), "%"),
        (None, None, "涉边安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "护边员队伍稳定率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "边民满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, OP_HEAD, rows)
    sign(s, "郜明远", "0917-6230418")
    return b


@variant("ad02-patrol-direction", (11,),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a "
         "unit column: a 反向 rate with ≥ and a 正向 count with ≤")  # fmt: skip
def ad02() -> Book:
    b, s = book(widths=(14, 16, 28, 10, 10, 12, 12))
    project(s, "苍麓镇护边员巡边补助项目", "苍麓镇人民政府", one_year(wan(43.2), wan(40), wan(3.2)),
            ["保障20名护边员按月巡边，及时发现并报告界碑损毁和越界情况。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "在岗护边员人数", "正向", "≥", 20, "人"),
        (None, None, "人均月巡边次数", "正向",
         mk("≤", "T108", "warning", row=True, note="正向的巡边次数写成 ≤，应为 ≥"), 8, "次"),
        (None, "质量指标", "界碑巡查漏检率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向的漏检率写成 ≥，应为 ≤"), 3, "%"),
        (None, None, "界桩损毁修复率", "正向", "≥", 95, "%"),
        (None, "时效指标", "损毁报告平均时长", "反向", "≤", 24, "小时"),
        (None, "成本指标", "护边员月补助标准", "反向", "≤", 1500, "元/人·月"),
        ("效益指标", "社会效益指标", "越界事件发现报告率", "正向", "≥", 98, "%"),
        ("满意度指标", "服务对象满意度指标", "边民满意度", "正向", "≥", 90, "%"),
    ]  # fmt: skip
    indicators(s, head, rows)
    return b


@variant("ad03-stacked-markers", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in different projects (correct)")  # fmt: skip
def ad03() -> Book:
    b, s = book()
    project(s, "雁回乡界碑界桩维护", "雁回乡人民政府", one_year(wan(24.6), wan(20), wan(4.6)),
            ["完成60块界碑的清理、描红和基座加固。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "维护界碑数量", "≥60块"),
        (None, "质量指标", "维护验收合格率", "≥95%"),
        (None, "时效指标", "维护完成时间", "2025年10月31日前"),
        (None, "成本指标", "单块界碑维护成本", "≤4000元/块"),
        ("效益指标", "社会效益指标", "界碑标识清晰率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "边民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "巡边便道修缮", "砾原县交通运输局", one_year(wan(58), wan(50), wan(8)),
            ["修缮巡边便道29公里，雨季可通行。"], title="")  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "修缮便道里程", "≥29公里"),
        (None, "质量指标", "工程验收合格率", "≥96%"),
        (None, "时效指标", "完工时间", "2025年9月30日前"),
        (None, "成本指标", "每公里修缮成本", "≤2万元/公里"),
        ("效益指标", "社会效益指标", "巡边通行时间缩短率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "边民满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    project(s, "护边员业务培训", UNIT, one_year(wan(9.6), wan(9.6), wan(0)),
            ["开展界碑识别、应急处置和边境法规培训。"], title="")  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "培训护边员人次", "≥240人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "成本指标", "人均培训成本", "≤400元/人次"),
        ("效益指标", "社会效益指标", "护边员持证上岗率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训护边员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ad04-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def ad04() -> Book:
    b, s = book()
    project(s, "石门垭界碑巡查", "石门垭村民委员会", one_year(wan(21.6), wan(18), wan(3.6)),
            ["组织12名护边员巡查辖区界碑。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "巡查界碑数量", "≥38块"),
        (None, "质量指标", "界碑巡查完成率", "≥95%"),
        (None, "成本指标", "护边员月补助标准", "≤1500元/人·月"),
        ("效益指标", "社会效益指标", "界碑完好率", "≥97%"),
        ("满意度指标", "服务对象满意度指标", "边民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(35), "B101", "error", note="35 ≠ 财政拨款 30 + 其他资金 3")
    project(s, "乌拉岗界桩巡查", "乌拉岗村民委员会", one_year(total, wan(30), wan(3)),
            ["组织16名护边员巡查辖区界桩。"], title="")  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "巡查界桩数量", "≥52个"),
        (None, "质量指标", "界桩巡查完成率",
         mk("312次", "T105", "error", note="完成率给的是次数，不是百分比")),
        (None, "成本指标", "护边员月补助标准", "≤1500元/人·月"),
        ("效益指标", "社会效益指标", "界桩完好率", "≥97%"),
        ("满意度指标", "服务对象满意度指标", "边民满意度", "≥92%"),
    ])  # fmt: skip
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ad05-multiyear-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts and the "
         "中期目标 text copied into the year")  # fmt: skip
def ad05() -> Book:
    b, s = book()
    goal = "三年内更新全县90块界碑、新设45个界桩，界碑编号和坐标全部入档。"
    copied = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project(s, "砾原县界碑界桩更新改造（2025—2027年）", UNIT,
            multi_year((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
            [goal, copied], years=3, attr="新增项目")  # fmt: skip
    copy = "累计数量，三年期项目的年度值不应等于中期值"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "更新界碑数量", "≥90块",
         mk("≥90块", "D202", "warning", note=copy)),
        (None, None, "新设界桩数量", "≥45个", mk("≥45个", "D202", "warning", note=copy)),
        (None, None, "设置巡边道路标识", "≥120处", "≥40处"),
        (None, "质量指标", "界碑安装验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度更新任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单块界碑更新成本", "≤0.8万元/块", "≤0.8万元/块"),
        ("效益指标", "社会效益指标", "界碑坐标入档率", "=100%", "=100%"),
        (None, "可持续影响指标", "界碑设计使用年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "护边员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ad06-two-year-patrol", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: counts split by year, rates and "
         "unit costs legitimately equal (correct)")  # fmt: skip
def ad06() -> Book:
    b, s = book()
    project(s, "北坨口岸护边员队伍建设（两年期）", "北坨镇人民政府",
            multi_year((wan(96), wan(90), wan(6)), (wan(52), wan(48), wan(4))),
            ["两年内建成24人护边员队伍，巡查界碑4800次以上，新增巡边监控点6个。",
             "2025年组建24人护边员队伍，巡查界碑2400次以上，新增巡边监控点3个。"],
            years=2)  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "护边员巡边人次", "≥8640人次", "≥4320人次"),
        (None, None, "界碑巡查次数", "≥4800次", "≥2400次"),
        (None, None, "新增巡边监控点", "≥6个", "≥3个"),
        (None, "质量指标", "巡查记录完整率", "≥95%", "≥95%"),
        (None, "时效指标", "险情上报及时率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "护边员月补助标准", "≤1500元/人·月", "≤1500元/人·月"),
        ("效益指标", "社会效益指标", "口岸周边越界事件下降率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "边民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：巡边人次、巡查次数和监控点为两年累计数，年度值为2025年数。", width=5)
    return b
