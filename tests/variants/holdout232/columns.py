"""Project tables with the value split over columns: 中期 and 年度 columns, an operator column
(symbols or words), a unit column, a direction column with points, a 设定依据 column
(qh07–qh12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout232.common import (
    OPS,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout232.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qh07-digital-clinics-period", (1, 8), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: counts annual < period, rates equal in both, 100% typed in Excel, "
         "a 差错发生率 per 10万剂次 (correct)")  # fmt: skip
def qh07() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="数字化预防接种门诊建设项目",
        dept="梧江市卫生健康委员会（301）", unit="梧江市疾病预防控制中心",
        money=period_money((wan(960), wan(900), wan(60)), (wan(350), wan(330), wan(20))),
        goals=["2026年—2028年建成数字化预防接种门诊36个，配置冷链温度自动监测设备120台，实现疫苗"
               "出入库全程扫码追溯。",
               "2026年建成数字化预防接种门诊12个，配置冷链温度自动监测设备40台，接种信息电子化"
               "登记率达到98%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "数字化预防接种门诊建设数", "≥36个", "≥12个"),
        (None, None, "冷链温度自动监测设备配置数", "≥120台", "≥40台"),
        (None, "质量指标", "接种信息电子化登记率", "≥98%", "≥98%"),
        (None, None, "疫苗出入库扫码追溯率", pct(1), pct(1)),
        (None, None, "适龄儿童免疫规划疫苗接种率", "≥95%", "≥95%"),
        (None, "时效指标", "门诊建设完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个数字化接种门诊建设成本", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "社会效益指标", "疫苗储存温度超标率", "≤1%", "≤1%"),
        (None, None, "预防接种差错发生率", "≤0.5/10万剂次", "≤0.5/10万剂次"),
        (None, "可持续影响指标", "数字化门诊运维管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受种者及监护人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "莫清扬", "韩书敏", "0774-28301966")
    return b


@variant("qh08-mental-health-word-ops", (1, 11), "one-year project, NAT-2021, operator column "
         "in words and a unit column: 102% typed in Excel on a 规范管理率, 大于等于 on a "
         "死亡率 per 10万")  # fmt: skip
def qh08() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 12, 12, 12))
    project_head(
        s, year=2026, name="严重精神障碍患者管理和心脑血管疾病防治项目",
        dept="松岭县卫生健康局（109）", unit="松岭县精神卫生中心、县疾病预防控制中心",
        money=one_year_money(wan(176), wan(176), wan(0)),
        goals=["2026年对在册3200名严重精神障碍患者开展随访管理，筛查心脑血管疾病高危人群1.5万人，"
               "降低心脑血管疾病死亡率。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "在册严重精神障碍患者随访管理人数", "大于等于", 3200, "人"),
        (None, None, "心脑血管疾病高危人群筛查人数", "大于等于", 1.5, "万人"),
        (None, "质量指标", "严重精神障碍患者规范管理率", "大于等于",
         mk(pct(1.02), "T106", "error", row=True, note="102% typed in Excel"), "%"),
        (None, None, "在册患者服药率", "大于等于", 80, "%"),
        (None, "时效指标", "患者随访信息录入及时率", "大于等于", 95, "%"),
        ("成本指标", "经济成本指标", "每名患者年均随访管理成本", "小于等于", 300, "元/人"),
        ("效益指标", "社会效益指标", "心脑血管疾病死亡率",
         mk("大于等于", "T108", "warning", row=True, note="a 死亡率 is 反向"), 190, "1/10万"),
        (None, None, "患者肇事肇祸案事件发生率", "小于等于", 0.5, "1/10万"),
        (None, "可持续影响指标", "精神卫生综合管理小组工作机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "患者家属满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "钟启明", "宁可欣", "0739-45109283")
    return b


@variant("qh09-cancer-screening-points", (1, 5, 10, 11), "one-year project, NAT-2021, numbered "
         "tier labels with points, direction, operator and unit columns, 分值 adding to 100 "
         "and a 合计 row, 95% typed in Excel, =100% and 百分点 (correct)")  # fmt: skip
def qh09() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 10, 8, 10, 12, 8))
    project_head(
        s, year=2025, name="农村妇女宫颈癌和乳腺癌筛查项目", dept="临澜县卫生健康局（225）",
        unit="临澜县妇幼保健院",
        money=one_year_money(wan(230), wan(210), wan(20)),
        goals=["2025年为农村适龄妇女开展宫颈癌筛查1.2万人、乳腺癌筛查1.2万人，筛查结果异常人员"
               "全部纳入随访管理。"],
    )  # fmt: skip
    p1, p2, p3 = "一、产出指标（40分）", "二、成本指标（20分）", "三、效益指标（30分）"
    indicators(s, (*OPS[:3], "指标方向", "比较符", "指标值", "计量单位", "分值"), [
        (p1, "1.数量指标", "农村适龄妇女宫颈癌筛查人数", "正向", "≥", 12000, "人", 8),
        (None, None, "农村适龄妇女乳腺癌筛查人数", "正向", "≥", 12000, "人", 8),
        (None, "2.质量指标", "筛查结果异常人员随访管理率", "正向", "=", 100, "%", 8),
        (None, None, "筛查信息系统录入准确率", "正向", "≥", pct(0.95), None, 8),
        (None, "3.时效指标", "筛查结果告知时限", "反向", "≤", 30, "个工作日", 8),
        (p2, "1.经济成本指标", "宫颈癌筛查每例补助标准", "反向", "≤", 95, "元/例", 10),
        (None, None, "乳腺癌筛查每例补助标准", "反向", "≤", 80, "元/例", 10),
        (p3, "1.社会效益指标", "妇女两癌防治核心知识知晓率", "正向", "≥", 85, "%", 10),
        (None, None, "宫颈癌筛查阳性病例漏诊率", "反向", "≤", 2, "%", 10),
        (None, None, "两癌早诊率较上年提高", "正向", "≥", 1, "百分点", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "受检妇女满意度", "正向", "≥", 90,
         "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, None, 100, merge=[(1, 7)])
    sign(s, "覃雨桐", "黄柏林", "0775-36225190")
    return b


@variant("qh10-family-doctor-period", (8,), "three-year project, NAT-2021, 中期 and 年度 "
         "columns: an annual 培训人次 above the period's, a 随访率 given as 人次 in the annual "
         "column")  # fmt: skip
def qh10() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2025, years=3, name="家庭医生签约服务能力提升项目",
        dept="长汀市卫生健康委员会（118）", unit="长汀市基层卫生指导中心",
        money=period_money((wan(1500), wan(1350), wan(150)), (wan(520), wan(470), wan(50))),
        goals=["2025年—2027年完成家庭医生转岗培训450人，建成标准化签约服务站30个，重点人群签约"
               "服务覆盖率达到80%以上。",
               "2025年完成家庭医生转岗培训150人，建成标准化签约服务站10个，重点人群签约服务覆盖"
               "率达到75%以上。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "家庭医生转岗培训人数", "≥450人", "≥150人"),
        (None, None, "家庭医生团队骨干培训人次", "≥1200人次",
         mk("≥1500人次", "D201", "error", row=True, note="annual count above the period's")),
        (None, None, "标准化签约服务站建设数", "≥30个", "≥10个"),
        (None, "质量指标", "签约居民规范化随访率", "≥85%",
         mk("≥2.4万人次", "T105", "error", row=True, note="a 随访率 given as 人次")),
        (None, None, "培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度培训任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均转岗培训成本", "≤2.8万元/人", "≤2.8万元/人"),
        ("效益指标", "社会效益指标", "重点人群签约服务覆盖率", "≥80%", "≥75%"),
        (None, None, "签约居民基层首诊率", "≥65%", "≥60%"),
        (None, "可持续影响指标", "家庭医生激励机制", "健全", "逐步完善"),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "曾涵", "欧阳启", "0597-68118024")
    return b


@variant("qh11-birth-defects-basis", (1, 7, 11), "one-year project, NAT-2021, 指标性质 holding "
         "the operator, a 度量单位 column left empty for percentages typed in Excel (98%, 95%), "
         "a 发生率 in ‰, a 指标值设定依据 column (correct)")  # fmt: skip
def qh11() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 12, 10, 14))
    project_head(
        s, year=2026, name="出生缺陷综合防治项目", dept="鹤川县卫生健康局（327）",
        unit="鹤川县妇幼保健计划生育服务中心",
        money=one_year_money(wan(415.8), wan(395.8), wan(20)),
        goals=["2026年为5200名孕妇提供产前筛查，为5000名新生儿开展遗传代谢性疾病筛查，新生儿听力"
               "筛查率达到95%以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "指标值设定依据")
    indicators(s, head, [
        ("产出指标", "数量指标", "产前筛查人数", "≥", 5200, "人", "计划标准"),
        (None, None, "新生儿遗传代谢性疾病筛查人数", "≥", 5000, "人", "计划标准"),
        (None, "质量指标", "新生儿遗传代谢性疾病筛查率", "≥", pct(0.98), None, "行业标准"),
        (None, None, "新生儿听力筛查率", "≥", pct(0.95), None, "行业标准"),
        (None, None, "高风险孕妇产前诊断率", "≥", pct(0.9), None, "历史标准"),
        (None, "时效指标", "筛查阳性结果召回时限", "≤", 7, "天", "行业标准"),
        ("成本指标", "经济成本指标", "产前筛查每例补助标准", "≤", 300, "元/例", "计划标准"),
        (None, None, "新生儿疾病筛查每例补助标准", "≤", 150, "元/例", "计划标准"),
        ("效益指标", "社会效益指标", "严重致死致残出生缺陷发生率", "≤", 1.2, "‰", "历史标准"),
        (None, None, "出生缺陷防治知识知晓率", "≥", pct(0.8), None, "历史标准"),
        (None, "可持续影响指标", "出生缺陷三级防治网络", "定性", "健全", None, "其他标准"),
        ("满意度指标", "服务对象满意度指标", "受检孕妇满意度", "≥", pct(0.9), None, "行业标准"),
    ])  # fmt: skip
    note(s, "注：出生缺陷发生率以每千名围产儿计（‰）。", 7)
    sign(s, "宋语桐", "石宏远", "0827-51327648")
    return b


@variant("qh12-surveillance-units", (1, 11), "one-year project, NAT-2021, operator and unit "
         "columns: 95% typed in Excel beside a ‰ unit, "
         "a 发病率 named per 10万 given in ‰")  # fmt: skip
def qh12() -> Book:
    b, s = book("Sheet1", (14, 16, 34, 10, 12, 12))
    project_head(
        s, year=2025, name="传染病监测与突发公共卫生事件应急处置项目",
        dept="鸣沙市卫生健康委员会（402）", unit="鸣沙市疾病预防控制中心",
        money=one_year_money(wan(245), wan(225), wan(20)),
        goals=["2025年运行传染病监测哨点24个，开展突发公共卫生事件应急演练6次，及时规范处置各类"
               "突发公共卫生事件。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "传染病监测哨点数", "≥", 24, "个"),
        (None, None, "突发公共卫生事件应急演练次数", "≥", 6, "次"),
        (None, "质量指标", "传染病疫情报告及时率", "≥",
         mk(pct(0.95), "T112", "error", row=True, note="95% beside a ‰ unit column"), "‰"),
        (None, None, "传染病报告卡填报准确率", "≥", 98, "%"),
        (None, "时效指标", "突发事件信息报告时限", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "每个监测哨点年度运行经费", "≤", 6, "万元/个"),
        ("效益指标", "社会效益指标", "甲乙类传染病报告发病率（1/10万）", "≤",
         mk(2.1, "T119", "warning", row=True, alt=("T112",), note="named per 10万, given in ‰"),
         "‰"),
        (None, None, "突发公共卫生事件规范处置率", "=", 100, "%"),
        (None, "可持续影响指标", "传染病多点触发监测预警机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "基层医疗机构对疾控技术指导满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "冯嘉禾", "陆芷若", "0937-62402851")
    return b
