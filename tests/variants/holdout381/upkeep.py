"""Returns on the upkeep of public art: notes and page breaks, tier labels and points, exports."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout381.common import TIERED, book, indicators, notes, sign, wan, yearly
from tests.variants.holdout381.registry import variant
from tests.variants.kit import Book, mk


@variant("wa07-maintenance-footnotes", (4,), "project, OLD-NAT, one value column; an "
         "instruction row inside the table, 注, 填表说明, signature and a prior-year date below "
         "(correct)")  # fmt: skip
def wa07() -> Book:
    b, s = book()
    project_head(s, year=2026, name="岚汀市公共艺术作品年度养护项目", dept="岚汀市园林绿化局 221",
                 unit="岚汀市公共艺术养护站", money=yearly(wan(75), wan(70), wan(5)),
                 goals=("对全市50件户外公共艺术作品开展季度巡检和年度养护。",))  # fmt: skip
    s.row(*TIERED)
    notes(s, "（请按项目实际填写，一级指标不得删减）", width=4)
    s.table([
        ("产出指标", "数量指标", "年度养护作品数量", "≥50件"),
        (None, None, "季度巡检次数", "≥4次"),
        (None, "质量指标", "养护作业验收合格率", "=100%"),
        (None, "时效指标", "损坏作品修复时限", "≤15个工作日"),
        (None, "成本指标", "单件作品年养护成本", "≤1.5万元/件"),
        ("效益指标", "社会效益指标", "作品完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：1.单件养护成本按上年结算价测算，50件合计75万元；",
          "2.满意度以第三方问卷调查结果为准。",
          "填表说明：指标值应写明比较符、数值和计量单位。", width=4)  # fmt: skip
    sign(s, "汤予安", "0596-2317408", (2025, 12, 8))
    s.row("单位负责人（签字）：", "符建平", None, "（盖章）")
    return b


@variant("wa08-centre-page-break", (4, 10), "department, NAT-2021, weight column; subtotal "
         "rows, the header repeated after a page break, a 合计 row, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def wa08() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="岚汀市公共艺术中心",
                    budget=[(wan(300), wan(280), wan(20), wan(120), wan(180))],
                    goal="完善公共艺术作品养护与活动体系，提高市民参与度。")  # fmt: skip
    head = (*TIERED, "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "养护公共艺术作品数量", "≥60件", 15),
        (None, "质量指标", "养护验收合格率", "=100%", 15),
        (None, "时效指标", "报修响应时间", "≤48小时", 15),
        ("成本指标", "经济成本指标", "单件作品年养护成本", "≤2万元/件", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60)
    s.skip(2)
    indicators(s, head, [
        ("效益指标", "社会效益指标", "市民公共艺术活动参与率比上年提高", "≥2百分点", 15),
        (None, "可持续影响指标", "作品完好率", "≥95%", 15),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.row("合计", None, None, None, 100)
    sign(s, "骆晴川", "0596-2317455", (2025, 11, 25))
    return b


@variant("wa09-repair-notes-wrong", (4, 6, 13), "project, OLD-NAT, a 说明 row between tiers; a "
         "template tier-2 left empty, a value without a name, =95% on a 满意度")  # fmt: skip
def wa09() -> Book:
    b, s = book()
    project_head(s, year=2026, name="岚汀市城市雕塑防腐修缮项目", dept="岚汀市园林绿化局 221",
                 unit="岚汀市公共艺术养护站", money=yearly(wan(48), wan(48), wan(0)),
                 goals=("完成16座金属雕塑除锈防腐和基座修缮。",))  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "防腐修缮雕塑数量", "≥16座"),
        (None, "质量指标", "修缮验收合格率", "=100%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template tier-2 left empty"),
         None, None),
        (None, "成本指标", "单座雕塑修缮成本", "≤3万元/座"),
    ])  # fmt: skip
    notes(s, "说明：以下效益、满意度指标由实施单位会同街道填报。", width=4)
    indicators(s, TIERED, [
        ("效益指标", "可持续影响指标", "修缮后防腐有效期", "≥8年"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "市民满意度",
         mk("=95%", "T107", "warning", note="=95% on a 满意度 means ≥95%")),
    ])  # fmt: skip
    sign(s, "汤予安", "0596-2317408", (2025, 12, 9))
    return b


SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "wa10-installation-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with "
    "points, tier-1 and indicator score columns both adding to 100, a 百分点 rise (correct)",
)
def wa10() -> Book:
    b, s = book()
    project_head(s, year=2026, name="鹭屿区滨海公共艺术装置更新项目", dept="鹭屿区文化和旅游局 309",
                 unit="鹭屿区美术馆", money=yearly(wan(64), wan(64), wan(0)),
                 goals=("更新滨海步道8件公共艺术装置并开展导赏活动。",))  # fmt: skip
    indicators(s, SCORED, [
        ("一、产出指标（40分）", 40, "（一）数量指标", "更新艺术装置数量", "≥8件", 10),
        (None, None, None, "公共艺术导赏活动场次", "≥12场", 10),
        (None, None, "（二）质量指标", "装置验收合格率", "=100%", 10),
        (None, None, "（三）时效指标", "装置更新完成时限", "≤8个月", 10),
        ("二、成本指标（20分）", 20, "（一）经济成本指标", "单件装置更新成本", "≤7万元/件", 10),
        (None, None, None, "单场导赏活动成本", "≤0.5万元/场", 10),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "滨海步道游客到访率比上年提高",
         "≥3百分点", 15),
        (None, None, "（二）可持续影响指标", "装置设计使用年限", "≥10年", 15),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "游客满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值为同一总分的两级分解，合计均为100分。")
    return b


@variant(
    "wa11-mural-points-wrong",
    (5, 10),
    "project, NAT-2021, numbered labels with "
    "points: a tier-2 under the wrong tier-1, two tier scores not matching their indicators",
)
def wa11() -> Book:
    b, s = book()
    project_head(s, year=2026, name="鹭屿区社区墙绘公共艺术项目", dept="鹭屿区文化和旅游局 309",
                 unit="鹭屿区文化馆", money=yearly(wan(40), wan(36), wan(4)),
                 goals=("在10个社区完成主题墙绘创作。",))  # fmt: skip
    indicators(s, SCORED, [
        ("一、产出指标（40分）", mk(40, "W103", "error", note="15+15+15 = 45, not 40"),
         "（一）数量指标", "完成社区墙绘数量", "≥10处", 15),
        (None, None, None, "墙绘总面积", "≥1200平方米", 15),
        (None, None, "（二）质量指标", "墙绘验收合格率", "=100%", 15),
        ("二、成本指标（20分）", 20, "（一）经济成本指标", "单处墙绘成本", "≤3.6万元/处", 10),
        (None, None, mk("（二）时效指标", "F105", "error", note="时效 belongs under 产出"),
         "墙绘完工时限", "≤6个月", 10),
        ("三、效益指标（30分）", mk(30, "W103", "error", note="15+10 = 25, not 30"),
         "（一）社会效益指标", "社区文化活动参与人次增长率", "≥10%", 15),
        (None, None, "（二）可持续影响指标", "墙绘保持完好年限", "≥5年", 10),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "社区居民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "庞知秋", "0592-7741306", (2025, 11, 28))
    return b


EXPORT = ("项目编码", "一级指标", "二级指标", "三级指标", "绩效目标值", "计量单位")


@variant("wa12-system-export", (7,), "project exported from the budget system: head on sheet "
         "05-1, the indicator table on sheet 05-2 under header 绩效目标值 on its third row, "
         "project codes in the first column (correct)")  # fmt: skip
def wa12() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(s, year=2026, name="岚汀市雕塑公园艺术品保养项目", dept="岚汀市园林绿化局 221",
                 unit="岚汀市雕塑公园管理处", money=yearly(wan(54), wan(50), wan(4)),
                 goals=("完成雕塑公园36件艺术品的清洁、封护和标识更新。",))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (20, 14, 18, 30, 14, 12))
    t.title("部门项目支出绩效目标表", 6)
    t.row("单位：岚汀市雕塑公园管理处", None, None, None, "金额单位：万元", merge=[(1, 4)])
    code = "350206260000417"
    indicators(t, EXPORT, [
        (code, "产出指标", "数量指标", "保养艺术品数量", "≥36", "件"),
        (code, None, "质量指标", "封护作业验收合格率", "=100", "%"),
        (code, None, "时效指标", "标识更新完成时限", "≤9", "月"),
        (code, None, "成本指标", "单件艺术品保养成本", "≤1.5", "万元/件"),
        (code, "效益指标", "社会效益指标", "雕塑公园年接待游客人次", "≥30", "万人次"),
        (code, None, "可持续影响指标", "艺术品完好率", "≥95", "%"),
        (code, "满意度指标", "服务对象满意度指标", "游客满意度", "≥90", "%"),
    ], merged=(2, 3))  # fmt: skip
    return b
