"""Project returns of single paddy projects: percent cells, direction, points, tier labels
(db01–db06)."""

from __future__ import annotations

from tests.variants.holdout564.common import (
    HEAD4,
    HEAD_OP,
    book,
    filled,
    indicators,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout564.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DB01_ROWS = [
    ("产出指标", "数量指标", "稻虾共作示范面积", "≥", 5000, "亩"),
    (None, None, "种养技术培训", "≥", 300, "人次"),
    (None, "质量指标", "示范基地虾稻品质检测合格率", "≥", pct(0.98), "%"),
    (None, None, "小龙虾病害发生率", "≤", pct(0.05), "%"),
    (None, "时效指标", "补助资金兑付及时率", "≥", pct(0.95), "%"),
    (None, "成本指标", "稻虾共作亩均补助标准", "≤", 400, "元/亩"),
    ("效益指标", "经济效益指标", "示范区亩均增收", "≥", 1500, "元"),
    (None, "社会效益指标", "水产品质量安全事故", "=", 0, "起"),
    (None, "生态效益指标", "示范区化肥使用量下降率", "≥", pct(0.1), "%"),
    (None, "可持续影响指标", "稻虾共作模式持续运行年限", "≥", 3, "年"),
    ("满意度指标", "服务对象满意度指标", "种养户满意度", "≥", pct(0.9), "%"),
]  # fmt: skip


@variant("db01-crayfish-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 only in "
         "the number format (correct)")  # fmt: skip
def db01() -> Book:
    b, s = book()
    project(s, 2025, "菰塘镇稻虾共作示范区建设", "芷汀县水产技术推广站",
            one_year(wan(260), wan(220), wan(40)),
            ["建成稻虾共作示范区5000亩，培训种养户300人次，亩均增收1500元以上。"])  # fmt: skip
    indicators(s, HEAD_OP, DB01_ROWS)
    note(s, "注：亩均补助按验收面积计算，5000亩×400元/亩=200万元，其余用于培训和检测。")
    sign(s, "邬晓禾", "0736-5821473", filled(2024, 11, 18))
    return b


DB02_ROWS = [
    ("产出指标", "数量指标", "稻渔综合种养示范面积", "≥", 3000, "亩"),
    (None, None, "投放鱼苗数量", "≥", 45, "万尾"),
    (None, "质量指标", "示范基地验收合格率", "≥",
     mk(pct(1.05), "T106", "error", row=True, note="105%: a pass rate cannot exceed 100%"), "%"),
    (None, None, "稻田鱼病发生率",
     mk("≥", "T108", "warning", row=True, note="a 反向 incidence rate with ≥"), 3, "%"),
    (None, "时效指标", "鱼苗投放完成时间", "≤", day(2025, 5, 31, CN_DATE), None),
    ("成本指标", "经济成本指标", "稻渔种养亩均补助标准", "≤", 300, "元/亩"),
    ("效益指标", "经济效益指标", "示范户亩均增收", "≥", 800, "元"),
    (None, "社会效益指标", "带动农户参与稻渔种养", "≥", 120, "户"),
    (None, "生态效益指标", "稻田农药使用量下降率", "≥", pct(0.15), "%"),
    ("满意度指标", "服务对象满意度指标", "项目区农户满意度",
     mk("=", "T107", "warning", row=True, note="=95% on a satisfaction rate means ≥95%"),
     95, "%"),
]  # fmt: skip


@variant("db02-fish-percent-direction", (1, 11),
         "project, NAT-2021, operator column: a typed percent over 100, ≥ on a 反向 rate, "
         "= on a satisfaction rate")  # fmt: skip
def db02() -> Book:
    b, s = book()
    project(s, 2025, "蒲湾镇稻渔综合种养示范基地", "芷汀县水产技术推广站",
            one_year(wan(150), wan(120), wan(30)),
            ["建成稻渔综合种养示范基地3000亩，投放鱼苗45万尾，带动农户120户。"])  # fmt: skip
    indicators(s, HEAD_OP, DB02_ROWS)
    sign(s, "蔺春波", "0736-5827710", filled(2024, 12, 3))
    return b


DB03_ROWS = [
    ("产出指标（40分）", "数量指标", "稻鱼共作推广面积", "≥2000亩", 15),
    (None, None, "田间鱼沟鱼溜建设", "≥120条", 10),
    (None, "质量指标", "稻谷绿色食品认证率", "≥60%", 10),
    (None, "时效指标", "田间工程完工时间", "10月31日前", 5),
    ("成本指标（10分）", "经济成本指标", "鱼沟开挖亩均补助标准", "≤500元/亩", 10),
    ("效益指标（40分）", "经济效益指标", "示范户亩均纯收入增长", "≥800元", 15),
    (None, "社会效益指标", "种养户加入合作社比例", "提高≥3百分点", 10),
    (None, "生态效益指标", "农药使用量下降率", "≥20%", 10),
    (None, "可持续影响指标", "稻鱼共作技术规程", "建立并执行", 5),
    ("满意度指标（10分）", "服务对象满意度指标", "参与农户满意度", "≥90%", 10),
]  # fmt: skip


@variant("db03-fish-points-two-levels", (10, 5),
         "project, NAT-2021, points in the tier-1 labels and an indicator score column, both "
         "adding to 100, a share raised in 百分点 (correct)")  # fmt: skip
def db03() -> Book:
    b, s = book()
    project(s, 2025, "沙汀村稻鱼共作推广项目", "芷汀县农业技术推广中心",
            one_year(180, 150, 30),
            ["推广稻鱼共作2000亩，示范户亩均纯收入增长800元以上，农药使用量下降20%。"])  # fmt: skip
    indicators(s, (*HEAD4, "分值"), DB03_ROWS)
    s.row("合计", None, None, None, 100)
    note(s, "说明：一级指标分值与三级指标分值为同一口径，合计均为100分，不重复相加。")
    return b


DB04_ROWS = [
    ("一、产出指标", mk(50, "W103", "error", note="15+10+10+10=45, not 50"),
     "数量指标", "新建稻虾共作基地", "≥1200亩", 15),
    (None, None, None, "环沟开挖长度", "≥36公里", 10),
    (None, None, "质量指标", "基地工程验收合格率", "≥95%", 10),
    (None, None, "时效指标", "基地建设完成时间", "2025年9月30日前", 10),
    ("二、成本指标", 10, "经济成本指标", "基地改造亩均成本", "≤2500元/亩", 10),
    ("三、效益指标", mk(30, "W103", "error", note="10+10+10+5=35, not 30"),
     "经济效益指标", "基地亩均综合产值", "≥4000元", 10),
    (None, None, "社会效益指标", "带动周边农户", "≥80户", 10),
    (None, None, "生态效益指标", "稻田化肥使用量下降率", "≥15%", 10),
    (None, None, "可持续影响指标", "基地持续经营年限", "≥5年", 5),
    ("四、满意度指标", 10, "服务对象满意度指标", "入驻种养户满意度", "≥90%", 10),
]  # fmt: skip


@variant("db04-crayfish-tier-points", (10, 5),
         "project, NAT-2021, numbered tier-1 labels with a tier score column: two tiers whose "
         "indicator scores do not add up to the tier score")  # fmt: skip
def db04() -> Book:
    b, s = book(widths=(16, 8, 18, 28, 18, 8))
    project(s, 2025, "芦汀村稻虾共作基地建设", "芷汀县稻虾产业发展中心",
            one_year(wan(360), wan(320), wan(40)),
            ["新建稻虾共作基地1200亩，开挖环沟36公里，带动周边农户80户。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), DB04_ROWS,
               merged=(1, 2, 3))  # fmt: skip
    sign(s, "闵秋实", "0736-5830962", filled(2024, 11, 26))
    return b


DB05_ROWS = [
    ("一、产出指标", "（一）数量指标", "★稻渔综合种养面积", "≥2500亩"),
    (None, None, "新建田间鱼凼", "≥150个"),
    (None, "（二）质量指标", "鱼苗检疫合格率", "100%"),
    (None, "（三）时效指标", "鱼苗投放时间", "6月15日前"),
    (None, "（四）成本指标", "鱼凼建设补助标准", "≤2000元/个"),
    ("二、效益指标", "（一）经济效益", "稻鱼亩均增收", "≥600元"),
    (None, "（二）社会效益", "★带动农户户数", "≥200户"),
    (None, "（三）生态效益", "稻田农药使用量下降率", "≥15%"),
    (None, "（四）可持续影响", "示范基地持续运营年限", "≥3年"),
    ("三、满意度指标", "（一）服务对象满意度", "种养户满意度", "≥90%"),
]  # fmt: skip


@variant("db05-fish-decorated-labels", (5, 7),
         "project, OLD-NAT, numbered and abbreviated tier labels, ★ core indicators, headers "
         "指标内容 and 绩效标准 (correct)")  # fmt: skip
def db05() -> Book:
    b, s = book()
    project(s, 2025, "澄泥村稻鱼共生示范片", "芷汀县水产技术推广站",
            one_year(95, 80, 15),
            ["建设稻鱼共生示范片2500亩，新建鱼凼150个，带动农户200户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), DB05_ROWS)
    note(s, "注：带★的为核心指标，不得删减。")
    return b


DB06_ROWS = [
    ("一、产出指标", "1.数量指标", "稻虾共作基地改造面积", "≥1500亩"),
    (None, None, "虾苗投放计划完成率",
     mk("800万尾", "T105", "error", note="a completion rate given as a count")),
    (None, "2.质量指标", "改造田块验收合格率", "≥95%"),
    ("二、成本指标", "1.经济成本指标", "田埂加固亩均成本", "≤1200元/亩"),
    ("三、效益指标", "1.经济效益指标", "基地亩均综合收益", "≥3000元"),
    (None, mk("2.时效指标", "F105", "error", alt=("F104",),
              note="时效指标 belongs under 产出指标, not 效益指标"),
     "基地改造验收完成时间",
     mk("45838", "X104", "warning", note="an Excel serial (2025-06-30) pasted as text")),
    (None, "3.社会效益指标", "带动周边农户参与", "≥60户"),
    (None, "4.生态效益指标", "化肥施用量减少比例", "≥20%"),
    ("四、满意度指标", "1.服务对象满意度指标", "参与农户满意度", "≥90%"),
]  # fmt: skip


@variant("db06-crayfish-wrong-parent", (5, 9),
         "project, NAT-2021, numbered labels: a tier-2 under the wrong tier-1, a rate as a "
         "count, a date serial pasted as text")  # fmt: skip
def db06() -> Book:
    b, s = book()
    project(s, 2025, "荻港村稻虾共作基地提升", "芷汀县稻虾产业发展中心",
            one_year(wan(240), wan(210), wan(30)),
            ["改造稻虾共作基地1500亩，投放虾苗800万尾，带动周边农户60户。"])  # fmt: skip
    indicators(s, HEAD4, DB06_ROWS)
    return b
