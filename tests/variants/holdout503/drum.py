"""Bronze drum (铜鼓) ensembles: tier labels, template rows, header words, 中期 and 年度
(as07–as12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout503.common import (
    COUNTY,
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout503.registry import variant
from tests.variants.kit import Book, mk

DEPT = f"{COUNTY}文化广电体育和旅游局（217003）"
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("as07-drum-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), an indicator score column adding to the same 100, "
         "a rate raised in 百分点 (correct)")  # fmt: skip
def as07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name=f"{COUNTY}铜鼓文化保护传承项目", dept=DEPT,
                 unit=f"{COUNTY}民族博物馆", money=one_year(50, 45, 5),
                 goals=("为馆藏及村寨铜鼓建档、调音修复，培养铜鼓传承人。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.馆藏铜鼓建档数量", "≥36面", 10),
        (None, None, "2.铜鼓调音修复数量", "≥8面", 10),
        (None, "（二）质量指标", "3.建档信息完整率", "≥95%", 10),
        (None, "（三）时效指标", "4.修复任务完成时间", f"{YEAR}年10月31日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.单面铜鼓修复费用", "≤6000元/面", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.铜鼓节庆活动参与人次", "≥15000人次", 10),
        (None, None, "7.群众铜鼓文化知晓率提高", "≥5百分点", 10),
        (None, "（二）可持续影响指标", "8.铜鼓传承人带徒人数", "≥24人", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "9.收藏村寨满意度", "≥90%", 10),
        (None, None, "10.参观群众满意度", "≥88%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signature(s, "杨守禾", "0777-5860432")
    return b


@variant("as08-drum-wrong-parent", (5,),
         "project, NAT-2021, labels marked (*, ★) and abbreviated (产出, 数量): 社会效益指标 under "
         "产出, a completion date given as 100%")  # fmt: skip
def as08() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="雾岭乡铜鼓修复及展陈项目", dept=DEPT,
                 unit="雾岭乡综合文化站", money=one_year(30, 26, 4),
                 goals=("修复雾岭乡村寨铜鼓并在乡文化站展陈。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出", "数量", "修复村寨铜鼓数量", "≥10面"),
        (None, "★质量", "修复铜鼓音色验收合格率", "≥95%"),
        (None, mk("社会效益指标", "F105", "error", note="社会效益指标属效益指标，不在产出下"),
         "铜鼓展陈接待人次", "≥6000人次"),
        (None, "时效", "铜鼓修复完工时间",
         mk("100%", "T113", "warning", row=True, note="完工时间给成百分比")),
        ("*成本", "经济成本", "单面铜鼓修复费用", "≤5000元/面"),
        ("*效益", "可持续影响", "展陈铜鼓常年开放天数", "≥300天"),
        ("*满意度", "服务对象满意度", "村寨群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("as09-drum-template-rows", (6, 13),
         "project, NAT-2021, header 绩效目标值: a tier-2 left from the template without "
         "indicators, a value without an indicator name")  # fmt: skip
def as09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="硐坪乡铜鼓舞队培训项目", dept=DEPT,
                 unit="硐坪乡综合文化站", money=one_year(15, 15, 0),
                 goals=("培训硐坪乡铜鼓舞队队员，排练节庆铜鼓舞。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("产出指标", "数量指标", "铜鼓舞队培训人数", "≥60人"),
        (None, "质量指标", "队员考核合格率", "≥90%"),
        (None, None, mk(None, "F110", "error", note="有值“≥95%”却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "培训完成时间", f"{YEAR}年9月30日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤2000元/人"),
        ("效益指标", "社会效益指标", "铜鼓舞节庆展演场次", "≥8场"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行，无指标无值"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("as10-drum-second-sheet", (7,),
         "project, OLD-NAT: head on 项目信息, indicator table on a second sheet under a "
         "two-row header (考核指标 · 目标值（年度） · 评价标准), header repeated after a page "
         "break (correct)")  # fmt: skip
def as10() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name=f"{COUNTY}铜鼓鼓点数字化采集项目", dept=DEPT,
                 unit=f"{COUNTY}非物质文化遗产保护中心", money=one_year(28, 28, 0),
                 goals=("采集村寨铜鼓鼓点音像，建立铜鼓鼓点数字资源库。",))  # fmt: skip
    t = b.sheet("绩效指标", (14, 14, 30, 16, 34))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "采集铜鼓鼓点套数", "≥40套", "达到得满分，每少1套扣0.5分"),
        (None, None, "采集村寨数量", "≥12个", "达到得满分，每少1个扣1分"),
        (None, "质量指标", "音像资料入库合格率", "≥95%", "按比例得分"),
        (None, "时效指标", "采集任务完成时间", f"{YEAR}年11月30日前", "逾期不得分"),
    ], merged=(1, 2))  # fmt: skip
    t.row("一级指标", "二级指标", "三级指标", "目标值（年度）", "评价标准")
    t.table([
        ("产出指标", "成本指标", "单套鼓点采集整理费用", "≤6000元/套", "超出不得分"),
        ("效益指标", "社会效益指标", "数字资源库公开访问人次", "≥20000人次", "按比例得分"),
        (None, "可持续影响指标", "资源库持续运行年限", "≥5年", "达到得满分"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", "按比例得分"),
    ], merged=(1, 2))  # fmt: skip
    notes(t, "说明：评价标准供年终自评使用。", width=5)
    return b


@variant("as11-drum-multi-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns: annual counts below "
         "the period counts, rates and unit cost legitimately equal (correct)")  # fmt: skip
def as11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name=f"{COUNTY}村寨铜鼓传习点建设项目", dept=DEPT,
                 unit=f"{COUNTY}民族宗教事务局", money=multi_year((150, 120, 30), (50, 40, 10)),
                 goals=("三年建成9个村寨铜鼓传习点，整理铜鼓鼓谱。",
                        "当年建成3个村寨铜鼓传习点，整理鼓谱20套。"))  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "铜鼓传习点建设数量", "≥9个", "≥3个"),
        (None, None, "铜鼓鼓谱整理数量", "≥60套", "≥20套"),
        (None, "质量指标", "传习点验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "建设任务完成时间", "2027年11月30日前", f"{YEAR}年11月30日前"),
        ("成本指标", "经济成本指标", "单个传习点建设补助", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "社会效益指标", "铜鼓传习参与人次", "≥9000人次", "≥3000人次"),
        (None, "可持续影响指标", "传习点常态化开放率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "罗朝英", "0777-5862590")
    return b


@variant("as12-drum-multi-year-wrong", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: an annual count above the "
         "period count, two cumulative counts copied from 中期")  # fmt: skip
def as12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=2, name="蒙榕镇铜鼓制作技艺传承项目", dept=DEPT,
                 unit="蒙榕镇人民政府", money=multi_year((60, 50, 10), (32, 27, 5)),
                 goals=("两年培养铜鼓制作学徒，修复并展演村寨铜鼓。",
                        "当年开班培训铜鼓制作学徒，修复部分村寨铜鼓。"))  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "铜鼓制作培训人数", "≥80人",
         mk("≥120人", "D201", "error", note="年度 120 人超过两年合计 80 人")),
        (None, None, "铜鼓舞展演场次", "≥40场",
         mk("≥40场", "D202", "warning", note="两年累计场次照抄到年度")),
        (None, None, "村寨铜鼓修复数量", "≥16面",
         mk("≥16面", "D202", "warning", note="两年累计修复数照抄到年度")),
        (None, "质量指标", "学徒结业合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "学徒人均培训费用", "≤1500元/人", "≤1500元/人"),
        ("效益指标", "社会效益指标", "铜鼓舞观众人次", "≥20000人次", "≥9000人次"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b
