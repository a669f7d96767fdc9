"""Returns kbn01–kbn06: garbage-sorting public education (宣传教育、督导员培训、校园课堂)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout732.common import (
    BUREAU,
    first,
    multi_year,
    notes,
    one_year,
    sign,
    table,
    wan,
)
from tests.variants.holdout732.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kbn01-door-to-door-campaign", (1, 7),
         "project, NAT-2021, operator and unit columns, typed percents, 百分点 "
         "(correct)")  # fmt: skip
def kbn01() -> Book:
    b, s = first()
    goal = ("全年开展垃圾分类入户宣传120场（进小区80场、进校园40场），发放宣传折页3万份，"
            "居民分类知晓率达到90%以上，较上年提高5个百分点。")  # fmt: skip
    project_head(s, year=2026, name="槐亭区生活垃圾分类入户宣传项目", dept=BUREAU,
                 unit="槐亭区城市管理和综合执法局", money=one_year(wan(86), wan(80), wan(6)),
                 goals=[goal])  # fmt: skip
    table(s, OPS, [
        ("成本指标", "经济成本指标", "宣传折页印制单价", "≤", 0.8, "元/份"),
        ("产出指标", "数量指标", "进小区入户宣传场次", "≥", 80, "场"),
        (None, None, "进校园宣讲场次", "≥", 40, "场"),
        (None, None, "宣传折页发放数量", "≥", 30000, "份"),
        (None, "质量指标", "宣讲材料审核通过率", "=", pct(1), "%"),
        (None, "时效指标", "年度宣传计划完成时间", "≤", day(2026, 12, 20, CN_DATE), None),
        ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥", pct(0.9), "%"),
        (None, None, "知晓率较上年提高", "≥", 5, "百分点"),
        (None, "可持续影响指标", "楼道志愿督导长效机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "宋知远", "0779-8836214", day(2025, 11, 18, CN_DATE))
    return b


@variant("kbn02-supervisor-training", (5, 11),
         "project, NAT-2021, numbered tier labels, one value column: a goal count the "
         "indicator lowers, a deadline in the next year, a pass rate under 时效")  # fmt: skip
def kbn02() -> Book:
    b, s = first()
    goal = ("全年培训垃圾分类督导员600名，在12个街道开展“绿色课堂”96场，"
            "年底前完成督导员持证上岗。")  # fmt: skip
    project_head(s, year=2026, name="苇塘区垃圾分类督导员培训项目", dept=BUREAU,
                 unit="苇塘区垃圾分类工作办公室", money=one_year(wan(54), wan(54), wan(0)),
                 goals=[ok(goal, "warning", note="D104 may land at the goal text")])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、成本指标", "（一）经济成本指标", "人均培训成本", "≤900元/人"),
        ("二、产出指标", "（一）数量指标",
         mk("督导员培训人数", "D104", "warning", row=True,
            note="年度目标写培训600名，指标只有450人"), "≥450人"),
        (None, None, "覆盖街道数量", "≥12个"),
        (None, None, "“绿色课堂”开展场次", "≥96场"),
        (None, "（二）质量指标", "培训教材审定合格率", "100%"),
        (None, "（三）时效指标", "督导员持证上岗完成时间",
         mk("2027年3月31日前", "Y102", "error",
            note="一年期项目（2026年），年度目标写年底前，期限却在2027年")),
        (None, None, mk("培训考核合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效指标下"), "≥95%"),
        ("三、效益指标", "（一）社会效益指标", "督导小区分类准确率", "≥85%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：人均培训成本含教材、场地和讲师费用。")
    return b


@variant("kbn03-education-flat-list", (3, 11),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), weights 100, "
         "a 下降 rate with ≥ and 0起 on an incident count (correct)")  # fmt: skip
def kbn03() -> Book:
    b, s = first()
    department_head(s, year=2026, dept="澄川市生活垃圾分类宣传教育中心",
                    budget=[(wan(1260), wan(1180), wan(80), wan(520), wan(740))],
                    goal="面向全市居民、学校和商户开展垃圾分类宣传教育，"
                         "提升分类参与率和准确率。")  # fmt: skip
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("宣传教育活动场次", 15, "场", "≥", 300),
        ("公益广告投放点位", 10, "个", "≥", 150),
        ("居民垃圾分类知晓率", 15, "%", "≥", pct(0.92)),
        ("生活垃圾混投率下降幅度", 15, "百分点", "≥", 8),
        ("宣传活动安全事故", 10, "起", "≤", 0),
        ("宣传物料单位成本", 10, "元/份", "≤", 1.2),
        ("宣传计划按时完成率", 10, "%", "≥", pct(0.95)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ], merged=(), banner="年度绩效指标")  # fmt: skip
    s.row("合计", 100)
    sign(s, "韩沐晴", "0779-8836502", day(2025, 11, 20, CN_DATE))
    return b


@variant("kbn04-media-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's, "
         "a cumulative count copied, a near-duplicate with another value")  # fmt: skip
def kbn04() -> Book:
    b, s = first()
    project_head(s, year=2026, years=2, name="澄川市垃圾分类公益传播项目", dept=BUREAU,
                 unit="澄川市生活垃圾分类宣传教育中心", attr="新增项目",
                 money=multi_year((wan(300), wan(280), wan(20)), (wan(160), wan(150), wan(10))),
                 goals=["两年内建成线上线下结合的分类传播网络，宣传栏覆盖全部小区。",
                        "2026年完成主城区宣传栏更新和公益广告投放，知晓率达到90%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "公益广告投放点位", "≥300个",
         mk("≥360个", "D201", "error", note="年度点位多于两年合计")),
        (None, None, "社区宣传栏更新数量", "≥400块",
         ok("≥200块", "warning", note="a year's share of the period, not a copy")),
        (None, None, "垃圾分类短视频播放量", "≥120万次", "≥50万次"),
        (None, None, "入户宣传手册发放数量", "≥20万册",
         mk("≥20万册", "D202", "warning", note="两年期累计数照抄到年度列")),
        (None, None, mk("垃圾分类短视频播放次数", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="与“短视频播放量”同一指标，年度值不同"),
         "≥120万次", "≥80万次"),
        (None, "质量指标", "宣传内容审核通过率", "100%", "100%"),
        (None, "时效指标", "年度投放计划完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个点位年投放成本", "≤0.2万元/个", "≤0.2万元/个"),
        ("效益指标", "社会效益指标", "居民垃圾分类知晓率", "≥92%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbn05-school-classroom-points", (10, 7),
         "project, NAT-2021, two-row header, tier points and indicator points both adding to "
         "100, a rate raised in 百分点, 0起 on an incident count (correct)")  # fmt: skip
def kbn05() -> Book:
    b, s = first()
    project_head(s, year=2026, name="琮溪区中小学垃圾分类课堂项目", dept="琮溪区教育局（408）",
                 unit="琮溪区青少年校外活动中心", money=one_year(wan(38), wan(35), wan(3)),
                 goals=["在全区42所中小学开设垃圾分类课堂，每校不少于4课时，"
                        "学生分类投放正确率较上年提高3个百分点。"])  # fmt: skip
    s.row("绩效指标", None, None, None, "评分", None, merge=[(1, 4), (5, 6)])
    s.row("一级指标", "二级指标", "三级指标", "目标值（年度）", "一级指标分值", "指标分值")
    s.table([
        ("产出指标", "数量指标", "开课学校数量", "≥42所", 50, 20),
        (None, None, "每校课时数", "≥4课时", None, 10),
        (None, "质量指标", "课程教案审核合格率", "100%", None, 10),
        (None, "时效指标", "秋季学期课程完成时间", "2026年12月31日前", None, 10),
        ("成本指标", "经济成本指标", "每课时平均成本", "≤0.2万元/课时", 10, 10),
        ("效益指标", "社会效益指标", "学生分类投放正确率提高", "≥3百分点", 30, 15),
        (None, None, "课堂活动安全事故", "0起", None, 5),
        (None, "可持续影响指标", "分类课程纳入校本课程学校占比", "≥60%", None, 10),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", 10, 10),
    ], merged=(1, 2, 5))  # fmt: skip
    s.row("合计", None, None, None, 100, 100)
    notes(s, "说明：一级指标分值与三级指标分值为同一总分的两级表述，均合计100分。")
    return b


@variant("kbn06-stacked-community-weeks", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: an indicator listed "
         "twice in the first, the second's money not adding up")  # fmt: skip
def kbn06() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(s, year=2026, name="槐亭区垃圾分类主题宣传周项目", dept=BUREAU,
                 unit="槐亭区城市管理和综合执法局", money=one_year(wan(26), wan(24), wan(2)),
                 goals=["全年举办主题宣传周4次、垃圾分类主题活动24场，"
                        "覆盖全区9个街道。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "主题宣传周举办次数", "≥4次"),
        (None, None, "垃圾分类主题活动场次", "≥24场"),
        (None, None, "覆盖街道数量", "≥9个"),
        (None, None, mk("垃圾分类主题活动场次", "D101", "warning", row=True,
                        alt=("D102", "D103"), note="同一指标填了两次"), "≥24场"),
        (None, "时效指标", "宣传周活动按期举办率", "100%"),
        (None, "成本指标", "单场活动平均成本", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "参与居民分类知晓率", "≥88%"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="槐亭区商户垃圾分类宣传指导项目", dept=BUREAU,
                 unit="槐亭区城市管理和综合执法局", title="",
                 money=one_year(mk(wan(48), "B101", "error", note="40 + 5 = 45，不是48"),
                                wan(40), wan(5)),
                 goals=["指导沿街商户1500家规范分类投放，商户分类达标率达到85%。"])  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "指导沿街商户数量", "≥1500家"),
        (None, "质量指标", "商户分类达标率", "≥85%"),
        (None, "时效指标", "商户指导完成时间", "2026年11月30日前"),
        (None, "成本指标", "每户指导成本", "≤200元/家"),
        ("效益指标", "社会效益指标", "商户混投投诉下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "商户满意度", "≥90%"),
    ])  # fmt: skip
    return b
