"""Cave conservation (洞穴保护): monitoring, speleothems, underground rivers, bats, patrols."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout407.common import YEAR, indicators, multi_year, notes, one_year, sign
from tests.variants.holdout407.common import start as new
from tests.variants.holdout407.common import wan as wan_money
from tests.variants.holdout407.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "鹰岩县自然资源局（305）"


@variant("xa07-points-two-levels", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a rate change in 百分点 (correct)")  # fmt: skip
def xa07() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="鹰嘴岩洞穴环境监测网络运行维护", dept=DEPT,
                 unit="鹰岩县洞穴资源保护中心", money=one_year(72, 60, 12),
                 goals=["维持洞穴温湿度、二氧化碳和滴水"
                        "监测网络稳定运行，及时处置异常。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "洞穴环境监测点位", "≥18个", 15),
        (None, None, None, "编制月度监测报告", "≥12份", 10),
        (None, None, "质量指标", "监测数据有效率提高", "≥5百分点", 15),
        (None, None, "时效指标", "异常数据处置响应时间", "≤24小时", 10),
        ("成本指标", 10, "经济成本指标", "单个监测点年运维费用", "≤3.5万元", 10),
        ("效益指标", 30, "生态效益指标", "洞内二氧化碳浓度超限天数", "≤10天", 15),
        (None, None, "可持续影响指标", "监测数据库连续运行年限", "≥5年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "保护区管理部门满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值是同一100分的两级分解，各自合计100分，不重复计分。")
    sign(s, "岑海舟", "0776-5820347")
    return b


@variant("xa08-points-wrong", (5, 10), "project, NAT-2021, numbered labels with points: a tier "
         "whose indicator points fall short, 时效指标 under 效益指标, = on a rate")  # fmt: skip
def xa08() -> Book:
    b, s = new(widths=(22, 24, 30, 16, 10, 10))
    project_head(s, year=YEAR, name="黑龙潭洞穴地下河水质保护", dept=DEPT,
                 unit="鹰岩县洞穴资源保护中心", money=one_year(55, 45, 10),
                 goals=["按月监测黑龙潭地下河水质，发现异常"
                        "及时预警，保障洞穴水生生物栖息环境。"])  # fmt: skip
    tier = mk("一、产出指标（40分）", "W103", "error", alt=("W101",),
              note="15 + 10 + 10 = 35 under a tier declared 40")  # fmt: skip
    parent = mk("（二）时效指标", "F105", "error", note="时效指标 belongs under 产出指标")
    eq = mk("=95%", "T107", "warning", note="a 完好率 meant as ≥95%")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (tier, "（一）数量指标", "地下河水质采样断面", "≥8个", 15),
        (None, None, "每断面年度采样频次", "≥12次", 10),
        (None, "（二）质量指标", "采样设备完好率", eq, 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单次采样检测费用", "≤0.45万元", 10),
        ("三、效益指标（40分）", "（一）生态效益指标", "地下河断面水质达标率", "≥90%", 20),
        (None, parent, "水质异常预警发布时限", "≤48小时", 20),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "沿河村民满意度", "≥88%", 10),
    ])  # fmt: skip
    sign(s, "岑海舟", "0776-5820347")
    return b


@variant("xa09-three-year-restoration", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: counts split by year, rates and unit costs equal, 0起 (correct)")  # fmt: skip
def xa09() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=3, name="玉屏洞钟乳石等次生化学沉积物保护修复",
                 dept=DEPT, unit="鹰岩县洞穴资源保护中心", attr="新增项目",
                 money=multi_year((360, 300, 60), (120, 100, 20)),
                 goals=["三年内修复受损钟乳石、石笋150处，清除洞壁涂刻污损900平方米。",
                        "2026年修复受损沉积物50处，清除洞壁涂刻污损300平方米。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "修复受损钟乳石、石笋", "≥150处", "≥50处"),
        (None, None, "清除洞壁涂刻污损面积", "≥900平方米", "≥300平方米"),
        (None, "质量指标", "修复工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度修复任务完成时间", "每年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每处沉积物修复平均费用", "≤1.6万元", "≤1.6万元"),
        ("效益指标", "生态效益指标", "人为破坏沉积物事件", "0起", "0起"),
        (None, "可持续影响指标", "建立沉积物保护档案", "≥150份", "≥50份"),
        ("满意度指标", "服务对象满意度指标", "游客对洞景保护效果满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立岚", "0776-5820519")
    return b


@variant("xa10-bat-habitat-wrong", (8, 11), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "an annual count above its period count, a count copied, ≥ on a cost")  # fmt: skip
def xa10() -> Book:
    b, s = new()
    project_head(s, year=YEAR, years=2, name="仙姑岩洞穴蝙蝠栖息地保护", dept=DEPT,
                 unit="鹰岩县洞穴资源保护中心", attr="新增项目",
                 money=multi_year((140, 120, 20), (80, 70, 10)),
                 goals=["两年内在6处蝙蝠栖息洞口设置友好型围栏，摸清主要种群数量。",
                        "2026年完成4处洞口围栏和两次种群调查，冬眠期封洞管理。"])  # fmt: skip
    over = mk("≥8处", "D201", "error", note="8 in the year against 6 in the whole period")
    copied = mk("≥4次", "D202", "warning", note="a cumulative count copied from 中期")
    cost = mk("≥6万元", "T108", "warning", row=True, alt=("D203",),
              note="a cost is 反向: ≥ on the annual cap, ≤ in the period column")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "设置洞口蝙蝠友好型围栏", "≥6处", over),
        (None, None, "开展蝙蝠种群调查", "≥4次", copied),
        (None, "质量指标", "调查数据入库率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单次种群调查费用", "≤6万元", cost),
        ("效益指标", "生态效益指标", "冬眠期洞内人为干扰次数", "≤2次", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "周边社区群众满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    sign(s, "覃立岚", "0776-5820519")
    return b


@variant("xa11-flat-list", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percents, a 合计 row, weights 100 (correct)")  # fmt: skip
def xa11() -> Book:
    b, s = new(widths=(30, 16, 18, 16, 16, 16))
    department_head(s, year=YEAR, dept="鹰岩县洞穴资源保护中心",
                    budget=[[wan_money(420), wan_money(380), wan_money(40),
                             wan_money(260), wan_money(160)]],
                    tasks=[("洞穴资源普查", "普查全县洞穴并建档", wan_money(70), "完成36个洞穴"),
                           ("蝙蝠栖息洞穴监测", "监测主要栖息洞", wan_money(50), "覆盖率≥90%"),
                           ("洞穴保护宣传教育", "科普进校园", wan_money(40), "≥20场"),
                           ("金额合计", None, wan_money(160), None)],
                    goal="完成全县洞穴资源普查建档，监测蝙"
                         "蝠栖息洞穴，提高公众洞穴保护意识。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("完成洞穴资源普查", 15, "个", "≥", 36),
        ("建立洞穴资源电子档案", 10, "份", "≥", 36),
        ("蝙蝠栖息洞穴监测覆盖率", 15, "%", "≥", pct(0.9)),
        ("开展洞穴保护科普进校园活动", 10, "场", "≥", 20),
        ("洞穴人为破坏案件", 10, "起", "≤", 0),
        ("洞内垃圾遗留量下降率", 10, "%", "≥", pct(0.2)),
        ("公众洞穴保护知晓率", 15, "%", "≥", pct(0.8)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "蓝若溪", "0776-5820633")
    return b


@variant("xa12-flat-wrong", (3, 11), "department, flat list in another order (指标名称 · 指标值 · "
         "指标性质 as direction · 计量单位 · 权重): a rate in 次, ≥ on 反向, Σ 95")  # fmt: skip
def xa12() -> Book:
    b, s = new(widths=(30, 16, 14, 14, 12, 12))
    department_head(s, year=YEAR, dept="岚岫县喀斯特洞穴保护管理所",
                    budget=[[wan_money(300), wan_money(270), wan_money(30),
                             wan_money(210), wan_money(90)]],
                    tasks=[("洞穴日常巡护", "重点洞穴巡护", wan_money(40), "巡护≥300天"),
                           ("洞穴水质监测", "滴水和地下河监测", wan_money(30), "达标率≥90%"),
                           ("宣传培训", "巡护员培训和宣传", wan_money(20), "知晓率≥80%"),
                           ("金额合计", None, wan_money(90), None)],
                    goal="加强重点洞穴巡护和水质监测，防止人为破坏和污染。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+10+10+15+10+10+10 = 95, not 100")
    rate = mk("≥12", "T105", "error", alt=("T112",), note="a 达标率 given in 次")
    op = mk("≥3", "T108", "warning", row=True, note="反向 count with ≥")
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("重点洞穴巡护天数", "≥300", "正向", "天", 15),
        ("洞穴水质监测达标率", rate, "正向", "次", 15),
        ("旅游旺季洞内游客超载天数", op, "反向", "天", 10),
        ("巡护人员业务培训", "≥40", "正向", "人次", 10),
        ("修缮钟乳石保护围栏", "≥1.2", "正向", "公里", 15),
        ("洞穴保护宣传知晓率", "≥80", "正向", "%", 10),
        ("单次巡护平均成本", "≤0.05", "反向", "万元", 10),
        ("周边群众满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    sign(s, "韦初晴", "0774-6189025")
    return b
