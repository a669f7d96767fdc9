"""Lantern festival (灯会) returns: vm01–vm06."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout367.common import (
    LANTERN_DEPT,
    YEAR,
    funds,
    indicators,
    new,
    notes,
    signature,
    wan,
)
from tests.variants.holdout367.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money, pct

UNIT = "雁汀县文化馆"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "vm01-lantern-percent",
    (1, 10),
    "project, OLD-NAT, operator and unit columns, "
    "percent cells typed in Excel, 万元 in the number format, 百分点 and 0起 (correct)",
)
def vm01() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="雁汀县元宵灯会布展项目", dept=LANTERN_DEPT, unit=UNIT,
                 money=funds(wan(85), wan(70), wan(15)),
                 goals=["布展大型灯组36组，元宵期间接待游客30万人次，零安全事故。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "大型灯组布展数量", "≥", 36, "组"),
        (None, "质量指标", "灯组电气安全检测合格率", "=", pct(1), "%"),
        (None, "时效指标", "灯组布展完成时间", "≤", "2月5日前", None),
        (None, "成本指标", "单组灯组制作成本", "≤", 1.8, "万元/组"),
        ("效益指标", "社会效益指标", "灯会期间接待游客人次", "≥", 30, "万人次"),
        (None, None, "灯会期间安全事故", "=", 0, "起"),
        (None, "经济效益指标", "夜间文旅消费占比提高", "≥", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "韩书妍", "0736-5821407", day(YEAR - 1, 11, 26))
    return b


@variant(
    "vm02-lantern-percent-wrong",
    (1, 11, 12),
    "project, OLD-NAT, operator column, a "
    "satisfaction over 100 %, an accident rate with ≥, 其他资金 in 元 in a 万元 block",
)
def vm02() -> Book:
    b, s = new()
    other = mk(money(160000, YUAN), "B105", "error",
               note="元 in the 项目资金（万元） block")  # fmt: skip
    project_head(s, year=YEAR, name="澄岭镇古街花灯夜游项目", dept=LANTERN_DEPT,
                 unit="澄岭镇人民政府", money=funds(wan(96), wan(80), other),
                 goals=["元宵至正月底开放古街花灯夜游，点亮花灯1200盏，游客满意。"])  # fmt: skip
    b.file_mark("B101", "error", required=False,
                note="80 + 160000 ≠ 96 follows from the 元 cell; tolerated")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "古街悬挂花灯数量", "≥", 1200, "盏"),
        (None, "质量指标", "花灯亮灯率", "≥", pct(0.98), "%"),
        (None, "成本指标", "单盏花灯租赁成本", "≤", 500, "元/盏"),
        ("效益指标", "社会效益指标", "夜游安全事故发生率",
         mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤"), pct(0.01), "%"),
        (None, "可持续影响指标", "花灯夜游常态化开放月数", "≥", 2, "月"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥",
         mk(pct(1.05), "T106", "error", note="a satisfaction cannot exceed 100 %"), "%"),
    ])  # fmt: skip
    return b


def _lantern_project(s: Sheet, name: str, unit: str, amounts: tuple[Any, Any, Any], goal: str,
                     rows: list[tuple[Any, ...]], first: bool) -> None:  # fmt: skip
    """One project of a stacked sheet: its head (title only for the first), its table."""
    project_head(s, year=YEAR, name=name, dept=LANTERN_DEPT, unit=unit,
                 money=funds(*amounts), goals=[goal], title=None if first else "")  # fmt: skip
    indicators(s, ONE_HEAD, rows)
    s.skip()


@variant(
    "vm03-lantern-stacked",
    (2,),
    "three lantern projects stacked in one sheet, OLD-NAT, "
    "one value column, the same indicator with different values per project (correct)",
)
def vm03() -> Book:
    b, s = new("项目表")
    _lantern_project(s, "元宵灯会主灯组制作项目", UNIT, (wan(60), wan(60), wan(0)),
                     "制作主灯组1组、配套灯组12组，元宵前完成布展。", [
        ("产出指标", "数量指标", "配套灯组制作数量", "≥12组"),
        (None, "质量指标", "灯组验收合格率", "=100%"),
        (None, "成本指标", "主灯组制作成本", "≤36万元"),
        ("效益指标", "社会效益指标", "主灯组展示天数", "≥15天"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], True)  # fmt: skip
    _lantern_project(s, "非遗花灯扎制技艺传承培训项目", "雁汀县非遗保护中心",
                     (wan(18), wan(15), wan(3)), "培训花灯扎制学员60人，结业作品参展。", [
        ("产出指标", "数量指标", "培训学员人数", "≥60人"),
        (None, "质量指标", "学员结业率", "≥85%"),
        (None, "成本指标", "人均培训成本", "≤3000元/人"),
        ("效益指标", "可持续影响指标", "结业作品参展件数", "≥40件"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥95%"),
    ], False)  # fmt: skip
    _lantern_project(s, "灯会现场安保与交通疏导项目", "雁汀县公安局治安大队",
                     (wan(24), wan(24), wan(0)), "灯会期间安保人员每晚120人次，零踩踏事故。", [
        ("产出指标", "数量指标", "安保人员出勤人次", "≥1800人次"),
        (None, "时效指标", "突发事件处置响应时间", "≤10分钟"),
        (None, "成本指标", "安保人员每人次补助标准", "≤120元/人次"),
        ("效益指标", "社会效益指标", "踩踏等群体性安全事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥88%"),
    ], False)  # fmt: skip
    return b


@variant("vm04-lantern-stacked-defects", (2, 12), "two lantern projects stacked, OLD-NAT: the "
         "second project's money does not add up and its completion rate is a count")  # fmt: skip
def vm04() -> Book:
    b, s = new("项目表")
    _lantern_project(s, "中秋灯谜会项目", UNIT, (wan(12), wan(10), wan(2)),
                     "举办中秋灯谜会3场，悬挂灯谜5000条。", [
        ("产出指标", "数量指标", "灯谜会举办场次", "≥3场"),
        (None, "质量指标", "灯谜审核合格率", "=100%"),
        (None, "成本指标", "单场活动成本", "≤4万元/场"),
        ("效益指标", "社会效益指标", "参与猜谜群众人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ], True)  # fmt: skip
    total = mk(wan(48), "B101", "error", note="40 + 10 = 50, not 48")
    _lantern_project(s, "乡村花灯巡游项目", "雁汀县文化馆", (total, wan(40), wan(10)),
                     "组织花灯巡游队8支，巡游12个行政村。", [
        ("产出指标", "数量指标", "巡游覆盖行政村数量", "≥12个"),
        (None, "质量指标", "巡游计划完成率",
         mk("8支", "T105", "error", note="a 完成率 given as a count of teams")),
        (None, "成本指标", "单支巡游队补助标准", "≤5万元/支"),
        ("效益指标", "社会效益指标", "巡游观众人次", "≥2万人次"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ], False)  # fmt: skip
    return b


@variant(
    "vm05-lantern-notes",
    (4, 7),
    "project, OLD-NAT, header 绩效目标值, a 注 row inside the "
    "table, the header repeated after a page break, 填表说明, signature lines (correct)",
)
def vm05() -> Book:
    b, s = new()
    project_head(s, year=YEAR, name="雁汀县“灯映古城”灯会运营项目", dept=LANTERN_DEPT,
                 unit=UNIT, money=funds(wan(150), wan(120), wan(30)),
                 goals=["灯会开放20天，接待游客45万人次，带动古城商户增收。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "绩效目标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "灯会开放天数", "≥20天"),
        (None, None, "文艺展演场次", "≥40场"),
        (None, "质量指标", "灯组巡检合格率", "≥98%"),
    ])  # fmt: skip
    notes(s, "注：灯组数量以布展验收单为准，不另设指标。", width=4)
    indicators(s, head, [
        ("产出指标", "时效指标", "灯会开幕时间", "2月8日前"),
        (None, "成本指标", "每日运营成本", "≤6万元/天"),
        ("效益指标", "经济效益指标", "古城商户营业额增长率", "≥10%"),
        (None, "社会效益指标", "接待游客人次", "≥45万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1. 指标值含比较符；2. 成本指标按运营合同测算；3. 金额单位为万元。",
          "说明：本表经局党组会议审议。")  # fmt: skip
    signature(s, "骆启帆", "0736-5829133", day(YEAR - 1, 12, 3))
    return b


@variant(
    "vm06-lantern-points-wrong",
    (10, 5),
    "project, NAT-2021, tier-1 points column and "
    "indicator points: the 产出 indicators add to 45 of 50; a deadline given as 100 %",
)
def vm06() -> Book:
    b, s = new("绩效目标")
    project_head(s, year=YEAR, name="雁汀县灯彩非遗展馆提升项目", dept=LANTERN_DEPT,
                 unit="雁汀县非遗保护中心", money=funds(wan(40), wan(40), wan(0)),
                 goals=["更新灯彩展陈20组，全年接待观众5万人次。"])  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="the indicator points add to 95 because of the 产出 shortfall")  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标", mk(50, "W103", "error", note="15 + 10 + 10 + 10 = 45 ≠ 50"),
         "1.数量指标", "更新灯彩展陈组数", "≥20组", 15),
        (None, None, "2.质量指标", "展陈验收合格率", "=100%", 10),
        (None, None, "3.时效指标", "展馆重新开放时间",
         mk("100%", "T113", "warning", note="a date limit given as a percentage"), 10),
        (None, None, None, "展陈更新按时完成率", "≥95%", 10),
        ("二、成本指标", 10, "1.经济成本指标", "单组展陈更新成本", "≤1.5万元/组", 10),
        ("三、效益指标", 30, "1.社会效益指标", "全年接待观众人次", "≥5万人次", 15),
        (None, None, "2.可持续影响指标", "青少年研学参观比例提高", "≥5百分点", 15),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "观众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
