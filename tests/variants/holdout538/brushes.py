"""Writing-brush (毛笔) workshops: typed percent cells, decorated tier labels, multi-year
projects (cb01–cb06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout538.common import YEAR, indicators, multi_year, one_year, start
from tests.variants.holdout538.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "墨澜县文化和旅游局（312）"
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("cb01-brush-percent-cells", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 反向 rate with ≤ (correct)")  # fmt: skip
def brush_percent_cells() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澜毫笔制作技艺传习工坊运行项目", dept=DEPT,
                 unit="墨澜县非遗传习中心", money=one_year(86, 80, 6),
                 goals=["开设制笔传习课程24期，培养学徒15人，工坊全年对外开放。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "开设制笔技艺传习课程", "≥", 24, "期"),
        (None, None, "培养制笔学徒", "≥", 15, "人"),
        (None, "质量指标", "学徒结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "成品笔头脱毛率", "≤", pct(0.03), "%"),
        (None, "时效指标", "传习课程按计划开课率", "≥", pct(0.95, "0.0%"), "%"),
        (None, "成本指标", "学徒传习补贴标准", "≤", 2400, "元/人·月"),
        ("效益指标", "社会效益指标", "工坊开放接待参观人次", "≥", 6000, "人次"),
        (None, "可持续影响指标", "传承人带徒档案", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "学徒及参观群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("cb02-brush-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a typed 105% on a capped rate, a 反向 "
         "rate with ≥")  # fmt: skip
def brush_percent_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="篁洲笔庄传统制笔工具修复项目", dept=DEPT,
                 unit="篁洲市笔墨文化研究院", money=one_year(40, 35, 5),
                 goals=["修复传统制笔工具120件，举办制笔技艺展示活动8场。"])  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="合格率 typed as 105%: above the 100% ceiling")
    wrong = mk("≥", "T108", "warning", row=True, note="返修率 is 反向: ≥ sets a floor on defects")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "修复传统制笔工具", "≥", 120, "件"),
        (None, "质量指标", "修复工具抽检合格率", "≥", over, "%"),
        (None, None, "笔杆开裂返修率", wrong, pct(0.02), "%"),
        (None, "时效指标", "工具修复完成及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单件工具修复成本", "≤", 800, "元/件"),
        ("效益指标", "社会效益指标", "制笔技艺展示活动", "≥", 8, "场"),
        ("满意度指标", "服务对象满意度指标", "笔庄匠人满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("cb03-brush-tier-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）), marks (★, *) "
         "and abbreviations, indicator points adding to the tier points (correct)")  # fmt: skip
def brush_tier_labels() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="紫锋狼毫笔非遗工坊提质项目", dept=DEPT,
                 unit="墨澜县紫锋笔庄传习所", money=one_year(52, 52, 0),
                 goals=["完成狼毫笔古法工序整理，带徒12人，开展进校园体验课40场。"])  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（40分）", "（一）数量指标", "带徒传艺人数", "≥12人", 10),
        (None, None, "进校园制笔体验课", "≥40场", 10),
        (None, "（二）★质量指标", "古法工序整理成册验收通过率", "100%", 10),
        (None, "（三）时效", "体验课学期内完成率", "≥95%", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "体验课单场成本", "≤0.3万元/场", 10),
        (None, None, "带徒补贴标准", "≤1.5万元/人·年", 10),
        ("三、效益指标（30分）", "1.社会效益", "参与体验课学生人次", "≥2000人次", 15),
        (None, "2.*可持续影响指标", "古法工序传承人梯队", "稳定", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "师生满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("cb04-brush-wrong-parent", (5, 6, 13),
         "project, NAT-2021, numbered labels: 时效指标 under 效益指标, a template tier-2 "
         "left empty, a value without a name")  # fmt: skip
def brush_wrong_parent() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="鹿鸣兼毫笔制作技艺数字化记录项目", dept=DEPT,
                 unit="墨澜县鹿鸣镇文化站", money=one_year(30, 30, 0),
                 goals=["完成兼毫笔制作28道工序的影像记录，形成数字档案一套。"])  # fmt: skip
    parent = mk("（二）时效指标", "F105", "error", row=True, note="时效指标 belongs under 产出指标")
    empty = mk("（二）生态效益指标", "F109", "warning", row=True, note="template row, no indicator")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "（一）数量指标", "记录制笔工序", "≥28道"),
        (None, "（二）质量指标", "影像资料验收合格率", "≥95%"),
        ("二、成本指标", "（一）经济成本指标", "单道工序记录成本", "≤0.8万元/道"),
        ("三、效益指标", "（一）社会效益指标", "数字档案对公众开放", "≥2个平台"),
        (None, parent, "影像资料按期交付", "11月30日前"),
        (None, empty, None, None),
        (None, "（三）可持续影响指标", mk(None, "F110", "error", note="value without a name"),
         "≥5年"),
        ("四、满意度指标", "（一）服务对象满意度指标", "传承人满意度", "≥90%"),
    ])  # fmt: skip
    return b


TWO = ("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位")
SPAN = (None, None, None, "中期（2025—2027年）", "年度（2025年）", None)


@variant("cb05-brush-multi-year", (8, 1),
         "three-year project, NAT-2021, two-row header with 中期 and 年度 value columns, unit "
         "column, annual counts below the period counts, rates equal (correct)")  # fmt: skip
def brush_multi_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="沐砚笔乡制笔技艺传承人培养计划", dept=DEPT,
                 unit="沐砚镇人民政府", money=multi_year((180, 150, 30), (60, 50, 10)),
                 years=3, attr="新增项目",
                 goals=["三年培养制笔传承学徒60人，整理笔乡老工艺图谱90幅。",
                        "2025年培养学徒20人，整理图谱30幅，接待研学9000人次。"])  # fmt: skip
    s.row(*TWO, merge=[(4, 5)])
    indicators(s, SPAN, [
        ("产出指标", "数量指标", "培养制笔传承学徒", "≥60", "≥20", "人"),
        (None, None, "整理笔乡老工艺图谱", "≥90", "≥30", "幅"),
        (None, "质量指标", "学徒出师考核通过率", pct(0.85), pct(0.85), "%"),
        (None, "时效指标", "年度传习计划完成率", pct(1), pct(1), "%"),
        ("成本指标", "经济成本指标", "学徒培养人均成本", "≤1.2", "≤1.2", "万元/人"),
        ("效益指标", "社会效益指标", "笔乡研学接待人次", "≥30000", "≥9000", "人次"),
        (None, "可持续影响指标", "传承人梯队", "稳定", "稳定", None),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("cb06-brush-multi-year-copied", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns: cumulative counts copied into "
         "the annual column, 年度目标 copied from 中期目标")  # fmt: skip
def brush_multi_year_copied() -> Book:
    b, s = start()
    goal = "三年内修缮笔庄老作坊3处，培养学徒45人，出版制笔工艺图录1部。"
    same = mk(goal, "D204", "warning", note="年度目标 is the 中期目标 word for word")
    project_head(s, year=YEAR, name="笔庄老作坊修缮与活态传承项目", dept=DEPT,
                 unit="墨澜县笔庄文化研究会", money=multi_year((240, 200, 40), (80, 70, 10)),
                 years=3, goals=[goal, same])  # fmt: skip

    def copied(v: str) -> object:
        return mk(v, "D202", "warning", note="cumulative count copied from the 实施期 column")

    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "修缮笔庄老作坊", "3处", "1处", None),
        (None, None, "培养制笔学徒", "≥45人", copied("≥45人"), None),
        (None, None, "采集制笔工艺图像", "≥600幅", copied("≥600幅"), None),
        (None, "质量指标", "修缮工程验收合格率", "100%", "100%", None),
        ("成本指标", "经济成本指标", "单处作坊修缮成本", "≤60万元/处", "≤60万元/处", None),
        ("效益指标", "社会效益指标", "作坊开放参观人次", "≥40000人次", "≥12000人次", None),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    return b
