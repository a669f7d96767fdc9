"""Grading and freezing plant returns: quick-freeze tunnels, cold stores, a cold-chain hub
(hr13–hr18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout684.common import first, indicators, lines, notes, sign
from tests.variants.holdout684.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

DEPT = "沅垄县工业和商务局（219006）"
UNIT = "沅垄县禾昇农产品冷链有限公司"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("hr13-plant-tunnels-points", (10, 4),
         "project, NAT-2021, tier-1 points and an indicator score column both adding to 100, "
         "header repeated after a page break, a 下降率 with ≥ (correct)")  # fmt: skip
def hr13() -> Book:
    b, s = first()
    project_head(s, year=2025, name="速冻车间单体速冻隧道扩建", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(350, WAN), "其中：财政拨款", money(300, WAN)),
                        ("其他资金", money(50, WAN), None, None)],
                 goals=["新增单体速冻隧道2条（黄秋葵专线1条、牛蒡专线1条），速冻能力达到每小时"
                        "6吨。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "新增单体速冻隧道", "≥2条", 20),
        (None, None, "速冻能力", "≥6吨/小时", 10),
        (None, "质量指标", "速冻隧道安装验收合格率", "=100%", 10),
        (None, "时效指标", "速冻隧道投产时间", "2025年9月30日前", 10),
    ])  # fmt: skip
    indicators(s, head, [
        ("成本指标（20分）", "经济成本指标", "单条速冻隧道购置安装成本", "≤150万元", 20),
        ("效益指标（20分）", "经济效益指标", "速冻产品出口量增长率", "≥15%", 10),
        (None, "生态效益指标", "单吨产品制冷电耗下降率", "≥8%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "订单农户及客商满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "岑砚秋", "0739-6650218")
    return b


@variant("hr14-plant-dates", (7,),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度）: the end date before the start, a "
         "deadline from last season, one indicator twice with different values")  # fmt: skip
def hr14() -> Book:
    b, s = first()
    project_head(s, year=2025, name="速冻冷藏库制冷系统改造", dept=DEPT, unit=UNIT,
                 end=mk(day(2024, 12, 31), "Y104", "error", row=True, alt=("Y102", "Y101"),
                        note="完成日期2024-12-31早于开始日期2025-01-01：上年的日期"),
                 money=[("年度资金总额", money(160, WAN), "其中：财政拨款", money(130, WAN)),
                        ("其他资金", money(30, WAN), None, None)],
                 goals=["改造冷藏库制冷系统，库温稳定在-18℃以下，单位电耗下降10%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "改造冷藏库", "≥2座"),
        (None, "质量指标", "库温达标率", "≥98%"),
        (None, None, "制冷系统验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间",
         mk("2024年10月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="2025年度项目的完工期限在2024年：上一季的文字")),
        (None, "成本指标", "改造总成本", "≤160万元"),
        ("效益指标", "生态效益指标", "单位电耗下降率", "≥10%"),
        (None, None, mk("库温达标率", "D102", "error", row=True, alt=("D101", "D103"),
                        note="与质量指标下的库温达标率同名，指标值不同"), "≥95%"),
        ("满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hr15-plant-cold-store-two-year", (8, 12),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns, money detail lines, "
         "the period's counts beside smaller annual counts, "
         "a deadline in the second year (correct)")  # fmt: skip
def hr15() -> Book:
    b, s = first()
    project_head(s, year=2025, years=2, name="出口蔬菜低温冷库及速冻线建设", dept=DEPT, unit=UNIT,
                 money=[("中期资金总额", money(600, WAN), "年度资金总额", money(360, WAN)),
                        ("其中：财政拨款", money(450, WAN), "其中：财政拨款", money(270, WAN)),
                        ("其他资金", money(150, WAN), "其他资金", money(90, WAN))],
                 goals=["新建-35℃低温冷库1座（库容2000吨）、速冻生产线2条，2026年6月底前全部投产。",
                        "完成冷库主体和1200吨库容，建成速冻生产线1条。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "速冻生产线", "≥2条", "≥1条"),
        (None, None, "低温冷库库容", "≥2000吨", "≥1200吨"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "冷库及速冻线投产时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单条速冻线设备购置成本", "≤150万元", "≤150万元"),
        ("效益指标", "经济效益指标", "速冻产品出口量", "≥8000吨", "≥3500吨"),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    lines(s, "年度资金明细", [("速冻线设备", money(210, WAN)), ("冷库土建", money(110, WAN)),
                              ("检测仪器", money(40, WAN))], money(360, WAN))  # fmt: skip
    return b


@variant("hr16-plant-template-leftover", (6, 13),
         "project, NAT-2021: the template's example row left in, a tier-2 left without an "
         "indicator, a processing cost × volume above the money")  # fmt: skip
def hr16() -> Book:
    b, s = first()
    project_head(s, year=2025, name="出口蔬菜分级加工补助", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(300, WAN), "其中：财政拨款", money(240, WAN)),
                        ("其他资金", money(60, WAN), None, None)],
                 goals=["分级加工出口牛蒡、黄秋葵1500吨，产品出口合格率98%以上。"])  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "单吨分级加工补助",
         mk("≤2800元/吨", "B107", "warning", row=True,
            note="2800元/吨 × 1500吨 = 420万元，超过年度资金300万元")),
        ("产出指标", "数量指标", "分级加工量", "≥1500吨"),
        (None, None, "（示例）培训农户人次",
         mk("≥**人次", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "产品出口合格率", "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行，未填指标"), None, None),
        ("效益指标", "经济效益指标", "出口销售收入", "≥2500万元"),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hr17-plant-department-notes", (4, 7),
         "department, NAT-2021, header 绩效目标值, a footnote explaining the 金额合计, a goal "
         "count with its part in brackets, signature and date (correct)")  # fmt: skip
def hr17() -> Book:
    b, s = first()
    department_head(s, year=2025, dept="沅垄县供销合作社联合社",
                    budget=[(money(410, WAN), money(330, WAN), money(80, WAN), money(110, WAN),
                             money(300, WAN))],
                    tasks=[("速冻企业技改", "补助速冻隧道", money(160, WAN), "支持2家"),
                           ("订单农业服务", "签约与收购", money(90, WAN), "订单6000亩"),
                           ("出口认证", "基地备案", money(50, WAN), "备案4个"),
                           ("金额合计", None, money(300, WAN), None)],
                    goal="支持速冻企业技改2家（含黄秋葵专线企业1家），订单农业6000亩，"
                         "出口基地备案4个。")  # fmt: skip
    notes(s, "注：金额合计为项目支出，不含基本支出110万元。")
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "支持速冻企业技改数量", "≥2家"),
        (None, None, "订单农业面积", "≥6000亩"),
        (None, None, "出口基地备案数", "≥4个"),
        (None, "质量指标", "技改项目验收合格率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单家企业技改补助", "≤80万元"),
        ("效益指标", "社会效益指标", "带动签约农户数", "≥1800户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：绩效目标值按县供销社理事会2024年第4次会议确定的年度计划填列。")
    sign(s, "詹禾", "0739-6603376", day(2024, 11, 25, CN_DATE))
    s.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


@variant("hr18-plant-hub-three-year", (8, 12),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: annual money above the "
         "period's, an annual count above the period's, "
         "one indicator under two tier-2s")  # fmt: skip
def hr18() -> Book:
    b, s = first()
    project_head(s, year=2025, years=3, name="出口蔬菜冷链集配中心", dept=DEPT, unit=UNIT,
                 money=[("中期资金总额", money(1200, WAN), "年度资金总额",
                         mk(money(1300, WAN), "B103", "error", note="年度1300大于中期1200")),
                        ("其中：财政拨款", money(1000, WAN), "其中：财政拨款", money(1100, WAN)),
                        ("其他资金", money(200, WAN), "其他资金", money(200, WAN))],
                 goals=["三年建成冷链集配中心1处、冷藏车位40个，年集配出口蔬菜3万吨。",
                        "完成集配中心主体，建成冷藏车位15个。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "冷藏车位", "≥40个", "≥15个"),
        (None, None, "集配中心建成数", "≥1处",
         mk("≥2处", "D201", "error", note="年度2处多于三年1处")),
        (None, "质量指标", "冷链温控达标率", "≥98%", "≥98%"),
        (None, "时效指标", "集配中心主体完工时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "冷藏车位单位造价", "≤20万元", "≤20万元"),
        ("效益指标", "经济效益指标", "年集配出口蔬菜量", "≥3万吨", "≥1万吨"),
        (None, "可持续影响指标",
         mk("冷链温控达标率", "D101", "warning", row=True, alt=("D102", "D103"),
            note="与质量指标下同一指标重复"), "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "入驻企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
