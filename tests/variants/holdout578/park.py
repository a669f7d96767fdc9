"""The park's own department returns and budget-system exports: dp13–dp18."""

from __future__ import annotations

from tests.variants.holdout578.common import (
    PARK,
    WIDE,
    department_book,
    indicators,
    one_year,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout578.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dp13-department-money", (7, 12),
         "department, NAT-2021: budget and key tasks adding up, headers 考核指标 / 目标值（年度） "
         "and a 评价标准 column, a goal text repeating a count (correct)")  # fmt: skip
def dp13() -> Book:
    b, s = department_book(
        dept=PARK, budget=[(wan(1280), wan(1100), wan(180), wan(380), wan(900))],
        tasks=[("园区冷链公共服务", "低温库运维及冷链监测", wan(420), "冷链仓储服务1.2万吨"),
               ("食品检测中心运行", "汤圆、水饺产品抽检", wan(260), "抽检600批次"),
               ("汤圆水饺区域品牌推广", "展会及电商推广", wan(220), "新增销售渠道30个"),
               ("金额合计", None, wan(900), None)],
        goal="全年为入园企业提供冷链仓储服务1.2万吨，抽检汤圆、水饺产品600批次，"
             "园区不发生食品安全事故。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("成本指标", "经济成本指标", "单批次检测成本", "≤650元/批次", "超出不得分"),
        ("产出指标", "数量指标", "冷链仓储服务量", "≥12000吨", "每少5%扣1分"),
        (None, None, "产品抽检批次", "≥600批次", "每少10批次扣1分"),
        (None, None, "新增品牌销售渠道", "≥30个", "每少1个扣0.5分"),
        (None, "质量指标", "检测报告差错率", "≤0.5%", "超出不得分"),
        (None, "时效指标", "检测报告出具时限", "≤5个工作日", "每超1日扣1分"),
        ("效益指标", "经济效益指标", "入园企业产值增长率", "≥8%", "每低1个百分点扣1分"),
        (None, "社会效益指标", "园区食品安全事故", "0起", "发生即不得分"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%", "每低1%扣1分"),
    ])  # fmt: skip
    sign(s, "褚映川", "0796-5300952")
    return b


@variant("dp14-department-tasks", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a training count in the 年度总体目标 "
         "that its indicator lowers, a payment date in the next year")  # fmt: skip
def dp14() -> Book:
    b, s = department_book(
        dept="丰禾县槐湾食品产业园管理委员会",
        budget=[(wan(860), wan(760), wan(100), wan(260), wan(600))],
        tasks=[("速冻食品质量提升", "汤圆、水饺企业质量体系认证", wan(260), "认证企业10家"),
               ("冷链物流补助", "冷链配送补助兑付", wan(200), "补助配送5000车次"),
               ("从业人员培训", "汤圆、水饺生产操作培训", wan(150), "培训800人次"),
               ("金额合计", None,
                mk(wan(600), "B102", "error", note="260 + 200 + 150 = 610，不等于金额合计600"),
                None)],
        goal="全年培训汤圆、水饺生产从业人员800人次，支持10家企业通过质量体系认证，"
             "补助冷链配送5000车次。")  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "冷链配送补助标准", "≤400元/车次"),
        ("产出指标", "数量指标", "通过质量体系认证企业", "≥10家"),
        (None, None, "补助冷链配送车次", "≥5000车次"),
        (None, None, "从业人员培训",
         mk("≥500人次", "D104", "warning", row=True,
            note="年度总体目标和任务都写培训800人次，指标只要500人次")),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "冷链补助兑付时间",
         mk("2026年3月31日前", "Y102", "error", note="2025年度部门预算，兑付日期却在2026年")),
        ("效益指标", "社会效益指标", "园区食品安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邵既明", "0796-5311406")
    return b


@variant("dp15-system-export", (7, 9),
         "budget-system export: codes in the first columns, the money on sheet 05-1, the "
         "indicator table on sheet 05-2 with its header on the third row, =100% as text, "
         "6-digit unit codes (correct)")  # fmt: skip
