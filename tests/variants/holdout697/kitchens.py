"""Returns kae07–kae12: the kitchen upgrade for rural schools (农村学校食堂改造)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout697.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout697.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")


@variant(
    "kae07-kitchen-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, （一）, 1.), "
    "an indicator score column, 100 both ways, a rate raised in 百分点 (correct)",
)
def kae07() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="棠坪乡等三乡镇农村学校食堂改造",
        dept="椿溪县教育局 318001",
        unit="椿溪县教育后勤服务中心",
        attr="一次性项目",
        money=one_year(wan(240), wan(216), wan(24)),
        goals=(
            "完成棠坪乡、杉渡乡、苇岗镇8所农村学校食堂改造（其中中心小学3所、村小5所），"
            "新增操作间面积共960平方米，秋季开学前投入使用。",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(
        s,
        head,
        [
            ("一、产出指标（50分）", "（一）数量指标", "1.食堂改造学校数", "≥8所", 15),
            (None, None, "2.新增操作间面积", "≥960平方米", 10),
            (None, "（二）质量指标", "3.改造工程竣工验收合格率", "100%", 10),
            (None, "（三）时效指标", "4.改造食堂投入使用时间", "2026年8月31日前", 15),
            ("二、成本指标（10分）", "（一）经济成本指标", "5.单所食堂改造平均成本", "≤30万元", 10),
            (
                "三、效益指标（30分）",
                "（一）社会效益指标",
                "6.农村学校食堂明厨亮灶覆盖率",
                "提高≥15百分点",
                15,
            ),
            (None, None, "7.学生在校就餐率", "≥90%", 10),
            (None, "（二）可持续影响指标", "8.改造食堂设施设计使用年限", "≥15年", 5),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.师生满意度", "≥90%", 10),
        ],
    )
    notes(
        s,
        "注：一级指标后括号内为该级分值，与三级指标分值为同一口径，合计均为100分，不重复计算。",
        width=5,
    )
    sign(s, "符远", "0739-6217730", day(YEAR, 1, 12))
    return b


@variant(
    "kae08-kitchen-wrong-tier",
    (5, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: a cost under 数量, an acceptance rate "
    "under 时效, the goal's 1800 m² given as 1500",
)
def kae08() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="杉渡乡农村学校食堂提质改造",
        dept="杉渡乡人民政府",
        unit="杉渡乡中心学校",
        money=one_year(wan(180), wan(170), wan(10)),
        goals=(
            "对杉渡乡6所农村学校食堂进行提质改造，改造操作间面积共1800平方米，"
            "更新炉灶、消毒柜等设备，10月底前完成竣工验收。",
        ),
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "备注")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "改造学校食堂数", "6所", None),
            (
                None,
                None,
                "改造操作间面积",
                mk("≥1500平方米", "D104", "warning", note="年度目标写改造操作间面积共1800平方米"),
                None,
            ),
            (
                None,
                None,
                mk(
                    "单所食堂改造平均成本",
                    "F201",
                    "warning",
                    row=True,
                    note="成本指标填在数量指标下",
                ),
                "≤28万元",
                None,
            ),
            (None, "质量指标", "更新设备安装调试合格率", "100%", None),
            (
                None,
                "时效指标",
                mk(
                    "改造工程竣工验收合格率",
                    "F201",
                    "warning",
                    row=True,
                    note="验收合格率是质量指标，填在时效指标下",
                ),
                "100%",
                None,
            ),
            (None, None, "改造工程竣工验收时间", "2026年10月31日前", None),
            ("效益指标", "社会效益指标", "学生食堂就餐环境达标率", "≥95%", None),
            (None, "可持续影响指标", "食堂设施维护管理制度", "健全", None),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "问卷调查"),
        ],
    )
    sign(s, "鲁青禾", "0739-6470126", day(YEAR, 1, 15))
    return b


@variant(
    "kae09-kitchen-budget-export",
    (7, 9),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in "
    "the first columns, a two-row header on the third row, =100% kept as text (correct)",
)
def kae09() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 18, 16, 28, 12, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row(
        "单位代码",
        "单位名称",
        "项目代码",
        "项目名称",
        "项目类别",
        "资金总额",
        "财政拨款",
        "其他资金",
    )
    s.row(
        "318207",
        "杉渡乡中心学校",
        "52102600318",
        "杉渡乡村小食堂设备更新",
        "一次性项目",
        money(64.5),
        money(60),
        money(4.5),
    )
    s.row("合计", None, None, None, None, money(64.5), money(60), money(4.5))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 30, 12, 14, 28, 16))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位名称：杉渡乡中心学校")
    t.row("项目代码", "项目名称", "年度绩效目标", "绩效指标", None, None, "指标值", merge=[(4, 6)])
    t.row(None, None, None, "一级指标", "二级指标", "三级指标", None)
    for c in (1, 2, 3, 7):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    goal = "为杉渡乡5所村小更新炊事设备45台（套），其中3所改造排烟排水设施，秋季开学前投入使用。"
    t.table(
        [
            (
                "52102600318",
                "杉渡乡村小食堂设备更新",
                goal,
                "产出指标",
                "数量指标",
                "更新炊事设备台（套）数",
                "≥45台（套）",
            ),
            (None, None, None, None, None, "改造排烟排水设施的村小数", "≥3所"),
            (None, None, None, None, "质量指标", "设备安装验收合格率", "=100%"),
            (None, None, None, None, "时效指标", "设备安装完成时间", "2026年8月20日前"),
            (None, None, None, None, "成本指标", "单台（套）设备平均购置成本", "≤1.2万元"),
            (None, None, None, "效益指标", "社会效益指标", "村小学生热食供应率", "≥95%"),
            (None, None, None, None, "可持续影响指标", "设备保修期", "≥3年"),
            (None, None, None, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ],
        merged=(1, 2, 3, 4, 5),
    )
    return b


@variant(
    "kae10-kitchen-money-wrong",
    (4, 12),
    "project, OLD-NAT, detail lines and a note under the table: 财政拨款 + 其他资金 short of "
    "the total, a standard × count above the money, last year in the goal",
)
def kae10() -> Book:
    b, s = book()
    goal = mk(
        "2025年完成棠坪乡5所农村学校食堂改造，更新厨房设备60台（套）并改造排烟排污设施，"
        "秋季开学前投入使用。",
        "Y103",
        "warning",
        alt=("Y101", "D104"),
        note="预算年度和项目期是2026年，年度目标仍写2025年：上年文字未改",
    )
    total = mk(
        wan(150), "B101", "error", row=True, note="120+20=140万元，与年度资金总额150万元不符"
    )
    project_head(
        s,
        year=YEAR,
        name="棠坪乡农村学校食堂设备购置与改造",
        dept="棠坪乡人民政府",
        unit="棠坪乡中心学校",
        money=one_year(total, wan(120), wan(20)),
        goals=(goal,),
    )
    indicators(
        s,
        VALUE_HEAD,
        [
            ("产出指标", "数量指标", "改造学校食堂数", "≥5所", "计划标准"),
            (None, None, "更新厨房设备台（套）数", "≥60台（套）", "计划标准"),
            (None, "质量指标", "设备安装验收合格率", "100%", "行业标准"),
            (None, "时效指标", "改造食堂投入使用时间", "2026年8月31日前", "计划标准"),
            (
                None,
                "成本指标",
                "单所食堂设备购置与改造标准",
                mk(
                    "≤32万元",
                    "B107",
                    "warning",
                    row=True,
                    note="32万元×5所=160万元，超过年度资金150万元",
                ),
                "历史标准",
            ),
            ("效益指标", "社会效益指标", "学生在校就餐率", "≥90%", "历史标准"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", None),
        ],
    )
    s.skip()
    s.row("资金测算明细（万元）", None, "设备购置", wan(86))
    s.row(None, None, "操作间改造", wan(46))
    s.row(None, None, "排烟排污设施", wan(18))
    s.row(None, None, "合计", wan(150))
    notes(s, "注：设备购置按60台（套）测算，操作间改造按5所学校测算。")
    return b


@variant(
    "kae11-kitchen-department",
    (4, 12),
    "department, NAT-2021: budget, key tasks adding to 金额合计 (= 项目支出) with a note "
    "explaining it, a goal count with its parts in brackets, notes and signatures (correct)",
)
def kae11() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="椿溪县教育后勤服务中心",
        budget=[(wan(520), wan(480), wan(40), wan(180), wan(340))],
        goal="完成8所农村学校食堂改造（中心小学3所、村小5所），培训食堂从业人员400人次，"
        "开展学校食堂食品安全检查4轮，保障农村学生在校就餐安全。",
        tasks=[
            ("农村学校食堂改造", "改造8所农村学校食堂", wan(240), "秋季开学前投入使用"),
            ("食堂从业人员培训", "培训从业人员400人次", wan(20), "持证上岗"),
            ("学校食堂食品安全检查", "联合开展检查4轮", wan(80), "问题整改到位"),
            ("金额合计", None, wan(340), "金额合计为项目支出，不含基本支出"),
        ],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "改造学校食堂数", "≥8所"),
            (None, None, "食堂从业人员培训人次", "≥400人次"),
            (None, None, "食堂食品安全检查轮次", "≥4轮"),
            (None, "质量指标", "食堂从业人员持证上岗率", pct(1)),
            (None, "时效指标", "改造食堂投入使用时间", "2026年8月31日前"),
            ("成本指标", "经济成本指标", "单所食堂改造平均成本", "≤30万元"),
            (None, None, "人均培训成本", "≤500元/人次"),
            ("效益指标", "社会效益指标", "检查发现问题整改率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ],
    )
    notes(
        s,
        "说明：1.金额合计340万元为项目支出，基本支出180万元用于人员和公用经费，未列入任务；",
        "2.中心小学3所和村小5所均在年度计划内。",
    )
    s.row("单位负责人：欧阳澈", None, "财务负责人：简佩", None, "填报人：伍小棠")
    return b


@variant(
    "kae12-kitchen-two-years-leftover",
    (6, 8),
    "two-year project, NAT-2021, 中期 and 年度 columns: last year's title, a template "
    "example row left in, a rate above 100% in the 年度 column",
)
def kae12() -> Book:
    b, s = book()
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102", "Y103"),
        note="标题写2025年度，项目期、中期目标和指标都是2026—2027年",
    )
    project_head(
        s,
        year=YEAR,
        years=2,
        title="2025年度项目支出绩效目标申报表",
        name="荻洲区农村学校食堂标准化改造（二期）",
        dept="荻洲区教育局",
        unit="荻洲区教育后勤保障中心",
        money=multi_year((wan(360), wan(330), wan(30)), (wan(180), wan(165), wan(15))),
        goals=(
            "完成荻洲区12所农村学校食堂标准化改造，全部达到食堂建设标准。",
            "完成6所农村学校食堂标准化改造，秋季开学前投入使用。",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "标准化改造食堂数", "≥12所", "≥6所", None),
            (None, "质量指标", "竣工验收合格率", "100%", "100%", None),
            (
                None,
                None,
                "（示例）XX指标",
                mk("≥XX%", "X101", "error", row=True, note="模板示例行未删除"),
                "≥XX%",
                "示例",
            ),
            (
                None,
                None,
                "改造食堂设备完好率",
                "≥95%",
                mk("≥105%", "T106", "error", note="年度完好率超过100%上限，中期为≥95%"),
                None,
            ),
            (None, "时效指标", "改造食堂投入使用时间", "2027年8月31日前", "2026年8月31日前", None),
            ("成本指标", "经济成本指标", "单所食堂改造平均成本", "≤30万元", "≤30万元", None),
            ("效益指标", "社会效益指标", "学生在校就餐率", "≥90%", "≥90%", None),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%", None),
        ],
    )
    return b
