"""E-bikes (电动自行车): centralised charging points, battery checks, helmets; notes and page
breaks, points at two levels, 中期 and 年度 (up07–up12)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout344.common import (
    HEAD4,
    POINTS,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout344.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HOUSING = "栖桐区住房和城乡建设局（305）"


@variant(
    "up07-charging-notes",
    (4,),
    "project, OLD-NAT, one value column; an instruction row "
    "inside the table, footnotes, 填表说明, signature and date lines below (correct)",
)
def up07() -> Book:
    b, s = book()
    project(s, name="栖桐区电动自行车集中充电设施建设项目", dept=HOUSING,
            unit="栖桐区物业管理服务中心", money_rows=one_year(150, 130, 20),
            goals=("老旧小区新建集中充电点60个、智能充电口1200个，消除飞线充电。",))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建集中充电点", "≥60个"),
        (None, None, "新增智能充电口", "≥1200个"),
        (None, "质量指标", "充电设施验收合格率", "=100%"),
        (None, "时效指标", "充电点建成投用时间", "2025年10月31日前"),
        (None, "成本指标", "充电口建设单价", "≤0.1万元/个"),
    ])  # fmt: skip
    notes(s, "（以下效益、满意度指标由实施单位结合小区实际填写，指标值须量化）", width=4)
    s.table([
        ("效益指标", "社会效益指标", "小区飞线充电点位清除率", "≥95%"),
        (None, "可持续影响指标", "充电设施运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民充电满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.资金总额150万元，其中其他资金20万元为街道配套资金。",
          "2.“=100%”指充电设施全部通过消防验收。",
          "填表说明：一级、二级指标按模板填列，不得删减；三级指标不少于6项。", width=4)  # fmt: skip
    sign(s, "陆见澄", "0577-65824173", day(2024, 12, 6, CN_DATE), checker="邵棠")
    return b


@variant(
    "up08-battery-page-break",
    (4,),
    "department, NAT-2021, weight column; unit-code row, "
    "header repeated after a page break, subtotals: 预算执行率 as a cost, =95% on a "
    "satisfaction rate",
)
def up08() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="雁柏市非机动车安全管理服务中心",
                    budget=[(wan(180), wan(160), wan(20), wan(95), wan(85))],
                    goal="开展电池安全抽检和充电场所消防检查，火灾隐患动态清零。")  # fmt: skip
    notes(s, "金额单位：万元　　单位代码：612007", width=5)
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    budget_rate = mk("预算执行率", "F202", "warning", row=True, note="另行评价，重复计分")
    indicators(s, header, [
        ("产出指标", "数量指标", "电动自行车电池安全抽检", "≥3000块", 10),
        (None, None, "充电场所消防检查", "≥240次", 10),
        (None, "质量指标", "抽检问题整改率", "≥95%", 10),
        (None, "时效指标", "隐患整改时限", "≤15个工作日", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.table([
        ("成本指标", "经济成本指标", "单块电池检测费用", "≤40元/块", 5),
        (None, None, budget_rate, "≥90%", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 10)
    s.skip()
    equals = mk("=95%", "T107", "warning", note="满意度写“=”，应为 ≥95%")
    indicators(s, header, [
        ("效益指标", "社会效益指标", "电动自行车火灾起数下降率", "≥20%", 15),
        (None, None, "居民电池安全知识知晓率", "≥85%", 15),
        (None, "可持续影响指标", "电池安全抽检长效机制", "健全", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.table([("满意度指标", "服务对象满意度指标", "受检商户满意度", equals, 10)], merged=(1, 2))
    s.row("小计", None, None, None, 10)
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "up09-helmet-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a rate raised in 百分点 (correct)",
)
def up09() -> Book:
    b, s = book()
    project(s, name="电动自行车骑乘头盔佩戴推广项目", dept="漾川县公安局（114）",
            unit="漾川县公安局交通管理大队", money_rows=one_year(48, 48, 0),
            goals=("免费发放安全头盔8000顶，开展路面劝导150次，头盔佩戴率明显提高。",))  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 40, "数量指标", "免费发放安全头盔", "≥8000顶", 15),
        (None, None, None, "开展路面劝导", "≥150次", 10),
        (None, None, "质量指标", "头盔3C认证合格率", "=100%", 10),
        (None, None, "时效指标", "头盔发放完成时间", "2025年6月30日前", 5),
        ("成本指标", 20, "经济成本指标", "头盔采购单价", "≤45元/顶", 10),
        (None, None, None, "劝导活动单次费用", "≤600元/次", 10),
        ("效益指标", 30, "社会效益指标", "骑乘人员头盔佩戴率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "头盔佩戴劝导常态化机制", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "up10-battery-points-wrong",
    (9, 10),
    "project, NAT-2021, tier-1 score and indicator "
    "score columns: two tier scores not matching their indicators, a unit cost rounded to 0",
)
def up10() -> Book:
    b, s = book()
    project(s, name="老旧小区电动自行车电池安全检测项目", dept="雁柏市鹿鸣区应急管理局（406）",
            unit="雁柏市鹿鸣区安全生产服务中心", money_rows=one_year(66, 60, 6),
            goals=("入户检测电动自行车电池12000块，开展入户安全宣传6000户。",))  # fmt: skip
    out = mk(40, "W103", "error", note="产出指标下各指标分值 15+10+5+5 = 35")
    eff = mk(30, "W103", "error", note="效益指标下各指标分值 15+10+10 = 35")
    zero = mk("≤0万元/块", "T115", "error", note="0.004万元/块四舍五入成 0")
    indicators(s, POINTS, [
        ("产出指标", out, "数量指标", "入户检测电池", "≥12000块", 15),
        (None, None, None, "入户安全宣传", "≥6000户", 10),
        (None, None, "质量指标", "检测报告规范率", "≥98%", 5),
        (None, None, "时效指标", "检测完成时间", "2025年11月30日前", 5),
        ("成本指标", 20, "经济成本指标", "单块电池检测费用", zero, 10),
        (None, None, None, "宣传资料印制单价", "≤2元/份", 10),
        ("效益指标", eff, "社会效益指标", "问题电池更换率", "≥90%", 15),
        (None, None, None, "小区电动自行车火灾起数", "≤3起", 10),
        (None, None, "可持续影响指标", "电池检测档案", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "up11-charging-three-years",
    (8,),
    "three-year project, NAT-2021, two-row header with "
    "中期 and 年度 columns, annual counts below the period counts, a typed percent (correct)",
)
def up11() -> Book:
    b, s = book()
    project(s, name="电动自行车集中充电设施三年建设项目", dept=HOUSING,
            unit="栖桐区物业管理服务中心", money_rows=multi_year((360, 300, 60), (130, 110, 20)),
            goals=("三年建成集中充电点150个、充电口3000个，基本消除飞线充电。",
                   "2025年建成集中充电点60个、充电口1200个，完成30个老旧小区改造。"),
            years=3, attr="新增项目")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2027年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("成本指标", "经济成本指标", "充电口建设单价", "≤0.1万元/个", "≤0.1万元/个"),
        ("产出指标", "数量指标", "建成集中充电点", "≥150个", "≥60个"),
        (None, None, "建成智能充电口", "≥3000个", "≥1200个"),
        (None, "质量指标", "充电设施验收合格率", "≥98%", pct(0.98)),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "飞线充电点位清除率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "充电设施运维机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "up12-charging-period-wrong",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: "
    "年度目标 copied from 中期目标, an annual count above its period count",
)
def up12() -> Book:
    b, s = book()
    goal = "建设智能充电柜80个，配置微型消防站40处，电动自行车充电火灾隐患明显下降。"
    copied = mk(goal, "D204", "warning", alt=("D104",), note="两年期项目，年度目标照抄中期目标")
    project(s, name="电动自行车充电柜及消防设施配置项目", dept="漾川县应急管理局（121）",
            unit="漾川县消防安全服务中心", money_rows=multi_year((200, 170, 30), (110, 90, 20)),
            goals=(goal, copied), years=2, attr="新增项目")  # fmt: skip
    above = mk("≥55处", "D201", "error", note="年度 55 处超过两年期 40 处")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建设智能充电柜", "≥80个", "≥45个"),
        (None, None, "配置微型消防站", "≥40处", above),
        (None, "质量指标", "充电柜消防验收合格率", "=100%", "=100%"),
        (None, "时效指标", "充电柜安装完成时间", "2026年6月30日前", "2025年12月31日前"),
        (None, "成本指标", "充电柜单价", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "电动自行车充电火灾起数", "≤2起", "≤1起"),
        (None, "可持续影响指标", "充电柜巡检维护制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "使用群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
