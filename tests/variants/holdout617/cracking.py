"""The macadamia (澳洲坚果) cracking line: a budget-system export, defects in money and goals,
notes and a repeated header, duplicates, a two-year line, a department return."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout617.common import (
    HEAD4,
    book,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout617.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "沐椰县农垦服务中心（403022）"
UNIT = "沐椰县鹿垭澳洲坚果加工厂"
OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("fc13-crack-export", (1, 7, 11),
         "budget-system export: money on sheet 05-1, the table on sheet 05-2 with the header on "
         "the third row and codes in the first columns, operators in words (correct)")  # fmt: skip
def crack_export() -> Book:
    b, s = book("项目支出预算05-1")
    s.title("2025年度项目支出预算表", 4)
    s.row("项目名称", "澳洲坚果破壳生产线改造", "单位：万元", None)
    s.row("支出明细", "设备购置", wan(120), None)
    s.row(None, "安装调试", wan(18), None)
    s.row(None, "厂房改造", wan(22), None)
    s.row("合计", None, wan(160), "其中：财政拨款140、其他资金20")
    t = b.sheet("项目支出绩效目标05-2", (10, 14, 12, 14, 28, 10, 12, 10))
    t.title("2025年度项目支出绩效目标表", 8)
    t.row("单位：沐椰县鹿垭澳洲坚果加工厂", merge=[(1, 8)])
    t.row(
        "单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"
    )
    code = ("403022", "46902825A0031")
    t.table([
        (*code, "产出指标", "数量指标", "破壳生产线改造", "等于", 1, "条"),
        (*code, None, None, "年加工带壳果", "大于等于", 1500, "吨"),
        (*code, None, "质量指标", "整仁率", "大于等于", 70, "%"),
        (*code, None, None, "果仁破碎率", "小于等于", 8, "%"),
        (*code, None, "时效指标", "设备安装调试完成时间", "小于等于", "2025年9月30日", None),
        (*code, None, "成本指标", "单位加工能耗成本", "小于等于", 60, "元/吨"),
        (*code, "效益指标", "经济效益指标", "果仁加工增值", "大于等于", 300, "万元"),
        (*code, None, "社会效益指标", "安全生产事故", "等于", 0, "起"),
        (*code, None, "生态效益指标", "果壳综合利用率", "大于等于", pct(0.85), "%"),
        (*code, "满意度指标", "服务对象满意度指标", "交售合作社满意度", "大于等于", 90, "%"),
    ], merged=(3, 4))  # fmt: skip
    return b


@variant("fc14-crack-line-money", (12,),
         "project, OLD-NAT, operator and unit columns: 年度资金 not adding up, the goal's 800吨 "
         "given as 400, line cost × count above the money")  # fmt: skip
def crack_line_money() -> Book:
    b, s = book()
    total = mk(wan(120), "B101", "error", note="年度资金总额 120 ≠ 财政拨款 100 + 其他资金 10")
    project_head(s, year=2025, name="澳洲坚果破壳生产线升级", dept=DEPT, unit=UNIT,
                 money=one_year(total, wan(100), wan(10)),
                 goals=["改造澳洲坚果破壳生产线2条，全年加工带壳果800吨，"
                        "整仁率达到70%以上。"])  # fmt: skip
    tons = mk(400, "D104", "warning", row=True, note="the goal states 800吨 of nuts a year")
    cost = mk(65, "B107", "warning", row=True,
              note="65万元 × 2条 = 130万元, above the 120万元 of the project")  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "破壳生产线改造", "=", 2, "条"),
        (None, None, "年加工带壳果", "≥", tons, "吨"),
        (None, "质量指标", "整仁率", "≥", 70, "%"),
        (None, "时效指标", "改造完成时间", "≤", "2025年10月31日", None),
        (None, "成本指标", "单条生产线改造成本", "≤", cost, "万元/条"),
        ("效益指标", "经济效益指标", "果仁销售收入增加", "≥", 150, "万元"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("fc15-crack-sorting-notes", (4, 10, 12),
         "project, OLD-NAT, operator and unit columns: an instruction row, a header repeated "
         "after a page break, 上年结转 in a footnote, 百分点, a signature (correct)")  # fmt: skip
def crack_sorting_notes() -> Book:
    b, s = book()
    project_head(s, year=2025, name="澳洲坚果果仁色选分级设备购置", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", wan(95), "其中：当年财政拨款", wan(75)),
                        (None, None, "上年结转", wan(20)), (None, None, "其他资金", wan(0))],
                 goals=["购置果仁色选机2台、烘干设备1套，优级果仁比例提高8个百分点。"])  # fmt: skip
    s.row(*OPS)
    note(s, "（以下产出指标按设备台套填列，单价不含运输安装）")
    s.table([
        ("产出指标", "数量指标", "果仁色选机购置", "≥", 2, "台"),
        (None, None, "果仁烘干设备购置", "≥", 1, "套"),
        (None, "质量指标", "色选准确率", "≥", 95, "%"),
        (None, None, "设备验收合格率", "=", 100, "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    indicators(s, OPS, [
        ("产出指标", "时效指标", "设备安装完成时间", "≤", "2025年10月31日", None),
        (None, "成本指标", "设备采购成本", "≤", 95, "万元"),
        ("效益指标", "经济效益指标", "优级果仁比例提高", "≥", 8, "百分点"),
        (None, "社会效益指标", "带动就业", "≥", 25, "人"),
        (None, "可持续影响指标", "设备使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "收购商满意度", "≥", 90, "%"),
    ])  # fmt: skip
    note(s, "注：年度资金95万元含上年结转20万元（上年设备采购合同尾款），当年财政拨款75万元。")
    note(s, "说明：比较符填≥、≤或=，计量单位填在最后一列。")
    sign(s, "邝志鸿", "0898-6235 1186", (2024, 12, 6))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
    return b


@variant("fc16-crack-duplicate", (11,),
         "project, NAT-2021, one value column: a breakage rate twice with two values under two "
         "tier-2s, a count under 质量")  # fmt: skip
def crack_duplicate() -> Book:
    b, s = book()
    project_head(s, year=2025, name="澳洲坚果破壳机组增购", dept=DEPT, unit=UNIT,
                 money=one_year(wan(64), wan(60), wan(4)),
                 goals=["新增破壳机组4台，果仁破碎率控制在8%以内。"])  # fmt: skip
    count = mk("破壳机组调试台数", "F201", "warning", row=True,
               note="a count of machines under 质量指标")  # fmt: skip
    again = mk("果仁破碎率", "D102", "error", row=True, alt=("D101", "D103"),
               note="the same rate as under 质量指标, with ≤10% against ≤8%")  # fmt: skip
    indicators(s, HEAD4, [
        ("成本指标", "经济成本指标", "破壳机组单价", "≤16万元/台"),
        ("产出指标", "数量指标", "破壳机组安装", "≥4台"),
        (None, "质量指标", "果仁破碎率", "≤8%"),
        (None, None, count, "≥4台"),
        (None, "时效指标", "机组投产时间", "2025年8月31日前"),
        ("效益指标", "经济效益指标", "日加工能力提高", "≥12吨"),
        (None, "生态效益指标", again, "≤10%"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fc17-crack-two-year", (8, 11),
         "two-year project, NAT-2021, two-row header, 指标性质 as direction and 指标方向 as "
         "operator, 中期 and 年度 columns, a 下降率 with ≥ (correct)")  # fmt: skip
def crack_two_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="澳洲坚果破壳烘干分级一体化生产线", dept=DEPT,
                 unit=UNIT, attr="新增项目",
                 money=multi_year((wan(300), wan(260), wan(40)), (wan(180), wan(160), wan(20))),
                 goals=["2025—2026年建成破壳、烘干、分级一体化生产线1条，安装主体设备8台，累计"
                        "加工带壳果3000吨。",
                        "2025年安装主体设备6台，加工带壳果1200吨。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", None, "计量单位",
          merge=[(6, 7)])  # fmt: skip
    s.table([
        (None, None, None, None, None, "中期", "年度", None),
        ("成本指标", "经济成本指标", "单位加工成本", "反向", "≤", 55, 55, "元/吨"),
        ("产出指标", "数量指标", "主体设备安装", "正向", "≥", 8, 6, "台"),
        (None, None, "加工带壳果", "正向", "≥", 3000, 1200, "吨"),
        (None, "质量指标", "整仁率", "正向", "≥", 70, 68, "%"),
        (None, None, "果仁破碎率", "反向", "≤", 8, 8, "%"),
        ("效益指标", "生态效益指标", "单位产品能耗下降率", "正向", "≥", 10, 5, "%"),
        ("满意度指标", "服务对象满意度指标", "交售农户满意度", "正向", "≥", 90, 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("fc18-crack-department", (12,),
         "department, NAT-2021: 资金总额 against 基本支出 + 项目支出, the goal's 3条 lines given "
         "as 2, last season's year in an indicator name")  # fmt: skip
def crack_department() -> Book:
    b, s = book()
    total = mk(wan(420), "B101", "error", note="基本支出 150 + 项目支出 250 = 400 ≠ 420")
    department_head(s, year=2025, dept="沐椰县鹿垭澳洲坚果加工厂", budget=[
        (total, wan(380), wan(40), wan(150), wan(250))],
        tasks=[("破壳线运维", "3条破壳生产线运行维护", wan(120), "运维生产线3条"),
               ("收购质检", "带壳果收购与含水率检测", wan(80), "收购带壳果2000吨"),
               ("技术培训", "种植户采收与晾晒培训", wan(50), "培训400人次"),
               ("金额合计", None, wan(250), None)],
        goal="运维澳洲坚果破壳生产线3条，收购带壳果2000吨，培训种植户400人次。")  # fmt: skip
    lines = mk("≥2条", "D104", "warning", row=True, note="the goal and task state 3 lines")
    old = mk("2024年产季带壳果收购量", "Y103", "warning", row=True, alt=("Y101",),
             note="last season's year left in a 2025 department return")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "破壳生产线运维数量", lines),
        (None, None, old, "≥2000吨"),
        (None, None, "种植户培训", "≥400人次"),
        (None, "质量指标", "带壳果检测合格率", "≥95%"),
        ("成本指标", "经济成本指标", "带壳果收购检测单价", "≤400元/吨"),
        ("效益指标", "经济效益指标", "带动种植户增收", "≥500万元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b
