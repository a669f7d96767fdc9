"""Returns va01–va06: snow clearing on main roads (snowploughs, crews, hours to clear)."""

from __future__ import annotations

from tests.variants.holdout355.common import (
    department,
    first,
    footnotes,
    indicators,
    one_year_money,
    project,
    signature,
    wan,
)
from tests.variants.holdout355.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("va01-plough-percent", (1, 12), "project, OLD-NAT, operator and unit columns, typed "
         "percent cells, 万元 only in the number format (correct)")  # fmt: skip
def va01() -> Book:
    b, s = first()
    project(s, "主城区主干道机械化扫雪除冰", "朔川市北棠区市政设施养护所",
            one_year_money(180, 160, 20), ["雪停后12小时内主干道通行，桥坡无结冰。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "主干道机械清雪里程", "≥", 260, "公里"),
        (None, None, "储备融雪剂", "≥", 1200, "吨"),
        (None, "质量指标", "主干道积雪清除率", "≥", pct(0.95), "%"),
        (None, None, "桥梁坡道防滑处置合格率", "=", pct(1), "%"),
        (None, "时效指标", "雪停后主干道清除完成时限", "≤", 12, "小时"),
        (None, "成本指标", "融雪剂采购单价", "≤", 900, "元/吨"),
        ("效益指标", "社会效益指标", "积雪导致交通中断路段", "≤", 3, "处"),
        (None, "生态效益指标", "环保型融雪剂使用比例", "≥", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "市民冬季出行满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _stacked_one(s: Sheet, title: str | None, name: str, unit: str, total: float,
                 rows: list[tuple[object, ...]]) -> None:  # fmt: skip
    project(s, name, unit, one_year_money(total, total - 10, 10), [f"{name}按期完成。"],
            title=title)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)


@variant("va02-stacked-districts", (2,), "two district projects stacked in one sheet, OLD-NAT, "
         "one value column, the same indicator with different values (correct)")  # fmt: skip
def va02() -> Book:
    b, s = first("扫雪项目")
    _stacked_one(s, None, "北棠区主次干道扫雪作业", "北棠区环境卫生所", 96, [
        ("产出指标", "数量指标", "出动扫雪车辆", "≥40台班/场"),
        (None, "质量指标", "主干道积雪清除率", "≥95%"),
        (None, "时效指标", "主干道清雪完成时间", "雪停后12小时内"),
        (None, "成本指标", "每台班作业成本", "≤1800元"),
        ("效益指标", "社会效益指标", "冰雪天气公交线路正常运行率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    _stacked_one(s, "", "南汀区背街小巷扫雪作业", "南汀区环境卫生所", 54, [
        ("产出指标", "数量指标", "出动扫雪车辆", "≥18台班/场"),
        (None, "质量指标", "主干道积雪清除率", "≥92%"),
        (None, "时效指标", "主干道清雪完成时间", "雪停后24小时内"),
        (None, "成本指标", "每台班作业成本", "≤1500元"),
        ("效益指标", "社会效益指标", "因积雪滑倒就医人次", "较上年下降"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥88%"),
    ])  # fmt: skip
    return b


FLAT_BUDGET = (wan(860), wan(800), wan(60), wan(420), wan(440))
FLAT_TASKS = (
    ("扫雪除冰作业", "主次干道、桥梁坡道清雪除冰", wan(300), "雪停后12小时内主干道通行"),
    ("融雪物资储备", "融雪剂、防滑料采购与存放", wan(140), "储备不少于1500吨"),
    ("金额合计", None, wan(440), None),
)


@variant("va03-flat-department", (3, 11), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 in words · 指标值), 下降率 with 大于等于, 0起 (correct)")  # fmt: skip
def va03() -> Book:
    b, s = first()
    department(s, "朔川市环境卫生管理处", FLAT_BUDGET, "完成冬季扫雪除冰保障任务。", FLAT_TASKS)
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("主干道机械清雪覆盖里程", 20, "公里", "大于等于", 310),
        ("融雪剂储备量", 15, "吨", "大于等于", 1500),
        ("主干道积雪清除率", 20, "%", "大于等于", 95),
        ("道路结冰投诉量下降率", 15, "%", "大于等于", 10),
        ("除冰不及时引发的重大交通事故", 10, "起", "等于", 0),
        ("雪停后主干道通行恢复时限", 10, "小时", "小于等于", 12),
        ("市民出行满意度", 10, "%", "大于等于", 90),
    ])  # fmt: skip
    signature(s, "褚明远", "0471-3386025")
    return b


@variant("va04-flat-defects", (3, 11), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as direction · 计量单位 · 权重): rate, direction, weights")  # fmt: skip
def va04() -> Book:
    b, s = first()
    department(s, "朔川市南汀区市政工程管理所", (wan(390), wan(370), wan(20), wan(230), wan(160)),
               "保障辖区道路冬季通行安全。", [
                   ("桥坡除冰", "桥梁、坡道撒布融雪剂", wan(160), "桥坡无结冰"),
                   ("金额合计", None, wan(160), None)])  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("清雪作业路段", "≥85", "正向", "条", 20),
        ("除雪机械完好率", mk("45", "T105", "error", row=True,
                              note="a 完好率 given as 45 台, not a percentage"), "正向", "台", 20),
        ("桥坡除冰处置", "≥36", "正向", "处", 15),
        ("路面结冰投诉率", mk("≥2", "T108", "warning", row=True,
                              note="a 反向 complaint rate with ≥"), "反向", "%", 15),
        ("雪停后桥坡处置时限", "≤6", "反向", "小时", 15),
        ("市民满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+20+15+15+15+10 = 95, not 100")
    footnotes(s, ["注：权重合计应为100。"], 5)
    return b


@variant("va05-numbered-points", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标), ★ core rows, an indicator score column adding "
         "to the same 100 (correct)")  # fmt: skip
