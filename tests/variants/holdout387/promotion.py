"""Returns wg07–wg12: tea-culture promotion (茶文化推广): stacked projects, 中期 and 年度
columns, rows that are not indicators, direction against operator."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout387.common import annual, book, indicators, notes, period, sign
from tests.variants.holdout387.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
DEPT = "渌峰县文化广电和旅游局（402）"


def stack(s: Sheet, first: bool, name: str, unit: str, cash: Any, goal: str,
          rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One project of a stacked sheet: its head (title only for the first), its table."""
    if not first:
        s.skip()
    project_head(s, year=2025, name=name, dept=DEPT, unit=unit, money=cash, goals=[goal],
                 title=None if first else "")  # fmt: skip
    indicators(s, ONE, rows)


@variant("wg07-stacked-three", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in two projects (correct)")  # fmt: skip
def wg07() -> Book:
    b, s = book()
    stack(s, True, "“茶香渌峰”茶文化节项目", "渌峰县文化馆", annual(25, 20, 5),
          "举办茶文化节主题活动5场，吸引参与群众不少于15000人次，提升渌峰茶品牌影响力。", [
        ("产出指标", "数量指标", "茶文化节主题活动场次", "≥5场"),
        (None, None, "参与群众人次", "≥15000人次"),
        (None, "质量指标", "活动安全事故", "≤0起"),
        (None, "时效指标", "活动按期举办率", "≥95%"),
        (None, "成本指标", "单场活动成本", "≤5万元/场"),
        ("效益指标", "社会效益指标", "渌峰茶品牌公众知晓率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "活动参与群众满意度", "≥90%"),
    ])  # fmt: skip
    stack(s, False, "茶文化进社区推广项目", "渌峰县图书馆", annual(12, 12, 0),
          "在全县社区开展茶文化普及活动30场，发放茶文化读本3000册。", [
        ("产出指标", "数量指标", "社区茶文化普及活动场次", "≥30场"),
        (None, None, "茶文化读本发放数量", "≥3000册"),
        (None, "质量指标", "读本内容审核合格率", "100%"),
        (None, "时效指标", "活动按月开展及时率", "≥95%"),
        (None, "成本指标", "单场普及活动成本", "≤0.3万元/场"),
        (None, None, "读本单册印制成本", "≤10元/册"),
        ("效益指标", "社会效益指标", "社区居民茶文化知晓率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "活动参与群众满意度", "≥85%"),
    ])  # fmt: skip
    stack(s, False, "茶旅融合宣传推广项目", "渌峰县旅游发展服务中心", annual(18, 15, 3),
          "制作茶旅宣传片1部，在主流媒体刊发宣传稿件20篇，推出茶旅精品线路3条。", [
        ("产出指标", "数量指标", "茶旅宣传片制作数量", "≥1部"),
        (None, None, "主流媒体宣传稿件", "≥20篇"),
        (None, None, "茶旅精品线路", "≥3条"),
        (None, "质量指标", "宣传片审核通过率", "100%"),
        (None, "时效指标", "宣传片完成时间", "2025年9月30日前"),
        (None, "成本指标", "宣传片制作成本", "≤8万元"),
        ("效益指标", "经济效益指标", "茶旅线路游客接待量增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁予安", "0739-8820416", day(2025, 1, 8))
    return b


@variant("wg08-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def wg08() -> Book:
    b, s = book()
    stack(s, True, "茶艺表演队下乡巡演项目", "渌峰县文化馆", annual(16, 16, 0),
          "组织茶艺表演队下乡巡演24场，观演群众不少于6000人次。", [
        ("产出指标", "数量指标", "下乡巡演场次", "≥24场"),
        (None, None, "观演群众人次", "≥6000人次"),
        (None, "质量指标", "原创茶艺节目占比", "≥30%"),
        (None, "时效指标", "巡演计划按期完成率", "≥95%"),
        (None, "成本指标", "单场巡演成本", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "乡村群众茶文化活动参与率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(money(30, WAN), "B101", "error", row=True,
               note="第二个项目：财政拨款 22 + 其他资金 6 = 28，不等于 30")  # fmt: skip
    count = mk("40节", "T105", "error", note="完成率给的是课时数“40节”，不是百分比")
    stack(s, False, "少儿茶艺体验课堂项目", "渌峰县青少年活动中心", annual(total, 22, 6),
          "开设少儿茶艺体验课堂40节，参与少儿不少于800人。", [
        ("产出指标", "数量指标", "体验课堂开课数", "≥40节"),
        (None, None, "参与少儿人数", "≥800人"),
        (None, "质量指标", "茶艺体验课程完成率", count),
        (None, "时效指标", "课程按学期开课及时率", "≥95%"),
        (None, "成本指标", "人均体验成本", "≤300元/人"),
        ("效益指标", "社会效益指标", "少儿茶礼仪掌握率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁予安", "0739-8820416", day(2025, 1, 8))
    return b


@variant("wg09-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns and money: cumulative "
         "counts below their period values, rates equal in both (correct)")  # fmt: skip
def wg09() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=3, name="茶文化传承基地建设与推广项目",
        dept="岫川市文化广电和旅游局（402）", unit="岫川市茶文化传承中心",
        money=period((270, 240, 30), (90, 80, 10)), attr="新增项目",
        goals=["建成茶文化传承基地3个，累计开展茶文化推广活动150场，培养茶艺传承人才150人。",
               "建成茶文化传承基地1个，开展茶文化推广活动50场，培养茶艺传承人才50人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "传承基地建成数量", "≥3个", "≥1个"),
        (None, None, "茶文化推广活动场次", "≥150场", "≥50场"),
        (None, None, "培养茶艺传承人才人数", "≥150人", "≥50人"),
        (None, "质量指标", "基地建设验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "基地建设及运营成本", "≤270万元", "≤90万元"),
        ("效益指标", "社会效益指标", "茶文化活动受众人次年增长率", "≥10%", "≥10%"),
        (None, "可持续影响指标", "基地持续运营年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "活动参与群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "温映竹", "0871-6630915", day(2025, 1, 20))
    return b


@variant("wg10-multi-year-wrong", (8,),
         "two-year project, NAT-2021, 中期 and 年度 value columns: an annual count above its "
         "period count, two cumulative counts copied from 中期 to 年度")  # fmt: skip
def wg10() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=2, name="茶艺研学课程开发与推广项目",
        dept="岫川市教育局（115）", unit="岫川市中小学综合实践教育中心",
        money=period((120, 100, 20), (60, 50, 10)),
        goals=["两年内开发系列茶艺研学课程，培养茶艺讲师队伍，持续开展茶文化推广活动。",
               "启动茶艺研学课程开发，开展茶艺讲师培训和茶文化推广活动。"],
    )  # fmt: skip
    over = mk("≥24门", "D201", "error", note="年度 24 门超过两年合计 20 门")
    same = "两年期项目的累计数量，年度值照抄中期值"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "茶艺研学课程开发数", "≥20门", over),
        (None, None, "培训茶艺讲师人数", "≥80人", mk("≥80人", "D202", "warning", note=same)),
        (None, None, "茶文化推广活动场次", "≥40场", mk("≥40场", "D202", "warning", note=same)),
        (None, "质量指标", "研学课程评审通过率", "≥90%", "≥90%"),
        (None, "时效指标", "课程开发按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单门课程开发成本", "≤2万元/门", "≤2万元/门"),
        ("效益指标", "社会效益指标", "研学课程学校采用率", "≥60%", "≥50%"),
        (None, "可持续影响指标", "课程资源库持续使用年限", "≥3年", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "研学学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "温映竹", "0871-6630915", day(2025, 1, 20))
    return b


@variant("wg11-footnotes", (4,),
         "project, OLD-NAT, weight column: an instruction row inside the table, 小计 rows, "
         "the header repeated after a page break, 合计, 注 and 填表说明, signature lines "
         "(correct)")  # fmt: skip
def wg11() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="茶文化公益课堂项目", dept="蘅塘区文化广电和旅游局（517）",
        unit="蘅塘区文化馆", money=annual(15, 15, 0),
        goals=["全年举办茶文化公益课堂36期，惠及群众1800人次。"],
    )  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    s.row(*header)
    notes(s, "（三级指标由项目单位自行设置，数量指标须填写可量化的数值）", width=5)
    s.table([
        ("产出指标", "数量指标", "公益课堂举办期数", "≥36期", 15),
        (None, None, "受益群众人次", "≥1800人次", 10),
        (None, "质量指标", "授课讲师持证上岗率", "100%", 10),
        (None, "时效指标", "课堂按月开课及时率", "≥95%", 5),
        (None, "成本指标", "每期课堂成本", "≤4000元/期", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    s.row(*header)
    s.table([
        ("效益指标", "社会效益指标", "参与群众茶文化知识知晓率", "≥80%", 15),
        (None, "可持续影响指标", "公益课堂常态化开展年限", "≥3年", 15),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", 20)], merged=(1, 2))
    s.row("小计", None, None, None, 20, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, "注：1.权重合计100分，其中产出指标50分、效益指标30分、满意度指标20分。",
          "2.受益群众人次按每期50人次测算（36期×50人次=1800人次）。",
          "填表说明：指标值应与年度绩效目标对应，定性指标按“好、较好、一般、差”填写。")  # fmt: skip
    sign(s, "褚若岚", "0758-3316092", day(2024, 12, 16))
    s.row("单位负责人：", "钟既明", "审核人：", "卞秋言")
    return b


@variant("wg12-notes-defect", (4, 11),
         "project, OLD-NAT, one value column and 备注: a note row between tiers, a stamp line; "
         "a 不合格率 with ≥ and a cost cap with =")  # fmt: skip
def wg12() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="茶文化展会参展推广项目", dept="渌峰县商务局（208）",
        unit="渌峰县茶产业发展中心", money=annual(40, 32, 8),
        goals=["组织本地茶企参加茶文化展会6场，举办茶会品鉴活动20场，推介渌峰茶品牌。"],
    )  # fmt: skip
    bad = mk("≥2%", "T108", "warning", row=True, note="不合格率是反向指标，应为 ≤2%")
    cap = mk("=1.5万元", "T108", "warning", row=True, note="成本上限写成“=”，应为 ≤1.5万元")
    head = (*ONE, "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "组织参加茶文化展会场次", "≥6场", None),
        (None, None, "举办茶会品鉴活动场次", "≥20场", None),
        (None, "质量指标", "参展茶饮品抽检不合格率", bad, "按市场监管抽检结果"),
        (None, None, "参展活动安全事故", "≤0起", "零事故"),
        (None, "时效指标", "参展资料准备及时率", "≥95%", None),
        (None, "成本指标", "单场茶会品鉴活动成本", cap, None),
    ])  # fmt: skip
    notes(s, "注：效益指标按展会结束后三个月内的统计数据考核。", width=5)
    s.table([
        ("效益指标", "经济效益指标", "参展茶企意向签约额增长率", "≥10%", "较上年"),
        (None, "社会效益指标", "茶饮消费投诉量下降率", "≥10%", "较上年"),
        ("满意度指标", "服务对象满意度指标", "参展茶企满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "（单位盖章）")
    sign(s, "蔺书茵", "0736-5521908", day(2025, 1, 12))
    return b
