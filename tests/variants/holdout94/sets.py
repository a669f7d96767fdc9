"""Indicator sets of the invented projects (NAT-2021 tiers), written as the export lays them
out: 指标方向, 比较符, a bare number or a percent cell, 计量单位."""

from __future__ import annotations

from tests.variants.holdout94.common import R
from tests.variants.kit import pct

CB, CC = "成本指标", "经济成本指标"
CC2 = "社会成本指标"
CO, SL, ZL, SX = "产出指标", "数量指标", "质量指标", "时效指标"
XY, JJ, SH, ST, KC = "效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"
MY, FW = "满意度指标", "服务对象满意度指标"
Z, F, D = "正向", "反向", "定性"


def training(n: int, cost: int, classes: int) -> list[R]:
    """职业技能提升培训: n people at ``cost`` 元 each."""
    return [
        R(CO, SL, "职业技能培训人数", Z, "≥", n, "人"),
        R(CO, SL, "培训班开班期数", Z, "≥", classes, "期"),
        R(CO, ZL, "培训考核合格率", Z, "≥", pct(0.9), "%"),
        R(CO, ZL, "职业技能等级证书取证率", Z, "≥", pct(0.8), "%"),
        R(CO, SX, "培训补贴资金发放及时率", Z, "≥", pct(0.95), "%"),
        R(CB, CC, "人均培训补贴标准", F, "≤", cost, "元/人"),
        R(XY, SH, "参训人员培训后就业率", Z, "≥", pct(0.7), "%"),
        R(XY, SH, "脱贫劳动力参训人数占比", Z, "≥", pct(0.3), "%"),
        R(XY, KC, "培训机构监管机制", D, "定性", "健全", None),
        R(MY, FW, "参训人员满意度", Z, "≥", pct(0.9), "%"),
    ]


def roads(km: int, cost: int, bridges: int) -> list[R]:
    """农村公路日常养护: ``km`` 公里 at ``cost`` 元 per 公里."""
    return [
        R(CO, SL, "农村公路日常养护里程", Z, "≥", km, "公里"),
        R(CO, SL, "危桥加固改造数量", Z, "≥", bridges, "座"),
        R(CO, ZL, "优良中等路比例", Z, "≥", pct(0.85), "%"),
        R(CO, ZL, "养护工程验收合格率", Z, "=", pct(1), "%"),
        R(CO, SX, "路面病害处置时限", F, "≤", 48, "小时"),
        R(CB, CC, "每公里年养护成本", F, "≤", cost, "元/公里"),
        R(XY, SH, "建制村通硬化路比例", Z, "=", pct(1), "%"),
        R(XY, SH, "养护路段交通事故发生率", F, "≤", pct(0.005, "0.0%"), "%"),
        R(XY, KC, "农村公路管护长效机制", D, "定性", "健全", None),
        R(MY, FW, "沿线群众满意度", Z, "≥", pct(0.9), "%"),
    ]


def health(n: int, cost: int, signed: int) -> list[R]:
    """老年人健康体检: n people at ``cost`` 元 each."""
    return [
        R(CO, SL, "老年人健康体检人数", Z, "≥", n, "人"),
        R(CO, SL, "家庭医生签约服务人数", Z, "≥", signed, "人"),
        R(CO, ZL, "体检报告反馈率", Z, "≥", pct(0.95), "%"),
        R(CO, ZL, "健康档案规范建档率", Z, "≥", pct(0.9), "%"),
        R(CO, SX, "体检结果反馈时限", F, "≤", 15, "工作日"),
        R(CB, CC, "人均体检成本", F, "≤", cost, "元/人"),
        R(XY, SH, "老年人健康管理率", Z, "≥", pct(0.7), "%"),
        R(XY, SH, "慢性病患者规范管理率", Z, "≥", pct(0.65), "%"),
        R(XY, KC, "基层健康服务能力", D, "定性", "持续提升", None),
        R(MY, FW, "体检对象满意度", Z, "≥", pct(0.9), "%"),
    ]


def meals(n: int, cost: int, schools: int) -> list[R]:
    """农村义务教育学生营养改善: n students at ``cost`` 元 a year each."""
    return [
        R(CO, SL, "受益学生人数", Z, "≥", n, "人"),
        R(CO, SL, "实施供餐学校数", Z, "≥", schools, "所"),
        R(CO, ZL, "食品安全抽检合格率", Z, "=", pct(1), "%"),
        R(CO, ZL, "食堂供餐覆盖率", Z, "≥", pct(0.95), "%"),
        R(CO, SX, "补助资金拨付及时率", Z, "≥", pct(0.95), "%"),
        R(CB, CC, "生均年补助标准", F, "≤", cost, "元/人"),
        R(XY, SH, "学生体质健康达标率", Z, "≥", pct(0.92), "%"),
        R(XY, SH, "学生因病缺课率", F, "≤", pct(0.03), "%"),
        R(XY, KC, "学生营养监测机制", D, "定性", "健全", None),
        R(MY, FW, "学生家长满意度", Z, "≥", pct(0.9), "%"),
    ]


