"""Kiln returns (vh01–vh06): retrofits, stacked kiln projects, direction columns, points."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout362.common import book, indicators, notes, one_year, sign
from tests.variants.holdout362.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "vh01-kiln-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, rates typed as "
    "Excel percent cells, 万元 in the number format (correct)",
)
def vh01() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="窑湾镇气窑与柴窑节能改造项目",
        dept="埏陶市陶瓷产业局（317）",
        unit="窑湾镇人民政府",
        money=one_year(320, 280, 40),
        goals=["完成12座气窑燃烧系统改造和2座柴窑窑体修缮，单位产品烧成能耗下降8%以上。"],
    )
    rows = [
        ("产出指标", "数量指标", "气窑燃烧系统节能改造", "≥", 12, "座"),
        (None, None, "柴窑窑体修缮", "≥", 2, "座"),
        (None, "质量指标", "改造窑炉验收合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "改造工程按期完工率", "=", pct(1), "%"),
        (None, "成本指标", "单座气窑改造成本", "≤", 22, "万元/座"),
        ("效益指标", "经济效益指标", "单位产品烧成能耗下降率", "≥", pct(0.08), "%"),
        (None, "生态效益指标", "窑炉烟气颗粒物超标排放次数", "≤", 0, "次"),
        (None, "可持续影响指标", "改造窑炉稳定运行年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "窑户满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, HEAD6, rows)
    sign(s, "柯望舒", "0797-6312408", day(2024, 12, 16))
    return b


@variant(
    "vh02-kiln-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells: a capped rate above 100 %, an accident rate with ≥",
)
def vh02() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="坯溪镇日用瓷窑炉安全巡检项目",
        dept="埏陶市应急管理局（322）",
        unit="坯溪镇安全生产监督站",
        money=one_year(86, 80, 6),
        goals=["全年巡检日用瓷企业窑炉160座次，整改窑炉燃气管线隐患，杜绝较大安全事故。"],
    )
    rows = [
        ("产出指标", "数量指标", "窑炉安全巡检", "≥", 160, "座次"),
        (None, None, "燃气管线隐患整改", "≥", 40, "处"),
        (
            None,
            "质量指标",
            "隐患整改复查合格率",
            "≥",
            mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100 %"),
        ),
        (None, "时效指标", "隐患整改完成时限", "≤", 15, "个工作日"),
        (None, "成本指标", "单座次巡检成本", "≤", 0.4, "万元/座次"),
        (
            "效益指标",
            "社会效益指标",
            "窑炉安全事故发生率",
            mk("≥", "T108", "warning", row=True, note="发生率 is 反向: ≥ sets a floor"),
            pct(0.01),
            "%",
        ),
        (None, "可持续影响指标", "窑炉安全巡检制度", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, HEAD6, rows)
    sign(s, "甘穗宁", "0797-6320551", day(2024, 12, 9))
    return b


@variant(
    "vh03-stacked-kilns",
    (2,),
    "two kiln projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values (correct)",
)
def vh03() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="窑湾镇龙窑窑址保护性修缮项目",
        dept="埏陶市文物局（405）",
        unit="窑湾镇文化站",
        money=one_year(140, 120, 20),
        goals=["修缮龙窑窑身46米及窑棚，完成窑址本体加固。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "修缮龙窑窑身长度", "≥46米"),
            (None, None, "窑工技能培训人次", "≥80人次"),
            (None, "质量指标", "修缮工程验收合格率", "=100%"),
            (None, "时效指标", "修缮工程完工时间", "2025年11月30日前"),
            (None, "成本指标", "窑身修缮单价", "≤2.5万元/米"),
            ("效益指标", "社会效益指标", "窑址对外开放天数", "≥200天"),
            ("满意度指标", "服务对象满意度指标", "参观群众满意度", "≥90%"),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2025,
        name="坯溪镇馒头窑烧制技艺实训项目",
        dept="埏陶市文物局（405）",
        unit="坯溪镇陶瓷职业技能培训站",
        money=one_year(48, 40, 8),
        title="",
        goals=["利用修复的馒头窑开展烧制实训，培养青年窑工。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "窑工技能培训人次", "≥150人次"),
            (None, None, "实训烧窑窑次", "≥12窑次"),
            (None, "质量指标", "学员结业考核合格率", "≥85%"),
            (None, "时效指标", "实训完成时间", "2025年12月20日前"),
            (None, "成本指标", "人均培训成本", "≤0.3万元/人次"),
            ("效益指标", "社会效益指标", "学员就业率", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vh04-stacked-defects",
    (2, 12),
    "two kiln projects stacked, OLD-NAT, one value column: "
    "the second project's total does not add up, one of its rates given as a count",
)
def vh04() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=2025,
        name="瓷源区窑炉煤改气补助项目",
        dept="埏陶市陶瓷产业局（317）",
        unit="瓷源区经济发展局",
        money=one_year(260, 230, 30),
        goals=["补助36家陶瓷企业完成窑炉煤改气，减少燃煤使用。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "煤改气补助企业数", "≥36家"),
            (None, "质量指标", "改造窑炉验收合格率", "≥95%"),
            (None, "时效指标", "补助资金拨付时限", "≤30个工作日"),
            (None, "成本指标", "每家企业补助标准", "≤7万元/家"),
            ("效益指标", "生态效益指标", "年减少燃煤量", "≥5000吨"),
            ("满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%"),
        ],
    )
    s.skip()
    total = mk(180, "B101", "error", note="150 + 20 = 170, not 180")
    project_head(
        s,
        year=2025,
        name="瓷源区古窑址巡护项目",
        dept="埏陶市文物局（405）",
        unit="瓷源区文物管理所",
        money=one_year(total, 150, 20),
        title="",
        goals=["对区内23处古窑址开展日常巡护，建立巡护档案。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "古窑址巡护处数", "≥23处"),
            (
                None,
                "质量指标",
                "古窑址巡查覆盖率",
                mk("36次", "T105", "error", note="a 覆盖率 needs a %"),
            ),
            (None, "时效指标", "险情上报时限", "≤24小时"),
            (None, "成本指标", "每处窑址年巡护经费", "≤6万元/处"),
            ("效益指标", "社会效益指标", "古窑址人为破坏事件", "≤0起"),
            ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vh05-direction-column",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), "
    "指标方向 as operator in words, bare numbers with a unit column",
)
def vh05() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="陶瓷园区窑炉烟气在线监测项目",
        dept="埏陶市生态环境局（330）",
        unit="埏陶市陶瓷工业园区管委会",
        money=one_year(150, 150, 0),
        goals=["为园区15座隧道窑安装烟气在线监测设备，数据实时上传。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "烟气在线监测设备安装", "正向", "大于等于", 15, "台"),
        (
            None,
            None,
            "培训持证监测运维人员",
            "正向",
            mk("小于等于", "T108", "warning", row=True, note="a 正向 count capped by ≤"),
            60,
            "人",
        ),
        (None, "质量指标", "监测数据有效传输率", "正向", "大于等于", 95, "%"),
        (
            None,
            None,
            "出窑产品抽检合格率",
            "正向",
            "大于等于",
            mk(1200, "T105", "error", row=True, note="a 合格率 given as a count of pieces"),
            "件",
        ),
        (
            None,
            None,
            "瓷坯干燥开裂率",
            "反向",
            mk("大于等于", "T108", "warning", row=True, note="开裂率 is 反向: ≥ sets a floor"),
            3,
            "%",
        ),
        (None, "时效指标", "监测数据上传时限", "反向", "小于等于", 2, "小时"),
        (None, "成本指标", "单台监测设备购置成本", "反向", "小于等于", 4.5, "万元/台"),
        ("效益指标", "生态效益指标", "窑炉烟气二氧化硫排放达标率", "正向", "大于等于", 98, "%"),
        ("满意度指标", "服务对象满意度指标", "园区周边居民满意度", "正向", "大于等于", 90, "%"),
    ]
    indicators(s, head, rows)
    return b


@variant(
    "vh06-kiln-points",
    (10,),
    "project, NAT-2021, tier-1 labels with points and an "
    "indicator score column, both adding to 100, a rate raised in 百分点 (correct)",
)
def vh06() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="窑湾镇公共窑炉共享平台运营项目",
        dept="埏陶市陶瓷产业局（317）",
        unit="埏陶市瓷业发展中心",
        money=one_year(96, 90, 6),
        goals=["运营4座公共电窑和1座气窑，为小微作坊提供代烧服务。"],
    )
    rows = [
        ("产出指标（50分）", "数量指标", "公共窑炉代烧窑次", "≥600窑次", 20),
        (None, None, "服务小微陶瓷作坊", "≥120家", 10),
        (None, "质量指标", "代烧成品合格率", "≥92%", 10),
        (None, "时效指标", "代烧预约等待时间", "≤5天", 10),
        ("成本指标（10分）", "经济成本指标", "每窑次代烧运营成本", "≤0.15万元/窑次", 10),
        ("效益指标（30分）", "经济效益指标", "作坊烧成成本降低额", "≥40万元", 10),
        (None, "社会效益指标", "作坊烧成合格率提高", "≥5百分点", 10),
        (None, "可持续影响指标", "平台运营管理制度", "健全", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "作坊主满意度", "≥90%", 10),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    notes(s, ["注：一级指标分值与三级指标分值为同一口径，合计均为100分。"])
    return b
