"""Returns whose values and names are awkward but right: 较上年缩短, 持续优化, 不超过预算,
≥上年水平, 95%左右, 0起, 零事故, names holding numbers (120急救, 5G, 65岁), units only in the
name or the header, values merged across 中期 and 年度, a header repeated after a page break
(ja07–ja12); ja10 has malformed thresholds and a percent over 100."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout43.common import (
    note,
    print_setup,
    project_head,
    signature,
    title,
)
from tests.variants.holdout43.registry import variant
from tests.variants.holdout43.sheets import merge_across
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct


@variant(
    "ja07-qualitative-words-ok",
    (1, 11),
    "project, NAT-2021, one value column: 较上年缩短, 不超过预算, 0起, 零事故, ≥上年水平, "
    "持续优化, 95%左右",
)
def ja07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 32, 16, 24, 10))
    title(s, "鹭洲市2027年度项目支出绩效目标表", 1, 6)
    project_head(s, col=1, year=2027, name="鹭洲市安全生产监管执法专项经费",
                 dept="鹭洲市应急管理局（121001）", unit="鹭洲市应急管理综合行政执法支队",
                 money=[("年度资金总额", money(312, WAN), "其中：财政拨款", money(312, WAN)),
                        ("其他资金", money(0, WAN))],
                 goals=["开展安全生产执法检查1800家次以上，培训企业主要负责人和安全管理人员3000人次，"
                        "重大事故隐患全部整改销号，坚决遏制较大及以上生产安全事故。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    baseline = ok("以2026年全市平均办理时长为基数", note="a baseline year, not another budget")
    s.table([
        ("产出指标", "数量指标", "安全生产执法检查企业", "≥1800家次", "含“双随机”抽查", None),
        (None, None, "企业主要负责人和安全管理人员培训", "≥3000人次", None, None),
        (None, "质量指标", "重大事故隐患整改率", pct(1.0), "挂牌督办隐患全部整改销号", None),
        (None, None, "执法案卷评查合格率", "≥95%", None, None),
        (None, "时效指标", "安全生产行政许可办理时长", "较上年缩短", baseline, None),
        ("成本指标", "经济成本指标", "专项经费支出",
         ok("不超过预算", note="a qualitative cap; a reviewer may ask for the figure"), None, None),
        (None, None, "执法检查聘请专家费用", "≤36万元", None, None),
        ("效益指标", "社会效益指标", "较大及以上生产安全事故", "0起", None, None),
        (None, None, "危险化学品储存运输环节安全事故", "零事故", None, None),
        (None, None, "规上工业企业安全生产标准化达标数量", "≥上年水平", None, None),
        (None, "可持续影响指标", "涉企执法检查统筹机制", "持续优化", None, None),
        ("满意度指标", "服务对象满意度指标", "被检查企业满意度",
         ok("95%左右", note="a target band; a reviewer may ask for ≥"), "第三方测评", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 1, who="马骁", checker="郑云开", phone="0791-8823106", filled=day(2026, 11, 24))
    print_setup(s, col=1, width=6, first=1, header=(head, head), freeze=f"A{head + 1}")
    return b


@variant(
    "ja08-numbered-names-ok",
    (5, 7),
    "project, NAT-2021, table from column B: names holding numbers (120急救, 10秒, 5G, "
    "65岁, “十五五”), a unit given only in the name (急救车辆配备数量（台） ≥36)",
)
def ja08() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(3, 14, 18, 34, 14, 14, 12))
    c = 2
    title(s, "2027年度项目支出绩效目标申报表", c, 6)
    project_head(s, col=c, year=2027, name="鹭洲市120院前急救体系运行保障经费",
                 dept="鹭洲市卫生健康委员会（108001）", unit="鹭洲市急救中心",
                 money=[("年度资金总额", 1086.0, "其中：财政拨款", 1036.0),
                        ("其他资金", 50.0, None, None)],
                 goals=["保障全市28个急救网络站点和36台急救车辆正常运行，120急救呼叫10秒内接听率"
                        "达到95%以上，城区院前急救平均反应时间控制在12分钟以内，"
                        "农村地区控制在20分钟以内。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "年度指标值", "指标值设定依据", "备注",
                 col=c)  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "急救车辆配备数量（台）", "≥36", "计划标准", None),
        (None, None, "5G智慧急救车载终端配置", "≥20台", "计划标准", None),
        (None, None, "急救网络站点", "≥28个", "计划标准", None),
        (None, None, "65岁及以上老年人急救知识培训", "≥5000人次", "计划标准", None),
        (None, "质量指标", "120急救呼叫10秒内接听率", "≥95%", "行业标准", None),
        (None, None, "院前急救病历书写合格率", "≥90%", "行业标准", None),
        (None, "时效指标", "城区院前急救平均反应时间", "≤12分钟", "行业标准", None),
        (None, None, "农村地区院前急救平均反应时间", "≤20分钟", "行业标准", None),
        ("成本指标", "经济成本指标", "急救站点运行补助标准", "≤18万元/个·年", "历史标准", None),
        ("效益指标", "社会效益指标", "心脏骤停患者院前心肺复苏实施率", "≥80%", "行业标准", None),
        (None, "可持续影响指标", "“十五五”院前急救网络规划年度任务完成率", "≥95%", "计划标准",
         None),
        ("满意度指标", "服务对象满意度指标", "急救服务对象满意度", "≥90%", "行业标准", None),
    ], merged=(1, 2), col=c)  # fmt: skip
    signature(s, c, who="江宁", checker="何书言", phone="0791-8860120", filled=day(2026, 11, 27))
    print_setup(s, col=c, width=6, first=1, header=(head, head), freeze=f"E{head + 1}")
    return b


@variant(
    "ja09-merged-value-ok",
    (5, 8),
    "two-year project, NAT-2021, numbered tier labels, two-line 中期·年度 header, long "
    "goals with line breaks, one value cell merged across 中期 and 年度 for rates, unit "
    "cost and grades",
)
def ja09() -> Book:
    b = Book()
    s = b.sheet("绩效目标", widths=(14, 18, 32, 18, 18, 12))
    title(s, "岚溪县2027年度项目支出绩效目标申报表", 1, 6)
    project_head(s, col=1, year=2027, years=2, attr="新增项目",
                 name="岚溪县2027—2028年高标准农田建设项目",
                 dept="岚溪县农业农村局（219001）", unit="岚溪县农田建设服务中心",
                 money=[("中期资金总额", money(7440, "#,##0.00"), "年度资金总额",
                         money(3720, "#,##0.00")),
                        ("其中：财政拨款", money(7200, "#,##0.00"), "其中：财政拨款",
                         money(3600, "#,##0.00")),
                        ("其他资金", money(240, "#,##0.00"), "其他资金", money(120, "#,##0.00"))],
                 goals=["1.两年新建高标准农田2.4万亩，新建和改造灌排渠道96公里、机耕路60公里；\n"
                        "2.工程竣工验收全部合格，新增耕地质量提升0.5个等级以上；\n"
                        "3.项目区亩均粮食产能提高50公斤以上，农田灌溉水有效利用系数达到0.62；\n"
                        "4.建立工程设施管护机制，确保工程长期发挥效益。",
                        "1.2027年新建高标准农田1.2万亩，新建和改造灌排渠道48公里、机耕路30公里；\n"
                        "2.当年建设任务于2027年12月31日前完工并通过县级初验；\n"
                        "3.亩均建设成本控制在3000元以内。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rows: list[tuple[Any, ...]] = [
        ("一、产出指标", "1.数量指标", "新建高标准农田面积", "≥2.4万亩", "≥1.2万亩", None),
        (None, None, "新建和改造灌排渠道", "≥96公里", "≥48公里", None),
        (None, None, "新建机耕路", "≥60公里", "≥30公里", None),
        (None, "2.质量指标", "工程竣工验收合格率", pct(1.0), None, None),
        (None, None, "新增耕地质量等级提升", "≥0.5个等级", None, None),
        (None, "3.时效指标", "建设任务完成时间", "2028年12月31日前", "2027年12月31日前", None),
        ("二、成本指标", "1.经济成本指标", "亩均建设成本", "≤3000元/亩", None, None),
        ("三、效益指标", "1.经济效益指标", "项目区亩均粮食产能提高", "≥50公斤", None, None),
        (None, "2.社会效益指标", "项目区农业生产条件", "明显改善", None, None),
        (None, "3.生态效益指标", "项目区农田灌溉水有效利用系数", "≥0.62", None, "系数无单位"),
        (None, "4.可持续影响指标", "工程设施管护年限", "≥15年", None, None),
        ("四、满意度指标", "1.服务对象满意度指标", "项目区农户满意度", "≥90%", None, None),
    ]  # fmt: skip
    first = s.r + 1
    s.table(rows, merged=(1, 2))
    merge_across(s, first, rows, 1, 4)
    print_setup(s, col=1, width=6, first=1, header=(top, top + 1), freeze=f"D{top + 2}")
    return b


@variant(
    "ja10-malformed-thresholds",
    (1, 9),
    "project, NAT-2021, table from column C with frozen panes: a threshold with two "
    "contrary operators, a doubled %, an accuracy rate of 105% stored as a percent cell",
)
def ja10() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", widths=(2, 2, 14, 16, 34, 16, 18, 10))
    c = 3
    title(s, "松陵区2027年度项目支出绩效目标表", c, 6)
    project_head(s, col=c, year=2027, name="松陵区职业技能提升培训补贴项目",
                 dept="松陵区人力资源和社会保障局（506001）", unit="松陵区职业技能鉴定中心",
                 money=[("年度资金总额", 720.0, "其中：财政拨款", 680.0),
                        ("其他资金", 40.0, None, None)],
                 goals=["全年开展职业技能培训4500人次以上，新增取得职业资格证书或技能等级证书"
                        "2800人以上，培训后6个月内就业率达到70%以上。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", "备注", col=c)
    s.table([
        ("产出指标", "数量指标", "职业技能培训人次", "≥4500人次", None, None),
        (None, None, "新增取得职业资格证书或技能等级证书人数", "≥2800人", None, None),
        (None, "质量指标", "职业技能鉴定合格率",
         mk("≥≤90%", "T116", "warning", note="two contrary operators"), None, None),
        (None, None, "补贴资金发放准确率",
         mk(pct(1.05), "T106", "error", note="an accuracy rate of 105%"), None, None),
        (None, "时效指标", "补贴资金审核拨付时限", "≤30个工作日", None, None),
        ("成本指标", "经济成本指标", "人均培训补贴标准", "≤1500元/人", None, None),
        ("效益指标", "社会效益指标", "培训后6个月内就业率", "≥70%", None, None),
        (None, "可持续影响指标", "技能人才评价机制", "持续完善", None, None),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度",
         mk("95%%", "T116", "warning", note="% typed twice"), "问卷调查", None),
    ], merged=(1, 2), col=c)  # fmt: skip
    print_setup(s, col=c, width=6, first=1, header=(head, head), freeze=f"F{head + 1}")
    return b


@variant(
    "ja11-page-break-ok",
    (4, 11),
    "project, OLD-NAT, table from column B with an empty spacer column, 比较符 / 计量单位 "
    "/ 指标方向 columns, a deadline typed as a date, the header repeated after a manual "
    "page break",
)
def ja11() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(3, 14, 16, 30, 2, 8, 14, 12, 10))
    c = 2
    title(s, "2027年度项目支出绩效目标申报表", c, 8)
    project_head(s, col=c, year=2027, name="鹭洲市全民数字阅读推广项目",
                 dept="鹭洲市文化广电旅游局（130001）", unit="鹭洲市图书馆",
                 money=[("年度资金总额", 286.5, "其中：财政拨款", 256.5),
                        ("其他资金", 30.0, None, None)],
                 goals=["举办数字阅读推广活动60场以上，新增电子图书8000种、数字资源12TB，"
                        "线上阅读服务150万人次以上，全市居民综合阅读率达到85%以上。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", None, "比较符", "指标值", "计量单位", "指标方向")
    head = s.row(*header, col=c)
    s.table([
        ("产出指标", "数量指标", "数字阅读推广活动场次", None, "≥", 60, "场", "正向"),
        (None, None, "数字资源新增采购量", None, "≥", 12, "TB", "正向"),
        (None, None, "电子图书新增", None, "≥", 8000, "种", "正向"),
        (None, None, "线上阅读服务人次", None, "≥", 150, "万人次", "正向"),
        (None, "质量指标", "数字资源平台可用率", None, "≥", 99, "%", "正向"),
        (None, None, "活动方案审核通过率", None, "=", 100, "%", "正向"),
        (None, "时效指标", "数字资源采购完成时间", None, "≤", day(2027, 9, 30, CN_DATE), None,
         "反向"),
        (None, None, "读者咨询响应时限", None, "≤", 24, "小时", "反向"),
        (None, "成本指标", "单场推广活动成本", None, "≤", 0.6, "万元/场", "反向"),
    ], merged=(1, 2), col=c)  # fmt: skip
    cut = s.r
    s.row(*header, col=c)
    s.table([
        ("效益指标", "社会效益指标", "全市居民综合阅读率", None, "≥", 85, "%", "正向"),
        (None, None, "数字阅读注册用户增长率", None, "≥", 10, "%", "正向"),
        (None, "可持续影响指标", "数字阅读服务体系", None, "定性", "逐步完善", None, "正向"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", None, "≥", 90, "%", "正向"),
        (None, None, "活动参与者满意度", None, "≥", 90, "%", "正向"),
    ], merged=(1, 2), col=c)  # fmt: skip
    note(s, "注：“指标方向”中正向表示越大越好，反向表示越小越好。", c, 8)
    signature(s, c, who="林溪", checker="罗明远", phone="0791-8671530", filled=day(2026, 11, 19))
    print_setup(s, col=c, width=8, first=1, header=(head, head), freeze=f"E{head + 1}",
                breaks=[cut])  # fmt: skip
    return b


@variant(
    "ja12-units-in-header-ok",
    (1, 7),
    "project, NAT-2021, money without units under a 单位：万元 caption, units only in the "
    "names (…（人）, …（%）, …（元/人·月）) and bare values with operators",
)
def ja12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 36, 14, 18, 10))
    title(s, "桐川县2027年度项目支出绩效目标表", 1, 6)
    note(s, "单位：万元", 1, 6)
    project_head(s, col=1, year=2027, name="桐川县困难群众救助补助资金",
                 dept="桐川县民政局（317001）", unit="桐川县社会救助服务中心",
                 money=[("年度资金总额", 4268.0, "其中：财政拨款", 4268.0),
                        ("其他资金", 0, None, None)],
                 money_label="项目资金",
                 goals=["保障城乡低保对象5200人、特困人员640人基本生活，实施临时救助900人次以上，"
                        "做到应保尽保、应救尽救，救助资金按月足额发放。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标（计量单位）", "指标值", "备注", None)
    s.table([
        ("产出指标", "数量指标", "城乡低保保障人数（人）", "≥5200", None, None),
        (None, None, "特困人员救助供养人数（人）", "≥640", None, None),
        (None, None, "临时救助（人次）", "≥900", None, None),
        (None, "质量指标", "低保对象认定准确率（%）", "≥95", None, None),
        (None, "时效指标", "临时救助及时率（%）", "≥95", None, None),
        (None, None, "救助资金发放时间", "每月10日前", None, None),
        ("成本指标", "经济成本指标", "城市低保标准（元/人·月）", "≥820", "保障标准不低于", None),
        ("效益指标", "社会效益指标", "符合条件困难群众应保尽保率（%）", "=100", None, None),
        (None, "可持续影响指标", "社会救助动态管理机制", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度（%）", "≥90", None, None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 1, who="吴桐", checker="许静", phone="0796-3350218", filled=day(2026, 11, 21))
    print_setup(s, col=1, width=5, first=1, header=(head, head), freeze=f"A{head + 1}")
    return b
