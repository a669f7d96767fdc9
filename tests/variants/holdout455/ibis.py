"""Crested ibis (朱鹮) breeding centres: yw07 to yw12."""

from __future__ import annotations

from tests.variants.holdout455.common import (
    IND,
    department,
    funds,
    note,
    project,
    sign,
    table,
)
from tests.variants.holdout455.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

IBIS = "菖溪县朱鹮保护管理站"
FORESTRY = "菖溪县林业局 306012"


@variant("yw07-ibis-department-money", (12, 4),
         "department, NAT-2021: budget split both ways, key tasks adding to 金额合计, a footnote "
         "saying the total is 项目支出 only (correct)")  # fmt: skip
def yw07() -> Book:
    tasks = [
        ("朱鹮人工种群饲养", "饲养笼舍运行、饲料和防疫", money(320), "人工种群健康"),
        ("野外种群监测", "营巢地巡护和繁殖监测", money(260), "掌握野外种群动态"),
        ("湿地觅食地维护", "冬水田和人工湿地维护", money(160), "觅食地面积稳定"),
        ("金额合计", None, money(740), None),
    ]
    b, s = department(year=2025, dept=IBIS,
                      budget=[(money(1350), money(1100), money(250), money(610), money(740))],
                      tasks=tasks, filled=day(2024, 11, 15),
                      goal="保护朱鹮野外和人工种群，维护觅食湿地，提升保护管理能力。")  # fmt: skip
    note(s, "注：金额合计740万元为项目支出，基本支出610万元未列入年度主要任务。")
    rows = [
        ("产出指标", "数量指标", "人工种群饲养只数", "≥180只"),
        (None, None, "野外营巢地巡护天数", "≥240天"),
        (None, "质量指标", "人工种群疫病防控达标率", "≥95%"),
        (None, "时效指标", "繁殖期监测报告按月报送率", "100%"),
        ("成本指标", "经济成本指标", "单只朱鹮年饲养成本", "≤1.5万元/只"),
        ("效益指标", "生态效益指标", "维护觅食湿地面积", "≥900亩"),
        (None, "社会效益指标", "护鸟宣传进村场次", "≥24场"),
        ("满意度指标", "服务对象满意度指标", "周边农户满意度", "≥90%"),
    ]
    table(s, IND, rows)
    sign(s, "贺星澜", "0916-7350428", day(2024, 11, 15))
    return b


@variant("yw08-ibis-department-wrong", (12, 9),
         "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, tasks not adding to 金额合计, the "
         "填报日期 pasted as a date serial in text")  # fmt: skip
