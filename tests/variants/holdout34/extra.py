"""Two more returns: road safety works with word operators in their own column and a direction
column (correct), and a canal lining project with malformed thresholds and an earthwork unit
price above the money (not correct)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout34.registry import variant
from tests.variants.holdout34.water import indicators
from tests.variants.kit import WAN, Book, mk, money, pct

WORD_HEAD = (
    "一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位", "指标解释",
)  # fmt: skip


@variant("ir17-road-safety-words-ok", (1, 11), "project, OLD-NAT, word operators, direction column")
def ir17() -> Book:
    """Correct: 大于等于 / 小于等于 / 等于 in the operator column, 正向 / 反向 in a direction
    column, a 指标解释 column; 资金总额 = 当年财政拨款 + 上年结转 + 其他资金."""
    b = Book()
    s = b.sheet("安防工程", widths=(14, 16, 26, 10, 10, 12, 12, 30))
    project_head(
        s,
        year=2025,
        name="苍岭县农村公路安全生命防护工程",
        dept="苍岭县交通运输局 126",
        unit="苍岭县农村公路建设中心",
        money=[
            ("年度资金总额", money(342, WAN), "其中：当年财政拨款", money(300, WAN)),
            ("上年结转", money(30, WAN), "其他资金", money(12, WAN)),
        ],
        goals=[
            "完成农村公路安全生命防护工程180公里，设置波形护栏96公里，处治临水临崖隐患点"
            "42处，农村公路交通事故起数逐步下降。"
        ],
    )
    indicators(
        s,
        WORD_HEAD,
        [
            ("产出指标", "数量指标", "安全生命防护工程实施里程", "正向", "大于等于", 180, "公里",
             "按交工验收里程计"),
            (None, None, "设置波形护栏", "正向", "大于等于", 96, "公里", None),
            (None, None, "处治临水临崖隐患点", "正向", "大于等于", 42, "处", None),
            (None, "质量指标", "交工验收合格率", "正向", "等于", pct(1), "%", None),
            (None, "时效指标", "工程建设工期", "反向", "小于等于", 9, "个月",
             "2025年3月开工，11月底前完工"),
            (None, "成本指标", "安防工程平均造价", "反向", "小于等于", 1.8, "万元/公里",
             "含护栏、标志标线"),
            ("效益指标", "社会效益指标", "农村公路交通事故起数", "反向", "小于等于", 26, "起",
             "上年为31起"),
            (None, "可持续影响指标", "安防设施管护责任", "正向", "定性", "落实到位", None, None),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "正向", "大于等于",
             pct(0.9), "%", None),
        ],
    )  # fmt: skip
    return b


@variant("ir18-canal-lining-thresholds", (1, 12), "project, NAT-2021, one value column")
def ir18() -> Book:
    """Three slips: `95%%`, a pass rate typed `>=95` without %, an earthwork unit price × volume
    above the year's money."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="云崖县灌区渠道防渗衬砌工程",
        dept="云崖县水利局 402",
        unit="云崖县灌区管理所",
        money=[
            ("年度资金总额", money(300, WAN), "其中：财政拨款", money(280, WAN)),
            ("其他资金", money(20, WAN), None, None),
        ],
        goals=["衬砌灌区干支渠12公里，完成土方8万立方米，改善灌溉面积0.6万亩。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("成本指标", "经济成本指标", "土方工程单价",
             mk("≤45元/立方米", "B107", "warning", row=True)),
            ("产出指标", "数量指标", "渠道防渗衬砌长度", "≥12公里"),
            (None, None, "完成土方", "≥8万立方米"),
            (None, "质量指标", "衬砌工程验收合格率", mk(">=95", "T105", "warning",
                                                        alt=("T104", "T116"))),
            (None, None, "渠道输水损失降低率", mk("≥15%%", "T116", "warning")),
            (None, "时效指标", "衬砌工程完工时间", "2025年10月31日前"),
            ("效益指标", "经济效益指标", "改善灌溉面积", "≥0.6万亩"),
            ("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%"),
        ],
    )  # fmt: skip
    return b
