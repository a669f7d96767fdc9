"""Returns zm13–zm18: department returns, flat lists, a budget-system export and template rows
for 黄酒 and 酱油 brewing bodies."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout471.common import dept_budget, funds, indicators, notes, sign, start, wan
from tests.variants.holdout471.registry import variant
from tests.variants.kit import Book, day, mk, pct

TIER_HEADER = [("一级指标", "二级指标", "三级指标", "指标值")]


@variant(
    "zm13-flat-department",
    (3, 4),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, a 下降率 with ≥, a 合计 row of the "
    "weights (correct)",
)
def zm13() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="泷水县酿造食品检验所",
                    budget=dept_budget([420, 380, 40, 300, 120], [
                        pct(1), pct(0.9048, "0.00%"), pct(0.0952, "0.00%"),
                        pct(0.7143, "0.00%"), pct(0.2857, "0.00%")]),
                    tasks=[("黄酒产品风险监测", "黄酒生产流通环节风险监测采样", wan(70),
                            "完成黄酒风险监测采样200批次以上"),
                           ("酱油产品监督抽检", "酿造酱油监督抽检和检验", wan(50),
                            "完成酱油监督抽检300批次以上"),
                           ("金额合计", None, wan(120), None)],
                    goal="完成黄酒和酱油产品风险监测与监督抽检，检验报告准确及时。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("黄酒风险监测采样批次", 15, "批次", "≥", 200),
        ("酱油监督抽检批次", 15, "批次", "≥", 300),
        ("检验报告准确率", 15, "%", "≥", pct(0.99)),
        ("检验结果报送及时率", 10, "%", "≥", pct(0.95)),
        ("每批次检验平均成本", 10, "万元/批次", "≤", 0.2),
        ("酿造企业安全生产隐患下降率", 10, "%", "≥", pct(0.1)),
        ("检验设备完好率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ]:  # fmt: skip
        s.row(*line)
    sign(s, "郑沐禾", "0596-7732105", day(2025, 1, 6))
    return b


@variant(
    "zm14-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): a 反向 rate with ≥, a value unit "
    "against the unit column, weights adding to 95",
)
def zm14() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="禾丰区市场监督管理局",
                    budget=dept_budget([560, 500, 60, 400, 160]),
                    tasks=[("传统酱园监督检查", "酱园和酱油生产企业日常检查", wan(90),
                            "检查传统酱园80家次以上"),
                           ("酱油标签标识抽查", "流通环节酱油标签标识抽查", wan(70),
                            "抽查酱油标签标识150批次以上"),
                           ("金额合计", None, wan(160), None)],
                    goal="加强传统酱园和酱油生产企业监管，规范酱油标签标识。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+10+15+10+10+20 = 95, not 100")
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    for line in [
        ("传统酱园监督检查家次", "≥80", "正向", "家次", 15),
        ("酱油标签标识抽查批次", "≥150", "正向", "批次", 15),
        ("黄酒酿造企业许可审查平均时限", "≤15", "反向", "工作日", 10),
        ("酱油产品抽检合格率", "≥97%", "正向", "%", 15),
        ("酿造企业投诉处理超时率",
         mk("≥2%", "T108", "warning", row=True, note="a 反向 rate with ≥"), "反向", "%", 10),
        ("每家次检查成本",
         mk("≤0.3万元", "T112", "error", note="万元 in the value, 家次 in the unit column"),
         "反向", "家次", 10),
        ("消费者满意度", "≥90%", "正向", "%", 20),
    ]:  # fmt: skip
        s.row(*line)
    sign(s, "葛承砚", "0598-5527433", day(2025, 1, 12))
    return b


NAT_2021_ROWS = [
    ("产出指标", "数量指标", "黄酒经营主体原产地标志巡查家次", "≥300家次"),
    (None, None, "扶持传统技艺传承人人数", "≥25人"),
    (None, None, "质量辅导企业家数", "≥20家"),
    (None, "质量指标", "原产地标志使用合规率", "≥95%"),
    (None, "时效指标", "传承人补助发放及时率", "100%"),
    ("成本指标", "经济成本指标", "传承人带徒补助标准", "≤6万元/人"),
    ("效益指标", "经济效益指标", "区域黄酒产业产值增长率", "≥6%"),
    (None, "社会效益指标", "区域黄酒品牌影响力", "提升"),
    (None, "可持续影响指标", "传承人培养长效机制", "健全"),
    ("满意度指标", "服务对象满意度指标", "黄酒企业及传承人满意度", "≥90%"),
]


@variant(
    "zm15-department-money",
    (12,),
    "department, NAT-2021: budget with shares, key tasks "
    "adding to 金额合计 = 项目支出, a note explaining the total, a cost standard × count "
    "equal to its task (correct)",
)
def zm15() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="湄川市黄酒产业发展服务中心",
                    budget=dept_budget([800, 680, 120, 480, 320],
                                       [pct(1), pct(0.85), pct(0.15), pct(0.6), pct(0.4)]),
                    tasks=[("黄酒原产地保护标志管理", "标志核准与市场巡查", wan(120),
                            "巡查黄酒经营主体300家次以上"),
                           ("传统黄酒技艺传承扶持", "传承人带徒补助", wan(150),
                            "扶持传统技艺传承人25名"),
                           ("黄酒质量提升行动", "企业质量辅导", wan(50), "辅导企业20家以上"),
                           ("金额合计", None, wan(320), None)],
                    goal="保护黄酒原产地标志，扶持传统技艺传承，提升区域黄酒质量。")  # fmt: skip
    notes(s, "注：金额合计为项目支出合计，基本支出480万元未列入年度主要任务。")
    indicators(s, TIER_HEADER, NAT_2021_ROWS)
    sign(s, "韦青岑", "0597-3358846", day(2025, 1, 21))
    return b


@variant(
    "zm16-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, a share not matching its amount, tasks not adding to 金额合计",
)
def zm16() -> Book:
    b, s = start()
    amounts = dept_budget([650, 590, 60, 400, 230])[0]
    amounts[0] = mk(amounts[0], "B101", "error", row=True, note="400 + 230 = 630 ≠ 650")
    share = mk(pct(0.12), "B111", "error", note="60 ÷ 650 = 9.2%, not 12%")
    department_head(s, year=2025, dept="柘塘镇酱油产业服务站",
                    budget=[amounts, [pct(1), pct(0.91), share, pct(0.62), pct(0.35)]],
                    tasks=[("酱油企业风险分级监管", "酿造企业分级检查", wan(100),
                            "分级检查酿造企业60家次以上"),
                           ("传统酱园晒露工艺扶持", "晒露酱缸和晒场维护补助", wan(80),
                            "扶持传统酱园12家"),
                           ("调味品抽检", "酱油及调味品抽检", wan(40), "抽检200批次以上"),
                           ("金额合计", None, mk(wan(230), "B102", "error",
                                               note="100 + 80 + 40 = 220 ≠ 230"), None)],
                    goal="强化酱油企业风险监管，扶持传统酱园，保障调味品质量安全。")  # fmt: skip
    indicators(s, TIER_HEADER, [
        ("产出指标", "数量指标", "酿造企业分级检查家次", "≥60家次"),
        (None, None, "扶持传统酱园家数", "≥12家"),
        (None, None, "酱油及调味品抽检批次", "≥200批次"),
        (None, "质量指标", "抽检检验结果准确率", "≥99%"),
        (None, "时效指标", "扶持资金拨付及时率", "100%"),
        ("成本指标", "经济成本指标", "每批次抽检费用", "≤0.2万元/批次"),
        ("效益指标", "社会效益指标", "酱油抽检不合格产品处置率", "100%"),
        (None, "可持续影响指标", "晒露酿造工艺传承机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "酱园经营户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "范知秋", "0598-4471263", day(2025, 1, 9))
    return b


EXPORT_ROWS = [
    ("酱油黄酒风险监测项目", "产出指标", "数量指标", "酱油黄酒风险监测采样批次", "≥240批次"),
    ("酱油黄酒风险监测项目", "产出指标", "质量指标", "监测数据有效率", "≥98%"),
    ("酱油黄酒风险监测项目", "产出指标", "时效指标", "风险监测报告报送时间", "2025年12月20日前"),
    ("酱油黄酒风险监测项目", "产出指标", "成本指标", "每批次监测费用", "≤0.18万元/批次"),
    ("酱油黄酒风险监测项目", "效益指标", "社会效益指标", "风险隐患预警处置率", "≥95%"),
    ("酱油黄酒风险监测项目", "满意度指标", "服务对象满意度指标", "监管部门满意度", "≥90%"),
    ("传统酿造技艺保护扶持项目", "产出指标", "数量指标", "扶持传统酿造作坊户数", "≥16户"),
    ("传统酿造技艺保护扶持项目", "产出指标", "质量指标", "扶持作坊技艺评估达标率", "≥90%"),
    ("传统酿造技艺保护扶持项目", "产出指标", "时效指标", "扶持资金拨付及时率", "100%"),
    ("传统酿造技艺保护扶持项目", "产出指标", "成本指标", "每户作坊扶持标准", "≤2万元/户"),
    ("传统酿造技艺保护扶持项目", "效益指标", "可持续影响指标", "传统酿造作坊存续率", "≥95%"),
    ("传统酿造技艺保护扶持项目", "满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥90%"),
]


@variant(
    "zm17-export-second-sheet",
    (7, 12),
    "budget-system export: a money sheet with codes in "
    "the first columns, the indicator table of two projects on a second sheet under header "
    "预期实现值, header on the third row (correct)",
)
def zm17() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 26, 20, 26, 12, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 8)
    s.row("单位名称：鹭汀县酿造食品质量检验中心", None, None, None, None, None, None, "单位：万元")
    s.row(
        "单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金"
    )
    s.row("208017", "鹭汀县酿造食品质量检验中心", "33102525T000001", "酱油黄酒风险监测项目",
          "延续项目", wan(48), wan(40), wan(8))  # fmt: skip
    s.row("208017", "鹭汀县酿造食品质量检验中心", "33102525T000002", "传统酿造技艺保护扶持项目",
          "新增项目", wan(32), wan(32), wan(0))  # fmt: skip
    s.row("合计", None, None, None, None, wan(80), wan(72), wan(8))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 12, 18, 30, 18))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：鹭汀县酿造食品质量检验中心")
    t.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值", "指标值设定依据"
    )
    basis = ("计划标准", "行业标准", "计划标准", "历史标准", "计划标准", "行业标准")
    for i, line in enumerate(EXPORT_ROWS):
        code = "33102525T00000" + ("1" if i < 6 else "2")
        t.row(code, *line, basis[i % 6])
    return b


@variant(
    "zm18-template-rows",
    (6, 7, 13),
    "project, NAT-2021, header 预期目标: two tier-2 "
    "labels left from the template without indicators, a value without a name",
)
def zm18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="柘塘镇黄酒酿造用水水源保护项目",
        dept="柘塘镇人民政府（520117）",
        unit="柘塘镇农业农村和水利服务中心",
        money=funds([30, 30, 0]),
        goals=["加强黄酒酿造用水水源地巡护和水质监测，保障酿造用水安全。"],
    )
    empty = "tier-2 left from the template with no indicator and no value"
    indicators(s, [("一级指标", "二级指标", "三级指标", "预期目标")], [
        ("产出指标", "数量指标", "酿造用水水源地巡查次数", "≥48次"),
        (None, None, mk(None, "F110", "error", note="value ≥6个 without a name"), "≥6个"),
        (None, "质量指标", "水源地水质监测达标率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note=empty), None, None),
        ("成本指标", "经济成本指标", "每次水源巡查成本", "≤0.2万元/次"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True, note=empty), None, None),
        ("效益指标", "生态效益指标", "水源保护区水质达标天数比例", "≥95%"),
        (None, "可持续影响指标", "水源地长效巡护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "黄酒酿造企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟立衡", "0596-6613048", day(2025, 1, 10))
    return b
