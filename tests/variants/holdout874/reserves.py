"""Emergency supplies reserves: kgz13–kgz18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout874.common import (
    indicators,
    multi_year,
    new,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout874.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgz13-city-reserve-stock", (4, 11),
         "project, OLD-NAT, 指标性质 as operator in words, unit column, a note row inside the "
         "table, 填表说明 and signature below, a 0次 shortage count (correct)")  # fmt: skip
def city_reserve() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="柘川市市级防汛物资储备与轮换", dept="柘川市应急管理局（517）",
        unit="柘川市防汛物资储备中心", attr="常年项目",
        money=one_year(wan(450), wan(400), wan(50)),
        goals=["储备编织袋30万条、土工布8万平方米、救生衣6000件，轮换到期物资，"
               "汛期物资2小时内出库。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "编织袋储备量", "大于等于", 30, "万条"),
        (None, None, "土工布储备量", "大于等于", 8, "万平方米"),
        (None, None, "救生衣储备量", "大于等于", 6000, "件"),
        (None, "质量指标", "储备物资抽检合格率", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "物资出库响应时间", "小于等于", 2, "小时"),
        (None, "成本指标", "到期物资轮换更新费用", "小于等于", 180, "万元"),
    ])  # fmt: skip
    notes(s, "注：储备量为年末库存数，含上年结转物资。")
    s.table([
        ("效益指标", "社会效益指标", "汛期物资保障到位率", "等于", 100, "%"),
        (None, None, "因物资短缺延误抢险次数", "等于", 0, "次"),
        ("满意度指标", "服务对象满意度指标", "基层防汛单位满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：指标性质填写比较关系（大于等于、小于等于、等于）。")
    sign(s, "孔叙白", "0796-3340261", day(2025, 11, 18, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
    return b


@variant("kgz14-rescue-boats", (12,),
         "project, OLD-NAT: 年度资金总额 ≠ 财政拨款 + 其他资金, "
         "a unit price under 数量指标")  # fmt: skip
def rescue_boats() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="潆湾区应急抢险物资储备库补充采购", dept="潆湾区应急管理局（211）",
        unit="潆湾区应急物资保障站", attr="一次性项目",
        money=one_year(mk(wan(260), "B101", "error", note="220+30=250，不是260"),
                       wan(220), wan(30)),
        goals=["补充采购冲锋舟6艘、抢险照明设备40套，汛前入库并完成验收。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "冲锋舟采购数量", "≥6艘"),
        (None, None, "抢险照明设备采购数量", "≥40套"),
        (None, None, mk("冲锋舟采购单价", "F201", "warning", row=True,
                        note="单价是成本指标，填在数量指标下"),
         "≤9万元/艘"),
        (None, "质量指标", "采购物资验收合格率", "=100%"),
        (None, "时效指标", "物资入库时间", "2026年4月30日前"),
        (None, "成本指标", "照明设备采购单价", "≤1.2万元/套"),
        ("效益指标", "社会效益指标", "抢险物资覆盖乡镇数", "≥9个"),
        ("满意度指标", "服务对象满意度指标", "抢险队伍满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "白望津", "0796-5231047", day(2025, 12, 5))
    return b


@variant("kgz15-regional-depot-two-years", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns, a 反向 loss rate with ≤, the "
         "same date in both columns, period areas above annual ones (correct)")  # fmt: skip
def regional_depot() -> Book:
    b, s = new()
    project_head(
        s, year=2026, years=2, name="柘川市防汛物资区域仓储中心建设",
        dept="柘川市应急管理局（517）",
        unit="柘川市防汛物资储备中心", attr="新增项目",
        money=multi_year((wan(1600), wan(1500), wan(100)), (wan(900), wan(850), wan(50))),
        goals=["两年建成仓储库房6000平方米，储备物资40类，覆盖全市防汛重点乡镇。",
               "2026年建成库房3500平方米，完成主体结构，储备物资25类。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "仓储库房建设面积", "≥6000平方米", "≥3500平方米"),
        (None, None, "储备物资品种", "≥40类", "≥25类"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "主体结构完工时间", "2026年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "库房单位面积建设成本", "≤2200元/平方米", "≤2200元/平方米"),
        ("效益指标", "社会效益指标", "储备物资损耗率", "≤2%", "≤2%"),
        (None, "可持续影响指标", "仓储设施设计使用年限", "≥50年", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "乡镇防汛办满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "温照临", "0796-3342875", day(2025, 11, 26))
    return b


@variant("kgz16-county-reserve-leftovers", (6, 9),
         "project, NAT-2021: the template's example row left in, last season's year in an "
         "indicator name")  # fmt: skip
def county_leftovers() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="蔺河县防汛抢险物资储备", dept="蔺河县应急管理局（309）",
        unit="蔺河县防汛物资仓库", attr="延续项目",
        money=one_year(wan(150), wan(140), wan(10)),
        goals=["储备编织袋5万条、救生衣1500件、抢险照明灯80盏，5月底前完成补库。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "编织袋储备数量", "≥5万条"),
        (None, None, "救生衣储备数量", "≥1500件"),
        (None, None, "抢险照明灯储备数量", "≥80盏"),
        (None, None, "XX物资储备数量", mk("≥**件", "X101", "error", row=True,
                                          note="模板示例行未删除")),
        (None, "质量指标", "储备物资完好率", "≥98%"),
        (None, "时效指标", mk("2025年汛前物资补库完成时间", "Y103", "warning", row=True,
                              alt=("Y101", "Y102"), note="2026年度表中留着上年的年份"),
         "5月31日前"),
        ("成本指标", "经济成本指标", "物资仓储管理费用", "≤12万元"),
        ("效益指标", "社会效益指标", "汛期物资调拨到位率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "乡镇防汛人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "车砚舟", "0796-6135592", day(2025, 12, 2))
    return b


@variant("kgz17-reserve-centre-department", (4, 5, 12),
         "department, NAT-2021, budget with shares, tasks adding to 金额合计, tier labels with "
         "★ and *, a footnote explaining the total (correct)")  # fmt: skip
def reserve_department() -> Book:
    b, s = new()
    share = "0.00%"
    department_head(
        s, year=2026, dept="柘川市防汛物资储备中心",
        budget=[(wan(1350), wan(1250), wan(100), wan(850), wan(500)),
                (pct(1, share), pct(0.9259, share), pct(0.0741, share), pct(0.6296, share),
                 pct(0.3704, share))],
        tasks=[("防汛物资采购", "补充编织袋、土工布、救生器材", wan(280), "储备达到定额"),
               ("物资轮换与保养", "轮换到期物资，定期保养", wan(140), "物资完好率≥98%"),
               ("仓库安全运维", "仓库消防、监控运维", wan(80), "全年无安全事故"),
               ("金额合计", None, wan(500), None)],
        goal="保障全市防汛物资储备达到定额，汛期接令后2小时内出库，全年仓储安全无事故。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("★产出指标", "*数量指标", "防汛物资储备品种", "≥35类"),
        (None, "*质量指标", "储备物资完好率", "≥98%"),
        (None, "*时效指标", "接令后物资出库时间", "≤2小时"),
        ("★成本指标", "经济成本指标", "物资保养单位成本", "≤4万元/类"),
        ("★效益指标", "社会效益指标", "仓储安全事故次数", "0次"),
        (None, "可持续影响指标", "物资管理制度执行率", "=100%"),
        ("★满意度指标", "服务对象满意度指标", "区县防汛部门满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：金额合计500万元即项目支出，三项任务280+140+80万元。",
          "说明：带★的一级指标为必填核心指标，带*的二级指标不得删除。")  # fmt: skip
    sign(s, "邹既明", "0796-3347019", day(2025, 11, 21))
    return b


@variant("kgz18-supply-points-empty-rows", (6, 13),
         "project, NAT-2021, header 预期目标: goal count against the indicator, a value "
         "without a name, a 时效 tier-2 left from the template")  # fmt: skip
def supply_points() -> Book:
    b, s = new()
    project_head(
        s, year=2026, name="潆湾区防汛应急物资前置点建设", dept="潆湾区应急管理局（211）",
        unit="潆湾区应急物资保障站", attr="新增项目",
        money=one_year(wan(120), wan(110), wan(10)),
        goals=["在沿江6个街道建设防汛物资前置点6处，储备救生衣1200件、编织袋2万条。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "物资前置点建设数量", "≥6处"),
        (None, None, "救生衣储备数量",
         mk("≥1000件", "D104", "warning", row=True, note="年度目标写储备救生衣1200件")),
        (None, None, "编织袋储备数量", "≥2万条"),
        (None, "质量指标", mk("", "F110", "error", note="有指标值，没有三级指标名称"), "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "前置点单点建设成本", "≤15万元/处"),
        ("效益指标", "社会效益指标", "前置点辐射社区数", "≥24个"),
        ("满意度指标", "服务对象满意度指标", "街道居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑怀远", "0796-5238816", day(2025, 12, 10))
    return b
