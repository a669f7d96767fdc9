"""Folk festivals: 三月三歌节, 鼓藏节, 吃新节 and the county's festival budget."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout800.common import (
    CULTURE,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
)
from tests.variants.holdout800.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

GOAL = "举办民族节庆活动12场，修缮传统民居70户，保障8个村寨博物馆全年开放。"


def _county(s_goal: str) -> dict[str, Any]:
    """The county culture bureau's budget, key tasks adding to 项目支出."""
    return dict(
        dept="雾溪县文化广电和旅游局",
        budget=[[money(900, WAN), money(820, WAN), money(80, WAN), money(300, WAN),
                 money(600, WAN)]],
        tasks=[("民族节庆活动", "扶持三月三歌节等节庆", money(260, WAN), "办节12场"),
               ("传统村落保护", "传统民居修缮补助70户", money(210, WAN), "修缮70户"),
               ("村寨博物馆运维", "8个村寨博物馆运行", money(130, WAN), "全年开放"),
               ("金额合计", None, money(600, WAN), None)],
        goal=s_goal,
    )  # fmt: skip


@variant("ked13-festival-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, a 下降率 with ≥ and a 0起 incident count, weights adding to "
         "100 (correct)")  # fmt: skip
def ked13() -> Book:
    b, s = book()
    department_head(s, year=YEAR, **_county(GOAL))
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("举办民族节庆活动场次", 15, "场", "≥", 12),
        ("传统民居修缮户数", 15, "户", "≥", 70),
        ("节庆活动安全事故发生数", 10, "起", "=", 0),
        ("村寨博物馆开放率", 15, "%", "≥", pct(0.95)),
        ("节庆期间游客投诉下降率", 10, "%", "≥", pct(0.1)),
        ("民族文化活动参与人次", 15, "万人次", "≥", 6),
        ("传统民居户均修缮补助", 10, "万元/户", "≤", 3),
        ("群众满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, "陆春梅", "0857-6600183")
    return b


@variant("ked14-festival-flat-weights", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): weights "
         "not adding to 100, a near-duplicate satisfaction with another value")  # fmt: skip
def ked14() -> Book:
    b, s = book()
    department_head(s, year=YEAR, **_county(GOAL))
    b.file_mark("W101", "error", note="权重20+15+15+10+15+10+10=95，不是100")
    s.row("年度绩效指标")
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("举办民族节庆活动场次", "≥12", "场", 20),
        ("传统民居修缮户数", "≥70", "户", 15),
        ("村寨博物馆开放率", "≥95%", "%", 15),
        ("传统民居户均修缮补助", "≤3", "万元/户", 10),
        ("游客满意度", "≥90%", "%", 15),
        ("民族文化活动参与人次", "≥6", "万人次", 10),
        (mk("游客满意率", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与游客满意度是同一指标，值却是85%和90%"), "≥85%", "%", 10),
    ])  # fmt: skip
    sign(s, "陆春梅", "0857-6600183")
    return b


@variant("ked15-song-festival-words", (11, 10),
         "project, OLD-NAT, operators in words in their own column and a unit column: a 下降率 "
         "with 大于等于, a rate raised in 百分点, a cost within its money (correct)")  # fmt: skip
def ked15() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="芒坝村三月三歌节项目", dept=CULTURE,
                 unit="雾溪县桐岭乡人民政府", money=one_year(60, 50, 10),
                 goals=["举办三月三歌节，组织民族歌舞演出8场，接待游客3万人次以上，为2026年申报省级"
                        "节庆品牌积累经验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较方式", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "民族歌舞演出场次", "大于等于", 8, "场"),
        (None, "质量指标", "原创节目占比", "大于等于", pct(0.3), "%"),
        (None, None, "安全事故发生数", "等于", 0, "起"),
        (None, "时效指标", "歌节举办完成时间", "小于等于", "2025年4月30日", None),
        (None, "成本指标", "每场演出补助标准", "小于等于", 6, "万元/场"),
        ("效益指标", "社会效益指标", "接待游客人次", "大于等于", 3, "万人次"),
        (None, None, "节庆期间噪声投诉下降率", "大于等于", 10, "%"),
        (None, "可持续影响指标", "本地歌手参演比例提高", "大于等于", 5, "百分点"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "黄丽娟", "0857-6617750")
    return b


