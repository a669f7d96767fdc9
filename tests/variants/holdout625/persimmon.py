"""A persimmon (柿子) drying village, 柿湾村 of 霜溪镇, and its county services: fk07–fk12."""

from __future__ import annotations

from tests.variants.holdout625.common import (
    HEAD4,
    HEAD_PERIOD,
    YEAR,
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    page_break,
    project,
    signature,
    start,
)
from tests.variants.holdout625.registry import variant
from tests.variants.kit import Book, day, mk, pct

AGRI = "松岙县农业农村局 417011"
TOWN = "松岙县霜溪镇人民政府"


@variant("fk07-drying-sheds-points", (5, 10),
         "project, OLD-NAT, numbered tier labels with points (一、产出指标（60分）,"
         " （一）数量指标), indicator points column, a rise in 百分点, a later year"
         " prepared for (correct)")  # fmt: skip
def fk07() -> Book:
    b, s = start()
    goal = (
        "改造柿饼晾晒棚32座（新建12座、改造20座），带动柿农140户，柿饼优级品率提高5个百分点，"
        "为2027年申报“柿湾柿饼”地理标志产品积累检测数据。"
    )
    project(s, "柿湾村柿饼晾晒棚改造项目", AGRI, TOWN, one_year(72, 60, 12), [goal])
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（60分）", "（一）数量指标", "晾晒棚改造数量", "≥32座", 15),
        (None, None, "带动柿农户数", "≥140户", 10),
        (None, "（二）质量指标", "晾晒棚竣工验收合格率", pct(1), 10),
        (None, "（三）时效指标", "晾晒棚交付使用时间", "2026年9月30日前", 10),
        (None, "（四）成本指标", "新建晾晒棚单座造价", "≤2.5万元/座", 10),
        (None, None, "改造晾晒棚单座补助", "≤1.8万元/座", 5),
        ("二、效益指标（30分）", "（一）经济效益指标", "柿饼优级品率提高", "≥5百分点", 15),
        (None, "（二）社会效益指标", "加工季吸纳本村劳动力", "≥60人", 15),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "受益柿农满意度", "≥92%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "说明：一级指标分值与三级指标分值为同一口径的两级表示，合计均为100分。")
    signature(s, "郦岩松", "0739-6185207", day(YEAR - 1, 10, 28))
    return b


@variant("fk08-training-tier-points", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column: 效益 points not"
         " adding up, a 达标率 under 时效, a class count other than the goal's")  # fmt: skip
