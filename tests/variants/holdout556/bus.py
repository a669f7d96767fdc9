"""School bus returns: ct01-ct06."""

from __future__ import annotations

from tests.variants.holdout556.common import (
    LABEL,
    YEAR,
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout556.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant(
    "ct01-bus-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percents, 万元 in the number format, "
    "0起 on an incident count (correct)",
)
def bus_percent_cells() -> Book:
    b, s = start()
    project(
        s,
        "农村学校校车运营补助项目",
        "岑埠县学生交通安全服务中心",
        one_year(120, 100, 20),
        ["保障12辆校车安全运营，接送山区学生860人，全年无责任事故。"],
    )
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "运营校车数量", "≥", 12, "辆"),
            (None, None, "接送乘车学生人数", "≥", 860, "人"),
            (None, "质量指标", "驾驶员持证上岗率", "=", pct(1), "%"),
            (None, None, "校车年度检验合格率", "≥", pct(0.98), "%"),
            (None, "时效指标", "故障车辆替换到位时间", "≤", 2, "小时"),
            (None, "成本指标", "单车年运营补助标准", "≤", 9.5, "万元/辆"),
            ("效益指标", "社会效益指标", "校车责任安全事故", "=", 0, "起"),
            (None, "可持续影响指标", "校车安全管理长效机制", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "乘车学生家长满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "邬晓岚", "0571-6638 2145", day(YEAR - 1, 12, 6, CN_DATE))
    return b


@variant(
    "ct02-bus-direction",
    (11,),
    "project, OLD-NAT, operators inside the values: a 反向 rate and a response time with ≥, "
    "a 正向 count with ≤; a 下降率 with ≥ beside them",
)
def bus_direction() -> Book:
    b, s = start()
    project(
        s,
        "校车安全运行监管平台运维项目",
        "岑埠县学生交通安全服务中心",
        one_year(150, 130, 20),
        ["完成8条校车线路动态监控，校车交通违法下降10%以上。"],
    )
    indicators(
        s,
        LABEL,
        [
            ("产出指标", "数量指标", "接入监控校车数量", "≥36辆"),
            (
                None,
                None,
                "驾驶员安全培训场次",
                mk("≤4场", "T108", "warning", row=True, note="正向的培训场次写成上限"),
            ),
            (
                None,
                "质量指标",
                "校车超员发生率",
                mk("≥1%", "T108", "warning", row=True, note="超员发生率是反向指标"),
            ),
            (
                None,
                "时效指标",
                "超速报警平均处置时间",
                mk("≥15分钟", "T108", "warning", row=True, note="处置时间越短越好，应为≤"),
            ),
            (None, "成本指标", "单车年监控运维费", "≤3.5万元/辆"),
            ("效益指标", "社会效益指标", "校车交通违法下降率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "ct03-bus-stacked",
    (2, 12),
    "two bus projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "name with different values in each project (correct)",
)
def bus_stacked() -> Book:
    b, s = start("校车项目")
    project(
        s,
        "校车驾驶员安全培训项目",
        "岑埠县教师发展中心",
        one_year(24, 24, 0),
        ["培训校车驾驶员及照管员110人次。"],
    )
    indicators(
        s,
        LABEL,
        [
            ("产出指标", "数量指标", "培训驾驶员及照管员人次", "≥110人次"),
            (None, "质量指标", "安全培训考核合格率", "≥95%"),
            (None, "成本指标", "人均培训费", "≤0.2万元/人次"),
            ("效益指标", "社会效益指标", "驾驶员应急处置能力", "明显提升"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    s.skip()
    project(
        s,
        "校车停靠站点标识改造项目",
        "岑埠县学生交通安全服务中心",
        one_year(36, 30, 6),
        ["改造柘原乡、葛沟镇校车停靠点48处。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
    )
    indicators(
        s,
        LABEL,
        [
            ("产出指标", "数量指标", "改造停靠站点数量", "≥48处"),
            (None, "质量指标", "站点标识验收合格率", pct(1)),
            (None, "时效指标", "改造完成时间", "2025年9月1日前"),
            (None, "成本指标", "单个站点改造费用", "≤0.75万元/处"),
            ("效益指标", "社会效益指标", "学生候车安全隐患", "明显减少"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
        ],
    )
    return b


@variant(
    "ct04-bus-stacked-defects",
    (2, 12),
    "two bus projects stacked, OLD-NAT, one value column: the second project's money does "
    "not add up and one rate is given as a count",
)
def bus_stacked_defects() -> Book:
    b, s = start()
    project(
        s,
        "校车照管员配备补助项目",
        "岑埠县学生交通安全服务中心",
        one_year(42, 42, 0),
        ["为36辆校车各配备照管员1名。"],
    )
    indicators(
        s,
        LABEL,
        [
            ("产出指标", "数量指标", "配备照管员人数", "≥36人"),
            (None, "质量指标", "照管员岗前培训率", "=100%"),
            (None, "成本指标", "照管员年补助标准", "≤1.1万元/人"),
            ("效益指标", "社会效益指标", "学生上下车安全", "有效保障"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    s.skip()
    funds = [
        (
            "年度资金总额",
            mk(money(60, WAN), "B101", "error", note="45 + 10 = 55 ≠ 60"),
            "其中：财政拨款",
            money(45, WAN),
        ),
        (None, None, "其他资金", money(10, WAN)),
    ]
    project(
        s,
        "校车定位及视频终端更新项目",
        "岑埠县学生交通安全服务中心",
        funds,
        ["更新36辆校车车载定位及视频终端。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
    )
    indicators(
        s,
        LABEL,
        [
            ("产出指标", "数量指标", "更新车载终端套数", "≥36套"),
            (None, "质量指标", "终端在线率", "≥98%"),
            (None, None, "驾驶员持证上岗率", mk("≥12人", "T105", "error", note="上岗率给的是人数")),
            (None, "成本指标", "单套终端采购价", "≤1.6万元/套"),
            ("效益指标", "可持续影响指标", "校车动态监管覆盖", "全覆盖"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "ct06-bus-points",
    (10, 1),
    "project, NAT-2021, tier-1 score column and indicator score column: two tier scores do "
    "not match their indicators, a pass rate above 100%",
)
def bus_points() -> Book:
    b, s = start("绩效目标")
    project(
        s,
        "寄宿制学校周末校车接送项目",
        "岑埠县学生交通安全服务中心",
        one_year(96, 96, 0),
        ["周末及节假日接送寄宿生往返，全年安全运行。"],
    )
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(
        s,
        head,
        [
            ("成本指标", 10, "经济成本指标", "单趟次接送成本", "≤0.06万元/趟次", 10),
            (
                "产出指标",
                mk(50, "W103", "error", note="20 + 15 + 10 = 45 ≠ 50"),
                "数量指标",
                "周末接送趟次",
                "≥1500趟次",
                20,
            ),
            (
                None,
                None,
                "质量指标",
                "车辆例行安检合格率",
                mk("≥105%", "T106", "error", note="合格率不能超过100%"),
                15,
            ),
            (None, None, "时效指标", "返校车辆到校时间", "周日18时前", 10),
            (
                "效益指标",
                mk(30, "W103", "error", note="20 + 15 = 35 ≠ 30"),
                "社会效益指标",
                "寄宿生周末往返安全事故",
                "=0起",
                20,
            ),
            (None, None, "可持续影响指标", "周末接送机制", "长期运行", 15),
            ("满意度指标", 10, "服务对象满意度指标", "寄宿生家长满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "ct05-bus-flat-department",
    (3, 1, 12),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percents, a 下降率 with ≥, weights add to 100 (correct)",
)
def bus_flat_department() -> Book:
    b, s = start()
    department(
        s,
        [(860, 800, 60, 520, 340)],
        "全县校车安全运行，寄宿生夜间管理规范有序。",
        [
            ("校车运营保障", "36辆校车运营补助及照管员配备", 200, "全年安全接送"),
            ("寄宿生夜间管理", "宿管员值守及宿舍安防", 140, "夜间值守全覆盖"),
            ("金额合计", None, 340, None),
        ],
        dept="岑埠县学生交通安全服务中心",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("运营校车数量", 20, "辆", "≥", 36),
            ("寄宿生夜间值守覆盖率", 20, "%", "=", pct(1)),
            ("校车年度检验合格率", 15, "%", "≥", pct(0.98)),
            ("学生乘车交通事故下降率", 15, "%", "≥", pct(0.1)),
            ("单车年运营补助标准", 10, "万元/辆", "≤", 5.5),
            ("家长满意度", 20, "%", "≥", pct(0.9)),
        ]
    )
    note(s, "注：权重合计100；学生乘车交通事故下降率按与上年相比计算。")
    return b
