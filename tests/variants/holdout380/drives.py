"""Registration drives (骨髓/造血干细胞捐献志愿者入库动员): vz01–vz06."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout380.common import TIERS, YEAR, first, funds, indicators
from tests.variants.holdout380.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

DEPT = "槐屿市卫生健康委员会（415001）"
RED = "槐屿市红十字会"


@variant(
    "vz01-drive-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, "
    "typed percent cells, 万元 only in the number format (correct)",
)
def vz01() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="造血干细胞捐献志愿者入库动员项目",
        dept=DEPT,
        unit=RED,
        money=funds(86.5, 80, 6.5),
        goals=["组织高校及社区动员活动，新增入库志愿者血样2400份，提高库容质量。"],
    )
    indicators(
        s,
        (*TIERS, "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "新增入库志愿者血样", "≥", 2400, "份"),
            (None, None, "高校及社区动员活动", "≥", 18, "场"),
            (None, "质量指标", "入库血样检测合格率", "≥", pct(0.98), None),
            (None, None, "志愿者信息录入差错率", "≤", pct(0.005, "0.0%"), None),
            (None, "时效指标", "血样送检时限", "≤", 48, "小时"),
            (None, "成本指标", "每份血样HLA分型检测费", "≤", 300, "元/份"),
            ("效益指标", "社会效益指标", "辖区志愿者库容较上年增长率", "≥", pct(0.12), None),
            (None, "可持续影响指标", "入库满一年志愿者再联系成功率", "≥", pct(0.85), None),
            ("满意度指标", "服务对象满意度指标", "采样志愿者满意度", "≥", pct(0.92), None),
        ],
    )
    return b


@variant(
    "vz02-drive-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column, typed percent "
    "cells: a capped rate typed as 105%, an error rate with ≥",
)
def vz02() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="高校造血干细胞捐献宣传月活动",
        dept=DEPT,
        unit="槐屿市红十字会沅泊区分会",
        money=funds(32, 30, 2),
        goals=["在辖区6所高校开展宣传月活动，新增入库志愿者不少于800人。"],
    )
    indicators(
        s,
        (*TIERS, "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "新增入库志愿者", "≥", 800, "人"),
            (None, None, "进校宣讲场次", "≥", 12, "场"),
            (
                None,
                "质量指标",
                "采样登记表填写合格率",
                "≥",
                mk(pct(1.05), "T106", "error", note="合格率不能高于100%"),
                None,
            ),
            (
                None,
                None,
                "血样标识差错率",
                mk("≥", "T108", "warning", row=True, note="差错率是反向指标，应为≤"),
                pct(0.01),
                None,
            ),
            (None, "时效指标", "活动完成时间", "≤", "11月30日前", None),
            (None, "成本指标", "每场宣讲物料费", "≤", 6000, "元/场"),
            ("效益指标", "社会效益指标", "在校学生捐献知识知晓率", "≥", pct(0.8), None),
            ("满意度指标", "服务对象满意度指标", "参与学生满意度", "≥", pct(0.9), None),
        ],
    )
    return b


def stacked_rows(count: Any, rate: Any) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "新增入库志愿者人数", count),
        (None, "质量指标", "高校宣讲覆盖率", rate),
        (None, "时效指标", "血样送检时限", "≤48小时"),
        (None, "成本指标", "每份血样分型检测费", "≤300元/份"),
        ("效益指标", "社会效益指标", "志愿者库容增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%"),
    ]


@variant(
    "vz03-stacked-two-districts",
    (2,),
    "two district projects stacked in one sheet, "
    "OLD-NAT, one value column, the same indicator with different values (correct)",
)
def vz03() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="沅泊区造血干细胞志愿者招募项目",
        dept=DEPT,
        unit="沅泊区红十字会",
        money=funds(58, 52, 6),
        goals=["新增入库志愿者1500人，覆盖辖区全部高校。"],
    )
    indicators(s, (*TIERS, "指标值"), stacked_rows("≥1500人", "=100%"))
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="栖梧县造血干细胞志愿者招募项目",
        dept=DEPT,
        unit="栖梧县红十字会",
        money=funds(31, 31, 0),
        title="",
        goals=["新增入库志愿者900人，在乡镇卫生院设立采样点。"],
    )
    indicators(s, (*TIERS, "指标值"), stacked_rows("≥900人", "≥80%"))
    return b


@variant(
    "vz04-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the "
    "second project's total is not its sources, one rate given as a count",
)
def vz04() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="澄湾区造血干细胞志愿者招募项目",
        dept=DEPT,
        unit="澄湾区红十字会",
        money=funds(44, 40, 4),
        goals=["新增入库志愿者1100人。"],
    )
    indicators(s, (*TIERS, "指标值"), stacked_rows("≥1100人", "≥90%"))
    s.skip()
    total = mk(money(60, WAN), "B101", "error", note="50 + 8 = 58 ≠ 60")
    project_head(
        s,
        year=YEAR,
        name="梓岗县造血干细胞志愿者招募项目",
        dept=DEPT,
        unit="梓岗县红十字会",
        money=funds(total, 50, 8),
        title="",
        goals=["新增入库志愿者1600人，覆盖县域两所职业院校。"],
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        stacked_rows("≥1600人", mk("12场", "T105", "error", note="覆盖率写成场次")),
    )
    return b


TASKS = [
    ("宣传动员", "高校、社区、企业动员活动", money(148), "新增入库志愿者≥3000人"),
    ("捐献者关怀", "体检陪护、营养补助、回访", money(92), "捐献者回访全覆盖"),
    ("HLA分型检测", "委托检测机构完成入库血样分型", money(175), "分型结果按时入库"),
    ("金额合计", None, money(415), None),
]


def centre(s: Sheet, budget: list[Any], goal: str) -> None:
    """The donor centre's department head (资金总额 1260.4 = 1180.4 + 80 = 845.4 + 415)."""
    department_head(
        s, year=YEAR, dept="槐屿市造血干细胞捐献服务中心", budget=[budget], tasks=TASKS, goal=goal
    )


