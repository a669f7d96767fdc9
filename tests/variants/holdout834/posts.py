"""Public welfare posts (公益性岗位): kfl13–kfl18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout834.common import book, funds, notes, period_funds, sign, table, wan
from tests.variants.holdout834.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kfl13-posts-department",
    (12, 5),
    "department, NAT-2021 with abbreviated tier labels "
    "(产出 / 数量), budget and key tasks adding up, a goal count with its parts in brackets "
    "(correct)",
)
def posts_department() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="梧岭县就业和社会保障服务中心",
                    budget=[[wan(1000), wan(960), wan(40), wan(240), wan(760)]],
                    tasks=[("公益性岗位补贴", "按月发放城乡公益性岗位补贴", wan(700), "足额发放"),
                           ("社会保险补贴", "为在岗人员缴纳社会保险补贴", wan(60), "应缴尽缴"),
                           ("金额合计", None, wan(760), None)],
                    goal="开发城乡公益性岗位320个（其中乡村公益性岗位200个、城镇公益性岗位"
                         "120个），托底安置就业困难人员，岗位补贴按月足额发放。")  # fmt: skip
    table(s, H4, [
        ("产出", "数量", "公益性岗位开发数量", "≥320个"),
        (None, None, "安置就业困难人员人数", "≥320人"),
        (None, "质量", "上岗人员身份核验准确率", "=100%"),
        (None, "时效", "岗位补贴按月发放及时率", "≥98%"),
        ("成本", "经济成本", "岗位补贴标准", "≤1800元/人·月"),
        ("效益", "社会效益", "在岗人员月均收入", "≥1800元"),
        (None, "可持续影响", "公益性岗位动态退出机制", "建立并执行"),
        ("满意度", "服务对象满意度", "在岗人员满意度", "≥90%"),
        (None, None, "服务村（社区）满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞书遥", "0731-86427716", day(2024, 11, 22))
    return b


@variant(
    "kfl14-posts-department-defects",
    (12,),
    "department, NAT-2021: goal count against "
    "the indicator, key tasks not adding to 金额合计, a satisfaction rate as a social "
    "benefit",
)
def posts_department_defects() -> Book:
    b, s = book()
    total = mk(wan(960), "B102", "error", note="820+90+30=940万元，金额合计写960万元")
    department_head(
        s,
        year=2025,
        dept="沣阳市就业困难人员援助中心",
        budget=[[wan(1300), wan(1260), wan(40), wan(340), wan(960)]],
        tasks=[
            ("公益性岗位补贴", "按月发放公益性岗位补贴", wan(820), "足额发放"),
            ("社会保险补贴", "在岗人员社会保险补贴", wan(90), "应缴尽缴"),
            ("岗前培训", "上岗人员岗前安全与业务培训", wan(30), "全员培训"),
            ("金额合计", None, total, None),
        ],
        goal="开发公益性岗位450个，安置就业困难人员450人，岗位补贴按月足额发放。",
    )
    table(s, H4, [
        ("产出指标", "数量指标", "公益性岗位开发数量",
         mk("≥400个", "D104", "warning", row=True, note="年度总体目标写开发450个")),
        (None, None, "岗前培训人数", "≥450人"),
        (None, "质量指标", "上岗人员资格审核合格率", "=100%"),
        (None, "时效指标", "岗位补贴发放时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "岗位补贴标准", "≤1500元/人·月"),
        ("效益指标", "社会效益指标", "就业困难人员安置率", "≥95%"),
        (None, None, mk("在岗人员满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%"),
        (None, "可持续影响指标", "公益性岗位动态管理机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "服务社区居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "卓溪岩", "0736-5523419", day(2024, 11, 25))
    return b


@variant(
    "kfl15-posts-notes-weights",
    (4,),
    "project, OLD-NAT, weight column: a 注 row inside "
    "the table, the header repeated after a page break, 小计 and 合计 rows, a 说明 footnote "
    "explaining the total, signature lines (correct)",
)
def posts_notes_weights() -> Book:
    b, s = book()
    project_head(s, year=2025, name="乡村公益性岗位补贴", dept="栖棠县人力资源和社会保障局",
                 unit="栖棠县乡村振兴就业服务站",
                 money=[["年度资金总额", wan(530), "其中：财政拨款", wan(500)],
                        [None, None, "其他资金（上年结转）", wan(30)]],
                 goals=["开发乡村公益性岗位260个，其中护林员90个、保洁员120个、养老助老员50个，"
                        "优先安置脱贫劳动力。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(s, head, [
        ("产出指标", "数量指标", "乡村公益性岗位开发数量", "≥260个", 10),
        (None, None, "脱贫劳动力上岗人数", "≥200人", 10),
        (None, "质量指标", "在岗人员考勤合格率", "≥95%", 10),
        (None, "时效指标", "岗位补贴按月发放", "按时完成", 10),
        (None, "成本指标", "岗位补贴标准", "≤1600元/人·月", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    notes(s, "注：岗位补贴标准按县人社局、县财政局联合印发的公益性岗位管理办法执行。", width=5)
    s.skip()
    table(s, head, [
        ("效益指标", "社会效益指标", "脱贫劳动力人均月增收", "≥1600元", 10),
        (None, None, "村庄环境保洁覆盖率", "≥95%", 10),
        (None, None, "在岗人员安全事故", "=0起", 5),
        (None, "可持续影响指标", "公益性岗位动态管理机制", "建立并执行", 5),
    ])  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([
        ("满意度指标", "服务对象满意度指标", "在岗人员满意度", "≥90%", 10),
        (None, None, "村民满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 20)
    s.row("合计", None, None, None, 100)
    notes(s, "说明：1.年度资金530万元含上年结转30万元；2.岗位补贴按实际在岗月数发放。", width=5)
    s.row("单位负责人：", "覃砚秋", "填表人：", "龙可欣", "联系电话：0745-2219046")
    s.row("填报日期：", day(2024, 12, 5, CN_DATE))
    return b


@variant(
    "kfl16-posts-template-year",
    (6, 13),
    "project, NAT-2021, header 预期目标: an indicator "
    "value without a name, a 年度目标 carried over from last year's return",
)
def posts_template_year() -> Book:
    b, s = book()
    goal = mk("2024年开发社区协管公益性岗位150个，安置城镇就业困难人员150人，岗位补贴按月发放。",
              "Y103", "warning", alt=("Y101",),
              note="2025年度的表，年度目标仍写2024年：上年的目标未改")  # fmt: skip
    project_head(
        s,
        year=2025,
        name="城镇社区协管公益性岗位",
        dept="碧峪区人力资源和社会保障局",
        unit="碧峪区社区就业服务站",
        money=funds(320, 300, 20),
        goals=[goal],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "社区协管岗位开发数量", "≥150个"),
        (None, None, mk(None, "F110", "error", note="填了指标值150人，三级指标名称为空"),
         "≥150人"),
        (None, "质量指标", "上岗人员资格审核合格率", "=100%"),
        (None, "时效指标", "岗位补贴发放时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "岗位补贴标准", "≤1700元/人·月"),
        ("效益指标", "社会效益指标", "城镇就业困难人员安置率", "≥95%"),
        (None, "可持续影响指标", "社区协管岗位考核管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙秋野", "0739-3364428", day(2024, 12, 12))
    return b


@variant(
    "kfl17-posts-two-year-marks",
    (5, 8),
    "two-year project, NAT-2021, tier labels with * "
    "and abbreviations, a ★ core indicator, two-row header with 中期 and 年度 value "
    "columns, period counts beside smaller annual counts (correct)",
)
def posts_two_year_marks() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="就业困难人员公益性岗位托底安置",
                 dept="澄川区人力资源和社会保障局", unit="澄川区就业援助服务站",
                 money=period_funds((900, 860, 40), (450, 430, 20)),
                 goals=["2025—2026年累计托底安置就业困难人员600人，岗位补贴按月足额发放。",
                        "2025年托底安置就业困难人员300人，岗位补贴按月足额发放。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2026年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("*产出指标", "数量", "★公益性岗位托底安置人数", "≥600人", "≥300人"),
        (None, None, "公益性岗位开发数量", "≥600个", "≥300个"),
        (None, "质量", "上岗人员资格审核合格率", "=100%", "=100%"),
        (None, "时效", "岗位补贴到账时限", "≤10个工作日", "≤10个工作日"),
        ("*成本指标", "经济成本", "岗位补贴标准", "≤1200元/人·月", "≤1200元/人·月"),
        ("*效益指标", "社会效益", "安置人员离岗率", "≤10%", "≤10%"),
        (None, "可持续影响", "托底安置动态退出机制", "建立并执行", "建立并执行"),
        ("*满意度指标", "服务对象满意度", "安置人员满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "时语川", "0736-7786251", day(2024, 11, 21))
    return b


@variant(
    "kfl18-posts-direction-period",
    (11, 8),
    "two-year project, NAT-2021, 指标性质 as "
    "direction (正向/反向), 中期 and 年度 columns: a 反向 rate with ≥, a cumulative count "
    "copied into the annual column",
)
def posts_direction_period() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="城乡公益性岗位开发管理",
                 dept="柘川县人力资源和社会保障局", unit="柘川县公益性岗位管理办公室",
                 money=period_funds((1500, 1440, 60), (760, 730, 30)),
                 goals=["2025—2026年持续开发城乡公益性岗位，托底安置就业困难人员800人。",
                        "2025年托底安置就业困难人员400人，规范岗位日常管理。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "公益性岗位开发数量", "正向", "≥400个",
         mk("≥400个", "D202", "warning", note="两年期项目，岗位数累计值照抄到年度列")),
        (None, None, "托底安置就业困难人员人数", "正向", "≥800人", "≥400人"),
        (None, "质量指标", "在岗人员考勤合格率", "正向", "≥95%", "≥95%"),
        (None, "时效指标", "岗位补贴发放时限", "反向", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "岗位补贴标准", "反向", "≤1500元/人·月", "≤1500元/人·月"),
        ("效益指标", "社会效益指标", "在岗人员违规违纪发生率", "反向", "≥2%",
         mk("≥2%", "T108", "warning", row=True, note="反向指标（发生率）用了≥，两列都如此")),
        (None, "可持续影响指标", "公益性岗位退出机制", "正向", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "在岗人员满意度", "正向", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "包若澜", "0745-2213387", day(2024, 12, 1))
    return b
