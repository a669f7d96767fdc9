"""Intangible heritage inheritors' subsidies: kgw07–kgw12."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout871.common import indicators, note, one_year, signature, start, wan
from tests.variants.holdout871.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "备注")


@variant("kgw07-inheritors-flat", (3, 1, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights add to 100, tasks add to 项目支出 (correct)")  # fmt: skip
def kgw07() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="澄渚市非物质文化遗产保护中心",
                    budget=[(wan(420), wan(380), wan(40), wan(150), wan(270))],
                    tasks=[("代表性传承人补助", "发放省、市级传承人传承补助", wan(36),
                            "补助传承人45人"),
                           ("传承展示活动", "组织传承人开展展演、展示", wan(144),
                            "展示活动80场"),
                           ("非遗进校园", "在中小学开设非遗课堂", wan(90), "覆盖学校24所"),
                           ("金额合计", None, wan(270), None)],
                    goal="补助省、市级代表性传承人45人（其中省级12人、市级33人），开展传承"
                         "展示活动不少于80场，非遗课堂覆盖中小学24所。")  # fmt: skip
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("补助代表性传承人人数", 15, "人", "≥", 45),
        ("传承补助标准", 10, "元/人·年", "≤", 8000),
        ("传承展示活动场次", 15, "场", "≥", 80),
        ("非遗课堂覆盖学校数", 10, "所", "≥", 24),
        ("补助资金按时发放率", 10, "%", "=", pct(1)),
        ("传承人年度评估合格率", 10, "%", "≥", pct(0.95)),
        ("非遗项目公众知晓率提高", 10, "百分点", "≥", 5),
        ("课堂学员流失率", 5, "%", "≤", pct(0.1)),
        ("传承人及学员满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    note(s, "注：传承补助标准8000元/人·年×45人=36万元，与任务金额一致。", 5)
    signature(s, "莫慧岚", "0735-8806215", day(2024, 11, 18))
    return b


@variant("kgw08-inheritors-flat-wrong", (3, 12),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): weights add to 95, goal count against indicator, standard × count "
         "above the task money")  # fmt: skip
def kgw08() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="蘅川区文化馆（区非遗保护中心）",
                    budget=[(wan(300), wan(270), wan(30), wan(120), wan(180))],
                    tasks=[("传承人补助", "发放区级代表性传承人补助", wan(40), "补助60人"),
                           ("传承活动", "传承人授徒、展演", wan(90), "活动120场"),
                           ("非遗数字化记录", "影像及文字记录", wan(50), "记录8个项目"),
                           ("金额合计", None, wan(180), None)],
                    goal="补助区级代表性传承人60人，开展传承活动120场，完成8个非遗项目的"
                         "数字化记录。")  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 15+10+15+15+10+10+20 = 95，应为100")
    std = mk("≤8000", "B107", "warning", row=True,
             note="8000元×60人=48万元，超过传承人补助任务金额40万元")  # fmt: skip
    acts = mk("≥100", "D104", "warning", row=True, note="年度总体目标和任务写传承活动120场")
    s.skip()
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("补助代表性传承人人数", "≥60", "正向", "人", 15),
        ("传承补助标准", std, "反向", "元/人·年", 10),
        ("传承活动场次", acts, "正向", "场", 15),
        ("数字化记录项目数", "≥8", "正向", "个", 15),
        ("补助资金按时发放率", "=100", "正向", "%", 10),
        ("传承档案完整率", "≥95", "正向", "%", 10),
        ("非遗展演观众满意度", "≥90", "正向", "%", 20),
    ])  # fmt: skip
    return b


def _bamboo() -> list[tuple[Any, ...]]:
    return [
        ("一、产出指标（40分）", "（一）数量指标", "资助带徒传承人数", "=6人", 10, None),
        (None, None, "培养学徒人数", "≥30人", 10, "每人带徒5人"),
        (None, None, "传习成果展场次", "≥2场", 5, None),
        (None, "（二）质量指标", "学徒结业考核合格率", "≥90%", 10, None),
        (None, "（三）时效指标", "传习完成时间", "2025年11月30日前", 5, None),
        ("二、成本指标（10分）", "（一）经济成本指标", "带徒补助标准", "≤2万元/人", 10, None),
        ("三、效益指标（30分）", "（一）经济效益指标", "竹编作品销售收入", "≥8万元", 10, None),
        (None, "（二）社会效益指标", "学员中35岁以下占比提高", "≥3百分点", 10, None),
        (None, "（三）可持续影响指标", "传承梯队", "初步形成", 10, None),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "学徒满意度", "≥90%", 10, None),
        (None, None, "传承人满意度", "≥90%", 10, None),
    ]


@variant("kgw09-bamboo-weaving-points", (10, 5),
         "project, NAT-2021, numbered tier labels with points and an indicator 分值 column, "
         "100 both ways, a rate raised in 百分点 (correct)")  # fmt: skip
def kgw09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="澄渚市竹编技艺传承人带徒传习补助项目",
        dept="澄渚市文化广电旅游局（306001）",
        unit="澄渚市非物质文化遗产保护中心",
        money=one_year(20, 18, 2),
        goals=["资助代表性传承人6人带徒传习，培养学徒30人，举办传习成果展2场。"],
    )
    indicators(s, POINTS, _bamboo())
    note(s, "注：一级指标分值合计100分，三级指标分值合计100分；补助6人×2万元=12万元。")
    return b


def _shadow(benefit: Any, misplaced: Any) -> list[tuple[Any, ...]]:
    return [
        ("一、产出指标（40分）", "（一）数量指标", "资助传承人数", "≥8人", 10, None),
        (None, None, "皮影戏公益演出场次", "≥40场", 15, None),
        (None, "（二）质量指标", "演出剧目完整率", "≥95%", 10, None),
        (None, "（三）时效指标", "补助资金发放时间", "2025年6月30日前", 5, None),
        ("二、成本指标（10分）", "（一）经济成本指标", "每场演出补助", "≤0.3万元/场", 10, None),
        (benefit, "（一）社会效益指标", "带动观众人次", "≥12000人次", 10, None),
        (None, None, misplaced, "≥90%", 5, None),
        (None, "（二）可持续影响指标", "青年学员留存人数", "≥10人", 10, None),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "传承人满意度", "≥90%", 20, None),
    ]


@variant(
    "kgw10-shadow-puppet-points",
    (10, 5),
    "project, NAT-2021, numbered tier labels with points and an indicator 分值 column: a "
    "tier's points that its indicators do not reach, a satisfaction rate under 社会效益",
)
def kgw10() -> Book:
    b, s = start()
    project_head(s, year=2025, name="蘅川区皮影戏代表性传承人演出补助项目",
                 dept="蘅川区文化旅游体育局", unit="蘅川区文化馆",
                 money=one_year(36, 30, 6),
                 goals=["资助皮影戏传承人8人开展公益演出40场，带动观众12000人次。"])  # fmt: skip
    benefit = mk("三、效益指标（30分）", "W103", "error",
                 note="其下三级指标分值10+5+10=25，与一级指标的30分不符")  # fmt: skip
    misplaced = mk("观众满意度", "F201", "warning", row=True,
                   note="满意度指标填在社会效益指标下")  # fmt: skip
    b.file_mark("W101", "error", required=False, note="三级指标分值合计95，是W103的后果")
    indicators(s, POINTS, _shadow(benefit, misplaced))
    signature(s, "邝雨桐", "0735-3320471", day(2024, 12, 9))
    return b


def _export_budget(s: Sheet, name: str, code: str, amounts: tuple[float, ...],
                   goal: str) -> None:  # fmt: skip
    """The budget sheet of a 预算管理一体化 export: codes in the first columns."""
    note(s, "部门项目支出预算表", 8)
    s.row("单位：万元", None, None, None, None, None, None, "预算年度：2025")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "项目类别", "合计", "财政拨款",
          "其他资金", "年度绩效目标")  # fmt: skip
    s.row("306014", "澄渚市非物质文化遗产保护中心", code, name, "一般性项目",
          *(wan(a) for a in amounts), goal)  # fmt: skip
    s.row("合计", None, None, None, None, *(wan(a) for a in amounts))


EXPORT = ("单位代码", "项目代码", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip


@variant("kgw11-inheritors-export", (7,),
         "budget-system export: budget on 「部门项目支出预算05-1」, indicators on "
         "「部门项目支出绩效目标05-2」 with the header on the third row and codes in the "
         "first columns (correct)")  # fmt: skip
def kgw11() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 26, 18, 30, 12, 12, 12, 12, 40))
    _export_budget(s, "代表性传承人传承补助", "306014-25-0017", (64, 60, 4),
                   "向40名代表性传承人发放传承补助，支持授徒传艺不少于120人。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 14, 18, 30, 10, 14, 12))
    note(t, "部门项目支出绩效目标表", 8)
    t.row("项目名称：代表性传承人传承补助", None, None, None, None, None, None, "单位：万元")
    c = ("306014", "306014-25-0017")
    indicators(t, EXPORT, [
        (*c, "产出指标", "数量指标", "补助代表性传承人人数", "≥", "40", "人"),
        (None, None, None, None, "授徒传艺人数", "≥", "120", "人"),
        (None, None, None, "质量指标", "传承人年度评估合格率", "≥", "95", "%"),
        (None, None, None, "时效指标", "补助资金发放时间", "≤", "2025年9月30日", None),
        (None, None, None, "成本指标", "人均补助标准", "≤", "1.5", "万元/人"),
        (None, None, "效益指标", "社会效益指标", "传承活动受众人次", "≥", "20000", "人次"),
        (None, None, None, "可持续影响指标", "非遗项目后继有人", "定性", "有效保障", None),
        (None, None, "满意度指标", "服务对象满意度指标", "传承人满意度", "≥", "90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kgw12-inheritors-export-wrong", (7,),
         "budget-system export on two sheets, codes in the first columns: the same indicator "
         "under two tier-2s, a payment date left from the year before")  # fmt: skip
def kgw12() -> Book:
    b, s = start("部门项目支出预算05-1", (10, 26, 18, 30, 12, 12, 12, 12, 40))
    _export_budget(s, "非遗传承基地传承人补助", "306014-25-0023", (48, 48, 0),
                   "补助传承基地传承人24人，开展授徒传艺不少于120人。")  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 14, 18, 30, 10, 14, 12))
    note(t, "部门项目支出绩效目标表", 8)
    t.row("项目名称：非遗传承基地传承人补助", None, None, None, None, None, None, "单位：万元")
    twice = mk("传承人授徒人数", "D101", "warning", row=True, alt=("D103", "D102"),
               note="与数量指标下的“传承人授徒人数”重复")  # fmt: skip
    stale = mk("2024年9月30日", "Y102", "error", alt=("Y103", "Y101"),
               note="2025年项目的发放时间写成上一年，沿用去年的表")  # fmt: skip
    c = ("306014", "306014-25-0023")
    indicators(t, EXPORT, [
        (*c, "产出指标", "数量指标", "补助传承人人数", "≥", "24", "人"),
        (None, None, None, None, "传承人授徒人数", "≥", "120", "人"),
        (None, None, None, "质量指标", "授徒结业考核合格率", "≥", "90", "%"),
        (None, None, None, "时效指标", "补助资金发放时间", "≤", stale, None),
        (None, None, None, "成本指标", "人均补助标准", "≤", "2", "万元/人"),
        (None, None, "效益指标", "社会效益指标", twice, "≥", "120", "人"),
        (None, None, None, None, "传承基地开放天数", "≥", "200", "天"),
        (None, None, "满意度指标", "服务对象满意度指标", "学徒满意度", "≥", "90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b
