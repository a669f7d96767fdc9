"""Milk price subsidies and farm upgrade money: uk13–uk18 (department money, 中期 and 年度,
points at two levels)."""

from __future__ import annotations

from tests.variants.holdout339.common import department, indicators, note, project, sign, w
from tests.variants.holdout339.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("uk13-department-money", (12, 1),
         "department, NAT-2021: budget with typed percent shares, tasks adding to 金额合计, a "
         "footnote explaining the total (correct)")  # fmt: skip
def uk13() -> Book:
    tasks = [("生鲜乳收购价格补贴", "按交售量补贴合作社奶农", w(420), "稳定奶农收益"),
             ("奶牛场提档升级", "挤奶和冷链设施改造", w(250), "改造奶牛场10个"),
             ("青贮饲料补贴", "全株青贮收贮补贴", w(150), "收贮青贮2.5万吨"),
             ("金额合计", None, w(820), None)]  # fmt: skip
    share = "0.0%"
    b, s = department(dept="沙湄旗奶业振兴服务中心", tasks=tasks,
                      budget=[(w(1250), w(1100), w(150), w(430), w(820)),
                              (pct(1, share), pct(0.88, share), pct(0.12, share),
                               pct(0.344, share), pct(0.656, share))],
                      goal="落实奶价补贴和奶牛场提档升级，稳定生鲜乳收购价格。")  # fmt: skip
    note(s, "注：金额合计仅含项目支出，基本支出430万元未列入年度主要任务。")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "享受奶价补贴奶农户数", "≥1400户"),
        (None, None, "提档升级奶牛场数量", "≥10个"),
        (None, "时效指标", "奶价补贴按季兑付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "生鲜乳收购价格补贴标准", "≤0.2元/公斤"),
        ("效益指标", "经济效益指标", "合作社生鲜乳收购均价", "≥3.6元/公斤"),
        (None, "可持续影响指标", "奶农退养率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "奶农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "阮砚秋", "0477-8120364")
    return b


@variant("uk14-department-money-wrong", (12, 1),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, a "
         "satisfaction rate typed as 102%")  # fmt: skip
def uk14() -> Book:
    tasks = [("奶价补贴", "生鲜乳交售补贴", w(200), "补贴奶农900户"),
             ("奶牛场改造", "挤奶厅和牛舍改造", w(180), "改造奶牛场6个"),
             ("饲草基地", "苜蓿基地建设", w(250), "建设基地5000亩"),
             ("金额合计", None, mk(w(640), "B102", "error", note="200 + 180 + 250 = 630"),
              None)]  # fmt: skip
    total = mk(w(960), "B101", "error", note="基本支出 300 + 项目支出 640 = 940, not 960")
    b, s = department(dept="北塬县奶业发展中心", tasks=tasks,
                      budget=[(total, w(900), w(60), w(300), w(640))],
                      goal="落实奶价补贴，改造奶牛场，建设饲草基地。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补贴奶农户数", "≥900户"),
        (None, None, "苜蓿基地建设面积", "≥5000亩"),
        (None, "质量指标", "改造奶牛场验收合格率", "≥98%"),
        ("成本指标", "经济成本指标", "苜蓿基地每亩补助", "≤500元/亩"),
        ("效益指标", "经济效益指标", "奶农户均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "奶农满意度",
         mk(pct(1.02), "T106", "error", note="a satisfaction rate cannot exceed 100%")),
    ])  # fmt: skip
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def _period_money(mid: tuple[float, float, float], year: tuple[float, float, float]) -> list[
        tuple[object, ...]]:  # fmt: skip
    return [("中期资金总额", w(mid[0]), "年度资金总额", w(year[0])),
            ("其中：财政拨款", w(mid[1]), "其中：财政拨款", w(year[1])),
            ("其他资金", w(mid[2]), "其他资金", w(year[2]))]  # fmt: skip


@variant("uk15-multiyear-correct", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: annual counts below the period, "
         "rates and caps equal (correct)")  # fmt: skip
