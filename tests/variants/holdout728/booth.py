"""The farmers'-market rapid-testing booths (农贸市场快检室): kbj07 to kbj12."""

from __future__ import annotations

from tests.variants.holdout728.common import (
    department,
    indicators,
    money3,
    note,
    project,
    sign,
    wan,
)
from tests.variants.holdout728.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "栖梧县农贸市场服务中心"
BUREAU = "栖梧县市场监督管理局"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kbj07-booth-flat",
    (3, 10),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), weights add to 100, a 下降幅度 in 百分点 (correct)",
)
def booth_flat() -> Book:
    b, s = department(2025, CENTRE, [wan(210), wan(190), wan(20), wan(150), wan(60)],
        "全县8个农贸市场快检室每日开展快检，年快检样品不少于2.4万批次，"
        "阳性样品复检确认率100%。", tasks=[
        ("快检室运行", "8个快检室日常检测", wan(36), "日均快检样品≥80批次"),
        ("快检人员培训", "快检员轮训2期", wan(9), "持证上岗率100%"),
        ("快检数据平台运维", "数据上传与公示", wan(15), "结果当日公示"),
        ("金额合计", None, wan(60), None),
    ])  # fmt: skip
    indicators(s, FLAT, [
        ("快检室覆盖农贸市场数量", 15, "个", "=", 8),
        ("年快检样品数量", 20, "批次", "≥", 24000),
        ("日均快检样品数量", 10, "批次", "≥", 80),
        ("阳性样品复检确认率", 15, "%", "=", pct(1)),
        ("快检结果公示及时率", 10, "%", "≥", pct(0.95)),
        ("快检阳性率下降幅度", 10, "百分点", "≥", 1.5),
        ("单批次快检成本", 10, "元/批次", "≤", 15),
        ("市场经营户满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    note(s, "说明：权重合计100；单批次快检成本含试剂和耗材，2.4万批次×15元=36万元。")
    sign(s, "莫丽芹", "0771-6290537", day(2024, 11, 15))
    return b


@variant(
    "kbj08-booth-flat-wrong",
    (3, 12),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): goal's daily count against the "
    "indicator, tasks off 金额合计, weights short of 100",
)
def booth_flat_wrong() -> Book:
    b102 = mk(wan(64), "B102", "error", alt=("B101",), note="30 + 12 + 18 = 60，不是64")
    b, s = department(2025, "栖梧县城北农贸市场管理所", [wan(180), wan(165), wan(15), wan(120),
        wan(60)], "辖区5个农贸市场快检室每日快检样品不少于80批次，快检结果当日公示。", tasks=[
        ("快检室运行", "5个快检室日常检测", wan(30), "每日快检"),
        ("试剂耗材采购", "农残、兽残试剂", wan(12), "试剂足额供应"),
        ("市场环境提升", "公示屏与冷链柜", wan(18), "公示屏覆盖全部市场"),
        ("金额合计", None, b102, None),
    ])  # fmt: skip
    d104 = "年度目标写每日不少于80批次，指标却是60批次"
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("日均快检样品数量", mk(60, "D104", "warning", row=True, note=d104), "正向", "批次", 20),
        ("快检室覆盖农贸市场数量", 5, "正向", "个", 15),
        ("快检结果当日公示率", pct(0.98), "正向", "%", 15),
        ("阳性样品复检确认率", pct(1), "正向", "%", 15),
        ("单批次快检成本", 16, "反向", "元/批次", 10),
        ("食用农产品快检阳性率", pct(0.02), "反向", "%", 10),
        ("市场经营户满意度", pct(0.9), "正向", "%", 10),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，不是100")
    sign(s, "梁振芳", "0771-6290612", day(2024, 11, 19))
    return b


@variant(
    "kbj09-booth-department",
    (4, 7),
    "department, NAT-2021, header 考核指标 and 评价标准 "
    "with a weight column: header repeated after a page break, subtotal and total rows, "
    "填表说明 and signature (correct)",
)
def booth_department() -> Book:
    b, s = department(2025, BUREAU, [wan(1260), wan(1180), wan(80), wan(980), wan(280)],
        "完成食品安全监督抽检1200批次，8个农贸市场快检室常态运行，"
        "62所学校食堂实现明厨亮灶。", tasks=[
        ("食品安全监督抽检", "监督抽检与核查处置", wan(120), "抽检1200批次"),
        ("农贸市场快检", "快检室运行与培训", wan(60), "快检2.4万批次"),
        ("学校食堂明厨亮灶", "摄像头安装与平台接入", wan(100), "接入62所"),
        ("金额合计", None, wan(280), None),
    ])  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "评价标准", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "监督抽检批次", "≥1200批次", 20),
        (None, None, "农贸市场快检样品数量", "≥24000批次", 15),
        (None, "质量指标", "不合格食品核查处置率", "=100%", 15),
        ("", "", "产出指标小计", "", 50),
    ])  # fmt: skip
    note(s, "（续表）")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单批次监督抽检费用", "≤650元/批次", 10),
        ("效益指标", "社会效益指标", "学校食堂明厨亮灶覆盖率", pct(1), 15),
        (None, "可持续影响指标", "快检数据公示机制", "长效运行", 15),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", pct(0.9), 10),
        ("", "", "合计", "", 100),
    ])  # fmt: skip
    note(s, "填表说明：权重合计100分；小计、合计行不是指标。")
    sign(s, "蓝志衡", "0771-6283422", day(2024, 11, 21))
    s.row("单位负责人（签字）：", "覃永康", None, "（单位盖章）")
    return b


