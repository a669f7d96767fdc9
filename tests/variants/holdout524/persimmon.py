"""柿饼 returns: percent cells, stacked projects and flat department lists (bn01–bn06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout524.common import one_year, sign, start, table, wan
from tests.variants.holdout524.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("bn01-drying-sheds", (1,), "project, NAT-2021, operator column headed 指标性质 and a unit "
         "column, typed percent cells, 万元 in the number format (correct)")  # fmt: skip
def bn01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="霜柿柿饼晾晒棚改造项目", dept="鹊岭县农业农村局（312）",
                 unit="鹊岭县柿坳镇霜柿专业合作社", money=one_year(86, 70, 16),
                 goals=["改造晾晒棚24座，柿饼一级品率达到85%以上，带动柿农310户。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("成本指标", "经济成本指标", "晾晒棚改造单座补助标准", "≤", 3.5, "万元/座"),
        ("产出指标", "数量指标", "改造晾晒棚数量", "≥", 24, "座"),
        (None, None, "带动柿农户数", "≥", 310, "户"),
        (None, "质量指标", "柿饼一级品率", "≥", pct(0.85), "%"),
        (None, None, "晾晒期柿饼霉变率", "≤", pct(0.03), "%"),
        (None, "时效指标", "晾晒棚完工时间", "≤", day(2025, 9, 30, CN_DATE), None),
        ("效益指标", "经济效益指标", "入社农户柿饼销售收入增长率", "≥", pct(0.08), "%"),
        (None, "生态效益指标", "柿皮等加工废弃物回收利用率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "覃素梅", "0839-5526174", day(2024, 12, 18, CN_DATE))
    return b


@variant("bn02-vacuum-line", (1, 12), "project, OLD-NAT, operator and unit columns: a typed "
         "percent over 100 on a 合格率, 其他资金 in 元 inside a 万元 money block")  # fmt: skip
def bn02() -> Book:
    b, s = start()
    other = mk(money(150000, YUAN), "B105", "error",
               note="150,000.00元 in a 项目资金（万元） block: units mixed")  # fmt: skip
    project_head(s, year=2025, name="柿饼真空包装线购置项目", dept="鹊岭县供销合作社联合社",
                 unit="柿坳镇红霜柿饼加工专业合作社", money=[
                     ("年度资金总额", wan(45), "其中：财政拨款", wan(30)),
                     (None, None, "其他资金", other)],
                 goals=["购置真空包装线2条，年包装柿饼180吨以上。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="follows from the 元 cell read as 150000")
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "购置真空包装线", "≥", 2, "条"),
        (None, None, "年包装柿饼量", "≥", 180, "吨"),
        (None, "质量指标", "包装线验收合格率", "=", pct(1), "%"),
        (None, None, "柿饼包装密封合格率", "≥",
         mk(pct(1.02), "T106", "error", note="typed 102% on a capped 合格率"), "%"),
        (None, "时效指标", "设备安装调试完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        (None, "成本指标", "包装线购置单价", "≤", 20, "万元/条"),
        ("效益指标", "经济效益指标", "包装柿饼每斤售价提高", "≥", 1.5, "元/斤"),
        (None, "社会效益指标", "带动脱贫户就业", "≥", 35, "人"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("bn03-stacked-brand-frost", (2,), "two persimmon projects stacked in one sheet, "
         "OLD-NAT, one value column, 带动农户数 with different values in each "
         "(correct)")  # fmt: skip
def bn03() -> Book:
    b, s = start()
    project_head(s, year=2025, name="“鹊岭霜柿”柿饼品牌推广项目", dept="鹊岭县商务局",
                 unit="鹊岭县柿饼产业协会", money=one_year(30, 25, 5),
                 goals=["参加展销会4场，新增线上销售渠道3个。"])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "参加农产品展销会", "≥4场"),
        (None, None, "新增线上销售渠道", "≥3个"),
        (None, None, "带动农户数", "≥120户"),
        (None, "成本指标", "单场展销会参展费用", "≤5万元/场"),
        ("效益指标", "经济效益指标", "柿饼线上销售额增长率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "参展农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="高山柿园冻害防护项目", dept="鹊岭县农业农村局",
                 unit="鹊岭县石门坳柿果专业合作社", money=one_year(52, 40, 12), title="",
                 goals=["为1300亩柿园安装防冻设施，冻害损失率控制在5%以内。"])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "防冻设施覆盖柿园面积", "≥1300亩"),
        (None, None, "带动农户数", "≥260户"),
        (None, "质量指标", "设施验收合格率", "100%"),
        (None, "成本指标", "每亩防冻设施补助", "≤400元/亩"),
        ("效益指标", "经济效益指标", "柿园冻害损失率", "≤5%"),
        (None, "可持续影响指标", "防冻设施使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "柿农满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("bn04-stacked-defects", (2, 11), "two persimmon projects stacked, OLD-NAT, one value "
         "column: a 合格率 as a tonnage, the second's money not adding up, "
         "烂果率 with ≥")  # fmt: skip
def bn04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="柿子脱涩车间改造项目", dept="鹊岭县农业农村局",
                 unit="鹊岭县麻溪柿饼专业合作社", money=one_year(48, 40, 8),
                 goals=["改造脱涩车间1处，年脱涩鲜柿1200吨。"])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "年脱涩鲜柿量", "≥1200吨"),
        (None, "质量指标", "脱涩处理合格率",
         mk("1200吨", "T105", "error", note="a 合格率 given as a tonnage")),
        (None, "时效指标", "车间改造完成时间", "2025年8月31日前"),
        ("效益指标", "经济效益指标", "合作社柿饼加工收入", "≥210万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(68), "B101", "error", note="50 + 12 = 62, not 68")
    project_head(s, year=2025, name="柿果冷链收储项目", dept="鹊岭县农业农村局", title="",
                 unit="鹊岭县麻溪柿饼专业合作社", money=one_year(total, 50, 12),
                 goals=["新建冷藏库2座，鲜柿收储损耗降至2%以下。"])  # fmt: skip
    table(s, FOUR, [
        ("产出指标", "数量指标", "新建冷藏库", "≥2座"),
        (None, "质量指标", "收储柿果烂果率",
         mk("≥2%", "T108", "warning", row=True, note="a 反向 rate with ≥")),
        (None, "成本指标", "单座冷藏库建设成本", "≤25万元/座"),
        ("效益指标", "经济效益指标", "错峰销售增收", "≥30万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bn05-flat-service-centre", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def bn05() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="鹊岭县柿坳镇农业综合服务中心",
                    budget=[(wan(412.6), wan(380.6), wan(32), wan(268.4), wan(144.2))],
                    tasks=[("柿饼加工技术培训", "举办晾晒、捏饼、出霜技术培训", wan(36.2),
                            "培训柿农600人次"),
                           ("柿园病虫害统防统治", "组织炭疽病、柿蒂虫统防", wan(108),
                            "统防面积5200亩"),
                           ("金额合计", None, wan(144.2), None)],
                    goal="提升柿饼加工技术水平，控制柿园病虫害，农药使用量零增长。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in [
        ("培训柿农人次", 20, "人次", "≥", 600),
        ("病虫害统防统治面积", 20, "亩", "≥", 5200),
        ("柿饼抽检合格率", 20, "%", "≥", pct(0.96)),
        ("统防后柿园落果率", 15, "%", "≤", pct(0.05)),
        ("农药使用量增长率", 10, "%", "≤", pct(0)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ]:
        s.row(*line)
    sign(s, "龙秀英", "0839-5520913", day(2024, 11, 26, CN_DATE))
    return b


@variant("bn06-flat-defects", (3,), "department, flat list in another order (指标名称 · 指标值 · "
         "计量单位 · 权重): a 合格率 given as batches, weights adding to 95")  # fmt: skip
def bn06() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="鹊岭县果品产业发展中心",
                    budget=[(wan(286), wan(260), wan(26), wan(201.5), wan(84.5))],
                    tasks=[("柿饼质量抽检", "对合作社柿饼开展农残、二氧化硫检测", wan(24.5),
                            "抽检45批次"),
                           ("柿饼加工设备补助", "补助烘干设备", wan(60), "补助烘干设备30台"),
                           ("金额合计", None, wan(84.5), None)],
                    goal="保障柿饼质量安全，提升加工装备水平。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    for line in [
        ("柿饼抽检批次", "≥45", "批次", 20),
        ("柿饼检测合格率", mk(45, "T105", "error", note="a 合格率 given as 45 批次"), "批次", 25),
        ("补助烘干设备", "≥30", "台", 20),
        ("烘干设备单台补助", "≤2", "万元/台", 15),
        ("服务对象满意度", "≥90", "%", 15),
    ]:
        s.row(*line)
    b.file_mark("W101", "error", note="weights 20 + 25 + 20 + 15 + 15 = 95, not 100")
    return b
