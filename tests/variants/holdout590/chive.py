"""Chive (韭菜) greenhouse bases supplying school canteens: returns eb07–eb12."""

from __future__ import annotations

from tests.variants.holdout590.common import WIDE, funds, indicators, notes, project_book, signature
from tests.variants.holdout590.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "渚南区农业农村和水利局（405）"


@variant("eb07-chive-content-standard", (7,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a goal text summing its counts, "
         "an incident count of 0 (correct)")  # fmt: skip
def eb07() -> Book:
    b, s = project_book(
        year=2025, name="蓼塘街道韭菜大棚校园供应项目", dept=DEPT,
        unit="渚南区蓼塘街道农业服务中心", money=funds(52, 52, 0),
        goals=["更换韭菜大棚棚膜 80 亩，向 12 所小学和 8 所中学共 20 所学校食堂供应韭菜。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ["产出指标", "数量指标", "韭菜大棚棚膜更换面积", "≥80亩"],
        [None, None, "供应学校数量", "≥20所"],
        [None, "质量指标", "韭菜农残抽检合格率", "≥98%"],
        [None, "时效指标", "棚膜更换完成时间", "2025年3月31日前"],
        [None, "成本指标", "棚膜更换补助标准", "≤0.4万元/亩"],
        ["效益指标", "社会效益指标", "学校食堂食品安全事故", "0起"],
        [None, "生态效益指标", "韭菜病虫害发生率", "≤5%"],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("eb08-chive-artefacts", (9, 4),
         "project, OLD-NAT, one value column, footnotes under the table: a placeholder value, "
         "an HTML tag in the goal, a date stored as a 5-digit serial in text")  # fmt: skip
def eb08() -> Book:
    goal = mk("建设韭菜避雨棚 30 亩；<br>全年向 14 所学校食堂供应韭菜。", "X102", "warning",
              note="an HTML line break left in the 年度绩效目标")  # fmt: skip
    b, s = project_book(
        year=2025, name="沙浒村韭菜避雨棚建设项目", dept=DEPT,
        unit="渚南区沙浒村股份经济合作社", money=funds(36, 30, 6), goals=[goal],
        end=mk("45838", "X104", "warning",
               note="计划完成日期 typed as the serial of 2025-06-30, stored as text"),
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标", "韭菜避雨棚建设面积", "≥30亩"],
        [None, None, "供应学校数量", "≥14所"],
        [None, None, "韭菜年供应量",
         mk("≥**吨", "X101", "error", note="the template placeholder ** was never filled")],
        [None, "质量指标", "避雨棚验收合格率", "100%"],
        [None, "成本指标", "避雨棚建设补助标准", "≤1万元/亩"],
        ["效益指标", "经济效益指标", "韭菜亩均增收", "≥3000元"],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, "注：1.指标值按区农业农村局下达的计划标准设定。",
          "2.韭菜供应量以学校食堂验收单为准。")  # fmt: skip
    return b


@variant("eb09-chive-direction", (11, 1),
         "project, OLD-NAT, operators in words in their own column, a unit column, typed "
         "percents: a 反向 rate with 大于等于, a capped rate above 100%")  # fmt: skip
def eb09() -> Book:
    b, s = project_book(
        year=2025, name="渚南区韭菜绿色防控示范项目", dept=DEPT,
        unit="渚南区植保植检站", money=funds(28, 28, 0),
        goals=["在 5 个韭菜基地推广绿色防控 200 亩，降低灰霉病和韭蛆危害。"],
    )  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "绿色防控推广面积", "大于等于", 200, "亩"],
        [None, None, "示范基地数量", "大于等于", 5, "个"],
        [None, "质量指标", "韭菜农残抽检合格率", "大于等于",
         mk(pct(1.02), "T106", "error", note="a 合格率 cannot exceed 100%")],
        [None, "成本指标", "绿色防控物资补助标准", "小于等于", 0.12, "万元/亩"],
        ["效益指标", "生态效益指标", "韭菜灰霉病发病率",
         mk("大于等于", "T108", "warning", row=True,
            note="a 发病率 is 反向: the cap should be 小于等于"), pct(0.08), None],
        [None, None, "化学农药使用量下降率", "大于等于", pct(0.15), None],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "大于等于", pct(0.9), None],
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, head, rows)
    return b


