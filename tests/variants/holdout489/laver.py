"""Laver (紫菜) cooperatives: percent cells, stacked projects, flat lists (ae01–ae06)."""

from __future__ import annotations

from tests.variants.holdout489.common import (
    HEAD,
    HEAD_OP,
    department,
    one_year,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout489.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT_A = "澄屿县蚝湾镇紫菜养殖专业合作社"
UNIT_B = "澄屿县礁北乡坛紫菜产销专业合作社"


@variant("ae01-laver-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format "
         "(correct)")  # fmt: skip
def ae01() -> Book:
    b, s = start()
    project(s, "紫菜苗网更新补助项目", UNIT_A, one_year(180, 150, 30),
            ["更新坛紫菜苗网，提高附苗质量，带动社员增收。"])  # fmt: skip
    table(s, HEAD_OP, [
        ("产出指标", "数量指标", "采购坛紫菜苗网", "≥", 4000, "张"),
        (None, None, "维护养殖筏架", "≥", 1200, "台"),
        (None, "质量指标", "苗网附苗合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "苗网到货至下海时限", "≤", 15, "天"),
        (None, "成本指标", "苗网补助标准", "≤", 300, "元/张"),
        ("效益指标", "经济效益指标", "社员户均紫菜增收", "≥", 0.8, "万元"),
        (None, "社会效益指标", "带动养殖户", "≥", 260, "户"),
        (None, "生态效益指标", "废旧浮球回收率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "入社养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬海澄", "0577-6613 2208", day(2024, 11, 18))
    return b


@variant("ae02-laver-percent-wrong", (1, 9),
         "project, OLD-NAT, values inline: a typed percent over 100, a rate given as a count, "
         "the completion date pasted as a serial")  # fmt: skip
def ae02() -> Book:
    b, s = start()
    serial = mk("45930", "X104", "warning",
                note="计划完成日期是文本 45930，即 2025-09-30 的日期序列号")  # fmt: skip
    project(s, "紫菜原藻初加工设备购置项目", UNIT_B, one_year(200, 160, 40),
            ["购置原藻清洗与烘干设备，提升坛紫菜初加工能力。"], end=serial)  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "购置原藻清洗机", "≥6台"),
        (None, None, "购置烘干设备", "≥4套"),
        (None, "质量指标", "设备安装验收合格率",
         mk(pct(1.05), "T106", "error", note="合格率 105% 超过 100% 上限")),
        (None, "时效指标", "设备安装完成时限", "≤90天"),
        (None, "成本指标", "烘干设备单价", "≤25万元/套"),
        ("效益指标", "经济效益指标", "原藻初加工量", "≥1800吨"),
        (None, "社会效益指标", "养殖户技术培训覆盖率",
         mk("≥150户", "T105", "error", note="覆盖率给的是户数，不是百分比")),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯礁生", "0577-6613 4471", day(2024, 11, 25))
    return b


@variant("ae03-laver-stacked-two", (2,),
         "two cooperatives' projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values (correct)")  # fmt: skip
def ae03() -> Book:
    b, s = start()
    project(s, "蚝湾镇紫菜苗网补助项目", UNIT_A, one_year(120, 100, 20),
            ["补助社员更新苗网，稳定坛紫菜养殖面积。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "补助紫菜苗网", "≥3000张"),
        (None, "成本指标", "苗网补助标准", "≤300元/张"),
        ("效益指标", "经济效益指标", "紫菜养殖面积", "≥2400亩"),
        ("满意度指标", "服务对象满意度指标", "受补助社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "礁北乡紫菜苗网补助项目", UNIT_B, one_year(75, 60, 15),
            ["补助礁北乡社员更新苗网，恢复养殖规模。"], title="")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "补助紫菜苗网", "≥1800张"),
        (None, "成本指标", "苗网补助标准", "≤300元/张"),
        ("效益指标", "经济效益指标", "紫菜养殖面积", "≥1500亩"),
        ("满意度指标", "服务对象满意度指标", "受补助社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ae04-laver-stacked-defects", (2, 11),
         "two projects stacked, OLD-NAT: the second project's money does not add up, a disease "
         "rate with ≥")  # fmt: skip
def ae04() -> Book:
    b, s = start()
    project(s, "蚝湾镇紫菜育苗池改造项目", UNIT_A, one_year(96, 80, 16),
            ["改造育苗池，提高丝状体培育成功率。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "改造育苗池", "≥1600平方米"),
        (None, "质量指标", "丝状体培育成功率", "≥85%"),
        ("效益指标", "社会效益指标", "供苗养殖户", "≥120户"),
        ("满意度指标", "服务对象满意度指标", "供苗户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(90, "B101", "error", note="90 ≠ 70 + 15")
    project(s, "礁北乡紫菜病害防控项目", UNIT_B, one_year(total, 70, 15),
            ["开展赤腐病监测与防控，降低病害损失。"], title="")  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "病害监测点", "≥12个"),
        (None, "质量指标", "赤腐病发生率",
         mk("≥3%", "T108", "warning", row=True, note="发生率是反向指标，应为 ≤")),
        ("效益指标", "经济效益指标", "病害损失减少", "≥40万元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ae05-laver-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100 (correct)")  # fmt: skip
def ae05() -> Book:
    b, s = start()
    department(s, "澄屿县紫菜产业服务中心", [(320, 280, 40, 110, 210)],
               "稳定坛紫菜养殖规模，减轻风浪灾损，带动社员增收。", [
                   ("苗网更新补助", "补助合作社社员更新苗网", 130, "稳定养殖规模"),
                   ("筏架更新", "更换老化筏架与锚缆", 80, "减轻风浪灾损"),
                   ("金额合计", None, 210, None),
               ])  # fmt: skip
    s.skip()
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("补助紫菜苗网", 20, "张", "≥", 4000),
        ("更新养殖筏架", 15, "台", "≥", 1500),
        ("原藻抽检合格率", 15, "%", "≥", 96),
        ("筏架损毁率下降幅度", 15, "百分点", "≥", 2),
        ("养殖生产安全事故", 10, "起", "≤", 0),
        ("社员年均增收", 15, "元", "≥", 3000),
        ("养殖户满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    sign(s, "缪潮平", "0577-6620 1135", day(2024, 11, 20))
    return b


@variant("ae06-laver-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "unit conflict, direction conflict, weights adding to 95")  # fmt: skip
def ae06() -> Book:
    b, s = start()
    department(s, "澄屿县礁北乡农业农村服务中心", [(150, 130, 20, 60, 90)],
               "推广紫菜养殖保险，降低苗种损耗。", [
                   ("养殖保险保费补贴", "补贴社员参加政策性养殖保险", 55, "提高参保面"),
                   ("苗种保育", "建设苗种暂养池", 35, "降低苗种损耗"),
                   ("金额合计", None, 90, None),
               ])  # fmt: skip
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("参加政策性养殖保险户数",
         mk("≥12万元", "T112", "error", alt=("T109",), note="值写万元，计量单位列是户"),
         "正向", "户", 25),
        ("建设苗种暂养池", "≥800", "正向", "平方米", 20),
        ("苗种损耗率",
         mk("≥8%", "T108", "warning", row=True, note="损耗率是反向指标，却写 ≥"),
         "反向", "%", 20),
        ("参保养殖户满意度", "≥90%", "正向", "%", 15),
        ("保费补贴及时拨付率", "≥95%", "正向", "%", 15),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 25+20+20+15+15 = 95，应为 100")
    return b
