"""Chili pepper (辣椒) processing cooperatives: percent cells, header words, a three-year
project and points at two levels (dd01–dd06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout566.common import OP_HEAD, YEAR, funds, funds2, indicators, start
from tests.variants.holdout566.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

DEPT = "朱岗县农业农村局（217003）"


@variant(
    "dd01-chili-percent-cells",
    (1,),
    "project, OLD-NAT, operator column 指标性质 and unit column, typed percent cells, 万元 in "
    "the number format, `=100%` at the ceiling (correct)",
)
def dd01() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="红椒烘干生产线改造项目",
        dept=DEPT,
        unit="朱岗县椒源辣椒加工专业合作社",
        money=funds(85, 60, 25),
        goals=["改造辣椒烘干线2条，年烘干鲜椒3000吨以上，干椒合格率95%以上，带动社员增收。"],
    )
    rows = [
        ("产出指标", "数量指标", "改造烘干生产线", "≥", 2, "条"),
        (None, None, "烘干鲜椒量", "≥", 3000, "吨"),
        (None, "质量指标", "干椒出厂合格率", "≥", pct(0.95), "%"),
        (None, None, "食品安全抽检合格率", "=", pct(1), "%"),
        (None, None, "成品霉变率", "≤", pct(0.02), "%"),
        (None, "时效指标", "生产线改造完成时间", "≤", day(YEAR, 6, 30, CN_DATE), None),
        (None, "成本指标", "每条生产线改造成本", "≤", 38, "万元"),
        ("效益指标", "经济效益指标", "带动社员户均增收", "≥", 1200, "元/户"),
        (None, "社会效益指标", "带动辣椒种植户", "≥", 260, "户"),
        (None, "可持续影响指标", "烘干线设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "入社椒农满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    return b


@variant(
    "dd02-chili-percent-wrong",
    (1, 11, 12),
    "project, OLD-NAT, operator and unit columns: a typed percent over 100, ≥ on an excess "
    "rate, 其他资金 formatted in 元 inside the 万元 block",
)
def dd02() -> Book:
    b, s = start()
    other = mk(
        money(200000, YUAN),
        "B105",
        "error",
        note="200,000.00元 in a 项目资金（万元） block: the unit is mixed",
    )
    project_head(
        s,
        year=YEAR,
        name="辣椒酱发酵车间建设项目",
        dept="赭川县农业农村局（318006）",
        unit="赭川县辣乡红辣椒加工专业合作社",
        money=funds(120, 100, other),
        goals=["新建辣椒酱发酵车间1座、发酵罐40个，年产辣椒酱800吨，产品抽检全部合格。"],
    )
    b.file_mark("B101", "error", required=False, note="caused by the 元 cell (B105)")
    over = mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%")
    wrong = mk("≥", "T108", "warning", row=True, note="超标率 is 反向: ≤ expected")
    rows = [
        ("产出指标", "数量指标", "新建发酵车间", "≥", 1, "座"),
        (None, None, "购置发酵罐", "≥", 40, "个"),
        (None, None, "辣椒酱年产量", "≥", 800, "吨"),
        (None, "质量指标", "辣椒酱出厂合格率", "≥", over, "%"),
        (None, None, "黄曲霉毒素超标率", wrong, pct(0.01), "%"),
        (None, "时效指标", "车间竣工验收时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单个发酵罐购置成本", "≤", 2.5, "万元"),
        ("效益指标", "经济效益指标", "合作社辣椒酱销售收入", "≥", 640, "万元"),
        (None, "社会效益指标", "带动椒农户数", "≥", 180, "户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    return b


@variant(
    "dd03-chili-header-words",
    (7,),
    "project, NAT-2021, headers 指标内容 and 绩效标准, values inline; a 下降率 with ≥ and "
    "=0起 on an incident count (correct)",
)
def dd03() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="剁辣椒加工车间提质项目",
        dept=DEPT,
        unit="朱岗县岗头村辣椒加工专业合作社",
        money=funds(60, 50, 10),
        goals=["更新剁椒生产线1条，年加工鲜椒500吨以上，降低加工损耗，确保食品安全。"],
    )
    rows = [
        ("产出指标", "数量指标", "更新剁椒生产线", "=1条", None),
        (None, None, "年加工鲜椒量", "≥500吨", None),
        (None, "质量指标", "剁椒产品抽检合格率", "≥98%", None),
        (None, "时效指标", "生产线投产时间", "2025年8月31日前", None),
        ("成本指标", "经济成本指标", "剁椒生产线设备购置成本", "≤45万元", None),
        ("效益指标", "经济效益指标", "鲜椒加工损耗下降率", "≥8%", "较上年损耗率"),
        (None, "社会效益指标", "食品安全事故", "=0起", None),
        (None, "生态效益指标", "辣椒秸秆综合利用率", "≥85%", None),
        ("满意度指标", "服务对象满意度指标", "入社椒农满意度", "≥90%", None),
    ]
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), rows)
    return b


@variant(
    "dd04-chili-three-years",
    (8,),
    "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns: 年度目标 copied from "
    "中期目标, a cumulative count copied, an annual count above its period count",
)
def dd04() -> Book:
    b, s = start()
    goal = "建成辣椒加工园标准化厂房2000平方米，年加工鲜椒3000吨，培训椒农，带动社员持续增收。"
    same = mk(
        goal, "D204", "warning", note="年度目标 identical to the 中期目标 of a 3-year project"
    )
    project_head(
        s,
        year=YEAR,
        name="辣椒全产业链加工园建设项目",
        dept=DEPT,
        years=3,
        unit="朱岗县椒源辣椒加工专业合作社联合社",
        money=funds2((900, 750, 150), (300, 250, 50)),
        goals=[goal, same],
    )
    copied = mk("≥2000平方米", "D202", "warning", note="cumulative area copied from 中期")
    above = mk("≥800人次", "D201", "error", note="annual 800 above the 3-year 600")
    rows = [
        ("产出指标", "数量指标", "鲜椒加工量", "≥9000吨", "≥3000吨"),
        (None, None, "新建标准化厂房面积", "≥2000平方米", copied),
        (None, None, "培训椒农", "≥600人次", above),
        (None, "质量指标", "干椒产品合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务按期完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "厂房单位造价", "≤1200元/平方米", "≤1200元/平方米"),
        ("效益指标", "经济效益指标", "带动社员户均增收", "≥3000元", "≥1000元"),
        (None, "可持续影响指标", "加工园运营年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant(
    "dd05-chili-points-two-levels",
    (10,),
    "project, NAT-2021, a tier-1 score column and an indicator score column (100 both ways), "
    "a proportion raised in 百分点 (correct)",
)
def dd05() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="辣椒红色素提取项目",
        dept="赭川县工业和信息化局（318011）",
        unit="赭川县丹霞辣椒专业合作社",
        money=funds(150, 120, 30),
        goals=["购置色素提取设备1套，年产辣椒红色素40吨，提高辣椒精深加工比例。"],
    )
    rows = [
        ("产出指标", 40, "数量指标", "辣椒红色素产量", "≥40吨", 10),
        (None, None, None, "收购干椒量", "≥1200吨", 10),
        (None, None, "质量指标", "色价达标率", "≥95%", 10),
        (None, None, "时效指标", "设备安装调试完成时间", "2025年9月30日前", 10),
        ("成本指标", 10, "经济成本指标", "提取设备购置成本", "≤110万元", 10),
        ("效益指标", 40, "经济效益指标", "辣椒精深加工比例提高", "≥5百分点", 15),
        (None, None, None, "带动社员户均增收", "≥800元", 10),
        (None, None, "社会效益指标", "带动当地就业", "≥45人", 10),
        (None, None, "可持续影响指标", "设备稳定运行年限", "≥8年", 5),
        ("满意度指标", 10, "服务对象满意度指标", "社员满意度", "≥90%", 10),
    ]
    head = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "dd06-chili-tier-points-wrong",
    (5, 10),
    "project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, 1.数量指标): two "
    "tiers whose indicator points do not match, a tier-2 under the wrong tier-1",
)
def dd06() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="辣椒油加工线扩能项目",
        dept=DEPT,
        unit="朱岗县香坪辣椒加工专业合作社",
        money=funds(100, 80, 20),
        goals=["扩建辣椒油灌装线1条，年产辣椒油600吨，带动社员增收。"],
    )
    out = mk("一、产出指标（50分）", "W103", "error", note="indicators under it add up to 45")
    ben = mk("二、效益指标（30分）", "W103", "error", note="indicators under it add up to 35")
    orphan = mk("2.可持续影响指标", "F105", "error", note="可持续影响 belongs under 效益指标")
    rows = [
        (out, "1.数量指标", "扩建辣椒油灌装线", "=1条", 10),
        (None, None, "辣椒油年产量", "≥600吨", 10),
        (None, "2.质量指标", "辣椒油产品抽检合格率", "≥98%", 10),
        (None, "3.时效指标", "灌装线投产时间", "2025年7月31日前", 5),
        (None, "4.成本指标", "灌装线购置安装成本", "≤90万元", 10),
        (ben, "1.经济效益指标", "合作社辣椒油销售收入", "≥900万元", 15),
        (None, "2.社会效益指标", "带动椒农户数", "≥320户", 20),
        ("三、满意度指标（20分）", "1.服务对象满意度指标", "社员满意度", "≥90%", 10),
        (None, orphan, "灌装线稳定运行年限", "≥8年", 10),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    s.row("合计", None, None, None, 100)
    return b
