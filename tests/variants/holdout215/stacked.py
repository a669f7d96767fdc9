"""Stacked projects and department tables (pq13–pq18): two projects in one sheet (one-year and
multi-year), department budgets with tasks and shares, a flat list with weights, conversion
artefacts in money cells."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout215.common import (
    ONE,
    TWO,
    WAN4,
    book,
    calc,
    indicators,
    note,
    one_year_money,
    period_money,
    shares_head,
    sign,
    wan,
)
from tests.variants.holdout215.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct


@variant("pq13-stacked-kindergarten-campus", (2, 8, 12), "two projects stacked in one sheet: "
         "a one-year subsidy whose standard × children equals its money, then a two-year project "
         "with 中期 and 年度 columns and a deadline in the next year (correct)")  # fmt: skip
def pq13() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="普惠性民办幼儿园生均补助项目", dept="鹿鸣县教育局（316）",
        unit="鹿鸣县学前教育管理中心", money=one_year_money(wan(312), wan(312), wan(0)),
        goals=["2026年对全县26所普惠性民办幼儿园按每生每年1200元标准发放补助，惠及在园幼儿"
               "2600人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助普惠性民办幼儿园", "≥26所"),
        (None, None, "受益在园幼儿", "≥2600人"),
        (None, "质量指标", "补助资金发放准确率", "=100%"),
        (None, "时效指标", "补助资金拨付时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "生均补助标准", "≤1200元/人·年"),
        ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, years=2, title="", name="中小学智慧校园建设项目",
        dept="鹿鸣县教育局（316）", unit="鹿鸣县教育信息中心", attr="新增项目",
        money=period_money((wan(900), wan(820), wan(80)), (wan(480), wan(440), wan(40))),
        goals=["两年建成智慧教室240间，52所中小学全部接入教育城域网，2027年底前完成全部建设。",
               "2026年建成智慧教室130间，30所学校接入教育城域网。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成智慧教室", "≥240间", "≥130间"),
        (None, None, "接入教育城域网学校", "≥52所", "≥30所"),
        (None, "质量指标", "设备验收合格率", "=100%", "=100%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单间智慧教室建设成本", "≤3.2万元/间", "≤3.2万元/间"),
        ("效益指标", "社会效益指标", "教师信息化教学应用比例", "≥90%", "≥70%"),
        (None, "可持续影响指标", "设备运维管理机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺文轩", "聂小萍", "0734-6617283")
    return b


@variant("pq14-sports-centre-budget-split", (9, 12), "department table with tasks: 基本支出 + "
         "项目支出 not the 资金总额, a task amount pasted twice as text")  # fmt: skip
def pq14() -> Book:
    b, s = book("部门整体支出绩效目标")
    department_head(
        s, year=2026, dept="桂溪县体育事业发展中心",
        budget=[(mk(wan(2380), "B101", "error", row=True, note="1450 + 980 = 2430"),
                 wan(2100), wan(280), wan(1450), wan(980))],
        tasks=[
            ("全民健身赛事活动", "举办县全民健身运动会及单项赛事", wan(430), "举办赛事不少于20场"),
            ("场馆免费低收费开放", "体育馆、游泳馆、全民健身中心开放运行",
             mk("370万370万（含场馆维修）", "X106", "error"), "场馆年开放不少于330天"),
            ("青少年业余训练", "田径、游泳、举重等项目业余训练", wan(180), "输送省市队员不少于8人"),
            ("金额合计", None, wan(980), None),
        ],
        goal="2026年举办全民健身赛事20场以上，公共体育场馆年开放330天以上，向省市输送优秀"
             "运动员8人以上，经常参加体育锻炼人数比例达到42%。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "举办全民健身赛事活动", "≥20场"),
        (None, None, "公共体育场馆年开放天数", "≥330天"),
        (None, None, "输送省市优秀运动员", "≥8人"),
        (None, "质量指标", "国民体质监测合格率", "≥92%"),
        (None, "时效指标", "年度赛事活动完成时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单场县级赛事平均成本", "≤15万元/场"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "≥42%"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "曹子健", "谭秋云", "0735-4452196")
    return b


@variant("pq15-art-centre-flat-list", (1, 3, 4, 12), "department table with tasks adding up "
         "to 项目支出 and a flat list (序号 · 指标名称 · 指标性质 as operator · 指标值 · "
         "计量单位 · 权重) with weights adding to 100, a 95% typed as Excel stores it, a "
         "footnote (correct)")  # fmt: skip
def pq15() -> Book:
    b, s = book("整体绩效目标", (16, 26, 14, 16, 16, 12))
    department_head(
        s, year=2026, dept="青岚市群众艺术馆",
        budget=[(wan(1268.4), wan(1180.4), wan(88), wan(942.6), wan(325.8))],
        tasks=[
            ("公益性文艺演出", "送戏下乡、广场文艺演出", wan(126.5), "演出不少于150场"),
            ("全民艺术普及培训", "公益培训班、线上艺术慕课", wan(98.3), "培训不少于6000人次"),
            ("群众文艺创作扶持", "扶持原创作品，举办优秀作品展演", wan(101), "扶持作品不少于20件"),
            ("金额合计", None, wan(325.8), None),
        ],
        goal="2026年开展公益性文艺演出150场以上，全民艺术普及培训6000人次以上，扶持群众原创"
             "文艺作品20件以上，群众文化活动参与25万人次以上。",
    )  # fmt: skip
    s.row("序号", "指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.table([
        (1, "公益性文艺演出场次", "≥", 150, "场", 15),
        (2, "全民艺术普及培训人次", "≥", 6000, "人次", 15),
        (3, "扶持群众原创文艺作品", "≥", 20, "件", 10),
        (4, "线上艺术慕课课程数", "≥", 60, "门", 10),
        (5, "演出活动安全事故发生起数", "=", 0, "起", 10),
        (6, "培训学员结业率", "≥", pct(0.95), "%", 10),
        (7, "单场送戏下乡演出成本", "≤", 0.6, "万元/场", 10),
        (8, "群众文化活动参与人次", "≥", 25, "万人次", 10),
        (9, "群众满意度", "≥", 90, "%", 10),
    ])  # fmt: skip
    note(s, "注：指标值均为2026年度目标值，权重合计100。")
    sign(s, "闵思齐", "欧阳岚", "0794-8236610")
    return b


@variant("pq16-stacked-events-training-base", (2, 8, 12), "two projects stacked, the title "
         "repeated: a one-year project whose 年度资金 is not its 项目总金额, then a three-year "
         "project with a count equal in 中期 and 年度 and an old year in its 年度目标")  # fmt: skip
def pq16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="全民健身赛事活动项目", dept="桐川县文化体育局（420）",
        unit="桐川县全民健身服务中心",
        money=[("项目总金额", wan(86), "年度资金总额",
                mk(wan(68), "B109", "warning", row=True, note="a one-year project")),
               ("其中：财政拨款", wan(78), "其中：财政拨款", wan(60)),
               ("其他资金", wan(8), "其他资金", wan(8))],
        goals=["2026年举办县级全民健身赛事12场，吸引群众参赛6000人次以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "举办县级全民健身赛事", "≥12场"),
        (None, None, "参赛群众人次", "≥6000人次"),
        (None, "质量指标", "赛事安全保障达标率", "=100%"),
        (None, "时效指标", "年度赛事完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单场赛事平均成本", "≤5万元/场"),
        ("效益指标", "社会效益指标", "带动群众参与体育锻炼人次", "≥3万人次"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    _training_base(s)
    sign(s, "邹一鸣", "左晓琳", "0570-3086417")
    return b


def _training_base(s: Sheet) -> None:
    """The second project of pq16."""
    project_head(
        s, year=2026, years=3, name="青少年体育训练基地建设项目", attr="新增项目",
        dept="桐川县文化体育局（420）", unit="桐川县业余体校",
        money=period_money((wan(1650), wan(1500), wan(150)), (wan(600), wan(550), wan(50))),
        goals=["三年建成青少年体育训练基地1处，含训练馆1座、400米标准田径场1片、室外球类场地"
               "6片，累计培训青少年运动员900人次。",
               mk("2024年完成训练馆主体结构封顶，建成室外球类场地3片，启动田径场建设。", "Y103",
                  "warning", row=True, alt=("Y101",), note="2024 in a 2026–2028 project")],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建设室外球类场地", "≥6片", "≥3片"),
        (None, None, "培训青少年运动员", "≥900人次",
         mk("≥900人次", "D202", "warning", row=True, note="the period's total in year one")),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "室外球类场地建设单价", "≤40万元/片", "≤40万元/片"),
        ("效益指标", "社会效益指标", "输送市级以上运动队队员", "≥30人", "≥8人"),
        (None, "可持续影响指标", "基地开放共享机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "运动员及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip


@variant("pq17-education-bureau-shares-points", (1, 5, 10, 12), "department table with shares "
         "stored as percentages (0.0%) under the amounts, tasks adding up to 项目支出, numbered "
         "tier labels carrying points and a 分值 column adding to 100 (correct)")  # fmt: skip
def pq17() -> Book:
    b, s = book("部门整体")
    shares_head(
        s, year=2026, dept="枫林县教育局", filled=day(2025, 11, 26),
        amounts=(15620.5, 14432.3, 1188.2, 9575.4, 6045.1),
        shares=(1, 0.924, 0.076, 0.613, 0.387),
        tasks=[
            ("义务教育公用经费保障", "按生均标准拨付86所中小学公用经费", wan(3260), "足额拨付"),
            ("学生资助", "落实学前至高中阶段各项资助政策", wan(1485.1), "应助尽助"),
            ("教师培训", "中小学教师全员培训及骨干教师研修", wan(420), "培训3200人次"),
            ("校舍维修改造", "中小学校舍屋面、门窗及外墙维修", wan(880), "维修12000平方米"),
            ("金额合计", None, wan(6045.1), None),
        ],
        goal="保障全县86所中小学正常运转，家庭经济困难学生应助尽助，完成教师培训3200人次和"
             "校舍维修12000平方米，义务教育巩固率保持在99%以上。",
    )  # fmt: skip
    indicators(s, (*ONE, "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "公用经费保障学校数", "≥86所", 10),
        (None, None, "资助家庭经济困难学生", "≥9800人次", 10),
        (None, None, "培训中小学教师", "≥3200人次", 10),
        (None, None, "维修改造校舍面积", "≥12000平方米", 5),
        (None, "2.质量指标", "资助资金发放准确率", "=100%", 5),
        (None, None, "校舍维修工程验收合格率", "=100%", 5),
        (None, "3.时效指标", "春季学期资助资金发放时间", "2026年5月31日前", 5),
        ("二、成本指标（10分）", "1.经济成本指标", "校舍维修单位面积成本", "≤733元/平方米", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "义务教育巩固率", "≥99%", 10),
        (None, None, "家庭经济困难学生资助覆盖率", "=100%", 10),
        (None, "2.可持续影响指标", "学校办学条件", "持续改善", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "学生家长满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：各一级指标分值为其下三级指标分值之和，合计100分。")
    sign(s, "温子墨", "庞海燕", "0797-3325081")
    return b


@variant("pq18-children-reading-artefacts", (9, 12), "one-year project in 万元 to four decimals: "
         "a 财政拨款 split by a space as text (copied from a PDF), a 计划完成日期 before the "
         "start, a 测算依据 block that adds up")  # fmt: skip
def pq18() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, attr="一次性项目", name="县图书馆少儿阅览区改造项目",
        dept="柳塘县文化广电体育和旅游局（406）",
        unit="柳塘县图书馆", start=day(2026, 7, 1),
        end=mk(day(2026, 6, 30), "Y104", "error", note="reopening is planned for 30 September"),
        money=one_year_money(wan(186.3375, WAN4),
                             mk("156.337 5", "X105", "warning", note="156.3375 split by a space"),
                             wan(30, WAN4)),
        goals=["2026年暑期闭馆改造少儿阅览区620平方米，新增少儿图书11400册、阅览座位160个，"
               "9月底前重新开放。"],
    )  # fmt: skip
    calc(s, "资金测算依据", [
        ("阅览区装修改造", "620平方米×1500元/平方米", wan(93, WAN4)),
        ("少儿图书采购", "11400册×35元/册", wan(39.9, WAN4)),
        ("少儿数字阅读设备", "电子借阅机、数字阅读终端一批", wan(53.4375, WAN4), "政府采购"),
        ("合计", None, wan(186.3375, WAN4)),
    ])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "改造少儿阅览区面积", "≥620平方米"),
        (None, None, "新增少儿图书", "≥11400册"),
        (None, None, "新增少儿阅览座位", "≥160个"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "少儿阅览区重新开放时间",
         ok("2026年9月30日前", "error", note="after the end date typed before the start")),
        ("成本指标", "经济成本指标", "阅览区装修单位面积成本", "≤1500元/平方米"),
        ("效益指标", "社会效益指标", "少儿读者到馆人次", "≥6万人次"),
        (None, "可持续影响指标", "少儿阅读推广服务机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "少儿读者及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "苏景行", "戴文娟", "0730-2651894")
    return b
