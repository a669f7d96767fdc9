"""Money in 元 typed as text with thousands separators (``1,280,000.00``), as pasted from a
budget system: legible amounts (a X103 warning is tolerated, not asked for)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout2.registry import variant
from tests.variants.kit import Book, mk, ok

TEXT = "amount typed as text with separators: X103 tolerated"


def _y(text: str) -> object:
    return ok(text, note=TEXT)


@variant("k07-yuan-text-correct", (9, 12),
         "one-year project, NAT-2021, 项目资金（元） typed as text with thousands separators, "
         "costs in 元 with separators inside the values; every sum holds (correct)")  # fmt: skip
def k07() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    project_head(s, year=2025, name="基层农技人员能力提升培训项目",
                 dept="青岚市农业农村局（131）", unit="青岚市农业技术推广中心",
                 money_label="项目资金（元）",
                 money=[("年度资金总额", _y("1,280,000.00"), "其中：财政拨款",
                         _y("1,080,000.00")),
                        ("其他资金", _y("200,000.00"), None, None)],
                 goals=["培训基层农技人员300人，建设田间实训基地6个，示范推广新品种新技术"
                        "20项以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明")
    s.table([
        ("产出指标", "数量指标", "培训基层农技人员", "≥300人", ""),
        (None, None, "田间实训基地", "≥6个", ""),
        (None, "质量指标", "培训考核合格率", "≥90%", ""),
        (None, "时效指标", "培训完成时间", "2025年10月31日前", ""),
        ("成本指标", "经济成本指标", "人均培训成本", "≤3,200元/人", "含食宿、教材、师资"),
        (None, None, "实训基地建设补助标准", "≤50,000元/个", ""),
        ("效益指标", "经济效益指标", "示范推广新品种新技术", "≥20项", ""),
        (None, "可持续影响指标", "农技人员继续教育制度", "建立并执行", ""),
        ("满意度指标", "服务对象满意度指标", "参训农技人员满意度", "≥90%", ""),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k17-yuan-text-wrong", (9, 12),
         "one-year project, 项目资金（元） as text with separators: 财政拨款 + 其他资金 ≠ "
         "资金总额, and a per-head cost × head count above the budget")  # fmt: skip
def k17() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表")
    total = mk(_y("2,450,000.00"), "B101", "error", row=True,
               note="2,150,000 + 200,000 = 2,350,000 ≠ 2,450,000")  # fmt: skip
    project_head(s, year=2025, name="退役军人职业技能培训项目",
                 dept="白沙河区退役军人事务局（133）", unit="白沙河区退役军人服务中心",
                 money_label="项目资金（元）",
                 money=[("年度资金总额", total, "其中：财政拨款", _y("2,150,000.00")),
                        ("其他资金", _y("200,000.00"), None, None)],
                 goals=["组织退役军人职业技能培训400人次，结业率95%以上，促进退役军人就业"
                        "创业。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明")
    s.table([
        ("产出指标", "数量指标", "培训退役军人", "≥400人次", ""),
        (None, "质量指标", "培训结业率", "≥95%", ""),
        (None, "时效指标", "培训补贴发放时限", "≤20个工作日", ""),
        ("成本指标", "经济成本指标", "人均培训费",
         mk("≤8,000元/人次", "B107", "warning", row=True,
            note="400 × 8,000 = 3,200,000 > 2,450,000"), ""),
        ("效益指标", "社会效益指标", "参训人员就业创业率", "≥70%", ""),
        (None, "可持续影响指标", "退役军人就业服务机制", "持续完善", ""),
        ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", "≥90%", ""),
    ], merged=(1, 2))  # fmt: skip
    return b
