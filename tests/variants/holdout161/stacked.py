"""Stacked projects of the 161st held-out set: two project tables one under the other in one
sheet."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout161.common import H4, book, indicators, one_year_money, w
from tests.variants.holdout161.registry import variant
from tests.variants.kit import Book, mk


@variant("no07-stacked-trees-and-wildlife", (2,), "two one-year projects stacked, OLD-NAT, one "
         "value column; the same satisfaction name with different values in each")  # fmt: skip
def no07() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="2026年城区古树名木日常养护", dept="青岚县林业局（312001）",
        unit="青岚县林业技术推广中心", money=one_year_money(w(38), w(38), w(0)),
        goals=["对城区215株挂牌古树名木开展日常养护，古树名木保存率100%。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "日常养护古树株数", "≥215株"),
        (None, "质量指标", "养护作业检查合格率", "≥95%"),
        (None, "时效指标", "病虫害发现后处置时限", "≤3天"),
        (None, "成本指标", "单株年均养护成本", "≤1700元/株"),
        ("效益指标", "生态效益指标", "古树名木保存率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="2026年野生动物收容救护", dept="青岚县林业局（312001）",
        unit="青岚县野生动物保护站", money=one_year_money(w(42), w(36), w(6)), title="",
        goals=["收容救护受伤、受困野生动物180只以上，救护后符合条件的及时放归。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "收容救护野生动物只数", "≥180只"),
        (None, "质量指标", "救护野生动物放归成功率", "≥70%"),
        (None, "时效指标", "接报后到达现场时限", "≤2小时"),
        (None, "成本指标", "单只救护平均成本", "≤2000元/只"),
        ("效益指标", "社会效益指标", "野生动物保护宣传受众人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("no10-stacked-patrol-and-farm", (2, 5), "two one-year projects stacked, NAT-2021, "
         "one value column; a tier-2 under the wrong tier-1 in the first, a "
         "duplicate in the second")  # fmt: skip
def no10() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="2026年护林员巡护管理", dept="白溪县林业局（215003）",
        unit="白溪县林长制办公室", money=one_year_money(w(150), w(150), w(0)),
        goals=["管理生态护林员300人，实现重点林区巡护全覆盖。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "管理生态护林员人数", "≥300人"),
        (None, "质量指标", "护林员巡护到岗率", "≥95%"),
        (None, mk("社会效益指标", "F105", "error", note="社会效益指标 belongs under 效益指标"),
         "带动脱贫户就业人数", "≥120人"),
        ("成本指标", "经济成本指标", "护林员人均年劳务补助", "≤0.5万元/人"),
        ("效益指标", "生态效益指标", "重点林区巡护覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="2026年国有林场职工培训", dept="白溪县林业局（215003）",
        unit="白溪县国有溪口林场", money=one_year_money(w(18), w(18), w(0)), title="",
        goals=["培训国有林场职工240人次，提高营林、防火和有害生物防治技能。"],
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "培训林场职工人次", "≥240人次"),
        (None, None, "举办培训班期数", "≥6期"),
        (None, None, mk("培训林场职工人次", "D101", "warning", row=True,
                        note="the same indicator as two rows above"), "≥240人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤700元/人次"),
        ("效益指标", "社会效益指标", "职工持证上岗率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训职工满意度", "≥90%"),
    ])  # fmt: skip
    return b
