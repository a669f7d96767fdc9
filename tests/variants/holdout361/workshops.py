"""Returns of puppet and shadow-figure heritage workshops (非遗工坊): vg13–vg18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout361.common import grid, notes, project_money, sign, start, wan
from tests.variants.holdout361.registry import variant
from tests.variants.kit import Book, mk, ok

HEAD = ("一级指标", "二级指标", "三级指标", "绩效目标值")


@variant(
    "vg13-workshop-department",
    (12,),
    "department, NAT-2021, budget and key tasks adding up, "
    "header 绩效目标值, a 下降率 with ≥ (correct)",
)
def vg13() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="雁汀县木偶皮影非遗工坊",
        budget=[(wan(350), wan(320), wan(30), wan(210), wan(140))],
        tasks=[
            ("木偶头像雕刻工坊", "雕刻技艺传习与产品开发", wan(60), "开发文创产品20款"),
            ("皮影制作工坊", "牛皮选料、雕刻、敷彩传习", wan(50), "培训工匠40人"),
            ("工坊展示馆运维", "展示馆开放与讲解", wan(30), "开放不少于300天"),
            ("金额合计", None, wan(140), None),
        ],
        goal="建设木偶、皮影非遗工坊，带动传统技艺传承和群众就业。",
    )
    grid(s, HEAD, [
        ("产出指标", "数量指标", "开发非遗文创产品", "≥20款"),
        (None, None, "培训皮影制作工匠", "≥40人"),
        (None, "质量指标", "文创产品抽检合格率", "≥95%"),
        (None, "时效指标", "展示馆年开放天数", "≥300天"),
        ("成本指标", "经济成本指标", "工匠人均培训成本", "≤1.2万元/人"),
        ("效益指标", "经济效益指标", "工坊带动就业人数", "≥60人"),
        (None, "生态效益指标", "工坊单位产值能耗下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞砚秋", "0597-5109386")
    return b


@variant(
    "vg14-workshop-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their 金额合计",
)
def vg14() -> Book:
    b, s = start()
    total = mk(
        wan(560), "B101", "error", note="500 + 60 = 560 but 基本支出 320 + 项目支出 220 = 540"
    )
    tally = mk(wan(220), "B102", "error", note="80 + 70 + 60 = 210 ≠ 220")
    department_head(
        s,
        year=2025,
        dept="琅水市傀儡戏非遗工坊",
        budget=[(total, wan(500), wan(60), wan(320), wan(220))],
        tasks=[
            ("傀儡头雕刻传习", "雕刻技艺传习", wan(80), "传习学员50人"),
            ("傀儡戏剧目排演", "排演传统剧目", wan(70), "排演剧目3出"),
            ("工坊产品展销", "参加展会与线上展销", wan(60), "展销6次"),
            ("金额合计", None, tally, None),
        ],
        goal="传承傀儡头雕刻与傀儡戏表演技艺。",
    )
    grid(s, HEAD, [
        ("产出指标", "数量指标", "傀儡头雕刻传习学员", "≥50人"),
        (None, None, "排演传统剧目", "≥3出"),
        (None, "质量指标", "学员技艺考核合格率", "≥85%"),
        (None, "时效指标", "展销活动按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "学员人均传习成本", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "展销活动参观人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卜远汀", "0599-6624051")
    return b


@variant(
    "vg15-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the "
    "template with no indicator, a value whose indicator name is empty",
)
def vg15() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="松崖县皮影工坊非遗研学",
        dept="松崖县文化和旅游局（117）",
        unit="松崖县皮影非遗工坊",
        money=project_money(wan(28), wan(28), wan(0)),
        goals=["接待中小学生皮影研学3000人次，开发研学课程8门。"],
    )
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "接待研学学生", "≥3000人次"),
        (None, None, mk(None, "F110", "error", note="a value without its indicator name"), "≥8门"),
        (None, "质量指标", "研学课程评审通过率", "≥90%"),
        (None, "时效指标", "研学活动按计划完成率", "≥95%"),
        ("成本指标", "经济成本指标", "人均研学成本", "≤80元/人次"),
        ("效益指标", "社会效益指标", "研学学生皮影知识知晓率", "≥85%"),
        (None, mk("可持续影响指标", "F109", "warning", row=True,
                  note="template tier-2 with no indicator and no value"), None, None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞砚秋", "0597-5109386")
    return b


@variant(
    "vg16-export-second-sheet",
    (7,),
    "budget-system export: money on 部门项目支出预算05-1 "
    "with codes in the first columns, the indicator table on 部门项目支出绩效目标05-2 (correct)",
)
def vg16() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 16, 30, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：苇塘区木偶皮影非遗工坊", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "合计", "财政拨款", "其他资金", "备注")
    s.row("208006", "2025-208006-031", "木偶皮影工坊技艺传习", wan(45), wan(40), wan(5), None)
    s.row("合计", None, None, wan(45), wan(40), wan(5), None)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 18, 14, 16, 30, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：苇塘区木偶皮影非遗工坊")
    grid(t, ("项目编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("2025-208006-031", "产出指标", "数量指标", "技艺传习学员", "≥45", "人"),
        (None, None, None, "制作木偶及皮影作品", "≥120", "件"),
        (None, None, "质量指标", "作品验收合格率", "≥90", "%"),
        (None, None, "时效指标", "传习课程按期完成率", "≥95", "%"),
        (None, "成本指标", "经济成本指标", "学员人均传习成本", "≤0.9", "万元/人"),
        (None, "效益指标", "社会效益指标", "作品展示观众人次", "≥5000", "人次"),
        (None, "满意度指标", "服务对象满意度指标", "学员满意度", "≥90", "%"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "vg17-pdf-artefacts",
    (9,),
    "project, OLD-NAT, detail lines below the table: a total "
    "split by a space, an amount pasted twice, a unit cost rounded to 0",
)
def vg17() -> Book:
    b, s = start()
    total = mk("96.237 5", "X105", "warning", alt=("X103",), note="96.2375 split by a space")
    project_head(
        s,
        year=2025,
        name="琅水市皮影藏品修复与活化",
        dept="琅水市文化广电局（402）",
        unit="琅水市皮影戏保护传承中心",
        money=project_money(total, wan(90), wan(6.2375)),
        goals=["修复馆藏皮影1200件，举办活化展演24场。"],
    )
    grid(s, HEAD, [
        ("产出指标", "数量指标", "修复馆藏皮影", "≥1200件"),
        (None, None, "活化展演场次", "≥24场"),
        (None, "质量指标", "修复验收合格率", "≥95%"),
        (None, "时效指标", "修复完成时间", "11月30日前"),
        (None, "成本指标", "单件皮影修复成本",
         mk("≤0万元/件", "T115", "error", note="0.025万元 rounded to 0")),
        ("效益指标", "社会效益指标", "展演观众人次", "≥7000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）")
    s.row(None, "皮影修复材料及工费", 30)
    s.row(
        None,
        "恒温恒湿设备购置",
        mk("40万40万（含运输）", "X106", "error", alt=("B108",), note="40万 pasted twice"),
    )
    s.row(None, "活化展演", 26.2375)
    s.row(None, "合计", ok("96.237 5", "warning", note="the same split number, read as 96.2375"))
    notes(s, "注：明细金额根据合同价及市场询价测算。")
    sign(s, "聂望舒", "0599-2175638")
    return b


@variant(
    "vg18-points-percentage-points",
    (10, 1),
    "project, NAT-2021, tier points in the labels "
    "and an indicator 分值 column, a rate raised in 百分点, 0起 on incidents (correct)",
)
def vg18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="雁汀县木偶皮影传承人持证提升",
        dept="雁汀县文化和旅游局（315）",
        unit="雁汀县木偶皮影非遗工坊",
        money=project_money(wan(32), wan(30), wan(2)),
        goals=["组织木偶、皮影传承人技能培训与考核，提高持证上岗率。"],
    )
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "参训传承人", "≥80人", 20),
        (None, "质量指标", "技能考核通过率", "≥85%", 15),
        (None, "时效指标", "培训考核完成时间", "10月31日前", 15),
        ("成本指标（10分）", "经济成本指标", "人均培训考核成本", "≤0.35万元/人", 10),
        ("效益指标（30分）", "社会效益指标", "传承人持证上岗率提高", "≥5百分点", 15),
        (None, None, "培训期间安全责任事故",
         ok("0起", "warning", note="0 incidents: = is the only sense"), 15),
        ("满意度指标（10分）", "服务对象满意度指标", "参训传承人满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "程秋岚", "0597-6628143")
    return b
