"""Returns kee01–kee06: channel dredging (航道疏浚)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout801.common import (
    HEAD4,
    HEAD5,
    YEAR,
    book,
    indicators,
    one_year,
    period_money,
    sign,
    w,
)
from tests.variants.holdout801.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄湾市交通运输局（307）"


@variant("kee01-channel-dredge-plan", (1, 5),
         "project, OLD-NAT, numbered tier labels, typed percents, goal count with its parts in "
         "brackets, unit cost within the money (correct)")  # fmt: skip
def kee01() -> Book:
    b, s = book()
    goal = ("2026年完成澄湾港进港航道维护性疏浚土方120万立方米（其中主槽段80万立方米、回淤段"
            "40万立方米），维持航道设计水深，保障5万吨级船舶全天候通航。")  # fmt: skip
    project_head(s, year=YEAR, name="澄湾港进港航道维护性疏浚", dept=DEPT,
                 unit="澄湾市航道事务中心", money=one_year(w(2200), w(2000), w(200)),
                 goals=[goal])  # fmt: skip
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "维护性疏浚土方量", "≥120万立方米"),
        (None, None, "航道维护里程", "≥18.6公里"),
        (None, "（二）质量指标", "疏浚后航道水深达标率", pct(1)),
        (None, None, "竣工测量验收合格率", pct(0.98)),
        (None, "（三）时效指标", "疏浚工程完工时间", "2026年10月31日前"),
        (None, "（四）成本指标", "疏浚综合单价", "≤18元/立方米"),
        ("二、效益指标", "（一）经济效益指标", "5万吨级船舶乘潮通航保证率", "≥98%"),
        (None, "（二）社会效益指标", "因水深不足导致的船舶搁浅事故", "0起"),
        (None, "（三）可持续影响指标", "航道回淤监测频次", "≥4次"),
        ("三、满意度指标", "（一）服务对象满意度指标", "港航企业满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "郑岚舟", "0591-6637215", day(YEAR - 1, 11, 26))
    return b


@variant("kee02-dredge-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's length above the period's, "
         "a year's spoil volume against the 年度目标, a cumulative count copied")  # fmt: skip
def kee02() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="汐浦河内河航道整治疏浚",
        dept="汐浦县交通运输局（214）",
        unit="汐浦县港航管理站",
        money=period_money((w(5400), w(5000), w(400)), (w(1800), w(1600), w(200))),
        years=3,
        attr="新增项目",
        goals=[
            "2026—2028年完成汐浦河航道疏浚28公里、清淤土方210万立方米，新建护岸6公里，"
            "航道等级由六级提升至五级。",
            "2026年完成汐浦河下游段疏浚9公里、清淤土方70万立方米，新建护岸2公里。",
        ],
    )
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "航道疏浚里程", "≥28公里",
         mk("≥32公里", "D201", "error", alt=("D104",),
            note="年度 32 公里超过三年合计 28 公里，年度目标写 9 公里")),
        (None, None, "清淤土方量", "≥210万立方米",
         mk("≥60万立方米", "D104", "warning", row=True,
            note="年度目标写清淤 70 万立方米，年度指标却是 60 万立方米")),
        (None, None, "新建护岸长度", "≥6公里",
         mk("≥6公里", "D202", "warning", note="三年累计长度照抄到年度，年度目标写 2 公里")),
        (None, "质量指标", "疏浚断面验收合格率", pct(1), pct(1)),
        (None, "时效指标", "疏浚任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单位疏浚成本", "≤22元/立方米", "≤22元/立方米"),
        ("效益指标", "社会效益指标", "航道通航保证率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "航道养护长效机制", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "船民满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    return b


@variant("kee03-dredge-money-wrong", (12,),
         "project, OLD-NAT, money block that does not add up and a unit cost × volume above the "
         "year's money")  # fmt: skip
def kee03() -> Book:
    b, s = book()
    total = mk(w(960), "B101", "error", note="财政拨款 800 + 其他资金 180 = 980，不是 960")
    project_head(s, year=YEAR, name="鹭渚港锚地及港池清淤", dept=DEPT,
                 unit="鹭渚港港务事务所", money=one_year(total, w(800), w(180)),
                 goals=["2026年完成3号锚地及港池清淤30万立方米，恢复锚地设计水深。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "锚地及港池清淤量", "≥30万立方米"),
        (None, "质量指标", "清淤后水深达标率", "≥95%"),
        (None, "时效指标", "清淤完成时间", "2026年11月30日前"),
        (None, "成本指标", "清淤综合单价",
         mk("≤35元/立方米", "B107", "warning", row=True,
            note="35 元 × 30 万立方米 = 1050 万元，超过年度资金 960（或 980）万元")),
        ("效益指标", "经济效益指标", "锚地日均可停泊船舶", "≥14艘次"),
        (None, "社会效益指标", "锚地待泊引发的险情", "≤1起"),
        ("满意度指标", "服务对象满意度指标", "船公司满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kee04-dredge-two-year",
    (8, 10),
    "two-year project, OLD-NAT, 中期 and 年度 columns with the year's part of each period "
    "count, a later year the work prepares for, a rate raised in 百分点 (correct)",
)
def kee04() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="澄湾港南支航道疏浚及回淤观测", dept=DEPT,
                 unit="澄湾市航道事务中心", money=period_money(
                     (w(3000), w(2700), w(300)), (w(1600), w(1400), w(200))),
                 years=2, goals=[
                     "2026—2027年完成南支航道疏浚140万立方米、设置回淤观测断面40处，为2028年"
                     "航道升级积累回淤监测数据。",
                     "2026年完成南支航道上段疏浚75万立方米、设置回淤观测断面24处。"])  # fmt: skip
    indicators(s, HEAD5, [
        ("产出指标", "数量指标", "航道疏浚土方量", "≥140万立方米", "≥75万立方米"),
        (None, None, "回淤观测断面", "≥40处", "≥24处"),
        (None, "质量指标", "疏浚工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "观测数据报送时限", "≤5个工作日", "≤5个工作日"),
        (None, "成本指标", "单位疏浚成本", "≤20元/立方米", "≤20元/立方米"),
        ("效益指标", "经济效益指标", "航道通航保证率较上年提高", "≥3百分点", "≥2百分点"),
        (None, "可持续影响指标", "回淤观测数据库", "建成并持续更新", "建成"),
        ("满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kee05-dredge-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT: the second carries last year's deadline and "
         "a satisfaction rate under 社会效益")  # fmt: skip
def kee05() -> Book:
    b, s = book("绩效目标表")
    dept = "汐浦县交通运输局（214）"
    project_head(s, year=YEAR, name="汐浦县支线航道清障疏浚", dept=dept, unit="汐浦县港航管理站",
                 money=one_year(w(380), w(350), w(30)),
                 goals=["2026年完成支线航道清障疏浚12公里，清除碍航沉船及杂物。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "支线航道清障疏浚里程", "≥12公里"),
        (None, "质量指标", "清障验收合格率", "≥98%"),
        (None, "时效指标", "清障完成时间", "2026年9月30日前"),
        (None, "成本指标", "每公里清障疏浚成本", "≤30万元/公里"),
        ("效益指标", "社会效益指标", "碍航物引发的船舶事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "船民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="汐浦县渡口港池清淤", dept=dept, unit="汐浦县港航管理站",
                 money=one_year(w(120), w(120), w(0)), title="",
                 goals=["2026年完成6处渡口港池清淤4.8万立方米。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "渡口港池清淤处数", "≥6处"),
        (None, None, "港池清淤量", "≥4.8万立方米"),
        (None, "时效指标", "清淤完工时间",
         mk("2025年11月30日前", "Y102", "error", note="上一年度的期限留在 2026 年的一年期项目里")),
        (None, "成本指标", "港池清淤单价", "≤24元/立方米"),
        ("效益指标", "社会效益指标",
         mk("沿岸居民满意度", "F201", "warning", row=True, note="满意度填在社会效益下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "渡运乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kee06-dredge-flat-dept", (3, 12),
         "department, budget and tasks adding up, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), weights 100 (correct)")  # fmt: skip
def kee06() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="澄湾市航道事务中心",
        budget=[(w(3860), w(3500), w(360), w(1260), w(2600))],
        tasks=[
            ("航道疏浚养护", "进港及支线航道维护性疏浚", w(1800), "航道水深达标"),
            ("航标设施维护", "航标巡检、维修和更换", w(800), "航标正常运行"),
            ("金额合计", None, w(2600), None),
        ],
        goal="保障辖区航道水深和航标正常，全年无因航道条件引发的水上交通事故。",
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("航道维护性疏浚土方量", 20, "万立方米", "≥", 120),
        ("航标巡检次数", 15, "次", "≥", 24),
        ("航道水深达标率", 15, "%", "≥", 95),
        ("航标维护正常率", 15, "%", "≥", 99.5),
        ("因航道条件引发的水上交通事故", 10, "起", "=", 0),
        ("单位疏浚成本", 10, "元/立方米", "≤", 14),
        ("航运企业满意度", 15, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    return b
