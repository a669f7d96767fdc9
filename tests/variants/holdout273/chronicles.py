"""Chronicle returns: 地方志编纂 (县志, 区志, 年鉴) and 党史资料征集 (rw07–rw12)."""

from __future__ import annotations

from tests.variants.holdout273.common import (
    department,
    indicators,
    multi_year,
    new_book,
    one_year,
    project,
    sign,
)
from tests.variants.holdout273.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
HEAD_POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("rw07-county-gazetteer-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "value columns: annual counts below the period counts, rates equal (correct)")  # fmt: skip
def county_gazetteer_three_year() -> Book:
    b, s = new_book()
    project(s, name="《砚塘县志（1991—2025）》编纂", dept="砚塘县地方志办公室 417030",
            unit="砚塘县地方志办公室", money=multi_year((186, 186, 0), (72, 72, 0)), years=3,
            attr="新增项目", goals=(
                "三年内完成约180万字县志志稿的资料收集、编写、评审和出版，志稿资料全部入库。",
                "完成资料长编和60万字初稿，召开2次篇目评审会，整理资料1500万字。"))  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "志稿编纂字数", "≥180万字", "≥60万字"),
        (None, None, "收集整理资料", "≥2400万字", "≥1500万字"),
        (None, None, "召开篇目及志稿评审会", "≥6次", "≥2次"),
        (None, "质量指标", "志稿评审通过率", "≥95%", "≥95%"),
        (None, None, "资料引用核实率", "=100%", "=100%"),
        (None, "时效指标", "阶段任务完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每万字志稿编纂成本", "≤0.8万元/万字", "≤0.8万元/万字"),
        ("效益指标", "社会效益指标", "地情资料查阅服务", "≥1500人次", "≥500人次"),
        (None, "可持续影响指标", "志稿资料入库县地情资料库", "≥180万字", "≥60万字"),
        ("满意度指标", "服务对象满意度指标", "评审专家及读者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑望舒", "裴晓岚", "7410 2285")
    return b


@variant("rw08-district-gazetteer-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "value columns: 年度目标 copied from 中期目标, a cumulative count copied, an annual count "
         "above the period")  # fmt: skip
def district_gazetteer_copied() -> Book:
    b, s = new_book()
    goal = "编修《鹤汀区志》和6部镇（街道）志，完成区志志稿120万字，采集口述资料80人。"
    project(s, name="《鹤汀区志》及镇（街道）志编修", dept="鹤汀区地方志编纂中心 301015",
            unit="鹤汀区地方志编纂中心", money=multi_year((150, 150, 0), (55, 55, 0)), years=3,
            goals=(goal, mk(goal, "D204", "warning",
                            note="the 年度目标 repeats the 中期目标 word for word")))  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "镇（街道）志编修", "≥6部", mk("≥6部", "D202", "warning",
            note="six town gazetteers over three years all due in the first year: copied")),
        (None, None, "区志志稿编写", "≥120万字", "≥45万字"),
        (None, None, "口述资料采集", "≥80人", mk("≥120人", "D201", "error",
            note="120 people in one year against 80 over the whole period")),
        (None, "质量指标", "志稿评审通过率", "≥95%", "≥95%"),
        (None, "时效指标", "年度编纂任务完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每万字志稿编纂成本", "≤0.9万元/万字", "≤0.9万元/万字"),
        ("效益指标", "社会效益指标", "地情资料查阅服务", "≥1200人次", "≥400人次"),
        (None, "可持续影响指标", "志稿资料入库区地情资料库", "≥120万字", "≥45万字"),
        ("满意度指标", "服务对象满意度指标", "评审专家满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲修远", "闻子衿", "3382 6071")
    return b


@variant("rw09-yearbook-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a rate raised in 百分点, a 合计 row "
         "(correct)")  # fmt: skip
