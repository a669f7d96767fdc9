"""Yak husbandry returns: breeding, winter feeding, warm sheds, milk collection (project tables)."""

from __future__ import annotations

from tests.variants.holdout363.common import (
    H4,
    H6,
    book,
    indicators,
    multi_year,
    one_year,
    project,
    signature,
)
from tests.variants.holdout363.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("vi01-yak-breeding", (1, 11), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, a 死亡率 with ≤ and 0起 on an outbreak count (correct)")  # fmt: skip
def yak_breeding() -> Book:
    b, s = book()
    project(s, "曲麦滩乡牦牛良种繁育基地提质项目", "岗措县畜牧兽医工作站",
            one_year(240, 200, 40),
            ["引进牦牛种公牛60头，开展母牦牛人工授精3000头次，提高犊牛成活水平。"])  # fmt: skip
    indicators(s, H6, [
        ("产出指标", "数量指标", "引进牦牛种公牛数量", "≥", 60, "头"),
        (None, None, "人工授精母牦牛数量", "≥", 3000, "头次"),
        (None, "质量指标", "种公牛引种检疫合格率", "=", pct(1), "%"),
        (None, None, "人工授精受胎率", "≥", pct(0.65), "%"),
        (None, None, "犊牛死亡率", "≤", pct(0.05), "%"),
        (None, None, "引种环节重大动物疫情发生次数", "≤", 0, "起"),
        (None, "时效指标", "种公牛引进完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        (None, "成本指标", "种公牛单头引进成本", "≤", 2.5, "万元/头"),
        ("效益指标", "经济效益指标", "项目区牦牛出栏率提高", "≥", 3, "百分点"),
        (None, "社会效益指标", "带动脱贫监测户", "≥", 120, "户"),
        (None, "生态效益指标", "项目区天然草原超载率", "≤", pct(0.1), "%"),
        (None, "可持续影响指标", "良种繁育体系持续运行年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "索南达杰", "0975-6183427")
    return b


@variant("vi02-winter-feed-wrong", (1, 11), "project, NAT-2021, operators inside the values: a "
         "typed 102% on a 合格率, ≥ on a 死亡率, a 满意度 in 户")  # fmt: skip
def winter_feed() -> Book:
    b, s = book()
    project(s, "牦牛越冬补饲饲草料储备项目", "岗措县草原工作站", one_year(95, 80, 15),
            ["采购越冬饲草料400吨，为8000头牦牛补饲，减少越冬掉膘和死亡损失。"])  # fmt: skip
    indicators(s, H4, [
        ("成本指标", "经济成本指标", "越冬饲草料采购单价", "≤2200元/吨"),
        ("产出指标", "数量指标", "越冬饲草料采购量", "≥400吨"),
        (None, None, "补饲牦牛数量", "≥8000头"),
        (None, "质量指标", "饲草料质量抽检合格率",
         mk(pct(1.02), "T106", "error", note="typed 102% on a capped 合格率")),
        (None, "时效指标", "饲草料入库完成时间", "11月30日前"),
        ("效益指标", "经济效益指标", "越冬期牦牛掉膘损失降低率", "≥15%"),
        (None, "社会效益指标", "越冬期牦牛死亡率",
         mk("≥1.5%", "T108", "warning", row=True, note="反向 rate with ≥")),
        (None, "生态效益指标", "冬春草场载畜量下降", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "受助牧户满意度",
         mk("≥260户", "T105", "error", note="a 满意度 given as a count of households")),
    ])  # fmt: skip
    signature(s, "次仁旺姆", "0975-6182290")
    return b


@variant("vi03-warm-sheds-two-year", (8,), "two-year project, OLD-NAT, 中期 and 年度 "
         "value columns, annual counts below the period, rates equal (correct)")  # fmt: skip
def warm_sheds() -> Book:
    b, s = book()
    project(s, "牦牛标准化暖棚建设项目", "岗措县扎隆镇人民政府",
            multi_year((300, 260, 40), (160, 140, 20)),
            ["两年建成牦牛标准化暖棚40座，培训养殖技术员200人次，冬春掉膘率降至12%以内。",
             "2025年建成暖棚22座，培训养殖技术员100人次。"], years=2)  # fmt: skip
    indicators(s, (*H4[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成牦牛标准化暖棚", "≥40座", "≥22座"),
        (None, None, "培训牦牛养殖技术员", "≥200人次", "≥100人次"),
        (None, "质量指标", "暖棚竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "暖棚建设任务完成时间", "2026年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "单座暖棚建设补助标准", "≤6万元/座", "≤6万元/座"),
        ("效益指标", "经济效益指标", "入棚牦牛冬春掉膘率", "≤12%", "≤15%"),
        (None, "生态效益指标", "项目村草畜平衡达标率", "≥85%", "≥80%"),
        (None, "可持续影响指标", "暖棚设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "受益牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "扎西平措", "0975-6187715")
    return b


@variant("vi04-improvement-copied", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns: "
         "two cumulative counts copied into 年度, one annual count above its period")  # fmt: skip
def improvement() -> Book:
    b, s = book()
    project(s, "高原牦牛品种改良三年行动项目", "岗措县畜牧兽医工作站",
            multi_year((450, 390, 60), (150, 130, 20)),
            ["三年完成牦牛改良配种9000头，建成养殖合作社示范点12个，建立生产性能测定档案1500份。",
             "2025年完成改良配种3000头，建成示范点4个。"], years=3)  # fmt: skip
    copied = "cumulative count copied from the 中期 column of a three-year project"
    indicators(s, (*H4[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "牦牛改良配种数量", "≥9000头",
         mk("≥9000头", "D202", "warning", note=copied)),
        (None, None, "建成牦牛养殖合作社示范点", "≥12个",
         mk("≥12个", "D202", "warning", note=copied)),
        (None, None, "建立牦牛生产性能测定档案", "≥1500份",
         mk("≥1800份", "D201", "error", note="annual count above the three-year count")),
        (None, "质量指标", "改良犊牛建档率", "≥95%", "≥95%"),
        (None, "时效指标", "年度配种任务完成时间", "2027年9月30日前", "2025年9月30日前"),
        (None, "成本指标", "单头配种补助标准", "≤80元/头", "≤80元/头"),
        ("效益指标", "经济效益指标", "改良后代牦牛出栏体重提高", "≥10%", "≥5%"),
        (None, "可持续影响指标", "改良技术推广覆盖乡镇", "≥6个", "≥2个"),
        ("满意度指标", "服务对象满意度指标", "参与牧户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "格桑尼玛", "0975-6183409")
    return b


@variant("vi05-milk-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标), indicator scores adding to the same 100, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def milk_points() -> Book:
    b, s = book()
    project(
        s,
        "牦牛奶源基地收购点建设项目",
        "岗措县乳业发展服务中心",
        one_year(150, 130, 20),
        ["建设牦牛奶集中收购点8个，签约交奶牧户350户，带动牧户增收。"],
    )
    indicators(s, (*H4, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "建成牦牛奶集中收购点", "≥8个", 10),
        (None, None, "签约交奶牧户", "≥350户", 10),
        (None, "（二）质量指标", "收购鲜奶抽检合格率", "≥98%", 10),
        (None, "（三）时效指标", "收购点投入使用时间", "2025年8月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "单个收购点建设成本", "≤15万元/个", 10),
        (None, "（二）生态环境成本指标", "收购点环境污染事件", "0起", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "交奶牧户户均增收", "≥3000元", 10),
        (None, "（二）社会效益指标", "牧区鲜奶商品化率提高", "≥5百分点", 10),
        (None, "（三）可持续影响指标", "收购点持续运营年限", "≥10年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "交奶牧户满意度", "≥90%", 10),
    ])  # fmt: skip
    signature(s, "拉姆卓玛", "0975-6184031")
    return b


@variant(
    "vi06-tier-marks-wrong",
    (5, 10),
    "project, OLD-NAT, tier labels with * and points and "
    "abbreviated tier-2s: two tier scores not matching their indicators, 质量 under 效益",
)
def tier_marks() -> Book:  # fmt: skip
    b, s = book()
    project(s, "牦牛肉分级加工示范项目", "岗措县农牧产业发展中心", one_year(110, 90, 20),
            ["建成牦牛肉分级加工示范线1条，年分级加工牦牛肉200吨。"])  # fmt: skip
    indicators(s, (*H4, "分值"), [
        (mk("*产出指标（50分）", "W103", "error", note="indicator scores under it add to 45"),
         "数量", "建成分级加工示范线", "≥1条", 15),
        (None, None, "年分级加工牦牛肉", "≥200吨", 10),
        (None, "质量", "加工产品抽检合格率", "≥98%", 10),
        (None, "时效", "示范线投产时间", "2025年9月30日前", 5),
        (None, "成本", "示范线设备购置成本", "≤80万元", 5),
        (mk("*效益指标（30分）", "W103", "error", note="indicator scores under it add to 35"),
         "经济效益", "带动合作社销售收入增长", "≥10%", 15),
        (None, mk("质量", "F105", "error", note="质量 is a tier-2 of 产出, not of 效益"),
         "牦牛肉分级合格率", "≥90%", 10),
        (None, "生态效益", "加工废水达标排放率", "=100%", 10),
        ("*满意度指标（20分）", "服务对象满意度", "合作社社员满意度", "≥90%", 20),
    ])  # fmt: skip
    signature(s, "多吉才让", "0975-6186652")
    return b
