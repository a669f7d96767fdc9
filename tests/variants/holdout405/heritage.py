"""Returns wy13–wy18: intangible-heritage wushu (非遗拳种), exports, artefacts and points."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout405.common import TIERED, book, footnotes, indicators, one_year
from tests.variants.holdout405.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

TIERED_STAR = ("一级指标", "二级指标", "三级指标", "指标值（年度）")


@variant("wy13-points-labels", (5, 10), "project, NAT-2021, numbered tier labels with points "
         "(一、产出指标（40分）, （一）数量指标, 1.), indicator points adding to the same 100, a "
         "rise in 百分点 (correct)")  # fmt: skip
def wy13() -> Book:
    b, s = book()
    project_head(s, year=2025, name="桐湾县非遗梅花拳保护传承项目",
                 dept="桐湾县文化广电和旅游局（216530）", unit="桐湾县非遗保护中心",
                 money=one_year(40, 40, 0),
                 goals=["开展梅花拳传承教学和展演，记录整理套路20套。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.记录整理梅花拳套路", "≥20套", 15),
        (None, None, "2.传承教学课时", "≥400课时", 10),
        (None, "（二）质量指标", "3.套路影像资料验收合格率", "=100%", 10),
        (None, "（三）时效指标", "4.资料整理完成时间", "2025年11月30日前", 5),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.每课时教学补贴", "≤300元/课时", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.青少年习练人数占比提高", "≥5百分点", 15),
        (None, "（二）可持续影响指标", "7.传承人梯队建设情况", "逐步完善", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.学员满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    footnotes(s, "注：一级指标括号内分值为其下三级指标分值之和，合计100分。", width=5)
    return b


@variant("wy14-alt-labels-wrong-parent", (5,), "transfer-payment project, OLD-NAT, labels with "
         "★ and abbreviations, a tier-2 under a wrong tier-1, =95% on satisfaction")  # fmt: skip
def wy14() -> Book:
    b, s = book()
    project_head(s, year=2025, name="蓬原市武术之乡建设补助资金", attr="转移支付项目",
                 dept="蓬原市体育局（137702）", unit="蓬原市各武术之乡所在县",
                 money=one_year(150, 150, 0),
                 goals=["支持5个武术之乡建设传统武术训练基地，每基地年培训200人。"])  # fmt: skip
    indicators(s, TIERED_STAR, [
        ("★产出", "数量", "★建设传统武术训练基地", "≥5个"),
        (None, None, "基地年培训学员人数", "≥1000人"),
        (None, "质量", "基地建设验收合格率", "=100%"),
        (None, mk("可持续影响", "F105", "error",
                  note="可持续影响指标 belongs under 效益指标, not 产出指标"),
         "基地常年开放运营", "≥10年"),
        (None, "成本", "单个基地补助标准", "≤30万元/个"),
        ("★效益", "社会效益", "武术之乡群众习武人数增长率", "≥8%"),
        ("满意度", "服务对象满意度", "参训学员满意度",
         mk("=95%", "T107", "warning", note="=95% on a satisfaction rate means ≥95%")),
    ])  # fmt: skip
    footnotes(s, "注：标★的为核心指标，不得删除。")
    return b


@variant("wy15-system-export", (7,), "budget-system export: money on sheet 部门项目支出预算05-1, "
         "indicators on 部门项目支出绩效目标05-2 with the header on the third row, project code "
         "and name in the first columns, 指标方向 column (correct)")  # fmt: skip
def wy15() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    s.title("2025年度部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code, name = "4307250300018", "沅岭县传统武术普及进校园项目"
    s.row(code, name, money(48), money(48), money(0))
    s.row("合计", None, money(48), money(48), money(0))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 12, 14, 28, 10, 14))
    t.title("2025年度部门项目支出绩效目标表", 7)
    t.row("预算单位：沅岭县教育局", None, None, None, None, None, "单位：万元")
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向",
                   "指标值"), [
        (code, name, "产出指标", "数量指标", "开设武术课程学校数量", "正向", "≥24所"),
        (None, None, None, None, "培训体育教师武术技能人数", "正向", "≥120人"),
        (None, None, None, "质量指标", "教师培训考核合格率", "正向", pct(0.95)),
        (None, None, None, "时效指标", "课程开设时间", "正向", "2025年9月30日前"),
        (None, None, None, "成本指标", "每所学校器材补助", "反向", "≤1.5万元/所"),
        (None, None, "效益指标", "社会效益指标", "学生武术操普及率", "正向", "≥80%"),
        (None, None, None, None, "校园运动伤害发生率下降率", "正向", "≥10%"),
        (None, None, None, None, "武术课伤害事故发生率", "反向", "≤1%"),
        (None, None, "满意度指标", "服务对象满意度指标", "学生满意度", "正向", "≥90%"),
    ], merged=(1, 2, 3, 4), label=None)  # fmt: skip
    return b


@variant("wy16-pdf-artefacts", (9,), "project, OLD-NAT, one value column, detail lines below "
         "the table copied from a PDF: a split number, an amount pasted twice, a unit cost "
         "rounded to 0")  # fmt: skip
def wy16() -> Book:
    b, s = book()
    project_head(s, year=2025, name="泊阳区武术文化节展演项目",
                 dept="泊阳区文化旅游体育局（629014）", unit="泊阳区文化馆",
                 money=one_year(56, 56, 0),
                 goals=["举办泊阳区第三届武术文化节，展演10场，观众3万人次。"])  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "武术展演场次", "≥10场"),
        (None, "质量指标", "展演节目审核通过率", "≥95%"),
        (None, "时效指标", "文化节举办时间", "2025年10月31日前"),
        (None, "成本指标", "每场展演平均费用",
         mk("≤0万元/场", "T115", "error", note="5.6万元 a show rounded to 0 in 万元")),
        ("效益指标", "社会效益指标", "现场观众人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    s.row(None, "场地及舞台租赁", None,
          mk("12.4 5", "X105", "warning", alt=("X103",), note="12.45 split by a space"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "服装道具", None,
          mk("20万20万(含服装道具)", "X106", "error", alt=("B108",), note="20万 pasted twice"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "演员及教练劳务", None, money(18), merge=[(2, 3)])
    s.row(None, "宣传推广", None, money(5.55), merge=[(2, 3)])
    s.row(None, "合计", None, money(56), merge=[(2, 3)])
    return b


@variant("wy17-flat-two-values", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 实施周期 and 年度 values), percent cells, weights add to 100 "
         "(correct)")  # fmt: skip
def wy17() -> Book:
    b, s = book()
    s.title("2025年度部门整体支出绩效指标表", 6)
    s.row("部门名称：晴川县武术运动协会", None, None, None, "填报日期：",
          day(2024, 12, 10, CN_DATE),
          merge=[(1, 4)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "实施周期指标值", "年度指标值")
    s.table([
        ("举办武术段位培训班", 20, "期", "大于等于", 6, 6),
        ("社区武术辅导站", 20, "个", "大于等于", 12, 12),
        ("段位考试通过率", 15, "%", "大于等于", pct(0.85), pct(0.85)),
        ("习武群众运动伤害发生率下降率", 15, "%", "大于等于", pct(0.1), pct(0.1)),
        ("培训安全事故", 10, "起", "等于", 0, 0),
        ("人均培训成本", 10, "元/人", "小于等于", 600, 600),
        ("参训群众满意度", 10, "%", "大于等于", pct(0.9), pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    footnotes(s, "说明：实施周期为2025年度，故两列指标值相同。")
    return b


@variant("wy18-tier-points-mismatch", (10,), "project, NAT-2021, tier-1 score column against "
         "the indicator scores under it, a 完成率 above 100%")  # fmt: skip
def wy18() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 16, 8))
    project_head(s, year=2025, name="洛川镇形意拳社区推广项目",
                 dept="洛川镇人民政府（804417）", unit="洛川镇文化体育站",
                 money=one_year(24, 24, 0),
                 goals=["在8个村（社区）开设形意拳公益班，培训群众400人。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", mk(40, "W103", "error", note="15 + 10 + 10 = 35 ≠ 40"), "数量指标",
         "开设公益班数量", "≥8个", 15),
        (None, None, None, "培训群众人数", "≥400人", 10),
        (None, None, "质量指标", "培训计划完成率",
         mk("≥110%", "T106", "error", note="a 完成率 cannot exceed 100%"), 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤600元/人", 10),
        ("效益指标", 30, "社会效益指标", "村（社区）经常习武人数", "≥600人", 20),
        (None, None, "可持续影响指标", "公益班常态化开班村（社区）数", "≥6个", 10),
        ("满意度指标", 20, "服务对象满意度指标", "参训群众满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="the indicator scores then add to 95, not 100: the same defect",
    )
    return b
