"""Returns kbg01–kbg06: the county hospital's telemedicine network (远程医疗协作网)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout725.common import (
    BUREAU,
    HOSPITAL,
    first,
    funds,
    funds2,
    indicators,
    notes,
    wan,
)
from tests.variants.holdout725.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbg01-consult-network", (1, 5, 12), "project, NAT-2021, numbered tier labels, operator "
         "and unit columns, typed percent cells, 万元 in the number format, a goal total with its "
         "parts in brackets (correct)")  # fmt: skip
def consult_network() -> Book:
    b, s = first()
    project_head(s, year=2025, name="县域远程会诊网络建设项目", dept=BUREAU, unit=HOSPITAL,
                 money=funds(180, 150, 30), goals=(
                     "依托县人民医院建成覆盖12个乡镇卫生院的远程会诊网络，全年开展远程会诊不少于"
                     "3000例（其中影像会诊1200例、心电会诊1800例），基层首诊率提高3个"
                     "百分点。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("一、产出指标", "（一）数量指标", "接入远程会诊网络的乡镇卫生院数", "≥", 12, "个"),
        (None, None, "远程会诊例数", "≥", 3000, "例"),
        (None, "（二）质量指标", "会诊报告规范书写率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "急诊远程会诊响应时间", "≤", 30, "分钟"),
        ("二、成本指标", "（一）经济成本指标", "每个站点远程会诊设备配置标准", "≤", 8, "万元/个"),
        ("三、效益指标", "（一）社会效益指标", "基层首诊率提高幅度", "≥", 3, "百分点"),
        (None, "（二）可持续影响指标", "远程会诊网络持续运行年限", "≥", 5, "年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "乡镇卫生院医生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kbg02-ecg-imaging-stacked", (2, 12), "two projects stacked in one sheet, OLD-NAT, one "
         "value column: a unit price × count above the first project's money, the "
         "second project's money not adding up and its goal's count given otherwise by an "
         "indicator")  # fmt: skip
def ecg_imaging_stacked() -> Book:
    b, s = first()
    project_head(s, year=2025, name="远程心电诊断中心建设项目", dept=BUREAU, unit=HOSPITAL,
                 money=funds(80, 80, 0), goals=(
                     "为40个村卫生室配备远程心电终端，全年上传心电图不少于6000份，心电报告"
                     "30分钟内出具。",))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配备远程心电终端的村卫生室",
            ok("≥40个", note="B107 may land here")),
        (None, None, "上传心电图份数", "≥6000份"),
        (None, "质量指标", "心电诊断报告合格率", "≥95%"),
        (None, "时效指标", "心电报告出具时间", "≤30分钟"),
        (None, "成本指标", "远程心电终端采购单价", mk("≤2.5万元/台", "B107", "warning", row=True,
            note="40台 × 2.5万元 = 100万元，超过年度资金80万元")),
        ("效益指标", "社会效益指标", "村民就近接受心电检查人次", "≥5000人次"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="乡镇卫生院远程影像诊断项目", dept=BUREAU, unit=HOSPITAL,
                 title="2025年度项目支出绩效目标申报表（二）",
                 money=funds(mk(wan(90), "B101", "error", note="60 + 20 = 80 ≠ 90"), 60, 20),
                 goals=(ok("为8个乡镇卫生院配备DR数字影像远程终端，全年远程影像诊断不少于"
                           "2400例，影像报告24小时内出具。", note="D104 here"),))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配备影像远程终端的乡镇卫生院", mk("≥6个", "D104", "warning",
            row=True, note="年度目标写8个乡镇卫生院")),
        (None, None, "远程影像诊断例数", "≥2400例"),
        (None, "质量指标", "影像诊断符合率", "≥90%"),
        (None, "时效指标", "影像报告出具时限", "≤24小时"),
        (None, "成本指标", "单个卫生院影像终端改造费用", "≤9万元/个"),
        ("效益指标", "社会效益指标", "乡镇卫生院影像检查外转人次减少", "≥600人次"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("kbg03-platform-three-years", (8, 12), "three-year project (2025—2027), NAT-2021, 中期 "
         "and 年度 columns: a year's count above the period's, a count other than the annual "
         "goal's, last year's deadline left in the annual column")  # fmt: skip
def platform_three_years() -> Book:
    b, s = first()
    project_head(s, year=2025, years=3, attr="新增项目", name="县乡村三级远程医疗平台建设项目",
                 dept=BUREAU, unit=HOSPITAL, money=funds2((540, 450, 90), (180, 150, 30)), goals=(
                     "2025—2027年建成县乡村三级远程医疗平台，接入全县46个村卫生室，累计远程"
                     "培训基层医务人员600人次。",
                     ok("2025年完成18个村卫生室远程终端部署，平台一期通过验收，远程会诊覆盖全部"
                        "乡镇卫生院。", note="D104 may land at the goal")))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "接入远程平台的村卫生室数", "≥46个", mk("≥15个", "D104",
            "warning", row=True, note="年度目标写18个村卫生室")),
        (None, None, "远程培训基层医务人员人次", "≥600人次", mk("≥800人次", "D201", "error",
            note="一年的人次超过三年累计")),
        (None, "质量指标", "平台运行稳定率", "≥99%", "≥99%"),
        (None, "时效指标", "平台一期验收完成时间", "2025年12月底前", mk("2024年12月底前", "Y102",
            "error", alt=("Y101", "Y103"), note="上年遗留的期限，早于项目开始")),
        ("成本指标", "经济成本指标", "村卫生室远程终端单价", "≤1.5万元/套", "≤1.5万元/套"),
        ("效益指标", "社会效益指标", "村民远程诊疗服务人次", "≥9000人次", "≥2500人次"),
        (None, "可持续影响指标", "平台运维管理制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "基层医务人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbg04-hospital-flat", (1, 3, 11), "department (county hospital), flat list (指标名称 · "
         "权重 · 计量单位 · 指标性质 as operator · 指标值), typed percents, a 下降幅度 with ≥ and "
         "0 incidents, weights add to 100 (correct)")  # fmt: skip
def hospital_flat() -> Book:
    b, s = first()
    tasks = [
        ("远程医疗协作网运维", "专线租赁、会诊专家劳务", wan(180), "全年远程会诊3000例以上"),
        ("医共体信息平台升级", "县乡两级数据互通", wan(320), "12个乡镇卫生院数据互通"),
        ("慢性病管理中心建设", "慢病门诊、随访系统", wan(400), "慢病规范管理率65%"),
        ("金额合计", None, wan(900), None),
    ]  # fmt: skip
    department_head(s, year=2025, dept=HOSPITAL, tasks=tasks,
                    budget=[(wan(5200), wan(1800), wan(3400), wan(4300), wan(900))],
                    goal="全年开展远程会诊3000例以上，县域内就诊率达到90%，慢性病患者规范管理率"
                         "达到65%，县域外转诊率下降2个百分点。")  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("远程会诊例数", 15, "例", "≥", 3000),
        ("接入远程网络的乡镇卫生院数", 10, "个", "≥", 12),
        ("慢性病患者规范管理率", 15, "%", "≥", pct(0.65)),
        ("县域内就诊率", 15, "%", "≥", pct(0.9)),
        ("县域外转诊率下降幅度", 10, "百分点", "≥", 2),
        ("远程诊疗医疗事故", 10, "起", "≤", 0),
        ("患者平均住院日", 10, "天", "≤", 8.5),
        ("患者满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    notes(s, "注：权重合计100。")
    return b


@variant("kbg05-pathology-second-sheet", (7,), "project: head on the first sheet, the table on a "
         "second sheet under 考核指标 and 预期实现值; a goal count that is part of an indicator's "
         "and a later year the work prepares for (correct)")  # fmt: skip
def pathology_second_sheet() -> Book:
    b, s = first("基本信息")
    project_head(s, year=2025, name="远程病理与超声会诊中心项目", dept=BUREAU, unit=HOSPITAL,
                 money=funds(64, 64, 0), goals=(
                     "为4个中心乡镇卫生院开通远程病理和超声会诊，全县12个乡镇卫生院均可申请远程"
                     "会诊，为2026年全县推广远程超声积累经验。",))  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 32, 20))
    t.title("2025年度远程病理与超声会诊中心项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "开通远程病理会诊的中心乡镇卫生院", "≥4个"),
        (None, None, "可申请远程会诊的乡镇卫生院", "≥12个"),
        (None, "质量指标", "病理切片数字化合格率", pct(0.98)),
        (None, "时效指标", "设备安装调试完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "病理切片扫描设备单价", "≤12万元/台"),
        ("效益指标", "社会效益指标", "病理报告平均出具时间", "≤5天"),
        (None, "可持续影响指标", "远程会诊专家排班制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "乡镇卫生院医生满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "说明：设备4台，按每台不超过12万元采购，合计不超过48万元。", width=4)
    t.row("填报日期：", day(2024, 12, 10, CN_DATE))
    return b


@variant("kbg06-export-two-sheets", (4, 7, 12), "budget-system export: 05-1 budget lines and "
         "05-2 goals, codes in the first columns, header on the third row: lines not adding "
         "to their 合计, the same indicator twice with different values, a quality rate "
         "under 时效")  # fmt: skip
def export_two_sheets() -> Book:
    b, s = first("部门项目支出预算05-1", (12, 18, 18, 24, 20, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出明细", "金额")
    code, proj = "613001", "远程诊疗中心运行项目"
    for item, amount in (("远程会诊专家劳务", 96), ("网络专线租赁", 48), ("设备维保", 36),
                         ("会诊耗材", 50)):  # fmt: skip
        s.row(code, HOSPITAL, "52302525000017", proj, item, wan(amount))
    s.row("合计", None, None, None, None, mk(wan(240), "B102", "error",
          note="96 + 48 + 36 + 50 = 230 ≠ 240"), merge=[(1, 5)])  # fmt: skip
    notes(s, "说明：本表由预算管理一体化系统导出。")
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 14, 18, 30, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：万元")
    rows = [
        ("产出指标", "数量指标", "远程会诊开展例数", ok("≥2000例", note="D102 may land here")),
        ("产出指标", "数量指标", "开展远程会诊例数", mk("≥2500例", "D102", "error", row=True,
            alt=("D101", "D103"), note="同一指标写了两次，指标值不同")),
        ("产出指标", "质量指标", "会诊意见采纳率", "≥85%"),
        ("产出指标", "时效指标", "远程会诊诊断符合率", mk("≥90%", "F201", "warning", row=True,
            note="符合率是质量指标")),
        ("产出指标", "时效指标", "会诊申请响应时间", "≤24小时"),
        ("成本指标", "经济成本指标", "远程会诊专家劳务单价", "≤300元/例"),
        ("效益指标", "社会效益指标", "患者县外转诊人次减少", "≥300人次"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ]  # fmt: skip
    t.row("单位编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for r in rows:
        t.row(code, proj, *r)
    notes(t, "说明：指标值由单位在一体化系统中填报。")
    return b
