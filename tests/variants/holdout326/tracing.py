"""Returns tx13–tx18: meat traceability (肉品追溯) and the standardisation of slaughter plants
(屠宰企业标准化创建), mostly department returns and system exports."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout326.common import (
    HEAD4,
    indicators,
    note,
    one_year_money,
    signature,
    start,
    wan,
)
from tests.variants.holdout326.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

TRACE_ROWS = [
    ("产出指标", "数量指标", "纳入追溯平台的屠宰企业数", "≥12家"),
    (None, None, "肉品追溯码赋码批次", "≥20000批次"),
    (None, "质量指标", "追溯信息上传准确率", "≥98%"),
    (None, "时效指标", "追溯数据上传时限", "≤24小时"),
    ("成本指标", "经济成本指标", "追溯平台年度运维费", "≤120万元"),
    ("效益指标", "社会效益指标", "上市肉品来源可追溯率", "≥95%"),
    (None, "可持续影响指标", "追溯平台连续稳定运行", "≥12个月"),
    ("满意度指标", "服务对象满意度指标", "肉品经营户满意度", "≥90%"),
]


@variant("tx13-department-money", (12,),
         "department, NAT-2021: budget with a row of shares, key tasks with a 金额合计 equal to "
         "项目支出, all consistent (correct)")  # fmt: skip
def tx13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="萸城市屠宰行业管理办公室",
                    budget=[(wan(420), wan(378), wan(42), wan(150), wan(270)),
                            (pct(1), pct(0.9), pct(0.1), pct(0.3571, "0.00%"),
                             pct(0.6429, "0.00%"))],
                    tasks=[
                        ("肉品追溯平台运维", "平台运维、赋码设备维护", wan(120),
                         "追溯平台稳定运行"),
                        ("屠宰企业标准化创建", "示范厂创建奖补", wan(90), "创建示范厂3家"),
                        ("屠宰环节质量安全监测", "风险监测抽检", wan(60), "抽检800批次"),
                        ("金额合计", None, wan(270), None),
                    ],
                    goal="建成覆盖全市定点屠宰企业的肉品追溯体系，推进屠宰标准化。")  # fmt: skip
    indicators(s, HEAD4, TRACE_ROWS)
    signature(s, "宓景行", "0762-3318805")
    return b


@variant("tx14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def tx14() -> Book:
    b, s = start()
    total = mk(wan(380), "B101", "error", note="基本支出 130 + 项目支出 240 = 370 ≠ 380")
    share = mk(pct(0.15), "B111", "error", note="30 ÷ 380 = 7.9 %, not 15 %")
    department_head(s, year=2025, dept="岫泉县农业农村局（屠宰监管科）",
                    budget=[(total, wan(350), wan(30), wan(130), wan(240)),
                            (pct(1), pct(0.92), share, None, None)],
                    tasks=[
                        ("肉品追溯体系建设", "追溯终端配置与数据对接", wan(100),
                         "屠宰企业追溯全覆盖"),
                        ("屠宰企业标准化创建", "改造奖补", wan(80), "创建示范厂2家"),
                        ("屠宰环节执法检查", "日常和专项检查", wan(50), "检查全覆盖"),
                        ("金额合计", None,
                         mk(wan(240), "B102", "error", alt=("B101",),
                            note="100 + 80 + 50 = 230 ≠ 240"), None),
                    ],
                    goal="推进屠宰企业标准化和肉品追溯，保障上市肉品质量安全。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "追溯终端配置家数", "≥8家"),
        (None, None, "创建标准化示范厂数量", "≥2家"),
        (None, "质量指标", "追溯信息完整率", "≥95%"),
        (None, "时效指标", "执法检查问题整改时限", "≤30天"),
        ("成本指标", "经济成本指标", "示范厂创建奖补标准", "≤40万元/家"),
        ("效益指标", "社会效益指标", "屠宰环节质量安全事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "阙子衡", "0719-5536720")
    return b


def _page_break_table(s: Sheet) -> None:
    """tx15's table: a column-number row, a subtotal, the header repeated after a page break."""
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [("1", "2", "3", "4", "5")], merged=())
    s.table([
        ("产出指标", "数量指标", "创建标准化示范厂数量", "≥3家", 10),
        (None, None, "追溯赋码屠宰企业数", "≥10家", 10),
        (None, "质量指标", "示范厂验收通过率", "=100%", 10),
        (None, "时效指标", "创建验收完成时间", "2025年11月30日前", 10),
        ("成本指标", "经济成本指标", "示范厂创建奖补标准", "≤20万元/家", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "上市肉品来源可追溯率", "≥95%", 15),
        (None, None, "屠宰环节质量安全事件", "≤0起", 10),
        (None, "可持续影响指标", "标准化管理制度执行", "建立并执行", 15),
        ("满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)


@variant("tx15-page-break", (4,),
         "department, NAT-2021, weight column; a column-number row, subtotal rows, the header "
         "repeated after a page break and a total row (correct)")  # fmt: skip
def tx15() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="芷阳区农业农村局",
                    budget=[(wan(260), wan(240), wan(20), wan(90), wan(170))],
                    tasks=[
                        ("屠宰企业标准化创建", "示范厂创建奖补", wan(70), "创建示范厂3家"),
                        ("肉品追溯体系运维", "追溯平台和赋码设备运维", wan(60), "追溯全覆盖"),
                        ("屠宰监管执法", "日常巡查和专项整治", wan(40), "监管全覆盖"),
                        ("金额合计", None, wan(170), None),
                    ],
                    goal="创建屠宰标准化示范厂3家，肉品追溯覆盖全区定点屠宰企业。")  # fmt: skip
    _page_break_table(s)
    signature(s, "俞望川", "0733-8150264")
    return b


@variant("tx16-template-empty", (6, 13),
         "project, NAT-2021, header 预期目标; a tier-2 label left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def tx16() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="蒲岭县屠宰企业标准化示范创建",
        dept="蒲岭县农业农村局（846003）",
        unit="蒲岭县屠宰行业管理站",
        money=one_year_money(wan(45), wan(40), wan(5)),
        goals=["创建1家省级生猪屠宰标准化示范厂，完成2家屠宰企业设施改造。"],
    )
    rows = [
        ("产出指标", "数量指标", "创建省级标准化示范厂数量", "≥1家"),
        (None, None, "屠宰企业设施改造家数", "≥2家"),
        (None, "质量指标", "改造项目验收合格率", "=100%"),
        (None, None, mk("", "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, "时效指标", "示范创建验收完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单家企业改造奖补标准", "≤15万元/家"),
        ("效益指标", "社会效益指标", "屠宰企业标准化生产水平", "明显提升"),
        (
            None,
            mk(
                "生态效益指标",
                "F109",
                "warning",
                row=True,
                note="a template tier-2 left without indicator and value",
            ),
            None,
            None,
        ),
        (None, "可持续影响指标", "标准化管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "屠宰企业满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    signature(s, "庞一鸣", "0746-2280391")
    return b


def _export_budget(s: Sheet) -> None:
    s.title("部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("426005", "榆塘县农业农村局", "43102225T000000318", "屠宰环节肉品追溯体系运维",
          wan(46), wan(42), wan(4))  # fmt: skip
    s.row("合计", None, None, None, wan(46), wan(42), wan(4))


@variant("tx17-budget-export", (7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes "
         "in the first columns, header on the third row, money consistent (correct)")  # fmt: skip
def tx17() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 18, 22, 28, 12, 12, 12))
    _export_budget(s)
    t = b.sheet("部门项目支出绩效目标05-2", (10, 22, 28, 12, 16, 28, 16))
    t.title("部门项目支出绩效目标表", 7)
    t.row("单位：万元")
    code, name = "43102225T000000318", "屠宰环节肉品追溯体系运维"
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for line in [
        ("产出指标", "数量指标", "赋码屠宰企业数", "≥6家"),
        ("产出指标", "数量指标", "追溯码赋码批次", "≥8000批次"),
        ("产出指标", "质量指标", "追溯信息上传准确率", "≥98%"),
        ("产出指标", "时效指标", "追溯数据上传时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单家企业赋码设备运维费", "≤5万元/家"),
        ("效益指标", "社会效益指标", "上市肉品来源可追溯率", "≥95%"),
        ("效益指标", "可持续影响指标", "追溯系统连续运行", "≥12个月"),
        ("满意度指标", "服务对象满意度指标", "肉品经营户满意度", "≥90%"),
    ]:
        t.row("426005", code, name, *line)
    return b


@variant("tx18-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights adding "
         "to 95")  # fmt: skip
def tx18() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="雁屿区动物卫生监督所",
                    budget=[(wan(150), wan(140), wan(10), wan(60), wan(90))],
                    goal="落实屠宰环节肉品追溯和检疫监管，上市肉品可追溯。")  # fmt: skip
    note(s, "年度绩效指标", 5)
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    for line in [
        (
            "纳入追溯管理的屠宰企业数",
            mk("12万元", "T112", "error", note="万元 in the value, 家 in the unit column"),
            "正向",
            "家",
            15,
        ),
        ("追溯码赋码批次", "≥15000", "正向", "批次", 15),
        ("追溯信息上传及时率", "≥95", "正向", "%", 15),
        (
            "肉品追溯信息差错率",
            mk("≥1", "T108", "warning", row=True, note="差错率 is 反向: ≤1% meant"),
            "反向",
            "%",
            10,
        ),
        ("宰后检疫出证率", "=100", "正向", "%", 15),
        ("屠宰环节质量安全事件", "≤0", "反向", "起", 15),
        ("屠宰企业满意度", "≥90", "正向", "%", 10),
    ]:
        s.row(*line)
    b.file_mark("W101", "error", note="15 + 15 + 15 + 10 + 15 + 15 + 10 = 95, not 100")
    signature(s, "詹以宁", "0768-2205347")
    return b