def uk15() -> Book:
    b, s = project(name="禾丰县奶牛标准化规模养殖场改造项目", unit="禾丰县畜牧兽医服务中心",
                   years=3, money=_period_money((1800, 1500, 300), (600, 500, 100)),
                   goals=["三年改造标准化奶牛场30个，新增青贮窖容积9万立方米。",
                          "当年改造奶牛场10个，新增青贮窖容积3万立方米。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "改造标准化奶牛场", "≥30个", "≥10个"),
        (None, None, "新增青贮窖容积", "≥9万立方米", "≥3万立方米"),
        (None, "质量指标", "改造奶牛场生鲜乳体细胞数", "≤30万个/毫升", "≤30万个/毫升"),
        ("成本指标", "经济成本指标", "单场改造补助", "≤50万元/个", "≤50万元/个"),
        ("效益指标", "经济效益指标", "成母牛年单产提高", "≥0.5吨/头", "≥0.2吨/头"),
        (None, "生态效益指标", "粪污综合利用率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "养殖场满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("uk16-multiyear-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: cumulative counts copied into the "
         "年度 column, one annual count above its period count")  # fmt: skip
def uk16() -> Book:
    b, s = project(name="松麓市奶农合作社挤奶厅建设项目", unit="松麓市奶业发展服务中心",
                   dept="松麓市农业农村局（330417）", years=2,
                   money=_period_money((700, 600, 100), (380, 320, 60)),
                   goals=["两年建设合作社挤奶厅20座，培训奶农600人次。",
                          "当年推进挤奶厅和青贮窖建设，开展奶农培训。"])  # fmt: skip
    b.file_mark(
        "B107",
        "warning",
        required=False,
        note="the copied ≥20座 × 30万元 exceeds the annual 380万元",
    )
    copied = "a cumulative count copied from the 中期 column in a two-year project"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建设合作社挤奶厅", "≥20座",
         mk("≥20座", "D202", "warning", note=copied)),
        (None, None, "培训奶农", "≥600人次", mk("≥600人次", "D202", "warning", note=copied)),
        (None, None, "新建青贮窖", "≥8座",
         mk("≥12座", "D201", "error", note="12 a year against 8 over the whole period")),
        ("成本指标", "经济成本指标", "单座挤奶厅建设补助", "≤30万元/座", "≤30万元/座"),
        ("效益指标", "社会效益指标", "入社奶农机械化挤奶率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "入社奶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
WIDE = (14, 8, 18, 28, 18, 8)


@variant("uk17-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "rates raised in 百分点 (correct)")  # fmt: skip
def uk17() -> Book:
    b, s = project(name="青禾县生鲜乳质量提升奖补项目", unit="青禾县畜牧发展中心", widths=WIDE,
                   dept="青禾县农业农村局（415302）", money=[
                       ("年度资金总额", w(320), "其中：财政拨款", w(320)),
                       (None, None, "其他资金", w(0))],
                   goals=["对体细胞数达标奶牛场给予奖补，提高优质生鲜乳比重。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "获得奖补奶牛场数量", "≥40个", 15),
        (None, None, None, "体细胞数检测批次", "≥1900批次", 10),
        (None, None, "质量指标", "奖补奶牛场体细胞数达标率", "≥95%", 15),
        ("成本指标", 20, "经济成本指标", "单场奖补标准", "≤8万元/个", 20),
        ("效益指标", 30, "经济效益指标", "优质生鲜乳比重提高", "≥3百分点", 15),
        (None, None, "社会效益指标", "体细胞数超标奶牛场占比", "≤10%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "奶牛场满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("uk18-points-mismatch", (10, 13, 6),
         "project, NAT-2021, tier-1 and indicator score columns: the 产出 scores short of the "
         "tier's 40, a template tier-2 left empty, a value without a name")  # fmt: skip
def uk18() -> Book:
    b, s = project(name="乌塬县奶牛场挤奶设施升级项目", unit="乌塬县畜牧发展中心", widths=WIDE,
                   dept="乌塬县农业农村局（612208）", money=[
                       ("年度资金总额", w(210), "其中：财政拨款", w(180)),
                       (None, None, "其他资金", w(30))],
                   goals=["为14个奶牛场升级挤奶和制冷设施，降低生鲜乳体细胞数。"])  # fmt: skip
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="indicator scores add to 95 because of the 产出 shortfall marked W103",
    )
    indicators(s, POINTS_HEAD, [
        ("产出指标", mk(40, "W103", "error", note="15 + 15 + 5 = 35 under a declared 40"),
         "数量指标", "升级挤奶设施奶牛场", "≥14个", 15),
        (None, None, None, mk(None, "F110", "error", note="a value and score with no name"),
         "≥14套", 15),
        (None, None, "时效指标", "设施升级完成时间", "2025年10月31日前", 5),
        ("成本指标", 20, "经济成本指标", "单场升级补助", "≤15万元/个", 20),
        ("效益指标", 30, "经济效益指标", "奶牛场生鲜乳交售价格提高", "≥0.1元/公斤", 15),
        (None, None, "社会效益指标", "带动奶农增收户数", "≥200户", 15),
        (None, None, mk("生态效益指标", "F109", "warning", row=True,
                        note="template tier-2 left without indicator or value"), None, None,
         None),
        ("满意度指标", 10, "服务对象满意度指标", "奶牛场满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
