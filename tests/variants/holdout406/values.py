"""Values as Excel stores them (items 1, 9, 10, 11): percent cells, conversion artefacts,
points at two levels and direction against operator."""

from __future__ import annotations

from tests.variants.holdout406.common import (
    CULTURE,
    HEAD4,
    INDUSTRY,
    first_sheet,
    indicators,
    one_year,
    project,
)
from tests.variants.holdout406.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "分值")


@variant(
    "wz01-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent cells "
    "typed in Excel, =100% at the ceiling, 万元 in the number format (correct)",
)
def wz01() -> Book:
    b, s = first_sheet()
    project(
        s,
        "泥湾镇紫砂传统技艺传习班",
        CULTURE,
        "丹埴县泥湾镇紫砂文化服务站",
        one_year(80, 70, 10),
        ("举办传习班4期，培训学员120人，结业考核合格率不低于90%。",),
    )
    rows = [
        ("产出指标", "数量指标", "传习班培训学员", "≥", 120, "人"),
        (None, None, "送检紫砂泥料批次", "≥", 40, "批次"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "送检泥料安全检测合格率", "=", pct(1), None),
        (None, "时效指标", "传习班结业时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "人均培训补助标准", "≤", 0.25, "万元/人"),
        ("效益指标", "经济效益指标", "学员作品线上销售额", "≥", 60, "万元"),
        (None, "社会效益指标", "新增紫砂从业人员", "≥", 50, "人"),
        (None, "可持续影响指标", "传习档案管理制度", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.92), "%"),
    ]
    indicators(s, OPS, rows)
    return b


