"""Energy-saving retrofits (节能改造), energy departments' budgets and a budget-system export:
rz13–rz18."""

from __future__ import annotations

from tests.variants.holdout276.common import (
    ONE,
    OPS,
    department,
    indicators,
    note,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout276.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct


@variant("rz13-retrofit-footnotes", (4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准 with "
         "a 指标值设定依据 column; a 说明 row inside the table, footnotes explaining the total, "
         "填表说明, signature lines dated the year before (correct)")  # fmt: skip
def rz13() -> Book:
    b, s = start()
    project(s, "乌檀区2025年公共机构节能改造项目", "乌檀区机关事务服务中心（118010）",
            "乌檀区公共机构节能管理所", one_year(380, 300, 80),
            ["对14家公共机构实施照明、空调及余热回收节能改造，"
             "年节约标准煤420吨以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准", "指标值设定依据")
    indicators(s, head, [
        ("产出指标", "数量指标", "完成节能改造公共机构", "≥14家", "计划标准"),
        (None, None, "更换LED高效照明灯具", "≥5200套", "计划标准"),
        (None, "质量指标", "改造项目验收合格率", "=100%", "行业标准"),
        (None, "时效指标", "改造工程完工时间", "2025年10月31日前", "计划标准"),
        (None, "成本指标", "LED灯具单套采购安装成本", "≤260元/套", "历史标准"),
    ])  # fmt: skip
    note(s, "说明：以下效益指标按改造前后各12个月的能耗监测数据核算，不计入改造期间。", 5)
    s.table([
        ("效益指标", "经济效益指标", "年节约能源费用", "≥68万元", "计划标准"),
        (None, "生态效益指标", "年节约标准煤", "≥420吨", "行业标准"),
        (None, "可持续影响指标", "节能设备运行维护制度", "建立并执行", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "用能单位满意度", "≥90%", "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.项目资金380万元＝设备购置260万元＋安装调试及拆旧120万元，详见资金测算表。", 5)
    note(s, "2.LED灯具单套成本含灯具及安装，5200套合计约135万元，已含在设备购置中。", 5)
    note(s, "填表说明：指标值设定依据填写计划标准、行业标准、历史标准或其他标准。", 5)
    sign(s, "邵见川", "0745-3376120", day(2024, 11, 11), checker="卢怀瑾")
    return b


def _scored_block(s: Sheet, rows: list[tuple[object, ...]], label: str, total: int) -> None:
    s.table(rows, merged=(1, 2))
    s.row(label, None, None, None, total, merge=[(1, 3)])


@variant("rz14-retrofit-page-break", (4,), "department, NAT-2021, weight column: a code and "
         "unit row, subtotal rows per tier, header repeated after a page break, a total row "
         "(correct)")  # fmt: skip
def rz14() -> Book:
    b, s = start()
    department(s, "棠塘县机关事务管理局", [(1260, 1180, 80, 860, 400)],
               "推进公共机构节能降碳，完成节能诊断和能耗监测平台运维，公共机构能耗持续下降。",
               tasks=[("公共机构节能改造", "县直单位节能诊断与改造", 260, "诊断全覆盖"),
                      ("能耗监测平台运维", "平台接入、数据校核及运维", 90, "数据准确"),
                      ("节能宣传", "节能宣传周及培训", 50, "提高节能意识"),
                      ("金额合计", "", 400, "")])  # fmt: skip
    s.row("预算单位编码：417006", None, None, "金额单位：万元")
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    s.row(*head)
    _scored_block(s, [
        ("产出指标", "数量指标", "完成节能诊断公共机构", "≥40家", 10),
        (None, None, "能耗监测平台接入单位", "≥120家", 10),
        (None, "质量指标", "能耗数据上报准确率", "≥98%", 10),
        (None, "时效指标", "上年度能耗统计报告报送时间", "2025年3月31日前", 10),
    ], "产出指标小计", 40)  # fmt: skip
    _scored_block(s, [
        ("成本指标", "经济成本指标", "单家机构节能诊断费用", "≤1.5万元/家", 10),
        (None, None, "能耗监测平台单家年运维费用", "≤0.7万元/家", 10),
    ], "成本指标小计", 20)  # fmt: skip
    s.skip()
    s.row(*head)
    _scored_block(s, [
        ("效益指标", "社会效益指标", "公共机构人均综合能耗下降率", "≥2.5%", 10),
        (None, "生态效益指标", "年节约标准煤", "≥900吨", 15),
        (None, "可持续影响指标", "公共机构节能管理制度", "健全", 5),
    ], "效益指标小计", 30)  # fmt: skip
    _scored_block(s, [
        ("满意度指标", "服务对象满意度指标", "服务单位满意度", "≥90%", 10),
    ], "满意度指标小计", 10)  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 3)])
    sign(s, "钟砚舟", "0747-5523014", day(2024, 11, 21))
    return b


@variant("rz15-energy-dept-money", (12,), "department, NAT-2021: budget with typed percent "
         "shares, three key tasks adding to 金额合计 = 项目支出, a unit subsidy × count equal to "
         "its task money (correct)")  # fmt: skip
def rz15() -> Book:
    b, s = start()
    shares = (pct(1), pct(0.9), pct(0.1), pct(0.4133, "0.00%"), pct(0.5867, "0.00%"))
    department(s, "沅曲县能源局", [(1500, 1350, 150, 620, 880), shares],
               "配套完成农网改造，加强天然气管网安全监管，补助公共充电设施建设。",
               tasks=[("农村电网巩固提升配套", "配套26个行政村农网改造", 420, "农网改造按期完成"),
                      ("天然气管网安全监管", "管网巡查、隐患排查及应急演练", 180,
                       "管网安全平稳运行"),
                      ("公共充电设施建设补助", "补助新建公共充电桩140个", 280, "充电网络加密"),
                      ("金额合计", "", 880, "")])  # fmt: skip
    s.row("占比按金额÷资金总额计算，保留两位小数。")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配套完成农网改造行政村", "≥26个"),
        (None, None, "燃气管网安全检查", "≥4次"),
        (None, None, "补助新建公共充电桩", "≥140个"),
        (None, "质量指标", "燃气管网隐患整改率", "=100%"),
        (None, "时效指标", "充电桩补助资金拨付时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "公共充电桩单桩补助标准", "≤2万元/个"),
        ("效益指标", "社会效益指标", "较大及以上燃气安全事故", "0起"),
        (None, "可持续影响指标", "农村电网供电可靠率", "≥99.8%"),
        ("满意度指标", "服务对象满意度指标", "群众用能服务满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮清和", "0743-7716685", day(2024, 11, 20))
    return b


@variant("rz16-energy-dept-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计")  # fmt: skip
def rz16() -> Book:
    b, s = start()
    total = mk(1200, "B101", "error", row=True, note="基本支出 480 + 项目支出 740 = 1220")
    department(s, "茗川县发展和改革局", [(total, 1100, 100, 480, 740)],
               "推进农网改造、天然气村村通和公共机构节能改造，保障全县能源安全供应。",
               tasks=[("农村电网改造配套", "配套8个行政村农网改造", 360, "改造按期完成"),
                      ("天然气村村通", "新建村级燃气管道及调压设施", 220, "新增通气村"),
                      ("公共机构节能改造", "县直单位照明及空调节能改造", 140, "能耗下降"),
                      ("金额合计", "", mk(740, "B102", "error", note="360+220+140 = 720"),
                       "")])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "配套完成农网改造行政村", "≥8个"),
        (None, None, "新增管道燃气通气行政村", "≥6个"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "年度改造任务完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单村农网改造配套资金", "≤45万元/个"),
        ("效益指标", "社会效益指标", "新增使用管道燃气农户", "≥1500户"),
        (None, "生态效益指标", "公共机构年节约标准煤", "≥300吨"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "池予安", "0748-2231479", day(2024, 11, 13))
    return b


@variant("rz17-gas-export-second-sheet", (7, 9), "budget-system export: money on sheet 05-1 "
         "with codes in the first columns and a total split by a space, the indicator table on "
         "sheet 05-2 (header on row 3, operators in words, 度量单位) with a rate given as "
         "a count")  # fmt: skip
def rz17() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (10, 22, 22, 30, 12, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金")  # fmt: skip
    split = mk("326.458 2", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 326.4582")
    s.row("509002", "茗川县住房和城乡建设局", "530924250000000318",
          "2025年农村天然气管网建设补助", "一次性项目", split, 300, 26.4582)  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 22, 14, 16, 26, 12, 14, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：茗川县住房和城乡建设局", None, None, "项目：2025年农村天然气管网建设补助")
    t.row("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "度量单位")  # fmt: skip
    code = ("509002", "530924250000000318")
    for line in [
        ("产出指标", "数量指标", "新建村级燃气管道", "大于等于", 14, "公里"),
        ("产出指标", "数量指标", "新增通气农户", "大于等于", 1800, "户"),
        ("产出指标", "质量指标", "户内燃气安全检查覆盖率", "大于等于",
         mk(2800, "T105", "error", row=True, note="覆盖率写成户数"), "户"),
        ("产出指标", "时效指标", "管网通气时间", "小于等于", day(2025, 11, 30), None),
        ("产出指标", "成本指标", "村级管道单公里建设补助", "小于等于", 18, "万元/公里"),
        ("效益指标", "社会效益指标", "新增管道燃气覆盖人口", "大于等于", 5400, "人"),
        ("效益指标", "生态效益指标", "年替代散煤", "大于等于", 2700, "吨"),
        ("满意度指标", "服务对象满意度指标", "通气农户满意度", "大于等于", 90, "%"),
    ]:  # fmt: skip
        t.row(*code, *line)
    return b


@variant("rz18-retrofit-artefacts", (9, 12, 1), "project, OLD-NAT, operator and unit columns, "
         "money detail lines under the table: an end date as a serial in a text cell, a unit "
         "cost rounded to 0, an amount pasted twice")  # fmt: skip
def rz18() -> Book:
    b, s = start()
    serial = mk("45991", "X104", "warning", note="日期序列号存成文本（2025-11-30）")
    project(s, "枫埠县2025年医院及学校空气源热泵节能改造项目", "枫埠县机关事务服务中心（214015）",
            "枫埠县公共机构节能管理所", one_year(340, 300, 40),
            ["以空气源热泵替代燃气锅炉24台，改造供热面积3.6万平方米。"], end=serial)  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造空气源热泵机组", "≥", 24, "台"),
        (None, None, "改造供热面积", "≥", 36000, "平方米"),
        (None, "质量指标", "机组能效达标率", "≥", pct(0.98), None),
        (None, "时效指标", "改造完成时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "空气源热泵单台改造成本", "≤",
         mk(0, "T115", "error", note="180万元÷24台 = 7.5万元/台，写成 0"), "万元/台"),
        ("效益指标", "经济效益指标", "年节约燃气费用", "≥", 85, "万元"),
        (None, "生态效益指标", "年减少二氧化碳排放", "≥", 1900, "吨"),
        ("满意度指标", "服务对象满意度指标", "师生及患者满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    twice = mk("96万96万（含拆除旧机组）", "X106", "error", alt=("B108",),
               note="金额重复粘贴，应为 96 万元")  # fmt: skip
    top = s.row("资金明细（万元）", "热泵机组采购", money(180, WAN), "24台×7.5万元/台",
                merge=[(4, 6)])  # fmt: skip
    s.row(None, "拆除及安装", twice, "按工程量清单测算", merge=[(4, 6)])
    s.row(None, "电气配套", money(64, WAN), "配电增容及线缆", merge=[(4, 6)])
    s.row(None, "合计", money(340, WAN), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    sign(s, "姚听松", "0745-6604892", day(2024, 11, 28))
    return b
