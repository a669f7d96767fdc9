"""Coastal tourism returns across 海钓 and 冲浪: department money (wm13, wm14), notes and
signature lines (wm15, wm16), a budget-system export (wm17), conversion artefacts (wm18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout393.common import (
    HEAD_OP,
    YEAR,
    annual_money,
    indicators,
    notes,
    signature,
    start,
)
from tests.variants.holdout393.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

WAN2 = "#,##0.00"

DEPT = "澜岙县海洋旅游发展中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("wm13-coast-dept-money", (12,), "department, NAT-2021, budget block and key tasks "
         "with 金额合计 = 项目支出, operators in words in their own column (correct)")  # fmt: skip
def coast_dept_money() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=DEPT,
                    budget=[(money(560), money(480), money(80), money(300), money(260))],
                    tasks=[("海钓基地运营", "礁区钓位维护、安全巡查", money(120), "钓位完好率≥95%"),
                           ("冲浪赛事", "举办冲浪公开赛2站", money(90), "观赛≥1万人次"),
                           ("海岸救援", "海滩救生瞭望与演练", money(50), "溺亡事故为0"),
                           ("金额合计", None, money(260), None)],
                    goal="办好海钓、冲浪两类品牌活动，保障海岸游客安全。")  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "冲浪公开赛举办站数", "大于等于", 2, "站"),
        (None, None, "礁区安全巡查次数", "大于等于", 96, "次"),
        (None, "质量指标", "钓位设施完好率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "救生瞭望到岗及时率", "等于", pct(1), "%"),
        ("成本指标", "经济成本指标", "单站赛事成本", "小于等于", 40, "万元/站"),
        ("效益指标", "经济效益指标", "海洋运动旅游收入增长率", "大于等于", pct(0.08), "%"),
        (None, "社会效益指标", "海滩溺亡事故", "等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "童霁川", "卢沫岚", "0578-5530 7721")
    return b


@variant("wm14-coast-dept-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, task amounts not adding to 金额合计")  # fmt: skip
def coast_dept_money_wrong() -> Book:
    b, s = start()
    total = mk(money(600), "B101", "error", note="320 + 260 = 580 ≠ 600 (520 + 80 holds)")
    summed = mk(money(260), "B102", "error", note="100 + 90 + 60 = 250 ≠ 260")
    department_head(s, year=YEAR, dept="汐湾区海岸运动管理处",
                    budget=[(total, money(520), money(80), money(320), money(260))],
                    tasks=[("海钓平台运营", "平台维护、钓具检测", money(100), "平台完好率≥95%"),
                           ("冲浪学校补助", "青少年冲浪培训", money(90), "培训≥500人"),
                           ("海岸巡护", "冲浪海滩巡护", money(60), "巡护≥300次"),
                           ("金额合计", None, summed, None)],
                    goal="完善海钓冲浪设施，保障海岸运动安全。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "青少年冲浪培训人数", "≥500人"),
        (None, None, "冲浪海滩巡护次数", "≥300次"),
        (None, "质量指标", "海钓平台完好率", "≥95%"),
        ("成本指标", "经济成本指标", "人均冲浪培训补助", "≤1800元/人"),
        ("效益指标", "社会效益指标", "海岸运动安全事故发生率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wm15-coast-footnotes", (4,), "project, OLD-NAT, one value column: a 说明 row "
         "inside the table, a 注 explaining the total, 填表说明, signature and date lines "
         "(correct)")  # fmt: skip
def coast_footnotes() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="海钓冲浪旅游线路推广",
        dept=DEPT,
        unit="澜岙县旅游推广中心",
        money=annual_money(30, 24, 6),
        goals=["推出海钓、冲浪精品线路4条，开展推广12次。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "精品旅游线路推出数量", "≥4条"),
        (None, None, "线上线下推广活动次数", "≥12次"),
        (None, "质量指标", "推广内容审核通过率", "100%"),
        (None, "时效指标", "线路发布时间", f"{YEAR}年4月30日前"),
        (None, "成本指标", "单次推广活动成本", "≤2万元/次"),
    ])  # fmt: skip
    notes(s, ["说明：效益指标按旅游统计口径填写。"], width=4)
    s.table([
        ("效益指标", "经济效益指标", "线路带动游客人次", "≥50000人次"),
        (None, "社会效益指标", "海洋运动品牌知晓率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "线路游客满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：资金总额30万元含推广活动24万元、线路设计6万元。",
              "填表说明：指标值须写明比较符和计量单位。"], width=4)  # fmt: skip
    signature(s, "童霁川", "庞礁月", "0578-5530 7736")
    return b


@variant("wm16-coast-notes-defects", (4, 11), "project, OLD-NAT, operator and unit "
         "columns, a note row between tiers: =95% on a satisfaction rate, a deadline as a "
         "percentage")  # fmt: skip
def coast_notes_defects() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="海岸救生站改造", dept="碧汐市应急管理局",
                 unit="碧汐市海上救援支队", money=annual_money(64, 64, 0),
                 goals=["改造冲浪及海钓海岸救生站4座。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "救生站改造数量", "≥", 4, "座"),
        (None, "质量指标", "改造验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "救生站改造完工时间", "=",
         mk(pct(1), "T113", "warning", row=True, note="a deadline given as 100%"), "%"),
        (None, "成本指标", "单座救生站改造成本", "≤", 15, "万元/座"),
    ])  # fmt: skip
    notes(s, ["备注：以下效益指标由救援支队年终统计。"])
    s.table([
        ("效益指标", "社会效益指标", "救生站覆盖海岸线长度", "≥", 12, "公里"),
        ("满意度指标", "服务对象满意度指标", "海岸游客满意度", "=",
         mk(pct(0.95), "T107", "warning", row=True, note="= on a satisfaction rate: ≥ meant"),
         "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("wm17-coast-export", (7, 12), "budget-system export: money on 部门项目支出预算05-1, "
         "indicators on 部门项目支出绩效目标05-2 with the header on row 3 and project codes in "
         "the first columns, tiers repeated (correct)")  # fmt: skip
def coast_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：澜岙县海洋旅游发展中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("3306222501001", "冲浪海滩公共设施维护", money(42, WAN2), money(36, WAN2), money(6, WAN2))
    s.row("3306222501002", "海钓码头安全监管", money(28, WAN2), money(28, WAN2), money(0, WAN2))
    s.row("合计", None, money(70, WAN2), money(64, WAN2), money(6, WAN2))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位名称：澜岙县海洋旅游发展中心")
    one, two = ("3306222501001", "冲浪海滩公共设施维护"), ("3306222501002", "海钓码头安全监管")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        (*one, "产出指标", "数量指标", "淋浴及更衣设施维护点", "≥10处"),
        (*one, "产出指标", "质量指标", "设施完好率", "≥95%"),
        (*one, "产出指标", "成本指标", "单处设施维护成本", "≤4万元/处"),
        (*one, "效益指标", "社会效益指标", "冲浪游客服务人次", "≥30000人次"),
        (*one, "满意度指标", "服务对象满意度指标", "冲浪游客满意度", "≥90%"),
        (*two, "产出指标", "数量指标", "码头安全检查次数", "≥52次"),
        (*two, "产出指标", "时效指标", "隐患整改时限", "≤5个工作日"),
        (*two, "产出指标", "成本指标", "单次检查成本", "≤0.5万元/次"),
        (*two, "效益指标", "社会效益指标", "码头安全事故起数", "=0起"),
        (*two, "满意度指标", "服务对象满意度指标", "海钓游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wm18-coast-artefacts", (9,), "project, OLD-NAT, money in 元, operator and unit "
         "columns: a date serial as text, an amount as text with separators, a count of "
         "0")  # fmt: skip
def coast_artefacts() -> Book:
    b, s = start()
    other = mk("200,000.00", "X103", "warning", alt=("B108",), note="text with separators")
    serial = mk("46022", "X104", "warning", alt=("Y106",), note="2025-12-31 as text")
    project_head(s, year=YEAR, name="冲浪海滩救生瞭望塔建设", dept="汐湾区文化旅游体育局",
                 unit="汐湾区海岸运动管理处", end=serial, money_label="项目资金（元）",
                 money=annual_money(1200000, 1000000, other, YUAN),
                 goals=["在汐湾冲浪海滩建设救生瞭望塔3座。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "救生瞭望塔建设数量", "≥", 3, "座"),
        (None, None, "海岸救生瞭望塔配套", "≥",
         mk(0, "T115", "error", note="a quantity target of 0"), "座"),
        (None, "质量指标", "瞭望塔验收合格率", "=", pct(1), "%"),
        (None, "成本指标", "单座瞭望塔建设成本", "≤", 400000, "元/座"),
        ("效益指标", "社会效益指标", "冲浪海滩溺亡事故", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "冲浪游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b
