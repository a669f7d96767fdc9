"""Tier labels, header words, directions, template rows and notes in the 648th held-out set
(gh13–gh18), starch and flax-seed oil returns alternating."""

from __future__ import annotations

from tests.variants.holdout648.common import (
    HEAD,
    OIL_DEPT,
    annual,
    indicators,
    notes,
    project_book,
    sign_off,
    signature,
    wan,
)
from tests.variants.holdout648.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("gh13-sweetpotato-transfer-labels", (5,), "transfer-payment 区域绩效目标表, OLD-NAT, "
         "labels with * and ★, abbreviated tier-2s, 中央补助 + 地方资金 (correct)")  # fmt: skip
def gh13() -> Book:
    b, s = project_book(
        2025, "甘薯淀粉加工废渣综合利用", "榕坪县农业农村局",
        [["年度资金总额", wan(500), "其中：中央补助", wan(350)],
         [None, None, "地方资金", wan(150)]],
        ["支持甘薯淀粉加工点建设废渣处理设施12处（沙垌乡5处、岱溪镇7处），"
         "废渣资源化利用率达到85%以上。"],
        title="2025年度中央对地方转移支付区域绩效目标表", money_label="资金情况（万元）",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("*产出指标", "★数量", "建成废渣处理设施", "≥12处"),
        (None, "质量", "设施竣工验收合格率", "=100%"),
        (None, "时效", "设施建成时间", "2025年11月30日前"),
        (None, "成本（预算控制）", "单处设施补助标准", "≤40万元/处"),
        ("*效益指标", "生态效益", "★废渣资源化利用率", pct(0.85)),
        (None, "社会效益", "带动薯农订单种植", "≥1200户"),
        ("*满意度指标", "服务对象满意度", "加工点业主满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gh14-flaxoil-wrong-tier2", (5,), "project, NAT-2021, a count under 质量, a "
         "satisfaction rate under 社会效益, one indicator twice under two tier-2s")  # fmt: skip
def gh14() -> Book:
    b, s = project_book(
        2025, "马莲滩镇胡麻油作坊挂牌管理", "马莲滩镇市场监管所",
        annual(wan(90), wan(80), wan(10)),
        ["对镇内30家胡麻油作坊实行挂牌公示管理，作坊产品抽检合格率达到96%以上。"],
        dept=OIL_DEPT,
    )  # fmt: skip
    count = mk("挂牌公示作坊数量", "F201", "warning", row=True, note="数量指标填在质量指标下")
    liked = mk("作坊经营者满意度", "F201", "warning", row=True, note="满意度填在社会效益下")
    again = mk("小作坊抽检合格率", "D101", "warning", row=True, alt=("D103",),
               note="与质量指标下的同名指标重复")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "纳入挂牌管理作坊", "≥30家"),
        (None, "质量指标", count, "≥30家"),
        (None, None, "小作坊抽检合格率", "≥96%"),
        (None, "时效指标", "挂牌完成时间", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "单家挂牌及台账费用", "≤3000元/家"),
        ("效益指标", "社会效益指标", again, "≥96%"),
        (None, None, liked, "≥90%"),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("gh15-starch-header-words", (7, 11), "project, OLD-NAT, headers 考核指标 and "
         "绩效标准, word operators in a column, units, 下降率 with 大于等于 (correct)")  # fmt: skip
