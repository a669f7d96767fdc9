"""Cold-chain sales of cashmere-goat products and Hami melons (冷链销售) (cy13–cy18)."""

from __future__ import annotations

from tests.variants.holdout561.common import (
    H4,
    YEAR,
    annual_money,
    book,
    department,
    indicators,
    project,
    sign,
    wan,
)
from tests.variants.holdout561.registry import variant
from tests.variants.kit import Book, mk, money, pct

CENTRE = "苇湖县农产品流通服务中心"
BUREAU = "苇湖县商务局 653108"


@variant(
    "cy13-coldchain-department",
    (12,),
    "department, NAT-2021: budget and key tasks adding "
    "up, typed percent cells, a share raised in 百分点 (correct)",
)
def cy13() -> Book:
    b, s = book()
    department(s, CENTRE, (640, 576, 64, 224, 416),
               "完善羊肉和哈密瓜冷链流通体系，提高冷链流通率和农牧民收入。",
               [("冷链物流补贴", "冷链运输和仓储补贴", wan(180), "冷链运输≥9000吨"),
                ("产地仓建设", "建设产地冷链集配仓2座", wan(156), "建成产地仓2座"),
                ("品牌推广", "线上线下推介会", wan(80), "推介活动≥8场"),
                ("金额合计", None, wan(416), None)])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "冷链运输农产品", "≥9000吨"),
        (None, None, "建成产地冷链集配仓", "≥2座"),
        (None, "质量指标", "冷链运输温控达标率", pct(0.95)),
        (None, "时效指标", "补贴资金拨付及时率", pct(1)),
        ("成本指标", "经济成本指标", "每吨冷链运输补贴", "≤200元/吨"),
        ("效益指标", "经济效益指标", "哈密瓜冷链流通率比上年提高", "≥5百分点"),
        (None, "社会效益指标", "冷链运输损耗率", "≤6%"),
        ("满意度指标", "服务对象满意度指标", "经营主体满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "李晓燕", "0906-3321470")
    return b


@variant(
    "cy14-coldchain-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to 金额合计",
)
def cy14() -> Book:
    b, s = book()
    total = mk(money(700, '0.00"万元"'), "B101", "error", note="260 + 420 = 680 ≠ 700")
    department(s, "苇湖县绒山羊产业发展中心", (total, 620, 80, 260, 420),
               "推进羊绒和羊肉冷链销售，提高绒山羊养殖效益。",
               [("羊肉冷链分割", "冷链分割加工补助", wan(150), "冷链分割羊肉≥600吨"),
                ("羊绒电商销售", "电商平台运营", wan(170), "线上销售额≥2000万元"),
                ("冷链配送网点", "建设冷链配送网点8个", wan(90), "建成网点8个"),
                ("金额合计", None,
                 mk(money(420, '0.00"万元"'), "B102", "error", note="150 + 170 + 90 = 410"),
                 None)])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "冷链分割羊肉", "≥600吨"),
        (None, None, "建成冷链配送网点", "≥8个"),
        (None, "质量指标", "冷链羊肉抽检合格率", "≥98%"),
        (None, "时效指标", "配送网点建成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "每吨羊肉冷链分割补助", "≤2000元/吨"),
        ("效益指标", "经济效益指标", "羊绒制品线上销售额", "≥2000万元"),
        (None, "社会效益指标", "带动养殖户", "≥350户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "赵振北", "0906-3325218")
    return b


@variant(
    "cy15-coldchain-export",
    (7, 12),
    "budget-system export: a money sheet 05-1 and the "
    "indicator sheet 05-2 with codes in the first columns, header on the third row (correct)",
)
def cy15() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 26, 20, 30, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    name = "羊绒及哈密瓜冷链直销平台运营项目"
    s.row("218006", CENTRE, "65310825000031", name, money(150), money(130), money(20))
    s.row("合计", None, None, None, money(150), money(130), money(20))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 26, 12, 18, 28, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row(f"单位名称：{CENTRE}")
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for row in [
        ("产出指标", "数量指标", "平台上线冷链产品品类", "≥30个"),
        ("产出指标", "数量指标", "冷链直销订单量", "≥50000单"),
        ("产出指标", "质量指标", "订单全程温控达标率", "≥95%"),
        ("产出指标", "时效指标", "订单48小时内发货率", "≥95%"),
        ("成本指标", "经济成本指标", "单笔订单冷链配送补贴", "≤20元/单"),
        ("效益指标", "经济效益指标", "平台年销售额", "≥3000万元"),
        ("效益指标", "社会效益指标", "带动农牧户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥90%"),
    ]:  # fmt: skip
        t.row("218006", "65310825000031", name, *row)
    return b


@variant(
    "cy16-coldchain-direction",
    (11,),
    "project, NAT-2021, operators inside the values: ≥ on "
    "a loss rate, = on a cost standard, ≤ on a 正向 count",
)
def cy16() -> Book:
    b, s = book()
    project(s, "哈密瓜及羊肉冷链运输补助项目", BUREAU, CENTRE, annual_money(360, 300, 60),
            ["补助冷链运输8000吨，新增冷藏车40辆。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "冷链运输哈密瓜及羊肉", "≥8000吨"),
        (None, None, "新增冷藏车辆",
         mk("≤40辆", "T108", "warning", row=True, note="a 正向 count capped with ≤")),
        (None, "质量指标", "冷链运输损耗率",
         mk("≥5%", "T108", "warning", row=True, note="损耗率 is 反向")),
        (None, "时效指标", "订单平均配送时长", "≤48小时"),
        ("成本指标", "经济成本指标", "每吨冷链运输补贴",
         mk("=380元/吨", "T108", "warning", row=True, note="= on a cost standard")),
        ("效益指标", "经济效益指标", "冷链产品溢价率", "≥8%"),
        (None, "社会效益指标", "冷链断链投诉", "≤3起"),
        (None, "生态效益指标", "新能源冷藏车占比", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "客户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "周海燕", "0906-3327702")
    return b


@variant(
    "cy17-coldchain-flat-two-values",
    (3, 8),
    "department, flat list with a unit column, "
    "实施周期 and 年度 value columns and weights adding to 100 (correct)",
)
def cy17() -> Book:
    b, s = book()
    department(s, CENTRE, (420, 380, 40, 150, 270),
               "三年内建成覆盖全县的羊肉和哈密瓜冷链配送网络，本年度建成网点5个。")  # fmt: skip
    s.row("指标名称", "计量单位", "实施周期指标值（2025—2027年）", "年度指标值", "权重")
    s.table([
        ("冷链配送网点建设", "个", "≥12", "≥5", 15),
        ("哈密瓜冷链外销量", "吨", "≥30000", "≥10000", 20),
        ("羊绒制品线上销售额", "万元", "≥2400", "≥800", 15),
        ("冷链运输损耗率", "%", "≤6", "≤6", 15),
        ("订单配送及时率", "%", "≥95", "≥95", 10),
        ("单吨冷链运输补贴", "元/吨", "≤120", "≤120", 10),
        ("经营主体满意度", "%", "≥90", "≥90", 15),
    ])  # fmt: skip
    sign(s, "李晓燕", "0906-3321470")
    return b


@variant(
    "cy18-coldchain-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value "
    "column: the second project's money does not add up and one rate is a count",
)
def cy18() -> Book:
    b, s = book()
    project(s, "绒山羊羊肉冷链分割加工项目", BUREAU, "苇湖县绒山羊产业发展中心",
            annual_money(200, 160, 40), ["冷链分割加工羊肉800吨。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "冷链分割加工羊肉", "≥800吨"),
        (None, "质量指标", "分割羊肉抽检合格率", "≥98%"),
        (None, "时效指标", "加工线投产时间", "6月30日前"),
        (None, "成本指标", "每吨分割加工补助", "≤1500元/吨"),
        ("效益指标", "经济效益指标", "羊肉冷链销售收入", "≥4000万元"),
        (None, "社会效益指标", "带动养殖户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(money(260, '0.00"万元"'), "B101", "error", note="200 + 40 = 240 ≠ 260")
    project(s, "哈密瓜产地冷链集配中心项目", BUREAU, CENTRE, annual_money(total, 200, 40),
            ["建成产地冷链集配中心1处，集配哈密瓜6000吨。"], title="")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "集配哈密瓜", "≥6000吨"),
        (None, "质量指标", "冷链集配覆盖率",
         mk("35个", "T105", "error", note="a 覆盖率 given as a count")),
        (None, "时效指标", "集配中心投用时间", "8月31日前"),
        (None, "成本指标", "每吨集配冷藏成本", "≤200元/吨"),
        ("效益指标", "经济效益指标", "哈密瓜产地收购价提高", "≥0.5元/公斤"),
        (None, "社会效益指标", "服务种植合作社", "≥25家"),
        ("满意度指标", "服务对象满意度指标", "瓜农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "周海燕", "0906-3327702")
    return b
