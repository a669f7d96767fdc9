"""Two projects stacked in one sheet, 170th held-out set: nx06 (correct) and nx17 (planted
mistakes)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout170.common import indicators, one_year, sheet, w
from tests.variants.holdout170.registry import variant
from tests.variants.kit import Book, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("nx06-stacked-outfalls-hazwaste", (2,), "two projects stacked, OLD-NAT, one value "
         "column; the same 满意度 name with different values in the two projects")  # fmt: skip
def nx06() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="白沙河区入河排污口排查整治项目",
        dept="白沙河区生态环境分局（630211）", unit="白沙河区生态环境分局",
        money=one_year(w(96), w(96), w(0)), attr="一次性项目",
        goals=["完成辖区主要河道入河排污口排查、监测和溯源，分类推进排污口整治。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "排查河道长度", "≥180公里"),
        (None, None, "完成溯源的入河排污口", "≥320个"),
        (None, "质量指标", "排污口整治完成率", "≥90%"),
        (None, "时效指标", "排查任务完成时间", "2026年10月31日前"),
        (None, "成本指标", "单个排污口溯源费用", "≤0.2万元/个"),
        ("效益指标", "生态效益指标", "入河排污口规范化设置率", "≥85%"),
        (None, "可持续影响指标", "排污口“一口一档”动态管理", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "相关企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="白沙河区危险废物规范化管理项目",
        dept="白沙河区生态环境分局（630211）", unit="白沙河区生态环境分局",
        money=one_year(w(64), w(54), w(10)),
        goals=["开展危险废物产生单位规范化管理评估和转移联单抽查，防范环境风险。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "危险废物产生单位规范化评估", "≥120家"),
        (None, None, "危险废物转移联单抽查", "≥600份"),
        (None, "质量指标", "规范化管理评估达标率", "≥90%"),
        (None, "时效指标", "评估结果反馈时限", "≤15个工作日"),
        (None, "成本指标", "单家企业评估费用", "≤0.4万元/家"),
        ("效益指标", "社会效益指标", "危险废物环境污染事件", "=0起"),
        (None, "可持续影响指标", "危险废物信息化管理", "有效"),
        ("满意度指标", "服务对象满意度指标", "相关企业满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("nx17-stacked-outfalls-noise-defects", (2, 9), "two projects stacked, OLD-NAT, one value "
         "column: an indicator twice with two targets in the first, a rate as a count in the "
         "second")  # fmt: skip
def nx17() -> Book:
    b = Book()
    s = sheet(b)
    project_head(
        s, year=2026, name="石岭县入河排污口溯源整治项目",
        dept="石岭县生态环境分局（523207）", unit="石岭县生态环境分局",
        money=one_year(w(88), w(80), w(8)), attr="一次性项目",
        goals=["完成县域主要河流入河排污口溯源，建立排污口清单并推进分类整治。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "完成溯源的入河排污口", "≥300个"),
        (None, None, "排污口水质监测", "≥600次"),
        (None, "质量指标", "排污口整治完成率", "≥85%"),
        (None, None, mk(mk("完成溯源的入河排污口", "D102", "error", row=True,
                           alt=("D101", "D103"), note="row 1 again, with 320 instead of 300"),
                        "F201", "warning", row=True, required=False,
                        note="a count under 质量: the same slip"), "≥320个"),
        (None, "时效指标", "溯源报告提交时限", "≤30个工作日"),
        (None, "成本指标", "单个排污口溯源费用", "≤0.25万元/个"),
        ("效益指标", "生态效益指标", "县控断面水质达标率", "≥90%"),
        (None, "可持续影响指标", "排污口动态管理台账", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="石岭县城区噪声污染治理项目",
        dept="石岭县生态环境分局（523207）", unit="石岭县生态环境分局",
        money=one_year(w(72), w(72), w(0)),
        goals=["布设城区噪声自动监测点位，开展夜间施工噪声和社会生活噪声专项治理。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "布设噪声自动监测点位", "≥10个"),
        (None, None, "夜间施工噪声专项检查", "≥60次"),
        (None, "质量指标", "噪声扰民投诉办结率",
         mk("150件", "T105", "error", note="a 办结率 given as a count")),
        (None, "时效指标", "噪声投诉办结时限", "≤7个工作日"),
        (None, "成本指标", "单个监测点位建设费用", "≤4.5万元/个"),
        ("效益指标", "生态效益指标", "声环境功能区夜间达标率", "≥80%"),
        (None, "社会效益指标", "噪声扰民投诉件数同比下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "城区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b
