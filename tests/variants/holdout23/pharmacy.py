"""A hospital's drug and consumables project scored at two levels, with percent cells typed in
Excel and a change in 百分点."""

from __future__ import annotations

from tests.variants.holdout23.registry import variant
from tests.variants.holdout23.system import (
    banner,
    grid,
)
from tests.variants.kit import WAN, Book, money, pct

AMOUNT = "#,##0.00"


@variant(
    "ig09-pharmacy-points-ok",
    (1, 10),
    "project, NAT-2021, tier-1 label and score merged down, indicator scores, percent cells "
    "typed in Excel (0%, 0.0%) with % repeated in the unit column, a change in 百分点, "
    "a grade 优, amounts with 万元 in the number format",
)
def pharmacy_points_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 8, 14, 30, 7, 10, 10, 8, 28))
    banner(s, "2027年度项目支出绩效目标表", 1, 9)
    grid(
        s,
        1,
        ("项目名称", 1),
        ("公立医院高质量发展（药品耗材管控）", 4),
        ("项目编码", 2),
        ("41302427R000000040261", 2),
    )
    grid(s, 1, ("主管部门", 1), ("苇塘县卫生健康局", 4), ("实施单位", 2), ("苇塘县第二人民医院", 2))
    grid(s, 1, ("项目属性", 1), ("延续项目", 4), ("项目期限", 2), ("1年", 2))
    grid(
        s,
        1,
        ("资金情况", 1),
        ("年度资金总额", 2),
        (money(356.8, WAN), 1),
        ("财政拨款", 1),
        (money(300, WAN), 1),
        ("其他资金", 2),
        (money(56.8, WAN), 1),
    )
    grid(
        s,
        1,
        ("年度绩效目标", 1),
        (
            "落实药品耗材集中带量采购，药占比较上年下降1个百分点以上，次均住院费用增幅控制在5%以内，"
            "医疗质量控制综合评价达到优。",
            8,
        ),
    )
    s.row(
        "一级指标",
        "一级指标分值",
        "二级指标",
        "三级指标",
        "比较符",
        "指标值",
        "计量单位",
        "三级指标分值",
        "评分标准",
    )
    s.table(
        [
            (
                "产出指标",
                50,
                "数量指标",
                "年出院人次",
                "≥",
                2.4,
                "万人次",
                10,
                "完成得满分，未完成按比例",
            ),
            (
                None,
                None,
                "数量指标",
                "开展日间手术例数",
                "≥",
                600,
                "例",
                10,
                "完成得满分，未完成按比例",
            ),
            (
                None,
                None,
                "质量指标",
                "基本药物使用金额占比",
                "≥",
                pct(0.5),
                "%",
                10,
                "每低1个百分点扣1分",
            ),
            (None, None, "质量指标", "抗菌药物使用强度", "≤", 40, "DDDs", 10, "每超1个单位扣1分"),
            (
                None,
                None,
                "时效指标",
                "集中带量采购药品按时回款率",
                "≥",
                pct(0.95),
                "%",
                10,
                "每低1个百分点扣1分",
            ),
            (
                "成本指标",
                10,
                "经济成本指标",
                "药占比较上年下降",
                "≥",
                1,
                "百分点",
                5,
                "未下降不得分",
            ),
            (
                None,
                None,
                "经济成本指标",
                "百元医疗收入消耗的卫生材料费用",
                "≤",
                20,
                "元",
                5,
                "超出不得分",
            ),
            (
                "效益指标",
                30,
                "社会效益指标",
                "次均住院费用增幅",
                "≤",
                pct(0.05),
                "%",
                10,
                "每超1个百分点扣2分",
            ),
            (None, None, "社会效益指标", "平均住院日", "≤", 7.9, "天", 10, "每超0.5天扣2分"),
            (
                None,
                None,
                "可持续影响指标",
                "医疗质量控制综合评价",
                None,
                "优",
                None,
                10,
                "优得满分，良得8分，中得5分",
            ),
            (
                "满意度指标",
                10,
                "服务对象满意度指标",
                "住院患者满意度",
                "≥",
                pct(0.925, "0.0%"),
                "%",
                5,
                "每低1个百分点扣1分",
            ),
            (
                None,
                None,
                "服务对象满意度指标",
                "门诊患者满意度",
                "≥",
                pct(0.88),
                "%",
                5,
                "每低1个百分点扣1分",
            ),
        ],
        merged=(1, 2),
    )
    s.row("合计", 100, None, None, None, None, None, 100, None)
    return b
