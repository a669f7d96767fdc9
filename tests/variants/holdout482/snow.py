"""Snow leopard (雪豹) monitoring and patrol projects: percent cells, tier labels, points."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout482.common import first_sheet, indicators, year_money
from tests.variants.holdout482.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
FOREST = "雪垭县林业和草原局 214007"
POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("zx01-camera-percent", (1,),
         "project, OLD-NAT, operator column (指标性质) and unit column, percent cells typed in "
         "Excel, 万元 in the number format, 0起 on an incident count (correct)")  # fmt: skip
def zx01() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="嘎玛雍雪豹红外相机监测项目", dept=FOREST,
                 unit="嘎玛雍保护站", money=year_money(120, 100, 20),
                 goals=["在嘎玛雍沟系布设红外相机60台，识别雪豹个体。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "红外相机布设数量", "≥", 60, "台"),
        (None, None, "雪豹监测样线巡护里程", "≥", 4800, "公里"),
        (None, "质量指标", "红外相机有效工作率", "≥", pct(0.9), "%"),
        (None, "时效指标", "季度监测数据上报时限", "≤", 15, "工作日"),
        (None, "成本指标", "红外相机购置单价", "≤", 0.45, "万元/台"),
        ("效益指标", "生态效益指标", "雪豹个体识别数量", "≥", 18, "只"),
        (None, None, "监测区内盗猎雪豹案件发生数", "≤", 0, "起"),
        (None, "社会效益指标", "周边牧户保护宣传覆盖率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "长期固定监测样线数", "≥", 12, "条"),
        ("满意度指标", "服务对象满意度指标", "参与监测牧民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zx02-camera-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, percent cells: a rate above 100 %, a "
         "反向 rate with ≥, a completion rate given as a count")  # fmt: skip
def zx02() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="鲁穹沟雪豹栖息地巡护监测项目", dept=FOREST,
                 unit="鲁穹保护站", money=year_money(96, 80, 16),
                 goals=["巡护鲁穹沟雪豹栖息地，维护红外相机40台，减少人为干扰。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "维护红外相机数量", "≥", 40, "台"),
        (None, None, "巡护任务完成率", "≥",
         mk(24, "T105", "error", note="完成率写成 24 次：比率给了计数"), "次"),
        (None, "质量指标", "红外相机完好率", "≥",
         mk(pct(1.05), "T106", "error", note="完好率 ≥105% 超过 100% 上限"), "%"),
        (None, "时效指标", "巡护月报报送时限", "≤", 5, "工作日"),
        (None, "成本指标", "相机维护单台成本", "≤", 0.3, "万元/台"),
        ("效益指标", "生态效益指标", "栖息地人为干扰事件发生率",
         mk("≥", "T108", "warning", row=True, note="发生率是反向指标，却写 ≥"), pct(0.05), "%"),
        (None, "社会效益指标", "牧民巡护员参与人数", "≥", 30, "人"),
        ("满意度指标", "服务对象满意度指标", "牧民巡护员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("zx03-numbered-labels", (5,),
         "project, NAT-2021, tier labels numbered (一、产出指标, （一）数量指标) and one marked "
         "with *, values inline, a 下降率 with ≥ (correct)")  # fmt: skip
def zx03() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="扎曲源雪豹保护巡护项目", dept=FOREST,
                 unit="扎曲源保护站", money=year_money(150, 130, 20),
                 goals=["开展雪豹栖息地日常巡护和放牧干扰调查，提升巡护队伍能力。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "日常巡护次数", "≥96次"),
        (None, None, "巡护队员培训人次", "≥120人次"),
        (None, "（二）质量指标", "巡护轨迹上传合格率", "≥95%"),
        (None, "（三）时效指标", "发现异常情况报告时限", "≤24小时"),
        ("二、成本指标", "（一）经济成本指标", "巡护队员每人每月补助标准", "≤0.2万元/人·月"),
        ("三、效益指标", "（一）生态效益指标", "雪豹栖息地内放牧干扰下降率", "≥10%"),
        (None, "（二）社会效益指标", "保护宣传进村入户数", "≥800户"),
        ("四、满意度指标", "*服务对象满意度指标", "巡护队员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zx04-wrong-parent", (5,),
         "project, OLD-NAT, abbreviated and ★-marked labels; one tier-2 (质量指标) under "
         "效益指标 and a deadline given as a percentage")  # fmt: skip
def zx04() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="冈拉玛雪豹廊道巡护项目", dept=FOREST,
                 unit="冈拉玛保护站", money=year_money(88, 88, 0),
                 goals=["巡护冈拉玛雪豹迁移廊道，记录雪豹及猎物活动痕迹。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("★产出指标", "数量", "廊道巡护里程", "≥3600公里"),
        (None, "质量", "痕迹记录规范率", "≥95%"),
        (None, "时效", "巡护记录归档时限",
         mk("100%", "T113", "warning", note="期限类指标写成百分比")),
        (None, "成本", "巡护车辆每公里油耗成本", "≤0.002万元/公里"),
        ("★效益指标", "生态效益", "雪豹猎物岩羊种群监测点数", "≥20个"),
        (None, mk("质量指标", "F105", "error", note="质量指标属产出指标，不在效益指标之下"),
         "巡护数据入库准确率", "≥98%"),
        ("满意度指标", "服务对象满意度", "周边社区满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _points(name: str, station: str, produce: object, benefit: object,
            rows: tuple[int, int, int, int, int]) -> Book:  # fmt: skip
    """A NAT-2021 project with a tier-1 score column and an indicator score column."""
    b, s = first_sheet()
    project_head(s, year=2025, name=name, dept=FOREST, unit=station,
                 money=year_money(150, 120, 30),
                 goals=["完成雪豹监测网格巡护和红外相机更新，提升监测覆盖率。"])  # fmt: skip
    p1, p2, p3, e1, e2 = rows
    indicators(s, POINTS_HEAD, [
        ("产出指标", produce, "数量指标", "红外相机更新数量", "≥40台", p1),
        (None, None, None, "监测网格巡护次数", "≥480次", p2),
        (None, None, "时效指标", "相机数据回收周期", "≤60天", p3),
        ("成本指标", 20, "经济成本指标", "单台红外相机购置成本", "≤0.5万元/台", 20),
        ("效益指标", benefit, "生态效益指标", "雪豹监测网格覆盖率较上年提高", "≥5百分点", e1),
        (None, None, "社会效益指标", "牧民参与巡护人数", "≥25人", e2),
        ("满意度指标", 10, "服务对象满意度指标", "参与牧民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("zx05-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a coverage rate raised in 百分点 (correct)")  # fmt: skip
def zx05() -> Book:
    return _points("曲那松多雪豹监测网格项目", "曲那松多保护站", 40, 30, (15, 15, 10, 20, 10))


@variant("zx06-tier-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: 产出 40 "
         "over 35, 效益 30 over 35")  # fmt: skip
def zx06() -> Book:
    return _points("央措雪豹监测网格项目", "央措保护站",
                   mk(40, "W103", "error", note="产出指标 40 分，其下 15+10+10=35"),
                   mk(30, "W103", "error", note="效益指标 30 分，其下 20+15=35"),
                   (15, 10, 10, 20, 15))  # fmt: skip
