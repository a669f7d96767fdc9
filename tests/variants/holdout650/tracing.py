"""Returns of the traceability half: the 道地药材 traceability platform, codes and terminals."""

from __future__ import annotations

from tests.variants.holdout650.common import (
    CENTRE,
    WIDTHS,
    department,
    funds,
    indicators,
    notes,
    project,
    sign,
    w,
)
from tests.variants.holdout650.registry import variant
from tests.variants.kit import Book, mk

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "gj07-trace-codes",
    (7, 11),
    "project, NAT-2021, header 绩效目标值, 指标性质 as "
    "direction, a total with its parts, reverse rates with ≤ (correct)",
)
def trace_codes() -> Book:
    goal = (
        "建成丹参、白术道地药材质量追溯平台，全年发放追溯码50万个（丹参30万个、白术20万个），"
        "接入种植和加工主体40家，上链差错率控制在0.5%以内。"
    )
    b, s = project(2026, "道地药材质量追溯平台建设", funds(45, 35, 10), [goal])
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值"),
        [
            ("成本指标", "经济成本指标", "追溯码制作单价", "反向", "≤0.2元/个"),
            ("产出指标", "数量指标", "追溯码发放量", "正向", "≥50万个"),
            (None, None, "其中：丹参追溯码", "正向", "≥30万个"),
            (None, None, "其中：白术追溯码", "正向", "≥20万个"),
            (None, None, "接入种植和加工主体", "正向", "≥40家"),
            (None, "质量指标", "溯源信息上链差错率", "反向", "≤0.5%"),
            (None, "时效指标", "平台故障恢复时长", "反向", "≤24小时"),
            ("效益指标", "经济效益指标", "接入主体药材溢价率", "正向", "≥5%"),
            (None, "社会效益指标", "道地药材追溯查询次数", "正向", "≥10万次"),
            (None, "可持续影响指标", "平台数据保存年限", "正向", "≥10年"),
            ("满意度指标", "服务对象满意度指标", "接入主体满意度", "正向", "≥90%"),
        ],
    )
    return b


@variant(
    "gj08-centre-money",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
    "tasks not adding to 金额合计, a count in the goal the indicator gives otherwise",
)
def centre_money() -> Book:
    goal = "全年推广丹参、白术规范化种植3000亩，接入溯源平台的种植主体60家，开展药农培训20期。"
    budget = [
        (
            mk(w(300), "B101", "error", note="基本支出120+项目支出170=290≠300"),
            w(260),
            w(40),
            w(120),
            w(170),
        )
    ]
    tasks = [
        ("丹参规范化种植", "基地建设与种苗补助", w(80), "丹参规范化种植2000亩"),
        ("白术绿色防控", "绿色防控示范", w(50), "白术绿色防控1000亩"),
        ("溯源平台运维", "平台运维与赋码", w(40), "接入种植主体60家"),
        ("金额合计", None, mk(w(160), "B102", "error", note="80+50+40=170≠160"), None),
    ]
    b, s = department(2026, CENTRE, budget, goal, tasks)
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "规范化种植推广面积", "≥3000亩"),
            (
                None,
                None,
                "接入溯源平台的种植主体",
                mk("≥45家", "D104", "warning", note="年度总体目标与任务均写60家"),
            ),
            (None, None, "药农培训", "≥20期"),
            (None, "质量指标", "追溯信息完整率", "≥95%"),
            (None, "时效指标", "年度任务完成时间", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "规范化种植补助标准", "≤400元/亩"),
            ("效益指标", "社会效益指标", "带动药农增收户数", "≥600户"),
            ("满意度指标", "服务对象满意度指标", "药农满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gj09-terminals-second-sheet",
    (4, 7),
    "project: head on the first sheet, the table "
    "on a second sheet under 预期实现值, 填表说明 and signature lines (correct)",
)
def terminals_second_sheet() -> Book:
    goal = "在两县药材交易市场部署溯源扫码终端60台，培训操作人员120人次，年内投入使用。"
    b, s = project(2026, "药材市场溯源扫码终端部署", funds(30, 30, 0), [goal])
    sign(s, "韩子墨", "0817-6203190", (2025, 11, 18))
    t = b.sheet("绩效指标", WIDTHS)
    t.title("绩效指标表", 5)
    indicators(
        t,
        ("一级指标", "二级指标", "三级指标", "预期实现值"),
        [
            ("产出指标", "数量指标", "溯源扫码终端部署", "≥60台"),
            (None, None, "终端操作培训", "≥120人次"),
            (None, "质量指标", "终端完好率", "≥95%"),
            (None, "时效指标", "终端投入使用时间", "2026年12月31日前"),
            (None, "成本指标", "终端采购单价", "≤4000元/台"),
            ("效益指标", "社会效益指标", "市场扫码交易占比", "≥30%"),
            ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%"),
        ],
    )
    notes(t, "填表说明：1.指标值应量化；2.成本指标按采购合同单价填写。", width=4)
    return b


