"""A grafted-seedling (嫁接苗) nursery for the county's watermelon growers: hx07 to hx12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout690.common import grid, notes, one_year, project, signature, start, wan
from tests.variants.holdout690.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
UNIT = "茗川县芦湾镇育苗中心"


@variant("hx07-nursery-operator-words", (11, 1), "project, OLD-NAT, operator column in words, "
         "unit column, percent cells, a 死亡率 with 小于等于 and 0起 on an incident count "
         "(correct)")  # fmt: skip
def hx07() -> Book:
    b, s = start()
    project(s, "芦湾镇西瓜嫁接苗集约化育苗项目", UNIT, one_year(wan(90), wan(80), wan(10)),
            ["培育西瓜嫁接苗150万株（葫芦砧木），嫁接成活率不低于95%，"
             "全年无检疫安全事故。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "嫁接苗培育数量", "大于等于", 150, "万株"),
        (None, "质量指标", "嫁接成活率", "大于等于", pct(0.95), None),
        (None, None, "嫁接苗死亡率", "小于等于", pct(0.05), None),
        (None, "时效指标", "春季订单苗交付时间", "小于等于", day(2026, 3, 20, CN_DATE), None),
        (None, "成本指标", "每株嫁接苗生产补助", "小于等于", 0.5, "元/株"),
        ("效益指标", "社会效益指标", "检疫安全事故发生次数", "小于等于", 0, "起"),
        (None, "生态效益指标", "育苗基质循环利用率", "大于等于", pct(0.6), None),
        (None, "可持续影响指标", "带动育苗户数", "大于等于", 20, "户"),
        ("满意度指标", "服务对象满意度指标", "订苗户满意度", "大于等于", pct(0.9), None),
    ])  # fmt: skip
    signature(s, "闵照川", "0417-8831 2206", day(2025, 11, 25))
    return b


@variant("hx08-nursery-department-money", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, the goal's seedling count against the "
         "indicator")  # fmt: skip
def hx08() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="茗川县芦湾镇育苗中心",
                    budget=[(mk(wan(300), "B101", "error",
                                note="基本支出110 + 项目支出180 = 290，不等于300"),
                             wan(260), wan(40), wan(110), wan(180))],
                    tasks=[("砧木穗木繁育", "葫芦砧木与无籽西瓜穗木繁育", wan(80), "砧木种子自给"),
                           ("嫁接苗生产", "集约化嫁接与炼苗", wan(70), "出圃嫁接苗300万株"),
                           ("技术推广", "育苗技术培训与田间指导", wan(20), "培训200人次"),
                           ("金额合计", None, mk(wan(180), "B102", "error",
                                                 note="80 + 70 + 20 = 170，不等于180"), None)],
                    goal="年出圃西瓜嫁接苗300万株，嫁接成活率95%以上，"
                         "培训育苗户200人次。")  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "嫁接苗出圃数量",
         mk("≥250万株", "D104", "warning", row=True, note="年度总体目标写出圃300万株")),
        (None, None, "育苗技术培训", "≥200人次"),
        (None, "质量指标", "嫁接成活率", "≥95%"),
        (None, "时效指标", "订单苗按期交付率", "≥95%"),
        ("成本指标", "经济成本指标", "每株嫁接苗生产成本", "≤0.5元/株"),
        ("效益指标", "社会效益指标", "服务西瓜种植户数", "≥400户"),
        ("满意度指标", "服务对象满意度指标", "订苗户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hx09-nursery-second-sheet", (7,), "project: head on the first sheet, the table on a "
         "second sheet under 考核指标 and 绩效目标值; the goal's total with its parts in "
         "brackets, a cost equal to the money (correct)")  # fmt: skip
def hx09() -> Book:
    b, s = start("项目信息")
    project(s, "芦湾镇无籽西瓜嫁接苗生产补助项目", UNIT, one_year(wan(96), wan(80), wan(16)),
            ["生产西瓜嫁接苗240万株（其中无籽西瓜嫁接苗200万株、有籽西瓜嫁接苗40万株），"
             "供应全县大棚种植户。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2026年度项目绩效指标", 4)
    grid(t, ("一级指标", "二级指标", "考核指标", "绩效目标值"), [
        ("产出指标", "数量指标", "嫁接苗生产总量", "≥240万株"),
        (None, None, "无籽西瓜嫁接苗数量", "≥200万株"),
        (None, "质量指标", "嫁接苗壮苗率", "≥92%"),
        (None, "时效指标", "嫁接苗出圃及时率", "≥95%"),
        (None, "成本指标", "每株嫁接苗生产补助", "≤0.4元/株"),
        ("效益指标", "经济效益指标", "种植户每亩节约种苗成本", "≥120元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hx10-nursery-template-leftovers", (4, 6), "project, OLD-NAT, note rows in and under "
         "the table: plan dates of last year under a 2026 title, "
         "a template example row left in")  # fmt: skip
def hx10() -> Book:
    b, s = start()
    project(s, "芦湾镇育苗温室补光改造项目", UNIT, one_year(wan(40), wan(40), wan(0)),
            ["完成育苗温室补光灯改造6座，提升冬春季嫁接苗质量。"],
            start=mk(day(2025, 1, 1), "Y101", "error", alt=("Y102",),
                     note="2026年度的申报表，计划开始日期却是2025年"),
            end=mk(day(2025, 12, 31), "Y101", "error", alt=("Y102",), required=False,
                   note="同一处年度遗留，计划完成日期也是2025年"))  # fmt: skip
    notes(s, "填表说明：三级指标由申报单位填写，指标值应可考核。")
    grid(s, ONE, [
        ("产出指标", "数量指标", "补光改造温室数量", "≥6座"),
        (None, None, "例：培训人次",
         mk("≥**人次", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "补光设备验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前"),
        (None, "成本指标", "每座温室补光改造成本", "≤6万元/座"),
    ])  # fmt: skip
    notes(s, "注：数量指标按完工验收数填写，成本指标按批复预算测算。", width=4)
    s.table([
        ("效益指标", "经济效益指标", "冬春季壮苗率提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "订苗户满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：本表金额单位为万元。")
    signature(s, "闵照川", "0417-8831 2206", day(2025, 11, 26))
    return b


@variant("hx11-nursery-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator name with different values (correct)")  # fmt: skip
def hx11() -> Book:
    b, s = start()
    project(s, "芦湾镇西瓜嫁接苗供苗项目", UNIT, one_year(wan(50), wan(45), wan(5)),
            ["为大棚种植户供应西瓜嫁接苗120万株。"],
            title="2026年度项目支出绩效目标申报表（汇总）")  # fmt: skip
    grid(s, ONE, [
        ("产出指标", "数量指标", "嫁接苗出圃数量", "≥120万株"),
        (None, "质量指标", "嫁接成活率", "≥95%"),
        (None, "成本指标", "每株嫁接苗供苗补助", "≤0.35元/株"),
        ("效益指标", "社会效益指标", "受益种植户数", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "苇港乡甜瓜嫁接苗试育项目", "茗川县苇港乡农业服务中心",
            one_year(wan(20), wan(20), wan(0)), ["试育甜瓜嫁接苗60万株，筛选适宜砧木2个。"],
            title="")  # fmt: skip
    grid(s, ONE, [
        ("产出指标", "数量指标", "嫁接苗出圃数量", "≥60万株"),
        (None, None, "砧木筛选品种数", "≥2个"),
        (None, "质量指标", "嫁接成活率", "≥90%"),
        (None, "成本指标", "每株嫁接苗试育成本", "≤0.3元/株"),
        ("效益指标", "可持续影响指标", "形成育苗技术规程", "≥1项"),
        ("满意度指标", "服务对象满意度指标", "试种户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("hx12-nursery-points-wrong", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator scores: 产出 declared 50 over 40, a count under 质量, "
         "a rate raised in 百分点")  # fmt: skip
def hx12() -> Book:
    b, s = start()
    project(s, "芦湾镇嫁接苗质量提升项目", UNIT, one_year(wan(50), wan(45), wan(5)),
            ["出圃嫁接苗80万株，嫁接成活率较上年提高3个百分点。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计90，由产出分值不符引起")
    grid(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值 15+10+5+10 = 40"),
         "数量指标", "嫁接苗出圃数量", "≥80万株", 15),
        (None, None, "质量指标", "嫁接成活率较上年提高", "≥3百分点", 10),
        (None, None, None, "砧木种子采购数量",
         mk("≥600公斤", "F201", "warning", row=True, note="采购数量是数量指标，填在质量指标下"),
         5),
        (None, None, "时效指标", "嫁接苗出圃及时率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "每株嫁接苗育苗成本", "≤0.45元/株", 10),
        ("效益指标", 30, "经济效益指标", "育苗户户均增收", "≥3000元", 10),
        (None, None, "社会效益指标", "带动育苗户数", "≥15户", 10),
        (None, None, "生态效益指标", "育苗基质循环利用率", "≥60%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "订苗户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
