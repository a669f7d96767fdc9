"""Returns uy13–uy18: micro fire stations (微型消防站), response drills, and their money."""

from __future__ import annotations

from tests.variants.holdout353.common import (
    HEAD,
    HEAD_OP,
    Y,
    department,
    indicators,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout353.registry import variant
from tests.variants.kit import Book, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("uy13-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: annual "
         "counts below period counts, rates equal (correct)")  # fmt: skip
def uy13() -> Book:
    b, s = start()
    money = [("中期资金总额", wan(216), "年度资金总额", wan(72)),
             ("其中：财政拨款", wan(180), "其中：财政拨款", wan(60)),
             ("其他资金", wan(36), "其他资金", wan(12))]  # fmt: skip
    project(s, "社区微型消防站提质建设", "栖岩县消防救援大队", money,
            ["三年内完成全县45个社区微型消防站提质，开展灭火救援演练540场。",
             f"{Y}年完成15个微型消防站提质，开展演练180场。"], years=3)  # fmt: skip
    indicators(s, PERIOD, [
        ("成本指标", "经济成本指标", "单站提质费用", "≤4.8万元/站", "≤4.8万元/站"),
        ("产出指标", "数量指标", "提质微型消防站", "≥45个", "≥15个"),
        (None, None, "开展灭火救援演练", "≥540场", "≥180场"),
        (None, "质量指标", "微型站器材配备达标率", "≥95%", "≥95%"),
        (None, "时效指标", "接警后出动时间", "≤1分钟", "≤1分钟"),
        ("效益指标", "社会效益指标", "初起火灾扑救成功率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("uy14-direction-wrong", (11,), "project, OLD-NAT, operator column: a 故障率 with ≥, "
         "a response time with ≥, a satisfaction rate with =")  # fmt: skip
def uy14() -> Book:
    b, s = start()
    project(s, "微型消防站应急响应演练", "栖岩县消防救援大队园区站", one_year(24, 20, 4),
            ["组织园区18个微型消防站开展联勤联动响应演练。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "开展联动响应演练", "≥", 72, "场"),
        (None, "质量指标", "演练器材故障率",
         mk("≥", "T108", "warning", row=True, note="a 故障率 is 反向"), 3, "%"),
        (None, "时效指标", "微型站到场响应时间",
         mk("≥", "T108", "warning", row=True, note="a response time is 反向"), 3, "分钟"),
        (None, "成本指标", "每场演练费用", "≤", 3000, "元/场"),
        ("效益指标", "社会效益指标", "园区企业员工参演人次", "≥", 1500, "人次"),
        ("满意度指标", "服务对象满意度指标", "园区企业满意度",
         mk("=", "T107", "warning", row=True, note="=95% on a satisfaction: ≥ meant"),
         95, "%"),
    ])  # fmt: skip
    return b


@variant("uy15-direction-lookalikes", (10, 11), "project, OLD-NAT, operator in the values: a "
         "下降率 with ≥, 0起 on an incident count, a rate raised in 百分点 (correct)")  # fmt: skip
def uy15() -> Book:
    b, s = start()
    project(s, "消防取水码头及响应演练", "栖岩县消防救援大队禾埠站", one_year(33, 33, 0),
            ["建设天然水源取水码头3处，开展夜间取水演练，缩短农村火场供水时间。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "建设天然水源取水码头", "≥3处"),
        (None, None, "开展夜间取水演练", "≥24场"),
        (None, "质量指标", "取水码头验收合格率", "=100%"),
        (None, "时效指标", "码头建成时间", "≤11月30日"),
        (None, "成本指标", "每处取水码头建设费用", "≤9万元/处"),
        ("效益指标", "社会效益指标", "农村火灾直接经济损失下降率", "≥8%"),
        (None, None, "因缺水导致的扑救失利事故", "≤0起"),
        (None, None, "火场连续供水成功率", "提高≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


TASKS = (("微型消防站运维", "45个站器材维护和补充", wan(80), "器材完好率≥95%"),
         ("消火栓维修", "维修更换市政消火栓", wan(70), "消火栓完好率≥95%"),
         ("演练培训", "联动演练和队员培训", wan(50), "演练≥180场"))  # fmt: skip


@variant("uy16-department-money-wrong", (12,), "department, NAT-2021: a share that does not "
         "match its amount, key tasks not adding to 金额合计")  # fmt: skip
def uy16() -> Book:
    b, s = start()
    share = mk(pct(0.25), "B111", "error", note="其他资金 100 ÷ 500 = 20 %, shown 25 %")
    total = mk(wan(210), "B102", "error", note="80 + 70 + 40 = 190 ≠ 210")
    department(s, "栖岩县消防救援大队",
               [(wan(500), wan(400), wan(100), wan(290), wan(210)),
                (pct(1), pct(0.8), share, pct(0.58), pct(0.42))],
               "保障全县消火栓和微型消防站正常运行。",
               [*TASKS[:2], ("演练培训", "联动演练和队员培训", wan(40), "演练≥180场"),
                ("金额合计", None, total, None)])  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "微型站年均运维费用", "≤1.8万元/站"),
        ("产出指标", "数量指标", "维修更换市政消火栓", "≥140个"),
        (None, "质量指标", "消火栓完好率", "≥95%"),
        ("效益指标", "社会效益指标", "初起火灾扑救成功率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("uy17-department-money", (12, 4), "department, NAT-2021: budget with shares, key tasks "
         "adding to 项目支出, a footnote on the total, signature line (correct)")  # fmt: skip
def uy17() -> Book:
    b, s = start()
    department(s, "栖岩县消防救援大队",
               [(wan(500), wan(400), wan(100), wan(300), wan(200)),
                (pct(1), pct(0.8), pct(0.2), pct(0.6), pct(0.4))],
               "保障全县消火栓和微型消防站正常运行，提升初起火灾扑救能力。",
               [*TASKS, ("金额合计", None, wan(200), None)])  # fmt: skip
    indicators(s, HEAD, [
        ("成本指标", "经济成本指标", "微型站年均运维费用", "≤1.7万元/站"),
        ("产出指标", "数量指标", "维修更换市政消火栓", "≥140个"),
        (None, None, "开展联动演练", "≥180场"),
        (None, "质量指标", "消火栓完好率", "≥95%"),
        (None, "时效指标", "故障消火栓修复时限", "≤3个工作日"),
        ("效益指标", "社会效益指标", "初起火灾扑救成功率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "社区居民满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：金额合计200万元为项目支出，基本支出300万元未列入年度主要任务。", merge=[(1, 6)])
    sign(s, "覃映川", "0766-3839052")
    return b


@variant("uy18-pdf-artefacts", (9,), "project, OLD-NAT, one value column: a split number in "
         "the money, a date serial as text, a completion date after the project end")  # fmt: skip
def uy18() -> Book:
    b, s = start()
    fiscal = mk("68.0 5", "X105", "warning", alt=("X103",), note="68.05 split by a space")
    project(s, "消防水鹤及加压泵站维修", "栖岩县城市供水服务中心", one_year(88.05, fiscal, 20),
            ["维修城区消防水鹤8座、加压泵站2座，保障消防车快速加水。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "维修消防水鹤", "≥8座"),
        (None, None, "维修加压泵站", "≥2座"),
        (None, "质量指标", "维修验收合格率", "=100%"),
        (None, "时效指标", "维修开工时间",
         mk("45748", "X104", "warning", note="a date serial (2025-04-01) typed as text")),
        (None, None, "泵站维修完成时间",
         mk(day(Y + 1, 6, 30), "Y102", "error", note="after the one-year project ends")),
        (None, "成本指标", "每座水鹤维修费用", "≤6万元/座"),
        ("效益指标", "社会效益指标", "消防车单车加水时间", "≤5分钟"),
        ("满意度指标", "服务对象满意度指标", "消防站指战员满意度", "≥90%"),
    ])  # fmt: skip
    return b