@variant(
    "kbj10-booth-department-wrong",
    (4,),
    "department, NAT-2021, one value column, notes "
    "under the table: last season's year in the goal, a count under 质量指标",
)
def booth_department_wrong() -> Book:
    y103 = "2025年的申报表，年度总体目标仍写上年的2024年"
    goal = mk("2024年全县农贸市场快检室覆盖率达到100%，新建快检室3个，"
              "快检结果当日公示。", "Y103", "warning", alt=("Y101",), note=y103)  # fmt: skip
    b, s = department(2025, CENTRE, [wan(230), wan(200), wan(30), wan(150), wan(80)], goal,
                      tasks=[("快检室新建", "新建快检室3个", wan(45), "新建3个"),
                             ("快检室运行", "日常快检与公示", wan(35), "当日公示"),
                             ("金额合计", None, wan(80), None)])  # fmt: skip
    f201 = "新建数量是数量指标，却填在质量指标下"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "农贸市场快检室覆盖率", "=100%"),
        (None, "质量指标", mk("快检室新建数量", "F201", "warning", row=True, note=f201), "≥3个"),
        (None, None, "快检设备检定合格率", "=100%"),
        (None, "时效指标", "快检结果公示时限", "≤24小时"),
        ("成本指标", "经济成本指标", "单个快检室新建费用", "≤15万元/个"),
        ("效益指标", "社会效益指标", "农贸市场食品安全投诉下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：快检室新建费用含设备购置和装修。", 4)
    sign(s, "莫丽芹", "0771-6290537", day(2024, 11, 15))
    return b


POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "kbj11-booth-points",
    (5, 10),
    "project, NAT-2021, two-row header, tier-1 labels with "
    "points and indicator points both adding to 100, a rise in 百分点, cost × count equal to "
    "the money (correct)",
)
def booth_points() -> Book:
    b, s = project(2025, "农贸市场快检室标准化改造", CENTRE, money3(48, 40, 8), [
        "完成8个农贸市场快检室标准化改造，每室配齐快检设备1套，"
        "快检品种增加20种以上。"])  # fmt: skip
    s.row("绩效指标", None, None, "目标及分值", None, merge=[(1, 3), (4, 5)])
    indicators(s, POINTS, [
        ("一、产出指标（50分）", "1.数量指标", "改造快检室数量", "=8个", 15),
        (None, None, "配备快检设备套数", "≥8套", 10),
        (None, "2.质量指标", "快检设备检定合格率", pct(1), 15),
        (None, "3.时效指标", "改造完成时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单个快检室改造费用", "≤6万元/个", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "快检覆盖品种增加数", "≥20种", 15),
        (None, None, "快检问题发现率提高", "≥2百分点", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "市场经营户满意度", "≥90%", 10),
    ])  # fmt: skip
    note(s, "注：一级指标分值与三级指标分值各自合计100分，不重复计算。", 5)
    sign(s, "莫丽芹", "0771-6290537", day(2024, 11, 12))
    return b


@variant(
    "kbj12-booth-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 points against the "
    "indicator points, the same indicator twice with two values, reagent cost × count "
    "over the money",
)
def booth_points_wrong() -> Book:
    b, s = project(2025, "农贸市场快检试剂及公示系统", CENTRE, money3(48, 42, 6), [
        "全年快检样品4万批次，快检结果在市场公示屏公示。"])  # fmt: skip
    w103 = "产出指标声明50分，其下分值15 + 10 + 10 + 10 = 45分"
    d102 = "与质量指标下的同名指标重复，指标值却是90%和95%"
    b107 = "15元/批次 × 40000批次 = 60万元，超过年度资金48万元"
    indicators(s, POINTS, [
        (mk("产出指标（50分）", "W103", "error", note=w103), "数量指标", "快检样品数量",
         "≥40000批次", 15),
        (None, "质量指标", "快检结果公示率", "≥95%", 10),
        (None, "时效指标", "快检结果公示率", mk("≥90%", "D102", "error", row=True,
                                                alt=("D101", "D103"), note=d102), 10),
        (None, None, "快检结果出具时限", "≤2小时", 10),
        ("成本指标（10分）", "经济成本指标", "快检试剂单价", mk("≤15元/批次", "B107",
                                                                 "warning", row=True,
                                                                 note=b107), 10),
        ("效益指标（30分）", "社会效益指标", "问题产品下架处置率", "=100%", 30),
        ("满意度指标（10分）", "服务对象满意度指标", "消费者满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="三级分值合计95，由产出指标少5分引起")
    sign(s, "梁振芳", "0771-6290612", day(2024, 11, 19))
    return b
