"""Department returns of street offices (budget with shares, key tasks, flat lists) and
projects stacked in one sheet (cs07–cs12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout555.common import (
    HEAD4,
    YEAR,
    indicators,
    one_year,
    signature,
    start,
    street,
    wan,
)
from tests.variants.holdout555.registry import variant
from tests.variants.kit import Book, C, Sheet, day, mk, pct

SHARE = "0.00%"


@variant("cs07-department-budget", (12, 4),
         "department, NAT-2021: budget with a share row, three canteen tasks adding to "
         "金额合计 = 项目支出, a unit cost × count inside its task, a signature "
         "(correct)")  # fmt: skip
def cs07() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=street("蔺家湾"), budget=[
        (wan(1286.5), wan(1206.5), wan(80.0), wan(842.3), wan(444.2)),
        (pct(1), pct(0.9378, SHARE), pct(0.0622, SHARE), pct(0.6547, SHARE), pct(0.3453, SHARE)),
    ], tasks=[
        ("老年助餐点运营补贴", "9个助餐点运营及水电燃气补助", wan(186.0), "助餐点全年正常运营"),
        ("困难老人送餐上门", "为特困、低保、失能老人送午餐", wan(96.4), "送餐对象≥220人"),
        ("新建助餐点改造", "3个新建助餐点改造及厨房设备", wan(161.8), "9月底前投入使用"),
        ("金额合计", None, wan(444.2), None),
    ], goal="目标1：9个助餐点稳定运营；目标2：困难老人送餐上门全覆盖；"
            "目标3：新建3个助餐点。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "运营助餐点数量", "≥9个"),
        (None, None, "送餐上门服务困难老人数", "≥220人"),
        (None, "质量指标", "助餐点食品安全量化等级B级以上比例", "≥90%"),
        (None, "时效指标", "新建助餐点投入使用时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "新建助餐点改造补助标准", "≤50万元/个"),
        (None, None, "送餐上门补贴标准", "≤12元/人·天"),
        ("效益指标", "社会效益指标", "社区老年人助餐服务可及率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "助餐服务对象满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "甘若琳", "0579-86135260", day(YEAR - 1, 11, 20))
    return b


@variant("cs08-department-budget-wrong", (12,),
         "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, tasks not adding to 金额合计, "
         "预算执行率 listed as a cost indicator")  # fmt: skip
def cs08() -> Book:
    b, s = start("部门整体")
    total = mk(wan(932.6), "B101", "error", row=True, note="880.2 + 40.0 = 920.2 ≠ 932.6")
    tally = mk(wan(322.2), "B102", "error", note="182.0 + 64.2 + 86.0 = 332.2 ≠ 322.2")
    department_head(s, year=YEAR, dept=street("梧垟"), budget=[
        (total, wan(880.2), wan(40.0), wan(610.4), wan(322.2)),
    ], tasks=[
        ("中心厨房运营", "中心厨房食材、人员及能耗", wan(182.0), "日均供餐≥600份"),
        ("助餐配送", "配送车辆及送餐员劳务", wan(64.2), "覆盖9个社区"),
        ("助餐点设备更新", "消毒柜、留样柜等设备", wan(86.0), "6月底前完成"),
        ("金额合计", None, tally, None),
    ], goal="保障中心厨房及9个社区助餐点运营，助餐配送覆盖全部社区。")  # fmt: skip
    rate = mk("项目预算执行率", "F202", "warning", row=True, note="预算执行率另行评价，重复计分")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "中心厨房日均供餐份数", "≥600份"),
        (None, "质量指标", "餐饮从业人员持健康证上岗率", "=100%"),
        (None, "时效指标", "助餐点设备更新完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", rate, "≥95%"),
        ("效益指标", "社会效益指标", "助餐配送社区覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%"),
    ])  # fmt: skip
    return b


def flat_head(s: Sheet, dept: str, budget: tuple[C, ...], goal: str) -> None:
    """A department head without tasks, then the 年度绩效指标 caption."""
    department_head(s, year=YEAR, dept=dept, budget=[budget], goal=goal)
    s.row("年度绩效指标", merge=[(1, 5)])


@variant("cs09-flat-subsidy", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percents, =100% on an accuracy rate, 0 on a fraud count, "
         "weights and a 合计 row of 100 (correct)")  # fmt: skip
def cs09() -> Book:
    b, s = start()
    flat_head(s, street("汀澜"), (wan(648.0), wan(620.0), wan(28.0), wan(540.0), wan(108.0)),
              "按月足额发放老年人助餐补贴，补贴对象精准，群众满意。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("助餐补贴惠及老年人数", 15, "人", "≥", 1800),
        ("助餐补贴发放人次", 15, "人次", "≥", 210000),
        ("补贴资金发放准确率", 10, "%", "=", pct(1)),
        ("助餐补贴按月结算及时率", 10, "%", "≥", pct(0.95)),
        ("每人次就餐补贴标准", 10, "元/人次", "≤", 4),
        ("助餐服务投诉率", 10, "%", "≤", 2),
        ("冒领助餐补贴事件", 10, "起", "=", 0),
        ("老年人助餐政策知晓率", 10, "%", "≥", pct(0.85)),
        ("享受补贴老年人满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("cs10-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights "
         "adding to 85")  # fmt: skip
def cs10() -> Book:
    b, s = start()
    flat_head(s, street("栖凤桥"), (wan(705.3), wan(690.3), wan(15.0), wan(588.1), wan(117.2)),
              "长者饭堂稳定运营，餐食安全，座位供给满足就餐需求。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("长者饭堂新增就餐座位数", "≥120", "正向", "个", 15),
        ("长者饭堂燃气安全检查次数", "≥12", "正向", "次", 10),
        ("长者饭堂运营补贴标准", mk("≤3.5万元", "T112", "error", note="值为万元，单位列为元/人次"),
         "反向", "元/人次", 10),
        ("餐食抽检不合格率", mk("≥2%", "T108", "warning", row=True, note="反向指标写了 ≥"),
         "反向", "%", 10),
        ("厨房从业人员培训覆盖率", pct(0.95), "正向", "%", 15),
        ("老年人就餐便利度提升", "提升", "正向", None, 10),
        ("长者饭堂就餐满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 15+10+10+10+15+10+15 = 85 ≠ 100")
    return b


@variant("cs11-stacked-two", (2,),
         "two projects of one street office stacked in one sheet, OLD-NAT, one value column, the "
         "same satisfaction indicator with different values in each project (correct)")  # fmt: skip
def cs11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="翠埠街道中心长者食堂运营", dept=f"{street('翠埠')} 318004",
                 unit="翠埠街道社区居家养老服务中心", money=one_year(wan(42.0), wan(42.0), wan(0)),
                 goals=["中心长者食堂全年开放，日均供餐不少于300人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "日均供餐人次", "≥300人次"),
        (None, "质量指标", "食品安全检查合格率", "≥98%"),
        (None, "成本指标", "每人次运营补贴", "≤3.5元/人次"),
        ("效益指标", "社会效益指标", "周边社区老年人就餐便利度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="翠埠街道失能老人送餐上门", dept=f"{street('翠埠')} 318004",
                 unit="翠埠街道社区居家养老服务中心", title="",
                 money=one_year(wan(16.2), wan(14.2), wan(2.0)),
                 goals=["为失能、半失能老人每日送餐上门，服务不少于120人。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "送餐上门服务老年人数", "≥120人"),
        (None, "时效指标", "午餐送达时间", "11:30前"),
        (None, "成本指标", "每人每天送餐补贴", "≤3.6元/人·天"),
        ("效益指标", "社会效益指标", "失能老人就餐困难问题解决率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("cs12-stacked-template-rows", (2, 6, 13),
         "two projects stacked, NAT-2021: the second keeps a 时效指标 template row with no "
         "indicator, and a value without an indicator name")  # fmt: skip
def cs12() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="汀澜街道社区助餐点运营", dept=f"{street('汀澜')} 318007",
                 unit="汀澜街道办事处社会事务科", money=one_year(wan(55.8), wan(52.8), wan(3.0)),
                 goals=["6个社区助餐点全年运营，日均供餐不少于360人次。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "运营社区助餐点数量", "≥6个"),
        (None, "质量指标", "助餐点食品安全抽检合格率", "≥98%"),
        ("成本指标", "经济成本指标", "每人次就餐补贴", "≤4元/人次"),
        ("效益指标", "社会效益指标", "助餐点周边老年人就餐覆盖率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="汀澜街道助餐志愿送餐", dept=f"{street('汀澜')} 318007",
                 unit="汀澜街道新时代文明实践所", title="",
                 money=one_year(wan(9.6), wan(9.6), wan(0)),
                 goals=["组织志愿者为独居老人送餐，全年送餐不少于24000份。"])  # fmt: skip
    empty = mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，下无指标和值")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "志愿送餐份数", "≥24000份"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称为空"), "≥80人"),
        (None, empty, None, None),
        ("成本指标", "经济成本指标", "每份送餐志愿服务补贴", "≤4元/份"),
        ("效益指标", "社会效益指标", "独居老人送餐服务覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "送餐服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b
