"""County-level returns spanning both halves (桑园 and 收购): department tables, points at two
levels, notes and page breaks, a two-row header over 中期 and 年度 (ec13–ec18)."""

from __future__ import annotations

from tests.variants.holdout591.common import (
    HEAD4,
    department,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout591.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

CENTRE = "柘塘县蚕桑产业发展中心"
POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("ec13-bureau-department", (12,),
         "department, NAT-2021: budget with typed-percent shares, key tasks adding to 金额合计 "
         "= 项目支出, a goal text repeating its indicators' counts (correct)")  # fmt: skip
def ec13() -> Book:
    share = "0.00%"
    budget = [
        (wan(420), wan(380), wan(40), wan(160), wan(260)),
        (pct(1, share), pct(0.9048, share), pct(0.0952, share), pct(0.381, share),
         pct(0.619, share)),
    ]  # fmt: skip
    tasks = [
        ("桑苗蚕种供应", "统一采购发放嫁接桑苗和良种", wan(120), "发放桑苗120万株、蚕种1.8万张"),
        ("鲜茧收购监管", "收购期抽检和茧站巡查", wan(60), "抽检鲜茧240批"),
        ("蚕桑技术推广", "蚕农培训和示范户指导", wan(80), "培训蚕农1500人次"),
        ("金额合计", None, wan(260), None),
    ]
    goal = "全年发放桑苗120万株、蚕种1.8万张，培训蚕农1500人次，全县蚕茧产量稳定在3000吨以上。"
    b, s = department(2025, CENTRE, budget, goal, tasks)
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "发放嫁接桑苗", "≥120万株"),
        (None, None, "发放蚕种", "≥1.8万张"),
        (None, None, "蚕农技术培训", "≥1500人次"),
        (None, None, "鲜茧抽检批次", "≥240批"),
        (None, "质量指标", "蚕种质量合格率", "≥98%"),
        (None, "时效指标", "春蚕种发放完成时间", "2025年4月10日前"),
        ("成本指标", "经济成本指标", "桑苗采购单价", "≤0.6元/株"),
        (None, None, "蚕种补助标准", "≤25元/张"),
        ("效益指标", "经济效益指标", "全县蚕茧产量", "≥3000吨"),
        (None, "社会效益指标", "蚕桑产业带动农户", "≥5000户"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ec14-bureau-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the goal text's area above the indicator")  # fmt: skip
def ec14() -> Book:
    total = mk(wan(350), "B101", "error", note="基本 140 + 项目 200 = 340 ≠ 350")
    budget = [(total, wan(320), wan(30), wan(140), wan(200))]
    tasks = [
        ("新建桑园", "新建嫁接桑园和配套道路", wan(90), "新建桑园800亩"),
        ("蚕农培训", "养蚕和桑园管理技术培训", wan(70), "培训蚕农1200人次"),
        ("茧站巡查", "收购期茧站巡查和抽检", wan(50), "巡查茧站80次"),
        ("金额合计", None, mk(wan(200), "B102", "error", note="90 + 70 + 50 = 210 ≠ 200"), None),
    ]
    goal = ok("新建桑园800亩，培训蚕农1200人次，巡查茧站80次，规范蚕茧收购秩序。",
              note="D104 may land on the text instead of the indicator")  # fmt: skip
    b, s = department(2025, "柘塘县蚕桑产业服务中心", budget, goal, tasks)
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建桑园面积",
         mk("≥600亩", "D104", "warning", row=True, note="年度总体目标 and task say 800亩")),
        (None, None, "蚕农技术培训", "≥1200人次"),
        (None, None, "茧站巡查次数", "≥80次"),
        (None, "质量指标", "新建桑园成活率", "≥90%"),
        (None, "时效指标", "桑苗栽植完成时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "新建桑园补助标准", "≤1000元/亩"),
        ("效益指标", "经济效益指标", "蚕农户均售茧收入增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ec15-bureau-points", (5, 10),
         "project, NAT-2021, labels 一、产出指标（50分） and 1.数量指标, a tier-1 score "
         "column and an indicator score column both adding to 100, a rise in 百分点 "
         "(correct)")  # fmt: skip
def ec15() -> Book:
    goal = "推广方格蔟2万片，建设优质茧示范户300户，示范户优质茧率提高3个百分点以上。"
    b, s = project(2025, "优质茧提升工程", CENTRE, one_year(50, 50), [goal])
    indicators(s, POINTS, [
        ("一、产出指标（50分）", 50, "1.数量指标", "方格蔟推广数量", "≥20000片", 15),
        (None, None, None, "优质茧示范户", "≥300户", 15),
        (None, None, "2.质量指标", "示范户优质茧率提高", "≥3百分点", 10),
        (None, None, "3.时效指标", "方格蔟发放完成时间", "2025年4月20日前", 10),
        ("二、成本指标（10分）", 10, "1.经济成本指标", "方格蔟补助单价", "≤20元/片", 10),
        ("三、效益指标（30分）", 30, "1.经济效益指标", "示范户售茧均价提高", "≥2元/公斤", 15),
        (None, None, "2.可持续影响指标", "方格蔟重复使用年限", "≥3年", 15),
        ("四、满意度指标（10分）", 10, "1.服务对象满意度指标", "示范户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "卜青棠", "0579-6630 1186", day(2024, 11, 22))
    return b


@variant("ec16-bureau-points-wrong", (5, 10),
         "project, NAT-2021, abbreviated labels (产出, 数量, 经济成本), tier-1 and indicator "
         "score columns: 产出 declares 50 over 45, a 到位率 given as a count")  # fmt: skip
def ec16() -> Book:
    goal = "在600亩桑园推广冬季套种，培训蚕农200人次，套种亩均增收600元以上。"
    b, s = project(2025, "桑园冬季套种增效项目", CENTRE, one_year(30, 30), [goal])
    b.file_mark("W101", "error", required=False, note="the 95 the indicator scores add to")
    tier = mk(50, "W103", "error", alt=("W101",), note="15 + 10 + 10 + 10 = 45 ≠ 50")
    rate = mk("≥180户", "T105", "error", note="a 到位率 needs a percentage")
    indicators(s, POINTS, [
        ("产出", tier, "数量", "桑园套种面积", "≥600亩", 15),
        (None, None, None, "套种技术培训", "≥200人次", 10),
        (None, None, "质量", "套种技术到位率", rate, 10),
        (None, None, "时效", "套种作物播种完成时间", "2025年11月15日前", 10),
        ("成本", 10, "经济成本", "套种种子补助", "≤150元/亩", 10),
        ("效益", 30, "经济效益", "套种亩均增收", "≥600元", 15),
        (None, None, "生态效益", "桑园冬季地表覆盖率", "≥80%", 15),
        ("满意度", 10, "服务对象满意度", "蚕农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ec17-bureau-notes", (4,),
         "project, OLD-NAT, value and weight columns: a 注 row inside the table, "
         "subtotal rows, the header repeated after a page break, 填表说明 and "
         "signatures (correct)")  # fmt: skip
def ec17() -> Book:
    goal = "完成6个蚕茧收购站消防改造，配置灭火器120具，收购期不发生火灾事故。"
    b, s = project(2025, "蚕茧收购站消防安全改造项目", CENTRE, one_year(18, 18), [goal])
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "消防改造收购站", "≥6个", 20),
        (None, None, "配置灭火器", "≥120具", 10),
        (None, "质量指标", "消防验收合格率", "100%", 10),
        (None, "时效指标", "改造完成时间", "2025年5月31日前", 10),
        (None, "成本指标", "单站改造费用", "≤3万元/个", 10),
    ])  # fmt: skip
    note(s, "注：改造收购站名单见附件1，单站费用含灭火器购置。", 5)
    s.row("小计", None, None, None, 60, merge=[(1, 4)])
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "收购期火灾事故", "0起", 15),
        (None, "可持续影响指标", "消防设施完好率", "≥95%", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    indicators(s, head, [
        ("满意度指标", "服务对象满意度指标", "茧站职工满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    note(s, "填表说明：指标值须可考核；权重合计为100。", 5)
    sign(s, "戚远帆", "0579-6630 1209", day(2024, 11, 25))
    return b


@variant("ec18-bureau-two-header", (7, 8),
         "two-year project, NAT-2021, two-row header (指标值 over 中期 | 年度): the "
         "年度目标 names more machines than the annual value, two training counts "
         "for one measure")  # fmt: skip
def ec18() -> Book:
    goals = ("两年推广桑园微耕机60台，培训蚕农800人次，桑园用工成本下降20%以上。",
             ok("2025年推广桑园微耕机40台，培训蚕农400人次。",
                note="D104 may land on the text instead of the indicator"))  # fmt: skip
    b, s = project(2025, "省力化桑园机械推广项目", CENTRE, multi_year(200, 100), goals, years=2,
                   attr="新增项目")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "推广桑园微耕机", "≥60台",
         mk("≥30台", "D104", "warning", row=True, note="年度目标 says 40台")),
        (None, None, "蚕农机械操作培训", "≥800人次", "≥400人次"),
        (None, None, "桑园农机操作培训人次", "≥600人次",
         mk("≥300人次", "D103", "warning", row=True, alt=("D102", "D101"),
            note="the same training under another name, with other values")),
        (None, "质量指标", "机械作业桑园面积达标率", "≥95%", "≥95%"),
        (None, "时效指标", "农机发放完成时间", "2026年4月30日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "微耕机购置补贴", "≤2.5万元/台", "≤2.5万元/台"),
        ("效益指标", "经济效益指标", "桑园用工成本下降率", "≥20%", "≥15%"),
        (None, "可持续影响指标", "农机维修服务网点", "≥4个", "≥2个"),
        ("满意度指标", "服务对象满意度指标", "蚕农满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b
