"""Returns of the second half of the theme: forecasting, data service and running the modernised
stations (multi-year smart-station programmes, operation and maintenance, scored tables)."""

from __future__ import annotations

from tests.variants.holdout442.common import (
    YEAR,
    funds,
    funds_multi,
    notes,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout442.registry import variant
from tests.variants.kit import Book, day, mk, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "yj07-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: counts "
    "smaller in the year, rates and unit costs equal (correct)",
)
def yj07() -> Book:
    b, s = start()
    project(
        s,
        "芦汀河智慧水文站建设（一期）",
        funds_multi((540, 480, 60), (180, 160, 20)),
        [
            "三年建成智慧水文站30座，完成全流域洪水预报方案修编。",
            "本年度建成智慧水文站10座，修编干流洪水预报方案3个。",
        ],
        years=3,
    )
    table(
        s,
        TWO,
        [
            ("产出指标", "数量指标", "建成智慧水文站", "≥30座", "≥10座"),
            (None, None, "修编洪水预报方案", "≥9个", "≥3个"),
            (None, "质量指标", "作业预报合格率", "≥85%", pct(0.85)),
            (None, "时效指标", "年度建设任务完成时间", "每年12月31日前", f"{YEAR}年12月31日前"),
            ("成本指标", "经济成本指标", "单站智慧化改造成本", "≤15万元/座", "≤15万元/座"),
            ("效益指标", "社会效益指标", "洪水作业预报预见期", "≥24小时", "≥24小时"),
            (None, "可持续影响指标", "水文数据共享单位", "≥12家", "≥6家"),
            ("满意度指标", "服务对象满意度指标", "防汛抗旱指挥机构满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "yj08-multi-year-copied",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: two "
    "cumulative counts copied into the year, one annual count above its period count",
)
def yj08() -> Book:
    b, s = start()
    project(
        s,
        "中小河流水文监测站网补点",
        funds_multi((260, 220, 40), (130, 110, 20)),
        [
            "两年新建中小河流水文监测站40处，配置移动测流设备6套。",
            "本年度完成首批站点建设和移动测流设备配置。",
        ],
        years=2,
    )
    note = "cumulative count copied from the 中期 column in a two-year project"
    table(
        s,
        TWO,
        [
            (
                "产出指标",
                "数量指标",
                "新建水文监测站",
                "≥40处",
                mk("≥40处", "D202", "warning", note=note),
            ),
            (None, None, "新建站点测验断面", "≥40个", mk("≥40个", "D202", "warning", note=note)),
            (
                None,
                None,
                "配置移动测流设备",
                "≥6套",
                mk("≥8套", "D201", "error", note="8 sets in the year, 6 over the whole period"),
            ),
            (None, "质量指标", "新建站点验收合格率", "≥95%", "≥95%"),
            (None, "时效指标", "年度站点建成时间", "每年11月30日前", f"{YEAR}年11月30日前"),
            (None, "成本指标", "站网补点建设成本", "≤260万元", "≤130万元"),
            ("效益指标", "社会效益指标", "中小河流监测覆盖率", "≥80%", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "基层防汛部门满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "yj09-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) "
    "and 指标方向 as operator, bare numbers with a unit column: ≥ on a 反向 rate, "
    "≤ on a 正向 count",
)
def yj09() -> Book:
    b, s = start()
    project(
        s,
        "水文站网运行维护",
        funds(96, 96, 0),
        ["维护全局48处水文站及遥测站点正常运行，汛期水情数据及时准确。"],
    )
    conflict = "a 反向 indicator with ≥"
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "维护水文及遥测站点", "正向", "≥", 48, "处"),
            (
                None,
                None,
                "站点巡检维护次数",
                "正向",
                mk("≤", "T108", "warning", row=True, note="a 正向 count with ≤"),
                4,
                "次/站",
            ),
            (
                None,
                "质量指标",
                "水情数据缺报率",
                "反向",
                mk("≥", "T108", "warning", row=True, note=conflict),
                2,
                "%",
            ),
            (None, "时效指标", "设备故障修复时间", "反向", "≤", 24, "小时"),
            (None, "成本指标", "单站年度维护费用", "反向", "≤", 2, "万元/处"),
            ("效益指标", "社会效益指标", "汛期水情信息畅通率", "正向", "≥", 98, "%"),
            ("满意度指标", "服务对象满意度指标", "防汛部门满意度", "正向", "≥", 90, "%"),
        ],
    )
    return b


