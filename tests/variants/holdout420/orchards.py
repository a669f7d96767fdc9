"""Returns of 濑江县's mango growers' cooperatives and their orchards (xn01–xn06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout420.common import (
    BUREAU,
    CENTRE,
    HEAD4,
    YEAR,
    first,
    funds,
    funds2,
    grid,
    sign,
    wan,
)
from tests.variants.holdout420.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("xn01-base-percent", (1, 7),
         "project, NAT-2021, headers 指标内容 / 绩效标准, operator and unit columns, percent cells "
         "typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def base_percent() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="芒果标准化种植示范基地建设", dept=BUREAU, unit=CENTRE,
                 money=funds2((wan(180), wan(150), wan(30)), (wan(180), wan(150), wan(30))),
                 goals=["新建标准化芒果示范基地1000亩，带动周边果农采用标准化技术。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")
    grid(s, head, [
        ("成本指标", "经济成本指标", "示范基地每亩建设补助", "≤", 1500, "元/亩"),
        ("产出指标", "数量指标", "新建标准化示范基地面积", "≥", 1000, "亩"),
        (None, None, "水肥一体化设施覆盖果园面积", "≥", 600, "亩"),
        (None, "质量指标", "示范基地果品农残抽检合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "年度建设任务按期完成率", "=", pct(1), "%"),
        ("效益指标", "经济效益指标", "示范基地亩均增收", "≥", 800, "元/亩"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "带动周边果农采用标准化技术", "≥", 300, "户"),
        ("满意度指标", "服务对象满意度指标", "参与果农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦秋萍", "0779-6231507")
    return b


@variant("xn02-pest-direction", (11,),
         "project, OLD-NAT, operators inside the values: a 正向 count with ≤, a cost with =, "
         "a 反向 rate with ≥")  # fmt: skip
def pest_direction() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="芒果病虫害绿色防控补助", dept=BUREAU,
                 unit="濑江县植保植检站", money=funds(wan(96), wan(96), wan(0)),
                 goals=["绿色防控覆盖芒果园8000亩，农药残留超标率控制在2%以内。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "绿色防控覆盖芒果园面积", "≥8000亩"),
        (None, None, "果农防控技术培训人次",
         mk("≤600人次", "T108", "warning", row=True, note="正向的培训人次用了 ≤")),
        (None, "质量指标", "防控物资质量抽检合格率", "≥98%"),
        (None, "时效指标", "防控物资发放完成时间", "2026年5月31日前"),
        (None, "成本指标", "每亩防控物资补助标准",
         mk("=120元/亩", "T108", "warning", row=True, note="成本上限写成 =，应为 ≤")),
        ("效益指标", "经济效益指标", "示范区芒果商品果率提高", "≥5百分点"),
        (None, "生态效益指标", "果实农药残留超标率",
         mk("≥2%", "T108", "warning", row=True, note="反向的超标率用了 ≥")),
        (None, "可持续影响指标", "绿色防控长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃志远", "0779-6235218")
    return b


@variant("xn03-coop-labels", (5,),
         "project, OLD-NAT, tier labels numbered with points, abbreviated and marked "
         "(一、产出指标（50分）, （一）数量, *质量指标, ★) (correct)")  # fmt: skip
def coop_labels() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="芒果种植合作社提质增效扶持", dept=BUREAU,
                 unit="濑江县农村经营管理站", money=funds(wan(80), wan(70), wan(10)),
                 goals=["扶持12家芒果种植合作社规范运营，社员芒果优果率明显提高。"])  # fmt: skip
    grid(s, (*HEAD4, "指标值设定依据"), [
        ("一、产出指标（50分）", "（一）数量", "扶持芒果种植合作社", "≥12家", "计划标准"),
        (None, None, "★合作社社员技术培训人次", "≥480人次", "计划标准"),
        (None, "（二）*质量指标", "合作社财务规范化达标率", "≥90%", "行业标准"),
        (None, "（三）时效", "扶持资金拨付时间", "2026年9月30日前", "计划标准"),
        (None, "（四）成本指标", "每家合作社扶持标准", "≤5万元/家", "计划标准"),
        ("二、效益指标（40分）", "（一）经济效益", "社员芒果优果率提高", "≥5百分点", "历史标准"),
        (None, "（二）社会效益指标", "带动社员户数", "≥600户", "计划标准"),
        (None, "（三）可持续影响", "合作社年度财务公开制度", "建立并执行", "其他标准"),
        ("三、满意度指标（10分）", "（一）服务对象满意度", "合作社社员满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    sign(s, "黎桂芳", "0779-6237730")
    return b


@variant("xn04-service-template", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def service_template() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="芒果合作社社员技术服务", dept=BUREAU, unit=CENTRE,
                 money=funds(wan(30), wan(30), wan(0)),
                 goals=["为合作社社员举办芒果修剪、控梢和保果技术培训40场。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每场培训成本", "≤0.6万元/场"),
        ("产出指标", "数量指标", "技术培训场次", "≥40场"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有名称"), "≥1200人次"),
        (None, "质量指标", "参训社员考核合格率", "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("效益指标", "经济效益指标", "参训社员芒果亩产增长率", "≥8%"),
        (None, "社会效益指标", "带动脱贫户参与芒果种植", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "参训社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙俊杰", "0779-6232964")
    return b


@variant("xn05-centre-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells typed in Excel, weights add to 100 (correct)")  # fmt: skip
def centre_flat() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept=CENTRE,
                    budget=[(wan(420), wan(380), wan(40), wan(160), wan(260))],
                    goal="推广芒果新品种和绿色栽培技术，提高全县芒果产值。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("芒果新品种引进试种面积", 15, "亩", "≥", 200),
        ("果农技术培训人次", 15, "人次", "≥", 2000),
        ("芒果种苗质量抽检合格率", 15, "%", "≥", pct(0.95)),
        ("病虫害监测预报准确率", 10, "%", "≥", pct(0.85)),
        ("芒果炭疽病发生率", 10, "%", "≤", pct(0.08)),
        ("全县芒果产值增长率", 10, "%", "≥", pct(0.06)),
        ("农业安全生产事故", 5, "起", "=", 0),
        ("技术推广服务及时率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    sign(s, "罗海燕", "0779-6230418")
    return b


@variant("xn06-station-flat-wrong", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): a unit "
         "conflict, a rate given as a count, weights adding to 95")  # fmt: skip
def station_flat_wrong() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="濑江县经济作物技术推广站",
                    budget=[(wan(265), wan(240), wan(25), wan(118), wan(147))],
                    goal="指导全县芒果合作社规范化建设，技术指导覆盖种植户。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, merge=[(1, 4)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("规范化建设扶持合作社数量",
         mk("12万元", "T112", "error", alt=("T119",), note="值的单位万元与单位列“家”冲突"),
         "家", 15),
        ("芒果种植户技术指导到户及时率",
         mk(300, "T105", "error", note="及时率给的是户数，单位列也是户"), "户", 15),
        ("芒果高接换种面积", "≥1500", "亩", 15),
        ("芒果种苗检疫合格率", "≥98", "%", 15),
        ("技术指导差错投诉率", "≤2", "%", 10),
        ("合作社芒果销售额增长率", "≥8", "%", 10),
        ("技术推广长效机制", "建立并执行", "—", 5),
        ("种植户满意度", "≥90", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    sign(s, "陆文斌", "0779-6238152")
    return b
