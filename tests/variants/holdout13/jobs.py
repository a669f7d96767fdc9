"""人社 employment-subsidy special funds: amounts in 元 carried by the number format, text-typed
numbers pasted from another sheet, 实施期 and 年度 columns, a 计量单位 column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout13.common import cofund, sign
from tests.variants.holdout13.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位", "备注")


@variant("y07-employment-subsidy-ok", (1, 8, 12), "project, 元 in the format, text numbers")
def y07() -> Book:
    b = Book()
    s = b.sheet("就业补助", (16, 18, 30, 16, 16, 10, 20))
    project_head(s, year=2025, name="沙湾区就业补助资金（职业技能提升）",
                 dept="沙湾区人力资源和社会保障局",
                 unit="沙湾区就业服务中心", years=2, money_label="项目资金（元）", money=[
                     ("中期资金总额", money(7_200_000, YUAN), "年度资金总额",
                      money(3_600_000, YUAN)),
                     ("其中：财政拨款", money(7_200_000, YUAN), "其中：财政拨款",
                      money(3_600_000, YUAN)),
                     ("其他资金", money(0, YUAN), "其他资金", money(0, YUAN))],
                 goals=("2025—2026年开展补贴性职业技能培训2400人次，帮助1000名困难人员就业。",
                        "2025年开展补贴性职业技能培训1200人次，"
                        "帮助500名困难人员就业。"))  # fmt: skip
    cofund(s, (1_800_000, 900_000, 600_000, 300_000), fmt=YUAN, label="年度资金来源（元）")
    s.row(*HEAD)
    s.table([
        ("成本指标", "经济成本指标", "人均职业技能培训补贴", "≤1500", "≤1500", "元/人",
         "按工种分档"),
        (None, "社会成本指标", "补贴发放差错", "0", "0", "笔", None),
        ("产出指标", "数量指标", "补贴性职业技能培训", "2400", "1200", "人次", "系统导出"),
        (None, None, "困难人员实现就业", "≥1000", "≥500", "人", None),
        (None, "质量指标", "培训后取证率", pct(0.85, "0.0%"), pct(0.85, "0.0%"), "%", None),
        (None, None, "培训后就业率", pct(0.625, "0.0%"), pct(0.625, "0.0%"), "%", None),
        (None, "时效指标", "补贴资金拨付时限", "≤30个工作日", "30日内", None, "自审核通过起"),
        ("效益指标", "社会效益指标", "城镇调查失业率", "≤5.5%", "≤5.5%", "%", "控制目标"),
        (None, None, "劳动者就业技能", "有效提升", "有效提升", None, None),
        (None, "可持续影响指标", "技能培训与岗位对接机制", "逐步完善", "逐步完善", None, None),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "90%-95%", "90%-95%", "%",
         "第三方调查"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="蒋琳", boss="曹文华")
    return b


@variant("y08-public-jobs-wrong", (6, 9, 13), "project, planted count rate, template rows, PDF")
def y08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 10, 20))
    project_head(s, year=2025, name="南屏县公益性岗位补贴", dept="南屏县人力资源和社会保障局",
                 unit="南屏县就业服务局", money=[
                     ("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",)),
                      "其中：财政拨款", money(1205.3376, "0.0000")),
                     ("其他资金", money(0, "0.0000"), None, None)],
                 goals=("开发乡村公益性岗位800个，安置就业困难人员800人。",))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "开发乡村公益性岗位", "≥800", "个", None),
        (None, None, "安置就业困难人员就业率",
         mk("800人", "T105", "error", note="a rate given as a count"), "人", None),
        (None, "质量指标", "岗位补贴发放准确率", "100%", "%", None),
        (None, "时效指标", mk(None, "F110", "error", note="value without a name"), "≤15日", "日",
         "每月"),
        ("成本指标", "经济成本指标", "公益性岗位补贴标准", "≤1200", "元/人·月", None),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True, note="template row left"),
         None, None, None, None),
        (None, "社会效益指标", "就业困难人员稳定就业", "有效保障", None, None),
        ("满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, 2025, who="卢小平", boss="孔亮")
    return b
