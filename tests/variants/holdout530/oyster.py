"""Oyster (牡蛎) ranching returns: percent cells, flat lists and decorated tier labels."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head
from tests.variants.holdout530.common import YEAR, head, indicators, new_book, wan
from tests.variants.holdout530.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
GOAL = "在鲸屿镇、砺滩乡海域推广牡蛎筏式养殖，更新浮筏，带动渔户增收，改善养殖海域水质。"


def _oyster_rows(rate: Any, death_op: Any) -> list[list[Any]]:
    return [
        ["产出指标", "数量指标", "牡蛎筏式养殖示范面积", "≥", 200, "亩"],
        [None, None, "投放单体牡蛎苗种", "≥", 3000, "万粒"],
        [None, "质量指标", "苗种成活率", "≥", rate, "%"],
        [None, None, "苗种死亡率", death_op, pct(0.15), "%"],
        [None, "时效指标", "苗种投放及时率", "≥", pct(0.95), "%"],
        [None, "成本指标", "亩均苗种补助标准", "≤", 0.75, "万元/亩"],
        ["效益指标", "经济效益指标", "示范户亩均增收", "≥", 0.3, "万元"],
        [None, "社会效益指标", "带动渔户参与养殖", "≥", 60, "户"],
        [None, "生态效益指标", "养殖海域水质达标率", "≥", pct(0.9), "%"],
        [None, "可持续影响指标", "浮筏设施使用年限", "≥", 5, "年"],
        ["满意度指标", "服务对象满意度指标", "参养渔户满意度", "≥", pct(0.9), "%"],
    ]


@variant("bt01-oyster-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 in the "
         "number format, a 死亡率 with ≤ (correct)")  # fmt: skip
def bt01() -> Book:
    b, s = new_book()
    head(s, "鲸屿镇牡蛎筏式养殖示范项目", "珂屿县海洋渔业发展中心", wan(180, 150, 30), [GOAL])
    indicators(s, OPS, _oyster_rows(pct(0.85), "≤"))
    return b


@variant("bt02-oyster-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 on a 成活率, a "
         "死亡率 with ≥")  # fmt: skip
def bt02() -> Book:
    b, s = new_book()
    head(s, "砺滩乡牡蛎浮筏更新项目", "砺滩乡农业农村办公室", wan(165, 120, 45), [GOAL])
    rate = mk(pct(1.05), "T106", "error", note="成活率 capped at 100%; 105% cannot be")
    death = mk("≥", "T108", "warning", row=True, note="死亡率 is 反向, ≥ rewards dying stock")
    indicators(s, OPS, _oyster_rows(rate, death))
    return b


def _dept(s: Any, budget: list[Any], tasks: list[list[Any]]) -> None:
    department_head(s, year=YEAR, dept="珂屿县海洋渔业发展中心", budget=[budget], tasks=tasks,
                    goal="完成牡蛎浮筏更新和蚝壳回收，保障生产安全，稳定渔户收入。")  # fmt: skip


@variant("bt03-oyster-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, 0起 incidents, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def bt03() -> Book:
    b, s = new_book()
    m = [money(v, WAN) for v in (520, 480, 40, 210, 310)]
    _dept(s, m, [["牡蛎浮筏更新", "更新浮筏及缆绳", money(180, WAN), "浮筏完好率≥95%"],
                 ["蚝壳回收", "蚝壳集中回收再利用", money(130, WAN), "回收量≥1500吨"],
                 ["金额合计", None, money(310, WAN), None]])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ["更新牡蛎养殖浮筏", 20, "亩", "≥", 260],
        ["蚝壳集中回收量", 15, "吨", "≥", 1500],
        ["浮筏完好率", 15, "%", "≥", pct(0.95)],
        ["蚝壳随意丢弃量下降率", 10, "%", "≥", pct(0.3)],
        ["养殖生产安全事故", 10, "起", "≤", 0],
        ["浮筏更新完成时限", 10, "月", "≤", 9],
        ["带动渔户户均增收", 10, "元", "≥", 4000],
        ["渔户满意度", 10, "%", "≥", pct(0.9)],
    ])  # fmt: skip
    return b


@variant("bt04-oyster-flat-wrong", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "合格率 counted in 批次, a 万元 value under a 亩 unit, weights adding to 95")  # fmt: skip
def bt04() -> Book:
    b, s = new_book()
    _dept(s, [money(v, WAN) for v in (430, 400, 30, 190, 240)], [])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ["更新牡蛎养殖浮筏", "≥220", "正向", "亩", 20],
        ["蚝排产品抽检合格率", mk("≥12", "T105", "error", note="合格率 given as a count of 批次"),
         "正向", "批次", 15],
        ["亩均浮筏更新补助", mk("≤0.6万元", "T112", "error", note="万元 against unit column 亩"),
         "反向", "亩", 15],
        ["养殖生产安全事故", "≤0", "反向", "起", 10],
        ["带动渔户参与", "≥80", "正向", "户", 15],
        ["渔户满意度", "≥90", "正向", "%", 20],
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+15+15+10+15+20 = 95, not 100")
    return b


def _points_rows(out: Any, wrong: Any, empty: Any) -> list[list[Any]]:
    return [
        [out, "（一）数量指标", "新建牡蛎礁体面积", "≥12公顷", 15],
        [None, None, "投放牡蛎附着基", "≥4000立方米", 15],
        [None, "（二）质量指标", "礁体验收合格率", "≥95%", 10],
        [None, "（三）时效指标", "礁体投放完成时间", "2026年10月31日前", 10],
        ["二、成本指标（10分）", "1.经济成本指标", "每立方米附着基造价", "≤420元", 10],
        ["三、效益指标（30分）", "（一）生态效益指标", "礁区活体覆盖率较上年提高", "≥3百分点", 10],
        [None, wrong[0], wrong[1], wrong[2], 10],
        [None, "（三）可持续影响指标", "礁区管护制度", "健全", 10],
        ["四、满意度指标（10分）", "服务对象满意度指标", "周边渔户满意度", "≥90%", 5],
        [None, None, empty, "≥85%", 5],
    ]


@variant("bt05-oyster-reef-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）), an indicator "
         "score column adding to 100 like the tier points, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def bt05() -> Book:
    b, s = new_book()
    head(s, "蚝岙湾牡蛎礁生态修复项目", "珂屿县海洋渔业发展中心", wan(260, 260, 0),
         ["新建牡蛎礁体12公顷，恢复礁区牡蛎种群，改善近岸海域生态。"])  # fmt: skip
    wrong = ("（二）社会效益指标", "带动渔民参与礁区管护", "≥40人")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"),
               _points_rows("一、产出指标（50分）", wrong, "礁区游钓体验者满意度"))  # fmt: skip
    return b


@variant("bt06-oyster-reef-labels-wrong", (5, 13),
         "project, NAT-2021, numbered labels with points: a 时效 tier-2 under 效益指标, a "
         "satisfaction value without a name")  # fmt: skip
def bt06() -> Book:
    b, s = new_book()
    head(s, "砺滩乡牡蛎礁养护项目", "砺滩乡农业农村办公室", wan(240, 200, 40),
         ["新建牡蛎礁体12公顷，建立礁区管护队伍，带动渔民参与管护。"])  # fmt: skip
    wrong = (mk("（二）时效指标", "F105", "error", note="时效 belongs under 产出, not 效益"),
             "带动渔民参与礁区管护", "≥40人")  # fmt: skip
    empty = mk("", "F110", "error", note="a value ≥85% with no indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"),
               _points_rows("一、产出指标（50分）", wrong, empty))  # fmt: skip
    return b
