"""基本公共卫生 and 地方病防控: rates, operators and thresholds as staff get them wrong."""

from __future__ import annotations

from tests.variants.holdout23.registry import variant
from tests.variants.holdout23.system import (
    banner,
    grid,
    hide,
)
from tests.variants.kit import Book, mk, money

AMOUNT = "#,##0.00"


@variant(
    "ig10-public-health-rates-as-counts",
    (1,),
    "project, NAT-2021, export with 比较符/指标值/计量单位/指标方向 and a hidden code column: a "
    "rate given as a count, a rate with no %, a coverage rate over 100",
)
def public_health_rates_as_counts() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (14, 14, 32, 8, 10, 10, 10, 28, 10))
    banner(s, "2027年度项目支出绩效目标表", 1, 8)
    grid(
        s,
        1,
        ("项目名称", 1),
        ("基本公共卫生服务项目", 2),
        ("项目编码", 2),
        ("41272627T000000030014", 3),
    )
    grid(
        s,
        1,
        ("主管部门", 1),
        ("[412]鹤汀县卫生健康委员会", 2),
        ("实施单位", 2),
        ("[412]鹤汀县卫生健康委员会（本级）", 3),
    )
    grid(s, 1, ("项目属性", 1), ("经常性项目", 2), ("项目期限", 2), ("1年", 3))
    grid(
        s,
        1,
        ("资金情况（万元）", 1),
        ("年度资金总额", 1),
        (money(2688, AMOUNT), 1),
        ("财政拨款", 2),
        (money(2688, AMOUNT), 1),
        ("其他资金", 1),
        (money(0, AMOUNT), 1),
    )
    grid(
        s,
        1,
        ("年度绩效目标", 1),
        (
            "按人均不低于94元的标准落实基本公共卫生服务，规范管理高血压、糖尿病患者，做好老年人和重点"
            "人群健康管理与家庭医生签约服务。",
            7,
        ),
    )
    s.row(
        "一级指标",
        "二级指标",
        "三级指标",
        "比较符",
        "指标值",
        "计量单位",
        "指标方向",
        "指标解释",
        "指标ID",
    )
    rows = [
        ("产出指标", "数量指标", "高血压患者健康管理人数", "≥", "21500", "人", "正向", None),
        ("产出指标", "数量指标", "65岁及以上老年人健康体检人数", "≥", "24000", "人", "正向", None),
        (
            "产出指标",
            "质量指标",
            "高血压患者规范管理率",
            "≥",
            mk("5200", "T105", "error", row=True),
            "人",
            "正向",
            "规范管理人数÷管理人数",
        ),
        (
            "产出指标",
            "质量指标",
            "老年人健康管理率",
            "≥",
            mk("70", "T105", "warning", row=True, alt=("T104",)),
            None,
            "正向",
            None,
        ),
        ("产出指标", "质量指标", "居民电子健康档案建档率", "≥", "90", "%", "正向", None),
        ("产出指标", "时效指标", "补助资金拨付及时率", "≥", "95", "%", "正向", "按季度预拨"),
        (
            "成本指标",
            "经济成本指标",
            "人均基本公共卫生服务经费补助标准",
            "≥",
            "94",
            "元/人",
            "正向",
            "国家最低标准",
        ),
        (
            "效益指标",
            "社会效益指标",
            "家庭医生签约服务重点人群覆盖率",
            "≥",
            mk("105", "T106", "error", row=True),
            "%",
            "正向",
            None,
        ),
        (
            "效益指标",
            "可持续影响指标",
            "基层健康管理服务能力",
            "定性",
            "逐步提高",
            None,
            "定性",
            None,
        ),
        (
            "满意度指标",
            "服务对象满意度指标",
            "居民对基本公共卫生服务满意度",
            "≥",
            "85",
            "%",
            "正向",
            None,
        ),
    ]
    for i, r in enumerate(rows, start=1):
        s.row(*r, f"{i:03d}")
    hide(s, 9)
    return b


@variant(
    "ig11-endemic-direction-malformed",
    (9, 11),
    "project, OLD-NAT, values with the operator inside, a unit column filled only for bare "
    "numbers, 指标方向 (正向/反向): a 反向 rate with ≥, two operators, a doubled %, an ASCII "
    "operator on a rate without %",
)
def endemic_direction_malformed() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 32, 12, 10, 10, 20))
    banner(s, "澄湄县2027年项目支出绩效目标表", 1, 7)
    grid(
        s,
        1,
        ("项目名称", 1),
        ("重大传染病及地方病防控", 2),
        ("项目编码", 1),
        ("36152427T000000008902", 3),
    )
    grid(
        s,
        1,
        ("主管部门", 1),
        ("澄湄县卫生健康委员会", 2),
        ("实施单位", 1),
        ("澄湄县疾病预防控制中心", 3),
    )
    grid(s, 1, ("项目属性", 1), ("经常性项目", 2), ("项目期限", 1), ("1年", 3))
    grid(
        s,
        1,
        ("资金情况（万元）", 1),
        ("年度资金总额", 1),
        (money(312.5, AMOUNT), 1),
        ("财政拨款", 1),
        (money(292.5, AMOUNT), 1),
        ("其他资金", 1),
        (money(20, AMOUNT), 1),
    )
    grid(
        s,
        1,
        ("年度绩效目标", 1),
        (
            "做好结核病、艾滋病和碘缺乏病防控，肺结核患者成功治疗率达到90%以上，重点人群艾滋病检测"
            "覆盖率达到95%以上，合格碘盐食用率保持在95%以上。",
            6,
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "肺结核可疑症状者筛查人数", "≥2000", "人次", "正向", None),
            (None, None, "重点人群艾滋病检测人数", "≥6500", "人次", "正向", None),
            (None, None, "碘盐监测抽检份数", "≥300", "份", "正向", None),
            (
                None,
                "质量指标",
                "肺结核患者成功治疗率",
                mk("≥≤90%", "T116", "warning"),
                None,
                "正向",
                None,
            ),
            (
                None,
                None,
                "重点人群艾滋病检测覆盖率",
                mk("≥95%%", "T116", "warning"),
                None,
                "正向",
                None,
            ),
            (
                None,
                None,
                "合格碘盐食用率",
                mk(">=95", "T105", "warning", alt=("T104", "T116")),
                None,
                "正向",
                None,
            ),
            (None, "时效指标", "疫情报告及时率", "≥95%", None, "正向", None),
            (None, "成本指标", "碘盐监测每份检测费用", "≤80", "元/份", "反向", None),
            (
                "效益指标",
                "社会效益指标",
                "结核病患者治疗失访率",
                mk("≥5%", "T108", "warning", row=True),
                None,
                "反向",
                None,
            ),
            (None, "可持续影响指标", "碘缺乏病消除状态", "持续保持", None, "正向", None),
            ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", None, "正向", None),
        ],
        merged=(1, 2),
    )
    return b
