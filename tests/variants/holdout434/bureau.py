"""Returns yb13–yb18: department returns and template-style project tables of the response
system (flat lists, department money, template rows, decorated labels)."""

from __future__ import annotations

from tests.variants.holdout434.common import (
    department,
    indicators,
    notes,
    one_year,
    project,
    signature,
    task,
    wan,
)
from tests.variants.holdout434.registry import variant
from tests.variants.kit import Book, mk, pct

TIER_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("yb13-flat-department", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percent cells, weights add to 100, a cost cap equal to its task "
         "(correct)")  # fmt: skip
def yb13() -> Book:
    b, s = department("澜汐市海上溢油应急处置中心", [[1280, 1200, 80, 530, 750]],
                      "全年溢油应急值守不间断，设备完好，接警后2小时内到场处置。", [
        task("溢油应急值守", "应急船舶值守和接处警", 210, "全年值守不间断"),
        task("设备库运维", "3个设备库维护保养", 320, "设备完好可用"),
        task("演练培训", "综合演练和队伍培训", 150, "演练4次"),
        task("监视监测", "溢油监视巡查", 70, "及时发现油污"),
        ("金额合计", None, wan(750), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for line in (
        ("溢油应急设备库运行数量", 15, "个", "≥", 3),
        ("海上溢油应急演练", 15, "次", "≥", 4),
        ("应急设备完好率", 15, "%", "≥", pct(0.95)),
        ("溢油应急响应到场时间", 15, "小时", "≤", 2),
        ("溢油事件处置完成率", 10, "%", "=", pct(1)),
        ("设备库年度维护成本", 10, "万元", "≤", 320),
        ("溢油污染投诉办结率", 10, "%", "≥", pct(0.98)),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ):
        s.row(*line)
    s.row("合计", 100)
    return b


@variant("yb14-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): a unit "
         "conflict, =95% on a satisfaction rate, weights adding to 95")  # fmt: skip
def yb14() -> Book:
    b, s = department("澜汐市海洋环境监测站", [[540, 500, 40, 310, 230]],
                      "完成溢油应急监测和在线监测浮标运维，数据有效。", [
        task("溢油应急监测", "溢油事件现场采样分析", 130, "监测及时"),
        task("在线监测运维", "近岸监测浮标运维", 100, "浮标正常运行"),
        ("金额合计", None, wan(230), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("指标名称", "指标值", "计量单位", "权重")
    for line in (
        ("溢油应急监测船次", "≥20", "船次", 20),
        (
            "近岸在线监测浮标运维",
            mk("6艘", "T112", "error", note="unit 艘 in the value, 套 in the unit column"),
            "套",
            15,
        ),
        ("监测数据有效率", "≥95%", "%", 20),
        ("溢油应急监测报告报送时间", "≤24", "小时", 15),
        ("监测样品分析合格率", "≥95%", "%", 15),
        (
            "服务对象满意度",
            mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥ meant"),
            "%",
            10,
        ),
    ):
        s.row(*line)
    b.file_mark("W101", "error", note="20 + 15 + 20 + 15 + 15 + 10 = 95, not 100")
    return b


@variant("yb15-department-notes", (12, 4),
         "department, NAT-2021: budget and tasks adding up, a 注 row between tiers, a footnote "
         "explaining the total, 填表说明 and signature lines (correct)")  # fmt: skip
def yb15() -> Book:
    b, s = department("澜汐市海上搜救中心", [[2360, 2100, 260, 1460, 900]],
                      "统筹全市海上溢油应急力量，较大以上溢油事故全部有效处置。", [
        task("溢油应急值守", "4艘船舶全年值守", 380, "全年不间断"),
        task("溢油应急演练", "市级综合演练3次", 220, "检验预案"),
        task("应急设备更新", "更新收油机和围油栏", 300, "设备完好"),
        ("金额合计", None, wan(900), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "溢油应急值守船舶", "≥4艘"),
        (None, None, "溢油应急综合演练", "≥3次"),
        (None, "质量指标", "应急设备完好率", "≥95%"),
        (None, "时效指标", "溢油应急响应到场时间", "≤2小时"),
    ])  # fmt: skip
    notes(s, "注：成本指标按市财政核定的支出标准填列。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "应急设备更新支出", "≤300万元"),
        ("效益指标", "社会效益指标", "较大以上溢油事故应急处置率", "=100%"),
        (None, "生态效益指标", "受污染岸线清理率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "涉海单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：金额合计900万元即项目支出，基本支出1460万元不列入年度主要任务。",
          "填表说明：指标值应写明比较符和计量单位。")  # fmt: skip
    signature(s, "卢望舒", "8826 4203")
    return b


@variant(
    "yb16-department-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def yb16() -> Book:
    total = mk(wan(960), "B101", "error", row=True, note="410 + 540 = 950, not 960")
    b, s = department("鲸湾港区港口管理中心", [[total, wan(900), wan(60), wan(410), wan(540)]],
                      "港区溢油应急设备和码头防污设施运行正常。", [
        task("码头防污设施运维", "接收设施和围油栏维护", 200, "设施完好"),
        task("港区溢油应急", "应急值守和演练", 180, "处置及时"),
        task("船舶污染物监管", "污染物接收转运监管", 150, "全程监管"),
        ("金额合计", None, mk(wan(540), "B102", "error", note="200 + 180 + 150 = 530"), None),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "码头防污设施运维支出", "≤200万元"),
        ("产出指标", "数量指标", "港区溢油应急演练", "≥2次"),
        (None, None, "船舶污染物接收转运", "≥1800吨"),
        (None, "质量指标", "防污设施完好率", "≥95%"),
        (None, "时效指标", "港区溢油接报后到场时间", "≤1小时"),
        ("效益指标", "生态效益指标", "船舶污染物规范处置率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "码头经营单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yb17-template-rows", (6, 13, 5),
         "project, NAT-2021, numbered labels (一、/（一）): two cost tier-2 rows left from the "
         "template, a value without an indicator name")  # fmt: skip
def yb17() -> Book:
    b, s = project("砺岬区渔港溢油应急处置设备配置", one_year(58, 50, 8),
                   ["为2个渔港配置小型收油机和围油栏，提升初期处置能力。"],
                   unit="砺岬区海洋与渔业服务中心")  # fmt: skip
    left = "a tier-2 left from the template with no indicator and no value"
    indicators(s, TIER_HEAD, [
        ("一、成本指标", "（一）经济成本指标", "小型收油机购置单价", "≤12万元/台"),
        (None, mk("（二）社会成本指标", "F109", "warning", row=True, note=left), None, None),
        (None, mk("（三）生态环境成本指标", "F109", "warning", row=True, note=left), None, None),
        ("二、产出指标", "（一）数量指标", "配置小型收油机", "≥3台"),
        (None, None, "配置围油栏", "≥800米"),
        (None, "（二）质量指标", "设备验收合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥95%"),
        (None, "（三）时效指标", "设备配置完成时间", "2026年8月31日前"),
        ("三、效益指标", "（一）社会效益指标", "渔港溢油初期处置能力", "明显提升"),
        ("四、满意度指标", "（一）服务对象满意度指标", "渔港经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yb18-marked-labels-page-break", (4, 5, 7),
         "project, OLD-NAT, header 预期目标 and a weight column, labels with * and ★ and "
         "abbreviated, subtotal rows, header repeated after a page break (correct)")  # fmt: skip
def yb18() -> Book:
    b, s = project("砺岬区渔港溢油应急能力建设", one_year(125, 100, 25),
                   ["配置渔港围油栏和吸油材料，渔港水域油污得到及时清除。"],
                   unit="砺岬区海洋与渔业服务中心")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "预期目标", "权重")
    indicators(s, head, [
        ("*产出指标", "数量", "★配置应急围油栏", "≥1500米", 10),
        (None, None, "配置吸油毡", "≥5吨", 10),
        (None, "质量", "★设备验收合格率", "=100%", 15),
        (None, "时效", "设备配置完成时间", "2026年10月31日前", 10),
        (None, "成本", "围油栏购置单价", "≤500元/米", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60, merge=[(1, 4)])
    s.row(*head)
    s.table([
        ("效益", "社会效益", "渔港溢油应急自救覆盖率", "≥90%", 15),
        (None, "生态效益", "渔港水域油污清除率", "≥90%", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([("满意度指标", "★服务对象满意度", "渔港经营户满意度", "≥90%", 10)], merged=(1, 2))
    s.row("小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "说明：带★的为核心指标，不得删减；带*的为必填项。", width=5)
    signature(s, "庄映汀", "8826 4219")
    return b
