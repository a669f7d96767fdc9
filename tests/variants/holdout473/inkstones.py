"""端砚 workshops: late headers, template rows, department money, directions, artefacts
(zo13-zo18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout473.common import (
    YEAR,
    annual,
    share,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout473.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "砚川市溪岩区文化广电旅游局 427006"
UNIT = "溪岩区端砚雕刻技艺传习所"


@variant("zo13-stone-second-sheet", (7, 1),
         "project, OLD-NAT: head on the first sheet, the table on a second sheet under headers "
         "指标内容 and 预期实现值, typed percent cells (correct)")  # fmt: skip
def zo13() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="端砚砚雕纹样整理项目", dept=DEPT, unit=UNIT,
                 money=annual(wan(36), wan(30), wan(6)),
                 goals=["整理端砚传统纹样80种，出版纹样图录1部。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    table(t, ("一级指标", "二级指标", "指标内容", "预期实现值"), [
        ("产出指标", "数量指标", "整理端砚传统纹样", "≥80种"),
        (None, None, "出版纹样图录", "≥1部"),
        (None, "质量指标", "纹样考证准确率", pct(0.95)),
        (None, "时效指标", "图录出版时间", "11月30日前"),
        (None, "成本指标", "图录编印费用", "≤12万元"),
        ("效益指标", "社会效益指标", "纹样图录馆藏覆盖率", pct(0.8)),
        ("满意度指标", "服务对象满意度指标", "砚雕从业者满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("zo14-stone-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value without an indicator name")  # fmt: skip
def zo14() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="端砚雕刻学徒培训项目", dept=DEPT, unit=UNIT,
                 money=annual(wan(28), wan(24), wan(4)),
                 goals=["培训端砚雕刻学徒20人，结业作品合格率达到90%。"])  # fmt: skip
    cost = mk("社会成本指标", "F109", "warning", row=True, note="template tier-2 left empty")
    time = mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty")
    name = mk(None, "F110", "error", note="a value with no indicator name")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "砚石原料采购成本", "≤15万元"),
        (None, cost, None, None),
        ("产出指标", "数量指标", "培训雕刻学徒", "≥20人"),
        (None, "质量指标", "结业作品合格率", "≥90%"),
        (None, time, None, None),
        ("效益指标", "社会效益指标", name, "≥70%"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%"),
    ])  # fmt: skip
    return b


TASK_HEAD = ("单位编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")


@variant("zo15-stone-department-money", (12, 1),
         "department, NAT-2021, budget with typed shares, key tasks adding to 金额合计 "
         "= 项目支出, a budget-system export with unit codes in the first column "
         "(correct)")  # fmt: skip
def zo15() -> Book:
    b, s = start()
    tasks = [("端砚雕刻技艺传承", "开展雕刻技艺培训与作品评选", wan(120), "培训学徒60人"),
             ("砚坑生态修复", "修复废弃砚坑边坡", wan(90), "修复边坡1.5公顷"),
             ("金额合计", None, wan(210), None)]  # fmt: skip
    department_head(s, year=YEAR, dept="溪岩区端砚产业发展中心", tasks=tasks,
                    budget=[(wan(520), wan(480), wan(40), wan(310), wan(210)),
                            (share(1), share(0.923), share(0.077), share(0.596), share(0.404))],
                    goal="传承端砚雕刻技艺，培训学徒60人，修复废弃砚坑边坡1.5公顷。")  # fmt: skip
    c = "427006001"
    table(s, TASK_HEAD, [
        (c, "成本指标", "经济成本指标", "学徒培训人均成本", 2, "万元/人"),
        (c, "产出指标", "数量指标", "培训端砚雕刻学徒", 60, "人"),
        (c, None, None, "修复废弃砚坑边坡", 1.5, "公顷"),
        (c, None, "质量指标", "学徒结业考核合格率", pct(0.9), "%"),
        (c, None, "时效指标", "边坡修复完成时间", "10月31日前", None),
        (c, "效益指标", "生态效益指标", "修复边坡植被覆盖率", pct(0.85), "%"),
        (c, "满意度指标", "服务对象满意度指标", "砚农满意度", pct(0.9), "%"),
    ], merged=(2, 3))  # fmt: skip
    sign(s, "梁石蕴", "0758-2296341", day(YEAR - 1, 11, 20))
    return b


@variant("zo16-stone-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def zo16() -> Book:
    b, s = start()
    sum_ = mk(wan(250), "B102", "error", note="130 + 110 = 240")
    tasks = [("端砚名坑石料保护", "砚坑巡查与石料登记", wan(130), "登记石料800方"),
             ("端砚文化推广", "举办端砚文化展览", wan(110), "举办展览6场"),
             ("金额合计", None, sum_, None)]  # fmt: skip
    total = mk(wan(640), "B101", "error", row=True, note="380 + 250 = 630, not 640")
    fiscal = mk(share(0.9), "B111", "error", note="600 / 640 = 93.8%, not 90.0%")
    department_head(s, year=YEAR, dept="砚川市端砚文化保护中心", tasks=tasks,
                    budget=[(total, wan(600), wan(40), wan(380), wan(250)),
                            (share(1), fiscal, share(0.063), share(0.594), share(0.391))],
                    goal="保护名坑石料，登记石料800方，举办端砚文化展览6场。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "每场展览布展成本", "≤15万元/场"),
        ("产出指标", "数量指标", "登记名坑石料", "≥800方"),
        (None, None, "举办端砚文化展览", "≥6场"),
        (None, "质量指标", "石料登记信息准确率", "≥95%"),
        (None, "时效指标", "巡查登记完成时间", "11月30日前"),
        ("效益指标", "社会效益指标", "端砚文化知晓率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "观展群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


DIR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant("zo17-stone-direction-words", (11,),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator in words, "
         "bare numbers with a unit column: 0起 on an accident count, a 下降率 with "
         "大于等于 (correct)")  # fmt: skip
def zo17() -> Book:
    b, s = start("Sheet1", (16, 18, 30, 12, 12, 12, 12))
    project_head(s, year=YEAR, name="端砚砚坑安全开采与雕刻示范项目", dept=DEPT, unit=UNIT,
                 money=annual(wan(40), wan(34), wan(6)),
                 goals=["安全开采砚石，完成教学示范砚台200方，培训雕刻学员30人。"])  # fmt: skip
    table(s, DIR_HEAD, [
        ("产出指标", "数量指标", "完成教学示范砚台", "正向", "大于等于", 200, "方"),
        (None, None, "培训雕刻学员", "正向", "大于等于", 30, "人"),
        (None, "质量指标", "砚石开采安全事故", "反向", "小于等于", 0, "起"),
        (None, None, "原石损耗下降率", "正向", "大于等于", 8, "%"),
        (None, "时效指标", "示范砚台交付周期", "反向", "小于等于", 20, "工作日"),
        (None, "成本指标", "每方砚台雕刻耗材成本", "反向", "小于等于", 300, "元/方"),
        ("效益指标", "经济效益指标", "砚雕学员收入增长率", "正向", "大于等于", 5, "%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "黎端平", "0758-2293157", day(YEAR - 1, 12, 1))
    return b


@variant("zo18-stone-artefacts", (9,),
         "project, OLD-NAT, one value column: a 财政拨款 split by a space, the completion date "
         "as a serial in a text cell, a unit cost rounded to 0")  # fmt: skip
def zo18() -> Book:
    b, s = start()
    split = mk("32.4 6", "X105", "warning", alt=("X103",), note="read as 32.46; 32.46 + 8")
    serial = mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell")
    project_head(s, year=YEAR, name="端砚砚台打磨工坊设备更新项目", dept=DEPT, unit=UNIT,
                 money=annual(wan(40.46), split, wan(8)), end=serial,
                 goals=["更新打磨设备，打磨端砚砚台500方。"])  # fmt: skip
    zero = mk("≤0万元/方", "T115", "error", note="a unit cost rounded to 0 (≈ 0.04万元/方)")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "打磨端砚砚台", "≥500方"),
        (None, "质量指标", "打磨成品合格率", "≥95%"),
        (None, "时效指标", "设备安装调试完成时间", "6月30日前"),
        (None, "成本指标", "每方砚台打磨成本", zero),
        ("效益指标", "经济效益指标", "工坊砚台销售收入增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "砚商满意度", "≥90%"),
    ])  # fmt: skip
    return b
