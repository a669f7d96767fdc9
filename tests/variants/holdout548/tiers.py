"""Returns about the indicator tiers: decorated labels, template rows, 中期 and 年度 columns,
operators in words against the direction (cl13–cl18)."""

from __future__ import annotations

from tests.variants.holdout548.common import YEAR, funds, note, project, sign, start, tiered
from tests.variants.holdout548.registry import variant
from tests.variants.kit import Book, mk

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("cl13-decorated-labels", (5,),
         "project, NAT-2021, tier labels numbered with points, marks and abbreviations "
         "(一、产出指标（50分）, （一）数量, ★满意度指标), indicator points adding to the tier "
         "points (correct)")  # fmt: skip
def decorated_labels() -> Book:
    b, s = start()
    project(s, "茶垭村腊肉作坊熏制工艺改良项目", "枫岙县雾溪镇人民政府", funds(56, 46, 10),
            ["推广低烟熏制炉22台，腊肉苯并芘抽检合格率达到98%以上。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量", "推广低烟熏制炉", "≥22台", 20),
        (None, "（二）质量", "腊肉苯并芘抽检合格率", "≥98%", 20),
        (None, "（三）时效", "熏制炉安装完成时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本", "每台熏制炉补助", "≤2万元/台", 10),
        ("*三、效益指标（30分）", "1.社会效益指标", "熏制烟尘投诉件数", "≤2件", 15),
        (None, "2.可持续影响指标", "低烟熏制工艺使用率", "≥90%", 15),
        ("★四、满意度指标（10分）", "服务对象满意度", "熏制户满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：分值合计100分。")
    sign(s, "龙阿满", "0796-5823014")
    return b


@variant("cl14-wrong-parent", (5, 13),
         "project, NAT-2021, numbered labels: a 社会效益 tier-2 inside the 产出 block, and a "
         "value left without an indicator name")  # fmt: skip
def wrong_parent() -> Book:
    b, s = start()
    project(s, "石碾乡米酒作坊提质带富项目", "枫岙县石碾乡人民政府", funds(70, 60, 10),
            ["改造米酒作坊20家，带动就业40人以上，米酒抽检合格率达到97%以上。"])  # fmt: skip
    orphan = mk("（三）社会效益指标", "F105", "error", row=True, alt=("F201",),
                note="a 效益 tier-2 under 产出指标")  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value without a tier-3 name")
    tiered(s, TIERS, [
        ("一、产出指标", "（一）数量指标", "改造米酒作坊", "≥20家"),
        (None, "（二）质量指标", "米酒抽检合格率", "≥97%"),
        (None, orphan, "带动作坊就业人数", "≥40人"),
        ("二、成本指标", "（一）经济成本指标", "每家作坊改造补助", "≤3万元/家"),
        ("三、效益指标", "（一）经济效益指标", "作坊户均年增收", "≥0.5万元"),
        (None, "（二）可持续影响指标", nameless, "≥90%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃秀禾", "0796-5821376")
    return b


@variant("cl15-template-rows", (6, 7),
         "project, OLD-NAT, header 预期目标: two tier-2 template rows left empty and a "
         "satisfaction written =95%")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project(s, "峒口乡腊肉作坊冷藏间建设项目", "枫岙县峒口乡人民政府", funds(45, 40, 5),
            ["建设腊肉冷藏间10间，成品腊肉全部冷链储存。"])  # fmt: skip
    left = "template row: a tier-2 with no indicator and no value"
    tiered(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "建设冷藏间", "≥10间"),
        (None, "质量指标", "冷藏间验收合格率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=left), None, None),
        (None, "成本指标", "每间冷藏间建设成本", "≤4万元/间"),
        ("效益指标", "社会效益指标", "成品腊肉冷链储存率", "≥95%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=left), None, None),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度",
         mk("=95%", "T107", "warning", note="=95% on a satisfaction means ≥95%")),
    ])  # fmt: skip
    sign(s, "吴冬生", "0796-5829145")
    return b


@variant("cl16-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period "
         "counts, rates and unit costs equal in both (correct)")  # fmt: skip
def multi_year() -> Book:
    b, s = start()
    project(s, "枫岙县腊肉小作坊三年提升行动", "枫岙县市场监督管理局",
            funds(240, 200, 40, annual=(90, 75, 15)),
            [f"{YEAR}—{YEAR + 2}年改造腊肉小作坊70家，全县腊肉作坊全部达到小作坊卫生规范。",
             f"{YEAR}年改造腊肉小作坊25家，抽检合格率达到97%以上。"], years=3)  # fmt: skip
    tiered(s, PERIOD, [
        ("成本指标", "经济成本指标", "每家作坊改造补助", "≤3万元/家", "≤3万元/家"),
        ("产出指标", "数量指标", "改造腊肉小作坊", "≥70家", "≥25家"),
        (None, None, "腊肉监督抽检", "≥600批次", "≥200批次"),
        (None, "质量指标", "腊肉抽检合格率", "≥97%", "≥97%"),
        ("效益指标", "社会效益指标", "作坊持证经营率", "≥95%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈立夏", "0796-5820118")
    return b


@variant("cl17-multi-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 中期目标 text copied into 年度目标, "
         "two cumulative counts copied from 中期 into 年度")  # fmt: skip
def multi_year_copied() -> Book:
    b, s = start()
    goal = "改造米酒作坊60家，新建集中蒸馏点3个，米酒抽检合格率达到97%以上。"
    copied = mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")
    project(s, "石碾乡米酒作坊集中蒸馏点建设项目", "枫岙县石碾乡人民政府",
            funds(210, 180, 30, annual=(80, 70, 10)), [goal, copied], years=3)  # fmt: skip
    cum = "a cumulative count copied from the 中期 column"
    tiered(s, PERIOD, [
        ("成本指标", "经济成本指标", "每家作坊改造补助", "≤1.2万元/家", "≤1.2万元/家"),
        ("产出指标", "数量指标", "改造米酒作坊", "≥60家",
         mk("≥60家", "D202", "warning", note=cum)),
        (None, None, "新建集中蒸馏点", "≥3个", mk("≥3个", "D202", "warning", note=cum)),
        (None, "质量指标", "米酒抽检合格率", "≥97%", "≥97%"),
        ("效益指标", "社会效益指标", "作坊甲醇快检覆盖率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨青禾", "0796-5827730")
    return b


@variant("cl18-direction-words", (11,),
         "project, OLD-NAT, operators in words in their own column and a unit column: a 反向 "
         "rate with 大于等于, a cost cap with 等于, a 正向 count with 小于等于")  # fmt: skip
def direction_words() -> Book:
    b, s = start()
    project(s, "雾溪镇腊肉熏房烟尘治理项目", "枫岙县雾溪镇人民政府", funds(70, 62, 8),
            ["改造腊肉熏房30间，亚硝酸盐超标率控制在2%以内。"])  # fmt: skip
    rev, cap, pos = "反向 rate with 大于等于", "= on a cost cap", "正向 count with 小于等于"
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "改造腊肉熏房",
         mk("小于等于", "T108", "warning", row=True, alt=("D104",), note=pos), 30, "间"),
        (None, "质量指标", "腊肉亚硝酸盐超标率",
         mk("大于等于", "T108", "warning", row=True, alt=("D104",), note=rev), 2, "%"),
        (None, "成本指标", "每间熏房改造成本",
         mk("等于", "T108", "warning", row=True, note=cap), 1.8, "万元/间"),
        ("效益指标", "社会效益指标", "熏制烟尘投诉下降率", "大于等于", 40, "%"),
        ("满意度指标", "服务对象满意度指标", "熏制户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "潘素英", "0796-5824467")
    return b