@variant(
    "yj10-direction-lookalikes",
    (11, 7),
    "project, NAT-2021, headers 指标内容 and 绩效标准, "
    "operators inside the values: a 下降率 with ≥, 0起 accidents, a 误报率 with ≤ (correct)",
)
def yj10() -> Book:
    b, s = start()
    project(
        s,
        "遥测站点无人值守运行保障",
        funds(60, 54, 6),
        ["45处遥测站点实现无人值守，减少人工驻测，全年不发生安全生产责任事故。"],
    )
    table(
        s,
        ("一级指标", "二级指标", "指标内容", "绩效标准"),
        [
            ("产出指标", "数量指标", "无人值守遥测站点", "≥45处"),
            (None, "质量指标", "遥测雨量误报率", "≤5%"),
            (None, "时效指标", "站点故障响应时间", "≤12小时"),
            ("成本指标", "经济成本指标", "单站年运维费用", "≤1.2万元/处"),
            ("效益指标", "经济效益指标", "人工驻测工作量下降率", "≥30%"),
            (None, "社会效益指标", "安全生产责任事故", "0起"),
            (None, "可持续影响指标", "无人值守运行管理制度", "健全"),
            ("满意度指标", "服务对象满意度指标", "一线测报人员满意度", "≥85%"),
        ],
    )
    return b


@variant(
    "yj11-tier-points-mismatch",
    (10,),
    "project, NAT-2021, tier-1 score column and "
    "indicator score column: two tier-1 scores against their indicators; 百分点 rate",
)
def yj11() -> Book:
    b, s = start()
    project(
        s,
        "洪水预报系统升级",
        funds(150, 150, 0),
        ["升级芦汀河洪水预报系统，提高干支流主要站点洪水预报精度。"],
    )
    table(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"),
        [
            (
                "产出指标",
                mk(50, "W103", "error", note="indicators under 产出 add to 55"),
                "数量指标",
                "接入预报系统站点",
                "≥60处",
                20,
            ),
            (None, None, None, "新建预报模型", "≥5个", 15),
            (None, None, "质量指标", "洪峰预报合格率", "≥85%", 10),
            (None, None, "时效指标", "系统上线时间", f"{YEAR}年5月31日前", 10),
            ("成本指标", 10, "经济成本指标", "系统升级成本", "≤150万元", 10),
            (
                "效益指标",
                mk(30, "W103", "error", note="indicators under 效益 add to 25"),
                "社会效益指标",
                "洪峰预报精度提高",
                "≥3百分点",
                15,
            ),
            (None, None, "可持续影响指标", "预报模型维护机制", "建立并执行", 10),
            ("满意度指标", 10, "服务对象满意度指标", "防汛指挥机构满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "yj12-two-row-header-points",
    (10, 1),
    "project, NAT-2021, two-row header with "
    "目标值（年度）, tier-1 and indicator points both adding to 100, a rise in 百分点, "
    "typed percent cells (correct)",
)
def yj12() -> Book:
    b, s = start()
    project(
        s,
        "水文资料在线整编与共享服务",
        funds(72, 72, 0),
        ["建成水文资料在线整编系统，向流域内防汛、水资源管理部门共享整编成果。"],
    )
    s.row("绩效指标", None, None, None, "目标值（年度）", "指标分值", merge=[(1, 4)])
    s.row("一级指标", "一级分值", "二级指标", "三级指标")
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table(
        [
            ("产出指标", 50, "数量指标", "在线整编站点", "≥48处", 20),
            (None, None, "质量指标", "整编成果合格率", pct(0.98), 15),
            (None, None, "时效指标", "年度资料整编完成时间", f"{YEAR}年3月31日前", 15),
            ("成本指标", 10, "经济成本指标", "单站整编系统部署费用", "≤1.5万元/处", 10),
            ("效益指标", 30, "社会效益指标", "整编成果在线共享率", "提高≥10百分点", 15),
            (None, None, "可持续影响指标", "共享服务用户单位", "≥15家", 15),
            ("满意度指标", 10, "服务对象满意度指标", "共享用户满意度", pct(0.9), 10),
        ],
        merged=(1, 2, 3),
    )
    notes(s, "注：一级分值与指标分值各自合计100分，一级分值为其下指标分值之和。")
    sign(s, "邬晴川", "0731-86624870", day(YEAR - 1, 12, 15))
    return b
