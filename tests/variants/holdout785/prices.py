"""Price monitoring of staple foods (重要民生商品价格监测): kdo07 to kdo12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout785.common import (
    HEAD4,
    HEAD5,
    indicators,
    notes,
    one_year,
    period_money,
    signature,
    start,
    wan,
)
from tests.variants.holdout785.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant(
    "kdo07-market-points-notes",
    (1, 4),
    "project, OLD-NAT, one value column: a 注 row "
    "inside the table, 填表说明 and signature lines below, a typed percent (correct)",
)
def market_points_notes() -> Book:
    b, s = start()
    project_head(s, year=2026, name="澄渊县重要民生商品价格监测", dept="澄渊县发展和改革局",
                 unit="澄渊县价格监测中心", money=one_year(28, 28, 0),
                 goals=["在县城和8个乡镇的农贸市场、超市设立价格监测点12个（县城4个、乡镇8个），"
                        "每周采集大米、面粉、食用油、猪肉、鸡蛋等28个品种价格。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "价格监测点数量", "=12个"),
        (None, None, "监测品种数量", "≥28个"),
        (None, None, "全年采价周报期数", "≥52期"),
        (None, "注：监测品种目录见附件1，不作为指标考核。", None, None),
        (None, "质量指标", "价格数据差错率", "≤1%"),
        (None, "时效指标", "价格异常波动预警报送时限", "≤24小时"),
        (None, "成本指标", "单个监测点年度采价补助", "≤1.2万元"),
        ("效益指标", "社会效益指标", "民生商品价格异常波动发现及时率", pct(0.98)),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.数量指标按全年计；2.采价补助12个×1.2万元=14.4万元，含在28万元内。",
          width=4)  # fmt: skip
    signature(s, "詹若溪", "0596-7712 0348", day(2025, 10, 29), chief="祁宏远")
    return b


@variant("kdo08-festival-prices-years", (4,), "project, OLD-NAT, one value column, 说明 row "
         "under the table: goal count against the indicator, a deadline in the next year, "
         "last year's festival report")  # fmt: skip
def festival_prices_years() -> Book:
    b, s = start()
    project_head(s, year=2026, name="栖梧市节假日粮油肉蛋价格监测预警",
                 dept="栖梧市发展和改革委员会", unit="栖梧市价格监测与成本调查队",
                 money=one_year(36, 33, 3),
                 goals=["在全市设立节假日价格监测点15个，元旦、春节、中秋、国庆期间日报粮油肉蛋"
                        "价格，全年编发价格专报8期。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "节假日价格监测点数量",
         mk("=12个", "D104", "warning", row=True, note="年度目标写设立监测点15个")),
        (None, None, "价格专报编发期数", "≥8期"),
        (None, None, mk("2025年春节、中秋价格专报期数", "Y103", "warning", row=True,
                        note="2025年：上一年度表的遗留，预算年度为2026"), "≥2期"),
        (None, "质量指标", "价格数据审核通过率", "≥98%"),
        (None, "时效指标", "年度价格监测分析报告报送时间",
         mk(day(2027, 1, 15, CN_DATE), "Y102", "error",
            note="一年期项目（2026年），期限落在2027年")),
        (None, "成本指标", "单个监测点节日采价补助", "≤8000元"),
        ("效益指标", "社会效益指标", "节日期间价格异常波动处置率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "市民对节日价格监测工作满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：监测点补助按实际采价天数核拨。", width=4)
    return b


@variant("kdo09-grain-index-two-years", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: period counts above the year's, equal rates, a later year prepared for "
         "(correct)")  # fmt: skip
def grain_index_two_years() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="柘塘区粮油价格与成本调查",
                 dept="柘塘区发展和改革局", unit="柘塘区价格认证中心",
                 money=period_money(64, 30), attr="新增项目",
                 goals=["两年内完成粮油生产成本调查户240户次、价格采集点位20个，为2028年编制"
                        "区级粮油价格指数积累数据。",
                        "2026年完成成本调查户120户次，建成价格采集点位20个。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "粮油成本调查户数", "≥240户次", "≥120户次"),
        (None, None, "价格采集点位数量", "=20个", "=20个"),
        (None, None, "成本调查分析报告", "≥4篇", "≥2篇"),
        (None, "质量指标", "调查数据审核通过率", "≥98%", "≥98%"),
        (None, "时效指标", "年度成本调查报告报送时间", "2027年12月20日前", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "每户次调查补助", "≤800元", "≤800元"),
        ("效益指标", "可持续影响指标", "粮油价格数据库连续更新", "持续更新", "持续更新"),
        ("满意度指标", "服务对象满意度指标", "调查户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：价格采集点位于2026年一次建成，两年沿用，故中期与年度同为20个。", width=5)
    return b


@variant(
    "kdo10-fair-price-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value "
    "column: the second project's money does not add up, its subsidy × shops exceeds it",
)
def fair_price_stacked_wrong() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2026, name="澄渊县主副食品价格监测", dept="澄渊县发展和改革局",
                 unit="澄渊县价格监测中心", money=one_year(22, 22, 0),
                 goals=["监测主副食品32个品种，按周发布价格信息。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "监测品种数量", "≥32个"),
        (None, "时效指标", "价格信息发布频次", "每周1次"),
        (None, "成本指标", "监测工作经费", "≤22万元"),
        ("效益指标", "社会效益指标", "价格信息公众查询量", "≥5万人次"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="澄渊县平价商店惠民补贴", dept="澄渊县发展和改革局",
                 unit="澄渊县价格监测中心", title="",
                 money=[("年度资金总额", mk(money(50, WAN), "B101", "error",
                                            note="财政拨款40+其他资金5=45，不是50")),
                        ("其他资金", money(5, WAN), "其中：财政拨款", money(40, WAN))],
                 goals=["支持平价商店稳定供应米面油肉蛋菜，售价低于周边市场5%以上。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补贴平价商店数量", "≥20家"),
        (None, "质量指标", "平价商品品种达标率", "≥95%"),
        (None, "成本指标", "每家平价商店年度补贴标准",
         mk("≤3万元", "B107", "warning", row=True,
            note="3万元×20家=60万元，超过年度资金")),
        ("效益指标", "社会效益指标", "平价商品售价低于周边市场幅度", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "购买群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdo11-price-system-export", (7, 12), "budget-system export: money sheet with codes "
         "and detail lines, indicators on a second sheet, header on row 3 under 考核指标 and "
         "目标值（年度） (correct)")  # fmt: skip
def price_system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 14, 30, 16, 16, 16))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "项目编码", "项目名称及明细", "合计", "财政拨款", "其他资金")
    s.row("412008", "41200826001", "云岙县成品粮油价格监测", wan(41.6), wan(41.6), wan(0))
    s.row(None, None, "  监测点采价劳务费", wan(18), wan(18), wan(0))
    s.row(None, None, "  监测设备及软件维护", wan(9.6), wan(9.6), wan(0))
    s.row(None, None, "  价格调查及专报印制", wan(14), wan(14), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 14, 14, 30, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位编码：412008", None, "项目编码：41200826001", None, "单位：万元")
    t.row("单位编码", "项目名称", "一级指标", "二级指标", "考核指标", "目标值（年度）")
    t.table([
        ("412008", "云岙县成品粮油价格监测", "产出指标", "数量指标", "监测点数量", "≥15个"),
        (None, None, None, None, "监测成品粮油品种数", "≥18个"),
        (None, None, None, "质量指标", "采价数据准确率", "≥99%"),
        (None, None, None, "时效指标", "价格周报发布时间", "每周三前"),
        (None, None, None, "成本指标", "单个监测点年采价劳务费", "≤1.2万元"),
        (None, None, "效益指标", "社会效益指标", "粮油价格异常波动预警及时率", "≥95%"),
        (None, None, "满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kdo12-monitor-dept-template",
    (6, 13, 12),
    "department, NAT-2021: basic plus project "
    "spending off the total, a template tier-2 left empty, a value without a name",
)
def monitor_dept_template() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="栖梧市价格监测与成本调查队", budget=[
        (mk(wan(310), "B101", "error", note="基本支出220+项目支出80=300，不是310"),
         wan(290), wan(20), wan(220), wan(80))],
        tasks=[("民生商品价格监测", "粮油肉蛋菜价格采集与分析", wan(46), "监测点20个"),
               ("农产品成本调查", "稻谷、生猪成本调查", wan(34), "调查户300户次"),
               ("金额合计", None, wan(80), None)],
        goal="完成民生商品价格监测和农产品成本调查，为价格调控提供数据支撑。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "价格监测点数量", "≥20个"),
        (None, None, "农产品成本调查户数", "≥300户次"),
        (None, "质量指标", "调查数据审核通过率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称为空"), "≥95%"),
        (None, "时效指标", "价格月报报送时间", "每月5日前"),
        ("成本指标", "经济成本指标", "每户次成本调查补助", "≤800元"),
        ("效益指标", "社会效益指标", "价格监测信息公开率", "=100%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板行，未填三级指标和指标值"), None, None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "蒲晴川", "0591-6640 2217", day(2025, 11, 12))
    return b
