"""Special equipment safety checks (电梯、锅炉、起重机械): kfa13–kfa18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout823.common import (
    TIERS5,
    indicators,
    multi_year_money,
    notes,
    one_year_money,
    sign,
    start,
    wan,
)
from tests.variants.holdout823.registry import variant
from tests.variants.kit import Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "kfa13-elevator-operator-column",
    (11, 4),
    "project, OLD-NAT, operator and unit columns, goal total with its parts in brackets, a note "
    "row between tiers (correct)",
)
def elevator_operator_column() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="桐岭县2026年电梯定期检验补助",
        dept="桐岭县市场监督管理局",
        unit="桐岭县特种设备检验所",
        money=one_year_money(50, 45, 5),
        goals=[
            "完成电梯定期检验3200台（其中住宅电梯2400台、公共场所电梯800台），"
            "检验报告按时出具，全年不发生电梯较大事故。"
        ],
    )
    rows = [
        ("产出指标", "数量指标", "电梯定期检验台数", "≥", 3200, "台"),
        (None, None, "住宅电梯定期检验台数", "≥", 2400, "台"),
        (None, "质量指标", "检验报告差错率", "≤", 1, "%"),
        (None, "时效指标", "检验报告出具及时率", "≥", 95, "%"),
        (None, "成本指标", "单台检验补助", "≤", 150, "元/台"),
        ("注：成本按3200台×150元=48万元测算。", "", "", "", "", ""),
        ("效益指标", "社会效益指标", "电梯困人故障发生下降率", "≥", 10, "%"),
        (None, None, "电梯较大及以上事故", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "电梯使用单位满意度", "≥", 90, "%"),
    ]
    indicators(s, OPS, rows)
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r - 3, end_column=6)
    sign(s, "沈若岚", "0571-3826415", day(2025, 11, 18))
    return b


@variant(
    "kfa14-elevator-year-duplicate",
    (7,),
    "project, NAT-2021, header 指标内容/绩效标准: plan start in the year before, the goal's count "
    "against the indicator, one rate twice",
)
def elevator_year_duplicate() -> Book:
    b, s = start()
    start_cell = mk(
        day(2025, 1, 1),
        "Y101",
        "error",
        row=True,
        alt=("Y102",),
        note="2026年度一年期项目，计划开始日期写成2025年1月1日",
    )
    project_head(
        s,
        year=2026,
        name="澜石市2026年电梯安全监督抽查",
        dept="澜石市市场监督管理局",
        unit="澜石市特种设备安全监察分局",
        money=one_year_money(38, 38, 0),
        start=start_cell,
        goals=["监督抽查在用电梯3200台，隐患全部整改，维保单位考核全覆盖。"],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "在用电梯监督抽查台数",
            mk("≥3000台", "D104", "warning", row=True, note="年度目标写抽查3200台"),
        ),
        (None, None, "维保单位考核家数", "≥45家"),
        (None, "质量指标", "电梯安全隐患整改率", "=100%"),
        (None, None, "电梯监督抽查合格率", "≥92%"),
        (
            None,
            None,
            mk(
                "在用电梯监督抽查合格率",
                "D103",
                "warning",
                row=True,
                alt=("D101", "D102"),
                note="与上一行是同一指标，数值不同",
            ),
            "≥95%",
        ),
        (None, "时效指标", "隐患整改复查时限", "≤30日"),
        ("成本指标", "经济成本指标", "单台抽查费用", "≤110元/台"),
        ("效益指标", "社会效益指标", "电梯万台事故起数", "≤0.2起"),
        ("满意度指标", "服务对象满意度指标", "住户满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    sign(s, "陶予安", "0571-7730158", day(2025, 11, 12))
    return b


@variant(
    "kfa15-boiler-export",
    (7, 12),
    "budget-system export: budget on sheet 05-1, indicators on sheet 05-2 under a third-row "
    "header with codes in the first columns, =100% typed, 0起 (correct)",
)
def boiler_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 14, 14, 14, 40))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(
        "330582261000012",
        "工业锅炉能效测试与定期检验",
        wan(36),
        wan(32),
        wan(4),
        "对120台工业锅炉开展能效测试，在用锅炉定期检验率100%。",
    )
    s.row(
        "330582261000013",
        "气瓶充装单位监督检查",
        wan(14),
        wan(14),
        wan(0),
        "检查气瓶充装单位18家。",
    )
    s.row("合计", None, wan(50), wan(46), wan(4), None)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 30, 16))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位名称：凤栖区市场监督管理局")
    rows = [
        (
            "330582261000012",
            "工业锅炉能效测试与定期检验",
            "产出指标",
            "数量指标",
            "锅炉能效测试台数",
            "≥120台",
        ),
        (None, None, None, "质量指标", "在用锅炉定期检验率", pct(1)),
        (None, None, None, "成本指标", "单台能效测试费用", "≤2500元/台"),
        (None, None, "效益指标", "生态效益指标", "测试锅炉平均热效率提高", "≥2百分点"),
        (None, None, None, "社会效益指标", "锅炉爆炸事故", "0起"),
        (None, None, "满意度指标", "服务对象满意度指标", "锅炉使用单位满意度", pct(0.9)),
        (
            "330582261000013",
            "气瓶充装单位监督检查",
            "产出指标",
            "数量指标",
            "气瓶充装单位检查家数",
            "≥18家",
        ),
        (None, None, None, "时效指标", "检查问题整改时限", "≤30日"),
        (None, None, "效益指标", "社会效益指标", "气瓶充装违规行为下降率", "≥15%"),
        (None, None, "满意度指标", "服务对象满意度指标", "充装单位满意度", "≥90%"),
    ]
    indicators(
        t,
        ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
        rows,
        merged=(1, 2, 3, 4),
    )
    return b


@variant(
    "kfa16-boiler-second-sheet-wrong",
    (6, 7),
    "project head on the first sheet, indicators on a second sheet under 预期实现值: unit cost "
    "× count above the money, a template example row left in",
)
def boiler_second_sheet_wrong() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=2026,
        name="澜石市2026年电站锅炉安全状况检验",
        dept="澜石市市场监督管理局",
        unit="澜石市锅炉压力容器检验中心",
        money=one_year_money(25, 25, 0),
        goals=["对全市150台电站及工业锅炉开展安全状况检验，隐患全部闭环整改。"],
    )
    t = b.sheet("绩效指标")
    rows = [
        ("产出指标", "数量指标", "锅炉安全状况检验台数", "≥150台"),
        (
            None,
            None,
            mk("示例：XX检验次数", "X101", "error", row=True, note="模板示例行未删除"),
            "≥XX次",
        ),
        (None, "质量指标", "隐患闭环整改率", "=100%"),
        (None, "时效指标", "检验报告出具时限", "≤10个工作日"),
        (
            "成本指标",
            "经济成本指标",
            "单台检验费用",
            mk(
                "≤2000元/台",
                "B107",
                "warning",
                row=True,
                note="2000元×150台=30万元，超过年度资金25万元",
            ),
        ),
        ("效益指标", "社会效益指标", "锅炉安全事故发生数", "0起"),
        ("满意度指标", "服务对象满意度指标", "锅炉使用单位满意度", "≥90%"),
    ]
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    sign(t, "方听澜", "0571-4418830", day(2025, 11, 20))
    return b


@variant(
    "kfa17-old-elevator-three-years",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 columns, typed percents equal in both, the "
    "period's count beside a smaller year's (correct)",
)
def old_elevator_three_years() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=3,
        name="凤栖区老旧住宅电梯安全评估",
        dept="凤栖区市场监督管理局",
        unit="凤栖区特种设备检验所",
        attr="新增项目",
        money=multi_year_money((240, 216, 24), (80, 72, 8)),
        goals=[
            "三年完成使用15年以上住宅电梯安全评估1800台，评估结论全部告知业主。",
            "2026年完成安全评估600台，建立老旧电梯评估档案。",
        ],
    )
    rows = [
        ("产出指标", "数量指标", "老旧住宅电梯安全评估台数", "≥1800台", "≥600台"),
        (None, "质量指标", "评估结论告知率", pct(1), pct(1)),
        (None, "时效指标", "评估报告出具时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单台评估费用", "≤1200元/台", "≤1200元/台"),
        ("效益指标", "社会效益指标", "老旧电梯困人故障下降率", "≥20%", "≥8%"),
        (None, "可持续影响指标", "老旧电梯评估档案", "建立并动态更新", "建立"),
        ("满意度指标", "服务对象满意度指标", "业主满意度", pct(0.9), pct(0.9)),
    ]
    indicators(s, TIERS5, rows)
    notes(s, "说明：评估费用1800台×1200元=216万元，年度600台×1200元=72万元。")
    sign(s, "程暮雪", "0571-9031276", day(2025, 12, 1))
    return b


@variant(
    "kfa18-crane-two-years-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a count "
    "copied, a satisfaction rate under 社会效益",
)
def crane_two_years_copied() -> Book:
    b, s = start()
    goal = "两年完成港区起重机械安全隐患排查480台，重大隐患全部挂牌督办。"
    project_head(
        s,
        year=2026,
        years=2,
        name="澜石市港区起重机械隐患排查",
        dept="澜石市市场监督管理局",
        unit="澜石市特种设备安全监察分局",
        attr="新增项目",
        money=multi_year_money((96, 90, 6), (48, 45, 3)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
    )
    rows = [
        (
            "产出指标",
            "数量指标",
            "起重机械隐患排查台数",
            "≥480台",
            mk("≥480台", "D202", "warning", note="两年累计台数照抄到年度列"),
        ),
        (None, "质量指标", "重大隐患挂牌督办率", "=100%", "=100%"),
        (None, "时效指标", "隐患整改期限", "≤60日", "≤60日"),
        ("成本指标", "经济成本指标", "单台排查费用", "≤900元/台", "≤900元/台"),
        ("效益指标", "社会效益指标", "起重机械事故起数", "0起", "0起"),
        (
            None,
            None,
            mk("港口企业满意度", "F201", "warning", row=True, note="满意度填在社会效益指标下"),
            "≥90%",
            "≥90%",
        ),
        ("满意度指标", "服务对象满意度指标", "港区作业人员满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TIERS5, rows)
    sign(s, "任星遥", "0571-5526013", day(2025, 11, 28))
    return b
