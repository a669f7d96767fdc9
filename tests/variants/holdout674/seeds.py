"""Drought-resistant 谷子 seed: variety trials with points, breeding over three years, seed
coating, template leftovers (hh13–hh18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout674.common import (
    OPS,
    YEAR,
    indicators,
    note,
    one_year,
    period,
    signature,
    start,
    wan,
)
from tests.variants.holdout674.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

DEPT = "坨岭县农业农村局（307001）"
SEED = "坨岭县种子管理站"
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("hh13-seed-trial-points", (5, 10),
         "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), a "
         "water-use rate raised in 百分点 (correct)")  # fmt: skip
def seed_trial() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="抗旱谷子新品种区域试验与示范项目", dept=DEPT, unit=SEED,
                 money=one_year(wan(95), wan(95)),
                 goals=["在5个试验点开展抗旱谷子新品种区域试验，参试品种12个，示范推广抗旱"
                        "品种1500亩，示范区水分利用效率提高3个百分点。"])  # fmt: skip
    indicators(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "每个试验点试验经费", "≤8万元/个", 10),
        ("产出指标", 50, "数量指标", "区域试验点", "≥5个", 15),
        (None, None, None, "参试抗旱品种", "≥12个", 10),
        (None, None, None, "抗旱品种示范面积", "≥1500亩", 10),
        (None, None, "质量指标", "试验数据有效率", "≥95%", 10),
        (None, None, "时效指标", "区试报告提交时间", "12月15日前", 5),
        ("效益指标", 30, "经济效益指标", "示范区谷子亩产增幅", "≥8%", 10),
        (None, None, "生态效益指标", "示范区水分利用效率", "提高≥3百分点", 10),
        (None, None, "可持续影响指标", "筛选出可推广抗旱品种", "≥2个", 10),
        ("满意度指标", 10, "服务对象满意度指标", "示范户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("hh14-seed-points-wrong", (10,),
         "project, NAT-2021, tier-1 and indicator score columns: 产出 declared 50 with "
         "indicators adding to 45, a count of trial sites under 质量")  # fmt: skip
def seed_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="抗旱谷子品种筛选试验项目", dept=DEPT, unit=SEED,
                 money=one_year(wan(70), wan(70)),
                 goals=["在6个试验点筛选抗旱谷子品种，参试品种10个，筛选出适宜旱塬种植的品种"
                        "2个。"])  # fmt: skip
    tier = mk(50, "W103", "error", note="产出指标分值50，其下指标分值15+10+10+10=45")
    indicators(s, SCORED, [
        ("成本指标", 10, "经济成本指标", "每个试验点试验经费", "≤10万元/个", 10),
        ("产出指标", tier, "数量指标", "参试抗旱品种", "≥10个", 15),
        (None, None, "质量指标", mk("品种筛选试验点", "F201", "warning", row=True,
                                    note="试验点个数是数量指标，填在质量指标下"), "≥6个", 10),
        (None, None, None, "田间调查数据完整率", "≥95%", 10),
        (None, None, "时效指标", "筛选报告提交时间", "11月30日前", 10),
        ("效益指标", 30, "经济效益指标", "入选品种亩产增幅", "≥6%", 15),
        (None, None, "可持续影响指标", "筛选出适宜旱塬种植品种", "≥2个", 15),
        ("满意度指标", 10, "服务对象满意度指标", "试验承担户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由产出缺5分引起")
    return b


@variant("hh15-seed-breeding-three-years", (5, 8),
         "three-year project, NAT-2021, labels with * and abbreviations (产出, 数量), 实施期 and "
         "年度 columns, the period's counts beside smaller annual counts (correct)")  # fmt: skip
def seed_breeding() -> Book:
    b, s = start()
    goals = ["2025—2027年选育抗旱谷子新品种2个并通过登记，建设抗旱种子繁育基地1500亩，累计"
             "生产抗旱良种450吨。",
             "2025年完成抗旱谷子新品系鉴定20个，建设繁育基地500亩，生产抗旱良种"
             "150吨。"]  # fmt: skip
    project_head(s, year=YEAR, years=3, name="抗旱谷子良种繁育基地建设项目", dept=DEPT,
                 unit=SEED, attr="新增项目", goals=goals,
                 money=period((wan(600), wan(200)), (wan(500), wan(170)),
                              (wan(100), wan(30))))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("*成本指标", "经济成本", "繁育基地亩均投入", "≤3000元/亩", "≤3000元/亩"),
        ("*产出指标", "数量", "抗旱新品系鉴定数量", "≥40个", "≥20个"),
        (None, None, "通过登记的抗旱新品种", "≥2个", "≥1个"),
        (None, None, "繁育基地建设面积", "≥1500亩", "≥500亩"),
        (None, None, "抗旱良种产量", "≥450吨", "≥150吨"),
        (None, "质量", "良种纯度达标率", "≥98%", "≥98%"),
        (None, "时效", "繁育任务完成时间", "2027年10月底前", "2025年10月底前"),
        ("*效益指标", "社会效益", "抗旱良种推广面积", "≥9万亩", "≥3万亩"),
        (None, "可持续影响", "抗旱种子繁育体系", "健全", "初步建立"),
        ("*满意度指标", "服务对象满意度", "制种农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hh16-seed-screening-leftovers", (11,),
         "project, OLD-NAT, operator and unit columns: the template's example row left in, last "
         "year's deadline, a variety count below the goal's")  # fmt: skip
def seed_screening() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="耐旱谷子品种筛选与展示项目", dept=DEPT, unit=SEED,
                 money=one_year(wan(48), wan(48)),
                 goals=["引进耐旱谷子品种20个开展对比试验，筛选耐旱谷子品种5个，建设品种展示"
                        "田200亩，组织观摩培训2场。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "引进耐旱谷子品种", "≥", 20, "个"),
        (None, None, "筛选耐旱谷子品种", "≥",
         mk(3, "D104", "warning", row=True, note="年度目标写筛选5个品种，指标只有3个"), "个"),
        (None, None, "品种展示田面积", "≥", 200, "亩"),
        (None, None, "（示例）开展技术培训", "≥",
         mk("**", "X101", "error", row=True, note="模板示例行未删除，指标值是占位符"), "人次"),
        (None, "质量指标", "对比试验数据合格率", "≥", 95, "%"),
        (None, "时效指标", "品种对比试验完成时间", "≤",
         mk(day(YEAR - 1, 10, 31, CN_DATE), "Y102", "error", alt=("Y103", "Y101"),
            note="2025年的项目，期限却是上一年的2024年10月31日"), None),
        (None, "成本指标", "展示田亩均投入", "≤", 1200, "元/亩"),
        ("效益指标", "社会效益指标", "观摩培训场次", "≥", 2, "场"),
        (None, "可持续影响指标", "耐旱品种推介目录", "=", 1, "份"),
        ("满意度指标", "服务对象满意度指标", "观摩农户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("hh17-seed-coating-notes", (4, 7),
         "project, OLD-NAT, header 预期目标 and a weight column: an instruction row inside the "
         "table, subtotal rows, the header repeated after a page break, 填表说明 and a fill "
         "date in the year before (correct)")  # fmt: skip
def seed_coating() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="抗旱谷子种子包衣技术推广项目", dept=DEPT, unit=SEED,
                 money=one_year(wan(45), wan(45)),
                 goals=["推广抗旱谷子包衣种子5000亩，供应包衣种子3吨，带动农户1200户，苗期"
                        "干旱死苗率控制在8%以内。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "预期目标", "权重")
    s.row(*header)
    s.table([
        ("说明：以下预期目标均为2025年度目标", "", "", "", ""),
        ("产出指标", "数量指标", "包衣种子推广面积", "≥5000亩", 15),
        (None, None, "包衣种子供应量", "≥3吨", 10),
        (None, "质量指标", "种子包衣合格率", "≥95%", 10),
        (None, "时效指标", "包衣种子发放完成时间", "4月20日前", 5),
        (None, "成本指标", "每亩包衣补助", "≤60元/亩", 10),
        ("小计", "", "", "", 50),
    ], merged=(1, 2))  # fmt: skip
    s.row(*header)
    s.table([
        ("效益指标", "经济效益指标", "包衣种子亩均增产", "≥25公斤", 10),
        (None, "生态效益指标", "苗期干旱死苗率", "≤8%", 10),
        (None, "社会效益指标", "带动农户", "≥1200户", 10),
        ("小计", "", "", "", 30),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", 10),
        (None, None, "村级农技员满意度", "≥90%", 10),
        ("小计", "", "", "", 20),
        ("合计", "", "", "", 100),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.预期目标须写比较符和单位；2.权重合计100分，小计行不计入。", 5)
    signature(s, "尉志强", "0915-7319452", day(YEAR - 1, 11, 18, CN_DATE))
    return b


@variant("hh18-seed-template-rows", (6, 13),
         "project, NAT-2021, header 绩效目标值: a tier-2 left from the template, a value "
         "without a name, one indicator under two tier-2s")  # fmt: skip
def seed_template() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="抗旱谷子良种推广补助项目", dept=DEPT, unit=SEED,
                 money=one_year(wan(120), wan(100), wan(20)),
                 goals=["推广抗旱谷子良种2万亩，良种补助每亩不超过50元，受益农户"
                        "3000户。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("成本指标", "经济成本指标", "良种补助标准", "≤50元/亩"),
        ("产出指标", "数量指标", "抗旱良种推广面积", "≥2万亩"),
        (None, None, "受益农户", "≥3000户"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值没有指标名称"), "≥95%"),
        (None, "时效指标", "补助资金兑付完成时间", "11月30日前"),
        ("效益指标", "经济效益指标", mk("抗旱良种推广面积", "D101", "warning", row=True,
                                        alt=("D102", "D103"),
                                        note="与数量指标下的同名指标重复"), "≥2万亩"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板留下的空二级指标"),
         None, None),
        (None, "社会效益指标", "受益农户户均增收", "≥300元"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
