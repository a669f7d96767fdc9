"""Bamboo-flute (笛子) returns of county art troupes: yv07 to yv12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout454.common import (
    FLAT,
    STD,
    YEAR,
    annual,
    book,
    note,
    sign,
    table,
    w,
)
from tests.variants.holdout454.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("yv07-dizi-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), percent cells, weights add to 100 (correct)")  # fmt: skip
def dizi_flat() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="苍栎县文工团",
                    budget=[(w(260), w(230), w(30), w(180), w(80))],
                    tasks=[("竹笛乐团下乡演出", "送竹笛专场下乡36场", w(45), "覆盖全县乡镇"),
                           ("笛子进校园普及", "在中小学开设笛子课堂", w(35), "课时≥120"),
                           ("金额合计", None, w(80), None)],
                    goal="全年竹笛下乡演出36场，笛子普及课堂120课时。")  # fmt: skip
    s.skip()
    s.row(*FLAT)
    s.table([
        ("竹笛下乡演出场次", 30, "场", "≥", 36),
        ("笛子普及课堂课时", 15, "课时", "≥", 120),
        ("演出节目合格率", 15, "%", "≥", pct(0.95)),
        ("演出安全事故", 10, "起", "≤", 0),
        ("单场下乡演出成本", 10, "万元/场", "≤", 1.2),
        ("观众满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("yv08-dizi-flat-defects", (1, 3), "department, flat list with operator column: a "
         "percent cell over 100 on a pass rate, weights adding to 95")  # fmt: skip
def dizi_flat_defects() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="松砾县民族艺术剧院",
                    budget=[(w(320), w(300), w(20), w(230), w(90))],
                    tasks=[("竹笛民乐季", "举办竹笛民乐演出季", w(50), "演出≥20场"),
                           ("笛子艺术人才培训", "培训基层笛子演奏员", w(40), "培训≥60人"),
                           ("金额合计", None, w(90), None)],
                    goal="举办竹笛民乐演出季，培训基层笛子演奏员60人。")  # fmt: skip
    s.skip()
    s.row(*FLAT)
    over = "合格率以100%为上限，105%不可能"
    s.table([
        ("民乐季演出场次", 25, "场", "≥", 20),
        ("培训基层笛子演奏员", 20, "人", "≥", 60),
        ("演出节目验收合格率", 15, "%", "≥", mk(pct(1.05), "T106", "error", note=over)),
        ("培训结业率", 15, "%", "≥", pct(0.9)),
        ("观众满意度", 20, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 25+20+15+15+20=95，应为100")
    return b


@variant("yv09-dizi-tier-labels", (5,), "transfer-payment project, OLD-NAT, numbered labels, "
         "★ core indicators, a * mark and abbreviated tier-2s (correct)")  # fmt: skip
def dizi_labels() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="竹笛非遗传承基层演出补助", dept="澄沙县文化和旅游局 502006",
                 unit="澄沙县竹笛艺术团", money=annual(w(80), w(60), w(20), "其中：中央补助",
                                                     "地方资金"),
                 title=f"{YEAR}年度转移支付项目绩效目标申报表", attr="常年项目",
                 goals=["资助竹笛非遗传承人带徒15名，送竹笛节目进乡村演出40场。"])  # fmt: skip
    table(s, STD, [
        ("一、产出指标", "（一）数量指标", "★笛子非遗传承人带徒人数", "≥15人"),
        (None, None, "竹笛进乡村演出场次", "≥40场"),
        (None, "（二）质量", "演出节目审查合格率", "≥98%"),
        (None, "（三）时效指标", "补助资金拨付及时率", "≥95%"),
        (None, "（四）成本指标", "单场演出补助标准", "≤1万元/场"),
        ("二、效益指标", "1.社会效益指标", "惠及农村观众人次", "≥20000人次"),
        (None, "2.可持续影响", "带徒传承关系存续率", "≥90%"),
        ("三、*满意度指标", "服务对象满意度", "★农村观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yv10-dizi-wrong-parent", (5,), "project, NAT-2021, numbered labels: a 时效 tier-2 "
         "under 效益指标, a completion rate given as a count")  # fmt: skip
def dizi_wrong_parent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="竹笛乐团排练与巡演", dept="云垭县文化馆 411002",
                 unit="云垭县竹笛乐团", money=annual(w(30), w(28), w(2)),
                 goals=["全年排练24次，巡演12场，巡演观众6000人次以上。"])  # fmt: skip
    parent = "时效指标是产出指标的二级指标，不在效益指标下"
    table(s, STD, [
        ("一、产出指标", "（一）数量指标", "乐团巡演场次", "≥12场"),
        (None, None, "竹笛乐团排练计划完成率",
         mk("24次", "T105", "error", note="完成率给的是次数，应为百分比")),
        (None, "（二）质量指标", "巡演节目审查通过率", "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "单场巡演成本", "≤1.5万元/场"),
        ("三、效益指标", "（一）社会效益指标", "巡演观众人次", "≥6000人次"),
        (None, mk("（二）时效指标", "F105", "error", note=parent), "巡演按计划完成时间",
         "2025年11月30日前"),
        ("四、满意度指标", "（一）服务对象满意度指标", "巡演观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yv11-dizi-artefacts", (9,), "project, OLD-NAT, one value column: a plan date pasted "
         "as a serial number in a text cell, a detail amount split by a space")  # fmt: skip
def dizi_artefacts() -> Book:
    b, s = book()
    serial = mk("46022", "X104", "warning", note="2025-12-31 的日期序列号存成了文本")
    project_head(s, year=YEAR, name="竹笛乐团乐器购置", dept="澄沙县文化和旅游局 502006",
                 unit="澄沙县竹笛艺术团", money=annual(w(36.5), w(30), w(6.5)), end=serial,
                 goals=["购置专业竹笛60支，保障乐团排练演出和笛子普及教学。"])  # fmt: skip
    table(s, STD, [
        ("产出指标", "数量指标", "购置专业竹笛", "≥60支"),
        (None, "质量指标", "乐器验收合格率", "=100%"),
        (None, "时效指标", "乐器采购完成时间", "2025年5月31日前"),
        (None, "成本指标", "专业竹笛单价", "≤2000元/支"),
        ("效益指标", "社会效益指标", "新乐器投入演出场次", "≥30场"),
        ("满意度指标", "服务对象满意度指标", "演奏员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目支出明细（万元）", "明细项目", "金额", merge=[])
    split = "14.375 被空格断开，读作14.375，三项合计36.5"
    s.row(None, "专业竹笛购置", mk("14.37 5", "X105", "warning", alt=("X103",), note=split))
    s.row(None, "排练演出场租", 8.125)
    s.row(None, "笛子教学外聘课酬", 14)
    s.row(None, "合计", 36.5)
    return b


@variant("yv12-dizi-second-sheet", (4, 7), "project: head on the first sheet, indicator table "
         "on a second sheet under 预期实现值, a 说明 row inside, footnotes and signature "
         "(correct)")  # fmt: skip
def dizi_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="竹笛艺术普及进校园", dept="苍栎县教育和体育局 207031",
                 unit="苍栎县文工团", money=annual(w(28), w(25), w(3)),
                 goals=["在12所中小学开设竹笛兴趣课，培训学生600人。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18, 24))
    t.title(f"{YEAR}年度竹笛艺术普及进校园项目绩效指标", 5)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "开设竹笛兴趣课学校数", "≥12所", None),
        (None, None, "参训学生人数", "≥600人", None),
        (None, None, "校园竹笛展演场次", "≥12场", None),
        (None, "质量指标", "学生结业考核合格率", "≥90%", None),
        (None, "时效指标", "秋季学期课程开课时间", "2025年9月30日前", None),
        (None, "成本指标", "学生人均培训成本", "≤400元/人", "含教材和竹笛"),
    ])  # fmt: skip
    note(t, "说明：效益和满意度指标由县教育和体育局统一测评。", 5)
    t.table([
        ("效益指标", "社会效益指标", "学生参与校园艺术活动人次", "≥3000人次", None),
        (None, "可持续影响指标", "校园竹笛社团持续开展学校数", "≥10所", None),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(t, "注：1.成本指标按县财政局核定标准测算；2.满意度通过问卷抽样调查取得。", 5)
    note(t, "填表说明：指标值须可量化、可考核，定性指标按“好、较好、一般、差”填写。", 5)
    sign(t, "韦晓岚", "0775-6624318", day(YEAR - 1, 12, 10))
    return b
