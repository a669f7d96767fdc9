"""Returns about veterans' service stations (退役军人服务站): khi01 to khi06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout883.common import YEAR, first, notes, one_year, sign, table, w
from tests.variants.holdout883.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "khi01-station-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, "
    "percent cells, 万元 in the number format, a 下降率 with ≥, 0起 incidents (correct)",
)
def khi01() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="鹤汀区退役军人服务站运行保障",
        dept="鹤汀区退役军人事务局（417）",
        unit="鹤汀区退役军人服务中心",
        money=one_year(96, 90, 6),
        goals=["保障全区132个区镇村三级服务站规范运行，提升诉求办结效率和服务满意度。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "区镇村三级服务站运行数量", "≥", 132, "个"),
        (None, None, "服务站专职工作人员轮训人次", "≥", 260, "人次"),
        (None, "质量指标", "服务站标准化建设达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "退役军人诉求办结及时率", "≥", pct(0.9), "%"),
        (None, "成本指标", "村级服务站运行补助标准", "≤", 0.6, "万元/个"),
        ("效益指标", "社会效益指标", "重复来访诉求下降率", "≥", 10, "%"),
        (None, None, "因服务处置不当引发的群体性事件", "≤", 0, "起"),
        (None, None, "服务事项网上办理率", "≥", pct(0.8), "%"),
        (None, "可持续影响指标", "服务站长效运行机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "退役军人对服务站服务满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邵宁远", "0571-8836 2217")
    return b


@variant(
    "khi02-station-flat",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), bare numbers with a unit column, weights add to 100 (correct)",
)
def khi02() -> Book:
    b, s = first()
    department_head(
        s,
        year=YEAR,
        dept="桐屿市退役军人事务局",
        budget=[(w(412.5), w(398.5), w(14), w(236.5), w(176))],
        tasks=[
            ("服务站运行保障", "镇村服务站运行补助、人员轮训", w(96), "145个服务站规范运行"),
            ("走访慰问", "春节、八一走访慰问优抚对象", w(52), "慰问3200人次"),
            ("就业技能培训", "退役军人适应性和技能培训", w(28), "培训420人"),
            ("金额合计", None, w(176), None),
        ],
        goal="服务站运行规范，走访慰问覆盖全部重点优抚对象，退役军人就业质量提高。",
    )
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("村级退役军人服务站运行数量", 10, "个", "≥", 145),
        ("村级服务站运行补助标准", 10, "万元/个", "≤", 0.6),
        ("走访慰问优抚对象人次", 15, "人次", "≥", 3200),
        ("就业技能培训人数", 15, "人", "≥", 420),
        ("培训后半年内就业率", 10, "%", "≥", 70),
        ("慰问金发放差错率", 10, "%", "≤", 0.5),
        ("优抚对象信访事项按期办结率", 10, "%", "≥", 95),
        ("服务站标准化建设达标率", 10, "%", "≥", 90),
        ("退役军人满意度", 10, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    sign(s, "钱立川", "0571-6402 1935")
    return b


@variant(
    "khi03-station-money-wrong",
    (12, 1),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, a coverage rate typed as 105%",
)
def khi03() -> Book:
    b, s = first()
    bad = "300 + 218 = 518 ≠ 508（财政拨款 480 + 其他资金 28 = 508 成立）"
    department_head(
        s,
        year=YEAR,
        dept="松陂县退役军人事务局",
        budget=[(mk(w(508), "B101", "error", row=True, note=bad), w(480), w(28), w(300), w(218))],
        tasks=[
            ("服务站提档升级", "21个镇级服务站场地改造", w(120), "改造21个"),
            ("春节八一走访慰问", "优抚对象走访慰问", w(60), "慰问2600人次"),
            ("退役军人适应性培训", "新退役士兵适应性培训", w(40), "培训300人"),
            ("金额合计", None, mk(w(218), "B102", "error", note="120 + 60 + 40 = 220 ≠ 218"), None),
        ],
        goal="完成镇级服务站提档升级，走访慰问优抚对象，开展新退役士兵适应性培训。",
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "镇级服务站提档升级数量", "≥21个"),
        (None, None, "走访慰问优抚对象人次", "≥2600人次"),
        (None, "质量指标", "村级服务站覆盖率",
         mk(pct(1.05), "T106", "error", note="覆盖率不能超过 100%")),
        (None, "时效指标", "提档升级完工时间", "≤10月31日"),
        ("成本指标", "经济成本指标", "单站提档升级成本", "≤5.5万元/个"),
        ("效益指标", "社会效益指标", "新退役士兵适应性培训参训率", pct(0.95)),
        (None, "可持续影响指标", "服务站日常管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "优抚对象满意度", pct(0.92)),
    ])  # fmt: skip
    notes(s, "注：单站提档升级成本 5.5 万元 × 21 个 = 115.5 万元，余额用于验收。")
    return b


@variant(
    "khi04-station-tiers",
    (5,),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, （一）数量), ★ and abbreviations, values inline (correct)",
)
def khi04() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="松陂县镇村退役军人服务站规范化建设",
        dept="松陂县退役军人事务局",
        unit="松陂县退役军人服务中心",
        money=one_year(64, 60, 4),
        attr="一次性项目",
        goals=["完成58个村级服务站规范化建设，实现服务站挂牌、制度、台账统一。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（40分）", "（一）数量", "1.村级服务站规范化建设数量", "≥58个"),
        (None, "（二）质量", "2.规范化建设验收合格率", "=100%"),
        (None, "（三）时效", "3.建设任务完成时间", "2025年11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本", "4.单站规范化建设补助", "≤1.0万元/个"),
        ("三、效益指标（30分）", "（一）社会效益", "5.退役军人服务事项就近办理率", "≥85%"),
        (None, "（二）可持续影响", "6.服务站台账规范管理", "长期有效"),
        ("四、★满意度指标（10分）", "★服务对象满意度", "7.退役军人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋书衡", "0736-552 9084")
    return b


@variant(
    "khi05-station-direction",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) "
    "and 指标方向 as operator, bare numbers with a unit column: two directions reversed",
)
def khi05() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="澄湾镇退役军人服务站入户走访服务",
        dept="澄湾镇人民政府",
        unit="澄湾镇退役军人服务站",
        money=one_year(18, 18, 0),
        goals=["入户走访全镇退役军人，建立联系台账，减少来访投诉。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "入户走访退役军人人次", "正向",
         mk("≤", "T108", "warning", row=True, note="正向的走访数量写成上限"), 1800, "人次"),
        (None, None, "建立联系台账户数", "正向", "≥", 1650, "户"),
        (None, "质量指标", "走访记录完整率", "正向", "≥", 95, "%"),
        (None, "时效指标", "诉求转办响应时间", "反向", "≤", 3, "工作日"),
        (None, "成本指标", "入户走访人均经费", "反向", "≤", 100, "元/人次"),
        ("效益指标", "社会效益指标", "重复来访下降率", "正向", "≥", 15, "%"),
        (None, None, "退役军人来访投诉率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向的投诉率写成下限"), 2, "%"),
        ("满意度指标", "服务对象满意度指标", "受访退役军人满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "韦成岳", "0736-728 4410")
    return b


@variant(
    "khi06-station-template",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template without indicator, a value whose name is only a full-width space",
)
def khi06() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="鹤汀区“老兵驿站”服务站点建设",
        dept="鹤汀区退役军人事务局",
        unit="鹤汀区退役军人服务中心",
        money=one_year(42, 40, 2),
        attr="新增项目",
        goals=["新建6个“老兵驿站”，为退役军人提供政策咨询、就业对接和帮扶服务。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "新建“老兵驿站”数量", "≥6个"),
        (None, "质量指标", "驿站建设验收合格率", "100%"),
        (None, None, mk("　", "F110", "error", note="有值无名（全角空格）"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "单个驿站建设成本", "≤7万元/个"),
        ("效益指标", "社会效益指标", "驿站年度服务退役军人人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "驿站服务满意度", "≥90%"),
    ])  # fmt: skip
    return b
