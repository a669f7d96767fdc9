"""Multi-year projects with 中期 and 年度 goals and values, and a one-year project sent on a
form with both columns (rh01–rh06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout258.common import TWO, book, indicators, note, period_money, sign, wan
from tests.variants.holdout258.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("rh01-household-survey-periods", (8, 1, 4), "three-year 统计调查 project, NAT-2021, "
         "中期/年度 columns: cumulative counts smaller in 年度, a 年均 sample size, rates and a "
         "unit cost equal in both, a 2028 deadline in 中期, a footnote (correct)")  # fmt: skip
def rh01() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, years=3, name="城乡住户收支与生活状况抽样调查项目",
        dept="青禾县统计局（412）", unit="青禾县统计局普查中心",
        money=period_money((wan(186), wan(156), wan(30)), (wan(62), wan(52), wan(10))),
        goals=["2026年—2028年每年组织600户样本住户记账，三年累计完成月度记账审核21600户次，"
               "培训辅助调查员360人次，住户收支数据按时报送。",
               "2026年组织600户样本住户记账，完成月度记账审核7200户次，培训辅助调查员120人次，"
               "12月31日前形成年度住户收支分析报告。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "年均记账样本住户数", "≥600户", "≥600户"),
        (None, None, "月度记账审核户次", "≥21600户次", "≥7200户次"),
        (None, None, "辅助调查员培训人次", "≥360人次", "≥120人次"),
        (None, "质量指标", "记账数据审核通过率", "≥98%", "≥98%"),
        (None, None, "样本轮换完成率", pct(1), pct(1)),
        (None, "时效指标", "年度住户收支分析报告完成时间", "2028年12月31日前",
         "2026年12月31日前"),
        ("成本指标", "经济成本指标", "记账户补助标准", "≤50元/户·月", "≤50元/户·月"),
        ("效益指标", "社会效益指标", "调查分析报告被县政府采用篇数", "≥6篇", "≥2篇"),
        (None, "可持续影响指标", "住户调查数据质量控制机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "样本记账户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值，标注“年均”的指标及比率类指标为各年度均应达到的值。")
    sign(s, "周雨桐", "梁启航", "0739-52814063")
    return b


@variant("rh02-audit-coverage-periods", (8,), "three-year 审计项目, OLD-NAT, 中期/年度 columns: "
         "a cumulative coverage equal in both while the 中期目标 says 135家, an annual count "
         "above its period count")  # fmt: skip
def rh02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="预算单位财政财务收支审计全覆盖项目",
        dept="松岩县审计局（508）", unit="松岩县审计局财政审计股",
        money=period_money((wan(180), wan(160), wan(20)), (wan(60), wan(55), wan(5))),
        goals=["2026年—2028年三年累计审计预算单位135家，实现县本级预算单位审计全覆盖，"
               "完成专项审计项目36个。",
               "2026年审计预算单位45家，完成专项审计项目12个，移送问题线索不少于10件。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成专项审计项目数", "≥36个", "≥12个"),
        (None, None, "审计覆盖预算单位数",
         mk("≥45家", "D202", "warning", row=True, alt=("D104",),
            note="cumulative over three years: the 中期目标 says 135家"), "≥45家"),
        (None, None, "移送问题线索件数", "≥30件",
         mk("≥50件", "D201", "error", row=True, note="a year cannot exceed its period")),
        (None, "质量指标", "审计报告复核通过率", "≥95%", "≥95%"),
        (None, "时效指标", "审计报告出具及时率", "≥95%", "≥95%"),
        (None, "成本指标", "单个审计项目外聘中介费用", "≤3万元/个", "≤3万元/个"),
        ("效益指标", "社会效益指标", "审计发现问题整改率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "审计整改长效机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "被审计单位满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    sign(s, "韩立诚", "贺书媛", "0752-67340918")
    return b


@variant("rh03-stats-law-goals-copied", (8,), "two-year 统计执法 project, NAT-2021, 中期/年度 "
         "columns: the 年度目标 copies the 中期目标 word for word, the title says 2025 while "
         "every date says 2026")  # fmt: skip
def rh03() -> Book:
    b, s = book("Sheet1")
    goal = ("开展统计执法检查，依法查处统计违法案件，推进统计造假、弄虚作假问题整治，"
            "提高统计数据质量。")  # fmt: skip
    s.title(mk("2025年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102",),
               note="title year 2025, dates and 中期 span 2026—2027"), 6)  # fmt: skip
    project_head(
        s, year=2026, years=2, name="统计执法检查与统计造假防治项目", title="",
        dept="安澜市统计局（409）", unit="安澜市统计执法监督局",
        start=ok(day(2026, 1, 1), "error"), end=ok(day(2027, 12, 31), "error"),
        money=period_money((wan(96), wan(96), wan(0)), (wan(50), wan(50), wan(0))),
        goals=[goal, mk(goal, "D204", "warning", row=True)],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "统计执法检查企业数", "≥160家", "≥80家"),
        (None, None, "统计执法培训人次", "≥400人次", "≥200人次"),
        (None, "质量指标", "统计违法案件立案查处率", "≥95%", "≥95%"),
        (None, "时效指标", "统计违法案件办结时限", "≤90天", "≤90天"),
        ("成本指标", "经济成本指标", "单家企业执法检查成本", "≤0.25万元/家", "≤0.25万元/家"),
        ("效益指标", "社会效益指标", "企业统计数据差错率", "≤2%", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    sign(s, "彭嘉禾", "邵以宁", "0731-88524607")
    return b


@variant("rh04-budget-system-periods", (8, 1, 11), "two-year 财政信息化 project, NAT-2021, "
         "中期/年度 columns and a 指标方向 column: 100% typed in Excel in both columns, a "
         "缩短比例 with ≥ declared 正向, ≤ on 反向 costs and times, a 2027 deadline in 中期 "
         "(correct)")  # fmt: skip
def rh04() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 18, 12))
    project_head(
        s, year=2026, years=2, name="预算管理一体化系统深化应用项目",
        dept="栖凤市财政局（301）", unit="栖凤市财政信息中心", attr="新增项目",
        money=period_money((wan(860), wan(800), wan(60)), (wan(480), wan(450), wan(30))),
        goals=["2026年—2027年实现全市420家预算单位接入一体化系统，新增上线功能模块18个，"
               "2027年6月30日前全部模块上线运行。",
               "2026年接入预算单位260家，上线功能模块10个，培训财务人员800人次，"
               "预算编制时长较上年缩短20%以上。"],
    )  # fmt: skip
    indicators(s, (*TWO, "指标方向"), [
        ("产出指标", "数量指标", "接入一体化系统预算单位数", "≥420家", "≥260家", "正向"),
        (None, None, "新增上线功能模块数", "≥18个", "≥10个", "正向"),
        (None, None, "财务人员业务培训人次", "≥1500人次", "≥800人次", "正向"),
        (None, "质量指标", "系统可用率", "≥99.5%", "≥99.5%", "正向"),
        (None, None, "历史数据迁移完整率", pct(1), pct(1), "正向"),
        (None, "时效指标", "系统故障响应时间", "≤2小时", "≤2小时", "反向"),
        (None, None, "功能模块上线完成时间", "2027年6月30日前", "2026年12月31日前", "反向"),
        ("成本指标", "经济成本指标", "功能模块年运维单价", "≤3.5万元/个", "≤3.5万元/个", "反向"),
        ("效益指标", "社会效益指标", "预算编制时长较上年缩短比例", "≥20%", "≥20%", "正向"),
        (None, "可持续影响指标", "系统数据共享部门数", "≥12个", "≥8个", "正向"),
        ("满意度指标", "服务对象满意度指标", "预算单位使用满意度", "≥90%", "≥90%", "正向"),
    ])  # fmt: skip
    note(s, "注：数量类中期指标值为2026—2027年累计值；比率、时限和单价类指标各年度均应达到。")
    sign(s, "许明哲", "唐若溪", "0827-66103492")
    return b


@variant("rh05-evaluation-periods-money", (8, 12), "three-year 预算绩效评价 project, OLD-NAT, "
         "中期/年度 columns: a 年度资金总额 above the 中期 total, a cumulative count equal in "
         "both against an 年度目标 of 8个, a 9月31日 deadline")  # fmt: skip
def rh05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="财政重点项目支出绩效评价项目",
        dept="梧溪区财政局（206）", unit="梧溪区财政局预算绩效管理科",
        money=period_money(
            (wan(180), wan(150), wan(30)),
            (mk(wan(210), "B103", "error", row=True, note="年度 210 > 中期 180"),
             ok(wan(180), "error"), wan(30)),
        ),
        goals=["2026年—2028年累计对24个财政重点项目开展绩效评价，评价结果与预算安排挂钩。",
               "2026年完成8个重点项目绩效评价，9月底前提交评价报告，推动问题整改。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "重点项目绩效评价数量",
         "≥24个", mk("≥24个", "D202", "warning", row=True, alt=("D104",),
                     note="the 年度目标 says 8个")),
        (None, "质量指标", "评价报告质量复核达标率", "≥95%", "≥95%"),
        (None, "时效指标", "评价报告提交时间", "2028年10月31日前",
         mk("2026年9月31日前", "Y106", "error", note="September has 30 days")),
        (None, "成本指标", "单个项目评价费用", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "社会效益指标", "评价发现问题整改率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "评价结果与预算安排挂钩机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "被评价单位满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    sign(s, "程远帆", "蒋书瑶", "0758-23419860")
    return b


@variant("rh06-procurement-one-year-both", (8, 5), "one-year 政府采购监管 project on a form "
         "with 中期/年度 columns: equal values and goal texts (legitimate for one year), "
         "numbered tier labels, ≤ on a 违规率 (correct)")  # fmt: skip
def rh06() -> Book:
    b, s = book("Sheet1")
    goal = ("2026年对120个政府采购项目和15家采购代理机构开展监督检查，投诉处理办结率95%以上，"
            "规范采购行为，提高财政资金使用效益。")  # fmt: skip
    project_head(
        s, year=2026, years=1, name="政府采购监督检查项目", attr="一次性项目",
        dept="云岭县财政局（302）", unit="云岭县财政局政府采购监督管理股",
        money=period_money((wan(48), wan(40), wan(8)), (wan(48), wan(40), wan(8))),
        goals=[goal, goal],
    )  # fmt: skip
    indicators(s, TWO, [
        ("一、产出指标", "1.数量指标", "监督检查政府采购项目数", "≥120个", "≥120个"),
        (None, None, "检查采购代理机构数", "≥15家", "≥15家"),
        (None, "2.质量指标", "政府采购投诉处理办结率", "≥95%", "≥95%"),
        (None, "3.时效指标", "投诉处理时限", "≤30个工作日", "≤30个工作日"),
        ("二、成本指标", "1.经济成本指标", "单个项目检查成本", "≤0.3万元/个", "≤0.3万元/个"),
        ("三、效益指标", "1.社会效益指标", "抽查采购项目违规率", "≤5%", "≤5%"),
        (None, "2.可持续影响指标", "政府采购内控监管制度", "健全", "健全"),
        ("四、满意度指标", "1.服务对象满意度指标", "供应商满意度", "≥88%", "≥88%"),
    ])  # fmt: skip
    sign(s, "杜清和", "龚语晨", "0691-47302815")
    return b
