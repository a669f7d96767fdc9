"""Project returns wl01–wl06: percent cells, points at two levels and tier labels as offices write
them, for village yangge teams and waist-drum teams."""

from __future__ import annotations

from tests.variants.holdout392.common import IND, book, notes, one_year, project, sign, table
from tests.variants.holdout392.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "绩效标准", "计量单位")
PTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("wl01-yangge-percent", (1, 7), "project, OLD-NAT, operator column headed 指标性质, "
         "value column 绩效标准, unit column, percents typed in Excel, 0起 accidents "
         "(correct)")  # fmt: skip
def wl01() -> Book:
    b, s = book()
    project(s, "2025年村级秧歌队扶持项目", one_year(24, 20, 4),
            "扶持18支村级秧歌队常态化排练，开展骨干培训和春节汇演。")  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "扶持村级秧歌队数量", "≥", 18, "支"),
        (None, None, "秧歌骨干培训人次", "≥", 360, "人次"),
        (None, "质量指标", "骨干培训考核合格率", "≥", pct(0.9), "%"),
        (None, None, "春节汇演节目验收通过率", "=", pct(1), "%"),
        (None, "时效指标", "扶持资金拨付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "每支秧歌队扶持标准", "≤", 1.2, "万元/支"),
        ("效益指标", "社会效益指标", "农村群众参与秧歌活动人次", "≥", 12000, "人次"),
        (None, None, "汇演期间安全事故", "=", 0, "起"),
        (None, "可持续影响指标", "村级秧歌队常态化活动比例", "≥", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "参演村民满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "注：扶持标准18支×1.2万元/支=21.6万元，其余2.4万元用于骨干培训。")
    sign(s, "韩素琴", "0917-5521836")
    return b


@variant("wl02-drum-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns, "
         "percents typed in Excel: one above 100 %, a 反向 damage rate with ≥")  # fmt: skip
def wl02() -> Book:
    b, s = book()
    project(s, "2025年农村腰鼓队器材更新项目", one_year(40, 32, 8),
            "为石碾镇、北梁乡等6个乡镇的腰鼓队更新腰鼓及服装，保障全年演出。")  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "更新腰鼓数量", "≥", 120, "面"),
        (None, None, "配发腰鼓服装套数", "≥", 240, "套"),
        (None, "质量指标", "腰鼓验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a capped 合格率"), "%"),
        (None, None, "腰鼓器材年损坏率", mk("≥", "T108", "warning", row=True,
                                      note="a damage rate is 反向: ≤ expected"), pct(0.05), "%"),
        (None, "时效指标", "器材配发完成时间", "≤", "6月30日", None),
        (None, "成本指标", "腰鼓采购单价", "≤", 650, "元/面"),
        ("效益指标", "社会效益指标", "腰鼓队全年演出场次", "≥", 150, "场"),
        (None, "可持续影响指标", "器材使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "腰鼓队员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "乔建军", "0917-5523107")
    return b


@variant("wl03-yangge-points", (10, 5), "project, OLD-NAT, tier-1 score column and indicator "
         "score column both totalling 100, a participation rate raised in 百分点 "
         "(correct)")  # fmt: skip
