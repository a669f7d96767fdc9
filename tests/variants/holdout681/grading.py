"""Returns ho07–ho12: the invented 禾湾县蛋品分级洗选中心 (grading line, washing line, the
testing lab in a budget-system export, a flat department list, cold-chain delivery) and the
county's testing station."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout681.common import indicators, notes, project, sign, start, wan
from tests.variants.holdout681.registry import variant
from tests.variants.kit import Book, day, mk

DEPT = "禾湾县农业农村局（402）"
CENTRE = "禾湾县蛋品分级洗选中心"


@variant(
    "ho07-grading-line-second-sheet",
    (4, 7),
    "project: head on the first sheet, the table on a second sheet under header 预期实现值, "
    "破损率 with ≤, 0起 on an incident count, notes and a signature dated the year before "
    "(correct)",
)
def grading_line() -> Book:
    b, s = start("基本信息")
    goal = "全年分级包装鲜蛋不少于4500吨，破损率控制在0.8%以内，全年不发生蛋品质量安全事故。"
    project(s, (38, 30, 8), [goal], year=2025, name="鲜蛋分级包装线运行维护", dept=DEPT,
            unit=CENTRE)  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 20))
    t.title("鲜蛋分级包装线运行维护绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ["产出指标", "数量指标", "分级包装鲜蛋量", "≥4500吨"],
        [None, "质量指标", "分级鲜蛋破损率", "≤0.8%"],
        [None, None, "包装标识合格率", "≥98%"],
        [None, "时效指标", "设备故障修复时间", "≤24小时"],
        ["成本指标", "经济成本指标", "吨蛋分级包装运维成本", "≤84元"],
        ["效益指标", "经济效益指标", "分级鲜蛋平均溢价", "≥0.3元/公斤"],
        [None, "社会效益指标", "蛋品质量安全事故", "0起"],
        ["满意度指标", "服务对象满意度指标", "合作养殖场户满意度", "≥90%"],
    ])  # fmt: skip
    notes(t, "注：运维成本按全年分级包装量计（4500吨 × 84元 = 37.8万元）。", width=4)
    notes(t, "填表说明：指标值应可量化、可考核。", width=4)
    t.row("单位负责人：", "闻少棠", "填报日期：", day(2024, 12, 6))
    return b


@variant(
    "ho08-washing-line-last-year-form",
    (9,),
    "project, NAT-2021, one value column: title 2025 with plan dates of 2024, a capacity "
    "below the goal's, a completion date stored as a serial in a text cell",
)
def washing_line() -> Book:
    b, s = start()
    goal = "新增鲜蛋清洗消毒能力日处理30吨，洗选蛋菌落总数合格率达到98%以上。"
    project(
        s,
        (150, 120, 30),
        [goal],
        year=2025,
        name="鲜蛋清洗消毒生产线扩能",
        dept=DEPT,
        unit=CENTRE,
        start=day(2024, 3, 1),
        end=day(2024, 12, 31),
        attr="一次性项目",
    )
    b.file_mark("Y101", "error", alt=("Y102",),
                note="表头2025年度，计划开始、完成日期却是2024年：沿用上年表格")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标",
         mk("新增日清洗消毒能力", "D104", "warning", row=True,
            note="年度目标写日处理30吨，指标只有25吨"),
         "≥25吨/日"],
        [None, "质量指标", "洗选蛋菌落总数合格率", "≥98%"],
        [None, "时效指标", "生产线完工时间",
         mk("45961", "X104", "warning", note="文本格式的日期序列号，即2025-10-31")],
        ["成本指标", "经济成本指标", "吨蛋清洗消毒成本", "≤60元"],
        ["效益指标", "经济效益指标", "洗选蛋销售单价提高", "≥0.4元/公斤"],
        ["满意度指标", "服务对象满意度指标", "采购单位满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "ho09-lab-budget-export",
    (7, 9),
    "budget-system export: sheets 05-1 and 05-2, header on the third row, codes in the first "
    "columns, tiers repeated, operator and unit columns, =100% written as = and 100 (correct)",
)
def lab_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 24, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：禾湾县蛋品分级洗选中心", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("452301250018", "蛋品检测实验室运行", wan(64), wan(56), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 14, 16, 26, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：禾湾县蛋品分级洗选中心", None, None, None, None, None, None, "单位：万元")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"
    )
    code, name = "452301250018", "蛋品检测实验室运行"
    for line in [
        ("产出指标", "数量指标", "检测鲜蛋样品批次", "≥", 1600, "批次"),
        ("产出指标", "质量指标", "检测结果准确率", "=", 100, "%"),
        ("产出指标", "时效指标", "检测报告出具时间", "≤", 5, "工作日"),
        ("成本指标", "经济成本指标", "单批次检测成本", "≤", 400, "元"),
        ("效益指标", "社会效益指标", "不合格蛋品流入市场批次", "=", 0, "批次"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥", 90, "%"),
    ]:
        t.row(code, name, *line)
    return b


@variant(
    "ho10-centre-flat-list",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): a near-duplicate "
    "of the grading volume, weights adding to 95",
)
def centre_flat() -> Book:
    b, s = start()
    goal = "全年分级处理鲜蛋4500吨，检测蛋品样品1600批次，洗选线日处理能力提升至30吨。"
    department_head(s, year=2025, dept=CENTRE, goal=goal,
                    budget=[[wan(410), wan(380), wan(30), wan(260), wan(150)]],
                    tasks=[["鲜蛋分级包装", "分级包装线运维", wan(38), "分级4500吨"],
                           ["清洗消毒线扩能", "新增洗选设备", wan(48), "日处理30吨"],
                           ["蛋品检测", "实验室运行", wan(64), "检测1600批次"],
                           ["金额合计", None, wan(150), None]])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+10+15+10 = 95，应为100")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("鲜蛋分级处理量", 20, "吨", "≥", 4500),
        ("蛋品检测样品批次", 15, "批次", "≥", 1600),
        ("洗选线日处理能力", 15, "吨/日", "≥", 30),
        ("分级鲜蛋破损率", 10, "%", "≤", 0.8),
        (
            mk(
                "分级处理鲜蛋总量",
                "D103",
                "warning",
                row=True,
                alt=("D101",),
                note="与“鲜蛋分级处理量 ≥4500吨”是同一指标，多写一个词",
            ),
            10,
            "吨",
            "≥",
            4500,
        ),
        ("蛋品质量安全事故", 15, "起", "=", 0),
        ("服务对象满意度", 10, "%", "≥", 90),
    ]:
        s.row(*line)
    return b


@variant(
    "ho11-cold-chain-points",
    (10, 12),
    "project, NAT-2021, a tier-1 score column and an indicator score column: 产出 declared 50 "
    "with 45 under it, a satisfaction rate under 社会效益",
)
def cold_chain() -> Book:
    b, s = start()
    goal = "配置冷藏配送车4辆，全年冷链配送分级鲜蛋3000吨，配送途中破损率不高于0.5%。"
    project(s, (56, 50, 6), [goal], year=2025, name="分级鲜蛋冷链配送", dept=DEPT, unit=CENTRE)
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, head, [
        ["产出指标", mk(50, "W103", "error", alt=("W101",),
                       note="产出指标分值50，其下指标分值 15+10+10+10 = 45"),
         "数量指标", "冷链配送分级鲜蛋量", "≥3000吨", 15],
        [None, None, None, "配置冷藏配送车", "4辆", 10],
        [None, None, "质量指标", "配送途中破损率", "≤0.5%", 10],
        [None, None, "时效指标", "订单配送到达时限", "≤24小时", 10],
        ["成本指标", 10, "经济成本指标", "吨蛋冷链配送成本", "≤150元", 10],
        ["效益指标", 30, "经济效益指标", "冷链鲜蛋损耗减少", "≥20吨", 15],
        [None, None, "社会效益指标",
         mk("学校食堂收货满意度", "F201", "warning", row=True,
            note="满意度应在满意度指标下，不是社会效益"),
         "≥90%", 15],
        ["满意度指标", 10, "服务对象满意度指标", "合作养殖场户满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "ho12-testing-station-page-break",
    (4, 12),
    "department, NAT-2021, weight column: a 说明 row inside the table, the header repeated "
    "after a page break, subtotal and total rows, a goal count with its parts (correct)",
)
def station() -> Book:
    b, s = start()
    goal = (
        "全年检测鲜蛋及蛋制品样品2000批次（其中例行监测1500批次、专项抽检500批次），"
        "检测结果按时报送。"
    )
    department_head(s, year=2025, dept="禾湾县农产品质量安全检验检测站", goal=goal,
                    budget=[[wan(300), wan(270), wan(30), wan(180), wan(120)]],
                    tasks=[["例行监测", "鲜蛋兽药残留监测", wan(75), "1500批次"],
                           ["专项抽检", "学校供蛋专项抽检", wan(25), "500批次"],
                           ["设备维护", "检测仪器检定维护", wan(20), "仪器完好"],
                           ["金额合计", None, wan(120), None]])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ["产出指标", "数量指标", "鲜蛋及蛋制品检测批次", "≥2000批次", 20],
        [None, "质量指标", "检测结果复核一致率", "≥98%", 15],
        [None, "时效指标", "检测报告出具时间", "≤7个工作日", 15],
        ["产出指标小计", None, None, None, 50],
    ])  # fmt: skip
    notes(s, "说明：以下续表（第2页）。", width=5)
    indicators(s, head, [
        ["成本指标", "经济成本指标", "每批次检测成本", "≤500元", 10],
        ["效益指标", "社会效益指标", "不合格鲜蛋处置率", "100%", 15],
        [None, "可持续影响指标", "检测数据上传省平台率", "≥95%", 15],
        ["满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%", 10],
        ["合计", None, None, None, 100],
    ])  # fmt: skip
    sign(s, "闻少棠", "0738-5260917", day(2024, 11, 25))
    return b
