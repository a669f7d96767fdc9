"""Party schools and cadre training: class budgets, a teaching base, a smart campus, a young
cadres' course, a party school's department return and two stacked training projects."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout275.common import multi_year, note, one_year, sign, start, table, wan
from tests.variants.holdout275.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("ry01-points-classes", (1, 5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), "
         "operator and unit columns, typed percents with % in the unit column, indicator points "
         "adding to the tier points (correct)")  # fmt: skip
def points_classes() -> Book:
    b, s = start()
    project_head(s, year=2025, name="2025年主体班次教学运行经费", dept="中共云樾市委组织部（112）",
                 unit="中共云樾市委党校", money=one_year(186.4, 186.4, 0),
                 goals=["全年举办主体班次12期，培训领导干部和中青年干部960人次，"
                        "提升干部政治素质和履职能力。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "举办主体班次", "≥", 12, "期", 10),
        (None, None, "培训学员", "≥", 960, "人次", 10),
        (None, "（二）质量指标", "学员结业考核合格率", "≥", pct(0.98), "%", 10),
        (None, "（三）时效指标", "年度教学计划完成率", "=", pct(1), "%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "学员人均培训成本", "≤", 1900, "元/人次",
         20),
        ("三、效益指标（30分）", "（一）社会效益指标", "学员党性教育测评优良率", "≥", pct(0.9), "%",
         15),
        (None, "（二）可持续影响指标", "形成教学案例和调研成果", "≥", 24, "篇", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "学员对教学安排满意度", "≥",
         pct(0.95), "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    sign(s, "林岫", "6238417", day(2024, 11, 26))
    return b


@variant("ry02-base-direction", (1, 11),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator, bare "
         "numbers "
         "and typed percents with a unit column: a 正向 count with ≤, a 反向 rate with ≥, a "
         "typed percent over 100")  # fmt: skip
def base_direction() -> Book:
    b, s = start()
    project_head(s, year=2025, name="干部教育现场教学基地运行维护", dept="中共望川区委组织部",
                 unit="中共望川区委党校", money=one_year(108, 100, 8),
                 goals=["保障16个现场教学点正常开放，全年接待培训班次150个以上。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "现场教学点开放数量", "正向",
         mk("≤", "T108", "warning", row=True, note="正向的数量指标用了 ≤"), 16, "个"),
        (None, None, "现场教学接待培训班次", "正向", "≥", 150, "个"),
        (None, "质量指标", "学员到课率", "正向", "≥",
         mk(pct(1.02), "T106", "error", note="Excel 中键入的 102%，到课率不能超过 100%"), "%"),
        (None, None, "讲解员持证上岗率", "正向", "=", pct(1), "%"),
        (None, "时效指标", "设施故障维修响应时间", "反向", "≤", 48, "小时"),
        (None, "成本指标", "单个教学点年运行经费", "反向", "≤", 6.5, "万元"),
        ("效益指标", "社会效益指标", "现场教学安全事故发生率", "反向",
         mk("≥", "T108", "warning", row=True, note="反向的事故率用了 ≥"), pct(0.005, "0.0%"),
         "%"),
        (None, "可持续影响指标", "更新现场教学课件", "正向", "≥", 40, "件"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "正向", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "贺青禾", "7126350", day(2024, 12, 3))
    return b


@variant("ry03-campus-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts copied "
         "from the 中期 column, one annual count above its period count")  # fmt: skip
def campus_period() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="党校智慧校园建设（2025—2027年）",
                 dept="中共鹤汀市委组织部", unit="中共鹤汀市委党校", attr="新增项目",
                 money=multi_year((960, 900, 60), (360, 340, 20)),
                 goals=["2025—2027年完成18间智慧教室改造，网络学院上线精品课程300门，"
                        "线上培训干部6000人次以上。",
                        "2025年启动智慧教室改造和网络学院平台建设，"
                        "组织干部开展线上学习。"])  # fmt: skip
    copied = "三年累计数照抄为年度数"
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "智慧教室改造", "≥18间",
         mk("≥18间", "D202", "warning", note=copied)),
        (None, None, "网络学院上线精品课程", "≥300门",
         mk("≥300门", "D202", "warning", note=copied)),
        (None, None, "线上培训干部", "≥6000人次",
         mk("≥9000人次", "D201", "error", note="年度 9000 人次大于三年合计 6000 人次")),
        (None, "质量指标", "学习平台系统可用率", "≥99%", "≥99%"),
        (None, "时效指标", "年度建设任务按期完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "智慧教室单间改造成本", "≤18万元/间", "≤18万元/间"),
        ("效益指标", "社会效益指标", "干部在线学习覆盖率", "≥95%", "≥85%"),
        (None, "可持续影响指标", "平台持续运行年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "学员使用满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ry04-youth-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 预期实现值, a 注 row between tier blocks, "
         "填表说明 and 注 lines, signature dated in the year before (correct)")  # fmt: skip
def youth_notes() -> Book:
    b, s = start()
    project_head(s, year=2026, name="2026年优秀年轻干部培训班", dept="中共榆湾县委组织部",
                 unit="中共榆湾县委党校", money=one_year(48.6, 45.6, 3),
                 goals=["举办优秀年轻干部培训班2期，培训年轻干部120人。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "预期实现值"), [
        ("产出指标", "数量指标", "举办培训班期数", "2期"),
        (None, None, "参训年轻干部", "≥120人"),
        (None, "质量指标", "学员结业率", "≥98%"),
        (None, "时效指标", "培训班开班时间", "2026年6月30日前"),
        (None, "成本指标", "人均培训费用", "≤3800元/人"),
    ])  # fmt: skip
    note(s, "注：效益指标须结合组织部门跟踪考察结果填写。", 4)
    s.table([
        ("效益指标", "社会效益指标", "学员撰写基层调研报告", "≥120篇"),
        (None, None, "培训期间安全责任事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值应写明比较符和计量单位；2.本表一式两份，报县财政局一份。", 4)
    note(s, "注：人均培训费用含食宿、教材和现场教学交通费。", 4)
    sign(s, "苏砚秋", "5830962", day(2025, 12, 5))
    s.row("单位负责人：", "（签字）", None, "（单位盖章）")
    return b


@variant("ry05-school-department", (12,),
         "department, NAT-2021: a party school's budget with typed shares, key tasks adding to "
         "金额合计 = 项目支出, the cost standard within its task (correct)")  # fmt: skip
def school_department() -> Book:
    b, s = start()
    share = "0.00%"
    department_head(s, year=2025, dept="中共榆湾县委党校", budget=[
        (money(1260), money(1180), money(80), money(835), money(425)),
        (pct(1, share), pct(0.9365, share), pct(0.0635, share), pct(0.6627, share),
         pct(0.3373, share)),
    ], tasks=[
        ("主体班次培训", "承办县委主体班次和专题培训班", money(210), "培训干部800人次以上"),
        ("科研咨询", "开展县情调研和决策咨询课题", money(65), "完成调研课题10项"),
        ("教学设施维护", "教学楼、报告厅和学员宿舍维护", money(150), "设施完好率95%以上"),
        ("金额合计", None, money(425), None),
    ], goal="完成县委主体班次培训任务，提升干部教育培训质量和科研咨询服务水平。",
        filled=day(2024, 11, 18))  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "培训干部人次", "≥800人次"),
        (None, None, "完成调研课题", "≥10项"),
        (None, "质量指标", "教学设施完好率", "≥95%"),
        (None, "时效指标", "主体班次按计划开班率", "100%"),
        ("成本指标", "经济成本指标", "主体班次人均培训成本", "≤2600元/人次"),
        ("效益指标", "社会效益指标", "调研成果获县领导批示转化", "≥3项"),
        ("满意度指标", "服务对象满意度指标", "参训干部满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ry06-stacked-rural", (2, 12),
         "two training projects stacked in one sheet, OLD-NAT, one value column: the second "
         "project's total does not add up, a 完成率 given as a count, a cost standard × count "
         "above the project's money")  # fmt: skip
def stacked_rural() -> Book:
    b, s = start("绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="2025年乡村振兴专题培训", dept="中共澄岭县委组织部",
                 unit="中共澄岭县委党校", money=one_year(64.8, 60, 4.8),
                 goals=["培训村（社区）党组织书记360人，提升带领群众增收能力。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "培训村（社区）党组织书记", "≥360人"),
        (None, "质量指标", "培训考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        (None, "成本指标", "人均培训成本", "≤1800元/人"),
        ("效益指标", "社会效益指标", "学员带头领办增收项目", "≥60个"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(120), "B101", "error", note="110 + 15 = 125，不等于年度资金总额 120")
    project_head(s, year=2025, name="2025年年轻干部基层实训计划", dept="中共澄岭县委组织部",
                 unit="澄岭县干部教育服务中心", money=one_year(total, 110, 15),
                 goals=["选派600名年轻干部到乡镇和村（社区）实训，提升基层工作能力。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "选派年轻干部到基层实训", "≥600人"),
        (None, "质量指标", "实训计划完成率",
         mk("8期", "T105", "error", note="完成率写成了期数")),
        (None, "时效指标", "实训期满考核完成时间", "2025年12月31日前"),
        (None, "成本指标", "人均实训补助标准",
         mk("≤2500元/人", "B107", "warning", row=True,
            note="2500元 × 600人 = 150万元，超过本项目年度资金")),
        ("效益指标", "社会效益指标", "实训干部协助解决基层问题", "≥300件"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥92%"),
    ])  # fmt: skip
    return b
