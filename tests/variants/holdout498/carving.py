"""Olive-pit carving (核雕) studios: project returns, percent cells, points and 中期 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout498.common import (
    YEAR,
    book,
    header,
    multi_year,
    note,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout498.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澄桥县文化和旅游局（305）"
CENTRE = "澄桥县非物质文化遗产保护中心"


@variant("an01-carving-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, "
         "percent cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def an01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="榴溪核雕技艺传习补助", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(80), wan(60), wan(20)),
                 goals=["资助40名学员完成核雕传习，举办作品展览6场。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    table(s, [
        ("产出指标", "数量指标", "传习学员人数", "≥", 40, "人"),
        (None, None, "核雕作品展览场次", "≥", 6, "场"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "传习作品验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "传习课程按期开课率", "≥", pct(0.95), "%"),
        (None, "成本指标", "学员传习补助标准", "≤", 1.5, "万元/人"),
        ("效益指标", "社会效益指标", "新增核雕传承梯队人数", "≥", 8, "人"),
        (None, "可持续影响指标", "传习基地持续开放年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "传习学员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邵岚禾", "0573-6218304")
    return b


@variant("an02-carving-percent-wrong", (1, 11), "project, OLD-NAT, operator column, percent "
         "cells: a 合格率 typed as 105%, a 霉变率 with ≥")  # fmt: skip
def an02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="核雕原料橄榄核质检与收储", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(45), wan(45), wan(0)),
                 goals=["收储合格橄榄核料1200公斤，建立核料质检台账，降低核料损耗。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    over = mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%")
    up = mk("≥", "T108", "warning", row=True, note="霉变率 is 反向: ≤ expected")
    table(s, [
        ("产出指标", "数量指标", "收储橄榄核料重量", "≥", 1200, "公斤"),
        (None, "质量指标", "核料成品验收合格率", "≥", over, "%"),
        (None, None, "收储核料霉变率", up, pct(0.03), "%"),
        (None, "时效指标", "质检报告出具时限", "≤", 5, "工作日"),
        (None, "成本指标", "核料收储单价", "≤", 0.03, "万元/公斤"),
        ("效益指标", "经济效益指标", "核料损耗下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "核料质检台账建立", "=", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "核雕工作室满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦曼青", "0573-6218311")
    return b


POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("an03-carving-points", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def an03() -> Book:
    b, s = book("绩效目标")
    project_head(s, year=YEAR, name="榴溪镇核雕公益课堂", dept=DEPT, unit="榴溪镇文化站",
                 money=one_year(wan(30), wan(30), wan(0)),
                 goals=["开设核雕公益课堂12期，参训360人次，扩大核雕技艺的社区影响。"])  # fmt: skip
    header(s, *POINTS)
    table(s, [
        ("产出指标", 50, "数量指标", "开设公益课堂期数", "≥12期", 15),
        (None, None, None, "参训学员人次", "≥360人次", 15),
        (None, None, "质量指标", "学员作品合格率", "≥85%", 10),
        (None, None, "时效指标", "课堂按计划开课率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "每期课堂成本", "≤2.5万元/期", 10),
        ("效益指标", 30, "社会效益指标", "学员作品入选市级展览比例", "比上年提高≥3百分点", 15),
        (None, None, "可持续影响指标", "社区核雕兴趣小组保留数", "≥5个", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训学员满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值与三级指标分值为两个层级，各自合计100分。")
    sign(s, "庞予川", "0573-6225170")
    return b


@variant("an04-carving-points-wrong", (10,), "project, NAT-2021, tier-1 score column against "
         "the indicator scores under it, a 掌握率 given as a count")  # fmt: skip
def an04() -> Book:
    b, s = book("绩效目标")
    project_head(s, year=YEAR, name="核雕传统技法抢救性记录", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(36), wan(30), wan(6)),
                 goals=["记录核雕传统技法18项，整理影像资料，开展技法研习。"])  # fmt: skip
    header(s, *POINTS)
    out = mk(50, "W103", "error", note="产出 indicators add to 55")
    ben = mk(30, "W103", "error", note="效益 indicators add to 25")
    rate = mk("12人", "T105", "error", note="a 掌握率 needs a percentage")
    table(s, [
        ("产出指标", out, "数量指标", "记录传统技法项数", "≥18项", 20),
        (None, None, None, "整理影像资料时长", "≥40小时", 15),
        (None, None, "质量指标", "研习学员技法掌握率", rate, 10),
        (None, None, "时效指标", "记录工作完成时间", "12月15日前", 10),
        ("成本指标", 10, "经济成本指标", "每项技法记录成本", "≤2万元/项", 10),
        ("效益指标", ben, "社会效益指标", "技法资料公开查阅人次", "≥800人次", 15),
        (None, None, "可持续影响指标", "技法资料库更新机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "传承人满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "庞予川", "0573-6225170")
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("an05-carving-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "annual counts below the period, rates and unit costs equal (correct)")  # fmt: skip
def an05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="核雕大师工作室建设（2025—2027年）", dept=DEPT,
                 unit=CENTRE, attr="新增项目",
                 money=multi_year((wan(240), wan(180), wan(60)), (wan(80), wan(60), wan(20))),
                 goals=["三年建成核雕大师工作室3个，带徒30人，形成稳定的传承体系。",
                        "本年度建成工作室1个，带徒10人，完成首批出师考核。"])  # fmt: skip
    header(s, *PERIOD)
    table(s, [
        ("产出指标", "数量指标", "核雕大师工作室建成数量", "≥3个", "≥1个"),
        (None, None, "工作室带徒人数", "≥30人", "≥10人"),
        (None, "质量指标", "学徒出师考核通过率", "≥80%", "≥80%"),
        (None, "时效指标", "带徒计划完成率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "工作室建设补助标准", "≤40万元/个", "≤40万元/个"),
        ("效益指标", "经济效益指标", "工作室核雕作品销售额增长率", "≥10%", "≥10%"),
        (None, "可持续影响指标", "工作室持续运营年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "说明：比率、单价和运营年限按年与按期相同，数量按年度分解。", 5)
    sign(s, "邵岚禾", "0573-6218304")
    return b


@variant("an06-carving-multi-year-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, cumulative counts copied")  # fmt: skip
def an06() -> Book:
    b, s = book()
    same = "两年完成榴溪核雕技艺口述史采录50人，整理口述影像300小时。"
    copied = mk(same, "D204", "warning", note="年度目标 identical to 中期目标")
    project_head(s, year=YEAR, years=2, name="榴溪核雕技艺口述史采录", dept=DEPT,
                 unit=CENTRE, start=day(YEAR, 3, 1), end=day(YEAR + 1, 10, 31),
                 money=multi_year((wan(60), wan(60), wan(0)), (wan(35), wan(35), wan(0))),
                 goals=[same, copied])  # fmt: skip
    header(s, *PERIOD)
    people = mk("≥50人", "D202", "warning", note="a cumulative count copied from 中期")
    hours = mk("≥300小时", "D202", "warning", note="a cumulative count copied from 中期")
    table(s, [
        ("产出指标", "数量指标", "采录传承人人数", "≥50人", people),
        (None, None, "整理口述影像时长", "≥300小时", hours),
        (None, "质量指标", "采录资料完整率", "≥95%", "≥95%"),
        (None, "时效指标", "采录计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每位传承人采录成本", "≤0.6万元/人", "≤0.6万元/人"),
        ("效益指标", "社会效益指标", "口述史资料公开查阅人次", "≥2000人次", "≥800人次"),
        ("满意度指标", "服务对象满意度指标", "受访传承人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦曼青", "0573-6218311")
    return b
