"""Gambiered silk (香云纱) dyeing villages of 霁川市莨湾区: zq07–zq12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout475.common import (
    YEAR,
    funds,
    indicators,
    notes,
    sign,
    start,
    wan,
)
from tests.variants.holdout475.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "霁川市莨湾区农业农村局 207"
OFFICE = "霁川市莨湾区非遗保护办公室"
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("zq07-silk-flat-department", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, typed percent cells, weights add to 100 (correct)")  # fmt: skip
def silk_flat_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept=OFFICE,
                    budget=[(wan(620), wan(580), wan(40), wan(410), wan(210))],
                    tasks=[("晒莨技艺传承", "开办晒莨、过泥技艺培训班", wan(90),
                            "培训晒莨工200人次"),
                           ("莨绸村落风貌整治", "整治晒莨坪村晒场及巷道", wan(120),
                            "整治晒场3处"),
                           ("金额合计", None, wan(210), None)],
                    goal="传承香云纱晒莨技艺，整治晒莨村落风貌，带动莨绸产业增收。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("晒莨技艺培训人次", 15, "人次", "≥", 200),
        ("整治晒莨场地", 15, "处", "≥", 3),
        ("培训学员考核合格率", 10, "%", "≥", pct(0.9)),
        ("晒场整治完工时间", 10, "月", "≤", 10),
        ("每人次培训成本", 10, "元/人次", "≤", 800),
        ("晒莨工序用水量下降率", 10, "%", "≥", pct(0.05)),
        ("莨绸坯布加工量增长率", 15, "%", "≥", pct(0.1)),
        ("参训晒莨工满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    return b


@variant("zq08-silk-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def silk_flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="霁川市莨湾区莨绸产业服务中心",
                    budget=[(wan(350), wan(300), wan(50), wan(230), wan(120))],
                    goal="扶持莨绸坯布收购和晒莨工坊，稳定香云纱成品质量。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("莨绸坯布收购量", mk("3.5万元", "T112", "error", note="万元 against the unit 米"),
         "正向", "米", 20),
        ("扶持晒莨工坊", "≥12", "正向", "家", 20),
        ("香云纱成品退货率",
         mk("≥2", "T108", "warning", row=True, note="declared 反向, yet ≥"), "反向", "%", 15),
        ("成品色牢度抽检合格率", "≥95", "正向", "%", 15),
        ("工坊户均增收", "≥0.8", "正向", "万元", 15),
        ("工坊经营者满意度", "≥90", "正向", "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="20 + 20 + 15 + 15 + 15 + 10 = 95, not 100")
    return b


@variant("zq09-silk-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts below their "
         "period values, rates equal, goals differ (correct)")  # fmt: skip
def silk_multi_year() -> Book:
    b, s = start()
    money = [*funds(wan(360), wan(300), wan(60), "中期资金总额"),
             *funds(wan(120), wan(100), wan(20))]  # fmt: skip
    project_head(s, year=YEAR, name="晒莨坪村香云纱技艺保护三年行动", dept=DEPT, years=3,
                 unit=OFFICE, money=money,
                 goals=["三年培训晒莨工600人次，修复传统晒场9处，建成莨绸工艺展示馆。",
                        "本年培训晒莨工200人次，修复晒场3处，完成展示馆设计。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "培训晒莨工", "≥600人次", "≥200人次"),
        (None, None, "修复传统晒场", "≥9处", "≥3处"),
        (None, "质量指标", "修复晒场验收合格率", "100%", "100%"),
        (None, "时效指标", "展示馆建成时间", "2028年12月31日前", "完成设计"),
        ("成本指标", "经济成本指标", "每处晒场修复成本", "≤25万元/处", "≤25万元/处"),
        ("效益指标", "经济效益指标", "莨绸产值增长率", "≥15%", "≥5%"),
        (None, "可持续影响指标", "持证晒莨工", "≥120人", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "参训晒莨工满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zq10-silk-period-defects", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标, an annual count above its period value")  # fmt: skip
def silk_period_defects() -> Book:
    b, s = start()
    goal = "建成莨绸染整示范工坊，扶持晒莨户40户，香云纱成品率稳定在92%以上。"
    money = [*funds(wan(270), wan(240), wan(30), "中期资金总额"),
             *funds(wan(90), wan(80), wan(10))]  # fmt: skip
    project_head(s, year=YEAR, name="莨湾区香云纱染整示范工坊建设项目", dept=DEPT, years=3,
                 unit="莨湾区莨塘镇人民政府", money=money,
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 = 中期目标")])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "扶持晒莨户", "≥40户",
         mk("≥50户", "D201", "error", note="annual 50 above the three-year 40")),
        (None, None, "建成染整示范工坊", "≥1个", "完成主体建设"),
        (None, "质量指标", "香云纱成品率", "≥92%", "≥92%"),
        ("成本指标", "经济成本指标", "每户晒莨扶持标准", "≤1.5万元/户", "≤1.5万元/户"),
        ("效益指标", "经济效益指标", "扶持户户均增收", "≥2万元", "≥0.6万元"),
        ("满意度指标", "服务对象满意度指标", "晒莨户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("zq11-silk-footnotes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a 注 row inside the table, footnotes, "
         "填表说明, signature and date lines below (correct)")  # fmt: skip
def silk_footnotes() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="莨塘镇香云纱晒莨季游学活动项目", dept=DEPT,
                 unit="莨塘镇文化站", money=funds(wan(30), wan(24), wan(6)),
                 goals=["晒莨季举办游学活动8场，接待游学人员1600人次，展示过泥工艺。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "晒莨季游学活动", "≥8场"),
        (None, None, "接待游学人员", "≥1600人次"),
        (None, "质量指标", "游学活动安全事故发生起数", "0起"),
        (None, None, "注：安全事故以镇应急办登记为准。", None),
        (None, "时效指标", "游学活动完成时间", "2026年11月30日前"),
        (None, "成本指标", "每人次游学接待成本", "≤150元/人次"),
        ("效益指标", "社会效益指标", "游学人员中青少年占比", "≥40%"),
        (None, "经济效益指标", "晒莨季带动农户旅游收入", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "游学人员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1.项目资金30万元为财政拨款24万元与镇集体经济配套6万元之和。",
          "2.接待人次以游学签到表为准。",
          "填表说明：指标值须量化，无法量化的可用定性等级表述。")  # fmt: skip
    sign(s, "罗绮梅", "0763-5581024")
    s.row("单位负责人（签字）：", None, "梁莨生", None, "（盖章）", None)
    return b


@variant("zq12-silk-tier-labels-wrong", (5,),
         "project, OLD-NAT, tier labels abbreviated and marked (*产出, ★数量): a tier-2 under the "
         "wrong tier-1, 预算执行率 as a cost, a deadline given as a percentage")  # fmt: skip
def silk_tier_labels_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="莨湾区香云纱晒莨工坊改造项目", dept=DEPT,
                 unit=OFFICE, money=funds(wan(64), wan(56), wan(8)),
                 goals=["改造晒莨工坊8处，改善通风和泥塘设施，提升香云纱成品质量。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出", "★数量", "改造晒莨工坊", "≥8处"),
        (None, "质量", "改造工坊验收合格率", "≥95%"),
        (None, "时效", "工坊改造完工时间",
         mk("100%", "T113", "warning", note="a deadline given as a percentage")),
        (None, "成本", "预算执行率",
         mk("≥90%", "F202", "warning", row=True, note="scored separately, not a cost")),
        (None, mk("社会效益", "F105", "error", note="社会效益 is a tier-2 of 效益"),
         "带动晒莨工就业", "≥60人"),
        ("*效益", "经济效益", "工坊莨绸产量增长率", "≥10%"),
        (None, "可持续影响", "改造设施使用年限", "≥10年"),
        ("*满意度", "服务对象满意度", "工坊经营者满意度", "≥90%"),
    ])  # fmt: skip
    return b
