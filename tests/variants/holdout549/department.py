"""Department returns, flat lists, a budget-system export and decorated tier labels of both
halves of the theme (挂面 and 榛子): cm13–cm18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout549.common import YEAR, book, funds, indicators, notes, signature, wan
from tests.variants.holdout549.registry import variant
from tests.variants.kit import Book, mk, ok, pct

HAZEL = "楮川县榛子产业发展中心"
NOODLE = "柘岭县挂面产业服务站"


def share(value: float) -> object:
    return pct(value, "0.0%")


@variant("cm13-hazelnut-department-money", (7, 12),
         "department, NAT-2021, budget with shares and key tasks adding up, headers 指标内容 and "
         "绩效标准, a note explaining the task total (correct)")  # fmt: skip
def cm13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=HAZEL, budget=[
        (wan(520), wan(480), wan(40), wan(310), wan(210)),
        (share(1.0), share(0.923), share(0.077), share(0.596), share(0.404)),
    ], tasks=[
        ("榛园提质增效", "改造低产榛园、推广良种", wan(120), "改造低产园2000亩"),
        ("榛子烘干初加工", "建设烘干线和分级车间", wan(60), "建成烘干线1条"),
        ("技术推广服务", "开展修剪、施肥和防治培训", wan(30), "培训榛农400人次"),
        ("金额合计", None, wan(210), None),
    ], goal="完成低产榛园改造2000亩，建成烘干线1条，榛农收入稳步增长。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "低产榛园改造面积", "≥2000亩"),
        (None, None, "榛农技术培训人次", "≥400人次"),
        (None, "质量指标", "良种苗木成活率", "≥85%"),
        (None, "时效指标", "烘干线投产时间", "2025年9月1日前"),
        ("成本指标", "经济成本指标", "低产园改造每亩补助", "≤400元/亩"),
        ("效益指标", "经济效益指标", "榛农人均榛子收入增长率", "≥8%"),
        (None, "生态效益指标", "榛园化肥使用量增长率", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "榛农满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, ["注：金额合计为项目支出210万元，基本支出310万元不列入年度主要任务。"])
    signature(s, "于德芳", "0438-6610952")
    return b


@variant("cm14-noodle-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding up to 金额合计")  # fmt: skip
def cm14() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=NOODLE, budget=[
        (mk(wan(260), "B101", "error", row=True, note="150 + 100 = 250, not 260"),
         wan(230), wan(30), wan(150), wan(100)),
        (ok(share(1.0), "error", note="shares of 基本/项目 sum to 96.2 % after the B101 slip"),
         share(0.885), mk(share(0.15), "B111", "error", note="30 ÷ 260 = 11.5 %, not 15.0 %"),
         share(0.577), share(0.385)),
    ], tasks=[
        ("挂面作坊规范提升", "作坊改造和检测设备配备", wan(40), "规范作坊30家"),
        ("挂面技艺传承培训", "手艺人培训和师徒结对", wan(35), "培训240人次"),
        ("品牌推介", "推介活动和线上店铺", wan(30), "推介活动3场"),
        ("金额合计", None,
         mk(wan(100), "B102", "error", row=True, note="40 + 35 + 30 = 105"), None),
    ], goal="规范挂面作坊30家，培训手艺人240人次，扩大柘岭挂面品牌影响。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "规范化挂面作坊数", "≥30家"),
        (None, None, "挂面手艺人培训人次", "≥240人次"),
        (None, "质量指标", "挂面产品抽检合格率", "≥98%"),
        ("成本指标", "经济成本指标", "每家作坊规范提升补助", "≤1.3万元/家"),
        ("效益指标", "社会效益指标", "带动挂面加工就业人数", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "龙佩瑶", "0917-5520469")
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("cm15-hazelnut-flat-list", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, =100% at the ceiling, 0起, weights add to 100 (correct)")  # fmt: skip
def cm15() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="楮川县榛子收购加工服务站", budget=[
        (wan(180), wan(150), wan(30), wan(110), wan(70)),
    ], goal="保障榛子收购加工服务，建成烘干线1条，榛农增收。")  # fmt: skip
    s.row("部门整体绩效指标", merge=[(1, 5)])
    s.row(*FLAT_HEAD)
    s.table([
        ("榛子低产园改造面积", 15, "亩", "≥", 2000),
        ("榛子烘干线建设条数", 10, "条", "≥", 1),
        ("榛农技术培训人次", 10, "人次", "≥", 400),
        ("改造园验收合格率", 10, "%", "≥", pct(0.95)),
        ("榛果霉变损失下降率", 10, "%", "≥", pct(0.2)),
        ("榛子加工安全生产事故", 10, "起", "≤", 0),
        ("榛农人均榛子收入增长率", 15, "%", "≥", pct(0.08)),
        ("收购服务事项按时办结率", 10, "%", "=", pct(1.0)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    signature(s, "隋振东", "0438-6617205")
    return b


@variant("cm16-noodle-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def cm16() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=NOODLE, budget=[
        (wan(150), wan(140), wan(10), wan(90), wan(60)),
    ], goal="做好挂面作坊备案和质量监管，带动农户增收。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("挂面作坊备案数", "≥40", "正向", "家", 15),
        ("带动农户参与挂面加工户数",
         mk("≥150人", "T112", "error", note="value in 人, unit column 户"), "正向", "户", 15),
        ("挂面产品抽检合格率", "≥98%", "正向", "%", 15),
        ("挂面质量投诉率",
         mk("≥2%", "T108", "warning", row=True, note="反向 rate with ≥"), "反向", "%", 10),
        ("挂面手艺人培训人次", "≥500", "正向", "人次", 15),
        ("作坊户均增收", "≥0.6", "正向", "万元", 15),
        ("作坊经营户满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="15+15+15+10+15+15+10 = 95, not 100")
    signature(s, "龙佩瑶", "0917-5520469")
    return b


@variant("cm17-noodle-budget-export", (2, 4, 7),
         "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header "
         "on row 3, codes in the first columns, two projects, OLD-NAT (correct)")  # fmt: skip
def cm17() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 24, 20, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row(f"单位名称：{NOODLE}", None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目代码", "项目名称", "支出功能分类", "合计", "财政拨款", "其他资金")
    s.row("522731250000000117", "挂面产业集群建设", "2130122 农业生产发展", wan(120), wan(100),
          wan(20))  # fmt: skip
    s.row("522731250000000118", "挂面质量检测能力提升", "2130108 病虫害控制", wan(60), wan(60),
          wan(0))  # fmt: skip
    s.row("合计", None, None, wan(180), wan(160), wan(20))
    t = b.sheet("部门项目支出绩效目标05-2", (22, 20, 28, 12, 12, 26, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row(f"单位名称：{NOODLE}", merge=[(1, 7)])
    t.row("项目代码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    t.table([
        ("522731250000000117", "挂面产业集群建设", "改造集群内挂面作坊12家，建设共享晾晒场1处。",
         "产出指标", "数量指标", "改造集群内作坊数", "≥12家"),
        (None, None, None, None, "成本指标", "作坊改造补助标准", "≤8万元/家"),
        (None, None, None, "效益指标", "经济效益指标", "集群挂面年产量增长率", "≥12%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "集群作坊满意度", "≥90%"),
        ("522731250000000118", "挂面质量检测能力提升", "购置挂面快检设备2套，全年抽检400批次。",
         "产出指标", "数量指标", "挂面抽检批次", "≥400批次"),
        (None, None, None, None, None, "购置快检设备套数", "≥2套"),
        (None, None, None, None, "成本指标", "快检设备每套采购价", "≤20万元/套"),
        (None, None, None, "效益指标", "社会效益指标", "不合格挂面问题处置率", "=100%"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "受检作坊满意度", "≥85%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b


@variant("cm18-hazelnut-marked-labels", (5, 7),
         "project, OLD-NAT, tier labels with ★ and * and abbreviated, headers 考核指标, "
         "目标值（年度） and 评价标准: a 时效 under 效益, =95% on a 满意度")  # fmt: skip
def cm18() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="榛子交易市场升级改造", dept="楮川县商务局（402015）",
                 unit="楮川县榛子交易市场服务中心", money=funds((75, 60, 15)),
                 goals=("改造交易棚2400平方米，新增电子秤30台。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("★产出指标", "*数量", "改造交易棚面积", "≥2400平方米", "每少100平方米扣1分"),
        (None, None, "新增电子计量秤", "≥30台", "每少1台扣0.5分"),
        (None, "质量", "交易棚竣工验收合格率", "≥95%", "未达标不得分"),
        (None, "成本", "交易棚每平方米改造成本", "≤250元", "超标不得分"),
        ("★效益指标", "经济效益", "市场年榛子交易量", "≥8000吨", "按完成比例得分"),
        (None, mk("时效", "F105", "error", note="时效 belongs to 产出, not 效益"),
         "交易棚交付使用时间", "2025年8月31日前", "逾期不得分"),
        (None, "社会效益", "入场交易榛农户数", "≥1500户", "按完成比例得分"),
        ("满意度指标", "服务对象满意度", "入场商户满意度",
         mk("=95%", "T107", "warning", note="= on a 满意度, ≥95% meant"), "低于90%不得分"),
    ])  # fmt: skip
    signature(s, "于德芳", "0438-6610952")
    return b
