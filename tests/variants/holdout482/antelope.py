"""Tibetan antelope (藏羚羊) migration patrols: multi-year projects, stacked projects, direction
columns and conversion artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout482.common import (
    first_sheet,
    indicators,
    notes,
    period_money,
    wan,
    year_money,
)
from tests.variants.holdout482.registry import variant
from tests.variants.kit import Book, C, mk, money

TWO_HEAD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
DEPT = "措果湖自然保护区管理局 318002"


def wan4(value: float) -> C:
    """An amount with four decimals and 万元 in the number format."""
    return money(value, '0.0000"万元"')


@variant("zx07-migration-three-years", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: annual counts below the period "
         "counts, rates and unit costs equal in both (correct)")  # fmt: skip
def zx07() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, years=3, name="然卡藏羚羊迁徙通道巡守项目", dept=DEPT,
                 unit="然卡管护站", money=period_money((600, 540, 60), (200, 180, 20)),
                 goals=["三年内建成然卡迁徙通道巡守体系，累计巡护36000公里。",
                        "2025年完成产羔期通道巡守，巡护12000公里。"])  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "迁徙通道巡护里程", "≥36000公里", "≥12000公里"),
        (None, None, "救护受伤藏羚羊数量", "≥60只", "≥20只"),
        (None, "质量指标", "迁徙期通道巡守覆盖率", "≥95%", "≥95%"),
        (None, "时效指标", "受伤个体送达救护站时限", "≤24小时", "≤24小时"),
        (None, "成本指标", "每公里巡护成本", "≤0.01万元/公里", "≤0.01万元/公里"),
        ("效益指标", "生态效益指标", "救护个体死亡率", "≤10%", "≤10%"),
        (None, "可持续影响指标", "通道巡守制度运行年限", "≥3年", "≥1年"),
        ("满意度指标", "服务对象满意度指标", "过往车辆驾乘人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zx08-migration-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标 "
         "and two cumulative counts copied into the 年度 column")  # fmt: skip
def zx08() -> Book:
    b, s = first_sheet()
    goal = "建立藏羚羊产羔地巡护监测体系，监测产羔地8处，巡护24000公里。"
    project_head(s, year=2025, years=3, name="措果湖藏羚羊产羔地巡护项目", dept=DEPT,
                 unit="措果湖管护站", money=period_money((450, 420, 30), (150, 140, 10)),
                 goals=[goal, mk(goal, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "产羔地巡护里程", "≥24000公里",
         mk("≥24000公里", "D202", "warning", note="累计里程年度值照抄中期值")),
        (None, None, "产羔地监测点数量", "≥8处", "≥8处"),
        (None, None, "巡护队员培训人次", "≥300人次",
         mk("≥300人次", "D202", "warning", note="累计人次年度值照抄中期值")),
        (None, "质量指标", "监测记录完整率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每公里巡护成本", "≤0.005万元/公里", "≤0.005万元/公里"),
        ("效益指标", "生态效益指标", "产羔期幼仔存活率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "巡护队员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _stacked(total2: object, rate: object) -> Book:
    """Two projects of one reserve stacked in one sheet, one value column each."""
    b, s = first_sheet()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2025, name="措果湖藏羚羊越冬地巡护项目", dept=DEPT, unit="措果湖管护站",
                 money=year_money(80, 70, 10), goals=["巡护越冬地，防范盗猎。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "巡护里程", "≥5000公里"),
        (None, "成本指标", "围栏改造单价", "≤0.8万元/公里"),
        ("效益指标", "生态效益指标", "围栏挂困死亡发生数", "≤2只"),
        ("满意度指标", "服务对象满意度指标", "周边牧户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="然卡藏羚羊反盗猎联合巡查项目", dept=DEPT, unit="然卡管护站",
                 money=year_money(total2, 60, 20), title="",
                 goals=["与公安、边防联合巡查，核查盗猎线索。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "巡护里程", "≥3000公里"),
        (None, "质量指标", "盗猎线索核查率", rate),
        (None, "成本指标", "联合巡查每次成本", "≤0.5万元/次"),
        ("效益指标", "社会效益指标", "盗猎案件发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "联合巡查单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zx09-stacked-reserve", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, 巡护里程 in both with "
         "different values (correct)")  # fmt: skip
def zx09() -> Book:
    return _stacked(80, "≥95%")


@variant("zx10-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second project's 年度资金总额 is not "
         "财政拨款 + 其他资金, and its 核查率 is a count")  # fmt: skip
def zx10() -> Book:
    return _stacked(mk(wan(85), "B101", "error", note="85 ≠ 60 + 20"),
                    mk("30条", "T105", "error", note="核查率写成 30 条"))  # fmt: skip


@variant("zx11-direction-columns", (11,),
         "project, OLD-NAT, 指标性质 as direction (正向/反向), 指标方向 as operator, bare "
         "numbers and a unit column: a 反向 count with ≥ and a 正向 count with ≤")  # fmt: skip
def zx11() -> Book:
    b, s = first_sheet(widths=(14, 14, 28, 10, 10, 12, 10))
    project_head(s, year=2025, name="然卡公路藏羚羊穿越段守护项目", dept=DEPT, unit="然卡管护站",
                 money=year_money(64, 64, 0), goals=["迁徙期在公路穿越段设岗守护。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "迁徙期设岗守护天数", "正向", "≥", 90, "天"),
        (None, None, "巡护队员培训人次", "正向",
         mk("≤", "T108", "warning", row=True, note="正向计数却写 ≤"), 80, "人次"),
        (None, "时效指标", "车辆疏导平均响应时间", "反向", "≤", 30, "分钟"),
        (None, "成本指标", "守护岗每天运行成本", "反向", "≤", 0.5, "万元/天"),
        ("效益指标", "生态效益指标", "藏羚羊公路路杀发生数", "反向",
         mk("≥", "T108", "warning", row=True, note="路杀是反向指标，却写 ≥"), 1, "只"),
        ("满意度指标", "服务对象满意度指标", "过往驾乘人员满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("zx12-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column and detail lines below: a split number in the head, "
         "an amount pasted twice in the lines, a unit cost rounded to 0")  # fmt: skip
def zx12() -> Book:
    b, s = first_sheet()
    split = mk(C("96.246 5"), "X105", "warning", alt=("X103",), note="读作 96.2465")
    project_head(s, year=2025, name="措果湖藏羚羊救护站运行项目", dept=DEPT, unit="措果湖救护站",
                 money=year_money(wan4(120.2465), split, 24),
                 goals=["运行救护站，救护受伤藏羚羊并放归。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "救护藏羚羊数量", "≥40只"),
        (None, "质量指标", "救护个体放归成活率", "≥80%"),
        (None, "成本指标", "单只救护成本",
         mk("≤0万元/只", "T115", "error", note="单只成本四舍五入成 0")),
        ("效益指标", "生态效益指标", "放归个体跟踪监测数", "≥10只"),
        ("满意度指标", "服务对象满意度指标", "志愿者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    notes(s, "项目支出明细（万元）")
    for label, value in (("救护人员劳务", wan4(60.2465)),
                         ("巡护车辆燃油", mk("18万18万", "X106", "error", alt=("B108",),
                                            note="金额粘贴了两次，读作 18")),
                         ("救护药品及饲料", wan(30)), ("放归跟踪设备", wan(12)),
                         ("合计", wan4(120.2465))):  # fmt: skip
        s.row(label, value, merge=[(2, 3)])
    return b
