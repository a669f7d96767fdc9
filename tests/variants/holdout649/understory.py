"""连翘与柴胡林下种植: gi01 to gi06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout649.common import (
    SEVEN,
    YEAR,
    first,
    one_year,
    sign,
    table,
    two_cols,
)
from tests.variants.holdout649.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

FOREST = "栖梧县林业局（304）"


@variant("gi01-forsythia-percent", (1, 7),
         "project, OLD-NAT, operator column 指标性质, unit column, typed percent cells, a 下降率 "
         "with ≥ and a goal whose area is the sum of its bracketed parts (correct)")  # fmt: skip
def gi01() -> Book:
    b, s = first()
    goal = ("在杉岭镇国有林场林下新植连翘1200亩（其中坡地800亩、沟谷地400亩），培训林农200人次，"
            "为2026年全县推广积累种植数据。")  # fmt: skip
    project_head(s, year=YEAR, name="杉岭镇林下连翘种植示范项目", dept=FOREST,
                 unit="栖梧县杉岭镇林业工作站", money=one_year(120, 100, 20),
                 goals=[goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "林下连翘新植面积", "≥", 1200, "亩"),
        (None, None, "林农技术培训人次", "≥", 200, "人次"),
        (None, "质量指标", "连翘种苗成活率", "≥", pct(0.85), None),
        (None, None, "种苗检疫合格率", "=", pct(1), None),
        (None, "时效指标", "春季栽植完成时间", "≤", "2025年4月30日", None),
        (None, "成本指标", "连翘种苗及栽植补助标准", "≤", 300, "元/亩"),
        (None, None, "林农培训人均成本", "≤", 500, "元/人次"),
        ("效益指标", "经济效益指标", "林下连翘亩均增收", "≥", 400, "元/亩"),
        (None, "生态效益指标", "林下除草剂使用量下降率", "≥", pct(0.2), None),
        (None, "可持续影响指标", "林下连翘管护制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参与林农满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "邹慕岩", "0736-5812047", day(2024, 11, 18, CN_DATE))
    return b


@variant("gi02-bupleurum-goal-deadline", (11,),
         "project, NAT-2021, operators inside the values: an area below the goal's, a deadline "
         "after the one-year project ends, a rate of quality under 时效")  # fmt: skip
def gi02() -> Book:
    b, s = first()
    goal = "在澄坪乡集体林下种植北柴胡800亩，发放柴胡种子4000公斤，2025年10月底前完成秋播补苗。"
    project_head(s, year=YEAR, name="澄坪乡林下北柴胡种植项目", dept=FOREST,
                 unit="栖梧县澄坪乡农业综合服务中心", money=one_year(90, 70, 20),
                 goals=[goal], attr="新增项目")  # fmt: skip
    area = mk("≥600亩", "D104", "warning", row=True, note="年度目标写种植800亩，指标只有600亩")
    late = mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
              note="一年期项目 2025-01-01—2025-12-31，越冬覆盖期限却在2026年")  # fmt: skip
    keep = mk("柴胡保苗率", "F201", "warning", row=True, note="保苗率是质量指标，填在时效指标下")
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "指标解释"), [
        ("成本指标", "经济成本指标", "柴胡种子采购单价", "≤80元/公斤",
         ok("按2024年市场价", "warning", note="价格依据的年份，不是遗留年份")),
        ("产出指标", "数量指标", "林下柴胡种植面积", area, "验收面积"),
        (None, None, "柴胡种子发放量", "≥4000公斤", None),
        (None, "质量指标", "柴胡出苗率", "≥75%", "抽样调查"),
        (None, "时效指标", "秋播补苗完成时间", "2025年10月31日前", None),
        (None, None, keep, "≥80%", "次年春季复查"),
        (None, None, "越冬覆盖完成时间", late, None),
        ("效益指标", "经济效益指标", "林下柴胡亩均产值", "≥1200元/亩", "两年采挖"),
        (None, "社会效益指标", "带动种植农户数", "≥150户", None),
        ("满意度指标", "服务对象满意度指标", "种植农户满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "韦知秋", "0736-5830916", day(2024, 12, 3))
    return b


@variant("gi03-forsythia-three-years", (8,),
         "three-year project 2025—2027, NAT-2021, 中期 and 年度 value columns with a unit column: "
         "period counts above the year's, rates and standards equal, 2027 named in the goal "
         "(correct)")  # fmt: skip
def gi03() -> Book:
    b, s = first()
    mid = ("2025—2027年在栖梧县北部林区林下累计种植连翘3000亩，建成连翘采收初加工点3处，"
           "为2027年申报道地药材产区认定积累数据。")  # fmt: skip
    year = "2025年林下种植连翘1000亩，建成初加工点1处，培训林农150人次。"
    project_head(s, year=YEAR, name="北部林区林下连翘产业带建设项目", dept=FOREST,
                 unit="栖梧县国有翠峪林场", money=two_cols((360, 300, 60), (120, 100, 20)),
                 goals=[mid, year], years=3, attr="新增项目")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "林下连翘种植面积", "≥3000", "≥1000", "亩"),
        (None, None, "连翘初加工点建设数量", "=3", "=1", "处"),
        (None, None, "林农技术培训人次", "≥450", "≥150", "人次"),
        (None, "质量指标", "连翘栽植保存率", pct(0.85), pct(0.85), None),
        (None, "时效指标", "年度栽植任务完成率", pct(1), pct(1), None),
        ("成本指标", "经济成本指标", "连翘种植补助标准", "≤350", "≤350", "元/亩"),
        ("效益指标", "经济效益指标", "林下连翘亩均年增收", "≥300", "≥300", "元/亩"),
        (None, "生态效益指标", "林下水土流失治理面积", "≥600", "≥200", "亩"),
        ("满意度指标", "服务对象满意度指标", "参与林农满意度", pct(0.9), pct(0.9), None),
    ])  # fmt: skip
    sign(s, "葛屿蘅", "0736-5877301", day(2024, 11, 25))
    return b


@variant("gi04-bupleurum-period", (8,),
         "three-year project 2025—2027, NAT-2021, 中期 and 年度 columns: a 中期 area below the "
         "中期目标's, a year's count above the period's, a count copied into the year")  # fmt: skip
def gi04() -> Book:
    b, s = first()
    mid = ("2025—2027年在翠峪林场林下累计种植柴胡3000亩，培育柴胡种苗150万株，建设晾晒场2处，"
           "带动种植户350户。")  # fmt: skip
    year = "2025年林下种植柴胡1000亩，建设柴胡晾晒场1处。"
    project_head(s, year=YEAR, name="翠峪林场林下柴胡规模化种植项目", dept=FOREST,
                 unit="栖梧县国有翠峪林场", money=two_cols((270, 240, 30), (90, 80, 10)),
                 goals=[mid, year], years=3)  # fmt: skip
    area = mk("≥2000", "D104", "warning", row=True, note="中期目标写累计3000亩，中期指标值2000亩")
    seed = mk("≥150", "D202", "warning", note="三年累计的种苗量原样抄进年度列")
    farms = mk("≥420", "D201", "error", note="年度带动420户，超过三年的350户")
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "林下柴胡种植面积", area, "≥1000", "亩"),
        (None, None, "柴胡种苗培育量", "≥150", seed, "万株"),
        (None, None, "柴胡晾晒场建设数量", "=2", "=1", "处"),
        (None, None, "带动种植户数", "≥350", farms, "户"),
        (None, "质量指标", "柴胡出苗率", "≥75%", "≥75%", None),
        (None, "时效指标", "当年种植任务完成时间", "2027年10月31日前", "2025年10月31日前", None),
        ("成本指标", "经济成本指标", "柴胡种植补助标准", "≤300", "≤300", "元/亩"),
        ("效益指标", "社会效益指标", "林下种植务工人次", "≥6000", "≥2000", "人次"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "严秋檀", "0736-5877352", day(2024, 11, 26))
    return b


@variant("gi05-understory-points", (5, 10, 12),
         "department, NAT-2021, numbered tier labels with points (一、产出指标（50分）) and an "
         "indicator score column, both adding to 100; tasks adding to 项目支出; a rise in 百分点 "
         "(correct)")  # fmt: skip
def gi05() -> Book:
    b, s = first()
    tasks = [
        ("林下连翘种植推广", "新植连翘，补助种苗和栽植", 160, "新植连翘1500亩"),
        ("林下柴胡种植示范", "示范基地种植柴胡", 140, "种植柴胡1000亩"),
        ("金额合计", None, 300, None),
    ]
    goal = ("目标1：林下新植连翘1500亩、种植柴胡1000亩（合计2500亩）；目标2：林下经济收入占农户"
            "收入的比重提高2个百分点；目标3：林农满意度不低于90%。")  # fmt: skip
    department_head(s, year=YEAR, dept="栖梧县林下经济发展中心",
                    budget=[(480, 430, 50, 180, 300)], tasks=tasks, goal=goal)  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "林下连翘新植面积", "≥1500亩", 15),
        (None, None, "林下柴胡种植面积", "≥1000亩", 15),
        (None, "（二）质量指标", "连翘栽植成活率", "≥85%", 10),
        (None, "（三）时效指标", "春季栽植完成时间", "2025年5月31日前", 10),
        ("二、效益指标（30分）", "（一）经济效益指标", "林下经济收入占比提高幅度", "≥2百分点", 10),
        (None, "（二）生态效益指标", "林下植被覆盖度", "≥70%", 10),
        (None, "（三）可持续影响指标", "林下种植技术推广乡镇数", "≥5个", 10),
        ("三、满意度指标（10分）", "服务对象满意度指标", "林农满意度", "≥90%", 10),
        ("四、成本指标（10分）", "经济成本指标", "连翘种植补助标准", "≤400元/亩", 5),
        (None, None, "柴胡种植补助标准", "≤350元/亩", 5),
    ])  # fmt: skip
    sign(s, "柯望舒", "0736-5869124", day(2024, 11, 20))
    return b


@variant("gi06-forest-flat-duplicate", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值): a conflicting near-duplicate, last season's year in a name, weights "
         "adding to 95")  # fmt: skip
def gi06() -> Book:
    b, s = first(widths=SEVEN)
    goal = "抚育林下连翘2000亩，新植柴胡800亩，开展林下种植病虫害统防统治，培训林农300人次。"
    department_head(s, year=YEAR, dept="栖梧县国有苍屿林场",
                    budget=[(260, 230, 30, 110, 150)], goal=goal)  # fmt: skip
    old = mk("2024年柴胡种子采收量", "Y103", "warning", row=True, alt=("Y101",),
             note="2025年的表里留着上一季的年份")  # fmt: skip
    dup = mk("林下连翘抚育管护面积", "D102", "error", row=True, alt=("D103", "D101"),
             note="与“林下连翘抚育面积”是同一指标，值却是1600亩对2000亩")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("林下连翘抚育面积", 15, "亩", "≥", 2000),
        ("林下柴胡新植面积", 15, "亩", "≥", 800),
        (old, 10, "公斤", "≥", 1500),
        ("林下种植病虫害统防统治面积", 10, "亩", "≥", 2800),
        (dup, 10, "亩", "≥", 1600),
        ("连翘栽植成活率", 10, "%", "≥", 85),
        ("林下种植补助标准", 10, "元/亩", "≤", 300),
        ("林农技术培训人次", 10, "人次", "≥", 300),
        ("林农满意度", 5, "%", "≥", 90),
    ], merged=())  # fmt: skip
    sign(s, "蒲映川", "0736-5841275", day(2024, 11, 22))
    return b
