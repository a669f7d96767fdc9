"""Meteorological bureaus and service centres: department forms, flat lists, artefacts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout881.common import YEAR, book, foot, funds, indicators, sign, wan
from tests.variants.holdout881.registry import variant
from tests.variants.kit import Book, C, day, mk, money, ok, pct

FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
P2 = "0.00%"


@variant(
    "khg13-bureau-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, weights adding to 100, an accident count ≤0起, signature lines (correct)",
)
def khg13() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="鹤埠县气象局",
        budget=[(wan(860), wan(820), wan(40), wan(610), wan(250))],
        goal="保障县域气象观测站网稳定运行，做好农业气象和公众气象服务。",
    )
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row(*FLAT_HEAD)
    s.table(
        [
            ("国家级地面气象观测站数据到报率", 15, "%", "≥", pct(0.99)),
            ("发布农业气象服务产品", 15, "期", "≥", 80),
            ("气象灾害预警信号发布及时率", 10, "%", "≥", pct(0.95)),
            ("重大气象安全生产责任事故", 10, "起", "≤", 0),
            ("“三公”经费较上年下降率", 15, "%", "≥", pct(0.05)),
            ("人工影响天气作业点安全检查覆盖率", 10, "%", "=", pct(1)),
            ("乡村气象信息员培训", 10, "人次", "≥", 150),
            ("社会公众气象服务满意度", 15, "%", "≥", pct(0.9)),
        ]
    )
    sign(s, "甘志平", "0736-5218804", day(YEAR - 1, 11, 26))
    return b


@variant(
    "khg14-bureau-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a 反向 rate with ≥, a unit conflict, weights adding to 95",
)
def khg14() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="蒲湾区气象局",
        budget=[(wan(520), wan(500), wan(20), wan(380), wan(140))],
        goal="做好区域自动站维护、预警信号发布和农业气象专题服务。",
    )
    b.file_mark("W101", "error", note="weights 15+10+15+10+15+10+20 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ("区域自动气象站维护", "≥45", "正向", "个", 15),
            (
                "气象预警信号发布错误率",
                mk("≥1%", "T108", "warning", row=True, note="an error rate is 反向: ≤ expected"),
                "反向",
                "%",
                10,
            ),
            ("农业气象专题服务材料", "≥30", "正向", "期", 15),
            (
                "单次田间气象调查成本",
                mk("≤0.3万元", "T112", "error", note="万元 in the value, 元/次 in the unit column"),
                "反向",
                "元/次",
                10,
            ),
            ("观测资料归档率", "≥98%", "正向", "%", 15),
            ("气象科普进乡村活动", "≥12", "正向", "场", 10),
            ("公众气象服务满意度", "≥90%", "正向", "%", 20),
        ]
    )
    return b


@variant(
    "khg15-bureau-money-notes",
    (4, 12),
    "department, NAT-2021: budget with shares, tasks adding to 项目支出 with a note saying so, "
    "a note row inside the table, header repeated after a page break, 填表说明 and "
    "signature lines, fill date in the prior year (correct)",
)
def khg15() -> Book:
    b, s = book()
    tasks = [
        ("国家级地面气象观测站运行维护", "48个观测站运行保障", wan(120), "站网稳定运行"),
        ("农业气象观测与服务", "作物物候、土壤墒情观测", wan(80), "关键农时服务全覆盖"),
        ("人工影响天气作业", "10个防雹增雨作业点运行", wan(50), "安全作业"),
        ("金额合计", None, wan(250), None),
    ]
    shares = (pct(1), pct(0.9535, P2), pct(0.0465, P2), pct(0.7093, P2), pct(0.2907, P2))
    department_head(
        s,
        year=YEAR,
        dept="栎川市气象局",
        budget=[(wan(860), wan(820), wan(40), wan(610), wan(250)), shares],
        tasks=tasks,
        goal="保障观测站网运行，做好农业气象服务和人工影响天气作业。",
    )
    foot(s, "注：年度主要任务金额合计为项目支出合计，不含基本支出610万元。")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "保障运行观测站", "≥48个", None),
            (None, None, "开展作物物候观测", "≥120次", None),
            (None, "质量指标", "地面观测数据可用率", "≥99%", None),
            (None, "时效指标", "灾害性天气预警提前时间", "≥30分钟", None),
            ("成本指标", "经济成本指标", "单站年运行维护成本", "≤2.5万元/站", None),
            (None, None, "人影作业单点年保障费", "≤5万元/点", None),
        ],
    )
    foot(s, "注：成本指标按项目支出口径测算。")
    indicators(
        s,
        head,
        [
            ("效益指标", "社会效益指标", "气象预警信息公众覆盖率", "≥95%", None),
            (None, "可持续影响指标", "观测站网运行保障机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "社会公众气象服务满意度", "≥90%", None),
        ],
    )
    foot(s, "填表说明：1.指标值应量化；2.金额单位为万元。")
    sign(s, "柯晓岚", "0735-8816230", day(YEAR - 1, 11, 20))
    return b


@variant(
    "khg16-bureau-money-wrong",
    (12,),
    "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出, a share that does not match its "
    "amount, tasks not adding to 金额合计",
)
def khg16() -> Book:
    b, s = book()
    follows = "matches its amount ÷ 540; the 101.85 % sum follows from the B101 above"
    total = mk(wan(540), "B101", "error", row=True, note="基本 400 + 项目 150 = 550 ≠ 540")
    shares = (
        pct(1),
        pct(0.9259, P2),
        mk(pct(0.0841, P2), "B111", "error", note="40 ÷ 540 = 7.41 %, not 8.41 %"),
        ok(pct(0.7407, P2), "error", note=follows),
        ok(pct(0.2778, P2), "error", note=follows),
    )
    tasks = [
        ("区域自动气象站运行维护", "45个区域站巡检和备件更换", wan(60), "站网稳定运行"),
        ("农业气象专题服务", "春播、三夏、秋收专题服务", wan(45), "关键农时全覆盖"),
        ("气象灾害预警发布", "预警信息发布系统运维", wan(35), "预警及时发布"),
        (
            "金额合计",
            None,
            mk(wan(150), "B102", "error", row=True, note="60 + 45 + 35 = 140 ≠ 150"),
            None,
        ),
    ]
    department_head(
        s,
        year=YEAR,
        dept="岑桥市气象局",
        budget=[(total, wan(500), wan(40), wan(400), wan(150)), shares],
        tasks=tasks,
        goal="保障区域站网运行，做好农业气象服务和预警发布。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    indicators(
        s,
        head,
        [
            ("产出指标", "数量指标", "维护区域自动气象站", "≥45个", None),
            (None, "质量指标", "区域站数据到报率", "≥98%", None),
            (None, "时效指标", "预警信息发布及时率", "≥95%", None),
            ("成本指标", "经济成本指标", "单站年维护成本", "≤1.3万元/站", None),
            ("效益指标", "社会效益指标", "预警信息覆盖行政村比例", "≥95%", None),
            ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥90%", None),
        ],
    )
    return b


@variant(
    "khg17-service-centre-artefacts",
    (4, 9),
    "project, OLD-NAT, one value column, detail lines and a 说明 row under the table: a total "
    "split by a space, the end date as a date serial in text, an amount pasted twice",
)
def khg17() -> Book:
    b, s = book()
    split = mk("86.5 2", "X105", "warning", alt=("X103",), note="86.52 split by a space")
    serial = mk("46387", "X104", "warning", note="2026-12-31 pasted as a serial in a text cell")
    project_head(
        s,
        year=YEAR,
        name="蒲湾区农田小气候观测与作物气象服务",
        dept="蒲湾区气象局（402117）",
        unit="蒲湾区农业气象服务中心",
        money=funds(split, 60.52, 26),
        attr="一次性项目",
        end=serial,
        goals=("购置8套农田小气候观测设备，开展小麦、玉米全生育期气象服务。",),
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "购置农田小气候观测设备", "≥8套"),
            (None, None, "发布作物生育期气象服务产品", "≥24期"),
            (None, "质量指标", "设备安装验收合格率", "=100%"),
            (None, "时效指标", "设备安装完成时间", "2026年6月30日前"),
            (None, "成本指标", "单套观测设备购置成本", "≤4.5万元/套"),
            ("效益指标", "社会效益指标", "作物气象服务覆盖种植大户比例", "≥85%"),
            (None, "可持续影响指标", "观测设备使用年限", "≥6年"),
            ("满意度指标", "服务对象满意度指标", "种植大户满意度", "≥90%"),
        ],
    )
    s.row("资金明细", "支出内容", "金额（万元）", "说明")
    top = s.r + 1
    twice = mk("36万36万（含运输）", "X106", "error", alt=("B108",), note="36 pasted twice")
    s.row(None, "农田小气候观测设备购置", twice, "8套")
    s.row(None, "作物气象服务产品外包制作", money(24.52), None)
    s.row(None, "观测耗材及运行维护", money(26), None)
    s.ws.merge_cells(start_row=top - 1, start_column=1, end_row=s.r, end_column=1)
    foot(s, "说明：明细金额合计与年度资金总额一致。")
    return b


@variant(
    "khg18-station-second-sheet",
    (1, 7),
    "project, NAT-2021: head on the first sheet, the indicator table on a second sheet under "
    "a two-row header with 比较符 and 预期实现值, percent cells, a text =100% on a rate "
    "(correct)",
)
def khg18() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="檀溪县国家农业气象观测站业务运行",
        dept="檀溪县气象局（509006）",
        unit="檀溪县国家农业气象观测站",
        money=funds(22, 22, 0),
        attr="常年项目",
        goals=("完成水稻、油菜全生育期观测200次，按时上传观测资料并全部备份。",),
    )
    t = b.sheet("绩效指标", (16, 18, 30, 14, 12, 14))
    t.title(f"{YEAR}年度项目绩效指标", 6)
    t.row("绩效指标", None, None, "比较符", "预期实现值", "计量单位", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标", None, None, None)
    for c in range(4, 7):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table(
        [
            ("产出指标", "数量指标", "作物生育期观测", "≥", 200, "次"),
            (None, "质量指标", "观测资料备份完整率", None, "=100%", None),
            (None, None, "观测资料错情率", "≤", C(0.003, "0.0%"), "%"),
            (None, "时效指标", "观测资料上传及时率", "≥", pct(0.98), "%"),
            ("成本指标", "经济成本指标", "单次生育期观测成本", "≤", 0.05, "万元/次"),
            ("效益指标", "社会效益指标", "农业气象情报服务覆盖乡镇比例", "≥", pct(0.9), "%"),
            (None, "可持续影响指标", "农业气象观测业务运行机制", "=", "健全", None),
            ("满意度指标", "服务对象满意度指标", "农业农村部门满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    return b
