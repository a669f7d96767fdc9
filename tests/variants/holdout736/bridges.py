"""Bridge inspection and reinforcement (桥梁检测与加固): kbr07–kbr12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout736.common import (
    BUREAU,
    DEPT,
    funds,
    indicators,
    notes,
    one_year,
    start,
    wan,
)
from tests.variants.holdout736.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

HEAD_OLD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kbr07-bridge-three-years", (8, 10),
         "three-year project, NAT-2021, 中期 and 年度 columns, 百分点, a later year prepared "
         "for (correct)")  # fmt: skip
def bridge_three_years() -> Book:
    b, s = start()
    mid = ("2025—2027年完成危旧桥梁加固改造120座、桥梁定期检测1500座，一、二类桥梁比例提高8"
           "个百分点，为2028年全省桥梁数字化管理积累检测数据。")  # fmt: skip
    year = "2025年完成危旧桥梁加固改造42座、桥梁定期检测520座。"
    project_head(s, year=2025, years=3, name="普通国省道危旧桥梁加固改造三年行动",
                 dept=DEPT, unit=BUREAU, money=funds((9600, 9000, 600), (3400, 3200, 200)),
                 goals=[mid, year])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "危旧桥梁加固改造数量", "≥120座", "≥42座"),
        (None, None, "桥梁定期检测数量", "≥1500座", "≥520座"),
        (None, "质量指标", "加固工程交工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度加固任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座桥梁加固平均费用", "≤72万元/座", "≤72万元/座"),
        ("效益指标", "社会效益指标", "一、二类桥梁比例提高", "≥8百分点", "≥3百分点"),
        (None, "可持续影响指标", "加固桥梁使用年限延长", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbr08-bridge-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: goal text copied, a cumulative "
         "count copied, a year's count above the period's")  # fmt: skip
def bridge_period_copied() -> Book:
    b, s = start()
    text = "完成松溪、柘口两市中小桥梁加固30座，桥梁定期检测260座，消除四、五类桥梁安全隐患。"
    year = ok(mk(text, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同"),
              note="年度目标的30座与年度指标38座不符，是同一复制错误的后果")  # fmt: skip
    project_head(
        s,
        year=2025,
        years=2,
        name="中小桥梁加固及检测两年行动",
        dept=DEPT,
        unit="朔川省公路事务中心松溪分中心",
        money=funds((5200, 4800, 400), (2600, 2400, 200)),
        goals=[text, year],
    )
    indicators(s, TWO, [
        ("产出指标", "数量指标", "中小桥梁加固数量", "≥30座",
         mk("≥38座", "D201", "error", alt=("D104",), note="年度38座大于两年期的30座")),
        (None, None, "桥梁定期检测数量", "≥260座",
         mk("≥260座", "D202", "warning", note="累计检测座数在两年期项目中年度与中期相同")),
        (None, "质量指标", "加固工程交工验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "检测报告提交时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座中小桥加固费用", "≤55万元/座", "≤55万元/座"),
        ("效益指标", "社会效益指标", "限载通行路段减少数量", "≥12处", "≥5处"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbr09-bridge-second-sheet", (7, 4),
         "project: head on the first sheet, the indicator table on a second sheet under a "
         "two-row header 预期实现值 (数值 · 单位), 0起 on an incident count (correct)")  # fmt: skip
def bridge_second_sheet() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2025,
        name="特大桥结构健康监测系统建设",
        dept=DEPT,
        unit=BUREAU,
        money=one_year(1280, 1280, 0),
        goals=["为8座特大桥安装结构健康监测系统，布设传感器640个，实现实时监测。"],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 16, 12, 22))
    t.title("2025年度项目绩效指标表", 6)
    t.row("一级指标", "二级指标", "三级指标", "预期实现值", None, "备注", merge=[(4, 5)])
    t.row(None, None, None, "数值", "单位", None)
    for c in (1, 2, 3, 6):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "监测系统覆盖特大桥数量", 8, "座", None),
        (None, None, "传感器安装数量", 640, "个", None),
        (None, "质量指标", "监测数据有效采集率", pct(0.95), "%", "按月统计"),
        (None, "时效指标", "系统上线运行时间", day(2025, 10, 31, 'yyyy"年"m"月"d"日前"'),
         None, None),
        ("成本指标", "经济成本指标", "单座特大桥监测系统建设费用", 150, "万元/座", "上限"),
        ("效益指标", "社会效益指标", "监测期间桥梁安全责任事故", 0, "起", "杜绝事故"),
        (None, "可持续影响指标", "监测系统设计使用年限", 10, "年", None),
        ("满意度指标", "服务对象满意度指标", "桥梁养护单位满意度", pct(0.9), "%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "注：数值为下限值，成本、事故类指标为上限值。")
    return b


@variant("kbr10-bridge-lines", (12,),
         "project, OLD-NAT, 支出明细 block under the table: lines not adding to their 合计, "
         "a unit cost × count above the money, a goal count the indicator lowers")  # fmt: skip
def bridge_lines() -> Book:
    b, s = start()
    goal = "完成柘口市危桥加固40座、桥梁定期检测320座，年底前提交全部检测报告。"
    project_head(
        s,
        year=2025,
        name="柘口市危桥加固及定期检测",
        dept=DEPT,
        unit="柘口市公路发展中心",
        money=one_year(2800, 2600, 200),
        goals=[goal],
    )
    indicators(s, HEAD_OLD, [
        ("产出指标", "数量指标", "危桥加固数量", "≥40座"),
        (None, None, "桥梁定期检测数量",
         mk("≥300座", "D104", "warning", row=True, note="年度目标写检测320座")),
        (None, "质量指标", "加固工程交工验收合格率", "≥98%"),
        (None, "时效指标", "检测报告提交时间", "2025年12月20日前"),
        (None, "成本指标", "单座危桥加固费用",
         mk("≤75万元/座", "B107", "warning", row=True,
            note="75万元/座 × 40座 = 3000万元，超过年度资金2800万元")),
        ("效益指标", "社会效益指标", "危桥限载路段解除数量", "≥15处"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("支出明细", "支出项目", "金额（万元）", "测算依据", merge=[(4, 6)])
    s.row(None, "桥梁定期检测费", wan(420), "定期检测320座", merge=[(4, 6)])
    s.row(None, "危桥加固工程费", wan(2100), "40座加固工程", merge=[(4, 6)])
    s.row(None, "设计及监理费", wan(180), "按工程费比例计取", merge=[(4, 6)])
    s.row(None, "合计",
          mk(wan(2800), "B102", "error", alt=("B101",),
             note="420 + 2100 + 180 = 2700，合计却写2800"),
          None, merge=[(4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 4, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("kbr11-bridge-export", (4, 10),
         "budget-system export: sheets 05-1 and 05-2, header on the third row, codes in the "
         "first columns, operator and unit columns, 百分点 (correct)")  # fmt: skip
def bridge_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 28, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("417003250018", "普通国省道桥梁预防性养护", wan(760), wan(700), wan(60))
    s.row("合计", None, wan(760), wan(700), wan(60))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 12, 16, 28, 10, 10, 12))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：朔川省公路事务中心", None, None, None, None, None, None, "单位：万元")
    t.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "计量单位")  # fmt: skip
    code, name = "417003250018", "普通国省道桥梁预防性养护"
    t.table([
        (code, name, "产出指标", "数量指标", "桥梁伸缩缝更换数量", "≥", 86, "道"),
        (None, None, None, None, "桥梁支座更换数量", "≥", 240, "个"),
        (None, None, None, "质量指标", "预防性养护工程合格率", "≥", pct(0.98), "%"),
        (None, None, None, "时效指标", "养护工程完工时间", "≤", day(2025, 10, 31), "日期"),
        (None, None, "成本指标", "经济成本指标", "伸缩缝更换单价", "≤", 4.5, "万元/道"),
        (None, None, None, None, "支座更换单价", "≤", 1.2, "万元/个"),
        (None, None, "效益指标", "社会效益指标", "一、二类桥梁比例提高", "≥", 3, "百分点"),
        (None, None, None, "可持续影响指标", "养护后技术状况保持年限", "≥", 5, "年"),
        (None, None, "满意度指标", "服务对象满意度指标", "公众出行满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kbr12-bridge-template-left", (7, 6),
         "project, NAT-2021: title year one before the plan dates, a template example row "
         "left in, the same count twice under one tier-2")  # fmt: skip
def bridge_template_left() -> Book:
    b, s = start()
    title = mk("2024年度项目支出绩效目标申报表", "Y101", "error", alt=("Y102", "Y103"),
               note="标题2024年度，计划日期和年度资金都是2025年：上年的表头未改")  # fmt: skip
    project_head(s, year=2025, name="中小桥梁定期检测", dept=DEPT,
                 unit="朔川省公路事务中心岱阳分中心", money=one_year(360, 360, 0),
                 goals=["完成岱阳片区中小桥梁定期检测180座，建立桥梁技术状况档案。"],
                 title=title)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值"), [
        ("产出指标", "数量指标", "中小桥定期检测数量", "≥180座"),
        (None, None, "中小桥梁定期检测数量",
         mk("≥150座", "D103", "warning", row=True, alt=("D101", "D102", "D104"),
            note="与上一行同一指标（多一个“梁”字），指标值不同")),
        (None, None, "（示例）农村公路路面大中修里程",
         mk("≥XX公里", "X101", "error", alt=("T116",),
            note="模板的示例行未删除，另一个项目的内容")),
        (None, "质量指标", "检测报告合格率", "≥98%"),
        (None, "时效指标", "检测报告提交时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座桥梁检测费用", "≤2万元/座"),
        ("效益指标", "可持续影响指标", "桥梁技术状况档案建档率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "桥梁管养单位满意度", "≥90%"),
    ])  # fmt: skip
    return b
