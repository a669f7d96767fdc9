"""County-wide returns covering both halves: stacked projects, department money, a
budget-system export and conversion artefacts: ax13-ax18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout508.common import (
    DEPT,
    HAULS,
    ROADS,
    SANIT,
    TIERS,
    YEAR,
    book,
    funds,
    notes,
    signature,
    tiered,
)
from tests.variants.holdout508.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct


@variant("ax13-stacked-toilet-station", (2,), "two projects stacked in one sheet (a toilet "
         "repair, a 司机之家 utilities project), OLD-NAT, one value column, the same "
         "satisfaction name with different values (correct)")  # fmt: skip
def stacked_toilet_station() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=YEAR, name="X405线沿线公厕维修", dept=DEPT, unit=SANIT,
                 money=funds(18, 18, 0), attr="一次性项目",
                 goals=["维修X405线沿线公厕5座，维修验收合格率100%，"
                        "过往司乘人员满意度90%以上。"])  # fmt: skip
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "维修沿线公厕", "≥5座"),
        (None, "质量指标", "维修验收合格率", "100%"),
        (None, "时效指标", "维修完成时间", "2025年6月30日前"),
        (None, "成本指标", "单座公厕维修成本", "≤3.6万元/座"),
        ("效益指标", "社会效益指标", "沿线公厕正常开放率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "过往司乘人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="石门坎司机之家水电运行保障", dept=DEPT, unit=HAULS,
                 money=funds(12, 10, 2), attr="常年项目", title="",
                 goals=["保障石门坎司机之家全年水电正常供应，停水停电累计不超过48小时，"
                        "过往司乘人员满意度85%以上。"])  # fmt: skip
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "保障运行司机之家", "1个"),
        (None, "质量指标", "生活供水水质达标率", "100%"),
        (None, "时效指标", "停水停电累计时长", "≤48小时"),
        (None, "成本指标", "年度水电运行费用", "≤12万元"),
        ("效益指标", "可持续影响指标", "水电设施巡检制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "过往司乘人员满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("ax14-stacked-defects", (2, 12), "two projects stacked, OLD-NAT: the first one's "
         "unit standard × count beyond its money, the second one's total ≠ its parts")  # fmt: skip
def stacked_defects() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=YEAR, name="乡村旅游公路沿线公厕补助", dept=DEPT, unit=SANIT,
                 money=funds(64, 64, 0),
                 goals=["补助乡镇在旅游公路沿线新建公厕10座，验收合格率100%，"
                        "游客满意度90%以上。"])  # fmt: skip
    over = mk("≤8万元/座", "B107", "warning", row=True, note="8万元 × 10座 = 80 > 64万元")
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "补助新建公厕", "≥10座"),
        (None, "质量指标", "新建公厕验收合格率", "100%"),
        (None, "时效指标", "补助资金拨付时间", "2025年11月30日前"),
        (None, "成本指标", "单座公厕补助标准", over),
        ("效益指标", "社会效益指标", "旅游公路沿线公厕服务半径", "≤10公里"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(40, WAN), "B101", "error", note="30 + 6 = 36 ≠ 40")
    project_head(s, year=YEAR, name="鹰嘴垭司机之家安全设施提升", dept=DEPT, unit=HAULS,
                 money=funds(total, 30, 6), attr="一次性项目", title="",
                 goals=["为鹰嘴垭司机之家配置消防、视频监控设施，全年安全责任事故为0，"
                        "货车司机满意度90%以上。"])  # fmt: skip
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "新增视频监控点位", "≥24个"),
        (None, "质量指标", "消防设施检测合格率", "100%"),
        (None, "时效指标", "设施安装完成时间", "2025年7月31日前"),
        (None, "成本指标", "视频监控点位单价", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "安全责任事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "货车司机满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ax15-department-roads", (4, 12), "department (公路事业发展中心), NAT-2021: budget "
         "and key tasks consistent, a 注 row between tiers, a 说明 on the total, a signature "
         "line dated the year before (correct)")  # fmt: skip
def department_roads() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=ROADS, filled=day(YEAR - 1, 11, 18),
                    budget=[(money(860), money(800), money(60), money(520), money(340))],
                    tasks=[("公路沿线公厕管护", "国省干线沿线公厕保洁、维修", money(126),
                            "沿线公厕正常开放率98%以上"),
                           ("司机之家运营补助", "对3个司机之家给予运营补助", money(36),
                            "司机之家全年开放"),
                           ("农村公路养护", "县乡道日常养护", money(178), "优良中等路率75%以上"),
                           ("金额合计", None, money(340), None)],
                    goal="保障全县公路安全畅通，公路沿线公厕和司机之家正常运行，"
                    "群众满意度90%以上。")  # fmt: skip
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "管护沿线公厕", "≥40座"),
        (None, None, "补助司机之家", "3个"),
        (None, None, "农村公路日常养护里程", "≥620公里"),
        (None, "质量指标", "农村公路优良中等路率", "≥75%"),
        (None, None, "沿线公厕正常开放率", "≥98%"),
        (None, "时效指标", "公厕故障修复时间", "≤24小时"),
    ])  # fmt: skip
    notes(s, "注：司机之家运营补助按每个12万元测算，公厕管护按每座3.15万元测算。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "单座公厕年度管护费用", "≤3.15万元/座"),
        ("效益指标", "社会效益指标", "涉路投诉办结率", "100%"),
        (None, "可持续影响指标", "公路养护管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：金额合计340万元为项目支出，基本支出520万元未列入年度主要任务。")
    signature(s, "单位负责人：周启航  填报人：吴雪梅  联系电话：0839-5521847",
              day(YEAR - 1, 11, 18, CN_DATE))  # fmt: skip
    return b


@variant("ax16-department-flat-money", (3, 12), "department (道路运输服务中心), budget with a "
         "share row, flat list 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重: "
         "a share off its amount, tasks not adding to 金额合计")  # fmt: skip
def department_flat_money() -> Book:
    b, s = book()
    share = mk(pct(0.6, "0.00%"), "B111", "error", note="300 ÷ 450 = 66.67 %, not 60 %")
    total = mk(money(150), "B102", "error", note="60 + 20 + 64 = 144 ≠ 150")
    department_head(s, year=YEAR, dept=HAULS, filled=day(YEAR - 1, 11, 25),
                    budget=[(money(450), money(400), money(50), money(300), money(150)),
                            (pct(1), pct(0.8889, "0.00%"), pct(0.1111, "0.00%"), share,
                             pct(0.3333, "0.00%"))],
                    tasks=[("司机之家日常运营", "3个司机之家水电、保洁、值守", money(60),
                            "全年开放"),
                           ("货车司机安全宣传", "停车区安全宣传及应急演练", money(20),
                            "宣传覆盖8000人次"),
                           ("从业人员培训", "道路运输从业人员安全培训", money(64),
                            "培训1200人"),
                           ("金额合计", None, total, None)],
                    goal="保障3个司机之家正常运营，培训道路运输从业人员1200人，"
                    "货车司机满意度90%以上。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("运营司机之家数量", 3, "正向", "个", 15),
        ("货车司机安全宣传覆盖人次", 8000, "正向", "人次", 15),
        ("从业人员安全培训人数", 1200, "正向", "人", 20),
        ("培训考核合格率", pct(0.95), "正向", "%", 15),
        ("司机之家投诉办结时间", ok(5, note="反向 bare number: a T117 is fair"), "反向",
         "工作日", 15),
        ("货车司机满意度", pct(0.9), "正向", "%", 20),
    ])  # fmt: skip
    return b


@variant("ax17-system-export", (4, 7), "budget-system export: money on sheet 05-1, indicators "
         "on sheet 05-2 with codes in the first columns, header on row 3 repeated after a page "
         "break, 填表说明 and an export line (correct)")  # fmt: skip
def system_export() -> Book:
    b, m = book("部门项目支出预算05-1", (18, 30, 14, 14, 14, 40))
    code, name = "513125250000000012", "公路沿线公厕及司机之家综合提升"
    m.title(f"{YEAR}年部门项目支出预算表", 6)
    m.row("单位：崖松县交通运输局", None, None, None, None, "金额单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    m.row(code, name, money(220), money(190), money(30),
          "改造沿线公厕8座，新建司机之家1个，司乘人员满意度90%以上。")  # fmt: skip
    m.row("合计", None, money(220), money(190), money(30), None)
    s = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 26, 10, 14, 10))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    s.row("单位：崖松县交通运输局", merge=[(1, 8)])
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "运算符号", "指标值",
            "度量单位")  # fmt: skip
    s.row(*head)
    rows = [
        ("产出指标", "数量指标", "改造沿线公厕", "≥", 8, "座"),
        ("产出指标", "数量指标", "新建司机之家", "≥", 1, "个"),
        ("产出指标", "质量指标", "工程验收合格率", "=", 100, "%"),
        ("产出指标", "时效指标", "项目完工时间", "≤", day(YEAR, 11, 30), None),
        ("产出指标", "成本指标", "单座公厕改造成本", "≤", 6, "万元/座"),
        ("产出指标", "成本指标", "司机之家建设成本", "≤", 150, "万元/个"),
        ("效益指标", "社会效益指标", "货车司机停车休息需求满足率", "≥", 85, "%"),
        ("效益指标", "可持续影响指标", "设施管护责任落实率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "司乘人员满意度", "≥", 90, "%"),
    ]  # fmt: skip
    for i, r in enumerate(rows):
        if i == 4:
            s.skip()
            s.row(*head)
        s.row(code, name, *r)
    notes(s, "填表说明：1.指标值为数值时，运算符号填在“运算符号”列；2.度量单位按系统字典选择。",
          width=8)  # fmt: skip
    s.row("制表人：杨晓澜", None, "审核人：邓国栋", None, "导出时间", day(YEAR - 1, 12, 6, CN_DATE))
    return b


@variant("ax18-pdf-artefacts", (9,), "project, OLD-NAT, one value column, detail lines below "
         "the table: a split total, an end date as a serial in a text cell, an amount pasted "
         "twice")  # fmt: skip
def pdf_artefacts() -> Book:
    b, s = book()
    split = mk("86.2 5", "X105", "warning", alt=("X103",), note="86.25 split by a space")
    serial = mk("46022", "X104", "warning", note="2025-12-31 as a serial in a text cell")
    project_head(s, year=YEAR, name="S312线石门坎段公厕及司机之家淋浴间改造", dept=DEPT,
                 unit=ROADS, money=funds(split, 80, 6.25), end=serial,
                 goals=["改造石门坎段沿线公厕4座和司机之家淋浴间6间，加装视频监控，"
                        "验收合格率100%。"])  # fmt: skip
    tiered(s, TIERS, [
        ("产出指标", "数量指标", "改造沿线公厕", "≥4座"),
        (None, None, "改造司机之家淋浴间", "≥6间"),
        (None, "质量指标", "改造验收合格率", "100%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单座公厕改造成本", "≤10.5万元/座"),
        ("效益指标", "社会效益指标", "货车司机淋浴等候时长", "≤20分钟"),
        ("满意度指标", "服务对象满意度指标", "货车司机满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("42万42万", "X106", "error", alt=("B108",), note="42万 pasted twice")
    s.row("资金明细", "支出内容", "金额（万元）")
    s.table([(None, "沿线公厕改造", twice), (None, "淋浴间改造", money(30)),
             (None, "视频监控设备", money(14.25))])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 3, start_column=1, end_row=s.r, end_column=1)
    return b
