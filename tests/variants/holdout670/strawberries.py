"""Strawberries (草莓) and pick-your-own tourism: hd07–hd12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout670.common import HEAD2, multi_year, new, note, one_year, sign, table
from tests.variants.holdout670.common import w as wan
from tests.variants.holdout670.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct


@variant("hd07-strawberry-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, 0起 on an incident count, weights add to 100 (correct)")  # fmt: skip
def strawberry_flat() -> Book:
    b, s = new()
    goal = ("全年接待草莓采摘游客6万人次，开放采摘温室40栋，举办草莓文化节1场，游客满意度90%以上，"
            "不发生食品安全事故。")  # fmt: skip
    department_head(s, year=2026, dept="芦湾区草莓观光采摘服务中心", goal=goal,
                    budget=[(wan(480), wan(430), wan(50), wan(300), wan(180))],
                    tasks=[("采摘园服务提升", "采摘温室标识、导览和卫生设施维护", wan(110),
                            "开放采摘温室40栋"),
                           ("草莓文化节", "举办草莓文化节和亲子采摘活动", wan(70), "举办1场"),
                           ("金额合计", None, wan(180), None)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("接待采摘游客", 20, "万人次", "≥", 6),
        ("开放采摘温室", 15, "栋", "≥", 40),
        ("草莓文化节举办场次", 10, "场", "=", 1),
        ("采摘园食品安全事故", 10, "起", "=", 0),
        ("游客投诉率", 10, "%", "≤", pct(0.02)),
        ("游客满意度", 15, "%", "≥", pct(0.9)),
        ("带动农户草莓销售收入", 10, "万元", "≥", 300),
        ("草莓农残抽检合格率", 10, "%", "=", pct(1)),
    ]:  # fmt: skip
        s.row(*line)
    return b


@variant("hd08-strawberry-festival", (4,),
         "project, OLD-NAT, one value column, a 注 row inside the table, 说明 and signature lines: "
         "last season's year left in the goal and the opening date, the goal's visitor count "
         "against the indicator")  # fmt: skip
def strawberry_festival() -> Book:
    b, s = new()
    goal = ("接待采摘游客3万人次，举办草莓采摘节1届，2025年2月底前完成采摘步道修缮，"
            "带动周边农户草莓销售收入150万元以上。")  # fmt: skip
    goal_cell = mk(
        ok(goal), "Y103", "warning", alt=("Y102",), note="上一季的2025年留在2026年目标中"
    )
    project_head(s, year=2026, name="芦湾区草莓采摘节", dept="芦湾区文化和旅游局",
                 unit="芦湾区草莓观光采摘服务中心", money=one_year(60, 55, 5),
                 goals=[goal_cell])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "接待采摘游客",
         mk("≥2万人次", "D104", "warning", row=True, note="年度目标写3万人次")),
        (None, None, "举办草莓采摘节", "≥1届"),
        (None, "质量指标", "采摘草莓农残抽检合格率", "100%"),
        (None, "时效指标", "采摘节开幕时间",
         mk(day(2025, 2, 14, CN_DATE), "Y102", "error", note="上一季的日期，不在2026年内")),
        (None, "成本指标", "采摘节活动组织费用", "≤60万元"),
    ])  # fmt: skip
    note(s, "注：游客人次以采摘园门票系统统计为准。")
    s.table([
        ("效益指标", "经济效益指标", "带动周边农户草莓销售收入", "≥150万元"),
        (None, "社会效益指标", "采摘节媒体报道", "≥5篇"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：采摘节活动组织费用含场地布置、安保和宣传费用。")
    sign(s, "岑若溪", "0774-6633910", day(2025, 11, 6, CN_DATE))
    return b


@variant("hd09-strawberry-seedlings", (1, 10, 11),
         "project, NAT-2021, operator in words in its own column (指标性质), bare numbers, unit "
         "column, typed percent cells, a 下降率 with 大于等于, 百分点, 0起 (correct)")  # fmt: skip
def strawberry_seedlings() -> Book:
    b, s = new(widths=(14, 16, 28, 12, 16, 12))
    project_head(
        s,
        year=2026,
        name="草莓脱毒种苗繁育基地提升",
        dept="芦湾区农业农村局",
        unit="芦湾区种苗繁育场",
        money=one_year(150, 140, 10),
        goals=["繁育脱毒草莓种苗300万株，新建育苗温室6栋，种苗供应覆盖种植户500户。"],
    )
    table(s, [
        ("产出指标", "数量指标", "繁育脱毒草莓种苗", "大于等于", 300, "万株"),
        (None, None, "新建育苗温室", "大于等于", 6, "栋"),
        (None, "质量指标", "种苗脱毒检测合格率", "大于等于", pct(0.98), "%"),
        (None, None, "种苗病毒检出率", "小于等于", pct(0.02), "%"),
        (None, "时效指标", "种苗出圃时间", "小于等于", day(2026, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单株种苗繁育成本", "小于等于", 0.3, "元/株"),
        ("效益指标", "经济效益指标", "种植户亩均增收", "大于等于", 2000, "元/亩"),
        (None, "社会效益指标", "种苗供应覆盖草莓种植户", "大于等于", 500, "户"),
        (None, None, "种苗质量安全事故", "等于", 0, "起"),
        (None, "生态效益指标", "化学农药使用量下降率", "大于等于", 12, "%"),
        (None, "可持续影响指标", "种苗带毒率降幅", "大于等于", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", pct(0.92), "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    return b


@variant("hd10-strawberry-walkway", (12,),
         "project, NAT-2021, one value column: money block not adding up, a walkway cost × "
         "length above the money, a visitor satisfaction rate under 社会效益")  # fmt: skip
def strawberry_walkway() -> Book:
    b, s = new()
    total = mk(wan(120), "B101", "error", note="财政拨款100 + 其他资金30 = 130，不是120")
    project_head(s, year=2026, name="蓼塘乡草莓采摘园步道和停车场建设", dept="沅墩县文化和旅游局",
                 unit="蓼塘乡人民政府", money=one_year(total, 100, 30),
                 goals=["修建草莓采摘园游览步道2000米，新增停车位150个。"])  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "修建采摘园游览步道", "≥2000米"),
        (None, None, "新增停车位", "≥150个"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "工程完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "游览步道建设单价",
         mk("≤0.08万元/米", "B107", "warning", row=True,
            note="0.08万元/米 × 2000米 = 160万元，超过项目资金")),
        ("效益指标", "经济效益指标", "采摘园门票及停车收入", "≥40万元"),
        (None, "社会效益指标", mk("采摘游客满意度", "F201", "warning", row=True,
                                  note="满意度填在社会效益下，应属服务对象满意度指标"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("hd11-strawberry-guide-points", (10, 11),
         "project, NAT-2021, tier-1 score column and indicator score column: the 产出 scores "
         "add to more than the tier's, a complaint rate with ≥")  # fmt: skip
def strawberry_guide_points() -> Book:
    b, s = new(widths=(14, 8, 16, 28, 14, 8))
    project_head(
        s,
        year=2026,
        name="草莓采摘园智慧导览系统",
        dept="芦湾区文化和旅游局",
        unit="芦湾区草莓观光采摘服务中心",
        money=one_year(85, 80, 5),
        goals=["建成采摘园智慧导览系统1套，覆盖采摘温室40栋，游客投诉率控制在2%以内。"],
    )
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标", mk(40, "W103", "error", note="其下各指标分值 15+10+10+10 = 45"),
         "数量指标", "建成智慧导览系统", "≥1套", 15),
        (None, None, None, "导览覆盖采摘温室", "≥40栋", 10),
        (None, None, "质量指标", "系统运行可用率", "≥99%", 10),
        (None, None, "时效指标", "系统上线时间", "2026年4月30日前", 10),
        ("成本指标", 10, "经济成本指标", "系统建设成本", "≤85万元", 10),
        ("效益指标", 30, "社会效益指标", "导览系统使用人次", "≥3万人次", 15),
        (None, None, None, "游客投诉率",
         mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤2%"), 15),
        ("满意度指标", 20, "服务对象满意度指标", "游客满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计105，由产出多出的5分引起")
    return b


@variant("hd12-strawberry-elevated", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "goal counts with parts in brackets, coverage raised in 百分点 (correct)")  # fmt: skip
def strawberry_elevated() -> Book:
    b, s = new()
    goals = ("2026—2027年建设草莓高架基质栽培温室16栋（2026年9栋、2027年7栋），带动种植户120户。",
             "2026年建成高架基质栽培温室9栋，带动种植户60户。")  # fmt: skip
    project_head(s, year=2026, name="草莓高架基质栽培示范园", dept="枫渚县农业农村局",
                 unit="枫渚县园艺站", money=multi_year((400, 370, 30), (220, 200, 20)),
                 goals=goals, years=2)  # fmt: skip
    table(s, [
        ("产出指标", "数量指标", "高架基质栽培温室", "≥16栋", "≥9栋"),
        (None, None, "带动草莓种植户", "≥120户", "≥60户"),
        (None, "质量指标", "基质栽培草莓优果率", "≥85%", "≥85%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单栋温室建设成本", "≤20万元/栋", "≤20万元/栋"),
        ("效益指标", "经济效益指标", "示范园草莓亩均产值", "≥4万元/亩", "≥4万元/亩"),
        (None, "生态效益指标", "病虫害绿色防控覆盖率", "提高≥10百分点", "提高≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ], head=HEAD2)  # fmt: skip
    return b