@variant("ked16-guzang-festival", (11, 12),
         "project, NAT-2021, operator column: the count against the goal, the unit cost against "
         "the money, a cost with ≥")  # fmt: skip
def ked16() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="央仰寨鼓藏节民俗展演项目", dept=CULTURE,
                 unit="雾溪县乌榕镇人民政府", money=one_year(60, 55, 5),
                 goals=["举办鼓藏节民俗展演12场，接待游客2万人次，"
                        "展示苗族芦笙、铜鼓等传统技艺。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "民俗展演场次", "≥",
         mk(10, "D104", "warning", row=True, note="年度目标写12场，指标却是10场"), "场"),
        (None, "质量指标", "展演节目审核通过率", "≥", 95, "%"),
        (None, "时效指标", "鼓藏节举办完成时间", "≤", "2025年11月30日", None),
        ("成本指标", "经济成本指标", "每场展演补助标准", "≤",
         mk(8, "B107", "warning", row=True, note="8万元/场×10场=80万元，超过年度资金60万元"),
         "万元/场"),
        (None, None, "游客人均接待成本", mk("≥", "T108", "warning", row=True,
                                            note="成本是反向指标，比较符却是≥"), 25, "元/人"),
        ("效益指标", "社会效益指标", "接待游客人次", "≥", 2, "万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "杨光宇", "0857-6620417")
    return b


@variant("ked17-chixin-two-year", (8, 5),
         "two-year project, NAT-2021, tier labels marked and abbreviated (*产出, 数量, ★), "
         "中期 and "
         "年度 columns with the period's counts beside smaller yearly ones (correct)")  # fmt: skip
def ked17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="高坡寨吃新节传承保护项目",
                 dept=CULTURE, unit="雾溪县高坡乡人民政府",
                 money=multi_year((160, 140, 20), (80, 70, 10)),
                 goals=["2025年—2026年连续举办吃新节2届，累计展演24场，培训芦笙传承人40名。",
                        "2025年举办吃新节1届，展演12场，培训芦笙传承人20名。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("*产出", "数量", "举办吃新节届数", "≥2届", "≥1届"),
        (None, None, "★民俗展演场次", "≥24场", "≥12场"),
        (None, None, "培训芦笙传承人", "≥40人", "≥20人"),
        (None, "质量", "传承人培训考核合格率", "≥90%", "≥90%"),
        (None, "时效", "当届活动完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("*成本", "经济成本", "每场展演成本", "≤3万元/场", "≤3万元/场"),
        ("*效益", "社会效益", "节庆期间村寨客栈入住率提高", "≥5百分点", "≥3百分点"),
        (None, "可持续影响", "吃新节传承保护机制", "建立并执行", "建立"),
        ("*满意度", "服务对象满意度", "村民和游客满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴正邦", "0855-3317720")
    return b


@variant("ked18-embroidery-template", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template without an "
         "indicator, a satisfaction value without a name")  # fmt: skip
def ked18() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="桐岭乡民族刺绣传习节项目", dept=CULTURE,
                 unit="雾溪县桐岭乡人民政府", money=one_year(40, 40, 0),
                 goals=["举办民族刺绣传习节1届，组织绣娘技艺比赛2场，"
                        "展销刺绣作品300件。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "举办刺绣传习节", "≥1届"),
        (None, None, "组织绣娘技艺比赛", "≥2场"),
        (None, None, "展销刺绣作品", "≥300件"),
        (None, mk("质量指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标也没有指标值"), None, None),
        (None, "时效指标", "传习节举办完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "每场技艺比赛费用", "≤5万元/场"),
        ("效益指标", "社会效益指标", "带动绣娘增收人数", "≥80人"),
        ("满意度指标", "服务对象满意度指标",
         mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥90%"),
    ])  # fmt: skip
    sign(s, "石妹英", "0857-6630442")
    return b
