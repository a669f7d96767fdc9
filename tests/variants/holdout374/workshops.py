"""Paper-cutting (剪纸) workshops: percent cells, stacked projects and flat lists (vt01–vt06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout374.common import header, indicators, notes, one_year, sign, start, wan
from tests.variants.holdout374.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant(
    "vt01-jianzhi-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format "
    "(correct)",
)
def vt01() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="枫渡县剪纸技艺传习所传承人带徒项目",
        dept="枫渡县文化和旅游局（415003）",
        unit="枫渡县剪纸技艺传习所",
        money=one_year(40, 32, 8),
        goals=["开设剪纸传习班12期，培训学员240人以上，传承人带徒6人。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(
        s,
        [
            ("产出指标", "数量指标", "传习班开班期数", "≥", 12, "期"),
            (None, None, "培训学员人数", "≥", 240, "人"),
            (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
            (None, None, "学员作品返工率", "≤", pct(0.05), "%"),
            (None, "时效指标", "课程按期完成率", "=", pct(1), "%"),
            (None, "成本指标", "每期传习班培训成本", "≤", 3, "万元/期"),
            ("效益指标", "社会效益指标", "带徒传承人数", "≥", 6, "人"),
            (None, "可持续影响指标", "剪纸技艺档案建档率", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.9), "%"),
        ],
    )
    sign(s, "龙晓岚", "0746-5831207", 2024)
    return b


@variant(
    "vt02-nianhua-percent-wrong",
    (1,),
    "project, OLD-NAT, operators inside the values, a typed percent over 100 on a 合格率 and "
    "a 满意度 given as a count",
)
def vt02() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹤坪区木版年画作坊扶持项目",
        dept="鹤坪区文化馆（208117）",
        unit="鹤坪区文化馆",
        money=one_year(50, 40, 10),
        goals=["扶持木版年画作坊8家，新刻年画版样30套，带动就业40人。"],
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "扶持年画作坊数", "≥8家"),
            (None, None, "新刻年画版样数", "≥30套"),
            (
                None,
                "质量指标",
                "年画印制成品验收合格率",
                mk(pct(1.05), "T106", "error", note="合格率以100%为上限，105%不可能"),
            ),
            (None, "时效指标", "扶持资金拨付及时率", pct(0.95)),
            (None, "成本指标", "每家作坊扶持标准", "≤5万元/家"),
            ("效益指标", "社会效益指标", "带动作坊就业人数", "≥40人"),
            (None, "经济效益指标", "作坊年画销售收入增长率", "≥10%"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "作坊主满意度",
                mk("≥90家", "T105", "error", note="满意度是比率，却写成家数"),
            ),
        ],
    )
    return b


@variant(
    "vt03-jianzhi-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
    "with different values in each project (correct)",
)
def vt03() -> Book:
    b, s = start("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="云梓市剪纸进校园项目",
        dept="云梓市教育局（311020）",
        unit="云梓市青少年宫",
        money=one_year(30, 26, 4),
        goals=["在20所中小学开设剪纸课，受益学生不少于3000人。"],
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "开设剪纸课学校数", "≥20所"),
            (
                None,
                "质量指标",
                "课程教案审核通过率",
                ok(pct(0.95), note="没有比较符的百分比单元格"),
            ),
            (None, "成本指标", "每所学校课程补助", "≤1.2万元/所"),
            ("效益指标", "社会效益指标", "受益学生人数", "≥3000人"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="云梓市剪纸文创产品开发项目",
        dept="云梓市文化广电旅游局（311004）",
        unit="云梓市工艺美术研究所",
        money=one_year(60, 50, 10),
        title="",
        goals=["开发剪纸文创产品40款，进驻文旅商店15家。"],
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "开发剪纸文创产品款数", "≥40款"),
            (None, None, "进驻文旅商店数", "≥15家"),
            (None, "质量指标", "产品打样合格率", ok(pct(0.92), note="没有比较符的百分比单元格")),
            (None, "成本指标", "每款产品开发成本", "≤1.4万元/款"),
            ("效益指标", "经济效益指标", "文创产品销售额", "≥80万元"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥92%"),
        ],
    )
    return b


@variant(
    "vt04-jianzhi-stacked-wrong",
    (2, 11),
    "two projects stacked, OLD-NAT, one value column: the second project's money does not "
    "add up and a 破损率 carries ≥",
)
def vt04() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="柘塘镇剪纸合作社技能培训项目",
        dept="柘塘镇人民政府（520311）",
        unit="柘塘镇文化站",
        money=one_year(24, 20, 4),
        goals=["培训剪纸合作社社员120人次，社员人均增收不少于2000元。"],
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "培训社员人次", "≥120人次"),
            (None, "质量指标", "培训考核合格率", "≥90%"),
            (None, "成本指标", "人均培训成本", "≤0.2万元/人次"),
            ("效益指标", "经济效益指标", "社员人均增收", "≥2000元"),
            ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
        ],
    )
    s.skip()
    money = one_year(80, 60, 15)
    money[0][1] = mk(money[0][1], "B101", "error", note="财政拨款60 + 其他资金15 = 75，不是80")
    project_head(
        s,
        year=2025,
        name="柘塘镇剪纸作品仓储与物流项目",
        dept="柘塘镇人民政府（520311）",
        unit="柘塘镇剪纸专业合作社",
        money=money,
        title="",
        goals=["建成剪纸作品恒温仓库1座，全年发货2万件。"],
    )
    header(s)
    indicators(
        s,
        [
            ("产出指标", "数量指标", "全年发货件数", "≥20000件"),
            (
                None,
                "质量指标",
                mk(
                    "剪纸作品运输破损率",
                    "T108",
                    "warning",
                    row=True,
                    note="破损率是反向指标，应为≤",
                ),
                "≥3%",
            ),
            (None, "成本指标", "仓库建设成本", "≤45万元"),
            ("效益指标", "经济效益指标", "线上订单增长率", "≥15%"),
            ("满意度指标", "服务对象满意度指标", "客户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vt05-jianzhi-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "budget with shares and key tasks, weights add to 100 (correct)",
)
def vt05() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=2025,
        dept="枫渡县文化馆（剪纸艺术研究中心）",
        budget=[
            (wan(520), wan(400), wan(120), wan(310), wan(210)),
            (
                pct(1),
                pct(0.7692, "0.00%"),
                pct(0.2308, "0.00%"),
                pct(0.5962, "0.00%"),
                pct(0.4038, "0.00%"),
            ),
        ],
        tasks=[
            ("剪纸传承展示", "举办剪纸展览和传承人展演", wan(120), "展览12场"),
            ("年画修复", "修复馆藏旧版年画", wan(90), "修复60幅"),
            ("金额合计", None, wan(210), None),
        ],
        goal="办好剪纸展览12场，修复馆藏年画60幅，展陈安全无事故。",
    )
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("剪纸展览场次", 20, "场", "≥", 12),
            ("修复馆藏年画幅数", 20, "幅", "≥", 60),
            ("修复作品验收合格率", 15, "%", "≥", pct(0.95)),
            ("剪纸展品损坏率", 10, "%", "≤", pct(0.02)),
            ("展陈安全事故发生起数", 10, "起", "≤", 0),
            ("观展人次", 15, "人次", "≥", 30000),
            ("观众满意度", 10, "%", "≥", pct(0.9)),
        ]
    )
    notes(s, "注：权重合计100分；安全事故起数以零事故为目标。", width=5)
    sign(s, "聂书瑶", "0746-5830412", 2024, 11, 20)
    return b


@variant(
    "vt06-jianzhi-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
    "计量单位 · 权重): weights add to 95, a 反向 投诉率 with ≥",
)
def vt06() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="鹤坪区民间艺术剧院（剪纸皮影工作室）",
        budget=[(wan(260), wan(220), wan(40), wan(180), wan(80))],
        goal="全年开展剪纸与皮影进社区活动40场，服务群众2万人次。",
    )
    header(s, "指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ("进社区活动场次", "≥40", "正向", "场", 25),
            ("服务群众人次", "≥20000", "正向", "人次", 20),
            ("活动按计划完成率", "≥95", "正向", "%", 15),
            (
                "观众投诉率",
                mk("≥1", "T108", "warning", row=True, note="投诉率是反向指标，比较符却是≥"),
                "反向",
                "%",
                15,
            ),
            ("群众满意度", "≥90", "正向", "%", 20),
        ]
    )
    b.file_mark("W101", "error", note="权重 25 + 20 + 15 + 15 + 20 = 95，不是100")
    return b
