"""Shehuo (社火) parade returns: tier labels with numbering, points and marks, a two-row header,
a table on a second sheet with conversion artefacts, and footnotes under the table (af07–af12)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout490.common import (
    YEAR,
    book,
    head,
    indicators,
    notes,
    one_year,
    sign,
)
from tests.variants.holdout490.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("af07-shehuo-points-labels", (5, 10),
         "project, NAT-2021, labels numbered with points (一、产出指标（40分）, "
         "（一）数量指标), an indicator score column adding to the same 100, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def af07() -> Book:
    b, s = book()
    head(s, "河湾镇春节社火展演", "岐阳县河湾镇人民政府", one_year(32, 26, 6),
         ["组织8个村的社火队在春节至元宵节期间展演12场，带动村民参与。"])  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("一、产出指标（40分）", "（一）数量指标", "参演社火村", "≥8个", 10),
        (None, None, "社火展演场次", "≥12场", 10),
        (None, "（二）质量指标", "芯子、高跷安全检查合格率", "≥98%", 10),
        (None, "（三）时效指标", "展演完成时间", "2026年3月5日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "社火道具购置补助", "≤1.2万元/村", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "村民参与率比上年提高", "≥5百分点", 15),
        (None, "（二）可持续影响指标", "常态化排练社火队", "≥8支", 15),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "村民满意度", "≥90%", 10),
        (None, None, "游客满意度", "≥85%", 10),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "邵玉梅", "0917-6652184", day(YEAR - 1, 12, 2))
    return b


@variant("af08-shehuo-points-wrong", (5, 10),
         "project, NAT-2021, tier-1 score column and indicator scores: a 社会效益 tier-2 under "
         "产出指标, two tier-1 scores their indicators do not add up to")  # fmt: skip
def af08() -> Book:
    b, s = book()
    head(s, "西峪乡社火队扶持", "岐阳县西峪乡综合文化站", one_year(28, 22, 6),
         ["扶持6支社火队添置服装道具，春节期间巡演10场。"])  # fmt: skip
    benefit = mk(30, "W103", "error", note="15 + 20 = 35 under a declared 30")
    content = mk(20, "W103", "error", note="10 + 5 = 15 under a declared 20")
    wrong = mk("社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标")
    rows: list[tuple[Any, ...]] = [
        ("产出指标", 40, "数量指标", "扶持社火队", "≥6支", 10),
        (None, None, None, "春节巡演场次", "≥10场", 10),
        (None, None, "质量指标", "服装道具验收合格率", "≥95%", 10),
        (None, None, wrong, "春节游客接待量", "≥2万人次", 10),
        ("成本指标", 10, "经济成本指标", "服装道具补助标准", "≤0.8万元/队", 10),
        ("效益指标", benefit, "经济效益指标", "带动农家乐营业收入", "≥15万元", 15),
        (None, None, "可持续影响指标", "常态化排练社火队", "≥6支", 20),
        ("满意度指标", content, "服务对象满意度指标", "社火队员满意度", "≥90%", 10),
        (None, None, None, "游客满意度", "≥85%", 5),
    ]
    head_row = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head_row, rows, merged=(1, 2, 3))
    sign(s, "苟建平", "0917-6657720", day(YEAR - 1, 12, 4))
    return b


@variant("af09-shehuo-marked-labels", (5,),
         "transfer-payment project, OLD-NAT, labels with * and ★ and abbreviated (产出, 数量, "
         "满意度), header 目标值（年度） (correct)")  # fmt: skip
def af09() -> Book:
    b, s = book()
    head(s, "社火非遗项目保护专项（转移支付）", "岐阳县非物质文化遗产保护中心",
         one_year(60, 45, 15), ["资助15支社火表演队，开展社火脸谱绘制培训4期。"],
         title=f"{YEAR}年度省级非物质文化遗产保护专项转移支付绩效目标表")  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("*产出", "★数量", "资助社火表演队", "≥15支"),
        (None, None, "社火脸谱绘制培训", "≥4期"),
        (None, "★质量", "社火道具验收合格率", "≥95%"),
        (None, "时效", "资金下达时间", "2026年3月31日前"),
        (None, "成本", "每支社火表演队资助标准", "≤3万元/支"),
        ("*效益", "社会效益", "社火巡游受众", "≥10万人次"),
        (None, "可持续影响", "受资助表演队持续活动年限", "≥3年"),
        ("*满意度", "服务对象满意度", "表演队满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值（年度）"), rows)
    sign(s, "鲍晓川", "0917-6640935", day(YEAR - 1, 12, 10))
    return b


@variant("af10-shehuo-two-row-header", (7,),
         "project, OLD-NAT, a two-row header (绩效指标 / 绩效标准 over 指标内容 and 指标值): a "
         "rate given as a word and a deadline given as a percentage")  # fmt: skip
def af10() -> Book:
    b, s = book()
    head(s, "河湾镇春节社火巡游", "岐阳县河湾镇综合文化站", one_year(18, 15, 3),
         ["编排10个社火节目，在6个村巡游。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", None, merge=[(1, 3), (4, 5)])
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "社火芯子、高跷、旱船节目", "≥10个", ""),
        (None, None, "社火巡游村庄", "≥6个", ""),
        (None, "质量指标", "社火巡游安全保障到位率",
         mk("到位", "T105", "error", row=True, note="a 到位率 given as a word"), ""),
        (None, "时效指标", "巡游节目编排完成时限",
         mk(pct(1), "T113", "warning", row=True, note="a deadline given as 100%"), ""),
        (None, "成本指标", "节目编排补助", "≤0.5万元/个", ""),
        ("效益指标", "社会效益指标", "社火巡游观众", "≥2万人次", "历史标准"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", ""),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标值", "备注"), rows)
    sign(s, "邵玉梅", "0917-6652184", day(YEAR - 1, 12, 2))
    return b


@variant("af11-shehuo-second-sheet", (7, 9),
         "project: head on 项目信息 with a split number and a date serial in text, the indicator "
         "table on a second sheet under 绩效目标值, one rate given as a count")  # fmt: skip
def af11() -> Book:
    b, s = book("项目信息")
    other = mk("6.4 8", "X105", "warning", alt=("X103",), note="6.48 split by a space")
    end = mk("46387", "X104", "warning", note="the serial of 2026-12-31 in a text cell")
    head(s, "北塬社火脸谱与马社火展演", "岐阳县北塬镇综合文化站", one_year(48.48, 42, other),
         ["绘制社火脸谱、排演马社火16台，春节期间在北塬镇巡演。"], end=end)  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "排演马社火", "≥16台"),
        (None, None, "绘制社火脸谱", "≥200幅"),
        (None, "质量指标", "社火节目验收合格率",
         mk("16个", "T105", "error", row=True, note="a 合格率 given as a count")),
        (None, "时效指标", "巡演完成时间", "2026年3月5日前"),
        (None, "成本指标", "每台马社火补助", "≤1.5万元/台"),
        ("效益指标", "社会效益指标", "巡演观众", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("一级指标", "二级指标", "三级指标", "绩效目标值"), rows)
    return b


@variant("af12-shehuo-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, a "
         "footnote explaining the total, 填表说明, signature and a prior-year date below "
         "(correct)")  # fmt: skip
def af12() -> Book:
    b, s = book()
    head(s, "南沟村元宵节社火", "岐阳县南沟村村民委员会", one_year(42.6, 36, 6.6),
         ["组织300名演职人员在元宵节前后巡游3场。"])  # fmt: skip
    s.row(*ONE_HEAD)
    s.row("（三级指标由申报单位填写，指标值须量化，不得删除一级、二级指标）", merge=[(1, 4)])
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "社火演职人员", "≥300人"),
        (None, None, "社火巡游", "≥3场"),
        (None, "质量指标", "巡游安全事故", "0起"),
        (None, "时效指标", "元宵节社火巡游完成时间", "2026年3月5日前"),
        (None, "成本指标", "演职人员补助标准", "≤500元/人"),
        ("效益指标", "社会效益指标", "社火巡游观众", "≥5万人次"),
        (None, "可持续影响指标", "青年演员占比", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ]
    s.table(rows, (1, 2))
    notes(s, "注：1. 年度资金42.6万元含服装道具18万元、安保消防9.6万元、演职人员补助15万元。",
          "2. 演职人员补助按300人×500元/人计算。",
          "填表说明：指标值应写明比较符、数值和计量单位；定性指标按好、较好、一般、差填写。",
          width=4)  # fmt: skip
    sign(s, "钱广才", "0917-6661348", day(YEAR - 1, 12, 20), boss="苏福旺")
    return b
