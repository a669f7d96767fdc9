"""Returns on the retrofit half: replacing worn 窨井盖 and fitting anti-fall nets (xp01–xp06)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout422.common import DEPT, PROJECT_HEAD, UNIT, book, fund, grid, sign
from tests.variants.holdout422.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

NAME = "澄岭市老旧窨井盖更换及防坠设施加装工程"


@variant("xp01-retrofit-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 0起 incident target (correct)")  # fmt: skip
def xp01() -> Book:
    b, s = book()
    project_head(s, year=2026, name=NAME, dept=DEPT, unit=UNIT, money=fund(480, 430, 50),
                 goals=["更换老城区破损井盖3200套并加装防坠网，消除坠井隐患。"])  # fmt: skip
    grid(s, PROJECT_HEAD, [
        ("产出指标", "数量指标", "更换球墨铸铁井盖数量", "≥", 3200, "套"),
        (None, None, "同步加装防坠网数量", "≥", 3200, "套"),
        (None, "质量指标", "井盖安装验收合格率", "≥", pct(0.98), "%"),
        (None, None, "井座与路面高差达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "工程完工时间", "≤", day(2026, 11, 30, CN_DATE), None),
        (None, "成本指标", "单套井盖更换成本", "≤", 0.12, "万元/套"),
        (None, None, "单套防坠网加装成本", "≤", 0.015, "万元/套"),
        ("效益指标", "社会效益指标", "行人坠井伤人事件", "≤", 0, "起"),
        (None, "可持续影响指标", "新装井盖设计使用年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郭敏川", "0736-5829147", day(2025, 12, 9, CN_DATE))
    return b


@variant("xp02-retrofit-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column and typed percent cells: a 合格率 of 102%, a "
         "投诉率 with ≥")  # fmt: skip
def xp02() -> Book:
    b, s = book()
    project_head(s, year=2026, name="沐川区背街小巷窨井盖集中整治项目", dept=DEPT,
                 unit="澄岭市沐川区市政养护所", money=fund(215, 200, 15),
                 goals=["整治背街小巷破损、缺失、异响井盖1500套，井盖投诉明显减少。"])  # fmt: skip
    grid(s, PROJECT_HEAD, [
        ("产出指标", "数量指标", "整治破损缺失井盖数量", "≥", 1500, "套"),
        (None, "质量指标", "整治井盖验收合格率", "≥",
         mk(pct(1.02), "T106", "error", note="a 合格率 is capped at 100%; 102% cannot be")),
        (None, "时效指标", "整治完成时间", "≤", day(2026, 10, 31, CN_DATE), None),
        (None, "成本指标", "单套井盖整治成本", "≤", 0.13, "万元/套"),
        ("效益指标", "社会效益指标", "井盖异响破损投诉率",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向: ≥ asks for more complaints"),
         pct(0.02), "%"),
        (None, "可持续影响指标", "井盖养护台账建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "方若楠", "0736-5810362", day(2025, 12, 3, CN_DATE))
    return b


def _stacked(s: Sheet, name: str, unit: str, money: list[tuple[Any, ...]],
             rows: list[tuple[Any, ...]], title: str = "") -> None:  # fmt: skip
    project_head(s, year=2026, name=name, dept=DEPT, unit=unit, money=money,
                 goals=[f"完成{name}建设任务，提升井盖安全水平。"], title=title)  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    s.skip()


@variant("xp03-stacked-two", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def xp03() -> Book:
    b, s = book("绩效目标表")
    _stacked(s, "主干道窨井盖防沉降改造", UNIT, fund(360, 360, 0), [
        ("产出指标", "数量指标", "防沉降井座改造数量", "≥2400座"),
        (None, "质量指标", "改造验收合格率", "≥98%"),
        (None, "时效指标", "汛期前完成改造", "5月31日前"),
        (None, "成本指标", "单座井座改造成本", "≤0.14万元/座"),
        ("效益指标", "社会效益指标", "车辆过井颠簸投诉下降", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "驾乘人员满意度", "≥90%"),
    ], title="2026年度窨井盖安全改造项目绩效目标表")  # fmt: skip
    _stacked(s, "学校医院周边窨井盖防坠网加装", "澄岭市排水管理站", fund(96, 80, 16), [
        ("产出指标", "数量指标", "加装防坠网数量", "≥4800套"),
        (None, "质量指标", "改造验收合格率", "≥95%"),
        (None, "时效指标", "开学前完成校园周边加装", "8月25日前"),
        (None, "成本指标", "单套防坠网加装成本", "≤180元/套"),
        ("效益指标", "社会效益指标", "学生坠井事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "师生及家长满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("xp04-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's 资金总额 is not "
         "its parts, and a 覆盖率 is given as a count")  # fmt: skip
def xp04() -> Book:
    b, s = book("绩效目标表")
    _stacked(s, "老城区雨污水井盖更换", UNIT, fund(260, 240, 20), [
        ("产出指标", "数量指标", "更换雨污水井盖数量", "≥1800套"),
        (None, "质量指标", "更换井盖验收合格率", "≥98%"),
        (None, "时效指标", "完工时间", "11月30日前"),
        (None, "成本指标", "单套井盖更换成本", "≤0.13万元/套"),
        ("效益指标", "社会效益指标", "井盖缺失导致的事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "沿线商户满意度", "≥90%"),
    ], title="2026年度窨井盖安全改造项目绩效目标表")  # fmt: skip
    total = mk(240, "B101", "error", row=True, note="240 ≠ 220 财政拨款 + 30 其他资金 = 250")
    _stacked(s, "新城区窨井盖防坠网加装", "澄岭市排水管理站", fund(total, 220, 30), [
        ("产出指标", "数量指标", "加装防坠网数量", "≥9000套"),
        (None, None, "防坠网安装覆盖率",
         mk("≥1500套", "T105", "error", note="a 覆盖率 needs a percentage, not a count")),
        (None, "质量指标", "防坠网承重检测合格率", "≥95%"),
        (None, "成本指标", "单套防坠网加装成本", "≤200元/套"),
        ("效益指标", "社会效益指标", "行人坠井事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%"),
    ])  # fmt: skip
    return b


SCORE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")


@variant("xp05-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column "
         "(100 both ways), a 完好率 raised in 百分点 (correct)")  # fmt: skip
def xp05() -> Book:
    b, s = book()
    project_head(s, year=2026, name="快速路窨井盖更换提升工程", dept=DEPT, unit=UNIT,
                 money=fund(300, 270, 30),
                 goals=["更换快速路井盖1800套，井盖完好率较上年提高3个百分点以上。"])  # fmt: skip
    grid(s, SCORE_HEAD, [
        ("一、产出指标（40分）", "（一）数量指标", "更换快速路井盖数量", "≥1800套", 10, None),
        (None, None, "加装防坠网数量", "≥1800套", 10, None),
        (None, "（二）质量指标", "新装井盖承载等级达标率", "≥98%", 10, "D400级"),
        (None, "（三）时效指标", "主干道井盖汛前完成更换", "5月31日前", 10, None),
        ("二、成本指标（20分）", "（一）经济成本指标", "单套井盖综合更换成本", "≤0.15万元/套",
         20, "含防坠网"),
        ("三、效益指标（30分）", "（一）社会效益指标", "快速路井盖完好率较上年提高", "≥3百分点",
         15, "上年96%"),
        (None, None, "井盖引发的交通事故", "≤0起", 5, None),
        (None, "（二）可持续影响指标", "井盖巡查台账更新次数", "≥12次", 10, "每月1次"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "市民对道路井盖安全满意度",
         "≥90%", 10, None),
        ("合计", "", None, None, 100, None),
    ])  # fmt: skip
    sign(s, "邬启航", "0736-5873015", day(2025, 11, 28, CN_DATE))
    return b


@variant("xp06-points-wrong", (5, 10),
         "project, NAT-2021, tier labels with points: two tier scores not matching the indicator "
         "scores under them, and 时效指标 under 效益指标")  # fmt: skip
def xp06() -> Book:
    b, s = book()
    project_head(s, year=2026, name="工业园区窨井盖加固改造项目", dept=DEPT,
                 unit="澄岭市枫渚区城市管理综合服务中心", money=fund(150, 150, 0),
                 goals=["加固改造园区道路窨井盖900套，重型车辆通行路段井盖零破损。"])  # fmt: skip
    grid(s, SCORE_HEAD, [
        (mk("一、产出指标（50分）", "W103", "error", note="indicators under it total 45"),
         "（一）数量指标", "加固改造井盖数量", "≥900套", 15, None),
        (None, "（二）质量指标", "加固井盖承载检测合格率", "≥98%", 15, None),
        (None, None, "井座混凝土强度达标率", "≥95%", 15, None),
        ("二、成本指标（20分）", "（一）经济成本指标", "单套井盖加固成本", "≤0.16万元/套", 20,
         None),
        (mk("三、效益指标（20分）", "W103", "error", note="indicators under it total 25"),
         "（一）社会效益指标", "重车路段井盖完好率", "≥98%", 15, None),
        (None, mk("（二）时效指标", "F105", "error", row=True,
                  note="时效指标 belongs under 产出指标, not 效益指标"),
         "改造完成时间", "9月30日前", 10, None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "园区企业满意度", "≥90%", 10,
         None),
        ("合计", "", None, None, 100, None),
    ])  # fmt: skip
    return b
