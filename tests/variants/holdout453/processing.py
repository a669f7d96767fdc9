"""Cocoa processing on the state farms: department money, flat lists, notes and page breaks."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout453.common import YEAR, indicators, new, notes, one_year, sign, wan
from tests.variants.holdout453.registry import variant
from tests.variants.kit import Book, day, mk, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("yu07-centre-department-money", (12, 1),
         "department, NAT-2021: budget with typed percent shares, key tasks adding to 金额合计, "
         "a 0起 incident count (correct)")  # fmt: skip
def yu07() -> Book:
    b, s = new("部门整体")
    department_head(s, year=YEAR, dept="南渚农垦可可产业服务中心",
                    budget=[(wan(800), wan(600), wan(200), wan(320), wan(480)),
                            (pct(1), pct(0.75), pct(0.25), pct(0.4), pct(0.6))],
                    tasks=[("可可豆集中发酵", "更新发酵箱组，统一收购鲜豆集中发酵", wan(210),
                            "发酵品质稳定"),
                           ("烘干与分级", "改造烘干房，按等级分拣包装", wan(150), "分级出厂"),
                           ("品质检测与品牌推广", "开展豆粒检测，参加产销对接", wan(120),
                            "打开销路"),
                           ("金额合计", None, wan(480), None)],
                    goal="统一垦区可可豆初加工标准，提高一级豆比例和职工收入。")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "集中发酵鲜豆", "≥1500吨"),
        (None, None, "分级包装干豆", "≥520吨"),
        (None, "质量指标", "干豆水分合格率", pct(0.97)),
        (None, "时效指标", "鲜豆收购后入箱及时率", pct(0.95)),
        ("成本指标", "经济成本指标", "吨干豆加工成本", "≤2800元/吨"),
        (None, "社会成本指标", "安全生产责任事故", "0起"),
        ("效益指标", "经济效益指标", "一级豆比例", "≥60%"),
        (None, "社会效益指标", "带动职工家庭增收", "≥900户"),
        ("满意度指标", "服务对象满意度指标", "交售职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yu08-centre-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a 损耗率 given in 吨")  # fmt: skip
def yu08() -> Book:
    b, s = new("部门整体")
    total = mk(wan(900), "B101", "error", note="基本支出 360 + 项目支出 560 = 920 ≠ 900")
    department_head(s, year=YEAR, dept="翠湾农垦可可加工厂",
                    budget=[(total, wan(700), wan(200), wan(360), wan(560))],
                    tasks=[("鲜豆收购与发酵", "设立收购点，集中发酵", wan(200), "发酵统一"),
                           ("可可豆烘干", "烘干房燃料与维护", wan(180), "干豆达标"),
                           ("可可液块试产", "购置研磨设备，试产液块", wan(150), "形成产品"),
                           ("金额合计", None, mk(wan(560), "B102", "error",
                                                note="200 + 180 + 150 = 530 ≠ 560"), None)],
                    goal="建成鲜豆收购、发酵、烘干到液块试产的初加工链条。")  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "收购鲜豆", "≥1800吨"),
        (None, None, "试产可可液块", "≥40吨"),
        (None, "质量指标", "加工损耗率",
         mk("≤120吨", "T105", "error", note="a 损耗率 given as a tonnage")),
        (None, "时效指标", "液块试产线投产时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "吨液块加工成本", "≤9000元/吨"),
        ("效益指标", "经济效益指标", "干豆销售收入增加", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "交售职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT_BUDGET = [(wan(360), wan(300), wan(60), wan(150), wan(210))]


@variant("yu09-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, a 下降率 with ≥ (correct)")  # fmt: skip
def yu09() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="红棠农垦可可初加工站", budget=FLAT_BUDGET,
                    goal="保障可可豆初加工站全年运行，降低能耗，稳定干豆品质。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("加工干可可豆", 20, "吨", "≥", 260),
        ("干豆出厂检验合格率", 20, "%", "≥", pct(0.96)),
        ("单位产品综合能耗下降率", 15, "%", "≥", 5),
        ("吨豆加工成本", 15, "元/吨", "≤", 3200),
        ("加工站设备完好率", 10, "%", "≥", 95),
        ("交售职工满意度", 20, "%", "≥", 90),
    ])  # fmt: skip
    notes(s, "注：权重合计100。", width=5)
    return b


@variant("yu10-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标性质 as operator · 指标值 · 计量单位 · 权重): "
         "a value in 万元 under a 吨 unit, a 投诉率 with ≥, weights adding to 95")  # fmt: skip
def yu10() -> Book:
    b, s = new()
    department_head(s, year=YEAR, dept="椰岚农垦可可豆收购站", budget=FLAT_BUDGET,
                    goal="做好垦区可可鲜豆收购与质量把关，按等级收购结算。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 25 + 20 + 15 + 15 + 20 = 95, not 100")
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.table([
        ("收购鲜可可豆", "≥",
         mk("80万元", "T112", "error", note="万元 in the value, 吨 in the unit column"),
         "吨", 25),
        ("收购结算及时率", "≥", 95, "%", 20),
        ("交售质量投诉率",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向"), 2, "%", 15),
        ("吨鲜豆收购运输成本", "≤", 260, "元/吨", 15),
        ("交售职工满意度", "≥", 90, "%", 20),
    ])  # fmt: skip
    return b


@variant("yu11-fermentation-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, 注 lines, "
         "signature and a fill date of the year before (correct)")  # fmt: skip
def yu11() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="可可豆发酵车间设备更新", dept="南樾垦区农业局（207）",
                 unit="南樾农场可可加工厂", money=one_year(150, 120, 30),
                 goals=["更新发酵车间木质发酵箱和翻堆设备，改善发酵均匀度，"
                        "提高一级豆比例。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("填表说明：三级指标由项目单位根据实际填写，指标值应可考核。", None, None, None, None),
        ("产出指标", "数量指标", "更新木质发酵箱", "≥60组", None),
        (None, None, "购置翻堆设备", "≥4台", None),
        (None, "质量指标", "设备验收合格率", "100%", "按合同验收"),
        (None, "时效指标", "设备安装完成时间", "2026年6月30日前", "采收季前"),
        (None, "成本指标", "单组发酵箱购置成本", "≤1.2万元/组", None),
        ("效益指标", "经济效益指标", "一级豆比例提高", "≥5个百分点", None),
        (None, "社会效益指标", "车间安全生产事故", "0起", None),
        ("满意度指标", "服务对象满意度指标", "车间职工满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 8, start_column=1, end_row=s.r - 8, end_column=5)
    notes(s, "注：1. 年度资金总额为财政拨款与农场自筹之和。",
          "2. 发酵箱购置72万元，翻堆设备及安装48万元，车间改造30万元。", width=5)  # fmt: skip
    sign(s, "林若澄", "0898-6271 4308", checker="符光远")
    return b


@variant("yu12-drying-line-page-break", (4, 7),
         "project, NAT-2021, header 绩效目标值 repeated after a page break: a rate above 100 %, "
         "a completion time given as a percent")  # fmt: skip
def yu12() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="可可粉与可可脂初加工线建设", dept="南渚垦区农业局（118）",
                 unit="南渚农场可可制品厂", money=one_year(260, 200, 60),
                 goals=["建成一条可可粉与可可脂初加工线，年内完成安装调试并试产。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "建成初加工线", "≥1条"),
        (None, None, "试产可可粉", "≥30吨"),
        (None, "质量指标", "成品包装合格率",
         mk("≥102%", "T106", "error", note="a 合格率 cannot exceed 100 %")),
        (None, "时效指标", "加工线安装调试完成时间",
         mk("100%", "T113", "warning", note="a completion time given as a percent")),
    ])  # fmt: skip
    s.row("（续表）", merge=[(1, 4)])
    indicators(s, head, [
        ("成本指标", "经济成本指标", "加工线设备购置成本", "≤180万元"),
        ("效益指标", "经济效益指标", "可可制品销售收入", "≥120万元"),
        (None, "可持续影响指标", "形成初加工操作规程", "≥1套"),
        ("满意度指标", "服务对象满意度指标", "采购客户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "陈沐禾", "0898-6355 1927", filled=day(YEAR, 1, 12))
    return b
