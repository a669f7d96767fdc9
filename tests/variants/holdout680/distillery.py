"""An essential-oil distillation workshop: stills, condensers, filling and testing (hn07–hn12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout680.common import (
    detail,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    tiered,
    wan,
)
from tests.variants.holdout680.registry import variant
from tests.variants.kit import Book, mk, pct

Y = 2025
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "hn07-still-line",
    (7, 12, 4),
    "project, NAT-2021, headers 考核指标 and 绩效目标值, a "
    "budget detail block, a cost within its money, a note explaining the total (correct)",
)
def still_line() -> Book:
    b, s = start()
    project_head(s, year=Y, name="鹭塘村薄荷精油蒸馏生产线购置", dept="柘源县工业和信息化局（309）",
                 unit="鹭塘芳香植物专业合作社", money=one_year(96, 80, 16),
                 goals=["购置不锈钢蒸馏罐2套及冷凝分离系统，改造蒸馏车间，"
                        "形成年加工薄荷鲜料600吨的能力。"])  # fmt: skip
    detail(s, [("蒸馏罐购置（2套×18万元）", 36), ("冷凝分离系统", 24), ("车间改造", 20),
               ("环保处理设施", 16)], 96)  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "考核指标", "绩效目标值"), [
        ("产出指标", "数量指标", "新增不锈钢蒸馏罐", "≥2套"),
        (None, None, "年加工薄荷鲜料能力", "≥600吨"),
        (None, "质量指标", "设备安装验收合格率", "=100%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单套蒸馏罐购置成本", "≤18万元/套"),
        ("效益指标", "经济效益指标", "精油年销售收入", "≥120万元"),
        (None, "生态效益指标", "冷却水循环利用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：年度资金总额96万元由财政拨款80万元和合作社自筹16万元组成，"
             "明细见上表。")  # fmt: skip
    sign(s, "麦知秋", "0736-5408812", Y - 1, 12, 6)
    return b


@variant(
    "hn08-workshop-dates",
    (7,),
    "project, NAT-2021, header 预期目标: an output against the "
    "goal, a deadline in the next year, a yield rate under 时效",
)
def workshop_dates() -> Book:
    b, s = start()
    project_head(
        s,
        year=Y,
        name="栖湾乡薄荷精油蒸馏车间建设",
        dept="柘源县工业和信息化局（309）",
        unit="栖湾乡香料加工合作社",
        money=one_year(70, 60, 10),
        goals=["2025年建成薄荷精油蒸馏车间1处，年产薄荷精油800公斤。"],
    )
    tiered(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "蒸馏车间建成数量", "≥1处"),
        (None, None, "薄荷精油产量",
         mk("≥600公斤", "D104", "warning", row=True, note="年度目标写年产800公斤")),
        (None, "质量指标", "精油理化指标检测合格率", "≥98%"),
        (None, "时效指标", "设备安装调试完成时间",
         mk("2026年3月31日前", "Y102", "error", row=True, note="一年期项目，期限在次年")),
        (None, None, mk("鲜料出油率", "F201", "warning", row=True,
                        note="质量（工艺）指标填在时效下"), "≥0.5%"),
        ("成本指标", "经济成本指标", "蒸馏设备购置成本", "≤30万元"),
        ("效益指标", "经济效益指标", "带动薄荷鲜料收购额", "≥90万元"),
        ("满意度指标", "服务对象满意度指标", "供料农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞叶舟", "0736-5419023", Y - 1, 12, 15)
    return b


@variant(
    "hn09-workshop-department",
    (12, 4),
    "department, NAT-2021: tasks not adding to 金额合计, "
    "last year in the goal, a test rate given twice with two values",
)
def workshop_department() -> Book:
    b, s = start()
    department_head(s, year=Y, dept="柘源县芳香植物加工服务站",
                    budget=[(wan(120), wan(100), wan(20), wan(42), wan(78))],
                    tasks=[("冷凝系统改造", "更换冷凝器4台", wan(30), "冷却效率提高"),
                           ("精油质量检测", "检测精油批次", wan(25), "批批检测"),
                           ("技能培训", "培训蒸馏工", wan(18), "持证上岗"),
                           ("金额合计", None, mk(wan(78), "B102", "error",
                                                note="30 + 25 + 18 = 73"), None)],
                    goal=mk("完成2024年度蒸馏车间冷凝系统改造，精油批次检测全覆盖，"
                            "培训蒸馏工60人次。", "Y103", "warning", alt=("Y101",),
                            note="上一年度的目标文字未改"))  # fmt: skip
    tiered(s, ONE, [
        ("产出指标", "数量指标", "更换冷凝器数量", "≥4台"),
        (None, None, "蒸馏工技能培训", "≥60人次"),
        (None, "质量指标", "精油批次检测合格率", "≥98%"),
        (None, None, "冷凝器安装验收合格率", "=100%"),
        (None, None, "精油批次检验合格率",
         mk("≥95%", "D102", "error", row=True, alt=("D103",),
            note="与精油批次检测合格率是同一指标，数值不同")),
        (None, "时效指标", "冷凝系统改造完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "单台冷凝器更换成本", "≤7.5万元/台"),
        ("效益指标", "生态效益指标", "单位精油蒸汽耗用量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "殷砚秋", "0736-5427350", Y - 1, 11, 21)
    return b


@variant(
    "hn10-filling-second-sheet",
    (7, 4),
    "project head on one sheet, the table on a second "
    "under 预期实现值, a 说明 row inside, the header repeated after a page break (correct)",
)
def filling_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=Y,
        name="紫苏精油灌装与恒温仓储",
        dept="柘源县工业和信息化局（309）",
        unit="鹭塘芳香植物专业合作社",
        money=one_year(40, 36, 4),
        goals=["建设紫苏精油自动灌装线1条、恒温仓库1间，年灌装精油2万瓶。"],
    )
    sign(s, "麦知秋", "0736-5408812", Y - 1, 12, 6)
    t = b.sheet("绩效指标", (14, 16, 30, 18))
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    t.title("紫苏精油灌装与恒温仓储项目绩效指标", 4)
    tiered(t, head, [
        ("产出指标", "数量指标", "自动灌装线", "≥1条"),
        (None, None, "恒温仓库", "≥1间"),
        (None, None, "年灌装精油", "≥2万瓶"),
        (None, "质量指标", "灌装计量合格率", "≥99%"),
        (None, "时效指标", "灌装线投产时间", "2025年8月31日前"),
    ])  # fmt: skip
    t.row("说明：以下指标续下页", None, None, None, merge=[(1, 4)])
    tiered(t, head, [
        ("成本指标", "经济成本指标", "单瓶灌装包材成本", "≤6元/瓶"),
        ("效益指标", "经济效益指标", "精油库存损耗率", "≤2%"),
        (None, "可持续影响指标", "灌装线设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "精油采购商满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：指标值按年度填写，时效指标填写完成期限。", width=4)
    return b


@variant(
    "hn11-two-lines-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns, the "
    "period's counts above the year's, a later year the work prepares for (correct)",
)
def two_lines_two_years() -> Book:
    b, s = start()
    project_head(s, year=Y, years=2, attr="新增项目", name="紫苏薄荷双线蒸馏示范",
                 dept="柘源县工业和信息化局（309）", unit="槐坞镇香草产业合作联社",
                 money=multi_year((200, 170, 30), (110, 95, 15)),
                 goals=["2025—2026年建成紫苏、薄荷蒸馏生产线各1条，累计加工鲜料1200吨，"
                        "为2027年推广纯露产品积累工艺数据。",
                        "2025年建成紫苏蒸馏生产线1条，加工鲜料500吨。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "蒸馏生产线建成数量", "≥2条", "≥1条"),
        (None, None, "鲜料加工量", "≥1200吨", "≥500吨"),
        (None, "质量指标", "精油出厂检测合格率", "≥98%", "≥98%"),
        (None, "时效指标", "生产线建成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "吨鲜料加工成本", "≤450元/吨", "≤450元/吨"),
        ("效益指标", "经济效益指标", "精油销售收入", "≥260万元", "≥100万元"),
        (None, "可持续影响指标", "形成蒸馏工艺规程", "≥2项", "≥1项"),
        ("满意度指标", "服务对象满意度指标", "供料农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "车望舒", "0736-5433168", Y - 1, 12, 2)
    return b


@variant(
    "hn12-still-operators",
    (11, 1),
    "project, OLD-NAT, operators in words in their own "
    "column, unit column: a 反向 rate with 大于等于, a test cost above the money",
)
def still_operators() -> Book:
    b, s = start()
    project_head(
        s,
        year=Y,
        name="鹭塘村精油蒸馏车间运行维护",
        dept="柘源县工业和信息化局（309）",
        unit="鹭塘芳香植物专业合作社",
        attr="常年项目",
        money=one_year(50, 40, 10),
        goals=["保障蒸馏车间全年运行，完成蒸馏120批次，每批精油均送检。"],
    )
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "完成蒸馏批次", "大于等于", 120, "批"),
        (None, None, "精油送检批次", "大于等于", 120, "批"),
        (None, "质量指标", "精油得油率", "大于等于", pct(0.006, "0.0%"), "%"),
        (None, None, "设备故障停机率",
         mk("大于等于", "T108", "warning", row=True, note="故障率是反向指标"), 3, "%"),
        (None, "时效指标", "单批次蒸馏时长", "小于等于", 6, "小时"),
        (None, "成本指标", "单批次质量检测费用",
         mk("小于等于", "B107", "warning", row=True,
            note="0.5万元/批 × 120批 = 60万元，超过年度资金50万元"), 0.5, "万元/批"),
        ("效益指标", "经济效益指标", "精油销售收入", "大于等于", 90, "万元"),
        (None, "生态效益指标", "冷凝水循环利用率", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "精油采购商满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "麦知秋", "0736-5408812", Y - 1, 12, 9)
    return b
