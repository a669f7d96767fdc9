"""Pollination services and beekeeper training: ue13 to ue18."""

from __future__ import annotations

from tests.variants.holdout333.common import (
    HEAD,
    department_book,
    indicators,
    multi_year,
    one_year,
    project_book,
    wan,
)
from tests.variants.holdout333.registry import variant
from tests.variants.kit import Book, mk, pct

CITY = "荆川市农业农村局（421007）"


@variant("ue13-pollination-tiers", (5,),
         "transfer-payment pollination project, OLD-NAT, tier labels with * and ★ marks and "
         "abbreviations (产出, 数量, 满意度), 中央补助 + 地方资金 (correct)")  # fmt: skip
def pollination_tiers() -> Book:
    b, s = project_book(
        year=2026, name="荆川市设施果蔬蜜蜂授粉补助", dept=CITY, unit="荆川市蜂业技术推广站",
        money=one_year(120, 80, 40, fiscal_label="其中：中央补助", other_label="地方资金"),
        title="2026年度转移支付项目绩效目标表", attr="转移支付项目",
        goals=["租用授粉蜂群2万箱，服务设施草莓和梨园4万亩。"],
    )  # fmt: skip
    rows = [
        ("*产出", "数量", "★授粉蜂群租用", "≥2万箱"),
        (None, None, "授粉服务面积", "≥4万亩"),
        (None, "★质量", "授粉蜂群群势达标率", "≥90%"),
        (None, "时效", "授粉蜂群进场时间", "2026年3月10日前"),
        (None, "成本", "授粉服务补贴标准", "≤40元/箱"),
        ("*效益", "经济效益", "授粉果园坐果率提高", "≥5百分点"),
        (None, "社会效益", "减少人工授粉用工", "≥3万工日"),
        (None, "生态效益", "化学坐果剂使用量下降率", "≥30%"),
        ("*满意度", "服务对象满意度", "种植户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    return b


@variant("ue14-training-wrong-parent", (5, 1),
         "project, NAT-2021, numbered labels with one tier-2 under the wrong tier-1, operator "
         "column and a typed percent above 100%")  # fmt: skip
def training_wrong_parent() -> Book:
    b, s = project_book(
        year=2026, name="荆川市新型蜂农职业技能培训", dept=CITY, unit="荆川市养蜂技术培训中心",
        money=one_year(40, 36, 4), goals=["培训新型蜂农500人，持证上岗率达到80%。"],
    )  # fmt: skip
    wrong = mk("（三）时效指标", "F105", "error", note="时效指标属产出指标，不在效益指标下")
    rows = [
        ("一、成本指标", "（一）经济成本指标", "人均培训费用", "≤", "800元/人"),
        ("二、产出指标", "（一）数量指标", "培训新型蜂农", "≥", "500人"),
        (None, None, "开展实训课程", "≥", "40期"),
        (None, "（二）质量指标", "培训考核合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率 105% 超过上限")),
        ("三、效益指标", "（一）社会效益指标", "学员持证上岗率", "≥", pct(0.8)),
        (None, wrong, "培训结业时间", "≤", "2026年11月30日"),
        (None, "（二）可持续影响指标", "学员跟踪回访", "≥", "2年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "学员满意度", "≥", pct(0.9)),
    ]  # fmt: skip
    indicators(s, rows, head=(*HEAD[:3], "比较符", "指标值"))
    return b


@variant("ue15-pollination-export", (4, 7),
         "budget-system export: sheets 05-1 and 05-2, codes in the first columns, header on the "
         "third row, tiers repeated, the header repeated after a page break (correct)")  # fmt: skip
def pollination_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", widths=(10, 22, 22, 26, 12, 12, 12))
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    unit, code, name = "421031", "荆川市蜂业技术推广站", "42103126P000000417"
    s.row(unit, name, code, "蜜蜂授粉服务推广", wan(64), wan(54), wan(10))
    s.row("合计", None, None, None, wan(64), wan(54), wan(10))
    t = b.sheet("部门项目支出绩效目标05-2", widths=(10, 20, 22, 18, 12, 14, 24, 10, 10, 10))
    t.title("2026年部门项目支出绩效目标表", 10)
    t.row("编制单位：荆川市蜂业技术推广站", None, None, None, None, None, "单位：万元")
    head = ("单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标",
            "指标性质", "指标值", "度量单位")  # fmt: skip
    t.row(*head)
    lines = [
        ("产出指标", "数量指标", "授粉服务蜂群", "≥", 16000, "箱"),
        ("产出指标", "数量指标", "授粉服务果园面积", "≥", 3.2, "万亩"),
        ("产出指标", "质量指标", "授粉蜂群健康检疫合格率", "≥", 95, "%"),
        ("产出指标", "时效指标", "花期前蜂群到位时间", "≤", 3, "天"),
        ("产出指标", "成本指标", "授粉服务补助标准", "≤", 30, "元/箱"),
        ("效益指标", "经济效益指标", "授粉果园亩均增收", "≥", 400, "元"),
        ("效益指标", "生态效益指标", "授粉期蜂群农药中毒事件", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥", 90, "%"),
    ]  # fmt: skip
    for i, line in enumerate(lines):
        if i == 5:
            t.row(*head)
        t.row(unit, name, code, "蜜蜂授粉服务推广", *line)
    return b


@variant("ue16-training-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, key tasks not adding to 金额合计")  # fmt: skip
def training_department_money() -> Book:
    share = mk(pct(0.1538, "0.00%"), "B111", "error", note="30 ÷ 260 = 11.54%")
    total = mk(wan(260), "B101", "error", note="150 + 100 = 250，不是 260")
    tasks = [
        ("蜂农实训", "标准化养蜂实操实训", wan(40), "实训蜂农400人次"),
        ("线上课程", "蜂病防治与蜂产品加工网课", wan(35), "上线课程30节"),
        ("师资培养", "乡土养蜂技术员培养", wan(20), "培养技术员30人"),
        ("金额合计", None, mk(wan(100), "B102", "error", note="40 + 35 + 20 = 95"), None),
    ]
    b, s = department_book(
        year=2026, dept="荆川市养蜂技术培训中心", tasks=tasks,
        budget=[
            (total, wan(230), wan(30), wan(150), wan(100)),
            (pct(1), pct(0.8846, "0.00%"), share, pct(0.5769, "0.00%"), pct(0.3846, "0.00%")),
        ],
        goal="开展蜂农实训和线上培训，培养乡土养蜂技术员。",
    )  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "人均实训费用", "≤1000元/人次"),
        ("产出指标", "数量指标", "实训蜂农", "≥400人次"),
        (None, None, "上线培训课程", "≥30节"),
        (None, "质量指标", "实训考核合格率", "≥90%"),
        ("效益指标", "社会效益指标", "培训后蜂农规范用药率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ue17-pollination-two-years", (8, 11),
         "two-year pollination project, OLD-NAT, 中期 and 年度 columns: annual counts below the "
         "period, a 下降率 with ≥, 反向 rates with ≤, 0起 on incidents (correct)")  # fmt: skip
def pollination_two_years() -> Book:
    b, s = project_book(
        year=2026, years=2, name="椴阳县油菜制种蜜蜂授粉推广", dept="椴阳县农业农村局（318004）",
        unit="椴阳县蜂业发展中心", money=multi_year((180, 150, 30), (90, 75, 15)),
        goals=["两年推广油菜制种蜜蜂授粉3万箱次。", "2026年推广蜜蜂授粉1.5万箱次。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "授粉蜂群投放", "≥3万箱次", "≥1.5万箱次"),
        (None, None, "授粉制种面积", "≥6万亩", "≥3万亩"),
        (None, "质量指标", "授粉蜂群运输死亡率", "≤3%", "≤3%"),
        (None, "时效指标", "蜂群进场完成时间", "2027年3月20日前", "2026年3月20日前"),
        (None, "成本指标", "授粉服务补贴标准", "≤50元/箱次", "≤50元/箱次"),
        ("效益指标", "经济效益指标", "制种田结实率提高", "≥8%", "≥8%"),
        (None, "社会效益指标", "蜂群农药中毒事件", "0起", "0起"),
        (None, "生态效益指标", "化学授粉剂使用量下降率", "≥40%", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "制种企业满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, head=(*HEAD[:3], "中期指标值", "年度指标值"))
    return b


@variant("ue18-training-flat-defects", (3,),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a unit conflict, a deadline as a percent, weights adding to 95")  # fmt: skip
def training_flat_defects() -> Book:
    b, s = department_book(
        year=2026, dept="椴阳县蜂农培训学校", goal="全年培训蜂农500人次，提高持证蜂农比例。",
        budget=[(wan(90), wan(80), wan(10), wan(55), wan(35))],
    )  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("蜂农培训", mk("≥500人次", "T112", "error", note="值为人次，单位列为万元"),
         "正向", "万元", 20),
        ("持证蜂农比例提高", "≥3百分点", "正向", "百分点", 15),
        ("培训考核合格率", "≥90%", "正向", "%", 15),
        ("结业证书发放时限", mk("100%", "T113", "warning", note="期限写成百分比"),
         "反向", "工作日", 10),
        ("人均培训费用", "≤700元", "反向", "元/人次", 15),
        ("学员满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    return b
