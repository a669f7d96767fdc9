"""慈姑 returns of 芷汀县 (budget year 2025): gx01–gx06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout664.common import HEAD4, grid, one_year, periods, sign, start, w
from tests.variants.holdout664.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "芷汀县农业农村局 417021"
STATION = "芷汀县水生蔬菜技术推广站"


@variant("gx01-cigu-base-points", (1, 5),
         "project, OLD-NAT, numbered tier labels with points, operator and unit columns, "
         "percent cells (correct)")  # fmt: skip
def gx01() -> Book:
    b, s = start()
    goal = ("建设慈姑标准化种植基地800亩（新建300亩、提升改造500亩），推广脱毒种球12万个，"
            "带动种植户260户，为2026年全县推广积累种植数据。")  # fmt: skip
    project_head(s, year=2025, name="慈姑标准化种植基地建设", dept=DEPT, unit=STATION,
                 money=one_year(60, 48, 12), goals=[goal])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "慈姑标准化种植面积", "≥", 800, "亩"),
        (None, None, "新建标准化种植基地面积", "≥", 300, "亩"),
        (None, None, "脱毒种球推广数量", "≥", 12, "万个"),
        (None, "（二）质量指标", "种球出苗率", "≥", pct(0.92), "%"),
        (None, None, "商品慈姑一级品率", "≥", pct(0.75), "%"),
        (None, "（三）时效指标", "种球下田完成时间", "≤", day(2025, 3, 31, CN_DATE), None),
        (None, "（四）成本指标", "基地建设补助标准", "≤", 500, "元/亩"),
        ("二、效益指标（30分）", "（一）经济效益指标", "种植户亩均增收", "≥", 800, "元"),
        (None, "（二）社会效益指标", "带动种植户数", "≥", 260, "户"),
        (None, "（三）可持续影响指标", "慈姑病害发生率", "≤", pct(0.08), "%"),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9),
         "%"),
    ]  # fmt: skip
    grid(s, head, rows)
    s.row("注：预算执行率（10分）另行评价，不列入本表。")
    sign(s, "龚雪芹", "0736-5821407", day(2024, 11, 18))
    return b


@variant("gx02-cigu-goal-area", (11, 12),
         "project, OLD-NAT, one value column: goal area above the indicator, subsidy × area "
         "beyond the money, a 反向 rate with ≥")  # fmt: skip
def gx02() -> Book:
    b, s = start()
    goal = "建成慈姑连片种植基地1200亩，推广“芷汀白慈姑”品种，培训种植户300人次。"
    project_head(s, year=2025, name="芷汀白慈姑连片基地建设", dept=DEPT, unit=STATION,
                 money=one_year(60, 50, 10), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "慈姑连片种植基地面积",
         mk("≥1000亩", "D104", "warning", row=True,
            note="年度目标写建成基地1200亩，指标只有1000亩")),
        (None, None, "种植户技术培训", "≥300人次"),
        (None, "质量指标", "种苗纯度", "≥95%"),
        (None, "时效指标", "基地建成时间", "2025年10月31日前"),
        (None, "成本指标", "种苗补贴标准",
         mk("≤700元/亩", "B107", "warning", row=True,
            note="700元/亩 × 1000亩 = 70万元，超过年度资金60万元")),
        ("效益指标", "经济效益指标", "种植户亩均增收", "≥1000元"),
        (None, "可持续影响指标", "慈姑球茎腐烂发生率",
         mk("≥5%", "T108", "warning", row=True, note="发生率是反向指标，应为≤")),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]  # fmt: skip
    grid(s, HEAD4, rows)
    sign(s, "柯向东", "0736-5821433", day(2024, 11, 22))
    return b


@variant("gx03-cigu-three-years", (8, 10),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 columns, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def gx03() -> Book:
    b, s = start()
    mid = ("三年内建成慈姑良种繁育基地1500亩，累计供应脱毒种球120万个，慈姑商品率提高5个"
           "百分点，为2027年全县推广积累技术。")  # fmt: skip
    year = "2025年建成繁育基地500亩，供应脱毒种球40万个，商品率提高2个百分点。"
    project_head(s, year=2025, name="慈姑良种繁育基地建设", dept=DEPT, unit=STATION,
                 money=periods((360, 300, 60), (120, 100, 20)), goals=[mid, year], years=3,
                 attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    rows = [
        ("产出指标", "数量指标", "良种繁育基地面积", "≥1500亩", "≥500亩"),
        (None, None, "脱毒种球供应量", "≥120万个", "≥40万个"),
        (None, "质量指标", "慈姑商品率提高", "≥5百分点", "≥2百分点"),
        (None, None, "种球脱毒检测合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        (None, "成本指标", "繁育基地建设成本", "≤2000元/亩", "≤2000元/亩"),
        ("效益指标", "社会效益指标", "辐射带动种植户", "≥600户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    grid(s, head, rows)
    sign(s, "龚雪芹", "0736-5821407", day(2024, 11, 18))
    return b


@variant("gx04-cigu-stacked-two", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "name with different values, a note row under each table (correct)")  # fmt: skip
def gx04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="慈姑种球繁育补助", dept=DEPT, unit=STATION,
                 money=one_year(40, 30, 10),
                 goals=["补助繁育慈姑种球100万个，覆盖种植户180户。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "补助繁育种球数量", "≥100万个"),
        (None, "质量指标", "种球发芽率", pct(0.9)),
        (None, "时效指标", "补助资金兑付时间", "2025年6月30日前"),
        (None, "成本指标", "种球繁育补助标准", "≤0.2元/个"),
        ("效益指标", "社会效益指标", "覆盖种植户", "≥180户"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：种球数量以乡镇验收单为准。")
    s.skip()
    goal = "改造冷藏保鲜库4座，年冷藏慈姑2000吨（两次周转，每次1000吨），减少采后损耗。"
    project_head(s, year=2025, name="慈姑采后冷藏保鲜库改造", dept=DEPT, unit=STATION,
                 money=one_year(25, 25, 0), goals=[goal], title="")  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "改造冷藏保鲜库", "≥4座"),
        (None, None, "年冷藏慈姑量", "≥2000吨"),
        (None, "质量指标", "冷库温控达标率", "≥95%"),
        (None, "成本指标", "冷库改造补助标准", "≤5万元/座"),
        ("效益指标", "经济效益指标", "慈姑采后损耗率", "≤6%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
    ])  # fmt: skip
    s.row("说明：冷藏量按两次周转合计填列。")
    sign(s, "柯向东", "0736-5821433", day(2024, 11, 22))
    return b


@variant("gx05-cigu-department-sums", (12, 4),
         "department, NAT-2021: tasks not adding to 金额合计, a near-duplicate under another "
         "tier-2, last year in the goal")  # fmt: skip
def gx05() -> Book:
    b, s = start()
    goal = mk("完成慈姑新品种比较试验6个，举办技术培训20期、1200人次；确保2024年全县慈姑"
              "病虫害监测点不少于30个。", "Y103", "warning",
              note="预算年度2025，目标仍写2024年，上年留下的文字")  # fmt: skip
    tasks = [
        ("慈姑品种试验", "新品种比较试验6个", w(45), "筛选适宜品种2个"),
        ("技术培训", "培训20期、1200人次", w(35), "种植户掌握标准化技术"),
        ("病虫害监测", "监测点30个", w(50), "及时发布预警"),
        ("金额合计", None, mk(w(140), "B102", "error", note="45 + 35 + 50 = 130 ≠ 140")),
    ]
    department_head(s, year=2025, dept=STATION, goal=goal, tasks=tasks,
                    budget=[(w(320), w(300), w(20), w(180), w(140))])  # fmt: skip
    dup = mk("慈姑种植技术培训人次", "D103", "warning", row=True, alt=("D101", "D102"),
             note="与数量指标“技术培训人次”是同一指标")  # fmt: skip
    grid(s, HEAD4, [
        ("成本指标", "经济成本指标", "培训人均成本", "≤250元/人次"),
        ("产出指标", "数量指标", "新品种比较试验", "≥6个"),
        (None, None, "技术培训期数", "≥20期"),
        (None, None, "技术培训人次", "≥1200人次"),
        (None, None, "病虫害监测点", "≥30个"),
        (None, "质量指标", "试验数据合格率", "≥95%"),
        (None, "时效指标", "监测数据上报及时率", "≥98%"),
        ("效益指标", "社会效益指标", dup, "≥1200人次"),
        (None, "可持续影响指标", "病虫害监测体系", "健全"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gx06-cigu-period-columns", (8, 7),
         "two-year project 2025–2026, header 绩效目标值（中期/年度）: an annual count above the "
         "period's, a cumulative count copied, a quality rate under 时效")  # fmt: skip
def gx06() -> Book:
    b, s = start()
    mid = "建成慈姑片初加工生产线1条，两年累计加工慈姑片800吨，培训加工工人600人次。"
    year = "建成生产线并试产，加工慈姑片300吨，培训加工工人300人次。"
    project_head(s, year=2025, name="慈姑片初加工生产线建设", dept=DEPT, unit=STATION,
                 money=periods((260, 220, 40), (180, 150, 30)), goals=[mid, year], years=2,
                 attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值（中期）", "绩效目标值（年度）")
    rows = [
        ("产出指标", "数量指标", "慈姑片加工量", "≥800吨",
         mk("≥900吨", "D201", "error", alt=("D104",), note="年度900吨超过两年合计800吨")),
        (None, None, "加工工人培训", "≥600人次",
         mk("≥600人次", "D202", "warning", alt=("D104",),
            note="两年累计数照抄到年度，目标写300人次")),
        (None, "质量指标", "产品抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", mk("加工产品商品率", "F201", "warning", row=True,
                            note="商品率是质量指标，填在时效下"), "≥90%", "≥90%"),
        (None, None, "生产线建成时间", "2025年9月30日前", "2025年9月30日前"),
        (None, "成本指标", "生产线建设成本", "≤150万元", "≤150万元"),
        ("效益指标", "经济效益指标", "加工增值", "≥300元/吨", "≥300元/吨"),
        ("满意度指标", "服务对象满意度指标", "供货农户满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    grid(s, head, rows)
    sign(s, "龚雪芹", "0736-5821407", day(2024, 11, 18))
    return b
