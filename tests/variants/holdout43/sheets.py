"""Returns of several sheets and print-ready sheets: 填报说明 first and the table second, a
下拉选项 or 汇总 sheet after, print areas, frozen panes, columns the sender hid, a table starting
low after a long instructions block (ja01–ja06)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout43.common import (
    RULES,
    hide,
    instructions,
    lists_sheet,
    note,
    print_setup,
    project_head,
    signature,
    title,
)
from tests.variants.holdout43.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, money, ok, pct

DEPT_RULES = (
    "填表说明：",
    "1.本表由各部门（单位）在“二上”阶段填报，与部门预算草案同步报送县财政局。",
    "2.“部门（单位）名称”填写全称，与部门预算编码一致。",
    "3.“年度预算”填写部门预算收支总额，金额单位为万元，保留两位小数。",
    "4.资金总额=财政拨款+其他资金=基本支出+项目支出。",
    "5.“年度主要任务”按部门职能和年度重点工作填写，任务名称应与项目支出预算名称对应。",
    "6.“预算金额”填写完成该项任务安排的项目支出预算，各项任务金额合计应与项目支出一致。",
    "7.“期望达到的目标”应简明扼要，尽量量化。",
    "8.“年度总体目标”概括部门全年预期达到的产出和效果，可分条填写。",
    "9.绩效指标分为一级指标、二级指标和三级指标。",
    "10.一级指标包括产出指标、成本指标、效益指标、满意度指标。",
    "11.二级指标从本表附件的指标目录中选择，不得自行增减。",
    "12.三级指标由部门结合年度主要任务自行设置，每项主要任务至少对应一个三级指标。",
    "13.指标值原则上应量化，定量指标须写明比较符（≥、≤、=）、数值和计量单位。",
    "14.难以量化的，可采用定性表述，但应具有可衡量性和可比性。",
    "15.比率类指标以百分比表示，一般不超过100%。",
    "16.成本指标反映部门履职的单位成本控制情况。",
    "17.满意度指标通过问卷调查或第三方评价取得。",
    "18.“指标值设定依据”填写计划标准、行业标准、历史标准或其他标准。",
    "19.本表填报完成后，由部门主要负责人审签。",
    "20.填报中如有疑问，请与县财政局预算绩效管理股联系。",
    "21.本说明部分不需打印。",
)


def merge_across(s: Sheet, top: int, rows: Sequence[Sequence[Any]], col: int, a: int) -> None:
    """Merge the value cell of column ``a`` (relative) with the next one on the rows that give
    one value for both periods (the second left empty)."""
    for i, row in enumerate(rows):
        if row[a - 1] is not None and row[a] is None:
            r = top + i
            s.ws.merge_cells(start_row=r, start_column=col + a - 1, end_row=r, end_column=col + a)


@variant(
    "ja01-instructions-first-ok",
    (4, 7),
    "project, NAT-2021, 填报说明 sheet first, table from column B on the second sheet with "
    "print area and frozen panes, a visible 下拉选项 sheet after; 12345热线 and 持续优化",
)
def ja01() -> Book:
    b = Book()
    deadline = "九、请于2026年12月15日前报送，逾期未报送的视为放弃申报。"
    instructions(b, (*RULES, ok(deadline, note="a deadline in the year before the budget year")))
    s = b.sheet("绩效目标表", widths=(3, 14, 16, 30, 16, 24, 10))
    c = 2
    s.skip()
    title(s, "2027年度项目支出绩效目标申报表", c, 6)
    note(s, "单位：万元", c, 6)
    project_head(s, col=c, year=2027, name="桐川县12345政务服务便民热线运行保障经费",
                 dept="桐川县人民政府办公室（301001）", unit="桐川县政务服务中心",
                 money=[("年度资金总额", money(186.4, "#,##0.00"), "其中：财政拨款",
                         money(186.4, "#,##0.00")), ("其他资金", money(0, "#,##0.00"))],
                 goals=["1.保障12345政务服务便民热线7×24小时运行，全年受理群众诉求工单"
                        "不少于16万件；\n2.工单按时办结率不低于95%，来电群众满意率不低于90%；\n"
                        "3.完成热线知识库季度更新和话务员轮训，提升一次性办结水平。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", "备注", col=c)
    s.table([
        ("产出指标", "数量指标", "受理群众诉求工单量", "≥16万件", "以热线平台年度统计为准", None),
        (None, None, "话务员业务轮训", "≥240人次", "每名话务员每年不少于两次", None),
        (None, "质量指标", "热线呼入接通率", "≥95%", None, None),
        (None, None, "工单回访覆盖率", "≥30%", "对已办结工单随机回访", None),
        (None, "时效指标", "12345热线工单按时办结率", "≥95%", "按规定时限办结的工单占比", None),
        (None, None, "紧急诉求转办时限", "≤30分钟", None, None),
        ("成本指标", "经济成本指标", "话务外包服务费", "≤132.00万元", None, None),
        (None, None, "热线系统运维费", "≤38.40万元", None, None),
        ("效益指标", "社会效益指标", "群众诉求一次性办结率", "≥80%", None, None),
        (None, None, "政务服务便民热线运行质效", "持续优化", None, None),
        (None, "可持续影响指标", "热线知识库更新", "≥4次", "每季度至少更新一次", None),
        ("满意度指标", "服务对象满意度指标", "来电群众满意率", "≥90%", "第三方回访测评", None),
    ], merged=(1, 2), col=c)  # fmt: skip
    signature(s, c, who="周岚", checker="陈砚秋", phone="0796-3368215", filled=day(2026, 11, 26))
    print_setup(s, col=c, width=6, first=2, header=(head, head), freeze=f"E{head + 1}")
    lists_sheet(b)
    return b


@variant(
    "ja02-hidden-columns-ok",
    (1, 4),
    "project, OLD-NAT, two columns hidden by the sender (指标编码, 上年指标值) beside the "
    "visible 本年指标值, word operators (92%以上, 48小时内, 不低于90%), empty Sheet2/Sheet3",
)
def ja02() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", widths=(14, 16, 30, 12, 14, 16, 14))
    title(s, "柘溪区2027年度项目支出绩效目标表", 1, 7)
    project_head(s, col=1, year=2027, name="柘溪区农村生活污水处理设施运维项目",
                 dept="柘溪区生态环境分局（412003）", unit="柘溪区农村环境治理服务中心",
                 money=[("年度资金总额", money(168, "0.00"), "其中：财政拨款", money(150, "0.00")),
                        ("其他资金", money(18, "0.00"), "资金来源说明", "村集体自筹")],
                 goals=["保障全区126座农村生活污水处理设施稳定运行，巡查污水收集管网380公里以上，"
                        "设施正常运行率达到92%以上，出水水质达标率88%以上，"
                        "农村生活污水治理率提高到55%。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标编码", "上年指标值", "本年指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "农村生活污水处理设施运维站点", "CC-SL-01", "≥120座", "≥126座",
         None),
        (None, None, "污水收集管网巡查里程", "CC-SL-02", "≥350公里", "≥380公里", None),
        (None, "质量指标", "设施出水水质达标率", "CC-ZL-01", "≥85%", "≥88%", None),
        (None, None, "设施正常运行率", "CC-ZL-02", "90%以上", "92%以上", None),
        (None, "时效指标", "设施故障修复时限", "CC-SX-01", "72小时内", "48小时内", None),
        (None, "成本指标", "单座站点年运维成本", "CC-CB-01", "≤1.15万元/座", "≤1.10万元/座", None),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "XY-ST-01", "≥52%", "≥55%", None),
        (None, "社会效益指标", "农村人居环境", "XY-SH-01", "逐步改善", "逐步改善", None),
        (None, "可持续影响指标", "设施运维长效管护机制", "XY-KC-01", "建立", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "MY-01", "不低于88%", "不低于90%",
         None),
    ], merged=(1, 2))  # fmt: skip
    hide(s, 4, 5)
    print_setup(s, col=1, width=7, first=1, header=(head, head), freeze=f"A{head + 1}")
    b.sheet("Sheet2")
    b.sheet("Sheet3")
    return b


@variant(
    "ja03-low-start-ok",
    (7, 12),
    "department, NAT-2021, a 22-line 填表说明 block above the table on the same sheet, "
    "print area from the title, budget and tasks adding up",
)
def ja03() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", widths=(16, 18, 30, 16, 20, 14))
    for line in DEPT_RULES:
        note(s, line, 1, 6)
    s.skip(2)
    first = s.r + 1
    department_head(s, year=2027, dept="岚溪县教育局",
                    budget=[(money(18642.5, "#,##0.00"), money(17920.3, "#,##0.00"),
                             money(722.2, "#,##0.00"), money(15318.7, "#,##0.00"),
                             money(3323.8, "#,##0.00"))],
                    tasks=[("学前教育保教费减免补助", "落实公办幼儿园保教费减免政策", 612.4,
                            "保障适龄儿童接受学前教育"),
                           ("义务教育学校公用经费补助", "按生均标准拨付义务教育学校公用经费",
                            1468.0, "保障31500名学生所在学校正常运转"),
                           ("教师培训", "开展中小学、幼儿园教师全员培训", 236.5,
                            "培训教师2600人次"),
                           ("校舍维修改造", "对12所学校校舍进行维修改造", 1006.9,
                            "维修改造校舍12000平方米，8月底前完工"),
                           ("金额合计", None, 3323.8, None)],
                    goal="1.保障全县义务教育学校正常运转，落实学前教育保教费减免政策；\n"
                         "2.完成教师全员培训2600人次，提升教师专业能力；\n"
                         "3.完成12所学校校舍维修改造，消除校舍安全隐患，推进县域义务教育优质均衡发展。",
                    filled=day(2026, 11, 18))  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    s.table([
        ("产出指标", "数量指标", "公用经费补助义务教育学生数", "≥31500人", "计划标准", None),
        (None, None, "教师培训", "≥2600人次", "计划标准", None),
        (None, None, "维修改造校舍面积", "≥12000平方米", "计划标准", None),
        (None, "质量指标", "校舍维修工程验收合格率", pct(1.0), "行业标准", None),
        (None, None, "教师培训考核合格率", "≥95%", "历史标准", None),
        (None, "时效指标", "公用经费拨付到校时间", "2027年3月31日前", "计划标准", None),
        (None, None, "校舍维修工程完工时间", "2027年8月31日前", "计划标准", None),
        ("成本指标", "经济成本指标", "教师培训人均成本", "≤900元/人次", "历史标准", None),
        ("效益指标", "社会效益指标", "学前三年毛入园率", "≥92%", "历史标准", None),
        (None, None, "义务教育巩固率", "≥99%", "行业标准", None),
        (None, "可持续影响指标", "县域义务教育优质均衡发展", "持续推进", "其他标准", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "行业标准", None),
    ], merged=(1, 2))  # fmt: skip
    print_setup(s, col=1, width=6, first=first, header=(head, head), freeze=f"A{head + 1}")
    return b


@variant(
    "ja04-summary-sheet-ok",
    (5, 8),
    "three-year project, NAT-2021, 填报说明 / table / 汇总 sheets, two-line 中期·年度 "
    "header, rates and unit cost in one cell merged across 中期 and 年度, names with 0-6岁",
)
def ja04() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("项目绩效目标表", widths=(14, 18, 32, 16, 16, 16))
    title(s, "项目支出绩效目标申报表（2027年度）", 1, 6)
    project_head(s, col=1, year=2027, years=3, attr="新增项目",
                 name="鹭洲市0-6岁儿童健康管理提升项目",
                 dept="鹭洲市卫生健康委员会（108001）", unit="鹭洲市妇幼保健院",
                 money=[("中期资金总额", 1260.0, "年度资金总额", 420.0),
                        ("其中：财政拨款", 1200.0, "其中：财政拨款", 400.0),
                        ("其他资金", 60.0, "其他资金", 20.0)],
                 goals=["1.三年内为全市0-6岁儿童提供健康管理服务13.5万人次以上，眼保健和视力检查"
                        "27万人次以上；\n2.0-6岁儿童健康管理率稳定在90%以上，3岁以下儿童系统管理率"
                        "达到88%以上；\n3.培训基层儿童保健人员900人次，建成覆盖市、县、乡三级的"
                        "儿童健康管理信息平台。",
                        "1.2027年提供儿童健康管理服务4.5万人次以上，眼保健和视力检查9万人次以上；\n"
                        "2.培训基层儿童保健人员300人次；\n3.新生儿出院后7天内完成家庭访视，"
                        "儿童家长满意度达到90%以上。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "中期（2027—2029年）", "年度（2027年）", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "0-6岁儿童健康管理服务人次", "≥13.5万人次", "≥4.5万人次", None),
        (None, None, "0-6岁儿童眼保健和视力检查人次", "≥27万人次", "≥9万人次", None),
        (None, None, "基层儿童保健人员培训", "≥900人次", "≥300人次", None),
        (None, "质量指标", "0-6岁儿童健康管理率", "≥90%", None, "中期、年度相同"),
        (None, None, "3岁以下儿童系统管理率", "≥88%", None, None),
        (None, "时效指标", "新生儿出院后家庭访视时限", "≤7天", None, None),
        ("成本指标", "经济成本指标", "儿童健康体检人均成本", "≤45元/人次", None, None),
        ("效益指标", "社会效益指标", "儿童家长健康育儿知识知晓率", "≥85%", None, None),
        (None, "可持续影响指标", "儿童健康管理信息化水平", "逐步提升", None, None),
        ("满意度指标", "服务对象满意度指标", "儿童家长满意度", "≥90%", None, None),
    ]  # fmt: skip
    first = s.r + 1
    s.table(rows, merged=(1, 2))
    merge_across(s, first, rows, 1, 4)
    print_setup(s, col=1, width=6, first=1, header=(top, top + 1), freeze=f"D{top + 2}")
    t = b.sheet("汇总", widths=(16, 14, 14, 12, 12))
    t.row("绩效指标汇总", merge=[(1, 5)])
    t.row("一级指标", "二级指标个数", "三级指标个数", "其中：定量", "其中：定性")
    for line in (("产出指标", 3, 6, 6, 0), ("成本指标", 1, 1, 1, 0), ("效益指标", 2, 2, 1, 1),
                 ("满意度指标", 1, 1, 1, 0), ("合计", 7, 10, 9, 1)):  # fmt: skip
        t.row(*line)
    return b


@variant(
    "ja05-low-start-hidden-prior",
    (7, 11),
    "project, OLD-NAT, instructions block above, separate 指标方向/比较符/计量单位 columns "
    "and a hidden 上年完成值 column; a rate given as a count, a 反向 complaint rate with ≥",
)
def ja05() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表", widths=(14, 16, 28, 10, 8, 12, 12, 12))
    for line in RULES:
        note(s, line, 1, 8)
    s.skip()
    first = s.r + 1
    title(s, "2027年度项目支出绩效目标申报表", 1, 8)
    project_head(s, col=1, year=2027, name="桐川县食品安全抽检监测经费",
                 dept="桐川县市场监督管理局（315001）", unit="桐川县食品药品检验检测中心",
                 money=[("年度资金总额", 236.0, "其中：财政拨款", 236.0), ("其他资金", 0)],
                 goals=["完成食品安全监督抽检2600批次、快检筛查12000份，不合格食品核查处置率100%，"
                        "及时发现和处置食品安全风险隐患，保障全县群众饮食安全。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位",
                 "上年完成值")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "食品安全监督抽检批次", "正向", "≥", 2600, "批次", 2450),
        (None, None, "快检筛查样品数量", "正向", "≥", 12000, "份", 11600),
        (None, "质量指标", "抽检任务完成率", "正向", "≥",
         mk(2600, "T105", "error", row=True, note="a rate given as a batch count"), "批次", 2450),
        (None, None, "不合格食品核查处置率", "正向", "=", 100, "%", 100),
        (None, "时效指标", "检验报告出具时限", "反向", "≤", 20, "个工作日", 20),
        (None, "成本指标", "单批次抽检检验成本", "反向", "≤", 780, "元/批次", 800),
        ("效益指标", "社会效益指标", "食品安全问题投诉率", "反向",
         mk("≥", "T108", "warning", row=True, note="≥ on a 反向 rate"), 5, "%", 5),
        (None, None, "食品安全监督抽检合格率", "正向", "≥", 97, "%", 97),
        (None, "可持续影响指标", "食品安全风险监测预警机制", "正向", "定性", "健全", None, "健全"),
        ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "正向", "≥", 90, "%", 88),
    ], merged=(1, 2))  # fmt: skip
    hide(s, 8)
    signature(s, 1, who="刘岩", checker="孙启明", phone="0796-3312047", filled=day(2026, 11, 20))
    print_setup(s, col=1, width=7, first=first, header=(head, head), freeze=f"D{head + 1}")
    return b


@variant(
    "ja06-three-sheets-wrong-year-money",
    (7, 12),
    "project, NAT-2021, 填报说明 / table from column C / hidden 下拉选项: a start date two "
    "years before the budget year, a total that is not the sum of its parts",
)
def ja06() -> Book:
    b = Book()
    instructions(b)
    s = b.sheet("绩效目标表", widths=(2, 2, 14, 16, 30, 16, 18, 12))
    c = 3
    title(s, "柘溪区2027年度项目支出绩效目标表", c, 6)
    note(s, "金额单位：万元", c, 6)
    start = mk(day(2025, 1, 1), "Y102", "error", row=True, alt=("Y101",), note="in 2025")
    total = mk(money(256.8), "B101", "error", row=True, note="230 + 20.8")
    project_head(s, col=c, year=2027, name="柘溪区公共文化服务体系运行经费",
                 dept="柘溪区文化和旅游局（420001）", unit="柘溪区文化馆", start=start,
                 money=[("年度资金总额", total, "其中：财政拨款", money(230)),
                        ("其他资金", money(20.8))],
                 goals=["全年组织文化惠民演出120场以上，公共图书馆图书外借18万册次以上，"
                        "9个乡镇综合文化站全部免费开放，群众满意度达到90%以上。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", "备注", col=c)
    s.table([
        ("产出指标", "数量指标", "文化惠民演出场次", "≥120场", None, None),
        (None, None, "公共图书馆图书外借量", "≥18万册次", None, None),
        (None, None, "乡镇综合文化站免费开放数量", "≥9个", None, None),
        (None, "质量指标", "公共文化场馆免费开放率", pct(1.0), None, None),
        (None, "时效指标", "文化惠民演出完成时间", "2027年11月30日前", None, None),
        ("成本指标", "经济成本指标", "每场惠民演出补助标准", "≤0.80万元/场", None, None),
        ("效益指标", "社会效益指标", "公共文化服务覆盖面", "有效扩大", None, None),
        (None, "可持续影响指标", "基层公共文化服务运行机制", "持续完善", None, None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "问卷调查", None),
    ], merged=(1, 2), col=c)  # fmt: skip
    print_setup(s, col=c, width=6, first=1, header=(head, head), freeze=f"F{head + 1}")
    lists_sheet(b, hidden=True)
    return b
