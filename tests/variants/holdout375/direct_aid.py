"""Returns for the direct subsidy (后期扶持直补资金) half of the theme: vu01–vu06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout375.common import TIERS, new, one_year, project, table, w
from tests.variants.holdout375.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "vu01-direct-aid-percent",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, "
    "typed percent cells, 万元 in the number format, a 下降率 with ≥ and ≤0起 (correct)",
)
def vu01() -> Book:
    b, s = new()
    goal = "按每人每年600元标准，向鹭湾水库8000名以上后期扶持人口按季足额发放直补资金。"
    project(s, "2025年鹭湾水库移民后期扶持直补资金", one_year(486, 486, 0), [goal])
    rows = [
        ("产出指标", "数量指标", "后期扶持直补人数", "≥", 8000, "人"),
        (None, None, "直补资金兑付村（居）数", "≥", 46, "个"),
        (None, "质量指标", "直补资金兑付准确率", "=", pct(1), "%"),
        (None, "时效指标", "直补资金按季兑付及时率", "≥", pct(0.98), "%"),
        (None, "成本指标", "人均年补助标准", "≤", 600, "元/人·年"),
        ("效益指标", "社会效益指标", "移民人均可支配收入增长率", "≥", pct(0.06), "%"),
        (None, None, "移民信访件数下降率", "≥", pct(0.1), "%"),
        (None, None, "冒领、挤占直补资金事件", "≤", 0, "起"),
        (None, "可持续影响指标", "直补资金“一卡通”发放覆盖率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "后期扶持人口满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OPS, rows)
    return b


@variant(
    "vu02-direct-aid-artefacts",
    (1, 9),
    "project, OLD-NAT, operators in words, unit "
    "column: a typed percent over 100 and a fiscal amount stored as text with separators",
)
def vu02() -> Book:
    b, s = new()
    fiscal = mk(
        "1,206.00",
        "X103",
        "warning",
        alt=("B108",),
        note="金额存成带千分位的文本，按 1206 读取后 1206 + 120 = 1326",
    )
    goal = "向岙潭水库19500名以上后期扶持人口发放直补资金，及时更新移民信息。"
    project(s, "2025年岙潭水库移民后期扶持资金", one_year(1326, fiscal, 120), [goal])
    over = mk(pct(1.03), "T106", "error", note="到位率以100%为上限，103%不可能")
    rows = [
        ("产出指标", "数量指标", "后期扶持直补人数", "大于等于", 19500, "人"),
        (None, "质量指标", "直补资金发放到位率", "大于等于", over, "%"),
        (None, "时效指标", "直补资金兑付完成时限", "小于等于", 10, "个工作日"),
        (None, "成本指标", "人均年补助标准", "小于等于", 600, "元/人·年"),
        (
            "效益指标",
            "经济效益指标",
            "移民人均可支配收入增长率",
            "大于等于",
            pct(0.055, "0.0%"),
            "%",
        ),
        (None, "社会效益指标", "移民户籍信息动态更新率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "移民群众满意度", "大于等于", pct(0.92), "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"), rows)
    return b


@variant(
    "vu03-direct-aid-direction",
    (11,),
    "project, NAT-2021, operators inside the values: a "
    "cost cap with =, a 正向 count with ≤, a 反向 rate with ≥",
)
def vu03() -> Book:
    b, s = new()
    goal = "核定梓渡县5200名后期扶持人口，按每人每年600元发放直补资金。"
    project(
        s,
        "2025年梓渡县水库移民后期扶持直补资金",
        one_year(315, 300, 15),
        [goal],
        dept="梓渡县水利局（425010）",
        unit="梓渡县水库移民事务所",
    )
    note = "{}：比较符与指标方向相反"
    rows = [
        (
            "成本指标",
            "经济成本指标",
            "人均年直补标准",
            mk("=600元/人·年", "T108", "warning", row=True, note=note.format("成本上限写成 =")),
        ),
        (None, "社会成本指标", "因资金发放引发群体性事件", "≤0起"),
        (
            "产出指标",
            "数量指标",
            "核定直补人数",
            mk("≤5200人", "T108", "warning", row=True, note=note.format("正向数量用了 ≤")),
        ),
        (None, "质量指标", "直补对象身份核定准确率", "=100%"),
        (None, "时效指标", "直补资金季度兑付及时率", "≥95%"),
        (
            "效益指标",
            "社会效益指标",
            "直补资金冒领率",
            mk("≥1%", "T108", "warning", row=True, note=note.format("反向比率用了 ≥")),
        ),
        (None, "可持续影响指标", "后期扶持信息系统数据更新频次", "≥4次/年"),
        ("满意度指标", "服务对象满意度指标", "移民群众满意度", "≥90%"),
    ]
    table(s, TIERS, rows)
    return b


BUDGET = [[w(2160), w(2100), w(60), w(384), w(1776)]]


@variant(
    "vu04-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def vu04() -> Book:
    b, s = new("部门整体")
    goal = "按时足额发放后期扶持直补资金，实施移民村扶持项目，促进移民增收。"
    department_head(s, year=2025, dept="澹川县水库移民后期扶持中心", budget=BUDGET, goal=goal)
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table(
        [
            ("后期扶持人口核定人数", 20, "人", "≥", 23600),
            ("直补资金按时发放率", 20, "%", "≥", pct(0.98)),
            ("移民村项目竣工验收合格率", 15, "%", "=", pct(1)),
            ("移民安置区饮水安全事故", 10, "起", "≤", 0),
            ("移民人均可支配收入增长率", 15, "%", "≥", pct(0.065, "0.0%")),
            ("移民群众满意度", 20, "%", "≥", pct(0.9)),
        ]
    )
    return b


@variant(
    "vu05-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): a rate as a count, a 反向 rate with ≥, "
    "weights adding to 95",
)
def vu05() -> Book:
    b, s = new()
    goal = "做好后期扶持人口核定和直补资金发放，处理好移民信访。"
    department_head(s, year=2025, dept="梓渡县水库移民事务所", budget=BUDGET, goal=goal)
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table(
        [
            ("后期扶持人口核定人数", "≥15800", "正向", "人", 20),
            (
                "补助资金发放到户率",
                mk(8600, "T105", "error", note="到户率给的是户数"),
                "正向",
                "户",
                20,
            ),
            (
                "移民信访重复投诉率",
                mk("≥3%", "T108", "warning", row=True, note="反向指标用了 ≥"),
                "反向",
                "%",
                15,
            ),
            ("移民村基础设施项目验收合格率", "≥95%", "正向", "%", 15),
            ("移民劳动力务工就业率", "提高≥2百分点", "正向", "百分点", 10),
            ("移民群众满意度", "≥90%", "正向", "%", 15),
        ]
    )
    b.file_mark("W101", "error", note="权重 20+20+15+15+10+15 = 95，应为 100")
    return b


@variant(
    "vu06-header-content-standard",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, "
    "money in 元, a rate raised in 百分点 (correct)",
)
def vu06() -> Book:
    b, s = new()
    yuan = [
        ["年度资金总额", money(1860000, YUAN), "其中：财政拨款", money(1700000, YUAN)],
        ["其他资金", money(160000, YUAN)],
    ]
    goal = "为库区移民劳动力开展600人次以上创业就业技能培训，促进转移就业。"
    project(
        s,
        "2025年库区移民创业就业技能培训",
        yuan,
        [goal],
        money_label="项目资金（元）",
        dept="梓渡县水利局（425010）",
        unit="梓渡县水库移民事务所",
    )
    rows = [
        ("产出指标", "数量指标", "移民劳动力技能培训人次", "≥600人次"),
        (None, None, "开设培训专业（工种）", "≥8个"),
        (None, "质量指标", "培训考核合格率", "≥85%"),
        (None, "时效指标", "培训任务完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均培训成本", "≤1200元/人次"),
        ("效益指标", "经济效益指标", "参训移民月均务工收入增加额", "≥500元/人·月"),
        (None, "社会效益指标", "移民劳动力转移就业率", "提高≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "参训移民满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    s.skip()
    s.row("填报日期", day(2024, 11, 22))
    return b
