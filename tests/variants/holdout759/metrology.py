"""Returns kco13–kco18: a metrology (计量) verification service."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout759.common import DEPT, H4, YEAR, indicators, notes, sign, start
from tests.variants.holdout759.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

UNIT = "澄湾市计量检定测试院"
HP = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


def meter_head(s: Sheet, name: str, total: float, goal: Any) -> None:
    project_head(
        s,
        year=YEAR,
        name=name,
        dept=DEPT,
        unit=UNIT,
        money=[("年度资金总额", money(total, WAN), "其中：财政拨款", money(total, WAN))],
        goals=[goal],
    )


def scored(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    indicators(s, HP, rows, merged=(1, 2, 3))


@variant(
    "kco13-meter-points",
    (10,),
    "project, NAT-2021, tier score column and indicator score column (100 both ways), a rate "
    "raised in 百分点 (correct)",
)
def meter_points() -> Book:
    b, s = start(widths=(16, 8, 16, 28, 16, 10))
    meter_head(
        s,
        "民生计量器具免费强制检定",
        120,
        "免费强检集贸市场电子秤、医疗机构血压计等民生计量器具12000台件（其中电子秤8000台）。",
    )
    scored(s, [
        ("产出指标", 40, "数量指标", "民生计量器具强制检定数量", "≥12000台件", 15),
        (None, None, None, "其中：集贸市场电子秤检定数量", "≥8000台", 10),
        (None, None, "质量指标", "检定结果复核一致率", pct(0.99), 10),
        (None, None, "时效指标", "检定证书出具时限", "≤5个工作日", 5),
        ("成本指标", 10, "经济成本指标", "单台件检定成本", "≤100元/台件", 10),
        ("效益指标", 30, "社会效益指标", "集贸市场计量器具合格率", "提高≥3百分点", 15),
        (None, None, "可持续影响指标", "民生计量器具电子台账覆盖率", pct(0.95), 15),
        ("满意度指标", 20, "服务对象满意度指标", "经营户满意度", "≥90%", 20),
    ])  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值各自合计100分，不重复计算。")
    sign(s, "蒋思远", "0573-8846 1102")
    return b


@variant(
    "kco14-meter-points-wrong",
    (10,),
    "project, NAT-2021, tier score column against the indicator scores under it, a goal count "
    "given otherwise",
)
def meter_points_wrong() -> Book:
    b, s = start(widths=(16, 8, 16, 28, 16, 10))
    meter_head(
        s, "加油机计量专项检定", 42, "对全市加油站在用加油机开展专项检定1400台，查处计量作弊行为。"
    )
    scored(s, [
        ("产出指标", mk(40, "W103", "error", alt=("W101",),
            note="15 + 10 + 10 = 35 ≠ 40"), "数量指标",
         "加油机专项检定数量", mk("≥1200台", "D104", "warning", row=True,
                                    note="年度目标写专项检定1400台"), 15),
        (None, None, "质量指标", "检定数据复核一致率", "≥99%", 10),
        (None, None, "时效指标", "检定证书出具时限", "≤5个工作日", 10),
        ("成本指标", 10, "经济成本指标", "单台检定成本", "≤300元/台", 10),
        ("效益指标", 30, "社会效益指标", "计量作弊加油机查处率", "=100%", 15),
        (None, None, "可持续影响指标", "加油机在线监测接入率", "≥80%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "消费者满意度", "≥90%", 20),
    ])  # fmt: skip
    sign(s, "沈牧之", "0573-8846 1125")
    return b


@variant(
    "kco15-meter-stacked",
    (2,),
    "two projects stacked, NAT-2021, one value column, the same indicator name with different "
    "values in each project (correct)",
)
def meter_stacked() -> Book:
    b, s = start()
    for i, (name, total, count, cost) in enumerate(
        [("出租车计价器检定", 18, 3000, 60), ("医疗机构计量器具检定", 64, 8000, 80)]
    ):
        if i:
            s.skip()
        project_head(s, year=YEAR, title="" if i else None, name=name, dept=DEPT, unit=UNIT,
                     money=[("年度资金总额", money(total, WAN), "其中：财政拨款",
                             money(total, WAN))],
                     goals=[f"完成{name}{count}台件，检定结果按时录入监管平台。"])  # fmt: skip
        indicators(s, H4, [
            ("产出指标", "数量指标", "计量器具检定数量", f"≥{count}台件"),
            (None, "质量指标", "检定结果复核一致率", "≥99%"),
            (None, "时效指标", "检定数据录入时限", "≤3个工作日"),
            ("成本指标", "经济成本指标", "单台件检定成本", f"≤{cost}元/台件"),
            ("效益指标", "社会效益指标", "计量纠纷投诉量", "≤10件"),
            ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥90%"),
        ])  # fmt: skip
    return b


@variant(
    "kco16-meter-template",
    (6, 13),
    "project, OLD-NAT, template rows left: an empty tier-2, a value without a name, the "
    "template's example row",
)
def meter_template() -> Book:
    b, s = start()
    meter_head(
        s,
        "社会公用计量标准量值比对",
        30,
        "组织社会公用计量标准量值比对60项，比对结果满意率不低于95%。",
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "量值比对项目数", "≥60项"),
        (None, None, mk("示例：培训人次", "X101", "error", row=True,
                        note="模板示例行未删除，值仍是占位符"), "≥**人次"),
        (None, "质量指标", "比对结果满意率", "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板留下的空二级指标"),
         None, None),
        (None, "成本指标", "单项比对成本", "≤5000元/项"),
        ("效益指标", "社会效益指标", mk(None, "F110", "error", note="有值无名"), "≥20家"),
        (None, None, "计量标准量值溯源覆盖率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参比实验室满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩予安", "0573-8846 1140")
    return b


@variant(
    "kco17-meter-period",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a "
    "year's count above the period's",
)
def meter_period() -> Book:
    b, s = start()
    goal = "三年内建成智能水表、燃气表检定流水线2条，检定能力达到每年20万只。"
    project_head(s, year=YEAR, years=3, name="智能表计检定能力提升", dept=DEPT, unit=UNIT,
                 attr="新增项目", money=[
        ("中期资金总额", money(900, WAN), "年度资金总额", money(400, WAN)),
        ("其中：财政拨款", money(900, WAN), "其中：财政拨款", money(400, WAN))],
        goals=[goal, mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成检定流水线数量", "=2条", "=1条"),
        (None, None, "智能表计检定数量", "≥50万只",
         mk("≥60万只", "D201", "error", note="年度60万只大于三年50万只")),
        (None, "质量指标", "流水线验收合格率", "=100%", "=100%"),
        (None, "时效指标", "首条流水线投用时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单条流水线建设成本", "≤380万元/条", "≤380万元/条"),
        ("效益指标", "可持续影响指标", "检定能力", "≥20万只/年", "≥8万只/年"),
        ("满意度指标", "服务对象满意度指标", "供水供气企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kco18-meter-direction",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator in words, "
    "unit column, a 下降率 with 大于等于 (correct)",
)
def meter_direction() -> Book:
    b, s = start(widths=(14, 14, 28, 10, 12, 12, 12))
    meter_head(
        s, "眼镜制配场所计量监督", 24, "检查眼镜制配场所300家，验光仪、顶焦度计检定率达到98%。"
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "检查眼镜制配场所数", "正向", "大于等于", 300, "家"),
        (None, "质量指标", "验光仪顶焦度计检定率", "正向", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "问题整改期限", "反向", "小于等于", 15, "日"),
        (None, "成本指标", "单家检查成本", "反向", "小于等于", 800, "元/家"),
        ("效益指标", "社会效益指标", "配镜质量投诉下降率", "正向", "大于等于", 10, "%"),
        (None, None, "计量器具超期未检率", "反向", "小于等于", 2, "%"),
        ("满意度指标", "服务对象满意度指标", "配镜消费者满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "杨亦舟", "0573-8846 1163")
    return b
