"""Warning signs on village roads: six returns (three correct)."""

from __future__ import annotations

from tests.variants.holdout833.common import (
    department,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign_off,
    start,
)
from tests.variants.holdout833.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

CENTRE = "栎桥县公路事业发展中心"


@variant(
    "kfk07-signs-department",
    (10, 12),
    "department, NAT-2021, key tasks with 金额合计, "
    "tier points and indicator points both given, a rate raised in 百分点 (correct)",
)
def signs_department() -> Book:
    b, s = start("部门整体")
    tasks = [("警示标志完善", "急弯陡坡、临水临崖路段增设警示标志", money(320),
              "新增警示标志1500块（其中急弯陡坡路段900块）"),
             ("农村公路日常养护", "路面修补、边沟清理", money(230), "养护里程1260公里"),
             ("金额合计", None, money(550), None)]  # fmt: skip
    department(s, 2025, CENTRE, (860, 800, 60, 310, 550),
               "完善村道警示标志，做好农村公路养护，降低村道交通事故。", tasks)  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("产出指标", 50, "数量指标", "新增警示标志", "≥1500块", 20),
        (None, None, None, "其中：急弯陡坡路段警示标志", "≥900块", 10),
        (None, None, "质量指标", "警示标志完好率", "比上年提高≥3百分点", 10),
        (None, None, "时效指标", "养护巡查及时率", pct(0.95), 10),
        ("成本指标", 10, "经济成本指标", "警示标志单块综合成本", "≤0.2万元/块", 10),
        ("效益指标", 30, "社会效益指标", "村道交通事故死亡人数下降率", "≥10%", 20),
        (None, None, "可持续影响指标", "标志维护制度", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "沿线群众满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "注：一级指标分值与三级指标分值分别合计为100分；1500块×0.2万元=300万元。")
    return b


@variant(
    "kfk08-signs-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights add to 100 (correct)",
)
def signs_flat() -> Book:
    b, s = start()
    department(s, 2025, "鹭埠县公安局交通警察大队", (420, 400, 20, 150, 270),
               "加强农村道路交通安全管理，完善村道警示标志。")  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("农村劝导站点建设数量", 15, "个", "≥", 24),
        ("村道警示标志排查里程", 15, "公里", "≥", 600),
        ("警示标志隐患整改率", 15, "%", "≥", pct(0.95)),
        ("标志损毁投诉办结时限", 10, "工作日", "≤", 5),
        ("道路交通事故死亡人数下降率", 15, "%", "≥", 10),
        ("劝导站点运行经费", 10, "万元/个", "≤", 1.5),
        ("群众交通安全知晓率", 10, "%", "≥", pct(0.85)),
        ("村民满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign_off(s, "贺立川", "0739-4472081", (2024, 11, 26))
    return b


@variant(
    "kfk09-signs-dupe",
    (4, 11),
    "project, OLD-NAT, operator and unit columns, a 注 row: "
    "an indicator twice, a count under 质量, a deadline against the goal",
)
def signs_dupe() -> Book:
    b, s = start()
    goal = "6月30日前在鹭埠县12个乡镇村道急弯陡坡路段设置警示标志860块、减速带40处。"
    project(s, 2025, "鹭埠县村道急弯陡坡警示设施项目", "鹭埠县农村公路管理所",
            one_year(300, 280, 20), [goal], dept="鹭埠县交通运输局（208）")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "急弯陡坡警示标志设置数量", "≥", 860, "块"),
        (None, None, "设置急弯陡坡路段警示标志", "≥",
         mk(860, "D101", "warning", row=True, alt=("D103",), note="与上一行是同一指标"), "块"),
        (None, "质量指标", "减速带安装数量", "≥",
         mk(40, "F201", "warning", row=True, note="数量指标填在质量指标下"), "处"),
        (None, None, "标志反光性能达标率", "≥", 95, "%"),
        (None, "时效指标", "警示设施设置完成时间", "≤",
         mk(day(2025, 9, 30, CN_DATE), "D104", "warning", note="年度目标写6月30日前"), None),
        (None, "成本指标", "单块警示标志综合成本", "≤", 0.3, "万元/块"),
    ])  # fmt: skip
    s.row("注：标志设置按道路交通标志和标线国家标准执行。", merge=[(1, 6)])
    indicators(s, [
        ("效益指标", "社会效益指标", "急弯陡坡路段事故发生率", "≤", 2, "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kfk10-signs-two-sheets",
    (7, 12),
    "project: head and money lines on the first sheet, "
    "indicators on a second under 预期实现值: lines not adding up, cost over the money",
)
def signs_two_sheets() -> Book:
    b, s = start("基本信息")
    project(s, 2025, "栎桥县村道警示标志补设项目", CENTRE, one_year(300, 300, 0),
            ["全年补设村道警示标志1200块，12月前完成安装。"])  # fmt: skip
    s.skip()
    s.row("资金明细", "标志牌采购", money(180, WAN))
    s.row(None, "立柱及基础", money(70, WAN))
    s.row(None, "安装施工", money(40, WAN))
    s.row(None, "合计", mk(money(300, WAN), "B102", "error", row=True,
                         note="180+70+40=290，与合计300不符"))  # fmt: skip
    t = b.sheet("绩效指标")
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值", "备注")
    indicators(t, [
        ("产出指标", "数量指标", "补设警示标志数量", "≥1200块"),
        (None, "质量指标", "标志安装验收合格率", "≥98%"),
        (None, "时效指标", "安装完成时间", "2025年12月31日前"),
        (None, "成本指标", "单块标志综合造价",
         mk("≤0.3万元/块", "B107", "warning", note="1200块×0.3万元=360万元，超过300万元")),
        ("效益指标", "社会效益指标", "村道交通事故起数", "比上年下降"),
        ("满意度指标", "服务对象满意度指标", "驾乘人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfk11-signs-export",
    (7,),
    "budget-system export: sheets 05-1 and 05-2, header on the "
    "third row, project code and name in the first columns (correct)",
)
def signs_export() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 26, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：鹭埠县农村公路管理所", None, None, None, "单位：万元")
    header(s, "项目代码", "项目名称", "功能科目", "资金总额", "财政拨款", "其他资金")
    s.row("430827251000000012", "村道警示桩及标志牌维护", "2140106", money(45),
          money(45), money(0))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 20, 12, 14, 28, 14))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：鹭埠县农村公路管理所")
    header(t, "项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "430827251000000012", "村道警示桩及标志牌维护"
    indicators(t, [
        (code, name, "产出指标", "数量指标", "维护警示桩", "≥3000根"),
        (None, None, None, None, "维护标志牌", "≥450块"),
        (None, None, None, "质量指标", "维护后设施完好率", "≥95%"),
        (None, None, None, "时效指标", "维护完成时间", "2025年11月30日前"),
        (None, None, "成本指标", "经济成本指标", "警示桩单根维护成本", "≤0.01万元/根"),
        (None, None, "效益指标", "社会效益指标", "村道夜间事故起数", "比上年下降"),
        (None, None, "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kfk12-signs-multi-year-wrong",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度: "
    "年度目标 copied from 中期目标, a count copied, a satisfaction rate under 社会效益",
)
def signs_multi_year_wrong() -> Book:
    b, s = start()
    text = "三年内完成全县村道交叉路口警示设施全覆盖，新增警示标志3000块、警示桩600根。"
    goals = (text, mk(text, "D204", "warning", note="年度目标照抄中期目标"))
    project(s, 2025, "栎桥县村道路口警示设施三年行动", CENTRE,
            multi_year((900, 900, 0), (300, 300, 0)), goals, years=3)  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "新增警示标志数量", "≥3000块", "≥1000块"),
        (None, None, "交叉路口警示桩", "≥600根",
         mk("≥600根", "D202", "warning", note="累计数量照抄中期值")),
        (None, "质量指标", "设施验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单块警示标志综合成本", "≤0.25万元/块", "≤0.25万元/块"),
        ("效益指标", "社会效益指标", "交叉路口事故起数下降率", "≥30%", "≥10%"),
        (None, None, "沿线村民满意度",  "≥90%",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")),
        ("满意度指标", "服务对象满意度指标", "驾乘人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
