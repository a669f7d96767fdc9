"""Insect returns: fireflies, pollinators, light-trap monitoring, stacked projects (wp07–wp12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout396.common import (
    TIERS,
    YEAR,
    funds,
    indicators,
    lines,
    signature,
    start,
    wan,
)
from tests.variants.holdout396.registry import variant
from tests.variants.kit import CN_DATE, Book, C, day, mk

DEPT = "澜坳县自然资源和林业局（307015）"
UNIT = "澜坳县萤溪湿地保护区管理所"


@variant("wp07-firefly-footnotes", (4,), "project, OLD-NAT, one value column: a note row between "
         "tiers, footnotes, 填表说明, signature and fill date below, 0起 on a case count "
         "(correct)")  # fmt: skip
def firefly_footnotes() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="萤溪湿地萤火虫栖息地保护项目", dept=DEPT, unit=UNIT,
                 money=funds(36, 30, 6),
                 goals=["修复萤火虫幼虫水岸栖息地，控制夜间人工光污染。"])  # fmt: skip
    s.row(*TIERS, "指标值")
    s.table([
        ("产出指标", "数量指标", "修复水岸长度", "≥12公里"),
        (None, None, "低位遮光路灯改造数量", "≥80盏"),
        (None, "质量指标", "修复工程验收合格率", "=100%"),
        (None, "时效指标", "修复工程完工时间", "10月31日前"),
        (None, "成本指标", "每公里水岸修复成本", "≤1.5万元/公里"),
    ], merged=(1, 2))  # fmt: skip
    lines(s, "注：成本指标按单位成本填写，不含设备购置。", width=4)
    s.table([
        ("效益指标", "生态效益指标", "萤火虫种群密度", "≥5只/百平方米"),
        (None, "社会效益指标", "非法捕捉萤火虫案件发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    lines(s, "说明：1.指标值应填写可考核的数值；", "2.满意度指标通过问卷调查取得。",
          "填表说明：本表一式两份，报县财政局预算科。")  # fmt: skip
    signature(s, "龚泽岷", "0763-5527184", day(YEAR - 1, 12, 9, CN_DATE))
    return b


@variant("wp08-pollinator-template", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template, a value without an indicator name")  # fmt: skip
def pollinator_template() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="保护区传粉昆虫多样性调查项目", dept=DEPT, unit=UNIT,
                 money=funds(28, 28, 0),
                 goals=["调查野生蜂类等传粉昆虫多样性，形成保护建议。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "传粉昆虫调查样方数量", "≥90个"),
        (None, None, "野生蜂类标本采集数量", "≥1500号"),
        (None, "质量指标", "标本鉴定到种比例", "≥80%"),
        (None, None, mk(None, "F110", "error", note="有指标值，没有三级指标名称"), "≥95%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
        ("成本指标", "经济成本指标", "单个样方调查成本", "≤0.2万元/个"),
        ("效益指标", "生态效益指标", "传粉昆虫物种名录收录种数", "≥150种"),
        (None, "社会效益指标", "保护建议被采纳条数", "≥3条"),
        ("满意度指标", "服务对象满意度指标", "合作果农满意度", "≥90%"),
    ]
    indicators(s, (*TIERS, "预期目标"), rows)
    return b


@variant("wp09-lighttrap-second-sheet", (7, 9), "project: head on the first sheet, indicators "
         "on a second sheet under header 预期实现值; a split amount, a serial date")  # fmt: skip
def lighttrap_second_sheet() -> Book:
    b, s = start("项目信息")
    split = mk(C("38.5 6"), "X105", "warning", alt=("X103",), note="38.56 被空格断开")
    money = [
        ["年度资金总额", split, "其中：财政拨款", wan(30.56)],
        ["其他资金", wan(8), None, None],
    ]
    project_head(s, year=YEAR, name="诱虫灯昆虫多样性定位监测项目", dept=DEPT, unit=UNIT,
                 money=money, goals=["布设诱虫灯监测点，掌握夜行性昆虫群落动态。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    serial = mk("46356", "X104", "warning", alt=("T116",), note="2026-11-30 的日期序列号")
    rows = [
        ("产出指标", "数量指标", "诱虫灯监测点数量", "≥12个"),
        (None, None, "夜行性昆虫监测夜次", "≥600夜次"),
        (None, "质量指标", "监测数据有效率", "≥95%"),
        (None, "时效指标", "监测报告提交时限", serial),
        ("成本指标", "经济成本指标", "单个监测点运行成本", "≤2万元/个"),
        ("效益指标", "生态效益指标", "夜行性昆虫记录科数", "≥40科"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%"),
    ]
    indicators(t, (*TIERS, "预期实现值"), rows)
    return b


STACK = (*TIERS, "指标值")


@variant("wp10-stacked-three", (2,), "three projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in different projects "
         "(correct)")  # fmt: skip
def stacked_three() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="萤溪湿地水生昆虫监测", dept=DEPT, unit=UNIT,
                 money=funds(18, 18, 0), goals=["监测蜻蜓目等水生昆虫群落。"])  # fmt: skip
    indicators(s, STACK, [
        ("产出指标", "数量指标", "监测样点数量", "≥20个"),
        (None, "成本指标", "单个样点监测成本", "≤0.5万元/个"),
        ("效益指标", "生态效益指标", "蜻蜓目记录种数", "≥35种"),
        ("满意度指标", "服务对象满意度指标", "科研单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="萤溪湿地甲虫多样性调查", dept=DEPT, unit=UNIT, title="",
                 money=funds(24, 20, 4), goals=["调查湿地周边林下甲虫多样性。"])  # fmt: skip
    indicators(s, STACK, [
        ("产出指标", "数量指标", "监测样点数量", "≥30个"),
        (None, "成本指标", "单个样点监测成本", "≤0.6万元/个"),
        ("效益指标", "生态效益指标", "甲虫记录种数", "≥120种"),
        ("满意度指标", "服务对象满意度指标", "科研单位满意度", "≥92%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="萤溪湿地入侵昆虫防控", dept=DEPT, unit=UNIT, title="",
                 money=funds(15, 15, 0), goals=["防控外来入侵昆虫扩散。"])  # fmt: skip
    indicators(s, STACK, [
        ("产出指标", "数量指标", "监测样点数量", "≥15个"),
        (None, "质量指标", "入侵虫情早期发现率", "≥90%"),
        (None, "成本指标", "单个样点监测成本", "≤0.4万元/个"),
        ("效益指标", "生态效益指标", "入侵昆虫新增扩散点", "≤2个"),
        ("满意度指标", "服务对象满意度指标", "周边林农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wp11-stacked-defects", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up, its end date is before its start, a rate "
         "given as a count")  # fmt: skip
def stacked_defects() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="萤溪湿地蜂类传粉走廊建设", dept=DEPT, unit=UNIT,
                 money=funds(40, 35, 5), goals=["建设蜜源植物带，连通野生蜂类栖息地。"],
    )  # fmt: skip
    indicators(s, STACK, [
        ("产出指标", "数量指标", "蜜源植物带种植长度", "≥8公里"),
        (None, "质量指标", "蜜源植物成活率", "≥85%"),
        (None, "成本指标", "每公里种植成本", "≤4万元/公里"),
        ("效益指标", "生态效益指标", "野生蜂类访花频次提高", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "周边果农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(30), "B101", "error", row=True, note="22 + 6 = 28 ≠ 30")
    end = mk(day(YEAR, 3, 31), "Y104", "error", row=True, note="完成日期早于开始日期")
    project_head(s, year=YEAR, name="萤溪湿地昆虫标本馆提升", dept=DEPT, unit=UNIT, title="",
                 money=[["年度资金总额", total, "其中：财政拨款", wan(22)],
                        ["其他资金", wan(6), None, None]],
                 start=day(YEAR, 9, 1), end=end,
                 goals=["提升昆虫标本馆收藏和展陈条件。"])  # fmt: skip
    indicators(s, STACK, [
        ("产出指标", "数量指标", "新增入藏昆虫标本数量", "≥3000号"),
        (None, "质量指标", "馆藏标本数字化覆盖率",
         mk("2400号", "T105", "error", note="覆盖率写成标本号数")),
        (None, "成本指标", "单号标本制作成本", "≤0.005万元/号"),
        ("效益指标", "社会效益指标", "标本馆接待观众人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wp12-tier-points", (10, 5), "project, NAT-2021, tier score column beside tier-1 and "
         "an indicator score column: two tier scores not matching their indicators, a tier-2 "
         "under the wrong tier-1")  # fmt: skip
def tier_points() -> Book:
    b, s = start("绩效目标", (12, 8, 16, 30, 16, 8))
    project_head(s, year=YEAR, name="保护区昆虫多样性本底调查项目", dept=DEPT, unit=UNIT,
                 money=funds(50, 50, 0), goals=["完成保护区昆虫多样性本底调查。"])  # fmt: skip
    out = mk(45, "W103", "error", note="产出指标分值45，其下指标 20 + 15 + 15 = 50")
    eff = mk(35, "W103", "error", note="效益指标分值35，其下指标 15 + 10 + 5 = 30")
    late = mk("时效指标", "F105", "error", note="时效指标属产出指标，不在效益指标下")
    rows = [
        ("产出指标", out, "数量指标", "调查样地数量", "≥60个", 20),
        (None, None, None, "昆虫标本采集数量", "≥6000号", 15),
        (None, None, "质量指标", "标本鉴定准确率", "≥95%", 15),
        ("成本指标", 10, "经济成本指标", "单个样地调查成本", "≤0.6万元/个", 10),
        ("效益指标", eff, "生态效益指标", "昆虫名录收录种数", "≥800种", 15),
        (None, None, "社会效益指标", "社区昆虫保护知晓率", "≥80%", 10),
        (None, None, late, "调查报告提交时间", "11月30日前", 5),
        ("满意度指标", 10, "服务对象满意度指标", "合作科研单位满意度", "≥90%", 10),
    ]
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), rows,
               merged=(1, 2, 3))  # fmt: skip
    return b