def gh15() -> Book:
    b, s = project_book(
        2025, "木薯淀粉清洁生产审核奖补", "榕坪县工业和信息化局",
        annual(wan(80), wan(80), wan(0)),
        ["对完成清洁生产审核的5家木薯淀粉企业给予奖补，企业废水排放量较上年下降20%以上，"
         "吨淀粉耗水量不超过8吨。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "考核指标", "比较方式", "绩效标准", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "完成清洁生产审核企业", "大于等于", 5, "家"),
        (None, "质量指标", "审核报告评审通过率", "等于", 100, "%"),
        (None, "时效指标", "奖补资金兑现时间", "小于等于", "2025年12月15日", ""),
        (None, "成本指标", "单家企业奖补标准", "小于等于", 16, "万元/家"),
        ("效益指标", "生态效益指标", "企业废水排放量下降率", "大于等于", 20, "%"),
        (None, None, "吨淀粉耗水量", "小于等于", 8, "吨"),
        ("满意度指标", "服务对象满意度指标", "受奖补企业满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("gh16-flaxoil-direction", (1, 11), "project, OLD-NAT, operator and unit columns: ≥ "
         "on an exceedance rate, a typed 105%, a deadline later than the goal's")  # fmt: skip
def gh16() -> Book:
    b, s = project_book(
        2025, "榆岔乡胡麻油作坊质量提升", "榆岔乡人民政府",
        annual(wan(70), wan(60), wan(10)),
        ["2025年9月30日前完成全乡24家胡麻油作坊挂牌，产品酸价超标批次率控制在3%以内。"],
        dept=OIL_DEPT,
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    wrong_op = mk("≥", "T108", "warning", row=True, note="超标率是反向指标，目标写≤3%")
    over = mk(pct(1.05), "T106", "error", note="验收合格率不能超过100%")
    late = mk(day(2025, 11, 30, CN_DATE), "D104", "warning", row=True,
              note="年度目标写9月30日前完成挂牌")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "挂牌作坊数", "≥", 24, "家"),
        (None, "质量指标", "压榨间改造验收合格率", "≥", over, "%"),
        (None, "时效指标", "挂牌完成时间", "≤", late, ""),
        (None, "成本指标", "单家提升补助", "≤", 2.5, "万元/家"),
        ("效益指标", "社会效益指标", "产品酸价超标批次率", wrong_op, 3, "%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant("gh17-starch-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template, a value without a name, the template's example row")  # fmt: skip
def gh17() -> Book:
    b, s = project_book(
        2025, "甘薯粉条淀粉作坊安全生产培训", "岱溪镇应急管理办公室",
        annual(wan(12), wan(12), wan(0)),
        ["组织甘薯淀粉、粉条作坊业主和工人安全生产培训4期、200人次，开展粉尘防爆检查2次。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, head, [
        ("产出指标", "数量指标", "安全生产培训期数", "≥4期"),
        (None, None, "培训人次", "≥200人次"),
        (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称空着"), "≥2次"),
        (None, None, "示例：宣传活动场次", mk("≥**场", "X101", "error", note="模板示例行未删")),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤600元/人次"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("效益指标", "社会效益指标", "作坊粉尘事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gh18-flaxoil-notes", (4,), "project, OLD-NAT, an instruction row under "
         "the header, a note between tiers, 填表说明, signatures dated 2024 (correct)")  # fmt: skip
def gh18() -> Book:
    b, s = project_book(
        2025, "胡麻油作坊从业人员健康管理", "北塬县食品生产监管股",
        annual(wan(36), wan(36), wan(0)),
        ["为全县胡麻油作坊从业人员600人次提供健康体检补助，建立从业人员健康档案。"],
        dept=OIL_DEPT,
    )  # fmt: skip
    indicators(s, HEAD, [])
    notes(s, "（请按一级、二级指标逐项填写，不得删减必填指标）")
    s.table([
        ("产出指标", "数量指标", "补助体检人次", "≥600人次"),
        (None, "质量指标", "健康档案建档率", "≥95%"),
        (None, "时效指标", "体检完成时间", "2025年9月30日前"),
        (None, "成本指标", "人均体检补助", "≤600元/人次"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：体检补助按县疾控中心收费标准的七成测算。")
    s.table([
        ("效益指标", "社会效益指标", "持健康证上岗率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "从业人员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须可考核；2.金额单位为万元。", "审核意见：")
    sign_off(s, "杜秀琴", "0937-5520983", 2024, 11, 18)
    signature(s, "复核：杨建平", "0937-5520611", day(2024, 11, 19))
    return b
