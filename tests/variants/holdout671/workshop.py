"""The initial-processing workshop (初制所): department returns, flat lists, a budget-system
export and a renovation project (he07–he12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout671.common import (
    DEPT,
    TIER_HEAD,
    YEAR,
    book,
    indicators,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout671.registry import variant
from tests.variants.kit import Book, day, mk, pct

STATION = "翠岗县茶叶初制加工服务站"
FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "he07-workshop-department",
    (12, 4),
    "department, NAT-2021: budget and key tasks adding up, 金额合计 = 项目支出 explained in a "
    "注 row, a cost standard × count equal to its task money, signature lines (correct)",
)
def he07() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept=STATION,
        budget=[(wan(360), wan(300), wan(60), wan(140), wan(220))],
        tasks=[
            (
                "初制所清洁化改造",
                "改造4个村级初制所杀青、揉捻车间",
                wan(120),
                "4个初制所通过清洁化验收",
            ),
            ("加工技能培训", "培训初制所技工和茶农", wan(40), "培训200人"),
            ("毛茶质量抽检", "抽检干毛茶和鲜叶", wan(60), "抽检合格率≥96%"),
            ("金额合计", None, wan(220), None),
        ],
        goal="改造初制所4个，培训加工技工200人，干毛茶抽检合格率96%以上。",
    )
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "单个初制所改造补助", "≤30万元/个"),
        ("产出指标", "数量指标", "清洁化改造初制所数量", "≥4个"),
        (None, None, "加工技能培训人数", "≥200人"),
        (None, "质量指标", "干毛茶质量抽检合格率", "≥96%"),
        (None, "时效指标", "改造完成时间", "2026年10月31日前"),
        ("效益指标", "经济效益指标", "初制所毛茶产值增长率", "≥8%"),
        (None, "社会效益指标", "带动茶农户数", "≥600户"),
        (None, "生态效益指标", "初制加工燃煤替代率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "茶农和初制所满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：年度主要任务的金额合计为项目支出220万元，不含基本支出140万元。", merge=[(1, 6)])
    sign(s, "刀建华", "0879-6230417", day(YEAR - 1, 11, 20))
    return b


@variant(
    "he08-workshop-department-wrong",
    (12, 4),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
    "temperature compliance rate under 时效",
)
def he08() -> Book:
    b, s = book("部门整体")
    total = mk(wan(400), "B101", "error", note="基本支出150 + 项目支出230 = 380 ≠ 400")
    whole = mk(wan(230), "B102", "error", note="100 + 50 + 60 = 210 ≠ 230")
    department_head(
        s,
        year=YEAR,
        dept="翠岗县茶叶初制所联合服务中心",
        budget=[(total, wan(340), wan(60), wan(150), wan(230))],
        tasks=[
            ("初制所设备更新", "更新杀青机、揉捻机", wan(100), "更新设备20台"),
            ("初制所卫生规范", "车间地面、排水改造", wan(50), "通过SC认证"),
            ("毛茶收购检测", "收购鲜叶快检", wan(60), "快检3000批次"),
            ("金额合计", None, whole, None),
        ],
        goal="更新初制设备20台，车间通过食品生产许可（SC）认证，快检鲜叶3000批次。",
    )
    temp = mk(
        "杀青工序温度达标率", "F201", "warning", row=True, note="达标率是质量指标，填在时效指标下"
    )
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "杀青机采购单价", "≤4万元/台"),
        ("产出指标", "数量指标", "初制设备更新台数", "≥20台"),
        (None, None, "鲜叶快检批次", "≥3000批次"),
        (None, "质量指标", "干毛茶卫生指标合格率", "≥98%"),
        (None, "时效指标", temp, "≥95%"),
        (None, None, "设备安装完成时间", "2026年9月30日前"),
        ("效益指标", "经济效益指标", "初制所加工能力提升", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "交售鲜叶茶农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨丽萍", "0879-6238825")
    return b


@variant(
    "he09-workshop-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "typed percent cells, weights add to 100, a goal count with its part (correct)",
)
def he09() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="翠岗县曼糯茶叶初制所",
        budget=[(wan(150), wan(120), wan(30), wan(50), wan(100))],
        goal="收购鲜叶800吨（其中古树鲜叶120吨），加工干毛茶180吨，带动茶农收入增长。",
    )
    s.row(*FLAT_HEAD)
    s.table([
        ("鲜叶收购总量", 20, "吨", "≥", 800),
        ("古树鲜叶收购量", 10, "吨", "≥", 120),
        ("干毛茶加工量", 20, "吨", "≥", 180),
        ("干毛茶抽检合格率", 15, "%", "≥", pct(0.95)),
        ("鲜叶收购均价增长率", 10, "%", "≥", pct(0.05)),
        ("加工损耗率", 10, "%", "≤", pct(0.03)),
        ("茶农满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "波岩罕", "0879-6401236")
    return b


@variant(
    "he10-workshop-flat-wrong",
    (3, 11),
    "department, flat list: weights add to 95, the same indicator twice with two values, "
    "the goal's processing tonnage against the indicator",
)
def he10() -> Book:
    b, s = book()
    department_head(
        s,
        year=YEAR,
        dept="翠岗县南糯茶叶初制所",
        budget=[(wan(130), wan(100), wan(30), wan(40), wan(90))],
        goal="收购鲜叶800吨，加工干毛茶200吨，初制车间全部通过清洁化验收。",
    )
    b.file_mark("W101", "error", note="权重 20+15+20+15+15+10 = 95，应为100")
    s.row(*FLAT_HEAD)
    s.table([
        ("鲜叶收购量", 20, "吨", "≥", 800),
        ("干毛茶加工量", 15, "吨", "≥", mk(160, "D104", "warning", row=True,
                                          note="年度总体目标写加工干毛茶200吨")),
        ("鲜叶收购量", 20, "吨", "≥", mk(600, "D102", "error", row=True,
                                        alt=("D101", "D103"), note="同一指标两个值：800吨/600吨")),
        ("清洁化车间验收合格率", 15, "%", "=", pct(1)),
        ("加工损耗率", 15, "%", "≤", pct(0.03)),
        ("茶农满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "he11-workshop-export",
    (7,),
    "budget-system export: 05-1 money sheet with project codes, 05-2 indicator sheet with "
    "codes in the first columns, header on the third row, 绩效目标值 (correct)",
)
def he11() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 26, 14, 14, 14, 40))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(
        "53082126000017",
        "曼糯初制所萎凋车间改造",
        wan(85),
        wan(70),
        wan(15),
        "完成3个初制所萎凋车间改造，新增萎凋槽12台。",
    )
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 12, 26, 10, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("预算单位：翠岗县曼糯茶叶初制所")
    code, name = "53082126000017", "曼糯初制所萎凋车间改造"
    t.row(
        "项目编码",
        "项目名称",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "绩效目标值",
        "计量单位",
    )
    t.table([
        (code, name, "产出指标", "数量指标", "萎凋车间改造数量", "≥", 3, "个"),
        (code, name, "产出指标", "数量指标", "新增萎凋槽台数", "≥", 12, "台"),
        (code, name, "产出指标", "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (code, name, "产出指标", "时效指标", "改造完成时限", "≤", "2026年8月31日", None),
        (code, name, "成本指标", "经济成本指标", "单个萎凋车间改造费用", "≤", 28, "万元/个"),
        (code, name, "效益指标", "经济效益指标", "毛茶加工能力提升率", "≥", pct(0.3), "%"),
        (code, name, "满意度指标", "服务对象满意度指标", "初制所职工满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "he12-workshop-renovation-wrong",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: a completion date in the next year of "
    "a one-year project, an equipment count under 质量指标",
)
def he12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="勐往初制所揉捻萎凋车间改造", dept=DEPT,
                 unit="勐往茶叶专业合作社", money=one_year(wan(96), wan(80), wan(16)),
                 goals=["2026年完成勐往初制所揉捻、萎凋车间改造，"
                        "购置萎凋设备6台，年内投产。"])  # fmt: skip
    due = mk(
        day(YEAR + 1, 3, 31),
        "Y102",
        "error",
        row=True,
        note="一年期项目（2026-01-01至2026-12-31），完成日期落在2027年",
    )
    kit = mk("萎凋设备购置台数", "F201", "warning", row=True, note="台数是数量指标，填在质量指标下")
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "改造车间面积", "≥600平方米"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, None, kit, "≥6台"),
        (None, "时效指标", "车间改造完工日期", due),
        (None, "成本指标", "车间改造单价", "≤1200元/平方米"),
        ("效益指标", "经济效益指标", "初制所年加工能力", "≥150吨"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%"),
    ])  # fmt: skip
    return b
