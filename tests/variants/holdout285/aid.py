"""Counterpart aid and aid construction (对口支援, 援建项目): si01–si06."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout285.common import (
    line,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout285.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD_PERIOD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")
OUT, EFF, SAT, COST = "产出指标", "效益指标", "满意度指标", "成本指标"
USERS = "服务对象满意度指标"


@variant("si01-aid-school-pct", (1, 12), "project, OLD-NAT, 援建 school, operator and "
         "unit columns, percentages typed in Excel, 万元 only in the number format "
         "(correct)")  # fmt: skip
def aid_school_pct() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澄湾市援建苍岘县第二中学教学楼项目",
                 dept="澄湾市对口支援工作领导小组办公室（318001）", unit="澄湾市援苍岘工作队",
                 money=one_year(1260, 1200, 60), attr="一次性项目",
                 goals=["建成苍岘县第二中学教学楼一栋并配套教学设备，建筑面积4200平方米，"
                        "新增学位900个，改善受援学校办学条件。"])  # fmt: skip
    table(s, HEAD6, [
        (OUT, "数量指标", "援建教学楼建筑面积", "≥", 4200, "平方米"),
        (None, None, "新增学位数", "≥", 900, "个"),
        (None, None, "配套多媒体教室数", "≥", 24, "间"),
        (None, "质量指标", "工程竣工验收合格率", "=", pct(1), "%"),
        (None, None, "教学设备安装调试合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "主体工程完工时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "教学楼建安单位造价", "≤", 2600, "元/平方米"),
        (None, None, "教学设备购置费用", "≤", 150, "万元"),
        (EFF, "社会效益指标", "受援学校大班额比例下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "教学楼设计使用年限", "≥", 50, "年"),
        (SAT, USERS, "受援学校师生满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "祁望舒", "0836-7714205", day(2024, 12, 6))
    return b


@variant("si02-aid-hospital-wrong", (1, 11), "project, OLD-NAT, 对口支援 hospital, operator and "
         "unit columns, typed percentages: a capped rate above 100 %, a 反向 rate with ≥, "
         "a cost cap with =")  # fmt: skip
def aid_hospital_wrong() -> Book:
    b, s = start()
    project_head(s, year=2025, name="霁川区对口支援赭岭县人民医院能力提升项目",
                 dept="澄湾市霁川区卫生健康局（306012）", unit="澄湾市霁川区人民医院",
                 money=one_year(480, 450, 30),
                 goals=["派驻医疗专家团队开展带教、培训和技术帮扶，提升赭岭县人民医院常见病、"
                        "多发病诊疗能力。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", row=True, note="a 合格率 cannot exceed 100 %")
    infection = mk("≥", "T108", "warning", row=True, note="院内感染发生率 is 反向: ≤ expected")
    device = mk("=", "T108", "warning", row=True, note="= on a cost cap: ≤ expected")
    table(s, HEAD6, [
        (OUT, "数量指标", "派驻医疗专家人数", "≥", 12, "人"),
        (None, None, "带教手术台次", "≥", 300, "台次"),
        (None, None, "培训本地医护人员人次", "≥", 600, "人次"),
        (None, "质量指标", "带教医护人员考核合格率", "≥", over, "%"),
        (None, None, "院内感染发生率", infection, pct(0.02), "%"),
        (None, "时效指标", "专家到岗时间", "≤", day(2025, 3, 31, CN_DATE), None),
        (None, "成本指标", "专家派驻生活补助标准", "≤", 300, "元/人·天"),
        (None, None, "医疗设备购置费用", device, 180, "万元"),
        (EFF, "社会效益指标", "县域内就诊率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "院际长效帮扶机制", None, "建立并执行", None),
        (SAT, USERS, "患者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郑雁秋", "0836-7720913", day(2024, 12, 9))
    return b


def _stacked(s: Sheet, title: str | None, name: str, unit: str, money: list[tuple[Any, ...]],
             goal: str, rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    """One of several projects stacked in a sheet, each with its head and its own table."""
    if title == "":
        s.skip()
    project_head(s, year=2025, name=name, dept="澄湾市浦沅区发展和改革局（311004）", unit=unit,
                 money=money, goals=[goal], title=title, attr="一次性项目")  # fmt: skip
    table(s, HEAD4, rows)


@variant("si03-aid-stacked", (2,), "three 援建 projects stacked in one sheet, OLD-NAT, one value "
         "column; the same indicator names with different values in different projects "
         "(correct)")  # fmt: skip
def aid_stacked() -> Book:
    b, s = start("援建项目")
    _stacked(s, None, "墨垣县城关镇农贸市场改造项目", "墨垣县商务局", one_year(320, 300, 20),
             "完成城关镇农贸市场改造，规范经营秩序，方便群众生活。", [
        (OUT, "数量指标", "农贸市场改造面积", "≥2600平方米"),
        (None, None, "改造标准摊位数", "≥180个"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "改造单位成本", "≤1100元/平方米"),
        (EFF, "经济效益指标", "市场年交易额增长率", "≥15%"),
        (None, "社会效益指标", "项目受益群众人数", "≥8500人"),
        (SAT, USERS, "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    _stacked(s, "", "墨垣县村卫生室标准化建设项目", "墨垣县卫生健康局", one_year(186, 180, 6),
             "完成村卫生室标准化建设，改善农村基层医疗条件。", [
        (OUT, "数量指标", "标准化村卫生室建设数", "≥14个"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年9月30日前"),
        (None, "成本指标", "单个卫生室建设补助标准", "≤12万元/个"),
        (EFF, "社会效益指标", "项目受益群众人数", "≥21000人"),
        (None, None, "行政村卫生室标准化覆盖率", "=100%"),
        (SAT, USERS, "受益群众满意度", "≥92%"),
    ])  # fmt: skip
    _stacked(s, "", "墨垣县职业高级中学实训设备援建项目", "墨垣县教育体育局",
             one_year(145, 130, 15), "为职业高级中学配齐实训设备，提升学生实操技能。", [
        (OUT, "数量指标", "购置实训设备数量", "≥60台套"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备到位时间", "2025年8月31日前"),
        (None, "成本指标", "设备平均采购单价", "≤2.2万元/台套"),
        (EFF, "社会效益指标", "年实训学生人次", "≥2400人次"),
        (None, "可持续影响指标", "设备使用年限", "≥8年"),
        (SAT, USERS, "实训学生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦楚材", "0839-6651872", day(2024, 12, 2))
    return b


@variant("si04-aid-stacked-wrong", (2, 12), "two 援建 projects stacked in one sheet, OLD-NAT, "
         "one value column: the second project's total is not its parts, and one of its rates "
         "is given as a count")  # fmt: skip
def aid_stacked_wrong() -> Book:
    b, s = start("援建项目")
    _stacked(s, None, "朔磐县易地搬迁安置点配套道路项目", "朔磐县交通运输局",
             one_year(400, 360, 40), "新建安置点配套硬化道路，解决搬迁群众出行难题。", [
        (OUT, "数量指标", "新建硬化道路里程", "≥6.5公里"),
        (None, "质量指标", "道路工程验收合格率", "=100%"),
        (None, "时效指标", "完工时间", "2025年11月30日前"),
        (None, "成本指标", "道路建设单位造价", "≤55万元/公里"),
        (EFF, "社会效益指标", "受益搬迁群众人数", "≥2600人"),
        (None, "可持续影响指标", "道路设计使用年限", "≥15年"),
        (SAT, USERS, "搬迁群众满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(wan(260), "B101", "error", row=True, note="财政拨款 220 + 其他资金 30 = 250")
    rate = mk("≥1200户", "T105", "error", note="a 普及率 needs a percentage, not 户")
    _stacked(s, "", "朔磐县农村饮水安全巩固提升项目", "朔磐县水务局",
             one_year(total, 220, 30), "新建集中供水工程并铺设管网，巩固农村饮水安全。", [
        (OUT, "数量指标", "新建集中供水工程处数", "≥5处"),
        (None, None, "铺设供水管网长度", "≥38公里"),
        (None, "质量指标", "出厂水质检测达标率", "≥95%"),
        (None, "时效指标", "完工时间", "2025年10月31日前"),
        (None, "成本指标", "管网铺设单位成本", "≤5.5万元/公里"),
        (EFF, "社会效益指标", "农村自来水普及率", rate),
        (None, None, "受益群众人数", "≥4800人"),
        (SAT, USERS, "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦楚材", "0839-6651872", day(2024, 12, 3))
    return b


@variant("si05-aid-multi-year", (8,), "three-year 援建 industrial park, NAT-2021, 中期 "
         "and 年度 value columns: counts smaller in the year, rates and unit costs equal "
         "(correct)")  # fmt: skip
def aid_multi_year() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="霁川区援建赭岭县特色产业园项目",
                 dept="澄湾市霁川区发展和改革局（306001）", unit="赭岭县特色产业园管理委员会",
                 money=multi_year((2400, 2100, 300), (900, 800, 100)), attr="新增项目",
                 goals=["2025年—2027年建成标准化厂房9000平方米，引进企业12家以上，带动当地群众"
                        "就业800人以上。", "2025年建成标准化厂房3500平方米，引进企业4家以上，"
                        "带动当地群众就业300人以上。"])  # fmt: skip
    table(s, HEAD_PERIOD, [
        (OUT, "数量指标", "建成标准化厂房面积", "≥9000平方米", "≥3500平方米"),
        (None, None, "引进入园企业数", "≥12家", "≥4家"),
        (None, "质量指标", "厂房竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        (COST, "经济成本指标", "标准化厂房建设单位造价", "≤2300元/平方米", "≤2300元/平方米"),
        (EFF, "经济效益指标", "入园企业销售收入年均增长率", "≥10%", "≥10%"),
        (None, "社会效益指标", "带动当地群众就业人数", "≥800人", "≥300人"),
        (None, "可持续影响指标", "援建资产移交管护机制", "健全", "健全"),
        (SAT, USERS, "入园企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "陶既明", "0832-4417306", day(2024, 11, 28))
    return b


@variant("si06-aid-multi-year-copied", (8, 4), "three-year 组团式 teaching aid, OLD-NAT, 中期 "
         "and 年度 columns, a 说明 row inside the table and 填表说明 under it: 中期目标 copied "
         "into 年度目标, two cumulative counts copied into the year")  # fmt: skip
def aid_multi_year_copied() -> Book:
    b, s = start()
    goal = "组织澄湾市骨干教师赴苍岘县支教，培训当地教师，提升受援学校教育教学质量和管理水平。"
    same = "a 3-year project: the 年度目标 repeats the 中期目标 word for word"
    project_head(s, year=2025, years=3, name="澄湾市对口支援苍岘县组团式教育帮扶项目",
                 dept="澄湾市教育局（302001）", unit="澄湾市援苍岘教育工作组",
                 money=multi_year((1500, 1350, 150), (500, 450, 50)),
                 goals=[goal, mk(goal, "D204", "warning", note=same)])  # fmt: skip
    copied = "a count over 2025–2027 copied into the 2025 column"
    table(s, HEAD_PERIOD, [
        (OUT, "数量指标", "选派支教教师人次", "≥150人次", mk("≥150人次", "D202", "warning",
                                                            note=copied)),
        (None, None, "培训本地教师人次", "≥1800人次", mk("≥1800人次", "D202", "warning",
                                                          note=copied)),
        (None, None, "开展送教下乡活动场次", "≥60场", "≥20场"),
        (None, "质量指标", "支教教师年度考核合格率", "=100%", "=100%"),
        (None, "时效指标", "支教教师到岗及时率", "≥95%", "≥95%"),
        (None, "成本指标", "支教教师生活补助标准", "≤4000元/人·月", "≤4000元/人·月"),
    ])  # fmt: skip
    line(s, "说明：支教教师人次、培训人次、送教下乡场次均按实施期累计统计。", 5)
    s.table([
        (EFF, "社会效益指标", "受援学校学业水平考试合格率提升幅度", "≥5百分点", "≥2百分点"),
        (None, "可持续影响指标", "本地骨干教师培养机制", "健全", "健全"),
        (SAT, USERS, "受援学校师生满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.中期指标值填写实施期累计目标；2.年度指标值填写本年度目标。",
          "3.定性指标填写“健全”“完善”等等级。", width=5)  # fmt: skip
    sign(s, "陶既明", "0832-4417318", day(2024, 12, 12))
    return b
