"""Service-purchase projects (政府购买服务): window staff, hotline and new-media operation bought
from contractors; amounts in 元 with the unit in the head, direction and operator columns,
points in the tier labels."""

from __future__ import annotations

from tests.variants.holdout16.common import (
    AMOUNT,
    WAN_LINE,
    YUAN_LINE,
    notes,
    project_lines,
    signature,
    title,
    unit_line,
)
from tests.variants.holdout16.registry import variant
from tests.variants.kit import Book, C, day, mk, pct


@variant(
    "o05-window-service-purchase-ok",
    (1, 11, 12),
    "service purchase, OLD-NAT, 金额单位：元 in the head, 指标性质 as direction, 比较符 and "
    "计量单位 columns, bare numbers with %, one 0% cell, 政府采购 lines, 填报说明",
)
def o05() -> Book:
    """Correct: 1,680,000 = 1,680,000 + 0; 36 人 × 46,000 元 = 1,656,000 ≤ 1,680,000; every 反向
    indicator has ≤, every 正向 one ≥."""
    b = Book()
    s = b.sheet("绩效目标表", (12, 14, 26, 10, 8, 14, 12))
    title(s, "枫渡区2026年度政府购买服务项目绩效目标表", 7)
    unit_line(s, YUAN_LINE, 7)
    s.row(
        "项目名称",
        "区政务服务大厅窗口服务外包",
        None,
        None,
        "购买主体",
        "枫渡区政务服务中心",
        None,
        merge=[(2, 4), (6, 7)],
    )
    s.row(
        "承接主体",
        "通过公开招标确定",
        None,
        None,
        "项目属性",
        "延续项目",
        None,
        merge=[(2, 4), (6, 7)],
    )
    s.row(
        "年度资金总额",
        C(1680000, AMOUNT),
        None,
        "财政拨款",
        None,
        C(1680000, AMOUNT),
        None,
        merge=[(2, 3), (4, 5), (6, 7)],
    )
    s.row(
        "其他资金",
        C(0, AMOUNT),
        None,
        "政府采购预算",
        None,
        C(1680000, AMOUNT),
        None,
        merge=[(2, 3), (4, 5), (6, 7)],
    )
    s.row(
        "采购方式",
        "公开招标",
        None,
        "采购品目",
        None,
        "政务服务窗口辅助性服务",
        None,
        merge=[(2, 3), (4, 5), (6, 7)],
    )
    s.row(
        "年度绩效目标",
        "派驻36名窗口服务人员，全年受理办件21万件以上，办件差错率不超过0.5%，"
        "群众满意度达到95%以上。",
        merge=[(2, 7)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "派驻窗口服务人员", "正向", "≥", 36, "人"),
            (None, None, "年受理办件量", "正向", "≥", 210000, "件"),
            (None, "质量指标", "办件差错率", "反向", "≤", 0.5, "%"),
            (None, None, "窗口服务规范达标率", "正向", "≥", pct(0.95), "%"),
            (None, "时效指标", "群众平均等候时间", "反向", "≤", 15, "分钟"),
            (None, "成本指标", "人均年服务费用", "反向", "≤", C(46000, "#,##0"), "元/人·年"),
            ("效益指标", "社会效益指标", "一次办结率", "正向", "≥", 95, "%"),
            (None, None, "群众投诉率", "反向", "≤", 1, "%"),
            (None, "可持续影响指标", "窗口服务标准化管理", "定性", None, "规范", None),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度", "正向", "≥", 95, "%"),
        ],
        merged=(1, 2),
    )
    notes(
        s, ["填报说明：1.金额单位为元；2.指标性质填正向、反向或定性；3.定性指标比较符可不填。"], 7
    )
    signature(s, "聂芸", "瞿朗", "0731-8806524", day(2025, 11, 6))
    return b


