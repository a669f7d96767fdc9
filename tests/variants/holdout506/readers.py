"""Returns av07–av12: school readers in the local dialect (乡土方言读本) and their classes."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout506.common import TIERS3, indicators, new_book, signature, year_money
from tests.variants.holdout506.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money

SCORE_HEAD = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
ONE_HEAD = (*TIERS3, "指标值")


@variant("av07-readers-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column (100 both ways), a "
         "rate raised in 百分点 (correct)")  # fmt: skip
def av07() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="鹭汀县乡土方言读本进校园项目", dept="鹭汀县教育局（421）",
                 unit="鹭汀县教师发展中心", money=year_money(96, 90, 6),
                 goals=["编印乡土方言读本，在全县中小学开设方言课程。"])  # fmt: skip
    indicators(s, SCORE_HEAD, [
        ["产出指标", 45, "数量指标", "编印乡土方言读本", "≥12000册", 15],
        [None, None, None, "读本进课堂学校数", "≥36所", 10],
        [None, None, "质量指标", "读本内容审校合格率", "=100%", 10],
        [None, None, "时效指标", "开学前读本到校率", "≥95%", 10],
        ["成本指标", 15, "经济成本指标", "单册读本印制成本", "≤45元/册", 15],
        ["效益指标", 30, "社会效益指标", "开设方言课程学校比例", "提高≥5百分点", 10],
        [None, None, None, "学生参与方言诵读活动人次", "≥8000人次", 10],
        [None, None, "可持续影响指标", "读本纳入地方课程使用年限", "≥3年", 10],
        ["满意度指标", 10, "服务对象满意度指标", "师生及家长满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    signature(s, "葛澄", "施念禾", "7731026")
    return b


@variant("av08-readers-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it (two tiers "
         "off, totals both 100), a coverage rate given as a count")  # fmt: skip
def av08() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="栖梧县方言读本修订及配套音频项目", dept="栖梧县教育局（311）",
                 unit="栖梧县教研室", money=year_money(40, 36, 4),
                 goals=["修订方言读本，录制配套朗读音频，覆盖全县中小学。"])  # fmt: skip
    off = "其下指标分值合计与一级分值不符"
    indicators(s, SCORE_HEAD, [
        ["产出指标", mk(40, "W103", "error", note=off + "（45 ≠ 40）"), "数量指标",
         "修订读本篇目", "≥60篇", 15],
        [None, None, None, "录制配套朗读音频", "≥60段", 15],
        [None, None, None, "方言读本学校覆盖率",
         mk("86所", "T105", "error", note="覆盖率给成了学校数"), 5],
        [None, None, "质量指标", "朗读音频审听合格率", "≥95%", 10],
        ["成本指标", 10, "经济成本指标", "每段朗读音频录制成本", "≤0.2万元/段", 10],
        ["效益指标", mk(35, "W103", "error", note=off + "（30 ≠ 35）"), "社会效益指标",
         "学生方言朗读音频点播人次", "≥10000人次", 15],
        [None, None, "可持续影响指标", "音频资源平台保存年限", "≥5年", 15],
        ["满意度指标", 15, "服务对象满意度指标", "师生满意度", "≥90%", 15],
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    signature(s, "岑立昀", "蓝絮", "6608812")
    return b


@variant("av09-readers-labels", (5,),
         "project, NAT-2021, numbered and abbreviated tier labels (一、, （一）, 1., ★), a "
         "下降率 with ≥ (correct)")  # fmt: skip
def av09() -> Book:
    b, s = new_book()
    project_head(s, year=2026, name="芗岚区方言童谣绘本进幼儿园项目", dept="芗岚区教育局（515）",
                 unit="芗岚区学前教育指导中心", money=year_money(30, 27, 3),
                 goals=["编印方言童谣绘本并送入全区幼儿园，开展方言童谣教学。"])  # fmt: skip
    indicators(s, (*ONE_HEAD, "指标值设定依据"), [
        ["一、产出指标", "1.数量指标", "方言童谣绘本编印", "≥5000册", "计划标准"],
        [None, "2.质量", "绘本方言注音校对合格率", "≥98%", "行业标准"],
        [None, "3.时效指标", "绘本发放完成时间", "2026年9月30日前", "计划标准"],
        ["二、成本指标", "（一）经济成本指标", "单册绘本编印成本", "≤38元/册", "历史标准"],
        ["三、效益指标", "（一）社会效益指标", "幼儿方言听辨错误下降率", "≥10%", "计划标准"],
        [None, "（二）可持续影响指标", "将绘本纳入园本课程的幼儿园数", "≥20所", "计划标准"],
        ["四、满意度指标", "★服务对象满意度指标", "教师和家长满意度", "≥90%", "行业标准"],
    ])  # fmt: skip
    signature(s, "钟以宁", "柏青", "5120473", day(2025, 11, 12))
    return b


@variant("av10-readers-wrong-parent", (5, 11),
         "project, NAT-2021, numbered labels: a 社会效益 tier-2 under 产出, a 正向 count "
         "with ≤")  # fmt: skip
def av10() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="云岫市方言课程师资培训项目", dept="云岫市教育局（203）",
                 unit="云岫市教育科学研究所", money=year_money(20, 18, 2),
                 goals=["培训中小学方言课教师，提高方言课程教学质量。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ["一、产出指标", "（一）数量指标", "培训方言课教师",
         mk("≤60人", "T108", "warning", row=True, note="培训人数是正向指标，不应为 ≤")],
        [None, "（二）质量指标", "教师培训考核合格率", "≥95%"],
        [None, mk("（三）社会效益指标", "F105", "error", note="社会效益指标属于效益指标"),
         "学生方言认读能力提升", "显著"],
        [None, "（四）时效指标", "培训完成时间", "2025年8月31日前"],
        ["二、成本指标", "（一）经济成本指标", "人均培训成本", "≤1500元/人"],
        ["三、效益指标", "（一）可持续影响指标", "方言课程纳入校本课程学校数", "≥25所"],
        ["四、满意度指标", "（一）服务对象满意度指标", "参训教师满意度", "≥90%"],
    ])  # fmt: skip
    signature(s, "韦知南", "姚川", "5216634")
    return b


def _stack(s: Sheet, name: str, unit: str, total: object, fiscal: float, other: float,
           goal: str, rows: list[list[object]], first: bool) -> None:  # fmt: skip
    """One project of a stacked sheet: its head and its indicator table."""
    if not first:
        s.skip()
    cell = total if not isinstance(total, int | float) else money(total, WAN)
    project_head(s, year=2025, name=name, dept="芗岚区教育局（515）" if "芗岚" in name
                 else "栖梧县教育局（311）", unit=unit, title=None if first else "",
                 money=[["年度资金总额", cell, "其中：财政拨款", money(fiscal, WAN)],
                        ["其他资金", money(other, WAN), None, None]], goals=[goal])  # fmt: skip
    indicators(s, ONE_HEAD, rows)


@variant("av11-readers-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def av11() -> Book:
    b, s = new_book()
    _stack(s, "栖梧县乡土方言读本修订项目", "栖梧县教研室", 42, 40, 2,
           "修订并印制乡土方言读本，培训使用读本的教师。", [
        ["产出指标", "数量指标", "印制修订版读本", "≥9000册"],
        [None, None, "培训教师人数", "≥80人"],
        [None, "质量指标", "读本审校合格率", "100%"],
        [None, "时效指标", "读本到校时间", "2025年8月31日前"],
        [None, "成本指标", "单册读本印制成本", "≤40元/册"],
        ["效益指标", "社会效益指标", "使用读本学生人数", "≥9000人"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
    ], first=True)  # fmt: skip
    _stack(s, "栖梧县方言童谣进校园项目", "栖梧县少年宫", 18, 18, 0,
           "在全县小学开展方言童谣教唱和展演。", [
        ["产出指标", "数量指标", "童谣进校园展演场次", "≥12场"],
        [None, None, "培训教师人数", "≥45人"],
        [None, "质量指标", "展演节目审核通过率", "≥95%"],
        [None, "时效指标", "展演完成时间", "2025年12月20日前"],
        [None, "成本指标", "每场展演成本", "≤1.2万元/场"],
        ["效益指标", "社会效益指标", "观看展演师生人次", "≥6000人次"],
        ["满意度指标", "服务对象满意度指标", "参演师生满意度", "≥90%"],
    ], first=False)  # fmt: skip
    signature(s, "岑立昀", "蓝絮", "6608812")
    return b


@variant("av12-readers-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates exceeds 100 %")  # fmt: skip
def av12() -> Book:
    b, s = new_book()
    _stack(s, "芗岚区方言读本有声版制作项目", "芗岚区教研室", 26, 24, 2,
           "为方言读本录制有声版，上线区教育资源平台。", [
        ["产出指标", "数量指标", "录制读本有声课文", "≥120篇"],
        [None, "质量指标", "有声课文审听合格率", "≥95%"],
        [None, "时效指标", "有声版上线时间", "2025年9月1日前"],
        [None, "成本指标", "每篇有声课文制作成本", "≤0.15万元/篇"],
        ["效益指标", "社会效益指标", "有声课文点播人次", "≥20000人次"],
        ["满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"],
    ], first=True)  # fmt: skip
    total = mk(money(45, WAN), "B101", "error", note="财政拨款 40 + 其他资金 8 = 48 ≠ 45")
    _stack(s, "芗岚区中小学方言社团扶持项目", "芗岚区青少年活动中心", total, 40, 8,
           "扶持中小学方言社团开展活动，培养方言传承小骨干。", [
        ["产出指标", "数量指标", "扶持方言社团", "≥25个"],
        [None, "质量指标", "社团活动开课达标率",
         mk("≥110%", "T106", "error", note="达标率不能超过 100%")],
        [None, "时效指标", "扶持资金拨付时间", "2025年6月30日前"],
        [None, "成本指标", "每个社团扶持标准", "≤1.5万元/个"],
        ["效益指标", "社会效益指标", "参加方言社团学生人数", "≥750人"],
        ["满意度指标", "服务对象满意度指标", "社团学生满意度", "≥90%"],
    ], first=False)  # fmt: skip
    signature(s, "钟以宁", "邹一苇", "5127390")
    return b
