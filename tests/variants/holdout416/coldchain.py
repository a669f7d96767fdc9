"""Lychee cold-chain returns of the 416th held-out set (xj07–xj12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout416.common import (
    TIERS4,
    YEAR,
    note,
    one_year,
    sign_off,
    start,
    table,
)
from tests.variants.holdout416.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, pct

COOP = "红峒县供销合作联社（431）"


@variant("xj07-coldchain-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def coldchain_stacked() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荔枝产地预冷库建设项目", dept=COOP,
                 unit="红峒县农产品冷链服务公司", money=one_year(480, 400, 80),
                 goals=["在主产镇新建产地预冷库8座，荔枝采后2小时内入库预冷。"])  # fmt: skip
    table(s, TIERS4, [
        ("产出指标", "数量指标", "新建产地预冷库", "≥8座"),
        (None, "质量指标", "预冷库竣工验收合格率", "=100%"),
        (None, "时效指标", "预冷库建成投用时间", "2025年5月15日前"),
        (None, "成本指标", "单座预冷库建设补助", "≤50万元/座"),
        ("效益指标", "经济效益指标", "荔枝采后损耗率", "≤8%"),
        (None, "社会效益指标", "服务荔枝专业合作社", "≥20家"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="荔枝冷链运输补贴项目", dept=COOP,
                 unit="红峒县供销合作联社", money=one_year(150, 150, 0),
                 goals=["对荔枝冷链外运给予补贴，全年补贴运量5000吨。"])  # fmt: skip
    table(s, TIERS4, [
        ("产出指标", "数量指标", "补贴冷链运输量", "≥5000吨"),
        (None, "质量指标", "冷链运输温度达标率", "≥95%"),
        (None, "时效指标", "补贴资金兑付时限", "≤30个工作日"),
        (None, "成本指标", "每吨冷链运输补贴标准", "≤300元/吨"),
        ("效益指标", "经济效益指标", "荔枝采后损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "运输企业满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "甘丽萍", "6151120")
    return b


@variant("xj08-coldchain-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its 财政拨款 + 其他资金, and one of its rates is given as a count")  # fmt: skip
def coldchain_stacked_defects() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="荔枝产地冷链集配中心运营补助", dept=COOP,
                 unit="红峒县坭塘冷链集配中心", money=one_year(200, 170, 30),
                 goals=["支持集配中心荔枝季运营，集配荔枝8000吨。"])  # fmt: skip
    table(s, TIERS4, [
        ("产出指标", "数量指标", "集配荔枝量", "≥8000吨"),
        (None, "质量指标", "入库荔枝预冷合格率", "≥95%"),
        (None, "时效指标", "采后入库时限", "≤4小时"),
        (None, "成本指标", "每吨集配运营补助", "≤200元/吨"),
        ("效益指标", "社会效益指标", "带动果农就近销售", "≥1200户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(260, WAN), "B101", "error", note="200 + 40 = 240, not 260")
    project_head(s, year=YEAR, title="", name="荔枝冷藏运输车辆购置补助", dept=COOP,
                 unit="红峒县供销合作联社", money=one_year(total, 200, 40),
                 goals=["补助购置冷藏运输车36台，车辆全部加装温控设备。"])  # fmt: skip
    table(s, TIERS4, [
        ("产出指标", "数量指标", "补助冷藏运输车", "≥36台"),
        (None, "质量指标", "冷藏车温控设备安装率",
         mk("36台", "T105", "error", note="a rate given as a count of vehicles")),
        (None, "时效指标", "车辆购置补助兑付时间", "2025年9月30日前"),
        (None, "成本指标", "每台冷藏车购置补助", "≤5万元/台"),
        ("效益指标", "经济效益指标", "荔枝冷链外运量增长率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "购车主体满意度", "≥90%"),
    ])  # fmt: skip
    sign_off(s, "甘丽萍", "6151120")
    return b


@variant("xj09-coldchain-artefacts", (9, 1),
         "project in 元, OLD-NAT, operator and unit columns: a date serial in a text cell, an "
         "amount stored as text with separators, a typed percent over 100")  # fmt: skip
def coldchain_artefacts() -> Book:
    b, s = start()
    money_rows = [
        ["项目资金总额", money(2200000, YUAN)],
        ["其中：财政拨款", money(1850000, YUAN)],
        ["其他资金", mk("350,000", "X103", "warning", note="an amount typed as text")],
    ]
    project_head(s, year=YEAR, name="荔枝冷链物流信息追溯平台建设", dept=COOP,
                 unit="红峒县农产品冷链服务公司", money=money_rows, money_label="项目资金（元）",
                 end=mk("45930", "X104", "warning", note="serial of 2025-09-30 as text"),
                 goals=["建成冷链追溯平台，接入冷链主体60家、温湿度监测点400个。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "接入冷链经营主体", "≥", 60, "家"),
        (None, None, "安装温湿度监测终端", "≥", 400, "个"),
        (None, "质量指标", "冷库设施完好率", "≥",
         mk(pct(1.02), "T106", "error", note="a typed 102% on a capped rate"), "%"),
        (None, "时效指标", "监测数据上传及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "监测终端单价", "≤", 1200, "元/个"),
        ("效益指标", "社会效益指标", "外运荔枝可追溯率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "冷链经营主体满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign_off(s, "罗振宇", "6151138")
    return b


@variant("xj10-coldchain-headers", (7,),
         "project, NAT-2021, headers 考核指标 · 目标值（年度） · 评价标准, a unit cost × "
         "capacity equal to the budget (correct)")  # fmt: skip
def coldchain_headers() -> Book:
    b, s = start(widths=(16, 18, 28, 18, 30, 12))
    project_head(s, year=YEAR, name="荔枝田头冷链仓储设施扩容项目", dept=COOP,
                 unit="红峒县大垌荔枝专业合作社联合社", money=one_year(90, 60, 30),
                 goals=["田头冷库新增库容600立方米，荔枝采后预冷率提高到70%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "新增田头冷库库容", "≥600立方米", "达到目标值得满分，按比例扣分"),
        (None, "质量指标", "荔枝采后预冷率", "≥70%", "每低1个百分点扣0.5分"),
        (None, "时效指标", "扩容工程完工时间", "2025年5月10日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "每立方米库容扩容成本", "≤1500元/立方米", "超出不得分"),
        ("效益指标", "经济效益指标", "冷藏荔枝错峰销售均价增长率", "≥8%", "按实际增幅计分"),
        (None, "可持续影响指标", "冷库共享使用制度", "建立并执行", "制度健全得满分"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "问卷调查计分"),
    ])  # fmt: skip
    sign_off(s, "陈美娟", "6151143")
    return b


@variant("xj11-coldchain-second-sheet", (7, 4),
         "project head on the first sheet, indicators on a second sheet under 预期实现值 with a "
         "说明 row inside, a 注 explaining a total, 填表说明 and sign-offs (correct)")  # fmt: skip
def coldchain_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="荔枝冷链分级包装线建设项目", dept=COOP,
                 unit="红峒县农产品冷链服务公司", money=one_year(160, 120, 40),
                 goals=["建成冷链分级包装线2条，荔枝分级包装后冷链外运。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18, 24))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "新建冷链分级包装线", "≥2条", None),
        (None, "质量指标", "荔枝分级准确率", "≥95%", "抽检"),
        (None, "时效指标", "包装线投产时间", "2025年5月20日前", None),
        (None, "成本指标", "每条包装线购置成本", "≤60万元/条", "询价"),
    ])  # fmt: skip
    note(t, "说明：", "以下效益指标按荔枝季（5—7月）统计。", 5)
    t.table([
        ("效益指标", "经济效益指标", "分级包装荔枝销售均价增长率", "≥10%", None),
        (None, "社会效益指标", "带动季节性就业", "≥150人", None),
        ("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(t, "注：", "包装线购置成本按2条×60万元测算，与财政拨款120万元一致。", 5)
    note(t, "填表说明：", "指标值须量化；定性指标填写评价等级。", 5)
    sign_off(t, "罗振宇", "6151138", day(YEAR - 1, 12, 5))
    return b


@variant("xj12-coldchain-export", (7, 9),
         "budget-system export: money on 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 with codes in the first columns and the header on the "
         "third row: a rate above 100%, a deadline given as a percent")  # fmt: skip
def coldchain_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 18, 30, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("431002", "红峒县供销合作联社", "45102425R0031", "荔枝冷链集配站设备更新",
          money(85), money(85), money(0))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 14, 16, 28, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("项目名称：荔枝冷链集配站设备更新", None, None, "项目编码：45102425R0031")
    code = ("431002", "45102425R0031")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    for line in [
        ("产出指标", "数量指标", "更新制冷机组", "≥10台"),
        ("产出指标", "质量指标", "冷库预冷处理合格率",
         mk("≥102%", "T106", "error", note="a capped rate above 100%")),
        ("产出指标", "时效指标", "设备更新完成时间",
         mk("100%", "T113", "warning", note="a deadline given as a percent")),
        ("产出指标", "成本指标", "每台制冷机组更新成本", "≤8万元/台"),
        ("效益指标", "经济效益指标", "集配站冷库能耗下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "入站果农满意度", "≥90%"),
    ]:  # fmt: skip
        t.row(*code, *line)
    return b
