"""Returns kbn07–kbn12: kitchen-waste collection vehicles (厨余垃圾收运车辆购置、运维、监管)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout732.common import (
    CENTRE,
    first,
    multi_year,
    notes,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout732.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, ok, pct

BUREAU = "澄川市城市管理局（317001）"
FOUR = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbn07-vehicle-purchase-detail", (12, 1),
         "project, OLD-NAT with 成本指标 under 产出, a budget detail block, unit cost × count "
         "equal to its line, typed percents (correct)")  # fmt: skip
def kbn07() -> Book:
    b, s = first()
    project_head(s, year=2026, name="厨余垃圾收运车辆更新购置项目", dept=BUREAU, unit=CENTRE,
                 attr="一次性项目", money=one_year(wan(460), wan(430), wan(30)),
                 goals=["购置8吨级厨余垃圾密闭收运车12辆并加装车载称重定位设备，"
                        "9月底前交付使用，替换超龄车辆。"])  # fmt: skip
    s.row("预算明细（万元）", "车辆购置", wan(420), "车载称重及定位设备", wan(36))
    s.row(None, "驾驶员岗前培训", wan(4), "合计", wan(460))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    table(s, FOUR, [
        ("产出指标", "数量指标", "购置厨余垃圾收运车数量", "≥12辆"),
        (None, None, "加装车载称重定位设备", "≥12套"),
        (None, "质量指标", "车辆验收合格率", pct(1)),
        (None, "时效指标", "车辆交付使用时间", "2026年9月30日前"),
        (None, "成本指标", "单车购置成本", "≤35万元/辆"),
        (None, None, "车载设备单价", "≤3万元/套"),
        ("效益指标", "生态效益指标", "厨余垃圾收运过程滴漏投诉下降率", "≥30%"),
        (None, "可持续影响指标", "车辆设计使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "魏承岳", "0779-8837120", day(2025, 12, 3, CN_DATE))
    return b


@variant("kbn08-vehicle-capacity", (12, 11),
         "project, NAT-2021, operator and unit columns: unit cost × count above the money, a "
         "daily tonnage below the goal's, a tender deadline from last year")  # fmt: skip
def kbn08() -> Book:
    b, s = first()
    goal = "新增厨余垃圾收运车16辆，全市厨余垃圾日收运能力达到180吨，年内实现收运车辆全程监控。"
    project_head(s, year=2026, name="厨余垃圾收运能力提升项目", dept=BUREAU, unit=CENTRE,
                 attr="新增项目", money=one_year(wan(500), wan(480), wan(20)),
                 goals=[ok(goal, "warning", note="D104 may land at the goal text")])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", mk("单车购置成本", "B107", "warning", row=True,
                                        note="16辆 × 38万元 = 608万元，超过资金总额500万元"),
         "≤", 38, "万元/辆"),
        ("产出指标", "数量指标", "新增厨余垃圾收运车", "≥", 16, "辆"),
        (None, None, mk("厨余垃圾日均收运量", "D104", "warning", row=True,
                        note="年度目标写日收运能力180吨，指标只有150吨"), "≥", 150, "吨"),
        (None, "质量指标", "车辆全程监控接入率", "=", pct(1), "%"),
        (None, "时效指标", "车辆招标采购完成时间", "≤",
         mk(day(2025, 6, 30, CN_DATE), "Y102", "error",
            note="2026年度项目，采购期限却是2025年6月30日（上年留下的日期）"), None),
        ("效益指标", "生态效益指标", "厨余垃圾资源化利用率", "≥", pct(0.75), "%"),
        ("满意度指标", "服务对象满意度指标", "收运服务单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kbn09-fleet-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the year's, "
         "rates and caps equal in both, a later year the work prepares for (correct)")  # fmt: skip
def kbn09() -> Book:
    b, s = first()
    project_head(s, year=2026, years=3, name="厨余垃圾收运车队三年更新计划", dept=BUREAU,
                 unit=CENTRE, attr="延续项目",
                 money=multi_year((wan(900), wan(860), wan(40)), (wan(320), wan(300), wan(20))),
                 goals=["三年更新厨余垃圾收运车30辆，累计收运厨余垃圾16万吨，"
                        "为2029年实现城乡厨余垃圾收运全覆盖积累经验。",
                        "2026年更新收运车10辆（其中槐亭区6辆、苇塘区4辆），"
                        "收运厨余垃圾5万吨。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "收运车辆更新数量", "≥30辆", "≥10辆"),
        (None, None, "厨余垃圾收运量", "≥16万吨", "≥5万吨"),
        (None, "质量指标", "车辆完好率", "≥95%", "≥95%"),
        (None, "时效指标", "年度更新车辆到位时间", "每年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单车购置成本", "≤26万元/辆", "≤26万元/辆"),
        ("效益指标", "生态效益指标", "厨余垃圾资源化利用率", "≥80%", "≥75%"),
        (None, "可持续影响指标", "收运车辆智能调度覆盖率", "100%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "收运点位单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbn10-export-second-sheet", (7, 12),
         "budget-system export: head on 项目支出预算05-1, indicators with codes in the first "
         "columns on 项目支出绩效目标05-2 under a third-row header: plan dates of last year, money "
         "not adding up, a satisfaction rate under 社会效益")  # fmt: skip
def kbn10() -> Book:
    b, s = first("项目支出预算05-1")
    project_head(s, year=2026, name="厨余垃圾收运车辆运维保障项目", dept=BUREAU, unit=CENTRE,
                 start=day(2025, 1, 1), end=day(2025, 12, 31),
                 money=one_year(mk(money(180), "B101", "error", note="150 + 20 = 170，不是180"),
                                money(150), money(20)),
                 goals=["保障全市96辆厨余垃圾收运车正常运行，车辆出勤率不低于95%。"])  # fmt: skip
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102",),
        note="标题为2026年度，计划开始和完成日期却是2025年（上年的起止日期）",
    )
    t = b.sheet("项目支出绩效目标05-2", (14, 14, 14, 16, 30, 16, 16))
    t.row("部门项目支出绩效目标表", merge=[(1, 7)])
    t.row("单位：澄川市环境卫生服务中心", None, None, None, None, "金额单位：万元")
    t.row("项目编码", "单位编码", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    code, unit = "330100260017", "317001003"
    t.table([
        (code, unit, "产出指标", "数量指标", "保障运行收运车辆数量", "≥96辆", None),
        (code, unit, None, None, "年度车辆维修保养次数", "≥1150次", "每车每月约1次"),
        (code, unit, None, "质量指标", "车辆出勤率", "≥95%", None),
        (code, unit, None, "时效指标", "故障车辆修复时限", "≤48小时", None),
        (code, unit, "成本指标", "经济成本指标", "单车年运维成本", "≤1.7万元/辆", None),
        (code, unit, "效益指标", "社会效益指标", "厨余垃圾日产日清率", "100%", None),
        (code, unit, None, None, mk("收运服务居民满意度", "F201", "warning", row=True,
                                    alt=("F105",), note="满意度填在社会效益下"), "≥90%", None),
        (code, unit, "满意度指标", "服务对象满意度指标", "收运单位满意度", "≥90%", None),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("kbn11-operations-word-operators", (4, 11),
         "project, OLD-NAT, operators in words in their own column, unit column, a 注 row "
         "inside the table, 说明 and signature lines under it (correct)")  # fmt: skip
def kbn11() -> Book:
    b, s = first()
    project_head(s, year=2026, name="苇塘区厨余垃圾收运车辆作业监管项目", dept=BUREAU,
                 unit="苇塘区环境卫生管理所", money=one_year(wan(72), wan(72), wan(0)),
                 goals=["对全区24辆厨余垃圾收运车实行定位、称重和作业视频监管，"
                        "收运准点率不低于95%，跑冒滴漏投诉每月不超过5次。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "比较方式", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "纳入监管收运车辆", "大于等于", 24, "辆"),
        (None, None, "作业视频抽查次数", "大于等于", 288, "次"),
        (None, "质量指标", "收运准点率", "大于等于", 95, "%"),
        (None, "时效指标", "异常报警处置时限", "小于等于", 2, "小时"),
        (None, "成本指标", "单车年监管成本", "小于等于", 3, "万元/辆"),
    ])  # fmt: skip
    notes(s, "注：每车每月抽查1次，24辆×12个月=288次。")
    s.table([
        ("效益指标", "社会效益指标", "跑冒滴漏月均投诉次数", "小于等于", 5, "次"),
        (None, "生态效益指标", "收运过程污水滴漏下降率", "大于等于", 20, "%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：1.指标值按《澄川市厨余垃圾收运作业规范》设定；2.金额单位为万元。")
    sign(s, "邵景川", "0779-8839043", day(2025, 11, 26, CN_DATE))
    return b


@variant("kbn12-weighing-duplicate", (5,),
         "project, NAT-2021, ★ and abbreviated tier labels: one indicator twice with another "
         "value, a goal count the indicator lowers")  # fmt: skip
def kbn12() -> Book:
    b, s = first()
    goal = "配置厨余垃圾分类收运车18辆，全部加装车载称重系统，数据实时上传市级监管平台。"
    project_head(s, year=2026, name="琮溪区厨余垃圾分类收运体系建设项目", dept=BUREAU,
                 unit="琮溪区城市管理局", money=one_year(wan(390), wan(360), wan(30)),
                 goals=[ok(goal, "warning", note="D104 may land at the goal text")])  # fmt: skip
    table(s, FOUR, [
        ("★产出", "数量", mk("配置分类收运车辆", "D104", "warning", row=True,
                             note="年度目标写配置18辆，指标只有15辆"), "≥15辆"),
        (None, None, "加装车载称重系统", "≥15套"),
        (None, "质量", "车载称重数据上传率", "≥95%"),
        (None, None, "称重计量检定合格率", "100%"),
        (None, None, mk("车载称重数据上传率", "D102", "error", row=True,
                        alt=("D101", "D103"), note="同名指标两次，值为95%和98%"), "≥98%"),
        (None, "时效", "车辆投入运营时间", "2026年10月31日前"),
        ("★成本", "经济成本", "单车配置成本", "≤20万元/辆"),
        ("★效益", "社会效益", "厨余垃圾分出量提高", "≥10%"),
        ("满意度", "服务对象满意度", "收运服务满意度", "≥90%"),
    ])  # fmt: skip
    return b
