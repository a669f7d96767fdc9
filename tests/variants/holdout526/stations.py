"""Earthquake monitoring stations (地震台站): percent cells, 中期 and 年度, points at two levels."""

from __future__ import annotations

from tests.variants.holdout526.common import (
    YEAR,
    indicators,
    multi_year,
    one_year,
    project,
    signature,
    start,
)
from tests.variants.holdout526.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "bp01-station-percent",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit "
    "column, percent cells typed in Excel, 万元 in the number format (correct)",
)
def station_percent() -> Book:
    b, s = start()
    project(
        s,
        "砚川市测震台站运维保障",
        "砚川市地震局 317021",
        "砚川市地震监测中心",
        one_year(180, 150, 30),
        ["保障全市48个测震台站稳定运行，观测数据完整可用。"],
    )
    indicators(
        s,
        OPS,
        [
            ("产出指标", "数量指标", "维护测震台站数量", "≥", 48, "个"),
            (None, None, "更换老化观测仪器", "≥", 12, "套"),
            (None, "质量指标", "观测数据完整率", "≥", pct(0.98), "%"),
            (None, None, "更换仪器验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "故障台站修复时限", "≤", 48, "小时"),
            (None, "成本指标", "单台站年度运维成本", "≤", 2.5, "万元/个"),
            ("效益指标", "社会效益指标", "地震自动速报平均用时", "≤", 2, "分钟"),
            (None, "可持续影响指标", "台站设备故障率", "≤", pct(0.03), "%"),
            ("满意度指标", "服务对象满意度指标", "地震信息使用单位满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, "章惟岳", "0913-4725816")
    return b


@variant(
    "bp02-station-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column in words "
    "(指标方向), percent cells: a rate above 100 % and a 反向 rate with 大于等于",
)
def station_percent_wrong() -> Book:
    b, s = start()
    project(
        s,
        "栖峰县地震前兆台站升级改造",
        "栖峰县应急管理局 402113",
        "栖峰县地震台",
        one_year(96, 80, 16),
        ["完成6个前兆台站升级改造，提升数据传输质量。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "升级改造前兆台站", "大于等于", 6, "个"),
            (
                None,
                "质量指标",
                "数据传输完整率",
                "大于等于",
                mk(pct(1.05), "T106", "error", note="完整率不能超过 100%"),
                "%",
            ),
            (None, None, "改造工程验收合格率", "等于", pct(1), "%"),
            (None, "时效指标", "改造完成时间", "小于等于", "2025年10月31日", None),
            (None, "成本指标", "单台站改造成本", "小于等于", 14, "万元/个"),
            (
                "效益指标",
                "社会效益指标",
                "台站观测断记率",
                mk("大于等于", "T108", "warning", row=True, note="断记率是反向指标，应为小于等于"),
                pct(0.02),
                "%",
            ),
            (None, "可持续影响指标", "改造设备设计使用年限", "大于等于", 8, "年"),
            ("满意度指标", "服务对象满意度指标", "台站值守人员满意度", "大于等于", pct(0.9), "%"),
        ],
    )
    signature(s, "祁松年", "0913-8830217")
    return b


@variant(
    "bp03-station-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value "
    "columns: cumulative counts below their period values, rates equal (correct)",
)
def station_multi_year() -> Book:
    b, s = start()
    goals = [
        "三年建成60个烈度速报台站，形成覆盖全市的地震烈度速报网。",
        "年内建成首批20个烈度速报台站并接入市级平台。",
    ]
    project(
        s,
        "澜石区地震烈度速报台网建设",
        "澜石区应急管理局 205307",
        "澜石区地震监测站",
        multi_year((900, 780, 120), (320, 280, 40)),
        goals,
        years=3,
        attr="新增项目",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "新建烈度速报台站", "≥60个", "≥20个"),
            (None, None, "台站值守人员培训", "≥450人次", "≥150人次"),
            (None, "质量指标", "台站数据完整率", "≥98%", "≥98%"),
            (None, "时效指标", "台站建设完成时间", "2027年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "单台站建设成本", "≤12万元/个", "≤12万元/个"),
            ("效益指标", "社会效益指标", "烈度速报覆盖人口", "≥120万人", "≥40万人"),
            (None, "可持续影响指标", "台网运维管理机制", "健全", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "应急部门满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "鲁见川", "0915-2276403")
    return b


@variant(
    "bp04-station-multi-copied",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: annual counts copied from the period, 年度资金 above 中期资金",
)
def station_multi_copied() -> Book:
    b, s = start()
    goals = ["三年完成30个地震宏观观测点规范化建设。", "年内完成10个宏观观测点规范化建设。"]
    annual = (
        mk(650, "B103", "error", note="年度资金 650 大于中期资金 600"),
        ok(560, "error"),
        ok(90, "error"),
    )
    project(
        s,
        "汀屿县地震宏观观测网规范化",
        "汀屿县地震局 530116",
        "汀屿县地震局",
        multi_year((600, 520, 80), annual),
        goals,
        years=3,
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
    copied = "三年项目的累计数量，年度值与中期值相同"
    indicators(
        s,
        head,
        [
            (
                "产出指标",
                "数量指标",
                "规范化宏观观测点",
                "≥30个",
                mk("≥30个", "D202", "warning", note=copied),
            ),
            (None, None, "培训宏观观测员", "≥90人", mk("≥90人", "D202", "warning", note=copied)),
            (None, "质量指标", "观测点验收合格率", "≥95%", "≥95%"),
            (None, "时效指标", "异常信息上报时限", "≤24小时", "≤24小时"),
            ("成本指标", "经济成本指标", "单个观测点建设成本", "≤15万元/个", "≤15万元/个"),
            ("效益指标", "社会效益指标", "宏观异常核实率", "≥90%", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "群测群防员满意度", "≥90%", "≥90%"),
        ],
    )
    signature(s, "庞雨舟", "0916-5512840")
    return b


@variant(
    "bp05-station-points",
    (10,),
    "project, NAT-2021, points in the tier labels and an "
    "indicator score column, a rate raised in 百分点, 0起 on an incident count (correct)",
)
def station_points() -> Book:
    b, s = start()
    project(
        s,
        "霁川县强震动观测台站建设",
        "霁川县地震局 611208",
        "霁川县地震局",
        one_year(160, 140, 20),
        ["新建8个强震动观测台站，提高地震自动速报准确率。"],
        attr="一次性项目",
        start=day(YEAR, 3, 1),
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释")
    indicators(
        s,
        head,
        [
            ("产出指标（50分）", "数量指标", "新建强震动观测台站", "≥8个", 15, None),
            (None, None, "观测数据年度汇交", "≥12次", 10, "每月一次"),
            (None, "质量指标", "观测数据连续率", "≥99%", 15, None),
            (None, "时效指标", "台站建设完成时间", "2025年11月30日前", 10, None),
            ("成本指标（10分）", "经济成本指标", "单台站建设成本", "≤18万元/个", 5, None),
            (None, "生态环境成本指标", "观测场地植被破坏事件", "0起", 5, "不发生破坏"),
            ("效益指标（30分）", "社会效益指标", "地震自动速报准确率提高", "≥3百分点", 10, None),
            (None, None, "烈度速报产出时间", "≤5分钟", 10, None),
            (None, "可持续影响指标", "台站运维管理制度", "健全", 10, None),
            ("满意度指标（10分）", "服务对象满意度指标", "应急管理部门满意度", "≥90%", 10, None),
        ],
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    signature(s, "温砚秋", "0917-3308164")
    return b


@variant(
    "bp06-station-points-wrong",
    (10, 5),
    "project, NAT-2021, tier-1 score column against "
    "the indicator scores under it, one tier-2 under the wrong tier-1",
)
def station_points_wrong() -> Book:
    b, s = start()
    project(
        s,
        "砚川市测震台网运行维护",
        "砚川市地震局 317021",
        "砚川市地震台网中心",
        one_year(60, 52, 8),
        ["保障24个测震台站稳定运行。"],
    )
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(
        s,
        head,
        [
            (
                "产出指标",
                mk(50, "W103", "error", note="其下指标分值合计 45"),
                "数量指标",
                "维护测震台站",
                "≥24个",
                10,
            ),
            (None, None, None, "更换数据采集器", "≥10台", 10),
            (None, None, "质量指标", "观测数据完整率", "≥98%", 10),
            (
                None,
                None,
                mk("社会效益指标", "F105", "error", note="社会效益指标属于效益指标"),
                "地震信息公众服务覆盖率",
                "≥85%",
                10,
            ),
            (None, None, "时效指标", "故障台站恢复时限", "≤72小时", 5),
            ("成本指标", 10, "经济成本指标", "单台站运维成本", "≤1.5万元/个", 10),
            (
                "效益指标",
                mk(30, "W103", "error", note="其下指标分值合计 35"),
                "社会效益指标",
                "震情信息报送及时率",
                "≥98%",
                15,
            ),
            (None, None, None, "防震减灾知识公众知晓率", "≥80%", 10),
            (None, None, "可持续影响指标", "观测资料年度归档率", "=100%", 10),
            ("满意度指标", 10, "服务对象满意度指标", "台网使用单位满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    signature(s, "章惟岳", "0913-4725816")
    return b