def yearbook_points() -> Book:
    b, s = new_book()
    project(s, name="《沄川年鉴（2026）》编纂出版", dept="沄川市地方志编纂中心 208011",
            unit="沄川市地方志编纂中心", money=one_year(38, 38),
            goals=("编纂出版《沄川年鉴（2026）》，全面记述2025年全市经济社会发展情况，"
                   "10月底前出版1200册并上线电子版。",))  # fmt: skip
    indicators(s, HEAD_POINTS, [
        ("产出指标", 50, "数量指标", "年鉴编纂条目", "≥1600条", 15),
        (None, None, None, "年鉴印制", "≥1200册", 10),
        (None, None, "质量指标", "年鉴编校差错率", "≤0.01%", 10),
        (None, None, "时效指标", "年鉴出版时间", "2026年10月31日前", 15),
        ("成本指标", 10, "经济成本指标", "每册编印成本", "≤95元/册", 10),
        ("效益指标", 30, "社会效益指标", "年鉴电子版在线查阅率较上年提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "年鉴入藏档案馆、图书馆", "≥120家", 15),
        ("满意度指标", 10, "服务对象满意度指标", "年鉴使用单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "芮清和", "易书航", "4096 1837")
    return b


@variant("rw10-yearbook-points-wrong", (5, 10), "project, NAT-2021, numbered tier labels "
         "(一、产出指标, （一）数量指标), tier-1 and indicator scores: two tiers whose indicator "
         "scores miss their declared score, a rate given as a count")  # fmt: skip
def yearbook_points_wrong() -> Book:
    b, s = new_book()
    project(s, name="《砚塘年鉴（2026）》编纂及村志编修扶持", dept="砚塘县地方志办公室 417030",
            unit="砚塘县地方志办公室", money=one_year(46, 46),
            goals=("编纂出版《砚塘年鉴（2026）》，扶持4个村编修村志并将资料入库。",))  # fmt: skip
    out = mk(50, "W103", "error", note="产出 scores 10 + 10 + 5 + 10 + 10 + 10 = 55, not 50")
    eff = mk(30, "W103", "error", note="效益 scores 10 + 15 = 25, not 30")
    indicators(s, HEAD_POINTS, [
        ("一、产出指标", out, "（一）数量指标", "年鉴编纂条目", "≥1400条", 10),
        (None, None, None, "扶持村志编修", "≥4部", 10),
        (None, None, None, "村志编修扶持计划完成率", mk("4部", "T105", "error",
            note="a 完成率 given as a count of volumes"), 5),
        (None, None, "（二）质量指标", "年鉴编校差错率", "≤0.01%", 10),
        (None, None, "（三）时效指标", "年鉴出版时间", "2026年10月31日前", 10),
        (None, None, None, "村志扶持资金拨付时间", "2026年9月30日前", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "年鉴每册编印成本", "≤90元/册", 5),
        (None, None, None, "每部村志扶持标准", "≤6万元/部", 5),
        ("三、效益指标", eff, "（一）社会效益指标", "年鉴赠阅机关及图书馆", "≥260家", 10),
        (None, None, "（二）可持续影响指标", "村志资料入库县地情资料库", "≥4部", 15),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "年鉴使用单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "岑望舒", "裴晓岚", "7410 2285")
    return b


@variant("rw11-party-history-flat", (3,), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def party_history_flat() -> Book:
    b, s = new_book(widths=(30, 10, 12, 12, 14, 14))
    department(s, dept="中共沄川市委党史研究室", budget=(412.5, 400, 12.5, 298.5, 114),
               goal="征集党史资料800件以上，完成60位老党员口述史采访，更新党史馆第三展厅。",
               tasks=[
                   ("党史资料征集", "征集党史文献、实物和照片", 46, "征集资料800件以上"),
                   ("口述史采集整理出版", "采访老党员，整理出版口述史", 38, "采访60人"),
                   ("党史教育基地展陈更新", "更新市党史馆第三展厅", 30, "120天内完成"),
                   ("金额合计", None, 114, None),
               ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("征集党史资料", 15, "件", "≥", 800),
        ("老党员口述史采访", 10, "人", "≥", 60),
        ("口述史料整理字数", 10, "万字", "≥", 50),
        ("出版党史专题资料汇编", 10, "册", "≥", 2),
        ("征集资料鉴定入库率", 10, "%", "≥", pct(0.95)),
        ("资料数字化差错率", 5, "%", "≤", pct(0.002, "0.0%")),
        ("党史宣讲活动", 10, "场", "≥", 40),
        ("征集资料数量较上年增长率", 10, "%", "≥", pct(0.05)),
        ("展陈更新工期", 5, "天", "≤", 120),
        ("党史教育基地参观人次", 5, "万人次", "≥", 8),
        ("参观群众满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "詹若谷", "柏知微", "2275 9014")
    return b


@variant("rw12-party-history-flat-defects", (3, 11), "department, flat list in another order "
         "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a unit conflict, ≥ on a "
         "反向 rate, weights adding to 95")  # fmt: skip
def party_history_flat_defects() -> Book:
    b, s = new_book(widths=(30, 16, 12, 12, 10, 14))
    department(s, dept="中共鹤汀区委党史研究室", budget=(186, 180, 6, 131, 55),
               goal="征集党史资料600件，采访老党员40人，开展党史专题宣讲24场。",
               tasks=[
                   ("党史资料征集", "征集区内党史文献和实物", 25, "征集资料600件"),
                   ("口述史采集整理", "采访老党员并整理口述史", 18, "整理30万字"),
                   ("党史专题宣讲", "进社区、进学校宣讲", 12, "宣讲24场"),
                   ("金额合计", None, 55, None),
               ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 15 + 10 × 8 = 95, not 100")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("征集党史资料", mk("≥600件", "T112", "error",
            note="件 in the value, 万字 in the unit column"), "正向", "万字", 15),
        ("口述史采访老党员", "≥40人", "正向", "人", 10),
        ("口述史料整理", "≥30万字", "正向", "万字", 10),
        ("资料鉴定错判率", mk("≥1%", "T108", "warning", row=True,
            note="declared 反向, but the value says ≥"), "反向", "%", 10),
        ("征集资料入库率", "≥95%", "正向", "%", 10),
        ("党史专题宣讲", "≥24场", "正向", "场", 10),
        ("宣讲受众", "≥3000人次", "正向", "人次", 10),
        ("党史资料征集成果汇编", "≥1册", "正向", "册", 10),
        ("宣讲受众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "蒲修远", "闻子衿", "3382 6071")
    return b
