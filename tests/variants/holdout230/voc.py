"""职业教育 and department tables: budget rows with shares, tasks against 项目支出, a flat list
with weights, stacked projects, points in the tier labels (qf13–qf18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout230.common import (
    ONE,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout230.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("qf13-vocational-dept-shares", (1, 4, 12), "department table: 总额 = sources = 基本 + "
         "项目 with shares typed as percentages, tasks adding to 项目支出, 3000元/生·年 × 1060人次 "
         "= the 资助 task, a footnote and a signature line (correct)")  # fmt: skip
def qf13() -> Book:
    b, s = book("部门整体绩效目标", (16, 18, 30, 16, 18, 16))
    department_head(
        s, year=2026, dept="澄川县职业技术学校",
        budget=[(wan(2480), wan(2232), wan(248), wan(1612), wan(868)),
                (pct(1), pct(0.9), pct(0.1), pct(0.65), pct(0.35))],
        tasks=[("实训基地建设", "新建数控、汽修实训室各1间，更新实训设备", wan(420),
                "新增实训工位≥120个"),
               ("中职学生资助", "落实国家助学金和免学费政策", wan(318), "资助学生1060人次"),
               ("教师素质提升", "组织专业教师企业实践和双师型培训", wan(130),
                "培训专业教师≥260人次"),
               ("金额合计", None, wan(868), None)],
        goal="2026年保障学校正常运转，新增实训工位120个，资助中职学生1060人次，培训专业教师"
             "260人次，毕业生就业率保持在95%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增实训工位", "≥120个"),
        (None, None, "资助中职学生人次", "≥1060人次"),
        (None, None, "专业教师培训人次", "≥260人次"),
        (None, "质量指标", "实训设备验收合格率", pct(1)),
        (None, None, "双师型教师占专业教师比例", "≥60%"),
        (None, "时效指标", "资助资金发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "生均资助标准", "≤3000元/生·年"),
        (None, None, "教师人均培训成本", "≤5000元/人次"),
        ("效益指标", "社会效益指标", "毕业生就业率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "在校学生满意度", "≥90%"),
        (None, None, "用人单位满意度", "≥88%"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标，金额单位为万元。")
    sign(s, "孔令宜", "郑佳琪", "0745-62319208")
    return b


@variant("qf14-vocational-dept-sums-off", (12,), "department table: 基本 + 项目 ≠ 总额, the "
         "财政拨款 share typed 80% for 90%, a training count below the 220人次 of the task and "
         "goal")  # fmt: skip
def qf14() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 16, 18, 16))
    department_head(
        s, year=2026, dept="岑川县职业教育中心",
        budget=[(mk(wan(1850), "B101", "error", row=True, note="1150 + 760 = 1910"), wan(1665),
                 wan(185), wan(1150), wan(760)),
                (pct(1), mk(pct(0.8), "B111", "error", row=True, note="1665 ÷ 1850 = 90%"),
                 pct(0.1), pct(0.62), pct(0.41))],
        tasks=[("实训室改造", "改造电子商务、烹饪实训室", wan(380), "改造实训室2间"),
               ("中职学生资助", "落实国家助学金政策", wan(270), "资助学生900人次"),
               ("师资培训", "专业教师企业实践和技能培训", wan(110), "培训专业教师220人次"),
               ("金额合计", None, wan(760), None)],
        goal="2026年改造实训室2间，资助中职学生900人次，培训专业教师220人次，学生技能等级证书"
             "获取率达到85%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造实训室数量", "≥2间"),
        (None, None, "资助中职学生人次", "≥900人次"),
        (None, None, "专业教师培训人次",
         mk("≥200人次", "D104", "warning", row=True, note="the task and goal say 220人次")),
        (None, "质量指标", "实训室改造验收合格率", pct(1)),
        ("成本指标", "经济成本指标", "生均助学金标准", "≤3000元/生·年"),
        (None, None, "教师人均培训成本", "≤5000元/人次"),
        ("效益指标", "社会效益指标", "学生技能等级证书获取率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卓雅琴", "秦立伟", "0778-27361950")
    return b


@variant("qf15-technician-flat-list", (3, 4), "department table with a flat list (指标名称, "
         "权重, 计量单位, 指标性质 as direction, 指标值): weights add to 100, 反向 with ≤ and =0, "
         "1800元/生·年 × 5400人 within the money, notes and signatures (correct)")  # fmt: skip
def qf15() -> Book:
    b, s = book("Sheet1", (30, 10, 14, 12, 16, 16))
    department_head(
        s, year=2026, dept="沙洲市高级技工学校",
        budget=[(wan(3600), wan(3240), wan(360), wan(2520), wan(1080))],
        goal="2026年在校生规模保持在5400人以上，中级工以上职业资格证书获取率达到85%，"
             "毕业生就业率达到95%，新增校企合作企业10家、合作企业总数达到60家。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("在校生规模", 10, "人", "正向", "≥5400"),
        ("生均公用经费标准", 10, "元/生·年", "反向", "≤1800"),
        ("中级工以上职业资格证书获取率", 15, "%", "正向", "≥85"),
        ("毕业生就业率", 15, "%", "正向", "≥95"),
        ("校企合作企业数", 10, "家", "正向", "≥60"),
        ("学生安全责任事故", 10, "起", "反向", "=0"),
        ("实训设备完好率", 10, "%", "正向", "≥95"),
        ("面向社会开展职业技能培训", 10, "人次", "正向", "≥3000"),
        ("学生满意度", 10, "%", "正向", "≥90"),
    ]:  # fmt: skip
        s.row(*line)
    s.row("合计", 100, None, None, None)
    note(s, "说明：指标性质填“正向”或“反向”；本表指标值均为年度目标。", 5)
    sign(s, "骆晨曦", "霍振邦", "0512-58804367")
    return b


@variant("qf16-training-base-artefacts", (8, 9), "2-year project, 中期/年度 columns: the 年度 "
         "total pasted twice, a 年度 工位 count without the operator of its 中期 value, a "
         "耗材 cost rounded to 0万元")  # fmt: skip
def qf16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, name="职业教育公共实训基地建设项目", dept="汀岚市教育局（203）",
        unit="汀岚市职业技术教育中心", attr="新增项目",
        money=period_money((wan(700), wan(640), wan(60)),
                           (mk("350万350万（含实训设备采购）", "X106", "error", alt=("B108",)),
                            wan(320), wan(30))),
        goals=["2026—2027年建成智能制造、汽车维修两个公共实训基地，新增实训工位600个，"
               "每年面向学生开展实训2000人次以上。",
               "2026年完成实训楼改造和一期设备采购，新增实训工位300个。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新增实训工位", "≥600个",
         mk("300个", "D203", "warning", row=True, alt=("T117", "T103"))),
        (None, None, "面向学生实训人次", "≥4000人次", "≥2000人次"),
        (None, "质量指标", "实训设备验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "2027年8月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "工位平均建设成本", "≤1.1万元/个", "≤1.1万元/个"),
        (None, None, "生均实训耗材成本", "≤0.02万元/人次",
         mk("≤0万元/人次", "T115", "error", row=True, note="0.02万元 rounded to 0")),
        ("效益指标", "社会效益指标", "职业技能等级证书获取率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "实训学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯思琪", "潘国华", "0595-87432106")
    return b


@variant("qf17-stacked-tuition-contest", (2, 8), "two stacked projects: a one-year 免学费 "
         "project with equal 中期/年度 columns (2000元 × 2280人 = 456万) and a 3-year 技能大赛 "
         "project whose goals differ and whose counts grow (correct)")  # fmt: skip
def qf17() -> Book:
    b, s = book("项目支出绩效目标")
    project_head(
        s, year=2026, name="中等职业学校免学费补助项目", dept="汀岚市教育局（203）",
        unit="汀岚市职业技术教育中心", attr="常年项目",
        money=one_year_money(wan(456), wan(456), wan(0)),
        goals=["2026年为2280名中职学生免除学费，免学费资金于10月底前全部拨付到校。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "免学费学生人数", "≥2280人", "≥2280人"),
        (None, "时效指标", "免学费资金拨付时间", "2026年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "生均免学费标准", "≤2000元/生·年", "≤2000元/生·年"),
        ("效益指标", "社会效益指标", "中职学生巩固率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, years=3, name="职业院校技能大赛项目", dept="汀岚市教育局（203）",
        unit="汀岚市职业技术教育中心", title="",
        money=period_money((wan(150), wan(150), wan(0)), (wan(50), wan(50), wan(0))),
        goals=["2026—2028年累计组织360人次参加市级以上职业技能大赛，获省级以上奖项30项以上。",
               "2026年组织120人次参加市级以上职业技能大赛，获省级以上奖项10项以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "参赛学生人次", "≥360人次", "≥120人次"),
        (None, None, "获省级以上奖项", "≥30项", "≥10项"),
        (None, "质量指标", "赛项覆盖专业比例", "≥80%", "≥80%"),
        ("成本指标", "经济成本指标", "人均参赛培训成本", "≤4000元/人次", "≤4000元/人次"),
        ("效益指标", "可持续影响指标", "以赛促教机制", "健全", "逐步健全"),
        ("满意度指标", "服务对象满意度指标", "参赛学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯思琪", "潘国华", "0595-87432106")
    return b


@variant("qf18-principal-training-dates", (10,), "one-year project, points in the tier labels "
         "and per indicator adding to 100: the end date before the start, a trainee count "
         "below the 450人 of the goal")  # fmt: skip
def qf18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="中小学校长及骨干教师专题培训项目", dept="桐岗县教育局（114）",
        unit="桐岗县教师发展中心", start=day(2026, 3, 1),
        end=mk(day(2026, 2, 28), "Y104", "error", note="ends before it starts"),
        money=one_year_money(wan(68), wan(68), wan(0)),
        goals=["2026年组织全县中小学校长和骨干教师450人参加为期5天的专题培训，人均培训成本"
               "不超过1500元。"],
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("产出指标（50分）", "数量指标", "培训校长和骨干教师人数",
         mk("≥400人", "D104", "warning", row=True, note="the goal says 450人"), 20),
        (None, None, "集中培训天数", "≥5天", 10),
        (None, "质量指标", "结业考核合格率", pct(1), 10),
        (None, "时效指标", "培训完成时间", "2026年11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "人均培训成本", "≤1500元/人", 10),
        ("效益指标（30分）", "社会效益指标", "参训学校管理制度修订完善率", "≥80%", 15),
        (None, "可持续影响指标", "培训成果转化机制", "建立并执行", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参训人员满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：分值合计100分，一级指标分值为其下各指标分值之和。")
    sign(s, "章雨萌", "宋长林", "0734-81629573")
    return b
