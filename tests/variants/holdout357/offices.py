"""Department returns and system exports of flower offices (vc13–vc18): flat lists, department
money, a budget-system export, template rows, conversion artefacts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout357.common import TIERED, YEAR, first, indicators, one_year, sign, wan
from tests.variants.holdout357.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLOWER_OFFICE = "檀溪县花卉产业发展服务中心"


@variant("vc13-flat-flower-office", (3, 1, 12), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), typed percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def flat_office() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept=FLOWER_OFFICE,
                    budget=[(wan(500), wan(460), wan(40), wan(320), wan(180))],
                    tasks=[("花卉良种推广", "推广花卉良种，补助示范户", wan(80), "良种覆盖扩大"),
                           ("花卉市场价格监测", "布设监测点，发布价格", wan(40), "按周发布价格"),
                           ("花农技术培训", "开展栽培和采后处理培训", wan(60), "花农技能提升"),
                           ("金额合计", None, wan(180), None)],
                    goal="推广花卉良种，做好花卉市场监测和花农培训服务。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("花卉良种推广面积", 20, "亩", "≥", 3000),
        ("花卉市场价格监测点", 15, "个", "≥", 12),
        ("花农技术培训", 15, "人次", "≥", 1500),
        ("良种推广补助资金拨付及时率", 10, "%", "≥", pct(0.95)),
        ("花卉产品质量抽检合格率", 15, "%", "≥", pct(0.96)),
        ("花卉病虫害发生率", 10, "%", "≤", pct(0.05)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "宁书禾", "0736-5820317", day(2024, 11, 20))
    return b


@variant("vc14-flat-market-defects", (3, 11), "department, flat list in another order (指标名称 "
         "· 指标值 · 指标性质 as direction · 计量单位 · 权重): an amount under a 场 unit, a 反向 "
         "rate with ≥, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="雁汀区花卉市场管理所",
                    budget=[(wan(210), wan(190), wan(20), wan(150), wan(60))],
                    goal="保障花卉市场安全有序运行，做好年宵花展销和市场巡查。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+15+10+20 = 95, not 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("市场安全巡查", "≥300", "正向", "次", 20),
        ("花卉展销活动", mk("≥12万元", "T112", "error", note="万元 in the value, 场 in the unit"),
         "正向", "场", 15),
        ("摊位证照公示率", "≥95", "正向", "%", 15),
        ("交易纠纷投诉率", mk("≥3", "T108", "warning", row=True, note="反向 rate with ≥"),
         "反向", "%", 15),
        ("巡查问题整改及时率", "≥95", "正向", "%", 10),
        ("商户满意度", "≥90", "正向", "%", 20),
    ])  # fmt: skip
    return b


@variant("vc15-market-department-money", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计")  # fmt: skip
def department_money() -> Book:
    b, s = first()
    total = mk(wan(620), "B101", "error", note="400 + 210 = 610 ≠ 620 (560 + 60 = 620)")
    department_head(s, year=YEAR, dept="澄桥市花卉市场服务中心",
                    budget=[(total, wan(560), wan(60), wan(400), wan(210))],
                    tasks=[("批发市场运行保障", "保洁、安保和设施维护", wan(120), "市场安全运行"),
                           ("花卉交易信息平台", "平台运维和数据发布", wan(50), "交易信息及时发布"),
                           ("花卉质量抽检", "开展鲜切花和盆花抽检", wan(30), "抽检覆盖主要品类"),
                           ("金额合计", None, mk(wan(210), "B102", "error",
                                                 note="120 + 50 + 30 = 200 ≠ 210"), None)],
                    goal="保障花卉批发市场运行，发布交易信息，开展花卉质量抽检。")  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "花卉质量抽检批次", "≥400批次"),
        (None, "质量指标", "市场设施完好率", "≥95%"),
        (None, "时效指标", "交易信息发布及时率", "≥98%"),
        ("成本指标", "经济成本指标", "单批次抽检成本", "≤750元/批次"),
        ("效益指标", "社会效益指标", "市场安全事故", "0起"),
        (None, "可持续影响指标", "交易信息平台持续运行", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vc16-budget-export", (7,), "budget-system export: sheets 部门项目支出预算05-1 and "
         "部门项目支出绩效目标05-2, codes in the first columns, header on the third row, tiers "
         "repeated, =100% kept as text (correct)")  # fmt: skip
def budget_export() -> Book:
    b, s = first("部门项目支出预算05-1", (12, 26, 16, 30, 14, 14, 14))
    unit, code, name = "檀溪县林木种苗站", "531205", "林木良种苗木培育补助"
    pcode = "53120525000000012045"
    s.title(f"{YEAR}年部门项目支出预算表", 7)
    s.row("金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, unit, pcode, name, 75, 75, 0)
    t = b.sheet("部门项目支出绩效目标05-2", (12, 26, 16, 30, 14, 14, 30, 14))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("金额单位：万元")
    t.row(
        "单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"
    )
    for tier1, tier2, ind, value in [
        ("产出指标", "数量指标", "培育林木良种苗木", "≥150万株"),
        ("产出指标", "质量指标", "良种苗木出圃合格率", "≥95%"),
        ("产出指标", "时效指标", "补助资金按时兑付率", "=100%"),
        ("成本指标", "经济成本指标", "良种苗木培育补助标准", "≤0.5元/株"),
        ("效益指标", "生态效益指标", "造林良种使用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "育苗单位满意度", "≥90%"),
    ]:  # fmt: skip
        t.row(code, unit, pcode, name, tier1, tier2, ind, value)
    return b


@variant("vc17-potted-template-rows", (6, 13, 5), "project, NAT-2021, abbreviated tier labels: "
         "a tier-2 left from the template without indicator, a value without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="盆栽花卉出口基地认证", dept="澄桥市农业农村局 122",
                 unit="澄桥市花卉协会", money=one_year(wan(60), wan(50), wan(10)),
                 goals=["支持盆栽花卉基地取得出口认证，扩大盆栽花卉出口。"])  # fmt: skip
    indicators(s, ("一级", "二级", "三级指标", "预期目标"), [
        ("产出", "数量", "取得出口认证的盆栽花卉基地", "≥5个"),
        (None, "质量", "送检样品检疫合格率", "≥98%"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥95%"),
        (None, mk("时效", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        ("成本", "经济成本", "单个基地认证补助", "≤10万元/个"),
        ("效益", "经济效益", "盆栽花卉出口额增长率", "≥12%"),
        ("满意度", "服务对象满意度", "认证基地满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vc18-bulb-pdf-artefacts", (9,), "project, OLD-NAT, one value column, detail lines: "
         "a total split by a space, a plan date as a serial, an amount pasted twice")  # fmt: skip
def pdf_artefacts() -> Book:
    b, s = first()
    total = mk("68.437 5", "X105", "warning", alt=("X103",), note="read as 68.4375")
    end = mk("46022", "X104", "warning", note="serial of 2025-12-31 in a text cell")
    project_head(s, year=YEAR, name="球根花卉种球复壮", dept="雁汀区农业农村局 306",
                 unit="雁汀区花卉技术推广站", money=one_year(total, wan(60), wan(8.4375)),
                 goals=["开展球根花卉种球复壮，提高种球质量。"], end=end)  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "复壮球根花卉种球", "≥80万粒"),
        (None, "质量指标", "复壮种球开花率", "≥90%"),
        (None, "时效指标", "种球复壮完成时间", "2025年11月30日前"),
        (None, "成本指标", "单粒种球复壮成本", "≤0.8元/粒"),
        ("效益指标", "经济效益指标", "种球外购成本下降率", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据")
    s.table([
        (None, "种球采购", 30, "种球复壮母球"),
        (None, "设施维修", mk("12万12万", "X106", "error", alt=("B108",), note="pasted twice")),
        (None, "技术服务", 26.4375, "检测和技术指导"),
        (None, "合计", 68.4375, None),
    ], merged=(1,))  # fmt: skip
    sign(s, "杭问梅", "0812-6639015", day(2024, 12, 10))
    return b
