"""Youth football in schools (校园足球): kdh07–kdh12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout778.common import BUREAU, HEAD4, book, funds, indicators, w
from tests.variants.holdout778.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "沅岭省青少年体育学校"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kdh07-campus-football", (1, 11),
         "project, OLD-NAT with 成本 under 产出, operator column in words, unit column, typed "
         "percents, a goal total with its parts in brackets (correct)")  # fmt: skip
def kdh07() -> Book:
    b, s = book()
    project_head(s, year=2026, name="校园足球特色学校建设", dept=BUREAU, unit=UNIT,
                 money=funds(w(540), w(450), w(90)),
                 goals=["新认定校园足球特色学校60所（小学36所、初中24所），每校补助器材和"
                        "训练经费9万元，组织校际联赛。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新认定特色学校", "大于等于", 60, "所"),
        (None, None, "其中：小学", "大于等于", 36, "所"),
        (None, None, "其中：初中", "大于等于", 24, "所"),
        (None, "质量指标", "特色学校足球课开课率", "等于", pct(1), None),
        (None, "时效指标", "补助资金拨付时间", "小于等于", "2026年6月30日", None),
        (None, "成本指标", "每校补助标准", "小于等于", 9, "万元/所"),
        ("效益指标", "社会效益指标", "学生运动伤害发生率", "小于等于", pct(0.005, "0.0%"), None),
        (None, None, "学生体质健康达标率提高", "大于等于", 2, "百分点"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "大于等于", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("kdh08-football-coaches-wrong", (11,),
         "project, OLD-NAT, operator column with symbols and unit column: an injury rate with ≥, "
         "the goal's coach count against the indicator, last season's year in a name")  # fmt: skip
def kdh08() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="校园足球教练员培训",
        dept=BUREAU,
        unit=UNIT,
        money=funds(w(90), w(90), w(0)),
        goals=["培训校园足球教练员300名，每名补助培训费0.3万元，提高基层教练执教水平。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标",
         mk("培训校园足球教练员", "D104", "warning", row=True,
            note="the goal states 300名, the indicator 250人"), "≥", 250, "人"),
        (None, None, mk("2025年度教练员复训人数", "Y103", "warning", row=True, alt=("Y101",),
                        note="last season's year left in a 2026 return"), "≥", 120, "人"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.95), None),
        (None, "时效指标", "培训完成时间", "≤", "2026年10月31日", None),
        (None, "成本指标", "人均培训补助", "≤", 0.3, "万元/人"),
        ("效益指标", "社会效益指标", "训练中学生运动伤害发生率",
         mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"), pct(0.01), None),
        ("满意度指标", "服务对象满意度指标", "参训教练员满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


@variant("kdh09-football-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each (correct)")  # fmt: skip
def kdh09() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="全省青少年校园足球联赛",
        dept=BUREAU,
        unit=UNIT,
        money=funds(w(260), w(220), w(40)),
        goals=["举办小学、初中、高中三个组别省级联赛，参赛队伍96支。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "联赛参赛队伍", "≥96支"),
        (None, None, "联赛比赛场次", "≥280场"),
        (None, "质量指标", "裁判员持证上岗率", "100%"),
        (None, "成本指标", "每场比赛组织费用", "≤0.9万元/场"),
        ("效益指标", "社会效益指标", "参赛学生人数", "≥2000人"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(
        s,
        year=2026,
        name="校园足球场地器材补助",
        dept=BUREAU,
        unit=UNIT,
        title="",
        money=funds(w(300), w(300), w(0)),
        goals=["为50所特色学校配备足球训练器材。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补助学校数量", "≥50所"),
        (None, "质量指标", "器材验收合格率", "100%"),
        (None, "成本指标", "每校器材补助", "≤6万元/所"),
        ("效益指标", "社会效益指标", "器材使用学生人次", "≥50000人次"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kdh10-football-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, its per-school cost exceeds its money, its goal's count differs")  # fmt: skip
def kdh10() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="校园足球夏令营",
        dept=BUREAU,
        unit=UNIT,
        money=funds(w(120), w(100), w(20)),
        goals=["举办省级校园足球夏令营2期，选拔优秀学生球员400名。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "夏令营期数", "≥2期"),
        (None, None, "入营学生人数", "≥400人"),
        (None, "时效指标", "夏令营举办时间", "2026年8月31日前"),
        (None, "成本指标", "人均营地费用", "≤0.3万元/人"),
        ("效益指标", "社会效益指标", "入选省级梯队人数", "≥60人"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, name="校园足球训练基地补助", dept=BUREAU, unit=UNIT, title="",
                 money=funds(mk(w(300), "B101", "error",
                                note="300 ≠ 财政拨款 200 + 其他资金 80 = 280"), w(200), w(80)),
                 goals=["补助80所中小学建设校园足球训练基地，每校补助4万元。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标",
         mk("补助训练基地学校数量", "D104", "warning", row=True,
            note="the goal states 80所, the indicator ≥70所"), "≥70所"),
        (None, "质量指标", "基地建设验收合格率", "100%"),
        (None, "成本指标", "每校训练基地补助",
         mk("≤5万元/所", "B107", "warning", row=True,
            note="5万元 × 70所 = 350万元 > 年度资金 300万元; the goal says 4万元 each")),
        ("效益指标", "社会效益指标", "基地年训练学生人次", "≥80000人次"),
        ("满意度指标", "服务对象满意度指标", "基地学校师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("kdh11-football-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights adding to 100 (correct)")  # fmt: skip
def kdh11() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="沅岭省青少年体育学校", filled=day(2025, 11, 26),
                    budget=[(w(1850), w(1650), w(200), w(1100), w(750))],
                    goal="办好校园足球联赛和夏令营，向省队输送后备人才。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    indicators(s, FLAT, [
        ("校园足球联赛参赛队伍", 20, "支", "≥", 96),
        ("向省级梯队输送球员", 15, "人", "≥", 60),
        ("在校运动员文化课合格率", 15, None, "≥", pct(0.95)),
        ("训练伤病发生率", 10, None, "≤", pct(0.02)),
        ("运动员年人均训练经费", 10, "万元/人", "≤", 1.2),
        ("教练员持证上岗率", 10, None, "=", pct(1)),
        ("学生及家长满意度", 20, None, "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("kdh12-football-flat-wrong", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): weights "
         "adding to 95, the same indicator twice with a word more and another value")  # fmt: skip
def kdh12() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="沅岭省足球运动管理中心", filled=day(2025, 11, 28),
                    budget=[(w(960), w(860), w(100), w(380), w(580))],
                    goal="推进校园足球普及，组织省级联赛，培训基层教练员。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+10+15+10 = 95, not 100")
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("校园足球联赛参赛队伍数", "≥96", "支", 20),
        ("培训基层足球教练员", "≥300", "人", 15),
        ("联赛裁判员持证上岗率", "100%", None, 15),
        (mk("校园足球联赛参赛队伍数量", "D102", "error", row=True, alt=("D103", "D101"),
            note="the same indicator as row above with a word more and ≥80 against ≥96"),
         "≥80", "支", 10),
        ("联赛组织每场费用", "≤0.9", "万元/场", 10),
        ("教练员培训考核合格率", "≥95%", None, 15),
        ("参赛师生满意度", "≥90%", None, 10),
    ], merged=())  # fmt: skip
    return b
