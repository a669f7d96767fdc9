"""Grassland balance returns: grazing bans, 草畜平衡 rewards, rodent control, fencing."""

from __future__ import annotations

from tests.variants.holdout363.common import (
    H4,
    YEAR,
    book,
    department,
    indicators,
    one_year,
    project,
    signature,
    wan,
)
from tests.variants.holdout363.registry import variant
from tests.variants.kit import Book, day, mk

GOAL = "落实草原禁牧和草畜平衡制度，开展草原监测，遏制天然草原超载过牧。"
TASKS = [
    ("草原禁牧补助", "兑付禁牧区牧户补助", 250, "禁牧42万亩"),
    ("草畜平衡奖励", "核定载畜量并兑付奖励", 120, "草畜平衡86万亩"),
    ("草原监测", "设置固定监测样地", 40, "样地120个"),
    ("金额合计", None, 410, None),
]


@variant("vi07-balance-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), weights adding to 100, 0起 and 百分点 (correct)")  # fmt: skip
def balance_flat() -> Book:
    b, s = book()
    department(s, "岗措县草原工作站", (620, 580, 40, 210, 410), GOAL, TASKS)
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("落实草原禁牧面积", 15, "万亩", "≥", 42),
        ("落实草畜平衡面积", 15, "万亩", "≥", 86),
        ("草原固定监测样地", 10, "个", "≥", 120),
        ("禁牧补助资金兑付率", 10, "%", "=", 100),
        ("天然草原超载率", 15, "%", "≤", 8),
        ("草原综合植被盖度提高", 10, "百分点", "≥", 1),
        ("草原火灾发生次数", 10, "起", "≤", 0),
        ("禁牧补助标准", 5, "元/亩", "≤", 5.9),
        ("项目区牧户满意度", 10, "%", "≥", 90),
    ], merged=(), title="年度绩效指标")  # fmt: skip
    signature(s, "央金", "0975-6185208")
    return b


@variant(
    "vi08-balance-flat-wrong",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标性质 as direction · 计量单位 · 权重): ≥ on a 反向 rate, weights adding to 95",
)
def balance_flat_wrong() -> Book:  # fmt: skip
    b, s = book()
    department(s, "岗措县曲麦滩乡农牧综合服务中心", (380, 350, 30, 120, 260),
               "完成乡域草畜平衡核定，减畜增草，逐步消除超载。",
               [("草畜平衡奖励", "兑付奖励资金", 180, "草畜平衡52万亩"),
                ("人工饲草地建设", "补播多年生牧草", 80, "人工饲草地4000亩"),
                ("金额合计", None, 260, None)])  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("核定草畜平衡面积", "≥52", "正向", "万亩", 20),
        ("建设人工饲草地", "≥4000", "正向", "亩", 15),
        ("奖励资金兑付率", "=100", "正向", "%", 15),
        ("天然草原超载率", mk("≥10", "T108", "warning", row=True,
                              note="超载率 is 反向 (and declared so), ≥ rewards overgrazing"),
         "反向", "%", 15),
        ("人工饲草地单位建设成本", "≤200", "反向", "元/亩", 10),
        ("牧户减畜任务完成率", "≥95", "正向", "%", 10),
        ("牧户满意度", "≥90", "正向", "%", 10),
    ], merged=(), title="年度绩效指标")  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    signature(s, "白玛", "0975-6181573")
    return b


@variant(
    "vi09-grassland-department",
    (12,),
    "department, NAT-2021: budget adding both ways, "
    "tasks adding to 金额合计 = 项目支出, a unit cost × area equal to its task (correct)",
)
def grassland_department() -> Book:  # fmt: skip
    b, s = book()
    department(s, "岗措县林业和草原局", (1280, 1180, 100, 380, 900),
               "兑付草原生态保护补助奖励，建设人工饲草地6000亩，修复退化草原2万亩。",
               [("草原生态保护补助奖励", "兑付禁牧补助和草畜平衡奖励", 620, "兑付率100%"),
                ("人工饲草地建设", "建植多年生人工草地", 180, "6000亩"),
                ("退化草原修复", "补播改良和围栏封育", 100, "2万亩"),
                ("金额合计", None, 900, None)])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "建设人工饲草地面积", "≥6000亩"),
        (None, None, "修复退化草原面积", "≥2万亩"),
        (None, "质量指标", "补助奖励资金兑付准确率", "=100%"),
        (None, "时效指标", "补奖资金兑付完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人工饲草地建设补助标准", "≤300元/亩"),
        ("效益指标", "生态效益指标", "退化草原修复区植被盖度提高", "≥5百分点"),
        (None, "社会效益指标", "受益牧户", "≥2600户"),
        (None, "可持续影响指标", "草原生态保护长效机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益牧户满意度", "≥90%"),
    ], title="年度绩效指标")  # fmt: skip
    signature(s, "尼玛次仁", "0975-6180946")
    return b


