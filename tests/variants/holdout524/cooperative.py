"""Co-operative returns: multi-year projects, points at two levels, department money
(bn13–bn18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout524.common import multi_year, sign, start, table, wan
from tests.variants.holdout524.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("bn13-three-year-base", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "annual counts below the period counts, rates and unit costs equal (correct)")  # fmt: skip
def bn13() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="柿楂复合种植示范基地建设项目",
                 dept="鹊岭县农业农村局", unit="鹊岭县雾柿岭果业专业合作社联合社",
                 money=multi_year((360, 300, 60), (120, 100, 20)),
                 goals=["三年建成柿、山楂复合种植示范基地1800亩，辐射带动农户900户。",
                        "2025年建成示范基地600亩，带动农户300户。"])  # fmt: skip
    table(s, PERIOD, [
        ("成本指标", "经济成本指标", "示范基地建设补助标准", "≤1200元/亩", "≤1200元/亩"),
        ("产出指标", "数量指标", "建成复合种植示范基地", "≥1800亩", "≥600亩"),
        (None, None, "带动农户", "≥900户", "≥300户"),
        (None, "质量指标", "苗木栽植成活率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "每年11月底前", "2025年11月30日前"),
        ("效益指标", "经济效益指标", "示范基地亩均增收", "≥1500元", "≥800元"),
        (None, "可持续影响指标", "管护机制建立情况", "健全", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参与农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bn14-three-year-copied", (8,), "three-year project, OLD-NAT, 中期 and 年度 columns: "
         "中期目标 text copied into 年度目标, two cumulative counts copied into the annual "
         "column")  # fmt: skip
def bn14() -> Book:
    b, s = start()
    text = "三年改造山楂低产园2400亩，建设初加工点6处，带动农户1100户。"
    project_head(s, year=2025, years=3, name="山楂低产园改造提升项目",
                 dept="鹊岭县林业局", unit="鹊岭县楂木沟山楂专业合作社",
                 money=multi_year((450, 390, 60), (150, 130, 20)),
                 goals=[text, mk(text, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    copied = "copied from the 中期 column in a three-year project"
    table(s, PERIOD, [
        ("产出指标", "数量指标", "改造山楂低产园", "≥2400亩",
         mk("≥2400亩", "D202", "warning", note=copied)),
        (None, None, "建设初加工点", "≥6处", "≥2处"),
        (None, None, "带动农户", "≥1100户", mk("≥1100户", "D202", "warning", note=copied)),
        (None, "质量指标", "改造园验收合格率", "≥95%", "≥95%"),
        (None, "成本指标", "每亩改造补助", "≤500元/亩", "≤500元/亩"),
        ("效益指标", "经济效益指标", "改造园亩产提高", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bn15-points-two-levels", (10,), "project, NAT-2021, tier-1 score column and indicator "
         "score column (100 both ways), a rate raised in 百分点, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def bn15() -> Book:
    b, s = start(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=2025, name="山楂品种改良与授粉服务项目", dept="鹊岭县农业农村局",
                 unit="鹊岭县鹰嘴岩山楂专业合作社",
                 money=[("年度资金总额", wan(76.8), "其中：财政拨款", wan(64)),
                        (None, None, "其他资金", wan(12.8))],
                 goals=["高接换种大金星等良种800亩，优果率提高5个百分点。"])  # fmt: skip
    table(s, SCORED, [
        ("产出指标", 40, "数量指标", "高接换种面积", "≥800亩", 20),
        (None, None, "质量指标", "换种嫁接成活率", "≥90%", 10),
        (None, None, "时效指标", "嫁接完成时间", "2025年4月20日前", 10),
        ("成本指标", 20, "经济成本指标", "每亩换种补助", "≤800元/亩", 20),
        ("效益指标", 30, "经济效益指标", "山楂优果率提高", "≥5百分点", 15),
        (None, None, "生态效益指标", "化学农药使用量下降率", "≥10%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "种植户满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("注：一级指标分值与三级指标分值各合计100分，按三级指标分值评分。", merge=[(1, 6)])
    return b


@variant("bn16-points-mismatch", (10, 11), "project, OLD-NAT, tier-1 and indicator score "
         "columns plus a 指标方向 column: two tier scores against their indicators, a 正向 "
         "count with ≤")  # fmt: skip
def bn16() -> Book:
    b, s = start(widths=(14, 8, 14, 28, 14, 8, 10))
    project_head(s, year=2025, name="柿饼出霜房建设项目", dept="鹊岭县农业农村局",
                 unit="鹊岭县石门坳柿果专业合作社", money=[
                     ("年度资金总额", wan(54), "其中：财政拨款", wan(45)),
                     (None, None, "其他资金", wan(9))],
                 goals=["建设出霜房6间，年出霜柿饼150吨，带动农户200户。"])  # fmt: skip
    over = mk(40, "W103", "error", note="产出 indicators score 20 + 15 + 10 = 45")
    under = mk(30, "W103", "error", note="效益 indicators score 15 + 10 = 25")
    table(s, (*SCORED, "指标方向"), [
        ("产出指标", over, "数量指标", "建设出霜房", "≥6间", 20, "正向"),
        (None, None, None, "带动农户", mk("≤200户", "T108", "warning", row=True,
                                         note="a 正向 count with ≤"), 15, "正向"),
        (None, None, "成本指标", "单间出霜房建设成本", "≤8万元/间", 10, "反向"),
        ("效益指标", under, "经济效益指标", "柿饼每斤售价提高", "≥2元/斤", 15, "正向"),
        (None, None, "社会效益指标", "柿饼加工季节用工", "≥40人", 10, "正向"),
        ("满意度指标", 30, "服务对象满意度指标", "社员满意度", "≥90%", 30, "正向"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("bn17-department-money", (12,), "department, NAT-2021: budget with a 占比 row of "
         "typed percents, key tasks adding to 金额合计 = 项目支出, signature lines "
         "(correct)")  # fmt: skip
def bn17() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="鹊岭县特色果品产业服务中心",
                    budget=[(wan(520), wan(468), wan(52), wan(312), wan(208)),
                            (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4))],
                    tasks=[("柿饼加工合作社扶持", "补助晾晒、烘干设施", wan(88), "扶持合作社12家"),
                           ("山楂初加工提升", "补助去核、切片设备", wan(72.5), "补助设备45台"),
                           ("果品品牌营销", "展销会、电商推广", wan(47.5), "参加展会6场"),
                           ("金额合计", None, wan(208), None)],
                    goal="扶持柿饼、山楂加工合作社，提高特色果品加工率和品牌收益。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "扶持柿饼加工合作社", "≥12家"),
        (None, None, "补助山楂初加工设备", "≥45台"),
        (None, None, "参加品牌展销会", "≥6场"),
        (None, "质量指标", "补助设备验收合格率", "100%"),
        ("成本指标", "经济成本指标", "山楂初加工设备单台补助", "≤1.6万元/台"),
        ("效益指标", "经济效益指标", "特色果品加工率", "≥45%"),
        (None, "社会效益指标", "生产安全事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙晓岚", "0839-5218836", day(2024, 11, 22, CN_DATE), boss="石向东")
    return b


@variant("bn18-department-money-wrong", (12, 13), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, tasks not adding to 金额合计, a name cell holding a full-width "
         "space")  # fmt: skip
def bn18() -> Book:
    b, s = start()
    total = mk(wan(436.8), "B101", "error", note="300 + 146.8 = 446.8, not 436.8")
    sum_ = mk(wan(146.8), "B102", "error", note="66 + 58.8 + 20 = 144.8, not 146.8")
    department_head(s, year=2025, dept="鹊岭县楂木沟乡人民政府",
                    budget=[(total, wan(400), wan(36.8), wan(300), wan(146.8))],
                    tasks=[("山楂园水肥一体化", "铺设滴灌管网", wan(66), "覆盖山楂园1100亩"),
                           ("柿饼晾晒场地整治", "硬化晾晒场", wan(58.8), "整治晾晒场9处"),
                           ("农产品质量检测", "柿饼、山楂制品抽检", wan(20), "抽检60批次"),
                           ("金额合计", None, sum_, None)],
                    goal="改善柿、山楂生产条件，保障加工品质量。")  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "水肥一体化覆盖山楂园", "≥1100亩"),
        (None, None, "整治柿饼晾晒场", "≥9处"),
        (None, "质量指标", mk("\u3000", "F110", "error", note="a full-width space as name"),
         "≥98%"),
        ("成本指标", "经济成本指标", "每亩滴灌管网铺设成本", "≤600元/亩"),
        ("效益指标", "经济效益指标", "山楂亩产提高", "≥12%"),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    return b
