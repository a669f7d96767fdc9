"""Equestrian (马术) bases: horses, stables, arenas, the department of the equestrian centre."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout372.common import YEAR, indicators, notes, one_year, project, sign, start
from tests.variants.holdout372.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
UNIT = "柘原县马术运动训练基地"


@variant(
    "vr07-horse-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score "
    "column both adding to 100, a rate raised in 百分点 (correct)",
)
def horse_points() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 18, 8))
    project(s, "柘原县青少年马术骑乘课程", UNIT, one_year(96, 80, 16),
            ["开设青少年马术课程12期，参训240人，合作学校6所。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ["产出指标", 40, "数量指标", "青少年马术课程开设期数", "≥12期", 15],
        [None, None, None, "参训青少年人数", "≥240人", 10],
        [None, None, "质量指标", "骑乘技能考核达标率", "≥85%", 10],
        [None, None, "时效指标", "课程完成时间", "2025年12月15日前", 5],
        ["成本指标", 10, "经济成本指标", "课程马匹饲养成本", "≤1.8万元/匹·年", 5],
        [None, None, None, "人均课程成本", "≤2000元/人", 5],
        ["效益指标", 30, "社会效益指标", "青少年马术达标率比上年提高", "≥5百分点", 15],
        [None, None, "可持续影响指标", "长期合作学校数量", "≥6所", 15],
        ["满意度指标", 20, "服务对象满意度指标", "学员满意度", "≥90%", 10],
        [None, None, None, "学员家长满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, ["注：课程马匹20匹；一级指标分值与三级指标分值分别合计100分。"])
    return b


@variant(
    "vr08-horse-labels",
    (5,),
    "project, OLD-NAT, tier labels numbered (一、, （一）, 1.), "
    "marked (★, *) and abbreviated, one value column (correct)",
)
def horse_labels() -> Book:
    b, s = start()
    project(s, "马术障碍训练场地翻新及训练马购置", UNIT, one_year(135, 100, 35),
            ["翻新障碍训练场3200平方米，购置训练马6匹。"])  # fmt: skip
    indicators(s, HEAD, [
        ["一、产出指标", "（一）数量指标", "新购训练马匹", "≥6匹"],
        [None, None, "障碍训练场翻新面积", "≥3200平方米"],
        [None, "★质量指标", "场地验收合格率", "=100%"],
        [None, "*时效指标", "场地翻新完工时间", "2025年9月30日前"],
        [None, "（四）成本指标", "单匹训练马采购成本", "≤12万元/匹"],
        [None, None, "场地翻新单价", "≤180元/平方米"],
        ["二、效益指标", "1.社会效益", "年接待青少年骑乘训练人次", "≥4500人次"],
        [None, "2.可持续影响", "训练马服役年限", "≥8年"],
        ["三、满意度指标", "服务对象满意度", "青少年学员满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, ["注：带★的为核心指标，不得删除。"], width=4)
    return b


@variant(
    "vr09-horse-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template, a value without a name, a satisfaction over 100 %",
)
def horse_template_rows() -> Book:
    b, s = start()
    project(s, "青少年马术夏令营", UNIT, one_year(70, 56, 14),
            ["举办马术夏令营4期，营员160人。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ["产出指标", "数量指标", "马术夏令营举办期数", "≥4期"],
        [None, None, mk("", "F110", "error", note="≥160人 without a name"), "≥160人"],
        [None, "质量指标", "教练持证上岗率", "=100%"],
        [None, "时效指标", "夏令营结束时间", "2025年8月31日前"],
        ["成本指标", "经济成本指标", "人均营期成本", "≤3000元/人"],
        [None, mk("社会成本指标", "F109", "warning", row=True, note="left empty"), "", ""],
        ["效益指标", "社会效益指标", "通过马术初级考核营员人数", "≥120人"],
        [None, "可持续影响指标", "合作马术俱乐部数量", "≥5家"],
        ["满意度指标", "服务对象满意度指标", "营员满意度",
         mk(pct(1.05), "T106", "error", alt=("T114",), note="105 %")],
    ])  # fmt: skip
    return b


@variant(
    "vr10-horse-second-sheet",
    (7,),
    "project: head on the first sheet, the table on a second "
    "sheet under a two-row header 考核指标 · 目标值（年度） · 评价标准; a rate as a count, a date "
    "in the next year",
)
def horse_second_sheet() -> Book:
    b, s = start("项目信息")
    project(s, "马厩改造及防疫设施更新", UNIT, one_year(88, 70, 18),
            ["改造马厩24间，更新防疫设施，年内完工。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 18, 30))
    t.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "考核指标")
    for c in (4, 5):
        t.ws.merge_cells(start_row=1, start_column=c, end_row=2, end_column=c)
    full = "达到目标值得满分，未达到按比例扣分"
    t.table([
        ["产出指标", "数量指标", "改造马厩间数", "≥24间", full],
        [None, "质量指标", "马匹防疫合格率", mk("40匹", "T105", "error"), full],
        [None, "时效指标", "马厩改造完工时间",
         mk("2026年3月31日前", "Y102", "error", note="one-year project of 2025"), "逾期不得分"],
        [None, "成本指标", "单间马厩改造成本", "≤2.5万元/间", "超支不得分"],
        ["效益指标", "社会效益指标", "年承接青少年马术训练课时", "≥1500课时", full],
        [None, "可持续影响指标", "改造马厩使用年限", "≥15年", full],
        ["满意度指标", "服务对象满意度指标", "训练单位满意度", "≥90%", full],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "vr11-horse-department-money",
    (12,),
    "department of the equestrian centre, NAT-2021: "
    "基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def horse_department_money() -> Book:
    b, s = start()
    total = mk(money(540), "B101", "error", row=True, note="300 + 260 = 560 ≠ 540")
    department_head(s, year=YEAR, dept="柘原县马术运动管理中心",
                    budget=[[total, money(500), money(40), money(300), money(260)]],
                    goal="保障马术场馆全年运行，开展青少年马术培训，承办马术赛事2项。",
                    tasks=[["场馆运行维护", "场地维护、马匹饲养", money(120), "场馆全年开放"],
                           ["青少年马术培训", "进校园及周末课程", money(80), "培训600人次"],
                           ["马术赛事", "承办场地障碍赛2项", money(50), "赛事平稳有序"],
                           ["金额合计", None, mk(money(260), "B102", "error",
                                                note="120 + 80 + 50 = 250"), None]])  # fmt: skip
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "青少年马术培训人次", "≥600人次"],
        [None, None, "承办马术赛事", "≥2项"],
        [None, "质量指标", "赛事场地检测合格率", "=100%"],
        [None, "时效指标", "赛事举办完成时间", "2025年11月30日前"],
        ["成本指标", "经济成本指标", "单项赛事承办成本", "≤25万元"],
        ["效益指标", "社会效益指标", "马术赛事观赛人次", "≥8000人次"],
        ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "vr12-horse-notes",
    (4,),
    "project, OLD-NAT, operator column and weights: an instruction "
    "row, subtotal rows, a header repeated after a page break, 注 and 填表说明, signature and "
    "date lines (correct)",
)
def horse_notes() -> Book:
    b, s = start()
    project(s, "马术训练场围栏更换", UNIT, one_year(68, 60, 8), ["更换训练场围栏1.6公里。"])
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "权重")
    s.row(*head)
    notes(s, ["（请按一级指标分块填写，三级指标可自行增加行）"])
    s.table([
        ["产出指标", "数量指标", "训练场围栏更换长度", "≥", "1.6公里", 15],
        [None, None, "青少年骑乘体验课", "≥", "120课时", 10],
        [None, "质量指标", "围栏验收合格率", "=", "100%", 10],
        [None, "时效指标", "围栏更换完成时间", "≤", day(YEAR, 10, 31), 5],
        [None, "成本指标", "围栏更换单价", "≤", "260元/米", 10],
    ], merged=(1, 2))  # fmt: skip
    s.row("产出指标小计", None, None, None, None, 50)
    s.skip()
    s.row(*head)
    s.table([
        ["效益指标", "社会效益指标", "训练场年开放天数", "≥", "280天", 15],
        [None, None, "马匹逃逸及伤人事件", "≤", "0起", 15],
    ], merged=(1, 2))  # fmt: skip
    s.row("效益指标小计", None, None, None, None, 30)
    s.table([
        ["满意度指标", "服务对象满意度指标", "骑乘体验学员满意度", "≥", "90%", 10],
        [None, None, "周边学校满意度", "≥", "90%", 10],
    ], merged=(1, 2))  # fmt: skip
    s.row("满意度指标小计", None, None, None, None, 20)
    s.row("合计", None, None, None, None, 100)
    notes(s, ["注：1.权重合计100分；2.“0起”指全年不发生马匹逃逸及伤人事件。",
              "填表说明：比较符从≥、≤、=中选择，指标值不含比较符。"])  # fmt: skip
    sign(s, "韩牧原", "0583-6620917")
    return b
