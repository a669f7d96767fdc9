"""Public resource trading centres (公共资源交易中心): a flat department list with weights,
one-year projects with tier points or inline values, two-year projects with 中期 and 年度
values (one with an operator column), a department table with tasks (ro13–ro18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout265.common import (
    ONE,
    OPS,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout265.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("ro13-trading-flat-weights", (3, 9), "department table with tasks and a flat list "
         "(指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): weights adding to 100, a typed 100%, "
         "a small unit cost 0.08万元/宗 (correct)")  # fmt: skip
def ro13() -> Book:
    b, s = book("Sheet1", (22, 12, 22, 12, 14, 14))
    department_head(
        s, year=2026, dept="青岚市公共资源交易中心",
        budget=[(wan(1650), wan(1580), wan(70), wan(1130), wan(520))],
        tasks=[("交易服务保障", "场地运维、见证服务、开评标现场保障", wan(260),
                "保障进场交易项目顺利开展"),
               ("电子交易平台运维", "平台运维、CA数字证书互认、等保测评", wan(180),
                "平台全年可用率99.5%以上"),
               ("专家库管理", "评标专家培训、考评", wan(80), "开展评标专家培训"),
               ("金额合计", None, wan(520), None)],
        goal="2026年保障各类公共资源交易项目进场交易，实现全流程电子化交易，电子交易平台可用率"
        "达到99.5%以上，市场主体满意度达到90%以上。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("进场交易项目宗数", 15, "宗", "正向", "≥3200"),
        ("全流程电子化交易率", 15, "%", "正向", pct(1)),
        ("电子交易平台可用率", 15, "%", "正向", "≥99.5"),
        ("评标专家培训人次", 10, "人次", "正向", "≥600"),
        ("交易服务投诉办结时限", 10, "个工作日", "反向", "≤10"),
        ("单宗项目平均交易服务成本", 10, "万元/宗", "反向", "≤0.08"),
        ("交易服务投诉率", 10, "%", "反向", "≤1"),
        ("市场主体满意度", 15, "%", "正向", "≥90"),
    ])  # fmt: skip
    note(s, "注：指标性质填“正向”或“反向”；权重合计100。", 5)
    sign(s, "林书远", "方若岚", "0571-86027714")
    return b


@variant("ro14-trading-pasted-total-zero", (9,), "one-year project, NAT-2021, inline values: "
         "the 年度资金总额 pasted twice, a unit cost rounded to 0")  # fmt: skip
def ro14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="公共资源交易见证服务及场地运维项目",
        dept="临溪县政务服务管理办公室（126）", unit="临溪县公共资源交易中心",
        money=one_year_money(
            mk("260万260万（含场地运维）", "X106", "error", alt=("B108",), note="260 pasted twice"),
            wan(230), wan(30)),
        goals=["2026年为进场交易项目提供全程见证服务1500宗，开评标场地按时保障率达到99%以上，"
               "交易主体满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "见证服务交易项目宗数", "≥1500宗"),
        (None, None, "保障开评标场次", "≥2000场"),
        (None, "质量指标", "见证记录归档完整率", "≥99%"),
        (None, "时效指标", "开评标场地按时保障率", "≥99%"),
        ("成本指标", "经济成本指标", "单宗项目见证服务成本",
         mk("≤0万元/宗", "T115", "error", note="0.12万元/宗 rounded to 0")),
        (None, None, "开评标场地年运维费用", "≤120万元"),
        ("效益指标", "社会效益指标", "交易异议处理办结率", "≥95%"),
        (None, "可持续影响指标", "见证服务工作规范", "健全"),
        ("满意度指标", "服务对象满意度指标", "交易主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ro15-trading-tier-points", (5,), "one-year project, NAT-2021, tier-1s with points "
         "adding to 100 and numbered tier-2s, a 备注 column, a phone number with a space "
         "(correct)")  # fmt: skip
def ro15() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 16, 22))
    project_head(
        s, year=2026, name="评标专家库管理及培训项目", dept="白沙河区政务服务中心（318）",
        unit="白沙河区公共资源交易中心", money=one_year_money(wan(48), wan(48), wan(0)),
        goals=["2026年组织评标专家培训800人次，完成评标专家年度考评，专家抽取系统全年稳定运行。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标（50分）", "1.数量指标", "评标专家培训人次", "≥800人次", "分4期开展"),
        (None, None, "专家年度考评覆盖人数", "≥1200人", "在库专家全覆盖"),
        (None, "2.质量指标", "专家培训考核合格率", "≥95%", None),
        (None, "3.时效指标", "专家抽取通知送达时限", "≤30分钟", "语音及短信通知"),
        ("成本指标（20分）", "1.经济成本指标", "人均培训成本", "≤350元/人次", "含场地及教材"),
        ("效益指标（20分）", "1.社会效益指标", "评标专家违规行为发生率", "≤2%", None),
        (None, "2.可持续影响指标", "专家动态考评机制", "建立并执行", None),
        ("满意度指标（10分）", "1.服务对象满意度指标", "招标人对评标专家满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "注：一级指标分值合计100分。", 5)
    sign(s, "何嘉言", "吴定舟", "0593-7261 4408")
    return b


@variant("ro16-trading-period-goal-copied", (8,), "two-year project, NAT-2021, 实施期 and 年度 "
         "values beside a unit column: the 年度目标 text copied from the 中期目标, a cumulative "
         "count copied into the year")  # fmt: skip
def ro16() -> Book:
    b, s = book("Sheet1")
    goal = ("建设“不见面开标”系统及远程异地评标场所，实现政府采购和工程建设项目不见面开标全覆盖，"
            "提升交易服务效率。")  # fmt: skip
    project_head(
        s, year=2026, years=2, name="公共资源交易“不见面开标”系统建设项目",
        dept="青岚市政务服务和数据管理局（126）", unit="青岚市公共资源交易中心",
        money=period_money((wan(420), wan(420), wan(0)), (wan(260), wan(260), wan(0))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "建成远程异地评标席位", "≥40",
         mk("≥40", "D202", "warning", note="a two-year cumulative count copied"), "个"),
        (None, None, "接入不见面开标的交易项目类别", "≥6", "≥3", "类"),
        (None, "质量指标", "系统功能测试通过率", "≥98", "≥98", "%"),
        (None, "时效指标", "开标系统故障恢复时间", "≤2", "≤2", "小时"),
        ("成本指标", "经济成本指标", "单个评标席位建设成本", "≤6", "≤6", "万元/个"),
        ("效益指标", "社会效益指标", "不见面开标项目占比", "≥90", "≥80", "%"),
        (None, "可持续影响指标", "系统运维保障机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "投标人满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("ro17-trading-period-operator-column", (8,), "two-year project, NAT-2021, operator "
         "column, 实施期 and 年度 values and a unit column: counts smaller in the year, rates, "
         "a time limit and a unit cost equal in both, 定性 in the operator column "
         "(correct)")  # fmt: skip
def ro17() -> Book:
    b, s = book("Sheet1", (14, 16, 26, 10, 14, 12, 12))
    project_head(
        s, year=2026, years=2, name="公共资源交易数据归集与监管平台项目",
        dept="青岚市政务服务和数据管理局（126）", unit="青岚市公共资源交易中心",
        money=period_money((wan(560), wan(500), wan(60)), (wan(320), wan(290), wan(30))),
        goals=["2026年—2027年建成公共资源交易数据归集与监管平台，累计归集交易数据200万条，实现"
               "交易全过程在线监管。",
               "2026年完成监管平台主体功能开发，归集交易数据120万条，上线异常交易预警模型8个。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "比较符", "实施期指标值", "年度指标值",
              "计量单位")  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "归集交易数据条数", "≥", 200, 120, "万条"),
        (None, None, "上线异常交易预警模型", "≥", 15, 8, "个"),
        (None, "质量指标", "数据归集准确率", "≥", 99, 99, "%"),
        (None, "时效指标", "预警信息推送时限", "≤", 10, 10, "分钟"),
        ("成本指标", "经济成本指标", "单个预警模型开发成本", "≤", 12, 12, "万元/个"),
        ("效益指标", "社会效益指标", "异常交易线索核查处置率", "≥", 95, 95, "%"),
        (None, "可持续影响指标", "数据共享交换机制", "定性", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "行政监督部门满意度", "≥", 90, 90, "%"),
    ])  # fmt: skip
    note(s, "注：实施期指标值为2026—2027年累计值。", 7)
    sign(s, "林书远", "方若岚", "0571-86027714")
    return b


@variant("ro18-trading-dept-lost-decimal", (6, 9, 12, 13), "department table with tasks, "
         "NAT-2021, operator and unit columns: a task amount 10 000× its share, a value row "
         "without a name, a 时效指标 template row left empty")  # fmt: skip
def ro18() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="临溪县公共资源交易服务中心",
        budget=[(wan(386), wan(386), wan(0), wan(298), wan(88))],
        tasks=[("交易场所运行保障", "开评标场地水电、安保、保洁", wan(42),
                "保障开评标活动有序开展"),
               ("电子交易系统维护", "系统运维及CA证书服务",
                mk(wan(380000), "B110", "error", alt=("B102",), note="38 with the point lost"),
                "系统全年稳定运行"),
               ("专家评审劳务", "评标专家劳务费", wan(8), "按标准发放评审劳务"),
               ("金额合计", None, mk(wan(88), "B102", "error", required=False), None)],
        goal="2026年保障进场交易项目有序开展，电子交易系统全年稳定运行，评标专家劳务按标准及时"
        "发放，市场主体满意度达到90%以上。",
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "进场交易项目宗数", "≥", 900, "宗"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥",
         1500, "场"),
        (None, "质量指标", "电子交易系统可用率", "≥", 99, "%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty")),
        ("成本指标", "经济成本指标", "单宗项目场地运行成本", "≤", 450, "元/宗"),
        ("效益指标", "社会效益指标", "交易投诉办结率", "≥", 95, "%"),
        (None, "可持续影响指标", "交易服务管理制度", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b
