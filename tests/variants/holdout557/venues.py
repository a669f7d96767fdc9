"""Combined venue returns: second sheets, 中期 and 年度, points, money, artefacts (cu13–cu18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout557.common import YEAR, book, indicators, money_rows, sign, wan
from tests.variants.holdout557.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, ok, pct


@variant("cu13-venue-second-sheet", (7,),
         "project, OLD-NAT: head on 基本信息, the indicator table on a second sheet under "
         "考核指标 · 目标值（年度） · 评价标准 (correct)")  # fmt: skip
def cu13() -> Book:
    b, s = book("基本信息")
    project_head(s, year=YEAR, name="老年人门球太极综合健身广场维护", dept="芷湾县体育局 117",
                 unit="芷湾县体育场馆服务中心", money=money_rows((26, 22, 4)),
                 goals=["维护健身广场内门球场3片、太极拳练习区2处，全年免费开放。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 14, 30, 16, 30))
    t.title("绩效指标表", 5)
    indicators(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "维护门球场", "≥3片", "每少1片扣2分"),
        (None, None, "维护太极拳练习区", "≥2处", "每少1处扣2分"),
        (None, "质量指标", "设施完好率", "≥95%", "按季度抽查计分"),
        (None, "时效指标", "故障设施修复时限", "≤5个工作日", "超期1次扣1分"),
        (None, "成本指标", "广场年度维护费", "≤26万元", "超支不得分"),
        ("效益指标", "社会效益指标", "年接待健身老年人", "≥60000人次", "按闸机统计"),
        ("满意度指标", "服务对象满意度指标", "健身老年人满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("cu14-taichi-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period, "
         "rates and unit costs equal in both (correct)")  # fmt: skip
def cu14() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="太极拳健身站点三年建设", dept="洵阳县体育局 248",
                 unit="洵阳县全民健身中心", years=3, attr="新增项目",
                 money=money_rows((150, 120, 30), (50, 40, 10)),
                 goals=["三年建成太极拳健身站点90个，覆盖全部行政村。",
                        "当年建成太极拳健身站点30个，培训站点辅导员60名。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建成太极拳健身站点", "≥90个", "≥30个"),
        (None, None, "培训站点辅导员", "≥180名", "≥60名"),
        (None, "质量指标", "站点建设验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "当年站点建成时间", "每年11月底前", "11月30日前"),
        ("成本指标", "经济成本指标", "每个站点建设成本", "≤1.2万元/个", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "经常参加太极拳锻炼的老年人", "≥6000人", "≥2000人"),
        ("满意度指标", "服务对象满意度指标", "站点使用老年人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cu15-gateball-two-year-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied from "
         "中期, one annual count above its period count")  # fmt: skip
def cu15() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="乡镇标准化门球场建设", dept="澧坪县体育局 352",
                 unit="澧坪县体育设施建设中心", years=2, attr="新增项目",
                 money=money_rows((120, 100, 20), (70, 60, 10)),
                 goals=["两年建成乡镇标准化门球场16片，配套休息棚。",
                        "当年建成门球场8片，完成选址和招标。"])  # fmt: skip
    copied = "cumulative count copied from 中期 in a two-year project"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建成标准化门球场", "≥16片",
         mk("≥16片", "D202", "warning", note=copied)),
        (None, None, "配套休息棚", "≥16座", mk("≥16座", "D202", "warning", note=copied)),
        (None, None, "新组建乡镇门球队", "≥20支",
         mk("≥24支", "D201", "error", note="annual 24 above the period's 20")),
        (None, "质量指标", "场地验收合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每片门球场建设成本", "≤7.5万元/片",
         ok("≤7.5万元/片", note="× the copied 16 exceeds the annual money: same defect")),
        ("效益指标", "社会效益指标", "新增经常参加门球运动老年人", "≥800人", "≥400人"),
        ("满意度指标", "服务对象满意度指标", "乡镇老年人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cu16-taichi-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column, both adding to 100; "
         "a participation rate raised in 百分点 (correct)")  # fmt: skip
def cu16() -> Book:
    b, s = book("绩效目标", (14, 8, 16, 28, 16, 8))
    project_head(s, year=YEAR, name="老年人太极拳进社区", dept="汶滩县体育局 421",
                 unit="汶滩县社会体育指导中心", money=money_rows((20, 20, 0)),
                 goals=["在40个社区开展太极拳教学，提高社区老年人体育锻炼参与率。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", 50, "数量指标", "开展教学社区", "≥40个", 20),
        (None, None, None, "教学课时", "≥1600课时", 10),
        (None, None, "质量指标", "教学计划完成率", "≥95%", 10),
        (None, None, "时效指标", "教学开展及时率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "每个社区教学补助", "≤0.5万元/个", 10),
        ("效益指标", 30, "社会效益指标", "社区老年人体育锻炼参与率", "提高≥3百分点", 15),
        (None, None, None, "新增太极拳爱好者", "≥1200人", 5),
        (None, None, "可持续影响指标", "社区太极拳团队持续活动", "≥2年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "社区老年人满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("cu17-venue-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, key tasks not adding to 金额合计")  # fmt: skip
def cu17() -> Book:
    b, s = book()
    budget = [
        [mk(wan(500), "B101", "error", row=True, note="300 + 180 = 480 ≠ 500"), wan(450),
         wan(50), wan(300), wan(180)],
        [pct(1), pct(0.9), mk(pct(0.15), "B111", "error", note="50 ÷ 500 = 10 %, not 15 %"),
         pct(0.6), pct(0.36)],
    ]  # fmt: skip
    tasks = [
        ("门球场地运维", "县城及乡镇门球场日常运维", wan(80), "场地年开放不少于300天"),
        ("太极拳站点建设", "新建太极拳健身站点", wan(60), "新建站点40个"),
        ("老年体育赛事", "门球、太极拳比赛各1届", wan(30), "参赛老年人不少于800人"),
        ("金额合计", None, mk(wan(180), "B102", "error", note="80 + 60 + 30 = 170"), None),
    ]  # fmt: skip
    department_head(s, year=YEAR, dept="湄汐县体育局", budget=budget, tasks=tasks,
                    goal="保障老年门球、太极拳场地设施运转，办好老年体育赛事。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "每个太极拳站点建设成本", "≤1.5万元/个"),
        ("产出指标", "数量指标", "新建太极拳健身站点", "≥40个"),
        (None, None, "举办老年体育赛事", "≥2届"),
        (None, "质量指标", "场地设施完好率", "≥95%"),
        ("效益指标", "社会效益指标", "参赛老年人数", "≥800人"),
        ("满意度指标", "服务对象满意度指标", "健身老年人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cu18-gateball-artefacts", (9,),
         "project, OLD-NAT, money in 元: a plan date pasted as a serial in a text cell, an amount "
         "as text with separators, a unit cost rounded to 0")  # fmt: skip
def cu18() -> Book:
    b, s = book()
    other = mk("60,000", "X103", "warning", alt=("B108",), note="text with a thousands separator")
    rows = [["年度资金总额", money(360000, YUAN), "其中：财政拨款", money(300000, YUAN)],
            ["其他资金", other, None, None]]  # fmt: skip
    end = mk("46022", "X104", "warning", note="serial of 2025-12-31 stored as text")
    project_head(s, year=YEAR, name="县老年门球锦标赛", dept="泷石县体育局 530",
                 unit="泷石县老年人体育协会", money=rows, end=end, start=day(YEAR, 3, 1),
                 money_label="项目资金（元）",
                 goals=["举办县老年门球锦标赛1届，比赛不少于60场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "比赛场次", "≥60场"),
        (None, "质量指标", "比赛判罚申诉处理率", "=100%"),
        (None, "成本指标", "每场次裁判补助",
         mk("≤0万元/场", "T115", "error", note="600 元 rounded to 0 万元")),
        ("效益指标", "社会效益指标", "参赛老年运动员", "≥480人"),
        ("满意度指标", "服务对象满意度指标", "参赛运动员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "詹牧云", "0734-2290716")
    return b
