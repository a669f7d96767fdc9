"""Returns of rural passenger transport (农村客运): we07–we12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout385.common import (
    HEAD4,
    YEAR,
    indicators,
    one_year,
    sign,
    start,
    two_blocks,
    wan,
)
from tests.variants.holdout385.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

DEPT = "柘岭县交通运输局（317001）"
UNIT = "柘岭县道路运输服务中心"
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def _subsidy(s: Sheet) -> None:
    """The first stacked project of we07 and we08: 农村客运班线运营补贴, all consistent."""
    project_head(
        s,
        year=YEAR,
        name="农村客运班线运营补贴",
        dept=DEPT,
        unit=UNIT,
        money=one_year(80, 72, 8),
        goals=["补贴农村客运班线运营，保障建制村通客车。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "补贴农村客运班线", "≥26条"),
            (None, "质量指标", "建制村通客车率", pct(1)),
            (None, "时效指标", "补贴资金发放及时率", pct(0.95)),
            (None, "成本指标", "单条班线年补贴标准", "≤3万元/条"),
            ("效益指标", "社会效益指标", "农村群众平均候车时长", "≤40分钟"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ],
    )


@variant(
    "we07-rural-stacked",
    (2,),
    "three rural transport projects stacked in one sheet, "
    "OLD-NAT, one value column, the same satisfaction indicator with different values "
    "(correct)",
)
def we07() -> Book:
    b, s = start()
    _subsidy(s)
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="农村客运招呼站建设",
        dept=DEPT,
        unit=UNIT,
        title="",
        money=one_year(45, 40, 5),
        goals=["在通客车建制村新建招呼站，改善群众候车条件。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "新建农村客运招呼站", "≥30个"),
            (None, "质量指标", "招呼站验收合格率", "=100%"),
            (None, "时效指标", "招呼站建成时间", "11月30日前"),
            (None, "成本指标", "单个招呼站建设成本", "≤1.5万元/个"),
            ("效益指标", "社会效益指标", "群众步行至候车点距离", "≤1公里"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥88%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="城乡客运一体化信息平台运维",
        dept=DEPT,
        unit=UNIT,
        title="",
        money=one_year(30, 30, 0),
        goals=["保障城乡客运信息平台稳定运行，接入农村客运车辆动态数据。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "接入农村客运车辆", "≥150辆"),
            (None, "质量指标", "平台正常运行率", pct(0.98)),
            (None, "时效指标", "故障响应时间", "≤2小时"),
            ("效益指标", "社会效益指标", "农村客运车辆动态监控覆盖率", "=100%"),
            (None, "可持续影响指标", "运行数据保存期限", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "运营企业满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "we08-rural-stacked-wrong",
    (2, 12),
    "two rural transport projects stacked, OLD-NAT, "
    "one value column: the second project's money does not add up and a share is a count",
)
def we08() -> Book:
    b, s = start()
    _subsidy(s)
    s.skip()
    wrong = mk(50, "B101", "error", note="资金总额 50 ≠ 财政拨款 40 + 其他资金 15 = 55")
    project_head(
        s,
        year=YEAR,
        name="农村客运车辆动态监控设备安装",
        dept=DEPT,
        unit=UNIT,
        title="",
        money=one_year(wrong, 40, 15),
        goals=["为农村客运车辆安装动态监控设备，接入县级监管平台。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "安装车载动态监控设备", "≥120套"),
            (
                None,
                "质量指标",
                "农村客运车辆监控设备安装比例",
                mk("120辆", "T105", "error", note="a 比例 given as a count of vehicles"),
            ),
            (None, "时效指标", "设备安装完成时间", "9月30日前"),
            (None, "成本指标", "单套设备安装成本", "≤0.35万元/套"),
            ("效益指标", "社会效益指标", "农村客运超速行驶发生率", "≤2%"),
            ("满意度指标", "服务对象满意度指标", "运营企业满意度", "≥85%"),
        ],
    )
    return b


@variant(
    "we09-rural-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), typed percents, weights add to 100, a 合计 row (correct)",
)
def we09() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept=UNIT,
        budget=[(wan(620), wan(580), wan(40), wan(410), wan(210))],
        goal="保障农村客运班线稳定运营，提升客运站安全管理水平。",
        tasks=[
            ("农村客运班线运营补贴", "补贴偏远班线", wan(120), "班线稳定运营"),
            ("客运站安全检查", "开展客运站安全检查", wan(50), "消除安全隐患"),
            ("行业统计与信息化", "运输统计和平台维护", wan(40), "数据及时准确"),
            ("金额合计", None, wan(210), None),
        ],
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("农村客运班线开通数", 15, "条", "≥", 48),
        ("建制村通客车率", 15, "%", "=", 100),
        ("客运站安全检查覆盖率", 10, None, "≥", pct(0.95)),
        ("道路运输许可按时办结率", 10, None, "≥", pct(0.98)),
        ("客运行业较大以上安全责任事故", 10, "起", "=", 0),
        ("农村客运车辆平均车龄", 10, "年", "≤", 8),
        ("道路运输服务投诉率", 10, None, "≤", pct(0.01)),
        ("运输统计数据上报及时率", 10, None, "≥", pct(0.95)),
        ("乘客满意度", 10, None, "≥", pct(0.9)),
    ]:
        s.row(*line)
    s.row("合计", 100)
    sign(s, "陆文彬", "蒙晓芹", "0786-5530288")
    return b


@variant(
    "we10-rural-multi-year",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "counts below their period values, rates and unit costs equal, 百分点 (correct)",
)
def we10() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="农村客运新能源车辆更新补助",
        dept=DEPT,
        unit=UNIT,
        attr="新增项目",
        money=two_blocks((360, 300, 60), (120, 100, 20)),
        goals=[
            "三年更新农村客运新能源车辆，配套建设充电设施。",
            "当年更新农村客运新能源车辆，配套建设充电桩。",
        ],
    )
    indicators(
        s,
        HEAD_PERIOD,
        [
            ("成本指标", "经济成本指标", "单辆新能源客车购置补助", "≤8万元/辆", "≤8万元/辆"),
            ("产出指标", "数量指标", "更新农村客运新能源车辆", "≥36辆", "≥12辆"),
            (None, None, "新建农村客运充电桩", "≥24个", "≥8个"),
            (None, "质量指标", "车辆技术等级一级率", pct(0.95), pct(0.95)),
            (None, "时效指标", "补助资金拨付时限", "≤30个工作日", "≤30个工作日"),
            ("效益指标", "社会效益指标", "农村客运班线准点率", "≥90%", "≥90%"),
            (None, "生态效益指标", "减少燃油消耗", "≥540吨", "≥180吨"),
            (
                None,
                "可持续影响指标",
                "新能源车辆占农村客运车辆比例",
                "提高≥15百分点",
                "提高≥5百分点",
            ),
            ("满意度指标", "服务对象满意度指标", "沿线乘客满意度", "≥90%", "≥90%"),
        ],
    )
    sign(s, "陆文彬", "甘立桐", "0786-5530291")
    return b


@variant(
    "we11-rural-multi-year-wrong",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: goal text copied, a cumulative count copied, an annual count above its period",
)
def we11() -> Book:
    b, s = start()
    goal = "改造农村客运招呼站，开通镇村公交线路，提升农村客运服务水平。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="镇村公交线路开通及站点改造",
        dept=DEPT,
        unit=UNIT,
        attr="新增项目",
        money=two_blocks((270, 240, 30), (90, 80, 10)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copies the 中期目标")],
    )
    indicators(
        s,
        HEAD_PERIOD,
        [
            ("成本指标", "经济成本指标", "单个站点改造成本", "≤1万元/个", "≤1万元/个"),
            (
                "产出指标",
                "数量指标",
                "改造农村客运招呼站",
                "≥90个",
                mk(
                    "≥90个", "D202", "warning", note="annual count copied from the three-year value"
                ),
            ),
            (
                None,
                None,
                "开通镇村公交线路",
                "≥12条",
                mk("≥15条", "D201", "error", note="the annual count exceeds the period count"),
            ),
            (None, "质量指标", "站点改造验收合格率", "=100%", "=100%"),
            (None, "时效指标", "线路开通审批时限", "≤20个工作日", "≤20个工作日"),
            ("效益指标", "社会效益指标", "镇村公交通达率", "≥95%", "≥85%"),
            (None, "可持续影响指标", "镇村公交线路运营年限", "≥5年", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "we12-rural-direction",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) and "
    "指标方向 as operator, bare numbers with a unit column: a 反向 rate with ≥, a 正向 count "
    "with ≤",
)
def we12() -> Book:
    b, s = start("项目表", (16, 16, 28, 10, 10, 12, 12))
    project_head(
        s,
        year=YEAR,
        name="农村客运车辆运营补贴",
        dept=DEPT,
        unit=UNIT,
        money=one_year(96, 90, 6),
        goals=["补贴农村客运车辆运营，稳定农村客运班线。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "补贴农村客运车辆", "正向", "≥", 40, "辆"),
            (
                None,
                None,
                "覆盖通客车建制村",
                "正向",
                mk("≤", "T108", "warning", row=True, note="a 正向 count with ≤"),
                86,
                "个",
            ),
            (None, "质量指标", "车辆年度审验合格率", "正向", "=", 100, "%"),
            (None, "成本指标", "单车年度补贴标准", "反向", "≤", 2.4, "万元/辆"),
            (
                "效益指标",
                "社会效益指标",
                "农村客运车辆超员发生率",
                "反向",
                mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"),
                1,
                "%",
            ),
            (None, None, "较大以上道路运输安全事故", "反向", "=", 0, "起"),
            ("满意度指标", "服务对象满意度指标", "乘客满意度", "正向", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    sign(s, "陆文彬", "黎嘉禾", "0786-5530293")
    return b
