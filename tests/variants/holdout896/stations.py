"""Fire station construction (消防站建设): new stations, a multi-year plan, stacked projects,
a fire detachment's department return and a budget-system export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout896.common import (
    HEAD,
    HEAD_PERIOD,
    book,
    footnotes,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout896.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("khv01-station-points", (5, 12),
         "project, NAT-2021, numbered tier labels with points, one value column "
         "(correct)")  # fmt: skip
def station_points() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="栎川县鹤汀二级普通消防站新建工程", dept="栎川县应急管理局（317）",
        unit="栎川县消防救援大队", attr="新增项目", money=one_year(860, 800, 60),
        goals=["2025年在鹤汀片区新建二级普通消防站1座，建筑面积2400平方米，配套训练塔1座，"
               "年内主体完工并通过竣工验收，片区5分钟到场覆盖率达到90%以上。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出指标（50分）", "（一）数量指标", "新建消防站数量", "=1座"),
        (None, None, "消防站建筑面积", "≥2400平方米"),
        (None, None, "配套训练塔", "=1座"),
        (None, "（二）质量指标", "竣工验收合格率", "=100%"),
        (None, "（三）时效指标", "主体工程完工时间", "2025年10月31日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "项目建设总成本", "≤860万元"),
        (None, None, "建筑安装工程单位造价", "≤3200元/平方米"),
        ("三、效益指标（30分）", "（一）社会效益指标", "片区5分钟到场覆盖率", "≥90%"),
        (None, None, "片区火灾亡人事故", ok("0起", note="0起 on an incident count is the aim")),
        (None, "（二）可持续影响指标", "消防站设计使用年限", "≥50年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "片区群众满意度", pct(0.92)),
    ])  # fmt: skip
    sign(s, 2025, "韦澄舟", "0736-5172046")
    return b


@variant("khv02-station-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: a year's count above the period's, "
         "a cumulative count copied, a deadline after the period")  # fmt: skip
def station_period() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=3, name="澜渚市小型消防站三年建设计划", dept="澜渚市应急管理局（402）",
        unit="澜渚市消防救援支队", money=multi_year((2400, 2250, 150), (800, 750, 50)),
        goals=["2025年—2027年在苇塘、石湄、枫岙三个片区各新建小型消防站1座，共3座，"
               "配备消防车辆9辆，培训专职消防员90名。",
               "2025年建成苇塘小型消防站1座，配备消防车辆3辆，培训专职消防员30名。"],
    )  # fmt: skip
    late = "2028年12月31日前"
    indicators(s, HEAD_PERIOD, [
        ("产出指标", "数量指标", "新建小型消防站数量", "≥3座",
         mk("≥4座", "D201", "error", note="4 stations in 2025 above the period's 3; goal 1")),
        (None, None, "配备消防车辆", "≥9辆",
         mk("≥9辆", "D202", "warning", alt=("D104",), note="period count copied; goal 3")),
        (None, None, "培训专职消防员", "≥90人", "≥30人"),
        (None, "质量指标", "竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "消防站投入使用时间",
         mk(late, "Y102", "error", alt=("Y103",), note="2028 lies after 2025—2027"),
         "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单座小型消防站建设成本", "≤800万元", "≤800万元"),
        ("效益指标", "社会效益指标", "新建片区5分钟到场覆盖率", "≥90%", "≥85%"),
        (None, "可持续影响指标", "小型消防站设计使用年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khv03-station-goal-text", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: area and vehicles against the goal, "
         "a quality rate under 时效")  # fmt: skip
def station_goal_text() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="枫岙县城南一级普通消防站建设项目", dept="枫岙县应急管理局（215）",
        unit="枫岙县消防救援大队", attr="新增项目", money=one_year(1500, 1380, 120),
        goals=["2025年建成城南一级普通消防站1座，建筑面积3200平方米，配齐水罐、抢险救援、"
               "举高消防车共6辆，年底前投入执勤。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "消防站建设数量", "=1座"),
        (None, None, "消防站建筑面积",
         mk("≥2800平方米", "D104", "warning", row=True, note="goal: 3200平方米")),
        (None, None, "配置消防车辆",
         mk("≥8辆", "D104", "warning", row=True, note="goal: 共6辆")),
        (None, "质量指标", "主体结构验收合格率", "=100%"),
        (None, "时效指标", "投入执勤时间", "2025年12月31日前"),
        (None, None, mk("消防设施检测合格率", "F201", "warning", row=True,
                        note="a quality rate under 时效指标"), "=100%"),
        (None, "成本指标", "项目建设总成本", "≤1500万元"),
        ("效益指标", "社会效益指标", "城南片区火警平均到场时间", "≤6分钟"),
        (None, "可持续影响指标", "消防站设计使用年限", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "辖区企业和居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("khv04-stacked-stations", (2, 4),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same rate name with "
         "different values, a note and a signature line (correct)")  # fmt: skip
def stacked_stations() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="苇塘区小型消防站建设项目", dept="苇塘区应急管理局（508）",
        unit="苇塘区消防救援大队", attr="新增项目", money=one_year(620, 600, 20),
        goals=["建成小型消防站1座（建筑面积900平方米），配备消防车辆2辆。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "小型消防站建成数量", "=1座"),
        (None, None, "消防站建筑面积", "≥900平方米"),
        (None, None, "配备消防车辆", "=2辆"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "时效指标", "竣工时间", "2025年11月30日前"),
        (None, "成本指标", "项目建设成本", "≤620万元"),
        ("效益指标", "社会效益指标", "片区火警到场时间", "≤5分钟"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2025, title="", name="苇塘区消防站营房维修改造项目",
        dept="苇塘区应急管理局（508）", unit="苇塘区消防救援大队", money=one_year(180, 180, 0),
        goals=["完成2座老旧消防站营房屋面防水、供暖管网和车库门改造，改造面积共1600平方米"
               "（其中鹤汀站900平方米、石湄站700平方米）。"],
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造消防站营房", "=2座"),
        (None, None, "改造面积", "≥1600平方米"),
        (None, "质量指标", "工程验收合格率", "≥95%"),
        (None, "时效指标", "改造完成时间", "2025年9月30日前"),
        (None, "成本指标", "单位面积改造成本", "≤1125元/平方米"),
        ("效益指标", "可持续影响指标", "营房使用年限延长", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "驻站指战员满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(s, "注：两个项目分别申报、分别核算资金，营房改造项目无其他资金。")
    sign(s, 2025, "蒲晏清", "0736-5280913")
    return b


@variant("khv05-detachment-tasks", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, a station count below the goal's, "
         "last year's deadline left over")  # fmt: skip
def detachment_tasks() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="澜渚市消防救援支队",
        budget=[(wan(5200), wan(4900), wan(300), wan(3600), wan(1600))],
        tasks=[
            ("小型消防站建设", "新建苇塘、石湄、枫岙3座小型消防站", wan(900), "年内建成3座"),
            ("消防装备更新", "更新消防车辆和个人防护装备", wan(520), "装备按期列装"),
            ("训练基地维护", "训练塔、烟热训练室维护", wan(180), "训练设施完好"),
            ("金额合计", None, mk(wan(1650), "B102", "error", alt=("B101",),
                                  note="900 + 520 + 180 = 1600 = 项目支出"), None),
        ],
        goal="年内建成小型消防站3座，更新消防车辆6辆、个人防护装备400套，"
             "全年组织指战员实战化训练不少于240学时。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "小型消防站建成数量",
         mk("≥2座", "D104", "warning", row=True, note="goal and task: 3座")),
        (None, None, "更新消防车辆", "≥6辆"),
        (None, None, "个人防护装备配发", "≥400套"),
        (None, None, "实战化训练学时", "≥240学时"),
        (None, "质量指标", "装备验收合格率", "=100%"),
        (None, "时效指标", "年度建设任务完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="last year's deadline in the 2025 return")),
        ("成本指标", "经济成本指标", "单座小型消防站建设成本", "≤300万元"),
        ("效益指标", "社会效益指标", "城区火警平均到场时间", "≤8分钟"),
        (None, None, "较大以上火灾事故", ok("0起", note="0起 on an incident count")),
        ("满意度指标", "服务对象满意度指标", "群众对消防救援服务满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("khv06-export-second-sheet", (7,),
         "budget-system export: money on 部门项目支出预算05-1, indicators on "
         "部门项目支出绩效目标05-2 with codes in the first columns and the header on "
         "the third row (correct)")  # fmt: skip
def export_second_sheet() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 18, 14, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目金额", "财政拨款", "其他资金")
    s.row("317006", "石湄镇人民政府", "3170062501", "石湄镇政府专职消防站建设",
          wan(460), wan(430), wan(30))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 26, 40, 14, 18, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：317006 石湄镇人民政府")
    goal = ("2025年建成石湄镇政府专职消防站1座，配备专职消防员12名、水罐消防车1辆，"
            "为2026年全镇推广微型消防站联勤联动积累经验。")  # fmt: skip
    code = ("317006", "3170062501", "石湄镇政府专职消防站建设", goal)
    rows = [
        ("产出指标", "数量指标", "建成政府专职消防站", "=1座"),
        ("产出指标", "数量指标", "配备专职消防员", "≥12名"),
        ("产出指标", "数量指标", "配备水罐消防车", "=1辆"),
        ("产出指标", "质量指标", "消防站建设达标率", "=100%"),
        ("产出指标", "时效指标", "投入执勤时间", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "项目总成本", "≤460万元"),
        ("成本指标", "经济成本指标", "水罐消防车购置单价", "≤95万元/辆"),
        ("效益指标", "社会效益指标", "镇域火警到场时间", "≤10分钟"),
        ("效益指标", "可持续影响指标", "专职消防队稳定运行年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "镇村居民满意度", "≥90%"),
    ]
    t.row("单位编码", "项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标",
          "三级指标", "指标值")  # fmt: skip
    t.table([(*code, *r) for r in rows])
    return b
