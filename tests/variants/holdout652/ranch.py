"""Returns gl07–gl12: 奶牛托管牧场 (department, project, two-year, second sheet, points,
budget-system export)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout652.common import (
    DEPT,
    HEAD4,
    book,
    indicators,
    notes,
    one_year,
    period,
    sign,
    wan,
)
from tests.variants.holdout652.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

MILK = "芨芨滩县奶业发展服务中心"
GOAL07 = ("全县托管奶牛1.2万头（其中泌乳牛0.7万头），抽检生鲜乳600批次，发放良种冻精3万支，"
          "托管牧场不发生重大动物疫病。")  # fmt: skip


@variant("gl07-dairy-department", (4, 12),
         "department, NAT-2021: budget, tasks with a 金额合计 explained by a 注, typed percents, "
         "0起 on an incident count, 说明 and signature lines (correct)")  # fmt: skip
def gl07() -> Book:
    b, s = book()
    department_head(s, year=2026, dept=MILK,
                    budget=[(wan(850), wan(780), wan(70), wan(310), wan(540))],
                    tasks=[("托管牧场动物防疫", "口蹄疫、布病免疫和监测", wan(180), "免疫密度≥90%"),
                           ("生鲜乳质量抽检", "托管牧场生鲜乳抽检", wan(120), "抽检600批次"),
                           ("良种冻精补贴", "发放奶牛良种冻精", wan(240), "发放3万支"),
                           ("金额合计", None, wan(540), None)],
                    goal=GOAL07)  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，不含基本支出310万元。")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "托管奶牛存栏头数", "≥1.2万头"),
        (None, None, "托管泌乳牛头数", "≥7000头"),
        (None, None, "生鲜乳抽检批次", "≥600批次"),
        (None, None, "良种冻精发放数量", "≥3万支"),
        (None, "质量指标", "生鲜乳抽检合格率", pct(0.98)),
        (None, "时效指标", "春季集中免疫完成时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "良种冻精补贴标准", "≤80元/支"),
        ("效益指标", "社会效益指标", "托管牧场重大动物疫病发生", "0起"),
        (None, "经济效益指标", "托管奶牛年均单产", "≥8.5吨/头"),
        ("满意度指标", "服务对象满意度指标", "托管养殖户满意度", pct(0.92)),
    ])  # fmt: skip
    notes(s, "说明：托管奶牛存栏头数含泌乳牛、干奶牛和后备牛。")
    sign(s, "马玉芳", "0937-6631207", day(2025, 11, 18))
    return b


GOAL08 = "支持2家托管牧场改造圈舍，新增托管散养奶牛8000头，犊牛成活率达到95%以上。"


@variant("gl08-custody-ranch-words", (4, 11),
         "project, OLD-NAT, operators in words in a 指标性质 column, unit column, a 注 row "
         "between tiers: an intake count against the goal, a death rate with 大于等于")  # fmt: skip
def gl08() -> Book:
    b, s = book()
    project_head(s, year=2026, name="奶牛托管牧场建设补助项目", dept=DEPT, unit=MILK,
                 money=one_year(wan(400), wan(350), wan(50)), goals=[GOAL08])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "改造托管牧场数量", "等于", 2, "家"),
        (None, None, "新增入托奶牛头数", "大于等于",
         mk(6000, "D104", "warning", row=True, note="年度目标写新增8000头"), "头"),
        (None, "质量指标", "犊牛成活率", "大于等于", 95, "%"),
        (None, None, "犊牛死亡率",
         mk("大于等于", "T108", "warning", row=True, note="死亡率是反向指标"), 5, "%"),
        (None, "时效指标", "圈舍改造完成时间", "小于等于", day(2026, 9, 30, CN_DATE), None),
        (None, "成本指标", "圈舍改造补助标准", "小于等于", 150, "万元/家"),
    ])  # fmt: skip
    notes(s, "注：改造牧场名单以县农牧局批复为准。")
    s.table([
        ("效益指标", "经济效益指标", "托管奶牛单产提高", "大于等于", 0.5, "吨/头"),
        (None, "社会效益指标", "带动养殖户数", "大于等于", 400, "户"),
        ("满意度指标", "服务对象满意度指标", "入托养殖户满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


GOAL09 = ("2026—2027年为4家托管牧场配套粪污处理设施，粪污综合利用率达到90%以上，还田3万亩。",
          "2026年完成2家托管牧场粪污处理设施建设，粪肥还田利用1.2万亩。")  # fmt: skip


@variant("gl09-manure-two-years", (8, 11),
         "two-year project, NAT-2021, 指标方向 column (正向/反向), 中期 and 年度 columns, a "
         "下降率 with ≥, rates equal in both columns (correct)")  # fmt: skip
def gl09() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="托管牧场粪污资源化利用项目", dept=DEPT,
                 unit=MILK, money=period((wan(500), wan(450), wan(50)),
                                         (wan(260), wan(230), wan(30))),
                 goals=GOAL09)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "配套粪污处理设施牧场数", "正向", "≥4家", "≥2家"),
        (None, None, "粪肥还田利用面积", "正向", "≥3万亩", "≥1.2万亩"),
        (None, "质量指标", "粪污处理设施验收合格率", "正向", "100%", "100%"),
        (None, "时效指标", "设施建设完成时间", "反向", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个牧场设施补助", "反向", "≤110万元/家", "≤110万元/家"),
        (None, "生态环境成本指标", "粪污异味投诉次数", "反向", "≤3次", "≤2次"),
        ("效益指标", "生态效益指标", "牧场粪污综合利用率", "正向", pct(0.9), pct(0.85)),
        (None, None, "化学氮肥施用量下降率", "正向", "≥10%", "≥5%"),
        (None, "可持续影响指标", "设施运行维护机制", "正向", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "托管牧场满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


GOAL10 = "为3家托管牧场配备挤奶设备，托管奶牛1500头，生鲜乳菌落总数达标率98%以上。"


@variant("gl10-milking-second-sheet", (7,),
         "project, OLD-NAT: head on the first sheet with last year's plan dates, the table on a "
         "second sheet under 预期实现值, an indicator left from 2025")  # fmt: skip
def gl10() -> Book:
    b, s = book("项目信息")
    start = mk(day(2025, 1, 1), "Y101", "error", alt=("Y102",),
               note="标题为2026年度，计划日期仍是2025年")  # fmt: skip
    end = ok(day(2025, 12, 31), "error", note="同一处年度错误，按开始日期计")
    project_head(s, year=2026, name="托管牧场挤奶设备配置项目", dept=DEPT, unit=MILK,
                 money=one_year(wan(180), wan(160), wan(20)), goals=[GOAL10],
                 start=start, end=end)  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 34, 20))
    t.title("绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "配备挤奶设备牧场数", "≥3家"),
        (None, None, "托管奶牛头数", "≥1500头"),
        (None, None, mk("托管牧场新增入托奶牛（2025年度）", "Y103", "warning", row=True,
                        note="上年度申报表留下的指标"), "≥600头"),
        (None, "质量指标", "生鲜乳菌落总数达标率", "≥98%"),
        (None, "时效指标", "设备安装调试完成时间", "2026年8月31日前"),
        (None, "成本指标", "挤奶设备购置补助", "≤50万元/家"),
        ("效益指标", "经济效益指标", "生鲜乳收购价提高", "≥0.1元/公斤"),
        ("满意度指标", "服务对象满意度指标", "入托养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gl11-custody-fee-points", (10,),
         "project, NAT-2021, tier score and indicator score columns: 产出 declared 50 over 45, "
         "fee × cows above the money, a quality rate repeated under 社会效益")  # fmt: skip
def gl11() -> Book:
    b, s = book()
    project_head(s, year=2026, name="奶牛托管服务补助项目", dept=DEPT, unit=MILK,
                 money=one_year(wan(250), wan(220), wan(30)),
                 goals=["对托管的5000头奶牛给予托管服务补助，提升生鲜乳质量。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95是W103的后果")
    tier = mk(50, "W103", "error", note="其下指标分值合计45")
    fee = mk("≤600元/头", "B107", "warning", row=True,
             note="600元/头 × 5000头 = 300万元，超过资金总额250万元")  # fmt: skip
    twice = mk("≥98%", "D101", "warning", row=True, alt=("D103", "F201"),
               note="与质量指标下的同名指标重复")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", tier, "数量指标", "托管服务补助奶牛头数", "≥5000头", 15),
        (None, None, None, "托管牧场数量", "≥6家", 10),
        (None, None, "质量指标", "生鲜乳抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "补助资金拨付时间", "2026年12月15日前", 10),
        ("成本指标", 10, "经济成本指标", "托管服务补助标准", fee, 10),
        ("效益指标", 30, "经济效益指标", "托管奶牛单产提高", "≥0.4吨/头", 10),
        (None, None, "社会效益指标", "生鲜乳抽检合格率", twice, 10),
        (None, None, "可持续影响指标", "托管服务合同续签率", "≥80%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "托管养殖户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("gl12-dairy-export", (1, 7),
         "budget-system export: money on 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 with codes in the first columns, header on the third row, "
         "typed percents (correct)")  # fmt: skip
def gl12() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 28, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位名称：芨芨滩县奶业发展服务中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("652318260001", "托管牧场生鲜乳质量提升", wan(140), wan(120), wan(20))
    s.row("652318260002", "奶牛良种繁育补助", wan(90), wan(90), wan(0))
    s.row("合计", None, wan(230), wan(210), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 16, 26, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位名称：芨芨滩县奶业发展服务中心")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    p1, n1 = "652318260001", "托管牧场生鲜乳质量提升"
    p2, n2 = "652318260002", "奶牛良种繁育补助"
    for row in [
        (p1, n1, "产出指标", "数量指标", "生鲜乳抽检批次", "≥", 300, "批次"),
        (p1, n1, "产出指标", "质量指标", "生鲜乳抽检合格率", "≥", pct(0.98), "%"),
        (p1, n1, "产出指标", "质量指标", "检测设备验收合格率", "=", pct(1), "%"),
        (p1, n1, "产出指标", "时效指标", "检测报告出具时限", "≤", 5, "工作日"),
        (p1, n1, "产出指标", "成本指标", "单批次检测费用", "≤", 400, "元"),
        (p1, n1, "效益指标", "社会效益指标", "生鲜乳质量安全事件", "=", 0, "起"),
        (p1, n1, "满意度指标", "服务对象满意度指标", "托管牧场满意度", "≥", pct(0.9), "%"),
        (p2, n2, "产出指标", "数量指标", "性控冻精补贴数量", "≥", 1.5, "万支"),
        (p2, n2, "产出指标", "质量指标", "性控冻精受胎率", "≥", pct(0.55), "%"),
        (p2, n2, "产出指标", "时效指标", "补贴发放完成时间", "≤", "2026年11月30日", None),
        (p2, n2, "产出指标", "成本指标", "性控冻精补贴标准", "≤", 60, "元/支"),
        (p2, n2, "效益指标", "经济效益指标", "母犊出生比例", "≥", pct(0.85), "%"),
        (p2, n2, "满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", 90, "%"),
    ]:
        t.row(*row)
    return b