@variant(
    "vi10-grassland-money-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, "
    "tasks not adding to 金额合计, a unit cost × area above the whole budget",
)
def grassland_money_wrong() -> Book:  # fmt: skip
    b, s = book()
    s.title(f"{YEAR}年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", "岗措县草原监理所", None, "填报日期", day(YEAR - 1, 11, 25),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, mk(wan(900), "B101", "error", row=True, note="340 + 520 = 860 ≠ 900"),
          wan(840), wan(60), wan(340), wan(520))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度主要任务", "任务名称", "主要实施内容", "预算金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for name, what, amount, aim in [
        ("人工种草", "补播披碱草和老芒麦", wan(310), "人工种草5万亩"),
        ("草原执法监督", "开展超载过牧巡查", wan(150), "巡查覆盖全部牧业村"),
        ("草原灾害防控", "鼠虫害和火灾防控", wan(80), "防控面积30万亩"),
        ("金额合计", None, mk(wan(520), "B102", "error", note="310 + 150 + 80 = 540"), None),
    ]:
        s.row(None, name, what, amount, aim, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "完成人工种草5万亩，加强草原执法，降低超载率。", merge=[(2, 6)])
    indicators(s, H4, [
        ("产出指标", "数量指标", "完成人工种草面积", "≥5万亩"),
        (None, None, "超载过牧巡查次数", "≥24次"),
        (None, "质量指标", "人工种草当年出苗率", "≥85%"),
        (None, "时效指标", "人工种草完成时间", "2025年7月31日前"),
        ("成本指标", "经济成本指标", "人工种草补助标准",
         mk("≤200元/亩", "B107", "warning", row=True,
            note="200元/亩 × 5万亩 = 1000万元 > 资金总额 900万元 (and the 310万元 task)")),
        ("效益指标", "生态效益指标", "天然草原超载率", "≤10%"),
        (None, "社会效益指标", "草原违法案件查处率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%"),
    ], title="年度绩效指标")  # fmt: skip
    signature(s, "旦增", "0975-6183356")
    return b


@variant("vi11-rodent-notes", (4,), "project, OLD-NAT, one value column: an instruction row "
         "inside the table, a 注 explaining the total, 填表说明, signature and a 2024 fill date "
         "(correct)")  # fmt: skip
def rodent_notes() -> Book:
    b, s = book()
    project(s, "草原鼠害绿色防控项目", "岗措县草原工作站",
            [("年度资金总额", wan(135), "当年财政拨款", wan(100)),
             ("上年结转", wan(15), "其他资金", wan(20))],
            ["防治草原鼠害30万亩，设置招鹰架600架，防治区鼠洞密度下降70%以上。"])  # fmt: skip
    indicators(s, H4, [
        ("（填写说明：三级指标可增行，指标值须量化）", None, None, None),
        ("产出指标", "数量指标", "草原鼠害防治面积", "≥30万亩"),
        (None, None, "设置招鹰架", "≥600架"),
        (None, "质量指标", "防治区鼠害防治效果", "≥85%"),
        (None, "时效指标", "春季防治完成时间", "5月31日前"),
        (None, "成本指标", "每亩防治成本", "≤4元/亩"),
        ("效益指标", "生态效益指标", "防治区鼠洞密度下降率", "≥70%"),
        (None, "社会效益指标", "防治作业安全事故", "0起"),
        (None, "可持续影响指标", "生物防治技术推广年限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：年度资金总额135万元含上年结转15万元，当年新增100万元。", merge=[(1, 6)])
    s.row("填表说明：1.指标值应填写可考核的数值；2.金额单位为万元。", merge=[(1, 6)])
    signature(s, "卓嘎", "0975-6187024", day(YEAR - 1, 12, 3))
    return b


@variant(
    "vi12-fencing-artefacts",
    (9, 12),
    "project, OLD-NAT, detail lines below the table: a "
    "split number, an amount pasted twice, the end date as a serial in text",
)
def fencing_artefacts() -> Book:  # fmt: skip
    b, s = book()
    end = mk("46022", "X104", "warning", note="the serial of 2025-12-31 typed as text")
    project(s, "退化草原网围栏建设项目", "岗措县扎隆镇人民政府", one_year(120, 100, 20),
            ["建设草原网围栏80公里，封育退化草原3万亩。"], end=end)  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "建设草原网围栏", "≥80公里"),
        (None, None, "封育退化草原面积", "≥3万亩"),
        (None, "质量指标", "围栏工程验收合格率", "=100%"),
        (None, "时效指标", "围栏建设完成时间", "2025年9月30日前"),
        (None, "成本指标", "每公里围栏建设成本", "≤1.5万元/公里"),
        ("效益指标", "生态效益指标", "封育区植被盖度提高", "≥5百分点"),
        (None, "可持续影响指标", "围栏使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "项目区牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细", "项目", "内容", "金额（万元）", merge=[])
    s.row(
        None,
        "围栏材料",
        "刺丝、立柱、网片",
        mk("36.5 8", "X105", "warning", alt=("X103",), note="36.58 split by a space"),
    )
    s.row(
        None,
        "安装人工",
        "80公里",
        mk("24万24万", "X106", "error", alt=("B108",), note="24万 pasted twice"),
    )
    s.row(None, "补播草种", "封育区补播", 59.42)
    s.row(None, "合计", None, 120)
    signature(s, "次旺", "0975-6188137")
    return b
