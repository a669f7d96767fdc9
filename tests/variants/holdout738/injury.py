"""The gig-worker occupational injury insurance pilot (职业伤害保障试点): kbt07 to kbt12."""

from __future__ import annotations

from tests.variants.holdout738.common import (
    DEPT,
    SOCIAL,
    YEAR,
    dept_head,
    grid,
    head,
    multi_year,
    new,
    note,
    one_year,
    sign,
    w,
)  # fmt: skip
from tests.variants.holdout738.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

NAME = "新就业形态就业人员职业伤害保障试点经办"
GOAL = ("2026年在外卖、即时配送、网约车平台推开职业伤害保障试点，覆盖平台企业12家（外卖5家、"
        "即时配送4家、出行3家），参保人数达到8万人，职业伤害确认15个工作日内办结。")  # fmt: skip


@variant("kbt07-shangbao-words", (1, 11), "project, OLD-NAT, operators in words in 指标性质, "
         "unit column, typed percent cells, a 下降率 with ≥ and 0起 (correct)")  # fmt: skip
def kbt07() -> Book:
    b, s = new()
    head(s, name=NAME, unit=SOCIAL, money_rows=one_year(500, 420, 80), goals=[GOAL])
    grid(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "试点参保人数", "大于等于", 80000, "人"),
        (None, None, "覆盖平台企业数", "大于等于", 12, "家"),
        (None, "质量指标", "待遇核定准确率", "大于等于", pct(0.99), "%"),
        (None, None, "因经办差错败诉的行政复议案件", "小于等于", 0, "起"),
        (None, "时效指标", "职业伤害确认办结时限", "小于等于", 15, "工作日"),
        (None, "成本指标", "经办服务费标准", "小于等于", 2.5, "元/人·月"),
        ("效益指标", "社会效益指标", "职业伤害争议案件下降率", "大于等于", pct(0.1), "%"),
        (None, None, "参保骑手职业伤害保障知晓率", "大于等于", pct(0.85), "%"),
        (None, "可持续影响指标", "试点经办规程", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参保人员满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：经办服务费按2.5元/人·月 × 8万人 × 12个月 = 240万元测算，在年度资金内。")
    sign(s, "蒙思衡", "0779-6632506")
    return b


@variant("kbt08-shangbao-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: the "
         "中期目标 copied to 年度目标, a cumulative count copied, a 满意度 under 效益")  # fmt: skip
def kbt08() -> Book:
    b, s = new()
    text = "三年内将全市主要平台企业全部纳入职业伤害保障试点，累计新增参保15万人，开展培训120场。"
    goals = (text, mk(text, "D204", "warning", note="年度目标照抄中期目标"))
    head(s, name=NAME, unit=SOCIAL, years=3, goals=goals,
         money_rows=multi_year((1500, 1260, 240), (500, 420, 80)))  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新增参保人数", "≥150000人", "≥50000人"),
        (None, None, "职业伤害保障政策培训场次", "≥120场",
         mk("≥120场", "D202", "warning", note="累计场次照抄中期值")),
        (None, "质量指标", "待遇核定准确率", "≥99%", "≥99%"),
        (None, "时效指标", "职业伤害确认办结时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "经办服务费标准", "≤2.5元/人·月", "≤2.5元/人·月"),
        ("效益指标", "社会效益指标", "参保骑手职业伤害保障知晓率", "≥85%", "≥80%"),
        (None, None, "理赔服务满意度", "≥90%",
         mk("≥90%", "F201", "warning", row=True, alt=("F105",), note="满意度放在社会效益下")),
        ("满意度指标", "服务对象满意度指标", "参保人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙思衡", "0779-6632506")
    return b


@variant("kbt09-shangbao-dept", (7, 10, 12), "department, NAT-2021, headers 指标内容 and 绩效标准, "
         "tier points and indicator points, a footnote explaining the total (correct)")  # fmt: skip
def kbt09() -> Book:
    b, s = new()
    tasks = [("职业伤害保障试点经办", "参保登记、职业伤害确认、待遇支付", 500, "参保8万人"),
             ("待遇资格认证", "社保待遇领取资格认证", 250, "认证率≥98%"),
             ("参保扩面宣传", "进平台、进站点宣传", 150, "宣传120场"),
             ("金额合计", None, 900, None)]  # fmt: skip
    dept_head(s, unit=SOCIAL, budget=(1600, 1450, 150, 700, 900), tasks=tasks,
              goal="推进职业伤害保障试点，参保8万人；做好待遇资格认证和参保扩面宣传。")  # fmt: skip
    note(s, "注：资金总额含上年结转30万元，已计入其他资金150万元。")
    grid(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "分值"), [
        ("产出指标（50分）", "数量指标", "试点参保人数", "≥80000人", 20),
        (None, None, "职业伤害确认办结件数", "≥1500件", 10),
        (None, "质量指标", "待遇核定准确率", "≥99%", 10),
        (None, "时效指标", "职业伤害确认平均办结时限", "≤15个工作日", 10),
        ("成本指标（10分）", "经济成本指标", "每件职业伤害确认经办成本", "≤300元/件", 10),
        ("效益指标（30分）", "社会效益指标", "试点平台骑手参保覆盖率", "≥85%", 15),
        (None, "可持续影响指标", "经办系统对接平台企业数", "≥12家", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参保人员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "覃雨舟", "0779-6632511")
    return b


@variant("kbt10-shangbao-goal", (11,), "project, NAT-2021, one value column: the goal's year "
         "left from 2025, a count the goal states otherwise, a 发生率 with ≥")  # fmt: skip
def kbt10() -> Book:
    b, s = new()
    goal = mk(GOAL.replace("2026年", "2025年"), "Y103", "warning", alt=("Y101",),
              note="年度目标写2025年，表题为2026年度")  # fmt: skip
    head(s, name=NAME, unit=SOCIAL, money_rows=one_year(500, 420, 80), goals=[goal])
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "试点参保人数", "≥80000人"),
        (None, None, "覆盖平台企业数",
         mk("≥10家", "D104", "warning", note="年度目标写覆盖平台企业12家")),
        (None, "质量指标", "待遇核定准确率", "≥99%"),
        (None, "时效指标", "职业伤害确认办结时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "经办服务费标准", "≤2.5元/人·月"),
        ("效益指标", "社会效益指标", "职业伤害争议发生率",
         mk("≥2%", "T108", "warning", row=True, note="反向指标用了≥")),
        ("满意度指标", "服务对象满意度指标", "参保人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙思衡", "0779-6632506")
    return b


@variant("kbt11-shangbao-export", (7, 12), "budget-system export: codes in the first columns, "
         "money on sheet 05-1, the table on sheet 05-2, its header on row 3 (correct)")  # fmt: skip
def kbt11() -> Book:
    b, s = new("部门项目支出预算05-1", (12, 22, 18, 30, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row(
        "单位编码",
        "单位名称",
        "项目编码",
        "项目名称",
        "功能科目",
        "资金总额",
        "财政拨款",
        "其他资金",
    )
    s.row("317004", SOCIAL, "45010026A0017", NAME, "2080599", w(500), w(420), w(80))
    s.row("317004", SOCIAL, "45010026A0021", "社保待遇资格认证", "2080599", w(250), w(250), w(0))
    s.row("合计", None, None, None, None, w(750), w(670), w(80))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 28, 14, 18, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row(f"单位名称：{SOCIAL}", None, None, f"主管部门：{DEPT}")
    a, b2 = ("45010026A0017", NAME), ("45010026A0021", "社保待遇资格认证")
    rows = [(*a, "产出指标", "数量指标", "试点参保人数", "≥80000人"),
            (*a, None, "时效指标", "职业伤害确认办结时限", "≤15个工作日"),
            (*a, "成本指标", "经济成本指标", "经办服务费标准", "≤2.5元/人·月"),
            (*a, "效益指标", "社会效益指标", "参保骑手职业伤害保障知晓率", "≥85%"),
            (*a, "满意度指标", "服务对象满意度指标", "参保人员满意度", "≥90%"),
            (*b2, "产出指标", "数量指标", "完成资格认证人数", "≥320000人"),
            (*b2, None, "质量指标", "资格认证率", "≥98%"),
            (*b2, "成本指标", "经济成本指标", "人均认证成本", "≤7.5元/人"),
            (*b2, "效益指标", "社会效益指标", "冒领待遇追回率", "≥95%"),
            (*b2, "满意度指标", "服务对象满意度指标", "退休人员满意度", "≥90%")]  # fmt: skip
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([("317004", *r) for r in rows], merged=(4, 5))
    return b


@variant("kbt12-shangbao-dupes", (12,), "project, OLD-NAT, detail lines under the table: one "
         "indicator twice with two values, a count under 质量, lines short of total")  # fmt: skip
def kbt12() -> Book:
    b, s = new()
    head(s, name=NAME, unit=SOCIAL, money_rows=one_year(500, 420, 80), goals=[GOAL])
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "试点参保人数", "≥80000人"),
        (None, None, "职业伤害保障宣传培训场次", "≥40场"),
        (None, "质量指标", "待遇核定准确率", "≥99%"),
        (None, None, mk("平台企业走访次数", "F201", "warning", row=True, note="次数放在质量下"),
         "≥24次"),
        (None, "时效指标", "职业伤害确认办结时限", "≤15个工作日"),
        (None, "成本指标", "经办服务费标准", "≤2.5元/人·月"),
        ("效益指标", "社会效益指标",
         mk("职业伤害保障宣传培训场次", "D102", "error", row=True, alt=("D101", "D103"),
            note="与数量指标同名，值为30场"), "≥30场"),
        ("满意度指标", "服务对象满意度指标", "参保人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细", "经办服务购买", money(300, WAN))
    s.row(None, "宣传培训", money(120, WAN))
    s.row(None, "信息系统运维", money(60, WAN))
    s.row(None, "合计", mk(money(480, WAN), "B102", "error", alt=("B101",),
                          note="明细合计480万元，年度资金500万元"))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    return b