def dp15() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (12, 20, 30, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位代码", "项目代码", "单位名称", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("318006", "36112425T000041", PARK, "汤圆水饺冷链检测能力提升项目",
          wan(210), wan(180), wan(30))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 26, 14, 16, 26, 16))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位：" + PARK)
    indicators(t, ("单位代码", "项目代码", "年度绩效目标", *HEAD), [
        ("318006", "36112425T000041",
         "购置冷链检测设备12台，提升园区汤圆、水饺冷链产品抽检覆盖率。",
         "产出指标", "数量指标", "购置冷链检测设备", "≥12台"),
        (None, None, None, None, "质量指标", "设备验收合格率", "=100%"),
        (None, None, None, None, "时效指标", "设备安装调试完成时间", "2025年9月30日前"),
        (None, None, None, None, "成本指标", "单台设备平均购置价", "≤12万元/台"),
        (None, None, None, "效益指标", "社会效益指标", "冷链产品抽检覆盖率", "≥95%"),
        (None, None, None, None, "可持续影响指标", "检测设备使用年限", "≥8年"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("dp16-flat-weights", (3, 9),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "weights adding to 95, one indicator twice with other values, the fill date as a "
         "5-digit serial in a text cell")  # fmt: skip
def dp16() -> Book:
    b, s = department_book(
        dept="丰禾县市场监督管理局槐湾食品园区分局",
        budget=[(wan(300), wan(300), wan(0), wan(180), wan(120))],
        filled=mk("45611", "X104", "warning", note="填报日期是文本“45611”（2024-11-15的序列号）"),
        goal="完成园区速冻汤圆、水饺监督抽检300批次，快检结果当日反馈。")  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("速冻汤圆、水饺监督抽检批次", "≥300", "正向", "批次", 20),
        ("监督抽检合格率", "≥97%", "正向", "%", 20),
        ("快检结果反馈时限", "≤1", "反向", "工作日", 15),
        ("速冻汤圆水饺监督抽检批次",
         mk("≥350", "D102", "error", row=True, alt=("D103", "D101"),
            note="与第一行“速冻汤圆、水饺监督抽检批次 ≥300”是同一指标，值不同"),
         "正向", "批次", 15),
        ("不合格产品核查处置率", "=100%", "正向", "%", 10),
        ("被检企业满意度", "≥90%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+15+10+15 = 95，应为100")
    sign(s, "顾怀章", "0796-5326614")
    return b


@variant("dp17-core-marks", (5, 11),
         "project, OLD-NAT, labels marked * and abbreviated (产出, 数量…), ★ core indicators, "
         "date cells, ≤ on a 反向 rate and two similar names measuring different things "
         "(correct)")  # fmt: skip
def dp17() -> Book:
    b, s = project_book(
        name="糯米原料基地订单收购补助项目", unit=PARK, money_rows=one_year(300, 250, 50),
        goals=["订单收购汤圆专用糯米5000吨，覆盖种植户600户，收购价不低于市场价。"])  # fmt: skip
    indicators(s, (*HEAD, "计量单位"), [
        ("*产出", "数量", "★订单糯米收购量", "≥5000", "吨"),
        (None, None, "订单糯米收购户数", "≥600", "户"),
        (None, "质量", "★收购糯米等级达标率", "≥95%", "%"),
        (None, None, "仓储糯米霉变发生率", "≤1%", "%"),
        (None, "时效", "收购补助兑付时间", day(2025, 12, 15, CN_DATE), None),
        (None, "成本", "订单收购补助标准", "≤400", "元/吨"),
        ("*效益", "经济效益", "种植户户均增收", "≥1500", "元"),
        (None, "社会效益", "带动糯米种植面积", "≥8000", "亩"),
        ("*满意度", "服务对象满意度", "★种植户满意度", "≥90%", "%"),
    ])  # fmt: skip
    sign(s, "褚映川", "0796-5300952", day(2024, 11, 6))
    return b


@variant("dp18-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值: an HTML tag in the 年度目标, a timeliness rate under 质量指标, a rate given "
         "as a tonnage")  # fmt: skip
def dp18() -> Book:
    b, _ = project_book(
        name="汤圆水饺包装废弃物回收利用项目", unit=PARK, money_rows=one_year(90, 80, 10),
        goals=[mk("<p>回收园区汤圆、水饺包装废弃物300吨，建成分拣站1座。</p>", "X102", "warning",
                  note="年度目标中残留HTML标签<p>")])  # fmt: skip
    t = b.sheet("绩效指标", WIDE)
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "包装废弃物回收量", "≥300吨"),
        (None, None, "建成分拣站", "=1座"),
        (None, "质量指标",
         mk("回收清运及时率", "F201", "warning", row=True, note="及时率属时效指标，填在质量指标下"),
         "≥95%"),
        (None, "时效指标", "分拣站建成时间", "2025年8月31日前"),
        (None, "成本指标", "单吨回收处置成本", "≤1800元/吨"),
        ("效益指标", "生态效益指标", "包装材料回收利用率",
         mk("30吨", "T105", "error", note="比率类指标给的是吨数")),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ])  # fmt: skip
    return b
