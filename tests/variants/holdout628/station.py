"""Township food-safety inspection station returns (快检站): fn13 to fn18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout628.common import (
    MARKET,
    YEAR,
    details,
    first,
    funds,
    indicators,
    notes,
    sign,
    wan,
)
from tests.variants.holdout628.registry import variant
from tests.variants.kit import Book, day, mk, pct

STATION = "澄禾县苇塘镇食品安全快检站"


@variant(
    "fn13-station-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percents, =0起 on accidents, a 下降率 with 大于等于, weights to 100 (correct)",
)
def fn13() -> Book:
    b, s = first("部门整体")
    department_head(
        s,
        year=YEAR,
        dept=STATION,
        budget=[(wan(58), wan(52), wan(6), wan(31), wan(27))],
        tasks=[
            ("农贸市场快检", "腌制品、菊粉等食品快检", wan(15), "快检4800批次"),
            ("食品安全宣传", "进村入市宣传活动", wan(12), "宣传24场"),
            ("金额合计", None, wan(27), None),
        ],
        goal="全年完成农产品及腌制品快检4800批次，开展食品安全宣传活动24场，杜绝重大食品安全事故。",
    )
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("农产品及腌制品快检批次", 20, "批次", "大于等于", 4800),
        ("腌制品亚硝酸盐快检覆盖率", 15, "%", "大于等于", pct(0.95)),
        ("快检结果报送超时率", 10, "%", "小于等于", pct(0.02)),
        ("农贸市场腌制品不合格率下降率", 10, "%", "大于等于", pct(0.2)),
        ("重大食品安全事故", 15, "起", "等于", 0),
        ("食品安全宣传活动", 10, "场", "大于等于", 24),
        ("问题产品处置率", 10, "%", "等于", pct(1)),
        ("商户及群众满意度", 10, "%", "大于等于", pct(0.9)),
    ], merged=())  # fmt: skip
    s.row("权重合计", 100, None, None, None)
    sign(s, "柯雨桐", "0739-6150514", day(YEAR - 1, 11, 22), head="站长")
    return b


@variant(
    "fn14-station-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): a 反向 rate with ≥, the same count twice with two values",
)
def fn14() -> Book:
    b, s = first("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="澄禾县北垣乡食品安全快检站",
        budget=[(wan(46), wan(40), wan(6), wan(25), wan(21))],
        goal="全年完成农贸市场快检4200批次、抽样送检120批次，开展宣传活动18场。",
    )
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("农贸市场快检批次", "≥4200", "正向", "批次", 20),
        ("菊粉及腌制品抽样送检批次", "≥120", "正向", "批次", 15),
        ("快检结果报送超时率", mk("≥3", "T108", "warning", row=True,
                                   note="超时率是反向指标，应为≤3%"), "反向", "%", 10),
        ("食品安全宣传活动", "≥18", "正向", "场", 10),
        ("农贸市场快检批次", mk("≥3600", "D102", "error", row=True,
                                 note="与第一行同名同单位，值4200与3600不同"), "正向", "批次", 15),
        ("问题产品处置率", "=100", "正向", "%", 15),
        ("群众满意度", "≥90", "正向", "%", 15),
    ], merged=())  # fmt: skip
    sign(s, "卢一帆", "0739-6150733", day(YEAR - 1, 11, 26), head="站长")
    return b


@variant(
    "fn15-station-direction",
    (1, 11),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, unit column, typed "
    "percents, a 下降率 正向 with ≥, a unit cost × count equal to its line (correct)",
)
def fn15() -> Book:
    b, s = first("Sheet1", (16, 16, 30, 12, 12, 14, 12))
    project_head(
        s,
        year=YEAR,
        name="苇塘镇食品安全快检能力运行保障",
        dept=MARKET,
        unit=STATION,
        money=funds((48, 40, 8)),
        goals=[
            "全年完成快检6000批次，单批次快检成本控制在35元以内，快检结果24小时"
            "内报送，腌制品不合格率下降25%。"
        ],
    )
    details(
        s,
        [
            ("快检试剂耗材", 21, "6000批次×35元/批次"),
            ("快检车运行维护", 15, "1辆"),
            ("检测人员培训", 12, "4期"),
        ],
        48,
    )
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "快检批次", "正向", "≥", 6000, "批次"),
        (None, "质量指标", "腌制品亚硝酸盐超标检出率", "反向", "≤", pct(0.03), "%"),
        (None, None, "不合格产品下架处置率", "正向", "=", pct(1), "%"),
        (None, "时效指标", "快检结果报送时限", "反向", "≤", 24, "小时"),
        (None, "成本指标", "单批次快检成本", "反向", "≤", 35, "元/批次"),
        ("效益指标", "社会效益指标", "腌制品不合格率下降率", "正向", "≥", pct(0.25), "%"),
        (None, None, "群众食品安全投诉率", "反向", "≤", pct(0.01), "%"),
        ("满意度指标", "服务对象满意度指标", "商户满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "柯雨桐", "0739-6150514", day(YEAR - 1, 12, 2))
    return b


@variant(
    "fn16-station-budget-export",
    (7, 12),
    "budget-system export: a 05-1 budget sheet, the 05-2 indicator sheet with codes in the "
    "first columns and its header on the third row: a reagent price × count above its line, "
    "a satisfaction rate under 社会效益, a completion rate given in 批次",
)
def fn16() -> Book:
    b, s = first("部门项目支出预算05-1", (16, 30, 20, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算表", 5)
    s.row("单位：万元", None, None, "单位代码", "231006")
    s.row("项目代码", "项目名称", "支出内容", "资金来源", "金额")
    code, name = "2025-231-017", "苇塘镇食品安全快检能力提升"
    s.row(code, name, "快检试剂采购", "财政拨款", wan(5))
    s.row(code, name, "快检设备购置", "财政拨款", wan(18))
    s.row(code, name, "检测人员培训", "其他资金", wan(3))
    s.row("合计", None, None, None, wan(26))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 10, 12, 16, 28, 12, 10))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 7)
    t.row("导出时间", day(YEAR - 1, 12, 15), None, "项目名称", name)
    header = ("项目代码", "单位代码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "快检批次", "≥6000", "批次"),
        (None, "质量指标", "抽检任务完成率",
         mk("≥48", "T105", "error", row=True, note="完成率填了48批次，不是百分比"), "批次"),
        (None, "时效指标", "快检结果报送时限", "≤24", "小时"),
        (None, "成本指标", "快检试剂单价",
         mk("≤12", "B107", "warning", row=True,
            note="12元/批次×6000批次=7.2万元，超过05-1表快检试剂采购5万元"), "元/批次"),
        ("效益指标", "社会效益指标", "腌制品不合格率下降率", "≥20", "%"),
        (None, None, "商户满意度",
         mk("≥90", "F201", "warning", row=True, note="满意度填在社会效益指标下"), "%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90", "%"),
    ]  # fmt: skip
    indicators(t, header, [(code, "231006", *r) for r in rows], merged=(3, 4))
    return b


@variant(
    "fn17-station-page-break",
    (4,),
    "project, OLD-NAT, weight column: subtotal rows, the header repeated after a page "
    "break, a 注 row, 填表说明, signature and date lines (correct)",
)
def fn17() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="腌制品及菊粉小作坊规范提升",
        dept=MARKET,
        unit=STATION,
        money=funds((64, 58, 6)),
        goals=[
            "帮扶40户腌制品及菊粉小作坊规范提升，快检2000批次，小作坊许可证"
            "持证率达到95%，11月底前完成整改。"
        ],
    )
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, header, [
        ("产出指标", "数量指标", "小作坊规范提升户数", "≥40户", 10),
        (None, None, "小作坊产品快检批次", "≥2000批次", 10),
        (None, "质量指标", "小作坊许可证持证率", "≥95%", 10),
        (None, None, "小作坊产品抽检合格率", "≥97%", 10),
        (None, "时效指标", "整改完成时限", "2025年11月30日前", 5),
        (None, "成本指标", "小作坊户均补助", "≤1.2万元/户", 5),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip(2)
    s.row(*header)
    s.table([
        ("效益指标", "经济效益指标", "小作坊产品销售额增长率", "≥10%", 15),
        (None, "社会效益指标", "违规生产投诉下降率", "≥30%", 15),
        (None, "可持续影响指标", "小作坊信用档案", "建立并执行", 10),
        ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(
        s,
        "注：户均补助按40户测算，补助合计48万元，其余用于快检和培训。",
        "填表说明：表格跨页时重复表头；权重合计应为100。",
    )
    sign(s, "柯雨桐", "0739-6150514", day(YEAR - 1, 12, 9), head="经办人")
    s.row("审核人：蒋知远", None, None, None, "（盖章）", None)
    return b


@variant(
    "fn18-station-template-left",
    (6,),
    "project, NAT-2021, header 预期目标: a template example row left in, a 时效 tier-2 left "
    "empty, the same inspection count twice with a word more",
)
def fn18() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="北垣乡菊粉作坊从业人员食品安全培训",
        dept=MARKET,
        unit="澄禾县北垣乡食品安全快检站",
        money=funds((30, 26, 4)),
        goals=["培训菊粉作坊从业人员60人，现场快检300批次，培训考核合格率不低于90%。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "人均培训成本", "≤500元/人"),
        ("产出指标", "数量指标", "培训作坊从业人员", "≥60人"),
        (None, None, "作坊现场快检批次", "≥300批次"),
        (None, None, "菊粉作坊现场快检批次",
         mk("≥250批次", "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与上一行只差“菊粉”二字，是同一指标，值却是250")),
        (None, None, "（示例）培训人次",
         mk("≥**人次", "X101", "error", row=True, note="模板示例行未删，残留占位符")),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板的时效指标行未填写"),
         None, None),
        ("效益指标", "社会效益指标", "作坊食品安全自查覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "岑望舒", "0739-6151186", day(YEAR - 1, 12, 1))
    return b
