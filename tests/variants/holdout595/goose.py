"""Goose (鹅) farms and hatcheries: project, multi-year and department returns (eg01–eg06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout595.common import (
    TIERS,
    YEAR,
    book,
    footer,
    indicators,
    multi_year,
    one_year,
    wan,
)
from tests.variants.holdout595.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = (*TIERS, "指标性质", "指标值", "计量单位")
GOAL01 = (
    "年内孵化鹅苗12万羽（其中种鹅场自繁8万羽、外购种蛋孵化4万羽），健雏率不低于95%，"
    "带动120户养鹅户增收，为2027年全县推广狮头鹅良种积累孵化数据。"
)
ROWS01 = [
    ("产出指标", "数量指标", "孵化鹅苗数量", "≥", 12, "万羽"),
    (None, None, "种鹅存栏数量", "≥", 3000, "只"),
    (None, "质量指标", "鹅苗健雏率", "≥", pct(0.95), "%"),
    (None, "时效指标", "孵化批次按期出雏率", "≥", pct(0.98), "%"),
    ("成本指标", "经济成本指标", "每万羽鹅苗孵化成本", "≤", 2.5, "万元/万羽"),
    (None, "生态环境成本指标", "孵化废弃物无害化处理率", "≥", pct(0.98), "%"),
    ("效益指标", "经济效益指标", "带动养鹅户户均增收", "≥", 1500, "元/户"),
    (None, "社会效益指标", "带动脱贫户及监测户养鹅户数", "≥", 120, "户"),
    (None, "可持续影响指标", "鹅苗死淘率下降幅度", "≥", 2, "百分点"),
    ("满意度指标", "服务对象满意度指标", "养鹅户满意度", "≥", pct(0.9), "%"),
]


@variant(
    "eg01-hatchery-project",
    (1, 7),
    "project, NAT-2021, operator and unit columns, typed percent cells (correct)",
)
def eg01() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="鹤塘县狮头鹅孵化中心运营补助项目",
        dept="鹤塘县农业农村局",
        unit="鹤塘县禽业技术服务站",
        money=one_year(wan(60), 50, 10),
        goals=[GOAL01],
    )
    indicators(s, OP_HEAD, ROWS01)
    footer(s, "覃海波", "0774-5831206")
    return b


GOAL02 = "扩建种鹅舍2400平方米，年内新增种鹅存栏5000只，种蛋受精率达到88%以上。"
ROWS02 = [
    ("产出指标", "数量指标", "扩建种鹅舍面积", "≥", 2400, "平方米"),
    (
        None,
        None,
        "新增种鹅存栏",
        "≥",
        mk(4000, "D104", "warning", row=True, note="年度目标写新增种鹅存栏5000只"),
        "只",
    ),
    (None, "质量指标", "鹅舍建设验收合格率", "=", pct(1), "%"),
    (
        None,
        "时效指标",
        mk("种蛋受精率", "F201", "warning", row=True, note="质量类比率填在时效指标下"),
        "≥",
        pct(0.88),
        "%",
    ),
    (None, None, "鹅舍扩建完工时间", "≤", "2025年10月31日", "日期"),
    ("成本指标", "经济成本指标", "鹅舍扩建单价", "≤", 450, "元/平方米"),
    ("效益指标", "经济效益指标", "种蛋年销售收入", "≥", 60, "万元"),
    (None, "社会效益指标", "带动周边养鹅户数", "≥", 80, "户"),
    ("满意度指标", "服务对象满意度指标", "合作养鹅户满意度", "≥", pct(0.9), "%"),
]


@variant(
    "eg02-breeder-farm-crosscheck",
    (1, 7),
    "project, NAT-2021, operator column: goal count against indicator, end date, tier",
)
def eg02() -> Book:
    b, s = book()
    end = mk(
        day(YEAR - 1, 11, 30),
        "Y104",
        "error",
        alt=("Y101", "Y102"),
        note="计划完成日期早于开始日期、落在上一年",
    )
    project_head(
        s,
        year=YEAR,
        name="石湄乡狮头鹅种鹅场扩繁项目",
        dept="鹤塘县农业农村局",
        unit="石湄乡农业服务中心",
        money=one_year(wan(150), 120, 30),
        goals=[GOAL02],
        start=day(YEAR, 3, 1),
        end=end,
    )
    indicators(s, OP_HEAD, ROWS02)
    footer(s, "韦丽珍", "0774-5832417")
    return b


PERIOD_HEAD = (*TIERS, "中期指标值", "年度指标值")
GOALS03 = (
    "2025年—2027年建成狮头鹅保种场1个、孵化中心2个，累计供应良种鹅苗90万羽，带动养鹅户600户。",
    "2025年建成孵化中心1个，供应良种鹅苗30万羽，带动养鹅户200户。",
)
ROWS03 = [
    ("产出指标", "数量指标", "供应良种鹅苗数量", "≥90万羽", "≥30万羽"),
    (None, None, "建成孵化中心数量", "=2个", "=1个"),
    (None, "质量指标", "鹅苗健雏率", pct(0.95), pct(0.95)),
    (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
    ("成本指标", "经济成本指标", "鹅苗供应补助标准", "≤0.8元/羽", "≤0.8元/羽"),
    ("效益指标", "社会效益指标", "带动养鹅户数", "≥600户", "≥200户"),
    (None, "可持续影响指标", "良种鹅覆盖率提高", "≥10百分点", "≥4百分点"),
    ("满意度指标", "服务对象满意度指标", "养鹅户满意度", pct(0.9), pct(0.9)),
]


@variant(
    "eg03-breeding-three-years",
    (1, 8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts above year (correct)",
)
def eg03() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="鹤塘县鹅业良种繁育体系建设项目",
        dept="鹤塘县农业农村局",
        unit="鹤塘县禽业技术服务站",
        money=multi_year((900, 750, 150), (300, 250, 50)),
        goals=GOALS03,
        years=3,
        attr="新增项目",
    )
    indicators(s, PERIOD_HEAD, ROWS03)
    footer(s, "覃海波", "0774-5831206")
    return b


GOAL04 = "建成标准化白鹅养殖示范场2个，改造标准化鹅舍40栋，推广鹅—稻轮作模式。"
ROWS04 = [
    ("产出指标", "数量指标", "建成标准化示范场", "=2个", "=1个"),
    (
        None,
        None,
        "改造标准化鹅舍",
        "≥40栋",
        mk("≥60栋", "D201", "error", note="年度改造栋数大于实施期栋数"),
    ),
    (None, "质量指标", "鹅舍改造验收合格率", pct(0.95), pct(0.95)),
    (
        None,
        "时效指标",
        "示范场验收完成时间",
        "2026年11月30日前",
        mk("2024年10月31日前", "Y102", "error", alt=("Y103", "Y101"), note="期限落在项目期之前"),
    ),
    ("成本指标", "经济成本指标", "单栋鹅舍改造补助", "≤3万元/栋", "≤3万元/栋"),
    ("效益指标", "经济效益指标", "示范场户均增收", "≥2000元/户", "≥1000元/户"),
    (None, "生态效益指标", "鹅粪资源化利用率", pct(0.85), pct(0.8)),
    ("满意度指标", "服务对象满意度指标", "示范户满意度", pct(0.9), pct(0.9)),
]


@variant(
    "eg04-standard-farms-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度: goal copied, year above period, old deadline",
)
def eg04() -> Book:
    b, s = book()
    goals = (GOAL04, mk(GOAL04, "D204", "warning", note="年度目标照抄中期目标"))
    project_head(
        s,
        year=YEAR,
        name="梧岗县白鹅标准化养殖示范项目",
        dept="梧岗县农业农村局",
        unit="梧岗县畜牧站",
        money=multi_year((400, 360, 40), (240, 220, 20)),
        goals=goals,
        years=2,
        attr="新增项目",
    )
    indicators(s, PERIOD_HEAD, ROWS04)
    footer(s, "黄永福", "0775-6613059")
    return b


POINTS_HEAD = (*TIERS, "指标值", "分值")
TASKS05 = [
    ("鹅病防控", "小鹅瘟、鹅副黏病毒病强制免疫", wan(120), "免疫鹅只120万只"),
    ("种鹅保种", "狮头鹅保种群补助", wan(140), "保种种鹅2000只"),
    ("技术推广", "鹅—稻轮作和养殖技术培训", wan(80), "培训养殖户1500人次"),
    ("金额合计", None, wan(340), None),
]
GOAL05 = "全年免疫鹅只120万只，保种狮头鹅种鹅2000只，培训养殖户1500人次，重大鹅病零发生。"
ROWS05 = [
    ("一、产出指标（40分）", "（一）数量指标", "1.鹅只强制免疫数量", "≥120万只", 10),
    (None, None, "2.保种种鹅数量", "≥2000只", 10),
    (None, "（二）质量指标", "3.免疫抗体合格率", pct(0.85), 10),
    (None, "（三）时效指标", "4.疫情报告及时率", pct(1), 10),
    ("二、成本指标（10分）", "（一）经济成本指标", "5.种鹅保种补助标准", "≤700元/只", 10),
    ("三、效益指标（30分）", "（一）社会效益指标", "6.重大鹅病发生起数", "≤0起", 10),
    (None, "（二）经济效益指标", "7.参训养殖户户均增收", "≥800元/户", 10),
    (None, "（三）可持续影响指标", "8.养殖技术培训人次", "≥1500人次", 10),
    ("四、满意度指标（20分）", "（一）服务对象满意度指标", "9.养殖户满意度", pct(0.9), 10),
    (None, None, "10.基层防疫员满意度", pct(0.85), 10),
]


@variant(
    "eg05-department-points",
    (5, 10, 12),
    "department, NAT-2021, numbered tiers with points and indicator points, tasks (correct)",
)
def eg05() -> Book:
    b, s = book()
    budget = [(wan(860), wan(800), wan(60), wan(520), wan(340))]
    department_head(
        s, year=YEAR, dept="鹤塘县畜牧水产服务中心", budget=budget, goal=GOAL05, tasks=TASKS05
    )
    indicators(s, POINTS_HEAD, ROWS05)
    footer(s, "莫承宇", "0774-5830928")
    return b


TASKS06 = [
    ("鹅苗孵化补助", "孵化中心种蛋、能耗补助", wan(180), "孵化鹅苗50万羽"),
    ("饲料配方推广", "低蛋白日粮示范", wan(50), "示范场5个"),
    ("技术培训", "养殖户培训", wan(30), "培训800人次"),
    ("金额合计", None, mk(wan(250), "B102", "error", alt=("B101",), note="180+50+30=260"), None),
]
ROWS06 = [
    ("产出指标", "数量指标", "鹅苗孵化数量", "≥50万羽"),
    (None, None, "饲料配方示范场", "≥5个"),
    (
        None,
        None,
        mk(
            "鹅苗孵化总数量",
            "D103",
            "warning",
            row=True,
            alt=("D101", "D102"),
            note="与鹅苗孵化数量是同一指标，值不同",
        ),
        "≥45万羽",
    ),
    (None, "质量指标", "鹅苗健雏率", pct(0.95)),
    (None, "时效指标", "补助资金拨付及时率", pct(0.95)),
    ("成本指标", "经济成本指标", "每万羽孵化补助", "≤3.6万元"),
    ("效益指标", "社会效益指标", "培训养殖户人次", "≥800人次"),
    ("满意度指标", "服务对象满意度指标", "养殖户满意度", pct(0.9)),
]


@variant(
    "eg06-department-money-dupes",
    (12,),
    "department, NAT-2021: 基本+项目 ≠ 资金总额, tasks ≠ 金额合计, an indicator twice",
)
def eg06() -> Book:
    b, s = book()
    total = mk(wan(640), "B101", "error", note="基本支出380+项目支出250=630")
    budget = [(total, wan(600), wan(40), wan(380), wan(250))]
    department_head(
        s,
        year=YEAR,
        dept="梧岗县家禽良种站",
        budget=budget,
        tasks=TASKS06,
        goal="全年孵化鹅苗50万羽，建成低蛋白日粮示范场5个，培训养殖户800人次。",
    )
    indicators(s, (*TIERS, "指标值"), ROWS06)
    footer(s, "梁秀英", "0775-6620471")
    return b