def rivers(km: int, cost: int) -> list[R]:
    """河道日常保洁: ``km`` 公里 at ``cost`` 元 per 公里."""
    return [
        R(CO, SL, "河道保洁长度", Z, "≥", km, "公里"),
        R(CO, SL, "河道巡查次数", Z, "≥", 96, "次"),
        R(CO, ZL, "保洁考核达标率", Z, "≥", pct(0.95), "%"),
        R(CO, SX, "漂浮物清理时限", F, "≤", 24, "小时"),
        R(CB, CC, "每公里年保洁成本", F, "≤", cost, "元/公里"),
        R(XY, ST, "县控断面水质达标率", Z, "≥", pct(0.9), "%"),
        R(XY, ST, "河道水面垃圾清除率", Z, "≥", pct(0.98), "%"),
        R(XY, SH, "涉河环境投诉办结率", Z, "≥", pct(0.95), "%"),
        R(XY, KC, "河长制巡河保洁机制", D, "定性", "健全", None),
        R(MY, FW, "沿河群众满意度", Z, "≥", pct(0.9), "%"),
    ]


def culture(stations: int, cost: int, events: int, visits: int) -> list[R]:
    """乡镇综合文化站免费开放: ``stations`` at ``cost`` 元 each."""
    return [
        R(CO, SL, "免费开放乡镇综合文化站数量", Z, "≥", stations, "个"),
        R(CO, SL, "组织群众文化活动场次", Z, "≥", events, "场"),
        R(CO, ZL, "免费开放服务达标率", Z, "≥", pct(0.95), "%"),
        R(CO, SX, "每周开放时长", Z, "≥", 42, "小时"),
        R(CB, CC, "每站年度补助标准", F, "≤", cost, "元/个"),
        R(XY, SH, "参与文化活动群众人次", Z, "≥", visits, "人次"),
        R(XY, SH, "群众文化活动参与率", Z, "≥", pct(0.3), "%"),
        R(XY, KC, "文化站免费开放长效机制", D, "定性", "健全", None),
        R(MY, FW, "群众满意度", Z, "≥", pct(0.9), "%"),
    ]


def farmland(area: tuple[int, int], cost: int, irrigated: tuple[int, int],
             farms: tuple[int, int]) -> list[R]:  # fmt: skip
    """高标准农田建设, a multi-year project: (年度, 中期) pairs for the cumulative counts."""
    return [
        R(CO, SL, "新建高标准农田面积", Z, "≥", area[0], "亩", area[1]),
        R(CO, SL, "新增及改善灌溉面积", Z, "≥", irrigated[0], "亩", irrigated[1]),
        R(CO, ZL, "工程验收合格率", Z, "=", pct(1), "%", pct(1)),
        R(CO, SX, "年度建设任务完成率", Z, "≥", pct(0.95), "%", pct(0.95)),
        R(CB, CC, "亩均财政投入", F, "≤", cost, "元/亩", cost),
        R(XY, JJ, "项目区亩均粮食产能提高", Z, "≥", 50, "公斤", 50),
        R(XY, SH, "受益农户数", Z, "≥", farms[0], "户", farms[1]),
        R(XY, ST, "项目区水土流失治理面积", Z, "≥", area[0] // 10, "亩", area[1] // 10),
        R(XY, KC, "工程设施管护机制", D, "定性", "健全", None, "健全"),
        R(MY, FW, "受益农户满意度", Z, "≥", pct(0.9), "%", pct(0.9)),
    ]


def elderly(stations: tuple[int, int], cost: int, visits: tuple[int, int]) -> list[R]:
    """社区养老服务站建设, multi-year: (年度, 中期) pairs."""
    return [
        R(CO, SL, "新建社区养老服务站数量", Z, "≥", stations[0], "个", stations[1]),
        R(CO, SL, "上门助餐助浴服务人次", Z, "≥", visits[0], "人次", visits[1]),
        R(CO, ZL, "服务站建设验收合格率", Z, "=", pct(1), "%", pct(1)),
        R(CO, ZL, "护理员持证上岗率", Z, "≥", pct(0.9), "%", pct(0.9)),
        R(CO, SX, "建设补助资金拨付及时率", Z, "≥", pct(0.95), "%", pct(0.95)),
        R(CB, CC, "每站建设补助标准", F, "≤", cost, "元/个", cost),
        R(XY, SH, "社区居家养老服务覆盖率", Z, "≥", pct(0.6), "%", pct(0.8)),
        R(XY, SH, "失能老人上门照护服务人数", Z, "≥", visits[0] // 100, "人", visits[1] // 100),
        R(XY, KC, "养老服务站运营管理制度", D, "定性", "健全", None, "健全"),
        R(MY, FW, "服务对象满意度", Z, "≥", pct(0.9), "%", pct(0.9)),
    ]
