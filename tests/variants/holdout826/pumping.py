"""Pumping station returns (kfd07–kfd12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout826.common import YEAR, book, funds, indicators, note, one_year, sign, w
from tests.variants.holdout826.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("kfd07-pump-department-notes", (4, 12),
         "department, NAT-2021: budget and key tasks adding to 金额合计, a note row between "
         "tiers, a 说明 explaining the total, 填表说明 and signature lines (correct)")  # fmt: skip
def pump_department_notes() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="沅潭市排水泵站管理中心",
                    budget=[(w(860), w(800), w(60), w(310), w(550))],
                    tasks=[("泵站运行维护", "18座排涝泵站值守、运行及电费", w(320),
                            "汛期开机完好率≥98%"),
                           ("机组大修", "4座泵站6台机组大修", w(150), "4月底前完成大修"),
                           ("应急排涝物资储备", "移动泵车租赁及防汛物资", w(80), "物资储备到位"),
                           ("金额合计", None, w(550), None)],
                    goal="保障全市18座排涝泵站汛期安全运行，完成6台机组大修，储备移动排涝能力"
                         "不少于3000立方米/小时。")  # fmt: skip
    indicators(s, [HEAD4], [
        ("产出指标", "数量指标", "运行维护排涝泵站数量", "≥18座"),
        (None, None, "机组大修台数", "≥6台"),
        (None, None, "移动排涝能力储备", "≥3000立方米/小时"),
        (None, "质量指标", "汛期泵站开机完好率", pct(0.98)),
        (None, "时效指标", "机组大修完成时间", "4月30日前"),
        ("成本指标", "经济成本指标", "单台机组大修费用", "≤25万元/台"),
    ])  # fmt: skip
    note(s, "注：以下效益、满意度指标按汛期（4月15日—10月15日）统计。", 4)
    s.table([
        ("效益指标", "社会效益指标", "泵站故障导致的内涝事件", "0起"),
        (None, "可持续影响指标", "泵站运行值守制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务片区群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：金额合计550万元即项目支出；基本支出310万元为人员和公用经费，不列入主要任务。")
    note(s, "填表说明：指标值请填写比较符、数值和计量单位；定性指标填写等级。")
    sign(s, "闻溪亭", "0736-8871129", (YEAR - 1, 11, 20))
    s.row("单位负责人（签字）：", None, None, "审核日期：", day(YEAR - 1, 11, 22))
    return b


@variant("kfd08-pump-department-abbrev", (12, 5),
         "department, NAT-2021 with abbreviated tier labels (产出, 数量…): 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a satisfaction rate under 社会效益")  # fmt: skip
def pump_department_abbrev() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="鹭渚县排涝泵站管理所",
        budget=[
            (
                mk(w(720), "B101", "error", note="基本支出260＋项目支出480＝740≠资金总额720"),
                w(680),
                w(40),
                w(260),
                w(480),
            )
        ],
        tasks=[
            ("泵站运行", "9座泵站运行值守及电费", w(320), "汛期安全运行"),
            ("闸泵联调系统维护", "闸泵联调平台及通信链路维护", w(100), "系统在线率≥98%"),
            ("排涝物资", "移动泵车及抽水设备补充", w(40), "物资补充到位"),
            (
                "金额合计",
                None,
                mk(w(480), "B102", "error", note="320＋100＋40＝460≠金额合计480"),
                None,
            ),
        ],
        goal="保障9座排涝泵站汛期安全运行，闸泵联调系统全年在线率不低于98%。",
    )
    indicators(s, [HEAD4], [
        ("产出", "数量", "运行泵站数量", "≥9座"),
        (None, None, "移动泵车补充数量", "≥2台"),
        (None, "质量", "闸泵联调系统在线率", "≥98%"),
        (None, "时效", "汛前设备检查完成时间", "4月15日前"),
        ("成本", "经济成本", "单座泵站年运行费用", "≤35万元/座"),
        ("效益", "社会效益", "泵站责任片区内涝积水时长", "≤3小时"),
        (None, None, mk("泵站周边群众满意度", "F201", "warning", row=True, alt=("D101", "D103"),
                        note="满意度填在社会效益下，应属服务对象满意度"), "≥90%"),
        ("满意度", "服务对象满意度", "防汛责任单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁向晚", "0739-5527312", (YEAR - 1, 11, 26))
    return b


@variant("kfd09-pump-points-labels", (5, 10),
         "project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, （一）数量) "
         "and indicator points adding to the same 100, a rise in 百分点 (correct)")  # fmt: skip
def pump_points_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="沅潭市2025年排涝泵站运行维护项目",
                 dept="沅潭市城市管理局（318001）", unit="沅潭市排水泵站管理中心",
                 money=one_year(w(210), w(200), w(10)),
                 goals=["保障城区12座排涝泵站全年安全运行，完成3座泵站自动化改造，机组完好率比"
                        "上年提高3个百分点。"])  # fmt: skip
    indicators(s, [(*HEAD4, "分值")], [
        ("一、产出指标（50分）", "（一）数量指标", "运行维护泵站数量", "≥12座", 8),
        (None, None, "自动化改造泵站数量", "≥3座", 8),
        (None, "（二）质量指标", "泵站机组完好率", "≥97%", 10),
        (None, "（三）时效指标", "自动化改造完成时间", "6月30日前", 8),
        (None, "（四）成本指标", "单座泵站年度运维费用", "≤10万元/座", 8),
        (None, None, "单座泵站自动化改造费用", "≤30万元/座", 8),
        ("二、效益指标（30分）", "（一）社会效益指标", "机组完好率比上年提高", "≥3百分点", 15),
        (None, None, "泵站故障引发的内涝事件", "0起", 15),
        ("三、满意度指标（20分）", "（一）服务对象满意度指标", "周边居民满意度", "≥90%", 10),
        (None, None, "防汛指挥部门满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    note(s, "注：运维10万元×12座＋改造30万元×3座＝210万元，与项目资金一致。", 5)
    sign(s, "闻溪亭", "0736-8871129", (YEAR - 1, 11, 20))
    return b


@variant("kfd10-pump-overhaul-template", (1, 6),
         "project, OLD-NAT, operator and unit columns with typed percent cells: a template "
         "example value left, a pass rate under 时效, a typed percent above 100%")  # fmt: skip
def pump_overhaul_template() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="榆埭区2025年泵站机电设备检修项目",
                 dept="榆埭区水务局（213004）", unit="榆埭区排水管理所",
                 money=one_year(w(88), w(80), w(8)),
                 goals=["4月底前完成区内9座泵站机电设备检修，更换老化水泵4台。"])  # fmt: skip
    indicators(s, [OP_HEAD], [
        ("产出指标", "数量指标", "泵站检修数量", "≥", 9, "座"),
        (None, None, "老化水泵更换数量", "≥", 4, "台"),
        (None, None, "巡检覆盖泵站数量", "≥",
         mk("XX", "X101", "error", note="模板示例值XX未改"), "座"),
        (None, "质量指标", "检修设备试运行合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "汛前检修完成时间", "≤", "4月30日", None),
        (None, None, mk("检修设备一次验收合格率", "F201", "warning", row=True,
                        note="验收合格率是质量指标，填在时效指标下"), "≥", pct(0.95), "%"),
        (None, "成本指标", "单座泵站检修费用", "≤", 4, "万元/座"),
        (None, None, "水泵更换单价", "≤", 12, "万元/台"),
        ("效益指标", "社会效益指标", "泵站机组完好率", "≥",
         mk(pct(1.05), "T106", "error", note="完好率105%超过100%上限"), "%"),
        ("满意度指标", "服务对象满意度指标", "防汛责任单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "彭知远", "0571-6938214", (YEAR - 1, 11, 18))
    return b


EXPORT_HEAD = ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标",
               "指标性质", "指标值", "度量单位")  # fmt: skip


@variant("kfd11-pump-system-export", (7,),
         "budget-system export: a 05-1 budget sheet with codes, the indicator table on a "
         "second sheet under a title and a unit line, header on row 3 (correct)")  # fmt: skip
def pump_system_export() -> Book:
    code, name = "330702251000012", "鹭渚县城区泵站智能化改造项目"
    b, s = book("部门项目支出预算05-1", (18, 28, 16, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("项目编码", "项目名称", "经济分类", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, "专用设备购置", w(95), w(85), w(10))
    s.row(code, name, "委托业务费", w(40), w(35), w(5))
    s.row("合计", None, None, w(135), w(120), w(15))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 30, 12, 14, 26, 10, 10, 12))
    t.title("2025年部门项目支出绩效目标表", 9)
    t.row("单位：鹭渚县排涝管理站", None, None, None, None, None, None, "金额单位：万元")
    goal = "2025年完成8座泵站智能控制终端安装和24个液位监测点建设，实现泵站远程启停。"
    indicators(t, [EXPORT_HEAD], [
        (code, name, goal, "产出指标", "数量指标", "智能控制终端安装数量", "≥", 8, "套"),
        (None, None, None, None, None, "液位监测点新增数量", "≥", 24, "个"),
        (None, None, None, None, "质量指标", "终端联调合格率", "≥", 98, "%"),
        (None, None, None, None, "时效指标", "投入使用时间", "≤", day(YEAR, 6, 15), None),
        (None, None, None, "成本指标", "经济成本指标", "智能控制终端单价", "≤", 9, "万元/套"),
        (None, None, None, None, None, "液位监测点单价", "≤", 2, "万元/个"),
        (None, None, None, "效益指标", "社会效益指标", "泵站远程启停响应时间", "≤", 5, "分钟"),
        (None, None, None, None, "可持续影响指标", "智能化运维制度", "定性", "建立并执行",
         None),
        (None, None, None, "满意度指标", "服务对象满意度指标", "泵站值守人员满意度", "≥", 90,
         "%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("kfd12-pump-rebuild-copied", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度资金 above 中期资金, two "
         "cumulative counts copied from the 中期 column into the 年度 column")  # fmt: skip
def pump_rebuild_copied() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="沅潭市城东排涝泵站改造工程",
                 dept="沅潭市水利局（318006）", unit="沅潭市城东排涝管理处",
                 money=funds((w(600), w(560), w(40)),
                             (mk(w(650), "B103", "error", note="年度650万元大于中期600万元"),
                              w(610), w(40))),
                 goals=["2025—2026年改造泵站2座，更换机组8台，配套建设进出水闸2座。",
                        "2025年完成城东泵站主体改造及4台机组更换，建成进水闸1座。"])  # fmt: skip
    two = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, [two], [
        ("产出指标", "数量指标", "泵站改造数量", "≥2",
         mk("≥2", "D202", "warning", alt=("D104",), note="年度照抄中期；年度目标只改造1座"),
         "座"),
        (None, None, "机组更换数量", "≥8",
         mk("≥8", "D202", "warning", alt=("D104",), note="年度照抄中期；年度目标为4台"), "台"),
        (None, None, "进出水闸建设数量", "≥2", "≥1", "座"),
        (None, "质量指标", "机组安装验收合格率", "100%", "100%", "%"),
        (None, "时效指标", "主体工程完工时间", "2026年10月31日前", "2025年12月31日前", None),
        ("成本指标", "经济成本指标", "单台机组更换费用", "≤45", "≤45", "万元/台"),
        ("效益指标", "社会效益指标", "服务片区易涝点消除数量", "≥6", "≥3", "处"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    sign(s, "晏临川", "0736-8875530", (YEAR - 1, 12, 5))
    return b
