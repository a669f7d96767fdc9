"""Returns ho13–ho18: 鸡蛋 supply to school meals in the invented 芦汀区 and 栖枫县 (egg supply
under the nutrition plan, lunch egg subsidies, stacked delivery projects, local egg bases,
canteen storage, the meal service centre's flat list)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout681.common import funds, indicators, notes, project, sign, start, wan
from tests.variants.holdout681.registry import variant
from tests.variants.kit import Book, day, mk, pct

EDU = "芦汀区教育局（207）"
MEALS = "芦汀区学生营养改善服务中心"


@variant(
    "ho13-nutrition-egg-supply",
    (1, 12),
    "project, OLD-NAT (成本 under 产出), operators in words in their own column, unit column, "
    "typed percent cells, unit price × eggs equal to the money (correct)",
)
def egg_supply() -> Book:
    b, s = start()
    goal = "为全区42所学校8000名学生每个在校日供应1枚鸡蛋（全年按200个在校日计）。"
    project(s, (192, 160, 32), [goal], year=2025, name="义务教育学生营养改善计划鸡蛋供应",
            dept=EDU, unit=MEALS)  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ["产出指标", "数量指标", "供应学校数", "等于", 42, "所"],
        [None, None, "受益学生数", "大于等于", 8000, "人"],
        [None, None, "全年供应鸡蛋数量", "大于等于", 160, "万枚"],
        [None, "质量指标", "鸡蛋抽检合格率", "等于", pct(1)],
        [None, None, "供应鸡蛋破损率", "小于等于", pct(0.01)],
        [None, "时效指标", "鸡蛋当日配送到校及时率", "大于等于", pct(0.98)],
        [None, "成本指标", "每枚鸡蛋采购单价", "小于等于", 1.2, "元/枚"],
        ["效益指标", "社会效益指标", "学生蛋白质摄入达标率提升", "大于等于", 3, "百分点"],
        [None, "可持续影响指标", "本地蛋鸡场供货比例", "大于等于", pct(0.6)],
        ["满意度指标", "服务对象满意度指标", "学生及家长满意度", "大于等于", pct(0.9)],
    ])  # fmt: skip
    notes(s, "注：8000人 × 200天 × 1枚 = 160万枚，按1.2元/枚计192万元。")
    sign(s, "钟映岚", "0739-4471362", day(2024, 12, 2))
    return b


@variant(
    "ho14-lunch-egg-subsidy",
    (12,),
    "project, NAT-2021, one value column: fewer schools than the goal names, a per-egg "
    "subsidy × pupils × days above the money, a payment deadline in the next year",
)
def lunch_subsidy() -> Book:
    b, s = start()
    goal = "为全县36所农村学校9000名学生每个在校日午餐加1枚鸡蛋（全年按200个在校日计）。"
    project(s, (240, 200, 40), [goal], year=2025, name="农村学校午餐加蛋补助",
            dept="栖枫县教育体育局（221）", unit="栖枫县学生资助管理中心")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标", "覆盖农村学校",
         mk("≥32所", "D104", "warning", row=True, note="年度目标写36所农村学校")],
        [None, None, "受益学生", "≥9000人"],
        [None, "质量指标", "鸡蛋抽检合格率", "100%"],
        [None, "时效指标", "补助资金拨付完成时间",
         mk("2026年1月15日前", "Y102", "error", alt=("Y103",),
            note="一年期项目（2025年），拨付期限落在下一年")],
        ["成本指标", "经济成本指标",
         mk("每枚鸡蛋补助标准", "B107", "warning", row=True,
            note="1.5元 × 9000人 × 200天 = 270万元，超过项目资金240万元"),
         "≤1.5元/枚"],
        ["效益指标", "社会效益指标", "农村学生营养不良检出率下降", "≥2百分点"],
        ["满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "ho15-stacked-egg-delivery",
    (2,),
    "two projects stacked in one sheet, NAT-2021: the same indicator names with different "
    "values in each, each project's money adding up and its cost within it (correct)",
)
def stacked_delivery() -> Book:
    b, s = start()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, (72, 72, 0), ["为城区28所学校6000名学生每周3次课间供应鸡蛋（全年120次）。"],
            year=2025, name="城区学校课间鸡蛋配送", dept=EDU, unit=MEALS,
            title="2025年度项目支出绩效目标表（学生鸡蛋供应）")  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "受益学生数", "≥6000人"],
        [None, "质量指标", "鸡蛋抽检合格率", "100%"],
        ["成本指标", "经济成本指标", "每枚鸡蛋配送单价", "≤1.0元"],
        ["效益指标", "社会效益指标", "学生课间加餐覆盖率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    project(s, (45, 40, 5), ["为9所寄宿制学校2500名住校生每个在校日早餐供应1枚鸡蛋。"],
            year=2025, name="寄宿制学校早餐鸡蛋供应", dept=EDU, unit=MEALS, title="")  # fmt: skip
    indicators(s, head, [
        ["产出指标", "数量指标", "受益学生数", "≥2500人"],
        [None, "质量指标", "鸡蛋抽检合格率", "≥98%"],
        ["成本指标", "经济成本指标", "每枚鸡蛋配送单价", "≤0.9元"],
        ["效益指标", "社会效益指标", "住校生早餐蛋白质供给达标率", "≥90%"],
        ["满意度指标", "服务对象满意度指标", "学生满意度", "≥92%"],
    ])  # fmt: skip
    notes(s, "注：寄宿生按200个在校日计，2500人 × 200天 × 0.9元 = 45万元。", width=4)
    return b


@variant(
    "ho16-local-egg-bases-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
    "cumulative counts copied into the year",
)
def egg_bases() -> Book:
    b, s = start()
    text = "认定学生营养餐本地蛋源供货基地12个，覆盖供货学校60所，鸡蛋抽检合格率保持100%。"
    project_head(
        s,
        year=2025,
        years=3,
        name="学生营养餐本地蛋源基地建设",
        dept=EDU,
        unit=MEALS,
        money=funds(100, 90, 10, 300),
        attr="新增项目",
        goals=[text, mk(text, "D204", "warning", note="年度目标与中期目标一字不差")],
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    note = "累计数：三年期项目的年度值照抄了实施期"
    indicators(s, head, [
        ["产出指标", "数量指标", "认定本地蛋源供货基地", "≥12个",
         mk("≥12个", "D202", "warning", note=note)],
        [None, None, "基地供货学校", "≥60所", mk("≥60所", "D202", "warning", note=note)],
        [None, "质量指标", "鸡蛋抽检合格率", "100%", "100%"],
        ["成本指标", "经济成本指标", "单个基地认定补助", "≤25万元", "≤25万元"],
        ["效益指标", "经济效益指标", "基地鸡蛋进校销售额增长率", "≥10%", "≥10%"],
        ["满意度指标", "服务对象满意度指标", "供货学校满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "ho17-canteen-storage-template",
    (6, 7, 13),
    "project, NAT-2021, header 预期目标: a 时效指标 left from the template without indicator, "
    "a value without its indicator name",
)
def canteen_storage() -> Book:
    b, s = start()
    goal = "为50所学校食堂配置鸡蛋专用冷藏柜50台，鸡蛋储存温度达标率98%以上。"
    project(s, (35, 35, 0), [goal], year=2025, name="学校食堂鸡蛋储存设施改善", dept=EDU,
            unit=MEALS, attr="一次性项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ["产出指标", "数量指标", "配置鸡蛋专用冷藏柜", "≥50台"],
        [None, None, mk(None, "F110", "error", note="有指标值没有三级指标名称"), "≥50所"],
        [None, "质量指标", "鸡蛋储存温度达标率", "≥98%"],
        [None, mk("时效指标", "F109", "warning", row=True, note="模板行，未填三级指标和指标值"),
         None, None],
        ["成本指标", "经济成本指标", "每台冷藏柜采购单价", "≤0.7万元"],
        ["效益指标", "社会效益指标", "鸡蛋储存变质事件", "0起"],
        ["满意度指标", "服务对象满意度指标", "食堂管理人员满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "ho18-meal-centre-flat-directions",
    (3, 11),
    "department, flat list with operators in words (指标性质) and a unit column: a 下降率 with "
    "大于等于, a 投诉率 with 小于等于, 0起 on incidents, weights adding to 100 (correct)",
)
def meal_flat() -> Book:
    b, s = start()
    goal = "保障全区学生鸡蛋供应安全稳定，学生贫血检出率下降5%以上，全年不发生食品安全事故。"
    department_head(s, year=2025, dept=MEALS, goal=goal,
                    budget=[[wan(260), wan(230), wan(30), wan(60), wan(200)]],
                    tasks=[["课间鸡蛋配送", "城区学校课间加蛋", wan(72), "6000名学生"],
                           ["寄宿生早餐加蛋", "寄宿制学校早餐", wan(45), "2500名住校生"],
                           ["营养餐配送监管", "供货商评估与抽检", wan(83), "供货商全覆盖"],
                           ["金额合计", None, wan(200), None]])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("受益学生人数", 20, "人", "大于等于", 8500),
        ("供货商评估覆盖率", 15, "%", "等于", 100),
        ("鸡蛋供应投诉率", 10, "%", "小于等于", 1),
        ("食品安全事故发生数", 15, "起", "等于", 0),
        ("学生贫血检出下降率", 15, "%", "大于等于", 5),
        ("每枚鸡蛋平均配送成本", 10, "元", "小于等于", 1.0),
        ("学生及家长满意度", 15, "%", "大于等于", 90),
    ]:
        s.row(*line)
    notes(s, "说明：贫血检出下降率以2024年体检结果为基数。", width=5)
    return b
