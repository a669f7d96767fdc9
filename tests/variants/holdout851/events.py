"""National fitness events (全民健身赛事): kgc01–kgc06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout851.common import (
    COUNTY,
    SPORTS,
    indicators,
    one_year,
    sign,
    start,
    wan,
    years,
)
from tests.variants.holdout851.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

CENTRE = "桐岗县全民健身服务中心"


@variant(
    "kgc01-county-games",
    (1, 5),
    "project, NAT-2021, numbered labels with points, typed "
    "percent cells, a goal count given with its parts (correct)",
)
def county_games() -> Book:
    b, s = start()
    project_head(s, year=2025, name=f"{COUNTY}2025年全民健身赛事活动", dept=SPORTS, unit=CENTRE,
                 money=one_year(wan(36), wan(30), wan(6)),
                 goals=["2025年举办全民健身赛事12场（其中县级联赛4场、乡镇趣味赛8场），参赛群众"
                        "不少于12000人次，赛事安全零事故。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "全民健身赛事场次", "≥12场"),
        (None, None, "其中：县级联赛场次", "≥4场"),
        (None, None, "其中：乡镇趣味赛场次", "≥8场"),
        (None, None, "参赛群众人次", "≥12000人次"),
        (None, "（二）质量指标", "赛事组织方案审核通过率", pct(0.95)),
        (None, None, "裁判员持证上岗率", pct(1)),
        (None, "（三）时效指标", "全年赛事完成时间", "2025年11月30日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "单场赛事平均补助", "≤3万元/场"),
        ("三、效益指标（30分）", "（一）社会效益指标", "经常参加体育锻炼人口比例", "提高≥1百分点"),
        (None, "（二）可持续影响指标", "赛事安全责任事故", "=0起"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟以宁", "0771-6230418", day(2024, 11, 18))
    return b


@variant(
    "kgc02-goal-against-indicators",
    (5, 12),
    "project, NAT-2021, abbreviated labels: "
    "the goal's count, a deadline from last season, a subsidy beyond the money",
)
def goal_against_indicators() -> Book:
    b, s = start()
    project_head(s, year=2025, name="乡村全民健身赛事进村组活动", dept=SPORTS, unit=CENTRE,
                 money=one_year(wan(30), wan(25), wan(5)),
                 goals=["在全县14个乡镇举办县级全民健身赛事12场，带动农村群众参赛8000人次，"
                        "10月底前全部办结。"])  # fmt: skip
    indicators(s, [
        ("产出", "数量", "县级全民健身赛事场次",
         mk("≥10场", "D104", "warning", row=True, note="年度目标写12场，指标只写10场")),
        (None, None, "覆盖乡镇数", "=14个"),
        (None, None, "农村群众参赛人次", "≥8000人次"),
        (None, "质量", "赛事安全预案备案率", "=100%"),
        (None, "时效", "赛事办结时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年度项目的期限写成上一年度，上一季的残留")),
        ("成本", "经济成本", "单场赛事补助标准",
         mk("≤3.5万元/场", "B107", "warning", row=True,
            note="3.5万元 × 10场 = 35万元，超过年度资金30万元")),
        ("效益", "社会效益", "农村群众健身参与度", "有所提升"),
        ("满意度", "服务对象满意度", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _stacked_first(s: Sheet) -> None:
    """The first stacked project, correct in both returns that carry it."""
    project_head(s, year=2025, name="全民健身线上线下运动会", dept=SPORTS, unit=CENTRE,
                 money=one_year(wan(18), wan(15), wan(3)),
                 goals=["举办线上线下运动会赛事6场，线上打卡参与3000人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "赛事场次", "≥6场"),
        (None, None, "线上打卡参与人次", "≥3000人次"),
        (None, "质量指标", "赛事成绩公示率", "=100%"),
        (None, "时效指标", "赛事完成时间", "2025年10月31日前"),
        (None, "成本指标", "单场赛事补助标准", "≤3万元/场"),
        ("效益指标", "社会效益指标", "群众健身意识", "有所提升"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()


@variant(
    "kgc03-stacked-games",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator names with other values in each project (correct)",
)
def stacked_games() -> Book:
    b, s = start("赛事项目")
    _stacked_first(s)
    project_head(s, year=2025, name="城区健身步道赛事季", dept=SPORTS, unit=CENTRE, title="",
                 money=one_year(wan(12), wan(12), wan(0)),
                 goals=["在城区健身步道举办徒步、越野跑赛事4场，参赛2000人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "赛事场次", "≥4场"),
        (None, None, "参赛人次", "≥2000人次"),
        (None, "质量指标", "赛道安全检查覆盖率", "=100%"),
        (None, "时效指标", "赛事完成时间", "2025年11月15日前"),
        (None, "成本指标", "单场赛事补助标准", "≤2.5万元/场"),
        ("效益指标", "社会效益指标", "步道使用人次增长率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "kgc04-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT: the second "
    "project's annual money does not add up and one indicator is given twice",
)
def stacked_defects() -> Book:
    b, s = start("赛事项目")
    _stacked_first(s)
    project_head(s, year=2025, name="学校场地周末健身赛事", dept=SPORTS, unit=CENTRE, title="",
                 money=[("中期资金总额", ok(wan(45), "error", note="同一笔错账，一处报告即可"),
                         "年度资金总额", mk(wan(45), "B101", "error",
                                           note="40 + 8 = 48，不等于45")),
                        ("其中：财政拨款", wan(40), "其中：财政拨款", wan(40)),
                        ("其他资金", wan(8), "其他资金", wan(8))],
                 goals=["利用对外开放的18所学校体育场地举办周末健身赛事15场。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "对外开放学校数量", "≥18所"),
        (None, None, "周末健身赛事场次", "≥15场"),
        (None, None, "对外开放学校数",
         mk("≥18所", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与上两行的“对外开放学校数量”是同一指标")),
        (None, "质量指标", "场地安全检查合格率", "=100%"),
        (None, "时效指标", "赛事完成时间", "2025年12月20日前"),
        (None, "成本指标", "单场赛事补助标准", "≤2.4万元/场"),
        ("效益指标", "社会效益指标", "学校场地周末使用率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgc05-three-year-league",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: the period count against the goal, a year above its period, a copied count",
)
def three_year_league() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目", name="全民健身三年联赛（2025—2027年）",
                 dept=SPORTS, unit=CENTRE,
                 money=years((wan(90), wan(80), wan(10)), (wan(30), wan(27), wan(3))),
                 goals=["2025—2027年累计举办县级全民健身联赛30场、乡镇分站赛24场，参赛45000人次。",
                        "2025年举办县级联赛10场、乡镇分站赛8场，参赛15000人次。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "县级联赛场次",
         mk("≥36场", "D104", "warning", row=True, note="中期目标写累计30场"), "≥10场"),
        (None, None, "乡镇分站赛场次", "≥24场",
         mk("≥30场", "D201", "error", note="一年30场超过三年24场")),
        (None, None, "参赛群众人次", "≥45000人次", "≥15000人次"),
        (None, None, "赛事志愿者服务人次", "≥600人次",
         mk("≥600人次", "D202", "warning", note="累计数从中期列照抄到年度列")),
        (None, "质量指标", "赛事安全保障方案落实率", "=100%", "=100%"),
        (None, "时效指标", "年度赛事完成时间", "每年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单场联赛平均补助", "≤2.5万元/场", "≤2.5万元/场"),
        ("效益指标", "可持续影响指标", "赛事安全责任事故", "=0起",
         ok("=0起", note="零事故目标两列相同是正常的")),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "≥90%", "≥90%"),
    ], head=("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "kgc06-fitness-day-points",
    (5, 10),
    "project, NAT-2021, tier-1 score column beside "
    "indicator scores, both adding to 100, a rate raised in 百分点 (correct)",
)
def fitness_day_points() -> Book:
    b, s = start()
    project_head(s, year=2025, name="“全民健身日”系列活动", dept=SPORTS, unit=CENTRE,
                 money=one_year(wan(20), wan(20), wan(0)),
                 goals=["8月8日前后组织全民健身日系列活动20项，发放健身物资5000份。"])  # fmt: skip
    indicators(s, [
        ("产出指标", 50, "数量指标", "系列活动项数", "≥20项", 15),
        (None, None, None, "健身物资发放份数", "≥5000份", 15),
        (None, None, "质量指标", "活动安全预案覆盖率", "=100%", 10),
        (None, None, "时效指标", "系列活动完成时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "健身物资人均成本", "≤20元/份", 10),
        ("效益指标", 30, "社会效益指标", "城乡居民体质测定合格率", "提高≥2百分点", 15),
        (None, None, "可持续影响指标", "全民健身日品牌活动延续年限", "≥3年", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参与群众满意度", "≥90%", 10),
    ], head=("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
       merged=(1, 2, 3))  # fmt: skip
    return b
