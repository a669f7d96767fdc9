"""Returns of the laboratory upgrade: kbi01 to kbi06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout727.common import (
    LAB_CODE,
    filled,
    funds,
    indicators,
    notes,
    one_year,
    signature,
    start,
    w,
)
from tests.variants.holdout727.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("kbi01-lab-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 in the "
         "number format, a later year the work prepares for (correct)")  # fmt: skip
def lab_percent_cells() -> Book:
    b, s = start()
    project_head(s, year=2026, name="初中理化生实验室标准化改造", dept=LAB_CODE,
                 unit="槐泽县第二中学", money=one_year(120, 100, 20),
                 goals=["改造物理、化学、生物实验室6间，配置学生分组实验设备48套，分组实验"
                        "开出率达到95%以上，为2027年全县推广积累经验。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造实验室间数", "≥", 6, "间"),
        (None, None, "学生分组实验设备配置套数", "≥", 48, "套"),
        (None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "改造完工时间", "≤", day(2026, 8, 20), None),
        (None, "成本指标", "实验室改造单间成本", "≤", 15, "万元/间"),
        ("效益指标", "社会效益指标", "学生分组实验开出率", "≥", pct(0.95), "%"),
        (None, None, "实验教学安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "实验设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    signature(s, "韦明澄", "0771-6623418", filled(2026))
    return b


@variant("kbi02-lab-goal-against-indicators", (1, 12),
         "project, OLD-NAT, one value column: the goal's room count and date against the "
         "indicators, a unit price times count above the money")  # fmt: skip
def lab_goal_against_indicators() -> Book:
    b, s = start()
    project_head(s, year=2026, name="初中学生实验台更新及实验室改造", dept=LAB_CODE,
                 unit="槐泽县柳岸中学", money=one_year(100, 90, 10),
                 goals=["改造物理、化学、生物实验室共8间，更新学生实验台240张，2026年9月1日"
                        "开学前投入使用。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造实验室间数",
         mk("≥6间", "D104", "warning", row=True, note="年度目标写改造实验室共8间")),
        (None, None, "更新学生实验台数量", "≥240张"),
        (None, "质量指标", "实验台验收合格率", "≥98%"),
        (None, "时效指标", "实验室投入使用时间",
         mk("2025年9月1日前", "Y102", "error", alt=("Y103", "D104"),
            note="2026年度项目，目标写2026年9月1日，指标留着上一年的日期")),
        (None, "成本指标", "学生实验台采购单价",
         mk("≤0.6万元/张", "B107", "warning", row=True,
            note="0.6万元 × 240张 = 144万元，超过年度资金100万元")),
        ("效益指标", "社会效益指标", "学生分组实验开出率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, VALUE_HEAD, rows)
    signature(s, "覃思远", "0771-6623502", filled(2026))
    return b


@variant("kbi03-lab-three-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns, period counts above the year's, "
         "a unit cost equal to the money (correct)")  # fmt: skip
def lab_three_year() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="初中实验室标准化建设三年行动", dept=LAB_CODE,
                 unit="槐泽县教育技术装备站", attr="新增项目",
                 money=funds((360, 300, 60), (120, 100, 20)),
                 goals=["2026—2028年完成全县12所初中实验室标准化改造，共改造实验室36间，"
                        "配置实验设备144套。",
                        "2026年改造4所学校实验室12间（其中化学实验室4间），"
                        "配置实验设备48套。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造实验室间数", "≥36间", "≥12间", None),
        (None, None, "实验设备配置套数", "≥144套", "≥48套", None),
        (None, "质量指标", "设备验收合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "改造完成时间", "2028年12月31日前", "2026年12月31日前", None),
        (None, "成本指标", "单间实验室改造成本", "≤10万元/间", "≤10万元/间", "含设备"),
        ("效益指标", "社会效益指标", "学生分组实验开出率", "≥95%", "≥95%", None),
        (None, "可持续影响指标", "实验室管理制度健全性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%", None),
    ]  # fmt: skip
    indicators(s, PERIOD_HEAD, rows)
    notes(s, "注：中期指标值为2026—2028年累计数，年度指标值为2026年当年数。")
    return b


@variant("kbi04-lab-three-year-wrong", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: a year's count above the period's, "
         "a count copied, a year left over in the 年度目标")  # fmt: skip
def lab_three_year_wrong() -> Book:
    b, s = start()
    goal = mk("2025年建成数字化探究实验室3间，培训实验员9人。", "Y103", "warning",
              alt=("Y101",), note="2026—2028年项目的年度目标写2025年")  # fmt: skip
    project_head(s, year=2026, years=3, name="初中数字化探究实验室建设", dept=LAB_CODE,
                 unit="槐泽县教育技术装备站", attr="新增项目",
                 money=funds((300, 270, 30), (100, 90, 10)),
                 goals=["2026—2028年为全县9所初中各建设数字化探究实验室1间，培训实验员27人。",
                        goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "数字化探究实验室建设数量", "≥9间", "≥3间", None),
        (None, None, "数字化传感器配置套数", "≥270套",
         mk("≥300套", "D201", "error", note="年度300套大于中期270套"), None),
        (None, None, "实验员培训人数", "≥27人",
         mk("≥27人", "D202", "warning", alt=("D104",),
            note="累计人数照抄中期；年度目标写培训9人"), None),
        (None, "质量指标", "设备验收合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "建设完成时间", "2028年12月31日前", "2026年12月31日前", None),
        (None, "成本指标", "单间实验室建设成本", "≤30万元/间", "≤30万元/间", None),
        ("效益指标", "社会效益指标", "数字化实验开出率", "≥90%", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%", "≥90%", None),
    ]  # fmt: skip
    indicators(s, PERIOD_HEAD, rows)
    return b


@variant("kbi05-lab-department", (4, 12),
         "department, NAT-2021, budget and key tasks adding up, a goal count with its part in "
         "brackets, a footnote explaining the total, 填表说明, signatures (correct)")  # fmt: skip
def lab_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="槐泽县第二中学",
                    budget=[(w(860), w(800), w(60), w(500), w(360))],
                    tasks=[("实验室改造", "改造化学实验室2间、物理实验室4间", w(240),
                            "改造实验室6间"),
                           ("实验员培训", "组织实验员岗位培训", w(40), "培训实验员12人"),
                           ("仪器维护", "仪器检修与耗材补充", w(80), "仪器完好率≥95%"),
                           ("金额合计", None, w(360), None)],
                    goal="全年改造实验室6间（其中化学实验室2间），培训实验员12人，仪器完好率保持"
                         "95%以上。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造实验室间数", "≥6间"),
        (None, None, "实验员培训人数", "≥12人"),
        (None, "质量指标", "实验仪器完好率", pct(0.95)),
        (None, "时效指标", "改造工程完工时间", "2026年8月25日前"),
        ("成本指标", "经济成本指标", "实验室改造单间成本", "≤40万元/间"),
        ("效益指标", "社会效益指标", "学生实验操作考核合格率", "≥92%"),
        (None, "可持续影响指标", "实验室开放管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, VALUE_HEAD, rows)
    notes(s, "注：金额合计360万元为项目支出，基本支出500万元未列入年度主要任务。",
          "填表说明：三级指标可根据实际增减，指标值应细化、量化。")  # fmt: skip
    signature(s, "莫嘉禾", "0771-6630915", filled(2026, 12, 2))
    return b


@variant("kbi06-lab-system-export", (7, 12),
         "budget-system export: detail lines on 05-1, the indicator table on 05-2 with codes "
         "in the first columns: the same indicator twice, a quality rate under 时效")  # fmt: skip
def lab_system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 26, 26, 16, 16, 16))
    s.title("2026年部门项目支出预算表", 4)
    s.row("单位：槐泽县第三中学", None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出明细", "金额")
    s.table([("45100126001", "实验室通风及安全改造", "通风系统改造", money(36)),
             (None, None, "洗眼器与紧急喷淋", money(6)),
             (None, None, "危化品安全柜", money(8)),
             (None, None, "合计", money(50))], merged=(1, 2))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 14, 16, 30, 18))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("单位：槐泽县第三中学")
    rows = [
        ("45100126001", "实验室通风及安全改造", "产出指标", "数量指标", "实验室通风系统改造间数",
         "≥4间"),
        (None, None, None, None, "紧急喷淋装置安装套数", "≥6套"),
        (None, None, None, "质量指标", "实验室通风系统改造间数",
         mk("≥5间", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标在数量指标下已填≥4间")),
        (None, None, None, "时效指标", "通风橱验收合格率",
         mk("≥98%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")),
        (None, None, None, None, "改造完工时间", "2026年8月31日前"),
        (None, None, None, "成本指标", "通风系统单间改造成本", "≤9万元/间"),
        (None, None, "效益指标", "社会效益指标", "实验室有害气体超标次数", "≤0次"),
        (None, None, "满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), rows,
               merged=(1, 2, 3, 4))  # fmt: skip
    return b