def wl03() -> Book:
    b, s = book()
    project(s, "2025年秧歌辅导下乡项目", one_year(15, 12, 3),
            "组织文化馆干部下乡辅导秧歌48场，新编节目6个，提高村民文艺活动参与率。")  # fmt: skip
    table(s, PTS, [
        ("一、产出指标（50分）", 50, "数量指标", "秧歌辅导下乡场次", "≥48场", 15),
        (None, None, None, "新编秧歌节目数", "≥6个", 10),
        (None, None, "质量指标", "新编节目评审合格率", "≥90%", 10),
        (None, None, "时效指标", "下乡辅导按月完成率", "≥95%", 10),
        (None, None, "成本指标", "每场辅导补助标准", "≤2000元/场", 5),
        ("二、效益指标（30分）", 30, "社会效益指标", "村民文艺活动参与率比上年提高",
         "≥3百分点", 15),
        (None, None, "可持续影响指标", "秧歌队员中青年占比", "≥40%", 15),
        ("三、满意度指标（20分）", 20, "服务对象满意度指标", "受辅导村民满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    notes(s, "说明：一级分值与指标分值各自合计100分，按指标分值计分。")
    sign(s, "武兰芳", "0917-5521840")
    return b


@variant("wl04-drum-points-wrong", (10,), "project, OLD-NAT, tier-1 score column against the "
         "indicator scores under it (产出 50 declared, 45 given), "
         "a rate given as a head count")  # fmt: skip
def wl04() -> Book:
    b, s = book()
    project(s, "2025年腰鼓进校园项目", one_year(18, 18, 0),
            "在全县12所中小学开设腰鼓课，培训学生腰鼓队员，举办校园腰鼓展演。")  # fmt: skip
    table(s, PTS, [
        ("产出指标", mk(50, "W103", "error", note="15+10+10+10 = 45 under a declared 50"),
         "数量指标", "开设腰鼓课学校数", "≥12所", 15),
        (None, None, None, "校园腰鼓展演场次", "≥4场", 10),
        (None, None, "质量指标", "学生腰鼓队员参训率",
         mk("≥200人", "T105", "error", note="a 参训率 needs a %"), 10),
        (None, None, "成本指标", "每所学校教学补助", "≤1.2万元/所", 10),
        ("效益指标", 30, "社会效益指标", "参与腰鼓课学生人数", "≥1500人", 15),
        (None, None, "可持续影响指标", "校园腰鼓队常态化训练比例", "≥80%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "学生及家长满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 95)
    b.file_mark("W101", "error", required=False, note="indicator points total 95: same defect")
    sign(s, "冯志刚", "0917-5526618")
    return b


@variant("wl05-yangge-labels", (5,), "project, NAT-2021, numbered tier labels (一、（一）1.), "
         "★ marks and abbreviations, a 投诉下降率 with ≥ (correct)")  # fmt: skip
def wl05() -> Book:
    b, s = book()
    project(s, "2025年上坪村秧歌非遗展示项目", one_year(10, 10, 0),
            "租赁秧歌服装80套，在上坪村开展秧歌非遗展示16场，吸引游客和周边村民观演。")  # fmt: skip
    table(s, IND, [
        ("一、产出指标", "（一）数量指标", "秧歌非遗展示场次", "≥16场"),
        (None, None, "秧歌服装租赁数量", "≥80套"),
        (None, "（二）质量指标", "展示节目审核通过率", "≥95%"),
        (None, "（三）时效指标", "展示活动按计划完成率", "≥95%"),
        ("二、成本指标", "1.经济成本指标", "秧歌服装租赁单价", "≤150元/套"),
        ("三、效益", "社会效益", "观演群众人次", "≥8000人次"),
        (None, None, "乡村文化活动投诉下降率", "≥10%"),
        (None, "可持续影响", "秧歌展示长效机制", "建立并执行"),
        ("四、★满意度指标", "★服务对象满意度", "观演群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺玉梅", "0917-5528034")
    return b


@variant("wl06-drum-labels-wrong", (5, 6, 13), "project, NAT-2021, labels 1.产出指标 …: "
         "时效指标 under 效益指标, a value without a name, "
         "an empty 生态效益指标 left from the template")  # fmt: skip
def wl06() -> Book:
    b, s = book()
    project(s, "2025年北梁乡腰鼓队展演项目", one_year(12, 10, 2),
            "北梁乡8支腰鼓队参加县级展演和节庆巡演，提升腰鼓艺术影响力。")  # fmt: skip
    table(s, IND, [
        ("1.产出指标", "数量指标", "参演腰鼓队数量", "≥8支"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥20场"),
        (None, "质量指标", "展演节目合格率", "≥95%"),
        ("2.成本指标", "经济成本指标", "每支腰鼓队展演补助", "≤1.2万元/支"),
        ("3.效益指标", mk("时效指标", "F105", "error", note="时效 belongs under 产出指标"),
         "展演活动按期完成率", "≥95%"),
        (None, "社会效益指标", "观看展演群众人次", "≥20000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("4.满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "高振华", "0917-5527712")
    return b
