"""香料初加工 returns: 八角 drying, 胡椒 and 草果 processing, 肉桂 drying rooms in a budget-system
export (gu07-gu12)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout661.common import (
    department_book,
    indicators,
    project_book,
    sign,
    start,
    wan,
)
from tests.variants.holdout661.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, ok, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "gu07-aniseed-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, a part of a count given beside it, weights add to 100 (correct)",
)
def gu07() -> Book:
    b, s = department_book(
        year=2025,
        dept="樟陂县香料产业服务中心",
        budget=[(wan(260), wan(230), wan(30), wan(110), wan(150))],
        tasks=[
            ("八角烘干服务", "为农户代烘八角鲜果", wan(90), "烘干鲜果3000吨"),
            ("桂皮分级培训", "开展桂皮分级和初加工培训", wan(60), "培训400人次"),
            ("金额合计", None, wan(150), None),
        ],
        goal="全年为农户烘干八角鲜果3000吨（其中合作社代烘1200吨），培训桂皮分级"
        "400人次，服务农户满意度不低于90%。",
    )
    s.row(*FLAT)
    for line in [
        ("八角鲜果烘干量", 20, "吨", "≥", 3000),
        ("其中：合作社代烘量", 10, "吨", "≥", 1200),
        ("烘干成品含水率", 15, "%", "≤", pct(0.13)),
        ("桂皮分级培训人次", 15, "人次", "≥", 400),
        ("培训考核合格率", 10, "%", "≥", pct(0.9)),
        ("烘干服务费标准", 10, "元/吨", "≤", 200),
        ("安全生产事故", 10, "起", "=", 0),
        ("服务农户满意度", 10, "%", "≥", pct(0.92)),
        ("合计", 100, None, None, None),
    ]:
        s.row(*line)
    sign(s, "蒙海燕", "0779-7268814", day(2024, 11, 20))
    return b


@variant(
    "gu08-aniseed-flat-wrong",
    (3,),
    "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): the goal's "
    "line count given otherwise, the same training count twice with a word more",
)
def gu08() -> Book:
    b, s = department_book(
        year=2025,
        dept="茴乡镇香料初加工服务站",
        budget=[(wan(180), wan(160), wan(20), wan(70), wan(110))],
        tasks=[
            ("八角烘干线建设", "建设标准化烘干线", wan(80), ok("建成烘干线4条", "warning")),
            ("香料初加工培训", "八角、桂皮初加工培训", wan(30), "培训500人次"),
            ("金额合计", None, wan(110), None),
        ],
        goal=ok(
            "年内建成八角标准化烘干线4条，开展香料初加工培训500人次，带动加工户增收。",
            "warning",
            note="与指标对照的文字",
        ),
    )
    lines = mk("≥3", "D104", "warning", row=True, note="年度总体目标和任务都写建成4条")
    twice = mk("开展香料初加工培训人次", "D103", "warning", row=True, alt=("D101",),
               note="与上一行是同一指标，只多“开展”二字")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "权重")
    for line in [
        ("建成八角标准化烘干线", lines, "条", 20),
        ("香料初加工培训人次", "≥500", "人次", 10),
        (twice, "≥500", "人次", 10),
        ("烘干八角含水率", "≤13", "%", 15),
        ("单条烘干线建设补助", "≤20", "万元/条", 15),
        ("培训考核合格率", "≥90", "%", 10),
        ("加工户户均增收", "≥2000", "元/户", 10),
        ("服务对象满意度", "≥90", "%", 10),
    ]:
        s.row(*line)
    sign(s, "黄启帆", "0771-4526307", day(2024, 11, 22))
    return b


@variant(
    "gu09-pepper-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and an indicator score column, "
    "both adding to 100, a rate raised in 百分点, a 下降率 with ≥, 0起 (correct)",
)
def gu09() -> Book:
    b, s = project_book(
        year=2025,
        name="茴乡镇白胡椒脱皮初加工项目",
        dept="茴乡镇人民政府（607003）",
        unit="茴乡镇胡椒专业合作社联合社",
        money=[
            ("年度资金总额", wan(150), "其中：财政拨款", wan(120)),
            ("其他资金", wan(30), None, None),
        ],
        goals=["新建白胡椒脱皮线2条，收储胡椒鲜果800吨，白胡椒一级品率提高5个百分点。"],
    )
    indicators(s, POINTS, [
        ("一、产出指标（40分）", "（一）数量指标", "1.胡椒鲜果收储量", "≥800吨", 15),
        (None, None, "2.新建白胡椒脱皮线", "≥2条", 5),
        (None, "（二）质量指标", "3.白胡椒一级品率", "提高≥5百分点", 10),
        (None, "（三）时效指标", "4.脱皮线投产时间", "2025年9月30日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.脱皮线设备购置单价", "≤45万元/条", 10),
        (None, None, "6.鲜果收储加工成本", "≤600元/吨", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "7.胡椒加工增值", "≥200万元", 10),
        (None, "（二）社会效益指标", "8.安全生产事故", "=0起", 5),
        (None, "（三）生态效益指标", "9.浸泡废水化学需氧量下降率", "≥30%", 10),
        (None, "（四）可持续影响指标", "10.脱皮线使用年限", "≥10年", 5),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.胡椒种植户满意度", pct(0.9), 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "吴淑贞", "0898-6237715", day(2024, 12, 3))
    return b


@variant(
    "gu10-tsaoko-points-wrong",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and a score column: one tier's "
    "points against its indicators, a quality rate under 时效, last year's deadline",
)
def gu10() -> Book:
    b, s = project_book(
        year=2025,
        name="茴乡镇草果烘烤初加工项目",
        dept="茴乡镇人民政府（607003）",
        unit="茴乡镇草果产业协会",
        money=[
            ("年度资金总额", wan(130), "其中：财政拨款", wan(110)),
            ("其他资金", wan(20), None, None),
        ],
        goals=["新建草果烘烤房10座，年内投用，烘烤草果鲜果1200吨。"],
    )
    tier = mk("三、效益指标（25分）", "W103", "error", alt=("W101",),
              note="其下三项各10分，合计30分；各一级分值合计95分")  # fmt: skip
    due = mk("2024年9月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
             note="2025年项目，投用期限写成上一年")  # fmt: skip
    rate = mk(
        "5.草果成品抽检合格率", "F201", "warning", row=True, note="质量类合格率填在时效指标下"
    )
    indicators(s, POINTS, [
        ("一、产出指标（40分）", "（一）数量指标", "1.草果鲜果烘烤量", "≥1200吨", 15),
        (None, None, "2.新建烘烤房", "≥10座", 5),
        (None, "（二）质量指标", "3.烘烤草果一级品率", "≥70%", 10),
        (None, "（三）时效指标", "4.烘烤房投用时间", due, 5),
        (None, None, rate, "≥98%", 5),
        ("二、成本指标（20分）", "（一）经济成本指标", "6.单座烘烤房建设补助", "≤8万元/座", 10),
        (None, None, "7.鲜果烘烤燃料成本", "≤300元/吨", 10),
        (tier, "（一）经济效益指标", "8.草果加工增值", "≥150万元", 10),
        (None, "（二）生态效益指标", "9.烘烤燃煤替代率", "≥80%", 10),
        (None, "（三）可持续影响指标", "10.烘烤房使用年限", "≥10年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "11.种植户满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "吴淑贞", "0898-6237715", day(2024, 12, 3))
    return b


CODE, UNIT = "402017", "澜洲市香料产业发展中心"
PROJECT = "澜洲市肉桂初加工烘房改造项目"


def _budget(s: Sheet, total: Any, lines: Sequence[tuple[str, Any]]) -> None:
    """Sheet 05-1 of the export: header on the third row, codes first, detail lines below."""
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目名称", "支出经济分类", "合计", "财政拨款", "其他资金")
    s.row(CODE, UNIT, PROJECT, None, total, wan(80), wan(8))
    for label, amount in lines:
        s.row(None, None, None, label, amount)


def _targets(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """Sheet 05-2 of the export: header on the third row, tiers repeated in every row."""
    s.title("2025年部门项目支出绩效目标表", 8)
    s.row(f"单位名称：{UNIT}")
    s.row(
        "单位编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"
    )
    for line in rows:
        s.row(CODE, PROJECT, *line)


def _export(total: Any, lines: Sequence[tuple[str, Any]], subsidy: Any, tail: Any) -> Book:
    b, s = start("部门项目支出预算05-1")
    _budget(s, total, lines)
    t = b.sheet("部门项目支出绩效目标05-2", (10, 24, 12, 14, 24, 12, 12, 10))
    _targets(t, [
        ("产出指标", "数量指标", "改造肉桂烘房", "大于等于", 12, "座"),
        ("产出指标", "数量指标", "桂皮烘干量", "大于等于", 600, "吨"),
        ("产出指标", "质量指标", "烘干桂通一级品率", "大于等于", pct(0.8), "%"),
        ("产出指标", "时效指标", "烘房改造完成时间", "小于等于", day(2025, 8, 31, CN_DATE), None),
        ("产出指标", "成本指标", "单座烘房改造补助", "小于等于", subsidy, "万元/座"),
        ("效益指标", "经济效益指标", *tail),
        ("效益指标", "生态效益指标", "生物质燃料替代燃煤比例", "大于等于", pct(0.9), "%"),
        ("效益指标", "可持续影响指标", "烘房使用年限", "大于等于", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "肉桂种植户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "gu11-cinnamon-export",
    (7, 12),
    "budget-system export: sheets 05-1 (money with codes, detail lines) and 05-2 (indicator "
    "table on the second sheet, header on the third row, operators in words) (correct)",
)
def gu11() -> Book:
    lines = [("31003 专用设备购置", wan(52)), ("31005 基础设施建设", wan(30)),
             ("30213 维修（护）费", wan(6))]  # fmt: skip
    tail = ("桂皮烘干损耗率", "小于等于", pct(0.06), "%")
    return _export(wan(88), lines, 6.5, tail)


@variant(
    "gu12-cinnamon-export-wrong",
    (7, 12),
    "budget-system export, 05-1 and 05-2: detail lines not adding to the project total, a "
    "subsidy × count above the money, one indicator twice with two values",
)
def gu12() -> Book:
    total = mk(wan(88), "B102", "error", row=True, alt=("B101",), note="52 + 34 + 6 = 92，不是88")
    lines = [("31003 专用设备购置", wan(52)), ("31005 基础设施建设", wan(34)),
             ("30213 维修（护）费", wan(6))]  # fmt: skip
    subsidy = mk(8, "B107", "warning", row=True, note="8万元/座 × 12座 = 96万元，超过项目88万元")
    again = mk(500, "D102", "error", row=True, alt=("D101", "D103", "F201"),
               note="“桂皮烘干量”已在数量指标下写600吨")  # fmt: skip
    return _export(total, lines, subsidy, ("桂皮烘干量", "大于等于", again, "吨"))
