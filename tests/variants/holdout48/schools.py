"""Teacher training (人次, cost per 人次), school repairs (per 平方米, with a detail block) and
multi-year school construction (中期 and 年度 columns)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout48.common import HEAD4, HEAD_PERIOD, indicator_table, m, notes, sign_off
from tests.variants.holdout48.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, day, mk, ok, pct


@variant("jf06-training-ops-ok", (1, 7, 11), "project, OLD-NAT, a two-line header: 比较符 "
         "in words, 数值, 计量单位 under 指标值, 指标性质 as direction, a deadline typed "
         "as a date")  # fmt: skip
def training_ops_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 12, 14, 12, 10))
    project_head(s, year=2026, name="中小学幼儿园教师全员培训", dept="望川市教育局（501）",
                 unit="望川市教师发展中心", attr="常年项目",
                 money=[("年度资金总额", m(300), "其中：财政拨款", m(280)),
                        (None, None, "其他资金", m(20))],
                 goals=["完成全市中小学幼儿园教师培训3600人次，其中骨干教师研修240人，"
                        "送教下乡12场，提升教师教育教学能力。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None, "指标性质", merge=[(4, 6)])
    top = s.r
    s.row(None, None, None, "比较符", "数值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "教师培训人次", "大于等于", 3600, "人次", "正向"),
        (None, None, "骨干教师研修人数", "大于等于", 240, "人", "正向"),
        (None, None, "送教下乡场次", "大于等于", 12, "场", "正向"),
        (None, "质量指标", "培训结业率", "大于等于", 95, "%", "正向"),
        (None, None, "训后跟踪指导覆盖率", "大于等于", 80, "%", "正向"),
        (None, "时效指标", "年度培训任务完成时间", "小于等于", day(2026, 11, 30, CN_DATE), "",
         "反向"),
        (None, "成本指标", "人均培训成本", "小于等于", 800, "元/人次", "反向"),
        ("效益指标", "社会效益指标", "教师教育教学能力", "定性", "有效提升", "", "正向"),
        (None, "可持续影响指标", "教师专业发展支持体系", "定性", "逐步完善", "", "正向"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "大于等于", 90, "%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    sign_off(s, 2026, who="汤敏", checker="蔡文华", phone="0737-3350912")
    return b


@variant("jf07-training-wrong", (1, 8), "project, OLD-NAT, one value column with percent cells: "
         "a pass rate over 100 %, one indicator twice with different values, a start date two "
         "years before the table's year")  # fmt: skip
def training_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, name="乡村教师能力提升培训", dept="澄溪县教育局（305）",
                 unit="澄溪县教师进修学校", attr="延续项目",
                 start=mk(day(2024, 3, 1), "Y102", "error", alt=("Y101",),
                          note="a 2024 start in a one-year 2026 project"),
                 money=[("年度资金总额", m(96), "其中：财政拨款", m(96)),
                        (None, None, "其他资金", m(0))],
                 goals=["开展乡村教师能力提升培训2000人次，培训合格率达到95%以上。"])  # fmt: skip
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "参训教师人次", "≥2000人次"),
        (None, None, "集中培训天数", "≥5天"),
        (None, None, "参训教师人次", mk("≥2400人次", "D102", "error", row=True,
                                        alt=("D101", "D104"),
                                        note="same indicator, another value")),
        (None, "质量指标", "培训合格率", mk(pct(1.2), "T106", "error", alt=("D104",), note="120%")),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
        (None, "成本指标", "人均培训费用",
         ok("≤480元/人次", note="2400 × 480 > 96万 follows from the duplicate")),
        ("效益指标", "社会效益指标", "乡村教师课堂教学能力", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", pct(0.9)),
    ])  # fmt: skip
    sign_off(s, 2026, who="梁芳", checker="唐志远", phone="0735-6628031")
    return b


@variant("jf08-repair-ok", (4, 12), "project, OLD-NAT, a 资金测算明细 block (平方米 × 元/平方米) "
         "above the table adding to the money, amounts with #,##0.00 and 万元 in the format, 注 "
         "and signature lines")  # fmt: skip
def repair_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 28, 16, 16, 16))
    project_head(s, year=2026, name="中小学校舍维修改造", dept="石渠县教育局（412）",
                 unit="石渠县教育局基建股", attr="一次性项目",
                 money=[("年度资金总额", C(430, WAN), "其中：财政拨款", C(400, WAN)),
                        (None, None, "其他资金", C(30, WAN))],
                 goals=["完成14所中小学校舍维修改造12000平方米，消除校舍安全隐患，"
                        "8月25日前完工，保障秋季开学。"])  # fmt: skip
    s.row("资金测算明细", merge=[(1, 6)])
    s.row("序号", "维修内容", "工程量（平方米）", "单价（元/平方米）", "金额（万元）", "备注")
    s.row(1, "屋面防水维修", 4800, 300, m(144), "")
    s.row(2, "外墙及门窗维修", 5200, 350, m(182), "")
    s.row(3, "室内地面及墙面翻新", 2000, 320, m(64), "")
    s.row(4, "设计、监理及检测费", "", "", m(40), "按工程费约10%计")
    s.row("合计", "", 12000, "", m(430), "")
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "校舍维修改造面积", "≥12000平方米"),
        (None, None, "维修改造学校数", "≥14所"),
        (None, "质量指标", "工程验收合格率", pct(1.0)),
        (None, "时效指标", "工程完工时间", "2026年8月25日前"),
        (None, "成本指标", "维修改造综合单价", "≤350元/平方米"),
        ("效益指标", "社会效益指标", "校舍安全隐患消除率", pct(1.0)),
        (None, None, "学生学习环境", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    notes(s, ["注：1.单价为含税综合单价；2.设计、监理及检测费按相关收费标准测算。"])
    sign_off(s, 2026, who="田雪", checker="石建军", phone="0736-5108874")
    return b


@variant("jf09-repair-pdf-wrong", (9, 12), "project, OLD-NAT, converted from a PDF: a total "
         "split by a space, a detail amount pasted twice, a pass rate without %")  # fmt: skip
def repair_pdf_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 18, 28, 16, 16, 16))
    project_head(s, year=2026, name="农村学校校舍安全保障工程", dept="溪口县教育局（620）",
                 unit="溪口县教育局", attr="一次性项目",
                 money=[("年度资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",),
                                           note="1205.3376 split by a space"),
                         "其中：财政拨款", "1205.3376"),
                        (None, None, "其他资金", "0")],
                 goals=["完成22所农村学校校舍维修加固及消防改造，消除校舍安全隐患。"])  # fmt: skip
    s.row("资金明细", merge=[(1, 6)])
    s.row("序号", "支出内容", "金额（万元）", None, None, None, merge=[(3, 6)])
    s.row(1, "屋面及结构加固", "480.3376", None, None, None, merge=[(3, 6)])
    s.row(
        2,
        "外墙维修",
        mk("120万120万", "X106", "error", alt=("B108",), note="120万 pasted twice"),
        None,
        None,
        None,
        merge=[(3, 6)],
    )
    s.row(3, "门窗更换", "365", None, None, None, merge=[(3, 6)])
    s.row(4, "消防设施改造", "240", None, None, None, merge=[(3, 6)])
    indicator_table(s, HEAD4, [
        ("产出指标", "数量指标", "维修加固学校数", "≥22所"),
        (None, None, "消防设施改造学校数", "≥22所"),
        (None, "质量指标", "工程验收合格率", mk(">=95", "T105", "error", alt=("T116",),
                                                 note="a rate without %")),
        (None, "时效指标", "工程完工时间", "2026年12月31日前"),
        (None, "成本指标", "项目总成本", "≤1205.3376万元"),
        ("效益指标", "社会效益指标", "校舍安全隐患", "基本消除"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("jf10-construction-ok", (8, 12), "three-year school construction, OLD-NAT, 中期 and 年度 "
         "columns: annual counts below the period ones, equal rates and standards, a / where a "
         "year has no value")  # fmt: skip
def construction_ok() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=3, name="溪口县第二实验学校新建工程",
                 dept="溪口县教育局（620）",
                 unit="溪口县第二实验学校筹建办", attr="新增项目",
                 money=[("中期资金总额", m(9000), "年度资金总额", m(3000)),
                        ("其中：财政拨款", m(7500), "其中：财政拨款", m(2500)),
                        ("其他资金（专项债券）", m(1500), "其他资金（专项债券）", m(500))],
                 goals=["2026—2028年新建校舍36000平方米，2028年秋季建成投用，新增义务教育学位"
                        "2250个，缓解城区学位紧张。",
                        "2026年完成校舍12000平方米建设及基础、地下室工程，"
                        "主体结构施工过半。"])  # fmt: skip
    indicator_table(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建校舍建筑面积", "≥36000平方米", "≥12000平方米"),
        (None, None, "新增义务教育学位", "≥2250个", ok("/", note="no seats before opening")),
        (None, "质量指标", "工程质量验收合格率", pct(1.0), pct(1.0)),
        (None, "时效指标", "工程形象进度", "2028年8月底前竣工交付", "主体结构施工完成50%以上"),
        (None, "成本指标", "建安工程单价", "≤2300元/平方米", "≤2300元/平方米"),
        ("效益指标", "社会效益指标", "城区学位紧张状况", "有效缓解", "逐步缓解"),
        (None, "可持续影响指标", "校舍设计使用年限", "≥50年", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign_off(s, 2026, who="黎志刚", checker="胡静", phone="0739-8310056")
    return b


@variant("jf11-construction-wrong", (8,), "three-year boarding-school extension, OLD-NAT, 中期 "
         "and 年度 columns: two cumulative counts copied from 中期, one annual count above its "
         "period count")  # fmt: skip
def construction_wrong() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(s, year=2026, years=3, name="岚山县寄宿制学校扩建工程", dept="岚山县教育局（208）",
                 unit="岚山县教育局基建股", attr="新增项目",
                 money=[("中期资金总额", m(5400), "年度资金总额", m(1800)),
                        ("其中：财政拨款", m(5400), "其中：财政拨款", m(1800)),
                        ("其他资金", m(0), "其他资金", m(0))],
                 goals=["2026—2028年扩建6所寄宿制学校，新建学生宿舍9600平方米，新增寄宿学位1800个。",
                        "2026年完成2所学校宿舍楼建设。"])  # fmt: skip
    indicator_table(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "扩建寄宿制学校数", "≥6所", "≥2所"),
        (None, None, "新增寄宿学位", "≥1800个",
         mk("≥1800个", "D202", "warning", note="中期 value copied into 年度")),
        (None, None, "新建学生宿舍面积", "≥9600平方米",
         mk("≥9600平方米", "D202", "warning", note="中期 value copied into 年度")),
        (None, None, "购置学生床具", "≥900套",
         mk("≥1200套", "D201", "error", note="annual above the period")),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        (None, "成本指标", "宿舍建设单价", "≤1800元/平方米", "≤1800元/平方米"),
        ("效益指标", "社会效益指标", "农村学生寄宿条件", "明显改善", "逐步改善"),
        ("满意度指标", "服务对象满意度指标", "寄宿学生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign_off(s, 2026, who="龚雯", checker="袁海", phone="0738-4423310")
    return b
