"""New LED street lamps: retrofits, new roads, pilots (kft01–kft06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout842.common import (
    YEAR,
    notes,
    period_money,
    sign,
    start,
    table,
    w,
    year_money,
)
from tests.variants.holdout842.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kft01-retrofit-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 only in the "
         "number format, a date cell as deadline (correct)")  # fmt: skip
def retrofit_percent() -> Book:
    b, s = start()
    goal = ("将主干道高压钠灯1200盏（其中柘川大道800盏、望川路400盏）更换为LED灯具，"
            "新装灯杆150根，年节约用电50万千瓦时以上。")  # fmt: skip
    project_head(s, year=YEAR, name="柘川区主干道LED路灯节能改造项目",
                 dept="柘川区城市管理局（318004）", unit="柘川区市政照明服务中心",
                 money=year_money(360, 330, 30), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更换LED路灯数量", "≥", 1200, "盏"),
        (None, None, "新装灯杆数量", "≥", 150, "根"),
        (None, "质量指标", "灯具安装验收合格率", "≥", pct(0.98), "%"),
        (None, None, "路面平均照度达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "改造完工时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "单盏灯具更换综合成本", "≤", 0.2, "万元/盏"),
        (None, None, "单根灯杆新装成本", "≤", 0.6, "万元/根"),
        ("效益指标", "经济效益指标", "年节约电量", "≥", 50, "万千瓦时"),
        (None, "社会效益指标", "路灯能耗下降率", "≥", pct(0.4), "%"),
        (None, None, "主干道夜间亮灯率", "≥", pct(0.98), "%"),
        (None, "可持续影响指标", "LED灯具设计使用寿命", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥", pct(0.9), "%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), rows)
    sign(s, "韦晟", "邝以宁", "0596-5821706", (2025, 11, 14))
    return b


@variant("kft02-stacked-backstreets", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "count differs from its goal and its unit cost exceeds its money")  # fmt: skip
def stacked_backstreets() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=YEAR, name="湄岗区新城大道LED路灯新建工程",
                 dept="湄岗区城市管理局（327002）", unit="湄岗区路灯管理站",
                 money=year_money(260, 240, 20),
                 goals=["沿新城大道新建LED路灯520盏，实现全线夜间照明覆盖。"],
                 title=f"{YEAR}年度路灯建设项目支出绩效目标申报表")  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "新建LED路灯数量", "≥520盏"),
        (None, "质量指标", "灯具安装验收合格率", "≥98%"),
        (None, "时效指标", "完工时间", f"{YEAR}年9月30日前"),
        (None, "成本指标", "单盏路灯新建成本", "≤0.45万元/盏"),
        ("效益指标", "社会效益指标", "夜间道路照明覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="湄岗区背街小巷照明补盲工程",
                 dept="湄岗区城市管理局（327002）", unit="湄岗区路灯管理站",
                 money=year_money(120, 100, 20),
                 goals=["为背街小巷新装LED庭院灯320盏，消除照明盲区46处。"], title="")  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "新装LED庭院灯数量",
         mk("≥230盏", "D104", "warning", row=True,
            note="年度绩效目标写新装庭院灯320盏，指标只有230盏")),
        (None, None, "消除照明盲区数量", "≥46处"),
        (None, "质量指标", "灯具安装验收合格率", "≥98%"),
        (None, "时效指标", "完工时间", f"{YEAR}年11月30日前"),
        (None, "成本指标", "单盏庭院灯购置安装成本",
         mk("≤0.55万元/盏", "B107", "warning", row=True,
            note="0.55万元 × 230盏 = 126.5万元（按目标320盏为176万元），超过年度资金120万元")),
        ("效益指标", "社会效益指标", "背街小巷夜间亮灯率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "居民夜间出行满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kft03-three-year-rollout", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 names last year, a year's "
         "count above the period's, a cumulative count copied from 中期")  # fmt: skip
def three_year_rollout() -> Book:
    b, s = start()
    period = ("2026年—2028年将中心城区9000盏高压钠灯更换为LED路灯，新建灯杆600根，"
              "安装单灯控制器6000个，道路亮灯率稳定在98%以上。")  # fmt: skip
    annual = mk("2025年完成3000盏LED路灯更换，新建灯杆200根，安装单灯控制器2000个。",
                "Y103", "warning", alt=("Y101",),
                note="2026年预算的年度目标写2025年，是上一年留下的年份")  # fmt: skip
    project_head(s, year=YEAR, name="鹭汀市中心城区路灯LED化三年行动项目",
                 dept="鹭汀市城市管理局（301006）", unit="鹭汀市城市照明管理处",
                 money=period_money(2400, 800), goals=[period, annual], years=3,
                 attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "更换LED路灯数量", "≥9000盏", "≥3000盏"),
        (
            None,
            None,
            "新建灯杆数量",
            "≥600根",
            mk("≥900根", "D201", "error", alt=("D104",), note="年度900根大于三年合计600根"),
        ),
        (
            None,
            None,
            "安装单灯控制器数量",
            "≥6000个",
            mk(
                "≥6000个",
                "D202",
                "warning",
                alt=("D104",),
                note="累计数量照抄中期，年度目标写2000个",
            ),
        ),
        (None, "质量指标", "道路亮灯率", "≥98%", "≥98%"),
        (None, "时效指标", "年度改造任务完成时间", "2028年12月31日前", f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "单盏LED路灯更换成本", "≤0.2万元/盏", "≤0.2万元/盏"),
        ("效益指标", "经济效益指标", "年节约电量", "≥360万千瓦时", "≥120万千瓦时"),
        (None, "可持续影响指标", "LED灯具设计使用寿命", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant("kft04-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100, an incident count of 0 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹭汀市路灯管理所",
                    budget=[(w(1850), w(1700), w(150), w(650), w(1200))],
                    tasks=[("LED路灯改造", "更换老旧路灯2800盏", w(700), "节能40%以上"),
                           ("路灯日常维护", "巡查维修全市路灯", w(380), "亮灯率98%以上"),
                           ("智慧照明平台", "平台扩容及运维", w(120), "在线率95%以上"),
                           ("金额合计", None, w(1200), None)],
                    goal="完成2800盏路灯LED改造，"
                         "保持亮灯率98%以上，全年无路灯安全事故。")  # fmt: skip
    rows = [
        ("改造LED路灯数量", 20, "盏", "≥", 2800),
        ("路灯故障修复及时率", 15, "%", "≥", pct(0.95)),
        ("主次干道亮灯率", 15, "%", "≥", pct(0.98)),
        ("单盏路灯改造成本", 10, "万元/盏", "≤", 0.25),
        ("年节约电量", 15, "万千瓦时", "≥", 160),
        ("路灯相关投诉件数", 10, "件", "≤", 120),
        ("路灯设施安全事故", 5, "起", "≤", 0),
        ("市民满意度", 10, "%", "≥", pct(0.9)),
    ]
    s.row("年度绩效指标")
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    notes(s, "注：单盏改造成本×改造数量=700万元，与“LED路灯改造”任务金额一致。")
    return b


@variant("kft05-header-content-leftovers", (7, 4),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, notes and signature under the table: "
         "a near-duplicate count, last year's deadline, a satisfaction rate misplaced")  # fmt: skip
def header_content_leftovers() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖桥镇集镇道路路灯新建项目",
                 dept="鹭汀市栖桥镇人民政府（301215）", unit="栖桥镇村镇建设服务中心",
                 money=year_money(180, 180, 0), start=day(YEAR, 3, 1),
                 goals=["在集镇主街及新街新装LED路灯300盏，"
                        "实现集镇道路夜间照明全覆盖。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "新装LED路灯数量", "≥300盏"),
        (
            None,
            None,
            "新装LED路灯数",
            mk(
                "≥350盏",
                "D102",
                "error",
                row=True,
                alt=("D103", "D101"),
                note="同一指标少一个字重复填写，数值不同（300盏 / 350盏）",
            ),
        ),
        (None, "质量指标", "路灯安装验收合格率", "≥98%"),
        (
            None,
            "时效指标",
            "工程完工时间",
            mk(
                "2025年12月31日前",
                "Y102",
                "error",
                alt=("Y101", "Y103"),
                note="计划期为2026年3月1日至12月31日，期限却是上一年",
            ),
        ),
        (None, "成本指标", "单盏路灯建设成本", "≤0.5万元/盏"),
        ("效益指标", "社会效益指标", "集镇夜间照明覆盖率", "≥95%"),
        (
            None,
            None,
            "夜间行人满意度",
            mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下"),
        ),
        (None, "可持续影响指标", "路灯设施使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "沿街商户满意度", "≥90%"),
    ]
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    notes(s, "注：本表金额单位为万元。", "填表说明：绩效标准栏填写可考核的目标值。")
    sign(s, "郑启航", "罗芸", "0596-7734218", (2025, 11, 18))
    return b


@variant("kft06-second-sheet-pilot", (7, 12),
         "project: head on the first sheet, table on a second sheet under 预期实现值, 当年财政拨款 "
         "and 上年结转, a goal naming the next year the pilot prepares for (correct)")  # fmt: skip
def second_sheet_pilot() -> Book:
    b, s = start("项目基本信息")
    goal = ("在滨河步道试点安装太阳能LED路灯200盏，照明覆盖步道6公里，"
            "为2027年在全区公园步道推广积累运行数据。")  # fmt: skip
    money = [("年度资金总额", w(150), "其中：当年财政拨款", w(110)),
             ("其中：上年结转", w(40), "其他资金", w(0))]  # fmt: skip
    project_head(s, year=YEAR, name="柘川区滨河步道太阳能LED路灯试点项目",
                 dept="柘川区城市管理局（318004）", unit="柘川区市政照明服务中心",
                 money=money, goals=[goal], attr="一次性项目")  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 4)
    rows = [
        ("产出指标", "数量指标", "安装太阳能LED路灯数量", "≥200盏"),
        (None, None, "照明覆盖步道长度", "≥6公里"),
        (None, "质量指标", "灯具防护等级达标率", "=100%"),
        (None, "时效指标", "试点完工时间", f"{YEAR}年8月31日前"),
        (None, "成本指标", "单盏太阳能路灯采购安装成本", "≤0.7万元/盏"),
        ("效益指标", "社会效益指标", "步道照明盲区消除率", "≥90%"),
        (None, "生态效益指标", "年减少碳排放量", "≥45吨"),
        (None, "可持续影响指标", "试点运行数据采集完整率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "步道游客满意度", "≥90%"),
    ]
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    return b
