"""Live-stream sales training (直播带货培训): kfh07–kfh12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout830.common import TIERS, new, notes, sign, table, wan
from tests.variants.holdout830.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "kfh07-live-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and "
    "an indicator points column (100 both ways), a rate raised in 百分点 (correct)",
)
def live_points() -> Book:
    b, s = new(widths=(20, 20, 30, 16, 10))
    project_head(
        s,
        year=2025,
        name="农村电商直播带货人才培训",
        dept="蒲岗县人力资源和社会保障局 118",
        unit="蒲岗县职业技能培训中心",
        money=[("资金总额", wan(85), "其中：财政拨款", wan(80)), ("其他资金", wan(5), None, None)],
        goals=["组织直播电商培训400人、实操直播40场，学员带货销售额1200万元以上。"],
    )
    table(
        s,
        (*TIERS, "指标值", "分值"),
        [
            ("一、产出指标（50分）", "（一）数量指标", "直播电商培训学员人数", "≥400人", 10),
            (None, None, "开展直播实操场次", "≥40场", 10),
            (None, "（二）质量指标", "学员结业考核合格率", "≥90%", 10),
            (None, None, "学员直播间平均转化率提升", "≥2百分点", 10),
            (None, "（三）时效指标", "培训任务完成时间", "2025年11月30日前", 10),
            ("二、成本指标（10分）", "（一）经济成本指标", "人均培训成本", "≤2000元/人", 10),
            ("三、效益指标（30分）", "（一）经济效益指标", "学员带货销售额", "≥1200万元", 10),
            (None, "（二）社会效益指标", "带动农户增收户数", "≥600户", 10),
            (None, "（三）可持续影响指标", "县级直播孵化基地持续运营年限", "≥3年", 10),
            ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训学员满意度", "≥90%", 10),
            ("合计", None, None, None, 100),
        ],
    )
    return b


@variant(
    "kfh08-live-abbreviated",
    (5, 12),
    "project, NAT-2021, abbreviated tier labels with ★: "
    "the goal's trainee count against the indicator, unit cost × count above the money",
)
def live_abbreviated() -> Book:
    b, s = new()
    goal = mk(
        "培训农村直播带货学员600人次，其中脱贫户学员不少于200人次，孵化本地农产品直播账号60个。",
        "D104",
        "warning",
        required=False,
        note="the other end of 600 / 500",
    )
    project_head(
        s,
        year=2025,
        name="乡村振兴直播带货能力提升培训",
        dept="芦湾县农业农村局 226",
        unit="芦湾县农村经济发展服务中心",
        money=[
            ("资金总额", wan(120), "其中：财政拨款", wan(100)),
            ("其他资金", wan(20), None, None),
        ],
        goals=[goal],
    )
    table(
        s,
        (*TIERS, "指标值"),
        [
            (
                "★产出",
                "数量",
                "培训学员人次",
                mk("≥500人次", "D104", "warning", row=True, note="the goal says 600 人次"),
            ),
            (None, None, "其中脱贫户学员人次", "≥200人次"),
            (None, None, "孵化农产品直播账号数量", "≥60个"),
            (None, "质量", "学员实操考核通过率", "≥85%"),
            (None, "时效", "培训完成时间", "2025年10月31日前"),
            (
                "成本",
                "经济成本",
                "人均培训成本",
                mk(
                    "≤0.3万元/人次",
                    "B107",
                    "warning",
                    row=True,
                    note="0.3 × 500 = 150 (× 600 = 180) 万元, above the 120 万元 of the project",
                ),
            ),
            ("效益", "经济效益", "学员账号农产品销售额", "≥500万元"),
            (None, "社会效益", "带动脱贫户增收户数", "≥200户"),
            ("满意度", "服务对象满意度", "学员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kfh09-live-second-sheet",
    (7,),
    "project: head on the first sheet, the table on a "
    "second sheet under 预期实现值 and 评价标准, a goal count that is a part, a later year the "
    "work prepares for (correct)",
)
def live_second_sheet() -> Book:
    b, s = new("基本信息")
    project_head(
        s,
        year=2025,
        name="返乡青年直播带货实训",
        dept="竹畈县团县委 031",
        unit="竹畈县青年创业服务站",
        money=[("资金总额", wan(60), "其中：财政拨款", wan(54)), ("其他资金", wan(6), None, None)],
        goals=[
            "面向返乡青年和合作社带头人开展直播带货实训300人（其中返乡青年120人），"
            "为2026年建设县域直播基地储备师资。"
        ],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 16, 30))
    t.title("2025年返乡青年直播带货实训绩效指标", 5)
    table(
        t,
        (*TIERS, "预期实现值", "评价标准"),
        [
            ("产出指标", "数量指标", "实训学员总数", "≥300人", "每少10人扣1分"),
            (None, None, "其中返乡青年参训人数", "≥120人", "每少5人扣1分"),
            (None, None, "实训课时", "≥48课时", "未达到不得分"),
            (None, "质量指标", "学员结业合格率", "≥90%", "按比例得分"),
            (None, "时效指标", "实训完成时间", "2025年9月30日前", "逾期不得分"),
            ("成本指标", "经济成本指标", "人均实训费用", "≤2000元/人", "超支不得分"),
            ("效益指标", "社会效益指标", "学员开设直播账号人数", "≥200人", "按比例得分"),
            (None, "可持续影响指标", "储备县域直播基地讲师人数", "≥15人", "按比例得分"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "问卷调查"),
        ],
    )
    return b


@variant(
    "kfh10-live-two-year",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: a "
    "year's count above the period's, a cumulative count copied to the 年度 column",
)
def live_two_year() -> Book:
    b, s = new()
    project_head(
        s,
        year=2025,
        years=2,
        name="县域直播电商孵化培训",
        attr="新增项目",
        dept="茅坞县商务局 309",
        unit="茅坞县电商产业园管理办公室",
        money=[
            ("中期资金总额", wan(400), "年度资金总额", wan(200)),
            ("其中：财政拨款", wan(360), "其中：财政拨款", wan(180)),
            ("其他资金", wan(40), "其他资金", wan(20)),
        ],
        goals=[
            "两年培训直播电商人才1000人，孵化农产品直播账号200个，建设直播示范村20个。",
            "2025年培训500人，孵化账号100个，建设直播示范村10个。",
        ],
    )
    table(
        s,
        (*TIERS, "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "直播电商人才培训人数", "≥1000人", "≥500人"),
            (
                None,
                None,
                "孵化农产品直播账号数量",
                "≥200个",
                mk("≥240个", "D201", "error", note="240 accounts in 2025, 200 over the two years"),
            ),
            (
                None,
                None,
                "直播示范村建设数量",
                "≥20个",
                mk(
                    "≥20个",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="the period's 20 copied; the 年度目标 says 10",
                ),
            ),
            (None, "质量指标", "学员结业合格率", "≥90%", "≥90%"),
            (None, "时效指标", "年度培训完成时间", "2026年11月30日前", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "人均培训成本", "≤3000元/人", "≤3000元/人"),
            ("效益指标", "经济效益指标", "孵化账号农产品销售额", "≥2000万元", "≥800万元"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "kfh11-live-word-operators",
    (1, 11),
    "project, NAT-2021, 指标性质 as direction and "
    "operators in words in their own column, unit column, typed percent cells, 0起 on an "
    "incident count, a 下降率 with 大于等于 (correct)",
)
def live_word_operators() -> Book:
    b, s = new(widths=(14, 16, 28, 10, 12, 12, 10))
    project_head(
        s,
        year=2025,
        name="农产品直播带货专题培训班",
        dept="榆岭县供销合作社联合社 512",
        unit="榆岭县供销电商运营公司",
        money=[("资金总额", wan(50), "其中：财政拨款", wan(45)), ("其他资金", wan(5), None, None)],
        goals=["举办直播带货专题培训班8期、培训学员320人，规范直播营销行为。"],
    )
    table(
        s,
        (*TIERS, "指标性质", "比较方式", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "直播带货培训班期数", "正向", "大于等于", 8, "期"),
            (None, None, "培训学员人数", "正向", "大于等于", 320, "人"),
            (None, "质量指标", "学员直播账号开通率", "正向", "大于等于", pct(0.95), "%"),
            (None, None, "学员直播违规事件发生数", "反向", "小于等于", 0, "起"),
            (None, "时效指标", "培训资料发放及时率", "正向", "大于等于", pct(0.98), "%"),
            ("成本指标", "经济成本指标", "每期培训成本", "反向", "小于等于", 6, "万元"),
            (
                "效益指标",
                "经济效益指标",
                "学员网店农产品销售额增长率",
                "正向",
                "大于等于",
                pct(0.15),
                "%",
            ),
            (None, "社会效益指标", "农产品滞销投诉下降率", "正向", "大于等于", pct(0.2), "%"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "正向", "大于等于", pct(0.9), "%"),
        ],
    )
    notes(s, "注：每期培训成本6万元 × 8期 = 48万元，余2万元用于结业考核。", width=7)
    return b


@variant(
    "kfh12-live-numbered-tiers",
    (4, 5),
    "project, NAT-2021, numbered tier labels, a 说明 "
    "row inside the table: a satisfaction rate under 社会效益, the sales figure twice under two "
    "tier-2s, a deadline in the next year",
)
def live_numbered_tiers() -> Book:
    b, s = new()
    project_head(
        s,
        year=2025,
        name="供销系统农产品直播营销培训",
        dept="栗川县供销合作社 408",
        unit="栗川县供销电子商务有限公司",
        money=[("资金总额", wan(70), "其中：财政拨款", wan(60)), ("其他资金", wan(10), None, None)],
        goals=["培训供销系统直播营销人员200人，学员带货销售额800万元以上。"],
    )
    sales = mk("≥600万元", "D103", "warning", row=True, required=False, alt=("D102", "D101"))
    table(
        s,
        (*TIERS, "指标值"),
        [
            ("一、产出指标", "1.数量指标", "直播营销人员培训人数", "≥200人"),
            (None, None, "学员带货销售额", sales),
            (None, "2.质量指标", "培训结业考核合格率", "≥90%"),
            (
                None,
                "3.时效指标",
                "培训成果验收时间",
                mk("2026年3月31日前", "Y102", "error", note="a one-year 2025 project"),
            ),
            ("说明：以下效益指标按学员结业后6个月跟踪统计。", "", None, None),
            ("二、成本指标", "1.经济成本指标", "人均培训成本", "≤3500元/人"),
            (
                "三、效益指标",
                "1.经济效益指标",
                "学员直播带货销售额",
                mk(
                    "≥800万元",
                    "D103",
                    "warning",
                    row=True,
                    alt=("D102", "D101"),
                    note="the 学员带货销售额 of the 数量 block again, with another value",
                ),
            ),
            (
                None,
                "2.社会效益指标",
                "参训农户满意度",
                mk("≥90%", "F201", "warning", row=True, note="a satisfaction rate under 社会效益"),
            ),
            ("四、满意度指标", "1.服务对象满意度指标", "合作企业满意度", "≥85%"),
        ],
    )
    sign(s, "黎墨川", "0771-4290537", day(2024, 12, 9))
    return b
