"""Consumption assistance and east–west cooperation in trade (消费帮扶, 东西部协作产销对接):
si13–si18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout285.common import line, notes, one_year, sign, start, table, wan
from tests.variants.holdout285.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

OUT, EFF, SAT, COST = "产出指标", "效益指标", "满意度指标", "成本指标"
USERS = "服务对象满意度指标"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("si13-consume-department-money", (12, 4), "department, NAT-2021, 消费帮扶: budget and "
         "key tasks adding up, a 注 explaining that 金额合计 is the 项目支出 only, a signature "
         "line (correct)")  # fmt: skip
def consume_department_money() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="澄湾市霁川区商务局",
                    budget=[(wan(1280), wan(1180), wan(100), wan(380), wan(900))],
                    goal="深化东西部协作消费帮扶，拓宽对口地区农特产品销售渠道，带动农户增收。",
                    tasks=[
        ("消费帮扶展销活动", "举办对口地区农特产品展销活动", wan(260), "举办展销活动不少于20场"),
        ("专柜专馆运营", "支持消费帮扶专柜专馆运营", wan(380), "运营专柜专馆不少于35个"),
        ("产业对接", "组织东部企业赴对口地区开展产销对接", wan(260), "建立稳定产销关系"),
        ("金额合计", None, wan(900), None),
    ])  # fmt: skip
    line(s, "注：金额合计为年度主要任务的项目支出合计，不含基本支出380万元。")
    table(s, HEAD4, [
        (OUT, "数量指标", "举办消费帮扶展销活动场次", "≥20场"),
        (None, None, "运营消费帮扶专柜专馆数", "≥35个"),
        (None, "质量指标", "参展产品质量抽检合格率", "≥98%"),
        (None, "时效指标", "专柜专馆补助拨付及时率", "≥95%"),
        (COST, "经济成本指标", "单场展销活动补助标准", "≤12万元/场"),
        (EFF, "经济效益指标", "帮助销售对口地区农特产品金额", "≥26000万元"),
        (None, None, "带动对口地区农户增收户数", "≥4000户"),
        (None, "社会效益指标", "消费帮扶政策知晓率", "≥85%"),
        (None, "可持续影响指标", "产销对接长效机制", "健全"),
        (SAT, USERS, "参展企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟一苇", "0574-8836215", day(2025, 11, 20))
    return b


@variant("si14-consume-department-money-wrong", (12, 9), "department, NAT-2021, 消费帮扶: 基本支出 "
         "+ 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a fill date left as an Excel serial "
         "in a text cell")  # fmt: skip
def consume_department_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(760), "B101", "error", row=True, note="基本支出 240 + 项目支出 500 = 740")
    serial = mk("45636", "X104", "warning", note="a date serial (2024-12-10) stored as text")
    tasks = mk(wan(500), "B102", "error", note="180 + 160 + 150 = 490")
    goal = "拓宽对口地区农特产品销售渠道，组织产销对接，带动对口地区脱贫户增收。"
    department_head(s, year=2025, dept="澄湾市浦沅区农业农村局", filled=serial,
                    budget=[(total, wan(700), wan(60), wan(240), wan(500))], goal=goal, tasks=[
        ("产销对接活动", "组织对口地区农特产品产销对接会", wan(180), "举办对接会不少于8场"),
        ("消费帮扶专馆运营", "支持专馆新增入驻产品", wan(160), "新增入驻产品不少于120种"),
        ("帮扶产品宣传推介", "开展线上线下宣传推介", wan(150), "提升帮扶产品知名度"),
        ("金额合计", None, tasks, None),
    ])  # fmt: skip
    table(s, HEAD4, [
        (OUT, "数量指标", "组织产销对接会场次", "≥8场"),
        (None, None, "消费帮扶专馆新增入驻产品种类数", "≥120种"),
        (None, "质量指标", "入驻产品质量抽检合格率", "≥98%"),
        (None, "时效指标", "帮扶产品货款结算周期", "≤30天"),
        (COST, "经济成本指标", "单场产销对接会经费", "≤15万元/场"),
        (EFF, "经济效益指标", "对口地区农特产品销售额增长率", "≥12%"),
        (None, "社会效益指标", "带动脱贫户增收户数", "≥2500户"),
        (SAT, USERS, "对口地区合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟一苇", "0574-8836215", day(2024, 12, 10))
    return b


@variant("si15-consume-export", (7, 9, 1), "budget-system export: 「部门项目支出预算05-1」 then "
         "「部门项目支出绩效目标05-2」 with the header on the third row, unit and project codes "
         "as text in the first columns, tiers repeated, typed percentages (correct)")  # fmt: skip
def consume_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (10, 22, 20, 34, 12, 12, 12, 12, 40))
    s.title("2025年部门项目支出预算表", 9)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金", "年度绩效目标")  # fmt: skip
    name = "苍岘县东西部协作消费帮扶产地仓建设项目"
    goal = "2025年建成产地仓3000立方米，配置冷链运输车4辆，带动1200户脱贫户参与产销对接。"
    code, item = "053012", "532624250000000317"
    s.row(code, "苍岘县乡村振兴局", item, name, "一次性项目", money(420), money(400), money(20),
          goal)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 22, 12, 14, 20, 30, 10, 14, 10))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.row("单位：苍岘县乡村振兴局")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位", "备注")  # fmt: skip
    for row in [
        (OUT, "数量指标", "新建产地仓库容", "≥", 3000, "立方米"),
        (OUT, "数量指标", "购置冷链运输车辆数", "≥", 4, "辆"),
        (OUT, "质量指标", "产地仓工程验收合格率", "=", pct(1), "%"),
        (OUT, "时效指标", "产地仓投入使用时间", "≤", day(2025, 10, 31), None),
        (COST, "经济成本指标", "产地仓建设单位造价", "≤", 900, "元/立方米"),
        (COST, "经济成本指标", "冷链运输车辆单价", "≤", 30, "万元/辆"),
        (EFF, "经济效益指标", "产地仓年农产品周转量", "≥", 8000, "吨"),
        (EFF, "社会效益指标", "带动脱贫户参与产销对接户数", "≥", 1200, "户"),
        (EFF, "可持续影响指标", "产地仓运营管护制度", "定性", "健全", None),
        (SAT, USERS, "合作社及农户满意度", "≥", pct(0.9), "%"),
    ]:  # fmt: skip
        t.row(code, item, *row)
    return b


@variant("si16-consume-artefacts", (9,), "project, OLD-NAT, one value column, a 资金测算明细 block "
         "under the table: an amount pasted twice, a unit cost rounded to 0 in 万元")  # fmt: skip
def consume_artefacts() -> Book:
    b, s = start()
    goal = "补贴对口地区农产品冷链运输和产地仓储，降低物流成本，扩大农产品外销。"
    project_head(s, year=2026, name="浦沅区消费帮扶农产品冷链物流补贴项目",
                 dept="澄湾市浦沅区商务局（311017）", unit="浦沅区消费帮扶服务中心",
                 money=one_year(150, 140, 10), goals=[goal])  # fmt: skip
    zero = mk("≤0万元/吨", "T115", "error", note="50元/吨 rounded to 0 in 万元")
    table(s, HEAD4, [
        (OUT, "数量指标", "补贴冷链运输量", "≥16800吨"),
        (None, None, "支持对口地区产地仓数", "≥6个"),
        (None, "质量指标", "冷链运输农产品损耗率", "≤3%"),
        (None, "时效指标", "补贴资金拨付时限", "≤20个工作日"),
        (None, "成本指标", "冷链运输补贴标准", zero),
        (EFF, "经济效益指标", "对口地区农产品外销额增长率", "≥10%"),
        (None, "社会效益指标", "带动脱贫户增收户数", "≥1800户"),
        (SAT, USERS, "受补贴经营主体满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("36万36万", "X106", "error", alt=("B108",), note="36万 pasted twice")
    s.skip()
    line(s, "资金测算明细")
    span = [(2, 3), (5, 6)]
    s.row("序号", "支出内容", None, "金额（万元）", "测算依据", merge=span)
    s.row(1, "冷链运输补贴", None, 84, "16800吨×50元/吨", merge=span)
    s.row(2, "产地仓储服务补贴", None, twice, "按6个产地仓实际仓储量核定", merge=span)
    s.row(3, "帮扶品牌推广", None, 30, "线上推广及展会参展", merge=span)
    s.row("合计", None, None, 150, None, merge=span)
    sign(s, "钟一苇", "0574-8836302", day(2025, 12, 4))
    return b


@variant("si17-consume-second-sheet", (7, 11), "project head on the first sheet, the table on "
         "a second sheet under 预期实现值, 指标性质 as direction and 指标方向 as operator in "
         "words, a unit column; a 下降率 with 大于等于 and 0起 on an incident count "
         "(correct)")  # fmt: skip
def consume_second_sheet() -> Book:
    b, s = start("项目基本信息")
    goal = "在赭岭县认定农产品直供基地，向澄湾市稳定直供优质农产品，带动基地周边农户增收。"
    project_head(s, year=2025, name="霁川—赭岭东西部协作农产品直供基地项目",
                 dept="澄湾市霁川区农业农村局（306020）", unit="霁川区农产品流通服务中心",
                 money=one_year(380, 350, 30), goals=[goal])  # fmt: skip
    sign(s, "季南星", "0574-8812739", day(2024, 12, 16))
    t = b.sheet("绩效指标", (14, 18, 30, 10, 12, 12, 12))
    t.title("2025年度项目绩效指标", 7)
    table(t, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "预期实现值",
              "计量单位"), [
        (OUT, "数量指标", "认定直供基地数", "正向", "大于等于", 8, "个"),
        (None, None, "直供农产品数量", "正向", "大于等于", 5000, "吨"),
        (None, "质量指标", "直供农产品抽检合格率", "正向", "大于等于", 98, "%"),
        (None, "时效指标", "直供订单货款结算周期", "反向", "小于等于", 15, "工作日"),
        (COST, "经济成本指标", "直供基地奖补标准", "反向", "小于等于", 40, "万元/个"),
        (EFF, "经济效益指标", "农产品流通环节成本下降率", "正向", "大于等于", 10, "%"),
        (None, None, "基地周边农户户均增收", "正向", "大于等于", 3000, "元"),
        (None, "社会效益指标", "农产品质量安全事故", "反向", "小于等于", 0, "起"),
        (SAT, USERS, "直供采购单位满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("si18-consume-direction-wrong", (11,), "project, OLD-NAT, 指标性质 as direction with "
         "operators inside the values: a 正向 count with ≤, a 反向 rate with ≥, a deadline after "
         "the one-year project's end")  # fmt: skip
def consume_direction_wrong() -> Book:
    b, s = start()
    goal = "培育电商带货主播，拓展墨垣县农特产品线上销售，带动脱贫户就业增收。"
    project_head(s, year=2025, name="墨垣县东西部协作农产品电商销售帮扶项目",
                 dept="墨垣县商务局（241006）", unit="墨垣县电子商务公共服务中心",
                 money=one_year(200, 180, 20), goals=[goal])  # fmt: skip
    low = mk("≤3000吨", "T108", "warning", row=True, note="a 正向 output with ≤")
    loss = mk("≥5%", "T108", "warning", row=True, note="a 反向 loss rate with ≥")
    late = mk("2026年3月31日前", "Y102", "error", note="after the project ends on 2025-12-31")
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值"), [
        (OUT, "数量指标", "培育电商带货主播人数", "正向", "≥60人"),
        (None, None, "线上销售农特产品数量", "正向", low),
        (None, "质量指标", "线上订单发货准确率", "正向", "≥98%"),
        (None, None, "农产品运输损耗率", "反向", loss),
        (None, "时效指标", "电商服务站点建成时限", "反向", late),
        (None, "成本指标", "主播培训人均成本", "反向", "≤2500元/人"),
        (EFF, "经济效益指标", "带动农户户均增收", "正向", "≥2000元"),
        (None, "社会效益指标", "带动脱贫户就业人数", "正向", "≥150人"),
        (SAT, USERS, "合作农户满意度", "正向", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：指标性质填写“正向”或“反向”。", width=5)
    sign(s, "温若澜", "0839-3357104", day(2024, 12, 18))
    return b