def yw08() -> Book:
    tasks = [
        ("朱鹮野化训练", "大型网笼运行和野化训练", money(150), "训练个体达到放归标准"),
        ("救护收容", "伤病个体救护和收容饲养", money(120), "救护及时有效"),
        ("科普宣教", "护鸟宣传和自然教育", money(80), "公众保护意识提高"),
        ("金额合计", None, mk(money(340), "B102", "error",
                           note="150 + 120 + 80 = 350，合计写 340")),
    ]  # fmt: skip
    budget = [(mk(money(640), "B101", "error", row=True, note="财政拨款 520 + 其他资金 100 = 620"),
               money(520), money(100), money(300), money(340))]  # fmt: skip
    b, s = department(year=2025, dept="丹岩县朱鹮野化放归基地", budget=budget, tasks=tasks,
                      filled=mk("45621", "X104", "warning", note="日期序列号存成文本"),
                      goal="完成朱鹮野化训练和伤病救护，开展护鸟宣传。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "野化训练朱鹮只数", "≥30只"),
        (None, None, "救护收容伤病朱鹮", "≥15只次"),
        (None, "质量指标", "救护个体康复率", "≥70%"),
        ("成本指标", "经济成本指标", "单只野化训练成本", "≤4万元/只"),
        ("效益指标", "社会效益指标", "自然教育活动参与人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "活动参与者满意度", "≥90%"),
    ]
    table(s, IND, rows)
    return b


@variant("yw09-ibis-header-words", (4, 7),
         "project, OLD-NAT, two-row header (绩效指标 / 绩效标准 over 指标内容, 目标值（年度）, "
         "评价标准), a 说明 row between tiers, the header repeated after a page break, 填表说明 "
         "and signature lines (correct)")  # fmt: skip
def yw09() -> Book:
    b, s = project(year=2025, name="朱鹮人工种群繁育", dept=FORESTRY, unit=IBIS,
                   money=funds(132, 112, 20),
                   goals=["完成人工种群繁育，出飞幼鸟不少于40只。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", None, merge=[(1, 3), (4, 5)])
    head = ("一级指标", "二级指标", "指标内容", "目标值（年度）", "评价标准")
    rule = "达到目标值得满分，未达到按比例扣分"
    table(s, head, [
        ("产出指标", "数量指标", "人工繁育出飞幼鸟数", "≥40只", rule),
        (None, None, "繁殖配对数", "≥25对", rule),
        (None, "质量指标", "人工孵化率", "≥85%", rule),
        (None, "成本指标", "单只幼鸟育雏成本", "≤0.8万元/只", "超出不得分"),
    ])  # fmt: skip
    note(s, "说明：效益指标以繁殖季结束后的年度监测报告为准。", 5)
    s.skip()
    table(s, head, [
        ("效益指标", "社会效益指标", "繁育成果开放观摩场次", "≥10场", rule),
        (None, "可持续影响指标", "人工种群谱系登记率", "100%", rule),
        ("满意度指标", "服务对象满意度", "观摩公众满意度", "≥90%", rule),
    ])  # fmt: skip
    note(s, "填表说明：1.目标值按年度填写；2.评价标准用于年终绩效自评。", 5)
    sign(s, "贺星澜", "0916-7350428", day(2024, 12, 5))
    return b


@variant("yw10-ibis-rates", (1, 10),
         "project, OLD-NAT, operator and unit columns, percent cells: a 成功率 given in 巢, an = "
         "on a satisfaction rate; a rise in 百分点 beside them")  # fmt: skip
def yw10() -> Book:
    b, s = project(year=2025, name="朱鹮野外种群繁殖监测", dept=FORESTRY, unit=IBIS,
                   money=funds(78, 68, 10),
                   goals=["完成野外营巢地繁殖监测，掌握繁殖成功率和种群数量变化。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "监测营巢地数量", "≥", 60, "个"),
        (None, "质量指标", "野外繁殖巢成功率", "≥",
         mk(45, "T105", "error", row=True, alt=("T112",), note="成功率给了巢数"), "巢"),
        (None, None, "繁殖数据复核准确率", "≥", pct(0.95), "%"),
        (None, "时效指标", "繁殖季监测周报按时提交率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单个营巢地监测成本", "≤", 0.9, "万元/个"),
        ("效益指标", "生态效益指标", "野外繁殖成功率较上年提高", "≥", 3, "百分点"),
        (None, "社会效益指标", "护巢协管员聘用人数", "≥", 20, "人"),
        ("满意度指标", "服务对象满意度指标", "营巢地周边村民满意度",
         mk("=", "T107", "warning", row=True, note="满意度写 =95%，应为 ≥"), pct(0.95), "%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    sign(s, "柯一帆", "0916-7350511", day(2024, 11, 20))
    return b


@variant("yw11-ibis-second-sheet", (7, 8),
         "two-year project: head on the first sheet, indicators on a second sheet under "
         "预期实现值（实施期） and 预期实现值（年度） (correct)")  # fmt: skip
def yw11() -> Book:
    b, _ = project(sheet="项目信息", year=2025, years=2, name="朱鹮野化训练网笼扩建",
                   dept=FORESTRY, unit=IBIS, money=funds(230, 200, 30, (420, 360, 60)),
                   goals=["两年内建成大型野化训练网笼2座，完成60只朱鹮野化训练。",
                          "2025年建成网笼1座，完成25只朱鹮野化训练。"])  # fmt: skip
    s = b.sheet("绩效指标")
    s.title("朱鹮野化训练网笼扩建项目绩效指标", 5)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值（实施期）", "预期实现值（年度）")
    table(s, head, [
        ("产出指标", "数量指标", "建成野化训练网笼", "≥2座", "≥1座"),
        (None, None, "完成野化训练朱鹮只数", "≥60只", "≥25只"),
        (None, "质量指标", "网笼工程验收合格率", "100%", "100%"),
        (None, "时效指标", "工程节点按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "单座网笼建设成本", "≤180万元/座", "≤180万元/座"),
        ("效益指标", "生态效益指标", "训练个体野外觅食成功率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "放归地村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yw12-ibis-template-rows", (5, 6, 13),
         "project, NAT-2021, numbered tier labels: a 时效指标 under 效益指标, a tier-2 left from "
         "the template without indicator, a value without a name")  # fmt: skip
def yw12() -> Book:
    b, s = project(year=2025, name="朱鹮人工繁育与育雏", dept=FORESTRY,
                   unit="丹岩县朱鹮野化放归基地", money=funds(150, 120, 30),
                   goals=["人工繁育出飞幼鸟不少于60只，育雏成活率不低于85%。"])  # fmt: skip
    rows = [
        ("一、产出指标", "（一）数量指标", "人工繁育出飞幼鸟数", "≥60只"),
        (None, None, "育雏笼舍维护面积", "≥3000平方米"),
        (None, "（二）质量指标", "育雏成活率", "≥85%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥98%"),
        ("二、成本指标", "（一）经济成本指标", "单只幼鸟人工育雏成本", "≤0.6万元/只"),
        ("三、效益指标", "（一）社会效益指标", "育雏技术交流人次", "≥80人次"),
        (None, mk("（二）生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        (None, mk("（三）时效指标", "F105", "error", note="时效指标属产出指标，不在效益指标下"),
         "育雏记录按时归档率", "≥95%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "技术交流学员满意度", "≥90%"),
    ]  # fmt: skip
    table(s, IND, rows)
    return b
