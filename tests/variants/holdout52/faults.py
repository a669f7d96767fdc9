"""Returns with planted mistakes, part two: a conflicting duplicate and a unit conflict in a
table with tiers filled down; tier points that miss the tier total and a garbled threshold; an
annual count above its period count and a missing 效益指标 tier."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout52.common import header, multi_year, one_year, signatures
from tests.variants.holdout52.registry import variant
from tests.variants.kit import Book, mk


@variant(
    "jj16-duplicate-unit-conflict",
    (5, 1),
    "one-year project, OLD-NAT, tiers filled down "
    "in every row, unit column: one indicator entered twice with different values, a value "
    "whose unit contradicts the unit column",
)
def jj16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 14, 12))
    project_head(
        s, year=2026, name="中小学校园安全防范能力提升项目", dept="青岚市教育局（305）",
        unit="青岚市教育局安全管理科", money=one_year(260, 260, 0),
        goals=("为全市中小学配备专职保安和一键报警装置，开展校园安全培训和应急疏散演练，"
               "校园安全事件明显下降。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    for row in [
        ("产出指标", "数量指标", "覆盖中小学校", "≥128", "所"),
        ("产出指标", "数量指标", "安装一键报警装置", "≥128", "套"),
        ("产出指标", "数量指标", "开展校园安全培训场次", "≥40", "场"),
        (
            "产出指标",
            "数量指标",
            "组织应急疏散演练",
            mk("≥12个", "T112", "error", note="个 in the value, 场 in the unit column"),
            "场",
        ),
        ("产出指标", "数量指标", "配备专职保安", "≥260", "人"),
        (
            "产出指标",
            "数量指标",
            mk(
                "开展校园安全培训场次",
                "D102",
                "error",
                row=True,
                alt=("D101", "D103"),
                note="entered twice: ≥40场 and ≥60场",
            ),
            "≥60",
            "场",
        ),
        ("产出指标", "质量指标", "一键报警装置联网率", "100", "%"),
        ("产出指标", "质量指标", "保安持证上岗率", "≥98", "%"),
        ("产出指标", "时效指标", "报警装置安装完成时间", "2026年8月31日前", None),
        ("产出指标", "成本指标", "一键报警装置单价", "≤0.6", "万元/套"),
        ("效益指标", "社会效益指标", "校园安全责任事故发生数", "≤1", "起"),
        ("效益指标", "社会效益指标", "师生安全知识知晓率", "≥90", "%"),
        ("效益指标", "可持续影响指标", "校园安全防控长效机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90", "%"),
    ]:
        s.row(*row)
    signatures(s, "余国平", "卢静", "丁浩然", "0739-2217745", "2025年11月20日")
    return b


@variant(
    "jj17-tier-points-off",
    (10,),
    "one-year project, NAT-2021, a 分值 column with the "
    "tier totals on the tier rows: 效益指标 declares 30 but its indicators give 26; one "
    "threshold typed with a doubled operator",
)
def jj17() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 16, 10))
    project_head(
        s, year=2026, name="社区居家养老服务项目", dept="白沙河区民政局（406）",
        unit="白沙河区养老服务指导中心", money=one_year(312, 280, 32),
        goals=("建成社区养老服务站20个，为3000名居家老年人提供上门服务，助餐服务10万人次，"
               "老年人满意度90%以上。",),
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table(
        [
            ("成本指标", None, None, None, 10),
            (None, "经济成本指标", "上门服务人均补助标准", "≤600元/人·年", 10),
            ("产出指标", None, None, None, 50),
            (None, "数量指标", "建成社区养老服务站", "≥20个", 10),
            (None, None, "居家上门服务老年人", "≥3000人", 10),
            (None, None, "老年助餐服务", "≥10万人次", 10),
            (
                None,
                "质量指标",
                "服务站运营达标率",
                mk("≥≥95%", "T116", "warning", note="the operator typed twice"),
                10,
            ),
            (None, "时效指标", "服务站建成时间", "2026年9月30日前", 10),
            (
                "效益指标",
                None,
                None,
                None,
                mk(30, "W103", "error", alt=("W101",), note="declares 30, indicators give 8+8+10"),
            ),
            (None, "社会效益指标", "失能老人照护服务覆盖率", "≥60%", 8),
            (None, None, "老年人意外事件及时处置率", "≥95%", 8),
            (None, "可持续影响指标", "社区养老服务网络", "持续完善", 10),
            ("满意度指标", None, None, None, 10),
            (None, "服务对象满意度指标", "服务对象满意度", "≥90%", 10),
            ("合计", None, None, None, 100),
        ],
        merged=(1,),
    )
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="the indicators add up to 96, not 100, because of the 效益 tier (tolerated)",
    )
    signatures(s, "温德明", "欧阳琳", "贝小川", "0739-7728816", "2025年11月26日")
    return b


@variant(
    "jj18-annual-over-period-no-benefit",
    (8, 5),
    "two-year project, NAT-2021, two-line "
    "header 指标值 over 中期 │ 年度: an annual count above its period count, no 效益指标 "
    "tier at all",
)
def jj18() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 14, 14, 12))
    project_head(
        s, year=2026, years=2, name="乡村医生能力提升培训项目", dept="临溪县卫生健康局（204）",
        unit="临溪县卫生进修学校", attr="新增项目",
        money=multi_year((150, 150, 0), (80, 80, 0)),
        goals=("2026—2027年轮训乡村医生600人次，培养全科方向乡村医生60名，乡村医生执业"
               "（助理）医师比例提高到50%。",
               "轮训乡村医生320人次，培养全科方向乡村医生30名。"),
    )  # fmt: skip
    b.file_mark("F106", "error", note="no 效益指标 tier: a project needs 产出 and 效益")
    header(s, ("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位"),
           (None, None, None, "中期", "年度", None))  # fmt: skip
    s.table(
        [
            ("成本指标", "经济成本指标", "人均轮训成本", "≤2000", "≤2000", "元/人次"),
            ("产出指标", "数量指标", "轮训乡村医生", "≥600", "≥320", "人次"),
            (None, None, "培养全科方向乡村医生", "≥60", "≥30", "名"),
            (None, None, "开展实操技能考核", "≥12", "≥6", "场"),
            (
                None,
                None,
                "编印培训教材",
                "≥800",
                mk("≥1000", "D201", "error", note="annual 1000 above the period 800"),
                "册",
            ),
            (None, "质量指标", "培训考核合格率", "≥90%", "≥90%", None),
            (None, None, "执业（助理）医师资格考试通过人数", "≥45", "≥20", "人"),
            (
                None,
                "时效指标",
                "年度培训任务完成时间",
                "2027年11月30日前",
                "2026年11月30日前",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "参训乡村医生满意度", "≥90%", "≥90%", None),
            (None, None, "村民对乡村医生服务满意度", "≥85%", "≥85%", None),
        ],
        merged=(1, 2),
    )
    signatures(s, "何志勇", "杨柳", "常乐", "0736-5521408", "2025年11月29日")
    return b
