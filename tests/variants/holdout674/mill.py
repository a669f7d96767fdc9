"""小米: the millet mill and its brand shop, department and project returns, a budget-system
export (hh07–hh12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout674.common import (
    NAT,
    YEAR,
    indicators,
    note,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout674.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

MILL = "坨岭县谷丰农产品加工服务中心"
WEIGHTED = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")


@variant("hh07-mill-department", (1, 4, 12),
         "department, NAT-2021, budget and tasks consistent, a weight column adding to 100, a "
         "typed percent, notes and signature lines under the table (correct)")  # fmt: skip
def mill_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=MILL,
                    budget=[(wan(320), wan(260), wan(60), wan(120), wan(200))],
                    tasks=[("小米加工线提升", "更新色选、抛光设备，改造清理车间", wan(120),
                            "加工能力达到日产30吨"),
                           ("“峁上金”小米品牌推广", "参加农产品展会，新建品牌门店2家", wan(80),
                            "品牌小米销售额增长10%"),
                           ("金额合计", "注：金额合计为项目支出，不含基本支出", wan(200), None)],
                    goal="完成小米加工线提升改造，年加工小米6000吨；新建品牌门店2家，品牌小米"
                         "销售额增长10%以上，带动谷子种植户1500户。")  # fmt: skip
    indicators(s, WEIGHTED, [
        ("成本指标", "经济成本指标", "加工线改造投入", "≤120万元", 10),
        ("产出指标", "数量指标", "年加工小米量", "≥6000吨", 10),
        (None, None, "新建品牌门店", "≥2家", 10),
        (None, "质量指标", "小米产品抽检合格率", pct(0.98), 10),
        (None, "时效指标", "改造设备投产时间", "9月30日前", 10),
        ("效益指标", "经济效益指标", "品牌小米销售额增长率", "≥10%", 15),
        (None, "社会效益指标", "带动谷子种植户", "≥1500户", 10),
        ("满意度指标", "服务对象满意度指标", "合作种植户满意度", "≥90%", 10),
        (None, None, "门店顾客满意度", "≥90%", 15),
    ])  # fmt: skip
    note(s, "注：1.权重合计100分；2.销售额增长率以2024年品牌小米销售额为基数。")
    note(s, "填表说明：指标值须为可考核的数值，定性指标按“好、较好、一般、差”填写。")
    signature(s, "乔素梅", "0915-7328106", day(YEAR - 1, 11, 20, CN_DATE))
    return b


@variant("hh08-mill-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a goal's tonnage the indicator "
         "gives otherwise, a quality rate under 时效")  # fmt: skip
def mill_department_wrong() -> Book:
    b, s = start()
    total = mk(wan(200), "B102", "error", note="任务金额130+60=190万元，金额合计写200万元")
    goal = mk(
        "年加工小米1200吨，新上小米真空包装线1条，品牌小米进入县外商超10家。",
        "*",
        "warning",
        required=False,
        note="D104 may land at the goal",
    )
    department_head(s, year=YEAR, dept="坨岭县红崖小米加工厂",
                    budget=[(wan(300), wan(240), wan(60), wan(100), wan(200))],
                    tasks=[("小米加工扩能", "新上真空包装线，改造原粮仓库", wan(130),
                            "年加工小米1200吨"),
                           ("品牌小米进商超", "对接县外商超，设立品牌专柜", wan(60),
                            "进入县外商超10家"),
                           ("金额合计", None, total, None)],
                    goal=goal)  # fmt: skip
    indicators(s, NAT, [
        ("成本指标", "经济成本指标", "真空包装线购置成本", "≤85万元"),
        ("产出指标", "数量指标", "年加工小米量",
         mk("≥1000吨", "D104", "warning", row=True, note="总体目标和任务都写年加工1200吨")),
        (None, None, "进入县外商超", "≥10家"),
        (None, "时效指标", "包装线投产时间", "10月31日前"),
        (None, None, mk("小米产品抽检合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效指标下"), "≥98%"),
        ("效益指标", "经济效益指标", "小米销售收入增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "商超采购方满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("hh09-brand-shop-flat", (1, 3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator words · "
         "指标值), a 反向 rate with 小于等于, weights adding to 100 (correct)")  # fmt: skip
def brand_shop_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="坨岭县小米品牌运营服务中心",
                    budget=[(wan(150), wan(150), wan(0), wan(50), wan(100))],
                    goal="运营“峁上金”品牌门店3家，门店小米销量180吨，线上订单12000单，"
                         "顾客投诉率控制在2%以内。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("品牌门店运营数量", 15, "家", "大于等于", 3),
        ("门店小米销售量", 15, "吨", "大于等于", 180),
        ("线上店铺订单量", 10, "单", "大于等于", 12000),
        ("小米产品抽检合格率", 15, "%", "大于等于", pct(0.98)),
        ("顾客投诉率", 10, "%", "小于等于", 2),
        ("品牌推广活动场次", 10, "场", "大于等于", 12),
        ("门店运营费用占销售额比例", 10, "%", "小于等于", 25),
        ("顾客满意度", 15, "%", "大于等于", 90),
    ])  # fmt: skip
    signature(s, "白俊霞", "0915-7351947", day(YEAR - 1, 12, 2, CN_DATE))
    return b


@variant("hh10-brand-shop-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 指标性质 · 权重): "
         "last year's goal left in, a sales indicator given twice with a word more")  # fmt: skip
def brand_shop_flat_defects() -> Book:
    b, s = start()
    goal = mk(
        "2024年新开设品牌门店3家，门店小米销售量达到180吨，线上订单量达到10000单。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年的表里留着2024年的年度目标",
    )
    department_head(s, year=YEAR, dept="坨岭县小米品牌运营服务中心",
                    budget=[(wan(160), wan(140), wan(20), wan(55), wan(105))],
                    goal=goal)  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重")
    s.table([
        ("品牌门店运营数量", 3, "家", "≥", 15),
        ("品牌门店小米销售量", 180, "吨", "≥", 15),
        ("线上店铺订单量", 10000, "单", "≥", 15),
        ("顾客投诉率", 2, "%", "≤", 10),
        (mk("门店小米销售量", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与“品牌门店小米销售量”是同一指标，值不同（180/200吨）"), 200, "吨", "≥", 15),
        ("品牌推广活动场次", 12, "场", "≥", 10),
        ("顾客满意度", 90, "%", "≥", 20),
    ])  # fmt: skip
    return b


@variant("hh11-mill-export-sheets", (7, 9, 12),
         "budget-system export: detail lines with codes on 部门项目支出预算05-1, the indicator "
         "table on 部门项目支出绩效目标05-2 under its third-row header, an amount with a "
         "bracketed note (correct)")  # fmt: skip
def mill_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 26, 16, 16, 16, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "资金总额", "财政拨款", "其他资金")
    s.row("P307112501", "小米加工厂房节能改造", "合计", wan(90), wan(70), wan(20))
    s.row(None, None, "厂房保温改造", wan(40), wan(40), wan(0))
    s.row(None, None, "光伏屋顶", ok("35（含并网验收）", note="amount with a note, read as 35"),
          wan(15), wan(20))  # fmt: skip
    s.row(None, None, "电气线路改造", wan(15), wan(15), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 14, 16, 26, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：万元")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("P307112501", "小米加工厂房节能改造", "成本指标", "经济成本指标", "改造工程投入",
         "≤90万元"),
        (None, None, "产出指标", "数量指标", "厂房保温改造面积", "≥2400平方米"),
        (None, None, None, None, "光伏装机容量", "≥300千瓦"),
        (None, None, None, "质量指标", "改造工程验收合格率", "100%"),
        (None, None, None, "时效指标", "改造完成时间", "2025年8月31日前"),
        (None, None, "效益指标", "经济效益指标", "年节约电费", "≥12万元"),
        (None, None, None, "生态效益指标", "加工环节单位能耗下降率", "≥15%"),
        (None, None, "满意度指标", "服务对象满意度指标", "加工厂职工满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("hh12-mill-equipment-cost", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a detail block under the head: plan "
         "dates in the year before the title's, lines not adding to their total, a unit price "
         "beyond its line")  # fmt: skip
def mill_equipment() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="小米加工设备更新项目", dept="坨岭县工业和信息化局（309001）",
                 unit="坨岭县红崖小米加工厂", money=one_year(wan(140), wan(140)),
                 start=day(YEAR - 1, 3, 1), end=day(YEAR - 1, 12, 31),
                 goals=["更新碾米机组4台、色选机2台，改造加工车间，小米日加工能力由18吨提高到"
                        "30吨。"])  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="标题为2025年度，计划开始、完成日期却都在2024年")  # fmt: skip
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    s.row(None, "碾米机组购置", wan(80), "4台×20万元/台", merge=[(4, 6)])
    s.row(None, "色选机购置", wan(30), "2台×15万元/台", merge=[(4, 6)])
    s.row(None, "车间改造", wan(25), "按改造方案预算", merge=[(4, 6)])
    s.row(None, "合计", mk(wan(140), "B102", "error", row=True, alt=("B101",),
                           note="80+30+25=135万元，合计写140万元"), merge=[(4, 6)])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "更新碾米机组", "≥4台"),
        (None, None, "更新色选机", "≥2台"),
        (None, "质量指标", "设备安装验收合格率", "≥98%"),
        (None, "时效指标", "设备安装调试完成时间", "10月31日前"),
        (None, "成本指标", "碾米机组单价",
         mk("≤25万元/台", "B107", "warning", row=True,
            note="25万元/台×4台=100万元，超过碾米机组购置80万元")),
        ("效益指标", "经济效益指标", "小米日加工能力", "≥30吨"),
        (None, "社会效益指标", "带动谷子订单收购农户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "加工厂职工满意度", "≥90%"),
    ])  # fmt: skip
    return b
