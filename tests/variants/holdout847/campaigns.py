"""Legal awareness campaign (普法宣传) returns: kfy13 to kfy18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout847.common import (
    HEAD4,
    HEAD_OP,
    YEAR,
    indicators,
    new_book,
    notes,
    one_year,
    signature,
    w,
)
from tests.variants.holdout847.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "鹭汀区司法局（215）"


@variant(
    "kfy13-campaign-word-operators",
    (1, 11),
    "project, OLD-NAT, operators in words in "
    "their own column, unit column, typed percents, a 下降率 with 大于等于 (correct)",
)
def campaign_word_operators() -> Book:
    b, s = new_book(widths=(16, 16, 30, 12, 14, 12))
    goal = (
        "在6个街道开展“法治夜市”普法活动不少于48场，居民法律知识知晓率达到85%，"
        "为2027年全区推广“法治夜市”模式积累经验。"
    )
    project_head(
        s,
        year=YEAR,
        name="“法治夜市”普法宣传",
        dept=DEPT,
        unit="鹭汀区普法办",
        money=one_year(w(28.8), w(28.8), w(0)),
        goals=[goal],
    )
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "“法治夜市”活动场次", "大于等于", 48, "场"),
        (None, None, "覆盖街道数", "等于", 6, "个"),
        (None, "质量指标", "活动现场法律咨询登记完整率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "活动全部完成时间", "小于等于", day(YEAR, 11, 30), "日期"),
        (None, "成本指标", "单场活动成本", "小于等于", 0.6, "万元/场"),
        ("效益指标", "社会效益指标", "居民法律知识知晓率", "大于等于", pct(0.85), "%"),
        (None, None, "辖区民间纠纷发生数下降率", "大于等于", pct(0.05), "%"),
        (None, None, "活动安全责任事故", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：单场0.6万元 × 48场 = 28.8万元；下降率按比上年减少的百分比填报。")
    signature(s, "庄慕白", "0835-7231064")
    return b


@variant(
    "kfy14-campaign-direction-year",
    (11,),
    "project, OLD-NAT, operator column: ≥ on a "
    "unit price, a deadline in the year before the budget year",
)
def campaign_direction_year() -> Book:
    b, s = new_book(widths=(16, 16, 30, 12, 18, 12))
    project_head(
        s,
        year=YEAR,
        name="宪法宣传周系列活动",
        dept=DEPT,
        unit="鹭汀区普法办",
        money=one_year(w(18), w(18), w(0)),
        goals=["围绕宪法宣传周开展集中宣传活动30场，发放宪法读本2万册。"],
    )
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "集中宣传活动场次", "≥", 30, "场"),
        (None, None, "宪法读本发放量", "≥", 2, "万册"),
        (None, "时效指标", "宪法宣传周活动完成时间", "≤",
         mk("2025年12月10日前", "Y102", "error", alt=("Y101", "Y103"),
            note="budget year 2026: last season's date"), "日期"),
        (None, "成本指标", "宪法读本印制单价", mk("≥", "T108", "warning", row=True,
                                                  note="a unit price capped from below"),
         4.5, "元/册"),
        ("效益指标", "社会效益指标", "群众宪法知识知晓率", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "庄慕白", "0835-7231064")
    return b


@variant(
    "kfy15-campaign-duplicates",
    (7,),
    "project, NAT-2021, headers 考核指标 and "
    "目标值（年度）: one indicator twice, brochures against the goal, a satisfaction rate "
    "under 社会效益",
)
def campaign_duplicates() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=YEAR,
        name="法治讲座进社区",
        dept="槿屏市司法局（307）",
        unit="槿屏市普法讲师团",
        money=one_year(w(40), w(36), w(4)),
        goals=["全年开展法治讲座120场，印发普法宣传册5万册。"],
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "法治讲座场次", "≥120场"),
        (None, None, mk("开展法治讲座场次", "D101", "warning", row=True, alt=("D103",),
                        note="the row above with a word more"), "≥120场"),
        (None, None, "普法宣传册印发数量", mk("≥3万册", "D104", "warning", row=True,
                                              note="the goal says 5万册")),
        (None, "质量指标", "讲座课件审核通过率", "≥95%"),
        ("成本指标", "经济成本指标", "单场讲座成本", "≤2000元/场"),
        ("效益指标", "社会效益指标", "社区居民法律知识知晓率", "≥80%"),
        (None, None, mk("讲座听众满意度", "F201", "warning", row=True,
                        note="a satisfaction rate under 社会效益"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "社区居委会满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfy16-campaign-stacked-three",
    (2, 12),
    "three campaign projects stacked in one sheet, "
    "OLD-NAT, money in each head, the same indicator with different values (correct)",
)
def campaign_stacked_three() -> Book:
    b, s = new_book()
    blocks = [
        (
            "青少年法治教育进校园",
            (w(16), w(16), w(0)),
            "进校园法治课100场。",
            ("法治课场次", "≥100场", "单场法治课成本", "≤1600元/场", "≥90%"),
        ),
        (
            "农民工法律维权宣传",
            (w(10), w(8), w(2)),
            "工地普法40场，发放维权手册1万份。",
            ("工地普法场次", "≥40场", "单场工地普法成本", "≤2500元/场", "≥88%"),
        ),
        (
            "民法典主题宣传月",
            (w(12), w(12), w(0)),
            "民法典主题宣传活动60场。",
            ("主题宣传活动场次", "≥60场", "单场活动成本", "≤2000元/场", "≥92%"),
        ),
    ]
    for i, (name, (tot, fis, oth), goal, ind) in enumerate(blocks):
        if i:
            s.skip()
        project_head(
            s,
            year=YEAR,
            name=name,
            dept=DEPT,
            unit="鹭汀区普法办",
            money=one_year(tot, fis, oth),
            goals=[goal],
            title=None if i == 0 else "",
        )
        indicators(s, HEAD4, [
            ("产出指标", "数量指标", ind[0], ind[1]),
            (None, "成本指标", ind[2], ind[3]),
            ("效益指标", "社会效益指标", "受众法律知识知晓率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "受众满意度", ind[4]),
        ])  # fmt: skip
    signature(s, "庄慕白", "0835-7231064")
    return b


@variant(
    "kfy17-campaign-detail-lines",
    (9, 12),
    "project, OLD-NAT, detail lines under the "
    "table: plan dates of last year, a split number, lines not adding to their total",
)
def campaign_detail_lines() -> Book:
    b, s = new_book()
    start = mk(
        day(YEAR - 1, 1, 1),
        "Y101",
        "error",
        row=True,
        alt=("Y102",),
        note="title 2026, plan dates 2025",
    )
    project_head(
        s,
        year=YEAR,
        name="普法短视频制作推送",
        dept="澄岗县司法局（412）",
        unit="澄岗县普法办",
        money=one_year(w(50), w(50), w(0)),
        start=start,
        end=day(YEAR - 1, 12, 31),
        goals=["制作普法短视频120部，全网播放量不少于500万次。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "普法短视频制作数量", "≥120部"),
        (None, "质量指标", "短视频内容审核通过率", "≥95%"),
        (None, "成本指标", "单部短视频制作成本", "≤0.35万元/部"),
        ("效益指标", "社会效益指标", "全网播放量", "≥500万次"),
        ("满意度指标", "服务对象满意度指标", "观众点赞好评率", "≥85%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）")
    s.row(None, "短视频拍摄制作", mk("18.336 0", "X105", "warning", alt=("X103",)))
    s.row(None, "平台推广服务", w(20))
    s.row(None, "设备租赁", w(11.664))
    s.row(None, "专家审片", w(6))
    s.row(None, "合计", mk(w(50), "B102", "error", note="18.336 + 20 + 11.664 + 6 = 56"))
    return b


@variant(
    "kfy18-campaign-transfer",
    (5, 7),
    "transfer-payment 区域绩效目标表, OLD-NAT, labels "
    "with ★ and *, 效果指标, two-row header 考核指标 / 目标值（年度） / 评价标准 (correct)",
)
def campaign_transfer() -> Book:
    b, s = new_book()
    money = [("年度资金总额", w(150), "其中：中央补助", w(90)), (None, None, "地方资金", w(60))]
    project_head(
        s,
        year=YEAR,
        name="法治乡村建设补助资金",
        dept="槿屏市司法局（307）",
        unit="槿屏市及所辖县（区）司法局",
        money=money,
        attr="转移支付项目",
        title=f"{YEAR}年度中央对地方转移支付区域绩效目标表",
        goals=["1.创建民主法治示范村（社区）30个；2.培育农村“法律明白人”3000名。"],
    )
    s.row("考核指标", None, None, "指标值", None, merge=[(1, 3), (4, 5)])
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值（年度）", "评价标准"), [
        ("★产出指标", "*数量指标", "新创建民主法治示范村（社区）数", "≥30个", "按比例扣分"),
        (None, None, "培育“法律明白人”人数", "≥3000名", "按比例扣分"),
        (None, "*质量指标", "示范村（社区）验收合格率", "≥95%", "未达标不得分"),
        (None, "时效", "资金下达时限", "≤30日", "超期不得分"),
        (None, "成本", "每个示范村创建补助", "≤3万元/个", "超标不得分"),
        ("效果指标", "社会效益", "农村法律纠纷调解成功率", "≥95%", "按比例扣分"),
        (None, "可持续影响", "“法律明白人”在岗率", "≥90%", "按比例扣分"),
        ("满意度指标", "服务对象满意度", "村民满意度", "≥90%", "低于目标不得分"),
    ])  # fmt: skip
    notes(s, "说明：示范村补助3万元 × 30个 = 90万元（中央补助），地方资金用于培训和评估。")
    return b
