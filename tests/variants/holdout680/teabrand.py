"""A herb-tea brand: new teas, packaging, promotion and sales networks (hn13–hn18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout680.common import multi_year, one_year, sign, start, tiered, wan
from tests.variants.holdout680.registry import variant
from tests.variants.kit import Book, day, mk, pct

Y = 2025
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "hn13-tea-new-products",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a goal "
    "count with its parts in brackets, a packaging cost within the money (correct)",
)
def tea_new_products() -> Book:
    b, s = start()
    project_head(s, year=Y, name="“雾岭香草”花草茶新品开发", dept="柘源县商务局（326）",
                 unit="柘源县雾岭茶业有限公司", money=one_year(120, 100, 20),
                 goals=["开发紫苏、薄荷花草茶新品6款（其中紫苏茶3款、薄荷茶3款），"
                        "参加展销会4场，线上销售20万盒。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "花草茶新品开发数量", "≥6款"),
        (None, None, "紫苏茶系列新品", "≥3款"),
        (None, None, "参加展销会", "≥4场"),
        (None, None, "线上销售量", "≥20万盒"),
        (None, "质量指标", "新品抽检合格率", "=100%"),
        (None, "时效指标", "新品上市时间", "2025年9月30日前"),
        (None, "成本指标", "单盒包装成本", "≤3.5元/盒"),
        ("效益指标", "经济效益指标", "新品销售收入", "≥600万元"),
        (None, "社会效益指标", "带动紫苏薄荷种植户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
        (None, None, "消费者投诉率", "≤1%"),
    ])  # fmt: skip
    sign(s, "纪晚棠", "0736-5501246", Y - 1, 12, 1)
    return b


@variant(
    "hn14-tea-promotion",
    (6,),
    "project, NAT-2021, one value column: a template's "
    "placeholder left, one count under 数量 and 时效 with two values, a count against the goal",
)
def tea_promotion() -> Book:
    b, s = start()
    project_head(s, year=Y, name="“雾岭香草”品牌推广", dept="柘源县商务局（326）",
                 unit="柘源县雾岭茶业有限公司", money=one_year(60, 50, 10),
                 goals=["2025年举办“雾岭香草”品牌推广活动12场、电商直播24场，"
                        "签约经销商30家。"])  # fmt: skip
    tiered(s, ONE, [
        ("产出指标", "数量指标", "品牌推广活动场次", "≥12场"),
        (None, None, "电商直播场次", "≥24场"),
        (None, None, "签约经销商数量",
         mk("≥20家", "D104", "warning", row=True, note="年度目标写签约经销商30家")),
        (None, None, "新媒体推广文章",
         mk("≥XX篇", "X101", "error", note="模板示例行的占位符未填")),
        (None, "质量指标", "推广内容审核合格率", "=100%"),
        (None, "时效指标", "品牌推广活动举办次数",
         mk("≥10场", "D102", "error", row=True, alt=("D103", "F201"),
            note="与数量指标下的品牌推广活动场次是同一指标，数值不同")),
        (None, None, "推广活动完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单场推广活动成本", "≤2万元/场"),
        ("效益指标", "经济效益指标", "品牌产品销售额增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "纪晚棠", "0736-5501246", Y - 1, 12, 1)
    return b


@variant(
    "hn15-tea-department",
    (12, 1),
    "department, NAT-2021, operator column with typed "
    "percent cells; budget, sources and tasks all adding up (correct)",
)
def tea_department() -> Book:
    b, s = start()
    department_head(s, year=Y, dept="柘源县草本茶产业发展中心",
                    budget=[(wan(180), wan(150), wan(30), wan(60), wan(120))],
                    tasks=[("品牌推广", "组织展会和直播", wan(50), "品牌知名度提升"),
                           ("标准化包装", "统一包装设计印制", wan(40), "包装统一"),
                           ("质量追溯", "建设追溯平台", wan(30), "产品可追溯"),
                           ("金额合计", None, wan(120), None)],
                    goal="推广“雾岭香草”区域公用品牌，统一花草茶包装，建成质量追溯平台，"
                         "追溯覆盖全县茶企15家。")  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位"), [
        ("产出指标", "数量指标", "纳入追溯平台茶企", "≥", 15, "家"),
        (None, None, "品牌展会及直播场次", "≥", 20, "场"),
        (None, "质量指标", "追溯产品赋码率", "≥", pct(0.95), "%"),
        (None, "时效指标", "追溯平台上线时间", "≤", day(Y, 6, 30), None),
        ("成本指标", "经济成本指标", "包装设计印制成本", "≤", 40, "万元"),
        ("效益指标", "经济效益指标", "区域品牌茶产品销售额增长率", "≥", pct(0.12), "%"),
        (None, "社会效益指标", "品牌授权使用企业", "≥", 12, "家"),
        ("满意度指标", "服务对象满意度指标", "授权企业满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "卢采薇", "0736-5517735", Y - 1, 11, 25)
    return b


@variant(
    "hn16-tea-export",
    (7,),
    "budget-system export: a 05-1 budget sheet and a 05-2 sheet "
    "with codes in the first columns and the header on the third row: an output against the "
    "goal, a satisfaction rate under 社会效益",
)
def tea_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 14, 26, 40, 12, 12, 12))
    s.title(f"{Y}年部门项目支出预算表", 7)
    s.row("单位：柘源县雾岭茶业有限公司", None, None, None, None, None, "单位：万元")
    s.row("单位编码", "项目编码", "项目名称", "年度绩效目标", "资金总额", "财政拨款", "其他资金")
    s.row("326007", "43092325K0118", "紫苏薄荷袋泡茶生产线", "建成袋泡茶生产线1条，"
          "年产紫苏、薄荷袋泡茶50万袋。", wan(85), wan(70), wan(15))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 14, 16, 28, 10, 12, 10))
    t.title(f"{Y}年部门项目支出绩效目标表", 8)
    t.row("单位：柘源县雾岭茶业有限公司")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    code = ("326007", "43092325K0118")
    t.table([
        (*code, "产出指标", "数量指标", "袋泡茶生产线", "≥", 1, "条"),
        (*code, None, None, "袋泡茶年产量", "≥",
         mk(5, "D104", "warning", row=True, note="年度绩效目标写年产50万袋"), "万袋"),
        (*code, None, "质量指标", "成品抽检合格率", "≥", 98, "%"),
        (*code, None, "时效指标", "生产线投产时间", "≤", day(Y, 7, 31), None),
        (*code, "成本指标", "经济成本指标", "单袋生产成本", "≤", 0.35, "元/袋"),
        (*code, "效益指标", "经济效益指标", "袋泡茶销售收入", "≥", 60, "万元"),
        (*code, None, "社会效益指标",
         mk("消费者满意度", "F201", "warning", row=True, alt=("F105",),
            note="满意度指标填在社会效益下"), "≥", 90, "%"),
        (*code, None, None, "带动紫苏薄荷收购农户", "≥", 200, "户"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "hn17-tea-network-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "the goal copied, the end date before the start, an annual count above the period's",
)
def tea_network() -> Book:
    b, s = start()
    goal = "建成“雾岭香草”花草茶线上线下营销网络，签约经销网点60家，开设线上旗舰店2家。"
    project_head(s, year=Y, years=2, attr="新增项目", name="“雾岭香草”营销网络建设",
                 dept="柘源县商务局（326）", unit="柘源县雾岭茶业有限公司",
                 money=multi_year((150, 120, 30), (80, 65, 15)), start=day(Y, 3, 1),
                 end=mk(day(Y - 1, 12, 31), "Y104", "error", alt=("Y102",),
                        note="两年期项目应到2026年底"),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="年度目标照抄中期目标")])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "签约经销网点", "≥60家",
         mk("≥80家", "D201", "error", note="年度网点数大于两年合计")),
        (None, None, "线上旗舰店", "≥2家", "≥1家"),
        (None, "质量指标", "经销网点规范化达标率", "≥90%", "≥90%"),
        (None, "时效指标", "网点签约完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单个网点形象建设补助", "≤1万元/家", "≤1万元/家"),
        ("效益指标", "经济效益指标", "花草茶销售收入", "≥900万元", "≥400万元"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "纪晚棠", "0736-5501246", Y - 1, 12, 1)
    return b


@variant(
    "hn18-tea-stacked-two",
    (2,),
    "two one-year projects stacked, OLD-NAT, one value "
    "column, the same indicator name with different values in each (correct)",
)
def tea_stacked_two() -> Book:
    b, s = start()
    project_head(
        s,
        year=Y,
        name="紫苏茶包装线升级",
        dept="柘源县商务局（326）",
        unit="柘源县雾岭茶业有限公司",
        money=one_year(45, 40, 5),
        goals=["升级紫苏茶包装线1条，包装效率提高至每小时3000盒。"],
    )
    tiered(s, ONE, [
        ("产出指标", "数量指标", "升级包装线", "≥1条"),
        (None, "质量指标", "产品抽检合格率", "≥98%"),
        (None, "时效指标", "包装线升级完成时间", "2025年6月30日前"),
        (None, "成本指标", "包装线升级改造成本", "≤40万元"),
        ("效益指标", "经济效益指标", "包装线每小时产能", "≥3000盒"),
        ("满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=Y, name="薄荷茶品牌体验店", dept="柘源县商务局（326）",
                 unit="柘源县雾岭茶业有限公司", money=one_year(30, 20, 10),
                 title=f"{Y}年度项目支出绩效目标申报表（薄荷茶品牌体验店）",
                 goals=["在县城开设薄荷茶品牌体验店2家，全年接待体验顾客1万人次。"])  # fmt: skip
    tiered(s, ONE, [
        ("产出指标", "数量指标", "开设品牌体验店", "≥2家"),
        (None, None, "接待体验顾客", "≥1万人次"),
        (None, "质量指标", "产品抽检合格率", "=100%"),
        (None, "时效指标", "体验店开业时间", "2025年5月1日前"),
        (None, "成本指标", "单店装修成本", "≤12万元/家"),
        ("效益指标", "社会效益指标", "品牌知晓率提高", "≥10百分点"),
        ("满意度指标", "服务对象满意度指标", "体验顾客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "纪晚棠", "0736-5501246", Y - 1, 12, 1)
    return b
