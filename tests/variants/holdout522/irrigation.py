"""Vineyard irrigation (葡萄园滴灌与渠道): flat lists, 中期 and 年度, operators and directions."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout522.common import (
    TIERS3,
    WATER,
    YEAR,
    annual,
    book,
    indicators,
    period,
    sign,
    wan,
)
from tests.variants.holdout522.registry import variant
from tests.variants.kit import Book, day, mk, pct

WATER_BUDGET = [(wan(2860), wan(2460), wan(400), wan(960), wan(1900))]
WATER_TASKS = [
    ("灌区节水改造", "葡萄园滴灌管网改造", wan(1200), "改造面积≥15000亩"),
    ("渠道防渗", "支斗渠防渗衬砌", wan(500), "防渗渠道≥42公里"),
    ("水资源监测", "灌溉计量与地下水监测", wan(200), "计量覆盖主要斗口"),
    ("金额合计", None, wan(1900), None),
]


@variant("bl07-flat-department", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100, "
         "0起 on an incident count (correct)")  # fmt: skip
def bl07() -> Book:
    b, s = book()
    goal = "完成葡萄园节水改造和渠道防渗，保障春夏灌溉用水。"
    department_head(s, year=YEAR, dept="苜蓿泉县水利局", budget=WATER_BUDGET,
                    tasks=WATER_TASKS, goal=goal)  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("高效节水灌溉改造面积", 20, "亩", "≥", 15000),
        ("防渗渠道改造长度", 15, "公里", "≥", 42),
        ("灌区灌溉保证率", 15, "%", "≥", pct(0.85)),
        ("渠道运行安全责任事故", 10, "起", "≤", 0),
        ("葡萄园亩均灌溉用水量", 15, "立方米", "≤", 420),
        ("改造工程按期完工率", 10, "%", "≥", pct(0.95)),
        ("用水户满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "玉素甫·阿不都", "0990-5521146", day(2024, 11, 22))
    return b


@variant("bl08-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): a length in an area row, "
         "a 反向 quota with ≥, weights adding to 95")  # fmt: skip
def bl08() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="苜蓿泉县水利局", budget=WATER_BUDGET,
                    tasks=WATER_TASKS, goal="推进葡萄园高效节水灌溉，降低亩均用水。")  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("高效节水灌溉改造面积",
         mk("45公里", "T112", "error", note="值的单位公里与计量单位列亩不一致"), "正向", "亩", 20),
        ("防渗渠道改造长度", "≥42", "正向", "公里", 15),
        ("葡萄园亩均灌溉用水量",
         mk("≥420", "T108", "warning", row=True, note="用水量定额为反向指标，应为≤"),
         "反向", "立方米", 15),
        ("灌区灌溉保证率", "≥85%", "正向", "%", 15),
        ("改造工程按期完工率", "≥95%", "正向", "%", 10),
        ("用水户满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计20+15+15+15+10+20=95，应为100")
    sign(s, "玉素甫·阿不都", "0990-5521146", day(2024, 11, 22))
    return b


@variant("bl09-multi-year-copied", (8,), "three-year drip-irrigation project, NAT-2021, "
         "中期 and 年度 columns: two cumulative counts copied into 年度, "
         "中期目标 text copied")  # fmt: skip
def bl09() -> Book:
    b, s = book()
    goal = "三年新增葡萄园滴灌36000亩，新建首部泵站9座，培训种植户1500人次。"
    project_head(s, year=YEAR, name="胡杨渠灌区葡萄园高效节水滴灌工程", dept=WATER, years=3,
                 unit="苜蓿泉县胡杨渠灌区管理站", money=period((2400, 2100, 300), (800, 700, 100)),
                 attr="新增项目",
                 goals=[goal, mk(goal, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    d202 = "累计数量，三年期项目年度值照抄实施期值"
    indicators(s, (*TIERS3, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新增高效节水滴灌面积", "≥36000亩", "≥12000亩"),
        (None, None, "新建灌溉首部泵站", "≥9座", mk("≥9座", "D202", "warning", note=d202)),
        (None, None, "培训种植户滴灌操作", "≥1500人次",
         mk("≥1500人次", "D202", "warning", note=d202)),
        (None, "质量指标", "滴灌工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成及时率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "亩均滴灌建设成本", "≤600元/亩", "≤600元/亩"),
        ("效益指标", "经济效益指标", "葡萄园亩均节水量", "≥120立方米", "≥120立方米"),
        (None, "生态效益指标", "灌区地下水开采量下降率", "≥10%", "≥4%"),
        (None, "可持续影响指标", "滴灌设施管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bl10-one-year-equal", (8,), "one-year canal repair project, OLD-NAT, 中期 and 年度 "
         "columns and goals legitimately identical (correct)")  # fmt: skip
def bl10() -> Book:
    b, s = book()
    goal = "完成东干渠葡萄园段渠道防渗维修18公里，春灌前全线通水。"
    project_head(s, year=YEAR, name="东干渠葡萄园段防渗维修项目", dept=WATER,
                 unit="苜蓿泉县东干渠管理所", money=period((150, 130, 20), (150, 130, 20)),
                 attr="一次性项目", goals=[goal, goal])  # fmt: skip
    indicators(s, (*TIERS3, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "防渗维修渠道长度", "≥18公里", "≥18公里"),
        (None, "质量指标", "维修段验收合格率", "=100%", "=100%"),
        (None, "时效指标", "春灌前通水时间", "2025年3月25日前", "2025年3月25日前"),
        (None, "成本指标", "每公里维修成本", "≤8万元/公里", "≤8万元/公里"),
        ("效益指标", "经济效益指标", "渠道输水损失下降率", "≥15%", "≥15%"),
        (None, "社会效益指标", "保障灌溉葡萄园面积", "≥9000亩", "≥9000亩"),
        (None, "可持续影响指标", "渠道管护责任落实", "到位", "到位"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


DIR_HEADER = (*TIERS3, "指标性质", "指标方向", "指标值", "计量单位")


@variant("bl11-direction-words", (11, 1), "project, OLD-NAT, 指标性质 as direction (正向/反向) and "
         "指标方向 as operator in words, bare numbers with a unit column, a 下降率 with 大于等于 "
         "(correct)")  # fmt: skip
def bl11() -> Book:
    b, s = book(widths=(14, 16, 28, 10, 12, 12, 12))
    project_head(s, year=YEAR, name="红柳湾乡葡萄园滴灌管网建设项目", dept=WATER,
                 unit="苜蓿泉县红柳湾乡水管站", money=annual(280, 240, 40),
                 goals=["新建葡萄园滴灌管网5200亩，安装智能计量水表85个。"])  # fmt: skip
    indicators(s, DIR_HEADER, [
        ("产出指标", "数量指标", "新建葡萄园滴灌管网面积", "正向", "大于等于", 5200, "亩"),
        (None, None, "安装智能计量水表", "正向", "大于等于", 85, "个"),
        (None, "质量指标", "管网试压合格率", "正向", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "管网通水及时率", "正向", "大于等于", pct(0.95), "%"),
        (None, "成本指标", "亩均管网建设成本", "反向", "小于等于", 480, "元/亩"),
        ("效益指标", "经济效益指标", "亩均灌溉用水量下降率", "正向", "大于等于", 12, "%"),
        (None, "生态效益指标", "田间渗漏损失率", "反向", "小于等于", 8, "%"),
        (None, "社会效益指标", "管网爆管事故", "反向", "小于等于", 3, "起"),
        (None, "可持续影响指标", "用水户协会管护覆盖率", "正向", "大于等于", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("bl12-direction-wrong", (11,), "project, OLD-NAT, operator column in words and a unit "
         "column: an irrigation quota with 大于等于, a unit cost with 等于")  # fmt: skip
def bl12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="西支渠分水闸门自动化改造项目", dept=WATER,
                 unit="苜蓿泉县西支渠管理所", money=annual(150, 120, 30),
                 goals=["改造分水闸门60座，实现葡萄园轮灌远程控制。"])  # fmt: skip
    indicators(s, (*TIERS3, "运算符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "改造自动化分水闸门", "大于等于", 60, "座"),
        (None, "质量指标", "闸门联调合格率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "改造完成时间", "小于等于", day(2025, 4, 20), None),
        (None, "成本指标", "单座闸门改造成本",
         mk("等于", "T108", "warning", row=True, note="成本上限用了“等于”，应为小于等于"),
         1.6, "万元/座"),
        ("效益指标", "经济效益指标", "葡萄园亩均灌溉定额",
         mk("大于等于", "T108", "warning", row=True, note="灌溉定额是反向指标，应为小于等于"),
         450, "立方米/亩"),
        (None, "社会效益指标", "轮灌配水纠纷", "小于等于", 2, "起"),
        (None, "可持续影响指标", "闸门远程控制系统运行年限", "大于等于", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b