@variant(
    "wz02-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator and unit columns: a typed "
    "percent over 100, a 反向 rate with ≥, a completion rate given in 座",
)
def wz02() -> Book:
    b, s = first_sheet()
    project(
        s,
        "窑前镇陶艺工作室柴窑改造补助",
        INDUSTRY,
        "丹埴县窑前镇人民政府",
        one_year(120, 100, 20),
        ("改造陶艺工作室柴窑6座，提高烧成合格率，减少窑烟排放。",),
    )
    rows = [
        ("产出指标", "数量指标", "改造柴窑", "≥", 6, "座"),
        (None, None, "参训陶艺工作室", "≥", 25, "家"),
        (None, "质量指标", "成品烧成合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率显示 105%，超过 100% 上限"), "%"),
        (None, None, "柴窑改造完成率", "≥",
         mk(6, "T105", "error", note="完成率给的是 6 座，不是百分比"), "座"),
        (None, None, "釉面开裂率", mk("≥", "T108", "warning", row=True,
                                 note="开裂率是反向指标，应为 ≤"), pct(0.03), "%"),
        (None, "时效指标", "柴窑改造完工时间", "≤", day(2025, 10, 31), None),
        (None, "成本指标", "单座柴窑改造补助", "≤", 15, "万元/座"),
        ("效益指标", "经济效益指标", "改造工作室产值增长率", "≥", pct(0.1), "%"),
        (None, "社会效益指标", "陶艺体验接待人次", "≥", 8000, "人次"),
        (None, "生态效益指标", "窑烟颗粒物排放浓度", "≤", 20, "毫克/立方米"),
        ("满意度指标", "服务对象满意度指标", "改造工作室满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, OPS, rows)
    return b


@variant(
    "wz03-conversion-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines "
    "below: a date kept as a serial in text, a split number, an amount pasted twice",
)
def wz03() -> Book:
    b, s = first_sheet()
    end = mk("46022", "X104", "warning", note="文本里的日期序列号，即 2025-12-31")
    project(s, "泥湾镇紫砂工作室集聚区公共窑房建设", INDUSTRY, "丹埴县泥湾镇人民政府",
            one_year(80, 70, 10), ("建成公共窑房1座，购置电窑4台，供集聚区紫砂工作室共享烧制。",),
            end=end)  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建成公共窑房", "1座"),
        (None, None, "购置电窑", "≥4台"),
        (None, "质量指标", "窑房竣工验收合格率", "100%"),
        (None, "时效指标", "窑房投入使用时间", "2025年12月31日前"),
        (None, "成本指标", "电窑单台购置成本", "≤9.2万元/台"),
        ("效益指标", "社会效益指标", "共享窑房的紫砂工作室", "≥40家"),
        (None, "可持续影响指标", "公共窑房使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "入驻工作室满意度", "≥90%"),
    ]
    indicators(s, HEAD4, rows)
    s.skip()
    s.row("资金测算明细", None, None, None, None, None, merge=[(1, 6)])
    s.row("序号", "明细项目", "金额（万元）", "测算依据", merge=[(4, 6)])
    s.row(1, "公共窑房电窑购置",
          mk("36.5 8", "X105", "warning", alt=("X103",), note="36.58 被空格断开"),
          "电窑4台×9.145万元/台", merge=[(4, 6)])  # fmt: skip
    s.row(2, "窑房改造施工",
          mk("24万24万(含窑具运输)", "X106", "error", alt=("B108",), note="24万 粘贴了两次"),
          "按施工图预算", merge=[(4, 6)])  # fmt: skip
    s.row(3, "排烟净化设备", money(19.42), "2套", merge=[(4, 6)])
    s.row("合计", None, money(80), None, merge=[(1, 2), (4, 6)])
    return b


@variant(
    "wz04-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a share raised in 百分点, 0起 incidents (correct)",
)
def wz04() -> Book:
    b, s = first_sheet(widths=(14, 10, 16, 30, 18, 10))
    project(
        s,
        "泥湾镇紫砂壶电商直播基地运营补助",
        INDUSTRY,
        "丹埴县泥湾镇电商服务中心",
        one_year(60, 50, 10),
        ("开展直播带货培训24场，入驻紫砂工作室30家，线上销售占比提高。",),
    )
    rows = [
        ("产出指标", 40, "数量指标", "直播带货培训场次", "≥24场", 10),
        (None, None, None, "入驻基地紫砂工作室", "≥30家", 10),
        (None, None, "质量指标", "入驻工作室产品抽检合格率", "≥95%", 10),
        (None, None, "时效指标", "运营补助拨付及时率", "100%", 10),
        ("成本指标", 20, "经济成本指标", "单场直播培训成本", "≤0.8万元/场", 10),
        (None, None, "生态环境成本指标", "泥料废水直排事件", "0起", 10),
        ("效益指标", 30, "经济效益指标", "紫砂壶线上销售占比", "提高≥5百分点", 10),
        (None, None, "社会效益指标", "带动直播从业人员", "≥80人", 10),
        (None, None, "可持续影响指标", "基地运营管理机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "入驻工作室满意度", "≥90%", 10),
    ]
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "wz05-points-mismatch",
    (10,),
    "project, NAT-2021, tier-1 score column against the "
    "indicator scores under it: two tiers off in opposite directions",
)
def wz05() -> Book:
    b, s = first_sheet(widths=(14, 10, 16, 30, 18, 10))
    project(
        s,
        "窑前镇陶艺创客工作室孵化补助",
        CULTURE,
        "丹埴县窑前镇文化站",
        one_year(50, 45, 5),
        ("孵化陶艺创客工作室20家，开设公共陶艺课程60期。",),
    )
    rows = [
        ("产出指标", mk(40, "W103", "error", note="其下分值 15+15+10+5=45"),
         "数量指标", "孵化陶艺创客工作室", "≥20家", 15),
        (None, None, None, "开设公共陶艺课程", "≥60期", 15),
        (None, None, "质量指标", "孵化期满工作室存活率", "≥80%", 10),
        (None, None, "时效指标", "孵化补助拨付时间", "2025年6月30日前", 5),
        ("成本指标", 20, "经济成本指标", "单家工作室孵化补助", "≤1.5万元/家", 10),
        (None, None, None, "单期课程成本", "≤0.2万元/期", 10),
        ("效益指标", mk(30, "W103", "error", note="其下分值 10+10+5=25"),
         "经济效益指标", "孵化工作室年销售额", "≥300万元", 10),
        (None, None, "社会效益指标", "公共课程参与人次", "≥1800人次", 10),
        (None, None, "可持续影响指标", "孵化服务制度", "建立并执行", 5),
        ("满意度指标", 10, "服务对象满意度指标", "创客满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, POINTS, rows, merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    return b


@variant(
    "wz06-direction-words",
    (11,),
    "project, OLD-NAT, 指标性质 as direction, 指标方向 as "
    "operator in words, bare numbers and a unit column: ≥ on a 反向 rate, = on a cost",
)
def wz06() -> Book:
    b, s = first_sheet(widths=(12, 14, 26, 10, 12, 10, 14))
    project(
        s,
        "泥湾镇紫砂壶烧制节能改造",
        INDUSTRY,
        "丹埴县泥湾镇紫砂行业协会",
        one_year(40, 35, 5),
        ("为30家紫砂工作室更换节能电窑控制系统，降低烧制能耗与破损。",),
    )
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "完成节能改造的紫砂工作室", "正向", "大于等于", 30, "家"),
        (None, None, "烧制紫砂成品壶", "正向", "大于等于", 2000, "把"),
        (None, "质量指标", "紫砂壶成品破损率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向指标写成大于等于"), 2, "%"),
        (None, None, "泥料浪费下降率", "正向", "大于等于", 10, "%"),
        (None, "时效指标", "改造工期", "反向", "小于等于", 120, "天"),
        (None, "成本指标", "单把壶烧制能耗成本", "反向",
         mk("等于", "T108", "warning", row=True, note="成本上限写成等于"), 35, "元/把"),
        ("效益指标", "生态效益指标", "单窑次用电量下降率", "正向", "大于等于", 15, "%"),
        (None, "社会效益指标", "安全生产事故", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "改造工作室满意度", "正向", "大于等于", 90, "%"),
    ]  # fmt: skip
    indicators(s, head, rows)
    return b
