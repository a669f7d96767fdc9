"""Returns whose money blocks, notes and department parts are awkward: amounts in 元 typed as
text with thousands separators, a budget detail block, a footnote inside the last merged row,
department tables with long goals and values merged across 实施周期 and 年度 (ja13–ja15); and
the mistakes of money, tiers, template rows and PDF pastes (ja16–ja18)."""

from __future__ import annotations

from typing import Any

from openpyxl.styles import Alignment

from tests.variants.heads import department_head
from tests.variants.holdout43.common import (
    instructions,
    note,
    print_setup,
    project_head,
    signature,
    title,
)
from tests.variants.holdout43.registry import variant
from tests.variants.holdout43.sheets import merge_across
from tests.variants.kit import YUAN, Book, day, mk, money, ok, pct

TEXT = "an amount in 元 typed as text with thousands separators"


@variant(
    "ja13-yuan-text-ok",
    (1, 4, 12),
    "project, NAT-2021, money in 元 typed as text with thousands separators, a 元 detail "
    "block adding up, 比较符 and 计量单位 columns with percent cells, a footnote in the "
    "last merged row",
)
def ja13() -> Book:
    b = Book()
    s = b.sheet("孕产妇产前筛查", widths=(14, 18, 30, 10, 16, 14))
    title(s, "柘溪区2027年度项目支出绩效目标表", 1, 6)
    project_head(s, col=1, year=2027, name="柘溪区孕产妇免费产前筛查项目",
                 dept="柘溪区卫生健康局（408001）", unit="柘溪区妇幼保健院",
                 money=[("年度资金总额", ok("1,286,400.00", note=TEXT), "其中：财政拨款",
                         ok("1,286,400.00", note=TEXT)), ("其他资金", ok("0.00", note=TEXT))],
                 money_label="项目资金（元）",
                 goals=["为全区5400名孕产妇免费提供产前筛查服务，目标人群覆盖率达到90%以上，"
                        "对高风险孕妇随访300人次以上，降低严重出生缺陷发生风险。"])  # fmt: skip
    s.row("预算明细（元）", "明细项目", "金额", None, "测算依据", None, merge=[(3, 4), (5, 6)])
    top = s.r
    for line in (("筛查试剂及耗材", money(842400, YUAN), "5400人×156元/人"),
                 ("检测服务费", money(312000, YUAN), "5200例×60元/例"),
                 ("宣传及随访", money(132000, YUAN), "宣传材料印制及高风险孕妇随访"),
                 ("合计", money(1286400, YUAN), None)):  # fmt: skip
        s.row(None, line[0], line[1], None, line[2], None, merge=[(3, 4), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    head = s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "产前筛查孕产妇人数", "≥", 5400, "人"),
        (None, None, "高风险孕妇随访", "≥", 300, "人次"),
        (None, "质量指标", "产前筛查目标人群覆盖率", "≥", pct(0.9), "%"),
        (None, None, "筛查结果复核符合率", "≥", pct(0.985, "0.0%"), "%"),
        (None, "时效指标", "筛查结果反馈时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤", 210, "元/人"),
        ("效益指标", "社会效益指标", "出生缺陷防治知识知晓率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "出生缺陷三级防治网络", "定性", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "受检孕产妇满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    r = note(s, "注：1.本表金额单位为元；2.人均筛查成本按省定收费标准测算；"
                "3.满意度通过第三方电话回访取得，样本量不少于300份。", 1, 6)  # fmt: skip
    s.ws.row_dimensions[r].height = 36
    signature(s, 1, who="袁珊", checker="高宁", phone="0796-3327715", filled=day(2026, 11, 25))
    print_setup(s, col=1, width=6, first=1, header=(head, head), freeze=f"A{head + 1}")
    return b


@variant(
    "ja14-department-footnote-ok",
    (4, 5, 12),
    "department, NAT-2021, budget and tasks adding up, tier-1 labels with points (40 + 10 + 30 "
    "+ 10, 预算执行率 scored apart), the 满意度指标 cell merged down over a footnote row whose "
    "text spans the other columns, signature lines",
)
def ja14() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标表", widths=(16, 18, 32, 16, 16, 14))
    department_head(s, year=2027, dept="松陵区司法局",
                    budget=[(money(2836.4, "#,##0.00"), money(2716.4, "#,##0.00"),
                             money(120, "#,##0.00"), money(2104.9, "#,##0.00"),
                             money(731.5, "#,##0.00"))],
                    tasks=[("法律援助", "为经济困难群众和特殊案件当事人提供法律援助", 268.0,
                            "办理法律援助案件1600件以上"),
                           ("人民调解", "实行以案定补，化解基层矛盾纠纷", 186.5,
                            "调解矛盾纠纷4200件以上"),
                           ("社区矫正", "开展社区矫正对象教育帮扶", 142.0, "社区矫正对象再犯罪率"
                            "控制在0.2%以内"),
                           ("“九五”普法", "开展法治宣传进机关、进乡村、进社区、进学校、进企业",
                            135.0, "开展普法宣传活动180场以上"),
                           ("金额合计", None, 731.5, None)],
                    goal="围绕法治松陵建设，全年办理法律援助案件1600件以上，调解矛盾纠纷4200件以上，"
                         "开展普法宣传活动180场以上，社区矫正对象再犯罪率控制在0.2%以内。",
                    filled=day(2026, 11, 17))  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    rows: list[tuple[Any, ...]] = [
        ("产出指标（40分）", "数量指标", "办理法律援助案件", "≥1600件", None, None),
        (None, None, "人民调解案件", "≥4200件", None, None),
        (None, None, "开展普法宣传活动", "≥180场", None, None),
        (None, "质量指标", "法律援助案件质量评查合格率", "≥95%", None, None),
        (None, None, "人民调解成功率", "≥96%", None, None),
        (None, "时效指标", "法律援助申请审查时限", "≤7个工作日", None, None),
        ("成本指标（10分）", "经济成本指标", "法律援助案件平均补贴标准", "≤1500元/件", None, None),
        ("效益指标（30分）", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2%", None, None),
        (None, None, "群众法治意识", "不断增强", None, None),
        (None, "可持续影响指标", "公共法律服务体系", "持续完善", None, None),
        ("满意度指标（10分）", "服务对象满意度指标", "受援群众满意度", "≥90%", None, None),
        (None, "注：满意度通过电话回访取得；再犯罪率按当年新增再犯罪人数占在册社区矫正对象"
               "人数的比例计算；预算执行率（10分）另行考核。", None, None, None, None),
    ]  # fmt: skip
    s.table(rows, merged=(1, 2))
    s.ws.merge_cells(start_row=s.r, start_column=2, end_row=s.r, end_column=6)
    s.ws.cell(s.r, 2).alignment = Alignment(wrap_text=True, vertical="top")
    for r in range(head + 1, s.r):
        s.ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    signature(s, 1, who="邓欣", checker="邵正", phone="0512-6630148", filled=day(2026, 11, 17))
    print_setup(s, col=1, width=6, first=1, header=(head, head), freeze=f"A{head + 1}")
    return b


@variant(
    "ja15-department-long-goals-ok",
    (8, 12),
    "department, NAT-2021, a long 年度总体目标 with line breaks, two-line 指标值 header "
    "(实施周期 · 年度), most values in one cell merged across both, counts repeated",
)
def ja15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 18, 32, 16, 16, 12))
    goal = ("目标1：完成8座小型水库除险加固，主汛期前完成主体工程，消除水库安全隐患，保障下游"
            "群众生命财产安全；\n目标2：改造农村供水管网65公里，农村自来水普及率达到93%以上，"
            "农村集中供水水质达标率达到92%以上；\n目标3：全面落实河湖长制，开展河湖巡查2400人次"
            "以上，持续改善河湖面貌；\n目标4：完成水土流失综合治理面积12平方公里，"
            "巩固提升县域水土保持率。")  # fmt: skip
    department_head(s, year=2027, dept="岚溪县水利局",
                    budget=[(money(6482.3, "#,##0.00"), money(6102.3, "#,##0.00"),
                             money(380, "#,##0.00"), money(1286.3, "#,##0.00"),
                             money(5196, "#,##0.00"))],
                    tasks=[("小型水库除险加固", "对8座小型水库实施除险加固", 2360.0,
                            "主汛期前完成主体工程"),
                           ("农村饮水安全巩固提升", "改造农村供水管网65公里", 1846.0,
                            "农村自来水普及率93%以上"),
                           ("河湖长制工作经费", "河湖巡查、保洁和“一河一策”实施", 420.0,
                            "河湖巡查2400人次以上"),
                           ("水土流失综合治理", "坡耕地治理和生态清洁小流域建设", 570.0,
                            "治理水土流失面积12平方公里"),
                           ("金额合计", None, 5196.0, None)],
                    goal=goal, filled=day(2026, 11, 22))  # fmt: skip
    s.ws.row_dimensions[s.r].height = 120
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "实施周期", "年度", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "小型水库除险加固", "≥8座", "≥8座", None),
        (None, None, "农村供水管网改造", "≥65公里", "≥65公里", None),
        (None, None, "水土流失综合治理面积", "≥12平方公里", "≥12平方公里", None),
        (None, None, "河湖巡查", "≥2400人次", "≥2400人次", None),
        (None, "质量指标", "除险加固工程验收合格率", pct(1.0), None, None),
        (None, None, "农村集中供水水质达标率", "≥92%", None, None),
        (None, "时效指标", "除险加固主体工程完工时间", "2027年5月31日前", None, "主汛期前"),
        ("成本指标", "经济成本指标", "小型水库除险加固平均投资", "≤295万元/座", None, None),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥93%", None, None),
        (None, "生态效益指标", "河湖水质优良比例", "≥90%", None, None),
        (None, "可持续影响指标", "河湖长制长效管护机制", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None, None),
    ]  # fmt: skip
    first = s.r + 1
    s.table(rows, merged=(1, 2))
    merge_across(s, first, rows, 1, 4)
    print_setup(s, col=1, width=6, first=1, header=(top, top + 1), freeze=f"D{top + 2}")
    return b


