"""紫苏 and 薄荷 growing: planting bases, seedlings, irrigation and rotation (hn01–hn06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout680.common import multi_year, one_year, sign, start, tiered, wan
from tests.variants.holdout680.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

Y = 2025
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "hn01-perilla-base",
    (1, 12),
    "project, NAT-2021, operator and unit columns, typed "
    "percent cells, 万元 in the number format, a part of the goal's area (correct)",
)
def perilla_base() -> Book:
    b, s = start()
    project_head(s, year=Y, name="槐坞镇紫苏标准化种植基地建设", dept="柘源县农业农村局（317）",
                 unit="柘源县经济作物技术推广站", money=one_year(60, 50, 10),
                 goals=["在槐坞镇建设紫苏标准化种植基地300亩（其中核心示范片100亩），"
                        "推广绿色防控技术，带动参与农户亩均增收800元以上。"])  # fmt: skip
    tiered(s, OP_HEAD, [
        ("产出指标", "数量指标", "紫苏标准化种植面积", "≥", 300, "亩"),
        (None, None, "核心示范片建设面积", "≥", 100, "亩"),
        (None, "质量指标", "种苗移栽成活率", "≥", pct(0.92), "%"),
        (None, None, "紫苏叶农残抽检合格率", "=", pct(1), "%"),
        (None, "时效指标", "移栽完成时间", "≤", day(Y, 5, 31, CN_DATE), None),
        ("成本指标", "经济成本指标", "种苗及有机肥补助标准", "≤", 1200, "元/亩"),
        ("效益指标", "经济效益指标", "参与农户亩均增收", "≥", 800, "元"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥", pct(0.15), "%"),
        (None, "可持续影响指标", "种植技术规程推广覆盖村数", "≥", 6, "个"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬青禾", "0736-5281409", Y - 1, 11, 26)
    return b


@variant(
    "hn02-mint-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: an "
    "annual count against the goal, an annual area above the period's, a copied count",
)
def mint_three_years() -> Book:
    b, s = start()
    project_head(s, year=Y, years=3, attr="新增项目", name="栖湾乡薄荷原料基地建设",
                 dept="柘源县农业农村局（317）", unit="栖湾乡农业综合服务中心",
                 money=multi_year((300, 240, 60), (110, 90, 20)),
                 goals=["2025—2027年在栖湾乡连片发展薄荷种植1500亩，建设烘干房6座，"
                        "培训种植户1500人次，建成薄荷原料供应基地。",
                        "2025年新发展薄荷种植500亩，建设烘干房2座，"
                        "培训种植户600人次。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "薄荷种植面积", "≥1500亩", "≥500亩"),
        (None, None, "烘干房建设数量", "≥6座",
         mk("≥3座", "D104", "warning", row=True, note="年度目标写建设烘干房2座")),
        (None, None, "薄荷种苗繁育圃面积", "≥40亩",
         mk("≥60亩", "D201", "error", note="年度繁育圃面积大于三年合计")),
        (None, None, "种植户技术培训", "≥1500人次", "≥600人次"),
        (None, None, "新建田间机耕道长度", "≥12公里",
         mk("≥12公里", "D202", "warning", note="三年累计的道路长度原样抄到年度")),
        (None, "质量指标", "薄荷鲜叶优质品率", "≥85%", "≥85%"),
        (None, "时效指标", "年度种植任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "薄荷种苗补助标准", "≤600元/亩", "≤600元/亩"),
        ("效益指标", "经济效益指标", "种植户户均增收", "≥3000元", "≥3000元"),
        (None, "可持续影响指标", "稳定供货合作社数量", "≥5家", "≥3家"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯晚晴", "0736-5290317", Y - 1, 12, 3)
    return b


@variant(
    "hn03-perilla-seed",
    (5,),
    "project, OLD-NAT, abbreviated tier labels, one value column: "
    "an area against the goal, last season's deadline, a cost under 数量",
)
def perilla_seed() -> Book:
    b, s = start()
    project_head(s, year=Y, name="蒲田乡紫苏籽订单种植", dept="柘源县供销合作社（322）",
                 unit="蒲田乡紫苏种植专业合作社", money=one_year(80, 70, 10),
                 goals=["在蒲田乡流转土地种植紫苏400亩，带动种植农户120户，"
                        "订单收购紫苏籽180吨。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值", "备注"), [
        ("产出", "数量", "紫苏种植面积",
         mk("≥350亩", "D104", "warning", row=True, note="年度绩效目标写种植紫苏400亩")),
        (None, None, "带动种植农户", "≥120户"),
        (None, None, "紫苏籽订单收购量", "≥180吨"),
        (None, None, mk("紫苏种子采购成本", "F201", "warning", row=True,
                        note="成本指标填在数量下"), "≤16万元"),
        (None, "质量", "紫苏籽收购质量达标率", "≥95%"),
        (None, "时效", "紫苏籽收购完成时间",
         mk("2024年10月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="上一季的期限，不在2025年度内")),
        ("效益", "经济效益", "参与农户亩均增收", "≥700元"),
        (None, "社会效益", "吸纳当地务工人次", "≥800人次"),
        ("满意度", "服务对象满意度", "订单农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "涂满仓", "0736-5312264", Y - 1, 12, 10)
    return b


@variant(
    "hn04-mint-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), a typed percent, 0 incidents, weights 100 (correct)",
)
def mint_flat_department() -> Book:
    b, s = start()
    department_head(s, year=Y, dept="柘源县薄荷产业服务中心",
                    budget=[(wan(260), wan(220), wan(40), wan(90), wan(170))],
                    tasks=[("薄荷良种繁育", "建设良种繁育圃150亩", wan(70), "供种覆盖全县"),
                           ("种植技术服务", "入户指导种植户400户", wan(40), "技术到户"),
                           ("质量安全监测", "鲜叶抽检120批次", wan(60), "不发生质量事故"),
                           ("金额合计", None, wan(170), None)],
                    goal="完成薄荷良种繁育150亩，指导种植户400户，开展鲜叶质量安全抽检"
                         "120批次，全年不发生农产品质量安全事故。")  # fmt: skip
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("薄荷良种繁育面积", 20, "亩", "≥", 150),
        ("技术服务指导种植户", 15, "户", "≥", 400),
        ("鲜叶质量安全抽检批次", 15, "批次", "≥", 120),
        ("薄荷鲜叶抽检合格率", 15, "%", "≥", pct(0.98)),
        ("农产品质量安全事故", 10, "起", "≤", 0),
        ("化学农药使用量下降率", 10, "%", "≥", 8),
        ("服务对象满意度", 15, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "岑雨棠", "0736-5207781", Y - 1, 11, 18)
    return b


@variant(
    "hn05-stacked-seedling-drip",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "the second's money does not add up, a length given twice, a cost above the money",
)
def stacked_seedling_drip() -> Book:
    b, s = start()
    project_head(
        s,
        year=Y,
        name="紫苏育苗大棚建设",
        dept="柘源县农业农村局（317）",
        unit="苇塘镇农业综合服务中心",
        money=one_year(35, 30, 5),
        goals=["在苇塘镇新建紫苏育苗大棚4座，年育苗300万株，保障全镇移栽用苗。"],
    )
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "新建育苗大棚", "≥4座"),
        (None, None, "紫苏育苗数量", "≥300万株"),
        (None, "质量指标", "壮苗率", "≥90%"),
        (None, "时效指标", "大棚建成时间", "2025年3月15日前"),
        (None, "成本指标", "单座大棚建设补助", "≤5万元/座"),
        ("效益指标", "社会效益指标", "保障移栽用苗覆盖村数", "≥9个"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.title(f"{Y}年度项目支出绩效目标申报表（薄荷滴灌节水改造）", 6)
    top = one_year(40, 30, 10)
    top[0] = (
        top[0][0],
        ok(wan(45), "error"),
        top[0][2],
        mk(wan(45), "B101", "error", note="财政拨款30万元加其他资金10万元为40万元"),
    )
    project_head(s, year=Y, name="薄荷滴灌节水改造", dept="柘源县水利局（321）",
                 unit="苇塘镇薄荷种植专业合作社", money=top, title="",
                 goals=["为苇塘镇薄荷田铺设滴灌管网，覆盖薄荷种植面积600亩。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "滴灌管网铺设长度", "≥18公里"),
        (None, None, "滴灌覆盖薄荷种植面积", "≥600亩"),
        (None, None, "滴灌管网铺设总长度",
         mk("≥15公里", "D102", "error", row=True, alt=("D103", "D101"),
            note="与上面的铺设长度是同一指标，数值不同")),
        (None, "质量指标", "滴灌工程验收合格率", "=100%"),
        (None, "成本指标", "滴灌设备补助标准",
         mk("≤800元/亩", "B107", "warning", row=True,
            note="800元/亩 × 600亩 = 48万元，超过年度资金")),
        ("效益指标", "生态效益指标", "薄荷田亩均节水率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦泽川", "0736-5334016", Y - 1, 12, 12)
    return b


@variant(
    "hn06-rotation-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, "
    "indicator points adding to each tier, a rate raised in 百分点 (correct)",
)
def rotation_points() -> Book:
    b, s = start()
    project_head(s, year=Y, name="紫苏薄荷轮作示范", dept="柘源县农业农村局（317）",
                 unit="柘源县土壤肥料工作站", money=one_year(30, 25, 5),
                 goals=["建设紫苏、薄荷轮作示范田200亩，举办轮作技术培训8期，"
                        "示范田紫苏叶精品率提高5个百分点。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "轮作示范田面积", "≥200亩", 15),
        (None, None, "轮作技术培训期数", "≥8期", 10),
        (None, "（二）质量指标", "示范田紫苏叶精品率", "提高≥5百分点", 10),
        (None, None, "轮作田块验收合格率", "≥95%", 5),
        (None, "（三）时效指标", "轮作示范完成时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "轮作示范补助标准", "≤500元/亩", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "示范户亩均增收", "≥600元", 15),
        (None, "（二）生态效益指标", "土传病害发病率", "≤8%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "示范户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    sign(s, "甘若溪", "0736-5266093", Y - 1, 11, 29)
    return b
