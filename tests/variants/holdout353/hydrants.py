"""Returns uy01–uy06: fire hydrants (消火栓) inspected and repaired."""

from __future__ import annotations

from tests.variants.holdout353.common import (
    HEAD,
    HEAD_OP,
    department,
    indicators,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout353.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("uy01-hydrant-percent", (1,), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 in the number format (correct)")  # fmt: skip
def uy01() -> Book:
    b, s = start()
    project(s, "城区市政消火栓巡检维修", "栖岩县消防救援大队城关站", one_year(80, 70, 10),
            ["完成城区312个市政消火栓巡检，维修损坏消火栓，完好率保持在95%以上。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "巡检市政消火栓数量", "≥", 312, "个"),
        (None, None, "维修更换消火栓数量", "≥", 60, "个"),
        (None, "质量指标", "消火栓完好率", "≥", pct(0.95), None),
        (None, None, "维修验收合格率", "=", pct(1), None),
        (None, "时效指标", "季度巡检按时完成率", "≥", pct(0.98), None),
        (None, "成本指标", "单个消火栓维修费用", "≤", 0.6, "万元/个"),
        ("效益指标", "社会效益指标", "火场取水点平均间距", "≤", 120, "米"),
        (None, "可持续影响指标", "消火栓台账更新率", "≥", pct(0.9), None),
        ("满意度指标", "服务对象满意度指标", "辖区消防站满意度", "≥", pct(0.92), None),
    ])  # fmt: skip
    sign(s, "韦松岭", "0766-3825417")
    return b


@variant("uy02-hydrant-percent-wrong", (1,), "project, OLD-NAT, operator and unit columns: a "
         "percent cell over 100 % and a coverage rate given as a count")  # fmt: skip
def uy02() -> Book:
    b, s = start()
    project(s, "乡镇消火栓补建及检测", "栖岩县消防救援大队禾埠站", one_year(64, 54, 10),
            ["在禾埠、梧塘两镇补建消火栓40个，检测既有消火栓，提高火场供水保障。"])  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "补建室外消火栓数量", "≥", 40, "个"),
        (None, None, "既有消火栓检测覆盖率", "≥",
         mk(186, "T105", "error", row=True, note="a 覆盖率 given as 186 个, not a percent"), "个"),
        (None, "质量指标", "补建消火栓验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105% on a capped 合格率"), None),
        (None, "时效指标", "补建工程完工时间", "≤", "10月31日", None),
        (None, "成本指标", "单个消火栓补建费用", "≤", 1.2, "万元/个"),
        ("效益指标", "社会效益指标", "农村火场供水半径", "≤", 150, "米"),
        ("满意度指标", "服务对象满意度指标", "镇村群众满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "姚丛碧", "0766-3825133")
    return b


@variant("uy03-stacked-hydrants", (2,), "two hydrant projects stacked in one sheet, OLD-NAT, "
         "one value column, the same indicator name with different values (correct)")  # fmt: skip
def uy03() -> Book:
    b, s = start()
    project(s, "老旧小区消火栓改造", "栖岩县消防救援大队城关站", one_year(45, 45, 0),
            ["改造老旧小区室外消火栓90个，消除冬季冻损隐患。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造室外消火栓数量", "≥90个"),
        (None, "质量指标", "改造消火栓出水合格率", "≥98%"),
        (None, "成本指标", "单个消火栓改造费用", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "冬季消火栓冻损数量", "≤3个"),
        ("满意度指标", "服务对象满意度指标", "小区居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "工业园区消火栓维护", "栖岩县消防救援大队园区站", one_year(30, 24, 6),
            ["维护园区消火栓150个，保障企业火场供水。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "维护室外消火栓数量", "≥150个"),
        (None, "质量指标", "改造消火栓出水合格率", "≥95%"),
        (None, "时效指标", "故障消火栓修复时限", "≤3个工作日"),
        (None, "成本指标", "单个消火栓年维护费用", "≤0.2万元/个"),
        ("效益指标", "经济效益指标", "园区企业火灾直接损失下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "园区企业满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("uy04-stacked-wrong", (2, 11), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and a 故障率 carries ≥")  # fmt: skip
def uy04() -> Book:
    b, s = start()
    project(s, "消火栓标识及反光桩设置", "栖岩县消防救援大队城关站", one_year(18, 18, 0),
            ["为城区消火栓设置标识牌和反光桩400套。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "设置标识牌及反光桩", "≥400套"),
        (None, "成本指标", "每套标识设置费用", "≤450元/套"),
        ("效益指标", "社会效益指标", "夜间消火栓查找时间", "≤3分钟"),
        ("满意度指标", "服务对象满意度指标", "消防站指战员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(95), "B101", "error", note="95 ≠ 80 + 10")
    project(s, "消火栓智能监测终端安装", "栖岩县消防救援大队园区站",
            one_year(total, 80, 10), ["为重点区域消火栓安装水压监测终端。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "安装水压监测终端", "≥220台"),
        (None, "质量指标", "监测终端在线率", "≥95%"),
        (None, None, "监测终端故障率",
         mk("≥2%", "T108", "warning", row=True, note="a 故障率 is 反向: ≤ expected")),
        (None, "成本指标", "每台终端安装费用", "≤0.4万元/台"),
        ("效益指标", "社会效益指标", "消火栓失压发现时间", "≤30分钟"),
        ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("uy05-flat-department", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值), weights add to 100 (correct)")  # fmt: skip
def uy05() -> Book:
    b, s = start()
    department(s, "栖岩县城市供水服务中心",
               [(360, 300, 60, 210, 150), (pct(1), pct(0.8333, "0.00%"), pct(0.1667, "0.00%"),
                                           pct(0.5833, "0.00%"), pct(0.4167, "0.00%"))],
               "保障市政消火栓供水压力，配合消防部门完成消火栓维护。")  # fmt: skip
    s.skip()
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("配合维护消火栓数量", 30, "个", "≥", 420),
        ("消火栓供水压力达标率", 30, "%", "≥", 95),
        ("管网漏损率", 20, "%", "≤", 9),
        ("爆管抢修到场时间", 10, "分钟", "≤", 45),
        ("消防部门满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b


@variant("uy06-flat-wrong", (3,), "department, flat list: weights add to 95, a money value "
         "against a 个 unit column, a 完好率 given as a count")  # fmt: skip
def uy06() -> Book:
    b, s = start()
    department(s, "栖岩县梧塘镇人民政府",
               [(120, 100, 20, 70, 50), (pct(1), pct(0.8333, "0.00%"), pct(0.1667, "0.00%"),
                                         pct(0.5833, "0.00%"), pct(0.4167, "0.00%"))],
               "完成全镇消火栓维护和消防水池清淤。")  # fmt: skip
    b.file_mark("W101", "error", note="weights 30 + 25 + 20 + 10 + 10 = 95 ≠ 100")
    s.skip()
    s.row("年度绩效指标")
    s.row(*FLAT)
    s.table([
        ("维护消火栓数量", 30, "个", "≥", 85),
        ("消火栓完好率", 25, "%", "≥",
         mk("85个", "T105", "error", alt=("T112",), note="a 完好率 given as 85个")),
        ("消防水池清淤费用", 20, "个", "≤",
         mk("12万元", "T112", "error", note="12万元 against the 个 unit column")),
        ("清淤工期", 10, "天", "≤", 60),
        ("村民满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    return b
