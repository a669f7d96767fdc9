"""Department returns of the 416th held-out set, orchards and cold chain (xj13–xj18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout416.common import BUREAU, TIERS4, YEAR, one_year, sign_off, start, table
from tests.variants.holdout416.registry import variant
from tests.variants.kit import Book, mk, pct

CENTRE = "红峒县水果产业发展中心"


@variant("xj13-dept-money", (12,),
         "department, NAT-2021: budget, key tasks adding to the 金额合计 = 项目支出, a unit cost "
         "× area equal to its task (correct)")  # fmt: skip
def dept_money() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=CENTRE, budget=[(1860, 1720, 140, 1100, 760)], tasks=[
        ("荔枝低产园改造", "高接换种及矮化修剪3000亩", 360, "改造园次年恢复挂果"),
        ("产地冷链设施补助", "补助产地预冷库5座", 250, "采后2小时内入库预冷"),
        ("农技推广培训", "果农技术培训1200人次", 90, "关键技术到位率≥90%"),
        ("病虫害监测预警", "设立监测点24个", 60, "预警信息及时发布"),
        ("金额合计", None, 760, None),
    ], goal="全年改造低产荔枝园3000亩，补助产地冷库5座，荔枝冷链流通率提高3个百分点。")  # fmt: skip
    table(s, TIERS4, [
        ("产出指标", "数量指标", "完成低产园改造面积", "≥3000亩"),
        (None, None, "补助产地预冷库", "≥5座"),
        (None, None, "果农技术培训", "≥1200人次"),
        (None, "质量指标", "改造园验收合格率", "≥95%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每亩低产园改造补助", "≤1200元/亩"),
        ("效益指标", "经济效益指标", "全县荔枝冷链流通率", "提高≥3百分点"),
        (None, "可持续影响指标", "病虫害监测预警机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "梁秀蓉", "6120437")
    return b


@variant("xj14-dept-money-wrong", (12,),
         "department, NAT-2021: 资金总额 ≠ 财政拨款 + 其他资金, key tasks not adding to the "
         "金额合计")  # fmt: skip
def dept_money_wrong() -> Book:
    b, s = start()
    total = mk(1500, "B101", "error", note="1320 + 150 = 1470, not 1500")
    department_head(s, year=YEAR, dept="红峒县供销合作联社", budget=[
        (total, 1320, 150, 900, 600)], tasks=[
        ("荔枝冷链集配中心运营", "集配荔枝8000吨", 280, "集配荔枝全部预冷"),
        ("冷藏车购置补助", "补助冷藏车36台", 200, "外运荔枝全程冷链"),
        ("冷链追溯平台运维", "监测终端400个", 150, "数据上传及时率≥95%"),
        ("金额合计", None, mk(600, "B102", "error", note="280 + 200 + 150 = 630"), None),
    ], goal="全年冷链集配荔枝8000吨，补助冷藏车36台，外运荔枝全程可追溯。")  # fmt: skip
    table(s, TIERS4, [
        ("产出指标", "数量指标", "冷链集配荔枝量", "≥8000吨"),
        (None, None, "补助冷藏运输车", "≥36台"),
        (None, "质量指标", "冷链运输温度达标率", "≥95%"),
        (None, "时效指标", "监测数据上传及时率", "≥95%"),
        ("成本指标", "经济成本指标", "每台冷藏车购置补助", "≤5万元/台"),
        ("效益指标", "经济效益指标", "荔枝采后损耗率", "≤6%"),
        ("满意度指标", "服务对象满意度指标", "冷链服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "甘丽萍", "6151120")
    return b


@variant("xj15-dept-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, a 0% growth cap, weights adding to 100 (correct)")  # fmt: skip
def dept_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="红峒县荔枝产业服务中心",
                    budget=[(620, 560, 60, 380, 240)],
                    goal="推进荔枝品种改良和采后冷链处理，稳定果农收入。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("荔枝品种改良面积", 15, "亩", "≥", 1800),
        ("冷链设施补助主体", 10, "家", "≥", 12),
        ("果农技术培训", 10, "人次", "≥", 900),
        ("苗木质量抽检合格率", 15, "%", "≥", pct(0.95)),
        ("补助资金兑付及时率", 10, "%", "≥", pct(0.98)),
        ("荔枝采后商品化处理率", 15, "%", "≥", pct(0.6)),
        ("荔枝冷链运输损耗率", 10, "%", "≤", pct(0.06)),
        ("果园化学农药使用量增长率", 5, "%", "≤", pct(0)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign_off(s, "覃海明", "6120489")
    return b


@variant("xj16-dept-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a value in 万元 against a unit column in 个, a 反向 rate with ≥, "
         "weights adding to 95")  # fmt: skip
def dept_flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="红峒县农产品流通服务中心",
                    budget=[(540, 500, 40, 300, 240)],
                    goal="建设村级冷链集配点，降低荔枝采后腐损。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+15+10+10+15 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("新建村级冷链集配点", mk("60万元", "T112", "error", note="万元 against 个"), "正向",
         "个", 15),
        ("冷链运输补贴量", "≥4000", "正向", "吨", 15),
        ("集配点验收合格率", "≥95", "正向", "%", 15),
        ("荔枝采后腐损率", mk("≥8", "T108", "warning", row=True, note="反向 rate with ≥"),
         "反向", "%", 15),
        ("补贴资金兑付时限", "≤20", "反向", "个工作日", 10),
        ("果农荔枝销售收入增长率", "≥6", "正向", "%", 10),
        ("冷链服务主体满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    sign_off(s, "陈美娟", "6151143")
    return b


@variant("xj17-dept-page-break", (4, 5),
         "department, OLD-NAT, abbreviated tier labels (产出, 数量), ★ core indicators, a weight "
         "column with subtotal and total rows, the header repeated after a page break "
         "(correct)")  # fmt: skip
def dept_page_break() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="红峒县果蔬产业发展中心",
                    budget=[(980, 900, 80, 520, 460)], tasks=[
        ("低产园改造补助", "改造荔枝低产园2500亩", 250, "改造园次年挂果"),
        ("冷链集配点建设", "建设村级集配点6个", 150, "主产村就近预冷"),
        ("技术服务", "派驻技术员入园指导", 60, "关键技术到位"),
        ("金额合计", None, 460, None),
    ], goal="改造荔枝低产园2500亩，建设村级冷链集配点6个。")  # fmt: skip
    header = (*TIERS4, "权重")
    table(s, header, [
        ("产出", "数量", "★荔枝低产园改造面积", "≥2500亩", 15),
        (None, None, "冷链集配点建设数量", "≥6个", 10),
        (None, "质量", "★改造园验收合格率", "≥95%", 10),
        (None, "时效", "改造任务完成时间", "2025年11月30日前", 5),
        (None, "成本", "每亩改造补助标准", "≤1000元/亩", 10),
        ("产出指标小计", None, None, None, 50),
    ])  # fmt: skip
    s.skip()
    table(s, header, [
        ("效益", "经济效益", "改造园亩均增收", "≥600元/亩", 10),
        (None, "社会效益", "★带动脱贫户增收", "≥120户", 10),
        (None, "生态效益", "冷链运输单位能耗下降率", "≥5%", 5),
        (None, "可持续影响", "冷链集配点运营管护制度", "建立并执行", 5),
        ("效益指标小计", None, None, None, 30),
        ("满意度", "服务对象满意度", "果农满意度", "≥90%", 10),
        (None, None, "合作社满意度", "≥90%", 10),
        ("满意度指标小计", None, None, None, 20),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign_off(s, "黄立新", "6120461")
    return b


@variant("xj18-dept-tier-points", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator scores: the 成本 scores add to 15 "
         "against 20, a 可持续影响指标 under 满意度指标")  # fmt: skip
def dept_tier_points() -> Book:
    b, s = start(widths=(14, 8, 18, 28, 18, 8))
    project_head(s, year=YEAR, name="荔枝产地仓冷链改造项目", dept=BUREAU,
                 unit="红峒县农产品冷链服务公司", money=one_year(300, 250, 50),
                 goals=["改造荔枝产地仓5个，新增预冷能力200吨/日。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="95 ≠ 100 is the same 成本 shortfall")
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "改造产地仓", "≥5个", 10),
        (None, None, None, "新增预冷能力", "≥200吨/日", 10),
        (None, None, "质量指标", "冷库温控达标率", "≥95%", 10),
        (None, None, "时效指标", "改造完工时间", "2025年4月30日前", 10),
        ("成本指标", mk(20, "W103", "error", note="10 + 5 = 15 under a tier scored 20"),
         "经济成本指标", "单个产地仓改造补助", "≤50万元/个", 10),
        (None, None, "生态环境成本指标", "制冷剂泄漏事故", "0起", 5),
        ("效益指标", 30, "经济效益指标", "产地仓荔枝销售额增长率", "≥15%", 10),
        (None, None, "社会效益指标", "带动农户", "≥400户", 10),
        (None, None, "生态效益指标", "冷链单位能耗下降率", "≥5%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "果农满意度", "≥90%", 5),
        (None, None, mk("可持续影响指标", "F105", "error", note="belongs to 效益指标"),
         "产地仓持续运营年限", "≥5年", 5),
    ], merged=(1, 2, 3))  # fmt: skip
    sign_off(s, "韦国栋", "6120452")
    return b
