"""Returns zm07–zm12: 酱油 food-safety and 酱园 craft projects (stacked, notes, tier labels)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout471.common import funds, indicators, notes, sign, start
from tests.variants.holdout471.registry import variant
from tests.variants.kit import Book, day, mk, ok

VALUE_HEADER = [("一级指标", "二级指标", "三级指标", "绩效目标值")]


@variant(
    "zm07-stacked-two",
    (2, 7),
    "two projects stacked in one sheet, OLD-NAT, header "
    "绩效目标值, the same indicator name with different values in each, 0起 on an incident "
    "count (correct)",
)
def zm07() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="湄川市酿造酱油监督抽检项目",
        dept="湄川市市场监督管理局（415010）",
        unit="湄川市食品检验检测中心",
        money=funds([50, 50, 0]),
        goals=["对全市酿造酱油生产企业和流通环节开展监督抽检，及时核查处置不合格产品。"],
    )
    indicators(s, VALUE_HEADER, [
        ("产出指标", "数量指标", "酱油产品监督抽检批次", "≥260批次"),
        (None, None, "酿造酱油生产企业检查覆盖率", "100%"),
        (None, "质量指标", "项目资料归档完整率", "≥95%"),
        (None, "时效指标", "不合格产品核查处置及时率", "≥95%"),
        (None, "成本指标", "每批次抽检检验费用", "≤0.18万元/批次"),
        ("效益指标", "社会效益指标", "酱油类食品安全事故发生起数",
         ok("0起", "warning", note="0起 is legitimate; a missing ≤ warns at most")),
        (None, "可持续影响指标", "酱油质量安全风险监测机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "消费者对酱油质量安全满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="禾丰区传统酱园晒露工艺保护项目",
        dept="禾丰区文化和旅游局（520004）",
        unit="禾丰区非物质文化遗产保护中心",
        money=funds([30, 24, 6]),
        goals=["修复传统晒露酱缸和酱园晒场，延续天然晒露酿造酱油工艺。"],
    )
    indicators(s, VALUE_HEADER, [
        ("产出指标", "数量指标", "传统晒露酱缸修复口数", "≥150口"),
        (None, None, "酱园晒场修缮面积", "≥1200平方米"),
        (None, "质量指标", "修复酱缸验收合格率", "≥95%"),
        (None, None, "项目资料归档完整率", "=100%"),
        (None, "时效指标", "晒场修缮完工时间", "2025年9月30日前"),
        (None, "成本指标", "每口酱缸修复费用", "≤0.08万元/口"),
        ("效益指标", "经济效益指标", "晒露酱油年产量增长率", "≥8%"),
        (None, "社会效益指标", "酱园非遗研学接待人次", "≥2000人次"),
        ("满意度指标", "服务对象满意度指标", "酱园传承户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "范知秋", "0598-4471263", day(2025, 1, 9))
    return b


@variant(
    "zm08-stacked-defects",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "the second project's total is not its parts, and a 规范率 given as a count",
)
def zm08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="湄川市酱油酿造小作坊规范提升项目",
        dept="湄川市市场监督管理局（415010）",
        unit="湄川市食品生产监管科",
        money=funds([50, 45, 5]),
        goals=["对酱油酿造小作坊实施规范提升改造，提高小作坊酱油抽检合格水平。"],
    )
    indicators(s, VALUE_HEADER, [
        ("产出指标", "数量指标", "规范提升小作坊户数", "≥30户"),
        (None, "质量指标", "提升作坊验收达标率", "≥90%"),
        (None, "时效指标", "提升改造完成时间", "2025年11月30日前"),
        (None, "成本指标", "每户改造补助标准", "≤1.5万元/户"),
        ("效益指标", "社会效益指标", "小作坊酱油抽检合格率提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    rows = funds([40, 30, 5])
    rows[0][1] = mk(rows[0][1], "B101", "error", row=True, note="40 ≠ 30 + 5 in both columns")
    project_head(
        s,
        year=2025,
        title="",
        name="柘塘镇酱油快速检测项目",
        dept="柘塘镇人民政府（520117）",
        unit="柘塘镇食品安全快检室",
        money=rows,
        goals=["对镇域酱油生产小作坊和集贸市场酱油产品开展快速检测。"],
    )
    indicators(s, VALUE_HEADER, [
        ("产出指标", "数量指标", "酱油快检批次", "≥600批次"),
        (None, None, "酱油生产小作坊标签标识规范率",
         mk("36家", "T105", "error", note="a 规范率 given as a count of premises")),
        (None, "质量指标", "快检结果复核一致率", "≥95%"),
        (None, "时效指标", "快检结果公示及时率", "≥95%"),
        (None, "成本指标", "每批次快检耗材成本", "≤0.02万元/批次"),
        ("效益指标", "社会效益指标", "问题酱油产品下架处置率", "100%"),
        ("满意度指标", "服务对象满意度指标", "辖区消费者满意度", "≥85%"),
    ])  # fmt: skip
    sign(s, "施岚舟", "0598-4471290", day(2025, 1, 13))
    return b


CONTENT_HEADER = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant(
    "zm09-footnotes-page-break",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "a note row inside the table, the header repeated after a page break, footnotes, "
    "填表说明, signature dated the year before (correct)",
)
def zm09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="禾丰区传统酱油酿造技艺非遗保护项目",
        dept="禾丰区文化和旅游局（520004）",
        unit="禾丰区老字号酱园传习所",
        money=funds([35, 30, 5]),
        goals=["组织传承人开展酱油酿造技艺传习活动，整理非遗档案，培养后继传承人。"],
    )
    indicators(s, [CONTENT_HEADER], [
        ("产出指标", "数量指标", "酱油酿造技艺传承人传习活动场次", "≥20场"),
        (None, None, "酿造技艺非遗档案整理卷数", "≥60卷"),
        (None, "质量指标", "传习活动记录完整率", "≥95%"),
        (None, "时效指标", "档案整理完成时间", "2025年12月31日前"),
        (None, "成本指标", "每场传习活动补助", "≤0.5万元/场"),
    ])  # fmt: skip
    notes(s, "说明：传习活动补助含场地、原料和耗材，不含传承人年度补助。", width=4)
    s.skip()
    indicators(s, [CONTENT_HEADER], [
        ("效益指标", "社会效益指标", "传统酱油酿造技艺社会影响力", "提升"),
        (None, "可持续影响指标", "传承人梯队", "健全"),
        ("满意度指标", "服务对象满意度指标", "传习活动参与者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：1. 绩效标准中“≥”表示不低于所列数值；2. 定性指标按好、较好、一般、差评定。",
          "填表说明：本表由项目实施单位填写，经主管部门审核后报区财政局。", width=4)  # fmt: skip
    sign(s, "葛承砚", "0598-5527418", day(2024, 12, 16))
    return b


@variant(
    "zm10-word-operators-defects",
    (4, 11),
    "project, OLD-NAT, operators in words in "
    "指标性质, unit column, a note row between tiers and a stamp line: a 投诉率 with 大于等于, "
    "a 达标率 given in 批次",
)
def zm10() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹭汀县酿造酱油风险分级监管项目",
        dept="鹭汀县市场监督管理局（208010）",
        unit="鹭汀县食品安全监管所",
        money=funds([60, 60, 0]),
        goals=["对酿造酱油生产企业实施风险分级检查和风险监测采样，督促问题整改。"],
    )
    head = [("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")]
    indicators(s, head, [
        ("产出指标", "数量指标", "酱油生产企业风险分级检查家次", "大于等于", 120, "家次"),
        (None, None, "酿造酱油风险监测采样批次", "大于等于", 300, "批次"),
        (None, "质量指标", "酿造酱油氨基酸态氮达标率", "大于等于",
         mk(12, "T105", "error", note="a 达标率 given as 12 批次"), "批次"),
        (None, None, "检测报告差错率", "小于等于", 1, "%"),
        (None, "时效指标", "检查发现问题整改及时率", "大于等于", 95, "%"),
        (None, "成本指标", "每批次监测检验费用", "小于等于", 0.15, "万元/批次"),
    ])  # fmt: skip
    notes(s, "注：以下效益指标以本年度末统计数据为准。")
    wrong = mk("大于等于", "T108", "warning", row=True, note="投诉率 is 反向 and takes 小于等于")
    s.table([
        ("效益指标", "社会效益指标", "酱油产品消费投诉率", wrong, 2, "%"),
        (None, "可持续影响指标", "企业主体责任落实机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受检企业满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(None, None, None, None, "（单位盖章）")
    sign(s, "俞白川", "0599-2286537", day(2025, 1, 15))
    return b


@variant(
    "zm11-numbered-starred-labels",
    (5,),
    "transfer-payment project, OLD-NAT, numbered "
    "labels (一、 （一） 1.), ★ core indicators, a * mark and abbreviated tier-2 labels "
    "(correct)",
)
def zm11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="湄川市食品安全监管补助资金（酱油专项）",
        dept="湄川市市场监督管理局（415010）",
        unit="湄川市食品安全抽检中心",
        money=funds([150, 120, 30]),
        attr="常年项目",
        title="2025年度转移支付项目绩效目标表",
        goals=["完成酱油及调味品监督抽检和酿造企业飞行检查，降低酱油类食品抽检不合格率。"],
    )
    indicators(s, VALUE_HEADER, [
        ("一、产出指标", "（一）数量指标", "★1.酱油及调味品监督抽检批次", "≥800批次"),
        (None, None, "2.酿造酱油生产企业飞行检查家次", "≥40家次"),
        (None, "（二）质量", "★3.抽检样品检验结果准确率", "≥99%"),
        (None, "（三）时效指标", "4.抽检结果公布及时率", "≥95%"),
        (None, "（四）成本指标", "5.每批次抽检检验成本", "≤0.15万元/批次"),
        ("二、效益指标", "（一）社会效益", "★6.酱油类食品抽检不合格率", "≤2%"),
        (None, "（二）可持续影响指标", "7.食品安全风险隐患排查机制", "健全"),
        ("*三、满意度指标", "服务对象满意度", "8.群众食品安全满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除或修改。", width=4)
    sign(s, "陶景川", "0597-3358820", day(2025, 1, 8))
    return b


@variant(
    "zm12-wrong-parent-no-name",
    (5, 13),
    "project, NAT-2021, numbered labels with points: "
    "a 社会效益指标 block under 产出指标 and a value without an indicator name",
)
def zm12() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="湄川市酱油酿造企业食品安全体系辅导项目",
        dept="湄川市市场监督管理局（415010）",
        unit="湄川市食品生产安全指导站",
        money=funds([40, 35, 5]),
        goals=["辅导酱油酿造企业建立危害分析与关键控制点体系，强化车间环境监测。"],
    )
    parent = mk("3.社会效益指标", "F105", "error", note="a 效益 tier-2 inside the 产出 block")
    indicators(s, VALUE_HEADER, [
        ("一、产出指标（50分）", "1.数量指标", "酱油酿造企业体系辅导家数", "≥25家"),
        (None, None, "酿造车间微生物环境监测点位数", "≥150个"),
        (None, "2.质量指标", "辅导企业体系认证通过率", "≥80%"),
        (None, None, mk(None, "F110", "error", note="value ≥95% without a name"), "≥95%"),
        (None, parent, "辅导企业从业人员食品安全培训人次", "≥600人次"),
        (None, "4.时效指标", "辅导任务完成时间", "2025年11月30日前"),
        ("二、成本指标（20分）", "1.经济成本指标", "每家企业辅导费用", "≤1.2万元/家"),
        ("三、效益指标（20分）", "1.社会效益指标", "辅导企业酱油抽检合格率", "≥98%"),
        (None, "2.可持续影响指标", "企业食品安全自查机制", "建立并执行"),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "辅导企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "林若溪", "0597-3358871", day(2025, 1, 17))
    return b
