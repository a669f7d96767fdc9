"""Trademark brand cultivation: department returns, flat lists, geographical-indication
promotion and brand valuation (kfr07–kfr12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout840.common import BUREAU, header, indicators, one_year, sign, start, wan
from tests.variants.holdout840.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("kfr07-brand-department", (12,),
         "department, NAT-2021: budget with both splits, key tasks adding to 项目支出, a 下降率 "
         "with ≥ and ≤0起 on an incident count (correct)")  # fmt: skip
def kfr07() -> Book:
    b, s = start()
    department_head(
        s, year=2025, dept="淞岭市知识产权局",
        budget=[[wan(1860), wan(1700), wan(160), wan(1020), wan(840)]],
        tasks=[("商标品牌培育", "培育重点商标品牌", wan(320), "重点品牌60个"),
               ("地理标志保护运用", "新增地理标志证明商标", wan(260), "新增3件"),
               ("知识产权保护培训", "开展保护培训", wan(260), "培训40期"),
               ("金额合计", None, wan(840), None)],
        goal="培育重点商标品牌60个，新增地理标志证明商标3件，开展知识产权保护培训40期。",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "培育重点商标品牌数", "≥60个"),
        (None, None, "新增地理标志证明商标注册件数", "≥3件"),
        (None, None, "知识产权保护培训期数", "≥40期"),
        (None, "质量指标", "商标注册申请一次通过率", pct(0.85)),
        (None, "时效指标", "侵权纠纷调解办结时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "单期培训成本", "≤5万元/期"),
        ("效益指标", "社会效益指标", "商标侵权投诉案件下降率", "≥10%"),
        (None, None, "本地商标恶意抢注事件", "≤0起"),
        (None, "可持续影响指标", "地理标志产品年产值增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "缪青禾", "0571-6613 2315", (2024, 11, 20))
    return b


@variant("kfr08-brand-flat", (3,),
         "department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值, "
         "weights adding to 100 (correct)")  # fmt: skip
def kfr08() -> Book:
    b, s = start()
    department_head(
        s, year=2025, dept="淞岭市桂洲区市场监督管理局",
        budget=[[wan(420), wan(400), wan(20), wan(300), wan(120)]],
        goal="培育驰名商标后备企业20家，商标品牌指导站覆盖全区12个乡镇（街道）。",
    )  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("驰名商标培育后备企业数", 15, "家", "≥", 20),
        ("商标品牌指导站覆盖乡镇数", 15, "个", "≥", 12),
        ("商标注册申请指导服务次数", 10, "次", "≥", 300),
        ("集体商标使用许可规范率", 10, "%", "≥", 95),
        ("品牌指导站单站建设补助", 10, "万元/个", "≤", 8),
        ("区域品牌产品销售额增长率", 15, "%", "≥", 6),
        ("商标侵权案件平均办结时长", 10, "天", "≤", 60),
        ("服务企业满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("kfr09-geo-mark-points", (5, 10),
         "project, NAT-2021, tier labels marked (*产出指标) and abbreviated (数量), a tier score "
         "column and an indicator score column, a rate raised in 百分点 (correct)")  # fmt: skip
def kfr09() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="地理标志农产品品牌推广", dept=f"{BUREAU} 317001",
        unit="淞岭市地理标志促进中心", money=one_year(wan(150), wan(150), wan(0)),
        goals=["推动“汀塘青梅”“雾溪茶”地理标志授权用标企业新增25家，"
               "专用标志使用率提高3个百分点。"],
    )  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("*产出指标", 40, "数量", "新增授权用标企业数", "≥25家", 15),
        (None, None, None, "地理标志产品推介活动场次", "≥6场", 10),
        (None, None, "质量", "专用标志使用规范抽检合格率", "≥95%", 15),
        ("*成本指标", 10, "经济成本", "单场推介活动费用", "≤12万元/场", 10),
        ("*效益指标", 30, "经济效益", "地理标志产品销售额增长率", "≥8%", 10),
        (None, None, "社会效益", "地理标志专用标志使用率", "提高≥3百分点", 10),
        (None, None, "可持续影响", "用标企业年度复核机制", "建立并执行", 10),
        ("*满意度指标", 20, "服务对象满意度", "用标企业满意度", "≥90%", 10),
        (None, None, None, "消费者对地理标志产品认可度", "≥85%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kfr10-brand-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's count against the "
         "indicator, a satisfaction rate under 社会效益")  # fmt: skip
def kfr10() -> Book:
    b, s = start()
    total = mk(wan(760), "B102", "error", note="320 + 240 + 180 = 740, not 760")
    department_head(
        s, year=2025, dept="淞岭市雾溪县市场监督管理局",
        budget=[[wan(1500), wan(1400), wan(100), wan(740), wan(760)]],
        tasks=[("区域品牌商标培育", "培育区域品牌商标", wan(320), "培育15个"),
               ("商标监管执法", "开展商标专项执法", wan(240), "办结率≥95%"),
               ("品牌宣传推广", "举办品牌推介活动", wan(180), "推介会6场"),
               ("金额合计", None, total, None)],
        goal="全年培育区域品牌商标15个，举办品牌推介会6场，商标侵权案件办结率95%以上。",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "培育区域品牌商标数",
         mk("≥12个", "D104", "warning", row=True, note="the goal says 15个")),
        (None, None, "品牌推介会场次", "≥6场"),
        (None, "质量指标", "商标侵权案件办结率", "≥95%"),
        (None, "时效指标", "专项执法行动完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单场推介会费用", "≤25万元/场"),
        ("效益指标", "社会效益指标", "区域品牌商标知晓率", "≥80%"),
        (None, None, mk("商标品牌服务企业满意度", "F201", "warning", row=True,
                        note="a satisfaction rate under 社会效益指标"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfr11-geo-flat-wrong", (3,),
         "department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重: "
         "weights adding to 95, one indicator twice with two values, last year's "
         "deadline")  # fmt: skip
def kfr11() -> Book:
    b, s = start()
    b.file_mark("W101", "error", note="weights add up to 95, not 100")
    department_head(
        s, year=2025, dept="淞岭市汀塘区市场监督管理局",
        budget=[[wan(380), wan(360), wan(20), wan(290), wan(90)]],
        goal="新增地理标志证明商标4件，发布区域品牌名录，培育用标企业30家。",
    )  # fmt: skip
    header(s, "指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("地理标志证明商标注册数", "≥4", "正向", "件", 15),
        ("新增用标企业数", "≥30", "正向", "家", 15),
        ("区域品牌名录发布时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103",),
            note="a 2024 deadline in a 2025 return: last year's row"), "正向", "日期", 10),
        ("用标企业抽检合格率", "≥95", "正向", "%", 15),
        (mk("地理标志证明商标注册件数", "D102", "error", row=True, alt=("D101", "D103"),
            note="the first row's indicator again, 6 against 4"), "≥6", "正向", "件", 10),
        ("地理标志产品销售额增长率", "≥6", "正向", "%", 15),
        ("用标企业满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant("kfr12-valuation-leftovers", (5,),
         "project, OLD-NAT, tier labels with ★ and numbering: plan dates left from last year, "
         "a completion rate given as a count")  # fmt: skip
def kfr12() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="商标品牌价值评价服务", dept=f"{BUREAU} 317001",
        unit="淞岭市商标品牌促进会", money=one_year(wan(90), wan(90), wan(0)),
        start=mk(day(2024, 1, 1), "Y101", "error", alt=("Y102",),
                 note="plan dates of 2024 under a 2025 title"),
        end=ok(day(2024, 12, 31), "error", note="the same leftover year"),
        goals=["为全市30家重点企业开展商标品牌价值评价，发布品牌价值榜单。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("★一、产出指标", "（一）数量指标", "品牌价值评价企业数", "≥30家"),
        (None, None, "品牌价值评价报告完成率",
         mk("30份", "T105", "error", note="a rate given as a count")),
        (None, "（二）质量指标", "评价报告专家复核通过率", "≥95%"),
        (None, "（三）时效指标", "品牌价值榜单发布时间",
         ok("2025年12月31日前", "error", note="outside the leftover plan dates only")),
        (None, "（四）成本指标", "单家企业评价费用", "≤3万元/家"),
        ("★二、效益指标", "（一）社会效益指标", "入榜企业品牌价值增长率", "≥5%"),
        ("★三、满意度指标", "（一）服务对象满意度指标", "参评企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
