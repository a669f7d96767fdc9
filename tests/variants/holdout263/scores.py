"""Points, weights and periods in the water bureaus' returns: stacked projects scored apart,
tier labels with points, money in 元, department tables with prior years, 中期 and 年度
columns (rm13–rm18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout263.common import (
    ONE,
    TWO,
    book,
    dept_head,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout263.registry import variant
from tests.variants.kit import YUAN, Book, C, mk, pct

SCORED = (*ONE, "分值")


@variant("rm13-stacked-flood-and-testing", (1, 10), "two projects stacked in one sheet, each "
         "with its own 分值 column adding to 100 (200 in the sheet), Excel percentages, =0人 on "
         "a harm (correct)")  # fmt: skip
def rm13() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 10, 14))
    project_head(
        s, year=2026, name="防汛抗旱物资储备项目", dept="青漪县水利局（412）",
        unit="青漪县防汛抗旱物资仓库", money=one_year_money(wan(160), wan(140), wan(20)),
        goals=["2026年汛前补充储备编织袋12万条、救生衣3000件，组织防汛应急演练4场，确保汛期"
               "物资调得出、用得上。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", "数量指标", "储备编织袋", "≥12万条", 15),
        (None, None, "储备救生衣", "≥3000件", 10),
        (None, None, "组织防汛应急演练", "≥4场", 10),
        (None, "质量指标", "储备物资抽检合格率", pct(1), 10),
        (None, "时效指标", "汛前物资补充到位时间", "2026年5月31日前", 5),
        ("成本指标", "经济成本指标", "物资仓储单位面积年费用", "≤120元/平方米", 10),
        ("效益指标", "社会效益指标", "因洪涝灾害死亡人数", "=0人", 15),
        (None, "可持续影响指标", "防汛物资储备管理制度", "健全", 15),
        ("满意度指标", "服务对象满意度指标", "基层防汛单位满意度", "≥90%", 10),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="农村供水水质检测项目", dept="青漪县水利局（412）",
        unit="青漪县农村供水水质检测中心", money=one_year_money(wan(95), wan(95), wan(0)),
        goals=["2026年对48座农村水厂开展丰水期、枯水期水质检测，检测水样960份以上。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", "数量指标", "检测农村供水工程水样", "≥960份", 20),
        (None, None, "覆盖农村水厂", "≥48座", 10),
        (None, "质量指标", "检测结果准确率", pct(0.98), 10),
        (None, "时效指标", "枯水期检测完成时间", "2026年10月31日前", 10),
        ("成本指标", "经济成本指标", "单份水样检测成本", "≤850元/份", 10),
        ("效益指标", "社会效益指标", "水质问题整改率", pct(1), 15),
        (None, "可持续影响指标", "水质检测常态化机制", "健全", 15),
        ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "蒋澜生", "韦书宁", "0739-6241590")
    return b


@variant("rm14-flood-repair-weights-95", (10,), "one-year project, NAT-2021, numbered tier "
         "labels and a 权重 column adding to 95; a 达标率 ≥100%; a count in the name that the "
         "value contradicts")  # fmt: skip
def rm14() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 16, 10))
    project_head(
        s, year=2026, name="水毁水利工程修复项目", dept="汶阳县水利局（503）",
        unit="汶阳县水利工程建设管理站", money=one_year_money(wan(268), wan(268), wan(0)),
        goals=["2026年主汛期前修复水毁堤防9.6公里、水毁塘坝21座，新建水位监测站12处，恢复"
               "工程防洪能力。"],
    )  # fmt: skip
    b.file_mark("W101", "error", note="the 权重 column adds up to 95")
    indicators(s, (*ONE, "权重"), [
        ("（一）产出指标", "数量指标", "修复水毁堤防长度", "≥9.6公里", 15),
        (None, None, "修复水毁塘坝", "≥21座", 10),
        (None, None, "新建水位监测站12处",
         mk("≥15处", "T110", "warning", note="the name and the goal say 12 处"), 10),
        (None, "质量指标", "修复工程防洪标准达标率",
         mk("≥100%", "T106", "error", note="a 达标率 cannot exceed 100%: =100% or ≥95%"), 10),
        (None, "时效指标", "主汛期前完工时间", "2026年5月31日前", 5),
        ("（二）成本指标", "经济成本指标", "堤防修复单位长度成本", "≤18万元/公里", 10),
        ("（三）效益指标", "社会效益指标", "恢复防洪保护人口", "≥3.2万人", 15),
        (None, "可持续影响指标", "修复工程管护责任落实率", pct(1), 10),
        ("（四）满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "柯远帆", "史漪然", "0836-4417219")
    return b


@variant("rm15-hydrology-yuan-points", (1, 10), "one-year project in 元 (number format), tier "
         "labels 产出指标(50分) over indicators worth 50, a 95.00% Excel cell, ≥3个百分点, "
         "15500元/站 × 120 站 = the whole budget (correct)")  # fmt: skip
def rm15() -> Book:
    b, s = book("绩效目标表", (18, 18, 30, 18, 10))
    amounts = one_year_money(C(1860000, YUAN), C(1860000, YUAN), C(0, YUAN))
    project_head(
        s, year=2026, name="中小河流水文监测系统运行维护", dept="柘山县水利局（119）",
        unit="柘山县水文站", money=amounts, money_label="项目资金（元）",
        goals=["2026年对全县120个中小河流水文监测站点开展运行维护，数据畅通率保持在95%以上，"
               "为2860平方公里流域提供水情预警服务。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标(50分)", "数量指标", "运行维护监测站点", "≥120个", 20),
        (None, "质量指标", "监测数据畅通率", pct(0.95, "0.00%"), 15),
        (None, "时效指标", "故障站点修复时限", "≤48小时", 15),
        ("成本指标(10分)", "经济成本指标", "单站年运行维护成本", "≤15500元/站", 10),
        ("效益指标(30分)", "社会效益指标", "水情预警服务流域面积", "≥2860平方公里", 10),
        (None, None, "预警服务下游农田面积", "≥128000亩", 10),
        (None, "可持续影响指标", "水文测报合格率提高", "≥3个百分点", 10),
        ("满意度指标(10分)", "服务对象满意度指标", "防汛部门满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "汤沐川", "覃若萱", "0744-8231560")
    return b


@variant("rm16-flood-dept-unbalanced", (1, 12), "department table, NAT-2021, 占比 row of Excel "
         "percentages: 基本支出 + 项目支出 = 1270 under a 资金总额 of 1250; a date in the next "
         "year; ≥ on a 超标断面比例")  # fmt: skip
def rm16() -> Book:
    b, s = book("部门整体支出")
    total = mk(wan(1250), "B101", "error", row=True, note="820 + 450 = 1270")
    dept_head(
        s, year=2026, dept="岚溪市水利局",
        amounts=[total, wan(1100), wan(150), wan(820), wan(450)],
        shares=[pct(1), pct(0.88), pct(0.12), pct(0.656, "0.0%"), pct(0.36)],
        tasks=[
            ("防汛抗旱", "汛前检查、物资储备", wan(180), "安全度汛"),
            ("河湖长制", "巡河督查、问题整改", wan(150), "河湖面貌改善"),
            ("水文测报", "站网运行维护", wan(120), "测报数据及时准确"),
            ("金额合计", None, wan(450), None),
        ],
        goal="做好防汛抗旱和水文测报工作，全面推进河湖长制，保障全市水安全。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "汛前检查水利工程", "≥260处"),
        (None, None, "河湖巡查督查次数", "≥36次"),
        (None, "质量指标", "水文测报数据合格率", "≥95%"),
        (None, "时效指标", "汛前检查完成时间",
         mk("2027年4月30日前", "Y102", "error", note="a 2026 table: 2026年4月30日前 meant")),
        ("成本指标", "经济成本指标", "部门公用经费支出", "≤120万元"),
        ("效益指标", "生态效益指标", "河湖水质超标断面比例",
         mk("≥5%", "T108", "warning", note="超标 is 反向: ≤5% meant")),
        (None, "社会效益指标", "水利工程安全度汛率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "滕秋野", "关雨桐", "0771-5826433")
    return b


@variant("rm17-water-dept-history", (1, 12), "department table, NAT-2021, a block of the two "
         "previous years (预算 · 执行 · 执行率 in 0.00%) below the budget, shares matching the "
         "amounts, tasks adding to 项目支出 (correct)")  # fmt: skip
def rm17() -> Book:
    b, s = book("部门整体")
    dept_head(
        s, year=2026, dept="汶阳县水利局",
        amounts=[wan(2480), wan(2232), wan(248), wan(1488), wan(992)],
        shares=[pct(1, "0.00%"), pct(0.9, "0.00%"), pct(0.1, "0.00%"), pct(0.6, "0.00%"),
                pct(0.4, "0.00%")],
        tasks=[
            ("农村饮水安全巩固", "供水工程维修养护、水质检测", wan(380), "供水保障稳定"),
            ("水土保持治理", "坡耕地和小流域治理", wan(300), "水土保持率提高"),
            ("河湖长制", "河道保洁、健康评价", wan(192), "河湖面貌改善"),
            ("防汛抗旱", "物资储备、应急演练", wan(120), "安全度汛"),
            ("金额合计", None, wan(992), None),
        ],
        goal="巩固农村饮水安全成果，推进水土流失综合治理，落实河湖长制，确保安全度汛。",
    )  # fmt: skip
    s.row("近两年预算执行（万元）", "年度", "预算数", "执行数", "执行率")
    s.row(None, "2024年", wan(2210), wan(2156.3), pct(0.9757, "0.00%"))
    s.row(None, "2025年", wan(2320), wan(2271), pct(0.9789, "0.00%"))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    indicators(s, ONE, [
        ("产出指标", "数量指标", "维修养护农村供水工程", "≥86处"),
        (None, None, "综合治理水土流失面积", "≥7.5平方公里"),
        (None, None, "常态化保洁河道长度", "≥64公里"),
        (None, "质量指标", "农村集中供水工程水质达标率", pct(0.95, "0.00%")),
        (None, "时效指标", "汛前隐患整改完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "部门公用经费支出", "≤210万元"),
        ("效益指标", "社会效益指标", "农村自来水普及率提高", "≥1个百分点"),
        (None, "生态效益指标", "县域水土保持率", "≥82%"),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯远帆", "史漪然", "0836-4417233")
    return b


@variant("rm18-rural-pipes-period", (12,), "two-year project, 中期 and 年度 columns: the year's "
         "管网 length above the period's; a cumulative count equal in both columns")  # fmt: skip
def rm18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="农村供水规模化建设项目", dept="临渚市水利局（102）",
        unit="临渚市农村供水服务中心", attr="新增项目",
        money=period_money((wan(1200), wan(1000), wan(200)), (wan(700), wan(600), wan(100))),
        goals=["2026年至2027年新建集中供水工程12处，改造供水管网120公里，受益人口5.8万人。",
               "2026年新建集中供水工程6处，改造供水管网60公里，受益人口3万人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造农村供水管网长度", "≥45公里",
         mk("≥60公里", "D201", "error", row=True, alt=("D104",),
            note="the period's goal text says 120 公里")),
        (None, None, "新建集中供水工程", "≥12处",
         mk("≥12处", "D202", "warning", row=True, alt=("D104",), note="the 年度目标 says 6 处")),
        (None, "质量指标", "工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "建设任务完成时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "管网改造单位长度成本", "≤8万元/公里", "≤8万元/公里"),
        ("效益指标", "社会效益指标", "受益人口", "≥5.8万人", "≥3万人"),
        (None, "可持续影响指标", "工程运行管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺临川", "武映雪", "0730-6612430")
    return b
