"""甘草 (licorice) field returns of the 622nd held-out set (fh07–fh12)."""

from __future__ import annotations

from tests.variants.holdout622.common import (
    FARM,
    HEAD4,
    LIC,
    YEAR,
    book,
    dept,
    notes,
    proj,
    sign,
    table,
    wan,
)
from tests.variants.holdout622.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct


@variant(
    "fh07-licorice-numbered-labels",
    (5, 11),
    "project, NAT-2021, numbered tier labels "
    "(一、 （一）), a ★ core indicator, a total with its parts in brackets, 0起 (correct)",
)
def licorice_numbered_labels() -> Book:
    b, s = book()
    proj(s, name="甘草人工种植基地建设", unit=LIC, dept=FARM, total=200, fin=180, other=20,
         goals=["新建甘草人工种植基地5000亩（其中乌拉尔甘草3000亩、胀果甘草2000亩），"
                "种苗成活率不低于85%，实现农机作业零事故。"])  # fmt: skip
    table(s, HEAD4, [
        ("一、产出指标", "（一）数量指标", "★甘草人工种植面积", "≥5000亩"),
        (None, "（二）质量指标", "种苗移栽成活率", "≥85%"),
        (None, "（三）时效指标", "春季种植完成时间", f"{YEAR}年5月31日前"),
        ("二、成本指标", "（一）经济成本指标", "种植补助标准", "≤350元/亩"),
        (None, "（二）社会成本指标", "农机作业安全事故", "0起"),
        ("三、效益指标", "（一）经济效益指标", "亩均种植收益", "≥800元/亩"),
        (None, "（二）生态效益指标", "种植区地表覆盖度提高", "≥10百分点"),
        ("四、满意度指标", "（一）服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "fh08-licorice-flat-department",
    (3, 12),
    "department, flat list (指标名称 · 权重 · "
    "计量单位 · 指标性质 as operator · 指标值): tasks, a near-duplicate, weights",
)
def licorice_flat_department() -> Book:
    b, s = book()
    total = mk(money(260, WAN), "B102", "error", alt=("B101",),
               note="110 + 90 + 40 = 240 ≠ 金额合计 260")  # fmt: skip
    dept(s, name=LIC, budget=(380, 300, 80, 120, 260), tasks=[
        ("甘草良种繁育", "建设繁育圃，繁育良种种苗", 110, "繁育种苗800万株"),
        ("甘草人工种植推广", "推广人工种植并发放补助", 90, "新增人工种植2万亩"),
        ("野生甘草采挖监管", "巡查野生甘草采挖区", 40, "巡查不少于48次"),
        ("金额合计", None, total, None),
    ], goal="新增甘草人工种植2万亩，繁育良种种苗800万株，加强野生甘草资源保护。")  # fmt: skip
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("新增甘草人工种植面积", 20, "亩", "≥", 20000),
        ("甘草良种种苗繁育量", 15, "万株", "≥", 800),
        ("新增甘草种植面积", 10, "亩", "≥",
         mk(20000, "D103", "warning", row=True, alt=("D101",), note="与第一条只差“人工”二字")),
        ("种苗质量合格率", 15, "%", "≥", pct(0.95)),
        ("野生甘草盗挖案件查处率", 10, "%", "≥", pct(0.98)),
        ("野生甘草采挖区巡查次数", 10, "次", "≥", 48),
        ("种植户满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    return b


@variant(
    "fh09-licorice-flat-direction",
    (3, 1, 11),
    "department, flat list (指标名称 · 指标值 · "
    "计量单位 · 指标方向 · 权重), 0起 on a 反向 count, a typed percent cell (correct)",
)
def licorice_flat_direction() -> Book:
    b, s = book()
    dept(
        s,
        name="柽柳滩县驼铃镇人民政府",
        budget=(260, 230, 30, 90, 170),
        goal="培训甘草种植户1200人次，建设标准化种植示范点6个，杜绝野生甘草盗挖。",
    )
    table(s, ("指标名称", "指标值", "计量单位", "指标方向", "权重"), [
        ("甘草种植技术培训", "≥1200", "人次", "正向", 15),
        ("甘草标准化种植示范点", "≥6", "个", "正向", 15),
        ("甘草种苗发放合格率", "≥95", "%", "正向", 15),
        ("甘草根腐病发病率", "≤5", "%", "反向", 10),
        ("野生甘草盗挖案件", "0", "起", "反向", 10),
        ("种植户亩均增收", "≥300", "元/亩", "正向", 15),
        ("种植区地下水开采量增长率", "≤0", "%", "反向", 5),
        ("服务对象满意度", pct(0.92), "%", "正向", 15),
    ], merged=())  # fmt: skip
    sign(s, "艾力", "0996-7402316", day(YEAR - 1, 11, 26))
    return b


@variant(
    "fh10-licorice-short-labels",
    (5,),
    "project, OLD-NAT, abbreviated tier labels (产出, "
    "数量, 满意度): a start date of last year and a rate under 数量",
)
def licorice_short_labels() -> Book:
    b, s = book()
    start = mk(day(YEAR - 1, 3, 1), "Y102", "error", alt=("Y101",),
               note="开始日期仍是上年的 2025-03-01，一年期项目在 2026 年")  # fmt: skip
    proj(s, name="甘草良种繁育", unit=LIC, dept=FARM, total=80, fin=70, other=10,
         start=start, end=day(YEAR, 11, 30),
         goals=["繁育甘草良种种苗600万株，建设良种繁育圃300亩。"])  # fmt: skip
    table(s, HEAD4, [
        ("产出", "数量", "种苗繁育量", "≥600万株"),
        (None, None, "良种繁育圃面积", "≥300亩"),
        (None, None, "种苗质量合格率",
         mk("≥95%", "F201", "warning", row=True, note="合格率是质量指标，填在数量下")),
        (None, "质量", "良种纯度", "≥98%"),
        (None, None, "种苗损耗率下降", "≥3百分点"),
        (None, "时效", "种苗出圃时间", f"{YEAR}年10月31日前"),
        (None, "成本", "种苗繁育补助标准", "≤0.08元/株"),
        ("效益", "社会效益", "供苗种植户", "≥500户"),
        ("满意度", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "fh11-licorice-stacked-two",
    (2, 12),
    "two licorice projects stacked in one sheet, "
    "OLD-NAT, the same indicator names with different values, money adds up (correct)",
)
def licorice_stacked_two() -> Book:
    b, s = book()
    proj(
        s,
        name="甘草采挖迹地生态修复",
        unit=LIC,
        dept=FARM,
        total=90,
        fin=80,
        other=10,
        goals=["修复甘草采挖迹地2500亩，补播甘草和沙蒿，植被盖度提高5个百分点。"],
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "修复采挖迹地面积", "≥2500亩"),
        (None, "质量指标", "补播出苗率", "≥70%"),
        (None, "时效指标", "项目完成时间", f"{YEAR}年10月31日前"),
        (None, "成本指标", "迹地修复补助标准", "≤300元/亩"),
        ("效益指标", "生态效益指标", "修复区植被盖度提高", "≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    proj(
        s,
        name="甘草种植机械化推广",
        unit=LIC,
        dept=FARM,
        total=60,
        fin=50,
        other=10,
        goals=["推广甘草机械化种植和采挖8000亩。"],
        title="",
    )
    table(s, HEAD4, [
        ("产出指标", "数量指标", "机械化作业面积", "≥8000亩"),
        (None, "质量指标", "机械作业验收合格率", "≥95%"),
        (None, "时效指标", "项目完成时间", f"{YEAR}年11月30日前"),
        (None, "成本指标", "机械作业补助标准", "≤60元/亩"),
        ("效益指标", "经济效益指标", "亩均作业成本降低", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "fh12-licorice-money-lines",
    (9, 12),
    "project, OLD-NAT, money detail lines under the "
    "head: an end date as a serial in a text cell, lines not adding up, a cost above the money",
)
def licorice_money_lines() -> Book:
    b, s = book()
    end = mk("46356", "X104", "warning", note="2026-11-30 的序列号存成了文本")
    proj(
        s,
        name="甘草机械化采挖与初加工",
        unit=LIC,
        dept=FARM,
        total=60,
        fin=50,
        other=10,
        end=end,
        goals=["机械化采挖甘草8000亩，购置切片、烘干设备各1台，培训农机手40人。"],
    )
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    s.row(None, "采挖机械作业补助", wan(40), "按作业面积测算", merge=[(4, 6)])
    s.row(None, "初加工设备购置", wan(15), "切片机、烘干机各1台", merge=[(4, 6)])
    s.row(None, "农机手技术培训", wan(8), "40人", merge=[(4, 6)])
    s.row(None, "合计", mk(wan(60), "B102", "error", alt=("B101",),
                           note="40 + 15 + 8 = 63 ≠ 60"), merge=[(4, 6)])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "机械采挖面积", "≥8000亩"),
        (None, None, "培训农机手", "≥40人"),
        (None, "质量指标", "甘草根条完整率", "≥90%"),
        (None, "时效指标", "采挖完成时间", f"{YEAR}年11月15日前"),
        (None, "成本指标", "采挖机械作业补助标准",
         mk("≤80元/亩", "B107", "warning", row=True, note="80元 × 8000亩 = 64万元 > 60万元")),
        ("效益指标", "经济效益指标", "甘草初加工增值率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：采挖面积按乡镇验收面积统计。")
    return b
