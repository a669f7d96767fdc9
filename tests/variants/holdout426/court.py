"""Court-wide returns of the 426th held-out set: multi-year projects with 中期 and 年度 columns,
points at two levels and the court's department budget (items 8, 10, 12)."""

from __future__ import annotations

from tests.variants.holdout426.common import (
    YEAR,
    book,
    department,
    funds,
    indicators,
    note,
    period_funds,
    project,
    sign,
)
from tests.variants.holdout426.registry import variant
from tests.variants.kit import Book, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("xt13-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: annual "
         "counts below the period ones, rates legitimately equal, dates within the period "
         "(correct)")  # fmt: skip
def multi_year() -> Book:
    b, s = book()
    goals = [f"{YEAR}年至{YEAR + 2}年建成9个智慧仲裁庭，"
             "实现全市劳动人事争议案件网上立案和远程庭审。",
             f"{YEAR}年建成3个智慧仲裁庭，完成网上立案系统上线。"]  # fmt: skip
    project(s, "智慧仲裁庭建设项目", period_funds(480, 480, 180, 180), goals, years=3,
            attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建成智慧仲裁庭", "≥9个", "≥3个"),
        (None, None, "远程庭审案件", "≥1500件", "≥300件"),
        (None, "质量指标", "智慧仲裁庭验收合格率", "=100%", "=100%"),
        (None, "时效指标", "网上立案系统上线时间", f"{YEAR}年12月31日前", f"{YEAR}年12月31日前"),
        ("成本指标", "经济成本指标", "每个智慧仲裁庭建设成本", "≤40万元/个", "≤40万元/个"),
        ("效益指标", "社会效益指标", "网上立案案件占比", "≥50%", "≥30%"),
        (None, "可持续影响指标", "智慧仲裁庭设备使用年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "远程庭审当事人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xt14-multi-year-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: cumulative counts copied into the 年度 column, one annual count above its "
         "period")  # fmt: skip
def multi_year_copied() -> Book:
    b, s = book()
    goals = [f"{YEAR}年至{YEAR + 1}年在全市推广要素式办案，覆盖全部仲裁庭。",
             f"{YEAR}年在市本级和两个区仲裁庭推行要素式办案。"]  # fmt: skip
    project(s, "劳动争议要素式办案推广项目", period_funds(90, 90, 50, 50), goals, years=2)
    copy1 = mk("≥2000件", "D202", "warning", note="cumulative count copied from 中期")
    copy2 = mk("≥300人次", "D202", "warning", note="cumulative count copied from 中期")
    above = mk("≥16场", "D201", "error", note="annual 16 above the period's 12")
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "适用要素式审理的案件", "≥2000件", copy1),
        (None, None, "培训仲裁员和书记员", "≥300人次", copy2),
        (None, None, "举办要素式庭审观摩", "≥12场", above),
        (None, "质量指标", "要素式裁决书规范率", "≥95%", "≥95%"),
        (None, "时效指标", "要素式案件平均审理天数", "≤25天", "≤25天"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤400元/人次", "≤400元/人次"),
        ("效益指标", "社会效益指标", "要素式案件调解成功率", "≥55%", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xt15-points", (10,), "project, NAT-2021, tier-1 score column and indicator score "
         "column both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def points() -> Book:
    b, s = book()
    project(s, "劳动人事争议仲裁办案质量提升项目", funds(54, 50, 4),
            ["开展仲裁办案质量提升行动，提高调解结案比例，减少裁决被撤销。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "组织案件质量交叉评查", "≥4次", 15),
        (None, None, None, "评查案件卷宗", "≥800卷", 15),
        (None, None, "质量指标", "调解结案率比上年提高", "≥3百分点", 10),
        (None, None, "时效指标", "评查结果通报时限", "≤10个工作日", 10),
        ("成本指标", 10, "经济成本指标", "每卷评查费用", "≤200元/卷", 10),
        ("效益指标", 30, "社会效益指标", "仲裁裁决被撤销率", "≤2%", 15),
        (None, None, "可持续影响指标", "修订完善办案规范", "≥3项", 15),
        ("满意度指标", 10, "服务对象满意度指标", "当事人满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值合计100分，三级指标分值合计100分，二者为同一分值的两级分解。")
    return b


@variant("xt16-tier-points", (10,), "project, NAT-2021, tier-1 score column against the "
         "indicator scores under it (two tiers off), a deadline given as a percentage")  # fmt: skip
def tier_points() -> Book:
    b, s = book()
    project(s, "劳动争议仲裁院裁审衔接工作经费", funds(30, 30, 0),
            ["与中级人民法院建立裁审衔接机制，统一裁审标准。"])  # fmt: skip
    out = mk(40, "W103", "error", note="产出 declared 40, indicators 15+10+10 = 35")
    eff = mk(30, "W103", "error", note="效益 declared 30, indicators 20+15 = 35")
    late = mk("100%", "T113", "warning", note="a deadline indicator given as a percentage")
    indicators(s, POINTS, [
        ("产出指标", out, "数量指标", "召开裁审衔接联席会议", "≥4次", 15),
        (None, None, "质量指标", "裁审标准统一适用指引", "≥1份", 10),
        (None, None, "时效指标", "指引印发时间", late, 10),
        ("成本指标", 20, "经济成本指标", "每次联席会议费用", "≤5000元/次", 20),
        ("效益指标", eff, "社会效益指标", "裁审标准不一致案件数量", "≤10件", 20),
        (None, None, "可持续影响指标", "裁审衔接机制运行", "建立并执行", 15),
        ("满意度指标", 10, "服务对象满意度指标", "当事人满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


HEAD_DEPT = ("一级指标", "二级指标", "三级指标", "指标值")
GOAL = "依法处理劳动人事争议，调解优先、裁审衔接，促进劳动关系和谐稳定。"


@variant("xt17-department-money", (12,), "department, NAT-2021: budget with shares, key tasks "
         "with a 金额合计 equal to 项目支出, a 注 explaining the total (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = book("部门整体")
    share = "0.00%"
    budget = [(1560, 1500, 60, 1020, 540),
              (pct(1), pct(0.9615, share), pct(0.0385, share), pct(0.6538, share),
               pct(0.3462, share))]  # fmt: skip
    tasks = [("劳动人事争议案件仲裁", "立案、调解、庭审和裁决", 310, "按期审结受理案件"),
             ("智慧仲裁庭建设", "建成3个智慧仲裁庭", 180, "实现远程庭审"),
             ("基层调解员培训", "分期培训基层调解员", 50, "提升基层调解能力"),
             ("金额合计", None, 540, None)]  # fmt: skip
    department(s, budget, GOAL, tasks, filled=day(YEAR - 1, 12, 2))
    note(s, "注：金额合计为项目支出540万元，不含基本支出1020万元。")
    s.skip()
    indicators(s, HEAD_DEPT, [
        ("产出指标", "数量指标", "审结劳动人事争议案件", "≥3800件"),
        (None, None, "建成智慧仲裁庭", "≥3个"),
        (None, "质量指标", "仲裁裁决被法院撤销率", "≤2%"),
        (None, "时效指标", "案件法定期限内结案率", "≥98%"),
        ("成本指标", "经济成本指标", "案均办案成本", "≤800元/件"),
        ("效益指标", "社会效益指标", "劳动人事争议案件调解成功率", "≥60%"),
        (None, None, "因劳动争议引发的群体性事件", "=0起"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "景书越", "6617 2290", day(YEAR - 1, 12, 2))
    return b


@variant("xt18-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 "
         "≠ 资金总额, a share that does not match its amount, tasks not adding to "
         "金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = book("部门整体")
    share = "0.00%"
    total = mk(1480, "B101", "error", row=True, note="基本支出 960 + 项目支出 500 = 1460 ≠ 1480")
    bad = mk(pct(0.9459, share), "B111", "error", note="1420 ÷ 1480 = 95.95%, not 94.59%")
    budget = [(total, 1420, 60, 960, 500),
              (pct(1), bad, pct(0.0405, share), pct(0.6486, share),
               pct(0.3378, share))]  # fmt: skip
    off = mk(500, "B102", "error", row=True, note="tasks 280 + 150 + 60 = 490 ≠ 500")
    tasks = [("劳动人事争议案件仲裁", "立案、调解、庭审和裁决", 280, "按期审结受理案件"),
             ("网上仲裁平台运维", "平台运维和数据安全", 150, "平台全年稳定运行"),
             ("仲裁员业务培训", "专兼职仲裁员培训", 60, "提升办案能力"),
             ("金额合计", None, off, None)]  # fmt: skip
    department(s, budget, GOAL, tasks)
    s.skip()
    indicators(s, HEAD_DEPT, [
        ("产出指标", "数量指标", "审结劳动人事争议案件", "≥3500件"),
        (None, "质量指标", "仲裁裁决被法院撤销率", "≤2%"),
        (None, "时效指标", "案件法定期限内结案率", "≥98%"),
        ("成本指标", "经济成本指标", "案均办案成本", "≤750元/件"),
        ("效益指标", "社会效益指标", "劳动人事争议案件调解成功率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "当事人满意度", "≥90%"),
    ])  # fmt: skip
    return b
