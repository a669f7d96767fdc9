"""Returns hv13–hv18: the upgrade of a live-aquatic (活水产品) market."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout688.common import (
    YEAR,
    footnotes,
    indicators,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout688.registry import variant
from tests.variants.kit import Book, day, mk

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("hv13-market-two-year", (8, 12),
         "two-year project, NAT-2021, two money columns and a two-row header with 中期 and 年度 "
         "values, the period's counts beside smaller yearly ones (correct)")  # fmt: skip
def hv13() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="菱湾区活水产品交易市场提升改造项目",
                 dept="菱湾区商务局（407003）", unit="菱湾区水产品批发市场管理中心", money=[
                     ("中期资金总额", wan(600), "年度资金总额", wan(350)),
                     ("其中：财政拨款", wan(500), "其中：财政拨款", wan(300)),
                     ("其他资金", wan(100), "其他资金", wan(50))],
                 goals=["2025—2026年完成活水产品交易区改造4800平方米，新建增氧循环暂养池80个，"
                        "溯源系统接入商户120户。",
                        "2025年完成交易区改造2400平方米，新建暂养池40个，"
                        "接入商户60户。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    top = s.r
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "交易区改造面积", "≥4800平方米", "≥2400平方米"),
        (None, None, "增氧循环暂养池建设数量", "≥80个", "≥40个"),
        (None, None, "溯源系统接入商户", "≥120户", "≥60户"),
        (None, "质量指标", "改造工程验收合格率", "100%", "100%"),
        (None, "时效指标", "改造工程完工时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "交易区每平方米改造成本", "≤600元/平方米", "≤600元/平方米"),
        (None, None, "暂养池单个建设成本", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "经济效益指标", "活水产品日均交易量增长率", "≥15%", "≥8%"),
        (None, "社会效益指标", "食品安全投诉件数下降率", "≥20%", "≥10%"),
        (None, "生态效益指标", "市场废水达标排放率", "100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("hv14-market-money-wrong", (12,),
         "project, OLD-NAT, money detail lines under the table: the total not the sum of its "
         "sources, detail lines not adding to 合计, a stall cost × count above it")  # fmt: skip
def hv14() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蒲渚镇农贸市场水产区升级改造项目",
                 dept="蒲渚镇人民政府", unit="蒲渚镇农贸市场管理所",
                 money=one_year(mk(wan(150), "B101", "error", note="100+40=140"),
                                wan(100), wan(40)),
                 goals=["改造水产交易摊位40个，新建暂养池与增氧设施，"
                        "完善排水与冷链设施。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "水产交易摊位改造数量", "≥40个"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "改造工程完工时间", "2025年9月30日前"),
        (None, "成本指标", "交易摊位改造单价",
         mk("≤4万元/个", "B107", "warning", row=True,
            note="4×40=160万元，超过项目资金（150或140万元）")),
        ("效益指标", "社会效益指标", "水产区食品安全抽检合格率", "≥98%"),
        (None, "可持续影响指标", "市场日常保洁管护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", None, None, None, None, None, merge=[(1, 6)])
    s.row("暂养池及增氧设备", wan(60), "排水改造", wan(45), "冷链设备", wan(30))
    s.row("合计", mk(wan(140), "B102", "error", note="60+45+30=135"))
    return b


@variant("hv15-market-notes", (4,),
         "project, OLD-NAT, one value column: a note row inside the table, the header repeated "
         "after a page break, 填表说明, a signature, a prior-year date (correct)")  # fmt: skip
def hv15() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="活水产品交易市场智慧监管平台建设项目",
                 dept="菱湾区市场监督管理局", unit="菱湾区水产品批发市场管理中心",
                 money=one_year(wan(85), wan(85), wan(0)),
                 goals=["建成市场智慧监管平台1套，布设水质及温度传感点位60个，实现活水产品"
                        "进场、暂养、交易全程可追溯。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "智慧监管平台建设", "=1套"),
        (None, None, "水质及温度传感点位", "≥60个"),
        (None, "质量指标", "平台功能验收通过率", "100%"),
        ("注：质量指标以区大数据中心验收意见为准。", None, None, None),
        ("产出指标", "时效指标", "平台上线运行时间", "2025年10月31日前"),
        (None, "成本指标", "平台开发成本", "≤60万元"),
        (None, None, "传感设备购置成本", "≤25万元"),
    ])  # fmt: skip
    s.skip()
    indicators(s, HEAD4, [
        ("效益指标", "社会效益指标", "活水产品进场可追溯率", "≥95%"),
        (None, "可持续影响指标", "平台运维管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "入场经营户满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(s, "填表说明：1.指标值应量化；2.时效指标填写完成时限；3.金额单位为万元。")
    sign(s, "骆知微", "0576-85120936", day(YEAR - 1, 12, 6))
    s.row("单位负责人（签字）：", "郑砚秋", None, "（单位盖章）", None, None)
    return b


@variant("hv16-market-last-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: last year's title, the 年度目标 "
         "copied from the 中期目标, a cumulative count copied to the year")  # fmt: skip
def hv16() -> Book:
    b, s = start()
    goal = "完成活水产品交易区分区改造3600平方米，建设活鱼、蛙鳖、贝类3个经营分区，入驻商户150户。"
    project_head(s, year=YEAR, years=2, name="活水产品交易区分区改造项目",
                 title="2024年度项目支出绩效目标申报表",
                 dept="苇汀县商务局", unit="苇汀县城东水产品市场服务中心", money=[
                     ("中期资金总额", wan(420), "年度资金总额", wan(240)),
                     ("其中：财政拨款", wan(360), "其中：财政拨款", wan(200)),
                     ("其他资金", wan(60), "其他资金", wan(40))],
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="两年期项目，年度目标照抄中期目标")])  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102", "Y103"),
                note="标题写2024年度，项目期与中期目标为2025—2026年：去年的表头未改")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "交易区分区改造面积", "≥3600平方米", "≥2000平方米"),
        (None, None, "入驻商户数量", "≥150户",
         mk("≥150户", "D202", "warning", note="两年的累计户数照抄到年度")),
        (None, "质量指标", "改造工程验收合格率", "100%", "100%"),
        (None, "时效指标", "分区改造完成时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每平方米改造成本", "≤1000元/平方米", "≤1000元/平方米"),
        ("效益指标", "社会效益指标", "活水产品交易秩序投诉件数下降率", "≥30%", "≥15%"),
        (None, "生态效益指标", "市场污水达标排放率", "100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hv17-market-department", (12, 5),
         "department, NAT-2021 with abbreviated tier labels and a ★ core indicator: budget, key "
         "tasks and 金额合计 consistent, a goal total with its parts (correct)")  # fmt: skip
def hv17() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="菱湾区水产品市场服务中心",
                    budget=[(wan(420), wan(380), wan(40), wan(150), wan(270))],
                    tasks=[("交易区改造", "活鱼区、蛙鳖区地面与排水改造", wan(150),
                            "改造3000平方米"),
                           ("暂养池增氧改造", "暂养池循环增氧设施", wan(70), "改造暂养池35个"),
                           ("检测室运维", "快检设备运维与试剂", wan(50), "快检4800批次"),
                           ("金额合计", None, wan(270), None)],
                    goal="完成交易区改造3000平方米（含活鱼区1800平方米、蛙鳖区1200平方米），"
                         "改造暂养池35个，全年快检活水产品4800批次。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出", "数量", "交易区改造面积", "≥3000平方米"),
        (None, None, "暂养池增氧改造数量", "≥35个"),
        (None, None, "★活水产品快速检测批次", "≥4800批次"),
        (None, "质量", "快检结果复核符合率", "≥98%"),
        (None, "时效", "交易区改造完成时间", "2025年11月30日前"),
        ("成本", "经济成本", "交易区每平方米改造成本", "≤500元/平方米"),
        (None, None, "单个暂养池增氧改造成本", "≤2万元/个"),
        ("效益", "社会效益", "活水产品抽检不合格率", "≤2%"),
        (None, "生态效益", "市场污水达标排放率", "100%"),
        ("满意度", "服务对象满意度", "入场商户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "程蔚然", "0573-83056271", day(YEAR - 1, 11, 28))
    return b


@variant("hv18-market-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a 时效 tier-2 left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def hv18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="活水产品交易区暂养池改造项目", dept="苇汀县商务局",
                 unit="苇汀县城东水产品市场服务中心", money=one_year(wan(64), wan(64), wan(0)),
                 goals=["改造活水产品暂养池32个，配套循环增氧设施，降低暂养死亡率。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "暂养池改造数量", "≥32个"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有指标名称"), "≥32套"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "单个暂养池改造成本", "≤2万元/个"),
        ("效益指标", "社会效益指标", "活水产品暂养死亡率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b
