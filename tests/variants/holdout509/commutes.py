"""School commutes across the gorges: escorts, school buses and paths to the new bridges."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout509.common import (
    EDUCATION,
    YEAR,
    indicators,
    multi_year,
    note,
    one_year,
    opened,
    signature,
    wan,
)
from tests.variants.holdout509.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("ay13-commute-headers", (7,),
         "project, OLD-NAT, two-row header with 绩效指标 over 一级/二级/考核指标, "
         "目标值（年度） and a 评价标准 column (correct)")  # fmt: skip
def ay13() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="峡谷村寨学生通学护送项目", dept=EDUCATION,
                 unit="雾岭县学生资助管理中心", money=one_year(wan(150), wan(135), wan(15)),
                 goals=["为沿江12个村寨860名学生提供上下学过桥护送。"])  # fmt: skip
    top = s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "护送学生人数", "≥860人", "每少10人扣1分"),
        (None, None, "配备护学员", "≥24人", "每少1人扣1分"),
        (None, "质量指标", "护学员持证上岗率", "≥95%", "每低1%扣0.5分"),
        (None, "时效指标", "开学前护送线路落实时间", "2025年8月31日前", "逾期不得分"),
        (None, "成本指标", "护学员补贴标准", "≤400元/人·月", "超标不得分"),
        ("效益指标", "社会效益指标", "学生上下学单程平均缩短时间", "≥20分钟", "未达到酌情扣分"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "每低1%扣0.5分"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "罗佩云", "0871-6532015")
    return b


@variant("ay14-commute-template-rows", (6, 13),
         "project, OLD-NAT, header 预期目标: a value without a name, a 时效指标 template row "
         "left without indicator")  # fmt: skip
def ay14() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="库区通学客车购置项目", dept=EDUCATION,
                 unit="雾岭县第二中学", money=one_year(160, 140, 20),
                 goals=["购置通学客车3辆，接送库区320名学生。"])  # fmt: skip
    nameless = mk(None, "F110", "error", note="有指标值 ≥98% 却没有三级指标名称")
    empty = mk("时效指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标和值")
    head = ("一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, head, [
        ("产出指标", "数量指标", "购置通学客车", "≥3辆"),
        (None, "质量指标", nameless, "≥98%"),
        (None, empty, None, None),
        (None, "成本指标", "单辆客车购置成本", "≤45万元/辆"),
        ("效益指标", "社会效益指标", "接送学生人数", "≥320人"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "石永康", "0871-6532230")
    return b


@variant("ay15-commute-transfer-labels", (5, 12),
         "transfer-payment 区域绩效目标表, OLD-NAT, labels with * and ★ and abbreviated "
         "(产出, 数量), 中央补助 + 地方资金 (correct)")  # fmt: skip
def ay15() -> Book:
    b, s = opened()
    money = [
        ["年度资金总额", wan(1200), "其中：中央补助", wan(900)],
        ["地方资金", wan(300), None, None],
    ]
    project_head(s, year=YEAR, name="雾岭县溜索改桥学生通学转移支付", dept=EDUCATION,
                 unit="雾岭县人民政府", money=money, attr="一次性项目",
                 title=f"{YEAR}年度中央对地方转移支付区域绩效目标表",
                 goals=["建成5座通学人行桥，保障沿江600名学生安全上学。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("*产出", "数量", "★建成通学人行桥", "≥5座"),
        (None, "质量", "桥梁竣工验收合格率", "≥98%"),
        (None, "时效", "项目完工时间", "2025年12月底前"),
        (None, "成本", "单座桥梁补助标准", "≤240万元/座"),
        ("*效益", "社会效益", "★受益学生人数", "≥600人"),
        (None, "可持续影响", "桥梁管护责任落实率", "≥95%"),
        ("*满意度", "服务对象满意度", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：带★的为核心指标，不得删除；带*的为必填项。")
    signature(s, "罗佩云", "0871-6532015")
    return b


@variant("ay16-commute-wrong-parent", (5, 4),
         "project, NAT-2021, numbered labels, a 说明 row inside the table: 时效指标 under "
         "效益指标, a coverage rate given as a count")  # fmt: skip
def ay16() -> Book:
    b, s = opened()
    project_head(s, year=YEAR, name="峡谷学校护学岗项目", dept=EDUCATION,
                 unit="雾岭县教育体育服务中心",
                 money=one_year(wan(120), wan(120), wan(0)), attr="常年项目",
                 goals=["在沿江8所学校设护学岗，护送学生过桥上学。"])  # fmt: skip
    wrong = mk("（二）时效指标", "F105", "error", note="时效指标属于产出指标，不在效益指标下")
    count = mk("860人", "T105", "error", note="覆盖率写成人数")
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "设立护学岗", "≥8个"),
        (None, "（二）质量指标", "护送学生覆盖率", count),
        ("二、成本指标", "（一）经济成本指标", "单个护学岗年度经费", "≤15万元/个"),
        ("三、效益指标", "（一）社会效益指标", "学生过桥途中安全事故", "≤0起"),
        (None, wrong, "护学岗到岗时间", "上学前30分钟内"),
        ("四、满意度指标", "（一）服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "说明：护学岗经费含护学员补贴和装备费。")
    signature(s, "石永康", "0871-6532230")
    return b


@variant("ay17-commute-stacked-multi", (2, 8),
         "two multi-year commute projects stacked, NAT-2021, 中期 and 年度 columns, the same "
         "indicator name with different values in each project (correct)")  # fmt: skip
def ay17() -> Book:
    b, s = opened()
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    project_head(s, year=YEAR, years=2, name="通学便道硬化工程", dept=EDUCATION,
                 unit="雾岭县交通建设服务中心", attr="新增项目",
                 money=multi_year((wan(600), wan(560), wan(40)), (wan(350), wan(320), wan(30))),
                 goals=["两年硬化桥头通学便道30公里。", "2025年硬化通学便道16公里。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "硬化通学便道", "≥30公里", "≥16公里"),
        (None, "质量指标", "工程验收合格率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "每公里建设成本", "≤20万元/公里", "≤20万元/公里"),
        ("效益指标", "社会效益指标", "受益学生人数", "≥1200人", "≥700人"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, years=3, name="峡谷学校通学客车运营补助", dept=EDUCATION,
                 unit="雾岭县学生资助管理中心", attr="新增项目", title="",
                 money=multi_year((wan(900), wan(900), wan(0)), (wan(300), wan(300), wan(0))),
                 goals=["三年保障通学客车稳定运营。", "2025年开通通学客车线路8条。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "开通通学客车线路", "≥12条", "≥8条"),
        (None, "质量指标", "客车安全检验合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每条线路年度运营补助", "≤25万元/条", "≤25万元/条"),
        ("效益指标", "社会效益指标", "受益学生人数", "≥1500人", "≥900人"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥92%", "≥92%"),
    ])  # fmt: skip
    signature(s, "罗佩云", "0871-6532015")
    return b


@variant("ay18-commute-money-wrong", (12, 1),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "a typed percent of 105% on a rate")  # fmt: skip
def ay18() -> Book:
    b, s = opened()
    total = mk(wan(980), "B101", "error", row=True, note="基本支出 300 + 项目支出 700 = 1000 ≠ 980")
    tally = mk(wan(700), "B102", "error", note="任务 400 + 200 + 120 = 720 ≠ 金额合计 700")
    department_head(s, year=YEAR, dept="雾岭县峡谷学区管理中心",
                    budget=[(total, wan(900), wan(80), wan(300), wan(700))],
                    tasks=[("通学护送", "护学员聘用与培训", wan(400), "学生安全到校"),
                           ("寄宿保障", "周末返校交通补助", wan(200), "按时返校"),
                           ("校园安全", "过桥安全教育", wan(120), "安全教育全覆盖"),
                           ("金额合计", None, tally, None)],
                    goal="保障峡谷学区学生安全、按时往返学校。")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="到校率不能超过 100%")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "护送学生人数", "≥1300人"),
        (None, "质量指标", "学生安全按时到校率", over),
        ("成本指标", "经济成本指标", "人均周末返校交通补助", "≤1500元/人"),
        ("效益指标", "社会效益指标", "学生过江途中安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ], caption="年度绩效指标")  # fmt: skip
    signature(s, "石永康", "0871-6532230")
    return b