@variant(
    "o06-hotline-service-defects",
    (1, 11),
    "service purchase, NAT-2021, 比较符 and 计量单位 columns, percent cells: a satisfaction "
    "above 100 %, a complaint rate with ≥, one indicator twice with different values",
)
def o06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 28, 10, 14, 14))
    title(s, "2026年度项目支出绩效目标表", 6)
    unit_line(s, WAN_LINE, 6)
    project_lines(
        s,
        [
            ("项目名称", "澄川县12345政务服务便民热线运营服务", "主管部门", "澄川县人民政府办公室"),
            ("实施单位", "澄川县12345热线管理中心", "项目属性", "延续项目"),
            ("年度资金总额", C(132, AMOUNT), "其中：财政拨款", C(132, AMOUNT)),
        ],
    )
    s.row(
        "年度目标",
        "热线全年稳定运行，来电及时接听、工单按时办结，群众诉求得到有效回应。",
        merge=[(2, 6)],
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "年受理来电量", "≥", 180000, "件"),
            (None, None, "座席服务人员", "≥", 24, "人"),
            (None, "质量指标", "话务接通率", "≥", pct(0.9), "%"),
            (None, None, "工单按时办结率", "≥", pct(0.95), "%"),
            (None, "时效指标", "工单转办时间", "≤", 2, "小时"),
            ("成本指标", "经济成本指标", "座席人均服务费用", "≤", 5.2, "万元/人·年"),
            (
                "效益指标",
                "社会效益指标",
                mk(
                    mk(
                        "话务接通率",
                        "D102",
                        "error",
                        row=True,
                        alt=("D101", "D103"),
                        note="the same indicator as the 质量 row, 85% against 90%",
                    ),
                    "F201",
                    "warning",
                    row=True,
                    required=False,
                    note="a 质量 name under 效益",
                ),
                "≥",
                pct(0.85),
                "%",
            ),
            (
                None,
                None,
                "群众投诉率",
                mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"),
                pct(0.05),
                "%",
            ),
            (None, "可持续影响指标", "热线知识库更新机制", "定性", "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "来电群众满意度",
                "≥",
                mk(pct(1.05), "T106", "error", note="shows 105%"),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    signature(s, "甘霁", "符澈", "0797-5210346", day(2025, 10, 30))
    return b


@variant(
    "o15-new-media-points-ok",
    (5, 10),
    "service purchase, NAT-2021, numbered tier labels with points, indicator 分值 "
    "column adding up to 100 and to each tier's points, a 合计 row",
)
def o15() -> Book:
    """Correct: points 50 + 10 + 30 + 10 = 100 and each tier's indicators add up to its label;
    a 增长率 may exceed 100 % but is 15 % here."""
    b = Book()
    s = b.sheet("绩效目标", (18, 20, 28, 18, 10))
    title(s, "2026年度项目支出绩效目标表", 5)
    unit_line(s, WAN_LINE, 5)
    s.row(
        "项目名称",
        "柘浦区政务新媒体运营服务采购",
        None,
        "实施单位",
        "柘浦区融媒体中心",
        merge=[(2, 3)],
    )
    s.row("年度资金总额", C(48, AMOUNT), None, "财政拨款", C(48, AMOUNT), merge=[(2, 3)])
    s.row(
        "年度目标",
        "运营区政务微信、微博和短视频账号，及时发布权威信息，做好政策解读和网民留言回复。",
        merge=[(2, 5)],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("一、产出指标（50分）", "1.数量指标", "发布政务信息", "≥1500条", 10),
            (None, None, "制作原创短视频", "≥60个", 10),
            (None, "2.质量指标", "信息发布差错率", "≤0.1%", 10),
            (None, None, "原创内容占比", "≥40%", 10),
            (None, "3.时效指标", "重要信息发布时限", "≤2小时", 10),
            ("二、成本指标（10分）", "1.经济成本指标", "年度运营服务费", "≤48万元", 10),
            ("三、效益指标（30分）", "1.社会效益指标", "政务账号关注人数增长率", "≥15%", 10),
            (None, None, "政策解读累计阅读量", "≥200万人次", 10),
            (None, "2.可持续影响指标", "新媒体矩阵运营机制", "健全", 10),
            ("四、满意度指标（10分）", "1.服务对象满意度指标", "网民留言回复满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signature(s, "蔺溪", "岑越", "0759-3120875", day(2025, 11, 14))
    return b
