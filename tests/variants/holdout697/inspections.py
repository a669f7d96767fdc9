"""Returns kae13–kae18: the food-safety inspection programme for school canteens
(学校食堂食品安全检查)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout697.common import YEAR, book, indicators, notes, one_year, sign, wan
from tests.variants.holdout697.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "kae13-inspection-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, a 下降率 with ≥, 0 incidents, weights adding to 100 (correct)",
)
def kae13() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="椿溪县市场监督管理局",
        budget=[(wan(860), wan(820), wan(40), wan(610), wan(250))],
        goal="对全县126所学校（幼儿园）食堂开展监督检查全覆盖，全年抽检食品600批次以上，"
        "检查发现问题数比上年下降10%以上，不发生学校食品安全事故。",
    )
    s.row("年度绩效指标")
    head = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
    indicators(
        s,
        head,
        [
            ("学校食堂监督检查覆盖率", 15, "%", "=", pct(1)),
            ("学校食堂食品抽检批次", 10, "批次", "≥", 600),
            ("抽检不合格食品处置率", 10, "%", "=", pct(1)),
            ("问题食堂整改复查率", 10, "%", "≥", pct(0.95)),
            ("学校食堂检查发现问题数同比下降率", 15, "%", "≥", 10),
            ("学校食品安全事故发生起数", 10, "起", "=", 0),
            ("单批次抽检平均费用", 10, "元/批次", "≤", 300),
            ("检查结果公示时限", 5, "个工作日", "≤", 7),
            ("师生及家长满意度", 15, "%", "≥", pct(0.9)),
        ],
        merged=(),
    )
    s.row("合计", 100)
    sign(s, "卢一苇", "0739-6213390", day(YEAR - 1, 11, 26))
    return b


@variant(
    "kae14-inspection-duplicates",
    (7,),
    "project, NAT-2021, header 预期目标: last year's canteen count against the goal's, the "
    "coverage rate twice with a word more, a deadline after the budget year",
)
def kae14() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="椿溪县学校食堂食品安全专项检查",
        dept="椿溪县市场监督管理局",
        unit="椿溪县食品安全监管股",
        money=one_year(wan(45), wan(45), wan(0)),
        goals=(
            "对全县126所学校（幼儿园）食堂开展食品安全检查4轮，抽检食品600批次，"
            "问题食堂全部整改到位。",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "预期目标", "备注")
    indicators(
        s,
        head,
        [
            (
                "产出指标",
                "数量指标",
                "检查学校（幼儿园）食堂数",
                mk("≥118所", "D104", "warning", note="年度目标写126所；118所是上年的数字"),
                None,
            ),
            (None, None, "食品安全检查轮次", "≥4轮", None),
            (None, None, "食品抽检批次", "≥600批次", None),
            (None, "质量指标", "学校食堂食品安全检查覆盖率", pct(1), None),
            (
                None,
                None,
                "学校食堂食品安全监督检查覆盖率",
                mk(
                    "≥95%",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D102", "D101"),
                    note="与上一行是同一指标，多一个“监督”，值却不同",
                ),
                None,
            ),
            (
                None,
                "时效指标",
                "第四轮检查完成时间",
                mk(
                    day(2027, 1, 15, CN_DATE),
                    "Y102",
                    "error",
                    alt=("Y103",),
                    note="一年期2026年项目，期限落在2027年",
                ),
                None,
            ),
            ("成本指标", "经济成本指标", "单批次抽检平均费用", "≤300元/批次", None),
            ("效益指标", "社会效益指标", "问题食堂整改完成率", "100%", None),
            ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥90%", "问卷调查"),
        ],
    )
    sign(s, "卢一苇", "0739-6213390", day(YEAR, 1, 8))
    return b


@variant(
    "kae15-inspection-second-sheet",
    (7, 11),
    "project, OLD-NAT: head on the first sheet, the table on a second sheet under 预期实现值, "
    "word operators, a unit column, a 下降率 with 不低于, 0 incidents (correct)",
)
def kae15() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=YEAR,
        name="苇岗镇学校食堂食品安全日常巡查",
        dept="苇岗镇人民政府",
        unit="苇岗镇市场监管所",
        money=one_year(wan(18), wan(18), wan(0)),
        goals=(
            "对全镇23所学校（幼儿园）食堂每月巡查1次，全年巡查不少于230所次（寒暑假"
            "除外，按10个月计），快检样品460份，问题整改15个工作日内完成。",
        ),
    )
    t = b.sheet("绩效指标", (14, 16, 30, 16, 12))
    head = ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    indicators(
        t,
        head,
        [
            ("产出指标", "数量指标", "食堂日常巡查所次", "不少于230", "所次"),
            (None, None, "快检样品数", "不少于460", "份"),
            (None, "质量指标", "巡查记录完整率", "不低于95", "%"),
            (None, "时效指标", "问题整改时限", "15个工作日内", None),
            (None, "成本指标", "单份快检样品检测费用", "不超过150", "元/份"),
            ("效益指标", "社会效益指标", "食堂检查发现问题数同比下降率", "不低于10", "%"),
            (None, None, "学校食品安全事故发生起数", "0", "起"),
            ("满意度指标", "服务对象满意度指标", "学生家长满意度", "不低于90", "%"),
        ],
    )
    notes(t, "注：下降率=（上年发现问题数-本年发现问题数）/上年发现问题数。", width=5)
    return b


@variant(
    "kae16-inspection-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column: 产出 declared 50 "
    "over 45, a quality rate under 时效, a rate raised in 百分点",
)
def kae16() -> Book:
    b, s = book(widths=(14, 8, 18, 30, 16, 8))
    project_head(
        s,
        year=YEAR,
        name="荻洲区学校食堂“互联网+明厨亮灶”巡检",
        dept="荻洲区市场监督管理局",
        unit="荻洲区食品安全监管中心",
        money=one_year(wan(60), wan(54), wan(6)),
        goals=(
            "为全区40所学校食堂接入“互联网+明厨亮灶”巡检平台，全年在线巡检不少于4800次，"
            "明厨亮灶覆盖率提高20个百分点。",
        ),
    )
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(
        s,
        head,
        [
            (
                "产出指标",
                mk(50, "W103", "error", alt=("W101",), note="其下分值15+10+10+10=45"),
                "数量指标",
                "接入巡检平台学校食堂数",
                "≥40所",
                15,
            ),
            (None, None, None, "在线巡检次数", "≥4800次", 10),
            (None, None, "质量指标", "巡检发现问题闭环处置率", "≥95%", 10),
            (
                None,
                None,
                "时效指标",
                mk(
                    "抽检样品检测合格率",
                    "F201",
                    "warning",
                    row=True,
                    note="合格率是质量指标，填在时效指标下",
                ),
                "≥98%",
                10,
            ),
            ("成本指标", 10, "经济成本指标", "单所食堂接入平均费用", "≤1.5万元", 10),
            ("效益指标", 30, "社会效益指标", "明厨亮灶覆盖率", "提高≥20百分点", 15),
            (None, None, None, "学校食品安全事故发生起数", "0起", 10),
            (None, None, "可持续影响指标", "巡检平台运行维护机制", "健全", 5),
            ("满意度指标", 10, "服务对象满意度指标", "师生满意度", "≥90%", 10),
        ],
        merged=(1, 2, 3),
    )
    return b


@variant(
    "kae17-inspection-page-break",
    (4,),
    "project, OLD-NAT, weight column: subtotal rows, the header repeated after a page "
    "break, a 合计 of 90 with 预算执行率 scored apart, 注 and 填表说明 lines, signatures (correct)",
)
def kae17() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="椿溪县学校食堂食品安全“双随机”抽查",
        dept="椿溪县市场监督管理局",
        unit="椿溪县食品安全监管股",
        money=one_year(wan(32), wan(30), wan(2)),
        goals=(
            "全年随机抽查学校（幼儿园）食堂60家次，抽检食品240批次，抽查结果7个工作日"
            "内公示，问题食堂整改率95%以上。",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "随机抽查学校食堂家次", "≥60家次", 15),
            (None, None, "抽检食品批次", "≥240批次", 10),
            (None, "质量指标", "抽查结果录入系统准确率", "≥98%", 10),
            (None, "时效指标", "抽查结果公示时限", "≤7个工作日", 5),
            (None, "成本指标", "单批次抽检平均费用", "≤500元/批次", 10),
            ("小计", None, None, None, 50),
        ],
    )
    s.skip()
    indicators(
        s,
        head,
        [
            ("效益指标", "社会效益指标", "问题食堂整改率", "≥95%", 20),
            (None, "可持续影响指标", "抽查结果运用机制", "健全", 10),
            ("小计", None, None, None, 30),
            ("满意度指标", "服务对象满意度指标", "被抽查学校师生满意度", "≥90%", 10),
            ("小计", None, None, None, 10),
            ("合计", None, None, None, 90),
        ],
    )
    notes(
        s,
        "注：权重合计90分，其中产出50分、效益30分、满意度10分，预算执行率10分另行评价。",
        "填表说明：三级指标可增行，一级、二级指标不得修改。",
        width=5,
    )
    sign(s, "谭秋岭", "0739-6213391", day(YEAR, 1, 10))
    return b


@variant(
    "kae18-inspection-template-rows",
    (6, 13),
    "project, NAT-2021, header 绩效目标值: the goal's 12 self-checks given as 10, a "
    "tier-2 left from the template, a value without a name",
)
def kae18() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="棠坪乡中心幼儿园食堂食品安全自查",
        dept="棠坪乡人民政府",
        unit="棠坪乡中心幼儿园",
        money=one_year(wan(8), wan(8), wan(0)),
        goals=(
            "全年开展食堂食品安全自查12次（每月1次），组织厨房人员食品安全培训4次，"
            "自查问题整改率95%以上。",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值", "备注")
    indicators(
        s,
        head,
        [
            (
                "产出指标",
                "数量指标",
                "食堂食品安全自查次数",
                mk("≥10次", "D104", "warning", note="年度目标写自查12次（每月1次）"),
                None,
            ),
            (None, None, "厨房人员食品安全培训次数", "≥4次", None),
            (None, "质量指标", "自查问题整改率", "≥95%", None),
            (None, "时效指标", "自查记录归档时限", "≤5个工作日", None),
            ("成本指标", "经济成本指标", "食品快检试剂购置费用", "≤0.6万元", None),
            (
                None,
                mk(
                    "社会成本指标",
                    "F109",
                    "warning",
                    row=True,
                    note="模板留下的二级指标，没有三级指标和指标值",
                ),
                None,
                None,
                None,
            ),
            (
                "效益指标",
                "社会效益指标",
                mk(None, "F110", "error", note="有指标值却没有三级指标名称"),
                "≥98%",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", None),
        ],
    )
    sign(s, "韦苗", "0739-6671204", day(YEAR, 1, 5))
    return b
