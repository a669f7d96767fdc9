"""Department returns with tiered tables: numbered tier labels, 实施周期 and 年度 columns, an
operator column, tier-1 points with indicator weights and a header repeated after a page break,
budgets with shares and task blocks (rn07–rn12)."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import department_head
from tests.variants.holdout264.common import (
    HUNDRED,
    ONE,
    book,
    budget_column,
    budget_row,
    goal,
    indicators,
    info,
    note,
    share,
    sign,
    tasks,
    wan,
)
from tests.variants.holdout264.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("rn07-city-union-numbered-tiers", (4, 5, 12), "department, NAT-2021 with numbered tier "
         "labels (一、产出指标 / 1.数量指标), vertical budget with shares, tasks incl. 基本支出 = "
         "资金总额, a standard × count equal to its task, footnotes (correct)")  # fmt: skip
def rn07() -> Book:
    b, s = book("部门整体支出绩效目标表")
    s.title("枫岭市总工会2026年度部门整体支出绩效目标表", 6)
    info(s, "枫岭市总工会", "301001", day(2025, 12, 1), "梁秋实 0745-8213067")
    budget_column(s, [
        ("资金总额", "合计", wan(2486.70), HUNDRED),
        ("其中", "基本支出", wan(1523.40), share(1523.40, 2486.70)),
        (None, "项目支出", wan(963.30), share(963.30, 2486.70)),
        ("资金来源", "财政拨款", wan(2306.70), share(2306.70, 2486.70)),
        (None, "其他资金", wan(180.00), share(180.00, 2486.70)),
    ])  # fmt: skip
    tasks(s, [
        ("机关运行及人员保障", "人员经费、公用经费", wan(1523.40), "机关正常运转"),
        ("困难职工解困帮扶", "1200户困难职工家庭帮扶", wan(420.00), "困难职工家庭稳定解困"),
        ("劳动和技能竞赛", "市级技能竞赛15个工种", wan(215.30), "选树技能人才"),
        ("职工普惠服务", "职工疗休养、普惠活动", wan(188.00), "惠及职工30000人次"),
        ("工会法律服务", "法律援助、劳动争议调解", wan(140.00), "依法维护职工权益"),
    ], wan(2486.70))  # fmt: skip
    goal(s, "2026年帮扶困难职工家庭1200户以上，举办市级劳动技能竞赛15个工种，职工普惠服务惠及"
            "30000人次以上，困难职工家庭返困率不高于2%。")  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "帮扶困难职工家庭", "≥1200户"),
        (None, None, "市级劳动技能竞赛工种", "≥15个"),
        (None, None, "职工普惠服务惠及人次", "≥30000人次"),
        (None, "2.质量指标", "帮扶资金精准发放率", "=100%"),
        (None, None, "竞赛获奖选手技能等级晋升率", "≥80%"),
        (None, "3.时效指标", "送温暖资金发放完成时间", "2026年2月10日前"),
        ("二、成本指标", "1.经济成本指标", "困难职工家庭年度帮扶标准", "≤3500元/户"),
        ("三、效益指标", "1.社会效益指标", "困难职工家庭返困率", "≤2%"),
        (None, None, "劳动争议调解成功率", "≥80%"),
        (None, "2.可持续影响指标", "困难职工动态管理机制", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "受助职工满意度", "≥92%"),
    ])  # fmt: skip
    note(s, "注：1.本表金额单位为万元；2.帮扶标准按1200户测算，合计420万元。")
    sign(s, "填报人：梁秋实", "审核人：贺嘉言", "单位负责人：曹致远")
    return b


@variant("rn08-league-share-wrong-parent", (5, 12), "department, OLD-NAT, horizontal budget with "
         "a 占比 row: a share with its digits swapped, 时效指标 under 效益指标, one indicator "
         "listed twice with two values")  # fmt: skip
def rn08() -> Book:
    b, s = book("Sheet1")
    s.title("共青团桐川市委员会2026年度部门整体支出绩效目标表", 6)
    info(s, "共青团桐川市委员会", "118001", day(2025, 11, 22), "宁远舟 0731-2265419")
    budget_row(s, [wan(736.40), wan(716.40), wan(20.00), wan(482.10), wan(254.30)], [
        HUNDRED, share(716.40, 736.40), share(20.00, 736.40),
        mk(pct(0.5647, "0.00%"), "B111", "error", note="482.10 / 736.40 = 65.47%"),
        share(254.30, 736.40),
    ])  # fmt: skip
    goal(s, "2026年新增注册青年志愿者5000人，开发青年就业见习岗位400个，开展青少年心理健康服务"
            "4000人次，青年发展型城市建设稳步推进。")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增注册青年志愿者人数", "≥5000人"),
        (None, None, "青年就业见习岗位", "≥400个"),
        (None, None, "青少年心理健康服务人次", "≥4000人次"),
        (None, None, "新增注册青年志愿者人数",
         mk("≥6000人", "D102", "error", row=True, alt=("D101", "D103"),
            note="the same indicator as three rows above, with ≥5000人")),
        (None, "质量指标", "见习期满留用率", "≥40%"),
        (None, "时效指标", "见习补贴发放及时率", "≥95%"),
        (None, "成本指标", "青少年心理咨询单次服务成本", "≤200元/人次"),
        ("效益指标", "社会效益指标", "青年就业见习后就业率", "≥70%"),
        (None, mk("时效指标", "F105", "error", row=True, alt=("F201",),
                  note="时效指标 belongs under 产出指标"),
         "青年发展型城市建设年度任务完成时间", "2026年12月31日前"),
        (None, "可持续影响指标", "青年志愿服务长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "见习青年满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "填报人：宁远舟", "审核人：潘若溪", "联系电话：0731-2265419")
    return b


@variant("rn09-womens-fed-two-columns", (4, 8, 12), "department, NAT-2021 hybrid (成本指标 as "
         "tier-1), 实施周期 and 年度 columns equal for a one-year 实施周期 stated in a note, "
         "tasks = 项目支出, a standard × count equal to its task (correct)")  # fmt: skip
def rn09() -> Book:
    b, s = book("绩效目标")
    s.title("鹤汀县妇女联合会部门整体支出（预算）绩效目标表", 6)
    info(s, "鹤汀县妇女联合会", "207003", day(2025, 11, 19), "蒋若兰 0738-6231570")
    s.row("预算年度", 2026, None, "实施周期", "2026年1月—12月", None, merge=[(2, 3), (5, 6)])
    budget_row(s, [wan(618.90), wan(588.90), wan(30.00), wan(372.40), wan(246.50)])
    tasks(s, [
        ("儿童之家运行补助", "120处儿童之家运行", wan(96.00), "每处年开放200天以上"),
        ("妇女维权与婚姻家庭辅导", "维权站、婚调委运行", wan(62.50), "纠纷及时化解"),
        ("巾帼技能培训", "家政、电商技能培训", wan(88.00), "培训1000人次"),
    ], wan(246.50))  # fmt: skip
    goal(s, "2026年规范运行儿童之家120处，培训妇女1000人次，婚姻家庭纠纷调解成功率达到85%以上。")
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "规范化运行儿童之家", "≥120处", "≥120处"),
        (None, None, "巾帼技能培训人次", "≥1000人次", "≥1000人次"),
        (None, "质量指标", "婚姻家庭纠纷调解成功率", "≥85%", "≥85%"),
        (None, "时效指标", "维权投诉受理响应时间", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "儿童之家每处年度运行补助", "≤8000元/处", "≤8000元/处"),
        ("效益指标", "社会效益指标", "妇女儿童维权诉求化解率", pct(0.95), pct(0.95)),
        (None, "可持续影响指标", "儿童之家常态化开放机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "妇女儿童满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本部门实施周期为2026年度，实施周期指标值与年度指标值一致。")
    sign(s, "填报人：蒋若兰", "审核人：钟离秋", "单位负责人：白芷")
    return b


@variant("rn10-union-year-sources-wrong", (12,), "department, NAT-2021 with an 指标值设定依据 "
         "column, a 预算年度 line that contradicts the title, 财政拨款 + 其他资金 ≠ "
         "资金总额")  # fmt: skip
def rn10() -> Book:
    b, s = book("Sheet1")
    s.title("石埠区总工会2026年度部门整体支出绩效目标表", 6)
    info(s, "石埠区总工会", "301007", day(2025, 11, 26), "温之舟 0730-8842136")
    s.row("预算年度", mk(2025, "Y101", "error", row=True, note="the title says 2026"), None,
          "金额单位", "万元", None, merge=[(2, 3), (5, 6)])  # fmt: skip
    budget_row(s, [mk(wan(905.60), "B101", "error", row=True, note="835.60 + 60.00 = 895.60"),
                   wan(835.60), wan(60.00), wan(560.20), wan(345.40)])  # fmt: skip
    goal(s, "2026年职工医疗互助参保12000人以上，新建户外劳动者驿站8个，互助金在15个工作日内"
            "审核拨付，减轻患病职工医疗费用负担。")  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标", "数量指标", "职工医疗互助参保人数", "≥12000人", "计划标准"),
        (None, None, "户外劳动者驿站新建数量", "≥8个", "计划标准"),
        (None, "质量指标", "驿站服务设施达标率", "≥95%", "行业标准"),
        (None, "时效指标", "互助金审核拨付时限", "≤15个工作日", "历史标准"),
        ("成本指标", "经济成本指标", "单个驿站建设补助", "≤3万元/个", "计划标准"),
        ("效益指标", "社会效益指标", "患病职工获得互助金人次", "≥1500人次", "历史标准"),
        (None, "可持续影响指标", "职工医疗互助长效机制", "健全", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "参保职工满意度", "≥90%", "行业标准"),
    ])  # fmt: skip
    sign(s, "填报人：温之舟", "审核人：邱映雪", "单位负责人：陆承平")
    return b


@variant("rn11-league-points-page-break", (4, 10, 12), "department (heads.department_head), "
         "OLD-NAT, tier-1 points in the labels and indicator 分值 adding to them, the header "
         "repeated after a page break, a 合计 row, pct(1) (correct)")  # fmt: skip
def rn11() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="共青团雁岑县委员会",
        budget=[(wan(388.60), wan(388.60), wan(0), wan(251.30), wan(137.30))],
        tasks=[
            ("青少年思想引领", "主题团日、青年大学习", wan(32.00), "开展主题活动40场"),
            ("少先队阵地建设", "辅导员培训、红领巾阵地", wan(41.30), "培训辅导员300人次"),
            ("青年志愿服务", "志愿者招募、服务项目", wan(38.00), "服务时长20000小时"),
            ("12355青少年服务台", "热线、心理咨询、维权", wan(26.00), "来电及时响应"),
            ("金额合计", None, wan(137.30), None),
        ],
        goal="2026年开展青少年思想引领主题活动40场以上，培训少先队辅导员300人次，青年志愿服务"
             "时长20000小时以上，青少年违法犯罪案件同比下降5%以上。",
    )  # fmt: skip
    head = (*ONE, "分值")
    indicators(s, head, [
        ("产出指标（50分）", "数量指标", "青少年思想引领主题活动场次", "≥40场", 10),
        (None, None, "少先队辅导员培训人次", "≥300人次", 10),
        (None, None, "注册青年志愿者服务时长", "≥20000小时", 10),
        (None, "质量指标", "辅导员培训考核合格率", "≥95%", 10),
        (None, "时效指标", "12355来电当日响应率", "≥98%", 5),
        (None, "成本指标", "辅导员人均培训成本", "≤600元/人次", 5),
    ])  # fmt: skip
    s.ws.row_breaks.append(Break(id=s.r))
    indicators(s, head, [
        ("效益指标（30分）", "社会效益指标", "青少年违法犯罪案件下降率", "≥5%", 10),
        (None, None, "青少年权益个案处置率", pct(1), 10),
        (None, "可持续影响指标", "青年志愿服务长效机制", "健全", 10),
        ("满意度指标（20分）", "服务对象满意度指标", "青少年满意度", "≥90%", 10),
        (None, None, "家长满意度", "≥85%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    sign(s, "填报人：任小禾", "审核人：柯望舒", "联系电话：0736-7329514")
    return b


@variant("rn12-womens-fed-tasks-text", (4, 12), "department, NAT-2021, operator column (比较符 · "
         "指标值 · 计量单位), vertical budget with shares: tasks not adding to 金额合计, the goal "
         "text promising 80 lectures where the indicator asks 60")  # fmt: skip
def rn12() -> Book:
    b, s = book("Sheet1")
    s.title("柏溪县妇女联合会2026年部门整体支出绩效目标表", 6)
    info(s, "柏溪县妇女联合会", "207005", day(2025, 12, 3), "毛语桐 0737-4261835")
    budget_column(s, [
        ("资金总额", "合计", wan(552.40), HUNDRED),
        ("其中", "基本支出", wan(334.90), share(334.90, 552.40)),
        (None, "项目支出", wan(217.50), share(217.50, 552.40)),
        ("资金来源", "财政拨款", wan(532.40), share(532.40, 552.40)),
        (None, "其他资金", wan(20.00), share(20.00, 552.40)),
    ])  # fmt: skip
    tasks(s, [
        ("家庭教育指导", "家庭教育讲座、家长学校", wan(46.00), "讲座80场"),
        ("农村妇女两癌救助", "患病妇女一次性救助", wan(60.00), "救助120人"),
        ("巾帼创业培训", "电商、手工技能培训", wan(52.50), "培训600人次"),
        ("妇女儿童维权服务", "维权站、婚调委运行", wan(54.00), "纠纷及时化解"),
    ], mk(wan(217.50), "B102", "error", note="46.00 + 60.00 + 52.50 + 54.00 = 212.50"))  # fmt: skip
    goal(s, "2026年开展家庭教育讲座80场，救助两癌患病妇女120人，培训农村妇女600人次，婚姻家庭"
            "纠纷调解成功率达到85%以上。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "家庭教育讲座场次", "≥",
         mk(60, "D104", "warning", row=True, note="the goal text says 80场"), "场"),
        (None, None, "救助两癌患病妇女人数", "≥", 120, "人"),
        (None, None, "巾帼创业培训人次", "≥", 600, "人次"),
        (None, "质量指标", "培训结业率", "≥", 90, "%"),
        (None, "时效指标", "救助金拨付时限", "≤", 20, "个工作日"),
        ("成本指标", "经济成本指标", "两癌患病妇女救助标准", "≤", 5000, "元/人"),
        ("效益指标", "社会效益指标", "婚姻家庭纠纷调解成功率", "≥", 85, "%"),
        (None, "可持续影响指标", "家庭教育指导服务体系", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "填报人：毛语桐", "审核人：储清和", "单位负责人：单思齐")
    return b