@variant("eb10-chive-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a share raised in 百分点 (correct)")  # fmt: skip
def eb10() -> Book:
    b, s = project_book(
        year=2025, name="鹤汀镇韭菜大棚扩建项目", dept=DEPT,
        unit="渚南区鹤汀镇农业服务中心", money=funds(40, 35, 5),
        goals=["新增韭菜大棚 60 亩，向 16 所学校配送韭菜，食堂自产蔬菜占比提高 5 个百分点。"],
    )  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ["成本指标", 10, "经济成本指标", "韭菜大棚补助标准", "≤0.5万元/亩", 10],
        ["产出指标", 40, "数量指标", "新增韭菜大棚面积", "≥60亩", 15],
        [None, None, None, "配送学校数量", "≥16所", 10],
        [None, None, "质量指标", "韭菜农残抽检合格率", "≥98%", 10],
        [None, None, "时效指标", "配送到校及时率", "≥95%", 5],
        ["效益指标", 30, "社会效益指标", "学校食堂区产蔬菜占比", "提高≥5百分点", 15],
        [None, None, "生态效益指标", "化学农药使用量下降率", "≥8%", 15],
        ["满意度指标", 20, "服务对象满意度指标", "学校食堂满意度", "≥90%", 10],
        [None, None, None, "学生家长满意度", "≥85%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("eb11-chive-tier-meaning", (5, 13),
         "project, OLD-NAT, labels marked * and ★: a 合格率 under 时效指标, a value without "
         "a name")  # fmt: skip
def eb11() -> Book:
    b, s = project_book(
        year=2025, name="沙浒村韭菜标准化基地提升项目", dept=DEPT,
        unit="渚南区沙浒村股份经济合作社", money=funds(48, 40, 8),
        goals=["提升韭菜标准化大棚 50 亩，稳定向 12 所学校食堂供菜。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["*产出指标", "★数量指标", "韭菜标准化大棚面积", "≥50亩"],
        [None, None, mk(None, "F110", "error",
                        note="≥12所 (the schools of the goal) left without its name"), "≥12所"],
        [None, "质量指标", "韭菜商品率", "≥90%"],
        [None, "时效指标",
         mk("韭菜农残抽检合格率", "F201", "warning", row=True,
            note="a 合格率 measures quality: it belongs under 质量指标"), "≥98%"],
        [None, None, "配送到校及时率", "≥95%"],
        [None, "成本指标", "棚膜及滴灌补助标准", "≤0.6万元/亩"],
        ["*效益指标", "经济效益指标", "种植户亩均增收", "≥2000元"],
        [None, "社会效益指标", "受益学生人数", "≥6000人"],
        ["*满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant("eb12-chive-second-sheet", (7, 4),
         "project head on the first sheet, the table on a second sheet under 预期实现值, notes "
         "and a signature dated the year before, a later year named on purpose "
         "(correct)")  # fmt: skip
def eb12() -> Book:
    b, _ = project_book(
        sheet="项目信息", year=2025, name="渚南区韭菜越冬保供项目", dept=DEPT,
        unit="渚南区蔬菜产销服务中心", money=funds(33, 33, 0),
        goals=[ok("2025 年完成韭菜越冬大棚保温改造 40 亩，为 2026 年春季学期稳定供菜打好基础。",
                  note="2026 is named as the purpose of the work, not as a date of the project")],
    )  # fmt: skip
    t = b.sheet("绩效指标", WIDE)
    t.title("绩效指标表", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ["产出指标", "数量指标", "越冬大棚保温改造面积", "≥40亩"],
        [None, None, "冬季供菜学校数量", "≥10所"],
        [None, "质量指标", "冬季韭菜农残抽检合格率", "≥98%"],
        [None, "时效指标", "保温改造完成时间", "2025年11月30日前"],
        [None, "成本指标", "保温改造补助标准", "≤0.8万元/亩"],
        ["效益指标", "社会效益指标", "冬季学校食堂韭菜断供天数", "≤3天"],
        ["满意度指标", "服务对象满意度指标", "学校食堂满意度", "≥90%"],
    ])  # fmt: skip
    notes(t, "注：越冬供菜期为 2025 年 12 月至次年 2 月，供菜学校数量以签约学校为准。",
          "填表说明：预期实现值填写可考核的数值或等级。", width=4)  # fmt: skip
    signature(t, "褚明远", "0736-4410 2587", day(2024, 12, 6))
    return b