def fk08() -> Book:
    b, s = start()
    goal = (
        "举办柿饼加工技能培训班6期、培训柿农240人次，参加农产品展销会3场，柿饼线上销售额"
        "比上年增长20%。"
    )
    project(s, "柿湾村柿饼加工技能培训与品牌推广项目", AGRI, TOWN, one_year(28, 28, 0), [goal])
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    tier = mk(40, "W103", "error", alt=("W101",), note="效益指标下三项合计35分，不是40分")
    indicators(s, head, [
        ("产出指标", 50, "数量指标", "举办柿饼加工技能培训班",
         mk("≥8期", "D104", "warning", row=True, note="年度绩效目标写6期"), 10),
        (None, None, None, "培训柿农人次", "≥240人次", 10),
        (None, None, None, "参加农产品展销会场次", "≥3场", 5),
        (None, None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, None, "时效指标",
         mk("培训课程内容达标率", "F201", "warning", row=True, note="达标率属质量指标"),
         "≥95%", 5),
        (None, None, None, "培训班按计划开班及时率", "≥95%", 5),
        (None, None, "成本指标", "人均培训成本", "≤600元/人次", 5),
        ("效益指标", tier, "经济效益指标", "柿饼线上销售额增长率", "≥20%", 15),
        (None, None, "社会效益指标", "参训柿农掌握标准化晾晒技术比例", "≥85%", 10),
        (None, None, "可持续影响指标", "培训课件存档率", "=100%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "参训柿农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，与一级分值100不符")
    return b


@variant("fk09-cold-rooms-two-year", (8, 1),
         "two-year project 2026–2027, NAT-2021, 中期 and 年度 columns: period counts above the"
         " year's, rates equal in both, typed percent cells, costs within the money"
         " (correct)")  # fmt: skip
def fk09() -> Book:
    b, s = start()
    goals = [
        "2026—2027年建成柿子预冷库2座、柿饼烘房16间，两年累计加工柿饼400吨以上（其中2026年"
        "180吨）。",
        "2026年建成预冷库1座、烘房8间，加工柿饼180吨，带动柿农90户。",
    ]
    project(s, "柿湾村柿子预冷库与烘房建设项目", AGRI, TOWN,
            multi_year((180, 150, 30), (95, 80, 15)), goals, years=2)  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "建成柿子预冷库", "≥2座", "≥1座"),
        (None, None, "建成柿饼烘房", "≥16间", "≥8间"),
        (None, None, "加工柿饼总量", "≥400吨", "≥180吨"),
        (None, "质量指标", "预冷库及烘房竣工验收合格率", pct(1), pct(1)),
        (None, "时效指标", "年度建设任务完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "预冷库单座建设成本", "≤40万元/座", "≤40万元/座"),
        (None, None, "烘房单间建设成本", "≤6万元/间", "≤6万元/间"),
        ("效益指标", "经济效益指标", "柿饼霉变损耗率", "≤5%", "≤5%"),
        (None, "社会效益指标", "带动柿农户数", "≥150户", "≥90户"),
        ("满意度指标", "服务对象满意度指标", "柿农满意度", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：成本测算 中期 2×40+16×6=176万元≤180万元；年度 1×40+8×6=88万元≤95万元。")
    return b


@variant("fk10-town-service-department", (12, 4),
         "department, NAT-2021, key tasks and a note under the table: tasks not adding to"
         " 金额合计, a household count other than the goal's, one indicator under two"
         " tier-2s")  # fmt: skip
def fk10() -> Book:
    b, s = start()
    goal = (
        "目标1：推广柿饼标准化晾晒技术，覆盖柿农180户；目标2：开展柿子采摘季高空作业安全"
        "培训500人次；目标3：补贴柿饼寄递12万件。"
    )
    total = mk(170, "B102", "error", note="任务金额 60+45+55=160，不是170")
    department(s, "松岙县霜溪镇农业综合服务中心", (420, 380, 40, 250, 170), goal, tasks=[
        ("柿饼晾晒技术推广", "示范晾晒、技术指导", 60, "覆盖柿农180户"),
        ("采摘季安全保障", "高空作业安全培训", 45, "培训500人次"),
        ("柿饼寄递补贴", "按件补贴寄递费用", 55, "补贴12万件"),
        ("金额合计", None, total, None),
    ])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "标准化晾晒技术覆盖柿农户数",
         mk("≥150户", "D104", "warning", row=True, note="年度总体目标写180户")),
        (None, None, "采摘安全培训人次", "≥500人次"),
        (None, None, "补贴柿饼寄递件数", "≥12万件"),
        (None, "质量指标", "柿饼抽检合格率", "≥98%"),
        (None, "时效指标", "寄递补贴兑付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单件寄递补贴标准", "≤1.5元/件"),
        ("效益指标", "经济效益指标",
         mk("补贴柿饼寄递件数", "D101", "warning", row=True, alt=("D103",),
            note="与数量指标下同名同值的指标重复"), "≥12万件"),
        (None, "社会效益指标", "采摘季高空坠落事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "柿农满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：寄递件数以霜溪镇物流服务站台账为准。")
    return b


@variant("fk11-coop-page-break", (4,),
         "department, NAT-2021, weight column: subtotal rows, header repeated after a page"
         " break, 注 and 填表说明 lines, signature dated the year before (correct)")  # fmt: skip
def fk11() -> Book:
    b, s = start()
    goal = "依托柿湾等6个村设立村级鲜柿收购点6个，收购鲜柿1500吨，带动脱贫户40户参与柿饼加工。"
    department(s, "松岙县供销合作社联合社", (236, 216, 20, 148, 88), goal,
               filled=day(YEAR - 1, 11, 12))  # fmt: skip
    head = (*HEAD4, "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "收购鲜柿数量", "≥1500吨", 15),
        (None, None, "设立村级收购点", "≥6个", 10),
        (None, "质量指标", "鲜柿分级准确率", "≥95%", 10),
        (None, "时效指标", "收购款结算周期", "≤7个工作日", 10),
        ("成本指标", "经济成本指标", "村级收购点运营补助", "≤8万元/个", 10),
        ("小计", None, None, None, 55),
    ])  # fmt: skip
    page_break(s)
    indicators(s, head, [
        ("效益指标", "经济效益指标", "合作社柿饼销售收入增长率", "≥10%", 15),
        (None, "社会效益指标", "带动脱贫户参与柿饼加工户数", "≥40户", 10),
        (None, "可持续影响指标", "收购点管理制度健全性", "健全", 5),
        ("满意度指标", "服务对象满意度指标", "社员满意度", pct(0.9), 15),
        ("小计", None, None, None, 45),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：1. 收购数量以合作社过磅单为准；2. 收购点运营补助6个×8万元=48万元。",
          "填表说明：本表由单位财务部门审核后报县财政局。")  # fmt: skip
    signature(s, "阮秋禾", "0739-6178032", day(YEAR - 1, 11, 12))
    return b


@variant("fk12-inspection-second-sheet", (7, 6, 13),
         "project: head on the first sheet, the indicator table on a second sheet under header"
         " 绩效目标值 with abbreviated tiers: a deadline other than the goal's, a value without"
         " a name")  # fmt: skip
def fk12() -> Book:
    b, s = start("基本信息")
    goal = (
        "为柿湾等4个村柿饼加工户配置快检设备4套，抽检柿饼300批次，发放溯源标识20万枚，"
        "11月20日前完成首批上市柿饼抽检。"
    )
    project(s, "霜溪镇柿饼质量快检与溯源标识项目", AGRI, TOWN, one_year(34, 30, 4), [goal])
    t = b.sheet("绩效指标", (12, 14, 30, 18, 24))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "绩效目标值", "备注"), [
        ("产出", "数量", "配置快检设备", "≥4套"),
        (None, None, "抽检柿饼批次", "≥300批"),
        (None, None, "发放溯源标识", "≥20万枚"),
        (None, "质量", "抽检结果录入准确率", "≥98%"),
        (None, "时效", "首批上市柿饼抽检完成时间",
         mk("12月20日前", "D104", "warning", row=True, note="年度绩效目标写11月20日前")),
        ("成本", "经济成本", "单批次抽检费用", "≤400元/批"),
        (None, None, mk(None, "F110", "error", note="有指标值、无三级指标名称"),
         "≤0.5元/枚", "按标识印制计"),
        ("效益", "社会效益", "溯源标识扫码查询次数", "≥5万次"),
        ("满意度", "服务对象满意度", "加工户满意度", "≥90%"),
    ])  # fmt: skip
    return b
