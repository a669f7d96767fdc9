"""Returns of the forest-fire lookout towers (森林防火瞭望塔): kbe13–kbe18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout723.common import (
    PLAIN,
    TWO,
    annual_money,
    book,
    indicators,
    notes,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout723.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "鹤溪县应急管理局（215006）"
UNIT = "鹤溪县森林防火指挥部办公室"


@variant("kbe13-lookout-towers", (1, 8), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "the period's tower count beside a smaller year's, typed 100%, a later year the work "
         "prepares for, a ‰ rate (correct)")  # fmt: skip
def lookout_towers() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="重点林区森林防火瞭望塔建设", dept=DEPT,
                 unit=UNIT, attr="新增项目",
                 money=period_money((600, 540, 60), (200, 180, 20)),
                 goals=["2025—2027年新建森林防火瞭望塔12座，配套视频监控点位36个，"
                        "重点林区火情早期发现率达到90%以上。",
                        "2025年新建瞭望塔4座（蔚川、杉坳、鹤溪三乡镇），配套视频监控点位12个，"
                        "为2028年重点林区视频监控全覆盖积累运维经验。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建瞭望塔数量", "≥12座", "≥4座"),
        (None, None, "配套视频监控点位", "≥36个", "≥12个"),
        (None, "质量指标", "瞭望塔竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座瞭望塔建设成本", "≤45万元/座", "≤45万元/座"),
        ("效益指标", "社会效益指标", "森林火情早期发现率", "≥90%", "≥85%"),
        (None, "生态效益指标", "森林火灾受害率", "≤0.9‰", "≤0.9‰"),
        (None, "可持续影响指标", "瞭望塔设计使用年限", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆听涛", "0728-5407193")
    return b


@variant("kbe14-tower-department", (5, 12), "department, NAT-2021, tier labels marked with *: "
         "tasks not adding to 金额合计, a task's repair count against the indicator, the same "
         "coverage rate under two tier-2s")  # fmt: skip
def tower_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=UNIT, budget=[
        (wan(260), wan(230), wan(30), wan(150), wan(110)),
    ], tasks=[
        ("瞭望塔维修改造", "维修瞭望塔8座，更换太阳能供电设备8套", wan(48), "塔体安全可用"),
        ("瞭望员聘用及培训", "聘用瞭望员24名，开展培训2期", wan(36), "全天候值守"),
        ("火情监测系统运维", "运维视频监控点位40个", wan(30), "监控在线稳定"),
        ("金额合计", None, mk(wan(110), "B102", "error", alt=("B101",),
                              note="48 + 36 + 30 = 114 ≠ 110"), None),
    ], goal="加强森林火情瞭望监测，确保早发现、早报告、早处置。")  # fmt: skip
    indicators(s, PLAIN, [
        ("*产出指标", "*数量指标", "瞭望塔维修改造数量",
         mk("≥6座", "D104", "warning", row=True, note="任务写维修瞭望塔8座")),
        (None, None, "聘用瞭望员人数", "≥24人"),
        (None, "*质量指标", "重点林区瞭望覆盖率", "≥85%"),
        (None, "*时效指标", "火情报告时限", "≤15分钟"),
        ("*成本指标", "*经济成本指标", "瞭望员聘用补助标准", "≤1200元/人·月"),
        ("*效益指标", "*社会效益指标", mk("重点林区瞭望覆盖率", "D101", "warning", row=True,
                                          alt=("D103",), note="与质量指标下的指标重复"), "≥85%"),
        (None, None, "森林火灾受害率", "≤0.8‰"),
        ("*满意度指标", "*服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆听涛", "0728-5407193")
    return b


@variant("kbe15-tower-second-sheet", (5, 7), "project: head on the first sheet, the indicator "
         "table on a second sheet under 预期实现值, abbreviated tier labels, a typed percent, "
         "0起 and a ‰ rate (correct)")  # fmt: skip
def tower_second_sheet() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=2025,
        name="瞭望塔视频监控运维",
        dept=DEPT,
        unit=UNIT,
        attr="常年项目",
        money=annual_money(58, 50, 8),
        goals=["保障40个瞭望塔视频监控点位稳定在线，火情发现后30分钟内报告。"],
    )
    sign(s, "骆听涛", "0728-5407193")
    t = b.sheet("绩效指标")
    t.title("瞭望塔视频监控运维绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出", "数量", "视频监控点位运维数量", "≥40个"),
        (None, "质量", "监控设备在线率", pct(0.98)),
        (None, "时效", "火情发现报告时间", "≤30分钟"),
        ("成本", "经济成本", "监控点位运维单价", "≤1.2万元/个", "40个 × 1.2万元 = 48万元"),
        ("效益", "社会效益", "重大森林火灾", "0起"),
        (None, "生态效益", "森林火灾受害率", "≤0.8‰"),
        ("满意度", "服务对象满意度", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbe16-tower-header-words", (7, 11), "project, OLD-NAT, two-row header 考核指标 / "
         "目标值（年度）, operators in words in their own column, unit column: a tower count "
         "against the goal, a completion date in the next year, 大于等于 on a time")  # fmt: skip
def tower_header_words() -> Book:
    b, s = book()
    project_head(s, year=2025, name="森林防火瞭望塔新建", dept=DEPT, unit=UNIT,
                 attr="一次性项目", money=annual_money(220, 200, 20),
                 goals=["新建森林防火瞭望塔5座，年内完成主体工程并投入使用，"
                        "重点林区瞭望覆盖率提高到88%。"])  # fmt: skip
    s.row("考核指标", None, None, "目标值（年度）", None, None, merge=[(1, 3), (4, 6)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较方式", "数值", "计量单位"), [
        ("产出指标", "数量指标", "新建瞭望塔数量", "等于",
         mk(3, "D104", "warning", row=True, note="年度目标写新建瞭望塔5座"), "座"),
        (None, None, "配套太阳能供电系统", "大于等于", 5, "套"),
        (None, "质量指标", "工程竣工验收合格率", "等于", 100, "%"),
        (None, "时效指标", "主体工程完工时间", "小于等于",
         mk("2026年10月31日", "Y102", "error", alt=("Y103",),
            note="一年期2025年项目，目标写年内完成"), None),
        (None, "成本指标", "单座瞭望塔建设成本", "小于等于", 40, "万元/座"),
        ("效益指标", "社会效益指标", "重点林区瞭望覆盖率", "大于等于", 88, "%"),
        (None, None, "火情报告平均时长", mk("大于等于", "T108", "warning", row=True,
                                            note="时长是反向指标"), 15, "分钟"),
        (None, "可持续影响指标", "瞭望塔设计使用年限", "大于等于", 20, "年"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "骆听涛", "0728-5407193")
    return b


@variant("kbe17-tower-stacked-years", (2, 8), "two multi-year projects stacked, NAT-2021, 中期 "
         "and 年度 columns: the first copies a cumulative count into 年度, the second has a "
         "year's count above its period's")  # fmt: skip
def tower_stacked_years() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=2025, years=3, name="林火视频监控网络建设", dept=DEPT, unit=UNIT,
                 money=period_money((450, 400, 50), (150, 130, 20)),
                 goals=["2025—2027年新建视频监控点位45个，实现重点林区监控全覆盖。",
                        "2025年新建视频监控点位15个，接入县级指挥平台。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建视频监控点位", "≥45个",
         mk("≥45个", "D202", "warning", note="三年累计点位照抄到年度列，年度目标为15个")),
        (None, "质量指标", "监控设备在线率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个监控点位建设成本", "≤9万元/个",
         ok("≤9万元/个", note="照抄的45个 × 9万元超过年度资金，是上一行照抄的后果")),
        ("效益指标", "社会效益指标", "重点林区监控覆盖率", "≥95%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, years=2, name="瞭望塔标准化改造", dept=DEPT, unit=UNIT,
                 title="", money=period_money((160, 140, 20), (80, 70, 10)),
                 goals=["2025—2026年改造瞭望塔10座，加装防雷和供电设施。",
                        "2025年改造瞭望塔5座。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "改造瞭望塔数量", "≥10座",
         mk("≥14座", "D201", "error", note="年度14座超过两年合计10座")),
        (None, "质量指标", "改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单座改造成本", "≤15万元/座",
         ok("≤15万元/座", note="14座 × 15万元超过年度资金，是上一行数量错误的后果")),
        ("效益指标", "可持续影响指标", "改造后塔体使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "瞭望员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆听涛", "0728-5407193")
    return b


@variant("kbe18-tower-artefacts", (1, 9, 12), "project, OLD-NAT, header 绩效目标值, detail "
         "lines in 万元 by number format adding up, =100% kept as text, a date cell, a typed "
         "percent, a fill date in the year before (correct)")  # fmt: skip
def tower_artefacts() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="瞭望塔日常维护及瞭望员补助",
        dept=DEPT,
        unit=UNIT,
        attr="常年项目",
        money=annual_money(54, 48, 6),
        goals=["检修瞭望塔防雷设施10座，更换太阳能供电设备6套，聘用瞭望员10名。"],
    )
    s.row("资金明细", "防雷设施检修", wan(12), "太阳能供电更换", wan(18))
    s.row(None, "瞭望员补助", wan(24), "合计", wan(54))
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "防雷设施检修瞭望塔数量", "≥10座"),
        (None, None, "太阳能供电设备更换", "≥6套"),
        (None, None, "聘用瞭望员人数", "≥10人"),
        (None, "质量指标", "检修验收合格率", "=100%"),
        (None, None, "瞭望员持证上岗率", pct(0.95)),
        (None, "时效指标", "防火期前检修完成时间", day(2025, 2, 28)),
        (None, "成本指标", "瞭望员补助标准", "≤2000元/人·月"),
        ("效益指标", "社会效益指标", "火情瞭望报告准确率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "瞭望员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：瞭望员补助2000元/人·月 × 10人 × 12个月 = 24万元，与明细一致。")
    sign(s, "骆听涛", "0728-5407193", when=day(2024, 12, 6))
    return b
