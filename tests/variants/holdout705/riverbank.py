"""Returns kam07–kam12: river-bank hazard clearance."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout705.common import (
    COUNTY,  # fmt: skip
    HEAD,
    PERIOD_HEAD,
    TOWN,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout705.registry import variant
from tests.variants.kit import Book, day, mk, pct

WATER = f"{COUNTY}水利局（421006）"


@variant("kam07-clearance-two-years", (8, 10), "two-year project 2025–2026, NAT-2021, 中期 and "
         "年度 columns, a later year the work prepares for, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def kam07() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name=f"{COUNTY}澄水河堤岸隐患清理", dept=WATER,
                 unit=f"{COUNTY}河道管理所", attr="新增项目",
                 money=multi_year((110, 100, 10), (60, 55, 5)), goals=[
                     "2025—2026年清理澄水河两岸堤防隐患点共180处，巡查岸线24公里，"
                     "为2027年在全县推广堤岸网格化巡查积累经验。",
                     "2025年清理隐患点100处（其中堤身裂缝及獾洞40处、违章堆放60处），"
                     "完成12公里岸线巡查。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "清理堤防隐患点", "≥180处", "≥100处"),
        (None, None, "岸线巡查长度", "≥24公里", "≥12公里"),
        (None, "质量指标", "隐患整改验收合格率", "=100%", "=100%"),
        (None, None, "已清理隐患复发率", "≤5%", "≤5%"),
        (None, "时效指标", "汛前隐患清理完成时间", "2026年5月31日前", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "单处隐患清理平均成本", "≤0.5万元/处", "≤0.5万元/处"),
        ("效益指标", "社会效益指标", "堤防巡查覆盖率较上年提高", "≥10百分点", "≥5百分点"),
        (None, "生态效益指标", "清理废弃物无害化处置率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿岸居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, 2025, "周砚秋", "0592-7402318")
    return b


@variant("kam08-clearance-goal-length", (5, 7), "project, OLD-NAT, abbreviated tier labels, "
         "headers 指标内容 and 绩效标准: a length against the goal, a duplicate with another "
         "value, a quality rate under 时效")  # fmt: skip
def kam08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name=f"{TOWN}石坎河行洪障碍清理",
        dept=WATER,
        unit=f"{TOWN}人民政府",
        money=one_year(40, 40),
        goals=["清理石坎河两岸行洪障碍物12公里，拆除违章堆放点40处，汛前完成。"],
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出", "数量", "清理河道行洪障碍物长度",
         mk("≥10公里", "D104", "warning", row=True, note="年度目标写12公里")),
        (None, None, "清理堤岸违章堆放点", "≥40处"),
        (None, None, "堤岸违章堆放点清理",
         mk("≥45处", "D102", "warning", row=True, alt=("D103", "D101"),
            note="与上一行同一指标（词序不同），值40处 / 45处")),
        (None, "质量", "障碍物清理验收合格率", "=100%"),
        (None, "时效", "清障完成时间", "2025年5月31日前"),
        (None, None, "清障作业安全规范达标率",
         mk("=100%", "F201", "warning", row=True, note="达标率是质量指标，填在时效下")),
        (None, "成本", "每公里清障成本", "≤3万元/公里"),
        ("效益", "社会效益", "汛期河道阻水险情", "≤0起"),
        ("满意度", "服务对象满意度", "沿岸群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kam09-dangerous-trees", (1, 11), "project, OLD-NAT, operators in words in 指标性质, "
         "a unit column, typed percents, 0起 on incidents, a 下降率 with 大于等于 "
         "(correct)")  # fmt: skip
def kam09() -> Book:
    b, s = start()
    project_head(s, year=2025, name=f"{TOWN}芦湾堤岸危树及崩岸土石清除", dept=WATER,
                 unit=f"{TOWN}农业农村办", money=one_year(30, 28, 2),
                 goals=["清除堤岸危树及枯倒木320株、崩岸松动土石1500立方米，4月底前完成，"
                        "全年清障作业零事故。"])  # fmt: skip
    indicators(s, (*HEAD[:3], "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "清除堤岸危树及枯倒木", "大于等于", 320, "株"),
        (None, None, "清理崩岸松动土石方", "大于等于", 1500, "立方米"),
        (None, "质量指标", "堤岸隐患复查合格率", "大于等于", pct(0.95), "%"),
        (None, None, "清障作业安全事故", "小于等于", 0, "起"),
        (None, "时效指标", "危树清除完成时间", "小于等于", day(2025, 4, 30), None),
        (None, "成本指标", "单株危树清除成本", "小于等于", 0.05, "万元/株"),
        (None, None, "每立方米土石清运成本", "小于等于", 0.006, "万元/立方米"),
        ("效益指标", "社会效益指标", "堤岸崩塌险情下降率", "大于等于", pct(0.3), "%"),
        (None, "生态效益指标", "清理枝木资源化利用率", "大于等于", pct(0.6), "%"),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：危树清除成本16万元、土石清运9万元，其余5万元为安全防护及临时交通管制费用。")
    sign(s, 2025, "韦知远", "0592-7409135")
    return b


@variant("kam10-export-dates", (7, 12), "budget-system export on two sheets, codes in the first "
         "columns, header on the third row: an end date left from last year, a unit cost "
         "over the money")  # fmt: skip
def kam10() -> Book:
    b, s = start("部门项目支出预算05-1", (14, 26, 14, 14, 12, 12, 12))
    s.title("2025年度部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row(
        "项目编码", "项目名称", "计划开始日期", "计划完成日期", "资金总额", "财政拨款", "其他资金"
    )
    s.row("421006-25-0117", f"{COUNTY}南岸堤防隐患清除", day(2025, 3, 1),
          mk(day(2024, 11, 30), "Y104", "error", alt=("Y102", "Y101"),
             note="完成日期早于开始日期：上一年表中的日期未改"),
          wan(120), wan(120), wan(0))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (14, 26, 12, 14, 28, 16))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位：万元")
    code, name = "421006-25-0117", f"{COUNTY}南岸堤防隐患清除"
    indicators(t, ("项目编码", "项目名称", *HEAD), [
        (code, name, "产出指标", "数量指标", "清除堤防隐患点", "≥300处"),
        (code, name, None, "质量指标", "隐患清除验收合格率", "=100%"),
        (code, name, None, "时效指标", "隐患清除完成时间", "2025年10月31日前"),
        (code, name, None, "成本指标", "单处隐患清除成本",
         mk("≤0.5万元/处", "B107", "warning", row=True,
            note="0.5万元 × 300处 = 150万元，超过资金总额120万元")),
        (code, name, "效益指标", "社会效益指标", "汛期堤防险情发生次数", "≤2次"),
        (code, name, "满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("kam11-stacked-two-reaches", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator names with different values (correct)")  # fmt: skip
def kam11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name=f"{TOWN}芦湾段堤岸隐患清理",
        dept=WATER,
        unit=f"{TOWN}人民政府",
        money=one_year(48, 40, 8),
        goals=["清理芦湾段堤岸隐患点80处，巡查岸线6公里，汛前完成。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "清理堤岸隐患点", "≥80处"),
        (None, None, "岸线巡查长度", "≥6公里"),
        (None, "质量指标", "隐患整改验收合格率", "=100%"),
        (None, "时效指标", "隐患清理完成时间", "2025年5月31日前"),
        (None, "成本指标", "单处隐患清理成本", "≤0.6万元/处"),
        ("效益指标", "社会效益指标", "汛期堤岸险情发生次数", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name=f"{TOWN}墩头段崩岸隐患清理",
        dept=WATER,
        unit=f"{TOWN}人民政府",
        money=one_year(36, 36),
        goals=["清理墩头段崩岸隐患点45处，巡查岸线4公里，6月底前完成。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "清理堤岸隐患点", "≥45处"),
        (None, None, "岸线巡查长度", "≥4公里"),
        (None, "质量指标", "隐患整改验收合格率", "=100%"),
        (None, "时效指标", "隐患清理完成时间", "2025年6月30日前"),
        (None, "成本指标", "单处隐患清理成本", "≤0.8万元/处"),
        ("效益指标", "社会效益指标", "汛期堤岸险情发生次数", "≤2次"),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, 2025, "陶穗宁", "0592-7411620")
    return b


@variant("kam12-second-sheet-survey", (7,), "project: head on the first sheet, indicators on a "
         "second sheet under 预期实现值: a count against the goal, a count under 质量, a deadline "
         "in the year before")  # fmt: skip
def kam12() -> Book:
    b, s = start("基本信息")
    project_head(
        s,
        year=2025,
        name=f"{TOWN}沿河堤岸隐患排查整治",
        dept=WATER,
        unit=f"{TOWN}人民政府",
        money=one_year(52, 50, 2),
        goals=["完成全镇沿河堤岸隐患点排查260处，整治重大隐患点60处，汛前完成整治。"],
    )
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "堤岸隐患点排查",
         mk("≥200处", "D104", "warning", row=True, note="年度目标写排查260处")),
        (None, "质量指标", "整治重大隐患点",
         mk("≥60处", "F201", "warning", row=True, note="整治数量是数量指标，填在质量下")),
        (None, None, "整治工程验收合格率", "=100%"),
        (None, "时效指标", "重大隐患整治完成时间",
         mk("2024年5月31日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="2025年度项目，截止日期却是2024年汛前：上一年的值")),
        (None, "成本指标", "单处重大隐患整治成本", "≤0.6万元/处"),
        ("效益指标", "社会效益指标", "沿河堤岸险情发生次数", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "注：排查费用按每处0.05万元计，共13万元，与整治费用36万元同列入年度资金。", width=4)
    return b