@variant(
    "vz05-flat-centre",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
    "as operator · 指标值), weights add to 100, 0起 on an incident count (correct)",
)
def vz05() -> Book:
    b, s = first()
    centre(
        s,
        [money(1260.4), money(1180.4), money(80), money(845.4), money(415)],
        "扩大志愿者库容，做好捐献者关怀，保障分型检测质量。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("新增入库志愿者人数", 20, "人", "≥", 3000),
            ("动员活动场次", 10, "场", "≥", 40),
            ("入库信息差错率", 10, "%", "≤", 0.5),
            ("采样安全责任事故", 10, "起", "≤", 0),
            ("捐献者回访覆盖率", 15, "%", "≥", 95),
            ("实现造血干细胞捐献例数", 15, "例", "≥", 12),
            ("每份血样分型检测费", 10, "元/份", "≤", 300),
            ("捐献者满意度", 10, "%", "≥", 92),
        ]
    )
    return b


@variant(
    "vz06-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · "
    "指标性质 as direction · 计量单位 · 权重): unit, direction and weight defects",
)
def vz06() -> Book:
    b, s = first()
    centre(
        s,
        [money(1260.4), money(1180.4), money(80), money(845.4), money(415)],
        "新增入库志愿者2000人，捐献者回访全覆盖。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ("新增入库志愿者人数", "≥2000", "正向", "人", 20),
            (
                "动员活动场次",
                mk("≥30场", "T112", "error", note="值写“场”，单位列写“人”"),
                "正向",
                "人",
                10,
            ),
            (
                "志愿者失联率",
                mk("≥5%", "T108", "warning", row=True, note="反向指标却用≥"),
                "反向",
                "%",
                15,
            ),
            ("捐献者回访覆盖率", "≥95%", "正向", "%", 15),
            ("实现造血干细胞捐献例数", "≥8", "正向", "例", 10),
            ("捐献者满意度", "≥90%", "正向", "%", 15),
            ("入库信息差错率", "≤0.5%", "反向", "%", 10),
        ]
    )
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b
