"""The county seedling tissue-culture lab: footnotes and page breaks, header words, template
rows, money blocks, a second sheet, conversion artefacts (fm13–fm18)."""

from __future__ import annotations

from tests.variants.holdout627.common import (
    AGRI,
    indicators,
    notes,
    one_year,
    project,
    signature,
    start,
    wan,
)
from tests.variants.holdout627.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
LAB = "槎岭县林木种苗组培中心"


@variant("fm13-lab-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, a footnote explaining a total, signature lines with a "
         "fill date in the year before (correct)")  # fmt: skip
def fm13() -> Book:
    b, s = start()
    project(s, name="县级林下中药材种苗组培中心运行", unit=LAB,
            money_rows=one_year(120, 100, 20),
            goals=["全年出圃金线莲、铁皮石斛组培苗300万株（其中金线莲120万株、铁皮石斛"
                   "180万株），保存种质株系12个。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "组培苗出圃数量", "≥300万株"),
        (None, None, "其中：金线莲组培苗", "≥120万株"),
    ])  # fmt: skip
    notes(s, "（填表说明：三级指标可根据需要增行，指标值须可考核）", width=4)
    s.table([
        ("产出指标", "质量指标", "组培苗炼苗移栽成活率", "≥85%"),
        (None, None, "组培污染率", "≤5%"),
        (None, "时效指标", "组培苗出圃完成时间", "2026年11月30日前"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    indicators(s, ONE, [
        ("产出指标", "成本指标", "组培苗单株生产成本", "≤0.3元/株"),
        ("效益指标", "社会效益指标", "供苗合作社及企业", "≥8家"),
        (None, "可持续影响指标", "金线莲、铁皮石斛种质资源保存株系", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "用苗主体满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：1.组培苗出圃数量300万株为金线莲120万株与铁皮石斛180万株之和。",
        "2.单株生产成本按培养基、耗材和人工测算，300万株 × 0.3元 = 90万元，在项目资金内。",
    )
    signature(s, day(2025, 12, 18, CN_DATE), "黎若岚", "0597-6650912", "钟启航")
    return b


@variant("fm14-lab-two-row-header", (7, 11),
         "project, OLD-NAT, two-row header with 指标内容 and 绩效标准, operators in words, unit "
         "column, a 污染率 with 不超过 and a 下降率 with 不低于 (correct)")  # fmt: skip
def fm14() -> Book:
    b, s = start()
    project(s, name="组培中心无菌操作室改造及设备购置", unit=LAB,
            money_rows=one_year(65, 65, 0),
            goals=["改造无菌操作室4间，购置超净工作台6台，组培污染率降至3%以内。"])  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "无菌操作室改造", "不少于4", "间"),
        (None, None, "超净工作台购置数量", "不少于6", "台"),
        (None, "质量指标", "改造工程验收合格率", "不低于95", "%"),
        (None, None, "组培污染率", "不超过3", "%"),
        (None, "时效指标", "设备安装调试时限", "合同签订后30个工作日内", "工作日"),
        (None, "成本指标", "超净工作台购置单价", "不超过3.5", "万元/台"),
        ("效益指标", "经济效益指标", "组培污染损失下降率", "不低于20", "%"),
        (None, "可持续影响指标", "设备使用年限", "不少于8", "年"),
        ("满意度指标", "服务对象满意度指标", "组培技术人员满意度", "不低于90", "%"),
    ])  # fmt: skip
    return b


@variant("fm15-lab-template-wrong", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without "
         "a name, the goal's count against the indicator")  # fmt: skip
def fm15() -> Book:
    b, s = start()
    project(s, name="金线莲组培苗生产与供苗", unit=LAB, dept=AGRI,
            money_rows=one_year(75, 70, 5),
            goals=["全年出圃金线莲组培苗300万株，向林下种植户供苗，覆盖12个乡镇。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "组培苗出圃数量",
         mk("≥250万株", "D104", "warning", row=True,
            note="年度目标写出圃300万株，指标只要250万株")),
        (None, None, "供苗覆盖乡镇", "≥12个"),
        (None, "质量指标", "出圃苗合格率", "≥95%"),
        (None, "时效指标", "供苗完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "组培苗单株生产成本", "≤0.2元/株"),
        ("效益指标", "社会效益指标", "带动林下种植户", "≥200户"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板的二级指标行未填三级指标和指标值"), None, None),
        (None, "可持续影响指标",
         mk(None, "F110", "error", note="填了指标值“≥3年”却没有指标名称"), "≥3年"),
        ("满意度指标", "服务对象满意度指标", "用苗种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fm16-lab-money-wrong", (12,),
         "project, OLD-NAT, one value column, a detail block under the head: lines not adding "
         "to their 合计, a unit cost × count above the project's money")  # fmt: skip
def fm16() -> Book:
    b, s = start()
    project(s, name="组培中心培养基及耗材采购", unit=LAB,
            money_rows=one_year(60, 50, 10),
            goals=["采购培养基、组培瓶等耗材，全年生产组培苗200万株。"])  # fmt: skip
    s.row("支出明细", "项目", "金额（万元）", "测算依据", merge=[(4, 6)])
    s.table([
        (None, "培养基及试剂", wan(24), "按200万株需用量测算"),
        (None, "组培瓶及耗材", wan(18), "组培瓶6万个及封口膜等"),
        (None, "设备维护", wan(8), "灭菌锅、超净台年度维护"),
        (None, "技术人员劳务", wan(12), "临时技工4人"),
        (None, "合计", mk(wan(60), "B102", "error",
                          note="24 + 18 + 8 + 12 = 62 ≠ 合计 60"), None),
    ], merged=(1,))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "组培苗生产数量", "≥200万株"),
        (None, "质量指标", "组培苗合格率", "≥90%"),
        (None, "时效指标", "耗材采购完成时间", "2026年3月31日前"),
        (None, "成本指标", "组培苗单株耗材成本",
         mk("≤0.35元/株", "B107", "warning", row=True,
            note="0.35元/株 × 200万株 = 70万元，超过项目资金60万元")),
        ("效益指标", "社会效益指标", "保障林下种植用苗面积", "≥600亩"),
        ("满意度指标", "服务对象满意度指标", "用苗主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fm17-lab-second-sheet", (7, 9),
         "project: head and detail lines on 基本信息, the indicator table on a second sheet "
         "under 预期实现值, text =100% on a ceiling rate, a date cell (correct)")  # fmt: skip
def fm17() -> Book:
    b, s = start("基本信息")
    project(s, name="金线莲、铁皮石斛脱毒种苗检测能力建设", unit=LAB,
            money_rows=one_year(40, 40, 0),
            goals=["购置病毒检测设备3台套，全年检测组培苗150批次，检测结果全部建档。"])  # fmt: skip
    s.row("支出明细", "检测设备", wan(22), "试剂耗材", wan(10))
    s.row(None, "人员培训", wan(8), "合计", wan(40))
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "病毒检测设备购置", "≥3台套"),
        (None, None, "组培苗检测批次", "≥150批次"),
        (None, "质量指标", "检测结果建档率", "=100%"),
        (None, None, "检测报告准确率", pct(0.98)),
        (None, "时效指标", "设备安装完成时间", day(2026, 6, 30, CN_DATE)),
        (None, "成本指标", "单批次检测试剂成本", "≤600元/批次"),
        ("效益指标", "社会效益指标", "脱毒种苗供应主体", "≥6家"),
        ("满意度指标", "服务对象满意度指标", "送检主体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fm18-lab-artefacts-wrong", (9, 1),
         "project, OLD-NAT, one value column with typed percents: a coverage rate given as a "
         "count of batches, last year's deadline left in a date cell")  # fmt: skip
def fm18() -> Book:
    b, s = start()
    project(s, name="组培苗质量抽检与溯源", unit=LAB,
            money_rows=one_year(30, 30, 0),
            goals=["全年抽检组培苗120批次，出圃苗全部建立溯源档案。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "组培苗抽检批次", "≥120批次"),
        (None, "质量指标", "出圃苗溯源建档率", pct(1)),
        (None, None, "组培苗病毒检测覆盖率",
         mk("120批次", "T105", "error", note="覆盖率写成批次数")),
        (None, "时效指标", "年度抽检报告出具时间",
         mk(day(2025, 12, 15, CN_DATE), "Y102", "error", alt=("Y103",),
            note="2026年度项目的期限是2025年的日期（去年的表沿用）")),
        (None, "成本指标", "单批次抽检成本", "≤2000元/批次"),
        ("效益指标", "社会效益指标", "带动规范用苗种植户", "≥100户"),
        ("满意度指标", "服务对象满意度指标", "用苗主体满意度", "≥90%"),
    ])  # fmt: skip
    return b
