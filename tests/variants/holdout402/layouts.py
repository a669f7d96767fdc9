"""Flat lists, stacked projects, notes and template rows: wv03, wv04, wv06 (correct), wv12, wv14,
wv15."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout402.common import (
    GUQIN_DEPT,
    GUQIN_UNIT,
    SUONA_DEPT,
    SUONA_UNIT,
    TIERS3,
    department_book,
    indicators,
    notes,
    one_year,
    project_book,
    signature,
    w,
)
from tests.variants.holdout402.registry import variant
from tests.variants.kit import Book, day, mk, pct

FLAT_BUDGET = [[w(320), w(300), w(20), w(190), w(130)]]
FLAT_TASKS = [
    ["唢呐传承人带徒", "资助代表性传承人带徒传艺", w(70), "带徒60人"],
    ["古琴曲谱数字化采录", "采录整理传统琴曲", w(60), "采录琴曲120首"],
    ["金额合计", None, w(130), None],
]


@variant("wv03-flat-heritage-centre", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights add to 100, a percent cell and a bare rate with % in the unit column "
         "(correct)")  # fmt: skip
def wv03() -> Book:
    b, s = department_book(dept="松浦区非物质文化遗产保护中心", budget=FLAT_BUDGET,
                           tasks=FLAT_TASKS, goal="做好唢呐、古琴非遗的传承与记录。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("非遗传承人带徒人数", 20, "人", "≥", 60),
        ("古琴曲谱数字化采录数量", 15, "首", "≥", 120),
        ("采录资料归档合格率", 15, "%", "≥", pct(0.95)),
        ("传承展演场次", 15, "场", "≥", 24),
        ("传承展演安全事故", 10, "起", "=", 0),
        ("公众对传承活动满意度", 15, "%", "≥", 90),
        ("传承人年龄断层比例下降", 10, "百分点", "≥", 2),
    ])  # fmt: skip
    s.row("合计", 100)
    signature(s, "卢映川", "0736-2219035")
    return b


@variant("wv04-stacked-suona-guqin", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def wv04() -> Book:
    b, s = project_book(name="民间唢呐班社传习活动", dept=SUONA_DEPT, unit=SUONA_UNIT,
                        money=one_year(18, 15, 3),
                        goals=["支持唢呐班社开展传习活动30场，带动青年学员50人。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "传习活动场次", "≥30场"),
        (None, "质量指标", "学员考核合格率", "≥85%"),
        (None, "成本指标", "每场传习活动补助", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "参与传习青年学员人数", "≥50人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="古琴斫琴与修琴技艺传习", dept=GUQIN_DEPT,
                 unit=GUQIN_UNIT, money=one_year(22, 22, 0),
                 goals=["开展斫琴、修琴传习活动12场，修复老琴8张。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "传习活动场次", "≥12场"),
        (None, None, "老琴修复数量", "≥8张"),
        (None, "质量指标", "修复老琴验收合格率", "=100%"),
        (None, "成本指标", "每张老琴修复成本", "≤1.5万元/张"),
        ("效益指标", "可持续影响指标", "修复老琴入藏率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "柏闻溪", "0736-5126650")
    return b


@variant("wv06-guqin-notes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, 注 and "
         "填表说明 rows below, signature line dated the year before (correct)")  # fmt: skip
def wv06() -> Book:
    b, s = project_book(name="古琴艺术普及讲座", dept=GUQIN_DEPT, unit=GUQIN_UNIT,
                        money=one_year(12, 12, 0),
                        goals=["举办古琴艺术普及讲座20场，受众不少于2000人次。"])  # fmt: skip
    s.row(*TIERS3, "指标值")
    s.row("（三级指标可根据项目实际增减，指标值须量化）", None, None, None, merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "普及讲座场次", "≥20场"),
        (None, None, "讲座受众人次", "≥2000人次"),
        (None, "质量指标", "讲座课件审核通过率", "≥95%"),
        (None, "成本指标", "每场讲座成本", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "受众古琴知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：讲座受众人次按签到表统计。",
          "填表说明：1.指标值应与项目资金相匹配；2.本表一式两份。", width=4)  # fmt: skip
    signature(s, "司徒弦", "0731-8840192", day(2024, 12, 9))
    return b


@variant("wv12-suona-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template with nothing under "
         "it and a value typed without an indicator name")  # fmt: skip
def wv12() -> Book:
    b, s = project_book(name="唢呐传统曲牌抢救性记录", dept=SUONA_DEPT, unit=SUONA_UNIT,
                        money=one_year(28, 28, 0),
                        goals=["抢救性记录老艺人演奏的传统唢呐曲牌80首。"])  # fmt: skip
    indicators(s, (*TIERS3, "预期目标"), [
        ("产出指标", "数量指标", "记录传统曲牌数量", "≥80首"),
        (None, "质量指标", mk(None, "F110", "error", note="a value without a name"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "每首曲牌记录成本", "≤0.3万元/首"),
        ("效益指标", "社会效益指标", "记录成果公开播放次数", "≥500次"),
        ("满意度指标", "服务对象满意度指标", "老艺人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wv14-stacked-defects", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def wv14() -> Book:
    b, s = project_book(name="古琴琴社雅集扶持", dept=GUQIN_DEPT, unit=GUQIN_UNIT,
                        money=one_year(16, 16, 0),
                        goals=["扶持8个民间琴社举办雅集32场。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "琴社雅集场次", "≥32场"),
        (None, "质量指标", "雅集曲目整理完成率", "≥90%"),
        (None, "成本指标", "每场雅集补助", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "雅集观众人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(w(40), "B101", "error", note="30 + 5 ≠ 40")
    project_head(s, year=2025, title="", name="唢呐少年班培养", dept=SUONA_DEPT,
                 unit=SUONA_UNIT, money=[["年度资金总额", total, "其中：财政拨款", w(30)],
                                         ["其他资金", w(5)]],
                 goals=["开办唢呐少年班2个，培养少年学员40人。"])  # fmt: skip
    indicators(s, (*TIERS3, "指标值"), [
        ("产出指标", "数量指标", "少年班学员人数", "≥40人"),
        (None, "质量指标", "曲谱教材编印完成率",
         mk("12册", "T105", "error", note="a 完成率 given as a count")),
        (None, "成本指标", "学员人均培养成本", "≤0.8万元/人"),
        ("效益指标", "可持续影响指标", "少年学员进入县级以上展演人数", "≥10人"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wv15-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def wv15() -> Book:
    b, s = department_book(dept="鹤汀县唢呐艺术保护传承中心",
                           budget=[[w(150), w(140), w(10), w(90), w(60)]],
                           goal="推进唢呐艺术保护传承，开展展演与培训。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("唢呐公益展演场次", "≥40", "正向", "场", 20),
        ("青年演奏员培训人数", mk("12万元", "T112", "error", alt=("T119",),
                                  note="value in 万元, unit column 人"), "正向", "人", 20),
        ("展演噪音投诉率", mk("≥2%", "T108", "warning", row=True,
                              note="反向 in the direction column, ≥ in the value"),
         "反向", "%", 15),
        ("唢呐曲牌数字化入库数量", "≥50", "正向", "首", 20),
        ("群众满意度", "≥90%", "正向", "%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="20 + 20 + 15 + 20 + 20 = 95, not 100")
    return b
