"""Black soldier fly (黑水虻) larvae rearing on kitchen waste: hz01-hz06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout692.common import (
    COUNTY,
    indicators,
    multi_year,
    one_year,
    sign,
    start,
)
from tests.variants.holdout692.registry import variant
from tests.variants.kit import WAN, Book, C, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("hz01-larvae-percent-cells", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 "
         "in the number format, a 下降率 with ≥ and 0起 on an incident count "
         "(correct)")  # fmt: skip
def hz01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="城区餐厨垃圾黑水虻生物转化项目",
                 dept=f"{COUNTY}城市管理局（318）", unit=f"{COUNTY}环境卫生服务中心",
                 money=one_year(180, 150, 30),
                 goals=["全年接收城区餐厨垃圾7300吨（日均20吨），经黑水虻幼虫转化后产出鲜虫和"
                        "虫粪，餐厨垃圾填埋量较上年下降30%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "餐厨垃圾接收处理量", "≥", 7300, "吨"),
        (None, None, "幼虫投放批次", "≥", 120, "批"),
        (None, "质量指标", "餐厨垃圾幼虫转化率", "≥", pct(0.18), "%"),
        (None, None, "分拣残渣无害化处置率", "=", pct(1), "%"),
        (None, "时效指标", "餐厨垃圾日产日清率", "≥", pct(0.98), "%"),
        ("成本指标", "经济成本指标", "吨餐厨垃圾处理成本", "≤", 240, "元/吨"),
        ("效益指标", "生态效益指标", "餐厨垃圾填埋量下降率", "≥", pct(0.3), "%"),
        (None, "社会效益指标", "处理站异味扰民事件", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "签约餐饮单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龚晓岚", "0739-6213348")
    return b


@variant("hz02-larvae-goal-count", (12,),
         "project, OLD-NAT, one value column: goal against indicators (sheds, "
         "deadline) and a unit cost × tonnage above the year's money")  # fmt: skip
def hz02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="栎坪村黑水虻幼虫养殖棚建设项目",
                 dept="苇塘镇人民政府（412）", unit="苇塘镇农业综合服务中心",
                 money=one_year(90, 90, 0),
                 goals=["在栎坪村建成黑水虻幼虫养殖棚4座，全年转化镇区餐厨垃圾5400吨，"
                        "2025年11月底前完成全部养殖棚验收。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "幼虫养殖棚建成数",
         mk("≥3座", "D104", "warning", row=True, note="年度目标写建成养殖棚4座")),
        (None, None, "餐厨垃圾转化量", "≥5400吨"),
        (None, "质量指标", "养殖棚验收合格率", "=100%"),
        (None, "时效指标", "养殖棚验收完成时间",
         mk("2026年6月30日前", "Y102", "error", alt=("D104", "Y103"),
            note="一年期项目（2025年）的期限落在2026年，年度目标又写11月底前验收")),
        (None, "成本指标", "吨餐厨垃圾转化成本",
         mk("≤200元/吨", "B107", "warning", row=True,
            note="200元/吨 × 5400吨 = 108万元，超过年度资金90万元")),
        ("效益指标", "生态效益指标", "鲜虫产出量", "≥540吨"),
        (None, "社会效益指标", "带动村民务工人数", "≥12人"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "闵成舟", "0739-6420157")
    return b


@variant("hz03-larvae-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above "
         "the year's, equal rates, a later year the work prepares for (correct)")  # fmt: skip
def hz03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="乡镇餐厨垃圾黑水虻转化示范点建设",
                 dept=f"{COUNTY}农业农村局（207）", unit=f"{COUNTY}农业生态环境站",
                 attr="新增项目", money=multi_year((600, 540, 60), (220, 200, 20)),
                 goals=["2025年—2027年累计转化乡镇餐厨垃圾16500吨，建成黑水虻养殖示范点3个，"
                        "为2028年全县推广积累养殖和虫粪还田经验。",
                        "2025年建成示范点1个，转化餐厨垃圾5000吨，"
                        "幼虫存活率不低于85%。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "餐厨垃圾转化量", "≥16500吨", "≥5000吨"),
        (None, None, "养殖示范点建成数", "≥3个", "≥1个"),
        (None, "质量指标", "幼虫存活率", pct(0.85), pct(0.85)),
        (None, "时效指标", "示范点建成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "吨餐厨垃圾转化成本", "≤360元/吨", "≤400元/吨"),
        ("效益指标", "生态效益指标", "虫粪还田面积", "≥3000亩", "≥800亩"),
        (None, "社会效益指标", "培训养殖技术人员", "≥60人次", "≥20人次"),
        ("满意度指标", "服务对象满意度指标", "示范点农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃若溪", "0739-6308821")
    return b


@variant("hz04-larvae-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: a year's yield above "
         "the period's, 中期目标 copied into 年度目标, a deadline left from last "
         "season")  # fmt: skip
def hz04() -> Book:
    b, s = start()
    goal = "建设黑水虻幼虫养殖车间1处，转化产业园区餐厨垃圾，生产鲜虫和虫粪。"
    project_head(s, year=2025, years=2, name="产业园区黑水虻养殖车间建设",
                 dept=f"{COUNTY}发展和改革局（105）", unit=f"{COUNTY}循环经济产业园管委会",
                 attr="新增项目", money=multi_year((300, 260, 40), (160, 140, 20)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目的年度目标与中期目标一字不差")])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "幼虫鲜重产量", "≥1200吨",
         mk("≥1500吨", "D201", "error", note="一年的产量高于两年的中期值1200吨")),
        (None, None, "餐厨垃圾转化量", "≥9000吨", "≥4500吨"),
        (None, "质量指标", "鲜虫杂质含量达标率", "≥95%", "≥95%"),
        (None, "时效指标", "养殖车间设备调试完成时间", "2026年6月30日前",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="项目2025年开始，年度期限却在2024年：上一季的旧值")),
        ("成本指标", "经济成本指标", "吨餐厨垃圾转化成本", "≤300元/吨", "≤300元/吨"),
        ("效益指标", "经济效益指标", "鲜虫销售收入", "≥180万元", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒲一鸣", "0739-6115062")
    return b


@variant("hz05-larvae-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same "
         "indicator name with different values in each, a goal total with its "
         "parts in brackets (correct)")  # fmt: skip
def hz05() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="镇区餐厨垃圾黑水虻处理站运行",
        dept=f"{COUNTY}城市管理局（318）",
        unit=f"{COUNTY}环境卫生服务中心",
        money=one_year(120, 100, 20),
        goals=["全年处理餐厨垃圾3650吨（城区2920吨、镇区730吨），处理站设备稳定运行。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "餐厨垃圾处理量", "≥3650吨"),
        (None, "质量指标", "处理站设备完好率", "≥95%"),
        (None, "时效指标", "餐厨垃圾当日处理率", "≥98%"),
        (None, "成本指标", "吨餐厨垃圾运行成本", "≤320元/吨"),
        ("效益指标", "生态效益指标", "餐厨垃圾资源化利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "收运单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="黑水虻幼虫干粉加工设备购置",
                 dept=f"{COUNTY}城市管理局（318）", unit=f"{COUNTY}环境卫生服务中心",
                 attr="一次性项目", money=one_year(45, 45, 0),
                 goals=["购置幼虫烘干设备2台，年内形成幼虫干粉加工能力。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "幼虫烘干设备购置数", "=2台"),
        (None, "质量指标", "处理站设备完好率", "≥98%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年8月31日前"),
        (None, "成本指标", "烘干设备单台购置价", "≤22万元/台"),
        ("效益指标", "经济效益指标", "幼虫干粉销售收入", "≥30万元"),
        ("满意度指标", "服务对象满意度指标", "操作人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "龚晓岚", "0739-6213348")
    return b


@variant("hz06-larvae-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's "
         "money does not add up and one of its indicators appears twice with "
         "different values")  # fmt: skip
def hz06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="学校食堂餐厨垃圾黑水虻就地处理试点",
        dept=f"{COUNTY}教育局（122）",
        unit=f"{COUNTY}后勤保障服务中心",
        money=one_year(64, 64, 0),
        goals=["在8所寄宿制学校配置就地处理箱，全年处理食堂餐厨垃圾960吨。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配置就地处理箱学校数", "≥8所"),
        (None, None, "食堂餐厨垃圾处理量", "≥960吨"),
        (None, "质量指标", "处理箱运行达标率", "≥95%"),
        (None, "时效指标", "处理箱安装完成时间", "2025年3月31日前"),
        (None, "成本指标", "单所学校处理箱配置费", "≤7.5万元/所"),
        ("效益指标", "社会效益指标", "开展垃圾减量主题课堂", "≥16场"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(C(80, WAN), "B101", "error", note="财政拨款60 + 其他资金30 = 90，不是80")
    project_head(s, year=2025, title="", name="幼虫干粉饲料化加工",
                 dept=f"{COUNTY}教育局（122）", unit=f"{COUNTY}后勤保障服务中心",
                 money=one_year(total, 60, 30),
                 goals=["将试点学校产出的鲜虫加工为幼虫干粉，供应周边养殖场。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "幼虫干粉产量", "≥120吨"),
        (None, None, "供应养殖场数", "≥6家"),
        (None, None, "幼虫干粉年产量",
         mk("≥100吨", "D102", "error", row=True, alt=("D103", "D101"),
            note="与上面的“幼虫干粉产量 ≥120吨”是同一指标，数值不同")),
        (None, "质量指标", "干粉粗蛋白达标率", "≥95%"),
        (None, "时效指标", "加工线投产时间", "2025年6月30日前"),
        ("效益指标", "经济效益指标", "干粉销售收入", "≥48万元"),
        ("满意度指标", "服务对象满意度指标", "合作养殖场满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柏东岩", "0739-6552710")
    return b
