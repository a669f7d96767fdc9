"""菊芋 (Jerusalem artichoke) inulin returns: fn07 to fn12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout628.common import (
    AGRI,
    PROJECT,
    YEAR,
    details,
    first,
    funds,
    indicators,
    notes,
    sign,
    wan,
)
from tests.variants.holdout628.registry import variant
from tests.variants.kit import Book, day, mk, pct

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
CENTRE = "澄禾县菊芋产业服务中心"


@variant(
    "fn07-inulin-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points, a tier score column and an "
    "indicator score column both adding to 100, a rise in 百分点, 0起 (correct)",
)
def fn07() -> Book:
    b, s = first("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="北垣乡菊粉生产线提取工艺改造",
        dept=AGRI,
        unit="澄禾禾源菊粉有限公司",
        money=funds((210, 180, 30)),
        goals=[
            "改造菊粉生产线1条，收购菊芋5000吨（其中订单种植3200吨、散户收购"
            "1800吨），生产菊粉600吨，菊粉提取得率比上年提高2个百分点，带动"
            "种植户380户。"
        ],
    )
    indicators(s, SCORED, [
        ("一、成本指标（15分）", 15, "（一）经济成本指标", "菊芋收购保底价", "≤1600元/吨", 5),
        (None, None, None, "生产线改造投入", "≤130万元", 5),
        (None, None, "（二）社会成本指标", "加工环节安全生产事故", "=0起", 5),
        ("二、产出指标（45分）", 45, "（一）数量指标", "菊芋收购量", "≥5000吨", 10),
        (None, None, None, "菊粉产量", "≥600吨", 10),
        (None, None, "（二）质量指标", "菊粉菊糖含量达标率", "≥95%", 10),
        (None, None, None, "菊粉提取得率提高", "≥2百分点", 5),
        (None, None, "（三）时效指标", "生产线改造完成时间", "2025年8月31日前", 10),
        ("三、效益指标（30分）", 30, "（一）经济效益指标", "带动种植户户均增收", "≥2000元", 10),
        (None, None, "（二）社会效益指标", "带动菊芋种植户数", "≥380户", 10),
        (None, None, "（三）生态效益指标", "菊芋皮渣综合利用率", pct(0.9), 10),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "种植户满意度", "≥90%",
         10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "注：一级指标分值与三级指标分值为同一套分数的两级写法，各自合计100分。")
    return b


@variant(
    "fn08-inulin-points-wrong",
    (5, 10),
    "project, NAT-2021, ★ tier labels, tier and indicator score columns: 产出's score "
    "against its indicators, a purity rate under 时效, the goal's purchase against its count",
)
def fn08() -> Book:
    b, s = first("绩效目标")
    project_head(
        s,
        year=YEAR,
        name="北垣乡菊粉车间扩能改造",
        dept=AGRI,
        unit="澄禾县北垣乡菊芋农民专业合作社联合社",
        money=funds((200, 170, 30)),
        goals=["收购菊芋6000吨，生产菊粉650吨，改造菊粉生产线1条，带动种植户420户。"],
    )
    b.file_mark(
        "W101", "error", required=False, note="三级指标分值合计105：由产出的5分多出而来，同一问题"
    )
    tier = mk(40, "W103", "error", note="产出指标分值40，其下三级指标分值合计45")
    indicators(s, SCORED, [
        ("★成本指标", 15, "经济成本", "菊芋收购保底价", "≤1600元/吨", 8),
        (None, None, None, "生产线改造投入", "≤150万元", 7),
        ("★产出指标", tier, "数量", "菊芋收购量",
         mk("≥5000吨", "D104", "warning", row=True,
            note="年度目标写收购菊芋6000吨，指标只有5000吨"), 10),
        (None, None, None, "菊粉产量", "≥650吨", 10),
        (None, None, "质量", "菊粉菊糖含量达标率", "≥95%", 10),
        (None, None, "时效", "生产线改造完成时间", "2025年9月30日前", 5),
        (None, None, None, "菊粉纯度达标率",
         mk("≥95%", "F201", "warning", row=True, note="纯度达标率是质量指标，填在时效下"), 10),
        ("★效益指标", 35, "经济效益", "种植户户均增收", "≥2200元", 15),
        (None, None, "社会效益", "带动菊芋种植户数", "≥420户", 10),
        (None, None, "生态效益", "菊芋皮渣综合利用率", "≥85%", 10),
        ("★满意度指标", 10, "服务对象满意度", "种植户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "fn09-inulin-department",
    (4, 12),
    "department, NAT-2021: budget and key tasks adding up, a 注 row between tiers, "
    "填表说明, a later year the work prepares for, a fill date in the prior year (correct)",
)
def fn09() -> Book:
    b, s = first("部门整体")
    department_head(
        s,
        year=YEAR,
        dept=CENTRE,
        budget=[(wan(386.5), wan(352.5), wan(34), wan(146.5), wan(240))],
        tasks=[
            ("菊芋良种繁育", "建设良种繁育基地120亩", wan(120), "繁育良种种块300吨"),
            ("菊粉加工技术指导", "举办技术培训12期", wan(70), "培训加工人员360人次"),
            ("质量追溯平台运维", "菊粉批次赋码与数据维护", wan(50), "赋码覆盖90%批次"),
            ("金额合计", None, wan(240), None),
        ],
        goal="繁育菊芋良种种块300吨，举办加工技术培训12期，菊粉批次追溯赋码覆盖率"
        "达到90%，为2026年菊粉出口认证积累检测数据。",
    )
    header = (*PROJECT, "备注")
    indicators(s, header, [
        ("成本指标", "经济成本指标", "良种繁育基地亩均投入", "≤1万元/亩", "120亩合计120万元"),
        ("产出指标", "数量指标", "良种繁育面积", "≥120亩", None),
        (None, None, "良种种块产量", "≥300吨", None),
        (None, None, "加工技术培训", "≥12期", "每期约30人次"),
        (None, "质量指标", "良种纯度达标率", pct(0.96), None),
        (None, "时效指标", "追溯平台故障响应时间", "≤24小时", None),
    ])  # fmt: skip
    notes(s, "注：良种繁育面积含北垣乡示范基地40亩，不另列指标。")
    s.table([
        ("效益指标", "经济效益指标", "菊芋种植户亩均增收", "≥300元", None),
        (None, "社会效益指标", "菊粉批次追溯赋码覆盖率", "≥90%", None),
        (None, "可持续影响指标", "良种推广覆盖乡镇数", "≥5个", "为2026年扩繁做准备"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须含比较符和计量单位；2.备注栏可说明测算依据。")
    sign(s, "闵若芹", "0739-6158820", day(YEAR - 1, 11, 18), head="单位负责人")
    return b


@variant(
    "fn10-inulin-dept-money",
    (12, 13),
    "department, NAT-2021: budget consistent, key tasks not adding up to 金额合计, an "
    "indicator row with a value but no name",
)
def fn10() -> Book:
    b, s = first("部门整体")
    total = mk(wan(160), "B102", "error", note="任务金额80+45+30=155，金额合计写160")
    department_head(
        s,
        year=YEAR,
        dept="澄禾县北垣乡菊芋加工园区管理办公室",
        budget=[(wan(212), wan(190), wan(22), wan(52), wan(160))],
        tasks=[
            ("园区道路养护", "养护园区道路3.2公里", wan(80), "道路完好率95%"),
            ("污水处理站运行", "菊粉加工废水处理", wan(45), "出水达标"),
            ("菊粉检测室运行", "原料及成品检测", wan(30), "检测1500批次"),
            ("金额合计", None, total, None),
        ],
        goal="保障园区道路、污水处理和检测室正常运行，全年检测菊芋原料及菊粉"
        "1500批次，废水达标排放。",
    )
    indicators(s, PROJECT, [
        ("成本指标", "经济成本指标", "单批次检测成本", "≤200元/批次"),
        ("产出指标", "数量指标", "园区道路养护里程", "≥3.2公里"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"),
         "≥1500批次"),
        (None, "质量指标", "污水处理站出水达标率", "=100%"),
        (None, "时效指标", "检测报告出具时限", "≤3个工作日"),
        ("效益指标", "社会效益指标", "园区道路完好率", "≥95%"),
        (None, "生态效益指标", "菊粉加工废水集中处理率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "骆晨阳", "0739-6158913", day(YEAR - 1, 11, 25))
    return b


@variant(
    "fn11-inulin-second-sheet",
    (1, 7, 9),
    "project: head and detail lines on the first sheet, the indicator table on a second "
    "sheet under 预期实现值 with a unit column, `=100%` kept as text, 百分点 (correct)",
)
def fn11() -> Book:
    b, s = first("项目信息")
    project_head(
        s,
        year=YEAR,
        name="北垣乡菊粉低温干燥线改造",
        dept=AGRI,
        unit="澄禾禾源菊粉有限公司",
        money=funds((168, 150, 18)),
        goals=[
            "购置低温干燥设备2套，干燥处理菊粉700吨，菊粉优级品率提高5个百分点，"
            "单位产品能耗下降12%以上。"
        ],
    )
    details(
        s,
        [
            ("低温干燥设备", 110, "2套×55万元/套"),
            ("车间洁净改造", 40, "洁净车间300平方米"),
            ("调试与培训", 18, "安装调试及操作培训"),
        ],
        168,
    )
    t = b.sheet("绩效指标", (14, 16, 30, 16, 12))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "低温干燥设备购置数量", "≥2", "套"),
        (None, None, "菊粉干燥处理量", "≥700", "吨"),
        (None, "质量指标", "设备安装验收合格率", "=100%", "%"),
        (None, None, "菊粉水分达标率", pct(0.97), "%"),
        (None, "时效指标", "设备安装调试完成时间", "2025年7月31日前", "—"),
        (None, "成本指标", "低温干燥设备单价", "≤55", "万元/套"),
        ("效益指标", "经济效益指标", "菊粉优级品率提高", "≥5", "百分点"),
        (None, "生态效益指标", "单位产品能耗下降率", "≥12", "%"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant(
    "fn12-inulin-header-years",
    (7, 9),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: plan dates left from last season, "
    "a deadline in the next year, an amount split by a space",
)
def fn12() -> Book:
    b, s = first()
    start = mk(
        day(YEAR - 1, 3, 1),
        "Y101",
        "error",
        row=True,
        alt=("Y102",),
        note="标题为2025年度，计划起止日期仍是上一季的2024年",
    )
    split = mk("26.2 5", "X105", "warning", alt=("X103",), note="26.25被空格断开，存为文本")
    project_head(
        s,
        year=YEAR,
        name="北垣乡菊芋储藏窖改造",
        dept=AGRI,
        unit="澄禾县北垣乡菊芋农民专业合作社",
        start=start,
        end=day(YEAR - 1, 11, 30),
        money=funds((136.25, 110, 26.25), (136.25, 110, split)),
        goals=[
            "2025年改造菊芋储藏窖10座，储藏鲜菊芋2000吨，储藏损耗率控制在5%以内，"
            "完成菊粉生产许可证换证。"
        ],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "菊芋储藏窖改造数量", "10座"),
        (None, None, "鲜菊芋储藏量", "≥2000吨"),
        (None, "质量指标", "菊芋储藏损耗率", "≤5%"),
        (None, "时效指标", "菊粉生产许可证换证完成时间",
         mk("2026年3月31日前", "Y102", "error",
            note="一年期2025年项目，换证期限落在2026年")),
        (None, "成本指标", "储藏窖改造标准", "≤9万元/座"),
        ("效益指标", "经济效益指标", "菊芋错季销售增收", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "谭映川", "0739-6159027", day(YEAR - 1, 12, 3))
    return b
