"""Food-safety checks in rural school canteens (食品安全检查): kek13–kek18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout807.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout807.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kek13-safety-footnotes", (4, 11),
         "project, OLD-NAT, one value column: a note row inside the table, 说明 and 填表说明 "
         "below, signature and a fill date in the previous year, 0起 on an incident count "
         "(correct)")  # fmt: skip
def safety_footnotes() -> Book:
    b, s = start()
    project_head(s, year=2026, name="檀溪县学校食堂食品安全抽检", dept="檀溪县市场监督管理局 512",
                 unit="檀溪县食品检验检测中心", money=one_year(wan(48), wan(48), wan(0)),
                 goals=["对全县58所农村学校食堂开展食品安全抽检不少于600批次（其中留样食品200批次），"
                        "学校食堂食品安全事故零发生。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "抽检食品批次", "≥600批次"),
        (None, None, "检查覆盖学校数", "≥58所"),
        (None, "质量指标", "抽检结果报送准确率", "=100%"),
        (None, "时效指标", "不合格食品核查处置时限", "≤3个工作日"),
        (None, "成本指标", "每批次检测费用", "≤800元/批次"),
        ("注：抽检批次含留样食品，由县食品检验检测中心实施。", "", None, None),
        ("效益指标", "社会效益指标", "学校食堂食品安全事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "学校和家长满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：抽检费用按每批次800元测算，600批次共48万元。",
          "填表说明：指标值应填写可考核的数值，反向指标填写上限。", width=4)  # fmt: skip
    sign(s, "黎少棠", "0745-3318096", day(2025, 11, 12))
    return b


@variant("kek14-safety-direction", (11,),
         "project, OLD-NAT, operator column and unit column: ≥ on a 反向 rate, a goal naming the "
         "inspection of two years before")  # fmt: skip
def safety_direction() -> Book:
    b, s = start()
    goal = mk("完成全县42所农村学校食堂2024年度食品安全专项检查，抽检食品不少于420批次。",
              "Y103", "warning", alt=("Y101",), note="预算年度2026，文字留着2024年度")  # fmt: skip
    project_head(s, year=2026, name="葵岭县学校食堂食品安全专项检查", dept="葵岭县教育局 133",
                 unit="葵岭县学校后勤管理中心", money=one_year(wan(36), wan(36), wan(0)),
                 goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "检查学校食堂数", "≥", 42, "所"),
        (None, None, "抽检食品批次", "≥", 420, "批次"),
        (None, "质量指标", "抽检食品不合格率",
         mk("≥", "T108", "warning", row=True, note="反向指标写成≥"), 2, "%"),
        (None, "时效指标", "问题整改完成时限", "≤", 15, "天"),
        (None, "成本指标", "每批次抽检费用", "≤", 850, "元/批次"),
        ("效益指标", "社会效益指标", "食源性疾病发生数", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kek15-safety-header-words", (7, 1, 11),
         "project, NAT-2021, two-row header 考核指标 · 目标值（年度） · 评价标准, percents "
         "typed in Excel, a 下降率 with ≥ (correct)")  # fmt: skip
def safety_header_words() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="沣口县学校食堂“互联网+明厨亮灶”巡查",
        dept="沣口县教育局 204",
        unit="沣口县学校食品安全监管站",
        money=one_year(wan(54), wan(50), wan(4)),
        goals=["对全县36所农村学校食堂开展远程巡查和现场检查，抽检不合格率比上年下降10%以上。"],
    )
    s.row("一级指标", "二级指标", "考核指标", "目标值（年度）", None, "评价标准", merge=[(4, 5)])
    s.row(None, None, None, "比较符", "数值", "分值")
    s.table([
        ("产出指标", "数量指标", "现场检查食堂数", "≥", "36所", 20),
        (None, "质量指标", "巡查问题整改率", "≥", pct(0.95), 20),
        (None, "时效指标", "问题整改及时率", "≥", pct(0.9), 10),
        ("成本指标", "经济成本指标", "单所巡查成本", "≤", "1.5万元/所", 10),
        ("效益指标", "社会效益指标", "抽检不合格率下降率", "≥", pct(0.1), 20),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥", pct(0.9), 20),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kek16-safety-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, a "
         "year's inspections above the period's, the goal's sample count against the "
         "period indicator")  # fmt: skip
def safety_two_years() -> Book:
    b, s = start()
    text = "两年内对46所农村学校食堂开展全覆盖检查，抽检食品留样不少于600批次。"
    project_head(s, year=2026, years=2, name="莼溪县农村学校食堂食品安全提升行动",
                 dept="莼溪县教育局 318", unit="莼溪县学校食品安全监管站",
                 money=multi_year((wan(80), wan(72), wan(8)), (wan(40), wan(36), wan(4))),
                 goals=[text, mk(text, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "检查覆盖学校数", "≥46", "≥46", "所"),
        (None, None, "抽检留样食品批次",
         mk("≥500", "D104", "warning", row=True, note="中期目标写不少于600批次"), "≥300", "批次"),
        (None, None, "专项检查次数", "≥8",
         mk("≥12", "D201", "error", note="年度12次大于两年8次"), "次"),
        (None, "质量指标", "问题整改率", "=100%", "=100%", "%"),
        ("成本指标", "经济成本指标", "每批次检测费用", "≤800", "≤800", "元/批次"),
        ("效益指标", "社会效益指标", "学校食堂食品安全等级A级占比", "≥60%", "≥50%", "%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    return b


@variant("kek17-safety-page-break", (4, 9),
         "project, OLD-NAT, money in 元, weight column: a header repeated after a page break and "
         "subtotal rows; an amount typed as text with separators, one indicator twice")  # fmt: skip
def safety_page_break() -> Book:
    b, s = start()
    total = mk("1,285,000", "X103", "warning", alt=("B108",), note="带千分位的文本")
    project_head(s, year=2026, name="蕲塘县学校食堂从业人员健康和食品安全培训",
                 dept="蕲塘县教育局 227", unit="蕲塘县教师发展中心",
                 money=one_year(total, money(1200000, "#,##0"), money(85000, "#,##0")),
                 money_label="项目资金（元）",
                 goals=["培训农村学校食堂从业人员860人次，从业人员健康证持证率100%。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "权重", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "培训从业人员人次", 15, "≥860人次"),
        (None, None, "举办培训班期数", 10, "≥12期"),
        (None, "质量指标", "从业人员健康证持证率", 10, "=100%"),
        (None, None, "培训考核合格率", 5, "≥95%"),
        (None, "时效指标", "培训完成时间", 5, "2026年10月31日前"),
        (None, "成本指标", "人均培训成本", 5, "≤1490元/人次"),
        ("小计", "", "", 50, None),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "从业人员食品安全知识知晓率", 20, "≥90%"),
        (None, None, "从业人员食品安全知识知晓率",
         mk(10, "D101", "warning", row=True, note="与上一行重复"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", 20, "≥90%"),
        ("小计", "", "", 50, None),
        ("合计", "", "", 100, None),
    ])  # fmt: skip
    return b


@variant("kek18-safety-points", (10, 5),
         "project, NAT-2021, a tier-1 score column and an indicator score column (100 both ways), "
         "a rate raised in 百分点, a date cell inside the year (correct)")  # fmt: skip
def safety_points() -> Book:
    b, s = start("绩效目标", (14, 8, 16, 30, 16, 8))
    project_head(s, year=2026, name="苕岗县学校食堂食品安全快检室建设", dept="苕岗县教育局 159",
                 unit="苕岗县学校后勤管理中心", money=one_year(wan(63), wan(60), wan(3)),
                 goals=["为9所农村寄宿制学校建设食品快检室，每所配置快检设备1套，"
                        "食堂进货快检覆盖率提高5个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "建成食品快检室数量", "≥9所", 15),
        (None, None, None, "配置快检设备套数", "≥9套", 10),
        (None, None, "质量指标", "快检设备验收合格率", "=100%", 10),
        (None, None, "时效指标", "快检室投入使用时间", day(2026, 9, 1), 5),
        ("成本指标", 10, "经济成本指标", "单所快检室建设成本", "≤7万元/所", 10),
        ("效益指标", 30, "社会效益指标", "食堂进货快检覆盖率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "快检记录规范建档率", "≥95%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "学校食堂管理人员满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
