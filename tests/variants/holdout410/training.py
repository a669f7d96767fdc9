"""Returns xd07–xd12: batik skills training for rural women in 溪篁县."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout410.common import YEAR, funds, indicators, note, project
from tests.variants.holdout410.common import start as new
from tests.variants.holdout410.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def _women_federation(s: Sheet, goal: str) -> None:
    department_head(s, year=YEAR, dept="溪篁县妇女联合会", budget=[
        (money(260, WAN), money(220, WAN), money(40, WAN), money(110, WAN), money(150, WAN)),
    ], goal=goal)  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])


@variant(
    "xd07-flat-training",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, a 下降率 with ≥, 0起 on an incident count, weights add to 100 (correct)",
)
def xd07() -> Book:
    b, s = new()
    _women_federation(s, "开展农村妇女蜡染技能培训，促进参训妇女就业增收。")
    s.row(*FLAT_HEAD)
    s.table([
        ("举办蜡染技能培训班", 15, "期", "≥", 12),
        ("培训农村妇女", 20, "人", "≥", 480),
        ("学员结业考核合格率", 15, "%", "≥", pct(0.9)),
        ("参训妇女就业转化率", 15, "%", "≥", pct(0.6)),
        ("培训安全事故", 10, "起", "≤", 0),
        ("参训家庭低收入户数下降率", 10, "%", "≥", pct(0.08)),
        ("参训妇女满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    return b


@variant(
    "xd08-flat-weights-wrong",
    (3, 11),
    "department, flat list with word operators (大于等于 / 小于等于): weights add to 95, "
    "a dropout rate with 大于等于",
)
def xd08() -> Book:
    b, s = new()
    _women_federation(s, "开展蜡染刺绣融合技能培训，提升农村妇女手工技艺。")
    s.row(*FLAT_HEAD)
    s.table([
        ("举办蜡染刺绣融合培训班", 20, "期", "大于等于", 10),
        ("培训农村妇女", 20, "人", "大于等于", 400),
        ("学员中途流失率", 10, "%",
         mk("大于等于", "T108", "warning", row=True, note="流失率是反向指标，应为小于等于"), 5),
        ("学员技能鉴定通过率", 15, "%", "大于等于", 80),
        ("人均培训成本", 15, "元/人", "小于等于", 3000),
        ("参训妇女满意度", 15, "%", "大于等于", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+10+15+15+15 = 95，不是100")
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "xd09-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
    "rates raised in 百分点 (correct)",
)
def xd09() -> Book:
    b, s = new("绩效目标")
    project(s, "农村妇女蜡染技能提升培训项目", "溪篁县妇女儿童活动中心", funds(90, 80, 10),
            "培训农村妇女500人次，提高蜡染手工产品附加值。")  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "培训农村妇女", "≥500人次", 15),
        (None, None, None, "举办培训班", "≥20期", 10),
        (None, None, "质量指标", "结业考核合格率", "≥90%", 10),
        (None, None, "时效指标", "培训完成时间", "2025年11月30日前", 5),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤1800元/人次", 10),
        ("效益指标", 40, "经济效益指标", "手工产品溢价率", "提高≥5百分点", 20),
        (None, None, "社会效益指标", "参训妇女就业率", "提高≥3百分点", 20),
        ("满意度指标", 10, "服务对象满意度指标", "参训妇女满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "xd10-points-wrong",
    (10, 5),
    "project, NAT-2021, tier-1 and indicator scores: two tier scores not matching their "
    "indicators, a 时效指标 under 效益指标",
)
def xd10() -> Book:
    b, s = new("绩效目标")
    project(s, "蜡染非遗进乡村巡回培训项目", "溪篁县文化馆", funds(56, 56, 0),
            "在12个乡镇开展蜡染巡回培训，培训农村妇女360人。")  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", mk(50, "W103", "error", note="其下分值 20+15+10 = 45"),
         "数量指标", "巡回培训乡镇", "≥12个", 20),
        (None, None, None, "培训农村妇女", "≥360人", 15),
        (None, None, "质量指标", "学员实操考核合格率", "≥85%", 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤1500元/人", 10),
        ("效益指标", mk(30, "W103", "error", note="其下分值 20+15 = 35"),
         "社会效益指标", "参训妇女居家就业人数", "≥100人", 20),
        (None, None, mk("时效指标", "F105", "error", note="时效指标属于产出指标"),
         "巡回培训完成时间", "2025年10月31日前", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训妇女满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "xd11-numbered-labels",
    (7, 5),
    "project, NAT-2021, headers 考核指标 and 目标值（年度） with a 评价标准 column, tier "
    "labels numbered with points (一、产出指标（40分）, （一）数量指标) (correct)",
)
def xd11() -> Book:
    b, s = new()
    project(s, "蜡染学徒订单式培训项目", "溪篁县人力资源和社会保障局", funds(72, 60, 12),
            "与蜡染企业签订用工订单，订单式培训农村妇女学徒240人。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("一、产出指标（40分）", "（一）数量指标", "订单式培训学徒", "≥240人", "每少10人扣2分"),
        (None, "（二）质量指标", "学徒取得职业技能等级证书比例", pct(0.7), "每低5%扣2分"),
        (None, "（三）时效指标", "培训结业时间", "2025年10月31日前", "逾期不得分"),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均培训补贴", "≤3000元/人",
         "超标准不得分"),
        ("三、效益指标（40分）", "（一）社会效益指标", "学徒订单企业就业率", "≥75%",
         "每低5%扣5分"),
        (None, "（二）可持续影响指标", "合作蜡染企业", "≥6家", "每少1家扣2分"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "学徒满意度", "≥90%",
         "按问卷结果计分"),
    ])  # fmt: skip
    return b


@variant(
    "xd12-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
    "indicators, a value without its indicator name",
)
def xd12() -> Book:
    b, s = new()
    project(s, "农村妇女蜡染居家就业培训项目", "溪篁县妇女儿童活动中心", funds(40, 40, 0),
            "培训留守妇女200人，实现居家接单就业。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "培训留守妇女", "≥200人"),
        (None, None, mk(None, "F110", "error", note="填了指标值却没有名称"), "≥8期"),
        (None, mk("质量指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        (None, "时效指标", "培训完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2000元/人"),
        ("效益指标", "社会效益指标", "居家接单就业妇女", "≥80人"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：培训期次含乡镇集中培训和入户指导。")
    return b
