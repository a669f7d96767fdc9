"""National-fitness trails and courts in villages (全民健身进村): kdh01–kdh06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout778.common import (
    BUREAU,
    HEAD4,
    book,
    funds,
    funds2,
    indicators,  # fmt: skip
    notes,
    signed,
    w,
)
from tests.variants.holdout778.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "沅岭省全民健身服务中心"


@variant("kdh01-village-courts", (1, 12),
         "project, NAT-2021, percent cells, 万元 in the number format, light courts a part of "
         "the goal's count, a 下降率 with ≥ (correct)")  # fmt: skip
def kdh01() -> Book:
    b, s = book()
    project_head(s, year=2026, name="村级全民健身篮球场建设补助", dept=BUREAU, unit=UNIT,
                 money=funds(w(600), w(520), w(80)),
                 goals=["在栎川、松桥等6县新建村级篮球场40个（其中灯光球场12个），"
                        "配套安装健身器材，方便村民就近锻炼。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建村级篮球场数量", "≥40个"),
        (None, None, "其中：灯光球场数量", "≥12个"),
        (None, "质量指标", "场地竣工验收合格率", pct(1)),
        (None, "时效指标", "场地完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个篮球场建设补助标准", "≤15万元/个"),
        ("效益指标", "社会效益指标", "村民经常参加体育锻炼人数比例", "提高≥2百分点"),
        (None, None, "器材损坏投诉下降率", "≥10%"),
        (None, "可持续影响指标", "场地开放使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", pct(0.92)),
    ])  # fmt: skip
    return b


@variant("kdh02-trail-goal-mismatch", (5, 12),
         "project, NAT-2021, numbered tier labels: the goal's trail length against the indicator, "
         "a per-km subsidy above the money, a deadline in the year before")  # fmt: skip
def kdh02() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="乡村健身步道建设",
        dept=BUREAU,
        unit=UNIT,
        money=funds(w(800), w(700), w(100)),
        goals=["在澜坪市30个行政村建设健身步道120公里，沿线设置里程标识和休息驿站。"],
    )
    indicators(s, HEAD4, [
        ("一、产出指标", "（一）数量指标",
         mk("1.健身步道建设里程", "D104", "warning", row=True,
            note="the goal states 120公里, the indicator ≥100公里"), "≥100公里"),
        (None, None, "2.覆盖行政村数量", "≥30个"),
        (None, "（二）质量指标", "3.步道工程验收合格率", "≥98%"),
        (None, "（三）时效指标", "4.步道完工时间",
         mk("2025年10月31日前", "Y102", "error",
            note="a 2026 one-year project cannot finish in October 2025 (last year's deadline)")),
        ("二、成本指标", "（一）经济成本指标", "5.每公里步道建设补助",
         mk("≤9万元/公里", "B107", "warning", row=True,
            note="9万元 × 100公里 = 900万元 (× 120 in the goal: 1080) > 年度资金 800万元")),
        ("三、效益指标", "（一）社会效益指标", "6.沿线村民日均健身人次", "≥1500人次"),
        ("四、满意度指标", "（一）服务对象满意度指标", "7.沿线村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdh03-trails-multi-year", (8,),
         "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: period counts above the "
         "year's, rates equal, a later year the work prepares for (correct)")  # fmt: skip
def kdh03() -> Book:
    b, s = book()
    project_head(s, year=2026, years=3, name="全民健身步道联网工程", dept=BUREAU, unit=UNIT,
                 attr="新增项目", money=funds2((w(2400), w(2100), w(300)),
                                               (w(800), w(700), w(100))),
                 goals=["三年建成县乡村三级健身步道300公里，串联90个行政村，为2029年全省步道联网"
                        "运营积累经验。",
                        "2026年建成步道100公里，串联30个行政村，完成导视系统设计。"])  # fmt: skip
    indicators(s, (*HEAD4[:3], "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "健身步道建设里程", "≥300公里", "≥100公里"),
        (None, None, "串联行政村数量", "≥90个", "≥30个"),
        (None, "质量指标", "步道工程验收合格率", pct(0.98), pct(0.98)),
        (None, "时效指标", "年度建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每公里步道建设补助", "≤8万元/公里", "≤8万元/公里"),
        ("效益指标", "社会效益指标", "步道沿线日均健身人次", "≥4500人次", "≥1500人次"),
        (None, "可持续影响指标", "步道管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdh04-courts-period-wrong", (5, 8),
         "two-year project, NAT-2021, abbreviated tier labels, 中期 and 年度 columns: title year "
         "left from last season, a year's count above the period's, a conflicting "
         "duplicate")  # fmt: skip
def kdh04() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="农村健身器材更新", dept=BUREAU, unit=UNIT,
                 title="2025年度项目支出绩效目标申报表",
                 money=funds2((w(900), w(800), w(100)), (w(450), w(400), w(50))),
                 goals=["两年更新农村健身器材1200套，覆盖200个行政村。",
                        "2026年更新健身器材600套，覆盖100个行政村。"])  # fmt: skip
    b.file_mark(
        "Y101",
        "error",
        alt=("Y103",),
        note="the title says 2025年度, the plan runs 2026-01-01 to 2027-12-31",
    )
    indicators(s, ("一级", "二级", "三级指标", "中期指标值", "年度指标值"), [
        ("产出", "数量", "农村健身器材更新套数", "≥1200套", "≥600套"),
        (None, None, "覆盖行政村数量", "≥200个",
         mk("≥220个", "D201", "error", note="the year's 220 villages exceed the period's 200")),
        (None, None, mk("农村健身器材更新数量", "D102", "error", row=True, alt=("D103", "D101"),
                        note="the same indicator as 更新套数 above with other values"),
         "≥1000套", "≥500套"),
        (None, "质量", "器材安装验收合格率", "≥98%", "≥98%"),
        (None, "时效", "器材安装完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本", "经济成本", "每套器材采购单价", "≤0.7万元/套", "≤0.7万元/套"),
        ("效益", "社会效益", "器材完好率", "≥95%", "≥95%"),
        ("满意度", "服务对象满意度", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdh05-fitness-department", (4, 10, 12),
         "department, NAT-2021, tier points in the labels and indicator points, tasks adding to "
         "金额合计, a rate raised in 百分点, footnotes and signature (correct)")  # fmt: skip
def kdh05() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="沅岭省体育局群众体育处", filled=day(2025, 12, 8),
                    budget=[(w(3000), w(2700), w(300), w(600), w(2400))],
                    tasks=[("村级健身场地", "篮球场、步道和器材", w(1400), "新建场地100处"),
                           ("全民健身赛事", "县乡村三级赛事", w(600), "举办赛事300场"),
                           ("社会体育指导员", "培训和上岗服务", w(400), "培训指导员2000人"),
                           ("金额合计", None, w(2400), None)],
                    goal="完善村级健身设施，办好群众身边赛事，壮大指导员队伍。")  # fmt: skip
    indicators(s, (*HEAD4, "分值"), [
        ("产出指标（50分）", "数量指标", "新建村级健身场地", "≥100处", 15),
        (None, None, "举办县乡村三级赛事", "≥300场", 10),
        (None, None, "培训社会体育指导员", "≥2000人", 10),
        (None, "质量指标", "场地验收合格率", pct(1), 10),
        (None, "时效指标", "年度任务完成时间", "2026年12月31日前", 5),
        ("成本指标（10分）", "经济成本指标", "指导员人均培训费", "≤0.2万元/人", 10),
        ("效益指标（30分）", "社会效益指标", "经常参加体育锻炼人数比例", "提高≥1.5百分点", 15),
        (None, None, "健身场地安全事故", "≤0起", 10),
        (None, "可持续影响指标", "场地管护责任落实率", pct(0.95), 5),
        ("满意度指标（10分）", "服务对象满意度指标", "群众满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, "注：1.分值合计100分，一级指标分值与其下三级指标分值只计一层。",
          "2.金额合计2400万元即项目支出，基本支出600万元未列入年度主要任务。")  # fmt: skip
    signed(s, "戴鸣川", "0731-86527410", day(2025, 12, 8))
    return b


@variant("kdh06-courts-wrong-tier", (5, 6),
         "project, OLD-NAT, tier labels with marks (*, ★): a quality rate under 时效, a "
         "satisfaction rate under 社会效益, the template's example row left in")  # fmt: skip
def kdh06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="乡镇多功能运动场建设",
        dept=BUREAU,
        unit=UNIT,
        money=funds(w(480), w(400), w(80)),
        goals=["在12个乡镇各建设多功能运动场1处，配备笼式足球和门球场地。"],
    )
    indicators(s, ("*一级指标", "*二级指标", "三级指标", "指标值"), [
        ("★产出指标", "数量指标", "新建乡镇多功能运动场", "≥12处"),
        (None, None, "（示例）培训社会体育指导员",
         mk("≥**人", "X101", "error", row=True, note="the template's example row left in")),
        (None, "质量指标", "场地铺装材料检测达标", "达标"),
        (None, "时效指标", mk("运动场工程验收合格率", "F201", "warning", row=True,
                              note="a quality rate under 时效指标"), "≥98%"),
        (None, None, "工程完工时间", "2026年10月31日前"),
        (None, "成本指标", "每处运动场建设补助", "≤40万元/处"),
        ("★效益指标", "社会效益指标", "乡镇居民参与健身活动人次", "≥20000人次"),
        (None, None, mk("乡镇居民满意度", "F201", "warning", row=True,
                        note="a satisfaction rate under 社会效益, not 满意度指标"), "≥90%"),
        ("★满意度指标", "服务对象满意度指标", "参与赛事群众满意度", "≥90%"),
    ])  # fmt: skip
    return b
