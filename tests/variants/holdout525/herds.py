"""Reindeer-herding returns (bo01–bo06): winter feeding, vaccination, breeding, enclosures,
a visitor camp and antler processing."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout525.common import (
    CULTURE,
    FORESTRY,
    T3,
    TOWN,
    first_sheet,
    indicators,
    money_rows,
    notes,
    period_rows,
    signature,
)
from tests.variants.holdout525.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("bo01-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percents typed in Excel, 万元 in the "
         "number format, a date cell as a deadline (correct)")  # fmt: skip
def bo01() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="沃勒坎驯鹿越冬补饲项目", dept=FORESTRY,
                 unit="沃勒坎猎民乡驯鹿饲养合作社", money=money_rows(60, 50, 10),
                 goals=["为12个放养点约860头驯鹿补饲越冬苔藓和精料。"])  # fmt: skip
    indicators(s, (*T3, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "越冬补饲驯鹿数量", "≥", 800, "头"),
        (None, None, "补饲放养点个数", "=", 12, "个"),
        (None, "质量指标", "驯鹿越冬存活率", "≥", pct(0.95), "%"),
        (None, "时效指标", "补饲物资运抵放养点时间", "≤", day(2025, 11, 30), None),
        (None, "成本指标", "每头驯鹿补饲标准", "≤", 600, "元/头"),
        ("效益指标", "经济效益指标", "鹿茸销售户均增收", "≥", 1500, "元/户"),
        (None, "社会效益指标", "驯鹿冬季疫病发病率", "≤", pct(0.03), "%"),
        (None, "可持续影响指标", "驯鹿种群数量增长率", "≥", pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "养鹿户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "敖兰图", "0471-6582134", day(2024, 11, 12))
    return b


@variant("bo02-direction-inline", (11,),
         "project, NAT-2021, operators inside the values: a 正向 count with ≤, a cost with =, "
         "a 反向 rate with ≥")  # fmt: skip
def bo02() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="驯鹿春秋两季防疫项目", dept=FORESTRY,
                 unit="北樾县动物疫病预防控制中心", money=money_rows(12, 10, 2),
                 goals=["完成驯鹿春秋两季免疫和巡回诊疗，降低腐蹄病发病。"])  # fmt: skip
    indicators(s, (*T3, "指标值"), [
        ("产出指标", "数量指标", "驯鹿口蹄疫疫苗免疫头数",
         mk("≤1200头", "T108", "warning", row=True, note="正向的产出数量写成上限")),
        (None, None, "巡回诊疗次数", "≥4次"),
        (None, "质量指标", "免疫抗体合格率", "≥90%"),
        (None, "时效指标", "春季免疫完成时间", "5月31日前"),
        ("成本指标", "经济成本指标", "每头驯鹿防疫成本",
         mk("=45元/头", "T108", "warning", row=True, alt=("T117",), note="成本上限写成 =")),
        ("效益指标", "社会效益指标", "驯鹿腐蹄病发病率",
         mk("≥5%", "T108", "warning", row=True, note="反向的发病率写成 ≥")),
        (None, "可持续影响指标", "驯鹿防疫档案建档率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养鹿户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "乌日娜", "0471-6582217", day(2024, 11, 15))
    return b


@variant("bo03-multi-year-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: two cumulative counts copied from "
         "the 中期 column")  # fmt: skip
def bo03() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, years=3, name="驯鹿种群选育改良项目", dept=FORESTRY,
                 unit=f"{TOWN}驯鹿饲养合作社", money=period_rows((180, 150, 30), (60, 50, 10)),
                 goals=["三年引进种公鹿60头，建成3个选育核心群和36公里轮牧围栏。",
                        "2025年引进种公鹿20头，建成1个选育核心群和12公里轮牧围栏。"],
                 attr="新增项目")  # fmt: skip
    indicators(s, (*T3, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "引进种公鹿数量", "≥60头",
         mk("≥60头", "D202", "warning", note="年度目标是20头，年度值照抄中期")),
        (None, None, "新建轮牧围栏长度", "≥36公里", "≥12公里"),
        (None, None, "建成选育核心群个数", "≥3个",
         mk("≥3个", "D202", "warning", note="年度目标是1个，年度值照抄中期")),
        (None, "质量指标", "种公鹿检疫合格率", "=100%", "=100%"),
        (None, "时效指标", "年度引种完成时间", "每年9月30日前", "9月30日前"),
        (None, "成本指标", "种公鹿引进单价", "≤8000元/头", "≤8000元/头"),
        ("效益指标", "经济效益指标", "幼鹿成活率提高", "≥5百分点", "≥2百分点"),
        (None, "可持续影响指标", "核心群选育档案完整率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养鹿户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "敖兰图", "0471-6582134", day(2024, 11, 12))
    return b


@variant("bo04-points-two-levels", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a rate raised in 百分点, an incident count of 0起 (correct)")  # fmt: skip
def bo04() -> Book:
    b, s = first_sheet(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=2025, name="驯鹿圈舍修缮及定位项圈配置项目", dept=FORESTRY,
                 unit=f"{TOWN}人民政府", money=money_rows(80, 70, 10),
                 goals=["修缮驯鹿圈舍20座，为300头驯鹿佩戴定位项圈。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "驯鹿圈舍修缮座数", "≥20座", 10),
        (None, None, None, "定位项圈佩戴头数", "≥300头", 10),
        (None, None, "质量指标", "圈舍修缮验收合格率", "=100%", 10),
        (None, None, "时效指标", "项圈安装完成时间", "8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "每座圈舍修缮费用", "≤1.5万元/座", 10),
        ("效益指标", 30, "社会效益指标", "走失驯鹿找回率提高", "≥10百分点", 15),
        (None, None, None, "狼害致驯鹿死亡事件", "0起", 15),
        ("满意度指标", 20, "服务对象满意度指标", "养鹿户满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值分别合计为100分，评分时只按三级指标计分。")
    return b


@variant("bo05-content-standard", (7, 5),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, abbreviated tier labels, a ★ core "
         "indicator, a 备注 column (correct)")  # fmt: skip
def bo05() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="驯鹿文化观光接待点建设项目", dept=CULTURE,
                 unit=f"{TOWN}人民政府", money=money_rows(70, 60, 10),
                 goals=["建成2处驯鹿文化观光接待点，7月起接待游客，带动猎民增收。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("产出", "数量", "★观光接待点建成个数", "≥2个", "核心指标"),
        (None, None, "接待点驯鹿饲养员培训人次", "≥40人次", None),
        (None, "质量", "接待点消防验收合格率", pct(1), None),
        (None, "时效", "接待点开放时间", "2025年7月1日前", None),
        (None, "成本", "接待点单个建设造价", "≤25万元/个", "含驯鹿围栏"),
        ("效益", "经济效益", "带动猎民户均旅游增收", "≥3000元/户", None),
        (None, "社会效益", "游客投诉率", "≤2%", None),
        (None, "可持续影响", "接待点持续运营年限", "≥5年", None),
        ("满意度", "服务对象满意度", "游客满意度", "≥88%", None),
    ])  # fmt: skip
    signature(s, "图雅", "0471-6590348", day(2024, 11, 20))
    return b


@variant("bo06-second-sheet", (7, 5),
         "project, NAT-2021: head on the first sheet, the table on a second sheet under "
         "预期实现值; a rate given as a count and a tier-2 under the wrong tier-1")  # fmt: skip
def bo06() -> Book:
    b, s = first_sheet("项目信息")
    project_head(s, year=2025, name="鹿茸规范化加工项目", dept=FORESTRY,
                 unit=f"{TOWN}驯鹿饲养合作社", money=money_rows(25, 20, 5),
                 goals=["建成鹿茸初加工间1处，规范加工鹿茸300副以上。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("鹿茸规范化加工项目绩效指标", 4)
    indicators(t, (*T3, "预期实现值"), [
        ("产出指标", "数量指标", "鹿茸规范加工数量", "≥300副"),
        (None, "质量指标", "鹿茸加工合格率",
         mk("280副", "T105", "error", note="合格率给成副数，不是百分比")),
        (None, "时效指标", "加工季完成时间", "8月31日前"),
        (None, mk("可持续影响指标", "F105", "error", note="可持续影响指标属于效益指标"),
         "加工设备持续使用年限", "≥8年"),
        ("成本指标", "经济成本指标", "每副鹿茸加工成本", "≤350元/副"),
        ("效益指标", "经济效益指标", "鹿茸产品销售收入增长率", "≥8%"),
        (None, "社会效益指标", "带动猎民就业人数", "≥12人"),
        ("满意度指标", "服务对象满意度指标", "养鹿户满意度", "≥90%"),
    ])  # fmt: skip
    return b
