"""芡实 (gorgon fruit) returns: percent cells, direction against operator, 中期 and 年度,
points at two levels (cc01–cc06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout539.common import COUNTY, YEAR, multi_year, one_year, start, table
from tests.variants.holdout539.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = f"{COUNTY}农业农村局（318001）"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
SCORE_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("cc01-qianshi-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 only "
         "in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def cc01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="苇汀县芡实标准化种植示范项目", dept=DEPT,
                 unit="苇汀县水生作物技术推广站", money=one_year(150, 130, 20),
                 goals=["在南荡、菱角湾两片湿地建成芡实标准化种植示范区1500亩，推广浅水育苗"
                        "和有机肥替代，带动120户种植户增收。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "芡实标准化种植面积", "≥", 1500, "亩"),
        (None, None, "带动种植户数", "≥", 120, "户"),
        (None, "质量指标", "种苗移栽成活率", "≥", pct(0.9), "%"),
        (None, None, "芡实米抽检合格率", "=", pct(1), None),
        (None, "时效指标", "种苗移栽完成时间", "≤", day(YEAR, 5, 31, CN_DATE), None),
        (None, "成本指标", "种苗及有机肥补助标准", "≤", 800, "元/亩"),
        ("效益指标", "经济效益指标", "示范区芡实亩均增收", "≥", 600, "元"),
        (None, "生态效益指标", "示范区化肥使用量下降率", "≥", pct(0.15), "%"),
        (None, "可持续影响指标", "芡实标准化种植技术规程", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("cc02-qianshi-direction", (11,),
         "project, NAT-2021, operators inside the values: a 发生率 with ≥, a cost cap with =, "
         "a 正向 area with ≤; a 下降率 with ≥ and 0起 beside them")  # fmt: skip
def cc02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="芡实湿地扩种及病害绿色防控项目", dept=DEPT,
                 unit="苇汀县芡湾镇农业综合服务中心", money=one_year(80, 70, 10),
                 goals=["在芡湾镇新增芡实种植面积800亩，推广绿色防控，减少病害损失。"])  # fmt: skip
    note = "正向指标却用“≤”，把扩种面积写成了上限"
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标",
         mk("芡实种苗单位成本", "T108", "warning", row=True,
            note="成本上限用“=”写成固定值，应为 ≤"), "=650元/亩"),
        ("产出指标", "数量指标",
         mk("新增芡实种植面积", "T108", "warning", row=True, note=note), "≤800亩"),
        (None, None, "绿色防控技术培训", "≥200人次"),
        (None, "质量指标",
         mk("芡实叶瘟病发生率", "T108", "warning", row=True,
            note="发生率是反向指标，比较符应为 ≤"), "≥5%"),
        (None, "时效指标", "扩种任务完成时间", "2025年7月31日前"),
        ("效益指标", "经济效益指标", "扩种区芡实亩产值", "≥3000元/亩"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥10%"),
        (None, None, "农药包装废弃物污染事件", "0起"),
        ("满意度指标", "服务对象满意度指标", "扩种农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cc03-qianshi-three-year", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: a cumulative area copied into the "
         "annual column, an annual training count above the period count")  # fmt: skip
def cc03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="芡实湿地种植基地提升工程（2025—2027年）",
                 dept=DEPT, unit="苇汀县南荡湿地农业开发有限公司", attr="新增项目",
                 money=multi_year((360, 300, 60), (120, 100, 20)),
                 goals=["三年建成芡实湿地种植基地3000亩，配套加工和培训，形成芡实区域品牌。",
                        "当年建成基地1000亩，完成种植户首轮技术培训。"])  # fmt: skip
    table(s, TWO_HEAD, [
        ("产出指标", "数量指标", "芡实湿地种植基地建设面积", "≥3000亩",
         mk("≥3000亩", "D202", "warning", alt=("D104",),
            note="累计面积照抄中期值；年度目标写的是1000亩")),
        (None, None, "种植户技术培训", "≥900人次",
         mk("≥1200人次", "D201", "error", note="年度培训人次大于三年合计")),
        (None, "质量指标", "芡实米加工优质品率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务按时完成率", "≥95%", "≥95%"),
        (None, "成本指标", "基地建设亩均投入", "≤400元/亩", "≤400元/亩"),
        ("效益指标", "经济效益指标", "基地芡实产值增长率", "≥8%", "≥8%"),
        (None, "可持续影响指标", "湿地种植基地管护机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cc04-qianshi-two-year-seed", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns with annual counts below the period "
         "counts, a coverage rate raised in 百分点, a 下降率 with ≥ (correct)")  # fmt: skip
def cc04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="芡实良种繁育基地建设项目", dept=DEPT,
                 unit="苇汀县水生作物技术推广站", attr="新增项目",
                 money=multi_year((240, 200, 40), (130, 110, 20)),
                 goals=["两年建成芡实良种繁育基地1500亩，累计供应良种30吨，良种覆盖率提高5个百分点。",
                        "当年建成繁育基地800亩，供应良种15吨。"])  # fmt: skip
    table(s, TWO_HEAD, [
        ("成本指标", "经济成本指标", "良种繁育亩均成本", "≤1500元/亩", "≤1500元/亩"),
        ("产出指标", "数量指标", "良种繁育基地面积", "≥1500亩", "≥800亩"),
        (None, None, "供应芡实良种", "≥30吨", "≥15吨"),
        (None, "质量指标", "良种发芽率", "≥85%", "≥85%"),
        (None, "时效指标", "育苗播种完成时间", "2026年4月30日前", "2025年4月30日前"),
        ("效益指标", "经济效益指标", "全县芡实良种覆盖率", "提高≥5百分点", "提高≥3百分点"),
        (None, "生态效益指标", "繁育区尾水化学需氧量下降率", "≥10%", "≥5%"),
        (None, "可持续影响指标", "芡实良种繁育技术规程", "建立并执行", "建立"),
        ("满意度指标", "服务对象满意度指标", "良种使用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _scored(s_rows: list[tuple[object, ...]], money_rows: list[list[object]], name: str) -> Book:
    b, s = start("绩效目标")
    project_head(s, year=YEAR, name=name, dept=DEPT, unit="苇汀县芡实产业合作联社",
                 money=money_rows,
                 goals=["建成芡实鲜果清洗、脱壳、烘干加工线，年加工芡实200吨，订单收购带动"
                        "种植户增收。"])  # fmt: skip
    table(s, SCORE_HEAD, s_rows, merged=(1, 2, 3))
    return b


@variant("cc05-qianshi-points-two-levels", (10, 5),
         "project, NAT-2021, a tier-1 score column beside the indicator scores, both adding to "
         "100; 0次 on an incident count (correct)")  # fmt: skip
def cc05() -> Book:
    return _scored([
        ("成本指标", 10, "经济成本指标", "芡实收购加工单位成本", "≤6元/公斤", 5),
        (None, None, "生态环境成本指标", "加工废水超标排放", "0次", 5),
        ("产出指标", 50, "数量指标", "鲜芡实加工量", "≥200吨", 15),
        (None, None, None, "订单收购带动种植户", "≥150户", 10),
        (None, None, "质量指标", "芡实米产品抽检合格率", "≥98%", 15),
        (None, None, "时效指标", "加工设备安装调试完成时间", "2025年6月30日前", 10),
        ("效益指标", 30, "经济效益指标", "订单农户户均增收", "≥3000元", 10),
        (None, None, "社会效益指标", "吸纳本地劳动力就业", "≥40人", 10),
        (None, None, "可持续影响指标", "订单收购保护价机制", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "订单农户满意度", "≥90%", 10),
    ], one_year(150, 120, 30), "芡实初加工能力提升项目")  # fmt: skip


@variant("cc06-qianshi-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column: the 产出 indicator scores fall short of the "
         "tier score, and a coverage rate given as an area")  # fmt: skip
def cc06() -> Book:
    return _scored([
        ("成本指标", 10, "经济成本指标", "芡实收购加工单位成本", "≤5.5元/公斤", 10),
        ("产出指标",
         mk(50, "W103", "error", alt=("W101",), note="其下指标分值 15+10+10+10=45，不是 50"),
         "数量指标", "鲜芡实加工量", "≥180吨", 15),
        (None, None, None,
         "加工订单覆盖率", mk("≥2000亩", "T105", "error", note="覆盖率写成了面积"), 10),
        (None, None, "质量指标", "芡实米产品抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "加工线投产时间", "2025年8月31日前", 10),
        ("效益指标", 30, "经济效益指标", "订单农户户均增收", "≥2500元", 15),
        (None, None, "社会效益指标", "吸纳本地劳动力就业", "≥30人", 15),
        ("满意度指标", 10, "服务对象满意度指标", "订单农户满意度", "≥90%", 10),
    ], one_year(120, 100, 20), "芡湾镇芡实加工线改造项目")  # fmt: skip
