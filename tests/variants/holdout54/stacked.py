"""Stacked projects converted page by page, with planted mistakes: the second project's annual
budget exceeds its period total and a deadline falls after its project period."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout54.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok


@variant(
    "jl18-stacked-annual-over-total",
    (2, 4, 12),
    "two projects stacked, OLD-NAT, a page number between them: the second project's 年度资金 "
    "exceeds its 中期资金 and a deadline falls after its project period",
)
def jl18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 16, 16))
    project_head(
        s,
        year=2027,
        name="临溪县农产品质量安全检测能力提升项目",
        dept="临溪县农业农村局（118）",
        unit="临溪县农产品质量安全检测站",
        money=[
            ("资金总额", money(58, WAN), "其中：财政拨款", money(58, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["完成农产品质量安全快速检测6000批次，培训乡镇检测人员120人次。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "农产品质量安全快速检测批次", "≥6000批次"),
            (None, None, "乡镇检测人员培训人次", "≥120人次"),
            (None, "质量指标", "检测结果复核准确率", "≥98%"),
            (None, "时效指标", "检测结果报送时限", "≤24小时"),
            (None, "成本指标", "单批次快速检测成本", "≤60元/批次"),
            ("效益指标", "社会效益指标", "主要农产品质量安全监测合格率", "≥98%"),
            (None, "可持续影响指标", "乡镇检测站点正常运行率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "— 1 —")
    project_head(
        s,
        year=2027,
        years=2,
        title="",
        name="临溪县高标准农田建后管护项目",
        dept="临溪县农业农村局（118）",
        unit="临溪县农田建设服务中心",
        money=[
            (
                "中期资金总额",
                money(240, WAN),
                "年度资金总额",
                mk(
                    money(260, WAN),
                    "B103",
                    "error",
                    row=True,
                    note="the annual 260 exceeds the period total 240",
                ),
            ),
            ("其中：财政拨款", money(220, WAN), "其中：财政拨款", ok(money(240, WAN), "error")),
            ("其他资金", money(20, WAN), "其他资金", money(20, WAN)),
        ],
        goals=[
            "两年内对4.6万亩高标准农田开展建后管护，修复损毁灌排渠道30公里。",
            "对2.3万亩高标准农田开展建后管护，修复损毁灌排渠道18公里。",
        ],
    )
    s.row("一级指标", "二级指标", "三级指标", "年度指标值")
    s.table(
        [
            ("产出指标", "数量指标", "建后管护农田面积", "≥2.3万亩"),
            (None, None, "修复损毁灌排渠道长度", "≥18公里"),
            (None, "质量指标", "管护设施完好率", "≥90%"),
            (
                None,
                "时效指标",
                "损毁设施修复完成时间",
                mk("2029年6月30日前", "Y102", "error", note="after the period 2027–2028"),
            ),
            (None, "成本指标", "亩均管护费用", "≤40元/亩"),
            ("效益指标", "经济效益指标", "管护区粮食单产增长率", "≥3%"),
            (None, "可持续影响指标", "灌排设施正常使用率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.row(None, None, "— 2 —")
    return b
