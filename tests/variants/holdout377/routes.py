"""Ferry routes and ferry operation (轮渡/渡运): vw01–vw06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout377.common import TRANSPORT, YEAR, first, footer, funds, indicators
from tests.variants.holdout377.registry import variant
from tests.variants.kit import WAN, YUAN, Book, Sheet, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("vw01-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents, 万元 in the number format "
         "(correct)")  # fmt: skip
def percent_cells() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="苇湄镇乡村渡运航线运营补助", dept=TRANSPORT,
                 unit="鹭汀县苇湄镇人民政府", money=funds(186, 160, 26),
                 goals=["保障苇湄镇9条渡运航线全年安全开行，渡运旅客不少于42万人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "渡运航线开行条数", "≥", 9, "条"),
        (None, None, "年渡运旅客人次", "≥", 42, "万人次"),
        (None, "质量指标", "渡船年度检验合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "渡运班次准点率", "≥", pct(0.95), "%"),
        (None, "成本指标", "渡船运营补贴标准", "≤", 1.5, "万元/艘"),
        (None, None, "补贴渡船艘数", "=", 12, "艘"),
        ("效益指标", "社会效益指标", "沿河群众出行时间缩短", "≥", 20, "分钟"),
        (None, None, "渡运安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "渡运服务投诉下降率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "乘渡群众满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OPS, rows)
    footer(s, "覃晓舟", "0779-6235418")
    return b


@variant("vw02-percent-wrong", (1, 12),
         "project, OLD-NAT, operator column: a typed percent over 100 on a rate, 其他资金 in 元 "
         "inside the 万元 block")  # fmt: skip
def percent_wrong() -> Book:
    b, s = first()
    other = mk(money(240000, YUAN), "B105", "error",
               note="240,000 元 (24万) typed in a 项目资金（万元） block")  # fmt: skip
    project_head(s, year=YEAR, name="桂湾渡轮渡码头救生设施更新", dept=TRANSPORT,
                 unit="鹭汀县桂湾渡运站", money=[
                     ("年度资金总额", money(98, WAN), "其中：财政拨款", money(74, WAN)),
                     ("其他资金", other, None, None)],
                 goals=["更新桂湾渡3座码头的救生圈、救生衣和夜航灯具。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 cell read as 万元 breaks the sum")
    rows = [
        ("产出指标", "数量指标", "更新救生衣套数", "≥", 600, "套"),
        (None, None, "更新码头夜航灯具", "≥", 36, "盏"),
        (
            None,
            "质量指标",
            "救生设备配备率",
            "≥",
            mk(pct(1.05), "T106", "error", note="a 配备率 cannot exceed 100%"),
            "%",
        ),
        (None, "时效指标", "设施更新完成时间", "≤", "10月31日前", None),
        (None, "成本指标", "救生衣采购单价", "≤", 260, "元/套"),
        ("效益指标", "社会效益指标", "码头落水救助响应时间", "≤", 5, "分钟"),
        ("满意度指标", "服务对象满意度指标", "渡口群众满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OPS, rows)
    footer(s, "韦岸平", "0779-6231107")
    return b


def _stacked(s: Sheet, name: str, unit: str, total: float, fiscal: float, other: object,
             rows: list[tuple[object, ...]], title: str | None = None) -> None:  # fmt: skip
    project_head(s, year=YEAR, name=name, dept=TRANSPORT, unit=unit,
                 money=[("年度资金总额", total, "其中：财政拨款", money(fiscal, WAN)),
                        ("其他资金", other, None, None)],
                 goals=[f"{name}按计划实施，渡运安全有序。"], title=title)  # fmt: skip
    indicators(s, ONE, rows)


@variant("vw03-stacked-two", (2,),
         "two ferry projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator with different values (correct)")  # fmt: skip
def stacked_two() -> Book:
    b, s = first("渡运项目", (16, 16, 30, 18, 18, 18))
    _stacked(s, "石矶渡至桂湾渡轮渡运营补助", "鹭汀县轮渡管理所", money(140, WAN), 120,
             money(20, WAN), [
                 ("产出指标", "数量指标", "年开行轮渡班次", "≥8000班次"),
                 (None, "质量指标", "轮渡船舶适航率", pct(1)),
                 (None, "成本指标", "每班次运营补贴", "≤150元/班次"),
                 ("效益指标", "社会效益指标", "过河群众日均候船时间", "≤25分钟"),
                 ("满意度指标", "服务对象满意度指标", "乘渡群众满意度", "≥90%"),
             ])  # fmt: skip
    s.skip(2)
    _stacked(s, "鹤渚乡渡口候船亭改造", "鹭汀县鹤渚乡人民政府", money(45, WAN), 40,
             money(5, WAN), [
                 ("产出指标", "数量指标", "改造候船亭座数", "≥6座"),
                 (None, "质量指标", "工程验收合格率", "=100%"),
                 (None, "时效指标", "改造完工时间", "9月30日前"),
                 (None, "成本指标", "候船亭改造单价", "≤7万元/座"),
                 ("效益指标", "社会效益指标", "雨天候船群众受益人次", "≥3万人次"),
                 ("满意度指标", "服务对象满意度指标", "乘渡群众满意度", "≥92%"),
             ], title="")  # fmt: skip
    return b


@variant("vw04-stacked-defects", (2, 11),
         "two ferry projects stacked, OLD-NAT, one value column: the second project's total "
         "wrong and a 晚点率 with ≥")  # fmt: skip
def stacked_defects() -> Book:
    b, s = first("渡运项目", (16, 16, 30, 18, 18, 18))
    _stacked(s, "洄澜渡汽车轮渡运营补助", "鹭汀县轮渡管理所", money(210, WAN), 180,
             money(30, WAN), [
                 ("产出指标", "数量指标", "年渡运车辆", "≥5.2万辆次"),
                 (None, "质量指标", "轮渡船舶适航率", "≥98%"),
                 (None, "成本指标", "每车次运营补贴", "≤35元/车次"),
                 ("效益指标", "经济效益指标", "农产品过河运输成本下降", "≥8%"),
                 ("满意度指标", "服务对象满意度指标", "过渡驾乘人员满意度", "≥90%"),
             ])  # fmt: skip
    s.skip(2)
    total = mk(money(75, WAN), "B101", "error", note="60 + 10 = 70, not 75")
    _stacked(s, "苇湄镇渡船更新购置", "鹭汀县苇湄镇人民政府", total, 60, money(10, WAN), [
        ("产出指标", "数量指标", "更新钢质渡船艘数", "≥4艘"),
        (None, "质量指标", "新船检验合格率", "=100%"),
        (None, "时效指标", "渡船班次晚点率",
         mk("≥3%", "T108", "warning", row=True, note="a 晚点率 is 反向 and takes ≤")),
        (None, "成本指标", "单艘渡船购置费", "≤17万元/艘"),
        ("效益指标", "社会效益指标", "渡运载客能力提升", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "乘渡群众满意度", "≥90%"),
    ], title="")  # fmt: skip
    return b


@variant("vw05-flat-department", (3, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 合计 row, weights add to 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="鹭汀县地方海事处", budget=[
        (money(320, WAN), money(300, WAN), money(20, WAN), money(140, WAN), money(180, WAN))],
        tasks=[("渡口安全巡查", "全县47处渡口定期巡查", money(60, WAN), "隐患及时整改"),
               ("渡船检验", "乡镇渡船法定检验", money(50, WAN), "检验全覆盖"),
               ("船员培训", "渡工持证培训", money(70, WAN), "渡工持证上岗"),
               ("金额合计", None, money(180, WAN), None)],
        goal="全县乡村渡口安全监管全覆盖，渡运安全形势平稳。")  # fmt: skip
    s.row(*FLAT)
    s.table([
        ("渡口安全巡查次数", 20, "次", "≥", 48),
        ("渡船法定检验率", 15, "%", "≥", pct(0.98)),
        ("渡工持证培训人次", 15, "人次", "≥", 260),
        ("渡运安全事故死亡人数", 15, "人", "≤", 0),
        ("巡查问题整改率", 15, "%", "≥", pct(0.95)),
        ("单次巡查成本", 10, "元/次", "≤", 1800),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    return b


@variant("vw06-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): weights add to 95, a 完成率 given as a count")  # fmt: skip
def flat_defects() -> Book:
    b, s = first()
    department_head(s, year=YEAR, dept="鹭汀县渡运安全管理站", budget=[
        (money(150, WAN), money(150, WAN), money(0, WAN), money(62, WAN), money(88, WAN))],
        goal="完成渡口标准化改造，渡运秩序明显好转。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("渡口标准化改造完成率",
         mk(4, "T105", "error", note="a 完成率 given as 4 个"), "正向", "个", 20),
        ("渡口警示标牌设置数", "≥120", "正向", "块", 15),
        ("渡船超载发生起数", "≤5", "反向", "起", 15),
        ("渡口视频监控覆盖率", "≥85%", "正向", "%", 20),
        ("标牌制作单价", "≤600", "反向", "元/块", 15),
        ("过渡群众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+20+15+10 = 95, not 100")
    return b
