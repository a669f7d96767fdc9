"""社保中心: projects exported twice, one sheet marked 作废 or 旧版."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout23.registry import variant
from tests.variants.holdout23.system import (
    banner,
    grid,
    hide,
    signature,
)
from tests.variants.kit import Book, Sheet, day, mk, money

AMOUNT = "#,##0.00"


def _pension_sheet(
    b: Book,
    title: str,
    void: bool,
    total: float,
    grant: float,
    other: float,
    insured: str,
    checked: str,
) -> Sheet:
    s = b.sheet(title, (14, 16, 30, 8, 10, 12, 20, 10))
    suffix = "（旧版，已作废）" if void else ""
    banner(s, f"2027年度项目支出绩效目标表{suffix}", 1, 7)
    if void:
        grid(s, 1, ("本表已作废，以《绩效目标表》为准", 7))
    grid(
        s,
        1,
        ("项目名称", 1),
        ("城乡居民基本养老保险经办服务", 2),
        ("项目编码", 1),
        ("45092527T000000050218", 3),
    )
    grid(
        s,
        1,
        ("主管部门", 1),
        ("曲沅县人力资源和社会保障局", 2),
        ("实施单位", 1),
        ("曲沅县社会保险事业管理中心", 3),
    )
    grid(s, 1, ("项目属性", 1), ("经常性项目", 2), ("项目期限", 1), ("1年", 3))
    grid(
        s,
        1,
        ("资金情况（万元）", 1),
        ("年度资金总额", 1),
        (money(total, AMOUNT), 1),
        ("财政拨款", 1),
        (money(grant, AMOUNT), 1),
        ("其他资金", 1),
        (money(other, AMOUNT), 1),
    )
    grid(
        s,
        1,
        ("年度绩效目标", 1),
        (
            "做好城乡居民基本养老保险参保登记、待遇领取资格认证和待遇发放，确保养老金按时足额发放，"
            "符合条件人员应保尽保。",
            6,
        ),
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "备注", "指标代码")
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "城乡居民养老保险参保人数", "≥", insured, "万人", None),
        ("产出指标", "数量指标", "待遇领取资格认证人数", "≥", checked, "万人", None),
        ("产出指标", "质量指标", "养老金按时足额发放率", "=", "100", "%", None),
        ("产出指标", "质量指标", "参保登记信息准确率", "≥", "98", "%", None),
        ("产出指标", "时效指标", "待遇申领办结时限", "≤", "10", "个工作日", None),
        ("成本指标", "经济成本指标", "单人次经办服务成本", "≤", "18", "元/人次", None),
        ("效益指标", "社会效益指标", "符合条件人员参保", None, "应保尽保", None, "定性"),
        ("效益指标", "可持续影响指标", "养老保险基金运行", None, "安全平稳", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", "90", "%", None),
    ]
    for i, r in enumerate(rows, start=1):
        s.row(*r, f"0{i}")
    hide(s, 8)
    return s


@variant(
    "ig06-pension-void-copy-ok",
    (2, 4),
    "project, NAT-2021, exported twice: the live sheet first, then the old version on a "
    "sheet marked 作废 with other amounts and targets; split 比较符/指标值/计量单位, numbers as "
    "text, =100% on a payment rate, hidden code column",
)
def pension_void_copy_ok() -> Book:
    b = Book()
    s = _pension_sheet(b, "绩效目标表", False, 310, 280, 30, "15.2", "4.1")
    s.skip()
    signature(s, 1, "覃海燕", "黄志远", "0774-5213098", day(2026, 10, 12))
    _pension_sheet(b, "绩效目标表（作废）", True, 298, 270, 28, "15.0", "4.0")
    return b


def _injury_sheet(b: Book, title: str, void: bool, total: float, grant: float) -> None:
    s = b.sheet(title, (14, 16, 30, 8, 10, 10, 22))
    banner(s, "2027年度项目支出绩效目标表" + ("（旧版，作废）" if void else ""), 1, 7)
    grid(
        s,
        1,
        ("项目名称", 1),
        ("工伤保险经办服务", 2),
        ("项目编码", 1),
        ("43112527T000000070031", 3),
    )
    grid(
        s,
        1,
        ("主管部门", 1),
        ("桦岭县人力资源和社会保障局", 2),
        ("实施单位", 1),
        ("桦岭县社会保险事业管理中心", 3),
    )
    grid(s, 1, ("项目属性", 1), ("经常性项目", 2), ("项目期限", 1), ("1年", 3))
    grid(
        s,
        1,
        ("资金情况（万元）", 1),
        ("年度资金总额", 1),
        (money(total, AMOUNT), 1),
        ("财政拨款", 1),
        (money(grant, AMOUNT), 1),
        ("其他资金", 1),
        (money(total - grant, AMOUNT), 1),
    )
    grid(
        s,
        1,
        ("年度绩效目标", 1),
        ("做好工伤保险参保扩面、工伤认定和待遇支付，工伤保险待遇按时足额发放。", 6),
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标解释")
    if void:
        deadline: tuple[Any, ...] = ("≤", 60, "日")
        complaints: tuple[Any, ...] = ("≤", 2, "%")
    else:
        deadline = ("≥", mk(95, "T113", "warning", row=True, alt=("T108",)), "%")
        complaints = (mk("≥", "T108", "warning", row=True), 5, "%")
    s.table(
        [
            ("产出指标", "数量指标", "工伤保险参保人数", "≥", 3.6, "万人", None),
            ("产出指标", "数量指标", "工伤认定受理件数", "≥", 420, "件", None),
            ("产出指标", "质量指标", "工伤保险待遇按时足额发放率", "=", 100, "%", None),
            ("产出指标", "时效指标", "工伤认定办结时限", *deadline, "自受理之日起"),
            ("成本指标", "经济成本指标", "劳动能力鉴定单人次费用", "≤", 400, "元/人次", None),
            ("效益指标", "社会效益指标", "工伤认定投诉率", *complaints, "投诉件数÷认定件数"),
            ("效益指标", "可持续影响指标", "工伤保险基金运行", None, "安全平稳", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "参保单位和职工满意度", "≥", 90, "%", None),
        ]
    )


@variant(
    "ig18-injury-void-first",
    (2, 11),
    "project, NAT-2021, exported twice with the void old version as the first sheet and the "
    "live one second: a deadline given as a percentage and a 反向 rate with ≥ on the live "
    "sheet",
)
def injury_void_first() -> Book:
    b = Book()
    _injury_sheet(b, "旧版（作废）", True, 85, 78)
    _injury_sheet(b, "绩效目标表", False, 88, 80)
    return b