def va05() -> Book:
    b, s = first()
    project(s, "城区快速路冰雪应急处置", "朔川市快速路养护中心", one_year_money(240, 240, 0),
            ["冰雪天气快速路不封闭、不拥堵。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.★快速路除冰里程", "≥72公里", 15),
        (None, "（二）质量指标", "2.★路面残雪清除率", "≥98%", 15),
        (None, "（三）时效指标", "3.雪停后快速路恢复通行时限", "≤6小时", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "4.单公里除冰成本", "≤3.2万元/公里", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "5.冰雪天气快速路封闭次数", "≤1次", 15),
        (None, "（二）可持续影响指标", "6.冰雪应急预案演练", "≥2次", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "7.驾乘人员满意度", "≥90%", 10),
    ])  # fmt: skip
    footnotes(s, ["说明：一级指标分值合计100分，三级指标分值合计100分。"], 5)
    return b


@variant("va06-abbreviated-wrong-parent", (5,), "project, OLD-NAT, abbreviated tier labels "
         "(产出, 数量, 效益), 时效 under 效益, =95% on a satisfaction rate")  # fmt: skip
def va06() -> Book:
    b, s = first()
    project(s, "人行天桥及梯道除冰防滑", "朔川市桥梁管理所", one_year_money(64, 60, 4),
            ["全市58座人行天桥冬季无结冰滑倒事故。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "除冰防滑天桥", "≥58座"),
        (None, "质量", "梯道防滑垫铺设合格率", "≥95%"),
        (None, "成本", "每座天桥单次除冰费用", "≤500元"),
        ("效益", "社会效益", "天桥滑倒伤人事件", "≤1起"),
        (None, mk("时效", "F105", "error", note="时效 belongs to 产出, not 效益"),
         "雪停后天桥除冰完成时限", "≤4小时"),
        ("满意度", "服务对象满意度", "过街行人满意度", mk(
            "=95%", "T107", "warning", note="= on a satisfaction rate means ≥95%")),
    ])  # fmt: skip
    signature(s, "牛婉清", "0471-3360917")
    return b