@variant(
    "ja16-department-sums-tiers",
    (5, 12),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a 质量指标 under 效益指标, one "
    "indicator pasted twice with another value",
)
def ja16() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", widths=(16, 18, 32, 16, 16, 14))
    total = mk(money(3268, "#,##0.00"), "B101", "error", row=True,
               note="1942 + 1226 = 3168, not 3268")  # fmt: skip
    department_head(s, year=2027, dept="鹭洲市体育局",
                    budget=[(total, money(3048, "#,##0.00"), money(220, "#,##0.00"),
                             money(1942, "#,##0.00"), money(1226, "#,##0.00"))],
                    tasks=[("全民健身赛事活动", "举办市级全民健身赛事及群众体育活动", 520.0,
                            "举办赛事活动120场以上"),
                           ("体育场馆免费低收费开放补助", "保障3座公共体育场馆免费或低收费开放",
                            386.0, "场馆年接待健身群众80万人次以上"),
                           ("青少年体育培训", "开展青少年体育技能公益培训", 320.0,
                            "培训青少年6000人次以上"),
                           ("金额合计", None, 1226.0, None)],
                    goal="举办全民健身赛事活动120场以上，公共体育场馆接待健身群众80万人次以上，"
                         "培训青少年6000人次以上，经常参加体育锻炼人数比例达到42%以上。",
                    filled=day(2026, 11, 23))  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    s.table([
        ("产出指标", "数量指标", "举办全民健身赛事活动", "≥120场", None, None),
        (None, None, "公共体育场馆接待健身群众", "≥80万人次", None, None),
        (None, None, "青少年体育技能公益培训", "≥6000人次", None, None),
        (None, None, mk("举办全民健身赛事活动", "D102", "error", row=True, alt=("D101", "D104"),
                        note="pasted from last year's table with its value"), "≥100场", None,
         None),
        (None, "质量指标", "赛事活动安全保障", "零事故", None, None),
        (None, "时效指标", "场馆开放补助资金拨付时间", "2027年6月30日前", None, None),
        ("成本指标", "经济成本指标", "单场市级赛事平均补助", "≤4.3万元/场", None, None),
        ("效益指标", "社会效益指标", "群众体育健身意识", "明显增强", None, None),
        (None, mk("质量指标", "F105", "error", alt=("F104",), note="a 产出 tier-2 under 效益"),
         "经常参加体育锻炼人数比例", "≥42%", None, None),
        (None, "可持续影响指标", "全民健身公共服务体系", "持续完善", None, None),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%", None, None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, 1, who="韩冬", checker="杜若", phone="0791-8835402", filled=day(2026, 11, 23))
    print_setup(s, col=1, width=5, first=1, header=(head, head), freeze=f"A{head + 1}")
    return b


@variant(
    "ja17-template-rows-no-satisfaction",
    (6, 13),
    "project, NAT-2021, 填报说明 sheet first: no 满意度指标 at all, a 时效指标 row left "
    "from the template, a value with no indicator name",
)
def ja17() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("绩效目标表", widths=(14, 18, 32, 16, 20, 12))
    b.file_mark("F106", "error", note="no 满意度指标 for a road serving villagers")
    title(s, "桐川县2027年度项目支出绩效目标表", 1, 6)
    project_head(s, col=1, year=2027, name="桐川县农村公路养护工程",
                 dept="桐川县交通运输局（322001）", unit="桐川县公路事业发展中心",
                 money=[("年度资金总额", 1380.0, "其中：财政拨款", 1280.0),
                        ("其他资金", 100.0, None, None)],
                 goals=["完成农村公路日常养护1260公里、危桥改造6座，农村公路优良中等路率达到85%以上，"
                        "保障农村群众安全便捷出行。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注")
    s.table([
        ("产出指标", "数量指标", "农村公路日常养护里程", "≥1260公里", None, None),
        (None, None, mk(None, "F110", "error", note="the name of 危桥改造 left out"), "≥6座",
         None, None),
        (None, "质量指标", "农村公路优良中等路率", "≥85%", None, None),
        (None, mk("时效指标", "F109", "warning", row=True, note="a template row left empty"),
         None, None, None, None),
        ("成本指标", "经济成本指标", "农村公路日常养护单位成本", "≤0.8万元/公里", None, None),
        ("效益指标", "社会效益指标", "农村公路通行条件", "持续改善", None, None),
        (None, "可持续影响指标", "农村公路养护长效机制", "健全", None, None),
    ], merged=(1, 2))  # fmt: skip
    print_setup(s, col=1, width=6, first=1, header=(head, head), freeze=f"A{head + 1}")
    return b


@variant(
    "ja18-pdf-paste-copied-annual",
    (8, 9),
    "two-year project, NAT-2021, 中期 and 年度 columns and a detail block: a split number, "
    "an amount pasted twice, a cumulative count copied from 中期 into 年度",
)
def ja18() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", widths=(14, 18, 32, 16, 16, 12))
    title(s, "鹭洲市2027年度项目支出绩效目标申报表", 1, 6)
    b.file_mark("B101", "error", required=False, note="may follow from the split number")
    b.file_mark("B102", "error", required=False, note="may follow from the doubled amount")
    split = mk("1205.337 6", "X105", "warning", alt=("X103",), note="a number split by a space")
    project_head(s, col=1, year=2027, years=2, name="鹭洲市大气污染防治专项",
                 dept="鹭洲市生态环境局（112001）", unit="鹭洲市生态环境监测站",
                 money=[("中期资金总额", 2480.0, "年度资金总额", 1260.3376),
                        ("其中：财政拨款", 2380.0, "其中：财政拨款", split),
                        ("其他资金", 100.0, "其他资金", 55.0)],
                 goals=["两年完成60家重点企业挥发性有机物深度治理，开展走航监测48次，"
                        "全市空气质量优良天数比率达到90%以上。",
                        "2027年完成30家重点企业挥发性有机物深度治理，开展走航监测24次，"
                        "空气自动监测站数据有效率达到95%以上。"])  # fmt: skip
    s.row("年度资金明细（万元）", "走航监测服务",
          mk("120万120万", "X106", "error", alt=("B108",), note="pasted twice"))  # fmt: skip
    top = s.r
    for line in (("大气污染源解析", 380.0), ("空气自动监测站运维", 705.3376), ("宣传及培训", 55.0)):
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "重点企业VOCs深度治理", "≥60家",
         mk("≥60家", "D202", "warning", row=True, alt=("D104",), note="copied from 中期"), None),
        (None, None, "走航监测", "≥48次", "≥24次", None),
        (None, "质量指标", "空气自动监测站数据有效率", "≥95%", "≥95%", None),
        (None, "时效指标", "年度治理任务完成时间", "2028年10月31日前", "2027年10月31日前", None),
        ("成本指标", "经济成本指标", "单次走航监测成本", "≤5万元/次", "≤5万元/次", None),
        ("效益指标", "生态效益指标", "空气质量优良天数比率", "≥90%", "≥89%", None),
        (None, "可持续影响指标", "大气污染联防联控机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "公众对生态环境满意度", "≥88%", "≥88%", None),
    ], merged=(1, 2))  # fmt: skip
    return b
