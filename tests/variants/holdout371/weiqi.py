"""Go (围棋) in schools: percent cells, stacked school projects, a three-year project."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout371.common import YEAR, funds, indicators, notes, sign, start, wan
from tests.variants.holdout371.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("vq01-go-percents", (1,), "project, NAT-2021, operator and unit columns, typed percent "
         "cells, =100% at a ceiling, a footnote explaining the total (correct)")  # fmt: skip
def go_percents() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岙市中小学围棋进课堂项目", dept="澄岙市教育局（208）",
                 unit="澄岙市青少年活动中心", money=funds((48, 40, 8), (48, 40, 8)),
                 goals=["在全市30所中小学开设围棋课，培训围棋教师60名，"
                        "配送棋具1200套。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "开课学校数", "≥", 30, "所"),
        (None, None, "围棋教师培训人数", "≥", 60, "人"),
        (None, None, "棋具配送套数", "≥", 1200, "套"),
        (None, "质量指标", "棋具验收合格率", "=", pct(1), "%"),
        (None, None, "教师培训考核通过率", "≥", pct(0.9), "%"),
        (None, "时效指标", "棋具配送完成时间", "≤", day(YEAR, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "每套棋具采购单价", "≤", 150, "元/套"),
        (None, None, "教师培训人均费用", "≤", 1800, "元/人"),
        ("效益指标", "社会效益指标", "学生围棋课参与率", "≥", pct(0.85, "0.0%"), "%"),
        (None, "可持续影响指标", "校内围棋社团持续开展学校数", "≥", 25, "所"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, [OPS], rows)
    notes(s, "注：资金总额48万元=棋具采购18万元+教师培训10.8万元+课程实施19.2万元。")
    sign(s, "岑绍平", "0597-6612038")
    return b


@variant("vq02-go-percent-wrong", (1, 9), "project, OLD-NAT, operator column, a typed percent "
         "above 100 on a 合格率 and a date pasted as a serial number in text")  # fmt: skip
def go_percent_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫渚区社区围棋启蒙班项目", dept="枫渚区文化和旅游局（305）",
                 unit="枫渚区文化馆", money=funds((22, 20, 2), (22, 20, 2)),
                 goals=["在12个社区开设围棋启蒙班，全年授课480课时，服务少儿600人。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "开班社区数", "≥", 12, "个"),
        (None, None, "授课课时", "≥", 480, "课时"),
        (
            None,
            "质量指标",
            "教练员持证上岗合格率",
            "≥",
            mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"),
            "%",
        ),
        (
            None,
            "时效指标",
            "启蒙班结业时间",
            "≤",
            mk("45838", "X104", "warning", note="2025-06-30 pasted as a serial in a text cell"),
            None,
        ),
        (None, "成本指标", "每课时授课补贴", "≤", 300, "元/课时"),
        ("效益指标", "社会效益指标", "参加启蒙班少儿人数", "≥", 600, "人"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, [OPS], rows)
    sign(s, "龚以宁", "0597-7730415")
    return b


def go_rows(schools: int, sets: int, sat: C) -> list[tuple[object, ...]]:
    """Indicator rows of one stacked school Go project (OLD-NAT, one value column)."""
    return [
        ("产出指标", "数量指标", "参训学校数", f"≥{schools}所"),
        (None, None, "棋盘棋子配备套数", f"≥{sets}套"),
        (None, "质量指标", "课程教案审核通过率", "≥95%"),
        (None, "时效指标", "秋季学期开课时间", "9月30日前"),
        (None, "成本指标", "每套棋具单价", "≤120元/套"),
        ("效益指标", "社会效益指标", "学生围棋课覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", sat),
    ]


@variant("vq03-go-stacked", (2,), "two school Go projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator names with different values (correct)")  # fmt: skip
def go_stacked() -> Book:
    b, s = start("绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="鹭汀县乡村小学围棋普及项目", dept="鹭汀县教育局（112）",
                 unit="鹭汀县教师发展中心", money=funds((15, 15, 0), (15, 15, 0)),
                 goals=["在18所乡村小学开设围棋课，配备棋具300套。"])  # fmt: skip
    indicators(s, [head], go_rows(18, 300, C("≥90%")))
    s.skip()
    project_head(s, year=YEAR, name="鹭汀县城区小学围棋特色校创建项目", dept="鹭汀县教育局（112）",
                 unit="鹭汀县实验小学", money=funds((9, 8, 1), (9, 8, 1)), title="",
                 goals=["创建围棋特色学校6所，配备棋具200套。"])  # fmt: skip
    indicators(s, [head], go_rows(6, 200, C("≥92%")))
    sign(s, "柯望舒", "0593-5128807")
    return b


@variant("vq04-go-stacked-defects", (2, 12), "two Go club projects stacked, OLD-NAT: the "
         "second project's 年度资金总额 is not the sum of its sources, a rate given as a "
         "count")  # fmt: skip
def go_stacked_defects() -> Book:
    b, s = start("绩效目标表")
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=YEAR, name="澄岙市围棋协会青少年集训项目", dept="澄岙市体育局（215）",
                 unit="澄岙市围棋协会", money=funds((16, 12, 4), (16, 12, 4)),
                 goals=["组织青少年围棋集训4期，培养业余段位棋手80名。"])  # fmt: skip
    indicators(
        s,
        [head],
        [
            ("产出指标", "数量指标", "集训期数", "≥4期"),
            (None, None, "参训青少年人数", "≥120人"),
            (None, "质量指标", "业余段位考试通过率", "≥60%"),
            (None, "成本指标", "每期集训费用", "≤4万元/期"),
            ("效益指标", "社会效益指标", "新增业余段位棋手人数", "≥80人"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
        ],
    )
    s.skip()
    wrong = mk(wan(30), "B101", "error", note="25 + 8 = 33, not 30")
    project_head(s, year=YEAR, name="澄岙市社区围棋角建设项目", dept="澄岙市体育局（215）",
                 unit="澄岙市社会体育指导中心", money=funds((30, 25, 5), (wrong, 25, 8)), title="",
                 goals=["在40个社区建设围棋角，配备棋桌160张。"])  # fmt: skip
    indicators(
        s,
        [head],
        [
            ("产出指标", "数量指标", "建成社区围棋角数", "≥40个"),
            (
                None,
                "质量指标",
                "围棋角验收合格率",
                mk("40个", "T105", "error", note="a 合格率 given as a count"),
            ),
            (None, "成本指标", "每张棋桌采购单价", "≤1500元/张"),
            ("效益指标", "社会效益指标", "围棋角月均使用人次", "≥2000人次"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥88%"),
        ],
    )
    return b


TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("vq05-go-three-years", (8,), "three-year school Go league project, NAT-2021, "
         "中期 and 年度 columns: annual counts below the period, rates and unit costs "
         "equal (correct)")  # fmt: skip
def go_three_years() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="枫渚区中小学围棋联赛项目（2025—2027年）",
                 dept="枫渚区教育局（301）", unit="枫渚区青少年体育学校",
                 money=funds((90, 75, 15), (30, 25, 5)), attr="新增项目",
                 goals=["三年内建成覆盖全区中小学的围棋联赛体系，累计举办联赛轮次36轮。",
                        "本年度举办联赛12轮，参赛学校达到20所。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "联赛轮次", "≥36轮", "≥12轮"),
        (None, None, "参赛学生人次", "≥5400人次", "≥1800人次"),
        (None, "质量指标", "对局成绩录入准确率", "≥98%", "≥98%"),
        (None, "时效指标", "每轮成绩公布时限", "≤3个工作日", "≤3个工作日"),
        ("成本指标", "经济成本指标", "每轮联赛组织费用", "≤2万元/轮", "≤2万元/轮"),
        (
            "效益指标",
            "社会效益指标",
            "参赛学校数",
            "≥20所",
            ok("≥20所", note="a yearly level, not a cumulative count (see the 说明 row)"),
        ),
        (None, "可持续影响指标", "联赛积分制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参赛师生满意度", "≥90%", "≥90%"),
    ]
    indicators(s, [TWO], rows)
    notes(s, "说明：参赛学校数为各年度同时参赛的学校数，不是累计数。")
    sign(s, "殷若川", "0597-3305126")
    return b


@variant("vq06-go-copied-years", (8, 11), "two-year community Go project, NAT-2021, 中期 "
         "and 年度 columns: 年度目标 copied from 中期目标, a cumulative count copied, ≥ on a "
         "反向 rate")  # fmt: skip
def go_copied_years() -> Book:
    b, s = start()
    goal = "两年内在全县20个村（社区）建成围棋活动室，累计开展围棋公益课800课时。"
    project_head(s, year=YEAR, years=2, name="鹭汀县村（社区）围棋活动室建设项目",
                 dept="鹭汀县文化和旅游局（118）", unit="鹭汀县图书馆",
                 money=funds((40, 32, 8), (24, 20, 4)), attr="新增项目",
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied")])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建成围棋活动室数", "≥20个", "≥12个"),
        (
            None,
            None,
            "围棋公益课课时",
            "≥800课时",
            mk("≥800课时", "D202", "warning", note="a two-year cumulative count copied"),
        ),
        (None, "质量指标", "活动室验收合格率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每个活动室建设费用", "≤1.5万元/个", "≤1.5万元/个"),
        (
            "效益指标",
            "社会效益指标",
            "活动室器材损坏率",
            "≤5%",
            mk(
                "≥5%",
                "T108",
                "warning",
                row=True,
                alt=("D203",),
                note="a 反向 rate with ≥ (the 中期 says ≤)",
            ),
        ),
        (None, "可持续影响指标", "活动室常态化开放比例", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ]
    indicators(s, [TWO], rows)
    sign(s, "田可沅", "0593-2261479")
    return b
