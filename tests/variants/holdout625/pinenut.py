"""Pine-nut (松子) collection in the state forests of 松岙县: fk01–fk06."""

from __future__ import annotations

from tests.variants.holdout625.common import (
    HEAD4,
    HEAD_OP,
    HEAD_PERIOD,
    YEAR,
    department,
    export_budget,
    export_goals,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout625.registry import variant
from tests.variants.kit import Book, day, mk, pct

FORESTRY = "松岙县林业局 417003"


@variant("fk01-redpine-permits", (1, 11),
         "project, NAT-2021, operator column (指标性质 ≥/≤) and unit column, typed percent cells,"
         " a 下降率 with ≥ and ≤0起 on fire incidents (correct)")  # fmt: skip
def fk01() -> Book:
    b, s = start()
    goal = (
        "2026年核发红松籽采集许可证420张（其中林场职工260张、周边村民160张），聘用采集期"
        "护林巡查员40人，巡护红松林3.2万亩，采集期森林火灾零发生，未成熟松塔抢采现象比上年"
        "下降30%以上。"
    )
    project(s, "岑峰国有林场红松籽采集许可与护林巡查项目", FORESTRY, "松岙县岑峰国有林场",
            one_year(86, 80, 6), [goal])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "红松籽采集许可证核发数量", "≥", 420, "张"),
        (None, None, "聘用采集期护林巡查员", "≥", 40, "人"),
        (None, None, "采集期巡护红松林面积", "≥", 3.2, "万亩"),
        (None, "质量指标", "采集许可证现场核验合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "巡护日志按日上报及时率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "护林巡查员补助标准", "≤", 1500, "元/人·月"),
        ("效益指标", "社会效益指标", "采集期森林火灾发生次数", "≤", 0, "起"),
        (None, "生态效益指标", "未成熟松塔抢采现象下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "采集许可及巡护台账保存年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "持证采集户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "符景川", "0739-6152418", day(YEAR - 1, 11, 6))
    return b


@variant("fk02-forest-station-department", (12,),
         "department, NAT-2021, one value column: 基本+项目 ≠ 资金总额, a 收购 tonnage other than"
         " the goal's, a satisfaction rate under 社会效益")  # fmt: skip
def fk02() -> Book:
    b, s = start()
    why = "基本支出310+项目支出240=550，不等于资金总额560（=财政拨款420+其他140）"
    total = mk(wan(560), "B101", "error", note=why)
    goal = (
        "目标1：黛岭、岑峰两场登记收购松塔1200吨，核发松子采集许可证700张；目标2：抚育红松"
        "母树林2400亩；目标3：采集期森林火灾零发生。"
    )
    department(s, "松岙县国有林场管理站", (total, 420, 140, 310, 240), goal, tasks=[
        ("松子采集秩序管理", "核发采集许可、林区巡护、松塔收购登记", 150, "规范两场采集秩序"),
        ("红松母树林抚育", "抚育母树林2400亩", 90, "提高母树林结实量"),
        ("金额合计", None, 240, None),
    ])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "登记收购松塔数量",
         mk("≥1500吨", "D104", "warning", row=True, note="年度总体目标写收购松塔1200吨")),
        (None, None, "松子采集许可证核发数量", "≥700张"),
        (None, None, "红松母树林抚育面积", "≥2400亩"),
        (None, "质量指标", "松塔收购登记准确率", "≥98%"),
        (None, "时效指标", "母树林抚育作业完成时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "母树林抚育单价", "≤350元/亩"),
        ("效益指标", "社会效益指标",
         mk("采集户对林区管理服务满意度", "F201", "warning", row=True,
            note="满意度指标填在社会效益下，应属服务对象满意度指标"), "≥90%"),
        (None, "生态效益指标", "采集期森林火灾发生次数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "林场职工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fk03-two-farms-stacked", (2,),
         "two projects of two state forest farms stacked in one sheet, OLD-NAT, one value column,"
         " the same satisfaction indicator with different values (correct)")  # fmt: skip
def fk03() -> Book:
    b, s = start()
    project(s, "黛岭国有林场松子采集作业道维护项目", FORESTRY, "松岙县黛岭国有林场",
            one_year(45, 40, 5), ["维护松子采集作业道18公里（其中新修4公里），设置采集安全"
                                  "警示牌60块，保障采集期作业道通行安全。"],
            title="2026年度项目支出绩效目标申报表（松子采集专项）")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "维护采集作业道长度", "≥18公里"),
        (None, None, "设置采集安全警示牌", "≥60块"),
        (None, "质量指标", "作业道维护验收合格率", "≥95%"),
        (None, "时效指标", "维护工程完工时间", "2026年8月15日前"),
        (None, "成本指标", "作业道维护单价", "≤2.2万元/公里"),
        ("效益指标", "社会效益指标", "采集期作业道安全事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "岑峰国有林场松塔晾晒场改造项目", FORESTRY, "松岙县岑峰国有林场",
            one_year(38, 38, 0), ["改造松塔晾晒场2处共3600平方米，年晾晒松塔600吨以上，"
                                  "松塔霉变损耗率控制在3%以内。"], title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造松塔晾晒场面积", "≥3600平方米"),
        (None, None, "年晾晒松塔量", "≥600吨"),
        (None, "质量指标", "晾晒场地面硬化验收合格率", "=100%"),
        (None, "时效指标", "晾晒场投入使用时间", "2026年8月31日前"),
        (None, "成本指标", "晾晒场改造单价", "≤100元/平方米"),
        ("效益指标", "经济效益指标", "松塔霉变损耗率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "采集户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("fk04-seed-stand-three-year", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: a period area other than"
         " the 中期目标's, a year's count above the period's, last season's deadline")  # fmt: skip
def fk04() -> Book:
    b, s = start()
    goals = [
        "2026—2028年培育红松采种母树林1500亩，选育优树60株，建成母树林档案，母树林松塔"
        "亩产达到15公斤以上。",
        "2026年抚育母树林600亩，选育优树20株，11月底前完成母树林本底调查。",
    ]
    project(s, "松岙县红松采种母树林培育项目", FORESTRY, "松岙县林木种苗站",
            multi_year((360, 330, 30), (130, 120, 10)), goals, years=3,
            attr="新增项目")  # fmt: skip
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "培育采种母树林面积",
         mk("≥1200亩", "D104", "warning", row=True, note="中期目标写1500亩"), "≥600亩"),
        (None, None, "选育红松优树数量", "≥60株",
         mk("≥80株", "D201", "error", alt=("D104",),
            note="年度80株大于三年合计60株；年度目标写20株")),
        (None, "质量指标", "优树选育鉴定合格率", "≥90%", "≥90%"),
        (None, "时效指标", "母树林本底调查完成时间", "2026年11月30日前",
         mk("2025年11月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="上一采集季的期限，早于项目开始（2026年）")),
        ("成本指标", "经济成本指标", "母树林抚育单价", "≤1800元/亩", "≤1800元/亩"),
        ("效益指标", "生态效益指标", "母树林松塔亩产量", "≥15公斤/亩", "≥8公斤/亩"),
        (None, "可持续影响指标", "母树林档案建档率", "=100%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "参与抚育林场职工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fk05-forestry-bureau-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值),"
         " typed percent cells, ‰ on a fire rate, weights add to 100 (correct)")  # fmt: skip
def fk05() -> Book:
    b, s = start()
    goal = "规范全县松子采集秩序，国有林场护林巡查8.6万亩，采集期森林火灾受害率控制在0.9‰以内。"
    department(s, "松岙县林业局", (1280, 1200, 80, 760, 520), goal, tasks=[
        ("松子采集管理", "核发采集许可证、松塔收购登记", 210, "核发许可证1100张"),
        ("国有林场护林防火", "聘用护林员120人，巡查8.6万亩", 310, "采集期火情及时处置"),
        ("金额合计", None, 520, None),
    ])  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("核发松子采集许可证数量", 15, "张", "≥", 1100),
        ("国有林场护林巡查面积", 15, "万亩", "≥", 8.6),
        ("聘用护林员人数", 10, "人", "≥", 120),
        ("采集期森林火灾受害率", 10, "‰", "≤", 0.9),
        ("松塔收购登记准确率", 15, "%", "≥", pct(0.98)),
        ("森林火情处置及时率", 10, "%", "≥", pct(0.95)),
        ("护林员人均年补助标准", 10, "万元/人", "≤", 1.8),
        ("采集户满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    notes(s, "注：权重合计100分；护林员补助120人×1.8万元=216万元，在护林防火任务资金内列支。")
    return b


@variant("fk06-daling-export", (7, 12),
         "budget-system export, two sheets (05-1 budget with detail lines, 05-2 indicators with"
         " codes, header on the third row): last year in the goal, a near-duplicate, a labour"
         " standard × count above the project's money")  # fmt: skip
def fk06() -> Book:
    b = Book()
    code = "530923260001"
    name = "黛岭国有林场松子采集秩序管理"
    export_budget(b, (code, name, "2130205 森林资源管理", 64, 60, 4), [
        (f"{code}-01", "采集期护林巡查员劳务", "30人×4个月", 36),
        (f"{code}-02", "采集许可证印制", "300张及台账", 3),
        (f"{code}-03", "松塔收购登记设备", "电子秤、登记终端", 25),
    ])  # fmt: skip
    goal = mk("2025年规范黛岭林区松子采集秩序，核发采集许可证300张，聘用采集期护林巡查员30人，"
              "采集期森林火灾零发生。", "Y103", "warning", alt=("Y101",),
              note="上年的目标年度留在2026年的表中")  # fmt: skip
    export_goals(b, "松岙县黛岭国有林场", [
        (code, name, goal, "产出指标", "数量指标", "核发采集许可证数量", "≥300张"),
        (None, None, None, None, None, "聘用采集期护林巡查员", "≥30人"),
        (None, None, None, None, "质量指标", "采集许可证核验合格率", "≥98%"),
        (None, None, None, None, None,
         mk("采集许可证现场核验合格率", "D103", "warning", row=True, alt=("D101",),
            note="与上一行同一指标，多“现场”二字"), "≥98%"),
        (None, None, None, None, "时效指标", "采集许可证核发完成时间", "2026年8月20日前"),
        (None, None, None, "成本指标", "经济成本指标", "护林巡查员劳务补助标准",
         mk("≤2.5万元/人", "B107", "warning", row=True,
            note="30人×2.5万元=75万元，超过项目资金64万元（劳务明细36万元）")),
        (None, None, None, "效益指标", "社会效益指标", "采集期森林火灾发生次数", "≤0起"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "采集户满意度", "≥90%"),
    ])  # fmt: skip
    return b
