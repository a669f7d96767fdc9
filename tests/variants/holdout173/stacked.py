"""Two projects stacked in one sheet (oa05 correct; oa15 with planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout173.common import one_year, sign_off, tiered
from tests.variants.holdout173.registry import variant
from tests.variants.kit import Book, mk

W = (14, 16, 32, 18, 16, 16)


@variant("oa05-broadcast-and-drill-stacked", (2,), "two one-year projects stacked, OLD-NAT, one "
         "value column, the same 群众满意度 with different targets in each")  # fmt: skip
def oa05() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s,
        year=2026,
        name="鹤汀县应急广播“村村响”终端更新项目",
        dept="鹤汀县应急管理局",
        unit="鹤汀县应急指挥中心",
        money=one_year(96, 96, 0),
        goals=(
            "更新村级应急广播终端320个，覆盖80个行政村，终端在线率不低于95%，"
            "预警信息15分钟内播发到村。",
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        tiered(
            [
                (
                    "产出指标",
                    [
                        (
                            "数量指标",
                            [
                                ("更新村级应急广播终端", "≥320个"),
                                ("覆盖行政村", "≥80个"),
                            ],
                        ),
                        ("质量指标", [("广播终端在线率", "≥95%")]),
                        ("时效指标", [("预警信息播发到村时间", "≤15分钟")]),
                        ("成本指标", [("单个终端购置安装成本", "≤0.28万元/个")]),
                    ],
                ),
                (
                    "效益指标",
                    [
                        ("社会效益指标", [("预警信息村民收听率", "≥90%")]),
                        ("可持续影响指标", [("终端质保期", "≥3年")]),
                    ],
                ),
                ("满意度指标", [("服务对象满意度指标", [("群众满意度", "≥90%")])]),
            ]
        ),
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="鹤汀县防汛抗旱综合应急演练项目",
        dept="鹤汀县应急管理局",
        unit="鹤汀县防汛抗旱指挥部办公室",
        attr="常年项目",
        money=one_year(35, 30, 5),
        goals=(
            "汛前组织县级防汛抗旱综合演练2场，参演人员600人次以上，群众避险转移时间控制在"
            "40分钟以内。",
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        tiered(
            [
                (
                    "产出指标",
                    [
                        (
                            "数量指标",
                            [
                                ("县级防汛抗旱综合演练", "≥2场"),
                                ("参演人员", "≥600人次"),
                            ],
                        ),
                        ("质量指标", [("演练科目完成率", "≥95%")]),
                        ("时效指标", [("汛前演练完成时间", "2026年5月31日前")]),
                        ("成本指标", [("单场演练成本", "≤15万元/场")]),
                    ],
                ),
                ("效益指标", [("社会效益指标", [("参演群众避险转移时间", "≤40分钟")])]),
                ("满意度指标", [("服务对象满意度指标", [("群众满意度", "≥85%")])]),
            ]
        ),
        merged=(1, 2),
    )
    sign_off(s, "填报单位（盖章）：鹤汀县应急管理局    填报人：孟秋    联系电话：0796-5523310")
    return b


@variant("oa15-broadcast-and-flood-stacked", (2, 11), "two one-year projects stacked, NAT-2021, "
         "one value column: a vague value in the first, ≥ on a 响应时间 in the second")  # fmt: skip
def oa15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s,
        year=2026,
        name="北崖县应急广播“村村响”运维项目",
        dept="北崖县应急管理局",
        unit="北崖县应急指挥中心",
        attr="常年项目",
        money=one_year(42, 42, 0),
        goals=(
            "做好全县1260个村级应急广播终端日常运维，终端在线率不低于95%，故障终端72小时内修复。",
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        tiered(
            [
                ("成本指标", [("经济成本指标", [("单个终端年运维成本", "≤300元/个")])]),
                (
                    "产出指标",
                    [
                        ("数量指标", [("运维村级应急广播终端", "≥1260个")]),
                        ("质量指标", [("广播终端在线率", "≥95%")]),
                        ("时效指标", [("故障终端修复时间", "≤72小时")]),
                    ],
                ),
                (
                    "效益指标",
                    [
                        (
                            "社会效益指标",
                            [
                                (
                                    "广播系统运行管理",
                                    mk(
                                        "加强日常管理，确保系统正常运行，充分发挥应有作用",
                                        "T102",
                                        "warning",
                                        row=True,
                                    ),
                                ),
                            ],
                        ),
                    ],
                ),
                ("满意度指标", [("服务对象满意度指标", [("村民满意度", "≥90%")])]),
            ]
        ),
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="北崖县山洪灾害监测预警项目",
        dept="北崖县应急管理局",
        unit="北崖县防汛抗旱指挥部办公室",
        attr="常年项目",
        money=one_year(55, 50, 5),
        goals=(
            "维护全县48个山洪灾害自动监测站，汛期监测数据到报率不低于95%，预警信息及时发布到"
            "危险区群众。",
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        tiered(
            [
                ("成本指标", [("经济成本指标", [("单站年运维成本", "≤1万元/站")])]),
                (
                    "产出指标",
                    [
                        ("数量指标", [("维护山洪灾害自动监测站", "≥48个")]),
                        ("质量指标", [("汛期监测数据到报率", "≥95%")]),
                        (
                            "时效指标",
                            [
                                (
                                    "山洪预警信息发布响应时间",
                                    mk("≥30分钟", "T108", "warning", row=True),
                                ),
                            ],
                        ),
                    ],
                ),
                ("效益指标", [("社会效益指标", [("危险区群众预警信息覆盖率", "≥95%")])]),
                ("满意度指标", [("服务对象满意度指标", [("危险区群众满意度", "≥90%")])]),
            ]
        ),
        merged=(1, 2),
    )
    return b
