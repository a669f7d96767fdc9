"""普洱 tea gardens: ecological renovation, a multi-year demonstration garden, stacked projects
(he01–he06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout671.common import (
    DEPT,
    TIER_HEAD,
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout671.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "he01-puer-eco-garden",
    (1, 5),
    "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
    "typed percent cells, a 下降率 with ≥ (correct)",
)
def he01() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="曼岗片区普洱茶生态茶园改造", dept=DEPT,
                 unit="翠岗县茶叶技术推广站", money=one_year(wan(200), wan(160), wan(40)),
                 goals=["在曼岗村、帕梭村改造生态茶园1200亩（其中古树茶园管护300亩），推广病虫害"
                        "绿色防控，带动茶农亩均增收300元以上。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("一、成本指标（20分）", "（一）经济成本指标", "生态茶园改造补助标准", "≤", 1500, "元/亩"),
        ("二、产出指标（40分）", "（一）数量指标", "生态茶园改造面积", "≥", 1200, "亩"),
        (None, None, "古树茶园管护面积", "≥", 300, "亩"),
        (None, "（二）质量指标", "改造茶园验收合格率", "≥", pct(0.95), "%"),
        (None, "（三）时效指标", "改造任务完成时间", "≤", "2026年11月30日", None),
        ("三、效益指标（30分）", "（一）经济效益指标", "茶农亩均茶青增收", "≥", 300, "元/亩"),
        (None, "（二）生态效益指标", "化学农药使用量下降率", "≥", pct(0.1), "%"),
        (None, "（三）可持续影响指标", "绿色防控技术覆盖率", "≥", pct(0.8), "%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度", "参与茶农满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "岩温香", "0879-6213048")
    return b


@variant(
    "he02-puer-garden-goal-mismatch",
    (1, 11),
    "project, NAT-2021, values with inline operators: the goal's area against the "
    "indicator, a subsidy standard × area above the money, an incidence rate with ≥",
)
def he02() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="帕糯山普洱茶园提质增效", dept=DEPT,
                 unit="帕糯乡农业服务中心", money=one_year(wan(180), wan(150), wan(30)),
                 goals=["完成帕糯山茶园提质改造1500亩，"
                        "新建茶园防护林带8公里，培训茶农400人次。"])  # fmt: skip
    area = mk(
        "≥1200亩", "D104", "warning", row=True, note="年度目标写提质改造1500亩，指标只有1200亩"
    )
    cost = mk(
        "≤2000元/亩",
        "B107",
        "warning",
        row=True,
        note="2000元/亩 × 1200亩 = 240万元，超过年度资金180万元",
    )
    pest = mk("≥5%", "T108", "warning", row=True, note="发生率是反向指标，应为≤")
    indicators(s, TIER_HEAD, [
        ("成本指标", "经济成本指标", "茶园提质改造补助标准", cost),
        ("产出指标", "数量指标", "茶园提质改造面积", area),
        (None, None, "新建防护林带长度", "≥8公里"),
        (None, None, "茶农培训人次", "≥400人次"),
        (None, "质量指标", "改造茶园验收合格率", "≥95%"),
        (None, "时效指标", "改造任务完成时间", "2026年12月前"),
        ("效益指标", "生态效益指标", "茶园病虫害发生率", pest),
        (None, "可持续影响指标", "改造茶园管护机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与茶农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "he03-puer-demo-three-years",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: period counts above "
    "the year's, equal rates, a later certification year inside the period (correct)",
)
def he03() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, attr="新增项目", name="勐纳乡普洱茶标准化示范茶园建设",
                 dept=DEPT, unit="勐纳乡人民政府",
                 money=multi_year((wan(540), wan(450), wan(90)), (wan(180), wan(150), wan(30))),
                 goals=["2026年—2028年在勐纳乡建成标准化示范茶园3000亩，培训茶农1500人次，2028年"
                        "取得有机转换认证。",
                        "2026年建成示范茶园1000亩，培训茶农500人次，启动有机转换，为2028年认证积累"
                        "检测记录。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "示范茶园建设补助标准", "≤1600元/亩", "≤1600元/亩"),
        ("产出指标", "数量指标", "示范茶园建设面积", "≥3000亩", "≥1000亩"),
        (None, None, "茶农培训人次", "≥1500人次", "≥500人次"),
        (None, "质量指标", "鲜叶农残抽检合格率", "≥98%", "≥98%"),
        (None, "时效指标", "有机转换认证", "2028年12月底前取得", "完成第一年转换检查"),
        ("效益指标", "经济效益指标", "示范茶园亩产值增幅", "≥15%", "≥5%"),
        (None, "生态效益指标", "示范茶园化肥使用量增长率", "≤0%", "≤0%"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "玉罕", "0879-6387152")
    return b


@variant(
    "he04-puer-ancient-trees-period",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and 年度 columns: a year's count above "
    "the period's, a cumulative count copied, last season's year in the 年度目标",
)
def he04() -> Book:
    b, s = book()
    annual_goal = mk(
        "2025年完成古茶树挂牌保护1500株，培训茶农900人次，建立古茶园管护档案。",
        "Y103",
        "warning",
        alt=("Y101", "D104"),
        note="2026年起的项目，年度目标写的是上一季的2025年",
    )
    project_head(s, year=YEAR, years=3, attr="新增项目", name="曼朗古茶园保护与利用",
                 dept=DEPT, unit="曼朗村民委员会",
                 money=multi_year((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
                 goals=["2026年—2028年完成古茶树挂牌保护1200株，培训茶农2700人次，建成古茶园"
                        "管护档案和监测点。", annual_goal])  # fmt: skip
    trees = mk("≥1500株", "D201", "error", note="年度1500株超过实施期1200株")
    trained = mk(
        "≥900人次", "D202", "warning", note="培训人次是累计数，三年期项目年度值不应等于实施期值"
    )
    indicators(s, PERIOD_HEAD, [
        ("成本指标", "经济成本指标", "单株古茶树挂牌管护费用", "≤500元/株", "≤500元/株"),
        ("产出指标", "数量指标", "古茶树挂牌保护株数", "≥1200株", trees),
        (None, None, "茶农管护技术培训人次", "≥900人次", trained),
        (None, "质量指标", "挂牌古茶树信息准确率", "≥98%", "≥98%"),
        (None, "时效指标", "管护档案建立时间", "2028年6月底前", "2026年12月底前"),
        ("效益指标", "生态效益指标", "古茶树存活率", "≥99%", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "古茶园茶农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "he05-garden-stacked-two",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values in each project (correct)",
)
def he05() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="南贡山普洱古茶园日常管护", dept=DEPT,
                 unit="南贡村民委员会", money=one_year(wan(80), wan(64), wan(16)),
                 goals=["管护南贡山古茶园650亩，清除寄生植物，补植茶苗2万株。"])  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "古茶园管护面积", "≥650亩"),
        (None, None, "补植茶苗株数", "≥2万株"),
        (None, "质量指标", "补植茶苗成活率", "≥85%"),
        (None, "成本指标", "古茶园管护费用", "≤1200元/亩"),
        ("效益指标", "生态效益指标", "古茶园林下植被覆盖率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="南贡山茶园机耕道修缮", dept=DEPT,
                 unit="南贡村民委员会", money=one_year(wan(120), wan(100), wan(20)),
                 goals=["修缮茶园机耕道6公里，改善鲜叶运输条件。"])  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "机耕道修缮里程", "≥6公里"),
        (None, "质量指标", "修缮工程验收合格率", "=100%"),
        (None, "成本指标", "每公里修缮费用", "≤20万元/公里"),
        ("效益指标", "经济效益指标", "鲜叶运输时间缩短", "≥1小时"),
        (None, "社会效益指标", "道路安全事故发生次数", "=0次"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "李春燕", "0879-6554201")
    return b


@variant(
    "he06-garden-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT: the second project's 年度资金总额 is not its parts, "
    "and a near-duplicate area indicator",
)
def he06() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="景迈山普洱茶园测土配方施肥", dept=DEPT,
                 unit="翠岗县土壤肥料站", money=one_year(wan(45), wan(45), wan(0)),
                 goals=["为景迈山茶园测土配方施肥500亩，取土化验120个样。"])  # fmt: skip
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "测土配方施肥茶园面积", "≥500亩"),
        (None, None, "土壤样品化验数", "≥120个"),
        (None, "质量指标", "化验数据合格率", "≥95%"),
        ("效益指标", "生态效益指标", "茶园化肥使用量下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(150), "B101", "error", note="120 + 20 = 140 ≠ 150")
    project_head(s, year=YEAR, title="", name="景迈山茶园有机肥替代化肥", dept=DEPT,
                 unit="翠岗县土壤肥料站", money=one_year(total, wan(120), wan(20)),
                 goals=["在景迈山茶园推广有机肥替代化肥800亩，"
                        "发放有机肥400吨。"])  # fmt: skip
    dup = mk(
        "≥800亩",
        "D103",
        "warning",
        row=True,
        alt=("D101",),
        note="与上一行是同一指标，名称只多“推广”二字",
    )
    indicators(s, TIER_HEAD, [
        ("产出指标", "数量指标", "有机肥替代化肥面积", "≥800亩"),
        (None, None, "有机肥替代化肥推广面积", dup),
        (None, None, "有机肥发放量", "≥400吨"),
        (None, "质量指标", "有机肥抽检合格率", "≥95%"),
        (None, "成本指标", "有机肥采购单价", "≤3000元/吨"),
        ("效益指标", "生态效益指标", "茶园化肥使用量下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    return b
