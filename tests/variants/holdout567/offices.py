"""Returns of forestry and produce offices: flat lists, notes and page breaks, late tables."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout567.common import funds, indicators, new, notes, sign, wan
from tests.variants.holdout567.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

BUDGET = ("资金总额", "财政拨款", "其他资金", "基本支出", "项目支出")


@variant("de13-forestry-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights adding to 100, 0起 on a fire count (correct)")  # fmt: skip
def de13() -> Book:
    b, s = new()
    department_head(s, year=2025, dept="栎岩县松茸茯苓产业服务中心",
                    budget=[(wan(210), wan(180), wan(30), wan(130), wan(80))],
                    tasks=[("松茸分级培训", "采集户分级和保护性采集培训", wan(35),
                            "培训600人次"),
                           ("茯苓菌种推广", "向种植户推广脱毒菌种", wan(45), "推广菌种40万袋"),
                           ("金额合计", None, wan(80), None)],
                    goal="服务全县松茸采集和茯苓种植，提升分级水平和产业收益。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("松茸分级培训人次", 15, "人次", "≥", 600),
        ("茯苓菌种推广数量", 15, "万袋", "≥", 40),
        ("鲜品分级合格率", 15, "%", "≥", pct(0.95)),
        ("松茸林火灾发生次数", 10, "起", "≤", 0),
        ("菌种推广补助标准", 10, "元/袋", "≤", 1),
        ("产业服务覆盖村数", 10, "个", "≥", 28),
        ("采集户持证上山率", 10, "%", "≥", pct(0.9)),
        ("服务对象满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    sign(s, "钟岱川", "黎小棠", "0871-6318825", day(2024, 11, 15, CN_DATE))
    return b


@variant("de14-forestry-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction "
         "· 计量单位 · 权重): a money value against a 人 unit, a 反向 rate with ≥, "
         "weights 95")  # fmt: skip
def de14() -> Book:
    b, s = new()
    department_head(s, year=2025, dept="雾栖县茯苓产业发展中心",
                    budget=[(wan(150), wan(120), wan(30), wan(90), wan(60))],
                    goal="组织茯苓分级收购和技术培训，规范收购秩序。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20 + 20 + 15 + 15 + 10 + 15 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("茯苓收购分级抽检批次", "≥120", "正向", "批次", 20),
        ("茯苓分级技术培训人数",
         mk("≥12万元", "T112", "error", note="万元 in the value, 人 in the unit column"),
         "正向", "人", 20),
        ("茯苓丁分级合格率", "≥95", "正向", "%", 15),
        ("收购纠纷投诉率",
         mk("≥2", "T108", "warning", row=True, note="a complaint rate is 反向: ≤ meant"),
         "反向", "%", 15),
        ("分级收购点运行补助", "≤5", "反向", "万元/个", 10),
        ("种植户满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    return b


@variant("de15-songrong-notes-signatures", (4, 1),
         "project, OLD-NAT, one value column: a 注 row between tiers, 填表说明 and signature lines "
         "under the table dated the year before, a 下降率 with ≥ (correct)")  # fmt: skip
def de15() -> Book:
    b, s = new()
    project_head(s, year=2025, name="松茸冷链预冷点运行补助项目",
                 dept="栎岩县商务局 217020", unit="栎岩县松坪乡人民政府",
                 money=funds(wan(48), wan(40), wan(8)),
                 goals=["补助10个预冷点采集季运行，降低松茸鲜品采后损耗。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "补助运行预冷点", "≥10个"),
        (None, "质量指标", "预冷点温控达标率", "≥95%"),
        (None, "时效指标", "补助资金拨付时间", "2025年10月31日前"),
        (None, "成本指标", "预冷点运行补助", "≤4万元/个"),
        ("注：预冷点名单及运行天数见附件1，补助按实际运行天数核定。", ""),
        ("效益指标", "经济效益指标", "松茸鲜品采后损耗下降率", "≥10%"),
        (None, "社会效益指标", "预冷点服务采集户", "≥900户"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应量化，可量化的不得填写定性描述；",
          "2.下降率以2024年采集季实际损耗率为基数计算。", width=4)  # fmt: skip
    sign(s, "覃望舒", "晏楚", "0871-6327740", day(2024, 11, 22, CN_DATE))
    return b


@variant("de16-forest-station-page-break", (4, 12),
         "department, NAT-2021, weight column: budget with tasks adding to 项目支出, a unit row, "
         "subtotal rows, the header repeated after a page break, a total row "
         "(correct)")  # fmt: skip
def de16() -> Book:
    b, s = new()
    department_head(s, year=2025, dept="雾栖县林下经济工作站",
                    budget=[(wan(96), wan(86), wan(10), wan(56), wan(40))],
                    tasks=[("松茸菌塘巡护", "采集季巡护松茸菌塘", wan(22), "巡护12000亩"),
                           ("茯苓技术指导", "入户指导林下茯苓种植", wan(18), "指导300户次"),
                           ("金额合计", None, wan(40), None)],
                    goal="保护松茸资源，指导茯苓种植，服务林下经济。")  # fmt: skip
    s.row("单位：万元、%")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "巡护松茸菌塘面积", "≥12000亩", 15),
        (None, None, "茯苓种植技术指导", "≥300户次", 15),
        (None, "质量指标", "巡护记录完整率", "≥95%", 10),
        ("小计", "", "", "", 40),
        ("成本指标", "经济成本指标", "菌塘巡护单位成本", "≤18元/亩", 10),
        ("小计", "", "", "", 10),
    ])  # fmt: skip
    indicators(s, head, [
        ("效益指标", "社会效益指标", "采集纠纷发生次数", "≤2起", 10),
        (None, "生态效益指标", "巡护区松林保存率", "≥98%", 10),
        (None, "可持续影响指标", "林下经济技术档案建档率", "≥95%", 10),
        ("小计", "", "", "", 30),
        ("满意度指标", "服务对象满意度指标", "采集户及种植户满意度", "≥90%", 10),
        ("小计", "", "", "", 10),
        ("合计", "", "", "", 100),
    ])  # fmt: skip
    return b


@variant("de17-fuling-second-sheet-template", (7, 6, 13),
         "poria project: head on the first sheet, the table on a second sheet under a two-row "
         "header (考核指标, 预期实现值): a tier-2 left from the template, a value "
         "without a name")  # fmt: skip
def de17() -> Book:
    b, s = new("项目信息")
    project_head(s, year=2025, name="茯苓菌核采挖与分级收购项目",
                 dept="栎岩县供销合作社联合社 217031", unit="栎岩县茯岭茯苓购销公司",
                 money=funds(wan(64), wan(50), wan(14)),
                 goals=["组织采挖成熟茯苓菌核并按等级收购，收购鲜苓600吨。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 16, 12))
    t.title("项目绩效指标", 5)
    t.row("指标层级", None, "考核指标", "预期实现值", None, merge=[(1, 2), (4, 5)])
    indicators(t, ("一级指标", "二级指标", "指标名称", "目标值", "计量单位"), [
        ("产出指标", "数量指标", "分级收购鲜苓", "≥600", "吨"),
        (None, "质量指标", "菌核分级准确率", "≥95", "%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"),
         "≥90", "%"),
        (None, mk("时效指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None, None),
        ("成本指标", "经济成本指标", "分级收购服务成本", "≤800", "元/吨"),
        ("效益指标", "经济效益指标", "种植户鲜苓销售收入提高", "≥10", "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("de18-budget-system-export", (7, 12),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "codes in the first columns, header on the third row, 指标内容 and 绩效目标值 "
         "(correct)")  # fmt: skip
def de18() -> Book:
    b, s = new("部门项目支出预算05-1", (20, 12, 28, 14, 14, 14))
    s.row("部门项目支出预算表", merge=[(1, 6)])
    s.row("单位名称：雾栖县林业局", None, None, None, None, "单位：万元")
    s.row("项目编码", "单位代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("53232525T000001203", "318002", "松茸产地溯源标识项目", wan(32), wan(32), wan(0))
    s.row("53232525T000001204", "318002", "茯苓分级仓储周转项目", wan(45), wan(35), wan(10))
    s.row("合计", None, None, wan(77), wan(67), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 26, 12, 16, 28, 16))
    t.row("部门项目支出绩效目标表", merge=[(1, 6)])
    t.row("单位名称：雾栖县林业局", None, None, None, None, "2025年度")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "指标内容", "绩效目标值")
    a, c = (
        ("53232525T000001203", "松茸产地溯源标识项目"),
        ("53232525T000001204", "茯苓分级仓储周转项目"),
    )
    t.table([
        (*a, "产出指标", "数量指标", "发放溯源标识", "≥30万枚"),
        (*a, "产出指标", "质量指标", "标识赋码准确率", "≥99%"),
        (*a, "成本指标", "经济成本指标", "标识单价", "≤0.8元/枚"),
        (*a, "效益指标", "经济效益指标", "溯源松茸溢价率", "≥8%"),
        (*a, "满意度指标", "服务对象满意度指标", "经销商满意度", "≥90%"),
        (*c, "产出指标", "数量指标", "仓储周转茯苓", "≥2000吨"),
        (*c, "产出指标", "时效指标", "入库分级时限", "≤3个工作日"),
        (*c, "成本指标", "经济成本指标", "仓储周转成本", "≤150元/吨"),
        (*c, "效益指标", "社会效益指标", "带动种植户", "≥400户"),
        (*c, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
