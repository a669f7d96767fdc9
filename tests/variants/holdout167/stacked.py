"""Two projects stacked in one sheet: 律师和公证行业监管, 安置帮教 (nu16, nu17)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout167.common import indicators, one_year, w
from tests.variants.holdout167.registry import variant
from tests.variants.kit import Book, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("nu16-stacked-wrong", (2,), "two one-year projects stacked, OLD-NAT, one value "
         "column: a 考核完成率 given as a count, a 衔接率 over 100 %")  # fmt: skip
def nu16() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2027,
        name="青榆市律师行业监督管理经费",
        dept="青榆市司法局（401003）",
        unit="青榆市司法局律师工作科",
        money=one_year(w(32), w(32), w(0)),
        goals=["完成全市律师事务所年度检查考核，开展律师执业专项检查。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "律师事务所年度检查考核", "≥120家"),
        (None, None, "开展律师执业专项检查", "≥4次"),
        (None, "质量指标", "律师年度执业考核完成率",
         mk("≥900人", "T105", "error", note="a 完成率 needs a percentage")),
        (None, "时效指标", "投诉案件办结时限", "≤60日"),
        (None, "成本指标", "单家律所检查考核成本", "≤2000元/家"),
        ("效益指标", "社会效益指标", "律师执业违法违规投诉率", "≤2%"),
        (None, "可持续影响指标", "律师行业监管机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2027,
        title="",
        name="青榆市安置帮教工作经费",
        dept="青榆市司法局（401003）",
        unit="青榆市安置帮教工作办公室",
        money=one_year(w(45), w(40), w(5)),
        goals=["刑满释放人员全部衔接，过渡性安置帮扶150人以上。"],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "刑满释放人员衔接帮教", "≥450人"),
        (None, None, "过渡性安置帮扶", "≥150人"),
        (None, "质量指标", "刑满释放人员衔接率",
         mk("≥105%", "T106", "error", note="a 衔接率 cannot exceed 100 %")),
        (None, "时效指标", "帮教对象信息核查反馈时限", "≤5个工作日"),
        (None, "成本指标", "过渡性安置人均帮扶补助标准", "≤2500元/人"),
        ("效益指标", "社会效益指标", "安置帮教对象重新违法犯罪率", "≤1%"),
        (None, "可持续影响指标", "安置帮教工作机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("nu17-stacked-lawyers-notaries", (2, 1), "two one-year projects stacked, OLD-NAT, "
         "operator and unit columns, percent cells, the same indicator name in both")  # fmt: skip
def nu17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    project_head(
        s,
        year=2027,
        name="石泷区律师行业监管经费",
        dept="石泷区司法局（306014）",
        unit="石泷区司法局律师公证管理科",
        money=one_year(w(12), w(12), w(0)),
        goals=["完成辖区律师事务所年度检查考核，规范律师执业行为。"],
    )
    s.row(*head)
    s.table([
        ("产出指标", "数量指标", "律师事务所年度检查考核", "≥", 45, "家"),
        (None, "质量指标", "年度检查考核覆盖率", "=", pct(1), "%"),
        (None, "时效指标", "律师投诉案件办结时限", "≤", 60, "日"),
        (None, "成本指标", "单家律所检查考核成本", "≤", 2000, "元/家"),
        ("效益指标", "社会效益指标", "律师执业违法违规投诉率", "≤", pct(0.02), "%"),
        (None, "可持续影响指标", "律师行业诚信档案", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2027,
        title="",
        name="石泷区公证行业监管经费",
        dept="石泷区司法局（306014）",
        unit="石泷区司法局律师公证管理科",
        money=one_year(w(8), w(6), w(2)),
        goals=["开展公证质量检查，提升公证服务规范化水平。"],
    )
    s.row(*head)
    s.table([
        ("产出指标", "数量指标", "抽查公证卷宗", "≥", 600, "件"),
        (None, "质量指标", "公证卷宗质量检查合格率", "≥", pct(0.97), "%"),
        (None, "时效指标", "公证投诉办结时限", "≤", 30, "日"),
        (None, "成本指标", "公证卷宗抽查单件成本", "≤", 100, "元/件"),
        ("效益指标", "社会效益指标", "公证错证率", "≤", pct(0.001, "0.0%"), "%"),
        (None, "可持续影响指标", "公证质量监管机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", pct(0.92), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b
