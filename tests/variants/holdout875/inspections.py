"""Canteen inspections: kha01–kha06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout875.common import (
    HEAD4,
    HEAD6,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)  # fmt: skip
from tests.variants.holdout875.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kha01-inspect-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 0起 (correct)",
)
def inspect_percent_cells() -> Book:
    b, s = start()
    one_year(s, "学校食堂食品安全日常监督检查", "桐埠县市场监督管理局", 86.4, 86.4,
             "全年对120家学校食堂开展监督检查480户次，问题整改率不低于95%。")  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "学校食堂监督检查户次", "≥", 480, "户次"),
        (None, None, "覆盖学校食堂数", "=", 120, "家"),
        (None, "质量指标", "检查问题整改率", "≥", pct(0.95), "%"),
        (None, "时效指标", "问题整改复查时限", "≤", 15, "工作日"),
        (None, "成本指标", "每户次检查成本", "≤", 0.18, "万元/户次"),
        ("效益指标", "社会效益指标", "学校食堂食品安全事故发生起数", "≤", 0, "起"),
        (None, "可持续影响指标", "学校食堂“明厨亮灶”覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kha02-inspect-stacked-two",
    (2,),
    "two inspection projects stacked in one sheet, OLD-NAT, one value column (correct)",
)
def inspect_stacked_two() -> Book:
    b, s = start()
    one_year(s, "春秋季开学学校食堂专项检查", "桐埠县市场监督管理局", 32, 32,
             "开学前后对全县学校食堂开展专项检查，消除食品安全隐患。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "专项检查学校食堂数", "≥120家"),
        (None, "质量指标", "检查问题整改率", "≥95%"),
        (None, "时效指标", "检查报告报送时限", "≤10个工作日"),
        (None, "成本指标", "每家食堂检查经费", "≤0.25万元/家"),
        ("效益指标", "社会效益指标", "开学季学校食物中毒事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    one_year(s, "校园及周边“护苗”食品安全行动", "桐埠县市场监督管理局", 18.6, 15,
             "检查学校食堂及校园周边食品经营户，规范校园食品经营秩序。", title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "检查学校食堂及周边经营户", "≥300户"),
        (None, "质量指标", "检查问题整改率", "≥98%"),
        (None, "成本指标", "每户检查经费", "≤0.06万元/户"),
        ("效益指标", "社会效益指标", "校园周边无证经营户取缔率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kha03-inspect-direction",
    (11,),
    "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a 正向 count with ≤, "
    "a cost with =",
)
def inspect_direction() -> Book:
    b, s = start()
    one_year(s, "学校食堂食品安全量化分级检查", "桐埠县市场监督管理局", 54, 54,
             "完成全县学校食堂量化分级动态评定，投诉举报及时处置。")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", mk("检查工作经费", "T108", "warning", row=True,
                                      note="a cost cap written with =: should be ≤"),
         "=54万元"),
        ("产出指标", "数量指标", "量化分级检查户次",
         mk("≤360户次", "T108", "warning", row=True, note="正向 count with ≤")),
        (None, "质量指标", "量化等级评定准确率", "≥95%"),
        (None, "时效指标", "投诉举报处置时限", "≤5个工作日"),
        ("效益指标", "社会效益指标",
         mk("学校食堂食品安全投诉率", "T108", "warning", row=True,
            note="反向 rate (投诉率) written with ≥"), "≥2%"),
        (None, None, "检查发现问题数下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "学校满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kha04-inspect-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), percent cells, "
    "weights 100 (correct)",
)
def inspect_flat_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="桐埠县市场监督管理局", budget=[
        (wan(1260), wan(1180), wan(80), wan(940), wan(320)),
    ], tasks=[
        ("学校食堂监督检查", "日常检查和专项检查", wan(186), "检查全覆盖"),
        ("校园食品抽检", "食堂食品及原料抽检", wan(86), "抽检不少于1500批次"),
        ("从业人员培训", "食堂负责人及从业人员培训", wan(48), "培训全覆盖"),
        ("金额合计", None, wan(320), None),
    ], goal="守牢校园食品安全底线，全年不发生学校食堂食品安全事故。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("学校食堂监督检查覆盖率", 20, "%", "等于", pct(1)),
        ("校园食品抽检批次", 20, "批次", "大于等于", 1500),
        ("食堂从业人员健康证持证率", 15, "%", "等于", pct(1)),
        ("学校食堂食品安全事故发生起数", 10, "起", "小于等于", 0),
        ("投诉举报按时办结率", 15, "%", "大于等于", pct(0.98)),
        ("师生及家长满意度", 20, "%", "大于等于", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "kha05-inspect-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计",
)
def inspect_money_wrong() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="桐埠县教育和体育局", budget=[
        (mk(wan(980), "B101", "error", row=True, note="700 + 260 = 960 ≠ 980"), wan(920),
         wan(60), wan(700), wan(260)),
    ], tasks=[
        ("学校食堂巡查", "教育系统食堂安全巡查", wan(120), "巡查全覆盖"),
        ("食堂设施改造", "更新冷藏及留样设备", wan(90), "改造食堂30家"),
        ("食品安全培训", "校长及食堂管理员培训", wan(40), "培训600人次"),
        ("金额合计", None, mk(wan(260), "B102", "error", note="120 + 90 + 40 = 250"), None),
    ], goal="落实校长陪餐和食堂安全巡查制度，改善食堂设施。")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "每家食堂设备改造成本", "≤3万元/家"),
        ("产出指标", "数量指标", "改造学校食堂数", "≥30家"),
        (None, None, "培训校长及食堂管理员", "≥600人次"),
        (None, "质量指标", "巡查问题整改率", "≥95%"),
        ("效益指标", "社会效益指标", "学校食堂食品安全事故发生起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kha06-inspect-notes",
    (4,),
    "project, OLD-NAT, operator column; an instruction row inside the table, a footnote "
    "explaining a total, 填表说明, signature dated the year before (correct)",
)
def inspect_notes() -> Book:
    b, s = start()
    one_year(s, "学校食堂“双随机”监督检查", "桐埠县市场监督管理局", 60, 52,
             "随机抽查学校食堂，检查结果全部公示。")  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "监督检查户次", "≥", 480, "户次"),
        (None, "质量指标", "检查结果公示率", "=", "100%", None),
        (None, "时效指标", "检查结果公示时限", "≤", 20, "工作日"),
        (None, "成本指标", "每户次检查成本", "≤", 0.125, "万元/户次"),
    ])  # fmt: skip
    notes(s, "（以下效益及满意度指标由学校食堂所在学校协助采集）")
    s.table([
        ("效益指标", "社会效益指标", "学校食堂食品安全事故发生起数", "≤", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "被检查学校满意度", "≥", "90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：监督检查户次480户次含日常检查360户次、专项检查120户次。",
          "填表说明：指标性质填写≥、≤或=；计量单位为空的指标值已含单位。")  # fmt: skip
    sign(s, "罗婧文", "0571-6823 4410", day(YEAR - 1, 11, 15))
    return b
