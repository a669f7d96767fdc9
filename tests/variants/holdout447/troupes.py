"""Crosstalk (相声) troupes: percent cells, stacked projects and tier labels (yo01–yo06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout447.common import (
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout447.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "yo01-percent-cells",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit "
    "column, percentages typed in Excel, 万元 only in the number format (correct)",
)
def yo01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="青年相声演员登台扶持项目",
        dept="鹭港区文化和旅游局 305001",
        unit="鹭港区青禾相声社",
        money=one_year(wan(48), wan(40), wan(8)),
        goals=["全年组织青年相声演员登台演出40场，培养新人演员12人，观众满意度保持在90%以上。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "青年演员登台演出场次", "≥", 40, "场"),
        (None, None, "培养新人演员人数", "≥", 12, "人"),
        (None, "质量指标", "新创作品审核通过率", "≥", pct(0.9), "%"),
        (None, "时效指标", "演出场次按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单场演出补贴标准", "≤", 0.8, "万元/场"),
        ("效益指标", "社会效益指标", "观众有效投诉率", "≤", pct(0.02), "%"),
        (None, None, "传统相声社会知晓度", "定性", "提升", None),
        (None, "可持续影响指标", "新人常态化登台机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", pct(0.9), "%"),
    ], header=OPS)  # fmt: skip
    sign(s, "邝立言", "0759-6631 2087")
    return b


@variant(
    "yo02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column: a satisfaction typed "
    "as 105%, a 反向 accident rate with ≥, a 完成率 given as a count",
)
def yo02() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="快板相声进校园项目",
        dept="鹭港区文化和旅游局 305001",
        unit="鹭港区曲艺家协会",
        money=one_year(wan(36), wan(30), wan(6)),
        goals=["在全区中小学开展快板、相声进校园演出30场，编排校园专场节目8个。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "进校园演出场次", "≥", 30, "场"),
        (None, None, mk("校园专场节目排演完成率", "T105", "error", row=True,
                        note="a 完成率 given as a count of programmes (8个), not a %"),
         "≥", 8, "个"),
        (None, "质量指标", "演出节目内容审核合格率", "=", pct(1), "%"),
        (None, "时效指标", "演出任务完成时间", "≤", "2026年12月15日", None),
        (None, "成本指标", "单场演出成本", "≤", 1, "万元/场"),
        ("效益指标", "社会效益指标",
         "演出安全事故发生率", mk("≥", "T108", "warning", row=True,
                                  note="an accident rate is 反向: ≥ 1% rewards accidents"),
         pct(0.01), "%"),
        (None, "可持续影响指标", "曲艺进校园长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a satisfaction capped at 100%"),
         "%"),
    ], header=OPS)  # fmt: skip
    sign(s, "费晓川", "0759-6631 4410")
    return b


@variant(
    "yo03-stacked-troupes",
    (2,),
    "two crosstalk projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction indicator with different values (correct)",
)
def yo03() -> Book:
    b, s = start("项目绩效目标")
    project_head(
        s,
        year=2026,
        name="社区相声巡演项目",
        dept="松埠市文化馆 412007",
        unit="松埠市笑林相声团",
        money=one_year(wan(24), wan(20), wan(4)),
        goals=["在全市12个社区巡演相声24场，丰富居民文化生活。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "社区巡演场次", "≥24场"),
        (None, None, "覆盖社区数量", "≥12个"),
        (None, "质量指标", "巡演节目审核合格率", "≥95%"),
        (None, "时效指标", "巡演任务完成时间", "2026年11月30日前"),
        (None, "成本指标", "单场巡演补助标准", "≤0.9万元/场"),
        ("效益指标", "社会效益指标", "社区居民文化活动参与度", "提升"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s,
        year=2026,
        name="传统相声曲目整理出版项目",
        dept="松埠市文化馆 412007",
        unit="松埠市笑林相声团",
        money=one_year(wan(15), wan(15), wan(0)),
        goals=["整理传统相声曲目60段，出版曲目集1套。"],
        title="",
    )
    indicators(s, [
        ("产出指标", "数量指标", "整理传统曲目段数", "≥60段"),
        (None, None, "出版曲目集", "≥1套"),
        (None, "质量指标", "曲目文本校勘差错率", "≤0.5%"),
        (None, "时效指标", "书稿交付时间", "2026年10月31日前"),
        (None, "成本指标", "每段曲目整理费", "≤0.2万元/段"),
        ("效益指标", "可持续影响指标", "传统曲目数字化保存机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥88%"),
    ])  # fmt: skip
    notes(s, "注：两个项目分别申报，资金不重复安排。", width=4)
    return b


@variant(
    "yo04-stacked-defects",
    (2, 12),
    "two crosstalk projects stacked, OLD-NAT, one value "
    "column: the second project's 年度资金总额 ≠ 财政拨款 + 其他资金, one rate as a count",
)
def yo04() -> Book:
    b, s = start("项目绩效目标")
    project_head(
        s,
        year=2026,
        name="相声茶馆驻场演出补助项目",
        dept="澄湾县文化馆 520113",
        unit="澄湾县和声相声社",
        money=one_year(wan(32), wan(26), wan(6)),
        goals=["在县内3家书茶馆驻场演出相声100场。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "驻场演出场次", "≥100场"),
        (None, "质量指标", "驻场节目审核合格率", "≥95%"),
        (None, "时效指标", "驻场演出按月完成率", "≥95%"),
        (None, "成本指标", "单场驻场补助标准", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "书茶馆上座率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(
        wan(30),
        "B101",
        "error",
        row=True,
        note="30 ≠ 22 + 5: the second project's money does not add up",
    )
    project_head(
        s,
        year=2026,
        name="青少年相声培训项目",
        dept="澄湾县文化馆 520113",
        unit="澄湾县和声相声社",
        money=one_year(total, wan(22), wan(5)),
        goals=["开办青少年相声培训班2期，培训学员40人。"],
        title="",
    )
    indicators(s, [
        ("产出指标", "数量指标", "培训班期数", "≥2期"),
        (None, None, "培训学员人数", "≥40人"),
        (None, "质量指标", "学员结业率",
         mk("≥36人", "T105", "error", note="a 结业率 given as a head count")),
        (None, "时效指标", "培训完成时间", "2026年8月31日前"),
        (None, "成本指标", "学员人均培训成本", "≤0.5万元/人"),
        ("效益指标", "可持续影响指标", "青少年相声后备人才储备", "逐步提升"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "yo05-numbered-points",
    (5,),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）), bracketed tier-2 numbers and abbreviated tier-2s (correct)",
)
def yo05() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="松埠相声艺术节项目",
        dept="松埠市文化广电旅游局 412001",
        unit="松埠市曲艺团",
        money=one_year(wan(60), wan(50), wan(10)),
        goals=["举办相声艺术节，演出20场，邀请8个相声团体参演。"],
    )
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量", "艺术节演出场次", "≥20场"),
        (None, None, "参演相声团体数", "≥8个"),
        (None, "（二）质量", "原创节目占比", "≥30%"),
        (None, "（三）时效", "艺术节举办完成时间", "2026年10月31日前"),
        ("二、成本指标（20分）", "（一）经济成本", "单场演出成本", "≤2.5万元/场"),
        ("三、效益指标（30分）", "（一）社会效益", "市民对相声艺术的认知度", "提升"),
        (None, "（二）可持续影响", "艺术节品牌影响力", "不断提升"),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "观众满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "说明：各一级指标后括号内为该类指标的分值，合计100分。", width=4)
    return b


@variant(
    "yo06-marked-wrong-parent",
    (5, 13),
    "project, NAT-2021, labels marked with * : a 质量 "
    "tier-2 under 效益指标, a 时效 value with no indicator name",
)
def yo06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="少儿相声培训项目",
        dept="澄湾县文化馆 520113",
        unit="澄湾县少儿曲艺学校",
        money=one_year(wan(20), wan(16), wan(4)),
        goals=["开设少儿相声培训课程120课时，培训少儿学员50人。"],
    )
    indicators(s, [
        ("*产出指标", "*数量指标", "培训课时", "≥120课时"),
        (None, None, "培训少儿学员人数", "≥50人"),
        (None, "*时效指标", "课程完成时间", "2026年12月20日前"),
        (None, None, mk(None, "F110", "error",
                        note="a value with no indicator name; no empty name in messages"),
         "≥95%"),
        ("*成本指标", "*经济成本指标", "学员人均培训成本", "≤0.3万元/人"),
        ("*效益指标", "*社会效益指标", "少儿曲艺兴趣培养", "显著"),
        (None, mk("*质量指标", "F105", "error",
                  note="质量指标 belongs under 产出指标, not 效益指标"),
         "汇报演出节目合格率", "≥95%"),
        ("*满意度指标", "*服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b
