"""蓝染 craft-village returns: workshops, study tours, markets, homestays, the festival."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout682.common import (
    HEAD_PERIOD,
    book,
    date,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout682.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "砚湄县文化和旅游局（318047）"


@variant("hp13-village-workshop-points", (4, 10),
         "project, NAT-2021, tier-1 score and indicator score columns (100 both ways), an "
         "instruction row inside, 填表说明 and signature under the table (correct)")  # fmt: skip
def workshop_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="靛湾村蓝染非遗工坊建设",
        dept=DEPT,
        unit="芗岭乡文化站",
        money=one_year(wan(120), wan(100), wan(20)),
        goals=["改造蓝染非遗工坊3个，培训蓝染手艺人60人，带动村民就业40人。"],
    )
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    s.row("（请在下方逐项填写三级指标，分值合计100分）", merge=[(1, 6)])
    s.table([
        ["成本指标", 10, "经济成本指标", "单个工坊改造补助", "≤30万元", 10],
        ["产出指标", 40, "数量指标", "改造蓝染工坊", "≥3个", 10],
        [None, None, None, "培训蓝染手艺人", "≥60人", 10],
        [None, None, "质量指标", "蓝染产品抽检合格率", "≥95%", 10],
        [None, None, "时效指标", "工坊开放时间", "2025年10月1日前", 10],
        ["效益指标", 40, "社会效益指标", "带动村民就业", "≥40人", 20],
        [None, None, "可持续影响指标", "蓝染技艺传承人储备", "≥8人", 20],
        ["满意度指标", 10, "服务对象满意度指标", "游客满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "填表说明：一级指标分值与三级指标分值各自合计100分，不相加。",
          "注：工坊改造补助30万元×3个=90万元，其余30万元用于手艺人培训。")  # fmt: skip
    sign(s, "杨絮宁", "0871-6638 4021", date(2024, 11, 26))
    s.row("单位负责人（签字）：", None, "单位（盖章）")
    return b


@variant(
    "hp14-village-study-tour",
    (5, 10),
    "project, OLD-NAT, ★ labels with points: one tier's indicator points below its "
    "score, a satisfaction rate under 社会效益, a visitor count against the goal",
)
def study_tour() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="砚湄蓝染研学旅游线路打造",
        dept=DEPT,
        unit="砚湄县旅游发展服务中心",
        money=one_year(wan(85), wan(70), wan(15)),
        goals=["打造蓝染研学线路3条，全年接待研学游客5万人次，开发研学课程12门。"],
    )
    b.file_mark("W101", "error", required=False, note="产出少5分，合计95分由W103引起")
    s.row("绩效指标", merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        [mk("★产出指标（50分）", "W103", "error", note="其下分值15+10+10+10=45≠50"),
         "数量指标", "研学线路", "≥3条", 15],
        [None, None, "研学课程", "≥12门", 10],
        [None, "质量指标", "课程评审通过率", "≥90%", 10],
        [None, "成本指标", "单门课程开发费", "≤2万元", 10],
        ["★效益指标（30分）", "经济效益指标", "接待研学游客",
         mk("≥3万人次", "D104", "warning", note="年度目标写接待5万人次"), 15],
        [None, "社会效益指标", "研学学生满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下"), 15],
        ["★满意度指标（20分）", "服务对象满意度指标", "带队教师满意度", "≥90%", 20],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("hp15-village-market-two-year", (8, 10),
         "two-year project, NAT-2021, two-row header with 中期 and 年度 under 指标值, a rate "
         "raised in 百分点, a later year the work prepares for (correct)")  # fmt: skip
def market_two_year() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=2,
        name="靛湾蓝染文创市集提升",
        dept=DEPT,
        unit="砚湄县旅游发展服务中心",
        attr="新增项目",
        money=multi_year((wan(160), wan(130), wan(30)), (wan(80), wan(65), wan(15))),
        goals=[
            "两年举办蓝染文创市集48场，入驻手作摊位80个，为2027年申报省级乡村旅游重点村打好基础。",
            "2025年举办市集24场，入驻摊位50个，游客二次到访率提高3个百分点。",
        ],
    )
    s.row("绩效指标", merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度")
    s.table([
        ["成本指标", "经济成本指标", "单场市集组织费用", "≤1.5万元", "≤1.5万元"],
        ["产出指标", "数量指标", "举办文创市集", "≥48场", "≥24场"],
        [None, None, "入驻手作摊位", "≥80个", "≥50个"],
        [None, "质量指标", "摊位商品抽检合格率", "≥95%", "≥95%"],
        ["效益指标", "经济效益指标", "游客二次到访率提高", "≥5百分点", "≥3百分点"],
        [None, "社会效益指标", "带动手艺人增收", "≥120人", "≥70人"],
        ["满意度指标", "服务对象满意度指标", "游客满意度", pct(0.9), pct(0.9)],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("hp16-village-homestay-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, an end "
         "date one year short of the period, an annual count above the period's")  # fmt: skip
def homestay_copied() -> Book:
    b, s = book()
    text = "两年改造蓝染主题民宿30家，新增床位240张，培训民宿经营户60户。"
    project_head(
        s,
        year=2025,
        years=2,
        name="靛湾村蓝染主题民宿改造提升",
        dept=DEPT,
        unit="芗岭乡人民政府",
        attr="新增项目",
        end=mk(
            date(2025, 12, 31),
            "Y101",
            "error",
            alt=("Y102",),
            note="项目期2年、中期目标2025—2026年，计划完成日期却是2025年底",
        ),
        money=multi_year((wan(300), wan(240), wan(60)), (wan(150), wan(120), wan(30))),
        goals=[text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")],
    )
    indicators(s, [
        ["成本指标", "经济成本指标", "单家民宿改造补助", "≤8万元/家", "≤8万元/家"],
        ["产出指标", "数量指标", "改造蓝染主题民宿", "≥30家",
         mk("≥36家", "D201", "error", note="年度36家多于两年合计30家")],
        [None, None, "新增床位", "≥240张", "≥120张"],
        [None, "质量指标", "改造验收合格率", "≥95%", "≥95%"],
        ["效益指标", "经济效益指标", "民宿户均增收", "≥1.5万元", "≥0.8万元"],
        ["满意度指标", "服务对象满意度指标", "入住游客满意度", "≥90%", "≥90%"],
    ], head=HEAD_PERIOD)  # fmt: skip
    return b


@variant(
    "hp17-village-experience-hall",
    (1, 4, 7, 11),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, =100% as text, a typed percent, a "
    "下降率 with ≥, 0 起 on accidents, header repeated after a page break (correct)",
)
def experience_hall() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="砚湄蓝染手作体验馆运营补助",
        dept=DEPT,
        unit="砚湄县文化馆",
        money=one_year(wan(60), wan(50), wan(10)),
        goals=["体验馆全年开放300天以上，接待手作体验8000人次，游客投诉量下降20%。"],
    )
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, [
        ["产出指标", "数量指标", "开放天数", "≥300天"],
        [None, None, "接待手作体验", "≥8000人次"],
        [None, "质量指标", "体验材料安全检测达标率", "=100%"],
        [None, "成本指标", "体验课补助标准", "≤50元/人次"],
    ], head=head)  # fmt: skip
    s.row(*head)
    s.table([
        ["效益指标", "社会效益指标", "游客投诉下降率", "≥20%"],
        [None, None, "安全事故", "≤0起"],
        [None, "可持续影响指标", "馆藏蓝染纹样数字化率", pct(0.6)],
        ["满意度指标", "服务对象满意度指标", "体验游客满意度", "≥92%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：体验课补助50元/人次×8000人次=40万元，其余20万元为场馆运维。")
    sign(s, "罗汀兰", "0871-6631 0935", date(2024, 11, 29))
    return b


@variant("hp18-village-festival-leftover", (4,),
         "project, NAT-2021: last year's festival date left in the goal, a template "
         "example value with ** left in a row")  # fmt: skip
def festival_leftover() -> Book:
    b, s = book()
    goal = mk("2024年9月在靛湾村举办第三届砚湄蓝染文化节，开展蓝染非遗展演10场。",
              "Y103", "warning", alt=("Y101", "Y102"),
              note="2025年度申报表的年度目标仍写上届（2024年）的举办时间")  # fmt: skip
    project_head(
        s,
        year=2025,
        name="砚湄蓝染文化节",
        dept=DEPT,
        unit="砚湄县文化馆",
        money=one_year(wan(70), wan(60), wan(10)),
        goals=[goal],
    )
    indicators(s, [
        ["成本指标", "经济成本指标", "单场展演费用", "≤3万元"],
        ["产出指标", "数量指标", "非遗展演", "≥10场"],
        [None, None, "参展蓝染作品", "≥300件"],
        [None, None, "线上直播观看",
         mk("≥**人次", "X101", "error", note="模板示例值未改")],
        [None, "时效指标", "文化节举办时间", "2025年9月30日前"],
        ["效益指标", "社会效益指标", "带动村民摆摊", "≥80户"],
        ["满意度指标", "服务对象满意度指标", "参会游客满意度", "≥90%"],
    ])  # fmt: skip
    return b
