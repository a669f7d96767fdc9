"""Two funds stacked with a slip in the second, a table without 效益指标, points in the tier
labels with an allocation by county, word operators in the values: km15–km18."""

from __future__ import annotations

from tests.variants.holdout81.common import alloc, dsum, transfer_head
from tests.variants.holdout81.registry import variant
from tests.variants.kit import Book, mk, pct

A6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
COUNTY = ("中央补助", "省级资金", "县级配套")


@variant(
    "km15-stacked-forestry",
    (2, 11, 12),
    "two county funds stacked on one sheet, "
    "OLD-NAT; the second fund's parts do not make its total, a 反向 rate with ≥",
)
def km15() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 16, 30, 10, 14, 14))
    transfer_head(
        s,
        year=2027,
        fund="农村综合改革转移支付资金（美丽乡村建设）",
        dept="云塘县财政局",
        unit="有关乡镇人民政府",
        parts=(300, 150, 50),
        labels=COUNTY,
        title="云塘县2027年度转移支付资金区域绩效目标表",
        goal="建设美丽乡村示范村6个，实施村内道路硬化、污水收集和公共空间整治，示范村村民满意度达到90%以上。",
    )
    s.row(*A6)
    s.table(
        [
            ("产出指标", "数量指标", "美丽乡村示范村建设数", "≥", 6, "个"),
            (None, None, "村内道路硬化长度", "≥", 12, "公里"),
            (None, None, "公共空间整治面积", "≥", 1.8, "万平方米"),
            (None, "质量指标", "项目验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "项目完工时间", "≤", "2027年11月30日", ""),
            (None, "成本指标", "示范村平均补助", "≤", 80, "万元/个"),
            ("效益指标", "社会效益指标", "受益村民人数", "≥", 1.6, "万人"),
            (None, "生态效益指标", "示范村生活污水收集处理率", "≥", pct(0.8), "%"),
            (None, "可持续影响指标", "村庄公共设施管护机制", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "示范村村民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    transfer_head(
        s,
        year=2027,
        fund="林业改革发展资金",
        dept="云塘县林业局",
        unit="云塘县林业局、国有云塘林场",
        parts=(620, 210, 70),
        labels=COUNTY,
        title="",
        total=mk(980, "B101", "error", note="620 + 210 + 70 = 900"),
        goal="完成森林抚育4.5万亩、人工造林0.8万亩，森林火灾受害率控制在0.9‰以内，"
        "林业有害生物成灾率控制在3‰以内。",
    )
    s.row(*A6)
    s.table(
        [
            ("产出指标", "数量指标", "森林抚育面积", "≥", 4.5, "万亩"),
            (None, None, "人工造林面积", "≥", 0.8, "万亩"),
            (None, None, "生态护林员聘用人数", "≥", 240, "人"),
            (None, "质量指标", "造林当年成活率", "≥", pct(0.85), "%"),
            (None, None, "森林抚育检查验收合格率", "≥", pct(0.95), "%"),
            (None, "时效指标", "造林任务完成时间", "≤", "2027年5月31日", ""),
            (None, "成本指标", "森林抚育亩均补助", "≤", 100, "元/亩"),
            (
                "效益指标",
                "生态效益指标",
                "森林火灾受害率",
                mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥; the goal says 以内"),
                0.9,
                "‰",
            ),
            (None, None, "林业有害生物成灾率", "≤", 3, "‰"),
            (None, "社会效益指标", "带动脱贫人口就业人数", "≥", 240, "人"),
            (None, "可持续影响指标", "林长制责任体系", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "林农满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("云塘县财政局", None, None, "2026年12月8日", merge=[(1, 3), (4, 6)])
    return b


@variant(
    "km16-preschool-no-benefit",
    (1, 6),
    "county transfer, OLD-NAT, unit column before "
    "the 比较符 and the value; no 效益指标 tier, a share given as a count",
)
def km16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 32, 12, 10, 14))
    transfer_head(
        s,
        year=2027,
        fund="支持学前教育发展资金",
        dept="杉溪县教育局",
        unit="县教育局及各公办幼儿园",
        parts=(360, 240, 100),
        labels=COUNTY,
        title="杉溪县2027年度支持学前教育发展资金区域绩效目标表",
        goal="2027年新建改扩建公办幼儿园4所，新增公办学位540个，资助家庭经济困难幼儿"
        "850人次，普惠性幼儿园覆盖率达到90%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "新建改扩建公办幼儿园数", "所", "≥", 4),
            (None, None, "新增公办学位数", "个", "≥", 540),
            (None, None, "资助家庭经济困难幼儿人次", "人次", "≥", 850),
            (None, None, "幼儿园教师培训人数", "人", "≥", 320),
            (None, "质量指标", "普惠性幼儿园覆盖率", "%", "≥", pct(0.9)),
            (
                None,
                None,
                "公办园在园幼儿占比",
                "人",
                "≥",
                mk(3200, "T105", "error", alt=("T112",), note="a share given as a count"),
            ),
            (None, None, "幼儿园建设工程验收合格率", "%", "=", pct(1)),
            (None, "时效指标", "资助资金发放时限", "个工作日", "≤", 30),
            (None, None, "新建园舍交付使用时间", "", "≤", "2027年8月31日"),
            (None, "成本指标", "困难幼儿资助标准", "元/人·学期", "≤", 1000),
            ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "%", "≥", pct(0.9)),
        ],
        merged=(1, 2),
    )
    b.file_mark("F106", "error", note="no 效益指标 tier")
    s.row("单位负责人：", None, "经办人：", None, "填报日期：", "2026年11月30日")
    return b


@variant(
    "km17-labour-points-labels",
    (5, 10, 2),
    "province transfer, OLD-NAT, tier-1 labels "
    "with points (产出指标（50分）), indicator 分值 adding to the tier points and to 100, "
    "allocation by county on a second sheet",
)
def km17() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (18, 16, 32, 18, 8, 10))
    parts = (6000, 2400, 600)
    transfer_head(
        s,
        year=2027,
        fund="农村劳动力转移就业补助资金",
        dept="澄岭省人力资源和社会保障厅",
        unit="各县（市、区）人力资源和社会保障局",
        parts=parts,
        title="澄岭省2027年度农村劳动力转移就业补助资金区域绩效目标表",
        goal="2027年开展农村劳动力转移就业培训3.5万人，新增农村劳动力转移就业6万人，"
        "脱贫劳动力务工规模稳定在28万人以上，培训学员满意度达到90%以上。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值", "")
    s.table(
        [
            ("产出指标（50分）", "数量指标", "农村劳动力转移就业培训人数", "≥3.5万人", 10),
            (None, None, "新增农村劳动力转移就业人数", "≥6万人", 10),
            (None, None, "劳务协作对接活动场次", "≥120场", 5),
            (None, "质量指标", "培训合格率", "≥90%", 10),
            (None, "时效指标", "补贴资金发放时限", "≤30个工作日", 5),
            (None, "成本指标", "人均培训补贴标准", "≤1800元/人", 10),
            ("效益指标（30分）", "经济效益指标", "转移就业人员月均收入", "≥4200元", 10),
            (None, "社会效益指标", "脱贫劳动力务工规模", "≥28万人", 10),
            (None, "可持续影响指标", "培育省级劳务品牌数", "≥8个", 10),
            ("满意度指标（20分）", "服务对象满意度指标", "培训学员满意度", "≥90%", 10),
            (None, None, "用工企业满意度", "≥85%", 10),
        ],
        merged=(1, 2),
    )
    t = b.sheet("分县分配表", (8, 14, 14, 14, 14, 14, 16))
    t.title("2027年度农村劳动力转移就业补助资金分配表", 7)
    t.row(None, None, None, None, None, None, "单位：万元")
    totals = alloc(
        t,
        [
            (
                None,
                [
                    ("青枫县", 900, 360, 90, ""),
                    ("石埠县", 850, 340, 85, ""),
                    ("柳湾县", 800, 320, 80, ""),
                    ("鹭洲县", 750, 300, 75, ""),
                    ("云塘县", 700, 280, 70, ""),
                    ("杉溪县", 700, 280, 70, ""),
                    ("桐冈区", 650, 260, 65, ""),
                    ("梅岙县", 650, 260, 65, ""),
                ],
            )
        ],
    )
    assert totals == [dsum(parts), *parts], totals
    return b


@variant(
    "km18-grain-storage-words",
    (1,),
    "district transfer, OLD-NAT, one value column with "
    "word operators (不少于, 不低于, 不超过, 底前) and a 指标解释 column",
)
def km18() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (16, 16, 30, 16, 30, 4))
    transfer_head(
        s,
        year=2027,
        fund="粮食仓储设施提升补助资金",
        dept="桐冈区发展和改革局（粮食和物资储备局）",
        unit="区属国有粮食购销企业",
        parts=(300, 200, 100),
        labels=("中央补助", "省级资金", "区级配套"),
        title="桐冈区2027年度粮食仓储设施提升补助资金区域绩效目标表",
        goal="2027年完成8万吨仓容改造提升，其中低温储粮改造仓房12栋、智能化粮库升级3个，"
        "储备粮宜存率保持在95%以上，粮食储存损耗率控制在1%以内。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标解释", None, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "仓储设施改造提升仓容", "不少于8万吨", "按竣工决算仓容计"),
        (None, None, "低温储粮改造仓房数", "不少于12栋", ""),
        (None, None, "智能化粮库升级数", "不少于3个", "含粮情测控系统"),
        (None, "质量指标", "改造工程验收合格率", pct(1), "区发改局组织验收"),
        (None, None, "储备粮宜存率", "不低于95%", "按年度库存检查"),
        (None, "时效指标", "改造工程完工时间", "2027年10月底前", ""),
        (None, "成本指标", "仓容改造单位补助", "不超过60元/吨", ""),
        ("效益指标", "经济效益指标", "粮食储存损耗率", "不超过1%", "反向指标"),
        (None, "社会效益指标", "区级储备粮应急保障天数", "不少于30天", "按常住人口口粮计"),
        (None, "可持续影响指标", "仓储设施管护制度", "健全", ""),
        ("满意度指标", "服务对象满意度指标", "粮食经营企业满意度", "不低于90%", "问卷调查"),
    ]
    for r in rows:
        s.row(*r, merge=[(5, 6)])
    first = s.r - len(rows) + 1
    for col, a, z in ((1, 0, 6), (2, 0, 2), (2, 3, 4), (1, 7, 9)):
        s.ws.merge_cells(start_row=first + a, start_column=col, end_row=first + z, end_column=col)
    s.row("联系人：", "何立", "联系电话：", "（略）", None, None)
    return b