@variant(
    "gj10-platform-phase2",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: the "
    "年度目标 copied from the 中期目标, a deadline after the project's end",
)
def platform_phase2() -> Book:
    text = "完成溯源平台二期建设，新增追溯码80万个，接入主体达到100家，实现与省级平台数据对接。"
    year = mk(text, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")
    b, s = project(
        2026, "道地药材溯源平台二期", funds(90, 80, 10, (50, 45, 5)), [text, year], years=2
    )
    indicators(
        s,
        H5,
        [
            ("成本指标", "经济成本指标", "追溯码制作单价", "≤0.2元/个", "≤0.2元/个"),
            ("产出指标", "数量指标", "新增追溯码", "≥80万个", "≥40万个"),
            (None, None, "接入主体", "≥100家", "≥60家"),
            (None, "质量指标", "数据上链完整率", "≥98%", "≥98%"),
            (
                None,
                "时效指标",
                "省级平台数据对接完成时间",
                mk(
                    "2028年6月30日前",
                    "Y102",
                    "error",
                    alt=("Y103",),
                    note="项目期2026—2027年，对接期限落在2028年",
                ),
                "2026年12月31日前",
            ),
            ("效益指标", "社会效益指标", "追溯查询次数", "≥30万次", "≥12万次"),
            ("满意度指标", "服务对象满意度指标", "接入主体满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "gj11-system-export",
    (7, 9),
    "budget-system export: sheets 05-1 and 05-2, header on "
    "the third row, codes in the first columns: a budget year of last season, a near-duplicate",
)
def system_export() -> Book:
    b = Book()
    a = b.sheet("部门项目支出预算05-1", (18, 26, 12, 14, 14, 14))
    a.title("2026年部门项目支出预算表", 6)
    a.row("单位：栖凤县中药材产业发展中心", None, None, None, None, "单位：万元")
    a.row("项目代码", "项目名称", "预算年度", "资金总额", "财政拨款", "其他资金")
    a.row(
        "317002-26-0015",
        "道地药材溯源标识推广",
        mk(2025, "Y101", "error", row=True, note="表题与05-2均为2026年，预算年度留了上年的2025"),
        w(48),
        w(40),
        w(8),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 14, 28, 16))
    t.title("2026年度部门项目支出绩效目标表", 6)
    t.row("单位：栖凤县中药材产业发展中心", None, None, None, None, "单位：万元")
    code, name = "317002-26-0015", "道地药材溯源标识推广"
    indicators(
        t,
        ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
        [
            (code, name, "产出指标", "数量指标", "入驻溯源平台的种植主体", "≥30家"),
            (None, None, None, None, "发放溯源标识", "≥40万枚"),
            (
                None,
                None,
                None,
                None,
                "入驻溯源平台种植主体",
                mk(
                    "≥30家", "D101", "warning", row=True, alt=("D103",), note="与第一行只差一个“的”"
                ),
            ),
            (None, None, None, "质量指标", "标识信息准确率", "≥98%"),
            (None, None, None, "时效指标", "标识发放完成时间", "2026年11月30日前"),
            (None, None, None, "成本指标", "溯源标识单价", "≤0.5元/枚"),
            (None, None, "效益指标", "社会效益指标", "消费者扫码查询次数", "≥8万次"),
            (None, None, "满意度指标", "服务对象满意度指标", "入驻主体满意度", "≥90%"),
        ],
        merged=(1, 2, 3, 4),
    )
    return b


@variant(
    "gj12-flat-station",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), weights add to 100 (correct)",
)
def flat_station() -> Book:
    budget = [(w(180), w(150), w(30), w(100), w(80))]
    tasks = [
        ("道地药材质量检测", "丹参、白术产地抽检", w(50), "抽检样品300批次"),
        ("溯源数据核验", "平台数据抽查核验", w(30), "核验数据2万条"),
        ("金额合计", None, w(80), None),
    ]
    goal = "全年抽检丹参、白术样品300批次，核验溯源数据2万条，检测报告10个工作日内出具。"
    b, s = department(2026, "沱源县道地药材检验检测站", budget, goal, tasks)
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("样品抽检批次", 25, "批次", "≥", 300),
        ("溯源数据核验条数", 20, "万条", "≥", 2),
        ("检测结果准确率", 20, "%", "≥", 98),
        ("检测报告出具时限", 15, "工作日", "≤", 10),
        ("单批次检测成本", 10, "元", "≤", 1600),
        ("送检主体满意度", 10, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ]:
        s.row(*line)
    return b
