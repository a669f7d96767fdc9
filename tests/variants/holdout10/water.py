"""Returns of water-conservancy stations (澄溪县, 云屏县, invented): one workbook with a 填报说明
sheet and two projects on two sheets, a direction column (指标性质 = 正向/反向/定性) beside
values with their operators; a soil-conservation project with three defects; the station's
department-wide table with 实施周期 and 年度 columns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout10.forms import (
    WAN2,
    cn_day,
    indicators,
    labelled,
    line,
    project_head,
    signatures,
    title,
)
from tests.variants.holdout10.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

WATER = "澄溪县水利局（代码 419001）"
STATION = "澄溪县水利工作站"
HEADER = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "指标值设定依据")


def station_project(
    b: Book, sheet: str, name: str, amount: float, goal: str, rows: Sequence[Sequence[Any]]
) -> None:
    s = b.sheet(sheet, (16, 18, 30, 10, 18, 34))
    title(s, "2026年度项目支出绩效目标表", 1, 6)
    project_head(
        s,
        col=1,
        width=6,
        name=name,
        dept=WATER,
        unit=STATION,
        attr="常年项目",
        period="1年",
        start=day(2026, 1, 1),
        end=day(2026, 12, 31),
        money=[
            ("年度资金总额", money(amount, WAN2), None, None),
            ("其中：财政拨款", money(amount, WAN2), "其他资金", money(0, WAN2)),
        ],
    )
    labelled(s, 1, 6, "年度绩效目标", goal)
    indicators(s, 1, HEADER, rows)
    signatures(s, 1, "彭军", "汤海", "0736-5830219", cn_day(2025, 10, 22))


@variant(
    "u12-water-station-two-projects-ok",
    (2, 4, 7, 11),
    "one workbook: a 填报说明 sheet first, then two projects on two sheets, NAT-2021, "
    "指标性质 as direction (正向/反向/定性), 100% percent cells, a 汛前 date, ≤30分钟, a 0人 "
    "death toll target",
)
def water_two_projects_ok() -> Book:
    b = Book()
    s = b.sheet("填报说明", (90,))
    for text in (
        "填报说明",
        "1.本工作簿为澄溪县水利工作站2026年度项目支出绩效目标表，共两个项目，分别见"
        "“灌区渠系维护”“山洪灾害监测预警”工作表。",
        "2.金额单位为万元；指标性质填写正向、反向或定性。",
        "3.请勿修改表格结构，如有疑问请联系县财政局预算股。",
    ):
        s.row(text)
    station_project(
        b,
        "灌区渠系维护",
        "东干渠灌区渠系维修养护项目",
        156.8,
        "完成东干渠灌区渠道维修12.5公里、清淤3.2万立方米，汛前完工，恢复和改善灌溉面积1.6万亩。",
        [
            (
                "成本指标",
                "经济成本指标",
                "渠道清淤单价",
                "反向",
                "≤18元/立方米",
                "历史标准：近三年中标均价。",
            ),
            (
                None,
                "生态环境成本指标",
                "清淤弃土规范处置率",
                "正向",
                pct(1.0),
                "其他标准：弃土场审批。",
            ),
            (
                "产出指标",
                "数量指标",
                "维修渠道长度",
                "正向",
                "≥12.5公里",
                "计划标准：年度维修计划。",
            ),
            (None, None, "渠道清淤", "正向", "≥3.2万立方米", "计划标准：年度维修计划。"),
            (
                None,
                "质量指标",
                "维修工程质量验收合格率",
                "正向",
                pct(1.0),
                "行业标准：水利工程验收规程。",
            ),
            (
                None,
                "时效指标",
                "维修工程完工时间",
                "反向",
                "5月31日前（汛前）",
                "计划标准：防汛要求。",
            ),
            ("效益指标", "社会效益指标", "恢复和改善灌溉面积", "正向", "≥1.6万亩", "计划标准。"),
            (None, "可持续影响指标", "渠系工程管护制度", "定性", "建立并执行", "其他标准。"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "灌区受益农户满意度",
                "正向",
                "≥90%",
                "历史标准。",
            ),
        ],
    )
    station_project(
        b,
        "山洪灾害监测预警",
        "山洪灾害监测预警系统运行维护项目",
        48.6,
        "保障全县86个自动雨量水位监测站点正常运行，预警信息覆盖132个沿河行政村。",
        [
            (
                "成本指标",
                "经济成本指标",
                "单站点年运维成本",
                "反向",
                "≤0.45万元/个",
                "历史标准：上年运维合同单价。",
            ),
            (
                "产出指标",
                "数量指标",
                "运维自动雨量水位监测站点",
                "正向",
                "≥86个",
                "计划标准：站点清册。",
            ),
            (
                None,
                "质量指标",
                "监测数据到报率",
                "正向",
                "≥95%",
                "行业标准：山洪灾害监测预警规范。",
            ),
            (None, "时效指标", "故障站点修复时限", "反向", "≤48小时", "计划标准：运维合同。"),
            (None, None, "预警信息发布时限", "反向", "≤30分钟", "行业标准。"),
            ("效益指标", "社会效益指标", "山洪灾害预警覆盖行政村", "正向", "≥132个", "计划标准。"),
            (None, None, "山洪灾害因灾死亡人数", "反向", "0人", "计划标准：防汛责任目标。"),
            (None, "可持续影响指标", "监测预警系统运行", "定性", "稳定运行", "其他标准。"),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "正向", "≥90%", "历史标准。"),
        ],
    )
    return b


@variant(
    "u13-soil-station-year-and-lines",
    (11, 12),
    "project, OLD-NAT (成本 under 产出), title 2025 but the plan starts in 2023, detail lines "
    "not adding to their 合计, a 返工率 with ≥",
)
def soil_defects() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 16, 30))
    title(s, "2025年度项目支出绩效目标表", 1, 6)
    project_head(
        s,
        col=1,
        width=6,
        name="坡耕地水土流失综合治理项目",
        dept="云屏县水利局（代码 229001）",
        unit="云屏县水土保持工作站",
        attr="新增项目",
        period="1年",
        start=mk(
            day(2023, 3, 1),
            "Y102",
            "error",
            alt=("Y101",),
            note="a one-year 2025 project starting in 2023",
        ),
        end=day(2025, 12, 31),
        money=[
            ("年度资金总额", money(341.5, WAN2), None, None),
            ("其中：财政拨款", money(300, WAN2), "其他资金", money(41.5, WAN2)),
        ],
    )
    labelled(s, 1, 6, "年度绩效目标", "实施坡改梯1200亩，配套截排水沟8.6公里、田间生产道路5公里。")
    s.row("资金明细（万元）", "坡改梯工程", money(210, WAN2), "截排水沟", money(86.5, WAN2), None)
    s.row(
        None,
        "田间生产道路",
        money(35, WAN2),
        "合计",
        mk(money(341.5, WAN2), "B102", "error", alt=("B101",), note="210 + 86.5 + 35 = 331.5"),
        None,
    )
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "指标值", "备注", None),
        [
            ("产出指标", "数量指标", "坡改梯", "≥1200亩", None, None),
            (None, None, "截排水沟", "≥8.6公里", None, None),
            (None, None, "田间生产道路", "≥5公里", None, None),
            (None, "质量指标", "工程验收合格率", pct(1.0), None, None),
            (
                None,
                None,
                "工程返工率",
                mk("≥3%", "T108", "warning", row=True, note="a 返工率 is 反向: ≤ meant"),
                None,
                None,
            ),
            (None, "时效指标", "工程完工时间", "11月30日前", None, None),
            (None, "成本指标", "坡改梯亩均投资", "≤1750元/亩", None, None),
            ("效益指标", "生态效益指标", "治理水土流失面积", "≥2.1平方公里", None, None),
            (None, "社会效益指标", "受益农户", "≥860户", None, None),
            (None, "可持续影响指标", "工程管护责任落实率", pct(1.0), None, None),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", None, None),
        ],
    )
    return b


@variant(
    "u14-water-station-department-ok",
    (8, 12),
    "department (水利工作站), NAT-2021, 实施周期 and 年度 columns legitimately equal for one "
    "year, tasks = the station's two projects adding to 项目支出",
)
def water_department_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 18, 30, 16, 16, 20))
    department_head(
        s,
        year=2026,
        dept=STATION,
        budget=[
            (
                money(612.4, WAN2),
                money(580.4, WAN2),
                money(32, WAN2),
                money(407, WAN2),
                money(205.4, WAN2),
            )
        ],
        goal="完成东干渠灌区渠系维修养护，保障山洪灾害监测预警系统稳定运行，全年恢复和改善"
        "灌溉面积1.6万亩，预警覆盖132个沿河行政村。",
        tasks=[
            (
                "灌区渠系维修养护",
                "渠道维修12.5公里、清淤3.2万立方米",
                money(156.8, WAN2),
                "汛前完工",
            ),
            ("山洪灾害监测预警运维", "86个自动监测站点运维", money(48.6, WAN2), "数据到报率≥95%"),
            ("金额合计", None, money(205.4, WAN2), None),
        ],
    )
    indicators(
        s,
        1,
        ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", "备注"),
        [
            ("产出指标", "数量指标", "维修渠道长度", "≥12.5公里", "≥12.5公里", None),
            (None, None, "运维自动监测站点", "≥86个", "≥86个", None),
            (None, "质量指标", "工程质量验收合格率", pct(1.0), pct(1.0), None),
            (None, None, "监测数据到报率", "≥95%", "≥95%", None),
            (None, "时效指标", "渠系维修完工时间", "5月31日前", "5月31日前", "汛前"),
            (None, None, "故障站点修复时限", "≤48小时", "≤48小时", None),
            ("成本指标", "经济成本指标", "渠道清淤单价", "≤18元/立方米", "≤18元/立方米", None),
            ("效益指标", "社会效益指标", "恢复和改善灌溉面积", "≥1.6万亩", "≥1.6万亩", None),
            (None, None, "山洪灾害预警覆盖行政村", "≥132个", "≥132个", None),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%", None),
        ],
    )
    line(s, 1, 6, "注：本部门预算为一年期，实施周期即2026年度。")
    return b
