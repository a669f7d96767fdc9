"""Public welfare posts (公益性岗位): kgp13–kgp18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout864.common import book, indicators, notes, project, signature, wan
from tests.variants.holdout864.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
OPS = ("一级指标", "二级指标", "考核指标", "指标性质", "绩效标准", "计量单位")
AID = "鹤汀县就业困难人员援助中心"


@variant("kgp13-posts-department", (5, 12), "department, NAT-2021 with abbreviated tier labels "
         "(产出 / 数量), budget and task blocks adding up, 0起 on an accident count "
         "(correct)")  # fmt: skip
def posts_department() -> Book:
    b, s = book()
    goal = ("2026年开发乡村公益性岗位300个，安置就业困难人员300人（其中脱贫劳动力180人），"
            "按月足额发放岗位补贴，为岗位人员全员购买意外伤害保险。")  # fmt: skip
    department_head(s, year=2026, dept=AID, goal=goal,
                    budget=[(wan(860), wan(820), wan(40), wan(210), wan(650))],
                    tasks=[("公益性岗位补贴", "300个岗位按月发放补贴", wan(540), "足额发放"),
                           ("岗位人员意外伤害保险", "全员参保", wan(30), "参保率100%"),
                           ("岗位开发与管理服务", "岗位开发、考勤和退出管理", wan(80), "规范管理"),
                           ("金额合计", None, wan(650), None)])  # fmt: skip
    s.skip()
    indicators(s, HEAD, [
        ("产出", "数量", "开发乡村公益性岗位数", "≥300个"),
        (None, None, "安置就业困难人员人数", "≥300人"),
        (None, None, "其中：脱贫劳动力人数", "≥180人"),
        (None, "质量", "岗位人员在岗率", "≥95%"),
        (None, None, "岗位补贴发放准确率", "=100%"),
        (None, "时效", "岗位补贴按月发放及时率", pct(1)),
        ("成本", "经济成本", "岗位补贴标准", "≤1500元/人·月"),
        (None, None, "意外伤害保险人均保费", "≤1000元/人·年"),
        ("效益", "社会效益", "岗位人员安全责任事故", "=0起"),
        (None, None, "零就业家庭动态清零率", "=100%"),
        ("满意度", "服务对象满意度", "岗位人员满意度", "≥90%"),
        (None, None, "用工单位满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：岗位补贴540万元＝300人 × 1500元 × 12个月；保险30万元＝300人 × 1000元。")
    signature(s, 2026, "梁芷汀", "0779-6239107")
    return b


@variant("kgp14-posts-department-wrong", (12,), "department, NAT-2021: 资金总额 not its parts, "
         "tasks not adding to 金额合计, the goal's 240 posts against 200 in the "
         "indicator")  # fmt: skip
def posts_department_wrong() -> Book:
    b, s = book()
    goal = "2026年开发城镇公益性岗位240个，安置就业困难人员240人，按月足额发放岗位补贴。"
    whole = mk(wan(780), "B101", "error",
               note="财政拨款700＋其他资金40＝740，基本支出200＋项目支出540＝740")  # fmt: skip
    summed = mk(wan(540), "B102", "error", note="432＋24＋60＝516，不是540")
    department_head(s, year=2026, dept=AID, goal=goal,
                    budget=[(whole, wan(700), wan(40), wan(200), wan(540))],
                    tasks=[("城镇公益性岗位补贴", "240个岗位按月发放补贴", wan(432), "足额发放"),
                           ("岗位人员意外伤害保险", "全员参保", wan(24), "参保率100%"),
                           ("岗位开发与管理服务", "开发岗位240个并日常管理", wan(60), "规范管理"),
                           ("金额合计", None, summed, None)])  # fmt: skip
    fewer = mk("≥200个", "D104", "warning", note="年度总体目标和任务都写开发岗位240个")
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "开发城镇公益性岗位数", fewer),
        (None, None, "安置就业困难人员人数", "≥240人"),
        (None, "质量指标", "岗位人员在岗率", "≥95%"),
        (None, "时效指标", "岗位补贴发放时限", "次月10日前"),
        ("成本指标", "经济成本指标", "岗位补贴标准", "≤1500元/人·月"),
        ("效益指标", "社会效益指标", "安置对象家庭人均月收入增加", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "岗位人员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, 2026, "梁芷汀", "0779-6239107")
    return b


@variant("kgp15-posts-operator-column", (4, 7, 11), "project, OLD-NAT, headers 考核指标 · 指标性质 "
         "(operator in words) · 绩效标准 · 计量单位, header repeated after a page break, notes "
         "under the table (correct)")  # fmt: skip
def posts_operator_column() -> Book:
    b, s = book()
    goal = "开发乡村公益性岗位300个，按每人每月1800元发放岗位补贴，带动脱贫家庭稳定增收。"
    project(s, 2026, "2026年乡村公益性岗位开发补贴", (650, 600, 50), [goal])
    indicators(s, OPS, [
        ("产出指标", "数量指标", "开发乡村公益性岗位数", "大于等于", 300, "个"),
        (None, "质量指标", "岗位人员到岗率", "大于等于", 95, "%"),
        (None, "时效指标", "岗位补贴次月发放时限", "小于等于", 10, "个工作日"),
        (None, "成本指标", "岗位补贴标准", "小于等于", 1800, "元/人·月"),
    ])  # fmt: skip
    s.row(*OPS)
    s.table([
        ("效益指标", "社会效益指标", "带动脱贫家庭人均年增收", "大于等于", 3000, "元"),
        (None, None, "岗位人员离岗投诉率", "小于等于", 2, "%"),
        (None, "可持续影响指标", "岗位人员考核退出机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "岗位人员满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：岗位补贴按300个岗位 × 1800元/人·月 × 12个月测算，共648万元。",
          "说明：计量单位为“%”的指标，绩效标准栏只填数值。")  # fmt: skip
    signature(s, 2026, "陆晴川", "0779-6234483")
    return b


@variant("kgp16-posts-direction-wrong", (5, 11), "project, OLD-NAT, labels marked with * and "
         "operator column: plan dates of last year under a 2026 title, a 流失率 with 大于等于, the "
         "subsidy standard under 数量")  # fmt: skip
def posts_direction_wrong() -> Book:
    b, s = book()
    goal = "开发社区公益性岗位150个，托底安置城镇就业困难人员150人。"
    project(s, 2026, "2026年社区公益性岗位托底安置", (270, 270, 0), [goal],
            start=day(2025, 1, 1), end=day(2025, 12, 31))  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102",),
                note="标题为2026年度，计划开始和完成日期却是2025年全年")  # fmt: skip
    wrong = mk("大于等于", "T108", "warning", row=True, note="流失率是反向指标，应为小于等于")
    cost = mk("岗位补贴标准", "F201", "warning", row=True, note="补贴标准是成本，填在数量指标下")
    indicators(s, OPS, [
        ("*产出指标", "*数量指标", "开发社区公益性岗位数", "大于等于", 150, "个"),
        (None, None, cost, "小于等于", 1500, "元/人·月"),
        (None, "*质量指标", "岗位人员流失率", wrong, 5, "%"),
        (None, "*时效指标", "岗位补贴发放时限", "小于等于", 10, "个工作日"),
        ("*效益指标", "*社会效益指标", "安置人员家庭人均月收入增加", "大于等于", 1500, "元"),
        ("*满意度指标", "*服务对象满意度指标", "岗位人员满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    signature(s, 2026, "陆晴川", "0779-6234483")
    return b


@variant("kgp17-posts-multiyear", (7, 8), "two-year project, NAT-2021, two-row header with 中期 "
         "and 年度 under 指标值, the period's counts twice the year's (correct)")  # fmt: skip
def posts_multiyear() -> Book:
    b, s = book()
    goals = ("2026—2027年累计托底安置就业困难人员400人（每年200人，岗位期满退出后轮换），"
             "期满转入市场化就业比例不低于30%。",
             "2026年托底安置就业困难人员200人，按月足额发放岗位补贴。")  # fmt: skip
    project(s, 2026, "城镇公益性岗位托底安置（2026—2027年）", (360, 360, 0), goals,
            period=(720, 720, 0), years=2)  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None)
    s.row(None, None, None, "中期（2026—2027年）", "年度（2026年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    s.table([
        ("产出指标", "数量指标", "托底安置就业困难人员人数", "≥400人", "≥200人"),
        (None, None, "开发城镇公益性岗位数", "≥400个", "≥200个"),
        (None, "质量指标", "岗位人员在岗率", "≥95%", "≥95%"),
        (None, "时效指标", "岗位补贴发放时间", "每月15日前", "每月15日前"),
        ("成本指标", "经济成本指标", "岗位补贴标准", "≤1500元/人·月", "≤1500元/人·月"),
        ("效益指标", "社会效益指标", "期满转入市场化就业比例", "≥30%", "≥30%"),
        (None, "可持续影响指标", "公益性岗位动态管理机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "安置人员满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 2026, "韦晓岚", "0779-6231458")
    return b


@variant("kgp18-posts-copy-wrong", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "the 年度目标 left from 2025, a cumulative count copied into 年度")  # fmt: skip
def posts_copy_wrong() -> Book:
    b, s = book()
    old = mk("2025年在全镇开发乡村保洁公益性岗位200个，安置脱贫劳动力200人，实现28个行政村"
             "保洁全覆盖。", "Y103", "warning", alt=("Y101",),
             note="2026—2028年项目的年度目标写的是2025年，上一期的残留")  # fmt: skip
    goals = ("2026—2028年每年开发乡村保洁公益性岗位200个，累计安置脱贫劳动力600人次，"
             "28个行政村保洁全覆盖。", old)  # fmt: skip
    project(s, 2026, "乡村保洁公益性岗位开发（2026—2028年）", (360, 330, 30), goals,
            period=(1080, 1000, 80), years=3)  # fmt: skip
    same = mk("≥600人次", "D202", "warning", note="三年累计的培训人次原样抄进年度列")
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "安置脱贫劳动力人次", "≥600人次", "≥200人次"),
        (None, None, "岗位人员岗前安全培训人次", "≥600人次", same),
        (None, None, "保洁覆盖行政村数", "=28个", "=28个"),
        (None, "质量指标", "村庄保洁考核达标率", "≥90%", "≥90%"),
        (None, "时效指标", "岗位补贴发放时间", "每月15日前", "每月15日前"),
        ("成本指标", "经济成本指标", "岗位补贴标准", "≤1500元/人·月", "≤1500元/人·月"),
        ("效益指标", "社会效益指标", "岗位人员人均年增收", "≥18000元", "≥18000元"),
        ("满意度指标", "服务对象满意度指标", "村民对村庄保洁满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, 2026, "韦晓岚", "0779-6231458")
    return b
