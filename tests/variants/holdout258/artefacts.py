"""Conversion artefacts and money blocks with 测算依据: split, doubled and shifted numbers, a
unit cost rounded to 0, a flat list and amounts in 元 (rh13–rh18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout258.common import (
    ONE,
    TWO,
    book,
    details,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout258.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, ok, pct

FOUR = "0.0000"


@variant("rh13-nontax-system-details", (9, 1, 5), "one-year 财政信息化 project, NAT-2021, "
         "tier labels with points, a 预算明细 block with 测算依据 adding to the total, a "
         "设定依据 column quoting last year's figures (correct)")  # fmt: skip
def rh13() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 18, 22, 14))
    project_head(
        s, year=2026, name="非税收入征管信息系统升级项目", dept="兰泽市财政局（304）",
        unit="兰泽市非税收入征收管理局", attr="新增项目",
        money=one_year_money(wan(210.5), wan(200), wan(10.5)),
        goals=["2026年完成非税收入征管系统升级，新增电子缴款渠道3个，对接执收单位86家，"
               "系统全年可用率不低于99.5%，全年电子缴款不少于12万笔。"],
    )  # fmt: skip
    details(s, [
        ("软件开发", wan(120), "400人天×0.3万元/人天"),
        ("硬件扩容", wan(64.5), "服务器3台×15万元/台＋存储设备1套19.5万元"),
        ("等级保护测评", wan(8), "1次×8万元/次"),
        ("系统运维", wan(18), "12个月×1.5万元/月"),
    ], wan(210.5))  # fmt: skip
    indicators(s, (*ONE, "指标值设定依据"), [
        ("产出指标（40分）", "数量指标", "新增电子缴款渠道数", "≥3个", "计划标准"),
        (None, None, "对接执收单位数", "≥86家", "计划标准"),
        (None, None, "全年电子缴款笔数", "≥12万笔", "历史标准：上年10.4万笔"),
        (None, "质量指标", "系统全年可用率", "≥99.5%", "行业标准"),
        (None, "时效指标", "新缴款渠道上线时间", "2026年10月31日前", "计划标准"),
        ("成本指标（20分）", "经济成本指标", "软件开发人天单价", "≤0.3万元/人天", "市场询价"),
        ("效益指标（30分）", "社会效益指标", "缴款人平均办理时长", "≤10分钟", "上年15分钟"),
        (None, "可持续影响指标", "非税收入数据共享机制", "健全", "计划标准"),
        ("满意度指标（10分）", "服务对象满意度指标", "缴款人满意度", "≥90%", "历史标准"),
    ])  # fmt: skip
    sign(s, "严以恒", "江晚晴", "0771-60358142")
    return b


@variant("rh14-audit-platform-pasted", (9, 12), "one-year 审计信息化 project, NAT-2021, money "
         "with 测算依据 from a PDF: a total split by a space, a line pasted twice, a line with a "
         "legitimate note in brackets")  # fmt: skip
def rh14() -> Book:
    b, s = book("Sheet1", (16, 22, 30, 18, 18, 14))
    project_head(
        s, year=2026, name="审计数据分析平台建设项目", dept="澄湖县审计局（506）",
        unit="澄湖县审计局电子数据审计中心", attr="新增项目",
        money=one_year_money(
            mk("1205.337 6", "X105", "warning", alt=("X103",), note="1205.3376 split"),
            money(1000, FOUR), money(205.3376, FOUR)),
        goals=["2026年建成审计数据分析平台，汇聚部门数据库18个，培训审计人员500人次，"
               "开展数据分析疑点核查不少于300条。"],
    )  # fmt: skip
    details(s, [
        ("平台软件开发", mk("560.2万560.2万(含数据治理)", "X106", "error", alt=("B108",)),
         "2801功能点×0.2万元/功能点"),
        ("硬件设备购置", ok("420万(其中服务器300万元、存储设备120万元)"),
         "服务器10台×30万元/台，存储设备2套×60万元/套"),
        ("外部数据采购", money(125.1376, FOUR), "市场监管、社保等数据接口年费"),
        ("业务培训", money(100, FOUR), "500人次×0.2万元/人次"),
    ], money(1205.3376, FOUR))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "汇聚部门数据库数", "≥18个"),
        (None, None, "培训审计人员人次", "≥500人次"),
        (None, None, "数据分析疑点核查条数", "≥300条"),
        (None, "质量指标", "疑点数据核实准确率", "≥80%"),
        (None, "时效指标", "平台上线运行时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤0.2万元/人次"),
        ("效益指标", "社会效益指标", "审计项目数据分析覆盖率", "≥80%"),
        (None, "可持续影响指标", "审计数据定期更新机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "审计人员使用满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁正阳", "白若菲", "0578-22946031")
    return b


@variant("rh15-audit-flat-list", (3, 4, 1), "department table of a 审计局 with a flat "
         "indicator list (序号 · 指标名称 · 权重 · 计量单位 · 指标方向 · 指标值): weights adding "
         "to 100, 100% typed in Excel, a footnote and a signature line (correct)")  # fmt: skip
def rh15() -> Book:
    b, s = book("Sheet1", (10, 30, 14, 14, 14, 16))
    department_head(
        s, year=2026, dept="岚溪县审计局（507）",
        budget=[(wan(845.6), wan(830.6), wan(15), wan(702.6), wan(143))],
        tasks=[("政策跟踪审计", "重大政策措施落实情况跟踪审计5项", wan(35), "推动政策落地"),
               ("预算执行审计", "县本级预算执行和决算草案审计", wan(48), "规范预算管理"),
               ("经济责任审计", "对22名领导干部开展经济责任审计", wan(42), "促进权力规范运行"),
               ("审计信息化", "审计管理系统和数据分析平台运维", wan(18), "系统稳定运行"),
               ("金额合计", None, wan(143), None)],
        goal="2026年计划完成审计项目26个，其中对22名领导干部开展经济责任审计，审计查出问题整改率"
             "90%以上，审计报告全部按时出具。",
    )  # fmt: skip
    s.row("序号", "指标名称", "权重", "计量单位", "指标方向", "指标值")
    for line in [
        (1, "完成审计项目数", 15, "个", "正向", "≥26个"),
        (2, "经济责任审计领导干部人数", 15, "人", "正向", "≥22人"),
        (3, "审计报告按时出具率", 10, "%", "正向", pct(1)),
        (4, "审计报告复核通过率", 10, "%", "正向", "≥95%"),
        (5, "审计项目平均实施天数", 10, "天", "反向", "≤90天"),
        (6, "单个审计项目外聘中介费用", 10, "万元/个", "反向", "≤3万元/个"),
        (7, "审计查出问题整改率", 10, "%", "正向", "≥90%"),
        (8, "审计整改跟踪制度", 10, None, "定性", "健全"),
        (9, "被审计单位满意度", 10, "%", "正向", "≥85%"),
    ]:
        s.row(*line)
    note(s, "注：本表指标值均为2026年度目标值，权重合计100分。")
    sign(s, "邱怀瑾", "苗可欣", "0739-81127460")
    return b


@variant("rh16-direct-report-lost-decimal", (9, 12), "one-year 统计调查 project, OLD-NAT, a "
         "预算明细 block: a line 10 000× its share (4.5 typed 45000), a unit cost rounded to "
         "0.00万元, a goal of 3000家 against an indicator of 2000家")  # fmt: skip
def rh16() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 18, 14))
    project_head(
        s, year=2026, name="规模以上企业联网直报数据质量提升项目", dept="西岚市统计局（411）",
        unit="西岚市统计局工业交通统计科", money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年培训企业统计人员1500人次，完成3000家规模以上企业统计数据核查，"
               "企业统计数据差错率控制在2%以内。"],
    )  # fmt: skip
    details(s, [
        ("联网直报业务培训", wan(30), "1500人次×200元/人次"),
        ("企业数据核查", wan(25.5), "2000家×127.5元/家"),
        ("核查问卷印制", mk(wan(45000), "B110", "error", alt=("B102",), note="4.5 meant"),
         "30000份×1.5元/份"),
    ], wan(60))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "联网直报业务培训人次", "≥1500人次"),
        (None, None, "核查规模以上企业数",
         mk("≥2000家", "D104", "warning", row=True, note="the goal says 3000家")),
        (None, None, "核查问卷印制份数", "≥30000份"),
        (None, "质量指标", "联网直报数据审核通过率", "≥98%"),
        (None, "时效指标", "月度数据报送及时率", "≥98%"),
        (None, "成本指标", "单份核查问卷印制成本",
         mk("≤0.00万元/份", "T115", "error", note="1.5元 rounded away in 万元")),
        (None, None, "人均培训成本", "≤200元/人次"),
        ("效益指标", "社会效益指标", "企业统计数据差错率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲁成蹊", "曹语冰", "0935-47126893")
    return b


@variant("rh17-township-stations-yuan", (8, 9, 12), "two-year 统计基层建设 project, NAT-2021, "
         "money in 元 carried by the number format, a 预算明细 block for the year, 中期/年度 "
         "columns with costs equal in both and counts smaller in 年度 (correct)")  # fmt: skip
def rh17() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 18, 18, 14))
    project_head(
        s, year=2026, years=2, name="乡镇统计基层基础规范化建设项目",
        dept="平溪县统计局（403）", unit="平溪县统计局", money_label="项目资金（元）",
        money=period_money(
            (money(1860000, YUAN), money(1600000, YUAN), money(260000, YUAN)),
            (money(980000, YUAN), money(850000, YUAN), money(130000, YUAN))),
        goals=["2026年—2027年完成32个乡镇统计站规范化建设，培训统计人员1100人次，印发统计台账"
               "3600册，2027年10月31日前通过市级验收。",
               "2026年完成18个乡镇统计站规范化建设，培训统计人员600人次，印发统计台账2000册。"],
    )  # fmt: skip
    details(s, [
        ("乡镇统计站标准化建设", money(540000, YUAN), "18个乡镇×30,000元/个"),
        ("统计人员业务培训", money(240000, YUAN), "600人次×400元/人次"),
        ("统计台账印制", money(200000, YUAN), "2,000册×100元/册"),
    ], money(980000, YUAN), unit="元")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "规范化建设乡镇统计站数", "≥32个", "≥18个"),
        (None, None, "统计人员业务培训人次", "≥1100人次", "≥600人次"),
        (None, None, "统计台账印发册数", "≥3600册", "≥2000册"),
        (None, "质量指标", "乡镇统计站验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个乡镇统计站建设补助", "≤30000元/个", "≤30000元/个"),
        (None, None, "人均培训费用", "≤400元/人次", "≤400元/人次"),
        ("效益指标", "社会效益指标", "基层统计数据差错率", "≤3%", "≤3%"),
        (None, "可持续影响指标", "乡镇统计台账管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "乡镇统计人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "符一鸣", "汤静姝", "0598-63027419")
    return b


@variant("rh18-agency-review-nameless", (13, 9), "one-year 政府采购监管 project, NAT-2021, "
         "money in 元 and an 指标解释 column: the total typed as text with separators, an "
         "indicator row with a value and a 指标解释 but no name")  # fmt: skip
def rh18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 28, 14))
    project_head(
        s, year=2026, name="政府采购代理机构监督评价项目", dept="东皋市财政局（305）",
        unit="东皋市财政局政府采购监督管理科", money_label="项目资金（元）",
        money=one_year_money(mk("156,000.00", "X103", "warning", note="a number typed as text"),
                             money(120000, YUAN), money(36000, YUAN)),
        goals=["2026年对全市42家政府采购代理机构开展监督评价，抽查采购项目不少于210个，"
               "评价结果于11月30日前向社会公开。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "监督评价代理机构数", "≥42家", "全市登记的全部代理机构"),
        (None, None, "抽查政府采购项目数", "≥210个", "每家代理机构不少于5个"),
        (None, "质量指标", mk(None, "F110", "error", note="value and 指标解释, no name"),
         "≥95%", "评价工作底稿经复核符合规范的比例"),
        (None, "时效指标", "评价结果公开时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "单个项目抽查评审费用", "≤600元/个", None),
        ("效益指标", "社会效益指标", "代理机构执业违规率", "≤5%", "反向指标"),
        (None, "可持续影响指标", "代理机构信用评价结果应用机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "采购人对代理机构服务满意度", "≥88%", None),
    ])  # fmt: skip
    sign(s, "宁致远", "侯晓岚", "0513-85264709")
    return b
