"""Values, operators, tier labels and points: wv01, wv02, wv07 (correct), wv10, wv11, wv16."""

from __future__ import annotations

from tests.variants.holdout402.common import (
    GUQIN_DEPT,
    GUQIN_UNIT,
    SUONA_DEPT,
    SUONA_UNIT,
    TIERS3,
    indicators,
    one_year,
    project_book,
    signature,
    w,
)
from tests.variants.holdout402.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct


@variant("wv01-suona-operator-column", (1, 11),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel "
         "(correct)")  # fmt: skip
def wv01() -> Book:
    b, s = project_book(name="鹤汀唢呐传承人带徒传艺补助", dept=SUONA_DEPT, unit=SUONA_UNIT,
                        money=one_year(48, 40, 8),
                        goals=["支持20名唢呐代表性传承人带徒40人，整理传统曲牌60首。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "唢呐传承人带徒人数", "≥", 40, "人"),
        (None, None, "传统唢呐曲牌整理数量", "≥", 60, "首"),
        (None, "质量指标", "学徒结业考核合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "带徒补助发放及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "带徒补助标准", "≤", 0.5, "万元/人"),
        ("效益指标", "社会效益指标", "传承展演安全事故发生数", "=", 0, "起"),
        (None, "可持续影响指标", "传承断档曲牌数量下降率", "≥", pct(0.1), "%"),
        ("满意度指标", "服务对象满意度指标", "学徒及家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "邬承岚", "0736-5128844")
    return b


@variant("wv02-guqin-points", (10,),
         "project, NAT-2021, tier-1 points and indicator points both summing to 100, "
         "a participation rate raised in 百分点 (correct)")  # fmt: skip
def wv02() -> Book:
    b, s = project_book(name="古琴进校园公益课堂", dept=GUQIN_DEPT, unit=GUQIN_UNIT,
                        money=one_year(36, 30, 6),
                        goals=["在8所试点学校开设古琴公益课堂48场，举办雅集展演6场。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "古琴公益课堂场次", "≥48场", 15),
        (None, None, None, "古琴雅集展演场次", "≥6场", 10),
        (None, None, "质量指标", "授课教师持证上岗率", "=100%", 10),
        (None, None, "时效指标", "课堂计划完成时间", "2025年12月31日前", 5),
        ("成本指标", 20, "经济成本指标", "每场公益课堂成本", "≤0.35万元/场", 20),
        ("效益指标", 30, "社会效益指标", "试点学校学生古琴课程参与率提高", "≥3百分点", 15),
        (None, None, "可持续影响指标", "古琴传承教学点持续运行数量", "≥8个", 15),
        ("满意度指标", 10, "服务对象满意度指标", "学生及家长满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("wv07-suona-decorated-labels", (5,),
         "project, OLD-NAT, tier labels numbered, starred and abbreviated, one value column "
         "(correct)")  # fmt: skip
def wv07() -> Book:
    b, s = project_book(name="乡村唢呐班社展演扶持", dept=SUONA_DEPT, unit="鹤汀县文化馆",
                        money=one_year(25, 25, 0), attr="常年项目",
                        goals=["扶持12个唢呐班社开展礼俗展演，全年不少于72场。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("一、*产出指标", "（一）数量", "扶持唢呐班社数量", "≥12个"),
        (None, None, "班社传统礼俗展演场次", "≥72场"),
        (None, "（二）★质量", "展演曲目中传统曲牌占比", "≥70%"),
        (None, "（三）时效", "扶持资金拨付时间", "2025年6月30日前"),
        (None, "（四）成本", "每个班社扶持标准", "≤2万元/个"),
        ("二、效益指标", "1.社会效益", "展演覆盖行政村数量", "≥40个"),
        (None, "2.可持续影响", "班社新吸收青年成员人数", "≥24人"),
        ("三、满意度指标", "服务对象满意度", "村民观众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "苗宛舟", "0736-5120317")
    return b


@variant("wv10-suona-direction", (11,),
         "project, NAT-2021, operators inside the values: a 反向 incident rate with ≥, a subsidy "
         "cap with =, a rate given as a head count")  # fmt: skip
def wv10() -> Book:
    b, s = project_book(name="唢呐非遗进景区驻场演出", dept=SUONA_DEPT, unit="鹤汀县民间艺术团",
                        money=one_year(30, 24, 6),
                        goals=["在3个景区开展唢呐驻场演出120场，培养青年演奏员36人。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "景区驻场演出场次", "≥120场"),
        (None, "质量指标", "青年演奏员培训结业率",
         mk("36人", "T105", "error", note="a 结业率 given as a head count")),
        (None, "时效指标", "驻场演出启动时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "每场演出补助",
         mk("=0.2万元/场", "T108", "warning", row=True, note="a cost cap written with =")),
        ("效益指标", "社会效益指标", "演出安全事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="反向 incident rate with ≥")),
        (None, "经济效益指标", "带动景区游客停留时长增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wv11-guqin-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns: a typed percent above 100 on a 合格率 and "
         "其他资金 formatted in 元 inside the 万元 block")  # fmt: skip
def wv11() -> Book:
    yuan = mk(money(150000, YUAN), "B105", "error",
              note="shows 150,000.00元 in a 项目资金（万元） block")  # fmt: skip
    b, s = project_book(name="古琴斫制技艺传习工坊", dept=GUQIN_DEPT, unit=GUQIN_UNIT,
                        money=[["年度资金总额", w(60), "其中：财政拨款", w(45)],
                               ["其他资金", yuan]],
                        goals=["建成斫琴工坊1处，培训学员30人，完成传习琴20张。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="45 + 150000 ≠ 60 follows from B105")
    indicators(s, (*TIERS3, "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "斫琴学员培训人数", "≥", 30, "人"),
        (None, None, "传习琴完成数量", "≥", 20, "张"),
        (None, "质量指标", "传习琴音质验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="shows 105% on a capped 合格率"), "%"),
        (None, "时效指标", "工坊建成时间", "≤", "2025年5月31日", None),
        (None, "成本指标", "学员人均培训成本", "≤", 1.2, "万元/人"),
        ("效益指标", "社会效益指标", "斫琴技艺公开展示次数", "≥", 4, "次"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    signature(s, "韦栖桐", "0731-8846207")
    return b


@variant("wv16-guqin-tier-parent-points", (5, 10),
         "project, NAT-2021, numbered labels and a tier-1 score column: 时效指标 under 效益指标, "
         "two tier scores that their indicators do not add up to")  # fmt: skip
def wv16() -> Book:
    b, s = project_book(name="古琴名家口述史采录", dept=GUQIN_DEPT, unit="云砚市非遗研究所",
                        money=one_year(40, 40, 0),
                        goals=["采录古琴名家口述史10人次，整理出版口述史资料1部。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标", mk(40, "W103", "error", note="15 + 10 + 10 = 35, not 40"),
         "1.数量指标", "名家口述史采录人次", "≥10人次", 15),
        (None, None, None, "口述史资料出版数量", "≥1部", 10),
        (None, None, "2.质量指标", "采录音视频归档合格率", "≥95%", 10),
        ("二、成本指标", 20, "1.经济成本指标", "每人次采录成本", "≤2.5万元/人次", 20),
        ("三、效益指标", 30, "1.社会效益指标", "口述史资料公开查阅次数", "≥200次", 15),
        (None, None, mk("2.时效指标", "F105", "error", note="时效指标 belongs to 产出指标"),
         "采录成果入库时间", "2025年11月30日前", 15),
        ("四、满意度指标", mk(10, "W103", "error", note="the indicator under it scores 15"),
         "1.服务对象满意度指标", "传承人及家属满意度", "≥90%", 15),
    ], merged=(1, 2, 3))  # fmt: skip
    return b
